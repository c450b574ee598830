"""A Word record whose every date is written in words, the month first as a formal record writes
it: 'June the thirtieth, 2027', 'February the twenty-eighth, 2026' (a narrow due cell wraps it,
at times at the hyphen of 'twenty-eighth'), or the day's word before its month, 'fourteenth
April 2027'. The board's meeting, the review and the signing are dated in words too, in prose:
no dues.

The date normaliser read an ordinal word only before 'of' and its month ('the thirtieth of June
2027'); the month first, it read the year alone ('June the thirtieth, 2027' due 31 December
2027). It reads the three whole phrases now (dates.ordinal_words; the words data/dates.json's
ordinal_days), and only whole phrases with a month and a year: 'the first review' names no
day. Read as the .docx and as LibreOffice prints it, under a due header that names no role
('Go to press'): the column is the due by its cells.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.shared import Cm

from plantrace.extractors.cell_types import CellType, bare_date, cell_type
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import dated_mentions, names_date, parse_due
from tests.pdfs import libreoffice_pdf

RECS = [
    ("Recommendation 1", "Improve the quality and timeliness of pathway plans for care leavers"),
    (
        "Recommendation 2",
        "Strengthen the multi-agency response to children at risk of exploitation",
    ),
]
ROWS = [
    [("1(a)", "Agree a joint housing protocol with district councils for care leavers",
      "Head of Quality Assurance", "April the twelfth, 2027", "On track"),
     ("1(b)", "Commission fifteen supported lodgings places for young people leaving care",
      "Service Manager, Care Leavers", "February the twenty-eighth, 2026", "At risk"),
     ("1(c)", "Give every care leaver a written summary of their entitlements",
      "Service Manager, Care Leavers", "September the twenty-fifth, 2026", "Complete")],
    [("2(a)", "Launch a single exploitation screening tool for use by all partners",
      "Head of Service, Children in Care", "November the twenty-second, 2026", "Off track"),
     ("2(b)", "Appoint two specialist exploitation social workers to support schools",
      "Head of Early Help", "fourteenth April 2027", "On track"),
     ("2(c)", "Establish a weekly multi-agency child exploitation meeting",
      "Head of Early Help", "the thirty-first of May 2027", "At risk")],
]  # fmt: skip
DUES = {
    "1(a)": date(2027, 4, 12),
    "1(b)": date(2026, 2, 28),
    "1(c)": date(2026, 9, 25),
    "2(a)": date(2026, 11, 22),
    "2(b)": date(2027, 4, 14),
    "2(c)": date(2027, 5, 31),
}
HEAD = ["Ref", "Action", "Lead officer", "Go to press", "Status"]
WIDTHS = [1.8, 7.0, 3.6, 2.6, 2.8]  # the due column narrow: its dates wrap


def _plan(path: Path) -> Path:
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    d.add_paragraph("Eastmere Council - Children's Services")
    d.add_heading("Record of agreed improvement actions", level=1)
    d.add_paragraph(
        "Agreed by the Improvement Board at its meeting on March the fourteenth, 2026 (chair:"
        " Ruth Okafor; minuted by Dev Patel). This record will be reviewed on the first of"
        " October 2026, and the first review will report to the second board of the year."
    ).runs[0].italic = True
    for (heading, text), rows in zip(RECS, ROWS, strict=True):
        d.add_heading(heading, level=2)
        d.add_paragraph(text).runs[0].italic = True
        t = d.add_table(rows=1, cols=len(HEAD), style="Table Grid")
        t.autofit = False
        for c, h in zip(t.rows[0].cells, HEAD, strict=True):
            c.text = h
        for row in rows:
            for c, v in zip(t.add_row().cells, row, strict=True):
                c.text = v
        for col, w in zip(t.columns, WIDTHS, strict=True):
            col.width = Cm(w)
            for cell in col.cells:
                cell.width = Cm(w)
    d.add_paragraph(
        "Signed on behalf of the Improvement Board: Ruth Okafor, chair, on June the"
        " twenty-ninth, 2026."
    )
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory.mktemp("words") / "words.docx")


@pytest.mark.parametrize("printed", [False, True], ids=["docx", "pdf"])
def test_dates_in_words_are_the_due_days(plan: Path, printed: bool) -> None:
    path = libreoffice_pdf(plan, plan.parent) if printed else plan
    if printed:  # the print wraps a due at the hyphen of its ordinal (pdfium's line-end mark)
        text = pdfium.PdfDocument(path)[0].get_textpage().get_text_range()
        assert "twenty\ufffeeighth" in text
    r = extract_file(path)
    assert r.status.value == "ok", r.error
    assert {a.ref: a.due_date for a in r.actions} == DUES
    assert {a.ref: a.due_raw for a in r.actions}["1(b)"] == "February the twenty-eighth, 2026"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("June the thirtieth, 2027", date(2027, 6, 30)),
        ("June thirtieth 2027", date(2027, 6, 30)),
        ("February the twenty-eighth, 2026", date(2026, 2, 28)),
        ("February the twenty-\neighth, 2026", date(2026, 2, 28)),  # wrapped at its hyphen
        ("the twenty-\nfifth of May 2027", date(2027, 5, 25)),
        ("fourteenth June 2027", date(2027, 6, 14)),
        ("by the twenty first of March 2027", date(2027, 3, 21)),
        ("w/c the second of March 2026", date(2026, 3, 8)),  # the week that day begins
        ("before the first of April 2026", date(2026, 3, 31)),
        ("Sept. the ninth, 2026", date(2026, 9, 9)),
    ],
)
def test_day_in_words(text: str, due: date) -> None:
    assert parse_due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "the first review will report to the second board",
        "our second phase begins in the third week",
        "the twentieth anniversary of the service",
    ],
)
def test_ordinal_words_alone_name_no_date(text: str) -> None:
    assert parse_due(text) is None
    assert not names_date(text)
    assert dated_mentions(text) == []


def test_prose_day_in_words_is_a_day_where_it_stands() -> None:
    text = "Agreed at its meeting on March the fourteenth, 2026; reviewed on the first of October 2026."
    found = [(text[m.start : m.start + 5], m.day, m.precision) for m in dated_mentions(text)]
    assert found == [
        ("March", date(2026, 3, 14), "day"),
        ("the f", date(2026, 10, 1), "day"),
    ]


@pytest.mark.parametrize(
    "text",
    ["September the twenty-seventh, 2027", "the first day of March 2026", "thirtieth June 2027"],
)
def test_day_in_words_is_a_bare_date_cell(text: str) -> None:
    assert cell_type(text) is CellType.date
    assert bare_date(text)  # its words are the date's: no event named beside it


def test_ordinal_word_beside_a_date_is_an_event() -> None:
    assert not bare_date("Second review March 2027")
