"""A theory-of-change page whose Inputs box, at the left of each band, prints what goes in
and under it a label of its own ('Sponsor: <name>', once a band, so twice a page), beside the
Activities box of cards ('Steward: <owner> | Completion point: <date>', 'Direction: <pill>').

The Inputs box is no card of the run (plan_cards._off_column): it prints none of the labels
the cards share and stands in another column than theirs. Read as a card, its quantities
became an action ('4.0 FTE advanced practitioners' with '4.0' for its ref, or '7 quality
assurance officers' with no ref), an output box's line level with it became its status chip,
and that chip column took the place of the cards' own status: every action of the band was
left unrated. Now the actions are the Activities' cards alone, each rated by its pill.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PILL = {"Rising": "#2E7D32", "Levelling": "#E0A000", "Falling": "#C62828", "Landed": "#1565C0"}
RAG = {"Rising": "green", "Levelling": "amber", "Falling": "red", "Landed": "blue"}
# number, recommendation, inputs, outputs, [(ref, text, owner, due as printed, iso, status)]
BANDS = [
    ("1", "Build a stable, permanent and skilled social work workforce",
     ["£197,000 improvement grant", "4.0 FTE advanced practitioners",
      "Sponsor: Philippa Ravenscroft"],
     ["47 case audits completed by 2028 Feb 10", "18 family plans reviewed by 2028 Jan 4"],
     [("1.1", "Offer a protected caseload and a structured programme to all newly qualified "
       "social workers", "Amira Choudhury", "2027 Oct 31", "2027-10-31", "Levelling"),
      ("1.2", "Introduce a career pathway that rewards practice expertise as well as management",
       "Claire Whitby", "2027 Aug 13", "2027-08-13", "Falling"),
      ("1.3", "Hold exit interviews with every leaver and report the themes to the board",
       "Sian Pritchard", "2027 Sep 20", "2027-09-20", "Rising")]),
    ("2", "Improve the response to children who go missing from home or care",
     ["7 quality assurance officers", "Sector-led support, 9 days",
      "Sponsor: Thaddeus Okonkwo"],
     ["45 case audits completed by 2027 Dec 1", "65 staff trained by 2028 Jan 5"],
     [("2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
       "Sian Pritchard", "2027 Jul 18", "2027-07-18", "Rising"),
      ("2.2", "Record the findings of every return home interview in a structured form",
       "Sian Pritchard", "2026 Dec 31", "2026-12-31", "Falling"),
      ("2.3", "Map the places where missing children are found and share the analysis",
       "Amira Choudhury", "2027 Feb 28", "2027-02-28", "Landed")]),
]  # fmt: skip
OUTCOMES = ["Fewer children return to the front door within a year", "Children are heard"]

CSS = (
    "@page { size: A4 landscape; margin: 12mm 12mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; color: #1b1b1b;"
    " line-height: 1.3; } h1 { font-size: 17pt; margin: 0 0 1mm; } .by { font-size: 8pt;"
    " margin: 0 0 3mm; }"
    ".band { display: grid; grid-template-columns: 14% 2.5% 33% 2.5% 15% 2.5% 13% 2.5% 15%;"
    " margin-bottom: 3mm; align-items: stretch; } .blk { break-inside: avoid; }"
    ".band.hd { font-weight: bold; text-transform: uppercase; font-size: 7.5pt;"
    " margin-bottom: 1mm; border-bottom: 0.4mm solid #1F4E5F; }"
    ".box { border: 0.3mm solid #B0BEC5; border-radius: 2mm; padding: 1.5mm; }"
    ".box ul { margin: 0; padding-left: 3.5mm; } .box li { margin-bottom: 1mm; }"
    ".in { background: #F3F6F8; } .out { background: #F6F3F8; } .oc { background: #F3F8F4; }"
    ".imp { background: #1F4E5F; color: #fff; } .il { font-weight: bold; margin-bottom: 1mm; }"
    ".ar { align-self: center; text-align: center; color: #90A4AE; font-size: 11pt; }"
    ".acts { border-color: #1F4E5F; border-width: 0.5mm; }"
    ".act { border-bottom: 0.2mm dashed #B0BEC5; padding: 0.5mm 0 1.5mm; margin-bottom: 1mm; }"
    ".act:last-child { border-bottom: none; margin-bottom: 0; } .m { font-size: 7.5pt; }"
    ".t { margin-bottom: 0.5mm; }"
    ".pill { border: 0.4mm solid; border-radius: 2mm; padding: 0 1.2mm; font-weight: bold; }"
)
HEADS = ["Inputs", "", "Activities", "", "Outputs", "", "Outcomes", "", "Impact"]


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"


def _html() -> str:
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Our theory of change</h1><p class='by'>Read each band from left to right: what "
        "we put in, what we do, what it produces, what changes, and the recommendation.</p>"
    ]
    head = "<div class='band hd'>" + "".join(f"<div>{h}</div>" for h in HEADS) + "</div>"
    for number, rec, inputs, outputs, actions in BANDS:
        acts = "".join(
            f"<div class='act'><div class='t'><b>{ref}</b> {escape(text)}</div>"
            f"<div class='m'>Steward: {escape(owner)} | Completion point: {due}</div>"
            f"<div class='m'>Direction: <span class='pill' style='border-color:{PILL[status]}'>"
            f"{status}</span></div></div>"
            for ref, text, owner, due, _, status in actions
        )
        arrow = "<div class='ar'>&#10140;</div>"
        out.append(
            f"<div class='blk'>{head}<div class='band'><div class='box in'>{_items(inputs)}</div>"
            f"{arrow}<div class='box acts'>{acts}</div>{arrow}"
            f"<div class='box out'>{_items(outputs)}</div>{arrow}"
            f"<div class='box oc'>{_items(OUTCOMES)}</div>{arrow}"
            f"<div class='box imp'><div class='il'>Recommendation {number}</div>"
            f"<div>{escape(rec)}</div></div></div></div>"
        )
    out.append("</body></html>")
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("inputs")
    page = tmp / "toc.html"
    page.write_text(_html())
    pdf = tmp / "toc.pdf"
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), "toc.pdf"))


WANT = {a[0]: a for *_, acts in BANDS for a in acts}


@needs_chromium
def test_the_inputs_box_is_no_action(plan) -> None:  # type: ignore[no-untyped-def]
    assert [a.ref for a in plan.actions] == list(WANT)
    assert not any("FTE" in a.text or "officers" in a.text for a in plan.actions)


@needs_chromium
def test_each_card_keeps_its_fields(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a for a in plan.actions}
    for ref, (_, text, owner, _due, iso, status) in WANT.items():
        assert got[ref].text == text, ref
        assert got[ref].owner == owner, ref
        assert str(got[ref].due_date) == iso, ref
        assert got[ref].rag == RAG[status], ref
