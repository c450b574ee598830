"""A tracker printing each action's status as a Harvey ball alone, in a column headed as the
progress ('Progress status'), a key over the table naming each ball's fill ('○ Not started
◔ Off track ◑ At risk ◕ On track ● Complete'), and the notes in a column of their own
(printed by Chromium).

At 0.6.81 a mark alone read as a progress note was dropped as a flag column's mark (a key of
shapes' blank-headed flag, tests/test_glyph_key_links.py), and with it the ball the key reads:
every action was left unrated. A mark the plan's key (or the status vocabulary) reads is the
action's status, never a flag's mark: each action's status is read by its ball; a flag mark no
key reads is still no note (test_glyph_key_links).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 landscape; margin: 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }"
    ".b { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th, td { border: 0.2mm solid #888; padding: 1.2mm; text-align: left; vertical-align: top; }"
    "th { background: #DDE3EA; } td.st { text-align: center; }"
)
KEY = {"○": "Not started", "◔": "Off track", "◑": "At risk", "◕": "On track", "●": "Complete"}
RAG = {"○": None, "◔": "red", "◑": "amber", "◕": "green", "●": "blue"}
# ref, action, lead, due, ball, commentary
ROWS = [
    ("1.1", "Set up a daily virtual strategy meeting slot so partners can join without travelling",
     "Amira Choudhury", "30 November 2027", "○", "Waiting on the new case management system"),
    ("1.2", "Escalate any strategy discussion held without a health representative",
     "Helen Markham", "27 September 2026", "◑", "Recruitment under way; two posts filled"),
    ("1.3", "Revise the strategy discussion template so the decision and its reasons are recorded",
     "Claire Whitby", "18 May 2027", "●", "Completed and embedded in practice"),
    ("2.1", "Map the places where missing children are found and share them with the police",
     "Helen Markham", "30 April 2027", "◕", "Audit shows improvement in most records"),
    ("2.2", "Commission an independent return home interview service",
     "Owen Tremayne", "30 November 2027", "◔", "No provider bid; retendering in the spring"),
    ("2.3", "Offer every child who goes missing an interview within three working days",
     "Owen Tremayne", "31 January 2027", "◑", "Two thirds offered in time last quarter"),
]  # fmt: skip
RECS = {
    "1": "Ensure that strategy discussions involve police, health and children's social care",
    "2": "Strengthen the response to children who go missing from home or care",
}


def _html() -> str:
    key = " ".join(f"<span class='b'>{b}</span> {escape(w)}" for b, w in KEY.items())
    parts = []
    for num, text in RECS.items():
        rows = "".join(
            f"<tr><td>{ref}</td><td>{escape(action)}</td><td>{lead}</td><td>{due}</td>"
            f"<td class='st'><span class='b'>{ball}</span></td><td>{escape(note)}</td></tr>"
            for ref, action, lead, due, ball, note in ROWS
            if ref.startswith(f"{num}.")
        )
        head = "".join(
            f"<th>{h}</th>"
            for h in ("Ref", "What we will do", "Lead", "Due date", "Progress status", "Commentary")
        )
        parts.append(
            f"<p><b>Recommendation {num}:</b> {escape(text)}</p>"
            f"<table><tr>{head}</tr>{rows}</table>"
        )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Oakridge Council - Children's Services Improvement Plan</h1>"
        "<p>Progress on each action is shown by the shading of the ball in the status column.</p>"
        f"<p>Key: {key}</p>{''.join(parts)}</body></html>"
    )


def _plan(tmp_path: Path) -> PlanExtraction:
    page = tmp_path / "plan.html"
    page.write_text(_html())
    pdf = print_pdf(page, page.with_suffix(".pdf"))
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_a_ball_alone_under_a_progress_header_is_the_status_its_key_names(
    tmp_path: Path,
) -> None:
    plan = _plan(tmp_path)
    read = {a.ref: a for a in plan.actions}
    assert list(read) == [r[0] for r in ROWS]
    for ref, action, lead, due, ball, _ in ROWS:
        a = read[ref]
        assert (a.text, a.owner, a.due_raw) == (action, lead, due), ref
        assert a.rag == RAG[ball], ref
        assert a.recommendations == [f"r{ref[0]}"], ref
