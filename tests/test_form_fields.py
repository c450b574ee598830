"""A fillable PDF action return filled in and saved unflattened: every value typed into it lives
only in an AcroForm field (a widget annotation printed by its appearance stream), which pdfium's
page text leaves out, so the page's text holds the labels and nothing typed under them.

What is read: each filled text field's value as page text at the field's place (a multi-line
field wrapped to its box), so the action blocks read as form records: one action per block,
its ref, recommendation number, owner, due date and text; the form's head (who completed it,
when) is no part of the first action; the recommendations printed as page text are linked.
The parsed document records the fields read; a ticked check box (a value not read) is said; a
PDF with no form costs and changes nothing.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.models.grades import DocumentKind
from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.form_fields import field_lines
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    (1, "Improve the quality of supervision for social workers in the assessment teams"),
    (2, "Strengthen the response to children who go missing from home or care"),
]
# ref, rec, due, owner, action
BLOCKS = [
    ("1.1", "1", "30/06/2026", "Principal Social Worker",
     "Audit ten supervision records each month and report the themes to the practice group"),
    ("1.2", "1", "31/03/2026", "Head of Quality Assurance",
     "Publish a supervision standard with a recording template for reflective discussion"),
    ("2.1", "2", "15/09/2026", "Service Manager, Exploitation",
     "Offer every child a return home interview within seventy-two hours of their return"),
]  # fmt: skip


MEASURES = [
    ("Assessments completed within 45 working days", "61%", "74%", "90%"),
    ("Care leavers in suitable accommodation", "82%", "85%", "95%"),
    ("Social worker vacancy rate", "21%", "17%", "10%"),
]


def _return(tick: bool = False, measures: bool = False) -> bytes:
    """A one-page action return: a head of three fields, the recommendations as page text, a
    boxed block per action of labels over filled fields (the action a multi-line field)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    n = [0]

    def field(value: str, x: float, y: float, w: float, h: float = 13, multi: bool = False) -> None:
        n[0] += 1
        kw: dict[str, Any] = {"fieldFlags": "multiline"} if multi else {}
        c.acroForm.textfield(name=f"f{n[0]:03d}", value=value, x=x, y=y, width=w, height=h,
                             fontName="Helvetica", fontSize=8.8, borderWidth=0.6,
                             forceBorder=True, **kw)  # fmt: skip

    def label(text: str, x: float, y: float) -> None:
        c.setFont("Helvetica-Bold", 7.4)
        c.drawString(x, y, text)

    c.setFont("Helvetica-Bold", 14)
    c.drawString(45, height - 50, "Improvement action return")
    y = height - 80
    label("Service", 45, y)
    label("Completed by", 250, y)
    label("Date completed", 420, y)
    field("Children's Services", 45, y - 16, 190)
    field("Ada Lovelace-Hart", 250, y - 16, 160)
    field("19/06/2025", 420, y - 16, 120)
    y -= 45
    c.setFont("Helvetica-Bold", 11)
    c.drawString(45, y, "Section 1: the recommendations")
    c.setFont("Helvetica", 9)
    for num, text in RECS:
        y -= 14
        c.drawString(45, y, f"Recommendation {num}: {text}")
    y -= 24
    c.setFont("Helvetica-Bold", 11)
    c.drawString(45, y, "Section 2: the actions")
    y -= 14
    for i, (ref, rec, due, owner, text) in enumerate(BLOCKS, start=1):
        top = y
        c.setFont("Helvetica-Bold", 8)
        c.drawString(45, top - 8, f"Action block {i}")
        y = top - 19
        for x, txt in zip((45, 125, 226), ("Ref", "Recommendation no.", "Due by"), strict=True):
            label(txt, x, y)
        for x, w, v in zip((45, 125, 226), (68, 90, 110), (ref, rec, due), strict=True):
            field(v, x, y - 15, w)
        y -= 28
        label("Lead officer", 45, y)
        field(owner, 45, y - 15, 500)
        y -= 28
        label("Action", 45, y)
        cut = text.rfind(" ", 0, 60)  # pre-wrapped, as a person's typing breaks it
        field(text[:cut] + "\n" + text[cut + 1 :], 45, y - 26, 500, 24, multi=True)
        y -= 40
        c.rect(40, y, 510, top - y, stroke=1, fill=0)
        y -= 8
    if measures:  # a measure's name printed, its figures each in a field on its row
        y -= 10
        c.setFont("Helvetica-Bold", 11)
        c.drawString(45, y, "Section 3: measures of success")
        y -= 16
        for j, txt in enumerate(("Indicator", "Baseline", "Latest", "Target")):
            label(txt, 45 if j == 0 else 300 + (j - 1) * 85, y)
        y -= 3
        for name, *figures in MEASURES:
            c.setFont("Helvetica", 8.8)
            c.drawString(45, y - 10, name)
            for j, v in enumerate(figures):
                field(v, 300 + j * 85, y - 15, 77)
            y -= 19
    if tick:
        label("Signed off by the board", 70, y - 12)
        c.acroForm.checkbox(name="signed", x=45, y=y - 16, size=12, checked=True)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_field_values_are_read_as_page_text_at_their_fields() -> None:
    doc = parse_pdf_bytes(_return(), "return.pdf")
    texts = [ln.text for ln in doc.pages[0].lines]
    assert "1.1 1 30/06/2026" in texts  # a row of fields: one line, its words far apart
    assert "Principal Social Worker" in texts
    # the multi-line field: its two lines, in order, under its label
    at = texts.index("Audit ten supervision records each month and report the")
    assert texts[at + 1] == "themes to the practice group"
    assert texts[at - 1] == "Action"
    line = doc.pages[0].lines[texts.index("Principal Social Worker")]
    field = next(f for f in doc.form_fields if f.bbox[1] <= line.top and line.bottom <= f.bbox[3])
    assert field.kind == "text field" and field.page == 1
    assert field.bbox[0] <= line.words[0].x0 and line.words[-1].x1 <= field.bbox[2]
    assert len(doc.form_fields) == 3 + 5 * len(BLOCKS)
    assert not doc.warnings


def test_each_block_is_one_action_the_head_no_part_of_it() -> None:
    result = extract_document(parse_pdf_bytes(_return(), "return.pdf"))
    assert result.kind is DocumentKind.improvement_plan
    got = [(a.ref, a.owner, a.due_raw, a.text) for a in result.actions]
    assert got == [(ref, owner, due, text) for ref, _, due, owner, text in BLOCKS]
    assert str(result.actions[0].due_date) == "2026-06-30"
    assert [r.number for r in result.recommendations] == ["1", "2"]
    by_id = {r.id: r.number for r in result.recommendations}
    assert [[by_id[x] for x in a.recommendations] for a in result.actions] == [["1"], ["1"], ["2"]]


def test_a_measure_row_of_fields_reads_with_its_name_the_last_row_too() -> None:
    result = extract_document(parse_pdf_bytes(_return(measures=True), "measures.pdf"))
    got = [
        (k.indicator, k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
         k.target.raw if k.target else None)
        for k in result.kpis
    ]  # fmt: skip
    assert got == MEASURES
    assert len(result.actions) == len(BLOCKS)


def test_a_ticked_box_not_read_is_said() -> None:
    doc = parse_pdf_bytes(_return(tick=True), "ticked.pdf")
    said = [w for w in doc.warnings if w.code == "form_fields_unread"]
    assert len(said) == 1 and said[0].page == 1
    assert "1 check box" in said[0].message
    result = extract_document(doc)
    assert "form_fields_unread" in {w.code for w in result.warnings}


def test_a_pdf_with_no_form_reads_as_before() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for k in range(5):
        c.drawString(50, 780 - 14 * k, f"Line {k + 1} of a plain page with no form on it at all")
    c.showPage()
    c.save()
    doc = parse_pdf_bytes(buf.getvalue(), "plain.pdf")
    assert doc.form_fields == []
    assert [ln.text for ln in doc.pages[0].lines][
        0
    ] == "Line 1 of a plain page with no form on it at all"


def test_a_multi_line_value_wraps_to_its_box() -> None:
    box = (100.0, 200.0, 200.0, 260.0)
    lines = field_lines("one two three four five six seven eight nine ten", box, 10.0, True, 3)
    assert len(lines) >= 3  # about 19 characters a line at 10 points in 96 points
    assert " ".join(ln.text for ln in lines) == "one two three four five six seven eight nine ten"
    for ln in lines:
        assert ln.page == 3
        assert box[0] <= ln.bbox[0] and ln.bbox[2] <= box[2]
        assert box[1] <= ln.bbox[1] and ln.bbox[3] <= box[3]
    tops = [ln.bbox[1] for ln in lines]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_the_tables_command_says_which_pages_hold_field_values() -> None:
    from plantrace.cli.tables_cmd import form_note

    doc = parse_pdf_bytes(_return(), "return.pdf")
    pages = [f.page for f in doc.form_fields]
    doc.close()
    note = form_note(pages, None)
    assert note is not None and note.startswith("18 value(s) were read from the PDF's form fields")
    assert note.endswith("page 1: 18")
    assert form_note(pages, {2}) is None
    assert form_note([], None) is None
