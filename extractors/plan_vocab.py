"""The plan table vocabularies and cell-type patterns, loaded once from data/plan_columns.json."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

PLAN_VOCAB: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/plan_columns.json").read_text("utf-8")
)
