"""Bands of ruled columns side by side (a recommendation's Step | Lead | Date | Rating each, a
blank gap column between) whose rows line up only now and then: where the middle band's row
sits level with its neighbours' rows, the rulings of all three meet and make one grid, headed by
the outer bands' header copies. The middle band's row, between the copies, is a row of its own
band (its header in a grid above): it is given back as a piece in the band's columns, not lost.

End to end: a sheet of three recommendation bands side by side (Step | Lead | Date | Rating, a
narrow gap column between), each action's 'Latest:' note merged across its band under it,
printed by LibreOffice; the middle band's last two actions sit level with no neighbour's row.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import split_side_by_side
from tests.pdfs import libreoffice_pdf

# column edges: band 1 (4 columns), a gap, band 2 (4), a gap, band 3 (4)
EDGES = [54, 226, 310, 368, 406, 416, 588, 672, 730, 768, 778, 950, 1034, 1092, 1130]
ROW_TOPS = [106, 122, 140, 158, 176, 194, 212]


def _cell(text: str, col: int, row: int, span: int = 1) -> Cell:
    top = ROW_TOPS[row]
    return Cell(text, (EDGES[col], top, EDGES[col + span], top + 16))


def _row(r: int, texts: dict[int, str], span: dict[int, int] | None = None) -> list[Cell | None]:
    out: list[Cell | None] = [None] * 14
    for col, text in texts.items():
        out[col] = _cell(text, col, r, (span or {}).get(col, 1))
    return out


def _grid() -> Table:
    head = {0: "Step", 1: "Lead", 2: "Date", 3: "Rating"}
    rows = [
        _row(0, {0: "Recommendation 1: Improve supervision", 10: "Recommendation 3: Stability"},
             {0: 4, 10: 4}),
        _row(1, {**head, **{10 + k: v for k, v in head.items()}}),
        _row(2, {0: "1.1 Train all team managers", 1: "Amira Choudhury", 2: "2025-05-31",
                 3: "Pending", 10: "3.1 Train foster carers", 11: "Joseph Mensah",
                 12: "2025-12-23", 13: "Failing"}),
        _row(3, {0: "Latest: Scoping to begin next quarter", 10: "Latest: Delayed"},
             {0: 4, 10: 4}),
        _row(4, {0: "1.2 Publish a revised standard", 1: "Joseph Mensah", 2: "2025-06-23",
                 3: "Pending", 10: "3.2 Report health assessments", 11: "Helen Markham",
                 12: "2025-07-31", 13: "Secure"}),
        # the middle band's row level with band 1's: its rulings joined the grid here
        _row(5, {0: "1.3 Add a timeliness measure", 1: "Joseph Mensah", 2: "2026-01-27",
                 3: "Pending", 5: "2.3 Step down cases to early help", 6: "Joseph Mensah",
                 7: "2025-04-28", 8: "Secure"}),
    ]  # fmt: skip
    return Table(page=1, bbox=(54.0, 106.0, 1130.0, 228.0), rows=rows, ruled=True)


def _texts(t: Table) -> list[list[str]]:
    return [[c.text if c is not None else "" for c in row] for row in t.rows]


def test_middle_band_row_between_copies_is_kept_in_its_band_columns() -> None:
    pieces = split_side_by_side(_grid())
    assert len(pieces) == 3
    band1, band3, middle = pieces
    assert _texts(band1)[-1] == ["1.3 Add a timeliness measure", "Joseph Mensah", "2026-01-27",
                                 "Pending"]  # fmt: skip
    assert _texts(band3)[1] == ["Step", "Lead", "Date", "Rating"]
    assert _texts(middle) == [
        ["2.3 Step down cases to early help", "Joseph Mensah", "2025-04-28", "Secure"]
    ]
    assert middle.bbox == (416, 194, 768, 210)  # the band's own columns, for stitching


def test_a_single_note_between_copies_is_no_band_row() -> None:
    t = _grid()
    t.rows = t.rows[:5]  # no middle band's row: only band 1's and 3's
    t.rows[3][4] = _cell("Latest: Delayed", 4, 3, 6)  # a merged note reaching into the gap
    assert len(split_side_by_side(t)) == 2


BANDS = [
    ("Recommendation 1: Improve the regularity and quality of management oversight and reflective"
     " supervision for social workers in the assessment and child in need teams", [
        ("1.1 Train all team managers in reflective supervision through a two-day course delivered"
         " with the regional teaching partnership", "Amira Choudhury", "2025-05-31", "Pending",
         "Scoping to begin next quarter"),
        ("1.2 Publish a revised supervision standard that sets a four-weekly minimum and a"
         " recording template for reflective discussion", "Joseph Mensah", "2025-06-23",
         "Pending", "Waiting on the new case management system"),
        ("1.3 Add a supervision timeliness measure to the weekly performance dashboard for team"
         " managers", "Joseph Mensah", "2026-01-27", "Pending",
         "Waiting on the new case management system"),
    ]),
    ("Recommendation 2: Improve the timeliness and consistency of decisions at the front door so"
     " that children receive the right help at the right time", [
        ("2.1 Complete all contacts within twenty-four hours and record the decision and its"
         " reasons", "Tom Ellery", "2025-03-13", "Fragile", None),
        ("2.2 Audit repeat referrals each quarter to learn why help did not last", "Martin Hale",
         "2025-09-30", "Failing", "Delayed because of staff turnover; revised plan agreed"),
        ("2.3 Step down cases to early help with a warm handover meeting with the family",
         "Joseph Mensah", "2025-04-28", "Secure", None),
        ("2.4 Apply consistent thresholds at the front door through weekly threshold clinics with"
         " partners", "Martin Hale", "2026-02-17", "Pending", None),
    ]),
    ("Recommendation 3: Ensure that initial and review health assessments for children in care"
     " are completed on time and that their emotional health needs are met", [
        ("3.1 Train foster carers in understanding trauma and attachment", "Joseph Mensah",
         "2025-12-23", "Failing", "Delayed because of staff turnover; revised plan agreed"),
        ("3.2 Report health assessment timeliness monthly to the corporate parenting board",
         "Joseph Mensah", "2025-07-31", "Secure", "First cohort completed; second cohort booked"),
    ]),
]  # fmt: skip
FILLS = {"Fragile": "FFEB9C", "Failing": "FFC7CE", "Secure": "C6EFCE"}


def _sheet(path: Path) -> Path:
    """The plan on a page as a sheet lays it out: a band of four columns per recommendation."""
    wb = Workbook()
    ws = wb.active
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    font = "Liberation Serif"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, "Children's Services Improvement Plan on a page").font = Font(
        name=font, size=14, bold=True
    )
    ws.merge_cells("A1:N1")
    ws.cell(2, 1, "Read each recommendation's band downwards.").font = Font(
        name=font, size=9, italic=True
    )
    ws.merge_cells("A2:N2")
    for b, (rec, actions) in enumerate(BANDS):
        c0 = b * 5 + 1
        for j, w in enumerate((30, 16, 11, 10, 2)):
            ws.column_dimensions[get_column_letter(c0 + j)].width = w
        rc = ws.cell(4, c0, rec)
        rc.font = Font(name=font, size=10, bold=True, color="FFFFFF")
        rc.fill = PatternFill("solid", fgColor="1F4E79")
        rc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 3)
        for j, head in enumerate(("Step", "Lead", "Date", "Rating")):
            hc = ws.cell(5, c0 + j, head)
            hc.font = Font(name=font, size=9, bold=True)
            hc.fill = PatternFill("solid", fgColor="D9E1F2")
            hc.border = box
        for k, (text, lead, due, rating, note) in enumerate(actions):
            r = 6 + 2 * k
            for j, v in enumerate((text, lead, due, rating)):
                cell = ws.cell(r, c0 + j, v)
                cell.font = Font(name=font, size=9)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = box
                cell.number_format = "@"
            if rating in FILLS:
                ws.cell(r, c0 + 3).fill = PatternFill("solid", fgColor=FILLS[rating])
            if note:
                pc = ws.cell(r + 1, c0, f"Latest: {note}")
                pc.font = Font(name=font, size=8, italic=True, color="444444")
                pc.alignment = Alignment(wrap_text=True, vertical="top")
                ws.merge_cells(start_row=r + 1, start_column=c0, end_row=r + 1, end_column=c0 + 3)
    ws.row_dimensions[4].height = 50
    for r, height in zip(range(6, 14), (72, 13, 72, 13, 60, 13, 60, 13), strict=True):
        ws.row_dimensions[r].height = height
    ws.print_title_rows = "4:5"
    wb.save(path)
    return path


def test_middle_band_rows_level_with_no_neighbour_are_read(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_sheet(tmp_path / "bands.xlsx"), tmp_path)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), "bands.pdf"))
    got = {a.ref: (a.owner, str(a.due_date), a.progress) for a in plan.actions}
    assert got == {
        text.split()[0]: (lead, due, note)
        for _, actions in BANDS
        for text, lead, due, _, note in actions
    }
