"""Excel icon sets read from the workbook (pipeline.readers.xlsx_rules): a conditional format
that draws an icon by each value, by the set's thresholds. An icon set drawn in status colours
(traffic lights, coloured arrows, flags) shows each cell's status in its icon's colour, as a
print of the sheet shows it, number or not; a set of one colour (signal bars) tells no colour
and is warned of, unless a key the plan prints says what the numbers mean."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.formatting.rule import IconSetRule
from openpyxl.styles import Font

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.readers.formats import read_document

ACTIONS = [
    ("1.1", "Audit twelve supervision records each month", "Ann Lee", date(2026, 3, 31)),
    ("1.2", "Train every team manager in reflective supervision", "Raj Patel", date(2026, 6, 30)),
    ("1.3", "Publish a revised supervision standard", "Sam Okafor", date(2026, 9, 30)),
    ("1.4", "Review every placement with parents", "Ann Lee", date(2026, 12, 31)),
]  # fmt: skip


def _sheet(
    path: Path, values: list[object], rule: IconSetRule, head: str, key: str | None = None
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tracker"
    ws["A1"] = "Council improvement plan tracker"
    ws["A1"].font = Font(bold=True, size=14)
    if key is not None:
        ws["A2"] = key
    for c, label in enumerate(["Ref", "Action", "Lead", "Due date", head], 1):
        ws.cell(4, c, label).font = Font(bold=True)
    for r, ((ref, action, lead, due), value) in enumerate(zip(ACTIONS, values, strict=True), 5):
        for c, cell in enumerate([ref, action, lead, due, value], 1):
            ws.cell(r, c, cell)
        ws.cell(r, 4).number_format = "d-mmm-yyyy"
    ws.conditional_formatting.add(f"E5:E{4 + len(ACTIONS)}", rule)
    for letter, width in zip("ABCDE", (6, 60, 20, 14, 12), strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(str(path))
    return path


def _fills(path: Path) -> list[str | None]:
    table = read_document(path.read_bytes(), path.name, "").pages[0].tables[-1]  # type: ignore[index]
    return [row[4].fill if row[4] is not None else None for row in table.rows[1:]]


def test_traffic_lights_give_their_colour(tmp_path: Path) -> None:
    rule = IconSetRule("3TrafficLights1", "num", [0, 2, 3])
    path = _sheet(tmp_path / "lights.xlsx", [3, 1, 2, None], rule, "RAG score")
    assert _fills(path) == ["#33a02c", "#e0301e", "#f5b800", None]  # a blank cell: no icon
    result = extract_file(path)
    assert [(a.ref, a.rag) for a in result.actions] == [
        ("1.1", "green"), ("1.2", "red"), ("1.3", "amber"), ("1.4", None)
    ]  # fmt: skip
    assert not [w for w in result.warnings if w.code == "excel_conditional_format_unread"]


def test_reversed_arrows_by_percent_of_the_range(tmp_path: Path) -> None:
    """Thresholds in percent of the range (0 .. 10 here: 33% is 3.3, 67% is 6.7); reversed,
    the lowest value gets the green arrow (a scale where 1 is best)."""
    rule = IconSetRule("3Arrows", "percent", [0, 33, 67], reverse=True)
    path = _sheet(tmp_path / "arrows.xlsx", [0, 5, 10, 3], rule, "Score")
    assert _fills(path) == ["#33a02c", "#f5b800", "#e0301e", "#33a02c"]


def test_bars_of_one_colour_are_warned_of_but_a_printed_key_reads_them(tmp_path: Path) -> None:
    rule = IconSetRule("4Rating", "num", [0, 2, 3, 4], showValue=False)
    bare = extract_file(_sheet(tmp_path / "bars.xlsx", [4, 3, 2, 1], rule, "Progress score"))
    assert [w.code for w in bare.warnings].count("excel_conditional_format_unread") == 1
    key = "Key (Progress score): 4 = Complete, 3 = On track, 2 = Some risk, 1 = Off track"
    keyed = extract_file(_sheet(tmp_path / "keyed.xlsx", [4, 3, 2, 1], rule, "Progress score", key))
    assert [(a.ref, a.rag) for a in keyed.actions] == [
        ("1.1", "blue"), ("1.2", "green"), ("1.3", "amber"), ("1.4", "red")
    ]  # fmt: skip
