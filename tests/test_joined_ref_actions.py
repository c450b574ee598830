"""Two printed actions read as one: the action's ref reads as two refs of the plan's shape
('1.1 1.2') and its text as both actions' texts, where the plan's other actions have one ref
each. The plan lost an action and joined two, read otherwise right, and said nothing
(plan_warnings._joined_ref_warnings says so, plan_actions_doubtful); refs naming two actions
with a joiner ('2.1 / 2.2': one action answering both) and plans of one ref an action are not
warned."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ["Ref", "Action", "Lead", "Due", "Status"]


def _rows(first_ref: str, first_text: str) -> list[list[str]]:
    return [
        [first_ref, first_text, "Head of Service", "31/03/2026", "On track"],
        ["1.3", "Audit repeat referrals each quarter", "Head of Safeguarding", "30/06/2026",
         "At risk"],
        ["2.1", "Introduce a supervision audit tool", "Principal Social Worker", "31/01/2026",
         "Off track"],
        ["2.2", "Train all team managers in reflective supervision", "Workforce Lead",
         "30/04/2026", "On track"],
    ]  # fmt: skip


def _pdf(first_ref: str, first_text: str) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    data = [HEAD, *[[Paragraph(c, body) for c in r] for r in _rows(first_ref, first_text)]]
    table = Table(data, colWidths=[50, 200, 110, 65, 60], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(
        [Paragraph("Improvement plan: actions", styles["Title"]), table]
    )
    return buf.getvalue()


def _doubts(pdf: bytes) -> list[str]:
    result = extract_plan(parse_pdf_bytes(pdf, "joined.pdf"))
    return [w.message for w in result.warnings if w.code == "plan_actions_doubtful"]


def test_an_action_read_with_two_refs_is_said() -> None:
    joined = "Publish a revised threshold document Step down cases to early help"
    said = _doubts(_pdf("1.1 1.2", joined))
    assert len(said) == 1 and "'1.1 1.2'" in said[0]


def test_one_ref_an_action_is_not_said() -> None:
    assert _doubts(_pdf("1.1", "Publish a revised threshold document")) == []


def test_two_refs_with_a_joiner_are_not_said() -> None:
    assert _doubts(_pdf("1.1 / 1.2", "Publish a revised threshold document")) == []


UNREFFED = [
    ("Audit repeat referrals each quarter", "Head of Safeguarding", "Jun-26", "At risk"),
    ("Introduce a supervision audit tool", "Principal Social Worker", "31.01.26", "Off track"),
    ("Train all team managers in reflective supervision", "Workforce Lead", "Apr-26",
     "On track"),
]  # fmt: skip


def _unreffed_pdf(text: str, due: str) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    rows = [(text, "Fatima Rahman", due, "On track"), *UNREFFED]
    data = [HEAD[1:], *[[Paragraph(c, body) for c in r] for r in rows]]
    table = Table(data, colWidths=[230, 120, 80, 70], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(
        [Paragraph("Improvement plan: actions", styles["Title"]), table]
    )
    return buf.getvalue()


JOINED = (
    "Record children's views in their own words at every review meeting Expand the"
    " children in care council and set up a younger members' group"
)


def test_two_dates_and_two_sentences_run_together_are_said() -> None:
    said = _doubts(_unreffed_pdf(JOINED, "Aug-25 28.02.25"))
    assert len(said) == 1 and "Aug-25 28.02.25" in said[0]


def test_one_date_or_one_sentence_is_not_said() -> None:
    assert _doubts(_unreffed_pdf(JOINED, "28.02.25")) == []
    one = "Record children's views in their own words at every review meeting"
    assert _doubts(_unreffed_pdf(one, "Aug-25 28.02.25")) == []
