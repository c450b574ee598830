"""Action cards whose update is printed under a label no vocabulary knows ('How matters sit'),
a field beside the owner, the due date and a status pill (printed by Chromium).

At 0.6.64 (holdout html-stacked-cards, 'Where things stand') column_roles read a label the
vocabulary does not know as the progress from its cells' evidence (sentences, most with an
update cue: a past tense, a phrase of progress) only in a printed table, right of the status
column (_update_notes): a card's fields keep no place, so the label was read as 'other', every
update lost and the plan only warned (plan_column_unplaced). Cards use the same evidence now
(column_roles.card_update_notes), where exactly one unknown label reads so; a label of aims
(no update cue) stays unread and said.
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4; margin: 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }"
    ".card { border: 1px solid #888; padding: 6px 10px; margin: 8px 0; break-inside: avoid; }"
    ".ref { font-size: 9pt; color: #555; margin: 0; } .title { font-weight: bold; margin: 2px 0; }"
    "table { width: 100%; border-collapse: collapse; } td { padding: 2px 6px; width: 25%; }"
    ".label { font-size: 8pt; text-transform: uppercase; color: #444; }"
    ".pill { color: white; border-radius: 8px; padding: 1px 8px; }"
)
PILL = {"On track": ("#00B050", "green"), "At risk": ("#FFC000", "amber"),
        "Off track": ("#FF0000", "red")}  # fmt: skip
# (ref, action, lead, due, status, update)
CARDS = [
    ("1.1", "Commission ten supported lodgings places for young people leaving care",
     "Head of Fostering", "31 May 2026", "On track", "First places opened; two more booked"),
    ("1.2", "Agree a joint housing protocol with district councils", "Housing Lead",
     "30 June 2026", "At risk", "Draft agreed by partners; sign-off due in the spring"),
    ("1.3", "Set up a drop-in hub with advice on housing, money and health",
     "Care Leavers Manager", "31 March 2026", "On track", "Pilot under way in two teams"),
    ("2.1", "Review every child in need plan every three months with partners",
     "Quality Lead", "30 April 2026", "Off track", "Not yet started; staff recruited"),
    ("2.2", "Audit repeat referrals each quarter to learn why help did not last",
     "Head of Business Intelligence", "31 July 2026", "On track",
     "First audit completed and shared with the board"),
]  # fmt: skip
AIMS = [
    "Young people leaving care have a safe place to live",
    "Fewer care leavers become homeless at eighteen",
    "Young people know where to get advice in one place",
    "Children's plans stay current and shared with every agency",
    "Help lasts and families do not come back to the front door",
]


def _html(label: str, values: list[str]) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Care leavers improvement plan</h1>"]  # fmt: skip
    for (ref, text, lead, due, status, _), value in zip(CARDS, values, strict=True):
        colour = PILL[status][0]
        out.append(
            f"<div class='card'><p class='ref'>Line {ref}</p><p class='title'>{escape(text)}</p>"
            "<table><tr><td class='label'>Lead officer</td><td class='label'>Due date</td>"
            f"<td class='label'>{escape(label)}</td><td class='label'>RAG status</td></tr>"
            f"<tr><td>{escape(lead)}</td><td>{due}</td><td>{escape(value)}</td>"
            f"<td><span class='pill' style='background:{colour}'>{status}</span></td></tr>"
            "</table></div>"
        )
    out.append("</body></html>")
    return "".join(out)


def _print(tmp_path, label: str, values: list[str]):  # type: ignore[no-untyped-def]
    page = tmp_path / "cards.html"
    page.write_text(_html(label, values))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_unknown_card_label_of_updates_is_the_progress(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = _print(tmp_path, "How matters sit", [c[5] for c in CARDS])
    assert [(a.ref, a.text) for a in plan.actions] == [(c[0], c[1]) for c in CARDS]
    assert [a.owner for a in plan.actions] == [c[2] for c in CARDS]
    assert [a.rag for a in plan.actions] == [PILL[c[4]][1] for c in CARDS]
    assert [a.progress for a in plan.actions] == [c[5] for c in CARDS]
    assert "plan_column_unplaced" not in [w.code for w in plan.warnings]


@needs_chromium
def test_unknown_card_label_of_aims_stays_unread_and_said(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = _print(tmp_path, "What good looks like", AIMS)
    assert [a.owner for a in plan.actions] == [c[2] for c in CARDS]
    assert [a.progress for a in plan.actions] == [None] * len(CARDS)
    assert "plan_column_unplaced" in [w.code for w in plan.warnings]
