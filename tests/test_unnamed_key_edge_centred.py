"""A centred line wider than its centred heading is no code column (plan_columns._unnamed_key_edge).

A plan drawn as stacks of centred blocks (a recommendation's block at the top, its actions in
blocks under it, each wider than the one above, every line centred) prints a recommendation's
sentence wider than its bold heading 'Recommendation 1'. Read as a header ('Recommendation 1',
'Recommendation 2') over a body, the sentence's first words stood wholly left of the header's
first cell, and _unnamed_key_edge took them for a column of codes the header left blank: the
blocks were cut into columns, recommendations lost, actions read from the wrong lines. Words
left of the header that run on into the rest of their line with a word's space between are
one line of text crossing the header's edge, no code set apart in a column of its own.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Improve the multi-agency response to children at risk of criminal and sexual"
    " exploitation outside the home",
    "2": "Improve the timeliness of education, health and care plans for children in care and"
    " the support given by the virtual school",
    "3": "Reduce delay in achieving permanence for children in care through timely use of"
    " special guardianship orders",
    "4": "Strengthen the response to children who go missing from home or care so that return"
    " interviews are offered to every child",
}
# rec -> actions (ref, text, owner, due, status), the block nearest its recommendation first
ACTS = {
    "1": [("1.2", "Deliver contextual safeguarding training to every social work team and to"
           " designated safeguarding leads in schools", "Ruth Kowalczyk", "30 Nov 2026", "Red"),
          ("1.1", "Launch a single exploitation screening tool for use by all partner agencies",
           "Ruth Kowalczyk", "31 May 2027", "Amber")],
    "2": [("2.2", "Reduce the time taken to issue education, health and care plans for children"
           " in care", "Daniel Osei", "31 Mar 2027", "Green"),
          ("2.1", "Offer tuition to every child in care who is behind in reading at age eleven",
           "Daniel Osei", "30 Sep 2026", "Amber")],
    "3": [("3.2", "Strengthen support to special guardians with a dedicated support worker and"
           " a clear offer", "Priya Natarajan", "31 Jan 2027", "Green"),
          ("3.1", "Review all children placed with parents under a care order to decide whether"
           " the order is still needed", "Priya Natarajan", "31 Oct 2026", "Red")],
    "4": [("4.2", "Hold a monthly missing children panel chaired by the head of safeguarding",
           "Grace Mensah", "31 Dec 2026", "Amber"),
          ("4.1", "Commission an independent return interview service that offers every child"
           " a choice of worker", "Grace Mensah", "28 Feb 2027", "Green")],
}  # fmt: skip
FILL = {"Red": "#C62828", "Amber": "#EF6C00", "Green": "#2E7D32"}
CSS = (
    "@page { size: A4 landscape; margin: 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; line-height: 1.3; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; }"
    ".stack { break-inside: avoid; display: flex; flex-direction: column; align-items: center; }"
    ".top { background: #4E342E; color: #fff; text-align: center; padding: 2mm 3mm; }"
    ".hd { font-weight: bold; }"
    ".blk { background: #EFEBE9; border: 0.3mm solid #A1887F; border-top: none;"
    " text-align: center; padding: 1.5mm 3mm; }"
    ".m { font-size: 7.5pt; color: #333; }"
    ".pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm; font-weight: bold; }"
)


def _stack(rec: str) -> str:
    out = [f"<div class='stack'><div class='top' style='width:73%'><div class='hd'>"
           f"Recommendation {rec}</div><div>{escape(RECS[rec])}</div></div>"]  # fmt: skip
    for k, (ref, text, owner, due, status) in enumerate(ACTS[rec]):
        out.append(f"<div class='blk' style='width:{86 + 14 * k}%'><div><b>{ref}</b>"
                   f" {escape(text)}</div><div class='m'>Lead: {owner} &middot; Due: {due}"
                   f" &middot; Status: <span class='pill' style='background:{FILL[status]}'>"
                   f"{status}</span></div></div>")  # fmt: skip
    out.append("</div>")
    return "".join(out)


def _html() -> str:
    body = "".join(_stack(r) for r in RECS)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            "<h1>Improvement plan: children's services</h1><p>Each stack is one recommendation"
            f" over the actions that answer it.</p><div class='grid'>{body}</div></body></html>")  # fmt: skip


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("stacks") / "stacks.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_centred_stacks_keep_every_action_and_recommendation(plan) -> None:  # type: ignore[no-untyped-def]
    got = sorted((a.ref or "", a.owner) for a in plan.actions)
    want = sorted((ref, owner) for acts in ACTS.values() for ref, _, owner, *_ in acts)
    assert got == want
    assert sorted(r.number for r in plan.recommendations) == sorted(RECS)
    links = {a.ref: list(a.recommendations) for a in plan.actions}
    for rec, acts in ACTS.items():
        for ref, *_ in acts:
            assert links.get(ref) == [f"r{rec}"], ref
