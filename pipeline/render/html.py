"""The HTML coverage page: one self-contained file, readable by a board member at a glance.

jinja2 with autoescape on: every string from a PDF is escaped. Charts are inline SVG built here
from numbers only, and evidence images are data URIs, so the page needs nothing from outside.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from plantrace.models.coverage import CoverageReport, CoverageStatus

STATUS_COLOURS = {
    CoverageStatus.covered.value: "#2e7d32",
    CoverageStatus.weakly_covered.value: "#f9a825",
    CoverageStatus.uncovered.value: "#c62828",
    CoverageStatus.justified.value: "#1565c0",
}
RAG_COLOURS = {"red": "#c62828", "amber": "#f9a825", "green": "#2e7d32", "blue": "#1565c0"}


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("plantrace.pipeline.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def coverage_chart(cov: CoverageReport) -> dict[str, Any]:
    """Bars per recommendation: height = linked actions, colour = status (numbers only)."""
    bars = []
    most = max([len(r.actions) for r in cov.recommendations] + [1])
    for i, r in enumerate(cov.recommendations):
        h = 12 + 88 * len(r.actions) / most
        bars.append(
            {
                "x": 10 + i * 28,
                "y": 110 - h,
                "h": h,
                "colour": STATUS_COLOURS[r.status.value],
                "label": r.number or str(i + 1),
                "count": len(r.actions),
                "status": r.status.value,
            }
        )
    return {"bars": bars, "width": max(200, 20 + 28 * len(bars))}


def due_chart(cov: CoverageReport) -> dict[str, Any]:
    """Actions due per month; overdue ones stacked in red, the as-of date marked."""
    seen: dict[str, Any] = {}
    for r in cov.recommendations:
        for a in r.actions:
            seen[a.id] = a
    for a in cov.orphan_actions:
        seen[a.id] = a
    months: Counter[tuple[int, int]] = Counter()
    overdue: Counter[tuple[int, int]] = Counter()
    for a in seen.values():
        if a.due_date is None:
            continue
        key = (a.due_date.year, a.due_date.month)
        months[key] += 1
        if a.overdue:
            overdue[key] += 1
    if not months:
        return {"columns": [], "width": 200, "asof_x": None}
    first, last = min(months), max(months)
    keys: list[tuple[int, int]] = []
    y, m = first
    while (y, m) <= last and len(keys) < 120:
        keys.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    most = max(months.values())
    columns = []
    asof_x = None
    for i, k in enumerate(keys):
        total = months.get(k, 0)
        late = overdue.get(k, 0)
        h = 90 * total / most
        hl = 90 * late / most
        x = 30 + i * 16
        columns.append(
            {
                "x": x, "h": h, "y": 100 - h, "hl": hl, "yl": 100 - hl, "total": total, "late": late,
                "label": date(k[0], k[1], 1).strftime("%b %y"), "show_label": i % 3 == 0,
            }
        )  # fmt: skip
        if k == (cov.as_of.year, cov.as_of.month):
            asof_x = x + 6
    return {"columns": columns, "width": max(200, 40 + 16 * len(keys)), "asof_x": asof_x}


def render_html(cov: CoverageReport, store: Any = None) -> str:
    images: dict[str, str | None] = {}
    if store is not None:
        from plantrace.pipeline.render.evidence import EvidenceRenderer

        renderer = EvidenceRenderer(
            {
                cov.report.sha256: store.source_paths(cov.report.sha256),
                cov.plan.sha256: store.source_paths(cov.plan.sha256),
            }
        )
        try:
            for r in cov.recommendations:
                images[f"rec:{r.id}"] = renderer.data_uri(cov.report.sha256, r.page, r.bbox)
                for a in r.actions:
                    images[f"act:{a.id}"] = renderer.data_uri(cov.plan.sha256, a.page, a.bbox)
            for a in cov.orphan_actions:
                images.setdefault(f"act:{a.id}", renderer.data_uri(cov.plan.sha256, a.page, a.bbox))
        finally:
            renderer.close()
    return (
        _env()
        .get_template("coverage.html.j2")
        .render(
            cov=cov,
            s=cov.summary,
            images=images,
            status_colours=STATUS_COLOURS,
            rag_colours=RAG_COLOURS,
            coverage_chart=coverage_chart(cov),
            due_chart=due_chart(cov),
        )
    )
