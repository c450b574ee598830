"""A memorandum to the board sets each action as a bold paragraph ('3.1 <text>') over a smaller
run-on line of fields separated by semicolons ('Responsible lead: Joseph Mensah; To complete
by: Apr 2027; Position: On track') and, in some, an italic 'Commentary: <update>' line. The last
action of a run stands alone at the top of the next page.

What is read: the lone card's run-on line splits at the labels the run's cards print, though no
second card on its page repeats them (the owner is the name alone, the due date and the status
are read too); a lone card whose only field line is that run-on line is still a card.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from plantrace.pipeline.extract import extract_file

ACTIONS = [
    ("3.1", "Commission a therapeutic service for children in care with complex needs",
     "Amira Choudhury", "Jan 2027", "On track", "Draft agreed by partners"),
    ("3.2", "Train foster carers in understanding trauma and attachment", "Joseph Mensah",
     "Oct 2026", "Slipping", "Two cohorts trained"),
    ("3.3", "Review the health assessment pathway with the designated nurse", "Ruth Kowalczyk",
     "Dec 2026", "Off track", "Nurse post vacant"),
    ("3.4", "Report health assessment timeliness monthly to the corporate parenting board",
     "Joseph Mensah", "Apr 2027", "On track", "Monthly reports now in place"),
]  # fmt: skip
RAG = {"On track": "green", "Slipping": "amber", "Off track": "red"}


def _memo(path: Path, last_update: bool) -> Path:
    styles = getSampleStyleSheet()
    title = ParagraphStyle("t", parent=styles["Normal"], fontName="Helvetica-Bold", leftIndent=20)
    run_on = ParagraphStyle("r", parent=styles["Normal"], fontSize=8.8, leftIndent=20)
    note = ParagraphStyle("n", parent=run_on, fontName="Helvetica-Oblique")
    story: list[object] = [
        Paragraph("MEMORANDUM", styles["Title"]),
        Paragraph("To: Members of the Improvement Board", styles["Normal"]),
        Spacer(1, 12),
        Paragraph("<b>Recommendation 3.</b> Ensure that initial and review health assessments "
                  "for children in care are completed on time", styles["Normal"]),
        Spacer(1, 8),
    ]  # fmt: skip
    for n, (ref, text, lead, due, status, update) in enumerate(ACTIONS):
        if n == len(ACTIONS) - 1:
            story.append(PageBreak())
        story.append(Paragraph(f"{ref} {text}", title))
        story.append(Paragraph(f"Responsible lead: {lead}; To complete by: {due}; "
                               f"Position: <b>{status}</b>", run_on))  # fmt: skip
        if n < len(ACTIONS) - 1 or last_update:
            story.append(Paragraph(f"Commentary: {update}", note))
        story.append(Spacer(1, 8))
    story.append(Paragraph("Director of Children's Services", styles["Normal"]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    path.write_bytes(buf.getvalue())
    return path


def test_the_lone_card_splits_its_run_on_fields(tmp_path: Path) -> None:
    for last_update in (True, False):
        result = extract_file(_memo(tmp_path / f"memo-{last_update}.pdf", last_update))
        got = [(a.ref, a.owner, a.due_raw, a.rag) for a in result.actions]
        assert got == [(ref, lead, due, RAG[s]) for ref, _, lead, due, s, _ in ACTIONS]
        last = result.actions[-1]
        assert last.progress == ("Monthly reports now in place" if last_update else None)
        assert last.provenance.page == 2
