"""A tracker's yes/no column read as 'Done?' (column_roles._done) where it flags the actions past
their due ('Overdue?'), told by the date the page prints as the tracker's ('Report date:
01/09/2026', 'As at ...'): where every yes is on a row due before that date and every no on a
row due after it, the column was worked out from the due, and its yes is no status (a late
action read as complete was a false 'covered' in a coverage report). A header asking whether
the work is done ('Complete?') answers it, whatever rows its yeses fall on.

Where no date printed above the table tells the two apart, the column keeps its reading as
done, and the plan is told that the actions it rates complete rest on it (plan_low_confidence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrace.extractors.column_roles import DONE
from plantrace.extractors.derived_columns import DERIVED, asks_done, report_late_flag
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.dates import dated_mentions
from plantrace.pipeline.normalise.rag import done_mark

if TYPE_CHECKING:
    from datetime import date

    from plantrace.extractors.plan_columns import PlanTable
    from plantrace.pipeline.document import ParsedDocument


def _printed_days(t: PlanTable, doc: ParsedDocument) -> list[date]:
    """The days printed on the table's first page above it (a tracker's report date stands
    over its table), read by the one date normaliser; a month or a year names no day to
    split dues at."""
    if not 0 < t.page <= len(doc.pages):
        return []
    text = " ".join(ln.text for ln in doc.pages[t.page - 1].lines if ln.bottom <= t.top + 1.0)
    return [m.day for m in dated_mentions(text) if m.precision == "day"]


def late_done_column(t: PlanTable, doc: ParsedDocument) -> list[ExtractionWarning]:
    """Unread the table's done column where it is a late flag against the printed report date;
    else, where its header asks nothing of completion and it rates an action complete, say the
    reading is unsure. Returns the warnings said."""
    col, due = t.col(DONE), t.col("due")
    if col is None or (col < len(t.labels) and asks_done(t.labels[col])):
        return []
    label = t.labels[col] if col < len(t.labels) else ""
    rows = [[r.text(i) for i in range(len(t.roles))] for r in t.rows]
    found = report_late_flag(rows, col, due, _printed_days(t, doc)) if due is not None else None
    if found is not None:
        t.roles[col] = "other"
        if t.reading is not None and col < len(t.reading.columns):
            c = t.reading.columns[col]
            c.role, c.source = "other", DERIVED
            c.evidence.append(
                f"its every yes is on a row due before {found:%d/%m/%Y}, printed above the"
                " table, and every no after it: a late flag worked out from the due, no status"
            )
        return []
    rated = sum(1 for r in t.rows if done_mark(r.text(col)))
    if not rated or t.col("rag") is not None:
        return []
    return [
        ExtractionWarning(
            code="plan_low_confidence",
            message=f"{rated} action(s) were read as complete from the yes/no column {label!r},"
            " whose header asks nothing of completion: it may flag actions past their due"
            " (late, not done), and no report date printed above the table tells which",
            page=t.page,
        )
    ]
