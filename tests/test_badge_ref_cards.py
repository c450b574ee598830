"""Cards whose ref is printed in a round badge beside the title, inside a section's panel that
runs over page breaks (a plan in plain words for young people, printed by Chromium).

Three things went wrong at 0.6.64 (holdout32 html-young-peoples-plan, silent):
- the badge's line ('1a') sits level with the title, a little below its first line: read by
  height among the title's lines, it was taken into the text ('... campaign 1a', '... financial
  1c offer') and the action had no ref (plan_cards._badge_apart: a title line holding only a ref,
  wholly left of the title's other lines, is the card's ref);
- the panel carried over a page break draws its edges round the one card at the top of the next
  page: the table finder reads a row of three cells, two empty slivers of margin round the card,
  and that card was lost (plan_cards._framed_cell: read as the card's box alone);
- the badges, one fill for every action, were read as a grid of status tiles giving no status
  to the actions left unrated (status_tiles._ref_badges: one fill for actions in several
  statuses is no status).
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4; margin: 13mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; margin: 0; }"
    ".panel { border-radius: 14px; padding: 10px 14px; margin: 12px 0; background: #E8F0F7; }"
    ".panel h2 { font-size: 14pt; margin: 0 0 4px 0; }"
    ".said { background: white; border-radius: 10px; padding: 6px 10px; margin-bottom: 8px; }"
    ".card { display: flex; gap: 10px; background: white; border-radius: 10px; padding: 7px 10px;"
    " margin: 6px 0; break-inside: avoid; }"
    ".badge { flex: 0 0 34px; height: 34px; border-radius: 17px; background: #2E5E8C;"
    " color: white; font-weight: bold; text-align: center; line-height: 34px; }"
    ".what { font-weight: bold; margin-bottom: 3px; } .l { font-weight: bold; }"
)
STATUS = {"Green": "green", "Amber": "amber", "Red": "red", "Not started": None}
# (number, finding, [(ref, action, lead, due, status, update)])
SECTIONS = [
    ("1", "Plans for children leaving care are written too late",
     [("1a", "Start every pathway plan at sixteen with the young person present", "Iona Creel",
       "30 June 2027", "Green", "Most plans now started on time"),
      ("1b", "Check a sample of pathway plans each quarter and share what is learned with the"
       " leaving care team", "Rafe Mallory", "31 March 2027", "Amber", "First sample checked"),
      ("1c", "Give every care leaver a named worker they have met before their eighteenth"
       " birthday", "Suki Varden", "31 May 2027", "Not started", "Work to begin next month")]),
    ("2", "Young people are not told how their views changed their plans",
     [("2a", "Write back to every young person after their review meeting", "Tomas Elgar",
       "30 April 2027", "Red", "Letters are late; extra help agreed"),
      ("2b", "Ask young inspectors to look at review letters twice a year", "Iona Creel",
       "31 October 2027", "Green", "First visit done"),
      ("2c", "Add a page in plain words to every plan sent to a young person", "Rafe Mallory",
       "31 July 2027", "Not started", "Template being drafted"),
      ("2d", "Train reviewing officers to record what each young person said in their own"
       " words", "Suki Varden", "28 February 2027", "Amber", "Two sessions held")]),
]  # fmt: skip
FILLERS_MM = (120, 150, 175)  # move the page break through the second panel's cards


def _html(filler_mm: float) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Our promise to you</h1>",
           f"<div style='height:{filler_mm}mm'></div>"]  # fmt: skip
    for n, finding, cards in SECTIONS:
        out.append(f"<div class='panel'><h2>{n}. What the inspectors said</h2>"
                   f"<div class='said'>{escape(finding)}</div>")  # fmt: skip
        for ref, text, lead, due, status, update in cards:
            out.append(
                f"<div class='card'><div class='badge'>{ref}</div><div>"
                f"<div class='what'>{escape(text)}</div>"
                f"<div><span class='l'>Who is in charge:</span> {escape(lead)}</div>"
                f"<div><span class='l'>When it will be done by:</span> {due}</div>"
                f"<div><span class='l'>How it is going:</span> {status}</div>"
                f"<div><span class='l'>News:</span> {escape(update)}</div></div></div>"
            )
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def _print(tmp_path, filler: float):  # type: ignore[no-untyped-def]
    page = tmp_path / f"promise{filler}.html"
    page.write_text(_html(filler))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
@pytest.mark.parametrize("filler", FILLERS_MM)
def test_badge_refs_read_apart_and_no_card_lost(tmp_path, filler: float) -> None:  # type: ignore[no-untyped-def]
    plan = _print(tmp_path, filler)
    want = [(ref, text) for _, _, cards in SECTIONS for ref, text, *_ in cards]
    assert [(a.ref, a.text) for a in plan.actions] == want
    owners = [lead for _, _, cards in SECTIONS for _, _, lead, *_ in cards]
    assert [a.owner for a in plan.actions] == owners
    rags = [STATUS[c[4]] for _, _, cards in SECTIONS for c in cards]
    assert [a.rag for a in plan.actions] == rags
    # read fully: no warning (the badges are no status tiles leaving the unrated unread)
    assert [w.code for w in plan.warnings] == []
