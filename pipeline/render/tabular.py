"""JSON, CSV, Markdown and XLSX views of a coverage report (the documented JSON contract too)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from plantrace.models.coverage import ActionView, CoverageReport


def contract(cov: CoverageReport) -> dict[str, Any]:
    """The documented JSON of `plantrace coverage --format json` (README)."""
    data = cov.model_dump(mode="json")
    return {
        "report": data["report"],
        "plan": data["plan"],
        "as_of": data["as_of"],
        "recommendations": [
            {
                "id": r["id"],
                "number": r["number"],
                "text": r["text"],
                "category": r["category"],
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
            "recommendation": r.number or r.id,
            "status": r.status.value,
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
        "link": "" if a.link is None else f"{a.link.method} {a.link.score:.2f} {a.link.state}",
    }


def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in untrusted PDF text (CSV/XLSX injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def as_csv(cov: CoverageReport) -> str:
    rows = recommendation_rows(cov)
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return buf.getvalue()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def markdown(cov: CoverageReport) -> str:
    s = cov.summary
    lines = [
        f"# Coverage: {_md(cov.plan.file)}",
        "",
        f"Report: {_md(cov.report.local_authority or cov.report.file)} · as of {cov.as_of.isoformat()}",
        "",
        f"**{s.coverage_pct}% covered** ({s.covered} covered, {s.weakly_covered} weakly covered, "
        f"{s.uncovered} uncovered, {s.justified} justified of {s.recommendations}); "
        f"{s.actions} actions, {s.overdue_actions} overdue, {s.orphan_actions} orphan, "
        f"{s.actions_without_owner} without owner, {s.actions_without_date} without date.",
        "",
        "| Rec | Status | Actions | Owners | Overdue | Recommendation |",
        "|---|---|---|---|---|---|",
    ]
    for r in cov.recommendations:
        owners = sorted({a.owner for a in r.actions if a.owner})
        lines.append(
            f"| {_md(r.number or r.id)} | {r.status.value} | {len(r.actions)} | {_md('; '.join(owners))} | "
            f"{sum(1 for a in r.actions if a.overdue)} | {_md(r.text[:140])} |"
        )
    if cov.orphan_actions:
        lines += ["", "## Orphan actions", ""]
        lines += [f"- {_md(a.ref or a.id)}: {_md(a.text[:140])}" for a in cov.orphan_actions]
    return "\n".join(lines) + "\n"


def as_xlsx(cov: CoverageReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    fills = {
        "covered": "C6EFCE", "weakly_covered": "FFEB9C", "uncovered": "FFC7CE", "justified": "DDEBF7",
        "red": "FFC7CE", "amber": "FFEB9C", "green": "C6EFCE", "blue": "DDEBF7",
    }  # fmt: skip
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    for k, v in cov.summary.model_dump().items():
        ws.append([k, v])
    sheets: list[tuple[str, list[dict[str, Any]]]] = [
        ("Recommendations", recommendation_rows(cov)),
        ("Orphan actions", [_action_cols(a) for a in cov.orphan_actions]),
        (
            "No owner or date",
            [
                _action_cols(a)
                for a in {
                    a.id: a for a in cov.actions_without_owner + cov.actions_without_date
                }.values()
            ],
        ),
        ("KPIs", [k.model_dump(mode="json") for k in cov.kpis]),
    ]
    for title, rows in sheets:
        sheet = wb.create_sheet(title)
        if not rows:
            sheet.append(["(none)"])
            continue
        header = list(rows[0])
        sheet.append(header)
        for c in sheet[1]:
            c.font = Font(bold=True)
        for row in rows:
            sheet.append([_safe_cell(row.get(h)) for h in header])
            for col in ("status", "rag", "computed_rag"):
                if col in header and str(row.get(col)) in fills:
                    cell = sheet.cell(row=sheet.max_row, column=header.index(col) + 1)
                    cell.fill = PatternFill("solid", fgColor=fills[str(row.get(col))])
        sheet.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
