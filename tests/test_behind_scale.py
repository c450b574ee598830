"""'Behind schedule' on the plan's own scale of status words.

'Behind' / 'Behind schedule' alone reads amber (the plain word). A plan whose status words run
'On track' -> 'Some delays' -> 'Behind schedule' prints a milder amber step of delay: there
behind is the scale's worst step, red. Not where the plan prints no milder step ('On track /
Behind schedule / Complete': amber), nor where another word is red by itself ('Off track': the
scale's worst step is that word, and behind stays amber).
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import normalise_rag, scale_colour
from plantrace.pipeline.reader import parse_pdf_bytes

ACTIONS = [
    ("1.1", "Audit every child in need plan for timeliness each quarter", "Sara Whitfield"),
    ("1.2", "Recruit twelve permanent social workers to the assessment team", "Omar Haddad"),
    ("1.3", "Introduce weekly management oversight of all strategy discussions", "Priya Nair"),
    ("1.4", "Publish a revised threshold document with partner agencies", "Gareth Jones"),
]


def _pdf(statuses: list[str]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows: list[list[object]] = [["Ref", "Action", "Lead officer", "Due date", "Status"]]
    for (ref, text, owner), status in zip(ACTIONS, statuses, strict=True):
        rows.append([ref, Paragraph(text, cell), owner, "31/03/2027", status])
    table = Table(rows, colWidths=[40, 330, 120, 80, 110], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("Children's Services Improvement Plan", styles["Title"]),
        Paragraph(
            "Recommendation 1: Improve the timeliness and quality of assessments for children "
            "in need.",
            cell,
        ),
        Spacer(1, 12),
        table,
    ]
    doc.build(story)
    return buf.getvalue()


def _rags(statuses: list[str]) -> dict[str, str | None]:
    result = extract_plan(parse_pdf_bytes(_pdf(statuses), "plan.pdf"))
    return {a.ref or "": a.rag for a in result.actions}


def test_behind_schedule_is_red_beside_a_milder_delay_step() -> None:
    rags = _rags(["On track", "Some delays", "Behind schedule", "Complete"])
    assert rags == {"1.1": "green", "1.2": "amber", "1.3": "red", "1.4": "blue"}


def test_behind_schedule_stays_amber_with_no_milder_step() -> None:
    rags = _rags(["On track", "Behind schedule", "Behind schedule", "Complete"])
    assert rags == {"1.1": "green", "1.2": "amber", "1.3": "amber", "1.4": "blue"}


def test_behind_schedule_stays_amber_beside_a_red_word() -> None:
    rags = _rags(["Off track", "Some delays", "Behind schedule", "Complete"])
    assert rags == {"1.1": "red", "1.2": "amber", "1.3": "amber", "1.4": "blue"}


def test_the_scale_step_by_itself() -> None:
    assert normalise_rag("Behind schedule") == "amber"  # the plain word
    assert scale_colour("Behind", ["Behind", "At risk", "On track"]) == "red"
    assert scale_colour("Behind plan", ["Behind plan", "Slight delay", "Done"]) == "red"
    assert scale_colour("Behind schedule", ["Behind schedule", "On track"]) is None
    assert scale_colour("Behind", ["Behind", "At risk", "Critical"]) is None
    assert scale_colour("Slightly behind", ["Slightly behind", "Behind"]) is None
    assert normalise_rag("Slight delay") == "amber"
    assert normalise_rag("Minor delays") == "amber"
