"""A card label whose values are printed in inks of their own is the status (plan_cards, tables).

A receipt prints each item's status in its colour after a label in black ('State' then
'Simmering' in green, 'Boiling over' in red, 'Served' in blue, 'Not yet lit' in grey): words no
vocabulary reads, and no key on the page. The colour is the evidence: a label whose values on
two cards or more are all printed in an ink other than the label's, in two inks or more of
which one at least is a RAG colour, is the status; each value in a RAG colour is read as that
colour ('Simmering (green)', the RAG normaliser reading the colour named in brackets), a grey
one as a status of no colour, said. The slips stand three abreast: the reader joins the lines
of the three on one baseline and the table finder cuts them at each box, so a cell's part of a
line keeps the colours the reader knows of its ends (tables._sub_line).
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Improve the timeliness of strategy discussions so that children at risk are protected",
    "2": "Make sure that care plans say what will change for the child and by when",
    "3": "Strengthen the support given to young carers and their families",
}
INK = {"Simmering": "#2E7D32", "Warming up": "#E0A000", "Boiling over": "#C62828",
       "Served": "#1565C0", "Not yet lit": "#757575"}  # fmt: skip
RAG = {"Simmering": "green", "Warming up": "amber", "Boiling over": "red", "Served": "blue",
       "Not yet lit": None}  # fmt: skip
# recommendation -> items: (ref, text, lead, status)
ITEMS = {
    "1": [
        ("1.1", "Hold every strategy discussion within one working day", "Priya Raman",
         "Simmering"),
        ("1.2", "Audit twenty strategy discussions each quarter", "Olu Adeyemi", "Boiling over"),
    ],
    "2": [
        ("2.1", "Rewrite the care plan template with young people", "Priya Raman", "Served"),
        ("2.2", "Train every team manager in outcome focused planning", "Olu Adeyemi",
         "Not yet lit"),
    ],
    "3": [
        ("3.1", "Offer every young carer an assessment of their needs", "Priya Raman",
         "Warming up"),
        ("3.2", "Publish a young carers' offer with schools", "Olu Adeyemi", "Simmering"),
    ],
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm 10mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8pt; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm;"
    " align-items: start; }"
    ".slip { font-family: 'Liberation Mono', monospace; font-size: 7.4pt; line-height: 1.3;"
    " border: 0.3mm solid #BDBDBD; padding: 3mm; }"
    ".c { text-align: center; } .rule { border-top: 0.4mm dashed #9E9E9E; margin: 1.5mm 0; }"
    ".it { margin: 0 0 2mm; } .l { padding-left: 3ch; } .s { font-weight: bold; }"
)


def _slip(n: str, desk: int) -> str:
    items = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(text)}</div>"
        f"<div class='l'>Lead: {escape(lead)}</div><div class='l'>Due: {10 + desk} May 2027</div>"
        f"<div class='l'>State: <span class='s' style='color:{INK[state]}'>{state}</span></div>"
        "</div>"
        for ref, text, lead, state in ITEMS[n]
    )
    return (
        f"<div class='slip'><div class='c'><b>EASTFIELD</b><br>PLAN COUNTER<br>Desk {desk}"
        f"<br>Clerk {desk}</div><div class='rule'></div><div><b>RECOMMENDATION {n}</b></div>"
        f"<div>{escape(RECS[n])}</div><div class='rule'></div>{items}</div>"
    )


def _html() -> str:
    slips = "".join(_slip(n, 2 + k) for k, n in enumerate(RECS))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan slips</h1><p>One slip for each recommendation.</p>"
        f"<div class='grid'>{slips}</div></body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("inked") / "inked.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_each_status_is_read_by_its_ink(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a.rag for a in plan.actions}
    assert got == {ref: RAG[state] for items in ITEMS.values() for ref, _, _, state in items}


@needs_chromium
def test_the_grey_word_is_said(plan) -> None:  # type: ignore[no-untyped-def]
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert any("Not yet lit" in m for m in said)
