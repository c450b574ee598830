"""A plan of cross-cutting actions with a tick matrix (fixer H, round 23).

The recommendations are listed once in a ruled two-column table ('R2' | 'Recommendation 2:
...'); the actions, numbered 1..N in their own order, sit in one grid whose columns are ref,
action, one narrow column per recommendation headed 'R1' .. 'Rn' holding a tick in each one
the action answers (some tick two), then owner, due and status. Each tick is a link; the
label the listed sentence opens with is no part of its text. Typeset with reportlab, read by
the whole plan reader."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=8, leading=10)
RECS = [
    "Build a stable, permanent and skilled social work workforce",
    "Ensure that strategy discussions involve police, health and children's social care",
    "Improve the timeliness and consistency of decisions at the front door",
    "Improve the regularity and quality of management oversight and supervision",
]
ACTIONS = [  # text, ticked recommendations, owner, due, status
    ("Deliver contextual safeguarding training to every team", [3], "Claire Whitby",
     "21 Oct 2026", "On track"),
    ("Hold exit interviews with every leaver and report the themes", [1, 2, 3], "Martin Hale",
     "3 Feb 2026", "At risk"),
    ("Train all team managers in reflective supervision", [4], "Helen Markham", "1 May 2026",
     "Complete"),
    ("Agree a joint protocol with the police on strategy discussions", [2, 4], "Tom Ellery",
     "31 Jan 2027", "Off track"),
]  # fmt: skip


def _plan() -> bytes:
    recs = Table(
        [
            [Paragraph(f"<b>R{n}</b>", BODY), Paragraph(f"Recommendation {n}: {t}", BODY)]
            for n, t in enumerate(RECS, 1)
        ],  # fmt: skip
        colWidths=[40, 700],
    )
    recs.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    heads = [f"R{n}" for n in range(1, len(RECS) + 1)]
    rows: list[list[object]] = [["Ref", "What we will do", *heads, "Responsible", "Timescale",
                                 "Status"]]  # fmt: skip
    for k, (text, ticked, owner, due, status) in enumerate(ACTIONS, 1):
        ticks = ["\u2713" if n in ticked else "" for n in range(1, len(RECS) + 1)]
        rows.append([str(k), Paragraph(text, BODY), *ticks, owner, due, status])
    grid = Table(rows, colWidths=[30, 300, *[28] * len(RECS), 100, 70, 60], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9ead3"),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]
    style += [("BACKGROUND", (1 + n, k), (1 + n, k), "#d9ead3")
              for k, (_, ticked, *_) in enumerate(ACTIONS, 1) for n in ticked]  # fmt: skip
    grid.setStyle(TableStyle(style))
    buf = io.BytesIO()
    story = [Paragraph("<b>Ofsted's recommendations</b>", BODY), recs, Spacer(1, 12)]
    story += [Paragraph("<b>Actions</b>", BODY), grid]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_plan(), "ticks.pdf"))


def test_the_listed_recommendations_are_read_without_their_label() -> None:
    got = _read()
    assert [(r.number, r.text) for r in got.recommendations] == [
        (str(n), text) for n, text in enumerate(RECS, 1)
    ]


def test_each_tick_links_the_action_to_its_recommendation() -> None:
    got = _read()
    number = {r.id: r.number for r in got.recommendations}
    assert {a.ref: [number[r] for r in a.recommendations] for a in got.actions} == {
        "1": ["3"], "2": ["1", "2", "3"], "3": ["4"], "4": ["2", "4"],
    }  # fmt: skip
    assert [a.owner for a in got.actions] == [owner for _, _, owner, _, _ in ACTIONS]
