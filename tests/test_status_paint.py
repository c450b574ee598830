"""A status column painted by its words, where one word's paint is not the vocabulary's colour:
'Delayed' (amber in the vocabulary) painted red in a tracker that paints 'Slipping' amber. The
column shows its paint follows the words (each word always on one colour, most on the colour
the vocabulary gives them), so the paint is the plan's key: 'Delayed' is red here. A column
whose paint does not follow the words leaves the words to decide."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Border, Font, PatternFill, Side

from plantrace.extractors.status_paint import painted_over
from plantrace.pipeline.document import Cell
from plantrace.pipeline.extract import extract_file

# ref, action, owner, due, status, fill, RAG expected
ROWS = [
    ("1.1", "Audit twelve supervision records each month", "Head of Service", "Dec 2026",
     "On schedule", "92D050", "green"),
    ("1.2", "Publish a revised supervision standard", "Principal Social Worker", "Mar 2027",
     "Slipping", "FFC000", "amber"),
    ("1.3", "Train all team managers in reflective supervision", "Head of Service", "Jun 2027",
     "Delayed", "FF0000", "red"),
    ("2.1", "Set up a care leavers' hub with drop-in advice", "Team Manager", "Apr 2027",
     "Done", "5B9BD5", "blue"),
    ("2.2", "Agree a joint housing protocol with district councils", "Assistant Director",
     "Jul 2027", "Delayed", "FF0000", "red"),
    ("2.3", "Review every pathway plan against the standard", "Team Manager", "Sep 2027",
     "On schedule", "92D050", "green"),
]  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, "Improvement tracker").font = Font(bold=True)
    for j, h in enumerate(("Ref", "Action", "Lead", "Target date", "Status"), start=1):
        ws.cell(3, j, h).font = Font(bold=True)
        ws.cell(3, j).border = box
    for i, (ref, text, owner, due, status, fill, _) in enumerate(ROWS, start=4):
        for j, v in enumerate((ref, text, owner, due, status), start=1):
            ws.cell(i, j, v).border = box
        ws.cell(i, 5).fill = PatternFill("solid", fgColor=fill)
    for letter, width in zip("ABCDE", (6, 50, 24, 12, 14), strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(path)
    return path


def test_paint_that_follows_the_words_is_the_key_of_a_word_of_degree(tmp_path: Path) -> None:
    result = extract_file(_workbook(tmp_path / "tracker.xlsx"))
    assert [(a.ref, a.rag) for a in result.actions] == [(r[0], r[6]) for r in ROWS]


def _cells(
    pairs: list[tuple[str, str | None]],
) -> tuple[list[tuple[Cell, str]], dict[int, str | None]]:
    cells = [(Cell(text=w, bbox=(0.0, 0.0, 1.0, 1.0)), w) for w, _ in pairs]
    return cells, {id(c): t for (c, _), (_, t) in zip(cells, pairs, strict=True)}


def test_paint_not_following_the_words_changes_nothing() -> None:
    """One shade on every status (banding, a house colour): no key of the words."""
    cells, tints = _cells([("On track", "amber"), ("Delayed", "amber"), ("Complete", "amber")])
    assert painted_over(cells, tints) == {}
    # a word painted two colours: the paint does not follow the words
    cells, tints = _cells(
        [("On track", "green"), ("Delayed", "red"), ("Delayed", "amber"), ("Complete", "blue")]
    )
    assert painted_over(cells, tints) == {}


def test_paint_coarser_than_the_words_leaves_the_words_to_decide() -> None:
    """'Needs attention' (amber) and 'Escalated' (red) both on orange: the paint does not tell
    apart what the words do, so it is no key of them."""
    cells, tints = _cells(
        [("On course", "green"), ("Needs attention", "amber"), ("Escalated", "amber"),
         ("Done", "blue"), ("On course", "green")]
    )  # fmt: skip
    assert painted_over(cells, tints) == {}


def test_paint_reads_a_word_only_a_further_step_not_down() -> None:
    """'Escalated' (red) on orange, read amber: the word is not read down by its paint."""
    cells, tints = _cells(
        [("On course", "green"), ("Escalated", "amber"), ("Done", "blue"), ("On course", "green"),
         ("Done", "blue")]
    )  # fmt: skip
    assert painted_over(cells, tints) == {}


def test_a_columns_tints_and_its_paint_key_travel_as_one_value() -> None:
    """The tracker's status column read as a table column (plan_actions.status_tints): its
    fills' colours and the cells whose word the paint overrides come as one value, and a copy
    of it still reads 'Delayed' on red as red (a copy of a dict of colours lost the key)."""
    from dataclasses import replace

    from plantrace.extractors.plan_actions import cell_rag, status_tints
    from plantrace.extractors.plan_columns import PlanTable, Row

    colour = {"92D050": "#92d050", "FFC000": "#ffc000", "FF0000": "#ff0000", "5B9BD5": "#5b9bd5"}
    rows = [
        Row([Cell(ref, (0.0, 20.0 * i, 9.0, 20.0 * i + 9)),
             Cell(word, (10.0, 20.0 * i, 19.0, 20.0 * i + 9), fill=colour[fill])], page=1)
        for i, (ref, _, _, _, word, fill, _) in enumerate(ROWS)
    ]  # fmt: skip
    t = PlanTable(kind="action", roles=["ref", "rag"], labels=["Ref", "Status"], rows=rows,
                  page=1, top=0.0)  # fmt: skip
    tints = status_tints(t, 1)
    assert not isinstance(tints, dict)  # no mapping whose copies drop the paint's key
    copied = replace(tints)
    assert [cell_rag(r, 1, None, copied) for r in rows] == [r[6] for r in ROWS]
