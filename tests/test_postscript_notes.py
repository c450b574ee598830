"""A postscript's label ('PS:', 'NB:') opens a note added under an item: its progress
(data/plan_columns.json whole_labels).

A receipt, a letter or a slip adds a note under each item after a 'PS:' or an 'NB:'. No header
vocabulary knew the label, so the notes were read only where enough of them read as updates
(a past tense, a phrase of progress: column_roles.card_update_notes); notes that say what comes
next ('Scoping to begin next quarter', 'Waiting on the new case management system') were left
unread. As a whole label (never as letters inside a longer header) it names the progress.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# ref -> (text, lead, due, note)
ITEMS = {
    "1.1": ("Commission an independent return home interview service", "Head of Service",
            "31 March 2027", "Waiting on the new case management system"),
    "1.2": ("Rewrite the pathway plan with care leavers so it is shorter", "Service Manager",
            "30 June 2027", "Scoping to begin next quarter"),
    "1.3": ("Offer tuition to every child in care who is behind in reading",
            "Head of Virtual School", "31 July 2027", "Pilot running in two teams"),
    "1.4": ("Track attendance and exclusions for children in care placed out of the area",
            "Head of Virtual School", "30 September 2027", "Delayed because of staff turnover"),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 10pt; }"
    ".col { width: 90mm; font-family: 'Liberation Mono', monospace; font-size: 8pt;"
    " line-height: 1.3; } .it { margin: 0 0 3mm; } .l { padding-left: 3ch; }"
)


def _html() -> str:
    items = "".join(
        f"<div class='it'><div><b>{ref}</b> {escape(text)}</div>"
        f"<div class='l'>Lead: {escape(lead)}</div><div class='l'>Due: {due}</div>"
        f"<div class='l'>PS: {escape(note)}</div></div>"
        for ref, (text, lead, due, note) in ITEMS.items()
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan</h1><h2>Recommendation 1: Improve the support given to children"
        f" in care and care leavers</h2><div class='col'>{items}</div></body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("postscript") / "postscript.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_postscript_notes_are_the_progress(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.owner, a.due_raw, a.progress) for a in plan.actions}
    assert got == {ref: (lead, due, note) for ref, (_, lead, due, note) in ITEMS.items()}


def test_only_the_whole_label() -> None:
    assert header_role("PS") == header_role("P.S.") == header_role("NB:") == "progress"
    assert header_role("PS ref") != "progress"
