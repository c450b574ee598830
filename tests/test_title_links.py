"""An evidence tracker kept in Excel (round 64): a first sheet lists the recommendations as a
lookup table 'No. | Short title | Recommendation'; the tracker's link cell holds ONLY the short
title ('Health of children in care'), beside the action; a UNC path to each action's evidence
(a year, a quarter, the ref and a version in it) stands beside the status; dues print
'30.Jun.2027' or '30Jun2027'. Read as any other column, the recurring titles were taken for the
actions' text, the actions set aside as a note, and no action linked (title_links). A measures
sheet heads its middle figure 'Fresh lead' (the word 'lead' names an owner): the figures decide,
it is the latest (column_roles._words_over_figures, _said)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_date
from tests.pdfs import libreoffice_pdf

LOOKUP = [
    ("1", "Education of children in care",
     "Improve the timeliness of education, health and care plans for children in care and the "
     "support given by the virtual school"),
    ("2", "Multi-agency strategy discussions",
     "Ensure that strategy discussions involve police, health and children's social care, and "
     "that the reasons for decisions about section 47 enquiries are recorded"),
    ("3", "Children missing from home and care",
     "Strengthen the response to children who go missing from home or care, so that return home "
     "interviews are offered promptly and used to reduce risk"),
]  # fmt: skip
HEADER = ["Case ref", "Finding answered", "The case", "Sleuth", "Case closed by", "Court's view",
          "Bundle path"]  # fmt: skip
_PATH = "\\\\cs-fs01\\Improvement\\Evidence\\2026-27\\Q{q}\\{ref}_{stem}_v2.pdf"
# ref, link cell (a short title, one printed otherwise), action, owner, due, status (its fill)
ROWS = [
    ("EV01", "Education of children in care",
     "Make sure every child in care has a personal education plan reviewed each term",
     "Sian Pritchard", "30.Apr.2026", ("Amber", "FFC000")),
    ("EV02", "Education of children in care",
     "Offer tuition to every child in care who is behind in reading at age eleven",
     "Fatima Rahman", "12.Jun.2026", ("Unevidenced", "FF0000")),
    ("EV03", "Multi-agency strategy discussions",
     "Escalate any strategy discussion held without a health representative to the nurse",
     "Sian Pritchard", "14Nov2025", ("Strengthening", "00B050")),
    ("EV04", "Multi agency strategy discussions",
     "Run a multi-agency audit of thirty strategy discussions and share the learning",
     "David Osei", "01Sep2025", ("Amber", "FFC000")),
    ("EV05", "Children missing from home & care",
     "Hold a monthly missing children panel chaired by the head of safeguarding",
     "David Osei", "28.Feb.2026", ("Strengthening", "00B050")),
    ("EV06", "Children missing from home and care",
     "Map the places where missing children are found and share the analysis with the police",
     "Fatima Rahman", "30.Jun.2027", ("Unevidenced", "FF0000")),
]  # fmt: skip
DUES = [date(2026, 4, 30), date(2026, 6, 12), date(2025, 11, 14), date(2025, 9, 1),
        date(2026, 2, 28), date(2027, 6, 30)]  # fmt: skip
LINKS = ["1", "1", "2", "2", "3", "3"]
MEASURES = [
    ("Care leavers in suitable accommodation", "43.2%", "37.6%", "73.5%"),
    ("Number of approved foster carer households", "133", "377", "457"),
    ("Children in care with an up-to-date health assessment", "95.5%", "78.9%", "90%"),
]


def _workbook(path: Path, lookup: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Findings"
    ws["A1"] = "Findings of the inspection"
    ws["A1"].font = Font(bold=True, size=13)
    if lookup:
        for j, h in enumerate(("No.", "Short title", "Recommendation"), start=1):
            ws.cell(3, j, h).font = Font(bold=True)
        for i, row in enumerate(LOOKUP, start=4):
            for j, value in enumerate(row, start=1):
                ws.cell(i, j, value)
    else:
        for j, h in enumerate(("No.", "Recommendation"), start=1):
            ws.cell(3, j, h).font = Font(bold=True)
        for i, (num, _, text) in enumerate(LOOKUP, start=4):
            ws.cell(i, 1, num)
            ws.cell(i, 2, text)
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 90
    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Improvement plan evidence tracker"
    tr["A1"].font = Font(bold=True, size=13)
    tr["A2"] = "Kept by Rosalind Achterberg, Improvement Team."
    tr["A2"].font = Font(italic=True)
    for j, h in enumerate(HEADER, start=1):
        tr.cell(4, j, h).font = Font(bold=True)
    for i, (ref, link, text, owner, due, (status, fill)) in enumerate(ROWS, start=5):
        stem = "_".join(w for w in text.lower().split()[1:4])
        unc = _PATH.format(q=(i % 4) + 1, ref=ref, stem=stem)
        for j, value in enumerate((ref, link, text, owner, due, status, unc), start=1):
            tr.cell(i, j, value)
        tr.cell(i, 6).fill = PatternFill("solid", fgColor=fill)
        tr.cell(i, 7).font = Font(name="Courier New", size=7, color="808080")
    for col, width in zip("ABCDEFG", (10, 34, 84, 16, 14, 14, 66), strict=True):
        tr.column_dimensions[col].width = width
    me = wb.create_sheet("Measures")
    for j, h in enumerate(("Case measure", "Cold case", "Fresh lead", "Case solved"), start=1):
        me.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate(MEASURES, start=2):
        for j, value in enumerate(row, start=1):
            me.cell(i, j, value)
    me.column_dimensions["A"].width = 56
    thin = Side(style="thin", color="000000")
    for sheet, top in ((ws, 3), (tr, 4), (me, 1)):  # each table ruled, its title not
        for row in sheet.iter_rows(min_row=top, max_row=sheet.max_row):
            for cell in row:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for sheet in wb.worksheets:  # printed landscape, fitted to the page's width
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    wb.save(str(path))
    return path


def _check(result: ExtractionResult) -> None:
    assert [r.number for r in result.recommendations] == ["1", "2", "3"]
    assert [a.ref for a in result.actions] == [r[0] for r in ROWS]
    assert [a.text for a in result.actions] == [r[2] for r in ROWS]
    assert [a.owner for a in result.actions] == [r[3] for r in ROWS]
    assert [a.due_date for a in result.actions] == DUES
    numbers = {r.id: r.number for r in result.recommendations}
    assert [[numbers[x] for x in a.recommendations] for a in result.actions] == [[n] for n in LINKS]
    codes = {w.code for w in result.warnings}
    assert "plan_links_unread" not in codes
    assert "plan_column_unplaced" not in codes


def test_the_short_title_links_each_action_in_the_workbook(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "evidence.xlsx")))


def test_the_short_title_links_each_action_in_the_printed_pdf(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "evidence.xlsx"), tmp_path)
    _check(extract_file(pdf))


def test_the_measure_headed_as_a_lead_is_the_latest_figure(tmp_path: Path) -> None:
    result = extract_file(_workbook(tmp_path / "evidence.xlsx"))
    assert [(k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
             k.target.raw if k.target else None) for k in result.kpis] == [
        m[1:] for m in MEASURES
    ]  # fmt: skip


def test_titles_no_list_prints_link_nothing_and_are_said(tmp_path: Path) -> None:
    """No lookup table: the titles name no recommendation; nothing is guessed, the missing
    links are said."""
    result = extract_file(_workbook(tmp_path / "evidence.xlsx", lookup=False))
    assert [r.number for r in result.recommendations] == ["1", "2", "3"]
    assert all(a.recommendations == [] for a in result.actions)
    assert "plan_links_unread" in {w.code for w in result.warnings}


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("30.Jun.2027", "2027-06-30"), ("14.Sep.2027", "2027-09-14"), ("1.Dec.25", "2025-12-01"),
     ("due 14.Sep.2027.", "2027-09-14"), ("30Jun2027", "2027-06-30"), ("Jun.2027", "2027-06-30")],
)  # fmt: skip
def test_a_day_printed_with_stops_keeps_its_day(raw: str, iso: str) -> None:
    assert str(parse_date(raw)) == iso
