"""A boxed summary of 'label | value' rows that states the recommendation a page answers.

Board reports and delivery plans open each page or section with a box: the recommendation
beside its label, and rows describing it (a lead officer, a rating this month). The box, not a
heading, says which recommendation the tables below it answer, up to the next box; its other
rows are context, never actions, and its rating is no action's. The layouts here are a
workstream update (landscape, the recommendation's row in the middle of the box, labelled
'Finding 3'), its box ruled in a grid, only tinted, or ruled round its edge only, a box with no
table under it (every milestone on course), and a list of findings as a two-column table; the
box is known by its shape, whatever its label words.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_boxes import stated_in_row
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)
GRID = TableStyle(
    [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
)

FINDINGS = {
    "3": "Make sure that care leavers have suitable accommodation and pathway plans they helped "
    "to write",
    "4": "Improve the quality and timeliness of return home interviews for children who go missing",
    "5": "Strengthen the oversight of children placed out of the area by senior managers",
}
ACTIONS = {  # finding -> (ref, action, owner, due)
    "3": [
        ("a", "Agree a joint housing protocol with the district councils", "Housing Lead",
         "31/01/2026"),
        ("b", "Rewrite the pathway plan template with care leavers", "Leaving Care Manager",
         "28/02/2026"),
    ],
    "4": [
        ("a", "Commission an independent return interview service", "Head of Safeguarding",
         "30/04/2026"),
    ],
    "5": [],  # every milestone on course: the box alone
}  # fmt: skip


BOX_STYLES = {
    "grid": GRID,
    "tint": TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef7"))]),
    "outline": TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black)]),
    "tint, labels at the top": TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3efe2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    ),
    "no rules, labels in the middle": TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
}


def _box(number: str, style: str) -> Table:
    rows = [
        ["Lead director", "Director of Children's Services"],
        [f"Finding {number}", FINDINGS[number]],
        ["Status this month", "Amber"],
    ]
    data = [[Paragraph(a, HEAD), Paragraph(b, CELL)] for a, b in rows]
    return Table(data, colWidths=[130, 300], style=BOX_STYLES[style])


def _milestones(number: str) -> Table:
    data = [[Paragraph(h, HEAD) for h in ("Ref", "Action", "Owner", "Due date")]]
    data += [[Paragraph(c, CELL) for c in row] for row in ACTIONS[number]]
    return Table(data, colWidths=[40, 380, 150, 110], repeatRows=1, style=GRID)


def _workstream_update(path: Path, style: str = "grid") -> PlanExtraction:
    story: list[object] = [Paragraph("Eastmoor Council: workstream update to the board", TITLE)]
    for number in FINDINGS:
        story += [Spacer(1, 8), _box(number, style), Spacer(1, 10)]
        if ACTIONS[number]:
            story.append(_milestones(number))
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return extract_plan(parse_pdf(path))


@pytest.mark.parametrize("style", sorted(BOX_STYLES))
def test_a_box_states_the_recommendation_its_pages_tables_answer(
    tmp_path: Path, style: str
) -> None:
    """Ruled in a grid, the box is a table of label | value rows; tinted or ruled round its
    edge only, it is lines whose label and value a column gap parts."""
    plan = _workstream_update(tmp_path / "update.pdf", style)
    assert [(r.number, r.text) for r in plan.recommendations] == list(FINDINGS.items())
    ids = {r.id: r.number for r in plan.recommendations}
    got = [(a.ref, a.text, [ids[i] for i in a.recommendations]) for a in plan.actions]
    assert got == [
        (ref, text, [number]) for number, rows in ACTIONS.items() for ref, text, _, _ in rows
    ]


@pytest.mark.parametrize("style", sorted(BOX_STYLES))
def test_a_boxs_other_rows_are_not_actions_nor_their_rating(tmp_path: Path, style: str) -> None:
    plan = _workstream_update(tmp_path / "update.pdf", style)
    assert len(plan.actions) == 3
    assert all(a.rag is None for a in plan.actions)  # the box's 'Amber' is the finding's
    assert all("Director" not in (a.owner or "") for a in plan.actions)


def test_a_list_of_findings_in_a_two_column_table(tmp_path: Path) -> None:
    """Rows of 'Finding no. N | sentence' list the recommendations; a box of one states one."""
    data = [[Paragraph(f"Finding no. {n}", HEAD), Paragraph(t, CELL)] for n, t in
            [("1", FINDINGS["3"]), ("2", FINDINGS["4"])]]  # fmt: skip
    head = [Paragraph(h, HEAD) for h in ("Ref", "Action", "Finding", "Owner", "Due date")]
    rows = [["A", "Agree a joint housing protocol with the district councils", "1", "Housing Lead",
             "31/01/2026"],
            ["B", "Commission an independent return interview service", "2",
             "Head of Safeguarding", "30/04/2026"]]  # fmt: skip
    actions = [head, *([Paragraph(c, CELL) for c in r] for r in rows)]
    story = [
        Paragraph("What the inspectors found", TITLE),
        Table(data, colWidths=[110, 560], style=GRID),
        Spacer(1, 12),
        Paragraph("Our actions", TITLE),
        Table(actions, colWidths=[40, 330, 60, 150, 90], style=GRID),
    ]
    path = tmp_path / "list.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    plan = extract_plan(parse_pdf(path))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", FINDINGS["3"]),
        ("2", FINDINGS["4"]),
    ]
    ids = {r.id: r.number for r in plan.recommendations}
    assert [[ids[i] for i in a.recommendations] for a in plan.actions] == [["1"], ["2"]]


def test_a_row_states_a_recommendation_by_its_shape() -> None:
    sentence = "Improve the timeliness of strategy discussions with the police"
    assert stated_in_row("Area of concern 2", sentence) == ("2", sentence)
    assert stated_in_row("B2:", sentence) == ("B2", sentence)
    assert stated_in_row("Recommendation", f"2. {sentence}") == ("2", sentence)
    assert stated_in_row("Lead officer", "Head of Service, Children in Care") is None
    assert stated_in_row("Milestones not reported", "3") is None
    assert stated_in_row("Action 2", sentence) is None  # an action card's label
    assert stated_in_row("Finding 2", "Amber") is None  # no sentence beside the number
    # a label naming a recommendation may stand beside its short title
    assert stated_in_row("Recommendation 4", "Strategy meetings") == ("4", "Strategy meetings")
    assert stated_in_row("Finding 4", "Strategy meetings") is None
    assert stated_in_row("Recommendation 4", "Off track") is None  # its rating, no title


def test_a_box_labelled_otherwise_is_no_recommendation(tmp_path: Path) -> None:
    """A document-control box before the findings ('Version 2 | ...') states no
    recommendation: only boxes labelled as the ones over the tables are sections."""
    control = Table(
        [[Paragraph(a, HEAD), Paragraph(b, CELL)] for a, b in (
            ("Version 2", "Draft agreed by the senior leadership team for the board"),
            ("Author", "Head of Quality Assurance"),
        )],
        colWidths=[130, 300],
        style=GRID,
    )  # fmt: skip
    story: list[object] = [Paragraph("Eastmoor Council: workstream update", TITLE), control]
    for number in FINDINGS:
        story += [Spacer(1, 8), _box(number, "grid"), Spacer(1, 10)]
        if ACTIONS[number]:
            story.append(_milestones(number))
        story.append(PageBreak())
    path = tmp_path / "control.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    plan = extract_plan(parse_pdf(path))
    assert [r.number for r in plan.recommendations] == list(FINDINGS)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_a_tinted_html_box_whose_label_wraps_beside_its_value(tmp_path: Path) -> None:
    """A browser sets a box's cells in the middle of their row: the label ('Area of concern'
    over '3') and the value wrap beside each other, no rule between them; the other rows'
    labels wrap too ('Status this' over 'month | Amber')."""
    css = (
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}"
        "table{border-collapse:collapse;width:100%} .box{background:#eef3f8;margin:8pt 0}"
        ".box th{text-align:left;width:22%;padding:4pt} .box td{padding:4pt}"
        ".ms th,.ms td{border:1px solid #555;padding:3pt;text-align:left;vertical-align:top}"
        ".page{page-break-after:always}"
    )
    more = " and report progress to the improvement board every quarter"
    parts = [f"<html><head><style>{css}</style></head><body><h1>Eastmoor: workstream update</h1>"]
    for n, text in FINDINGS.items():
        parts += [
            '<div class="page"><table class="box">',
            "<tr><th>Lead director</th><td>Director of Children's Services</td></tr>",
            f"<tr><th>Area of concern {n}</th><td>{text}{more}</td></tr>",
            "<tr><th>Status this month</th><td>Amber</td></tr></table>",
        ]
        if ACTIONS[n]:
            parts.append('<table class="ms"><tr><th>Ref</th><th>Action</th><th>Owner</th>'
                         "<th>Due date</th></tr>")  # fmt: skip
            parts += [f"<tr><td>{r}</td><td>{a}</td><td>{o}</td><td>{d}</td></tr>"
                      for r, a, o, d in ACTIONS[n]]  # fmt: skip
            parts.append("</table>")
        parts.append("</div>")
    page, out = tmp_path / "update.html", tmp_path / "update.pdf"
    page.write_text("".join(parts) + "</body></html>")
    print_pdf(page, out)
    plan = extract_plan(parse_pdf(out))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (n, t + more) for n, t in FINDINGS.items()
    ]
    ids = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [ids[i] for i in a.recommendations]) for a in plan.actions] == [
        ("a", ["3"]),
        ("b", ["3"]),
        ("a", ["4"]),
    ]
