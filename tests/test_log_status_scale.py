"""A change log's statuses set over its history are the scale the plan rates on.

A record system's health scale (`Not opened / Progressing / Concern / Off track / Closed`) is
printed in a log's old and new values; the records' LAST statuses alone may show no step worse
than `Progressing` but `Concern`. `Progressing` says the work moves, not whether on time: it is
green on a scale that has a worse step, and `Concern` (amber alone) is one.
"""

from __future__ import annotations

from plantrace.extractors.log_pieces import logged_steps
from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.rag import scale_colour

LABELS = ["Record ref", "Action title", "Delivery status"]
HISTORY = [  # Changed | Changed by | Record | Field | Old value | New value
    ["01/02/2026 09:00", "Gareth Pym", "IP/1/01", "Delivery status", "", "Not opened"],
    ["02/02/2026 09:00", "Gareth Pym", "IP/1/02", "Delivery status", "", "Not opened"],
    ["03/02/2026 09:00", "Lucy Ferreira", "IP/1/01", "Delivery status", "Not opened", "Progressing"],
    ["04/02/2026 09:00", "Lucy Ferreira", "IP/1/01", "Delivery status", "Progressing", "Concern"],
    ["05/02/2026 09:00", "Karen Whitlow", "IP/1/01", "Delivery status", "Concern", "Progressing"],
    ["06/02/2026 09:00", "Karen Whitlow", "IP/1/02", "Action title", "", "Hold a monthly panel"],
]  # fmt: skip


def _table() -> PlanTable:
    def row(ref: str, status: str) -> Row:
        return Row([Cell(ref, (0, 0, 1, 1)), Cell("Do it", (0, 0, 1, 1)),
                    Cell(status, (0, 0, 1, 1))], 1)  # fmt: skip

    rows = [row("IP/1/01", "Progressing"), row("IP/1/02", "Not opened")]
    return PlanTable("actions", ["ref", "action", "rag"], LABELS, rows, 1, 0.0)


def test_steps_are_the_status_values_over_the_history() -> None:
    steps = logged_steps(_table(), HISTORY, key=2, fld=3)
    # old and new values of the status field; no timestamp, user or other field's value
    assert steps == ["Concern", "Not opened", "Progressing"]


def test_progressing_green_beside_concern_not_alone() -> None:
    assert scale_colour("Progressing", ["Progressing", "Not opened", "Concern"]) == "green"
    assert scale_colour("Progressing", ["Progressing", "Not opened"]) is None
    # a word green by itself on the scale: progressing is not its best step
    assert scale_colour("Progressing", ["Progressing", "Concern", "On track"]) is None
