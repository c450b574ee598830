"""A table at the front of a Word plan maps each recommendation to its actions by NUMBER RANGES
and LISTS ('Actions 1 and 9-11', '2, 3 and 5', '4–6'), beside a column of report sections
('§4.2'); the one action table below numbers its actions 1..n straight through (in the order
they fall due) and has no recommendation column: the mapping is the only link.

rec_action_lists read such a matrix only where its cells listed refs with letters or points
('A03, A07'): bare numbers were taken for paragraph or page numbers, a run '9-11' was no ref at
all, and the label word 'Actions' opening a cell made it no list. So the matrix's rows were read
as three actions ('Actions 3, 7 and 9') and no action had a link (holdout57 docx-action-ranges:
links 0.000). Bare numbers now list actions in a column whose header names the actions, or whose
cells open with a label word, where one cell at least lists more than one; a run stands for every
number in it. A column of single numbers (the recommendations' own) is still no list.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.extractors.rec_action_lists import _list_column, _read
from plantrace.pipeline.document import Cell
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.numbered_labels import number_run
from tests.pdfs import libreoffice_pdf

RECS = [
    ("1", "Improve the regularity and quality of management oversight of social work",
     "Actions 1 and 4-6", "§6.7"),
    ("2", "Raise the quality of assessments and plans for children in need", "Actions 2, 7 and 8",
     "§3.2"),
    ("3", "Strengthen the response to children who go missing from home or care", "Actions 3",
     "§6.4"),
]  # fmt: skip
ACTIONS = [
    ("1", "Publish a revised supervision standard with a four-weekly minimum", "Head of Safeguarding", "31 May 2026"),
    ("2", "Redesign the child in need plan template with outcomes in plain language", "Head of Quality Assurance", "30 June 2026"),
    ("3", "Hold a monthly missing children panel chaired by the head of safeguarding", "Service Manager", "31 July 2026"),
    ("4", "Introduce quarterly practice observations of every social worker", "Head of Safeguarding", "31 August 2026"),
    ("5", "Reduce team manager spans of control to no more than seven workers", "Head of Safeguarding", "30 September 2026"),
    ("6", "Run a supervision audit of forty case files each quarter", "Principal Social Worker", "31 October 2026"),
    ("7", "Quality assure a sample of assessments every month through audit", "Head of Quality Assurance", "30 November 2026"),
    ("8", "Review every child in need plan every three months with partners", "Service Manager", "31 December 2026"),
]  # fmt: skip
WANT = {"1": ["1"], "2": ["2"], "3": ["3"], "4": ["1"], "5": ["1"], "6": ["1"], "7": ["2"], "8": ["2"]}  # fmt: skip


def _plan(path: Path, bare: bool = False) -> Path:
    d = Document()
    d.add_heading("Improvement plan actions and the recommendations they answer", level=1)
    d.add_paragraph("Recommendations and the actions that answer them")
    header = ["R", "Recommendation", "Actions answering it", "Report section"]
    t = d.add_table(rows=1 + len(RECS), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, row in enumerate(RECS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = (
                v.removeprefix("Actions ").replace("-", "–") if bare and j == 2 else v
            )
    d.add_paragraph("The actions, in the order they fall due")
    header = ["No.", "Action to deliver", "Lead officer", "Due date"]
    t = d.add_table(rows=1 + len(ACTIONS), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, row in enumerate(ACTIONS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(str(path))
    return path


def _links(path: Path) -> tuple[dict[str, list[str]], list[str]]:
    result = extract_file(path).to_contract()
    number = {r["id"]: r["number"] for r in result["recommendations"]}
    links = {a["ref"]: sorted(number[x] for x in a["recommendations"]) for a in result["actions"]}
    return links, [r["number"] for r in result["recommendations"]]


def test_ranges_and_lists_link_the_word_file(tmp_path: Path) -> None:
    links, recs = _links(_plan(tmp_path / "plan.docx"))
    assert recs == ["1", "2", "3"]
    assert links == WANT  # no action 'Actions 1 and 4-6': the matrix is no table of actions


def test_bare_numbers_under_a_header_naming_the_actions(tmp_path: Path) -> None:
    links, _ = _links(_plan(tmp_path / "plan.docx", bare=True))
    assert links == WANT


def test_ranges_and_lists_link_the_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_plan(tmp_path / "plan.docx", bare=True), tmp_path)
    links, recs = _links(pdf)
    assert recs == ["1", "2", "3"]
    assert links == WANT


def test_runs_expand_and_other_numbers_are_no_list() -> None:
    assert _read("Actions 1 and 9-11") == (["1", "9", "10", "11"], True)
    assert _read("A03–A05, B1") == (["A03", "A04", "A05", "B1"], False)
    assert _read("2.1 to 2.3") == (["2.1", "2.2", "2.3"], False)
    assert _read("11-9") is None  # a falling run is no run
    assert _read("§6.7") is None


def test_a_column_of_single_numbers_is_no_list() -> None:
    def cell(text: str) -> Cell:
        return Cell(text, (0.0, 0.0, 1.0, 1.0))

    rows = [Row([cell(n), cell(f"Recommendation text {n}"), cell(f"{n}2")], 1) for n in "123"]
    t = PlanTable(
        "action", ["ref", "recommendation_text", "other"], ["R", "Rec", "Para"], rows, 1, 0
    )
    assert _list_column(t) is None  # the recommendations' numbers, then paragraph numbers


def test_one_reading_of_number_runs() -> None:
    """number_run is the one range expander: action refs here, a contents entry's pages in
    contents_links; an impossible run is [] for each caller to read."""
    assert number_run("9", "11") == ["9", "10", "11"]
    assert number_run("A03", "A05") == ["A03", "A04", "A05"]
    assert number_run("2.1", "3") == ["2.1", "2.2", "2.3"]
    assert number_run("a1", "A2") == ["a1", "a2"]
    assert number_run("4", "4") == []  # no rise: no run
    assert number_run("6", "4") == []
    assert number_run("A1", "B3") == []  # other heads
    assert number_run("1", "41", 40) == []  # longer than the most a run may stand for
    assert len(number_run("1", "40", 40)) == 40
    assert number_run("3", "120") == [str(n) for n in range(3, 121)]  # no bound given
