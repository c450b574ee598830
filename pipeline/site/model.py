"""What the site's pages show, as plain numbers and strings: built from the national dataset.

Kept apart from the templates so the figures can be tested without a browser, and so a chart's
text alternative (its data table) and the chart itself come from the same numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from plantrace.models.grades import AREAS, Grade
from plantrace.pipeline.authorities import Authority
from plantrace.pipeline.national import InspectionRecord, NationalData
from plantrace.pipeline.recurring import Recurrence, Recurring, SharedTheme

# Worst to best, so a rising line is an improving authority.
GRADE_ORDER = [
    Grade.inadequate.value,
    Grade.requires_improvement.value,
    Grade.adequate.value,
    Grade.good.value,
    Grade.outstanding.value,
]
GRADE_WORDS = {
    "outstanding": "Outstanding",
    "good": "Good",
    "adequate": "Adequate",
    "requires_improvement": "Requires improvement",
    "inadequate": "Inadequate",
}
GRADE_SHORT = {"outstanding": "O", "good": "G", "adequate": "A", "requires_improvement": "RI",
               "inadequate": "I"}  # fmt: skip
# Colour-blind-safe (Okabe-Ito based); every use also prints the grade's word or letter.
GRADE_COLOURS = {"outstanding": "#0072B2", "good": "#009E73", "adequate": "#999999",
                 "requires_improvement": "#E69F00", "inadequate": "#D55E00"}  # fmt: skip
AREA_WORDS = {
    "overall_effectiveness": "Overall effectiveness",
    "impact_of_leaders": "Impact of leaders",
    "help_and_protection": "Help and protection",
    "children_in_care": "Children in care",
    "care_leavers": "Care leavers",
    "adoption": "Adoption",
    "lscb": "LSCB",
}
FRAMEWORK_WORDS = {"sif": "SIF", "ilacs": "ILACS", "ilacs_2026": "ILACS 2026", "other": "Earlier"}
# The order the frameworks were in force: a year two of them share (2018: SIF's last inspections,
# ILACS's first) shows the older first, as its inspections came first.
FRAMEWORK_CHRONOLOGY = ["other", "sif", "ilacs", "ilacs_2026"]
CHART_AREAS = ["overall_effectiveness", "impact_of_leaders", "help_and_protection",
               "children_in_care"]  # fmt: skip
TABLE_AREAS = ["overall_effectiveness", "impact_of_leaders", "help_and_protection",
               "children_in_care", "care_leavers"]  # fmt: skip
assert set(TABLE_AREAS) <= set(AREAS)


def area_words(area: str) -> str:
    return AREA_WORDS.get(area, area.replace("_", " ").capitalize())


@dataclass(slots=True)
class AuthorityRow:
    authority: Authority | None
    name: str
    slug: str
    region: str
    inspections: int
    latest: InspectionRecord

    @property
    def latest_grades(self) -> dict[str, str]:
        return self.latest.grades()


@dataclass(slots=True)
class AuthorityPage:
    row: AuthorityRow
    inspections: list[InspectionRecord]
    by_theme: list[tuple[str, list[tuple[InspectionRecord, str, str]]]]  # theme -> (insp, id, text)
    unthemed: list[tuple[InspectionRecord, str, str]]
    recurring: list[Recurrence]
    shared: list[SharedTheme]
    neighbours: list[tuple[Authority, AuthorityRow | None]]
    coverage: list[tuple[str, str]]  # (link text, relative href)
    timeline: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def slug_for(r: InspectionRecord) -> str:
    if r.authority is not None:
        return r.authority.slug
    import re

    return "unmatched-" + re.sub(r"[^a-z0-9]+", "-", r.printed_name.lower()).strip("-")


def authority_rows(data: NationalData) -> list[AuthorityRow]:
    rows = []
    for inspections in data.by_authority().values():
        latest = inspections[-1]
        a = latest.authority
        rows.append(
            AuthorityRow(
                authority=a,
                name=latest.name,
                slug=slug_for(latest),
                region=a.region_name if a else "Unknown region",
                inspections=len(inspections),
                latest=latest,
            )
        )
    return sorted(rows, key=lambda r: r.name.lower())


def grades_by_year(data: NationalData, area: str = "overall_effectiveness") -> dict[str, Any]:
    """Stacked bars: one per (year, framework), segments = how many inspections got each grade.

    Bars run in time order: by year, then by framework chronology (then first inspection date),
    never by the frameworks' names.
    """
    counts: dict[tuple[int, str], Counter[str]] = {}
    first: dict[tuple[int, str], date] = {}
    for r in data.inspections:
        if r.year is None or r.start_date is None:
            continue
        grade = r.grades().get(area)
        key = (r.year, r.framework)
        counts.setdefault(key, Counter())
        first[key] = min(first.get(key, r.start_date), r.start_date)
        if grade:
            counts[key][grade] += 1
        else:
            counts[key]["not_judged"] += 1
    bars: list[dict[str, Any]] = []
    for (year, fw), c in sorted(counts.items(), key=lambda kv: _in_time(kv[0], first[kv[0]])):
        segments = [(g, c[g]) for g in reversed(GRADE_ORDER) if c[g]]
        if c["not_judged"]:
            segments.append(("not_judged", c["not_judged"]))
        bars.append(
            {"label": str(year), "framework": FRAMEWORK_WORDS.get(fw, fw), "total": sum(c.values()),
             "segments": segments}
        )  # fmt: skip
    most = max([int(b["total"]) for b in bars] + [1])
    return {
        "bars": bars,
        "most": most,
        "ticks": _ticks(most),
        "area": area_words(area),
        "key": area,
    }


def _in_time(key: tuple[int, str], first: date) -> tuple[int, int, date]:
    year, framework = key
    known = framework in FRAMEWORK_CHRONOLOGY
    return (
        year,
        FRAMEWORK_CHRONOLOGY.index(framework) if known else len(FRAMEWORK_CHRONOLOGY),
        first,
    )


def _ticks(most: int) -> list[int]:
    step = max(1, -(-most // 5))
    return list(range(0, most + step, step))


def themes_by_year(data: NationalData, labels: dict[str, str]) -> dict[str, Any]:
    """Share of each year's recommendations that carry each theme (and the counts behind it)."""
    per_year: Counter[int] = Counter()
    cells: dict[tuple[str, int], int] = Counter()
    for r in data.inspections:
        if r.year is None:
            continue
        for rec in r.result.recommendations:
            per_year[r.year] += 1
            for t in data.themes_of(rec.text):
                cells[(t, r.year)] += 1
    years = sorted(per_year)
    totals = Counter({t: sum(cells[(t, y)] for y in years) for t in labels})
    rows = []
    for theme, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(
            {
                "key": theme,
                "label": labels[theme],
                "total": totals[theme],
                "cells": [
                    (
                        cells[(theme, y)],
                        round(100 * cells[(theme, y)] / per_year[y]) if per_year[y] else 0,
                    )
                    for y in years
                ],
            }
        )
    return {"years": years, "per_year": [per_year[y] for y in years], "rows": rows}


def timeline(inspections: list[InspectionRecord]) -> dict[str, Any]:
    """Overall effectiveness (else impact of leaders) over time: points on a grade scale."""
    points = []
    dated = [r for r in inspections if r.start_date]
    if not dated:
        return {"points": [], "start": None, "end": None}
    start = min(r.start_date for r in dated if r.start_date)
    end = max(r.start_date for r in dated if r.start_date)
    span = max((end - start).days, 1)
    for r in dated:
        g = r.grades()
        area = "overall_effectiveness" if "overall_effectiveness" in g else "impact_of_leaders"
        grade = g.get(area)
        assert r.start_date is not None
        points.append(
            {
                "x": 0.5 if start == end else (r.start_date - start).days / span,
                "level": GRADE_ORDER.index(grade) if grade in GRADE_ORDER else None,
                "grade": grade,
                "area": area_words(area),
                "date": r.start_date,
                "framework": FRAMEWORK_WORDS.get(r.framework, r.framework),
            }
        )
    return {"points": points, "start": start, "end": end}


def authority_page(
    row: AuthorityRow,
    inspections: list[InspectionRecord],
    data: NationalData,
    finder: Recurring,
    rows_by_urn: dict[str, AuthorityRow],
    coverage: list[tuple[str, str]],
    labels: dict[str, str],
) -> AuthorityPage:
    themed: dict[str, list[tuple[InspectionRecord, str, str]]] = {}
    unthemed = []
    for r in reversed(inspections):  # newest first within a theme
        for rec in r.result.recommendations:
            keys = data.themes_of(rec.text)
            if not keys:
                unthemed.append((r, rec.id, rec.text))
            for t in keys:
                themed.setdefault(t, []).append((r, rec.id, rec.text))
    by_theme = sorted(themed.items(), key=lambda kv: (-len(kv[1]), labels.get(kv[0], kv[0])))
    a = row.authority
    neighbours = (
        [(n, rows_by_urn.get(n.urn)) for n in data.lookup.neighbours(a)] if a is not None else []
    )
    warnings = [
        f"{r.start_date or 'undated'} report: {w.code}: {w.message}"
        for r in inspections
        for w in r.result.warnings
    ]
    if a is None:
        warnings.insert(
            0,
            "This authority could not be joined to the authority table (la_lookup.csv) by URN or "
            "name: region, codes and statistical neighbours are unknown.",
        )
    if unthemed:
        warnings.append(
            f"{len(unthemed)} recommendation(s) matched no theme; they are listed under "
            "'No theme found'."
        )
    return AuthorityPage(
        row=row,
        inspections=list(reversed(inspections)),
        by_theme=by_theme,
        unthemed=unthemed,
        recurring=finder.for_authority(inspections),
        shared=finder.shared_with_neighbours(a) if a is not None else [],
        neighbours=neighbours,
        coverage=coverage,
        timeline=timeline(inspections),
        warnings=warnings,
    )


def latest_date(rows: list[AuthorityRow]) -> date | None:
    dates = [r.latest.start_date for r in rows if r.latest.start_date]
    return max(dates) if dates else None
