"""An evidence portfolio: per action a run-in line '<label> 2.1: <text>', then ONE line of its
fields as label: value pairs parted by bars ('Lead: X  |  Complete by: Mar-2027  |  Rating:
Green - on track'), then a ruled table of the evidence documents (E-numbers, titles, long dates,
people). The bars and the wide gaps around them made the fields line look like a row of column
headers, and the lines under it an unruled action table of nonsense: every action was lost.

What is read: a line whose runs are labels with their values, bars or not, is no header row;
each action keeps its owner, due date and status.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import _labelled_pairs
from plantrace.pipeline.reader import parse_pdf_bytes

# recommendation, [(ref, action, owner, due as printed, status as printed)]
RECS = [
    ("Improve the timeliness of education, health and care plans for children in care",
     [("1.1", "Offer tuition to every child in care who is behind in reading at age eleven",
       "Grace Adebayo", "Mar-2027", "Red - significant risk"),
      ("1.2", "Reduce the time taken to issue education, health and care plans",
       "Priya Nandakumar", "15-Aug-2027", "Green - on track")]),
    ("Reduce delay in achieving permanence for children in care",
     [("2.1", "Hold a permanence planning meeting for every child by their second review",
       "Sian Pritchard", "Nov-2026", "Amber - some risk"),
      ("2.2", "Track the timeliness of care proceedings weekly through the legal gateway panel",
       "Designated Nurse", "May-2027", "Green - on track")]),
]  # fmt: skip
EVIDENCE = [
    ("E106", "Improvement board report", "18 December 2026", "Augustin Mwale"),
    ("E134", "Minutes of practice quality group", "21 December 2026", "Sunniva Crake"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 800, "Evidence portfolio: monitoring visit")
    y = 770.0
    for n, (rec, actions) in enumerate(RECS, start=1):
        c.setFont("Helvetica-Bold", 11)
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.drawString(50, y, f"Recommendation {n}: {rec}")
        c.setFillColorRGB(0, 0, 0)
        y -= 22
        for ref, text, owner, due, status in actions:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(50, y, f"Action {ref}:")
            c.setFont("Helvetica", 9.5)
            c.drawString(50 + c.stringWidth(f"Action {ref}: ", "Helvetica-Bold", 9.5), y, text)
            y -= 14
            line = f"Lead: {owner}   |   Deadline: {due}   |   RAG: {status}"
            c.drawString(50, y, line)
            y -= 18
            # the evidence table, ruled
            rows = [("Ref", "Evidence document", "Dated", "Held by"), *EVIDENCE]
            xs = [50, 100, 300, 420, 545]
            top = y + 10
            for k, row in enumerate(rows):
                c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9)
                for x, cell in zip(xs, row, strict=False):
                    c.drawString(x + 3, y, cell)
                y -= 14
            bottom = y + 10
            for k in range(len(rows) + 1):
                c.line(xs[0], top - 14 * k, xs[-1], top - 14 * k)
            for x in xs:
                c.line(x, top, x, bottom)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def test_runs_of_labels_with_values_parted_by_bars_are_no_header_row() -> None:
    assert _labelled_pairs(["Lead: Grace Adebayo", "|", "Complete by: Mar-2027", "|",
                            "Rating: Red - significant risk"])  # fmt: skip
    assert _labelled_pairs(["Lead: Priya Nandakumar", "| Complete by: Aug-2027"])
    assert not _labelled_pairs(["Action", "|", "Lead officer", "|", "Deadline"])
    assert not _labelled_pairs(["Lead: Grace Adebayo", "|"])


def test_each_action_keeps_its_owner_due_date_and_status() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "portfolio.pdf"))
    got = {" ".join(a.text.split()[-4:]): (a.owner, a.due_raw, a.rag) for a in result.actions}
    want = {
        " ".join(text.split()[-4:]): (owner, due, status.split()[0].lower())
        for _, actions in RECS
        for _, text, owner, due, status in actions
    }
    assert got == want
