"""What a filled-in form template left that the reader skipped, said (plan_form_rows_skipped).

A service filling in a corporate template leaves its scaffolding in: a worked example row
('e.g. 0.1 | Example: ...', example_rows), spare rows whose every field still prints its
placeholder ('Click or tap here to enter text.'), and status pickers never chosen ('Choose an
item.'). None of these is an action or a status (values.is_placeholder), and reading them as
nothing is right; but a reviewer should know rows were passed over and that an unchosen status
is no status given, not a status the reader failed to read.

Pure: reads the laid-out elements; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.example_rows import example_row
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.values import is_placeholder


def _raw(row: Row, i: int | None) -> str:
    """A cell's printed text, placeholders kept (Row.text drops them)."""
    cell = row.cells[i] if i is not None and i < len(row.cells) else None
    return " ".join(cell.text.split()) if cell is not None else ""


def _placeholders_only(row: Row) -> bool:
    """A row whose filled cells all print a placeholder, one of them at least."""
    texts = {id(c): _raw(row, i) for i, c in enumerate(row.cells) if c is not None}
    filled = [t for t in texts.values() if t]
    return bool(filled) and all(is_placeholder(t) for t in filled)


def form_rows_said(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """One warning per plan naming the template rows skipped and the statuses left unchosen."""
    examples: list[str] = []
    spare = 0
    unchosen = 0
    first_page: int | None = None
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE:
            continue
        ref_c, act_c, rag_c = t.col("ref"), t.col("action"), t.col("rag")
        for row in t.rows:
            if row.section:
                continue
            if example_row(row, ref_c, act_c):
                examples.append(_raw(row, ref_c) or _raw(row, act_c)[:40])
            elif _placeholders_only(row):
                spare += 1
            elif rag_c is not None and row.text(act_c).strip() and is_placeholder(_raw(row, rag_c)):
                unchosen += 1
            else:
                continue
            first_page = row.page if first_page is None else first_page
    if not examples and not spare and not unchosen:
        return []
    parts = []
    if examples:
        shown = ", ".join(repr(x) for x in examples[:3])
        parts.append(f"{len(examples)} worked example row(s) ({shown}) read as no action")
    if spare:
        parts.append(f"{spare} row(s) of unfilled form fields only read as no action")
    if unchosen:
        parts.append(
            f"{unchosen} action(s) whose status field was left unfilled (the form's placeholder):"
            " no status given, not a status unread"
        )
    return [
        ExtractionWarning(
            code="plan_form_rows_skipped",
            message="a filled-in form template: " + "; ".join(parts),
            page=first_page,
        )
    ]
