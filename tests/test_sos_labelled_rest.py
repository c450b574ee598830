"""A Signs of Safety plan's table printed over a page break: its head ('What Ofsted said', then
'What are we worried about?' | 'What's working well?' | 'What needs to happen?') on the first
page, and on the next the rest of its rows, each step's cell holding 'Lead person:' / 'When:' /
'Progress:' parts.

Round 59 (holdout40 `docx-signs-of-safety`): cell_fields read the rest alone as a headerless
table of labelled parts (the labels recur row after row) and took the worries of its first
column as actions. A table's rest right after its unread head, of its width on the page before,
is no table of its own (cell_fields._rest_of_unread).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.pipeline.extract import extract_file

WORRIES = [
    "Partners do not always attend key meetings",
    "Audit findings are not always followed up",
    "Some plans are not specific enough to show what must change",
    "High turnover means some children have had several social workers",
]
GOOD = [
    "Staff say they feel supported by their managers",
    "New practice standards launched and understood",
    "Front door decisions are timely",
    "Children in care council meets every month",
]
STEPS = [
    ("2.1", "Launch a recruitment campaign for experienced social workers", "Owen Tremayne",
     "3/5/2026", "Stuck"),
    ("2.2", "Introduce a career pathway that rewards practice expertise", "Bethan Lloyd",
     "20/5/2027", "On course"),
    ("2.3", "Reduce caseloads for newly qualified social workers to fifteen", "Head of Early Help",
     "30/9/2026", "On course"),
    ("2.4", "Hold exit interviews with every social worker who leaves", "Owen Tremayne",
     "31/1/2027", "Stuck"),
]  # fmt: skip


def _pdf(path: Path) -> Path:
    st = getSampleStyleSheet()["BodyText"]
    p = lambda t: Paragraph(t, st)  # noqa: E731
    rows = [
        [p("<b>What Ofsted said</b> Build a stable, permanent and skilled social work workforce"),
         "", ""],
        [p("<b>What are we worried about?</b>"), p("<b>What's working well?</b>"),
         p("<b>What needs to happen?</b>")],
    ]  # fmt: skip
    for k in range(8):
        _, step, who, when, prog = STEPS[k % 4]
        ref = f"2.{k + 1}"
        rows.append([
            p(f"• {WORRIES[k % 4]}"),
            p(f"• {GOOD[k % 4]}"),
            p(f"{ref} {step}<br/>Lead person: {who}<br/>When: {when}<br/>Progress: {prog}"),
        ])  # fmt: skip
    rows.append(
        [p("Scaling: on a scale of 0 to 10, where 10 means this is fully put right"), "", ""]
    )
    table = Table(rows, colWidths=[150, 150, 180], repeatRows=0)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, -1), (-1, -1)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    story = [Paragraph("Improvement plan", getSampleStyleSheet()["Title"]), Spacer(1, 420), table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_the_rest_of_a_signs_of_safety_table_gives_no_worry_as_an_action(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "plan.pdf")
    got = extract_file(pdf)
    texts = [a.text for a in got.actions]
    assert not any(w in t for t in texts for w in WORRIES), texts
    assert not any(g in t for t in texts for g in GOOD), texts
    assert [a.ref for a in got.actions] == [f"2.{k}" for k in range(1, 9)]
    assert [a.owner for a in got.actions][4:] == [s[2] for s in STEPS]
