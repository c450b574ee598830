"""Checkpoint sub-rows under a numbered action (extractors.plan_subrows): a Cabinet appendix
prints under each numbered action row one to three rows of its checkpoints, indented and in
smaller italic type, with their own date and a tick, and no ref or owner. They are the
action's, not actions of their own. A row with no ref or owner set like the action rows (the
rest of an action) is not one."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row, read_layout
from plantrace.extractors.plan_subrows import starts_sub_row, sub_rows
from plantrace.pipeline.reader import parse_pdf_bytes

ACTION = ParagraphStyle("action", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12)
CHECK = ParagraphStyle(
    "check", fontName="Helvetica-Oblique", fontSize=8.5, leading=10.5, leftIndent=14
)
HEADER = ["Log ref", "Intended change", "Lead officer", "Deadline", "State"]


def _row(ref: str, text: str, owner: str, due: str, state: str) -> list[object]:
    return [ref, Paragraph(text, ACTION), Paragraph(owner, BODY), due, state]


def _check(text: str, due: str, mark: str) -> list[object]:
    return ["", Paragraph(text, CHECK), "", due, mark]


ROWS = [
    _row("1", "Hold a weekly triage of every new referral", "Head of Front Door", "31 Mar 2026",
         "On track"),
    _check("a) Checkpoint: Triage rota agreed", "31 Jan 2026", "✓"),
    _check("b) Checkpoint: First month audited", "28 Feb 2026", "–"),
    _row("2", "Publish a threshold guide for schools and health partners",
         "Service Manager, MASH", "30 Jun 2026", "Delayed"),
    _check("a) Checkpoint: Draft shared with the partnership board", "30 Apr 2026", "–"),
    _row("3", "Train all duty social workers in the revised threshold guide",
         "Principal Social Worker", "30 Sep 2026", "On track"),
]  # fmt: skip


def _pdf(rows: list[list[object]]) -> bytes:
    buf = io.BytesIO()
    t = Table([HEADER, *rows], colWidths=[45, 220, 110, 70, 60])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([t])
    return buf.getvalue()


def _table(rows: list[list[object]]) -> PlanTable:
    doc = parse_pdf_bytes(_pdf(rows), "appendix.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.kind == ACTION_TABLE
    return table


def test_indented_smaller_rows_under_a_numbered_action_are_its_checkpoints() -> None:
    table = _table(ROWS)
    found = sub_rows(table)
    assert [table.rows[n].text(1) for n in sorted(found)] == [
        "a) Checkpoint: Triage rota agreed",
        "b) Checkpoint: First month audited",
        "a) Checkpoint: Draft shared with the partnership board",
    ]
    assert all(table.rows[n].text(0) for n in range(len(table.rows)) if n not in found)


def test_a_row_set_like_the_actions_is_no_checkpoint() -> None:
    """The rest of an action in a row of its own, no ref or owner, in the action rows' type."""
    rows = [
        *ROWS[:3],
        ["", Paragraph("and report the findings to the partnership board", ACTION), "", "", ""],
        *ROWS[3:],
    ]
    table = _table(rows)
    texts = [table.rows[n].text(1) for n in sorted(sub_rows(table))]
    assert "and report the findings to the partnership board" not in texts
    assert len(texts) == 3


def test_a_table_without_refs_has_no_checkpoints() -> None:
    """No numbered action rows to tell how an action row is set: nothing is read as under one."""
    rows = [[""] + r[1:] for r in ROWS]
    table = _table(rows)
    assert sub_rows(table) == set()


def test_a_checkpoint_opening_the_next_page_is_no_rest_of_the_action_above() -> None:
    """Across a page break: a checkpoint row is a row of its own under the last action row, not
    the rest of that row; a numbered action row is never the rest of the row above."""
    table = _table(ROWS)
    action, checkpoint, second = table.rows[0], table.rows[1], table.rows[2]
    assert checkpoint.text(1) == "a) Checkpoint: Triage rota agreed"
    assert starts_sub_row(table, checkpoint, action)
    assert not starts_sub_row(table, second, checkpoint)  # no numbered action above it
    assert not starts_sub_row(table, table.rows[3], second)  # a numbered row of its own


def test_the_rest_of_a_cut_list_of_sub_items_is_no_checkpoint() -> None:
    """The rest of a row the page cut inside a list of sub-items in its action cell ('a) ...')
    is set further in too, but holds no due date of its own: it goes on the row above."""
    table = _table(ROWS)
    action, checkpoint = table.rows[0], table.rows[1]
    due = table.col("due")
    assert due is not None and checkpoint.text(due)
    rest = Row(
        cells=[None if i == due else c for i, c in enumerate(checkpoint.cells)],
        page=checkpoint.page,
        merged_above=list(checkpoint.merged_above),
    )
    assert not starts_sub_row(table, rest, action)
