"""A dashboard of speedometer dials: an unruled action table (a shaded header row, a dark band
over each recommendation's actions, a hairline under each row) whose last cell holds a dial,
a half circle of four coloured slices with all four slice words printed round every dial; the
needle drawn from the hub into one slice is the action's only status, and a grey dial with no
needle (a caption under its hub) is none. The dial's slices are no cell's edges or shading,
its words no text of the row, its height no gap between rows; the slice the needle points
into gives the row its status by its colour.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.gauges import gauge_boxes
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.gauge_needles import gauge_fills
from plantrace.pipeline.reader import parse_pdf

SLICES = (
    ("Stalled", "#D84B3E"),
    ("Slow", "#F0A93B"),
    ("Moving", "#4CAF50"),
    ("Arrived", "#3F7FD0"),
)
RECS = {
    "1": "Improve the timeliness of assessments for children in need",
    "2": "Strengthen management oversight of practice in the front door",
}
# ref, action, owner, due, the slice the needle points into (None: a grey dial, no needle)
ROWS = [
    ("1", "1-A", "Audit twenty assessments each month and share the learning", "Priya Shah",
     "31 March 2026", 0),
    ("1", "1-B", "Introduce a weekly performance clinic for team managers", "Tom Barker",
     "30 June 2026", 2),
    ("1", "1-C", "Recruit two senior practitioners to the assessment service", "Priya Shah",
     "31 July 2026", None),
    ("2", "2-A", "Publish a revised threshold document with partners and schools", "Ann Lowe",
     "30 April 2026", 3),
    ("2", "2-B", "Review every contact decided in the front door each week", "Ann Lowe",
     "31 May 2026", 1),
    ("2", "2-C", "Train all front door staff in the new decision record", "Tom Barker",
     "30 September 2026", 2),
]  # fmt: skip
RAG = {0: "red", 1: "amber", 2: "green", 3: "blue", None: None}


def _dial(
    c: canvas.Canvas, cx: float, cy: float, r: float, at: int | None, lean: float = 0.4
) -> None:
    for i, (word, fill) in enumerate(SLICES):
        start = 180 - 45 * (i + 1)
        c.setFillColor(colors.HexColor(fill if at is not None else "#C8C8C8"))
        c.setStrokeColor(colors.white)
        c.wedge(cx - r, cy - r, cx + r, cy + r, start, 45, stroke=1, fill=1)
        mid = math.radians(start + 22.5)
        c.setFillColor(colors.HexColor("#37474F"))
        c.setFont("Helvetica", 5.6)
        c.drawCentredString(cx + (r + 4) * math.cos(mid), cy + (r + 4) * math.sin(mid), word)
    c.setFillColor(colors.white)
    c.circle(cx, cy, r * 0.5, stroke=0, fill=1)
    if at is None:
        c.setFillColor(colors.HexColor("#616161"))
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawCentredString(cx, cy - 9, "Not yet")
        return
    ang = math.radians(180 - 45 * at - 45 * lean)  # a drawn point inside the slice
    c.setStrokeColor(colors.HexColor("#111111"))
    c.setLineWidth(1.6)
    c.line(cx, cy, cx + 0.92 * r * math.cos(ang), cy + 0.92 * r * math.sin(ang))


def _dashboard(path: Path, break_at: str | None = None, near_axis: bool = False) -> Path:
    w, h = landscape(A4)
    m = 34.0
    xs = [m, m + 50, m + 330, m + 460, m + 580]  # ref, action, owner, due, dial
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(m, h - 50, "Improvement dashboard")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(
        m, h - 66, "Readings taken on 3 March 2026 by Jo Reed for the board chaired by Sam Hill."
    )

    def header(y: float) -> float:
        c.setFillColor(colors.HexColor("#CFD8DC"))
        c.rect(m, y - 20, w - 2 * m, 20, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8.6)
        labels = ["Ref", "Action", "Lead officer", "Due date", "Status"]
        for x, label in zip(xs, labels, strict=True):
            c.drawString(x + 4, y - 13.5, label)
        return y - 20

    y = header(h - 80)
    shown = set()
    for rec, ref, action, owner, due, at in ROWS:
        if (rec == break_at and rec not in shown) or (break_at and ref == "2-C"):
            c.showPage()  # the band opens the next page's piece, a row the one after
            y = header(h - 34)
        if rec not in shown:
            shown.add(rec)
            c.setFillColor(colors.HexColor("#263238"))
            c.rect(m, y - 22, w - 2 * m, 22, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 9.2)
            c.drawString(m + 6, y - 15, f"Recommendation {rec}: {RECS[rec]}")
            y -= 22
        rh = 60.0
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8.6)
        c.drawString(xs[0] + 4, y - 14, ref)
        c.setFont("Helvetica", 8.6)
        for x, text in zip(xs[1:4], [action[:52], owner, due], strict=True):
            c.drawString(x + 4, y - 14, text)
        if len(action) > 52:
            c.drawString(xs[1] + 4, y - 24.4, action[52:].strip())
        # near_axis: each needle 3 degrees off the dial's upright or its base (177, 87, 93, 3)
        lean = (1 / 45 if at in (0, 2) else 44 / 45) if near_axis else 0.4
        _dial(c, xs[4] + 60, y - rh + 11, 27, at, lean)
        c.setStrokeColor(colors.HexColor("#B0BEC5"))
        c.setLineWidth(0.4)
        c.line(m, y - rh, w - m, y - rh)
        y -= rh
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _dashboard(tmp_path_factory.mktemp("gauges") / "dials.pdf")


@pytest.fixture(scope="module")
def plan(pdf: Path) -> PlanExtraction:
    return extract_plan(parse_pdf(pdf))


def test_every_row_is_read_with_its_owner_and_date(plan: PlanExtraction) -> None:
    got = {a.ref: a for a in plan.actions}
    assert sorted(got) == [r[1] for r in ROWS]
    for rec, ref, action, owner, due, _ in ROWS:
        a = got[ref]
        assert a.text.startswith(action[:40])
        assert a.owner == owner
        assert a.due_raw == due
        assert [r.split("r")[-1] for r in a.recommendations] == [rec]


def test_the_needle_rates_each_row_and_a_grey_dial_none(plan: PlanExtraction) -> None:
    got = {a.ref: a.rag for a in plan.actions}
    assert got == {r[1]: RAG[r[5]] for r in ROWS}


def test_no_dial_word_is_read_as_text_of_a_row(plan: PlanExtraction) -> None:
    words = {w for w, _ in SLICES} | {"Not yet"}
    for a in plan.actions:
        assert not any(w in (a.text or "") or w in (a.owner or "") for w in words)


def test_slices_are_no_rulings_and_a_dial_is_one_gauge(pdf: Path) -> None:
    page = parse_pdf(pdf).pages[0]
    assert len(page.sectors) == 4 * len(ROWS)
    assert len(gauge_boxes(page)) == len(ROWS)
    # only the header's and bands' rectangles and the hairlines: no edge of a slice's box
    assert not [r for r in page.rulings if 600 < r.x0 < 800 and r.bottom - r.top > 3]


def test_a_needle_reads_the_slice_it_points_into() -> None:
    hub = (100.0, 100.0)

    def sector(a0: float, a1: float, colour: str) -> tuple:
        pts = [hub] + [
            (hub[0] + 20 * math.cos(math.radians(a)), hub[1] - 20 * math.sin(math.radians(a)))
            for a in (a0, (a0 + a1) / 2, a1)
        ]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return ((min(xs), min(ys), max(xs), max(ys)), colour, tuple(pts))

    slices = [sector(135, 180, "#d84b3e"), sector(90, 135, "#f0a93b"), sector(45, 90, "#4caf50")]
    tip = (hub[0] + 15 * math.cos(math.radians(100)), hub[1] - 15 * math.sin(math.radians(100)))
    assert [c for _, c in gauge_fills(slices, [(hub, tip)])] == ["#f0a93b"]
    assert gauge_fills(slices, []) == []  # no needle: no reading
    far = ((300.0, 300.0), (320.0, 280.0))  # a stroke elsewhere on the page: none of the dial's
    assert gauge_fills(slices, [far]) == []
    # a stroke read as a ruling (89 degrees: upright within its bounds) reads where no slanted
    # one starts at the hub, and gives way to one that does
    up = (hub[0] + 15 * math.cos(math.radians(89)), hub[1] - 15 * math.sin(math.radians(89)))
    assert [c for _, c in gauge_fills(slices, [], [(hub, up)])] == ["#4caf50"]
    assert [c for _, c in gauge_fills(slices, [(hub, tip)], [(hub, up)])] == ["#f0a93b"]


def test_a_band_opening_the_next_page_is_no_action(tmp_path: Path) -> None:
    """The table goes on over a page break, the header repeated, the next recommendation's band
    first under it: the band is its recommendation's title across the table, not a row of
    run-together header labels parted at the columns (an action 'Recommendation 2: ...')."""
    plan = extract_plan(parse_pdf(_dashboard(tmp_path / "over.pdf", break_at="2")))
    got = {a.ref: a for a in plan.actions}
    assert sorted(got) == [r[1] for r in ROWS]
    for rec, ref, *_ in ROWS:
        assert [r.split("r")[-1] for r in got[ref].recommendations] == [rec]
    assert {a.ref: a.rag for a in plan.actions} == {r[1]: RAG[r[5]] for r in ROWS}


def test_a_tab_with_one_rounded_end_is_no_slice(tmp_path: Path) -> None:
    """A status tab drawn in as few segments as a slice (two straight edges, one rounded end,
    no point its curve is centred on) keeps its fill and its box's edges; the slice beside it,
    whose curve is centred where its radii meet, is a slice alone."""
    path = tmp_path / "tab.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillColor(colors.HexColor("#4CAF50"))
    tab = c.beginPath()
    tab.moveTo(100, 700)
    tab.lineTo(160, 700)  # the straight top edge
    tab.curveTo(172, 700, 172, 680, 160, 680)  # the rounded right end: no centre at a corner
    tab.lineTo(100, 680)
    c.drawPath(tab, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#D84B3E"))
    c.wedge(260, 650, 340, 730, 90, 45, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawString(100, 650, "Status tab and a slice")  # a text layer: no scanned page
    c.save()
    page = parse_pdf(path).pages[0]
    rulings = page.rulings  # the drawing is read with the rulings
    assert [colour for _, colour, _ in page.sectors] == ["#d84b3e"]
    tab_box = [box for box, colour in page.fills if colour == "#4caf50"]
    assert len(tab_box) == 1 and tab_box[0][0] == pytest.approx(100, abs=1)
    assert any(abs(r.x0 - 100) < 1 and r.bottom - r.top > 15 for r in rulings)


def test_a_needle_near_upright_or_flat_reads_its_slice(tmp_path: Path) -> None:
    """A needle 3 degrees off the dial's upright or its base is as thin as a rule across (its
    bounds under 3 points one way): it is read from its two ends all the same, not lost among
    the page's rulings (the dial read as no colour)."""
    plan = extract_plan(parse_pdf(_dashboard(tmp_path / "upright.pdf", near_axis=True)))
    assert {a.ref: a.rag for a in plan.actions} == {r[1]: RAG[r[5]] for r in ROWS}
