"""Notes on a planning wall read whole (extractors.drawn_cards, plan_kicker_cards): a note's
title wrapped over lines whose boxes overlap (type turned with the note), two notes a row (no
newspaper columns to read again), notes of a row standing a few points apart (read left to
right), comments under a note's tags (no labelled cards of their own), and a page whose
segment budget goes on rounded pills (its notes' rectangles still read)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.drawn_cards import drawn_cards
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.limits import Limits
from plantrace.pipeline.reader import parse_pdf

# (ref, title lines, tags: owner, due, status, a comment or "")
NOTES = [
    ("1.1", ["Train all team managers in reflective", "supervision through a two-day course",
             "delivered with the teaching partnership"], ["Owen Tremayne", "Jun '26", "Done"],
     "Marisol Penhaligon: needs HR input"),
    ("1.2", ["Reduce team manager spans of control to", "no more than seven social workers by",
             "creating two new posts"], ["Leon Fairweather", "Jan '26", "Blocked"],
     "Marisol Penhaligon: agreed at the workshop"),
    ("2.1", ["Audit twelve supervision records each", "month and report the themes to the",
             "practice quality group"], ["Grace Adebayo", "Oct '26", "Slipping"], ""),
    ("2.2", ["Introduce quarterly practice observations", "of every social worker by their",
             "manager"], ["Ruth Kowalczyk", "Mar '26", "Done"], ""),
]  # fmt: skip
# each note's tilt (degrees) and how far it stands below its row's line (points): the left
# note of the second row lower than its neighbour, across a multiple of 20 points from it
TILTS = [(-1.6, 0.0), (1.5, 3.0), (1.6, 12.0), (-1.5, 0.0)]


def _wall(path: Path, pills: int = 0) -> None:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    _, height = landscape(A4)
    for pill in range(pills):  # rounded shapes drawn first: curves, many segments each
        c.setFillColorRGB(0.9, 0.9, 0.95)
        c.roundRect(600 + (pill % 8) * 25, 40 + (pill // 8) * 14, 20, 10, 4, stroke=0, fill=1)
    for rec, y_title in (("1", 70.0), ("2", 280.0)):
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, height - y_title, f"Recommendation {rec}")
        c.setFont("Helvetica", 9)
        c.drawString(42, height - y_title - 18, f"Recommendation {rec} text about supervision")
    for k, (ref, text, tags, comment) in enumerate(NOTES):
        tilt, drop = TILTS[k]
        row, col = divmod(k, 2)
        x = 40 + col * 200
        top = 114 + row * 209 + drop  # the note's top, from the page's top
        y = height - top - 150  # its bottom in PDF coordinates
        c.setFillColorRGB(0.73, 0.73, 0.73)  # the shadow: a straight box just round the note
        c.rect(x - 4, y - 4, 190, 158, stroke=0, fill=1)
        c.saveState()
        c.translate(x + 91, y + 75)
        c.rotate(tilt)
        c.translate(-(x + 91), -(y + 75))
        c.setFillColorRGB(0.77, 0.87, 0.98)
        c.rect(x, y, 182, 150, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 6, y + 138, ref)
        c.setFont("Helvetica", 7)
        c.drawString(x + 160, y + 140, f"+{k + 2}")  # a vote count in the corner
        c.setFont("Helvetica", 9.5)
        for i, t in enumerate(text):  # set solid: boxes of turned lines meet
            c.drawString(x + 6, y + 122 - 10.2 * i, t)
        c.setFont("Helvetica", 7.5)
        tx = x + 12
        for tag in tags:
            c.drawString(tx, y + 72, tag)
            tx += c.stringWidth(tag, "Helvetica", 7.5) + 14  # pills side by side
        if comment:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(x + 8, y + 50, comment)
        c.restoreState()
    c.showPage()
    c.save()


def test_notes_two_a_row_read_whole_in_order(tmp_path: Path) -> None:
    pdf = tmp_path / "wall.pdf"
    _wall(pdf)
    doc = parse_pdf(pdf)
    assert [c.ref for c in drawn_cards(doc.pages[0])] == ["1.1", "1.2", "2.1", "2.2"]
    plan = extract_plan(doc)
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1", "2.2"]
    by = {a.ref: a for a in plan.actions}
    # the whole title, every wrapped line of it, though the lines' boxes overlap
    assert by["1.1"].text == (
        "Train all team managers in reflective supervision through a two-day course "
        "delivered with the teaching partnership"
    )
    assert by["2.2"].text.endswith("of every social worker by their manager")
    assert by["1.2"].owner == "Leon Fairweather"
    assert by["2.1"].due_raw == "Oct '26"
    # no piece of a note read as an action of its own (a vote count, a comment's name)
    assert all(not a.text.startswith("+") for a in plan.actions)
    assert len(plan.actions) == 4


def test_rectangles_read_after_the_segment_budget_goes_on_curves(tmp_path: Path) -> None:
    pdf = tmp_path / "pills.pdf"
    _wall(pdf, pills=40)
    doc = parse_pdf(pdf, Limits(max_segments_per_page=200))
    page = doc.pages[0]
    _ = page.rulings
    assert page.partial  # the curves past the budget were not read: said so
    assert [c.ref for c in drawn_cards(page)] == ["1.1", "1.2", "2.1", "2.2"]
