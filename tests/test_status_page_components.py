"""A status page's component rows: the status word at the row's right is the card's status.

A plan printed as a service-status page lists each action as a component row: its ref and
text at the left ('S2-1 Audit ...'), '<owner label>: X · <due label>: Y' under it, and the
status word with a coloured dot at the row's right edge, level with the text's first line.
Read by height the word joined the title's words before or after them ('Stalled S1-2 Audit
...'): the text was wrong and the status lost; a wrapped title was cut at the word (its last
line read as an action of its own). A box opening with 'Recommendation 2' alone and its text
on the line under it is the recommendation's panel, no part of its first component. A field
named for a status over sentences ('Status note: Draft agreed ...') beside the status word is
a note, not a second status. Checked on a page printed by Chromium (plan_cards._title_edge_chip,
_pill_beside, _under_box_heading, _reading).
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_cards import _status_apart
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

KEY = {"Nominal": "#3BA55C", "Sluggish": "#F0A020", "Stalled": "#D93F3F"}
INK = {"Nominal": "#2E7D32", "Sluggish": "#B26A00", "Stalled": "#C62828", "On the shelf": "#616161"}
LONG = (
    "Review every child placed with parents under a care order to decide whether the order"
    " is still needed and record the reasons on the child's file"
)
# recommendation -> (text, components: (ref, text, lead, due, state, note))
RECS = {
    "1": ("Improve the timeliness of decisions at the front door for every child", [
        ("S1-1", "Publish a revised threshold document with partners", "Amira Khan",
         "17 Nov 2027, 5pm", "Sluggish", "Draft agreed by partners; sign-off due next month"),
        ("S1-2", "Audit repeat referrals each quarter", "Tom Ellery", "31 Dec 2027, 5pm",
         "Stalled", ""),
        ("S1-3", LONG, "Amira Khan", "6 Oct 2027, 5pm", "Nominal", ""),
    ]),
    "2": ("Build a stable workforce and reduce reliance on agency staff", [
        ("S2-1", "Convert agency posts to permanent posts", "Priya Raman", "20 Jul 2027, 5pm",
         "Nominal", "Recruitment under way; two posts filled"),
        ("S2-2", "Hold exit interviews with every leaver", "Tom Ellery", "6 Jan 2028, 5pm",
         "On the shelf", ""),
        ("S2-3", "Launch a recruitment campaign with a relocation package", "Priya Raman",
         "30 Jun 2027, 5pm", "Stalled", "Work started; scoping meeting held with partners"),
    ]),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm 13mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.8pt; color: #1f2430; }"
    ".banner { color: white; font-weight: bold; padding: 3mm; background: #D93F3F; }"
    ".key { display: flex; gap: 5mm; margin: 2mm 0; }"
    ".key i, .st i { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%;"
    " margin-right: 1.2mm; }"
    "section { border: 0.3mm solid #D5DAE1; border-radius: 1.5mm; margin: 0 0 4mm;"
    " padding: 0 3mm 1mm; }"
    "h2 { font-size: 11.5pt; margin: 2.5mm 0 0.5mm; } p.rec { margin: 0 0 1.5mm; color: #444; }"
    ".row { border-top: 0.25mm solid #E3E6EA; padding: 2mm 0 1.5mm; }"
    ".top { display: flex; gap: 4mm; } .what { flex: 1; font-weight: bold; color: #555; }"
    ".meta, .note { font-weight: normal; font-size: 8pt; color: #555; }"
    ".st { width: 32mm; text-align: right; font-weight: bold; white-space: nowrap; }"
    ".strip { display: flex; gap: 0.8mm; margin-top: 1.5mm; }"
    ".strip i { flex: 1; height: 4mm; border-radius: 0.6mm; }"
    ".axis { display: flex; justify-content: space-between; font-size: 6.8pt; color: #888; }"
)
STRIP = ["#C9CED6", "#3BA55C", "#F0A020", "#D93F3F"]


def _row(ref: str, text: str, lead: str, due: str, state: str, note: str) -> str:
    strip = "".join(f"<i style='background:{STRIP[k % 4]}'></i>" for k in range(12))
    dot = KEY.get(state, "#C9CED6")
    said = f"<div class='note'>Status note: {escape(note)}</div>" if note else ""
    return (
        f"<div class='row'><div class='top'><div class='what'>{ref} {escape(text)}"
        f"<div class='meta'>Duty lead: {escape(lead)} &middot; Fix due: {due}</div>{said}</div>"
        f"<div class='st' style='color:{INK[state]}'><i style='background:{dot}'></i>{state}"
        f"</div></div><div class='strip'>{strip}</div><div class='axis'><span>A year ago</span>"
        "<span>3 of the last 11 months on course</span><span>Now</span></div></div>"
    )


def _html() -> str:
    key = "".join(f"<span><i style='background:{c}'></i>{w}</span>" for w, c in KEY.items())
    sections = "".join(
        f"<section><h2>Recommendation {n}</h2><p class='rec'>{escape(text)}</p>"
        + "".join(_row(*c) for c in comps)
        + "</section>"
        for n, (text, comps) in RECS.items()
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan status</h1><div class='banner'>Some work is stalled</div>"
        "<p>Last updated 10 December 2026 at 09:15. Next review 7 January 2027.</p>"
        f"<div class='key'>{key}</div>{sections}</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("statuspage") / "statuspage.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


def _by_ref(plan):  # type: ignore[no-untyped-def]
    return {a.ref: a for a in plan.actions}


@needs_chromium
def test_each_component_is_one_action_its_text_without_the_status_word(plan) -> None:  # type: ignore[no-untyped-def]
    got = _by_ref(plan)
    assert sorted(got) == ["S1-1", "S1-2", "S1-3", "S2-1", "S2-2", "S2-3"]
    want = {ref: text for _, comps in RECS.values() for ref, text, *_ in comps}
    assert {r: a.text for r, a in got.items()} == want  # the wrapped title whole, no status


@needs_chromium
def test_the_status_word_at_the_right_is_rated_by_the_key(plan) -> None:  # type: ignore[no-untyped-def]
    got = {r: a.rag for r, a in _by_ref(plan).items()}
    assert got == {
        "S1-1": "amber", "S1-2": "red", "S1-3": "green",
        "S2-1": "green", "S2-2": None, "S2-3": "red",
    }  # fmt: skip
    # 'On the shelf' prints a grey dot, no colour of the key's: a status of no colour (as
    # 'Not started' is), no word of the title
    assert _by_ref(plan)["S2-2"].text == "Hold exit interviews with every leaver"


@needs_chromium
def test_a_note_labelled_as_a_status_is_the_progress_not_the_status(plan) -> None:  # type: ignore[no-untyped-def]
    got = {r: a.progress for r, a in _by_ref(plan).items() if a.progress}
    want = {ref: note for _, comps in RECS.values() for ref, *_, note in comps if note}
    assert got == want


@needs_chromium
def test_the_panel_heading_is_the_recommendation_not_the_first_action(plan) -> None:  # type: ignore[no-untyped-def]
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    assert plan.recommendations[1].text == RECS["2"][0]
    links = {a.ref: a.recommendations for a in plan.actions}
    assert links == {r: [f"r{r[1]}"] for r in links}  # ids of the recommendations read
    owners = {a.ref: a.owner for a in plan.actions}
    assert owners["S1-1"] == "Amira Khan" and owners["S2-3"] == "Priya Raman"
    dues = {a.ref: str(a.due_date) for a in plan.actions}
    assert dues["S1-2"] == "2027-12-31" and dues["S2-3"] == "2027-06-30"


def _line(text: str, colour: str) -> Line:
    return Line(text, (400.0, 100.0, 440.0, 112.0), 11.0, True, 1, 0, words=[], colour=colour)


def test_a_word_in_its_own_ink_is_a_status_a_mark_or_a_pill_text_is_not() -> None:
    title = [_line("C1-1 Publish a revised threshold document", "#555555")]
    assert _status_apart(_line("Degraded", "#b26a00"), title)  # its own ink on the page
    assert not _status_apart(_line("Degraded", "#555555"), title)  # the title's ink, no word known
    assert not _status_apart(_line("To do", "#ffffff"), title)  # white on a pill: the fill tells
    assert not _status_apart(_line("➜", "#90a4ae"), title)  # a mark between columns, no word
    assert not _status_apart(_line("Due 30 Jun", "#b26a00"), title)  # a figure: no status
