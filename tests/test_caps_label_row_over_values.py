"""A row of labels printed in capitals over a row of values (plan_cards._label_rows).

A card prints its fields as a one-row table: small labels in capitals ('LEAD', 'TARGET DATE',
'LATEST UPDATE', 'RATING') over the values, each in its cell. The capitals-label reading
(_caps_field, 'BEST BEFORE Oct. 26, 2025') made a row of labels yield where the line under it
reads as a field of a label other lines print too; the value row, cut at its first cell's gap,
read as such a field wherever one owner leads several cards ('Head of Early Help   31 March
2027 ...'), so every card of that owner lost its owner, due and status. Only a label set apart by
case may make a row of labels yield, and a row of labels all in capitals never does.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Make sure that children's plans are reviewed on time and say what will change",
    "2": "Strengthen the oversight of managers over work with families on the edge of care",
}
# ref -> (text, owner, due, update, status, fill)
CARDS = {
    "1.1": ("Review every child in need plan within six weeks of the assessment",
            "Head of Early Help", "31 March 2027", "Audit shows progress in most teams",
            "Partly done", "#FFC000"),
    "1.2": ("Publish a monthly report of overdue reviews to team managers",
            "Head of Early Help", "30 June 2027", "Reports issued since May", "Done", "#00B050"),
    "1.3": ("Train every social worker in writing outcome focused plans",
            "Head of Early Help", "31 October 2027", "Not yet started", "Not done", "#FF0000"),
    "2.1": ("Hold a fortnightly oversight meeting for every family on the edge of care",
            "Service Manager, Edge of Care", "31 January 2027", "Meetings running in two areas",
            "Partly done", "#FFC000"),
    "2.2": ("Audit twelve case files each quarter and report the themes to the board",
            "Service Manager, Edge of Care", "28 February 2027", "First audit complete",
            "Done", "#00B050"),
}  # fmt: skip
CSS = (
    "@page { size: A4; margin: 14mm; } * { print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; }"
    ".card { border: 0.6pt solid #999; margin: 0 0 8pt; padding: 4pt 6pt; }"
    ".ref { color: #555; font-size: 7.5pt; margin: 0; } .title { font-weight: bold; margin: 1pt 0 4pt; }"
    "table { border-collapse: collapse; width: 100%; } td { padding: 1pt 6pt 1pt 0; vertical-align: top; }"
    "td.l { color: #666; font-size: 7pt; text-transform: uppercase; }"
    ".pill { padding: 0 5pt; border-radius: 6pt; }"
)


def _html() -> str:
    out = []
    for n, rec in RECS.items():
        out.append(f"<h2>Recommendation {n} - {escape(rec)}</h2>")
        for ref, (text, owner, due, update, status, fill) in CARDS.items():
            if ref.startswith(f"{n}."):
                out.append(
                    f"<div class='card'><p class='ref'>Action {ref}</p><p class='title'>"
                    f"{escape(text)}</p><table><tr><td class='l'>Lead</td><td class='l'>Target "
                    "date</td><td class='l'>Latest update</td><td class='l'>Rating</td></tr>"
                    f"<tr><td>{escape(owner)}</td><td>{due}</td><td>{escape(update)}</td><td>"
                    f"<span class='pill' style='background:{fill}'>{status}</span></td></tr>"
                    "</table></div>"
                )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<h1>Children's services improvement plan</h1>{''.join(out)}</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("caps_row") / "caps_row.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_caps_label_row_over_a_recurring_owner(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.text, a.owner, a.due_raw, a.progress) for a in plan.actions}
    want = {ref: (c[0], c[1], c[2], c[3]) for ref, c in CARDS.items()}
    assert got == want
