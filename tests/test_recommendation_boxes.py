"""Recommendations quoted in tables of label | text rows, with label words no data file lists.

Layouts the generated families do not print: a table of 'Peer review point no. 1 | ...' rows
above one table of actions whose link column names them by bare number ('2, 3' for 'K2', 'K3'
when the plan labels them so), and a page per recommendation opening with a summary box whose
first row is 'Finding F2 | ...' and whose other rows are the sponsor and an overall status.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_recommendations import RecommendationIndex, provenance
from plantrace.pipeline.reader import parse_pdf
from tests.test_plan_recommendations import ACTIONS, BODY, CELL, HEAD, RECS, TITLE

GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _build(path: Path, story: list[object]) -> PlanExtraction:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40)
    doc.build([Paragraph("Eastmere Council: our response to the peer review", TITLE),
               Spacer(1, 8), *story])  # fmt: skip
    return extract_plan(parse_pdf(path))


def _grid(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
    data = [[Paragraph(c, HEAD if header and r == 0 else CELL) for c in row]
            for r, row in enumerate(rows)]  # fmt: skip
    return Table(data, colWidths=widths, style=TableStyle(GRID))


def _links(plan: PlanExtraction) -> list[tuple[str | None, list[str | None]]]:
    number = {r.id: r.number for r in plan.recommendations}
    return [(a.ref, [number[x] for x in a.recommendations]) for a in plan.actions]


def test_a_table_of_labelled_recommendations_and_links_by_bare_number(tmp_path: Path) -> None:
    listed = [[f"{label} {n}", rec] for n, rec in enumerate(RECS, start=1)
              for label in ["Peer review point no."]]  # fmt: skip
    rows = [["Step", "What we will do", "Points answered", "Lead officer", "Finish"]]
    for k, (n, text, owner, due) in enumerate(ACTIONS, start=1):
        rows.append([f"S{k}", text, f"{n}, 3" if k == 2 else str(n), owner, due])
    story: list[object] = [
        Paragraph("What the reviewers asked of us", BODY), _grid(listed, [150, 560], False),
        Spacer(1, 12), _grid(rows, [40, 330, 90, 150, 80]),
    ]  # fmt: skip
    plan = _build(tmp_path / "listed.pdf", story)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert _links(plan)[:3] == [("S1", ["1"]), ("S2", ["1", "3"]), ("S3", ["1"])]


def test_lettered_codes_in_a_list_are_numbers_where_links_name_them_bare(tmp_path: Path) -> None:
    listed = [[f"K{n}", rec] for n, rec in enumerate(RECS, start=1)]
    rows = [["Step", "What we will do", "Points answered", "Lead officer", "Finish"]]
    for k, (n, text, owner, due) in enumerate(ACTIONS, start=1):
        rows.append([f"S{k}", text, str(n), owner, due])
    story: list[object] = [_grid(listed, [60, 650], False), Spacer(1, 12),
                           _grid(rows, [40, 330, 90, 150, 80])]  # fmt: skip
    plan = _build(tmp_path / "codes.pdf", story)
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert [x for _, x in _links(plan)] == [[str(n)] for n, _, _, _ in ACTIONS]


def test_a_summary_box_per_recommendation_opens_its_section(tmp_path: Path) -> None:
    story: list[object] = []
    for n, rec in enumerate(RECS, start=1):
        box = [[f"Finding F{n}", rec], ["Sponsor", "Director of Children's Services"],
               ["Overall status", "On track"]]  # fmt: skip
        rows = [["No.", "What we will do", "Lead officer", "Finish"]]
        rows += [[f"{n}.{k}", text, owner, due] for k, (_, text, owner, due) in
                 enumerate([a for a in ACTIONS if a[0] == n], start=1)]  # fmt: skip
        story += [_grid(box, [150, 560], False), Spacer(1, 10),
                  _grid(rows, [40, 430, 150, 90]), PageBreak()]  # fmt: skip
    plan = _build(tmp_path / "boxes.pdf", story)
    # 'F' is the label's letter: the refs number the findings 1, 2, 3
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert [len(x) for _, x in _links(plan)] == [1] * len(ACTIONS)
    assert [a.owner for a in plan.actions] == [owner for _, _, owner, _ in ACTIONS]


@pytest.mark.parametrize(
    ("refs", "numbers"),
    [
        (["M1.1", "M1.3", "M2.1", "M3.3"], ["1", "2", "3", "4"]),  # R4 all on course: unlisted
        (["M1.1", "M7.1"], ["R1", "R2", "R3", "R4"]),  # 7 numbers no recommendation
        (["M2.1", "M2.2"], ["R1", "R2", "R3", "R4"]),  # one number named: too little
    ],
)
def test_an_exception_report_names_only_some_recommendations(
    refs: list[str], numbers: list[str]
) -> None:
    index = RecommendationIndex()
    for n in range(1, 5):
        index.add(f"R{n}", RECS[n % 3], provenance("x", 1, None, None))
    index.unlabel_numbers(refs)
    assert [r.number for r in index.items] == numbers


def test_a_one_column_table_of_labelled_recommendations(tmp_path: Path) -> None:
    """'Area to strengthen 1: ...' rows in a one-column table above the actions."""
    listed = [[f"Area to strengthen {n}: {rec}"] for n, rec in enumerate(RECS, start=1)]
    rows = [["Step", "What we will do", "Points answered", "Lead officer", "Finish"]]
    for k, (n, text, owner, due) in enumerate(ACTIONS, start=1):
        rows.append([f"S{k}", text, str(n), owner, due])
    story: list[object] = [_grid(listed, [710], False), Spacer(1, 12),
                           _grid(rows, [40, 330, 90, 150, 80])]  # fmt: skip
    plan = _build(tmp_path / "column.pdf", story)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert [x for _, x in _links(plan)] == [[str(n)] for n, _, _, _ in ACTIONS]


def test_a_box_with_no_milestones_listed_still_opens_its_recommendation(tmp_path: Path) -> None:
    """An exception report: the last box ('K3 | ...') lists no milestone. Its heading has the
    style and the label (the code's letter) of the boxes confirmed by their tables."""
    story: list[object] = []
    for n, rec in enumerate(RECS, start=1):
        box = [[f"K{n}", rec], ["Sponsor", "Director of Children's Services"]]
        story += [_grid(box, [150, 560], False), Spacer(1, 10)]
        group = [a for a in ACTIONS if a[0] == n]
        if n < len(RECS):
            rows = [["No.", "What we will do", "Lead officer", "Finish"]]
            rows += [[f"{n}.{k}", text, owner, due]
                     for k, (_, text, owner, due) in enumerate(group, start=1)]  # fmt: skip
            story.append(_grid(rows, [40, 430, 150, 90]))
        else:
            story.append(Paragraph("No exceptions to report this month.", BODY))
        story.append(PageBreak())
    plan = _build(tmp_path / "exceptions.pdf", story)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
