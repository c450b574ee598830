"""A plan at a glance whose actions are tiles of rounded corners laid in a grid, three to a row,
the gutters between them as wide across as down (a web page's grid with one gap).

The gap round a middle tile looks like a box of its own: its top is the foot of the tile above,
its sides the sides of the tiles beside it, its foot the top of the tile below, and each of
those ends stops short of the gap's corner by the gutter and a tile's radius alike, as a wider
rounded corner would. Every end already rounds its own tile's corner a few points away; an end
rounds one corner, the nearest (pipeline/tables.py _own_corners). Closed as well, the gap
redrew the tiles' sides across the gutters and the tiles beside it were read as one (holdout14
html-tiles, seven plans, once boxes were found all at once to leave overlapping shapes open).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.document import Ruling
from plantrace.pipeline.reader import parse_pdf
from plantrace.pipeline.tables import round_corners_closed
from tests.chromium import needs_chromium, print_pdf

STYLE = """
@page { size: A4; margin: 11mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 9pt; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
ol.recs { margin: 0 0 4mm; padding-left: 0; list-style: none; }
ol.recs li { margin-bottom: 1.2mm; }
ol.recs b { display: inline-block; min-width: 9mm; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.tile { border: 0.8pt solid #ced4da; border-radius: 1.5mm; padding: 3mm 3mm 2.5mm;
        break-inside: avoid; min-height: 34mm; }
.num { font-size: 13pt; font-weight: bold; color: #adb5bd; }
.chip { font-size: 7.5pt; background: #0B7285; color: #fff; border-radius: 2mm;
        padding: 0.3mm 1.8mm; margin-left: 1.5mm; }
.txt { margin: 1.5mm 0 2mm; font-weight: 600; }
.meta { font-size: 8pt; }
.st { font-size: 8pt; font-weight: bold; margin-top: 1.5mm; }
.cm { font-size: 7.5pt; font-style: italic; margin-top: 1mm; }
"""
RECS = [
    "Make sure that children's wishes and feelings are sought, recorded and visibly influence "
    "the plans made for them",
    "Improve the multi-agency response to children at risk of criminal and sexual exploitation",
    "Ensure that initial and review health assessments for children in care are completed on "
    "time and that their emotional health needs are met",
]
# number, recommendation, action, owner, due, status word, RAG read, comment
TILES = [
    ("1", 1, "Provide direct work resources and tools to every social work team",
     "Priya Nandakumar", "31 October 2026", "On track", "green", "Scoping meeting held"),
    ("2", 1, "Invite young inspectors to review services twice a year",
     "Joseph Mensah", "30 June 2026", "At risk", "amber", "Delayed by staff turnover"),
    ("3", 2, "Establish a weekly multi-agency exploitation meeting with police and health",
     "Grace Adebayo", "30 June 2026", "Off track", "red", "Recruitment under way"),
    ("4", 2, "Launch a single exploitation screening tool",
     "Bethan Lloyd", "30 April 2027", "On track", "green", "Tool drafted"),
    ("5", 3, "Report health assessment timeliness monthly to the board",
     "Leon Fairweather", "30 September 2026", "Complete", "blue", "Reports in place"),
    ("6", 3, "Agree a timeliness pathway for initial health assessments",
     "Tom Ellery", "31 August 2026", "On track", "green", "Pathway drafted"),
    ("7", 3, "Train foster carers in understanding trauma and attachment",
     "Amira Choudhury", "31 March 2027", "Off track", "red", "Trainer post vacant"),
    ("8", 2, "Offer a return home interview to every child within three days",
     "Ruth Kowalczyk", "30 June 2027", "Complete", "blue", "Interviews now offered"),
    ("9", 1, "Record the child's own words in every plan review",
     "Sam Okafor", "31 January 2027", "At risk", "amber", "First audit booked"),
]  # fmt: skip


def _tile(num: str, rec: int, act: str, owner: str, due: str, status: str, comment: str) -> str:
    return (
        f"<div class='tile'><span class='num'>{num}</span><span class='chip'>R{rec}</span>"
        f"<div class='txt'>{escape(act)}</div><div class='meta'><div>Officer named: {owner}</div>"
        f"<div>Target month: {due}</div></div><div class='st'>{status}</div>"
        f"<div class='cm'>Position statement: {escape(comment)}</div></div>"
    )


def _read(tmp_path: Path) -> PlanExtraction:
    recs = "".join(f"<li><b>R{n}</b> {escape(r)}</li>" for n, r in enumerate(RECS, 1))
    tiles = "".join(_tile(n, r, a, o, d, s, c) for n, r, a, o, d, s, _, c in TILES)
    page = tmp_path / "tiles.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        "<h1>Our improvement plan at a glance</h1><p>The inspection made the recommendations "
        "below. Every tile is one action; the chip on the tile says which recommendation it "
        f"answers.</p><ol class='recs'>{recs}</ol><div class='grid'>{tiles}</div></body></html>"
    )
    return extract_plan(parse_pdf(print_pdf(page, tmp_path / "tiles.pdf")))


@needs_chromium
def test_each_rounded_tile_of_the_grid_is_one_action(tmp_path: Path) -> None:
    plan = _read(tmp_path)
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), r) for n, r in enumerate(RECS, 1)
    ]
    got = [
        (
            a.ref,
            a.text,
            a.owner,
            a.due_raw,
            a.rag,
            a.progress,
            [numbers[r] for r in a.recommendations],
        )
        for a in plan.actions
    ]
    assert got == [(n, a, o, d, g, c, [str(r)]) for n, r, a, o, d, _, g, c in TILES]


def _rounded(
    x0: float, top: float, w: float, h: float, r: float
) -> tuple[list[Ruling], list[Ruling]]:
    """The straight sides of a box of rounded corners (its arcs are no rulings)."""
    hs = [
        Ruling(x0 + r, top, x0 + w - r, top + 0.8),
        Ruling(x0 + r, top + h, x0 + w - r, top + h + 0.8),
    ]
    vs = [
        Ruling(x0, top + r, x0 + 0.8, top + h - r),
        Ruling(x0 + w, top + r, x0 + w + 0.8, top + h - r),
    ]
    return hs, vs


def test_the_gap_round_a_middle_tile_is_no_box() -> None:
    """Nine tiles, gutters of 9 points each way, corners rounded by 4: every tile closes on its
    own corners, its sides carried no further than its own corners (not across a gutter)."""
    hs: list[Ruling] = []
    vs: list[Ruling] = []
    for row in range(3):
        for col in range(3):
            h, v = _rounded(40 + col * 109, 100 + row * 89, 100, 80, 4.0)
            hs += h
            vs += v
    out_h, out_v = round_corners_closed(hs, vs)
    assert {round(b.x1 - b.x0, 6) for b in out_h} == {100.0}  # each tile's top and foot: 100 wide
    assert {round(b.bottom - b.top, 6) for b in out_v} == {80.0}  # each tile's sides: 80 tall
