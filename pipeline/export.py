"""`plantrace export`: the store as tidy tables (csv, xlsx, jsonl, parquet).

Columns are a documented contract like the CLI's JSON (README, and `columns.md` written beside
every export): names are only ever added. One table per kind of record, one row per record, plus
`history`, one row per inspection and one column per judgement area, whose column names and
meaning follow the public Ofsted ILACS scrape tool's summary (data-to-insight/
ofsted-ilacs-scrape-tool: urn, la_code, region_code, local_authority, inspector_name,
inspection_start_date, inspection_end_date, publication_date, inspection_framework,
overall_effectiveness_grade, impact_of_leaders_grade, help_and_protection_grade, in_care_grade,
care_leavers_grade), so its users can switch; it differs in holding every inspection (not only the
latest), every era (SIF 2014-17 areas such as adoption_grade and lscb_grade, and 2013 areas), ISO
dates, and an empty cell where a report prints no grade for an area.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from plantrace.models.grades import AREAS
from plantrace.pipeline.national import InspectionRecord, NationalData, load_national
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import load_justifications, load_links

FORMATS = ("csv", "xlsx", "jsonl", "parquet")
PARQUET_HINT = (
    "parquet needs pyarrow, which is not installed: `pip install 'plantrace[parquet]'` (or pyarrow) "
    "(or use --format csv|xlsx|jsonl)"
)

Row = dict[str, Any]
ThemeFn = Callable[[str], list[str]]


class ExportError(Exception):
    """The export cannot be written (missing optional library, unknown format): a clear message."""


# --- the documented columns --------------------------------------------------------------------
# table -> [(column, meaning)]; the order is the column order in every format.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "authorities": [
        ("urn", "Ofsted URN of the local authority's children's services"),
        ("la_code", "old three-digit DfE LA code"),
        ("la_code_new", "ONS LA code (E06..., E08..., E09..., E10...)"),
        ("local_authority", "ONS name"),
        ("region_code", "region code (e.g. GL, NW)"),
        ("region_name", "region name"),
        ("la_type", "ONS LA type"),
        ("stat_neighbours", "statistical neighbours' old LA codes, nearest first, '; '-separated"),
        ("inspections", "inspections of this authority in the store"),
        ("latest_inspection_start_date", "start date of its latest inspection in the store"),
        ("latest_overall_effectiveness", "overall effectiveness of that inspection (grade key)"),
    ],
    "inspections": [
        ("inspection_id", "sha256 of the report PDF"),
        ("urn", "Ofsted URN (empty when the authority could not be joined)"),
        ("la_code", "old DfE LA code"),
        ("la_code_new", "ONS LA code"),
        ("local_authority", "ONS name (else the printed name)"),
        ("local_authority_printed", "the authority as page 1 prints it"),
        ("region_name", "region name"),
        ("framework", "sif | ilacs | ilacs_2026 | other (2013 and earlier frameworks)"),
        ("start_date", "first inspection day, ISO"),
        ("end_date", "last inspection day, ISO"),
        ("publication_date", "publication date if printed, ISO"),
        ("year", "year of start_date"),
        ("lead_inspector", "lead inspector's name"),
        ("judgements", "graded judgements read"),
        ("recommendations", "recommendations read"),
        ("warnings", "extraction warning codes, '; '-separated"),
        ("source_file", "path of the PDF when ingested"),
        ("extractor_version", "extractor version of the stored run"),
    ],
    "judgements": [
        ("inspection_id", "sha256 of the report"),
        ("urn", "Ofsted URN"),
        ("local_authority", "ONS name"),
        ("framework", "inspection framework"),
        ("start_date", "first inspection day, ISO"),
        ("area", "judgement area key (overall_effectiveness, impact_of_leaders, ...)"),
        ("grade", "outstanding | good | adequate | requires_improvement | inadequate"),
        ("grade_printed", "the grade as printed"),
        ("page", "page it is printed on (1-based)"),
    ],
    "recommendations": [
        ("inspection_id", "sha256 of the report"),
        ("urn", "Ofsted URN"),
        ("local_authority", "ONS name"),
        ("framework", "inspection framework"),
        ("start_date", "first inspection day, ISO"),
        ("year", "year of start_date"),
        ("recommendation_id", "r<ordinal>, stable within the report"),
        ("number", "number as printed, if any"),
        ("category", "priority_and_immediate | area_for_improvement | lscb (SIF), else empty"),
        ("timescale", "2013 reports: the timescale group"),
        ("themes", "practice themes (extractors/data/themes.jsonl keys), '; '-separated"),
        ("text", "recommendation text"),
        ("page", "page (1-based)"),
    ],
    "plans": [
        ("plan_id", "sha256 of the plan"),
        ("source_file", "path when ingested"),
        ("report_id", "sha256 of the paired inspection report, if paired"),
        ("urn", "Ofsted URN of the paired report's authority"),
        ("local_authority", "its ONS name"),
        ("actions", "actions read"),
        ("kpis", "KPIs read"),
        ("plan_recommendations", "recommendations the plan quotes"),
        ("extractor_version", "extractor version of the stored run"),
    ],
    "actions": [
        ("plan_id", "sha256 of the plan"),
        ("action_id", "a<ordinal>, stable within the plan"),
        ("ref", "reference as printed"),
        ("themes", "practice themes, '; '-separated"),
        ("text", "action text"),
        ("owner", "owner as printed"),
        ("due_date", "due date, ISO, when one could be read"),
        ("due_raw", "due date as printed"),
        ("rag", "RAG status as printed"),
        ("progress", "progress text"),
        ("recommendations", "ids of the plan's recommendations it answers, '; '-separated"),
        ("page", "page (1-based)"),
    ],
    "kpis": [
        ("plan_id", "sha256 of the plan"),
        ("kpi_id", "id within the plan"),
        ("code", "indicator code as printed"),
        ("indicator", "indicator"),
        ("direction", "higher_better | lower_better | ..."),
        ("baseline", "baseline as printed"),
        ("latest", "latest value as printed"),
        ("target", "target as printed"),
        ("rag", "RAG as printed"),
        ("page", "page (1-based)"),
    ],
    "links": [
        ("report_id", "sha256 of the report"),
        ("recommendation_id", "recommendation id in the report"),
        ("plan_id", "sha256 of the plan"),
        ("item_kind", "action | plan_recommendation | kpi"),
        ("item_id", "id of the plan item"),
        ("method", "ref | section | quoted_text | similarity | manual"),
        ("score", "0..1"),
        ("state", "confirmed | suggested | rejected | suspect"),
        ("origin", "auto | person"),
    ],
    "coverage": [
        ("report_id", "sha256 of the report"),
        ("plan_id", "sha256 of the plan"),
        ("recommendation_id", "recommendation id"),
        ("number", "number as printed"),
        ("status", "covered | weakly_covered | uncovered | justified"),
        ("actions", "actions answering it"),
        ("text", "recommendation text"),
    ],
    "recurring": [
        ("urn", "Ofsted URN"),
        ("local_authority", "ONS name"),
        ("group", "number of the recurrence within the authority (1 = most inspections)"),
        ("theme", "the theme the recommendations share"),
        ("recurrence", "e.g. 'asked in 2014, again in 2018 and in 2022'"),
        ("inspection_id", "sha256 of the report"),
        ("start_date", "first inspection day, ISO"),
        ("recommendation_id", "recommendation id in that report"),
        ("text", "recommendation text"),
    ],
    "history": [
        ("urn", "Ofsted URN (scrape tool: urn)"),
        ("la_code", "old DfE LA code (scrape tool: la_code)"),
        ("region_code", "region code (scrape tool: region_code)"),
        ("stat_neighbours", "statistical neighbours' old LA codes (scrape tool: stat_neighbours)"),
        ("local_authority", "ONS name (scrape tool: local_authority, a cleaned lower-case name)"),
        ("inspection_id", "sha256 of the report (not in the scrape tool)"),
        ("framework", "sif | ilacs | ilacs_2026 | other (not in the scrape tool)"),
        (
            "inspection_framework",
            "short | standard | longer, by inspection length as the scrape tool computes it "
            "(<= 7 days short, <= 15 standard)",
        ),
        ("inspector_name", "lead inspector (scrape tool: inspector_name)"),
        ("inspection_start_date", "ISO (the scrape tool writes dd/mm/yyyy)"),
        ("inspection_end_date", "ISO"),
        ("publication_date", "ISO, when printed"),
        (
            "overall_effectiveness_grade",
            "grade words as the scrape tool writes them, e.g. 'requires improvement'",
        ),
        ("impact_of_leaders_grade", "impact of leaders on social work practice"),
        ("help_and_protection_grade", "children who need help and protection"),
        (
            "in_care_grade",
            "children in care; before 2023 the joint 'children in care and care leavers' "
            "judgement (as in the scrape tool)",
        ),
        ("care_leavers_grade", "care leavers (ILACS from 2023; SIF); empty when not judged"),
        ("adoption_grade", "adoption performance (SIF)"),
        ("lscb_grade", "Local Safeguarding Children Board (SIF)"),
    ],
}

_HISTORY_AREAS = {
    "overall_effectiveness": "overall_effectiveness_grade",
    "impact_of_leaders": "impact_of_leaders_grade",
    "help_and_protection": "help_and_protection_grade",
    "children_in_care": "in_care_grade",
    "care_leavers": "care_leavers_grade",
    "adoption": "adoption_grade",
    "lscb": "lscb_grade",
}
assert set(_HISTORY_AREAS) == set(AREAS)


def grade_words(grade: str) -> str:
    """A grade key as the scrape tool writes it: 'requires_improvement' -> 'requires improvement'."""
    return grade.replace("_", " ")


def history_column(area: str) -> str:
    return _HISTORY_AREAS.get(area, f"{area}_grade")


def _iso(d: date | None) -> str:
    return "" if d is None else d.isoformat()


def _length_category(start: date | None, end: date | None) -> str:
    if start is None or end is None or end < start:
        return ""
    days = (end - start).days
    return "short" if days <= 7 else "standard" if days <= 15 else "longer"


# --- building the tables -------------------------------------------------------------------------
@dataclass(slots=True)
class Tables:
    tables: dict[str, list[Row]]
    columns: dict[str, list[str]]


def _no_themes(_text: str) -> list[str]:
    return []


def build_tables(
    data: NationalData, store: Store | None = None, themes: ThemeFn | None = None
) -> Tables:
    """Every table as rows; links and coverage need the store (they are read from it)."""
    themes = themes or _no_themes
    t: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    for r in data.inspections:
        t["inspections"].append(_inspection_row(r))
        t["judgements"] += _judgement_rows(r)
        t["recommendations"] += _recommendation_rows(r, themes)
        t["history"].append(_history_row(r))
    t["authorities"] = _authority_rows(data)
    if themes is not _no_themes:
        t["recurring"] = _recurring_rows(data, themes)
    by_sha = {r.sha256: r for r in data.inspections}
    for p in data.plans:
        report = by_sha.get(p.report_sha256 or "")
        t["plans"].append(
            {
                "plan_id": p.sha256,
                "source_file": p.source,
                "report_id": p.report_sha256 or "",
                "urn": report.urn if report else "",
                "local_authority": report.name if report else "",
                "actions": len(p.result.actions),
                "kpis": len(p.result.kpis),
                "plan_recommendations": len(p.result.recommendations),
                "extractor_version": p.result.extractor_version,
            }
        )
        t["actions"] += [
            {
                "plan_id": p.sha256,
                "action_id": a.id,
                "ref": a.ref or "",
                "themes": "; ".join(themes(a.text)),
                "text": a.text,
                "owner": a.owner or "",
                "due_date": _iso(a.due_date),
                "due_raw": a.due_raw or "",
                "rag": a.rag or "",
                "progress": a.progress or "",
                "recommendations": "; ".join(a.recommendations),
                "page": a.provenance.page,
            }
            for a in p.result.actions
        ]
        t["kpis"] += [
            {
                "plan_id": p.sha256,
                "kpi_id": k.id,
                "code": k.code or "",
                "indicator": k.indicator,
                "direction": k.direction or "",
                "baseline": k.baseline.raw if k.baseline else "",
                "latest": k.latest.raw if k.latest else "",
                "target": k.target.raw if k.target else "",
                "rag": k.rag or "",
                "page": k.provenance.page,
            }
            for k in p.result.kpis
        ]
        if store is not None and report is not None:
            _links_and_coverage(store, report, p.sha256, p.result, t)
    columns = {name: [c for c, _ in cols] for name, cols in COLUMNS.items()}
    extra = sorted({k for row in t["history"] for k in row} - set(columns["history"]))
    columns["history"] += extra  # rarer areas (2013 frameworks) after the documented ones
    return Tables(t, columns)


def _inspection_row(r: InspectionRecord) -> Row:
    m = r.result.inspection
    assert m is not None
    a = r.authority
    return {
        "inspection_id": r.sha256,
        "urn": r.urn,
        "la_code": a.la_code if a else "",
        "la_code_new": a.la_code_new if a else "",
        "local_authority": r.name,
        "local_authority_printed": m.local_authority,
        "region_name": a.region_name if a else "",
        "framework": r.framework,
        "start_date": _iso(m.start_date),
        "end_date": _iso(m.end_date),
        "publication_date": _iso(m.publication_date),
        "year": r.year or "",
        "lead_inspector": m.lead_inspector or "",
        "judgements": len(r.result.judgements),
        "recommendations": len(r.result.recommendations),
        "warnings": "; ".join(w.code for w in r.result.warnings),
        "source_file": r.source,
        "extractor_version": r.result.extractor_version,
    }


def _judgement_rows(r: InspectionRecord) -> list[Row]:
    return [
        {
            "inspection_id": r.sha256,
            "urn": r.urn,
            "local_authority": r.name,
            "framework": r.framework,
            "start_date": _iso(r.start_date),
            "area": j.area,
            "grade": j.grade.value,
            "grade_printed": j.raw,
            "page": j.provenance.page,
        }
        for j in r.result.judgements
    ]


def _recommendation_rows(r: InspectionRecord, themes: ThemeFn) -> list[Row]:
    return [
        {
            "inspection_id": r.sha256,
            "urn": r.urn,
            "local_authority": r.name,
            "framework": r.framework,
            "start_date": _iso(r.start_date),
            "year": r.year or "",
            "recommendation_id": rec.id,
            "number": rec.number or "",
            "category": rec.category.value if rec.category else "",
            "timescale": rec.timescale or "",
            "themes": "; ".join(themes(rec.text)),
            "text": rec.text,
            "page": rec.provenance.page,
        }
        for rec in r.result.recommendations
    ]


def _history_row(r: InspectionRecord) -> Row:
    m = r.result.inspection
    assert m is not None
    a = r.authority
    row: Row = {
        "urn": r.urn,
        "la_code": a.la_code if a else "",
        "region_code": a.region_code if a else "",
        "stat_neighbours": "; ".join(a.stat_neighbours) if a else "",
        "local_authority": r.name,
        "inspection_id": r.sha256,
        "framework": r.framework,
        "inspection_framework": _length_category(m.start_date, m.end_date),
        "inspector_name": m.lead_inspector or "",
        "inspection_start_date": _iso(m.start_date),
        "inspection_end_date": _iso(m.end_date),
        "publication_date": _iso(m.publication_date),
    }
    row.update({col: "" for col in _HISTORY_AREAS.values()})
    for j in r.result.judgements:
        row[history_column(j.area)] = grade_words(j.grade.value)
    return row


def _recurring_rows(data: NationalData, themes: ThemeFn) -> list[Row]:
    from plantrace.pipeline.recurring import Recurring

    finder = Recurring(data, themes)
    rows: list[Row] = []
    for inspections in data.by_authority().values():
        for n, group in enumerate(finder.for_authority(inspections), start=1):
            rows += [
                {
                    "urn": inspections[0].urn,
                    "local_authority": inspections[0].name,
                    "group": n,
                    "theme": group.theme,
                    "recurrence": group.sentence(),
                    "inspection_id": ask.inspection_id,
                    "start_date": _iso(ask.start_date),
                    "recommendation_id": ask.recommendation_id,
                    "text": ask.text,
                }
                for ask in group.asks
            ]
    return rows


def _authority_rows(data: NationalData) -> list[Row]:
    seen = data.by_authority()
    rows = []
    for a in sorted(data.lookup.by_urn.values(), key=lambda a: a.name.lower()):
        insp = seen.get(a.urn, [])
        latest = insp[-1] if insp else None
        rows.append(
            {
                "urn": a.urn,
                "la_code": a.la_code,
                "la_code_new": a.la_code_new,
                "local_authority": a.name,
                "region_code": a.region_code,
                "region_name": a.region_name,
                "la_type": a.la_type,
                "stat_neighbours": "; ".join(a.stat_neighbours),
                "inspections": len(insp),
                "latest_inspection_start_date": _iso(latest.start_date) if latest else "",
                "latest_overall_effectiveness": latest.grades().get("overall_effectiveness", "")
                if latest
                else "",
            }
        )
    return rows


def _links_and_coverage(
    store: Store, report: InspectionRecord, plan_sha: str, plan: Any, t: dict[str, list[Row]]
) -> None:
    from plantrace.pipeline.coverage import (
        build_coverage,
    )  # the coverage report as the CLI builds it

    stored = load_links(store, report.sha256, plan_sha)
    t["links"] += [
        {
            "report_id": s.link.report_sha256,
            "recommendation_id": s.link.recommendation_id,
            "plan_id": s.link.plan_sha256,
            "item_kind": s.link.item_kind,
            "item_id": s.link.item_id,
            "method": s.link.method.value,
            "score": round(s.link.score, 4),
            "state": s.link.state.value,
            "origin": s.origin,
        }
        for s in stored
    ]
    cov = build_coverage(
        report.result,
        plan,
        stored,
        as_of=date.today(),
        justified=load_justifications(store, report.sha256, plan_sha),
    )
    t["coverage"] += [
        {
            "report_id": report.sha256,
            "plan_id": plan_sha,
            "recommendation_id": v.id,
            "number": v.number or "",
            "status": v.status.value,
            "actions": len(v.actions),
            "text": v.text,
        }
        for v in cov.recommendations
    ]


# --- writing -------------------------------------------------------------------------------------
def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in untrusted PDF text (CSV/XLSX injection)."""
    from plantrace.pipeline.render.tabular import _safe_cell as safe

    return safe(value)


def _write_csv(path: Path, columns: list[str], rows: Iterable[Row]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel reads UTF-8
        w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({c: _safe_cell(row.get(c, "")) for c in columns})


def _write_jsonl(path: Path, columns: list[str], rows: Iterable[Row]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({c: row.get(c, "") for c in columns}, ensure_ascii=False) + "\n")


def _write_xlsx(path: Path, tables: Tables) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    wb.properties.creator = "plantrace"  # the Excel reader refuses it if it is ingested back
    for name, rows in tables.tables.items():
        ws = wb.create_sheet(name)
        cols = tables.columns[name]
        ws.append(cols)
        for row in rows:
            ws.append([_safe_cell(row.get(c, "")) for c in cols])
    wb.save(path)


def _write_parquet(out: Path, tables: Tables) -> list[Path]:
    try:
        import pyarrow as pa  # type: ignore[import-not-found]
        import pyarrow.parquet as pq  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ExportError(PARQUET_HINT) from exc
    files = []
    for name, rows in tables.tables.items():
        cols = tables.columns[name]
        arrays = {c: [None if row.get(c, "") == "" else row.get(c) for row in rows] for c in cols}
        path = out / f"{name}.parquet"
        pq.write_table(pa.table(arrays), path)
        files.append(path)
    return files


def columns_doc(tables: Tables) -> str:
    lines = [
        "# plantrace export: columns",
        "",
        "Columns are only ever added. Dates are ISO (YYYY-MM-DD); lists are '; '-separated.",
        "Authority codes, regions and statistical neighbours: la_lookup.csv from",
        "data-to-insight / JT-39 ofsted-ilacs-scrape-tool (MIT licence), from public DfE and ONS data.",
        "",
    ]
    for name, cols in COLUMNS.items():
        lines += [f"## {name} ({len(tables.tables.get(name, []))} rows)", ""]
        lines += [f"- `{c}`: {doc}" for c, doc in cols]
        extra = tables.columns[name][len(cols) :]
        lines += [f"- `{c}`: grade words of a rarer judgement area" for c in extra]
        lines.append("")
    return "\n".join(lines)


def check_format(fmt: str) -> None:
    """Fail before any work: an unknown format, or parquet without pyarrow (with the install hint)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # type: ignore[import-not-found]  # noqa: F401
        except ImportError as exc:
            raise ExportError(PARQUET_HINT) from exc


def write_tables(tables: Tables, fmt: str, out: Path) -> list[Path]:
    check_format(fmt)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    if fmt == "parquet":
        files = _write_parquet(out, tables)
    elif fmt == "xlsx":
        path = out / "plantrace.xlsx"
        _write_xlsx(path, tables)
        files = [path]
    else:
        writer = _write_csv if fmt == "csv" else _write_jsonl
        for name, rows in tables.tables.items():
            path = out / f"{name}.{fmt}"
            writer(path, tables.columns[name], rows)
            files.append(path)
    doc = out / "columns.md"
    doc.write_text(columns_doc(tables), encoding="utf-8")
    return [*files, doc]


def default_themes(data: NationalData | None = None) -> ThemeFn:
    """The dataset's batch-themed lookup when there is a dataset, else one text at a time."""
    if data is not None:
        return data.themes_of
    from plantrace.extractors.themes import theme_keys

    return theme_keys


def export(store: Store, fmt: str, out: Path, data: NationalData | None = None) -> list[Path]:
    """Read the store, build every table, write them in one format; returns the files written."""
    check_format(fmt)
    data = data or load_national(store)
    return write_tables(build_tables(data, store, default_themes(data)), fmt, out)
