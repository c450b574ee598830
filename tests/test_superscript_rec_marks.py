"""An action's only link a superscript recommendation number after its text, the
recommendations listed at the page's foot (a council web page printed by Chromium).

At 0.6.87 (holdout61 html-superscript-recs) Chromium wrote each `<sup>` as a line of its own,
after the cell's wrapped lines: read by height between them, the mark became a word of the text
('such as parks and 1 transport hubs'), or a row of its own that ended the table, the actions
below it lost without a word; after a one-line action it was run into the owner's cell ('1
Service Manager'). No action was linked. The reader now glues a small raised number to the
word it is raised after, as superscript digits (reader._seat_raised_marks); the plan takes a
trailing mark naming a listed recommendation as the link and off the text (mark_links); numbers
of the text itself ('48 hours', '2027') stay. A table whose rows stop while the refs that follow
open lines below it says so (plan_actions_missing).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.mark_links import split_mark_links
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_actions import Draft
from plantrace.pipeline import reader
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = [
    ("1", "Improve the timeliness of initial health assessments for children in care"),
    ("2", "Strengthen the response to children who go missing from home or care"),
    ("3", "Raise the quality of supervision so that it challenges and directs practice"),
]
# (ref, action, rec, owner, due, status)
ACTIONS = [
    ("A01", "Agree a pathway with the designated doctor so that every assessment is booked"
     " within 48 hours of a child coming into care", "1", "Dr Ines Varga", "30 June 2027",
     "On track"),
    ("A02", "Report timeliness monthly", "1", "Corin Blake", "31 March 2027", "Delayed"),
    ("A03", "Offer every child a return home interview within seventy-two hours of their"
     " return and record what they say", "2", "Wenna Hale", "31 May 2027", "On track"),
    ("A04", "Train foster carers to report a missing child the same day", "2",
     "Service Manager, Front Door", "28 February 2027", "Complete"),
    ("A05", "Audit thirty supervision records by the end of 2027 and share the learning with"
     " every team manager in the service", "3", "Ossian Reed", "31 December 2027", "Delayed"),
    ("A06", "Set a supervision standard", "3", "Principal Social Worker", "30 April 2027",
     "Off track"),
]  # fmt: skip
RAG = {"On track": "green", "Delayed": "amber", "Off track": "red", "Complete": "blue"}
CSS = (
    "@page { size: A4 portrait; margin: 13mm 12mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.8pt; line-height: 1.32; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { background: #EDE4F2; text-align: left; padding: 1.2mm; border-bottom: 0.5mm solid"
    " #333; } th.ref { width: 16mm; } th.owner { width: 30mm; } th.due { width: 26mm; }"
    " th.rag { width: 22mm; }"
    "td { padding: 1.2mm; border-bottom: 0.25mm solid #ccc; vertical-align: top; }"
    "sup { font-size: 6.5pt; font-weight: bold; margin-left: 0.6mm; }"
    ".rec { display: flex; gap: 2mm; } .rec .n { font-weight: bold; min-width: 6mm; }"
)


def _html() -> str:
    rows = "".join(
        f"<tr><td class='ref'><b>{ref}</b></td><td>{escape(text)}<sup>{rec}</sup></td>"
        f"<td>{escape(owner)}</td><td>{due}</td><td>{status}</td></tr>"
        for ref, text, rec, owner, due, status in ACTIONS
    )
    recs = "".join(
        f"<div class='rec'><span class='n'>{n}.</span><span>{escape(t)}</span></div>"
        for n, t in RECS
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improving children's services: our actions</h1>"
        "<p>Ofsted made 3 recommendations, listed at the end of this page. The small raised"
        " number after each action tells you which recommendation it answers.</p>"
        "<table><thead><tr><th class='ref'>Ref</th><th>Action</th><th class='owner'>Lead"
        "</th><th class='due'>Due date</th><th class='rag'>Status</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<h2>The recommendations referred to above</h2>{recs}"
        "<p>Want this page in another format? Call 01632 960 418.</p></body></html>"
    )


def _pdf(tmp_path: Path) -> bytes:
    page = tmp_path / "actions.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_superscript_numbers_are_links_not_text(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(tmp_path), "actions.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == RECS
    assert [(a.ref, a.text) for a in plan.actions] == [(a[0], a[1]) for a in ACTIONS]
    assert [a.recommendations for a in plan.actions] == [[f"r{a[2]}"] for a in ACTIONS]
    assert [a.owner for a in plan.actions] == [a[3] for a in ACTIONS]
    assert [a.rag for a in plan.actions] == [RAG[a[5]] for a in ACTIONS]
    assert not [w for w in plan.warnings if w.code == "plan_actions_missing"]


@needs_chromium
def test_marks_read_as_lines_of_their_own_are_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The marks left as lines of their own (0.6.87's reading): where the rows stop early, the
    refs that follow opening lines below the table say so."""
    data = _pdf(tmp_path)
    monkeypatch.setattr(reader, "_seat_raised_marks", lambda tp, lines, h: lines)
    plan = extract_plan(parse_pdf_bytes(data, "actions.pdf"))
    refs = [a.ref for a in plan.actions]
    assert refs == [f"A0{n}" for n in range(1, len(refs) + 1)] and len(refs) < len(ACTIONS)
    said = [w.message for w in plan.warnings if w.code == "plan_actions_missing"]
    assert len(said) == 1 and f"(A0{len(refs) + 1}, " in said[0]


def _draft(text: str) -> Draft:
    return Draft(None, "A1", text, None, None, None, None, None, None, None, None)  # type: ignore[arg-type]


def test_a_trailing_mark_links_only_a_listed_number() -> None:
    drafts = [_draft("Report monthly to the board²"), _draft("Close 40 cases by 2027"),
              _draft("Share the audit⁷")]  # fmt: skip
    split_mark_links(drafts, ["1", "2", "3"])
    assert [(d.text, d.rec_cell) for d in drafts] == [
        ("Report monthly to the board", "2"),
        ("Close 40 cases by 2027", None),
        ("Share the audit", None),  # a footnote's mark: off the text, no link
    ]
