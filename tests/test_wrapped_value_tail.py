"""A field's value wrapped at its column's edge ends on words that read as a label alone: they
are the value's last line, not a label over the line under it (plan_cards._wraps_value).

A receipt, a ticket or a slip in a narrow column prints each item's fields on labelled lines
('Lead: ...', 'Note: ...') and the note wraps wherever the column ends; its last line may be a
title-cased name alone ('Improvement Board'). Where two items' notes wrap so, the name came
back line after line and was read as a label printed alone over its value (a stacked form),
the item's price under it as that value: the note lost its end ('... escalated to the') and
the action took the price for its governance ('£23.18'). The lines above it, up to the note's
field line, run on one under the other in one type and ink, each full to the column so that
the name's first word would not have fitted: a wrap, no label.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

NOTE = "No lead in post since the restructure; escalated to the Improvement Board"
# ref -> (text, lead, due, note, price)
ITEMS = {
    "1.1": ("Commission fifteen supported lodgings places for young people leaving care",
            "Head of Service", "31 March 2027", NOTE, "23.18"),
    "1.2": ("Rewrite the pathway plan with care leavers so it is shorter",
            "Service Manager", "30 June 2027", "Completed and embedded in practice", "16.14"),
    "2.1": ("Offer tuition to every child in care who is behind in reading",
            "Head of Virtual School", "31 July 2027", NOTE, "95.78"),
    "2.2": ("Track attendance and exclusions for children in care placed out of the area",
            "Head of Virtual School", "30 September 2027", "Work started; scoping meeting held",
            "22.46"),
}  # fmt: skip
RECS = {"1": "Improve the quality of pathway plans for care leavers",
        "2": "Improve the education of children in care"}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm 10mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 9pt; }"
    ".rc { width: 60mm; font-family: 'Liberation Mono', monospace; font-size: 7.4pt;"
    " line-height: 1.3; border: 0.3mm solid #BDBDBD; padding: 3mm; margin-bottom: 6mm; }"
    ".c { text-align: center; } .it { margin: 0 0 2mm; } .l { padding-left: 3ch; }"
    ".pr { padding-left: 3ch; font-style: italic; color: #444; } .pz { text-align: right; }"
)


def _receipt(num: str, store: str) -> str:
    items = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(text)}</div>"
        f"<div class='l'>LEAD {escape(lead)}</div><div class='l'>DUE {due}</div>"
        f"<div class='pr'>Note: {escape(note)}</div><div class='pz'>&pound;{price}</div></div>"
        for ref, (text, lead, due, note, price) in ITEMS.items()
        if ref.startswith(f"{num}.")
    )
    return (
        f"<div class='rc'><div class='c'><b>{store}</b><br>Till 2</div>"
        f"<div><b>RECOMMENDATION {num}</b></div><div>{escape(RECS[num])}</div>{items}</div>"
    )


def _html() -> str:
    body = "".join(_receipt(n, s) for n, s in (("1", "NORTHGATE"), ("2", "NORTHGATE")))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<h1>Improvement plan receipts</h1>{body}</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("wrapped") / "wrapped.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_a_wrapped_note_keeps_its_last_line(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.owner, a.due_raw, a.progress) for a in plan.actions}
    assert got == {ref: (lead, due, note) for ref, (_, lead, due, note, _) in ITEMS.items()}


@needs_chromium
def test_the_price_under_it_is_no_governance(plan) -> None:  # type: ignore[no-untyped-def]
    assert [a.governance for a in plan.actions] == [None] * len(ITEMS)
