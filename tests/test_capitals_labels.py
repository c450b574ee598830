"""Field labels printed in capitals with no colon (plan_cards.field_line, _caps_field).

A receipt, a ticket or a monospaced report prints each item's fields as 'ATTENDANT Head of
Early Help' / 'VALID UNTIL 14 March 2027' / 'STATE On track': the label in capitals, then the value,
no colon, no tab. Such lines were no field lines at all: the items' owners, dues and statuses
were run into their titles or lost. A run of capitals (one to three words) before a word in
another case is now the label, kept where it recurs card after card as any label is. A value
wrapped in a narrow column ('ATTENDANT Head of' over 'Safeguarding') is a field whose value runs
on, no label printed alone over a value; nor is a wrapped value's tail level with the labels
('Children in Care' over 'VALID UNTIL ...') a row of labels over the field lines under it.
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
}
# ref -> (text, owner, due, status)
ITEMS = {
    "1.1": ("Hold every strategy discussion within one working day", "Head of Safeguarding",
            "14 March 2027", "On track"),
    "1.2": ("Audit twenty strategy discussions each quarter", "Service Manager, Children in Care",
            "30 June 2027", "Off track"),
    "1.3": ("Report the timeliness of discussions to the board", "Service Manager, Children in Care",
            "31 July 2027", "Complete"),
    "2.1": ("Rewrite the care plan template with young people", "Priya Raman", "31 January 2027",
            "Complete"),
    "2.2": ("Train every team manager in outcome focused planning", "Head of Safeguarding",
            "28 February 2027", "On track"),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 10pt; }"
    ".col { width: 50mm; font-family: 'Liberation Mono', monospace; font-size: 8pt;"
    " line-height: 1.3; } .it { margin: 0 0 3mm; } .l { padding-left: 3ch; }"
)


def _html() -> str:
    out = []
    for n, text in RECS.items():
        out.append(f"<h2>Recommendation {n}: {escape(text)}</h2><div class='col'>")
        for ref, (act, owner, due, status) in ITEMS.items():
            if ref.startswith(f"{n}."):
                out.append(
                    f"<div class='it'><div><b>{ref}</b> {escape(act)}</div>"
                    f"<div class='l'>ATTENDANT {escape(owner)}</div>"
                    f"<div class='l'>VALID UNTIL {due}</div><div class='l'>STATE {status}</div></div>"
                )
        out.append("</div>")
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<h1>Improvement plan</h1>{''.join(out)}</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("capitals") / "capitals.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_capitals_labels_are_fields(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: (a.text, a.owner, a.due_raw) for a in plan.actions}
    want = {ref: (text, owner, due) for ref, (text, owner, due, _) in ITEMS.items()}
    assert got == want
    rags = {a.ref: a.rag for a in plan.actions}
    assert rags == {"1.1": "green", "1.2": "red", "1.3": "blue", "2.1": "blue", "2.2": "green"}
