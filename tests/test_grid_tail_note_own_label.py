"""A grid's last note under a label only the last action uses is said, not lost silently.

A sheet prints each action's update as a merged, unruled row under it; the last action's note
closes the grid under its last ruled row, outside every table. Where that note opens with a
label no row of the grid uses and no vocabulary reads as progress ('Final word: ...' under
rows of 'Latest: ...'), the line is neither joined (grid_tail_notes) nor matched to the rows'
label (note_rows_unread.unread_tail_notes' first rule). It is the last action's update where it
is printed as the grid's note rows are: at their left edge, in their type size. Such a line is
said (plan_column_unplaced); a footnote in another size under the same grid is not.
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
     "Draft with the practice board for comment"),
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


def _text(
    c: canvas.Canvas, x: float, y: float, text: str, font: str = "Helvetica", size: float = 7
) -> None:
    c.setFillColor(black)
    c.setFont(font, size)
    c.drawString(x + 3, y - 11, text)


def _pdf(note_label: str, last_label: str | None, footnote: str | None = None) -> bytes:
    """The band; each noted action's update under it as note_label's row, the last action's
    under last_label (None: no note under the last); footnote: a line in a smaller size printed
    right under the grid."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(36, 560, "Children's Services Improvement Plan")
    x0, y = 36.0, 530.0
    c.setFillColor(HexColor("#1f3864"))
    c.rect(x0, y - 18, sum(WIDTHS), 18, stroke=0, fill=1)
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
    for k, (text, lead, date, rating, progress) in enumerate(ACTIONS):
        x = x0
        for value, w in zip((text, lead, date, rating), WIDTHS, strict=True):
            _cell(c, x, y, w, 18, FILL[rating] if value == rating else None)
            _text(c, x, y, value)
            x += w
        y -= 18
        label = last_label if k == len(ACTIONS) - 1 else note_label
        if progress and label:
            _text(c, x0, y + 3, f"{label}: {progress}", "Helvetica-Oblique")
            y -= 11
    if footnote:
        _text(c, x0, y + 3, footnote, size=5.5)
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> tuple[list[str | None], list[str]]:
    result = extract_plan(parse_pdf_bytes(pdf, "tail_note.pdf"))
    said = [w.message for w in result.warnings if w.code == "plan_column_unplaced"]
    return [a.progress for a in result.actions], said


def test_last_note_under_its_own_label_is_said() -> None:
    progress, said = _read(_pdf("Latest", "Final word"))
    assert progress[:2] == [
        "Pilot running in two teams; evaluation due",
        "Draft with the practice board for comment",
    ]
    assert progress[-1] != "Scoping to begin next quarter"
    assert any("'final word'" in m and "Scoping to begin next quarter" in m for m in said), said


def test_last_note_under_its_own_label_under_unread_rows_is_said() -> None:
    _, said = _read(_pdf("Bulletin", "Wrap-up"))
    assert any("'wrap-up'" in m and "Scoping to begin next quarter" in m for m in said), said


def test_a_footnote_in_another_size_is_not_said() -> None:
    pdf = _pdf("Latest", None, "Source: children's services performance data, March 2025")
    progress, said = _read(pdf)
    assert progress[0] == "Pilot running in two teams; evaluation due"
    assert said == []
