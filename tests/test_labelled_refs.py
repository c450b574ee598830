"""An evidence portfolio's actions: per action a run-in line '<label> 2.1: <text>' ('Plan
action 2.1: ...', the label the template's own words), one line of its fields parted by bars,
then a labelled line of what the evidence shows, then a ruled table of evidence documents.

The card readers took the run-in line whole as the action's text: the label and ref stayed in
the text and the action had no ref. The evidence line's label ('What the evidence shows',
'Impact so far') was read as no field, and the update was lost without a word.

What is read: a label shared by nearly every action, then a ref of its own and a colon, gives
the ref and leaves the text after the colon; the evidence line is the action's progress.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.labelled_refs import split_labelled_refs
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# recommendation, [(ref, action, owner, due, status, evidence line)]
RECS = [
    ("Improve the timeliness of education, health and care plans for children in care",
     [("1.1", "Offer tuition to every child in care who is behind in reading at age eleven",
       "Grace Adebayo", "Mar-2027", "Red - significant risk",
       "Delayed because of staff turnover; revised plan agreed"),
      ("1.2", "Reduce the time taken to issue education, health and care plans",
       "Priya Nandakumar", "15-Aug-2027", "Green - on track",
       "Audit shows improvement in most records")]),
    ("Reduce delay in achieving permanence for children in care",
     [("2.1", "Hold a permanence planning meeting for every child by their second review",
       "Sian Pritchard", "Nov-2026", "Amber - some risk",
       "Work started; scoping meeting held with partners"),
      ("2.2", "Track the timeliness of care proceedings weekly through the legal gateway panel",
       "Designated Nurse", "May-2027", "Green - on track",
       "Recruitment under way; two posts filled")]),
]  # fmt: skip
EVIDENCE = [
    ("E106", "Improvement board report", "18 December 2026", "Augustin Mwale"),
    ("E134", "Minutes of practice quality group", "21 December 2026", "Sunniva Crake"),
]


def _pdf(label: str, evidence_label: str) -> bytes:
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
        for ref, text, owner, due, status, note in actions:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(50, y, f"{label} {ref}:")
            c.setFont("Helvetica", 9.5)
            c.drawString(50 + c.stringWidth(f"{label} {ref}: ", "Helvetica-Bold", 9.5), y, text)
            y -= 14
            c.drawString(50, y, f"Lead: {owner}   |   Deadline: {due}   |   RAG: {status}")
            y -= 14
            c.setFont("Helvetica-Oblique", 9.5)
            c.drawString(50, y, f"{evidence_label}: {note}")
            y -= 18
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


def _want() -> dict[str, tuple[str, str, str]]:
    return {
        ref: (text, owner, note) for _, actions in RECS for ref, text, owner, _, _, note in actions
    }


def test_a_shared_label_before_each_ref_gives_the_ref_and_the_text_after_the_colon() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Plan action", "What the evidence shows"), "p.pdf"))
    got = {a.ref: (a.text, a.owner, a.progress) for a in result.actions}
    assert got == _want()


def test_impact_so_far_is_the_progress_and_a_two_word_label_with_ref() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Action ref", "Impact so far"), "p.pdf"))
    got = {a.ref: (a.text, a.owner, a.progress) for a in result.actions}
    assert got == _want()


def test_one_action_opening_with_a_label_is_no_evidence() -> None:
    from plantrace.extractors.plan_actions import Draft

    def draft(text: str) -> Draft:
        d = Draft.__new__(Draft)
        d.ref, d.text = None, text
        return d

    lone = [draft("Priority 1: agree the threshold document"), draft("Train foster carers")]
    split_labelled_refs(lone)
    assert [d.ref for d in lone] == [None, None]
    dashed = [draft("Task 3.1 - Agree the pathway"), draft("Task 3.2 - Train carers")]
    split_labelled_refs(dashed)
    assert [(d.ref, d.text) for d in dashed] == [
        ("3.1", "Agree the pathway"),
        ("3.2", "Train carers"),
    ]
    shared = [draft("Action 1: Agree it"), draft("Action 1: Train them")]
    split_labelled_refs(shared)
    assert [d.ref for d in shared] == [None, None]
