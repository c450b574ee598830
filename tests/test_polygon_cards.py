"""A plan drawn as a comb of hexagons read whole (pipeline.reader's polygons,
extractors.drawn_cards, plan_kicker_cards, pipeline.marks' key): a page per recommendation, a
dark hexagon 'Recommendation N' + its text first, then a hexagon per action, raised and lowered
in turn, tinted in its status colour, holding centred lines: the ref, the action, then
'<label>: <value>' lines under labels no vocabulary knows, wrapped wherever the width ends; the
status words are the plan's own, keyed only by a row of small tinted hexagons at the foot of
every page (so a running footer). The hexagons' boxes overlap, and their lines stand at
heights that do not line up across the page: each action must still be one card with its own
fields, each rated by the key, linked to the hexagon beside it that heads it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

RECS = [
    ("1", "Improve the quality of management oversight and supervision of social work"),
    ("2", "Strengthen the response to children who go missing from home or care"),
    ("3", "Raise the quality of assessments so that they reflect each child's history"),
]
# ref, action, owner, due, status, note
ACTIONS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "1": [
        ("1.1", "Reduce team manager spans of control to seven across every locality team",
         "Bethan Lloyd", "31st Dec 2026", "Humming", ""),
        ("1.2", "Publish a revised supervision standard with a recording template",
         "Head of Service", "30th Apr 2027", "Swarming",
         "Delayed because of staff turnover; revised plan agreed"),
        ("1.3", "Audit supervision records each quarter", "Martin Hale", "15th Jan 2027",
         "Not yet hived", ""),
    ],
    "2": [
        ("2.1", "Offer every child a return home interview within three days", "Ruth Kowalczyk",
         "28th Feb 2027", "Collapsed", "Recruitment under way; two posts filled"),
        ("2.2", "Hold a monthly missing children panel chaired by the head of service",
         "Leon Fairweather", "30th Sep 2027", "Complete", ""),
    ],
    "3": [
        ("3.1", "Redesign the assessment template with a chronology section", "Grace Adebayo",
         "8th Sep 2027", "Humming", ""),
        ("3.2", "Train all social workers in writing analysis", "David Osei", "1st May 2027",
         "Swarming", ""),
    ],
}  # fmt: skip
STATUS = {  # word -> (tint, edge, the colour it means)
    "Humming": ("#E8F5E9", "#2E7D32", "green"),
    "Swarming": ("#FFF3E0", "#B26A00", "amber"),
    "Collapsed": ("#FFEBEE", "#C62828", "red"),
    "Complete": ("#E3F2FD", "#1565C0", "blue"),
    "Not yet hived": ("#F5F5F5", "#616161", None),
}


def _hexagon(c: Any, cx: float, cy: float, r: float) -> None:
    path = c.beginPath()
    for k in range(6):
        x, y = cx + r * math.cos(math.radians(60 * k)), cy + r * math.sin(math.radians(60 * k))
        path.moveTo(x, y) if k == 0 else path.lineTo(x, y)
    path.close()
    c.drawPath(path, stroke=1, fill=1)


def _cell(c: Any, cx: float, cy: float, r: float, blocks: list[tuple[str, str]]) -> None:
    """The blocks' lines wrapped to the hexagon's inner width, centred about its middle."""
    from reportlab.lib.utils import simpleSplit

    size = 10.5
    lines = [(f, ln) for f, t in blocks for ln in simpleSplit(t, f, size, 1.05 * r)]
    y = cy + len(lines) * size * 1.2 / 2 - size * 0.85
    for font, ln in lines:
        c.setFont(font, size)
        c.drawCentredString(cx, y, ln)
        y -= size * 1.2


def _comb(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    width, height = landscape(A3)
    c = Canvas(str(path), pagesize=(width, height))
    R = 136.0
    r = R * 0.955
    for page, (num, text) in enumerate(RECS, start=1):
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, height - 50, "Our improvement hive")
        acts = ACTIONS[num]
        x0 = (width - (2 * R + len(acts) * 1.5 * R)) / 2 + R
        for i in range(len(acts) + 1):
            cx = x0 + i * 1.5 * R
            cy = height / 2 + (R * math.sqrt(3) / 4 if i % 2 == 0 else -R * math.sqrt(3) / 4)
            if i == 0:
                c.setFillColor(colors.HexColor("#5B3A12"))
                c.setStrokeColor(colors.HexColor("#5B3A12"))
                _hexagon(c, cx, cy, r)
                c.setFillColor(colors.white)
                _cell(c, cx, cy, r, [("Helvetica-Bold", f"Recommendation {num}"),
                                     ("Helvetica", text)])  # fmt: skip
                continue
            ref, action, owner, due, status, note = acts[i - 1]
            tint, edge, _ = STATUS[status]
            c.setFillColor(colors.HexColor(tint))
            c.setStrokeColor(colors.HexColor(edge))
            c.setLineWidth(2.2)
            _hexagon(c, cx, cy, r)
            c.setFillColor(colors.black)
            blocks = [("Helvetica-Bold", ref), ("Helvetica", action),
                      ("Helvetica-Bold", f"Beekeeper: {owner}"),
                      ("Helvetica", f"Honey by: {due}"),
                      ("Helvetica-Bold", f"Comb check: {status}")]  # fmt: skip
            if note:
                blocks.append(("Helvetica-Oblique", f"Keeper's jotting: {note}"))
            _cell(c, cx, cy, r, blocks)
        # the key at the foot of every page, at one place: a running footer
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(colors.black)
        c.drawString(40, 50, "Key - Comb check:")
        x = 130.0
        for word, (tint, edge, _) in STATUS.items():
            c.setFillColor(colors.HexColor(tint))
            c.setStrokeColor(colors.HexColor(edge))
            c.setLineWidth(1.2)
            _hexagon(c, x + 8, 53, 9)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 22, 50, word)
            x += 34 + c.stringWidth(word, "Helvetica", 8.5)
        c.setFont("Helvetica", 7.8)
        c.drawRightString(width - 40, 25, f"Page {page} of {len(RECS)}")
        c.showPage()
    c.save()


@pytest.fixture(scope="module")
def comb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("comb") / "comb.pdf"
    _comb(pdf)
    return pdf


def test_in_polygon_tells_overlapping_hexagons_apart() -> None:
    from plantrace.pipeline.document import in_polygon

    hexagon = [(100 + 50 * math.cos(math.radians(60 * k)),
                100 + 50 * math.sin(math.radians(60 * k))) for k in range(6)]  # fmt: skip
    assert in_polygon(hexagon, 100, 100)
    assert in_polygon(hexagon, 140, 100)  # near its right corner, on its middle
    assert not in_polygon(hexagon, 140, 140)  # in its box's corner, outside its slanted edge
    assert not in_polygon(hexagon, 200, 100)


def test_reader_keeps_the_hexagons_with_their_corners(comb: Path) -> None:
    from plantrace.pipeline.reader import parse_pdf

    page = parse_pdf(comb).pages[0]
    _ = page.rulings
    big = [(box, colour, pts) for box, colour, pts in page.polygons if box[2] - box[0] > 100]
    assert len(big) == 4  # the recommendation's and its three actions'
    assert sorted(colour for _, colour, _ in big) == ["#5b3a12", "#e8f5e9", "#f5f5f5", "#fff3e0"]
    assert all(len(pts) >= 6 for _, _, pts in big)
    assert not any(b[2] - b[0] > 100 for b, _ in page.fills)  # no rectangle read of them


def test_the_key_at_every_pages_foot_is_the_plans_scale(comb: Path) -> None:
    from plantrace.pipeline.marks import mark_key
    from plantrace.pipeline.reader import parse_pdf

    key = mark_key(parse_pdf(comb))
    assert key == {"humming": "green", "swarming": "amber", "collapsed": "red"}


def test_each_hexagon_is_one_action_rated_by_the_key_and_linked(comb: Path) -> None:
    from plantrace.extractors.plan import extract_plan
    from plantrace.pipeline.reader import parse_pdf

    plan = extract_plan(parse_pdf(comb))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]
    got = {a.ref: a for a in plan.actions}
    for acts in ACTIONS.values():
        for ref, action, owner, due, status, note in acts:
            a = got[ref]
            assert a.text == action
            assert a.owner == owner  # 'Beekeeper:': a label read by the person it names
            assert a.due_raw == due  # its year wrapped onto the centred line under it
            assert a.rag == STATUS[status][2]
            assert (a.progress or "") == note  # 'Keeper's jotting:': a sentence, the update
    recs = {r.id: r for r in plan.recommendations}
    assert {r.number: r.text for r in recs.values()} == dict(RECS)
    for a in plan.actions:  # each linked to the hexagon beside it that heads its comb
        assert [recs[r].number for r in a.recommendations] == [a.ref[0]]
    unread = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert unread and "Not yet hived" in unread[0].message  # said, not rated
