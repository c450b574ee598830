"""A numbered card title wrapped where its next line opens with a figure (plan_cards._title).

A card's title is the lines of one style over its first field, up from its number; a bold ref
makes the title's first line read bold and its wraps are in body type, so a wrap is taken into
the title only where it carries the sentence on (_runs_on: it opens in lower case). A narrow
column wraps a title just before a figure of its sentence ('1.2 Offer every care leaver aged'
over '21 to 25 a review ...'): the wrap opened with a figure, not in lower case, and the title
was cut there: the action lost its ref and read from the figure on ('21 to 25 a review ...'),
linked to no recommendation. A line opening with a figure that opens no numbered item or heading
of its own now carries the numbered line's sentence on too.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# ref -> (text, lead, due, status)
ITEMS = {
    "1.1": ("Write a pathway plan with every care leaver", "Priya Raman", "14 March 2027",
            "On track"),
    "1.2": ("Offer every care leaver aged 21 to 25 a review with a personal adviser",
            "Olu Adeyemi", "30 June 2027", "Off track"),
    "1.3": ("Agree a housing protocol with every district council", "Priya Raman",
            "31 July 2027", "Complete"),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 10pt; }"
    ".col { width: 68mm; font-family: 'Liberation Mono', monospace; font-size: 8pt;"
    " line-height: 1.3; } .it { margin: 0 0 3mm; } .l { padding-left: 3ch; }"
)


def _html() -> str:
    items = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(text)}</div>"
        f"<div class='l'>Lead: {escape(lead)}</div><div class='l'>Due: {due}</div>"
        f"<div class='l'>Status: {status}</div></div>"
        for ref, (text, lead, due, status) in ITEMS.items()
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan</h1><h2>Recommendation 1: Increase the range of suitable"
        f" accommodation for care leavers</h2><div class='col'>{items}</div></body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("figure") / "figure.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_the_title_runs_on_over_its_figure(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.text, a.owner, list(a.recommendations)) for a in plan.actions}
    assert got == {ref: (text, lead, ["r1"]) for ref, (text, lead, _, _) in ITEMS.items()}
