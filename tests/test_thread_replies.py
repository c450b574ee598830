"""A plan run from a chat channel and printed: a bot posts each recommendation as a card
('Recommendation 1' over its text), and under it a thread of replies, one per action: '<label>
<ref> · <action>' over a meta line of fields parted by middle dots, each opened by a phrase
('picked up by X · deadline 20/4/25 #ontrack'), and an optional 'update: ...' quote. Each post
and reply is a box (nested one-cell tables). The replies are read as actions with owner, due
date, status and progress, under the card's recommendation; senders, timestamps, avatars and a
colleague's reply naming a date are no actions.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.thread_replies import meta_fields
from plantrace.pipeline.reader import parse_pdf_bytes

_BOX = TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "grey")])
POSTS = [
    (
        "1",
        "Make sure that children's wishes and feelings are recorded in their plans",
        [
            ("Task T1.1 · Expand the children in care council", "picked up by Ruth Kowalczyk"
             " · deadline 19/1/27 #ontrack", "update: Two meetings held"),
            ("Task T1.2 · Record children's views at every review", "picked up by David Osei"
             " · deadline 30/4/27 #atrisk", None),
        ],
    ),
    (
        "2",
        "Reduce delay in achieving permanence for children in care",
        [
            ("Task T2.1 · Hold a permanence planning meeting for every child",
             "assigned to Bethan Lloyd · due 8/11/27 #done", "last note: Embedded in practice"),
            ("Task T2.2 · Recruit twenty additional foster carers",
             "assigned to Fatima Rahman · by 31/3/27 #blocked", None),
        ],
    ),
]  # fmt: skip


def _box(rows: list[str]) -> Table:
    styles = getSampleStyleSheet()
    t = Table([[Paragraph(r, styles["Normal"])] for r in rows], colWidths=[380])
    t.setStyle(_BOX)
    return t


def _pdf(avatars: bool = False) -> bytes:
    styles = getSampleStyleSheet()
    story: list[object] = [
        Paragraph("Northshire CSC Improvement › # plan-tracker Posts Files Plan", styles["Normal"])
    ]
    for num, text, replies in POSTS:
        inner: list[list[object]] = [
            [Paragraph("Planner Bot (Bot) 14/06/2027 09:10", styles["Normal"])],
            [_box([f"Recommendation {num}", text])],
        ]
        for ref_line, meta, update in replies:
            lines = ["Planner Bot (Bot) 14/06/2027 09:10", ref_line, meta]
            inner.append([_box(lines + ([update] if update else []))])
        inner.append([_box(["Cosmo Pettigrew 13/08/2027 16:40",
                            "Thanks, I'll take this to the team meeting on 13/8/27."])])  # fmt: skip
        inner.append([Paragraph("Reply", styles["Normal"])])
        post = Table(inner, colWidths=[420])
        post.setStyle(_BOX)
        if avatars:  # the sender's initials in a column of their own beside the post
            post = Table([[Paragraph("PB", styles["Normal"]), post]], colWidths=[30, 430])
            post.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
        story.append(post)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan").build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def test_meta_line_fields() -> None:
    assert meta_fields("picked up by Ruth Kowalczyk · deadline 19/1/27 #ontrack") == {
        "owner": "Ruth Kowalczyk", "due": "19/1/27", "rag": "#ontrack",
    }  # fmt: skip
    assert meta_fields("owner: Sian Pritchard · due 20/8/27") == {
        "owner": "Sian Pritchard", "due": "20/8/27",
    }  # fmt: skip
    assert meta_fields("Thanks · see you on 13/8/27") == {}  # a phrase no field opens


def test_chat_thread_read_as_actions() -> None:
    doc = parse_pdf_bytes(_pdf(), "channel.pdf")
    plan = extract_plan(doc)
    got = [
        (a.ref, a.text, a.owner, a.due_date and a.due_date.isoformat(), a.rag) for a in plan.actions
    ]
    assert got == [
        ("T1.1", "Expand the children in care council", "Ruth Kowalczyk", "2027-01-19", "green"),
        ("T1.2", "Record children's views at every review", "David Osei", "2027-04-30", "amber"),
        ("T2.1", "Hold a permanence planning meeting for every child", "Bethan Lloyd", "2027-11-08", "blue"),
        ("T2.2", "Recruit twenty additional foster carers", "Fatima Rahman", "2027-03-31", "red"),
    ]  # fmt: skip
    assert [a.progress for a in plan.actions] == [
        "Two meetings held", None, "Embedded in practice", None,
    ]  # fmt: skip
    recs = {r.id: r.number for r in plan.recommendations}
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    assert [[recs[x] for x in a.recommendations] for a in plan.actions] == [
        ["1"],
        ["1"],
        ["2"],
        ["2"],
    ]
    assert not any("Pettigrew" in (a.owner or "") or "Bot" in a.text for a in plan.actions)


def test_avatar_column_beside_post() -> None:
    """A post's box with the sender's initials in a column of their own (as a box cut by a page
    foot is read) is still a box: its replies are read."""
    plan = extract_plan(parse_pdf_bytes(_pdf(avatars=True), "channel.pdf"))
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [
        ("T1.1", "Ruth Kowalczyk", "green"),
        ("T1.2", "David Osei", "amber"),
        ("T2.1", "Bethan Lloyd", "blue"),
        ("T2.2", "Fatima Rahman", "red"),
    ]
    assert [r.number for r in plan.recommendations] == ["1", "2"]
