"""A status shown by how much of a circle is filled, keyed by a printed key (pipeline/fill_scale.py).

A tracker's status column holds no word: a circle empty, a quarter, half, three-quarters or
wholly filled, either drawn (an outlined circle and a filled wedge) or printed as a character
('◔'). The key printed under the table says what each fill means. Read as coloured marks, every
drawn wedge was the ball's ink (navy: 'blue') and a half wedge, too narrow for a mark, nothing.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.fill_scale import glyph_for, scale_key
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import ruled_grid

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HEADER = ["No.", "Action", "Lead", "Target date", "RAG"]
WIDTHS = [40, 330, 130, 90, 50]
ROWS = [
    ("4.1", "Audit every child in care plan each quarter", "Head of Service", "March 2027", 0.25),
    ("4.2", "Recruit two independent reviewing officers", "Service Manager", "June 2027", 0.5),
    ("4.3", "Publish a revised supervision standard", "Principal Social Worker", "July 2027", 0.75),
    ("4.4", "Train managers in reflective supervision", "Workforce Lead", "May 2027", 1.0),
    ("4.5", "Set up a care leavers' forum", "Participation Lead", "August 2027", 0.0),
]
# words of a scale whose middle steps the vocabulary reads out of the fill's order, or not at all
KEY = [(0.0, "Not begun"), (0.25, "Behind plan"), (0.5, "Slight delay"), (0.75, "On target"),
       (1.0, "Completed")]  # fmt: skip
GLYPHS = {0.0: "○", 0.25: "◔", 0.5: "◑", 0.75: "◕", 1.0: "●"}
INK = (0.1, 0.2, 0.4)


def _ball(c: canvas.Canvas, x: float, y: float, share: float, r: float = 5.0) -> None:
    """An outlined circle (no fill) and its filled share, clockwise from twelve o'clock."""
    c.setStrokeColorRGB(*INK)
    c.setFillColorRGB(*INK)
    c.setLineWidth(0.8)
    if share >= 1.0:
        c.circle(x, y, r, stroke=0, fill=1)
    elif share > 0:
        c.wedge(x - r, y - r, x + r, y + r, 90, -360 * share, stroke=0, fill=1)
    c.circle(x, y, r, stroke=1, fill=0)


def _plan_pdf(
    drawn: bool, key: bool = True, key_words: list[tuple[float, str]] | None = None
) -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    buf = io.BytesIO()
    size = landscape(A4)
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    _, height = size
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 50, "Children's Services Improvement Plan")
    top, h = height - 90, 26.0
    xs, ys = ruled_grid(c, 40.0, top, list(WIDTHS), len(ROWS) + 1, h)
    c.setFont("Helvetica-Bold", 9)
    for xx, label in zip(xs, HEADER, strict=False):
        c.drawString(xx + 4, ys[0] - 16, label)
    for i, (*texts, share) in enumerate(ROWS):
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9)
        for xx, text in zip(xs, texts, strict=False):
            c.drawString(xx + 4, ys[i + 1] - 16, text)
        if drawn:
            _ball(c, xs[4] + 25, ys[i + 1] - 13, share)
        else:
            c.setFillColorRGB(*INK)
            c.setFont("DejaVuSans", 12)
            c.drawString(xs[4] + 19, ys[i + 1] - 17, GLYPHS[share])
    if key:
        y = ys[-1] - 30
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Key:")
        x = 70.0
        for share, words in key_words or KEY:
            if drawn:
                _ball(c, x + 5, y + 3, share)
            else:
                c.setFillColorRGB(*INK)
                c.setFont("DejaVuSans", 12)
                c.drawString(x, y - 1, GLYPHS[share])
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 9)
            c.drawString(x + 14, y, words)
            x += 30 + c.stringWidth(words, "Helvetica", 9)
        c.drawRightString(800, y, "Lindale Council | Page 1")  # the footer, on the key's line
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("drawn", [True, False])
def test_a_ball_reads_as_its_key_says_whether_drawn_or_printed(drawn: bool) -> None:
    result = extract_plan(parse_pdf_bytes(_plan_pdf(drawn), "plan.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    assert got == {"4.1": "red", "4.2": "amber", "4.3": "green", "4.4": "blue", "4.5": None}
    assert {a.ref: a.owner for a in result.actions}["4.3"] == "Principal Social Worker"


def test_drawn_balls_with_no_key_are_warned_not_guessed() -> None:
    result = extract_plan(parse_pdf_bytes(_plan_pdf(True, key=False), "plan.pdf"))
    assert {a.ref: a.rag for a in result.actions} == dict.fromkeys(
        ("4.1", "4.2", "4.3", "4.4", "4.5")
    )
    assert any(w.code == "plan_status_unread" for w in result.warnings)


def test_the_keys_words_give_the_colours_where_they_follow_the_fill() -> None:
    key = scale_key(
        [
            (0.0, "Not started"),
            (0.25, "Off track"),
            (0.5, "At risk"),
            (0.75, "On track"),
            (1.0, "Complete"),
        ]  # fmt: skip
    )
    assert (key["◔"], key["◑"], key["◕"], key["●"]) == ("red", "amber", "green", "blue")
    assert "○" not in key  # empty: no colour


def test_a_drawn_share_prints_as_its_nearest_character() -> None:
    assert [glyph_for(s) for s in (0.02, 0.27, 0.49, 0.8, 0.97)] == ["○", "◔", "◑", "◕", "●"]


def test_words_read_against_the_fill_keep_their_colours_and_are_warned_of() -> None:
    entries = [(0.25, "On track"), (0.5, "At risk"), (0.75, "Off track"), (1.0, "Complete")]
    clashes: list[str] = []
    key = scale_key(entries, clashes)
    assert (key["◔"], key["◑"], key["◕"], key["●"]) == ("green", "amber", "red", "blue")
    assert clashes == ["◔ On track", "◕ Off track"]


def test_an_unread_step_of_a_key_read_against_the_fill_takes_its_place() -> None:
    key = scale_key([(0.25, "On track"), (0.5, "Wobbling"), (0.75, "Off track")])
    assert (key["◔"], key["◑"], key["◕"]) == ("green", "amber", "red")


def test_a_plan_keyed_against_the_fill_reads_the_words_and_warns() -> None:
    words = [(0.0, "Not started"), (0.25, "On track"), (0.5, "At risk"), (0.75, "Off track"),
             (1.0, "Complete")]  # fmt: skip
    result = extract_plan(parse_pdf_bytes(_plan_pdf(False, key_words=words), "plan.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    assert got == {"4.1": "green", "4.2": "amber", "4.3": "red", "4.4": "blue", "4.5": None}
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "◔ On track" in said[0] and "◕ Off track" in said[0]
