"""An outliner's export printed to PDF: nested bullets, 'Recommendation 2 — <text>', under it
'2.1 <text>' followed by lower-case chips ('assignee: <name>', 'when: <date>') and the status as
a hashtag ('#atrisk'), wrapping wherever the line ends; bullets under an action give its update
('note: ...') or a reviewer's comment ('comment from <person>, <date>: ...').

What is read: each action's text without its chips, its owner and due date from the chips, its
status from the hashtag ('#todo' no colour), its update without its label; a comment is never
the update, owner or due date; the header's tag legend is no action's status.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the timeliness of education, health and care plans for children in care", [
        ("1.1", "Offer tuition to every child in care who is behind in reading", "Owen Tremayne",
         "Nov 12, 2026", "2026-11-12", "ontrack", "green", None, True),
        ("1.2", "Reduce the time taken to issue education, health and care plans", "Bethan Lloyd",
         "Apr 7, 2027", "2027-04-07", "atrisk", "amber", "Two posts filled", False),
    ]),
    ("2", "Reduce delay in achieving permanence for children in care", [
        ("2.1", "Recruit twenty additional foster carers through a targeted campaign",
         "David Osei", "Jul 31, 2026", "2026-07-31", "offtrack", "red", None, True),
        ("2.2", "Track the timeliness of care proceedings weekly", "Joseph Mensah",
         "May 31, 2026", "2026-05-31", "todo", None, "Scoping next quarter", False),
    ]),
]  # fmt: skip


def _pdf(tag_alone: bool = False) -> bytes:
    """tag_alone: each action's hashtag wraps onto a line of its own, set in bold (a tag's
    weight), as a long action's line breaks before it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 800.0
    c.setFont("Helvetica", 9)
    c.drawString(40, y, "Home › Thornwick › Improvement")
    y -= 24
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, y, "Children's services improvement plan")
    y -= 20
    c.setFont("Helvetica", 9)
    c.drawString(
        40, y, "Last edited Dec 26, 2025 by Seraphina Kowalczyk. Tags: #ontrack #atrisk #done"
    )
    y -= 26
    for number, rec, actions in RECS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(52, y, f"Recommendation {number} — {rec}")
        y -= 18
        for ref, text, owner, due, _iso, tag, _rag, note, comment in actions:
            c.setFont("Helvetica", 10)
            c.drawString(72, y, f"{ref} {text} assignee: {owner}")
            y -= 14
            c.drawString(72, y, f"when: {due}" if tag_alone else f"when: {due} #{tag}")
            y -= 16
            if tag_alone:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(72, y, f"#{tag}")
                c.setFont("Helvetica", 10)
                y -= 14
            if note:
                c.drawString(92, y, f"note: {note}")
                y -= 16
            if comment:
                c.setFont("Helvetica-Oblique", 9)
                c.drawString(92, y, "comment from Perpetua Ashdown, Oct 14, 2025: can we confirm?")
                y -= 16
        y -= 6
    c.save()
    return buf.getvalue()


def test_outline_chips_and_hashtags_are_the_actions_fields() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "outline.pdf"))
    got = {a.ref: a for a in plan.actions}
    for _number, _rec, actions in RECS:
        for ref, text, owner, _due, iso, _tag, rag, note, _comment in actions:
            a = got[ref]
            assert a.text == text
            assert a.owner == owner
            assert a.due_date is not None and a.due_date.isoformat() == iso
            assert a.rag == rag
            assert a.progress == note
    assert len(plan.actions) == 4


def test_a_hashtag_on_a_line_of_its_own_rates_its_action_not_those_after() -> None:
    """A bold '#offtrack' alone on a line is the tag its action's line wrapped onto, no status
    heading over the actions below it: no action takes the status of the one above ('1.1
    #ontrack' once rated 1.2 green, '2.1 #offtrack' 2.2 red), and the statuses left unread are
    said (plan_status_unread)."""
    plan = extract_plan(parse_pdf_bytes(_pdf(tag_alone=True), "outline.pdf"))
    own = {ref: rag for _n, _r, acts in RECS for ref, *_, rag, _note, _c in acts}
    for a in plan.actions:
        assert a.rag in (None, own[a.ref])
    if any(a.rag is None and own[a.ref] is not None for a in plan.actions):
        assert "plan_status_unread" in {w.code for w in plan.warnings}


def test_a_cards_field_label_near_its_start_is_no_chip() -> None:
    """'Objective owner: <name>' heads a card's fields: the card's text is not cut to
    'Objective' where another card's text prints such a label too."""
    from plantrace.extractors.chip_tails import read_chip_tails
    from plantrace.extractors.plan_actions import Draft

    texts = [
        "Objective owner: Yusra Bellweather KEY RESULTS 18% of plans reviewed within 20 days",
        "Objective owner: Ophelia Strand KEY RESULTS 40% of plans reviewed within 20 days",
    ]
    drafts = [
        Draft(None, None, t, "Lachlan Oduya", "Q4 2025", None, None, None, None, None, None)  # type: ignore[arg-type]
        for t in texts
    ]
    read_chip_tails(drafts)
    assert [d.text for d in drafts] == texts
