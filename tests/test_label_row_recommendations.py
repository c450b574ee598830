"""A plain-words plan heads each quoted recommendation 'Ofsted said - number N' and sets the
sentence in a row under it, a short label in the picture column ('Ofsted') and the text beside
it; the actions under it are numbered N.1, N.2.

The heading names the recommendation by a recurring name, a dash and a number word; the text is
the row's second cell (Word), or printed: the line whose label stands apart by a column's gap
(its wrapped lines under the text, not the label), or the paragraph beside a box framing only
the label. Recommendations and the actions' links are read from all three.
"""

from __future__ import annotations

import io

import docx
import docx.document
from docx.shared import Pt
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.readers.docx import parse_docx_bytes

RECS = [
    ("1", ["Ensure that initial and review health assessments for children",
           "in care are completed on time"]),
    ("2", ["Improve the timeliness and consistency of decisions at the front",
           "door so that children receive the right help"]),
]  # fmt: skip
ACTIONS = {
    "1": [("1.1", "Agree a timeliness pathway for health assessments", "Amira Choudhury"),
          ("1.2", "Report health assessment timeliness monthly", "Martin Hale")],
    "2": [("2.1", "Step down cases to early help with a warm handover", "Bethan Lloyd")],
}  # fmt: skip
PAGE_H = 842.0


def _pdf(*, boxed: bool) -> bytes:
    """Each recommendation's row printed with its label beside the text (boxed: the label in a
    shaded box of its own, the text unframed beside it)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, PAGE_H))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(54, PAGE_H - 60, "How we are making things better")
    top = 110.0
    for num, text in RECS:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(54, PAGE_H - top, f"Ofsted said - number {num}")
        top += 30
        if boxed:
            c.setFillColor(HexColor("#e8f1fa"))
            c.rect(48.5, PAGE_H - top - 30, 85, 30, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 20)
        c.drawString(54, PAGE_H - top - 20, "Ofsted")
        c.setFont("Helvetica", 14)
        for k, line in enumerate(text):
            c.drawString(139, PAGE_H - top - 20 - 20 * k, line)
        top += 20 * len(text) + 30
        c.setFont("Helvetica-Bold", 14)
        c.drawString(54, PAGE_H - top, "What we are doing about it:")
        top += 20
        for ref, action, who in ACTIONS[num]:
            rows = [(ref, action, True), ("\u263a", f"Who will do this: {who}", False),
                    ("\u25f7", "When: November 2026", False),
                    ("\u2714", "How it is going: Going OK", False)]  # fmt: skip
            for key, line, bold in rows:
                c.setFillColor(HexColor("#e8f1fa"))
                c.rect(48.5, PAGE_H - top - 30, 85, 30, stroke=0, fill=1)
                c.setFillColor(HexColor("#000000"))
                c.setFont("Helvetica-Bold", 14)
                c.drawString(54, PAGE_H - top - 20, key)
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 14)
                c.drawString(139, PAGE_H - top - 20, line)
                top += 30
            top += 20
        top += 20
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    d = docx.Document()
    _bold(d, "How we are making things better", 20)
    for num, text in RECS:
        _bold(d, f"Ofsted said - number {num}", 18)
        row = d.add_table(rows=1, cols=2).rows[0]
        row.cells[0].text, row.cells[1].text = "Ofsted", " ".join(text)
        d.add_paragraph("What we are doing about it:")
        for ref, action, who in ACTIONS[num]:
            t = d.add_table(rows=5, cols=2)
            t.cell(0, 0).text, t.cell(0, 1).text = ref, action
            t.cell(1, 0).text, t.cell(1, 1).text = "\u263a", f"Who will do this: {who}"
            t.cell(2, 0).text, t.cell(2, 1).text = "\u25f7", "When: November 2026"
            t.cell(3, 0).text, t.cell(3, 1).text = "\u2714", "How it is going: Going OK"
            t.cell(4, 0).text, t.cell(4, 1).text = "\u2709", f"What we did: {ref} reports in place"
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _bold(d: docx.document.Document, text: str, size: float) -> None:
    run = d.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)


def _expected() -> tuple[list[tuple[str, str]], list[tuple[str, str, list[str]]]]:
    recs = [(num, " ".join(text)) for num, text in RECS]
    acts = [(ref, who, [num]) for num in ACTIONS for ref, _, who in ACTIONS[num]]
    return recs, acts


def _read(result: object) -> tuple[list[tuple[str, str]], list[tuple[str, str, list[str]]]]:
    recs = {r.id: r for r in result.recommendations}  # type: ignore[attr-defined]
    got_recs = [(r.number, r.text) for r in result.recommendations]  # type: ignore[attr-defined]
    got_acts = [
        (a.ref, a.owner, [recs[i].number for i in a.recommendations])
        for a in result.actions  # type: ignore[attr-defined]
    ]
    return got_recs, got_acts


def test_printed_row_label_apart_by_a_column_gap() -> None:
    assert _read(extract_plan(parse_pdf_bytes(_pdf(boxed=False), "easy.pdf"))) == _expected()


def test_printed_row_label_in_a_box_of_its_own() -> None:
    assert _read(extract_plan(parse_pdf_bytes(_pdf(boxed=True), "easy.pdf"))) == _expected()


def test_word_row_of_label_and_text() -> None:
    assert _read(extract_plan(parse_docx_bytes(_docx(), "easy.docx", "0"))) == _expected()


def test_a_dash_before_the_number_word_is_no_heading_of_its_own() -> None:
    # the name's dash is read only for a name recurring over its texts: alone it heads nothing
    assert heading("Ofsted said - number 2") is None


def test_what_we_did_is_the_actions_progress() -> None:
    # 'What we did:' in plain words is a progress label, as 'What we have done:' is
    result = extract_plan(parse_docx_bytes(_docx(), "easy.docx", "0"))
    assert [a.progress for a in result.actions] == ["1.1 reports in place", "1.2 reports in place",
                                                    "2.1 reports in place"]  # fmt: skip
