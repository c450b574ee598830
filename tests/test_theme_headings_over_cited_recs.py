"""A plan grouped by its own themes, each a bare-numbered heading ('1. Keeping children safe
...') over a table whose rows cite the inspection's recommendations they answer ('3, 5'): the
heading opens a section though no row cites its number. Only a line opened by a bare number
and a space (a list view's count, '13 Open 0 Closed') over such rows is no section: it
punctuates nothing and labels nothing."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import plantrace.extractors.plan as plan_module
from plantrace.pipeline.extract import extract_file

ROWS = [
    [["1", "3, 5", "Audit twelve supervision records each month", "Ann Lee", "31/03/2027"],
     ["2", "5", "Train team managers in reflective supervision", "Raj Patel", "30/06/2027"]],
    [["3", "4", "Introduce a monthly case file audit", "Sam Okafor", "30/09/2027"],
     ["4", "6", "Publish a practice standard for supervision", "Ann Lee", "31/12/2026"]],
]  # fmt: skip


def _headings(tmp_path: Path, heads: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    d = docx.Document()
    d.add_heading("Northgate Council Children's Services Improvement Plan 2026", 1)
    for head, rows in zip(heads, ROWS, strict=True):
        d.add_paragraph(head, style="Heading 2")
        table = d.add_table(rows=1 + len(rows), cols=5)
        table.style = "Table Grid"
        for r, cells in enumerate([["Ref", "Recommendation", "Action", "Lead", "Deadline"], *rows]):
            for c, value in enumerate(cells):
                table.cell(r, c).text = value
    path = tmp_path / "plan.docx"
    d.save(str(path))
    found: list[str] = []
    read = plan_module._section_headings

    def spy(elements: list[plan_module.Element]) -> dict[int, tuple[str, str]]:
        out = read(elements)
        found.extend(f"{n}. {t}" for n, t in out.values())
        return out

    monkeypatch.setattr(plan_module, "_section_headings", spy)
    assert [a.ref for a in extract_file(path).actions] == ["1", "2", "3", "4"]
    return found


def test_bare_numbered_theme_headings_over_rows_citing_other_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heads = ["1. Keeping children safe from exploitation and harm",
             "2. Giving children stable and loving homes"]  # fmt: skip
    assert _headings(tmp_path, heads, monkeypatch) == heads


def test_a_count_line_over_rows_citing_other_numbers_is_no_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _headings(tmp_path, ["13 Open 0 Closed", "2 Open 0 Closed"], monkeypatch) == []


@pytest.mark.parametrize(
    ("number", "text", "dropped"),
    [
        ("IV", "Priority IV: Improve the quality of supervision", False),
        ("A", "Recommendation A: Improve the quality of supervision", False),
        ("1", "1. Keeping children safe from exploitation and harm", False),
        ("13", "13 Open 0 Closed", True),
        ("05", "05 Open 0 Closed", False),  # the rows cite 5: the same number
    ],
)
def test_which_numbered_lines_the_cited_numbers_rule_out(
    number: str, text: str, dropped: bool
) -> None:
    """A lettered or roman number has no digits to find among the rows' cited numbers, and a
    punctuated or labelled heading is a section whatever they cite: only a bare number and a
    space ('13 Open 0 Closed') over rows citing other numbers is ruled out."""
    from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row
    from plantrace.pipeline.document import Cell

    def row(*texts: str) -> Row:
        return Row([Cell(t, (0.0, 0.0, 10.0, 10.0)) for t in texts], page=0)

    rows = [row("1", "3, 5", "Audit records"), row("2", "6", "Train managers")]
    table = PlanTable(
        ACTION_TABLE, ["ref", "rec", "action"], ["Ref", "Rec", "Action"], rows, 0, 0.0
    )
    assert plan_module._cites_others(table, number, text) is dropped
