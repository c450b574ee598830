"""`plantrace site`: a static site of the national picture, readable from a file share.

index.html (grades by year and framework, theme frequency by year, a sortable and filterable
table of authorities) and one page per authority (timeline, recommendations by theme, recurring
recommendations, statistical neighbours, coverage reports of its plans). Plain HTML with inline
CSS, inline SVG charts and a few lines of inline JavaScript: nothing is fetched when a page is
viewed, and every page works opened as a file. jinja2 autoescapes every string from a PDF.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from plantrace.pipeline.national import NationalData, load_national
from plantrace.pipeline.recurring import Recurring
from plantrace.pipeline.site import model as m
from plantrace.pipeline.store import Store


@dataclass(slots=True)
class SiteResult:
    out: Path
    pages: list[Path] = field(default_factory=list)
    coverage_pages: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("plantrace.pipeline.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda d: d.strftime("%-d %b %Y") if d else "undated"
    env.filters["grade_word"] = lambda g: m.GRADE_WORDS.get(g, "Not judged") if g else "Not judged"
    env.filters["grade_short"] = lambda g: m.GRADE_SHORT.get(g, "–") if g else "–"
    env.filters["area"] = m.area_words
    env.filters["framework"] = lambda f: m.FRAMEWORK_WORDS.get(f, f)
    env.globals.update(
        grade_colours=m.GRADE_COLOURS,
        grade_order=m.GRADE_ORDER,
        grade_words=m.GRADE_WORDS,
        table_areas=m.TABLE_AREAS,
    )
    return env


def _coverage_pages(
    store: Store, data: NationalData, out: Path
) -> dict[str, list[tuple[str, str]]]:
    """Coverage report of every paired plan, from the links as stored (the site changes nothing)."""
    from plantrace.pipeline.coverage import build_coverage
    from plantrace.pipeline.render import render
    from plantrace.pipeline.traceability import load_justifications, load_links

    by_sha = {r.sha256: r for r in data.inspections}
    found: dict[str, list[tuple[str, str]]] = {}
    for p in data.plans:
        report = by_sha.get(p.report_sha256 or "")
        if report is None:
            continue
        cov = build_coverage(
            report.result,
            p.result,
            load_links(store, report.sha256, p.sha256),
            as_of=date.today(),
            justified=load_justifications(store, report.sha256, p.sha256),
        )
        name = f"coverage/coverage-{p.sha256[:12]}.html"
        (out / name).write_bytes(render(cov, "html"))
        text = f"{Path(p.source).name} (answers the {report.start_date or 'undated'} report)"
        found.setdefault(m.slug_for(report), []).append((text, f"../{name}"))
    return found


def build_site(store: Store, out: Path, data: NationalData | None = None) -> SiteResult:
    started = time.perf_counter()
    data = data or load_national(store)
    from plantrace.extractors.themes import labels as theme_labels

    labels = theme_labels()
    out.mkdir(parents=True, exist_ok=True)
    (out / "authority").mkdir(exist_ok=True)
    (out / "coverage").mkdir(exist_ok=True)
    result = SiteResult(out=out)
    rows = m.authority_rows(data)
    rows_by_urn = {r.authority.urn: r for r in rows if r.authority is not None}
    coverage = _coverage_pages(store, data, out)
    result.coverage_pages = sorted((out / "coverage").glob("*.html"))
    result.warnings = [f"no authority in la_lookup.csv for {src}" for src in data.unmatched]
    if not data.inspections:
        result.warnings.append("the store holds no inspection report: the site is empty")
    env = _env()
    finder = Recurring(data, data.themes_of)
    by_authority = data.by_authority()
    for row in rows:
        inspections = by_authority[row.authority.urn if row.authority else row.latest.printed_name]
        page = m.authority_page(
            row, inspections, data, finder, rows_by_urn, coverage.get(row.slug, []), labels
        )
        path = out / "authority" / f"{row.slug}.html"
        path.write_text(
            env.get_template("authority.html.j2").render(
                page=page, labels=labels, timeline=page.timeline, generated=date.today()
            ),
            encoding="utf-8",
        )
        result.pages.append(path)
    index = out / "index.html"
    regions = sorted({r.region for r in rows})
    index.write_text(
        env.get_template("national.html.j2").render(
            rows=rows,
            regions=regions,
            grade_charts=[m.grades_by_year(data, area) for area in m.CHART_AREAS],
            themes=m.themes_by_year(data, labels),
            inspections=len(data.inspections),
            recommendations=sum(len(r.result.recommendations) for r in data.inspections),
            known=len(data.lookup.by_urn),
            warnings=result.warnings,
            latest=m.latest_date(rows),
            generated=date.today(),
        ),
        encoding="utf-8",
    )
    result.pages.insert(0, index)
    result.seconds = round(time.perf_counter() - started, 2)
    return result
