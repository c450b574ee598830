"""The HTML coverage page: one self-contained file a board officer reads on a desk or a phone.

jinja2 with autoescape on: every string from a PDF is escaped. Charts are inline SVG built here
from numbers only (with axes, labels and a key), and evidence images are data URIs, so the page
needs nothing from outside. Words come from data/words.json: the page never shows a field value
where a reader expects a word, and never calls an automatic link 'confirmed'.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache
from pathlib import PurePath
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from plantrace.models.coverage import ActionView, CoverageReport, CoverageStatus
from plantrace.pipeline.render.evidence import Evidence
from plantrace.pipeline.render.tabular import headline
from plantrace.pipeline.render.words import link_words, vocabulary, warning_line, word

STATUS_COLOURS = {
    CoverageStatus.covered.value: "#2e7d32",
    CoverageStatus.weakly_covered.value: "#b26a00",
    CoverageStatus.uncovered.value: "#c62828",
    CoverageStatus.justified.value: "#1565c0",
}
RAG_COLOURS = {"red": "#c62828", "amber": "#f9a825", "green": "#2e7d32", "blue": "#1565c0"}
NOT_DUE = "#9e9e9e"
OVERDUE = "#c62828"


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("plantrace.pipeline.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["word"] = lambda value, kind: word(kind, value)
    env.filters["link_words"] = link_words
    env.filters["warning_line"] = warning_line
    env.filters["day"] = lambda d: d.strftime("%-d %b %Y") if d else ""
    env.filters["basename"] = lambda path: PurePath(str(path).replace("\\", "/")).name
    return env


def _ticks(most: int) -> list[int]:
    """Whole-number gridlines for an axis that reaches `most` (at most about five)."""
    step = max(1, -(-most // 5))
    return list(range(0, most + step, step))


COVERAGE_X_TITLE = "recommendation (number printed in the report)"
DUE_X_TITLE = "month the action is due"


def _title_room(left: int, title: str) -> int:
    """Chart width that holds the x-axis title, which starts under the first bar.

    A report with few recommendations draws a narrow chart; sized by its bars alone it cut the
    title off. 12 px semibold DejaVu Sans (a wide face, Debian's default) measured 7.1 px a
    character in Chromium; 7.6 leaves room for wider fallbacks.
    """
    return max(320, left + 8 + round(7.6 * len(title)) + 8)


def coverage_chart(cov: CoverageReport) -> dict[str, Any]:
    """Bars per counted recommendation: height = linked actions, colour = status."""
    recs = [r for r in cov.recommendations if r.counted]
    most = max([len(r.actions) for r in recs] + [1])
    ticks = _ticks(most)
    top = ticks[-1]
    left, plot_h, base = 44, 120, 140  # y of the axis line
    bars = []
    for i, r in enumerate(recs):
        h = plot_h * len(r.actions) / top
        bars.append(
            {
                "x": left + 8 + i * 30,
                "y": base - h,
                "h": max(h, 0.0),
                "colour": STATUS_COLOURS[r.status.value],
                "label": r.label,
                "count": len(r.actions),
                "status": word("status", r.status),
            }
        )
    width = max(_title_room(left, COVERAGE_X_TITLE), left + 16 + 30 * len(bars))
    return {
        "bars": bars,
        "width": width,
        "x_title": COVERAGE_X_TITLE,
        "left": left,
        "base": base,
        "ticks": [{"value": t, "y": base - plot_h * t / top} for t in ticks],
        "legend": [
            {"colour": STATUS_COLOURS[s.value], "label": word("status", s)} for s in CoverageStatus
        ],
    }


def _all_actions(cov: CoverageReport) -> list[ActionView]:
    seen: dict[str, ActionView] = {}
    for r in cov.recommendations:
        for a in r.actions:
            seen[a.id] = a
    for a in cov.orphan_actions:
        seen[a.id] = a
    return list(seen.values())


def due_chart(cov: CoverageReport) -> dict[str, Any]:
    """Actions due per month: overdue in red on top of grey (not yet due, or done)."""
    months: Counter[tuple[int, int]] = Counter()
    overdue: Counter[tuple[int, int]] = Counter()
    for a in _all_actions(cov):
        if a.due_date is None:
            continue
        key = (a.due_date.year, a.due_date.month)
        months[key] += 1
        if a.overdue:
            overdue[key] += 1
    if not months:
        return {"columns": []}
    first, last = min(months), max(months)
    keys: list[tuple[int, int]] = []
    y, m = first
    while (y, m) <= last and len(keys) < 120:
        keys.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    ticks = _ticks(max(months.values()))
    top = ticks[-1]
    left, plot_h, base, step = 44, 120, 140, 24
    label_every = 2 if len(keys) > 6 else 1  # a label ('Jul 16') is wider than one column
    label_every = max(label_every, -(-len(keys) // 12))
    columns = []
    asof_x = None
    for i, k in enumerate(keys):
        total, late = months.get(k, 0), overdue.get(k, 0)
        x = left + 8 + i * step
        h, hl = plot_h * total / top, plot_h * late / top
        columns.append(
            {
                "x": x, "h": h, "y": base - h, "hl": hl, "yl": base - hl, "total": total,
                "late": late, "label": date(k[0], k[1], 1).strftime("%b %y"),
                "show_label": i % label_every == 0,
            }
        )  # fmt: skip
        if k == (cov.as_of.year, cov.as_of.month):
            asof_x = x + step * (cov.as_of.day / 31)
    if asof_x is None and (cov.as_of.year, cov.as_of.month) > last:
        asof_x = left + 8 + len(keys) * step
    width = max(_title_room(left, DUE_X_TITLE), left + 24 + step * len(keys))
    return {
        "columns": columns,
        "width": width,
        "x_title": DUE_X_TITLE,
        "left": left,
        "base": base,
        "asof_x": asof_x,
        "ticks": [{"value": t, "y": base - plot_h * t / top} for t in ticks],
    }


def _evidence(cov: CoverageReport, store: Any) -> dict[str, Evidence | None]:
    """Crops of every recommendation and action from the PDFs the store knows, when it can."""
    if store is None:
        return {}
    from plantrace.pipeline.render.evidence import EvidenceRenderer

    found: dict[str, Evidence | None] = {}
    renderer = EvidenceRenderer(
        {
            cov.report.sha256: store.source_paths(cov.report.sha256),
            cov.plan.sha256: store.source_paths(cov.plan.sha256),
        }
    )
    try:
        for r in cov.recommendations:
            found[f"rec:{r.id}"] = renderer.evidence(
                cov.report.sha256, r.page, r.bbox, r.text, cells=False
            )
        for a in _all_actions(cov):
            found[f"act:{a.id}"] = renderer.evidence(cov.plan.sha256, a.page, a.bbox, a.text)
    finally:
        renderer.close()
    return found


def render_html(cov: CoverageReport, store: Any = None) -> str:
    counted = [r for r in cov.recommendations if r.counted]
    partnership = [r for r in cov.recommendations if r.partnership]
    return (
        _env()
        .get_template("coverage.html.j2")
        .render(
            cov=cov,
            s=cov.summary,
            headline=headline(cov),
            counted=counted,
            apart=[r for r in partnership if not r.counted],
            evidence=_evidence(cov, store),
            status_colours=STATUS_COLOURS,
            status_help=vocabulary()["status_help"],
            rag_colours=RAG_COLOURS,
            not_due=NOT_DUE,
            overdue_colour=OVERDUE,
            coverage_chart=coverage_chart(cov),
            due_chart=due_chart(cov),
            statuses=[s.value for s in CoverageStatus],
        )
    )
