"""A template's worked example row: no action.

A form template shows how its table is to be filled in with a first row of made-up content
('e.g. 0.1 | Example: Audit 20 case files each month ... | Head of Service | ...'), often in grey
italics. The service that fills the form in leaves it there, so the reader would take it for an
action: its ref or its action text opens with an example's marker (data/example_rows.json).

Pure: reads a PlanTable's rows; no I/O.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING

from plantrace.pipeline.normalise.text_keys import text_key

if TYPE_CHECKING:
    from plantrace.extractors.plan_columns import Row


@functools.cache
def _markers() -> tuple[str, ...]:
    """The markers an example row opens with, lower case."""
    text = resources.files("plantrace.extractors").joinpath("data/example_rows.json")
    return tuple(m.lower() for m in json.loads(text.read_text("utf-8"))["markers"])


def example_text(text: str) -> bool:
    """Whether a cell's text opens as a worked example does ('e.g. 0.1', 'Example: ...')."""
    clean = text_key(text)
    return bool(clean) and clean.startswith(_markers())


def example_row(row: Row, ref_col: int | None, action_col: int | None) -> bool:
    """A template's worked example (module doc): its ref or its action text is marked as one."""
    return any(c is not None and example_text(row.text(c)) for c in (ref_col, action_col))
