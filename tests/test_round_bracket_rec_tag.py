"""A recommendation's code in round brackets closing an action's text ('... (Rec. 2)', '(R1)')
is the action's link, as one in square brackets is (extractors/plan_actions.py _closing_tag).

A plan with no Rec column prints each action's recommendation after its text. Only a square
bracketed code ('[R2]') was read so; a round one stayed in the text and the action was linked
to nothing. The code needs a recommendation's label (data: recommendation_labels.json) before
its number, so a bare '(2)' or a '(Phase 2)' closing a sentence stays the text's.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Reduce delay in achieving permanence for children in care, including through timely use "
    "of special guardianship and adoption",
    "Improve the regularity and quality of management oversight and reflective supervision for "
    "social workers in the assessment and child in need teams",
]
ACTIONS = [
    ("Track the timeliness of care proceedings weekly", "(Rec. 1)", "1", "Head of Safeguarding"),
    ("Publish a revised supervision standard", "(Rec 2)", "2", "Tom Ellery"),
    ("Train all team managers in reflective supervision", "(R2)", "2", "Ruth Kowalczyk"),
    ("Run the audit again in the second year (Phase 2)", "", "", "Leon Fairweather"),
]  # fmt: skip


def _pdf() -> bytes:
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story = [Paragraph("Improvement plan", ss["Title"])]
    for n, text in enumerate(RECS, 1):
        story.append(Paragraph(f"Recommendation {n}: {text}", ss["Normal"]))
    story.append(Spacer(1, 12))
    rows = [["No.", "Action", "Lead officer", "Target date"]]
    rows += [
        [str(i), Paragraph(f"{t} {tag}".strip(), ss["Normal"]), o, "31 March 2027"]
        for i, (t, tag, _, o) in enumerate(ACTIONS, 1)
    ]
    grid = Table(rows, colWidths=[40, 380, 160, 100], repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(grid)
    doc.build(story)
    return buf.getvalue()


def test_round_bracketed_code_closing_the_text_links_the_action() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "round-tags.pdf"))
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    by_id = {r.id: r.number for r in plan.recommendations}
    read = [(a.text, [by_id[x] for x in a.recommendations]) for a in plan.actions]
    assert read == [(t, [n] if n else []) for t, _, n, _ in ACTIONS]
