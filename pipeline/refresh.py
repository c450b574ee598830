"""The national refresh's work: export and site from one read of the store, and what changed.

flows/national.py schedules this (after ingesting the inbox and reprocessing); the work lives
here so it can be run and tested without Prefect. Each refresh leaves `national-summary.json` in
its output folder; the next one compares against it, so "what changed" means since the last
refresh that wrote to the same folder.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.pipeline.export import build_tables, write_tables
from plantrace.pipeline.national import NationalData, load_national
from plantrace.pipeline.site import build_site
from plantrace.pipeline.store import Store

SUMMARY_FILE = "national-summary.json"


@dataclass(slots=True)
class Refresh:
    out: Path
    summary: dict[str, Any]
    previous: dict[str, Any] | None
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def summarise(data: NationalData, rows: dict[str, int]) -> dict[str, Any]:
    """What a later refresh compares against: ids, not only counts, so it can name what is new."""
    return {
        "inspections": {
            r.sha256: {
                "authority": r.name,
                "start_date": r.start_date.isoformat() if r.start_date else None,
                "overall_effectiveness": r.grades().get("overall_effectiveness"),
                "extractor_version": r.result.extractor_version,
            }
            for r in data.inspections
        },
        "plans": sorted(p.sha256 for p in data.plans),
        "rows": rows,
        "unmatched": data.unmatched,
    }


def refresh(store: Store, out: Path, formats: list[str]) -> Refresh:
    """Write out/export/<format>/ and out/site/ from one read of the store."""
    previous = None
    summary_path = out / SUMMARY_FILE
    if summary_path.exists():
        try:
            previous = json.loads(summary_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None  # a damaged summary only costs the comparison
    t0 = time.perf_counter()
    data = load_national(store)
    t1 = time.perf_counter()
    tables = build_tables(data, store, data.themes_of)
    files: list[Path] = []
    for fmt in formats:
        files += write_tables(tables, fmt, out / "export" / fmt)
    t2 = time.perf_counter()
    site = build_site(store, out / "site", data)
    t3 = time.perf_counter()
    summary = summarise(data, {name: len(rows) for name, rows in tables.tables.items()})
    out.mkdir(parents=True, exist_ok=True)
    summary_path.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return Refresh(
        out=out,
        summary=summary,
        previous=previous,
        files=[*files, *site.pages, summary_path],
        warnings=site.warnings,
        seconds={"load": round(t1 - t0, 2), "export": round(t2 - t1, 2), "site": round(t3 - t2, 2)},
    )


def changes_markdown(r: Refresh) -> str:
    """The artifact: new and changed inspections since the last refresh, table sizes, warnings."""
    now = r.summary["inspections"]
    before = (r.previous or {}).get("inspections", {})
    lines = [f"# National refresh: {len(now)} inspection report(s)", ""]
    if r.previous is None:
        lines.append("First refresh into this folder: nothing to compare with.")
    new = [now[k] for k in now if k not in before]
    gone = [before[k] for k in before if k not in now]
    regraded = [
        (before[k], now[k])
        for k in now
        if k in before and before[k]["overall_effectiveness"] != now[k]["overall_effectiveness"]
    ]
    reread = [
        k
        for k in now
        if k in before and before[k]["extractor_version"] != now[k]["extractor_version"]
    ]
    if r.previous is not None:
        lines.append(
            f"{len(new)} new, {len(gone)} no longer in the store, {len(reread)} re-read by a newer "
            f"extractor, {len(regraded)} whose overall effectiveness reads differently."
        )
    for title, items in (("New inspections", new), ("No longer in the store", gone)):
        if items:
            lines += [
                "",
                f"## {title}",
                "",
                "| Authority | Inspection | Overall effectiveness |",
                "|---|---|---|",
            ]
            lines += [
                f"| {_md(i['authority'])} | {i['start_date'] or 'undated'} | {i['overall_effectiveness'] or 'not judged'} |"
                for i in sorted(items, key=lambda i: (i["authority"], i["start_date"] or ""))
            ]
    if regraded:
        lines += ["", "## Overall effectiveness reads differently", ""]
        lines += [
            f"- {_md(b['authority'])} {b['start_date']}: {b['overall_effectiveness']} -> {a['overall_effectiveness']}"
            for b, a in regraded
        ]
    lines += ["", "## Tables", "", "| Table | Rows | Change |", "|---|---|---|"]
    old_rows = (r.previous or {}).get("rows", {})
    for name, n in r.summary["rows"].items():
        delta = n - old_rows.get(name, 0) if r.previous is not None else 0
        lines.append(f"| {name} | {n} | {delta:+d} |")
    if r.warnings:
        lines += ["", "## Warnings", ""] + [f"- {_md(w)}" for w in r.warnings]
    lines += ["", f"Timings (s): {r.seconds}"]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")
