"""Word and Excel plans read directly: what the first reader left unread or slow (issue 11).

Excel: RAG colours given by conditional formatting, formulas never calculated (a workbook
written by a program that does not compute them), a sheet merged over its whole area. Word:
two-row headers, recommendation cells merged down, tables with no borders, RAG as shading with
no word, headings as sections, card plans written as paragraphs. Every file is built here with
openpyxl or python-docx, the way councils' templates are, and read with the product's reader;
where LibreOffice is installed the same file's PDF print is read too, and both must agree.

Run as a script for the merged-sheet benchmark:
    .venv/bin/python -m tests.test_readers_office2
"""

from __future__ import annotations

import io
import re
import sys
import time
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule, Rule
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plantrace.models.results import ExtractionResult, Status
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.readers.formats import read_document
from plantrace.pipeline.readers.xlsx import parse_xlsx_bytes
from tests.pdfs import libreoffice_pdf as _print_to_pdf

GREEN, AMBER, RED = "C6EFCE", "FFEB9C", "FFC7CE"  # Excel's own 'good', 'neutral', 'bad' fills
ACTIONS = [  # ref, action, lead, due as printed, due ISO, percent complete
    ("1.1", "Introduce a single assessment framework with clear practice standards",
     "Head of Early Help", "March 2025", "2025-03-31", 0.95),
    ("1.2", "Audit a sample of assessments every month and report findings to the board",
     "Principal Social Worker", "June 2025", "2025-06-30", 0.6),
    ("1.3", "Train all team managers in reflective supervision",
     "Workforce Development Manager", "September 2025", "2025-09-30", 0.2),
    ("1.4", "Publish a quarterly supervision compliance report to the improvement board",
     "Head of Quality Assurance", "December 2025", "2025-12-31", 0.5),
]  # fmt: skip
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


# --------------------------------------------------------------------------- Excel: building


def _plan_sheet(status: str = "blank") -> tuple[openpyxl.Workbook, Worksheet]:
    """An action sheet: title, header row, one row per action; the last column ('RAG') holds
    nothing (status='blank') or a status word (status='word')."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Action plan"
    ws["A1"] = "Northdale Council: Children's Services Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    for c, head in enumerate(["Ref", "Action", "Lead officer", "Due date", "Complete", "RAG"], 1):
        ws.cell(3, c, head).font = Font(bold=True)
    words = {0.95: "Well ahead", 0.6: "Watch", 0.2: "Escalate", 0.5: "Watch"}  # no RAG words
    for r, (ref, action, lead, due, _, done) in enumerate(ACTIONS, start=4):
        for c, value in enumerate([ref, action, lead, due, done], start=1):
            ws.cell(r, c, value)
        ws.cell(r, 5).number_format = "0%"
        if status == "word":
            ws.cell(r, 6, words[done])
    for row in ws.iter_rows(min_row=3, max_row=3 + len(ACTIONS), max_col=6):
        for cell in row:
            cell.border = _BOX
    for letter, width in zip("ABCDEF", (6, 60, 30, 14, 10, 10), strict=True):
        ws.column_dimensions[letter].width = width
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb, ws


def _rag_by_percent(ws: Worksheet, where: str = "F4:F7") -> None:
    """The RAG cell coloured from the % complete beside it: three formula rules, as a
    template's 'Use a formula to determine which cells to format' sets them up."""
    cf = ws.conditional_formatting
    cf.add(where, FormulaRule(formula=["$E4>=0.9"], fill=PatternFill(bgColor=GREEN)))
    cf.add(where, FormulaRule(formula=["AND($E4>=0.5,$E4<0.9)"], fill=PatternFill(bgColor=AMBER)))
    cf.add(where, FormulaRule(formula=["$E4<0.5"], fill=PatternFill(bgColor=RED)))


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(str(path))
    return path


def _rags(result: ExtractionResult) -> list[tuple[str, str | None]]:
    return [(a.ref or "", a.rag) for a in result.actions]


def _table_fills(path: Path, column: int) -> list[str | None]:
    doc = read_document(path.read_bytes(), path.name, "")
    table = doc.pages[0].tables[0]  # type: ignore[index]
    return [row[column].fill if row[column] is not None else None for row in table.rows[1:]]


def _codes(result: ExtractionResult) -> list[str]:
    return [w.code for w in result.warnings]


# --------------------------------------------------------------------------- Excel: conditional formats


def test_excel_rag_from_formula_rules_is_read(tmp_path: Path) -> None:
    """The RAG cells hold nothing; expression rules on the % column colour them."""
    wb, ws = _plan_sheet()
    _rag_by_percent(ws)
    path = _save(wb, tmp_path / "formula-rules.xlsx")
    assert _table_fills(path, 5) == ["#c6efce", "#ffeb9c", "#ffc7ce", "#ffeb9c"]
    result = extract_file(path)
    assert _rags(result) == [("1.1", "green"), ("1.2", "amber"), ("1.3", "red"), ("1.4", "amber")]
    assert "excel_conditional_format_unread" not in _codes(result)


def test_excel_rag_from_cell_value_and_text_rules_is_read(tmp_path: Path) -> None:
    """Words no RAG vocabulary knows ('Escalate', 'Watch') coloured by 'cell value equal to',
    'text that contains' and 'cell value between' rules, the fill as a solid pattern (as
    openpyxl and LibreOffice write it) or as Excel's background colour."""
    wb, ws = _plan_sheet(status="word")
    cf = ws.conditional_formatting
    cf.add("F4:F7", CellIsRule(operator="equal", formula=['"escalate"'],
                               fill=PatternFill("solid", fgColor="FF0000")))  # fmt: skip
    behind = Rule(type="containsText", operator="containsText", text="atc",
                  dxf=DifferentialStyle(fill=PatternFill(bgColor="FFC000")))  # fmt: skip
    behind.formula = ['NOT(ISERROR(SEARCH("atc",F4)))']
    cf.add("F4:F7", behind)
    cf.add("F4:F7", Rule(type="beginsWith", operator="beginsWith", text="well",
                         dxf=DifferentialStyle(fill=PatternFill(bgColor="00B050"))))  # fmt: skip
    cf.add("E4:E7", CellIsRule(operator="between", formula=["0.4", "0.55"],
                               fill=PatternFill(bgColor="FFFF00")))  # fmt: skip
    cf.add(
        "E4:E7",
        ColorScaleRule(start_type="min", start_color="FFFFFF", end_type="max", end_color="63BE7B"),
    )  # a colour scale: no RAG, no warning
    path = _save(wb, tmp_path / "value-rules.xlsx")
    assert _table_fills(path, 5) == ["#00b050", "#ffc000", "#ff0000", "#ffc000"]
    assert _table_fills(path, 4) == [None, None, None, "#ffff00"]
    assert "excel_conditional_format_unread" not in _codes(extract_file(path))


def test_excel_rule_order_and_stop_if_true(tmp_path: Path) -> None:
    """The first true rule by priority gives the fill; a true 'stop if true' rule with no
    fill leaves the cell as it is; relative references move with the cell, '$' pins them."""
    wb, ws = _plan_sheet()
    ws["H1"] = 0.9  # a threshold cell the rules point at
    cf = ws.conditional_formatting
    cf.add("F4:F7", FormulaRule(formula=["E4=0.5"], stopIfTrue=True, font=Font(bold=True)))
    cf.add("F4:F7", FormulaRule(formula=["$E4>=$H$1"], fill=PatternFill(bgColor=GREEN)))
    cf.add("F4:F7", FormulaRule(formula=["$E4>0"], fill=PatternFill(bgColor=AMBER)))
    path = _save(wb, tmp_path / "priority.xlsx")
    assert _table_fills(path, 5) == ["#c6efce", "#ffeb9c", "#ffeb9c", None]


def test_excel_rules_it_cannot_evaluate_are_a_warning(tmp_path: Path) -> None:
    """A rule on TODAY() (overdue -> red) is not guessed: the result says the RAG colours from
    conditional formatting could not be read, and where."""
    wb, ws = _plan_sheet()
    ws.conditional_formatting.add(
        "F4:F7", FormulaRule(formula=["$D4<TODAY()"], fill=PatternFill(bgColor=RED))
    )
    path = _save(wb, tmp_path / "today.xlsx")
    result = extract_file(path)
    assert result.status is Status.ok
    unread = [w for w in result.warnings if w.code == "excel_conditional_format_unread"]
    assert [(w.message, w.page) for w in unread] == [(
        "RAG colours from conditional formatting could not be read on sheet 'Action plan'"
        " (F4:F7; rule type expression): check the status column by eye, or export a PDF",
        1,
    )]  # fmt: skip
    assert [a.rag for a in result.actions] == [None, None, None, None]


def test_excel_rules_outside_what_is_read_say_nothing(tmp_path: Path) -> None:
    """A rule it cannot evaluate over cells that are not read (a notes area far below, past a
    blank run of rows, empty) is no warning: only what the plan is read from is vouched for."""
    wb, ws = _plan_sheet()
    _rag_by_percent(ws)
    ws.conditional_formatting.add(
        "K40:K60", FormulaRule(formula=["K40<TODAY()"], fill=PatternFill(bgColor=RED))
    )
    result = extract_file(_save(wb, tmp_path / "elsewhere.xlsx"))
    assert _rags(result) == [("1.1", "green"), ("1.2", "amber"), ("1.3", "red"), ("1.4", "amber")]
    assert "excel_conditional_format_unread" not in _codes(result)


@pytest.mark.parametrize(
    ("formula", "values", "expected"),
    [
        ('UPPER(LEFT($F4,1))="R"', ["red", "Amber", "rust", None], [True, False, True, False]),
        ("OR($E4>0.9,ISBLANK($F4))", [1, "x", None, "y"], [True, False, True, False]),
        ('$F4&"!"="Go!"', ["go", "Go", "Go!", None], [True, True, False, False]),
        ('ISNUMBER(FIND("A",$F4))', ["Amber", "amber", "RAG", None], [True, False, True, False]),
        ("$F4*2>=1", [0.5, 0.2, 3, None], [True, False, True, False]),
    ],
)
def test_excel_formula_rules_evaluate_like_excel(
    tmp_path: Path, formula: str, values: list[object], expected: list[bool]
) -> None:
    """Formula rules are read with Excel's rules: text compared without case, FIND with it,
    '&' joins, blank is empty and zero."""
    wb, ws = _plan_sheet()
    for r, value in enumerate(values, start=4):
        ws.cell(r, 6, value)
    ws.conditional_formatting.add(
        "F4:F7", FormulaRule(formula=[formula], fill=PatternFill(bgColor=RED))
    )
    path = _save(wb, tmp_path / "evaluate.xlsx")
    assert _table_fills(path, 5) == ["#ffc7ce" if e else None for e in expected]


# --------------------------------------------------------------------------- Excel: formulas


def _with_saved_values(path: Path, values: dict[str, str]) -> Path:
    """The workbook as Excel would save it after calculating: each formula cell named gets
    its result (<v>) beside its formula; openpyxl writes formulas with an empty <v>. An empty
    result is saved as Excel saves a formula that gave '': a text cell (t="str"), <v></v>."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        text = ' t="str"' if value == "" else ""
        sheet, n = re.subn(
            rf'<c r="{ref}"([^>]*)>(<f>[^<]*</f>)<v\s*/?>(?:</v>)?',
            rf'<c r="{ref}"{text}\1>\2<v>{value}</v>',
            sheet,
        )
        assert n == 1, ref
    members["xl/worksheets/sheet1.xml"] = sheet.encode()
    out = path.with_name(path.stem + "-saved.xlsx")
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)
    return out


def _formula_plan(tmp_path: Path) -> Path:
    """Due dates and leads as formulas (=DATE(...), a lookup of the lead's name), as a
    template computes them; written by openpyxl, which saves no results."""
    wb, ws = _plan_sheet()
    for r, (_, _, lead, _, iso, _) in enumerate(ACTIONS, start=4):
        y, m, d = (int(x) for x in iso.split("-"))
        ws.cell(r, 4, f"=DATE({y},{m},{d})").number_format = "mmmm yyyy"
        if r >= 6:
            ws.cell(r, 3, f'=UPPER("{lead}")')
    return _save(wb, tmp_path / "formulas.xlsx")


def test_excel_formulas_without_saved_values_are_a_warning(tmp_path: Path) -> None:
    result = extract_file(_formula_plan(tmp_path))
    assert result.status is Status.ok
    found = [w for w in result.warnings if w.code == "excel_formulas_not_calculated"]
    assert [(w.message, w.page) for w in found] == [(
        "formula cells without saved values read as empty ('Action plan'!C6:C7,"
        " 'Action plan'!D4:D7): open and save the workbook in Excel or LibreOffice,"
        " or export a PDF",
        1,
    )]  # fmt: skip
    assert [a.due_date for a in result.actions] == [None] * 4


def test_excel_formulas_with_saved_values_read_them(tmp_path: Path) -> None:
    """Once calculated and saved (Excel's cached results), formulas read as their values
    and no warning is given; an empty text result is a value, not a missing one."""
    path = _with_saved_values(
        _formula_plan(tmp_path),
        {"D4": "45747", "D5": "45838", "D6": "45930", "D7": "46022", "C6": ""},
    )  # the four due dates, and C6's formula saved as giving ''; C7 left uncalculated
    result = extract_file(path)
    assert [str(a.due_date) for a in result.actions] == [iso for *_, iso, _ in ACTIONS]
    found = [w.message for w in result.warnings if w.code == "excel_formulas_not_calculated"]
    assert found == [
        "formula cells without saved values read as empty ('Action plan'!C7): open and"
        " save the workbook in Excel or LibreOffice, or export a PDF"
    ]


def test_excel_workbook_of_formulas_only_says_why_it_is_empty(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"], ws["A2"] = '=CONCAT("Improvement ","plan")', "=A1"
    result = extract_file(_save(wb, tmp_path / "only-formulas.xlsx"))
    assert result.status is Status.error and result.error is not None
    assert result.error.message == (
        "the workbook's visible sheets hold nothing (2 formula cell(s) have no saved value:"
        " open and save the workbook in Excel or LibreOffice, or export a PDF)"
    )


# --------------------------------------------------------------------------- Excel: merges


def _merged_book(kind: str, rows: int, cols: int) -> bytes:
    """A sheet of notes down column A over rows x cols: 'whole' merges its whole area into one cell, its
    other values still in the file under the merge (as exporters leave them; openpyxl itself
    clears them), 'sheet' merges every cell of the sheet (A1:XFD1048576), 'rows' merges every
    row across, 'none' merges nothing (the baseline)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    ws["A1"] = "Improvement plan notes"
    for r in range(2, rows + 1):
        ws.cell(r, 1, f"Note {r}")
    ws.cell(rows, cols, "end")  # the used area: rows x cols
    if kind == "rows":
        for r in range(1, rows + 1):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=cols)
    buf = io.BytesIO()
    wb.save(buf)
    if kind not in ("whole", "sheet"):
        return buf.getvalue()
    ref = f"A1:{get_column_letter(cols)}{rows}" if kind == "whole" else "A1:XFD1048576"
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        members = {n: z.read(n) for n in z.namelist()}
    merge = f'<mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    members["xl/worksheets/sheet1.xml"] = sheet.replace(
        "</sheetData>", "</sheetData>" + merge
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["whole", "sheet"])
def test_excel_sheet_merged_over_its_whole_area_reads_its_one_cell(kind: str) -> None:
    """Only the merge's top-left cell shows; the values under it are covered, not read."""
    doc = parse_xlsx_bytes(_merged_book(kind, 2000, 40), f"{kind}.xlsx", "")
    assert [ln.text for ln in doc.pages[0].lines] == ["Improvement plan notes"]


def test_excel_rows_merged_across_read_one_cell_each() -> None:
    doc = parse_xlsx_bytes(_merged_book("rows", 30, 8), "rows.xlsx", "")
    lines = [ln.text for ln in doc.pages[0].lines]
    assert lines == ["Improvement plan notes"] + [f"Note {r}" for r in range(2, 31)]
    assert doc.pages[0].tables == []


def benchmark_merged_sheets(rows: int = 5000, cols: int = 60) -> None:
    """Print read times of merged sheets as a ratio to the same sheet with no merge."""
    timings: dict[str, float] = {}
    for kind in ("none", "whole", "sheet", "rows"):
        data = _merged_book(kind, rows, cols)
        t0 = time.perf_counter()
        parse_xlsx_bytes(data, f"{kind}.xlsx", "")
        timings[kind] = time.perf_counter() - t0
    base = timings["none"]
    for kind, seconds in timings.items():
        print(
            f"{rows} rows x {cols} cols, merge {kind:5}: {seconds:6.2f} s  ({seconds / base:.1f}x)"
        )


if __name__ == "__main__":
    benchmark_merged_sheets(*(int(a) for a in sys.argv[1:3]))


# --------------------------------------------------------------------------- Word: building

# (recommendation, [(ref, action, lead, start, end, shading)])
WORD_PLAN = [
    ("Improve the quality of assessments so that children's needs are understood", [
        ("1.1", "Introduce a single assessment framework with clear practice standards",
         "Head of Early Help", "April 2025", "31/03/2026", "00B050"),
        ("1.2", "Audit a sample of assessments every month and report to the board",
         "Principal Social Worker", "May 2025", "30/06/2026", "FFC000"),
    ]),
    ("Strengthen management oversight and supervision of frontline practice", [
        ("2.1", "Train all team managers in reflective supervision",
         "Workforce Development Manager", "June 2025", "30/09/2026", "FF0000"),
        ("2.2", "Record supervision decisions on the child's file within five working days",
         "Service Manager, Safeguarding", "July 2025", "31/12/2026", "00B050"),
    ]),
]  # fmt: skip
WORD_EXPECTED = [  # ref, owner, due date, RAG, recommendation
    ("1.1", "Head of Early Help", "2026-03-31", "green", ["r1"]),
    ("1.2", "Principal Social Worker", "2026-06-30", "amber", ["r1"]),
    ("2.1", "Workforce Development Manager", "2026-09-30", "red", ["r2"]),
    ("2.2", "Service Manager, Safeguarding", "2026-12-31", "green", ["r2"]),
]


def _shade(cell: object, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _bold(cell: object) -> None:
    for p in cell.paragraphs:  # type: ignore[attr-defined]
        for run in p.runs:
            run.bold = True


def build_two_row_header_plan(path: Path, borders: bool) -> Path:
    """A landscape Word plan: a header of two rows ('Timescale' merged across 'Start' | 'End',
    the other headers merged down over both rows), the recommendation cell merged down beside
    its actions, the RAG column shaded with no word; with a grid, or no borders at all."""
    d = docx.Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_paragraph("Westmoor Council: Children's Services Improvement Plan", style="Title")
    d.add_heading("Action plan", level=1)
    t = d.add_table(rows=2 + sum(len(a) for _, a in WORD_PLAN), cols=7)
    if borders:
        t.style = "Table Grid"
    t.cell(1, 4).text, t.cell(1, 5).text = "Start", "End"
    t.cell(0, 4).merge(t.cell(0, 5)).text = "Timescale"
    for i, head in ((0, "Recommendation"), (1, "Ref"), (2, "Action"), (3, "Lead officer"),
                    (6, "RAG")):  # fmt: skip
        t.cell(0, i).merge(t.cell(1, i)).text = head
    for row in t.rows[:2]:
        for cell in row.cells:
            _bold(cell)
    r = 2
    for rec, actions in WORD_PLAN:
        first = r
        for ref, action, lead, start, end, fill in actions:
            cells = t.rows[r].cells
            for i, text in enumerate((ref, action, lead, start, end), start=1):
                cells[i].text = text
            _shade(cells[6], fill)
            r += 1
        t.cell(first, 0).merge(t.cell(r - 1, 0)).text = rec
    t.autofit = False
    for row in t.rows:
        for cell, width in zip(row.cells, (5, 1.2, 7, 4.5, 2.6, 2.6, 1.5), strict=True):
            cell.width = Cm(width)
    d.save(str(path))
    return path


def build_card_plan(path: Path, labels: str) -> Path:
    """A plan of cards, no table: a Heading 1 per recommendation, a Heading 2 per action, then
    its fields as lines: 'Owner - X' (labels='dash'), a bold 'Owner:' run (labels='bold'), or a
    bold 'Owner' run, a tab and the value, the paragraph's tab stop at 5 cm (labels='tab')."""
    d = docx.Document()
    d.add_paragraph("Eastfold Council: Children's Services Improvement Plan", style="Title")
    for i, (rec, actions) in enumerate(WORD_PLAN, start=1):
        d.add_heading(f"Recommendation {i}: {rec}", level=1)
        for ref, action, lead, _, end, _ in actions:
            d.add_heading(f"{ref} {action}", level=2)
            for label, value in (("Owner", lead), ("Target date", end), ("Update", "Started")):
                p = d.add_paragraph()
                if labels == "dash":
                    p.add_run(f"{label} - {value}")
                elif labels == "tab":
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
                    p.add_run(label).bold = True
                    p.add_run(f"\t{value}")
                else:
                    p.add_run(f"{label}:").bold = True
                    p.add_run(f" {value}")
    d.save(str(path))
    return path


def _word_actions(result: ExtractionResult) -> list[tuple[str, str, str, str | None, list[str]]]:
    return [
        (a.ref or "", a.owner or "", str(a.due_date), a.rag, list(a.recommendations))
        for a in result.actions
    ]


# --------------------------------------------------------------------------- Word: reading


def test_word_two_row_header_is_stated_with_its_merges(tmp_path: Path) -> None:
    """The stated grid keeps both header rows: 'Timescale' spans two columns, the other
    headers run down over both rows (covered slots are None), the shading is the cell's."""
    path = build_two_row_header_plan(tmp_path / "two-row.docx", borders=True)
    table = read_document(path.read_bytes(), path.name, "").pages[0].tables[0]  # type: ignore[index]
    head = [[None if c is None else c.text for c in row] for row in table.rows[:2]]
    assert head == [
        ["Recommendation", "Ref", "Action", "Lead officer", "Timescale", None, "RAG"],
        [None, None, None, None, "Start", "End", None],
    ]
    assert [row[0] is None for row in table.rows[2:]] == [False, True, False, True]
    assert [row[6].fill for row in table.rows[2:] if row[6] is not None] == [
        "#00b050", "#ffc000", "#ff0000", "#00b050"
    ]  # fmt: skip


@pytest.mark.parametrize("borders", [True, False])
def test_word_two_row_header_plan_reads_end_date_rag_and_merged_recommendation(
    tmp_path: Path, borders: bool
) -> None:
    """The due date is the 'End' under 'Timescale' (not the start), the RAG is the shading,
    each action links to the recommendation merged down beside it; borders or none."""
    path = build_two_row_header_plan(tmp_path / "plan.docx", borders=borders)
    assert _word_actions(extract_file(path)) == WORD_EXPECTED


@pytest.mark.parametrize("labels", ["dash", "bold", "tab"])
def test_word_card_plan_with_heading_titles_reads_every_action(tmp_path: Path, labels: str) -> None:
    result = extract_file(build_card_plan(tmp_path / f"cards-{labels}.docx", labels))
    assert [(ref, owner, due, recs) for ref, owner, due, _, recs in _word_actions(result)] == [
        (ref, owner, due, recs) for ref, owner, due, _, recs in WORD_EXPECTED
    ]


def test_word_lines_have_the_look_of_their_print(tmp_path: Path) -> None:
    """Sizes and weights come from the document's styles and runs, as the print shows them:
    python-docx's template makes Title 26 pt (not bold), Heading 1 14 pt bold, Heading 2 13 pt
    bold; a line that opens with a bold label run is bold, as a PDF reader sees it. The title,
    wider than the page at 26 pt, and the first heading wrap onto a second line of the same
    look, as in the print."""
    path = build_card_plan(tmp_path / "cards.docx", "bold")
    lines = read_document(path.read_bytes(), path.name, "").pages[0].lines
    looks = [(ln.text[:22], ln.font_size, ln.bold) for ln in lines[:8]]
    assert looks == [
        ("Eastfold Council: Chil", 26.0, False),
        ("Improvement Plan", 26.0, False),
        ("Recommendation 1: Impr", 14.0, True),
        ("understood", 14.0, True),
        ("1.1 Introduce a single", 13.0, True),
        ("Owner: Head of Early H", 11.0, True),
        ("Target date: 31/03/202", 11.0, True),
        ("Update: Started", 11.0, True),
    ]


@pytest.mark.parametrize("kind", ["two-row-grid", "cards-dash", "cards-bold", "cards-tab"])
def test_word_plan_and_its_pdf_print_agree(tmp_path: Path, kind: str) -> None:
    """Read directly and from its LibreOffice print, the plan gives the same actions."""
    if kind == "two-row-grid":
        path = build_two_row_header_plan(tmp_path / "plan.docx", borders=True)
    else:
        path = build_card_plan(tmp_path / f"{kind}.docx", kind.split("-")[1])
    direct = _word_actions(extract_file(path))
    printed = extract_file(_print_to_pdf(path, tmp_path))
    assert printed.status is Status.ok, printed.error
    assert _word_actions(printed) == direct


def test_excel_conditional_format_plan_and_its_pdf_print_agree(tmp_path: Path) -> None:
    """LibreOffice draws the conditional fills in the print: both give the same RAG."""
    wb, ws = _plan_sheet()
    _rag_by_percent(ws)
    path = _save(wb, tmp_path / "cf.xlsx")
    printed = extract_file(_print_to_pdf(path, tmp_path))
    assert _rags(printed) == _rags(extract_file(path)) == [
        ("1.1", "green"), ("1.2", "amber"), ("1.3", "red"), ("1.4", "amber")
    ]  # fmt: skip


def test_excel_rag_column_of_colour_only_under_a_blank_header_is_read(tmp_path: Path) -> None:
    """A status column with no header text and no word in its cells, only fills, is part of
    the table (its print shows the colours); a header band across the row does not widen the
    table past it, and a lone highlighted cell beside the table is not a column."""
    wb, ws = _plan_sheet()
    ws.cell(3, 6).value = None  # the 'RAG' header cell left blank
    band = PatternFill("solid", fgColor="D0D7E1")
    for c in range(1, 9):  # the header row's band runs past the table, to column H
        ws.cell(3, c).fill = band
    for r, fill in zip(range(4, 8), (GREEN, AMBER, RED, AMBER), strict=True):
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
    ws.cell(5, 8).fill = PatternFill("solid", fgColor="FFFF00")  # one highlighted cell
    path = _save(wb, tmp_path / "colour-only.xlsx")
    table = read_document(path.read_bytes(), path.name, "").pages[0].tables[0]  # type: ignore[index]
    assert len(table.rows[0]) == 6
    assert _table_fills(path, 5) == ["#c6efce", "#ffeb9c", "#ffc7ce", "#ffeb9c"]
    assert _rags(extract_file(path)) == [
        ("1.1", "green"), ("1.2", "amber"), ("1.3", "red"), ("1.4", "amber")
    ]  # fmt: skip


def test_word_table_style_header_row_is_bold_on_its_colour(tmp_path: Path) -> None:
    """A table styled 'Medium Shading 1 Accent 1' (its header row bold on blue, its first
    column bold: the style says so, no run does) is stated with that look, as its print shows
    it; so a header of words the vocabulary mostly lacks ('Champion', 'Finish', 'Confidence')
    is still a header row, and the plan reads (before: no action, plan_no_actions)."""
    d = docx.Document()
    d.add_paragraph("Northdale Council: Children's Services Improvement Plan", style="Title")
    heads = ["Deliverable", "Champion", "Finish", "Narrative", "Confidence"]
    t = d.add_table(rows=1 + len(ACTIONS), cols=len(heads))
    t.style = "Medium Shading 1 Accent 1"
    for cell, head in zip(t.rows[0].cells, heads, strict=True):
        cell.text = head
    for r, (_, action, lead, due, _, _) in enumerate(ACTIONS, start=1):
        for cell, text in zip(t.rows[r].cells, (action, lead, due, "Work started", "On track"),
                              strict=True):  # fmt: skip
            cell.text = text
    path = tmp_path / "styled.docx"
    d.save(str(path))
    table = read_document(path.read_bytes(), path.name, "").pages[0].tables[0]  # type: ignore[index]
    header = [c for c in table.rows[0] if c is not None]
    assert [(c.text, c.fill, c.lines[0].bold) for c in header] == [
        (head, "#4f81bd", True) for head in heads
    ]
    assert [row[0].lines[0].bold for row in table.rows[1:] if row[0] is not None] == [True] * 4
    assert [row[1].lines[0].bold for row in table.rows[1:] if row[1] is not None] == [False] * 4
    result = extract_file(path)
    assert [(a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        (lead, iso, "green") for _, _, lead, _, iso, _ in ACTIONS
    ]


def test_word_tab_between_label_and_value_is_a_gap_to_the_tab_stop(tmp_path: Path) -> None:
    """'Owner<TAB>Head of Early Help' prints as the label, a gap and the value at the tab stop
    (5 cm = 141.7 pt from the margin); with no stop set, at the next default stop (0.5 inch).
    The line's text keeps one space, as a PDF reader writes it."""
    path = build_card_plan(tmp_path / "cards-tab.docx", "tab")
    d = docx.Document(str(path))
    d.add_paragraph().add_run("Note\tno stop set")
    d.save(str(path))
    lines = read_document(path.read_bytes(), path.name, "").pages[0].lines
    owner = next(ln for ln in lines if ln.text.startswith("Owner"))
    assert owner.text == "Owner Head of Early Help" and owner.bold
    assert owner.words is not None
    assert [w.text for w in owner.words][:2] == ["Owner", "Head"]
    assert owner.words[1].x0 == pytest.approx(owner.bbox[0] + Cm(5).pt, abs=0.5)
    note = lines[-1]
    assert note.text == "Note no stop set" and note.words is not None
    assert note.words[1].x0 == pytest.approx(note.bbox[0] + 36.0, abs=0.5)


def _without_own_fills(path: Path) -> Path:
    """The workbook with every cell format's own fill removed (fillId 0), its named cell styles
    kept: as writers that set only a cell's style ('Bad') leave it."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["xl/styles.xml"].decode()
    a, b = styles.index("<cellXfs"), styles.index("</cellXfs>")
    parts["xl/styles.xml"] = (
        styles[:a] + re.sub(r'fillId="\d+"', 'fillId="0"', styles[a:b]) + styles[b:]
    ).encode()
    out = path.with_name("style-only-" + path.name)
    with zipfile.ZipFile(out, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return out


@pytest.mark.parametrize("own_fill", [True, False])
def test_excel_status_words_on_good_neutral_bad_styles_give_their_fill(
    tmp_path: Path, own_fill: bool
) -> None:
    """Status cells styled with Excel's 'Good' / 'Neutral' / 'Bad' cell styles show those
    styles' fills, whether the cell format repeats the fill (Excel, openpyxl) or only names
    the style."""
    wb, ws = _plan_sheet()
    for r, style in zip(range(4, 8), ("Good", "Neutral", "Bad", "Neutral"), strict=True):
        ws.cell(r, 6).style = style
    path = _save(wb, tmp_path / "styles.xlsx")
    if not own_fill:
        path = _without_own_fills(path)
        loaded = openpyxl.load_workbook(path)["Action plan"]
        assert loaded.cell(4, 6).fill.fill_type is None  # the cell's own format has no fill
    assert _table_fills(path, 5) == ["#c6efce", "#ffeb9c", "#ffc7ce", "#ffeb9c"]
    assert _rags(extract_file(path)) == [
        ("1.1", "green"), ("1.2", "amber"), ("1.3", "red"), ("1.4", "amber")
    ]  # fmt: skip


def test_excel_date_and_unit_formats_read_as_shown_with_the_real_date_kept(tmp_path: Path) -> None:
    """Due dates formatted 'yyyy-mm-dd', 'mm.yyyy' and 'd mmm yyyy' read as Excel shows them
    (due_raw) and as the same due date; KPI figures keep the unit their format writes."""
    wb, ws = _plan_sheet()
    formats = ["yyyy-mm-dd", "mm.yyyy", "d mmm yyyy", "mm/dd/yyyy"]
    dues = [
        datetime(2025, 3, 31),
        datetime(2025, 6, 1),
        datetime(2025, 9, 30),
        datetime(2025, 12, 1),
    ]
    for r, (fmt, due) in enumerate(zip(formats, dues, strict=True), start=4):
        ws.cell(r, 4, due).number_format = fmt
    kpis = wb.create_sheet("KPIs")
    for c, head in enumerate(["Indicator", "Baseline", "Target"], 1):
        kpis.cell(1, c, head).font = Font(bold=True)
    kpis.append(["Children subject to a child protection plan per 10,000", 43.5, 38])
    kpis.append(["Average days from entering care to adoption", 494, 426])
    kpis.append(["Care leavers in suitable accommodation", 0.423, 0.575])
    for c in (2, 3):
        kpis.cell(2, c).number_format = '0.0" per 10,000"'
        kpis.cell(3, c).number_format = '0" days"'
        kpis.cell(4, c).number_format = "0.0%"
    kpis.column_dimensions["A"].width = 60
    result = extract_file(_save(wb, tmp_path / "formats.xlsx"))
    assert [(a.due_raw, str(a.due_date)) for a in result.actions] == [
        ("2025-03-31", "2025-03-31"),
        ("06.2025", "2025-06-30"),
        ("30 Sep 2025", "2025-09-30"),
        ("1 December 2025", "2025-12-01"),  # '12/01/2025' would read 12 January: kept in words
    ]
    assert [
        (k.baseline.raw, k.baseline.value, k.baseline.unit, k.target.raw)
        for k in result.kpis
        if k.baseline and k.target
    ] == [
        ("43.5 per 10,000", 43.5, "per 10,000", "38.0 per 10,000"),
        ("494 days", 494.0, "days", "426 days"),
        ("42.3%", 42.3, "%", "57.5%"),
    ]
