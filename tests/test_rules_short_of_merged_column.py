"""An action table ruled with horizontal lines only, its recommendation merged down the first
column beside several actions: the rule under each action stops short of that column (it would
cut the merged cell), and the recommendation's lines run on across it at their own spacing, one
of them level with the rule. The rule was no row break when that line stood in the same text
row as the next action's first, and two actions were read as one, with two owners and two dates
(s1 html-grid-merged). A rule that spans every column but one whose text alone crosses it parts
the rows in the others (tables._rule_between).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

H = A4[1]
SIZE, PITCH = 7.5, 9.0
LEFT, RIGHT = 49.0, 547.0
X = [53.0, 144.5, 277.0, 352.0, 412.0, 503.0]  # recommendation, action, lead, due, progress, RAG
HEAD = ["Inspection", "Key actions", "Lead", "Timescale", "Progress", "RAG"]
REC = [
    "1. Improve the",
    "timeliness and",
    "consistency of",
    "decisions at the front",  # level with the first action's rule
    "door so that children",
    "receive the right help",
    "at the right time",
]
ACTIONS = [
    (["Complete all contacts within", "one day and record the", "decision and its reasons"],
     ["Detective", "Inspector, Public", "Protection"], "31 August 2025",
     ["Monthly reports now", "in place for every", "team"], "Delayed"),
    (["Audit repeat referrals each", "quarter to learn why help", "did not last"],
     ["Amira Choudhury", "(Head of Quality", "Assurance)"], "30 April 2026",
     ["Recruitment under", "way; two posts", "filled"], "At risk"),
    (["Publish a revised threshold", "document with partners"],
     ["Workforce", "Development Lead"], "February 2025",
     ["Draft agreed by", "partners"], "Completed"),
]  # fmt: skip


def _put(c: canvas.Canvas, x: float, top: float, text: str) -> None:
    c.drawString(x, H - top - 5.6, text)


def _rule(c: canvas.Canvas, x0: float, y: float) -> None:
    c.line(x0, H - y, RIGHT, H - y)


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    _put(c, 50, 60, "Children's services improvement plan")
    c.setLineWidth(0.75)
    _rule(c, LEFT, 109.5)
    c.setFont("Helvetica-Bold", SIZE)
    for x, text in zip(X, HEAD, strict=True):
        _put(c, x, 113.7, text)
    _put(c, X[0], 124.4, "recommendation")  # the header's second line
    _put(c, X[5], 124.4, "status")
    _rule(c, LEFT, 133.5)
    c.setFont("Helvetica", SIZE)
    top = 138.0
    for k, ln in enumerate(REC):  # the merged cell's lines, on at one pitch
        _put(c, X[0], top + k * PITCH, ln)
    for action, lead, due, progress, rag in ACTIONS:
        for x, cell in ((X[1], action), (X[2], lead), (X[4], progress)):
            for j, ln in enumerate(cell):
                _put(c, x, top + j * PITCH, ln)
        _put(c, X[3], top, due)
        _put(c, X[5], top, rag)
        rule = top + (len(action) - 1) * PITCH + 10.4
        _rule(c, X[1] - 4.0, rule)  # the row's rule stops short of the merged column
        top = rule + 4.6
    _rule(c, LEFT, max(top, 138.0 + len(REC) * PITCH + 6.0))
    c.showPage()
    c.save()
    return buf.getvalue()


def test_rules_short_of_a_merged_column_part_the_rows() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "plan.pdf"))
    got = [(a.text, a.owner, a.due_raw) for a in plan.actions]
    want = [(" ".join(a), " ".join(lead), due) for a, lead, due, _, _ in ACTIONS]
    assert got == want
