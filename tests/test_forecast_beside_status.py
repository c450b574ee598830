"""A forecast column beside the status is no status (column_roles._states_now).

A council web page prints per action where it stands now under a small drawn icon, and beside it
what the lead expects by the next report: the same scale's words, each after a small coloured
dot. The plan's own words ('Calm seas', 'Choppy', 'Storm force') are read by no vocabulary; the
forecast's dots are read as status tints. The column whose header says the future ('Expected
next quarter', 'Forecast RAG') is what the lead expects, never the status: the other column of
the same short states is, its known word ('Completed') rated, its own words said unread.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Improve the timeliness of strategy discussions so that children at risk are protected",
    "2": "Make sure that care plans say what will change for the child and by when",
    "3": "Strengthen the support given to young carers and their families",
}
DOT = {"Calm seas": "#2E7D32", "Choppy": "#E0A000", "Storm force": "#C62828"}
# recommendation -> (ref, action, lead, status now, expected next quarter)
ITEMS = {
    "1": [
        ("1a", "Hold every strategy discussion within one working day", "Priya Raman",
         "Choppy", "Calm seas"),
        ("1b", "Audit twenty strategy discussions each quarter", "Olu Adeyemi", "Storm force",
         "Choppy"),
        ("1c", "Publish the audit findings to the safeguarding partnership", "Priya Raman",
         "Completed", ""),
    ],
    "2": [
        ("2a", "Rewrite the care plan template with young people", "Olu Adeyemi", "Calm seas",
         "Storm force"),
        ("2b", "Train every team manager in outcome focused planning", "Priya Raman",
         "Choppy", "Choppy"),
        ("2c", "Check twenty care plans a month against the new standard", "Olu Adeyemi",
         "Completed", ""),
    ],
    "3": [
        ("3a", "Offer every young carer an assessment of their needs", "Priya Raman",
         "Storm force", "Calm seas"),
        ("3b", "Publish a young carers' offer with schools", "Olu Adeyemi", "Calm seas",
         "Choppy"),
        ("3c", "Set up a young carers' forum that meets each term", "Priya Raman", "Choppy",
         "Storm force"),
    ],
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.8pt; }"
    "table { border-collapse: collapse; width: 100%; margin-bottom: 4mm; }"
    "th { background: #E8EEF2; text-align: left; padding: 1.2mm; }"
    "td { padding: 1.2mm; border-bottom: 0.25mm solid #CBD9DF; vertical-align: top; }"
    "td.now { text-align: center; font-weight: bold; } td.now svg { display: block;"
    " margin: 0 auto; } .fc { font-style: italic; color: #555; }"
)
WAVE = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 20' width='26' height='13'>"
    "<path d='M2 12 Q 10 2 18 12 T 38 12' fill='none' stroke='#607D8B' stroke-width='2'/></svg>"
)


def _dot(word: str) -> str:
    if not word:
        return "<span class='fc'>&ndash;</span>"
    return (
        "<span class='fc'><svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'>"
        f"<circle cx='4.5' cy='4.5' r='4' fill='{DOT[word]}'/></svg> {escape(word)}</span>"
    )


def _table(n: str, now: str, ahead: str) -> str:
    rows = "".join(
        f"<tr><td>{ref}</td><td>{escape(text)}</td><td>{escape(lead)}</td>"
        f"<td>30/06/2027</td><td class='now'>{WAVE}{escape(state)}</td><td>{_dot(fc)}</td></tr>"
        for ref, text, lead, state, fc in ITEMS[n]
    )
    return (
        f"<h2>Recommendation {n}</h2><p><i>{escape(RECS[n])}</i></p><table><thead><tr>"
        f"<th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>{now}</th><th>{ahead}</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _html(now: str, ahead: str) -> str:
    tables = "".join(_table(n, now, ahead) for n in RECS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Eastfield Council: improvement plan</h1><p>Each action shows where it stands now "
        "and what its lead expects by the next report.</p>"
        f"{tables}</body></html>"
    )


def _extract(tmp: pytest.TempPathFactory, name: str, now: str, ahead: str) -> PlanExtraction:
    page = tmp.mktemp(name) / f"{name}.html"
    page.write_text(_html(now, ahead))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> PlanExtraction:
    return _extract(tmp_path_factory, "sea", "Where it stands now", "Expected next quarter")


@needs_chromium
def test_the_forecast_is_not_the_status(plan: PlanExtraction) -> None:
    got = {a.ref: a.rag for a in plan.actions}
    want = {ref: ("blue" if state == "Completed" else None)
            for items in ITEMS.values() for ref, _, _, state, _ in items}  # fmt: skip
    assert got == want


@needs_chromium
def test_the_plans_own_status_words_are_said(plan: PlanExtraction) -> None:
    said = " ".join(w.message for w in plan.warnings if w.code == "plan_status_unread")
    assert "Where it stands now" in said
    assert "Choppy" in said and "Storm force" in said


@needs_chromium
def test_the_status_column_holds_no_progress(plan: PlanExtraction) -> None:
    assert [a.progress for a in plan.actions] == [None] * 9


def _roles(labels: list[str], status: list[str], ahead: list[str]) -> list[str | None]:
    cols = [
        ["1.1", "1.2", "1.3"],
        ["Hold every strategy discussion within one working day",
         "Audit twenty strategy discussions each quarter",
         "Publish the audit findings to the safeguarding partnership"],
        ["Priya Raman", "Olu Adeyemi", "Priya Raman"],
        ["30/06/2027", "30/06/2027", "31/03/2027"],
        status,
        ahead,
    ]  # fmt: skip
    read = read_roles(ACTION_TABLE, [header_role(x) for x in labels], labels, cols)
    return [c.role for c in read.columns]


def test_a_forecast_rag_beside_the_rag_is_other() -> None:
    labels = ["Ref", "Action", "Lead", "Due", "RAG", "Forecast RAG"]
    roles = _roles(labels, ["Amber", "Red", "Green"], ["Green", "Amber", "Green"])
    assert roles == ["ref", "action", "owner", "due", "rag", "other"]


def test_a_forecast_of_a_plans_own_words_hands_the_status_to_the_present() -> None:
    labels = ["Ref", "Action", "Lead", "Due", "Conditions now", "Outlook"]
    roles = _roles(labels, ["Choppy", "Calm seas", "Choppy"], ["Calm seas", "Calm seas", "-"])
    assert roles == ["ref", "action", "owner", "due", "rag", "other"]
