"""A card drawn with a thick coloured rule down its left edge (an accent stripe, ruled as a
cell of its own), its fields a row of labels in capitals over a row of values, one label
wrapped onto a second line under a long owner (printed by Chromium).

At 0.6.66 the table finder read the first such card as a box of two cells: the stripe, a sliver,
and the card. plan_cards._framed_cell (made for a section's panel carried over a page break,
its card between two empty slivers of margin) took the stripe for a frame's margin and gave the
card's lines to _boxed_lone_card, which sorted them by height: the label row printed in two
runs came apart ('POSITION STATEMENT' over 'DRIVEN BY EXPECTED') and the capital labels were
read as an action's text, an action that does not exist. A sliver on one side only is a card's
own rule, no frame: the card is read as before 0.6.66 (lost, and said lost), no label row is
an action.
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4; margin: 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; }"
    "h2 { font-size: 11pt; margin: 12pt 0 5pt; }"
    "table { border-collapse: collapse; width: 100%; margin: 0; }"
    "td { vertical-align: top; text-align: left; border: none; padding: 1pt 6pt 1pt 0; }"
    ".card { border: 0.6pt solid #888; margin: 0 0 8pt; padding: 4pt 6pt; break-inside: avoid; }"
    ".ref { color: #444; font-size: 7.5pt; margin: 0; }"
    ".title { font-weight: bold; margin: 1pt 0 4pt; }"
    "td.label { color: #555; font-size: 7pt; text-transform: uppercase; }"
)
LABELS = ("Lead", "Time limit", "Progress")
# (ref, action, lead, due, update): the first lead is long enough to wrap 'TIME LIMIT'
CARDS = [
    ("4.1", "Audit the files of every child placed more than twenty miles from home",
     "Principal Social Worker & Head of Corporate Parenting Services", "Q3 27-28",
     "Slipped after a change of provider in the spring; a new date was set by the board"),
    ("4.2", "Hold a termly forum for foster carers to raise concerns with managers", "JT (Head of Fostering)",
     "31 January 2027", "Two forums held"),
    ("4.3", "Publish a placement sufficiency statement with the partnership", "JT (Head of Fostering)",
     "2027-03-31", "Draft out for comment"),
    ("4.4", "Bring every child's health assessment up to date within statutory times",
     "Designated Nurse", "end June 2027", "On track"),
]  # fmt: skip
ACCENT = "#3A7D44"


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h2>4) Make sure children placed away from home get the same help</h2>"]  # fmt: skip
    for ref, text, lead, due, update in CARDS:
        heads = "".join(f"<td class='label'>{x}</td>" for x in LABELS)
        values = "".join(f"<td>{escape(x)}</td>" for x in (lead, due, update))
        out.append(
            f"<div class='card' style='border-left: 5pt solid {ACCENT}'><p class='ref'>Step {ref}</p>"
            f"<p class='title'>{escape(text)}</p><table><tr>{heads}</tr><tr>{values}</tr></table></div>"
        )
    out.append("</body></html>")
    return "".join(out)


@needs_chromium
def test_accent_rule_is_no_frame_and_no_label_row_is_an_action(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "cards.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    labels = {x.upper() for x in LABELS}
    assert not [a.text for a in plan.actions if a.text and a.text.upper() in labels]
    read = {a.ref: a for a in plan.actions}
    for ref, text, lead, due, update in CARDS[1:]:
        a = read[ref]
        assert (a.text, a.owner, a.due_raw, a.progress) == (text, lead, due, update)
    assert all(a.ref for a in plan.actions)  # every action read is a card, with its ref
    if "4.1" not in read:  # the card with the wrapped label row is not read: said so
        assert "plan_actions_missing" in [w.code for w in plan.warnings]
