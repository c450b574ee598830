"""A project tool's network diagram: a lane per recommendation, its summary node at the left
(the recommendation in bold, 'WBS: 2'), then a framed node per action, each a little grid of
fields ('Start: ...' | 'ID: 13', 'Finish: ...' | 'Dur: 85 days', 'WBS: 2.1' | 'Status: ...',
'Res: ...'), joined by arrows. The table finder takes a lane for one wide grid.

What is read: each action node once, its ref from 'WBS' (never the task 'ID'), its owner from
'Res', its due from 'Finish' (never 'Start'), its status; the summary node's text is the
recommendation its lane's actions answer. A legend box of no fields is no action.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.node_fields import node_table, outer_frames
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

LANES = [
    ("1", "Improve the quality of management oversight and supervision of social work practice",
     [("1.1", "Train all team managers in reflective supervision", "Head of Service",
       "Sun 14/03/27", "2027-03-14", "On track"),
      ("1.2", "Audit twelve supervision records each month", "Principal Social Worker",
       "Tue 01/06/27", "2027-06-01", "Delayed")]),
    ("2", "Build a stable and permanent social work workforce and reduce reliance on agency staff",
     [("2.1", "Launch a recruitment campaign for experienced social workers", "Workforce Lead",
       "Sun 26/12/27", "2027-12-26", "Complete"),
      ("2.2", "Convert agency posts to permanent posts", "Assistant Director",
       "Mon 31/01/28", "2028-01-31", "On track")]),
]  # fmt: skip


def _node(c: canvas.Canvas, x: float, top: float, w: float, title: str, rows: list[list[str]],
          thick: float) -> None:  # fmt: skip
    h = 14 + 10 * len(rows)
    c.setStrokeColor(HexColor("#1E63B5"))
    c.setLineWidth(thick)
    c.rect(x, top - h, w, h)
    c.line(x, top - 13, x + w, top - 13)  # the rule under the title
    c.setFont("Helvetica-Bold", 7)
    c.drawString(x + 3, top - 9, title)
    c.setFont("Helvetica", 7)
    for k, row in enumerate(rows):
        y = top - 22 - 10 * k
        c.drawString(x + 3, y, row[0])
        if len(row) > 1:
            c.drawString(x + w * 0.55, y, row[1])


def _pdf() -> bytes:
    buf = io.BytesIO()
    W, H = landscape(A3)
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(34, H - 40, "Improvement Programme - Network Diagram")
    task = 5
    top = H - 90
    for num, rec, acts in LANES:
        head, rest = " ".join(rec.split()[:8]), " ".join(rec.split()[8:])
        _node(c, 34, top, 250, head, [[rest], ["Start: Thu 12/11/26", f"ID: {task}"],
              ["Finish: Mon 31/01/28", "Dur: 300 days"], [f"WBS: {num}"]], 2)  # fmt: skip
        task += 1
        x = 310.0
        for ref, text, owner, due, _, status in acts:
            _node(c, x, top, 200, text, [["Start: Sun 20/12/26", f"ID: {task}"],
                  [f"Finish: {due}", "Dur: 80 days"], [f"WBS: {ref}", f"Status: {status}"],
                  [f"Res: {owner}"]], 1.3)  # fmt: skip
            c.line(x - 26, top - 20, x, top - 20)  # the finish-to-start arrow
            task += 1
            x += 226
        top -= 110
    c.rect(34, 34, W - 68, 40)  # the legend
    c.setFont("Helvetica", 7)
    c.drawString(40, 60, "Project: Children's Services Improvement Plan")
    c.drawString(40, 48, "Date: Tue 22/06/27")
    c.save()
    return buf.getvalue()


def test_each_field_node_is_an_action_with_its_fields() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "network.pdf"))
    got = {
        a.ref: (a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    }
    want = {
        ref: (text, owner, iso, rag)
        for _, _, acts in LANES
        for ref, text, owner, _, iso, rag in [
            (r, t, o, d, i, {"On track": "green", "Delayed": "amber", "Complete": "blue"}[s])
            for r, t, o, d, i, s in acts
        ]
    }
    assert got == want


def test_the_lanes_summary_node_is_the_recommendation_its_actions_answer() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "network.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == [(n, t) for n, t, _ in LANES]
    assert {a.ref: a.recommendations for a in result.actions} == {
        "1.1": ["r1"], "1.2": ["r1"], "2.1": ["r2"], "2.2": ["r2"],
    }  # fmt: skip


def test_a_frame_is_closed_by_the_farthest_rule_its_sides_reach() -> None:
    doc = parse_pdf_bytes(_pdf(), "network.pdf")
    page = doc.pages[0]
    found = node_table(page)
    assert found is not None
    frames = outer_frames(page.rulings)
    # six nodes and the legend; the rule under each title closes no frame of its own
    assert len(frames) == 7
