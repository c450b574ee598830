"""A scorecard's rows left as lines of text (no table found under its header) are said: words,
then two figures or more each in a run of its own, on two lines of a page or more, or one such
line of three figures (a row cut off alone at a page's foot). No table was read as nothing, so
kpi_table_unread's table check said nothing of them: the measures went unread silently
(holdout html-twotier-dots, its two-tier header's rows)."""

from __future__ import annotations

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.unread_measure_lines import unread_measure_lines
from plantrace.pipeline.document import Line, Word

ROWS = [
    ("Average caseload per social worker", "443", "436", "433", "Worsening"),
    ("Re-referrals within 12 months", "38.8%", "28%", "45.4%", "Improving"),
    ("Care leavers in suitable accommodation", "14.2%", "16%", "42.9%", "Level"),
]


def _line(text: str, top: float) -> Line:
    words, x = [], 40.0
    for run in text.split("|"):
        for w in run.split():
            words.append(Word(w, x, top, x + 5.0 * len(w), top + 8.0))
            x += 5.0 * len(w) + 2.5
        x += 40.0  # a column's gap
    return Line(text.replace("|", " "), (40.0, top, x, top + 8.0), 8.5, False, 2, 0, words=words)


def test_a_scorecards_rows_left_as_text_are_said() -> None:
    rows = [_line("|".join(r), 300.0 + 15 * k) for k, r in enumerate(ROWS)]
    said = unread_measure_lines([Element(page=2, top=300.0, lines=rows)])
    assert [(w.code, w.page) for w in said] == [("kpi_table_unread", 2)]
    # a row cut off alone at a page's foot says it by its three figures
    assert unread_measure_lines([Element(page=1, top=300.0, lines=rows[:1])])
    prose = _line("The board met on 3 March|and agreed|12 actions", 300.0)
    assert unread_measure_lines([Element(page=1, top=300.0, lines=[prose])]) == []
