"""A tracker whose only status is a column of symbols keyed by a printed legend
(extractors.symbol_status), and a `% complete` column drawn with a data bar (a gradient printed
as hairline slices, pipeline.tables._slices).

A spreadsheet tracker often rates each action with an arrow or a shape alone ('▲', '▼', '►';
'↑', '↓', '→') in a column headed 'Trend', and prints what each means above the table ('Key: ▲
improving (green)  ▼ worsening (red)  ► no change (amber)'). With no other status column, that
column is the status, in the key's colours; symbols no key explains are warned of, not guessed.
Its `% complete` column draws a data bar, which a PDF print paints as a run of hairline-wide
slices, each a shade lighter: they are no column rulings."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Font
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.symbol_status import symbol
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import ruled_grid

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
KEY = "Key:  \u25b2 improving (green)    \u25bc worsening (red)    \u25ba no change (amber)"
ARROW_KEY = "Key:  \u2191 improving (green)    \u2193 worsening (red)    \u2192 no change (amber)"
HEADER = ["Ref no.", "Planned action", "Lead", "By when", "% complete", "Trend", "Progress update"]
WIDTHS = [45.0, 230.0, 110.0, 70.0, 70.0, 45.0, 200.0]
# ref, action, lead, due, % complete, trend (shape, arrow), update
ROWS = [
    ("1.1", "Audit twelve supervision records each month", "Head of Early Help", "30/06/2026",
     0.55, "\u25bc", "\u2193", ""),
    ("1.2", "Train every team manager in reflective supervision", "Helen Markham", "27/03/2026",
     0.5, "\u25ba", "\u2192", "Work started; scoping meeting held with partners"),
    ("1.3", "Agree a joint protocol with the police on strategy discussions", "David Osei",
     "21/04/2026", 0.8, "\u25b2", "\u2191", "Protocol drafted and shared with partners"),
    ("2.1", "Recruit twenty additional foster carers through a local campaign", "Tom Ellery",
     "06/08/2025", 0.2, "\u25b2", "\u2191", ""),
]  # fmt: skip
RAGS = {"1.1": "red", "1.2": "amber", "1.3": "green", "2.1": "green"}
DUES = {"1.1": "2026-06-30", "1.2": "2026-03-27", "1.3": "2026-04-21", "2.1": "2025-08-06"}


def _data_bar(c: canvas.Canvas, x: float, y_top: float, y_bottom: float, share: float) -> None:
    """A data bar as a print paints it: slices 0.2 pt wide from the cell's left, each a shade
    lighter than the one before (a gradient), the full height of the cell's inside."""
    step = 0.2
    n = int(share * 60 / step)
    for i in range(n):
        shade = 0.35 + 0.65 * i / max(n, 1)
        c.setFillColorRGB(shade * 0.4, shade * 0.55, 0.8 + 0.2 * shade)
        c.rect(x + i * step, y_bottom, step, y_top - y_bottom, stroke=0, fill=1)


def _tracker_pdf(key: str | None, arrows: bool = False, trend: list[str] | None = None) -> bytes:
    """The tracker; `trend`: what each row's trend cell prints instead of its shape."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842.0, 595.0), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(30, 550, "Improvement tracker")
    c.setFont("Helvetica", 9)
    c.drawString(30, 535, "Position as at 18 July 2025")
    if key is not None:
        c.setFont("DejaVuSans", 8)
        c.drawString(30, 522, key)
    xs, ys = ruled_grid(c, 30, 510, WIDTHS, len(ROWS) + 1, 30)
    c.setFont("Helvetica-Bold", 8)
    for j, head in enumerate(HEADER):
        c.drawCentredString((xs[j] + xs[j + 1]) / 2, ys[0] - 12, head)
    for i, (ref, action, lead, due, share, shape, arrow, update) in enumerate(ROWS, start=1):
        top = ys[i]
        _data_bar(c, xs[4] + 0.5, top - 0.5, ys[i + 1] + 0.5, share)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 8)
        c.drawString(xs[0] + 4, top - 11, ref)
        c.drawString(xs[1] + 3, top - 11, action)
        c.drawString(xs[2] + 3, top - 11, lead)
        c.drawCentredString((xs[3] + xs[4]) / 2, top - 11, due)
        c.drawCentredString((xs[4] + xs[5]) / 2, top - 11, f"{round(share * 100)}%")
        c.drawString(xs[6] + 3, top - 11, update)
        c.setFont("DejaVuSans", 10)
        mark = trend[i - 1] if trend is not None else arrow if arrows else shape
        c.drawCentredString((xs[5] + xs[6]) / 2, top - 12, mark)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(data: bytes):  # type: ignore[no-untyped-def]
    return extract_plan(parse_pdf_bytes(data, "tracker.pdf"))


def test_a_data_bar_printed_in_slices_is_no_column_edge() -> None:
    """The slices of a data bar are no rulings: the header's `% complete` stays over its own
    column, and the due dates printed left of the bar are read as due dates."""
    got = _read(_tracker_pdf(KEY))
    actions = {a.ref: a for a in got.actions}
    assert {ref: a.due_date.isoformat() if a.due_date else None
            for ref, a in actions.items()} == DUES  # fmt: skip
    assert actions["1.2"].owner == "Helen Markham"
    assert actions["1.2"].progress == "Work started; scoping meeting held with partners"
    assert "plan_column_unplaced" not in {w.code for w in got.warnings}


def test_a_trend_column_of_shapes_keyed_by_a_legend_is_the_status() -> None:
    got = _read(_tracker_pdf(KEY))
    assert {a.ref: a.rag for a in got.actions} == RAGS
    assert "plan_status_unread" not in {w.code for w in got.warnings}


def test_a_trend_column_of_arrows_keyed_by_a_legend_is_the_status() -> None:
    got = _read(_tracker_pdf(ARROW_KEY, arrows=True))
    assert {a.ref: a.rag for a in got.actions} == RAGS


def test_symbols_no_key_explains_are_warned_of_not_guessed() -> None:
    got = _read(_tracker_pdf(None, arrows=True))
    assert {a.ref: a.rag for a in got.actions} == dict.fromkeys(RAGS)
    said = [w for w in got.warnings if w.code == "plan_status_unread"]
    assert said and "'Trend'" in said[0].message and "\u2191" in said[0].message


def test_a_workbook_with_a_data_bar_and_a_keyed_arrow_column(tmp_path: Path) -> None:
    """The same tracker read from the workbook: the key typed in a cell above the header, a
    data bar on the `% complete` numbers, real date cells shown day first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Improvement tracker"])
    ws.append(["Position as at 18 July 2025"])
    ws.append([ARROW_KEY])
    ws.append(HEADER)
    ws.append(["Recommendation 1: Improve the quality of supervision for social workers"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    for n, (ref, action, lead, due, share, _, arrow, update) in enumerate(ROWS):
        if n == 3:
            ws.append(["Recommendation 2: Increase the number of local foster carers"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        day, month, year = (int(p) for p in due.split("/"))
        ws.append([ref, action, lead, date(year, month, day), share, arrow, update or None])
        ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
        ws.cell(ws.max_row, 5).number_format = "0%"
        colour = {"\u2191": "FF2E7D32", "\u2193": "FFC62828", "\u2192": "FFEF6C00"}[arrow]
        ws.cell(ws.max_row, 6).font = Font(color=colour, size=14)
    rule = DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1,
                       color="FF638EC6", showValue=True)  # fmt: skip
    ws.conditional_formatting.add(f"E6:E{ws.max_row}", rule)
    path = tmp_path / "tracker.xlsx"
    wb.save(str(path))
    actions = {a.ref: a for a in extract_file(path).actions}
    assert {ref: a.rag for ref, a in actions.items()} == RAGS
    assert {ref: a.due_date.isoformat() if a.due_date else None
            for ref, a in actions.items()} == DUES  # fmt: skip
    assert [a.recommendations for a in actions.values()] == [["r1"]] * 3 + [["r2"]]


def test_a_column_of_signs_is_no_symbol_column() -> None:
    """'=' (no change) or '£' (a cost) down a column is a figure's sign, not a status symbol:
    no status is read from it and the plan is not warned of unread symbols (only that no status
    was read, as any plan read with none is)."""
    assert symbol("\u25b2") == "\u25b2" and symbol("\u2191") == "\u2191"
    assert symbol("=") is None and symbol("\u00a3") is None and symbol("+") is None
    assert symbol("^") is None and symbol("$") is None
    for sign in ("=", "\u00a3"):
        got = _read(_tracker_pdf(None, trend=[sign] * len(ROWS)))
        assert {a.ref: a.rag for a in got.actions} == dict.fromkeys(RAGS)
        said = [w.message for w in got.warnings if w.code == "plan_status_unread"]
        assert len(said) == 1 and said[0].startswith("no status was read for any of the")


def _two_symbol_columns_pdf(key: str | None) -> bytes:
    """A tracker printing two columns of symbols and no status column: a trend (shapes) and a
    direction of travel (arrows)."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842.0, 595.0), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(30, 550, "Improvement tracker")
    if key is not None:
        c.setFont("DejaVuSans", 8)
        c.drawString(30, 522, key)
    header = ["Ref no.", "Planned action", "Lead", "By when", "Trend", "Direction"]
    xs, ys = ruled_grid(c, 30, 510, [45.0, 300.0, 120.0, 70.0, 60.0, 60.0], len(ROWS) + 1, 30)
    c.setFont("Helvetica-Bold", 8)
    for j, head in enumerate(header):
        c.drawCentredString((xs[j] + xs[j + 1]) / 2, ys[0] - 12, head)
    for i, (ref, action, lead, due, _, shape, arrow, _) in enumerate(ROWS, start=1):
        top = ys[i]
        c.setFont("Helvetica", 8)
        for j, text in enumerate((ref, action, lead, due)):
            c.drawString(xs[j] + 3, top - 11, text)
        c.setFont("DejaVuSans", 10)
        c.drawCentredString((xs[4] + xs[5]) / 2, top - 12, shape)
        c.drawCentredString((xs[5] + xs[6]) / 2, top - 12, arrow)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_two_columns_of_symbols_are_warned_of_not_passed_over() -> None:
    """Two columns of symbols and no status column: which is the status is unsure, so neither
    is read, and the plan says so rather than pass as unrated."""
    got = _read(_two_symbol_columns_pdf(KEY))
    assert {a.ref: a.rag for a in got.actions} == dict.fromkeys(RAGS)
    said = [w for w in got.warnings if w.code == "plan_status_unread"]
    assert said and "'Trend'" in said[0].message and "'Direction'" in said[0].message


def test_a_dash_among_the_symbols_is_an_empty_cell() -> None:
    """One action not rated yet ('–', 'n/a' or blank) leaves the rest of the column read."""
    for empty in ("\u2013", "n/a", ""):
        trend = [empty, *(r[5] for r in ROWS[1:])]
        got = _read(_tracker_pdf(KEY, trend=trend))
        assert {a.ref: a.rag for a in got.actions} == {**RAGS, "1.1": None}
        assert "plan_status_unread" not in {w.code for w in got.warnings}
