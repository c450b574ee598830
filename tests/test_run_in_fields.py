"""A Word plan printed to PDF whose actions are NUMBERED PARAGRAPHS OF RUN-IN HEADS: under each
'Recommendation 2' heading, one wrapped paragraph per action, every field opened by a bold head
ending in a colon and run on inline, no line break between fields ('2.1 Action: <text>. Lead:
Head of Service, Children in Care. Timescale: June 2026. RAG: Amber. Comments: <update>.'), the
status word shaded in its colour. The lines break mid-field, and the reader splits a line of
print at each bold head and at the shading.

What is read: one action per paragraph, its text, owner (a post with a comma), due date, status
and update from the runs after each head, wherever the lines break; the shaded status run is no
table of its own. A paragraph naming one head only is no record.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.run_in_fields import fields
from plantrace.pipeline.reader import parse_pdf
from plantrace.pipeline.tables import lattice_tables

SHADE = {"Green": "#C6EFCE", "Amber": "#FFE699", "Red": "#F4B6B6"}
ACTIONS = [
    ("1", "1.1", "Audit twenty assessments each month and share the learning with every team "
     "manager in the service", "Head of Service, Children in Care", "June 2026", "Amber",
     "First two audits done; themes shared at the practice forum"),
    ("1", "1.2", "Introduce a supervision template that records the reflective discussion",
     "Principal Social Worker", "March 2027", "Green", "Template agreed"),
    ("2", "2.1", "Offer every child who returns home an interview within three working days "
     "of their return", "Service Manager, Safeguarding", "September 2026", "Red",
     "Delayed because of staff turnover; revised plan agreed"),
    ("2", "2.2", "Publish a quarterly report of missing episodes to the partnership board",
     "Amira Choudhury", "December 2026", "Not started", "Scoping to begin next quarter"),
]  # fmt: skip
RECS = {
    "1": "Improve the quality and timeliness of assessments",
    "2": "Strengthen the response to children who go missing from home or care",
}


def _head(word: str) -> str:
    return f'<b><font color="#1F3864">{word}:</font></b>'


def _plan(path: Path) -> Path:
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=13, leftIndent=16)
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16)
    story: list = [Paragraph("Post-inspection Action Plan", heading), Spacer(1, 8)]
    shown: set[str] = set()
    for rec, ref, text, owner, due, rag, note in ACTIONS:
        if rec not in shown:
            shown.add(rec)
            story += [Paragraph(f"Recommendation {rec}", heading), Paragraph(RECS[rec], body)]
        status = rag if rag not in SHADE else f'<font backColor="{SHADE[rag]}">{rag}</font>'
        story += [
            Paragraph(
                f"<b>{ref}</b> {_head('Action')} {text}. {_head('Lead')} {owner}. "
                f"{_head('Timescale')} {due}. {_head('RAG')} {status}. "
                f"{_head('Comments')} {note}.",
                body,
            ),
            Spacer(1, 6),
        ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_run_in_paragraphs_are_records(tmp_path: Path) -> None:
    doc = parse_pdf(_plan(tmp_path / "plan.pdf"))
    actions = extract_plan(doc).actions
    assert [a.ref for a in actions] == [a[1] for a in ACTIONS]
    assert [a.text for a in actions] == [a[2] for a in ACTIONS]
    assert [a.owner for a in actions] == [a[3] for a in ACTIONS]
    assert [a.due_raw for a in actions] == [a[4] for a in ACTIONS]
    assert [a.rag for a in actions] == ["amber", "green", "red", None]
    assert [a.progress for a in actions] == [a[6] for a in ACTIONS]


def test_shaded_status_run_is_no_table(tmp_path: Path) -> None:
    doc = parse_pdf(_plan(tmp_path / "plan.pdf"))
    assert all(not lattice_tables(page) for page in doc.pages)


def test_one_head_is_no_record() -> None:
    assert fields("Hold a panel each month. Note: the panel replaces the old forum.") is None
    found = fields(
        "Action: Hold a panel. Lead: Head of Service, Early Help. Timescale: May 2026. RAG: Red."
    )
    assert found == {"action": "Hold a panel", "owner": "Head of Service, Early Help",
                     "due": "May 2026", "rag": "Red"}  # fmt: skip


def test_update_line_under_the_paragraph_is_its_progress(tmp_path: Path) -> None:
    """The update printed on a line of its own under the paragraph, in smaller italic type
    ('Progress: ...'), is the record's progress, its label off; the next paragraph is not."""
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=13)
    note = ParagraphStyle("n", fontName="Times-Italic", fontSize=8.5, leading=11)
    story: list = [Paragraph("Recommendation 1", ParagraphStyle("h", fontSize=13, leading=16))]
    for _, ref, text, owner, due, rag, update in ACTIONS:
        story += [
            Paragraph(
                f"<b>{ref}</b> {text}. {_head('Lead')} {owner}. {_head('Due')} {due}. "
                f"{_head('Status')} {rag}.",
                body,
            ),  # fmt: skip
            Paragraph(f"Progress: {update}.", note),
            Spacer(1, 6),
        ]
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    actions = extract_plan(parse_pdf(path)).actions
    assert [a.ref for a in actions] == [a[1] for a in ACTIONS]
    assert [a.text for a in actions] == [a[2] for a in ACTIONS]
    assert [a.progress for a in actions] == [a[6] for a in ACTIONS]
