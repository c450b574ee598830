"""Recompute a KPI's RAG from direction, baseline, latest and target, under a configurable scheme.

Councils colour their own KPIs, and the colours drift from the numbers. Where the numbers allow,
we compute what the colour should be and flag the difference; where they don't (no target, no
figure), we say nothing rather than guess.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from plantrace.models.plan import KPI, Quantity
from plantrace.pipeline.normalise.direction import normalise_direction


class RagScheme(BaseModel):
    """Colour names and the tolerance for 'close to target'; loadable from JSON (--rag-scheme)."""

    on_target: str = "green"
    improving: str = "amber"
    off_target: str = "red"
    complete: str | None = "blue"  # some councils add blue for complete actions
    tolerance_pct: float = 5.0  # within this % of target counts as on target for 'maintain'

    @classmethod
    def load(cls, path: str | Path | None) -> RagScheme:
        if path is None:
            return cls()
        return cls.model_validate(json.loads(Path(path).read_text()))


def _value(q: Quantity | None) -> float | None:
    return None if q is None else q.value


def compute_rag(kpi: KPI, scheme: RagScheme) -> str | None:
    direction = normalise_direction(kpi.direction)
    target = _value(kpi.target)
    current = _value(kpi.latest) if kpi.latest is not None else None
    baseline = _value(kpi.baseline)
    if current is None:
        current = baseline
        baseline = None
    if direction is None or target is None or current is None:
        return None
    if direction == "maintain":
        close = abs(current - target) <= abs(target) * scheme.tolerance_pct / 100
        return scheme.on_target if close else scheme.off_target
    sign = 1 if direction == "increase" else -1
    if sign * (current - target) >= 0:
        return scheme.on_target
    if baseline is not None and sign * (current - baseline) > 0:
        return scheme.improving
    return scheme.off_target
