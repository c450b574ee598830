"""Word and Excel plans read directly: stated tables, merges, shading as RAG, real dates, sheets.

The plans are built here with python-docx and openpyxl the way councils' templates are: a
recommendation cell merged down over its actions, a RAG column shaded with no word in it, dates
typed in several forms (Word) or stored as real dates (Excel), a KPI table or sheet. Expected
values are the ones written into the files. Where LibreOffice is installed, the same files are
printed to PDF and read again: both reads must give the same actions.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.models.grades import DocumentKind
from plantrace.models.results import ErrorCode, ExtractionResult, Status
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.ingest import discover, ingest_file
from plantrace.pipeline.normalise.rag import rag_from_fill
from plantrace.pipeline.readers.formats import read_document, sniff_format
from plantrace.pipeline.store import Store
from tests.pdfs import libreoffice_pdf as _print_to_pdf

RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"

# (recommendation, [(ref, action, lead, due as typed, due ISO, RAG fill)])
PLAN = [
    (
        "Improve the quality and timeliness of assessments so that children's needs are"
        " understood and met.",
        [
            (
                "1.1",
                "Introduce a single assessment framework with clear practice standards",
                "Head of Early Help",
                "31/03/2025",
                "2025-03-31",
                GREEN,
            ),
            (
                "1.2",
                "Audit a sample of assessments every month and report findings to the"
                " practice board",
                "Principal Social Worker",
                "June 2025",
                "2025-06-30",
                AMBER,
            ),
        ],
    ),
    (
        "Strengthen management oversight and supervision of frontline practice.",
        [
            (
                "2.1",
                "Train all team managers in reflective supervision",
                "Workforce Development Manager",
                "Q2 2025/26",
                "2025-09-30",
                RED,
            ),
            (
                "2.2",
                "Record supervision decisions on the child's file within five working days",
                "Service Manager, Safeguarding",
                "30 September 2025",
                "2025-09-30",
                GREEN,
            ),
            (
                "2.3",
                "Publish a quarterly supervision compliance report to the improvement board",
                "Head of Quality Assurance",
                "December 2025",
                "2025-12-31",
                AMBER,
            ),
        ],
    ),
]
KPIS = [  # indicator, baseline, latest, target
    ("Assessments completed within 45 working days", "72%", "81%", "90%"),
    ("Children seen within 10 working days of a child protection plan", "64%", "77%", "95%"),
    ("Supervision in timescale", "58%", "70%", "85%"),
]


# --------------------------------------------------------------------------- building the files


def _shade(cell: object, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _bold_row(row: object) -> None:
    for cell in row.cells:  # type: ignore[attr-defined]
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def build_docx(path: Path) -> Path:
    d = docx.Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.styles["Normal"].font.size = Pt(9)
    d.add_paragraph("Westmoor Council", style="Title")
    d.add_paragraph("Children's Services Improvement Plan 2025-26")
    d.add_paragraph(
        "This improvement plan answers the recommendations of the Ofsted inspection of"
        " children's services. The lead officer for each action reports progress to the"
        " improvement board every month."
    )
    d.add_heading("Actions", level=1)
    rows = sum(len(actions) for _, actions in PLAN)
    t = d.add_table(rows=1 + rows, cols=6)
    t.style = "Table Grid"
    for cell, head in zip(
        t.rows[0].cells, ["Recommendation", "Ref", "Action", "Lead officer", "Timescale", "RAG"],
        strict=True,
    ):  # fmt: skip
        cell.text = head
    _bold_row(t.rows[0])
    r = 1
    for rec, actions in PLAN:
        first = r
        for ref, action, lead, due, _, fill in actions:
            cells = t.rows[r].cells
            cells[1].text, cells[2].text, cells[3].text, cells[4].text = ref, action, lead, due
            _shade(cells[5], fill)  # the status is the colour only: no word in the cell
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0))  # vMerge over the theme's actions
        merged.text = rec
    d.add_heading("Key performance indicators", level=1)
    k = d.add_table(rows=1 + len(KPIS), cols=4)
    k.style = "Table Grid"
    for cell, head in zip(k.rows[0].cells, ["Indicator", "Baseline", "Latest", "Target"],
                          strict=True):  # fmt: skip
        cell.text = head
    _bold_row(k.rows[0])
    for i, row in enumerate(KPIS, start=1):
        for cell, value in zip(k.rows[i].cells, row, strict=True):
            cell.text = value
    d.save(str(path))
    return path


def build_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Action plan"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Eastfold Council - Children's Services Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    heads = ["Recommendation", "Ref", "Action", "Lead officer", "Due date", "Status"]
    for c, head in enumerate(heads, start=1):
        cell = ws.cell(3, c, head)
        cell.font = Font(bold=True)
        cell.border = box
    r = 4
    for rec, actions in PLAN:
        first = r
        for ref, action, lead, _, iso, fill in actions:
            due = date.fromisoformat(iso)
            values = [None, ref, action, lead, datetime(due.year, due.month, due.day), None]
            for c, value in enumerate(values, start=1):
                cell = ws.cell(r, c, value)
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 5).number_format = "dd/mm/yyyy" if due.day != 30 else "mmm-yy"
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
            ws.row_dimensions[r].height = 45  # Excel stores fitted heights; openpyxl does not
            r += 1
        ws.cell(first, 1, rec)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for letter, width in zip("ABCDEF", [40, 6, 50, 26, 12, 9], strict=True):
        ws.column_dimensions[letter].width = width
    _fit_to_page(ws)

    kpi = wb.create_sheet("KPIs")
    for c, head in enumerate(["Code", "Indicator", "Baseline", "Latest", "Target"], start=1):
        kpi.cell(1, c, head).font = Font(bold=True)
    for i, (indicator, base, latest, target) in enumerate(KPIS, start=2):
        kpi.cell(i, 1, f"CS{i - 1}")
        kpi.cell(i, 2, indicator)
        for c, value in ((3, base), (4, latest), (5, target)):
            cell = kpi.cell(i, c, int(value.rstrip("%")) / 100)
            cell.number_format = "0%"
    for row in kpi.iter_rows(min_row=1, max_row=len(KPIS) + 1, max_col=5):
        for cell in row:
            cell.border = box
    kpi.column_dimensions["B"].width = 60
    _fit_to_page(kpi)
    hidden = wb.create_sheet("Lookups")  # a template's lists: hidden, not printed, not read
    hidden["A1"], hidden["B1"] = "Action", "Owner"
    hidden["A2"], hidden["B2"] = "Do not read this hidden action", "Nobody"
    hidden.sheet_state = "hidden"
    wb.save(str(path))
    return path


def _fit_to_page(ws: object) -> None:
    ws.page_setup.orientation = "landscape"  # type: ignore[attr-defined]
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
    ws.page_setup.fitToWidth = 1  # type: ignore[attr-defined]
    ws.page_setup.fitToHeight = 0  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- reading them


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("office")
    return {
        "docx": build_docx(folder / "westmoor-improvement-plan.docx"),
        "xlsx": build_xlsx(folder / "eastfold-improvement-plan.xlsx"),
    }


def _expected() -> list[tuple[str, str, str, str, str]]:
    colour = {RED: "red", AMBER: "amber", GREEN: "green"}
    return [
        (ref, action, lead, iso, colour[fill])
        for _, actions in PLAN
        for ref, action, lead, _, iso, fill in actions
    ]


def _actions(result: ExtractionResult) -> list[tuple[str, str, str, str, str]]:
    return [
        (a.ref or "", a.text, a.owner or "", str(a.due_date), a.rag or "") for a in result.actions
    ]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_office_plan_actions_owners_dates_and_shaded_rag(plans: dict[str, Path], kind: str) -> None:
    """The RAG column holds no word: its cells' shading (Word) or fill (Excel) is the status."""
    result = extract_file(plans[kind])
    assert result.status is Status.ok, result.error
    assert result.kind is DocumentKind.improvement_plan
    assert _actions(result) == _expected()


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_office_plan_merged_recommendation_cells_link_every_action(
    plans: dict[str, Path], kind: str
) -> None:
    result = extract_file(plans[kind])
    recs = {r.id: r.text for r in result.recommendations}
    linked = [[recs[i] for i in a.recommendations] for a in result.actions]
    assert linked == [[rec] for rec, actions in PLAN for _ in actions]


def test_docx_provenance_names_table_and_row(plans: dict[str, Path]) -> None:
    result = extract_file(plans["docx"])
    assert [a.provenance.locator for a in result.actions] == [
        f"table 1 row {r}" for r in range(2, 7)
    ]
    assert [k.provenance.locator for k in result.kpis] == ["table 2 row 2", "table 2 row 3",
                                                          "table 2 row 4"]  # fmt: skip


def test_xlsx_provenance_names_sheet_and_cell_range(plans: dict[str, Path]) -> None:
    result = extract_file(plans["xlsx"])
    assert [a.provenance.locator for a in result.actions] == [
        f"'Action plan'!B{r}:F{r}" for r in range(4, 9)
    ]
    assert [k.provenance.locator for k in result.kpis] == [f"KPIs!A{r}:E{r}" for r in range(2, 5)]
    assert result.to_contract()["actions"][1]["locator"] == "'Action plan'!B5:F5"
    assert [a.provenance.page for a in result.actions] == [1] * 5  # sheet 1
    assert {k.provenance.page for k in result.kpis} == {2}


def test_stated_tables_keep_merges_and_fills(plans: dict[str, Path]) -> None:
    """The backends state the grid: merged slots are None under their owner, fills are kept."""
    doc = read_document(plans["docx"].read_bytes(), "plan.docx", "sha")
    (page,) = doc.pages
    assert page.tables is not None and len(page.tables) == 2
    actions = page.tables[0]
    assert [c.text if c else None for c in actions.rows[1]][:3] == [
        PLAN[0][0],
        "1.1",
        PLAN[0][1][0][1],
    ]
    assert actions.rows[2][0] is None  # covered by the recommendation merged down
    assert [r[5].fill for r in actions.rows[1:]] == ["#00b050", "#ffc000", "#ff0000", "#00b050",
                                                     "#ffc000"]  # fmt: skip
    assert all(r[5].text == "" for r in actions.rows[1:])
    book = read_document(plans["xlsx"].read_bytes(), "plan.xlsx", "sha")
    assert [p.number for p in book.pages] == [1, 2] and book.metadata[
        "sheets"
    ] == "Action plan, KPIs"
    sheet = book.pages[0]
    assert sheet.tables is not None and len(sheet.tables) == 1  # the title row is a paragraph
    assert sheet.lines[0].text.startswith("Eastfold Council")
    rows = sheet.tables[0].rows
    assert [c.text if c else None for c in rows[1]][3:5] == ["Head of Early Help", "31/03/2025"]
    assert rows[2][4].text == "Jun-25"  # a real date shown as Excel shows it (mmm-yy)
    assert rows[2][0] is None and rows[3][0] is not None  # A4:A5 merged, A6 starts the next


def test_word_table_title_row_across_the_table_is_its_caption(tmp_path: Path) -> None:
    """Word plans often open each table with one cell across it ('Priority 1: ...') above the
    header row: that row names no column, so the table is read from its header row."""
    d = docx.Document()
    d.add_paragraph("Improvement plan", style="Title")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(0, 3)).text = "Priority 1: Improve the quality of assessments"
    for cell, head in zip(t.rows[1].cells, ["Ref", "Action", "Lead officer", "Timescale"],
                          strict=True):  # fmt: skip
        cell.text = head
    for row, values in zip(t.rows[2:], [
        ("1.1", "Introduce a single assessment framework", "Head of Early Help", "March 2025"),
        ("1.2", "Audit assessments every month", "Principal Social Worker", "June 2025"),
    ], strict=True):  # fmt: skip
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    hidden = t.rows[3].cells[1].paragraphs[0].add_run(" (draft: check with HR)")
    hidden.font.hidden = True  # hidden text does not print, and is not read
    d.save(str(tmp_path / "captioned.docx"))
    result = extract_file(tmp_path / "captioned.docx")
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.provenance.locator) for a in result.actions] == [
        ("1.1", "Introduce a single assessment framework", "Head of Early Help", "2025-03-31",
         "table 1 row 3"),
        ("1.2", "Audit assessments every month", "Principal Social Worker", "2025-06-30",
         "table 1 row 4"),
    ]  # fmt: skip


def test_word_plan_table_inside_a_frame_table_is_read(tmp_path: Path) -> None:
    """Some templates box the whole page in a one-cell table; the plan table sits inside it."""
    d = docx.Document()
    frame = d.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "Improvement plan 2025"
    inner = frame.add_table(rows=3, cols=3)
    for row, values in zip(inner.rows, [
        ("Action", "Lead officer", "Timescale"),
        ("Recruit two practice leads", "Head of MASH", "June 2025"),
        ("Launch the supervision policy", "Principal Social Worker", "September 2025"),
    ], strict=True):  # fmt: skip
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(str(tmp_path / "framed.docx"))
    result = extract_file(tmp_path / "framed.docx")
    assert [(a.text, a.owner, str(a.due_date), a.provenance.locator) for a in result.actions] == [
        ("Recruit two practice leads", "Head of MASH", "2025-06-30", "table 1 row 2"),
        ("Launch the supervision policy", "Principal Social Worker", "2025-09-30",
         "table 1 row 3"),
    ]  # fmt: skip


def test_word_plan_of_cards_not_tables(tmp_path: Path) -> None:
    """A Word plan written as a card per action (a bold title, then 'Lead:', 'Deadline:' lines)
    reads like its table form; provenance names the card's paragraphs."""
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025", style="Title")
    d.add_heading("Recommendation 1: Improve the quality of assessments", 1)
    cards = [
        ("Introduce a single assessment framework", "Head of Early Help", "March 2025"),
        ("Audit assessments every month", "Principal Social Worker", "June 2025"),
    ]
    for i, (action, lead, deadline) in enumerate(cards, start=1):
        d.add_paragraph().add_run(f"Action 1.{i}: {action}").bold = True
        d.add_paragraph(f"Lead: {lead}")
        d.add_paragraph(f"Deadline: {deadline}")
    d.save(str(tmp_path / "cards.docx"))
    result = extract_file(tmp_path / "cards.docx")
    assert [(a.owner, str(a.due_date), a.provenance.locator) for a in result.actions] == [
        ("Head of Early Help", "2025-03-31", "paragraphs 3-5"),
        ("Principal Social Worker", "2025-06-30", "paragraphs 6-8"),
    ]
    assert [action in a.text for a, (action, _, _) in zip(result.actions, cards, strict=True)] == [
        True, True
    ]  # fmt: skip


def _el(tag: str, attrs: dict[str, str], *children: object) -> object:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    for child in children:
        el.append(child)
    return el


def _run(text_tag: str, text: str) -> object:
    t = OxmlElement(text_tag)
    t.text = text
    return _el("w:r", {}, t)


def test_word_text_in_content_controls_and_tracked_changes_is_read(tmp_path: Path) -> None:
    """Templates put dates in content controls (date pickers); plans under review carry tracked
    changes: the text Word shows is read, deleted text is not."""
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for cell, head in zip(t.rows[0].cells, ["Action", "Lead", "Deadline"], strict=True):
        cell.text = head
    action, lead, due = t.rows[1].cells
    action.text = "Launch the new "
    p = action.paragraphs[0]._p
    p.append(_el("w:ins", {"w:id": "1", "w:author": "Reviewer"}, _run("w:t", "family help ")))
    p.append(_el("w:del", {"w:id": "2", "w:author": "Reviewer"}, _run("w:delText", "early help ")))
    p.append(_run("w:t", "service"))
    lead.text = "Head of Early Help"
    due.paragraphs[0]._p.append(
        _el("w:sdt", {}, _el("w:sdtContent", {}, _run("w:t", "31/03/2026")))
    )
    d.save(str(tmp_path / "review.docx"))
    doc = read_document((tmp_path / "review.docx").read_bytes(), "review.docx", "sha")
    row = doc.pages[0].tables[0].rows[1]  # type: ignore[index]
    assert [c.text for c in row if c] == [
        "Launch the new family help service", "Head of Early Help", "31/03/2026"
    ]  # fmt: skip


def test_excel_details_above_the_table_are_not_its_header(tmp_path: Path) -> None:
    """Workbook plans often open with label/value rows ('Owner: | ...') right above the table,
    no blank row between: they are the title's details, and the table starts at its header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Post-inspection action plan"])
    ws.append(["Plan owner:", "Director of Children's Services"])
    ws.append(["Last updated:", datetime(2025, 2, 1)])
    ws.append(["Ref", "What we will do", "Who", "By when", "RAG status"])
    ws.append(["1", "Recruit two practice leads for the front door", "Head of MASH",
               datetime(2025, 6, 30), "On track"])  # fmt: skip
    ws.append(["2", "Launch a new supervision policy", "Principal Social Worker",
               datetime(2025, 9, 30), "Delayed"])  # fmt: skip
    wb.save(tmp_path / "plan.xlsx")
    result = extract_file(tmp_path / "plan.xlsx")
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        ("1", "Head of MASH", "2025-06-30", "green"),
        ("2", "Principal Social Worker", "2025-09-30", "amber"),
    ]
    assert [a.provenance.locator for a in result.actions] == ["Sheet!A5:E5", "Sheet!A6:E6"]


def test_word_and_excel_documents_are_classed_by_what_they_say(tmp_path: Path) -> None:
    """A KPI scorecard workbook is a plan (its KPIs are read); a Word inspection report is a
    report; a Word letter with no plan sign is neither."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Indicator", "Baseline", "Target", "Status"])
    ws.append(["Re-referrals within 12 months", "24%", "18%"])
    ws.append(["Care leavers in suitable accommodation", "81%", "90%"])
    ws["D2"].fill = PatternFill("solid", fgColor=AMBER)
    ws["D3"].fill = PatternFill("solid", fgColor=GREEN)
    wb.save(tmp_path / "scorecard.xlsx")
    scorecard = extract_file(tmp_path / "scorecard.xlsx")
    assert scorecard.kind is DocumentKind.improvement_plan
    assert [k.rag for k in scorecard.kpis] == ["amber", "green"]  # fills, no words
    assert [(k.indicator, k.target.raw if k.target else None) for k in scorecard.kpis] == [
        ("Re-referrals within 12 months", "18%"),
        ("Care leavers in suitable accommodation", "90%"),
    ]
    report = docx.Document()
    report.add_paragraph("Westmoor County Council", style="Title")
    report.add_paragraph("Inspection of children's social care services")
    report.add_paragraph("Inspection dates: 4 to 15 March 2024")
    report.add_paragraph("Lead inspector: Jane Doe, His Majesty's Inspector")
    report.add_paragraph("Ofsted")
    report.save(str(tmp_path / "report.docx"))
    assert extract_file(tmp_path / "report.docx").kind is DocumentKind.inspection_report
    letter = docx.Document()
    letter.add_paragraph("Dear colleague, thank you for your letter of 3 March.")
    letter.save(str(tmp_path / "letter.docx"))
    assert extract_file(tmp_path / "letter.docx").kind is DocumentKind.other


def test_excel_sheet_with_spacer_rows_and_a_kpi_table_below(tmp_path: Path) -> None:
    """One sheet: an action table with a blank spacer row inside it, then, below a title, a KPI
    table with its own (bold) header. The spacer does not end the table; the title does."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows: list[list[object]] = [
        ["Improvement plan 2025"], [],
        ["Ref", "Action", "Lead", "Due", "RAG"],
        ["1.1", "Recruit practice leads", "Head of MASH", datetime(2025, 6, 30), "Green"],
        ["1.2", "Launch the supervision policy", "Principal Social Worker",
         datetime(2025, 9, 30), "Amber"],
        [],
        ["2.1", "Review front door thresholds", "Head of Early Help", datetime(2025, 12, 31),
         "Red"],
        [], ["Key performance indicators"],
        ["Indicator", "Baseline", "Target"],
        ["Re-referrals within 12 months", 0.24, 0.18],
        ["Assessments completed in 45 days", 0.72, 0.9],
    ]  # fmt: skip
    for row in rows:
        ws.append(row)
    for r in (3, 10):
        for cell in ws[r]:
            cell.font = Font(bold=True)
    for ref in ("B11", "C11", "B12", "C12"):
        ws[ref].number_format = "0%"
    wb.save(tmp_path / "one-sheet.xlsx")
    result = extract_file(tmp_path / "one-sheet.xlsx")
    assert [(a.ref, a.owner, str(a.due_date), a.rag, a.provenance.locator) for a in result.actions] == [
        ("1.1", "Head of MASH", "2025-06-30", "green", "Sheet!A4:E4"),
        ("1.2", "Principal Social Worker", "2025-09-30", "amber", "Sheet!A5:E5"),
        ("2.1", "Head of Early Help", "2025-12-31", "red", "Sheet!A7:E7"),
    ]  # fmt: skip
    assert [
        (k.indicator, k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
        for k in result.kpis
    ] == [("Re-referrals within 12 months", "24%", "18%"),
          ("Assessments completed in 45 days", "72%", "90%")]  # fmt: skip


def test_excel_cells_read_as_excel_shows_them(tmp_path: Path) -> None:
    """Cells as Excel shows them: dates by their format when that reads back as the same date
    (else in words, no day/month order to guess), numbers with their format's unit text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    cells = [  # value, number format, text read
        (datetime(2025, 3, 31), "dd/mm/yyyy", "31/03/2025"),
        (datetime(2025, 3, 1), "mmm-yy", "Mar-25"),
        (datetime(2026, 1, 15), "[$-809]d mmmm yyyy;@", "15 January 2026"),
        (datetime(2025, 2, 1), "mm/dd/yyyy", "1 February 2025"),  # '02/01/2025' reads 2 Jan
        (datetime(2027, 3, 31), "MM.YYYY", "03.2027"),
        (datetime(2025, 11, 30), "YYYY-MM-DD", "2025-11-30"),
        (datetime(2025, 11, 30), "D MMM YYYY", "30 Nov 2025"),
        (43.5, '0.0" per 10,000"', "43.5 per 10,000"),
        (231, '0" days"', "231 days"),
        (-5.25, "0.0;(0.0)", "(5.3)"),
        (0.725, "0.0%", "72.5%"),
        (1250, "£#,##0", "£1,250"),
        (-1250.5, "#,##0.00", "-1,250.50"),
        (42.3, "General", "42.3"),
        ("Line one\nline two", "General", "Line one\nline two"),
    ]
    ws.append([f"Column {i}" for i in range(len(cells))])
    for i, (value, fmt, _) in enumerate(cells, start=1):
        ws.cell(2, i, value).number_format = fmt
        ws.cell(3, i, "x")
    wb.save(tmp_path / "cells.xlsx")
    doc = read_document((tmp_path / "cells.xlsx").read_bytes(), "cells.xlsx", "sha")
    row = doc.pages[0].tables[0].rows[1]  # type: ignore[index]
    assert ["\n".join(ln.text for ln in c.lines) for c in row if c] == [t for _, _, t in cells]


def test_excel_sheet_past_the_row_limit_is_partial_but_styled_empty_rows_are_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plantrace.pipeline.readers import xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 10)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(8):
        ws.append([f"{i}", f"Action {i}", "Head of Service"])
    ws["A500"].font = Font(bold=True)  # formatting far down: no content
    wb.save(tmp_path / "styled.xlsx")
    ws["A30"] = "An action the limit leaves unread"
    wb.save(tmp_path / "long.xlsx")
    for name, partial in (("styled.xlsx", []), ("long.xlsx", [1])):
        doc = read_document((tmp_path / name).read_bytes(), name, "sha")
        assert doc.partial_pages == partial, name


_HEADS = {
    "ref": ["Ref", "No.", "Action ref"],
    "action": ["Action", "What we will do", "Key actions"],
    "lead": ["Lead officer", "Who", "Responsible officer"],
    "due": ["Due date", "By when", "Deadline"],
    "rag": ["RAG", "Status", "RAG rating"],
}


def build_xlsx_variant(path: Path, seed: int) -> Path:
    """A seeded workbook plan: column order, header words, date format, RAG as a fill only or a
    word, a recommendation column merged down or none, a title row or none."""
    rng = random.Random(seed)
    rest = ["lead", "due", "rag"]
    rng.shuffle(rest)
    cols = (["rec"] if rng.random() < 0.5 else []) + ["ref", "action", *rest]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = rng.choice(["Plan", "Action plan", "Actions 2025"])
    r = 1
    if rng.random() < 0.7:
        ws.cell(1, 1, "Children's Services Improvement Plan").font = Font(bold=True, size=14)
        r = 3
    for c, role in enumerate(cols, start=1):
        ws.cell(r, c, "Recommendation" if role == "rec" else rng.choice(_HEADS[role]))
        ws.cell(r, c).font = Font(bold=True)
    fmt = rng.choice(["dd/mm/yyyy", "mmm-yy", "d mmmm yyyy", "mmmm yyyy"])
    words = rng.random() < 0.5
    for rec, actions in PLAN:
        first = r + 1
        for ref, action, lead, _, iso, fill in actions:
            r += 1
            due = date.fromisoformat(iso)
            values = {
                "ref": ref,
                "action": action,
                "lead": lead,
                "rec": None,
                "due": datetime(due.year, due.month, due.day),
                "rag": {RED: "Red", AMBER: "Amber", GREEN: "Green"}[fill] if words else None,
            }
            for c, role in enumerate(cols, start=1):
                cell = ws.cell(r, c, values[role])  # fmt: skip
                cell.alignment = Alignment(wrap_text=True)
                if role == "due":
                    cell.number_format = fmt
                if role == "rag":
                    cell.fill = PatternFill("solid", fgColor=fill)
        if "rec" in cols:
            ws.cell(first, 1, rec)
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    wb.save(path)
    return path


@pytest.mark.parametrize("seed", range(12))
def test_excel_plan_variants_read_right(tmp_path: Path, seed: int) -> None:
    result = extract_file(build_xlsx_variant(tmp_path / f"variant-{seed}.xlsx", seed))
    assert _actions(result) == _expected()


def build_docx_variant(path: Path, seed: int) -> Path:
    """A seeded Word plan: column order, header words, RAG as shading only or a word, a
    recommendation column merged down or one table per recommendation under its heading, a
    caption row across the table or none."""
    rng = random.Random(seed)
    rest = ["lead", "due", "rag"]
    rng.shuffle(rest)
    per_rec = rng.random() < 0.5
    cols = (["rec"] if not per_rec else []) + ["ref", "action", *rest]
    heads = {role: rng.choice(_HEADS[role]) for role in _HEADS} | {"rec": "Recommendation"}
    words = rng.random() < 0.5
    caption = rng.random() < 0.5
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan", style="Title")
    groups = [[(rec, a) for a in actions] for rec, actions in PLAN] if per_rec else [
        [(rec, a) for rec, actions in PLAN for a in actions]
    ]  # fmt: skip
    for n, group in enumerate(groups, start=1):
        if per_rec:
            d.add_heading(f"Recommendation {n}: {group[0][0]}", level=2)
        t = d.add_table(rows=1 + caption + len(group), cols=len(cols))
        t.style = "Table Grid"
        if caption:
            t.cell(0, 0).merge(t.cell(0, len(cols) - 1)).text = f"Priority {n}"
        for cell, role in zip(t.rows[int(caption)].cells, cols, strict=True):
            cell.text = heads[role]
        first = 1 + caption
        for i, (_rec, (ref, action, lead, due, _, fill)) in enumerate(group, start=first):
            values = {
                "ref": ref,
                "action": action,
                "lead": lead,
                "due": due,
                "rec": "",
                "rag": {RED: "Red", AMBER: "Amber", GREEN: "Green"}[fill] if words else "",
            }
            for cell, role in zip(t.rows[i].cells, cols, strict=True):
                if values[role]:
                    cell.text = values[role]
                if role == "rag":
                    _shade(cell, fill)
        if not per_rec:
            start = first
            for rec, actions in PLAN:
                t.cell(start, 0).merge(t.cell(start + len(actions) - 1, 0)).text = rec
                start += len(actions)
    d.save(str(path))
    return path


@pytest.mark.parametrize("seed", range(12))
def test_word_plan_variants_read_right(tmp_path: Path, seed: int) -> None:
    result = extract_file(build_docx_variant(tmp_path / f"variant-{seed}.docx", seed))
    assert _actions(result) == _expected()
    recs = {r.id: r.text for r in result.recommendations}
    assert [[recs[i] for i in a.recommendations] for a in result.actions] == [
        [rec] for rec, actions in PLAN for _ in actions
    ]


def test_excel_theme_and_indexed_fills_are_resolved(tmp_path: Path) -> None:
    from openpyxl.styles.colors import Color

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for c, head in enumerate(["Action", "Lead", "RAG"], start=1):
        ws.cell(1, c, head)
    ws.cell(2, 1, "Recruit two practice leads")
    ws.cell(2, 2, "Head of Service")
    ws.cell(2, 3).fill = PatternFill("solid", fgColor=Color(theme=5, tint=0.0))  # accent2
    ws.cell(3, 1, "Review the front door")
    ws.cell(3, 2, "MASH manager")
    ws.cell(3, 3).fill = PatternFill("solid", fgColor=Color(indexed=17))  # green in the palette
    wb.save(tmp_path / "t.xlsx")
    doc = read_document((tmp_path / "t.xlsx").read_bytes(), "t.xlsx", "sha")
    rows = doc.pages[0].tables[0].rows  # type: ignore[index]
    assert [r[2].fill for r in rows[1:]] == ["#c0504d", "#008000"]  # type: ignore[union-attr]
    assert [rag_from_fill(r[2].fill) for r in rows[1:]] == ["red", "green"]  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_office_plan_kpi_values(plans: dict[str, Path], kind: str) -> None:
    result = extract_file(plans[kind])
    got = [
        (
            k.indicator,
            k.baseline.raw if k.baseline else None,
            k.latest.raw if k.latest else None,
            k.target.raw if k.target else None,
        )
        for k in result.kpis
    ]
    assert got == [tuple(row) for row in KPIS]
    assert [k.code for k in result.kpis] == (
        ["CS1", "CS2", "CS3"] if kind == "xlsx" else [None] * 3
    )


def test_xlsx_hidden_sheet_is_not_read(plans: dict[str, Path]) -> None:
    result = extract_file(plans["xlsx"])
    assert result.pages == 2
    assert all("hidden" not in a.text for a in result.actions)


# --------------------------------------------------------------------------- formats


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("plan.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
         "save it as Word (.docx)"),
        ("plan.xls", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
         "save it as Excel (.xlsx)"),
        ("plan.odt", lambda p: _zip(p, {"mimetype": b"application/vnd.oasis.opendocument.text",
                                       "content.xml": b"<x/>"}), "OpenDocument text"),
        ("plan.pptx", lambda p: _zip(p, {"ppt/presentation.xml": b"<x/>"}), "PowerPoint"),
        ("plan.rtf", lambda p: p.write_bytes(b"{\\rtf1\\ansi Action plan}"), "Rich Text"),
    ],
)  # fmt: skip
def test_other_formats_get_an_error_that_says_what_to_do(
    tmp_path: Path, name: str, make: object, says: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    result = extract_file(path)
    assert result.status is Status.error and result.error is not None
    assert result.error.code is ErrorCode.unsupported_format
    assert says in result.error.message and "save it as" in result.error.message
    assert result.sha256  # still hashed: the store keeps the outcome


def test_password_protected_office_file_is_encrypted(tmp_path: Path) -> None:
    """An encrypted .docx/.xlsx is an OLE2 container holding an 'EncryptedPackage' stream."""
    path = tmp_path / "locked.xlsx"
    stream = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + stream + bytes(500))
    result = extract_file(path)
    assert result.error is not None and result.error.code is ErrorCode.encrypted
    assert "remove the password" in result.error.message


def test_damaged_word_and_excel_files_are_corrupt_not_unsupported(
    plans: dict[str, Path], tmp_path: Path
) -> None:
    for kind in ("docx", "xlsx"):
        truncated = tmp_path / f"truncated.{kind}"
        truncated.write_bytes(plans[kind].read_bytes()[:3000])  # an interrupted download
        garbled = _zip(tmp_path / f"garbled.{kind}", {
            "word/document.xml" if kind == "docx" else "xl/workbook.xml": b"<not xml",
            "[Content_Types].xml": b"<also not",
        })  # fmt: skip
        paths = [truncated, garbled]
        if kind == "docx":  # a content type python-docx does not know: its styles part is bare
            import zipfile

            with zipfile.ZipFile(plans[kind]) as z:
                members = {n: z.read(n) for n in z.namelist()}
            members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
                b"wordprocessingml.styles+xml", b"wordprocessingml.stiles+xml"
            )
            paths.append(_zip(tmp_path / "mistyped.docx", members))
            with zipfile.ZipFile(plans[kind]) as z:
                members = {n: z.read(n) for n in z.namelist()}
            members["word/document.xml"] = members["word/document.xml"].replace(
                b"<w:vMerge", b'<w:gridSpan w:val="x"/><w:vMerge', 1
            )  # a cell span that is no number
            paths.append(_zip(tmp_path / "badspan.docx", members))
            members["word/document.xml"] = members["word/document.xml"].replace(
                b'w:val="x"', b'w:val="99999999"'
            )  # a span no Word table has: its row is lost, the others read, quickly
            huge = extract_file(_zip(tmp_path / "hugespan.docx", members))
            assert huge.status is Status.ok
            assert [a.ref for a in huge.actions] == ["1.2", "2.1", "2.2", "2.3"]
        for path in paths:
            result = extract_file(path)
            assert result.error is not None and result.error.code is ErrorCode.corrupt, path.name
            assert "damaged" in result.error.message


def test_a_workbook_plantrace_wrote_is_not_read_as_a_plan(tmp_path: Path) -> None:
    """Exports land in folders people ingest; plantrace's own workbooks (creator 'plantrace')
    are told apart instead of being read as a plan with an 'Owner' column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Recommendation", "Action", "Owner", "Due date"])
    ws.append(["1", "Audit assessments", "Head of Service", "March 2025"])
    wb.properties.creator = "plantrace"
    wb.save(tmp_path / "coverage.xlsx")
    result = extract_file(tmp_path / "coverage.xlsx")
    assert result.error is not None and result.error.code is ErrorCode.unsupported_format
    assert "plantrace wrote" in result.error.message


def test_macro_enabled_word_and_excel_files_are_read(
    plans: dict[str, Path], tmp_path: Path
) -> None:
    """.docm/.xlsm hold the same document under another content type (macros are never run)."""
    import zipfile

    for kind, ext, old, new in (
        ("docx", "docm", b"wordprocessingml.document.main+xml",
         b"application/vnd.ms-word.document.macroEnabled.main+xml"),
        ("xlsx", "xlsm", b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
         b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
    ):  # fmt: skip
        with zipfile.ZipFile(plans[kind]) as z:
            members = {n: z.read(n) for n in z.namelist()}
        types = members["[Content_Types].xml"]
        assert old in types
        if kind == "docx":
            old = b"application/vnd.openxmlformats-officedocument." + old
        members["[Content_Types].xml"] = types.replace(old, new)
        result = extract_file(_zip(tmp_path / f"plan.{ext}", members))
        assert result.status is Status.ok, result.error
        assert [a[:4] for a in _actions(result)] == [e[:4] for e in _expected()]


def test_word_and_excel_files_with_nothing_to_read_say_so(tmp_path: Path) -> None:
    docx.Document().save(str(tmp_path / "blank.docx"))
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.sheet_state = "hidden"
    plan = wb.create_sheet("Plan")
    plan["A1"] = "Action"
    plan.sheet_state = "hidden"
    wb.create_sheet("Cover")  # visible and empty
    wb.save(tmp_path / "hidden.xlsx")
    for name, says in (("blank.docx", "holds no text"), ("hidden.xlsx", "2 hidden sheet(s)")):
        result = extract_file(tmp_path / name)
        assert result.error is not None and result.error.code is ErrorCode.empty, name
        assert says in result.error.message


def test_content_decides_the_reader_not_the_name(plans: dict[str, Path], tmp_path: Path) -> None:
    misnamed = tmp_path / "plan.pdf"
    misnamed.write_bytes(plans["docx"].read_bytes())
    assert sniff_format(misnamed.read_bytes(), misnamed.name) == "docx"
    result = extract_file(misnamed)
    assert len(result.actions) == 5
    zipped = _zip(tmp_path / "archive.pdf", {"a.txt": b"x"})
    assert extract_file(zipped).error.code is ErrorCode.not_pdf  # type: ignore[union-attr]


def test_folder_ingest_lists_word_and_excel_but_not_office_lock_files(tmp_path: Path) -> None:
    for name in ["a.pdf", "b.docx", "c.xlsx", "d.doc", "~$b.docx", "notes.txt", "e.pptx"]:
        (tmp_path / name).write_bytes(b"x")
    assert sorted(p.name for p in discover([tmp_path])) == [
        "a.pdf", "b.docx", "c.xlsx", "d.doc", "e.pptx"
    ]  # fmt: skip


def test_ingest_stores_office_plans_with_locators_and_tells_what_to_do_with_a_doc(
    store: Store, plans: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    for kind in ("docx", "xlsx"):
        shutil.copy(plans[kind], folder / plans[kind].name)
    (folder / "old-plan.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    outcomes = {Path(o.file).suffix: o for o in (ingest_file(store, f) for f in discover([folder]))}
    assert sorted(outcomes) == [".doc", ".docx", ".xlsx"]
    for suffix in (".docx", ".xlsx"):
        o = outcomes[suffix]
        assert (o.status, o.outcome, o.kind, o.actions, o.kpis) == (
            "ok", "stored", "improvement_plan", 5, 3
        )  # fmt: skip
    assert outcomes[".doc"].error_code == "unsupported_format"
    loaded = store.load_result(outcomes[".xlsx"].sha256)
    assert loaded is not None
    assert loaded.actions[2].provenance.locator == "'Action plan'!B6:F6"
    again = ingest_file(store, folder / plans["docx"].name)
    assert again.outcome == "unchanged"


# --------------------------------------------------------------------------- against the PDF print


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_office_plan_and_its_pdf_print_give_the_same_actions(
    plans: dict[str, Path], kind: str, tmp_path: Path
) -> None:
    """Ref, text, owner, due date and RAG (the print's shading too) agree, and are right."""
    direct = extract_file(plans[kind])
    printed = extract_file(_print_to_pdf(plans[kind], tmp_path))
    assert printed.status is Status.ok, printed.error
    assert _actions(direct) == _actions(printed) == _expected()
