"""Rows of labels set in a grid's cells are no columns of the page (page_gutter._cut_paragraph).

A route map prints each recommendation as a line across the page, its actions as stops, their
labels set in the grid's cells alternately above and below the line. page_gutter found a gutter
between two cells' labels; the long lines of other labels that cross it cut the page into bands
through the labels, and in such a band the lines left of the gutter were read before those
right of it, with a break between: a label's text was parted from its first lines above the
band (half of it read as an action of no ref) and the labels under one line were read after
the next line's recommendation (linked to it). A band that opens or closes inside a paragraph
(its first line on a side, or the line that ends it, less than a line's height under a line it
overlaps) now keeps the order by height.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.page_gutter import column_order
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# recommendation -> its actions (ref, text, owner, due), one label above or below the line each
LINES = [
    ("R1", [
        ("1A", "Write down what every child says at their return interview and feed it into"
         " the risk review", "Head of Early Help", "Mar 2027"),
        ("1B", "Chart the streets where children who go missing are found and share the chart"
         " with the police every quarter", "Service Manager, Front Door", "Jun 2027"),
        ("1C", "Hold a panel each month on children missing from care", "Head of Safeguarding",
         "Apr 2027"),
    ]),
    ("R2", [
        ("2A", "Observe the practice of every social worker twice a year", "Principal Social"
         " Worker", "Sep 2027"),
        ("2B", "Publish a new supervision standard with a recording form for reflective"
         " discussion and a four-weekly minimum", "Head of Quality Assurance", "Jan 2027"),
        ("2C", "Audit ten supervision files each month and report what is found to the quality"
         " group", "Head of Quality Assurance", "Nov 2026"),
    ]),
    ("R3", [
        ("3A", "Audit twenty strategy meetings with partners and share the learning",
         "Head of Safeguarding", "Oct 2026"),
        ("3B", "Change the strategy meeting form so the decision and its reasons are kept on"
         " the child's file", "Service Manager, Front Door", "Feb 2027"),
        ("3C", "Set up a daily slot for strategy meetings that partners join online",
         "Head of Safeguarding", "Apr 2027"),
        ("3D", "Agree with the police a protocol on who attends strategy meetings",
         "Head of Safeguarding", "May 2027"),
    ]),
]  # fmt: skip
COLOURS = ["#1B5E20", "#4A148C", "#BF360C"]
CSS = (
    "@page { size: A4 landscape; margin: 10mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; margin: 0; }"
    ".route { display: flex; align-items: center; gap: 4mm; margin: 3mm 0 5mm 0; }"
    ".badge { width: 13mm; height: 13mm; border-radius: 50%; color: #fff; font-weight: bold;"
    " display: flex; align-items: center; justify-content: center; flex: none; }"
    ".map { flex: 1; } .row { display: grid; column-gap: 3mm; } .up .cell { display: flex; align-items: flex-end; }"
    ".rail { height: 6mm; background: linear-gradient(var(--c), var(--c)) center / 100% 2mm"
    " no-repeat; } .lbl { text-align: center; padding: 1mm; width: 100%; }"
    ".ref { display: block; color: #666; font-size: 7.5pt; }"
)


def _label(ref: str, text: str, owner: str, due: str) -> str:
    return (f"<div class='lbl'><span class='ref'>{ref}</span><b>{escape(text)}</b><br>"
            f"Lead: {escape(owner)}<br>Due: {due}</div>")  # fmt: skip


def _html() -> str:
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'>"
           f"<style>{CSS}</style></head><body><h1>Where we are going</h1>"
           "<p>Each line is one recommendation of the inspection; each stop an action.</p>"]  # fmt: skip
    for (rec, actions), colour in zip(LINES, COLOURS, strict=True):
        above = [""] * len(actions)
        below = [""] * len(actions)
        for i, a in enumerate(actions):
            (above if i % 2 == 0 else below)[i] = _label(*a)
        cols = f"grid-template-columns: repeat({len(actions)}, 1fr)"
        out.append(f"<div class='route'><div class='badge' style='background:{colour}'>{rec}"
                   f"</div><div class='map'><div class='row up' style='{cols}'>"
                   + "".join(f"<div class='cell'>{c}</div>" for c in above)
                   + f"</div><div class='row rail' style='--c:{colour}; {cols}'></div>"
                   f"<div class='row' style='{cols}'>"
                   + "".join(f"<div class='cell'>{c}</div>" for c in below)
                   + "</div></div></div>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("route") / "route.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_route_labels_read_row_by_row(plan) -> None:  # type: ignore[no-untyped-def]
    got = sorted((a.ref or "", a.text, a.owner) for a in plan.actions)
    assert got == sorted(a[:3] for _, actions in LINES for a in actions)


class _Item:
    def __init__(self, x0: float, top: float, x1: float) -> None:
        self.bbox = (x0, top, x1, top + 8)


def test_a_band_cut_through_labels_keeps_its_order() -> None:
    # a label's first line on the right, then one of its lines crossing the gutter cuts a band
    # whose first right line is the label's next line (2 pt under it): no columns there
    start = (0.0, 1, _Item(420, 0, 560))
    cross = (10.0, 1, _Item(250, 10, 560))
    band = [(t, 1, _Item(x, t, x + 140)) for t in (20.0, 30.0, 40.0) for x in (40, 420)]
    items = [start, cross, *band]
    assert column_order(items, 600) == (items, set())


def test_columns_under_a_title_are_still_read_in_turn() -> None:
    title = (0.0, 1, _Item(40, 0, 560))  # over both columns, a line's height above them
    band = [(t, 1, _Item(x, t, x + 140)) for t in (20.0, 30.0, 40.0) for x in (40, 420)]
    got, breaks = column_order([title, *band], 600)
    assert [it[2].bbox[0] for it in got] == [40, 40, 40, 40, 420, 420, 420]
    assert breaks == {id(band[1][2])}
