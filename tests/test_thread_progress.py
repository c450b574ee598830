"""A plan posted as a thread gives each action's progress on a labelled line under its fields;
threads label it in the words a post uses ('Most recently: ...', 'Latest: ...', 'News: ...').

What is read: each action's progress from its label, whichever of these the thread prints. A
progress label the vocabulary does not know is said (plan_column_unplaced), never dropped
silently.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ACTIONS = [
    ("1", "Strengthen the stability of the social work workforce",
     [("1a", "Introduce a career pathway that rewards practice expertise", "Tom Ellery",
       "Wed 11 Nov 2026", "2026-11-11", "slipping", "amber",
       "Delayed because of staff turnover; revised plan agreed"),
      ("1b", "Hold exit interviews with every leaver and report the themes", "Priya Nandakumar",
       "Wed 6 Jan 2027", "2027-01-06", "achieved", "blue", "Completed and embedded in practice")]),
    ("2", "Improve the recording of decisions about section 47 enquiries",
     [("2a", "Run a multi-agency audit of thirty strategy discussions", "Helen Markham",
       "Mon 19 Apr 2027", "2027-04-19", "stalled", "red",
       "No lead in post since the restructure; escalated to the Improvement Board"),
      ("2b", "Agree a joint protocol with the police on attendance", "Martin Hale",
       "Sun 13 Sep 2026", "2026-09-13", "on course", "green",
       "First cohort completed; second cohort booked")]),
]  # fmt: skip


def _pdf(progress_label: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Oakridge Children's Services: our improvement plan, in a thread")
    total = 1 + sum(1 + len(acts) for _, _, acts in ACTIONS)
    y, n = 770.0, 0

    def post(lines: list[str]) -> None:
        nonlocal y, n
        n += 1
        c.setFont("Helvetica-Bold", 9)
        c.rect(50, y - 22, 24, 24)
        c.drawString(52, y - 12, "OC")
        c.drawString(82, y, f"Oakridge Children's Services @OakridgeCYP · 15:{n:02d} · 7 Jul")
        y -= 16
        c.setFont("Helvetica", 10)
        for i, text in enumerate(lines):
            c.drawString(82, y, f"{n}/{total} {text}" if i == 0 else text)
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(82, y, f"Replies {n + 3}  Reposts {2 * n}  Likes {10 * n}")
        y -= 26

    post(["Today we share what Ofsted asked us to improve and what we are doing. A thread"])
    for number, rec, acts in ACTIONS:
        post([f"Ofsted recommendation {number}: “{rec}”"])
        for ref, text, owner, due_raw, _, status, _, progress in acts:
            post([f"{ref} {text}", f"Lead: {owner}", f"When: {due_raw}",
                  f"Where it's at: {status}", f"{progress_label}: {progress}"])  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


def _check(progress_label: str) -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(progress_label), "thread.pdf"))
    got = {a.ref: a for a in result.actions}
    assert len(result.actions) == 4
    for _, _, acts in ACTIONS:
        for ref, text, owner, _, due, _, rag, progress in acts:
            action = got[ref]
            assert action.text == text
            assert action.owner == owner
            assert str(action.due_date) == due
            assert action.rag == rag
            assert action.progress == progress


def test_most_recently_is_a_progress_label() -> None:
    _check("Most recently")


def test_latest_and_news_are_progress_labels() -> None:
    _check("Latest")
    _check("News")


def test_an_unknown_progress_label_is_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Word on the ground"), "thread.pdf"))
    assert len(result.actions) == 4
    assert all(a.progress is None for a in result.actions)
    unplaced = [w for w in result.warnings if w.code == "plan_column_unplaced"]
    assert unplaced and "Word on the ground" in unplaced[0].message
