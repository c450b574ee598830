"""Numbered action paragraphs that name who and when in their own closing sentence, each with
two labelled lines under it (its status and an update): '1.1 <text>. Leon Fairweather is
lead, and it is due in the course of March 2027.' / 'Latest position: Amber' / 'Commentary: ...'.

The labels recur under every paragraph, so the card reader took each paragraph for a card:
its title the paragraph's last lines (a wrapped paragraph's first line, with its number, left
out), its fields the status and the update, and nothing naming the owner or the due date.
Where the labels read as a measure's ('Current level': a KPI's latest value) the cards were
read as measure tables, and the actions read with their text running into the sentence naming
who and when, no owner and no date, some without their number. Paragraphs whose own text names
who and when (a card's title may be the closing sentence alone) are the prose reader's
(names_who_or_when), the labelled lines under them their notes: the card reader finds no cards
among them.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from plantrace.extractors.plan_cards import _Card, _Field, _prose_paragraphs, find_cards
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

RECS = [
    "Improve the timeliness and consistency of decisions at the front door so that children "
    "receive the right help at the right time",
    "Improve the multi-agency response to children at risk of criminal and sexual exploitation "
    "outside the home",
    "Improve the regularity and quality of management oversight and reflective supervision for "
    "social workers in the assessment and child in need teams",
]
# ref, text, owner, due as printed, due date, status, rag, update
STEPS = [
    ("1.1", "Complete all contacts within twenty-four hours and record the decision and its "
     "reasons in the case file so that managers can audit them", "Leon Fairweather",
     "March 2027", date(2027, 3, 31), "Complete", "blue", "Audit shows improvement in most records"),
    ("1.2", "Publish a revised threshold document with partners and schools and brief every "
     "team on it", "Head of Virtual School", "August 2026", date(2026, 8, 31), "Amber",
     "amber", "Recruitment under way; two posts filled"),
    ("2.1", "Develop safety plans for places of concern, such as parks and transport hubs, "
     "with community safety partners", "Grace Adebayo", "April 2027", date(2027, 4, 30),
     "Red", "red", "Scoping to begin next quarter"),
    ("2.2", "Appoint two specialist exploitation social workers to support complex cases "
     "across the county", "Service Manager, Care Leavers", "March 2027", date(2027, 3, 31),
     "Green", "green", "Monthly reports now in place"),
    ("2.3", "Deliver contextual safeguarding training to every social work team and to "
     "designated safeguarding leads in schools", "Tom Ellery", "August 2026", date(2026, 8, 31),
     "Amber", "amber", "Sessions booked for the autumn term"),
    ("3.1", "Train all team managers in reflective supervision through a two-day course "
     "delivered with the regional teaching partnership", "Leon Fairweather", "February 2027",
     date(2027, 2, 28), "Green", "green", "Recruitment campaign launched and interviews booked"),
    ("3.2", "Introduce quarterly practice observations of every social worker by their manager",
     "Service Manager, Care Leavers", "September 2026", date(2026, 9, 30), "Complete", "blue",
     "Audit shows improvement in most records"),
    ("3.3", "Add a supervision timeliness measure to the weekly performance dashboard for team "
     "managers", "Grace Adebayo", "June 2027", date(2027, 6, 30), "Red", "red",
     "Dashboard build delayed by a system upgrade"),
]  # fmt: skip
INK = {"red": "#C62828", "amber": "#B26A00", "green": "#2E7D32", "blue": "#1565C0"}
CSS = (
    "@page{size:A4 portrait;margin:18mm 20mm} body{font-family:'Liberation Serif',serif;"
    "font-size:10.5pt;color:#222;line-height:1.4} h2{font-size:12.5pt;margin:6mm 0 1mm}"
    "blockquote{margin:1mm 0 2mm 6mm;padding-left:3mm;border-left:1mm solid #ccc;"
    "font-style:italic} .resp{margin:1mm 0} .ctx{margin:1mm 0 2mm} .act{margin:2mm 0 0.5mm}"
    ".pos{margin:0 0 0 6mm;font-size:9.5pt} .pg{margin:0.5mm 0 0 6mm;font-size:9pt;color:#555}"
)


def _page(tmp_path: Path) -> Path:
    parts = [
        f"<html><head><style>{CSS}</style></head><body><h1>Improvement plan</h1>",
        "<p>Each recommendation, then what we are doing about it.</p>",
    ]
    for n, rec in enumerate(RECS, 1):
        parts.append(f"<h2>Recommendation {n}</h2><blockquote>{rec}</blockquote>")
        parts.append("<p class='resp'>Response: <b>Accepted in part</b></p>")
        parts.append(
            "<p class='ctx'>This response was agreed at the improvement board of 9 August"
            " 2026; the portfolio holder will receive a report each quarter.</p>"
        )
        for ref, text, owner, due, _, status, rag, update in STEPS:
            if ref.startswith(f"{n}."):
                parts.append(
                    f"<p class='act'><b>{ref}</b> {text}. {owner} is lead, and it is due in the course of"
                    f" {due}.</p><p class='pos'>Current level: <b style='color:{INK[rag]}'>{status}</b></p>"
                    f"<p class='pg'><i>Commentary:</i> {update}</p>"
                )
    parts.append("</body></html>")
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("chromium") is None:
        pytest.skip("no chromium")
    return _page(tmp_path_factory.mktemp("prose_cards"))


def test_paragraphs_naming_who_and_when_are_no_cards(plan: Path) -> None:
    r = extract_file(plan)
    assert r.status.value == "ok", r.error
    got = [(a.ref, a.text, a.owner, a.due_raw, a.due_date, a.rag, a.progress) for a in r.actions]
    assert got == [
        (ref, text, owner, raw, due, rag, update)
        for ref, text, owner, raw, due, _, rag, update in STEPS
    ]
    numbers = {x.id: x.number for x in r.recommendations}
    assert [[numbers[x] for x in a.recommendations] for a in r.actions] == [
        [ref[0]] for ref, *_ in STEPS
    ]


def test_the_card_reader_leaves_them_to_the_prose_reader(plan: Path) -> None:
    page = parse_pdf(plan).pages[0]
    assert find_cards(page.lines) == []


def _title(text: str, top: float) -> Line:
    words, x = [], 40.0
    for w in text.split():
        words.append(Word(w, x, top, x + 5.0 * len(w), top + 10.0))
        x = words[-1].x1 + 3.0
    return Line(text, (40.0, top, x, top + 10.0), 10.0, False, 1, 0, words=words)


def test_cards_whose_fields_say_when_stay_cards() -> None:
    """Notes cards ('2. Action A01: <text>. Responsible: Tom Ellery.' over 'Completion expected:
    Oct. 2027.' and 'Rating: ...'): the title names who, but the cards' own fields say when (a
    label whose values are dates): cards, not paragraphs of prose (the fall of 3b19aecf: every
    such plan read nothing)."""
    cards = [
        _Card(
            title=[
                _title(f"{n}. Action A0{n}: Track attendance. Responsible: Tom Ellery.", 20.0 * n)
            ],
            fields=[
                _Field("Completion expected", "completion expected", due, []),
                _Field("Rating", "rating", "Some concern.", []),
            ],
        )
        for n, due in ((1, "Oct. 2027."), (2, "Apr. 2027."), (3, "Jan. 2028."))
    ]
    assert _prose_paragraphs(cards[:0] + [_Card(title=c.title) for c in cards])  # no fields: prose
    assert not _prose_paragraphs(cards)
