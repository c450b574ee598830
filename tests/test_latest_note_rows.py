"""A sheet printed with a merged, unruled row under each action that opens with 'Latest:'
('Latest: Pilot running in two teams'): the row is the action's progress note. 'Latest' alone
heads a measure's latest figure as a column's header, so it is no header phrase of progress;
as the label of a note across the grid under an action it is (note_labels progress). Before,
the rows were read as nothing: every note was lost.

The grid is one band of four ruled columns (step | lead | date | rating) under a merged head
naming its recommendation; the last action's note closes the grid (grid_tail_notes), the
others lie between ruled pieces (stitch_title_rows). One action has no note. Under a label no
vocabulary knows ('Bulletin:') the notes are not read, and the plan says so."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ("Step", "Lead", "Date", "Rating")
WIDTHS = (190.0, 90.0, 60.0, 54.0)
FILL = {"On track": "#c6efce", "Delayed": "#ffeb9c", "Off track": "#ffc7ce"}
RAG = {"On track": "green", "Delayed": "amber", "Off track": "red"}
ACTIONS = [
    ("1.1 Train all team managers in reflective supervision", "Amira Choudhury", "2025-05-31",
     "On track", "Pilot running in two teams; evaluation due"),
    ("1.2 Publish a revised supervision standard", "Joseph Mensah", "2025-06-23", "Delayed",
     None),
    ("1.3 Add a supervision timeliness measure", "Tom Ellery", "2026-01-27", "Off track",
     "Delayed because of staff turnover; revised plan agreed"),
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


def _pdf(note_label: str = "Latest") -> bytes:
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
        if progress:  # the sheet's progress row: merged across the band, unruled, italic
            _text(c, x0, y + 3, f"{note_label}: {progress}", "Helvetica-Oblique")
            y -= 11
    c.save()
    return buf.getvalue()


def test_latest_rows_are_each_actions_progress() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "latest_rows.pdf"))
    got = {a.text: (a.owner, a.rag, a.progress) for a in result.actions}
    assert got == {
        text.split(" ", 1)[1]: (lead, RAG[rating], progress)
        for text, lead, _, rating, progress in ACTIONS
    }


def test_notes_under_an_unknown_label_are_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Bulletin"), "bulletin_rows.pdf"))
    assert all(a.progress is None for a in result.actions)
    said = [w.message for w in result.warnings if w.code == "plan_column_unplaced"]
    assert any("'bulletin'" in m and "2 rows" in m for m in said), (
        said
    )  # the last closes the grid: a line


def test_read_notes_raise_no_warning() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "latest_rows.pdf"))
    assert not [w for w in result.warnings if w.code == "plan_column_unplaced"]
