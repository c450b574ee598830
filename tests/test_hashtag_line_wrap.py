"""An outliner's export printed to PDF where an action's line is full before its status hashtag:
the tag ('#offtrack', a small bold coloured pill) wraps onto a line of its own, a little left of
the text (the pill's padding), and the action's update ('latest: ...') sits under it.

What is read: the hashtag is the action's status and the line under it the action's update, as
where the tag closes the chips' line; a line of hashtags far below an action is not its tag.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.hashtag_lines import is_hashtag_line
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, owner, due, tag, colour, update; the tag wraps alone where `alone`
ACTIONS = [
    ("1", "Reduce delay in achieving permanence for children in care", [
        ("1.1", "Hold a permanence planning meeting for every child by their second review",
         "Amira Choudhury", "Jun 14, 2027", "atrisk", "amber", None, False),
        ("1.2", "Recruit twenty additional foster carers through a targeted local campaign",
         "Claire Whitby", "May 12, 2027", "offtrack", "red",
         "No lead in post since the restructure", True),
        ("1.3", "Track the timeliness of care proceedings weekly through the legal gateway",
         "Claire Whitby", "Mar 6, 2027", "done", "blue", "Audit shows improvement", False),
    ]),
    ("2", "Increase the range of suitable accommodation for care leavers", [
        ("2.1", "Set up a care leavers' hub with drop-in advice on housing, money and health",
         "Bethan Lloyd", "Dec 25, 2026", "ontrack", "green", None, True),
        ("2.2", "Commission fifteen supported lodgings places for young people leaving care",
         "Claire Whitby", "Aug 31, 2027", "atrisk", "amber",
         "Delayed because of staff turnover", True),
        ("2.3", "Agree a joint housing protocol with district councils for care leavers",
         "Bethan Lloyd", "Mar 3, 2027", "offtrack", "red", None, False),
    ]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 800.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, y, "Children's services improvement plan")
    y -= 20
    c.setFont("Helvetica", 9)
    c.drawString(40, y, "Last edited Mar 24, 2027 by Clementine Fairweather.")
    y -= 26
    for number, rec, actions in ACTIONS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(52, y, f"Recommendation {number} — {rec}")
        y -= 18
        for ref, text, owner, due, tag, _colour, note, alone in actions:
            c.setFont("Helvetica", 10)
            c.setFillColorRGB(0.13, 0.13, 0.13)
            c.drawString(72, y, f"{ref} {text}")
            y -= 14
            c.drawString(72, y, f"who: {owner} when: {due}" + ("" if alone else f" #{tag}"))
            y -= 14
            if alone:  # the pill: bold, smaller, red, its padding left of the text
                c.setFont("Helvetica-Bold", 8)
                c.setFillColorRGB(0.81, 0.13, 0.18)
                c.drawString(68, y, f"#{tag}")
                y -= 14
            if note:
                c.setFont("Helvetica", 9)
                c.setFillColorRGB(0.47, 0.47, 0.47)
                c.drawString(92, y, f"latest: {note}")
                y -= 14
            y -= 4
        y -= 6
    c.save()
    return buf.getvalue()


def test_a_hashtag_wrapped_alone_is_its_actions_status_and_the_note_under_it_its_update() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "outline.pdf"))
    got = {a.ref: a for a in plan.actions}
    want = {ref: (owner, colour, note) for _n, _r, acts in ACTIONS for ref, _t, owner, _d, _tag,
            colour, note, _a in acts}  # fmt: skip
    assert set(got) == set(want)
    for ref, (owner, colour, note) in want.items():
        a = got[ref]
        assert a.owner == owner, ref
        assert a.rag == colour, ref
        assert a.progress == note, ref
        assert "#" not in a.text, ref
    assert "plan_status_unread" not in {w.code for w in plan.warnings}


def test_a_line_of_hashtags_alone_is_told_from_other_text() -> None:
    assert is_hashtag_line("#offtrack")
    assert is_hashtag_line(" #atrisk #board ")
    assert not is_hashtag_line("#1 priority for the board")
    assert not is_hashtag_line("C# training for analysts")
    assert not is_hashtag_line("when: Mar 3, 2027 #offtrack")


def test_a_status_hashtag_left_alone_by_every_action_is_said() -> None:
    """A '#offtrack' paragraph no action took (here: far under everything, a page's gap below)
    leaves a status unread: plan_status_unread quotes it; '#todo' (no status) is no such line."""
    from plantrace.extractors.hashtag_lines import stray_status_tags
    from plantrace.extractors.plan_columns import Element
    from plantrace.pipeline.document import Line

    def para(text: str) -> Element:
        return Element(1, 100.0, [Line(text, (72.0, 100.0, 300.0, 110.0), 10.0, False, 1, 0)])

    said = stray_status_tags([para("1.2 Recruit carers who: Claire Whitby"), para("#offtrack"),
                              para("#todo")])  # fmt: skip
    assert [w.code for w in said] == ["plan_status_unread"]
    assert "'#offtrack'" in said[0].message and "#todo" not in said[0].message
    assert stray_status_tags([para("Tags: #ontrack #atrisk")]) == []
