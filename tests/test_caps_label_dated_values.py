"""A capitals label's value that opens with a date in any form the date normaliser reads.

A field printed as 'TARGET DATE 31-Mar-27 (revised from 31 Dec 2026)' (a label in capitals,
no colon) was a field only where its value opened with a word in mixed case, a date in figures
of plan_cards' own shape (day, month and year by slashes, stops or hyphens) or was a short date.
A value of more than four words opening with another date form ('31-Mar-27', '2027-06', 'Q3 2026/27', '14th
March 2027') was no field, and the action's due date was lost into its text. Whether the value
opens with a date is now the one date normaliser's to say (dates.opens_with_date): every form
it reads counts, and a dotted ref ('1.2.3') still does not.
"""

from __future__ import annotations

from datetime import date
from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import opens_with_date
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Improve the timeliness of strategy discussions so that children at risk are protected",
    "2": "Make sure that care plans say what will change for the child and by when",
}
# ref -> (text, owner, due as printed, due date)
ITEMS = {
    "1.1": ("Hold every strategy discussion within one working day", "Head of Safeguarding",
            "31-Mar-27 (revised from 31 Dec 2026)", date(2027, 3, 31)),
    "1.2": ("Audit twenty strategy discussions each quarter", "Service Manager",
            "Q3 2026/27 (was Q2 2026/27)", date(2026, 12, 31)),
    "1.3": ("Report the timeliness of discussions to the board", "Service Manager",
            "2027-06 (was end of March 2027)", date(2027, 6, 30)),
    "2.1": ("Rewrite the care plan template with young people", "Priya Raman",
            "14th March 2027 (was 28 February 2027)", date(2027, 3, 14)),
    "2.2": ("Train every team manager in outcome focused planning", "Head of Safeguarding",
            "31/03/2027 (was 28 February 2027)", date(2027, 3, 31)),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 10pt; }"
    ".col { font-family: 'Liberation Mono', monospace; font-size: 8pt;"
    " line-height: 1.3; } .it { margin: 0 0 3mm; } .l { padding-left: 3ch; }"
)


def _html() -> str:
    out = []
    for n, text in RECS.items():
        out.append(f"<h2>Recommendation {n}: {escape(text)}</h2><div class='col'>")
        for ref, (act, owner, due, _) in ITEMS.items():
            if ref.startswith(f"{n}."):
                out.append(
                    f"<div class='it'><div><b>{ref}</b> {escape(act)}</div>"
                    f"<div class='l'>ATTENDANT {escape(owner)}</div>"
                    f"<div class='l'>TARGET DATE {escape(due)}</div>"
                    "<div class='l'>STATE On track</div></div>"
                )
        out.append("</div>")
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<h1>Improvement plan</h1>{''.join(out)}</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("caps_dated") / "caps_dated.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_caps_label_values_opening_with_any_date_form(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.text, a.owner, a.due_raw, a.due_date) for a in plan.actions}
    assert got == ITEMS


def test_opens_with_date_is_the_normalisers() -> None:
    for text in ("31-Mar-27, once", "2027-06 or sooner", "Q3 2026/27 at", "14th March 2027",
                 "14/03/2027 at", "03/14/2027 at", "31 January", "Spring 2027 term", "2026-W14"):  # fmt: skip
        assert opens_with_date(text), text
    for text in ("1.2.3 Offer", "10.1.1", "2027", "3 staff", "45 March", "31 Feb", "On track"):
        assert not opens_with_date(text), text
