"""The gold file every holdout split writes: recommendations, actions and KPIs as printed,
normalised by the split's stated conventions. One shape, so `plantrace eval` scores every split
alike."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

Quantity = tuple[str, float, str | None]  # as printed, its value, its unit


class GoldAction(Protocol):  # read-only: each split's action class types its fields its own way
    @property
    def ref(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def owner(self) -> str | None: ...
    @property
    def due_raw(self) -> str | None: ...
    @property
    def due_date(self) -> date | None: ...
    @property
    def progress(self) -> str | None: ...
    @property
    def rag(self) -> str | None: ...
    @property
    def recs(self) -> Sequence[str]: ...


class GoldKpi(Protocol):
    @property
    def indicator(self) -> str: ...
    @property
    def baseline(self) -> Quantity: ...
    @property
    def latest(self) -> Quantity: ...
    @property
    def target(self) -> Quantity: ...


def quantity(v: Quantity) -> dict[str, Any]:
    return {"raw": v[0], "value": v[1], "unit": v[2]}


def plan_gold(
    recs: Sequence[tuple[str, str]], actions: Sequence[GoldAction], kpis: Sequence[GoldKpi]
) -> dict[str, Any]:
    """`file` is filled in when the plan is written beside its PDF."""
    return {
        "file": "",
        "recommendations": [{"number": n, "text": t} for n, t in recs],
        "actions": [
            {"ref": a.ref, "text": a.text, "owner": a.owner, "due_raw": a.due_raw,
             "due_date": a.due_date.isoformat() if a.due_date else None, "governance": None,
             "progress": a.progress, "rag": a.rag, "recommendations": list(a.recs)}
            for a in actions
        ],
        "kpis": [
            {"code": None, "indicator": k.indicator, "baseline": quantity(k.baseline),
             "latest": quantity(k.latest), "target": quantity(k.target)}
            for k in kpis
        ],
    }  # fmt: skip
