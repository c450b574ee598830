"""A scorecard whose measures column is headed in words no vocabulary holds ('Outcome we will
track', 'Performance evidence'), beside figure columns the vocabulary names ('Baseline',
'Latest', 'Target') or names only in part ('Now' no role, 'Aim' a direction word): the cells
(a column of measures beside columns of figures) say it is a KPI table. Such a table was
dropped without a word."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrace.pipeline.extract import extract_file

ROWS = [
    ("Supervision held within four weeks", "45%", "72%", "90%"),
    ("Return home interviews offered within 72 hours", "61%", "80%", "95%"),
    ("Care leavers in education, employment or training", "52%", "58%", "70%"),
]


@pytest.mark.parametrize(
    "header",
    [
        ("Outcome we will track", "Baseline", "Latest", "Target"),
        ("Performance evidence", "Baseline", "Now", "Aim"),
    ],
)
def test_scorecard_with_an_unnamed_measures_column(tmp_path: Path, header: tuple[str, ...]) -> None:
    d = docx.Document()
    d.add_heading("Performance evidence", 2)
    table = d.add_table(rows=1 + len(ROWS), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate([header, *ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "scorecard.docx"
    d.save(str(path))
    result = extract_file(path)
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in result.kpis
    ]  # fmt: skip
    assert got == ROWS
    assert result.actions == []
