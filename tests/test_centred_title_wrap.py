"""Action cards set in centred type (a stack of boxes each centring its words: a stepped
pyramid's courses, a web page's centred panels), whose numbered title wraps: the wrap is
centred under the first line, its left edge further in. A card's title is read up from its
first field while each line above carries on the sentence of the one below it, and a line
in another weight (the first, opened by a bold ref) only so where the wrap starts at the same
left edge: the centred wrap did not, so the card's title was its wrap alone ('reporting a
child missing', an action with no ref, said as doubtful) and its numbered first line a
paragraph of its own (the action missed). Now the same middle, the wrap no wider than the
line above, is that edge too (plan_cards._runs_on).
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# ref, text, owner, due
ACTIONS = [
    ("1.1", "Record the findings of every return home interview in a structured form that"
     " feeds the exploitation risk assessment", "Helen Markham", "28/02/2027"),
    ("1.2", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Leon Fairweather", "31/03/2027"),
    ("1.3", "Commission an independent return home interview service that offers every child"
     " a conversation within seventy-two hours", "Fatima Rahman", "30/11/2026"),
    ("1.4", "Give foster carers and residential staff refreshed guidance on reporting a child"
     " missing", "Service Manager, Children in Care", "30/09/2026"),
]  # fmt: skip
CSS = (
    "@page { size: A4; margin: 15mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; line-height: 1.3; }"
    ".head { background: #37474F; color: #fff; text-align: center; padding: 2mm; width: 70mm; }"
    ".card { background: #ECEFF1; border: 0.3mm solid #90A4AE; border-top: none;"
    " text-align: center; padding: 1.5mm 3mm; width: 95mm; } .m { font-size: 7.5pt; }"
)


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
           "<body><h1>Our improvement plan</h1><div class='head'><b>Recommendation 1</b>"
           "<div>Strengthen the response to children who go missing from home or care</div>"
           "</div>"]  # fmt: skip
    for ref, text, owner, due in ACTIONS:
        out.append(f"<div class='card'><div><b>{ref}</b> {escape(text)}</div>"
                   f"<div class='m'>Lead: {escape(owner)} &middot; Due: {due}</div></div>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("centred") / "centred.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_a_centred_wrap_carries_on_the_title(plan) -> None:  # type: ignore[no-untyped-def]
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions]
    assert got == ACTIONS
    assert not [w for w in plan.warnings if w.code == "plan_actions_doubtful"]
