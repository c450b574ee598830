"""A figure set flush right under a card's last field is no wrap of its value (plan_cards._set_apart).

A receipt prints each item's price at the right edge on a line of its own, under the item's
field lines; a ticket or an order slip sets an amount or a count there too. Read as the lines
after the card's last field, at its pitch and size, the figure was taken for that value's wrap:
'14 March 2027 £12.40' for a due date, a status with a price after it. A line that starts right
of where the field's value starts on its first line is set apart: no wrap of the value, which
runs on at the value's edge (a hanging value) or left of it.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# ref -> (text, lead, status, due, price)
ITEMS = {
    "1.1": ("Hold every strategy discussion within one working day", "Head of Safeguarding",
            "On track", "14 March 2027", "12.40"),
    "1.2": ("Audit twenty strategy discussions each quarter", "Priya Raman", "Off track",
            "30 June 2027", "7.95"),
    "1.3": ("Report the timeliness of discussions to the board", "Olu Adeyemi", "Complete",
            "31 July 2027", "31.10"),
    "1.4": ("Publish a practice guide on strategy discussions", "Principal Social Worker",
            "On track", "30 September 2027", "4.05"),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 10pt; }"
    ".col { width: 70mm; font-family: 'Liberation Mono', monospace; font-size: 8pt;"
    " line-height: 1.3; } .it { margin: 0 0 3mm; } .l { padding-left: 3ch; }"
    " .r { text-align: right; }"
)


def _html() -> str:
    items = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(text)}</div>"
        f"<div class='l'>Lead: {escape(lead)}</div><div class='l'>Status: {status}</div>"
        f"<div class='l'>Due: {due}</div><div class='r'>&pound;{price}</div></div>"
        for ref, (text, lead, status, due, price) in ITEMS.items()
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan</h1><h2>Recommendation 1: Improve the timeliness of strategy"
        f" discussions so that children at risk are protected</h2><div class='col'>{items}</div>"
        "</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("priced") / "priced.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_a_price_under_the_fields_is_no_part_of_the_due(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.owner, a.due_raw) for a in plan.actions}
    assert got == {ref: (lead, due) for ref, (_, lead, _, due, _) in ITEMS.items()}
    assert not any("£" in a.text for a in plan.actions)
