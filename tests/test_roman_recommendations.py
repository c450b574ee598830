"""Recommendations listed under roman numerals in brackets ('(i) ...', '(ii) ...') with a
hanging indent, and an action table whose link column prints the same numeral ('(ii)'): the
list is the plan's recommendations, numbered 1, 2, 3 (the numerals' values), and each action
links to the one its column names."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_recommendations import arabic_label, roman_value
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
HANGING = ParagraphStyle("hanging", parent=BODY, leftIndent=22, firstLineIndent=-22)
RECS = [
    "Strengthen management oversight of casework in the disabled children's team so that "
    "plans are reviewed on time",
    "Improve the quality of return interviews for children who go missing and use what they "
    "say to reduce risk",
    "Make sure that care leavers have a choice of suitable homes and an up-to-date pathway plan",
]
ROWS = [
    ("AC-201", "Introduce monthly case audits led by the service manager", "(i)", "Priya Shah"),
    ("AC-202", "Commission an independent return interview provider", "(ii)", "Tom Ellis"),
    ("AC-203", "Open a supported lodgings scheme with ten placements", "(iii)", "Ruth Owen"),
    ("AC-204", "Train personal advisers in writing pathway plans with young people", "(iii)",
     "Ruth Owen"),
]  # fmt: skip


def test_roman_numerals_read_as_numbers() -> None:
    assert [roman_value(x) for x in ("i", "iv", "ix", "xii", "IIII", "vx", "XIV")] == [
        1, 4, 9, 12, None, None, 14,
    ]  # fmt: skip
    assert arabic_label("(iii) Reduce delay") == "3) Reduce delay"
    assert arabic_label("(a) Reduce delay") == "(a) Reduce delay"


def test_a_roman_list_is_the_recommendations_and_a_roman_column_links_to_it() -> None:
    story: list[object] = [Paragraph("<b>Section 1. What the inspection asked of us</b>", BODY)]
    story += [
        Paragraph(f"({n}) {t}", HANGING) for n, t in zip(("i", "ii", "iii"), RECS, strict=True)
    ]
    story.append(Paragraph("<b>Section 2. Our actions</b>", BODY))
    cells: list[list[object]] = [["Ref", "Action", "Rec", "Lead officer", "By when"]]
    cells += [[r[0], Paragraph(r[1], BODY), r[2], r[3], "31/03/2027"] for r in ROWS]
    table = Table(cells, colWidths=[50, 235, 40, 90, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "roman.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), t) for n, t in enumerate(RECS, start=1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[x] for x in a.recommendations]) for a in plan.actions] == [
        ("AC-201", ["1"]), ("AC-202", ["2"]), ("AC-203", ["3"]), ("AC-204", ["3"]),
    ]  # fmt: skip
