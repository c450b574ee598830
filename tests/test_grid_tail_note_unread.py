"""A grid's last note under a label no vocabulary reads is said, not lost silently.

A sheet prints each action's update as a merged, unruled row under it ('Bulletin: Pilot
running in two teams'); the last action's note closes the grid under its last ruled row,
outside every table, so grid_tail_notes (which joins it only under a progress label) leaves it a
paragraph. Where the grid's own rows carry a note under the same label, the line under the grid
is the last action's update and it is said (plan_column_unplaced, note_rows_unread.
unread_tail_notes) even where one row alone is too few for the rows' own warning. A footnote
under a grid whose rows carry no such note ('Source: ...') is no update, and a note read as
progress ('Latest:') is no loss: neither is said.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ("Step", "Lead", "Date", "Rating")
WIDTHS = (190.0, 90.0, 60.0, 54.0)
FILL = {"On track": "#c6efce", "Delayed": "#ffeb9c", "Off track": "#ffc7ce"}
ACTIONS = [
    ("1.1 Train all team managers in reflective supervision", "Amira Choudhury", "2025-05-31",
     "On track", "Pilot running in two teams; evaluation due"),
    ("1.2 Publish a revised supervision standard", "Joseph Mensah", "2025-06-23", "Delayed",
     None),
    ("1.3 Add a supervision timeliness measure", "Tom Ellery", "2026-01-27", "Off track",
     None),
    ("1.4 Audit supervision records each quarter", "Helen Markham", "2025-09-30", "On track",
     "Scoping to begin next quarter"),
]  # fmt: skip


def _cell(c: canvas.Canvas, x: float, y: float, w: float, h: float, fill: str | None) -> None:
    c.setStrokeColor(black)
    c.setLineWidth(0.5)
    if fill:
        c.setFillColor(HexColor(fill))
    c.rect(x, y - h, w, h, stroke=1, fill=1 if fill else 0)


def _text(c: canvas.Canvas, x: float, y: float, text: str, font: str = "Helvetica") -> None:
    c.setFillColor(black)
    c.setFont(font, 7)
    c.drawString(x + 3, y - 11, text)


def _pdf(note_label: str | None, footnote: str | None = None) -> bytes:
    """The band; each noted action's update under it as note_label's row (None: no notes);
    footnote: a line printed right under the grid."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(36, 560, "Children's Services Improvement Plan")
    x0, y = 36.0, 530.0
    c.setFillColor(HexColor("#1f3864"))
    c.rect(x0, y - 18, sum(WIDTHS), 18, stroke=0, fill=1)  # the merged head: filled, unruled
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0 + 3, y - 12, "Recommendation 1: Improve the quality of supervision")
    y -= 18
    x = x0
    for label, w in zip(HEAD, WIDTHS, strict=True):
        _cell(c, x, y, w, 16, "#d9e1f2")
        _text(c, x, y, label, "Helvetica-Bold")
        x += w
    y -= 16
    for text, lead, date, rating, progress in ACTIONS:
        x = x0
        for value, w in zip((text, lead, date, rating), WIDTHS, strict=True):
            _cell(c, x, y, w, 18, FILL[rating] if value == rating else None)
            _text(c, x, y, value)
            x += w
        y -= 18
        if progress and note_label:  # the sheet's progress row: merged, unruled, italic
            _text(c, x0, y + 3, f"{note_label}: {progress}", "Helvetica-Oblique")
            y -= 11
    if footnote:
        _text(c, x0, y + 3, footnote)
    c.save()
    return buf.getvalue()


def _unplaced(pdf: bytes) -> list[str]:
    result = extract_plan(parse_pdf_bytes(pdf, "tail_note.pdf"))
    return [w.message for w in result.warnings if w.code == "plan_column_unplaced"]


def test_last_note_under_an_unknown_label_is_said() -> None:
    said = _unplaced(_pdf("Bulletin"))
    assert any("'bulletin'" in m and "Scoping to begin next quarter" in m for m in said), said


def test_a_footnote_under_a_grid_is_not_said() -> None:
    pdf = _pdf(None, "Source: children's services performance data, March 2025")
    assert _unplaced(pdf) == []


def test_a_last_note_read_as_progress_is_not_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Latest"), "tail_note.pdf"))
    assert [a.progress for a in result.actions][-1] == "Scoping to begin next quarter"
    assert not [w for w in result.warnings if w.code == "plan_column_unplaced"]
