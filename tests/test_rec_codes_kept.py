"""A plan listing its recommendations by a code ('R1 <text>' in a boxed list) whose actions are
numbered bare (1, 2, 3) and name the code whole after their text ('(R2)'): nothing printed
tells whether the letter is part of the plan's own number ('P2' for a priority) or a label ('R'
for recommendation, as 'Rec' is in 'Rec 2'). The reader keeps the code, and says so
(plan_rec_codes_kept), since every link read depends on it. Where the actions carry codes of
their own ('T01') the letter tells nothing apart: a label, the numbers bare, nothing said.

The boxed list titled 'The recommendations' is now read by the readers of such lists, as the
same list printed without a box is ('R1 <text>' under 'Recommendations': bare numbers, the
letter a label; said_boxes no longer reads the box as one quoted recommendation, the path that
kept the code): with bare-numbered actions too the numbers are bare and nothing is said."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import needs_chromium, print_pdf

RECS = [
    "Improve the regularity and quality of management oversight and reflective supervision "
    "for social workers in the assessment teams",
    "Strengthen the response to children who go missing from home or care, so that return "
    "home interviews are offered promptly",
    "Increase the range of suitable accommodation for care leavers and improve the quality of "
    "pathway plans",
]
ACTIONS = [  # recommendation number, action, owner, status
    (2, "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Group Manager, MASH", "On track"),
    (1, "Audit twelve supervision records each month and report the themes", "HoS Fostering",
     "Delayed"),
    (3, "Set up a care leavers' hub with drop-in advice on housing and money",
     "Team Manager, Care Leavers", "On track"),
    (1, "Publish a revised supervision standard with a four-weekly minimum", "AD Safeguarding",
     "Off track"),
    (2, "Commission an independent return home interview service", "DCS", "On track"),
    (3, "Agree a joint housing protocol with district councils", "AD Safeguarding", "Delayed"),
]  # fmt: skip
STYLE = (
    "@page{size:A4 portrait;margin:14mm 13mm} body{font-family:serif;font-size:9pt}"
    " .box{border:0.3mm solid #999;padding:1mm 3mm;margin-bottom:3mm}"
    " .box h3{font-size:9.5pt;margin:1mm 0} .box ul{margin:0;padding-left:4mm;list-style:none}"
    " .box li{margin:0.8mm 0} table{border-collapse:collapse;width:100%}"
    " td,th{border-bottom:0.2mm solid #ddd;text-align:left;padding:1.4mm 1.5mm}"
)


def _plan(tmp_path: Path, ref_form: str) -> PlanExtraction:
    items = "".join(f"<li><b>R{n}</b> {escape(r)}</li>" for n, r in enumerate(RECS, start=1))
    rows = "".join(
        f"<tr><td>{ref_form.format(k=k)}</td><td>{escape(text)} (R{n})</td><td>{status}</td>"
        f"<td>{escape(owner)}</td></tr>"
        for k, (n, text, owner, status) in enumerate(ACTIONS, start=1)
    )
    page = tmp_path / "plan.html"
    page.write_text(
        f"<html><head><style>{STYLE}</style></head><body>"
        "<h1>Fenmarsh Council: Improvement plan 2025-26</h1>"
        f"<div class='box'><h3>The recommendations</h3><ul>{items}</ul></div>"
        "<h2>Action tracker</h2><table><thead><tr><th>No.</th><th>Action</th><th>Status</th>"
        f"<th>Lead officer</th></tr></thead><tbody>{rows}</tbody></table></body></html>"
    )
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf(pdf))


@needs_chromium
@pytest.mark.parametrize(
    ("ref_form", "numbers", "said"),
    [("{k}", ["1", "2", "3"], False), ("T{k:02d}", ["1", "2", "3"], False)],
)
def test_a_code_named_whole_over_bare_numbered_actions_is_kept_and_said(
    tmp_path: Path, ref_form: str, numbers: list[str], said: bool
) -> None:
    plan = _plan(tmp_path, ref_form)
    assert [(r.number, r.text) for r in plan.recommendations] == list(
        zip(numbers, RECS, strict=True)
    )
    number = {r.id: r.number for r in plan.recommendations}
    assert [[number[x] for x in a.recommendations] for a in plan.actions] == [
        [numbers[n - 1]] for n, *_ in ACTIONS
    ]
    kept = [w for w in plan.warnings if w.code == "plan_rec_codes_kept"]
    assert bool(kept) is said
    if said:
        assert "'R1'" in kept[0].message and "6 actions" in kept[0].message
