"""A box with a head of its own over a recommendation's heading and its items (section_panels).

A slip printed per recommendation (a till receipt, a counter slip) sets a centred head first (the
issuer, a desk and slip number, a time, the clerk: none of them a plan field), then a rule, the
recommendation's label over its text, and its items, each a numbered line with its field lines.
Three such boxes stand abreast. Each box was read as one card: its head taken for the title of
a card, its recommendation lost, the items of the first boxes missed or given fields from the
box beside. A box whose heading stands under a head of its own and over numbered items with
field lines is now read as a section: its head a paragraph apart, its heading the
recommendation, its items the cards under it.
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
# recommendation -> items: (ref, text, lead, due, status)
ITEMS = {
    "1": [
        ("1.1", "Hold every strategy discussion within one working day of the referral",
         "Head of Safeguarding", "14 March 2027", "On track"),
        ("1.2", "Audit twenty strategy discussions each quarter", "Tomasz Wierzbicki",
         "30 June 2027", "Off track"),
    ],
    "2": [
        ("2.1", "Rewrite the care plan template with young people", "Priya Raman",
         "31 January 2027", "Complete"),
        ("2.2", "Train every team manager in outcome focused planning",
         "Principal Social Worker", "28 February 2027", "On track"),
    ],
    "3": [
        ("3.1", "Offer every young carer an assessment of their own needs", "Olu Adeyemi",
         "30 April 2027", "Delayed"),
        ("3.2", "Publish a young carers' offer with schools", "Head of Early Help",
         "31 May 2027", "On track"),
    ],
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm 10mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8pt; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm;"
    " align-items: start; }"
    ".slip { font-family: 'Liberation Mono', monospace; font-size: 7.4pt; line-height: 1.3;"
    " border: 0.3mm solid #BDBDBD; padding: 3mm; }"
    ".c { text-align: center; } .rule { border-top: 0.4mm dashed #9E9E9E; margin: 1.5mm 0; }"
    ".it { margin: 0 0 2mm; } .l { padding-left: 3ch; } .n { font-style: italic; color: #444; }"
    " .r { text-align: right; }"
)


NOTES = {
    "1.1": "Discussions now held within a day in most teams",
    "1.2": "Paused while the team is rebuilt; raised with the Quality Board",
    "2.1": "New template in use since January",
    "2.2": "Two sessions delivered, one more booked",
    "3.1": "Paused while the team is rebuilt; raised with the Quality Board",
    "3.2": "Draft shared with head teachers",
}
PRICES = {"1.1": "12.40", "1.2": "7.95", "2.1": "31.10", "2.2": "4.05", "3.1": "18.60",
          "3.2": "9.99"}  # fmt: skip
CLERKS = ["Anneli Forsberg", "Dariusz Kowalczyk", "Imogen Achterberg"]


def _slip(n: str, desk: int) -> str:
    items = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(text)}</div>"
        f"<div class='l'>Lead: {escape(lead)}</div><div class='l'>Due: {due}</div>"
        f"<div class='l'>Status: {status}</div>"
        f"<div class='l n'>Note: {escape(NOTES[ref])}</div>"
        f"<div class='r'>&pound;{PRICES[ref]}</div></div>"
        for ref, text, lead, due, status in ITEMS[n]
    )
    return (
        f"<div class='slip'><div class='c'><b>NORTHGATE</b><br>PLAN COUNTER<br>Desk {desk}"
        f" &middot; Slip 44{desk}7<br>03/02/2027 09:1{desk}<br>Clerk: {CLERKS[desk - 2]}</div>"
        f"<div class='rule'></div><div><b>RECOMMENDATION {n}</b></div>"
        f"<div>{escape(RECS[n])}</div><div class='rule'></div>{items}<div class='rule'></div>"
        f"<div class='c'>ITEMS {len(ITEMS[n])}</div><div class='c'>PLEASE KEEP THIS SLIP</div>"
        "</div>"
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
    page = tmp_path_factory.mktemp("slips") / "slips.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_each_box_is_its_recommendation(plan) -> None:  # type: ignore[no-untyped-def]
    recs = {r.number: r.text for r in plan.recommendations}
    assert recs == RECS


@needs_chromium
def test_every_item_is_read_under_its_box(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.owner, a.due_raw, list(a.recommendations)) for a in plan.actions}
    want = {
        ref: (lead, due, [f"r{n}"]) for n, items in ITEMS.items() for ref, _, lead, due, _ in items
    }
    assert got == want
    assert not any("NORTHGATE" in a.text or "Clerk" in a.text for a in plan.actions)
