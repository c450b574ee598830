"""A key of tagged recommendations whose columns stand close together, built with reportlab:
'R1 <text>' short enough to end on its first line, a gutter of a few word spaces, then 'R2
<text>' in the next column at the same height. The reader runs the two into one line ('R1 Build
a stable workforce ... agency staff    R2 Strengthen the response ...').

tagged_key._tags_apart splits such a line at the second tag (a word of the first tag's letters
and a number, a capital word after it, set off by a gutter far wider than the line's word
spaces), so the key reads 1..N. Before, R2 was lost inside R1's text, the key was not numbered
1..N and was not read: the recommendations the other readers made kept the label ('R1', 'R3')
and no action was linked by its tag.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("Build a stable and skilled social work workforce", ""),
    ("Strengthen the response to children who go missing from home or care, so that return",
     "home interviews are offered promptly and used to reduce risk"),
    ("Improve the timeliness of education, health and care plans for children in care and",
     "the support given by the virtual school"),
]  # fmt: skip
ACTIONS = [
    ("1.1", "Introduce a career pathway that rewards practice expertise", "31 May 2027"),
    ("2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "30 Apr 2027"),
    ("3.1", "Review every personal education plan each term with the virtual school",
     "30 Sep 2027"),
    ("1.2", "Launch a recruitment campaign for experienced social workers", "31 Oct 2027"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1190, 842))
    c.setFont("Times-Bold", 18)
    c.drawString(30, 805, "Who is leading our improvement")
    for n, (first, wrap) in enumerate(RECS):
        x = 30 + n * 250
        c.setFont("Times-Bold", 7.5)
        c.drawString(x, 780, f"R{n + 1}")
        c.setFont("Times-Roman", 7.5)
        c.drawString(x + 12, 780, first)
        if wrap:
            c.drawString(x, 771, wrap)
    c.setFont("Times-Bold", 10)
    c.drawString(30, 730, "Head of Children's Social Care")
    y = 712
    for ref, text, due in ACTIONS:
        c.setFont("Times-Bold", 7.5)
        c.drawString(30, y, f"R{ref[0]} {ref}")
        c.setFont("Times-Roman", 7.5)
        c.drawString(52, y, text)
        c.drawString(30, y - 9, f"By: {due}")
        c.drawString(30, y - 18, "Lead: Head of Children's Social Care")
        y -= 34
    c.save()
    return buf.getvalue()


def test_two_key_columns_run_into_one_line_are_two_entries() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "key.pdf"))
    recs = [(r.number, r.text) for r in plan.recommendations]
    assert recs == [(str(n + 1), f"{first} {wrap}".strip()) for n, (first, wrap) in enumerate(RECS)]
    number = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [number[x] for x in a.recommendations] for a in plan.actions}
    assert links == {ref: [ref[0]] for ref, _, _ in ACTIONS}
