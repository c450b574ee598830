"""A roadmap of action cards printed in due order, each titled by its ref ('RM3 Recruit ...'),
the refs numbering the actions through the plan in recommendation order, each card naming its
recommendation by label on a line no vocabulary knows ('Answers: Priority 2'): the refs are
split off the titles, the actions come back in the plan's own numbering, each is linked to the
recommendation it names, and a number missing from the run is warned of. Printed by Chromium;
also the warnings for actions that read as sub-items of the action above.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_warnings import plan_warnings
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Reduce delay in achieving permanence for children in care through timely planning",
    "2": "Improve the regularity and quality of management oversight of social work practice",
    "3": "Improve the timeliness of health assessments for children in care in every team",
}
# ref, action, lead, due as printed, due read, recommendation number; printed in due order
CARDS = [
    ("RM3", "Publish a revised supervision standard with a four-weekly minimum", "Bethan Lloyd",
     "Friday 28 February 2025", "2025-02-28", "2"),
    ("RM1", "Hold a permanence planning meeting for every child by their second review",
     "Tom Ellery", "Monday 31 March 2025", "2025-03-31", "1"),
    ("RM5", "Report health assessment timeliness monthly to the corporate parenting board",
     "Grace Adebayo", "Monday 30 June 2025", "2025-06-30", "3"),
    ("RM2", "Recruit twenty additional foster carers through a targeted local campaign",
     "Claire Whitby", "Tuesday 30 September 2025", "2025-09-30", "1"),
    ("RM4", "Audit twelve supervision records each month and report the themes to the board",
     "Sian Pritchard", "Saturday 28 February 2026", "2026-02-28", "2"),
]  # fmt: skip


def _html(cards: list[tuple[str, str, str, str, str, str]]) -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "@page{size:A4;margin:14mm}body{font-family:'Liberation Serif',serif;font-size:9.5pt}"
        ".line{position:relative}.line:before{content:'';position:absolute;left:50%;top:0;"
        "bottom:0;border-left:1.6pt solid #333}"
        ".card{position:relative;width:44%;border:0.8pt solid #bbb;border-radius:2mm;"
        "padding:2mm 3mm;margin-bottom:3mm;background:#fff;break-inside:avoid}"
        ".left{margin-right:56%}.right{margin-left:56%}.ref{font-weight:bold}"
        ".meta{display:block;font-size:8pt;margin-top:1mm}"
        "</style></head><body><h1>Our Improvement Roadmap</h1>"
        "<p>The inspection asked us to improve in these areas:</p>"
        "<ul style='list-style:none;padding:0'>"
    ]
    parts += [f"<li><b>Priority {n}: </b>{escape(t)}</li>" for n, t in RECS.items()]
    parts.append("</ul><p>The roadmap below sets out each step in the order it is due.</p>")
    parts.append("<div class='line'>")
    for k, (ref, text, lead, due, _, rec) in enumerate(cards):
        side = "left" if k % 2 == 0 else "right"
        parts.append(
            f"<div class='card {side}'><span class='ref'>{ref}</span> {escape(text)}"
            f"<span class='meta'>Lead: {escape(lead)}</span>"
            f"<span class='meta'>Due: {due}</span>"
            f"<span class='meta'>Answers: Priority {rec}</span></div>"
        )
    parts.append("</div></body></html>")
    return "".join(parts)


def _read(tmp: Path, cards: list[tuple[str, str, str, str, str, str]]) -> PlanExtraction:
    page = tmp / "roadmap.html"
    page.write_text(_html(cards))
    out = tmp / "roadmap.pdf"
    print_pdf(page, out)
    return extract_plan(parse_pdf_bytes(out.read_bytes(), "roadmap.pdf"))


def _numbers(plan: PlanExtraction, ids: list[str]) -> list[str | None]:
    return [next(r.number for r in plan.recommendations if r.id == rid) for rid in ids]


@needs_chromium
def test_roadmap_cards_read_in_the_plans_numbering_with_their_links(tmp_path: Path) -> None:
    plan = _read(tmp_path, CARDS)
    by_ref = sorted(CARDS, key=lambda c: int(c[0][2:]))
    assert [(a.ref, a.text, a.owner, str(a.due_date)) for a in plan.actions] == [
        (ref, text, lead, due) for ref, text, lead, _, due, _ in by_ref
    ]
    assert [_numbers(plan, a.recommendations) for a in plan.actions] == [
        [rec] for *_, rec in by_ref
    ]
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]
    assert not [w for w in plan.warnings if w.code == "plan_actions_missing"]


@needs_chromium
def test_a_number_missing_from_the_run_is_warned_of(tmp_path: Path) -> None:
    plan = _read(tmp_path, [c for c in CARDS if c[0] != "RM4"])
    assert [a.ref for a in plan.actions] == ["RM1", "RM2", "RM3", "RM5"]
    missing = [w for w in plan.warnings if w.code == "plan_actions_missing"]
    assert len(missing) == 1 and "(RM4)" in missing[0].message


def _action(n: int, ref: str | None, text: str, owner: str | None) -> Action:
    prov = Provenance(
        sha256="0" * 64, page=1, bbox=(0, 0, 1, 1), extractor="t", extractor_version="0"
    )
    return Action(
        id=f"a{n}", ref=ref, text=text, owner=owner, due_date=date(2026, 1, 31),
        due_raw="31st Jan '26", recommendations=[], provenance=prov,
    )  # fmt: skip


def _doubtful(actions: list[Action]) -> list[str]:
    return [w.message for w in plan_warnings([], actions) if w.code == "plan_actions_doubtful"]


def test_rows_without_ref_or_owner_under_keyed_actions_are_doubted() -> None:
    actions = [
        _action(1, "1", "Apply consistent thresholds at the front door", "Service Manager"),
        _action(2, None, "a) Checkpoint: Pilot completed in one locality", None),
        _action(3, "2", "Complete all contacts within twenty-four hours", "Head of Service"),
        _action(4, None, "a) Checkpoint: Staff briefing sessions held", None),
        _action(5, None, "b) Checkpoint: Policy signed off by the Cabinet Member", None),
        _action(6, "3", "Audit repeat referrals each quarter", "Head of Service"),
    ]
    (message,) = _doubtful(actions)
    assert message.startswith("3 of 6 actions read look like pieces of others")


def test_an_action_running_into_its_sub_item_is_doubted() -> None:
    actions = [
        _action(1, "1", "Apply consistent thresholds at the front door", "Service Manager"),
        _action(
            2,
            "2",
            "Introduce a practice standard that every assessment includes a"
            " chronology a) Checkpoint: Draft agreed",
            "Head of Service",
        ),  # fmt: skip
        _action(3, "3", "Deliver training on: a) Neglect, b) Exploitation", "Head of Service"),
    ]
    (message,) = _doubtful(actions)
    assert message.startswith("1 of 3 actions read") and "Introduce a practice" in message


def test_keyed_actions_with_owners_alone_are_not_doubted() -> None:
    actions = [
        _action(1, "1", "Apply consistent thresholds at the front door", "Service Manager"),
        _action(2, "2", "Complete all contacts within twenty-four hours", "Head of Service"),
        _action(3, "3", "Audit repeat referrals each quarter", "Head of Service"),
    ]
    assert _doubtful(actions) == []
