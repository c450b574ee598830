"""Action cards printed in boxes stacked in steps: under each recommendation's dark head
(rounded at the top), one ruled box per action, each centred and wider than the one above (a
pyramid's courses, the first action the widest at the foot), and a shaded base under them. The
boxes' edges were read by the table finder as a grid: each box a row, its words in whichever
column its edges bound, the other cells empty. Read as a table with no known header, the
cards in it were nothing: their actions lost, said only as doubtful refs outside every
action. Now a grid no plan table was found in whose every row holds words in one cell, the
cells not all in one column, is read as the paragraphs of its boxes
(stacked_boxes.open_stacked_boxes), and the card reader finds the cards there.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = [
    ("1", "Reduce delay in achieving permanence for children in care, including through timely"
     " use of special guardianship and adoption",
     [("1.1", "Review all children placed with parents under a care order to decide whether the"
       " order is still needed", "Leon Fairweather", "31/08/2027"),
      ("1.2", "Strengthen support to special guardians with a dedicated support worker and a"
       " clear financial offer", "Service Manager, Permanence", "30/06/2027")]),
    ("2", "Strengthen the response to children who go missing from home or care",
     [("2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
       "Helen Markham", "28/02/2027"),
      ("2.2", "Commission an independent return home interview service", "Fatima Rahman",
       "30/11/2026"),
      ("2.3", "Give foster carers refreshed guidance on reporting a child missing",
       "Bethan Lloyd", "30/09/2026")]),
    ("3", "Build a stable, permanent and skilled social work workforce",
     [("3.1", "Introduce a career pathway that rewards practice expertise", "Ruth Kowalczyk",
       "31/12/2026"),
      ("3.2", "Launch a recruitment campaign for experienced social workers", "Owen Tremayne",
       "31/05/2027"),
      ("3.3", "Hold exit interviews with every leaver and report the themes", "Claire Whitby",
       "31/03/2027")]),
]  # fmt: skip
CSS = (
    "@page { size: A4 landscape; margin: 12mm 12mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; color: #1b1b1b;"
    " line-height: 1.3; } h1 { font-size: 17pt; margin: 0 0 1mm; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; }"
    ".stack { break-inside: avoid; display: flex; flex-direction: column; align-items: center; }"
    ".head { background: #37474F; color: #fff; text-align: center; padding: 2mm 3mm;"
    " border-radius: 3mm 3mm 0 0; box-sizing: border-box; } .il { font-weight: bold; }"
    ".card { background: #ECEFF1; border: 0.3mm solid #90A4AE; border-top: none;"
    " text-align: center; padding: 1.5mm 3mm; box-sizing: border-box; }"
    ".t { margin-bottom: 0.5mm; } .m { font-size: 7.5pt; color: #333; }"
    ".pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm; font-weight: bold; }"
    ".note { font-size: 7.5pt; font-style: italic; color: #444; margin-top: 0.5mm; }"
    ".base { width: 100%; background: #B0BEC5; text-align: center; padding: 1.2mm;"
    " font-size: 7.5pt; box-sizing: border-box; }"
)


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
           "<body><h1>Our improvement plan</h1><div class='grid'>"]  # fmt: skip
    for number, text, actions in RECS:
        out.append(f"<div class='stack'><div class='head' style='width:{100 - 9 * len(actions)}%'>"
                   f"<div class='il'>Recommendation {number}</div><div>{escape(text)}</div></div>")  # fmt: skip
        for n, (ref, act, owner, due) in reversed(list(enumerate(actions))):
            note = "<div class='note'>Update: work started with partners</div>" if n == 0 else ""
            out.append(f"<div class='card' style='width:{100 - 9 * n}%'><div class='t'><b>{ref}</b>"
                       f" {escape(act)}</div><div class='m'>Mason: {escape(owner)} &middot;"
                       f" Due: {due} &middot; Grout: <span class='pill' style='background:#C62828'>Behind"
                       f"</span></div>{note}</div>")  # fmt: skip
        out.append("<div class='base'>Base: sound data and a stable workforce</div></div>")
    out.append("</div></body></html>")
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("stacked") / "stacked.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_cards_in_stacked_boxes_are_read(plan) -> None:  # type: ignore[no-untyped-def]
    """Recommendation 1's two boxes are the ones read as a grid (the grid needs a stack of
    two steps, a neighbour beside it and cards of the same labels elsewhere on the page)."""
    number_of = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: (a.text, a.owner, a.due_raw, [number_of[x] for x in a.recommendations])
           for a in plan.actions}  # fmt: skip
    for ref, act, owner, due in RECS[0][2]:
        assert got.get(ref) == (act, owner, due, ["1"]), ref
    for _, _, acts in RECS[1:]:
        for ref, act, owner, _due in acts[:2]:  # the boxes read as boxes, as before
            assert got[ref][:2] == (act, owner), ref
