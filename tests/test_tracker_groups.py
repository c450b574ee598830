"""A tracker grid that prints each recommendation (its number, its text, the response to it) on
its group's first row only, its tasks on the rows below with those cells blank. The tasks belong
to the recommendation of the last row that printed one, also when a group starts at the top of
the next page: a row that prints its own recommendation number is the next group, not the rest
of the cell above cut by the page break. A recommendation whose text runs on over the break (no
number of its own in the row) still continues.

Not the layout of the plan generator's scrutiny family: a ReportLab grid, other headers and
order (task ref first, the recommendation columns after the lead), refs like '3.2'."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file

HEADER = ["Task", "What we will do", "Lead", "By when", "Rec no.", "Recommendation", "Response"]
RECS = {
    "1": "Strengthen the oversight of casework by team managers in the duty service",
    "2": "Reduce the number of children who go missing from their care placements",
    "3": "Improve the quality and timeliness of pathway plans for care leavers",
}
PAGE_1 = [
    ("1.1", "Audit twenty case files each month and report the themes", "Head of Duty", "31/03/2027", "1"),
    ("1.2", "Introduce a supervision record with a recorded rationale", "Principal Social Worker", "30/04/2027", None),
    ("2.1", "Hold a fortnightly missing children panel with the police", "Head of Safeguarding", "31/05/2027", "2"),
    ("2.2", "Offer every child a return home interview within three days", "Missing Service Lead", "30/06/2027", None),
]  # fmt: skip
PAGE_2 = [
    ("3.1", "Rewrite the pathway plan template with care leavers", "Leaving Care Manager", "31/07/2027", "3"),
    ("3.2", "Review every pathway plan at least every six months", "Leaving Care Manager", "31/08/2027", None),
]  # fmt: skip


def _table(rows: list[tuple[str, str, str, str, str | None]], rest: str = "") -> Table:
    """The grid; rest: the end of the last recommendation's text, printed in the first row as
    the rest of a cell a page break cut (no number of its own)."""
    body = getSampleStyleSheet()["BodyText"]
    data: list[list[object]] = [HEADER]
    for k, (ref, task, lead, due, rec) in enumerate(rows):
        group = [rec, Paragraph(RECS[rec], body), "Agreed"] if rec else ["", "", ""]
        if k == 0 and rest:
            group[1] = Paragraph(rest, body)
        data.append([ref, Paragraph(task, body), lead, due, *group])
    t = Table(data, colWidths=[40, 200, 120, 70, 50, 200, 55], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ]
        )
    )
    return t


def _read(tmp_path: Path, page_2: Table) -> ExtractionResult:
    styles = getSampleStyleSheet()
    story = [Paragraph("Children's services audit: response and progress tracker", styles["Title"])]
    story += [_table(PAGE_1), PageBreak(), page_2]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path = tmp_path / "tracker.pdf"
    path.write_bytes(buf.getvalue())
    return extract_file(path)


def test_group_starting_a_page_is_the_next_recommendation(tmp_path: Path) -> None:
    result = _read(tmp_path, _table(PAGE_2))
    recs = {r.id: (r.number, r.text) for r in result.recommendations}
    assert sorted(recs.values()) == sorted(RECS.items())
    got = [(a.ref, [recs[r][0] for r in a.recommendations]) for a in result.actions]
    assert got == [
        ("1.1", ["1"]),
        ("1.2", ["1"]),
        ("2.1", ["2"]),
        ("2.2", ["2"]),
        ("3.1", ["3"]),
        ("3.2", ["3"]),
    ]


def test_text_cut_by_the_page_break_goes_on(tmp_path: Path) -> None:
    rest = "and report the numbers to the corporate parenting board"
    more = [("2.3", "Train foster carers to report a missing child at once", "Fostering Lead",
             "30/09/2027", None)]  # fmt: skip
    result = _read(tmp_path, _table(more + PAGE_2, rest))
    recs = {r.id: (r.number, r.text) for r in result.recommendations}
    assert recs["r2"] == ("2", f"{RECS['2']} {rest}")
    got = [(a.ref, [recs[r][0] for r in a.recommendations]) for a in result.actions]
    assert got[3:] == [("2.2", ["2"]), ("2.3", ["2"]), ("3.1", ["3"]), ("3.2", ["3"])]
