"""Lettered refs ('1A' .. '2C') decided over the whole plan, as a plan drawn like a transport
map is read: the labels above and below each line's track are cut into tables by band, so a
station may stand in a table of its own ('1A ...' still in its text), sit beside another
line's roundel ('R1' read as its Rec cell), and come in rows (above, then below). Each action
links by its ref's number where the key numbers the recommendations, in its letters' order.

End to end: the map printed by Chromium (a roundel per line, stops labelled above and below
the track in turn, 'Stop 1A' over each label, a key of the lines under the map)."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path
from typing import Any

import pytest

from plantrace.extractors.lettered_refs import letter_plan
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_recommendations import RecommendationIndex
from plantrace.models.provenance import Provenance
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import print_pdf

_PROV = Provenance(sha256="0" * 64, page=1, extractor="plan", extractor_version="0")
KEY = {
    "1": "Improve the timeliness of health assessments for children in care.",
    "2": "Build a stable and permanent social work workforce.",
}
READ = [  # (ref as read, text, Rec cell beside it), in the order the bands were read
    (None, "1A Report health assessment timeliness to the board", None),
    ("1B", "Use questionnaire scores to target support", "R1"),
    ("2A", "Convert agency posts to permanent posts", "R1"),  # above line 2: line 1's band
    ("2C", "Offer a protected caseload to new social workers", "R2"),
    ("2B", "Hold exit interviews with every leaver", "R2"),
]


def _draft(ref: str | None, text: str, rec_cell: str | None) -> Draft:
    row: Any = None  # no table row: letter_plan reads refs, texts and links only
    return Draft(row, ref, text, None, None, None, None, None, None, rec_cell, None)


def _index() -> RecommendationIndex:
    index = RecommendationIndex()
    for number, text in KEY.items():
        index.add(number, text, _PROV)
    return index


def test_refs_split_linked_by_number_and_in_letter_order() -> None:
    index = _index()
    drafts = letter_plan([_draft(*r) for r in READ], index)
    assert [d.ref for d in drafts] == ["1A", "1B", "2A", "2B", "2C"]
    assert drafts[0].text == "Report health assessment timeliness to the board"
    assert [d.section for d in drafts] == [index.by_number[d.ref[0]] for d in drafts if d.ref]
    assert [d.rec_cell for d in drafts] == [None, "R1", None, "R2", "R2"]


def test_an_action_without_a_lettered_ref_leaves_the_plan_as_read() -> None:
    read = [*READ, (None, "Audit repeat referrals each quarter", "R2")]
    drafts = letter_plan([_draft(*r) for r in read], _index())
    assert [d.ref for d in drafts] == [None, "1B", "2A", "2C", "2B", None]
    assert drafts[0].text.startswith("1A ")


def test_a_word_like_4g_twice_is_no_lettering() -> None:
    read = [(None, "4G network for every office", None), (None, "4G network for hubs", None)]
    drafts = letter_plan([_draft(*r) for r in read], _index())
    assert [d.ref for d in drafts] == [None, None]


LINES = [
    ("1", "#003688", "Raise the quality of assessments and plans for children in need so that they"
     " reflect each child's identity, history and lived experience", [
        ("1A", "Hold monthly practice workshops on writing analysis in assessments",
         "Director of Children's Services", "Jan '27", "2027-01-31", "Not yet departed",
         "Waiting on the new case management system"),
        ("1B", "Quality assure a sample of assessments every month through the audit programme",
         "Commissioning Manager", "Apr '26", "2026-04-30", "Arrived",
         "Completed and embedded in practice"),
        ("1C", "Include identity and cultural needs prompts in the assessment form",
         "Head of Virtual School", "Sep '26", "2026-09-30", "Minor delays", None),
        ("1D", "Review every child in need plan at least every three months in a multi-agency"
         " meeting", "Head of Service, Children in Care", "Jan '26", "2026-01-31",
         "Severe delays", None),
    ]),
    ("2", "#b36305", "Improve the timeliness and consistency of decisions at the front door so"
     " that children receive the right help at the right time", [
        ("2A", "Step down cases to early help with a warm handover meeting with the family",
         "Designated Nurse", "Sep '26", "2026-09-30", "Severe delays", None),
        ("2B", "Audit repeat referrals each quarter to learn why help did not last",
         "Head of Virtual School", "Jun '26", "2026-06-30", "Arrived",
         "Completed and embedded in practice"),
        ("2C", "Complete all contacts within twenty-four hours and record the decision and its"
         " reasons", "Head of Service, Children in Care", "Sep '26", "2026-09-30",
         "Not yet departed", "Scoping to begin next quarter"),
    ]),
    ("3", "#a0a5a9", "Ensure that initial and review health assessments for children in care are"
     " completed on time and that their emotional health needs are met", [
        ("3A", "Use strengths and difficulties questionnaire scores to trigger a referral for"
         " emotional support", "Head of Virtual School", "Jan '27", "2027-01-31",
         "Not yet departed", None),
        ("3B", "Train foster carers in understanding trauma and attachment", "Designated Nurse",
         "Jul '26", "2026-07-31", "Severe delays",
         "No lead in post since the restructure; escalated to the Improvement Board"),
        ("3C", "Report health assessment timeliness monthly to the corporate parenting board",
         "Commissioning Manager", "Jun '26", "2026-06-30", "Arrived", None),
    ]),
]  # fmt: skip
STATE = {"Arrived": "blue", "Minor delays": "amber", "Severe delays": "red",
         "Not yet departed": "none"}  # fmt: skip
CSS = (
    "@page { size: A4 landscape; margin: 10mm; }"
    "body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; color: #111;"
    " margin: 0; }"
    "h1 { font-size: 20pt; margin: 0 0 1mm 0; color: #003688; } .sub { color: #555; }"
    ".line { display: flex; align-items: center; gap: 4mm; margin: 3mm 0 5mm 0;"
    " break-inside: avoid; }"
    ".roundel { width: 14mm; height: 14mm; border-radius: 50%; color: #fff; font-weight: 700;"
    " font-size: 12pt; display: flex; align-items: center; justify-content: center;"
    " flex: none; }"
    ".map { flex: 1; } .row { display: grid; column-gap: 3mm; }"
    ".row:first-child .cell { display: flex; align-items: flex-end; }"
    ".track { background: linear-gradient(var(--c), var(--c)) center / 100% 2.2mm no-repeat;"
    " height: 6mm; align-items: center; }"
    ".track .cell { display: flex; justify-content: center; align-items: center; }"
    ".dot { width: 4.5mm; height: 4.5mm; border-radius: 50%; background: #fff;"
    " border: 1mm solid #111; display: inline-block; }"
    ".lbl { text-align: center; padding: 1mm; } .ref { display: block; color: #666;"
    " font-size: 7.5pt; } .st { font-weight: 700; } .sgreen { color: #00782a; }"
    " .samber { color: #b36305; } .sred { color: #e32017; } .sblue { color: #003688; }"
    " .snone { color: #666; }"
    ".key { break-inside: avoid; margin-top: 4mm; } .key ul { list-style: none; padding: 0; }"
    " .key li { margin: 1mm 0; } .sw { display: inline-block; width: 10mm; height: 2.5mm;"
    " margin-right: 2mm; }"
    "h2 { font-size: 11pt; margin: 2mm 0; }"
)


def _stop(ref: str, text: str, owner: str, due: str, state: str, update: str | None) -> str:
    s = (f"<div class='lbl'><span class='ref'>Stop {ref}</span><b>{escape(text)}</b>"
         f"<br>Conductor: {escape(owner)}<br>Arrival: {escape(due)}"
         f"<br><span class='st s{STATE[state]}'>{state}</span>")  # fmt: skip
    if update:
        s += f"<br><i>Service update: {escape(update)}</i>"
    return s + "</div>"


def _map_html() -> str:
    parts = ["<h1>Our improvement journey</h1><p class='sub'>Children's Services. Map updated"
             " 28 July 2026. Each line is one of Ofsted's recommendations; each stop is an"
             " action on the way.</p>"]  # fmt: skip
    for num, colour, _, stops in LINES:
        cells = [_stop(ref, t, o, d, st, u) for ref, t, o, d, _, st, u in stops]
        top = "".join(f"<div class='cell'>{c if k % 2 == 0 else ''}</div>"
                      for k, c in enumerate(cells))  # fmt: skip
        bot = "".join(f"<div class='cell'>{c if k % 2 == 1 else ''}</div>"
                      for k, c in enumerate(cells))  # fmt: skip
        dots = "".join("<div class='cell'><span class='dot'></span></div>" for _ in cells)
        grid = f"grid-template-columns: repeat({len(cells)}, 1fr);"
        parts.append(
            f"<div class='line'><div class='roundel' style='background:{colour}'>R{num}</div>"
            f"<div class='map'><div class='row' style='{grid}'>{top}</div>"
            f"<div class='row track' style='{grid} --c:{colour}'>{dots}</div>"
            f"<div class='row' style='{grid}'>{bot}</div></div></div>"
        )
    key = "".join(f"<li><span class='sw' style='background:{colour}'></span><b>R{num}</b>"
                  f" {escape(text)}</li>" for num, colour, text, _ in LINES)  # fmt: skip
    parts.append(f"<div class='key'><h2>Key to the lines</h2><ul>{key}</ul></div>")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style>"
            "</head><body>" + "".join(parts) + "</body></html>")  # fmt: skip


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "map.html"
    page.write_text(html)
    out = tmp / "map.pdf"
    print_pdf(page, out)
    return out.read_bytes()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
def test_a_map_printed_reads_every_stop_in_letter_order_linked_by_number(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _map_html()), "map.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.text, a.owner, str(a.due_date), [numbers.get(x) for x in a.recommendations])
        for a in plan.actions
    ]
    assert got == [
        (ref, text, owner, due, [num])
        for num, _, _, stops in LINES
        for ref, text, owner, _, due, _, _ in stops
    ]
