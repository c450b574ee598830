"""Tilted cards (a planning wall's sticky notes, turned a degree with CSS rotate): no table
rulings from their sides or their shadows, each note read as one card by its ref, its text and
its unlabelled tags (pipeline.tilted_shapes, extractors.drawn_cards)."""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.pipeline.tilted_shapes import shadow_of, tilted_rectangle

NOTES = [
    ("1.1", ["Audit twelve supervision records", "each month"], ["Helen Markham", "Mar '27", "Done"]),
    ("1.2", ["Publish a revised supervision", "standard for teams"], ["Martin Hale", "Feb '27", "Blocked"]),
    ("1.3", ["Train all team managers in", "reflective supervision"], ["Joseph Mensah", "Jan '27", "Slipping"]),
]  # fmt: skip


def _corners(x: float, y: float, w: float, h: float, deg: float) -> list[tuple[float, float]]:
    a = math.radians(deg)
    cx, cy = x + w / 2, y + h / 2
    pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    return [
        (
            cx + (px - cx) * math.cos(a) - (py - cy) * math.sin(a),
            cy + (px - cx) * math.sin(a) + (py - cy) * math.cos(a),
        )
        for px, py in pts
    ]


def test_a_turned_rectangle_is_tilted_a_straight_one_is_not() -> None:
    assert tilted_rectangle(_corners(40, 160, 180, 125, 1.2))
    assert tilted_rectangle(
        [*_corners(40, 160, 180, 125, -0.8), _corners(40, 160, 180, 125, -0.8)[0]]
    )
    assert not tilted_rectangle(_corners(40, 160, 180, 125, 0.0))
    assert not tilted_rectangle(_corners(40, 160, 180, 125, 45.0))  # a diamond


def test_a_shadow_closely_encloses_its_card() -> None:
    assert shadow_of((33.4, 160.3, 219.4, 295.0), (36.2, 162.4, 213.5, 288.3))
    assert not shadow_of((0, 0, 400, 400), (36.2, 162.4, 213.5, 288.3))  # a frame, far round


def _wall(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, height - 80, "Recommendation 1")
    c.setFont("Helvetica", 9)
    c.drawString(42, height - 100, "Improve the quality of management oversight and supervision")
    for k, (ref, text, tags) in enumerate(NOTES):
        x, y = 40 + k * 190, height - 290
        tilt = (-1.2, 1.0, -1.4)[k]
        c.setFillColorRGB(0.73, 0.73, 0.73)  # the shadow: a straight box just round the note
        c.rect(x - 4, y - 4, 186, 141, stroke=0, fill=1)
        c.saveState()
        c.translate(x + 89, y + 66)
        c.rotate(tilt)
        c.translate(-(x + 89), -(y + 66))
        c.setFillColorRGB(0.77, 0.87, 0.98)
        c.rect(x, y, 178, 133, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 6, y + 120, ref)
        c.setFont("Helvetica", 7)
        c.drawString(x + 150, y + 122, f"+{k + 2}")  # a vote count in the corner
        c.setFont("Helvetica", 9.5)
        for i, t in enumerate(text):
            c.drawString(x + 6, y + 104 - 12 * i, t)
        c.setFont("Helvetica", 7.5)
        tx = x + 12
        for tag in tags:
            c.drawString(tx, y + 60, tag)
            tx += c.stringWidth(tag, "Helvetica", 7.5) + 14  # pills side by side
        c.restoreState()
    c.showPage()
    c.save()


def test_a_wall_of_tilted_notes_reads_one_action_per_note(tmp_path: Path) -> None:
    from plantrace.extractors.drawn_cards import drawn_cards
    from plantrace.pipeline.reader import parse_pdf

    pdf = tmp_path / "wall.pdf"
    _wall(pdf)
    doc = parse_pdf(pdf)
    page = doc.pages[0]
    # the notes' sides and shadows are no rulings
    assert not [r for r in page.rulings if r.top > 150]
    cards = drawn_cards(page)
    assert [c.ref for c in cards] == ["1.1", "1.2", "1.3"]
    assert {c.rec for c in cards} == {"1"}
    assert all("+" not in ln.text for c in cards for ln in c.lines)  # no vote count kept

    from plantrace.extractors.plan import extract_plan

    plan = extract_plan(doc)
    got = {a.ref: a for a in plan.actions}
    assert set(got) == {"1.1", "1.2", "1.3"}
    assert got["1.1"].text.startswith("Audit twelve supervision records each month")
    assert got["1.2"].owner == "Martin Hale"
    assert got["1.3"].due_raw == "Jan '27"
