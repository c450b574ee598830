"""Coverage report renderers: one function per format, all from the same CoverageReport."""

from __future__ import annotations

from typing import Any

from plantrace.models.coverage import CoverageReport


def render(cov: CoverageReport, fmt: str, store: Any = None) -> bytes:
    if fmt == "html":
        from plantrace.pipeline.render.html import render_html

        return render_html(cov, store=store).encode("utf-8")
    from plantrace.pipeline.render import tabular

    if fmt == "json":
        return tabular.as_json(cov).encode("utf-8")
    if fmt == "csv":
        return tabular.as_csv(cov).encode("utf-8-sig")  # BOM: Excel on Windows reads UTF-8
    if fmt == "md":
        return tabular.markdown(cov).encode("utf-8")
    if fmt == "xlsx":
        return tabular.as_xlsx(cov)
    raise ValueError(f"unknown format {fmt!r} (html, json, csv, xlsx, md)")
