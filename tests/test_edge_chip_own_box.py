"""A status pill at a card's right is the card's only inside its own box (plan_cards._edge_chips).

A list cell prints its status as a pill at the right of its first line; edge_chips gives a
chipless card the status phrase standing level with its first line, a gap right of its end. In
boxes set side by side (slips three abreast) the line level with a card's first line, right of
it, may be the last line of the next box's heading ('... so that their health needs are met'):
read as the card's pill, 'met' made the card green whatever it printed. Where boxes are drawn,
the pill is looked for in the card's own box only.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# recommendation -> (text, head lines, items: (ref, text, lead, state))
SLIPS = {
    "1": ("Improve the timeliness of strategy discussions so that children are safe", 0, [
        ("1.1", "Hold every strategy discussion within a day", "Priya Raman", "Marinating"),
        ("1.2", "Audit twenty strategy discussions each quarter", "Olu Adeyemi", "Marinating"),
    ]),
    "2": ("Build a stable workforce and reduce reliance on agency staff", 0, [
        ("2.1", "Convert agency posts to permanent posts", "Priya Raman", "Resting"),
        ("2.2", "Hold exit interviews with every leaver", "Olu Adeyemi", "Marinating"),
    ]),
    "3": ("Make sure that health assessments are on time and their needs are met", 1, [
        ("3.1", "Commission a therapeutic service for children", "Priya Raman", "Resting"),
    ]),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm 10mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8pt; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm;"
    " align-items: start; }"
    ".slip { font-family: 'Liberation Mono', monospace; font-size: 7.4pt; line-height: 1.3;"
    " border: 0.3mm solid #BDBDBD; padding: 3mm; }"
    ".c { text-align: center; } .rule { border-top: 0.4mm dashed #9E9E9E; margin: 1.5mm 0; }"
    ".it { margin: 0 0 2mm; } .l { padding-left: 3ch; }"
)


def _slip(n: str) -> str:
    text, extra, items = SLIPS[n]
    body = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(act)}</div>"
        f"<div class='l'>Lead: {escape(lead)}</div><div class='l'>Due: 14 May 2027</div>"
        f"<div class='l'>Mood: {state}</div></div>"
        for ref, act, lead, state in items
    )
    head = "<br>Second counter" * extra  # one head longer: its heading a line lower
    return (
        f"<div class='slip'><div class='c'><b>EASTFIELD</b><br>PLAN COUNTER<br>Desk {n}{head}"
        f"</div><div class='rule'></div><div><b>RECOMMENDATION {n}</b></div>"
        f"<div>{escape(text)}</div><div class='rule'></div>{body}</div>"
    )


def _html() -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan slips</h1><p>One slip for each recommendation.</p>"
        f"<div class='grid'>{''.join(_slip(n) for n in SLIPS)}</div></body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("edgechip") / "edgechip.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_no_card_takes_the_next_box_heading_for_its_pill(plan) -> None:  # type: ignore[no-untyped-def]
    refs = sorted(a.ref for a in plan.actions)
    assert refs == ["1.1", "1.2", "2.1", "2.2", "3.1"]
    assert all(a.rag is None for a in plan.actions)  # 'Marinating', 'Resting': no colour
