"""The graded vocabulary of Ofsted judgements and plan status colours."""

from __future__ import annotations

from enum import StrEnum


class Grade(StrEnum):
    outstanding = "outstanding"
    good = "good"
    adequate = "adequate"  # pre-2014 frameworks only
    requires_improvement = "requires_improvement"
    inadequate = "inadequate"


class Framework(StrEnum):
    sif = "sif"
    ilacs = "ilacs"
    ilacs_2026 = "ilacs_2026"
    other = "other"


class RecommendationCategory(StrEnum):
    priority_and_immediate = "priority_and_immediate"
    area_for_improvement = "area_for_improvement"
    lscb = "lscb"


class DocumentKind(StrEnum):
    inspection_report = "inspection_report"
    improvement_plan = "improvement_plan"
    other = "other"


# Canonical judgement areas; any other area is the snake_case of its printed name.
AREAS = (
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
    "adoption",
    "lscb",
)
