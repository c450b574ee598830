"""A heading box with a small badge drawn inside it (an objective's box on a goals page, a ring
with its percentage in the head's corner) whose head is cut by the foot of a page: the table
finder reads the box's piece and the badge's edges as one grid, the box a cell merged over the
rows the badge makes, the badge a cell inside it. stacked_boxes.open_stacked_boxes took that grid
for a stack of steps (each row's words in one cell, the cells in two columns) and opened it into
paragraphs, so the head and its badge came apart from the cards under them on the next page
(holdout40 html-okr-page: the last objective's initiatives lost, silently). A stack's steps lie
one under another; a box inside another is no step (stacked_boxes._stacked).
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.stacked_boxes import open_stacked_boxes, stacked_steps
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; margin: 0; color: #222; }"
    ".obj { border: 1px solid #cfcbe6; border-radius: 6px; margin: 0 0 12px 0; padding: 8px 10px; }"
    ".ohead { display: flex; justify-content: space-between; gap: 12px; }"
    ".chip { display: inline-block; background: #ece9fb; color: #3b2e83; font-weight: bold;"
    " border-radius: 10px; padding: 0 8px; font-size: 8pt; }"
    ".otext { font-size: 11pt; font-weight: bold; margin: 4px 0 2px 0; }"
    ".oown { color: #555; font-size: 8pt; }"
    ".ring { flex: none; width: 15mm; height: 15mm; border-radius: 50%; display: flex;"
    " align-items: center; justify-content: center; font-weight: bold; }"
    ".ring span { background: #fff; border-radius: 50%; width: 11mm; height: 11mm; display: flex;"
    " align-items: center; justify-content: center; font-size: 8.5pt; }"
    ".sect { font-size: 7.5pt; color: #777; margin: 8px 0 3px 0; border-bottom: 1px solid #eee; }"
    ".ini { border-left: 3px solid #2e7d32; padding: 2px 0 2px 8px; margin: 5px 0;"
    " break-inside: avoid; } .t { font-weight: bold; } .meta span { margin-right: 14px; }"
)
GOALS = [
    ("1", "Make every contact with a family count", 62,
     [("1.1", "Answer each contact within one working day", "Mara Quell", "30/09/2026"),
      ("1.2", "Agree a shared screening guide with schools", "Ivo Santer", "31/10/2026"),
      ("1.3", "Review ten closed contacts a month with partners", "Lena Doyle", "30/11/2026")]),
    ("2", "Keep children who go missing from home or from care safer, and learn from every"
     " episode with the police and schools", 41,
     [("2.1", "Hold a panel each month on every missing episode", "Tobias Wren", "31/01/2027"),
      ("2.2", "Offer every returning child a talk with a trusted adult", "Petra Ames",
       "28/02/2027")]),
]  # fmt: skip
FILLERS_MM = (182, 184, 186)  # put the second objective's head at page 1's foot, through its ring


def _html(filler_mm: float) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1 style='font-size:15pt'>Goals for the year</h1>",
           f"<div style='height:{filler_mm}mm'></div>"]  # fmt: skip
    for n, text, pct, acts in GOALS:
        out.append(
            f"<div class='obj'><div class='ohead'><div><span class='chip'>Objective {n}</span>"
            f"<div class='otext'>{escape(text)}</div><div class='oown'>Objective owner: Nadia"
            f" Brook</div></div><div class='ring' style='background: conic-gradient(#7a6bd1"
            f" {pct}%, #eee 0)'><span>{pct}%</span></div></div><div class='sect'>INITIATIVES</div>"
        )  # fmt: skip
        for ref, act, who, due in acts:
            out.append(f"<div class='ini'><div class='t'>{ref} {escape(act)}</div><div class='meta'>"
                       f"<span>Lead: {escape(who)}</span><span>Due: {due}</span></div></div>")  # fmt: skip
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


@needs_chromium
def test_a_heading_box_holding_its_badge_is_no_stack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cut = 0
    for filler in FILLERS_MM:
        page = tmp_path / f"goals{filler}.html"
        page.write_text(_html(filler))
        pdf = page.with_suffix(".pdf")
        print_pdf(page, pdf)
        elements = read_layout(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
        cut += any(el.raw is not None and len(el.raw.rows) == 2 and "41%" in str(el.raw.rows)
                   for el in elements)  # fmt: skip
        assert open_stacked_boxes(elements) == elements, filler  # the head kept whole
    assert cut, "the cut head with its badge is read as one grid (the shape this test needs)"


def _cell(text: str, bbox: tuple[float, float, float, float]) -> Cell:
    return Cell(text, bbox, lines=[Line(text, bbox, 9.0, False, 1, 0, words=[])])


def test_badge_inside_a_merged_box_is_no_step() -> None:
    head = _cell("Objective 4 Strengthen the response", (34, 758, 562, 802))
    badge = _cell("41%", (511, 765, 554, 802))
    grid = Table(page=1, bbox=(34, 758, 562, 802), rows=[[head, None, None], [None, badge, None]],
                 ruled=True)  # fmt: skip
    assert stacked_steps(grid) is None


def test_boxes_one_under_another_are_steps() -> None:
    top = _cell("3.2 Strengthen support", (56, 334, 393, 376))
    mid = _cell("3.1 Review all children", (40, 376, 409, 430))
    base = _cell("Foundations: stable workforce", (40, 430, 409, 446))
    grid = Table(page=1, bbox=(40, 334, 409, 446),
                 rows=[[None, top, None], [mid, None, None], [base, None, None]], ruled=True)  # fmt: skip
    assert stacked_steps(grid) == [top, mid, base]
