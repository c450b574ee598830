"""A tracker sheet printed from a spreadsheet: its merged title rows across the table have no
borders, so the rulings make one grid of the header and one per run of rows (pipeline pieces
joined again: plan_columns.stitch_title_rows); its header repeats the same columns under each
reporting period ('Apr-Jun 2026' over 'Position' | 'Narrative', ..), the periods not reported
yet blank: the status and progress now are the latest period's with anything in it, an
earlier period's where a row's latest group is blank (column_roles._period_groups). Words,
order and widths are not those of any generated family."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.document import Page, ParsedDocument
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pages import PageBuilder

STYLE = getSampleStyleSheet()["BodyText"]
BOLD = getSampleStyleSheet()["Heading6"]
PERIODS = ["Apr-Jun 2026", "Jul-Sep 2026", "Oct-Dec 2026"]
WIDTHS = [34, 190, 100, 64, 52, 76, 52, 76, 52, 76]

# (ref, task, lead, deadline, then position and narrative for each period)
AREA_ONE = [
    ("T1", "Hold a weekly panel on edge of care cases", "Head of Early Help", "June 2026",
     "Amber", "Slow start", "Green", "On track now", "", ""),
    ("T2", "Publish a guide for schools on family meetings", "Team Manager", "Sept 2026",
     "Red", "Printer delay", "", "", "", ""),
]  # fmt: skip
AREA_TWO = [
    ("T3", "Recruit six permanent social workers to the duty team", "Principal Social Worker",
     "March 2027", "Green", "Adverts out", "Amber", "Two posts left", "", ""),
]  # fmt: skip


def _tracker(title_rules: bool = False) -> bytes:
    """The tracker: a two-row header, then each area's title row (one cell across, unruled
    unless title_rules) over its rows."""
    head = ["Ref", "Task", "Lead", "Deadline"]
    top = [*head, PERIODS[0], "", PERIODS[1], "", PERIODS[2], ""]
    sub = ["", "", "", "", *(["Position", "Narrative"] * 3)]
    data = [[Paragraph(x, BOLD) for x in top], [Paragraph(x, BOLD) for x in sub]]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, 1), 0.5, "black")]
    style += [("SPAN", (j, 0), (j, 1)) for j in range(4)]
    style += [("SPAN", (j, 0), (j + 1, 0)) for j in (4, 6, 8)]
    for title, rows in (("Area 1 - Early help", AREA_ONE), ("Area 2 - Workforce", AREA_TWO)):
        r = len(data)
        data.append([Paragraph(f"<b>{title}</b>", STYLE), *[""] * 9])
        style.append(("SPAN", (0, r), (-1, r)))
        if title_rules:
            style.append(("BOX", (0, r), (-1, r), 0.5, "black"))
        data += [[Paragraph(x, STYLE) for x in row] for row in rows]
        style.append(("GRID", (0, r + 1), (-1, len(data) - 1), 0.5, "black"))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1, leftMargin=30, rightMargin=30)
    table = Table(data, colWidths=WIDTHS)
    table.setStyle(TableStyle(style))
    doc.build([Paragraph("Family Help Tracker 2026/27", STYLE), table])
    return buf.getvalue()


def test_grid_pieces_between_unruled_title_rows_are_one_table() -> None:
    doc = parse_pdf_bytes(_tracker(), "tracker.pdf")
    tables = [e.table for e in read_layout(doc) if e.table is not None]
    assert len(tables) == 1
    [table] = tables
    assert table.roles[:4] == ["ref", "action", "owner", "due"]
    sections = [r.text(0) for r in table.rows if r.section]
    assert sections == ["Area 1 - Early help", "Area 2 - Workforce"]


def test_the_latest_reported_period_is_the_status_and_earlier_ones_fill_its_blanks() -> None:
    plan = extract_plan(parse_pdf_bytes(_tracker(), "tracker.pdf"))
    got = {a.ref: (a.rag, a.progress) for a in plan.actions}
    # Jul-Sep is the latest period with anything in it: its position and narrative are the
    # status and progress now; T2 left Jul-Sep blank: Apr-Jun's, its latest period reported
    assert got == {
        "T1": ("green", "On track now"), "T2": ("red", "Printer delay"),
        "T3": ("amber", "Two posts left"),
    }  # fmt: skip
    assert [a.owner for a in plan.actions] == [
        "Head of Early Help", "Team Manager", "Principal Social Worker",
    ]  # fmt: skip


def test_a_ruled_title_row_reads_the_same() -> None:
    plan = extract_plan(parse_pdf_bytes(_tracker(title_rules=True), "tracker.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == {"T1": "green", "T2": "red", "T3": "amber"}


def _foot_header_pages() -> list[Page]:
    """A scorecard whose header row is the last thing on page 1 (cut by the page break: the
    end of two labels is on page 2) and whose rows are all on page 2."""
    xs = [40.0, 250.0, 330.0, 410.0, 500.0]
    one = PageBuilder(number=1)
    one.text(44, 60, "The plan's actions are in section 4.")
    for x, label in zip(xs, ["Measure", "Starting", "Latest", "Goal for"], strict=False):
        one.styled(x + 4, 784, label)
    one.grid(xs, [780.0, 796.0])
    two = PageBuilder(number=2)
    two.styled(xs[1] + 4, 44, "point")
    two.styled(xs[3] + 4, 44, "2027")
    rows = [
        ("Children seen within 5 days", "64%", "71%", "90%"),
        ("Plans reviewed on time", "58%", "66%", "85%"),
        ("Care leavers in touch", "81%", "88%", "95%"),
    ]
    for k, row in enumerate(rows):
        for x, text in zip(xs, row, strict=False):
            two.text(x + 4, 60 + 16 * k, text)
    two.grid(xs, [40.0, 56.0, 72.0, 88.0, 104.0])
    return [one.build(), two.build()]


def test_a_header_row_left_at_the_foot_of_a_page_heads_the_rows_on_the_next() -> None:
    doc = ParsedDocument("card.pdf", "0" * 64, _foot_header_pages())
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.kind == "kpi"
    assert table.labels == ["Measure", "Starting point", "Latest", "Goal for 2027"]
    assert [r.text(0) for r in table.rows] == [
        "Children seen within 5 days", "Plans reviewed on time", "Care leavers in touch",
    ]  # fmt: skip
    assert table.roles[1:] == ["baseline", "latest", "target"]


def _mood_pdf(rows: list[tuple[str, str, str, str, str, str | None]]) -> bytes:
    from reportlab.lib import colors

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["No.", "Step", "Lead officer", "Deadline", "Mood"]
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r[:5]] for r in rows]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [
        ("BACKGROUND", (4, i), (4, i), colors.HexColor(r[5]))
        for i, r in enumerate(rows, start=1)
        if r[5] is not None
    ]
    t = Table(data, colWidths=[34, 300, 140, 80, 110])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Early Help Improvement Plan", STYLE), t])
    return buf.getvalue()


def test_a_closed_set_of_states_some_on_tints_is_the_status_column() -> None:
    """Half the rows in a state of no colour ('On the shelf', on no tint): the other phrases sit
    on tints that vary; a few short phrases, each on several rows, are the column's states."""
    green, amber = "#DDEFD3", "#FCE4C4"
    rows = [
        ("1", "Run a carers' forum every term", "Head of Early Help", "Mar 2027", "Cruising",
         green),
        ("2", "Open a drop-in for parents at the family hub", "Team Manager", "Jun 2026",
         "On the shelf", None),
        ("3", "Audit twenty transfer plans each quarter", "Principal Social Worker", "Dec 2026",
         "Wobbly", amber),
        ("4", "Name a lead for every school cluster", "Head of Inclusion", "Sep 2026",
         "On the shelf", None),
        ("5", "Publish the offer in five community languages", "Communications Lead",
         "Oct 2026", "Cruising", green),
        ("6", "Share the audit themes with the partnership", "Head of Early Help", "Nov 2026",
         "On the shelf", None),
        ("7", "Train every family worker in motivational interviewing", "Workforce Lead",
         "Jan 2027", "Wobbly", amber),
        ("8", "Set up a panel for families waiting over six weeks", "Team Manager",
         "Feb 2027", "On the shelf", None),
    ]  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_mood_pdf(rows), "plan.pdf"))
    assert [a.rag for a in plan.actions] == [
        "green", None, "amber", None, "green", None, "amber", None,
    ]  # fmt: skip


def _close_header_page() -> Page:
    """An unruled scorecard whose bold header cells, in words no vocabulary holds, are set
    closer than the table's column gap ('Where it stands today' runs up to 'Where we want it',
    2.2 word spaces apart), its measures named in a few words."""
    b = PageBuilder()
    b.styled(40, 50, "Thing we watch")
    b.styled(300, 50, "Where it stood")
    b.styled(360, 50, "Where it stands today")
    b.styled(444.5, 50, "Where we want it")
    rows = [
        ("Agency staff rate", "31%", "24%", "15%"),
        ("Caseload per worker", "24", "21", "18"),
        ("Visits within 10 days", "77%", "84%", "95%"),
    ]
    for k, row in enumerate(rows):
        for x, text in zip([40, 300, 360, 444.5], row, strict=True):
            b.text(x, 66 + 16 * k, text)
    return b.build()


def test_header_cells_a_words_gap_apart_are_parted_by_the_columns_under_them() -> None:
    doc = ParsedDocument("card.pdf", "0" * 64, [_close_header_page()])
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.kind == "kpi"
    assert table.labels == ["Thing we watch", "Where it stood", "Where it stands today",
                            "Where we want it"]  # fmt: skip
    assert [r.text(0) for r in table.rows] == [
        "Agency staff rate", "Caseload per worker", "Visits within 10 days",
    ]  # fmt: skip


def test_header_words_are_parted_only_at_gaps_wider_than_their_word_spaces() -> None:
    from plantrace.extractors.plan_columns import _parted
    from tests.pages import words_at

    # cells 6 points apart, words 2.4: parted at the columns under them
    header = [*words_at("Thing we watch", 40, 50), *words_at("Where it stood", 99.2, 50)]
    assert _parted(header, [39.5, 99.0]) == ["Thing we watch", "Where it stood"]
    # a line of prose over the columns (a key's line above the table): no part at a word space
    prose = words_at("Off track and escalated to the board", 40, 50)
    assert _parted(prose, [39.5, 100.0]) == []
