"""A kind's badge in capitals beside a card's title is no field label (plan_cards._caps_field).

A search page or an index lists a plan's items as result cards, each title led by a badge
naming its kind in capitals: 'ACTION 1.3 Introduce a career pathway ...' and 'RECOMMENDATION
Recommendation 2' over the recommendation's text. _caps_field (labels in capitals with no colon,
as receipts print them) read the badge as a label and the title as its value: a dotted ref
('1.3') passed for a date in figures, a heading naming the badge's own kind ('Recommendation 2')
for a word in mixed case. Recurring card after card, the badges became fields, and the
recommendations and every action's link to them were lost. A date in figures now has its day,
month and year ('14/03/2027'), and a value that is the label's own word and a number (the
heading the badge names) is no field.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_cards import _caps_field
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Build a stable and skilled social work workforce and reduce reliance on agency staff",
    "2": "Increase the range of suitable accommodation for care leavers",
}
# ref -> (text, owner, due, status)
ITEMS = {
    "1.1": ("Offer a protected caseload to all newly qualified social workers", "Head of Safeguarding",
            "Oct 2025", "Healthy"),
    "1.2": ("Hold exit interviews with every leaver and report the themes", "Principal Social Worker",
            "Jan 2026", "Critical"),
    "2.1": ("Agree a joint housing protocol with district councils", "Service Manager, Care Leavers",
            "Jul 2025", "Healthy"),
    "2.2": ("Rewrite the pathway plan with care leavers so it is shorter", "Head of Safeguarding",
            "Aug 2025", "Critical"),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }"
    ".r { margin: 0 0 6mm; } .crumb { color: #2a6; font-size: 8pt; }"
    ".badge { font-size: 7pt; border: 1px solid #888; padding: 0 2px; margin-right: 6px; }"
    ".t { font-size: 12pt; color: #1a4aa0; } .m { color: #666; font-size: 8pt; }"
)


def _result(crumb: str, badge: str, title: str, body: str) -> str:
    return (
        f"<div class='r'><div class='crumb'>Staff Hub › Improvement Plan{crumb}</div>"
        f"<div class='t'><span class='badge'>{badge}</span>{escape(title)}</div>"
        f"<div>{body}</div><div class='m'>Modified 12 Aug 2025 by Emrys Caldecott</div></div>"
    )


def _html() -> str:
    out = []
    order = ["2.1", "1", "1.2", "2", "1.1", "2.2"]
    for key in order:
        if key in RECS:
            out.append(_result("", "RECOMMENDATION", f"Recommendation {key}", escape(RECS[key])))
            continue
        text, owner, due, status = ITEMS[key]
        body = f"Owner: {escape(owner)} &nbsp; Target: {due} &nbsp; Status: {status}"
        out.append(_result(f" › Recommendation {key[0]}", "ACTION", f"{key} {text}", body))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<p>12 results for “improvement actions”</p>{''.join(out)}</body></html>"
    )


def test_badge_over_ref_or_its_own_kind_is_no_field() -> None:
    assert _caps_field("ACTION 1.3 Introduce a career pathway") is None
    assert _caps_field("RECOMMENDATION Recommendation 2") is None
    assert _caps_field("VALID UNTIL 14/03/2027") == ("VALID UNTIL", "14/03/2027")
    assert _caps_field("BEST BEFORE Oct. 26, 2025") == ("BEST BEFORE", "Oct. 26, 2025")
    assert _caps_field("ASSISTANT Assistant Director, Early Help") == (
        "ASSISTANT",
        "Assistant Director, Early Help",
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("badges") / "badges.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_badged_results_keep_recommendations_and_links(plan) -> None:  # type: ignore[no-untyped-def]
    assert {r.number: r.text for r in plan.recommendations} == RECS
    by_id = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: (a.text, [by_id.get(x, x) for x in a.recommendations]) for a in plan.actions}
    assert got == {ref: (text, [ref[0]]) for ref, (text, *_) in ITEMS.items()}
