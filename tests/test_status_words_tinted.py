"""Status words no vocabulary knows, printed on tints that give each its colour: the actions
are rated by the tints, so the plan_status_unread warning must not name those words as left
unread (plan_status_words.unread_status_words judges the actions the words were read into).
The same words printed untinted are read as no colour, and the plan's warnings say so."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["Ref", "Action", "Lead officer", "Due", "Confidence", "Update"]
ROWS = [
    ("1.1", "Set up a daily virtual strategy meeting slot for partners",
     "Head of Quality Assurance", "30/09/2025", "Moving forward", "Draft agreed by partners"),
    ("1.2", "Agree a joint protocol with the police on attendance at strategy discussions",
     "Head of Early Help", "30/11/2025", "Needs a push", "First cohort completed"),
    ("1.3", "Run a multi-agency audit of thirty strategy discussions",
     "Principal Social Worker", "28/02/2026", "Gone quiet", "Scoping meeting held"),
    ("2.1", "Step down cases to early help with a warm handover meeting",
     "Head of Virtual School", "31/01/2026", "Moving forward", "Monthly reports in place"),
    ("2.2", "Apply consistent thresholds at the front door through weekly clinics",
     "Designated Nurse", "31/08/2026", "Needs a push", "Pilot running in two teams"),
    ("2.3", "Publish a revised threshold document with partners and schools",
     "Service Manager, Fostering", "31/12/2026", "Gone quiet", "Delayed by staff turnover"),
]  # fmt: skip
TINTS = {"Moving forward": "#d4edda", "Needs a push": "#fff3cd", "Gone quiet": "#f8d7da"}
RAGS = {"Moving forward": "green", "Needs a push": "amber", "Gone quiet": "red"}


def _plan(tinted: bool) -> PlanExtraction:
    styles = getSampleStyleSheet()
    cell = styles["Normal"].clone("cell", fontSize=8, leading=10)
    body = [[r[0], Paragraph(r[1], cell), Paragraph(r[2], cell), r[3], r[4],
             Paragraph(r[5], cell)] for r in ROWS]  # fmt: skip
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if tinted:
        style += [("BACKGROUND", (4, i), (4, i), colors.HexColor(TINTS[r[4]]))
                  for i, r in enumerate(ROWS, start=1)]  # fmt: skip
    t = Table([HEADER, *body], colWidths=[40, 230, 120, 70, 90, 170])
    t.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Children's Services Improvement Plan", styles["Title"]), Spacer(1, 8), t]
    )
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_words_on_their_tints_are_read_and_not_said_unread() -> None:
    got = _plan(tinted=True)
    assert {a.ref: a.rag for a in got.actions} == {r[0]: RAGS[r[4]] for r in ROWS}
    assert not [w for w in got.warnings if w.code == "plan_status_unread"]


def test_the_same_words_untinted_are_said_unread() -> None:
    got = _plan(tinted=False)
    assert [a.ref for a in got.actions] == [r[0] for r in ROWS]
    assert all(a.rag is None for a in got.actions)
    said = [w.message for w in got.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1
    assert "'Moving forward'" in said[0] and "'Gone quiet'" in said[0]
