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
from plantrace.extractors.plan_recommendations import arabic_label
from plantrace.extractors.roman_numerals import roman_value
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


def test_one_reader_of_a_roman_key_for_lists_links_and_column_roles() -> None:
    """A key is a numeral of i, v and x with its closing bracket: a lettered list's '(c)', a
    code 'C' or 'L', a word 'civil' or 'ill' is none, so a column of them is no roman Rec
    column (it ranks or codes), and only the numerals' own column keeps the role."""
    from plantrace.extractors.column_roles import _rec_numbers
    from plantrace.extractors.plan_columns import settle_roles
    from plantrace.extractors.roman_numerals import roman_key

    assert [roman_key(t) for t in ("(iii)", "iv)", " (ii) ", "(IX)")] == [3, 4, 2, 9]
    assert [roman_key(t) for t in ("C", "L", "civil", "ill", "(c)", "(l)", "iv", "(iiii)")] == [
        None, None, None, None, None, None, None, None,
    ]  # fmt: skip
    codes = ["C", "L", "C", "M"]
    numerals = ["(i)", "(ii)", "(iii)", "(iii)"]
    assert settle_roles(["ref", "rec", "rec"], "action", [[], codes, numerals])[1:] == [
        "other", "rec",
    ]  # fmt: skip
    assert _rec_numbers(["(a)", "(b)", "(c)", "(d)"]) == 0.0
    assert _rec_numbers(numerals) == 1.0


def test_sub_points_keyed_by_roman_numerals_under_a_recommendation_are_no_recommendations() -> None:
    """'(i) Ensure ...', '(ii) ...' under recommendation 3's heading are its sub-points: a
    roman label numbers a list only where the plan numbers none in figures, so they do not
    become recommendations 1 and 2 beside the real ones (taking 3's heading and its actions)."""
    from plantrace.extractors.plan_recommendations import heading

    assert heading("(i) Ensure that all staff complete the new training on risk") is None
    assert heading("vi) Ensure that all staff complete the new training on risk") is None
    story: list[object] = []
    for n, text in enumerate(RECS, start=1):
        story.append(Paragraph(f"<b>{n}. {text}</b>", BODY))
        if n == 3:
            story += [
                Paragraph(f"({k}) {t}", HANGING)
                for k, t in (
                    ("i", "Ensure that all staff complete the new training on pathway plans"),
                    ("ii", "Review every care leaver's pathway plan with them within a month"),
                )
            ]
        cells: list[list[object]] = [["Ref", "Action", "Lead officer", "By when"]]
        cells += [[r[0], Paragraph(r[1], BODY), r[3], "31/03/2027"] for r in ROWS[n - 1 : n]]
        table = Table(cells, colWidths=[50, 265, 90, 70])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
        story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "subpoints.pdf"))
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert [r.text for r in plan.recommendations] == RECS
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[x] for x in a.recommendations]) for a in plan.actions] == [
        ("AC-201", ["1"]), ("AC-202", ["2"]), ("AC-203", ["3"]),
    ]  # fmt: skip


def test_a_link_naming_a_number_and_a_sub_point_names_the_number_only() -> None:
    """'2(i)', 'Rec 3 (ii)': recommendation 2's sub-point i, 3's sub-point ii, in a plan
    numbering its recommendations 1, 2, 3; the numeral names no recommendation 1 or 2 of its
    own (a lone '(iii)' still names 3, as a list keyed so links)."""
    story: list[object] = [Paragraph("<b>Section 1. What the inspection asked of us</b>", BODY)]
    story += [Paragraph(f"{n}. {t}", HANGING) for n, t in enumerate(RECS, start=1)]
    story.append(Paragraph("<b>Section 2. Our actions</b>", BODY))
    links = ("1", "2(i)", "Rec 3 (ii)", "(iii)")
    cells: list[list[object]] = [["Ref", "Action", "Rec", "Lead officer", "By when"]]
    cells += [
        [r[0], Paragraph(r[1], BODY), link, r[3], "31/03/2027"]
        for r, link in zip(ROWS, links, strict=True)
    ]
    table = Table(cells, colWidths=[50, 225, 60, 80, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "subpoint-links.pdf"))
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[x] for x in a.recommendations]) for a in plan.actions] == [
        ("AC-201", ["1"]), ("AC-202", ["2"]), ("AC-203", ["3"]), ("AC-204", ["3"]),
    ]  # fmt: skip
