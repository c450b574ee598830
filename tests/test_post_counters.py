"""A plan posted as a social-media thread: each post opens with the thread's counter 'n/N', a
post per recommendation ('2/9 Ofsted recommendation 1: “...”') and a post per action ('3/9 1a
<action>') with field lines under it, the owner's label printed with no colon ('Led by X').
Bylines and 'Replies n  Reposts n  Likes n' lines are the platform's furniture.

What is read: each action with its ref ('1a') and its text without the counter, linked to the
recommendation its post stands under; its owner from 'Led by' or 'Who's leading it:', its due
date and its status. A lone fraction at a line's start is no counter.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_cards import field_line
from plantrace.extractors.post_counters import drop_post_counters
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the multi-agency response to children at risk of exploitation outside the home",
     [("1a", "Establish a weekly multi-agency child exploitation meeting with police",
       "Led by Head of Safeguarding", "Head of Safeguarding", "Deadline: Fri 30 Apr 2027",
       "2027-04-30", "Where it's at: stalled", "red"),
      ("1b", "Appoint two specialist exploitation social workers to support complex cases",
       "Led by Principal Social Worker", "Principal Social Worker", "Deadline: Mon 31 May 2027",
       "2027-05-31", "Where it's at: on course", "green")]),
    ("2", "Improve the timeliness of health assessments for children in care",
     [("2a", "Agree a timeliness pathway for initial health assessments with the doctor",
       "Led by Designated Nurse", "Designated Nurse", "Deadline: Wed 30 Jun 2027",
       "2027-06-30", "Where it's at: slipping", "amber"),
      ("2b", "Track review health assessments monthly at the performance meeting",
       "Led by Service Manager, Children in Care", "Service Manager, Children in Care",
       "Deadline: Fri 30 Jul 2027", "2027-07-30", "Where it's at: achieved", "blue")]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Oakvale Children's Services: our improvement plan, in a thread")
    total = 1 + sum(1 + len(acts) for _, _, acts in RECS)
    y, n = 770.0, 0

    def post(lines: list[str]) -> None:
        nonlocal y, n
        n += 1
        c.setFont("Helvetica-Bold", 9)
        c.rect(50, y - 22, 24, 24)
        c.drawString(52, y - 12, "OC")
        c.drawString(82, y, f"Oakvale Children's Services @OakvaleCYP · 09:{20 + n:02d} · 4 Dec")
        y -= 16
        c.setFont("Helvetica", 10)
        for i, text in enumerate(lines):
            c.drawString(82, y, f"{n}/{total} {text}" if i == 0 else text)
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(82, y, f"Replies {n + 3}  Reposts {2 * n}  Likes {10 * n}")
        y -= 26

    post(["Today we share what Ofsted asked us to improve and what we are doing. A thread"])
    for number, rec, acts in RECS:
        post([f"Ofsted recommendation {number}: “{rec}”"])
        for ref, text, owner_line, _, due_line, _, status_line, _ in acts:
            post([f"{ref} {text}", owner_line, due_line, status_line])
    c.showPage()
    c.save()
    return buf.getvalue()


def test_thread_actions_read_with_refs_links_and_fields() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "thread.pdf"))
    recs = {r.number: r.text for r in result.recommendations}
    assert recs == {number: rec for number, rec, _ in RECS}
    number_of = {r.id: r.number for r in result.recommendations}
    got = {a.text: a for a in result.actions}
    for number, _, acts in RECS:
        for ref, text, _, owner, _, due, _, rag in acts:
            action = got[text]
            assert action.ref == ref
            assert action.owner == owner
            assert str(action.due_date) == due
            assert action.rag == rag
            assert [number_of[r] for r in action.recommendations] == [number]
    assert len(result.actions) == 4


def test_counters_cut_only_where_they_count_up() -> None:
    doc = parse_pdf_bytes(_pdf(), "thread.pdf")
    cut = drop_post_counters(doc)
    assert cut is not None
    texts = [ln.text for ln in cut.pages[0].lines]
    assert "1a Establish a weekly multi-agency child exploitation meeting with police" in texts
    assert not any(t.startswith(("3/", "4/")) for t in texts)


def test_led_by_is_a_label_without_a_colon() -> None:
    line = Line("Led by Head of Virtual School", (0, 0, 100, 10), 10, False, 1, 0, words=[])
    assert field_line(line) == ("Led by", "Head of Virtual School")
    prose = Line("Led by example, the board agreed", (0, 0, 100, 10), 10, False, 1, 0, words=[])
    assert field_line(prose) is None
