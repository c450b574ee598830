"""JSON, CSV, Markdown and XLSX views of a coverage report (the documented JSON contract too).

Every view starts with the warnings (what the extraction was unsure of, a pairing that looks
wrong), so a figure is never read without them. The recommendation is always named by the
number printed in the report.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from plantrace.models.coverage import ActionView, CoverageReport, RecommendationView
from plantrace.pipeline.render.words import link_words, vocabulary, warning_line, word


def contract(cov: CoverageReport) -> dict[str, Any]:
    """The documented JSON of `plantrace coverage --format json` (README); keys only added."""
    data = cov.model_dump(mode="json")
    return {
        "warnings": data["warnings"],
        "report": data["report"],
        "plan": data["plan"],
        "as_of": data["as_of"],
        "recommendations": [
            {
                "id": r["id"],
                "number": r["number"],
                "label": r["label"],
                "text": r["text"],
                "category": r["category"],
                "partnership": r["partnership"],
                "counted": r["counted"],
                "page": r["page"],
                "status": r["status"],
                "justification": r["justification"],
                "actions": [_action(a) for a in r["actions"]],
                "kpis": r["kpis"],
            }
            for r in data["recommendations"]
        ],
        "orphan_actions": [_action(a) for a in data["orphan_actions"]],
        "actions_without_owner": [a["id"] for a in data["actions_without_owner"]],
        "actions_without_date": [a["id"] for a in data["actions_without_date"]],
        "kpis": data["kpis"],
        "summary": data["summary"],
    }


def _action(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": a["id"],
        "ref": a["ref"],
        "text": a["text"],
        "owner": a["owner"],
        "due_date": a["due_date"],
        "due_raw": a["due_raw"],
        "overdue": a["overdue"],
        "rag": a["rag"],
        "page": a["page"],
        "link": a["link"],
    }


def as_json(cov: CoverageReport) -> str:
    return json.dumps(contract(cov), indent=2, ensure_ascii=False) + "\n"


def recommendation_rows(cov: CoverageReport) -> list[dict[str, Any]]:
    """One row per recommendation-action pair (a recommendation with no action gets one row)."""
    rows: list[dict[str, Any]] = []
    for r in cov.recommendations:
        base = {
            "recommendation": r.label,
            "status": r.status.value,
            "category": word("category", r.category),
            "counted": "yes" if r.counted else "no",
            "recommendation_text": r.text,
        }
        if not r.actions:
            rows.append({**base, **_action_cols(None), "justification": r.justification or ""})
        for a in r.actions:
            rows.append({**base, **_action_cols(a), "justification": r.justification or ""})
    return rows


def _action_cols(a: ActionView | None) -> dict[str, Any]:
    if a is None:
        return {
            "action": "",
            "action_text": "",
            "owner": "",
            "due": "",
            "overdue": "",
            "rag": "",
            "link": "",
        }
    return {
        "action": a.ref or a.id,
        "action_text": a.text,
        "owner": a.owner or "",
        "due": a.due_date.isoformat() if a.due_date else (a.due_raw or ""),
        "overdue": "yes" if a.overdue else "",
        "rag": a.rag or "",
        "link": link_words(a.link),
    }


def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in untrusted PDF text (CSV/XLSX injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def as_csv(cov: CoverageReport) -> str:
    """Warnings first, one per line starting '# warning', then the header and the rows.

    Written with a UTF-8 byte-order mark (by render) so Excel on Windows reads it as UTF-8.
    """
    rows = recommendation_rows(cov)
    buf = io.StringIO()
    writer = csv.writer(buf)
    for w in cov.warnings:
        writer.writerow([_safe_cell(f"# warning: {warning_line(w)}")])
    if rows:
        dict_writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        dict_writer.writeheader()
        for row in rows:
            dict_writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return buf.getvalue()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis, never mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def headline(cov: CoverageReport) -> str:
    """'How the plan answers Ofsted's recommendations to Northwold County Council'."""
    who = cov.report.local_authority
    return (
        f"How the plan answers Ofsted's recommendations to {who}"
        if who
        else ("How the plan answers Ofsted's recommendations")
    )


def markdown(cov: CoverageReport) -> str:
    s = cov.summary
    lines = [f"# Coverage: {_md(headline(cov)[0].lower() + headline(cov)[1:])}", ""]
    if cov.warnings:
        lines += ["> **Read first:**"]
        lines += [f"> - {_md(warning_line(w))}" for w in cov.warnings]
        lines += [""]
    lines += [
        f"Report: {_md(cov.report.file)}"
        + (
            f" (inspection ended {_day(cov.report.inspection_end)})"
            if cov.report.inspection_end
            else ""
        )
        + f" · Plan: {_md(cov.plan.file)} · as of {_day(cov.as_of)}",
        "",
        f"**{s.coverage_pct}% of Ofsted's recommendations covered** ({s.covered} covered, "
        f"{s.weakly_covered} partly covered, {s.uncovered} not covered, {s.justified} gap "
        f"explained, of {s.recommendations}); {s.actions} actions, {s.overdue_actions} overdue, "
        f"{s.orphan_actions} answering no recommendation, {s.actions_without_owner} without "
        f"owner, {s.actions_without_date} without due date.",
        "",
    ]
    if s.partnership_recommendations:
        lines += [_partnership_note(cov), ""]
    lines += [
        "| Rec | Status | Actions | Owners | Overdue | Recommendation |",
        "|---|---|---|---|---|---|",
    ]
    for r in cov.recommendations:
        lines.append(_md_row(r))
    if cov.orphan_actions:
        lines += ["", "## Actions that answer no recommendation", ""]
        lines += [f"- {_md(a.ref or a.id)}: {_md(clip(a.text, 140))}" for a in cov.orphan_actions]
    return "\n".join(lines) + "\n"


def _md_row(r: RecommendationView) -> str:
    owners = sorted({a.owner for a in r.actions if a.owner})
    status = word("status", r.status)
    if not r.counted:
        status += " (partnership's, not counted)"
    return (
        f"| {_md(r.label)} | {status} | {len(r.actions)} | {_md(clip('; '.join(owners), 80))} | "
        f"{sum(1 for a in r.actions if a.overdue)} | {_md(clip(r.text, 140))} |"
    )


def _partnership_note(cov: CoverageReport) -> str:
    n = cov.summary.partnership_recommendations
    if cov.summary.partnership_included:
        return f"{n} recommendation(s) to the safeguarding partnership (LSCB) are counted above."
    return (
        f"{n} recommendation(s) to the safeguarding partnership (LSCB) are the partnership's to "
        "answer and are not counted above (--include-partnership counts them)."
    )


def _day(d: date | None) -> str:
    return d.strftime("%-d %B %Y") if d else ""


# --- XLSX -------------------------------------------------------------------------------------

_FILLS = {
    "covered": "C6EFCE", "weakly_covered": "FFEB9C", "uncovered": "FFC7CE", "justified": "DDEBF7",
    "red": "FFC7CE", "amber": "FFEB9C", "green": "C6EFCE", "blue": "DDEBF7",
}  # fmt: skip
_DATE_FORMAT = "d mmm yyyy"

# (header in words, width in characters, value of an ActionView / row)
_ACTION_COLUMNS: list[tuple[str, int]] = [
    ("Action (as printed)", 12),
    ("What the plan will do", 60),
    ("Owner", 24),
    ("Due date", 13),
    ("Due (as printed)", 18),
    ("Overdue", 9),
    ("RAG", 10),
    ("Page in plan", 8),
]


def _action_values(a: ActionView | None) -> list[Any]:
    if a is None:
        return ["", "", "", None, "", "", "", None]
    return [
        a.ref or a.id,
        a.text,
        a.owner or "",
        a.due_date,
        a.due_raw or "",
        "overdue" if a.overdue else "",
        word("rag", a.rag),
        a.page,
    ]


def as_xlsx(cov: CoverageReport) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "plantrace"  # the Excel reader refuses it if it is ingested back
    ws = wb.active
    ws.title = "Summary"
    _summary_sheet(ws, cov)
    rec_header = [
        ("Recommendation (as printed)", 14),
        ("Status", 16),
        ("Category", 22),
        ("Counted in coverage", 11),
        ("Recommendation", 60),
        *_ACTION_COLUMNS,
        ("How it was linked", 30),
        ("Gap explained", 30),
    ]
    rec_rows = []
    for r in cov.recommendations:
        base = [
            r.label,
            word("status", r.status),
            word("category", r.category),
            "yes" if r.counted else "no",
            r.text,
        ]
        actions: list[ActionView | None] = list(r.actions) or [None]
        for a in actions:
            rec_rows.append(
                [*base, *_action_values(a), link_words(a.link if a else None), r.justification]
            )
    _table_sheet(wb.create_sheet("Recommendations"), rec_header, rec_rows, status_col=1)
    _table_sheet(
        wb.create_sheet("Actions not linked"),
        _ACTION_COLUMNS,
        [_action_values(a) for a in cov.orphan_actions],
    )
    missing = {a.id: a for a in cov.actions_without_owner + cov.actions_without_date}
    _table_sheet(
        wb.create_sheet("No owner or date"),
        _ACTION_COLUMNS,
        [_action_values(a) for a in missing.values()],
    )
    kpi_header = [
        ("Code", 10),
        ("Indicator", 50),
        ("Direction", 12),
        ("Baseline", 12),
        ("Latest", 12),
        ("Target", 12),
        ("Council's RAG", 14),
        ("RAG from the figures", 14),
        ("Colours disagree", 10),
        ("Page in plan", 8),
    ]
    kpi_rows = [
        [
            k.code,
            k.indicator,
            k.direction,
            k.baseline,
            k.latest,
            k.target,
            word("rag", k.rag),
            word("rag", k.computed_rag),
            "disagree" if k.rag_disagrees else "",
            k.page,
        ]
        for k in cov.kpis
    ]
    _table_sheet(wb.create_sheet("Measures (KPIs)"), kpi_header, kpi_rows)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _summary_sheet(ws: Any, cov: CoverageReport) -> None:
    """A header block saying what was compared, the warnings, then the figures as a table."""
    from openpyxl.styles import Alignment, Font

    s = cov.summary
    ws.append([headline(cov)])
    ws["A1"].font = Font(bold=True, size=14)
    block: list[tuple[str, Any]] = [
        ("Authority", cov.report.local_authority or ""),
        ("Inspection report", cov.report.file),
        ("Inspection ended", cov.report.inspection_end),
        ("Plan", cov.plan.file),
        ("Plan dated", cov.plan.dated),
        ("As of", cov.as_of),
        ("Extractor version", cov.plan.extractor_version),
    ]
    for label, value in block:
        ws.append([label, value])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        if isinstance(value, date):
            ws.cell(ws.max_row, 2).number_format = _DATE_FORMAT
            ws.cell(ws.max_row, 2).alignment = Alignment(horizontal="left")
    ws.append([])
    ws.append(["Warnings", "" if cov.warnings else "none"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for w in cov.warnings:
        ws.append(["", _safe_cell(warning_line(w))])
        ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    start = ws.max_row + 1
    ws.append(["Figure", "Value"])
    figures: list[tuple[str, Any, str | None]] = [
        ("Ofsted recommendations counted", s.recommendations, None),
        ("Covered", s.covered, None),
        ("Partly covered", s.weakly_covered, None),
        ("Not covered", s.uncovered, None),
        ("Gap explained", s.justified, None),
        ("Covered or gap explained (%)", s.coverage_pct / 100, "0.0%"),
        ("Answered at least partly (%)", s.answered_pct / 100, "0.0%"),
        ("Partnership (LSCB) recommendations", s.partnership_recommendations, None),
        ("Partnership recommendations counted", "yes" if s.partnership_included else "no", None),
        ("Actions in the plan", s.actions, None),
        ("Actions overdue", s.overdue_actions, None),
        ("Actions answering no recommendation", s.orphan_actions, None),
        ("Actions without an owner", s.actions_without_owner, None),
        ("Actions without a due date", s.actions_without_date, None),
        ("Measures (KPIs)", s.kpis, None),
        ("KPIs whose colour disagrees with the figures", s.kpi_rag_disagreements, None),
    ]
    for label, value, fmt in figures:
        ws.append([label, value])
        if fmt:
            ws.cell(ws.max_row, 2).number_format = fmt
    for c in ws[start]:
        c.font = Font(bold=True)
    ws.auto_filter.ref = f"A{start}:B{ws.max_row}"
    # the figures' header row stays in view, unless many warnings would freeze half a screen
    ws.freeze_panes = f"A{start + 1}" if start <= 16 else "A2"
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows(min_row=2, max_row=start - 1):
        for c in row:
            c.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal=c.alignment.horizontal
            )


def _table_sheet(
    sheet: Any, header: list[tuple[str, int]], rows: list[list[Any]], status_col: int | None = None
) -> None:
    """Bold frozen header row with an auto-filter; widths set, text wrapped; dates as dates."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append([h for h, _ in header])
    for c in sheet[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, (_, width) in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    if not rows:
        sheet.append(["(none)"])
    for row in rows:
        sheet.append([_safe_cell(v) for v in row])
        for c in sheet[sheet.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(c.value, date):
                c.number_format = _DATE_FORMAT
        if status_col is not None:
            fill = _FILLS.get(_status_value(row[status_col]))
            if fill:
                sheet.cell(sheet.max_row, status_col + 1).fill = PatternFill("solid", fgColor=fill)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 2)}"


def _status_value(words: Any) -> str:
    back = {v: k for k, v in vocabulary()["status"].items()}
    return back.get(str(words), "")
