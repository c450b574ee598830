"""A tracker whose status is a history of dated ratings and whose lead is given only by colour.

The status columns are one per board meeting ('Board 4 Jan 25' .. 'Board 5 Apr 25'), each
holding that meeting's rating ('G', 'A', 'R', 'NS' on tints, blank before the action started):
the latest meeting's rating is the status, never a governance body (column_roles
._status_history). The ref and action cells are filled in the lead's colour, and a key over the
table names each colour beside a swatch (plan_fill_key). A wrapped header whose last line a
spreadsheet printed across the rule into the row below is the header's (tables
._overflow_across_rule)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.readers.formats import read_document
from plantrace.pipeline.tables import lattice_tables
from tests.pages import PageBuilder, texts

LEADS = {"Grace Adebayo": "#ffd966", "Fatima Rahman": "#9dc3e6", "Tom Ellery": "#c5e0b4"}
TINTS = {"G": "#c6efce", "A": "#ffeb9c", "R": "#ffc7ce", "B": "#bdd7ee", "NS": "#f2f2f2"}
HEAD = ["No.", "Actions", "Due", "Board 4 Jan 25", "Board 22 Feb 25", "Board 5 Apr 25"]
ROWS = [  # ref, action, due, ratings, lead
    ("1.1", "Train foster carers in understanding trauma", "31-Jan-26", ["", "A", "R"], "Tom Ellery"),
    ("1.2", "Report health assessment timeliness monthly", "30-Jun-26", ["R", "A", "G"], "Grace Adebayo"),
    ("1.3", "Expand the children in care council", "30-Apr-26", ["G", "G", "NS"], "Fatima Rahman"),
    ("1.4", "Offer every care leaver a personal adviser", "31-Mar-26", ["A", "G", "B"], "Tom Ellery"),
]  # fmt: skip


def _tracker(key: bool = True, words: list[str] | None = None) -> bytes:
    """A landscape page: a title, a colour key (a swatch cell beside each lead's name, or beside
    each of `words`), then the tracker: a bold header row, a recommendation banner, one row per
    action."""
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    story: list[object] = [Paragraph("Improvement Plan tracker", body), Spacer(1, 8)]
    if key:
        story.append(Paragraph("Lead officer key (the action's colour shows who leads it):", body))
        swatches = Table([["", name] for name in words or LEADS], colWidths=[40, 160])
        swatches.setStyle(TableStyle(
            [("BACKGROUND", (0, i), (0, i), colors.HexColor(c)) for i, c in
             enumerate(LEADS.values())] + [("BOX", (0, 0), (0, -1), 0.5, "black"),
                                           ("INNERGRID", (0, 0), (0, -1), 0.5, "black")]
        ))  # fmt: skip
        story += [swatches, Spacer(1, 12)]
    cells: list[list[object]] = [[Paragraph(f"<b>{x}</b>", body) for x in HEAD]]
    cells.append([Paragraph("<b>Recommendation 1: Improve health assessments</b>", body)])
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 1), (-1, 1)),
             ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#d9d9d9"))]  # fmt: skip
    for r, (ref, text, due, ratings, lead) in enumerate(ROWS, start=2):
        cells.append([ref, Paragraph(text, body), due, *ratings])
        style.append(("BACKGROUND", (0, r), (1, r), colors.HexColor(LEADS[lead])))
        for c, rating in enumerate(ratings, start=3):
            if rating:
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(TINTS[rating])))
    table = Table(cells, colWidths=[40, 300, 70, 90, 90, 90])
    table.setStyle(TableStyle(style))
    story.append(table)
    doc.build(story)
    return buf.getvalue()


def test_latest_dated_rating_is_the_status_and_the_key_names_the_lead() -> None:
    plan = extract_plan(parse_pdf_bytes(_tracker(), "tracker.pdf"))
    got = [(a.ref, a.owner, a.rag, a.governance) for a in plan.actions]
    assert got == [
        ("1.1", "Tom Ellery", "red", None),
        ("1.2", "Grace Adebayo", "green", None),
        ("1.3", "Fatima Rahman", None, None),  # 'NS': not started, no colour
        ("1.4", "Tom Ellery", "blue", None),
    ]


def test_without_a_key_the_row_tints_name_no_one() -> None:
    plan = extract_plan(parse_pdf_bytes(_tracker(key=False), "tracker.pdf"))
    assert [a.owner for a in plan.actions] == [None, None, None, None]
    assert [a.rag for a in plan.actions] == ["red", "green", None, "blue"]


def test_a_key_of_words_that_name_no_one_gives_no_owner() -> None:
    """The tints keyed to words no vocabulary reads ('Secure', 'Fragile'): not who leads."""
    pdf = _tracker(words=["Secure", "Fragile", "Emerging"])
    assert [a.owner for a in extract_plan(parse_pdf_bytes(pdf, "tracker.pdf")).actions] == [
        None, None, None, None,
    ]  # fmt: skip


def test_dated_status_columns_latest_is_the_rag_earlier_read_where_blank() -> None:
    labels = ["Ref", "Action", "Board 4 Jan 25", "Board 22 Feb 25", "Board 5 Apr 25"]
    columns = [
        ["1.1", "1.2", "1.3"],
        ["Train carers in trauma", "Report timeliness monthly", "Expand the council"],
        ["", "R", "G"],
        ["A", "A", "NS"],
        ["R", "", "G"],
    ]
    header = ["ref", "action", "governance", "governance", "governance"]
    reading = read_roles(ACTION_TABLE, header, labels, columns)
    assert reading.roles == ["ref", "action", "other", "other", "rag"]
    assert reading.earlier["rag"] == [3, 2]  # nearest first: a blank latest reads 22 Feb


def test_dated_columns_of_notes_are_no_rating_history() -> None:
    labels = ["Ref", "Action", "Update 4 Jan 25", "Update 22 Feb 25"]
    columns = [
        ["1.1", "1.2"],
        ["Train carers in trauma", "Report timeliness monthly"],
        ["Sessions booked for the spring", "First report went to the board"],
        ["Two sessions held so far", "Report now monthly"],
    ]
    reading = read_roles(ACTION_TABLE, ["ref", "action", None, None], labels, columns)
    assert "rag" not in reading.roles


def _overflow_page(bold_rows: bool) -> list[list[str | None]]:
    """A header 'Board 14 Jun' / '26' wrapped in a row too short: '26' prints across the rule
    into the row under it, a banner across the table, then a data row."""
    b = PageBuilder()
    b.grid([40.0, 100.0, 160.0], [100.0, 110.0, 122.0, 140.0], skip_v=[(1, 1)])
    page = b.build()
    pieces = [
        ("Ref", (42.0, 101.5, 55.0, 107.0), True),
        ("Board 14 Jun", (102.0, 101.5, 150.0, 107.0), True),
        ("26", (102.0, 108.6, 110.0, 114.1), True),
        ("Recommendation 1", (42.0, 112.5, 110.0, 118.0), True),
        ("1.1", (42.0, 124.0, 52.0, 129.5), bold_rows),
        ("G", (120.0, 124.0, 125.0, 129.5), bold_rows),
    ]
    page.lines = [
        Line(text, box, 6.0, bold, 1, i, [Word(text, *box)])
        for i, (text, box, bold) in enumerate(pieces)
    ]
    [table] = lattice_tables(page)
    return texts(table)


def test_header_overflow_across_the_rule_into_a_banner_is_the_headers() -> None:
    got = _overflow_page(bold_rows=False)
    assert got[0] == ["Ref", "Board 14 Jun 26"]
    assert got[1][0] == "Recommendation 1"
    assert got[2] == ["1.1", "G"]


def test_header_overflow_into_a_data_row_is_the_headers() -> None:
    b = PageBuilder()
    b.grid([40.0, 100.0, 160.0], [100.0, 110.0, 130.0])
    page = b.build()
    pieces = [
        ("Ref", (42.0, 101.5, 55.0, 107.0)),
        ("Board 14 Jun", (102.0, 101.5, 150.0, 107.0)),
        ("26", (102.0, 108.6, 110.0, 114.1)),
        ("1.1", (42.0, 113.0, 52.0, 118.5)),
        ("NS", (120.0, 113.0, 130.0, 118.5)),
    ]
    page.lines = [  # the print says every line bold: the weight tells nothing here
        Line(text, box, 6.0, True, 1, i, [Word(text, *box)]) for i, (text, box) in enumerate(pieces)
    ]
    [table] = lattice_tables(page)
    assert texts(table) == [["Ref", "Board 14 Jun 26"], ["1.1", "NS"]]


def test_boxed_table_of_two_rows_under_a_ruled_header_keeps_its_rows() -> None:
    """A boxed table of two rows whose cells sit at the bottom of their rows, under a shaded
    header ruled off (html-twotier-dots): the header's rule is no row line, and the two rows,
    each with its own ref, stay two rows (they were read as one: '2.1 2.2')."""
    from plantrace.pipeline.tables import stream_table

    b = PageBuilder()
    heads = ["Step", "Planned change", "Manager", "Start", "End", "Status"]
    xs = [50.0, 90.0, 300.0, 400.0, 460.0, 520.0]
    for x, head in zip(xs, heads, strict=True):
        b.text(x, 100.0, head)
    for top, ref, first, rest, who, more in [
        (120.0, "2.1", "Offer tuition to every child in care", "at age eleven", "TE, Lead for",
         "Exploitation"),
        (146.0, "2.2", "Make sure every child in care has a", "plan reviewed each term",
         "MH (HoS Children in", "Care)"),
    ]:  # fmt: skip
        b.text(xs[1], top, first, rest)
        b.text(xs[2], top, who, more)
        for x, text in zip([xs[0], *xs[3:]], [ref, "Apr 2025", "2026-27", "Green"], strict=True):
            b.text(x, top + 10.4, text)
    page = b.build()
    columns = [x - 2.0 for x in xs]
    table = stream_table(page.lines, 1, columns=columns, rules=[96.0, 113.0, 170.0])
    assert table is not None
    assert [r[0].text if r[0] else None for r in table.rows] == ["Step", "2.1", "2.2"]
    assert table.rows[2][2] is not None and table.rows[2][2].text == "MH (HoS Children in Care)"


def test_workbook_read_directly_gives_the_keyed_leads_and_the_latest_rating(
    tmp_path: Path,
) -> None:
    """The same tracker as an Excel workbook: the key's swatch cells (empty, filled) beside the
    leads' names, the ref and action cells filled in the lead's colour, the ratings in dated
    columns. The workbook read directly reads as its print does."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Improvement Plan tracker"])
    ws.append(["Lead officer key (the action's colour shows who leads it):"])
    for name, colour in LEADS.items():
        ws.append([None, name])
        ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=colour.lstrip("#").upper())
    ws.append([])
    ws.append(HEAD)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.append(["Recommendation 1: Improve health assessments"])
    for ref, text, due, ratings, lead in ROWS:
        ws.append([ref, text, due, *[r or None for r in ratings]])
        for c in (1, 2):
            fill = LEADS[lead].lstrip("#").upper()
            ws.cell(ws.max_row, c).fill = PatternFill("solid", fgColor=fill)
    for letter, width in (("A", 8), ("B", 50), ("C", 12), ("D", 16), ("E", 16), ("F", 16)):
        ws.column_dimensions[letter].width = width
    path = tmp_path / "tracker.xlsx"
    wb.save(str(path))
    plan = extract_plan(read_document(path.read_bytes(), path.name, "0" * 64))
    got = [(a.ref, a.owner, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", "Tom Ellery", "red"),
        ("1.2", "Grace Adebayo", "green"),
        ("1.3", "Fatima Rahman", None),
        ("1.4", "Tom Ellery", "blue"),
    ]
