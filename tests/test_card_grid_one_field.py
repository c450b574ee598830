"""An org chart of leads printed from a web page by Chromium: a box per lead under a dark head
strip (the lead's name and a count of actions), its body the actions one under another, each
in a ruled item: a coloured tag and the ref in bold before the text, 'By: <date>' with a status
dot and word after it, and an italic 'Latest: <update>' under some of them only.

An action with no update prints one field ('By: ...' and its status): it is read as a card
beside the cards of two fields that share its 'By' label (card_grid._one_field), not dropped
as a paragraph or run into the card above.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import print_pdf

RECS = {
    "1": "Improve the timeliness of education, health and care plans for children in care",
    "2": "Ensure that strategy discussions involve police, health and children's social care",
    "3": "Raise the quality of assessments and plans for children in need",
}
TAGS = {"1": "#2E7D32", "2": "#00838F", "3": "#AD1457"}
DOT = {"Progressing": "#2E7D32", "At risk": "#EF6C00", "Stalled": "#C62828", "Done": "#1565C0",
       "Not yet due": "#9E9E9E"}  # fmt: skip
# lead, [(ref, action, due as printed, due iso, status, update or None)]; the chart's places:
# the first lead's box over the third and fourth, the second's over the fifth
LEADS = [
    ("Head of Quality Assurance", [
        ("1.1", "Offer tuition to every child in care who is behind in reading at age eleven",
         "3 Jul 2026", "2026-07-03", "Progressing", None),
        ("1.2", "Make sure every child in care has a personal education plan reviewed each term",
         "6 Oct 2026", "2026-10-06", "At risk",
         "Delayed because of staff turnover; revised plan agreed"),
        ("3.2", "Introduce a practice standard that every assessment includes the child's own"
         " words", "7 May 2026", "2026-05-07", "Stalled",
         "No lead in post since the restructure; escalated to the Improvement Board"),
    ]),
    ("Assistant Director, Children's Social Care", [
        ("1.4", "Track attendance and exclusions for children in care placed out of the area",
         "30 Nov 2025", "2025-11-30", "At risk", None),
        ("2.2", "Run a multi-agency audit of thirty strategy discussions and share the learning",
         "2 Sep 2025", "2025-09-02", "Progressing",
         "Recruitment campaign launched and interviews booked"),
        ("2.3", "Revise the strategy discussion template so the rationale is recorded",
         "15 Nov 2026", "2026-11-15", "Progressing", "First cohort completed; second booked"),
    ]),
    ("Head of Safeguarding", [
        ("3.1", "Quality assure a sample of assessments every month through the audit programme",
         "22 Nov 2026", "2026-11-22", "Progressing", "Audit programme agreed with partners"),
    ]),
    ("Commissioning Manager", [
        ("2.1", "Set up a daily virtual strategy meeting slot so partners can join remotely",
         "18 Sep 2025", "2025-09-18", "Stalled", "Delayed because of staff turnover"),
    ]),
    ("Workforce Development Lead", [
        ("1.3", "Reduce the time taken to issue education, health and care plans",
         "30 Apr 2026", "2026-04-30", "Done", "Completed and embedded in practice"),
    ]),
]  # fmt: skip

CSS = (
    "@page { size: A3 landscape; margin: 10mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: Arial, Helvetica, sans-serif; font-size: 8.5pt; color: #212121;"
    " margin: 0; }"
    "h1 { font-size: 18pt; margin: 0 0 2px 0; color: #0D47A1; }"
    ".meta { color: #616161; margin-bottom: 8px; }"
    ".key { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-bottom: 6px; }"
    ".key div { flex: 0 0 31%; }"
    ".tag { display: inline-block; color: white; font-weight: bold; font-size: 7.5pt;"
    " border-radius: 3px; padding: 0 4px; margin-right: 4px; }"
    ".dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px;"
    " margin: 0 3px 0 6px; }"
    ".chart { margin-top: 10px; }"
    ".board { width: 34%; margin: 0 auto; border: 2px solid #37474F; background: #ECEFF1;"
    " border-radius: 6px; padding: 6px 10px; text-align: center; }"
    ".stem { width: 0; height: 14px; border-left: 1.5px solid #78909C; margin: 0 auto; }"
    ".level { display: flex; gap: 14px; border-top: 1.5px solid #78909C; padding-top: 0; }"
    ".col { display: flex; flex-direction: column; }"
    ".box { border: 1.5px solid #546E7A; border-radius: 6px; background: white;"
    " break-inside: avoid; }"
    ".box .head { background: #37474F; color: white; padding: 4px 8px;"
    " border-radius: 4px 4px 0 0; }"
    ".box .head b { font-size: 10pt; }"
    ".box .count { font-size: 7.5pt; color: #CFD8DC; }"
    ".item { padding: 4px 8px; border-top: 1px solid #ECEFF1; break-inside: avoid; }"
    ".item .m { color: #424242; margin-top: 2px; font-size: 8pt; }"
    ".item .u { color: #546E7A; font-style: italic; margin-top: 1px; font-size: 8pt; }"
    ".kids { display: flex; gap: 12px; border-top: 1.5px solid #78909C; margin-top: 0; }"
)


def _box(lead: str, actions: list[tuple[str, str, str, str, str, str | None]]) -> str:
    out = [f"<div class='box'><div class='head'><b>{escape(lead)}</b><br>"
           f"<span class='count'>{len(actions)} action{'s' if len(actions) != 1 else ''}"
           "</span></div>"]  # fmt: skip
    for ref, text, due, _, status, update in actions:
        out.append(
            f"<div class='item'><span class='tag' style='background:{TAGS[ref[0]]}'>"
            f"R{ref[0]}</span><b>{ref}</b> {escape(text)}<div class='m'>Deadline: {due}"
            f"<span class='dot' style='background:{DOT[status]}'></span>{status}</div>"
        )
        if update:
            out.append(f"<div class='u'>Update: {escape(update)}</div>")
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def _html() -> str:
    out = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style>"
           "</head><body><h1>Who is leading our improvement</h1><div class='meta'>Children's"
           " Services &middot; Improvement programme &middot; page last updated 12 April 2026"
           "</div><div class='key'>"]  # fmt: skip
    for num, text in RECS.items():
        out.append(f"<div><span class='tag' style='background:{TAGS[num]}'>R{num}</span>"
                   f"{escape(text)}</div>")  # fmt: skip
    out.append("</div><div class='meta'>" + "".join(
        f"<span class='dot' style='background:{colour}'></span>{word}"
        for word, colour in DOT.items()) + "</div>")  # fmt: skip
    box = [_box(lead, actions) for lead, actions in LEADS]
    out.append(
        "<div class='chart'><div class='board'><b>Improvement Board</b><br>Chair: Hannah"
        " Lockwood<br>Senior responsible officer: Dominic Varley, Director of Children's"
        " Services</div><div class='stem'></div><div class='level'>"
        "<div class='col' style='flex: 2'><div class='stem'></div>"
        f"<div style='width: 60%; margin: 0 auto'>{box[0]}</div>"
        "<div class='stem'></div><div class='kids'>"
        f"<div class='col' style='flex: 1'><div class='stem'></div>{box[2]}</div>"
        f"<div class='col' style='flex: 1'><div class='stem'></div>{box[3]}</div>"
        "</div></div>"
        "<div class='col' style='flex: 1'><div class='stem'></div>"
        f"{box[1]}<div class='stem'></div><div class='kids'>"
        f"<div class='col' style='flex: 1'><div class='stem'></div>{box[4]}</div>"
        "</div></div></div></div></body></html>"
    )
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "org-chart.html"
    page.write_text(html)
    out = tmp / "org-chart.pdf"
    print_pdf(page, out)
    return out.read_bytes()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
def test_actions_of_one_field_are_read(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html()), "org-chart.pdf"))
    got = {a.ref: a for a in plan.actions}
    want = {
        ref: (lead, text, iso, update)
        for lead, acts in LEADS
        for ref, text, _, iso, _, update in acts
    }
    assert set(got) == set(want)
    for ref, (lead, text, iso, update) in want.items():
        assert got[ref].owner == lead, ref
        assert got[ref].text == text, ref
        assert str(got[ref].due_date).startswith(iso), ref
        assert (got[ref].progress or None) == update, ref
