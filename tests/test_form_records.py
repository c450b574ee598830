"""Action records printed as web forms (a case-management system's 'print all records'): each
record a fieldset whose fields are form controls as the browser draws them, the label on the
left, the value inside the control's frame (a text input, a drop-down with its arrow, a text
area), a red star after a mandatory field's label. No table of actions is printed and the
document names no plan.

What is read: one action per record, its fields by their labels (ref, recommendation, action,
owner, due, status, update); the star is no part of a label, the arrow no part of a value;
records over two pages, the recommendations the drop-downs choose linked.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.form_records import adopt_form_records
from plantrace.models.grades import DocumentKind
from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("R-1", "Improve the quality of supervision for social workers"),
    ("R-2", "Strengthen the response to children missing from care"),
]
# ref, rec, action, owner, due, status, update
RECORDS = [
    ("WP-204", "R-1", "Audit ten supervision records each month and report the themes",
     "Principal Social Worker", "30/06/2026", "On track", "Three audits held."),
    ("WP-207", "R-1", "Publish a supervision standard with a recording template",
     "Head of Quality Assurance", "31/03/2026", "Off track", "Draft delayed by consultation."),
    ("WP-211", "R-2", "Offer every child a return home interview within seventy-two hours",
     "Service Manager, Exploitation", "15/09/2026", "Complete", "Contract let in May."),
    ("WP-215", "R-2", "Hold a weekly missing children meeting with the police",
     "Detective Inspector, Public Protection", "31/12/2026", "On track", "Meets on Tuesdays."),
]  # fmt: skip
LABELS = ["Action ID", "Rec no", "Action", "Lead officer", "Target date", "Status", "Progress"]


def _field(c: canvas.Canvas, label: str, value: str, x: float, y: float, w: float,
           h: float = 14.0, star: bool = False, arrow: bool = False, label_x: float = 50.0) -> None:  # fmt: skip
    c.setFont("Helvetica", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(label_x, y - 9, label)
    if star:
        c.setFillColorRGB(0.8, 0.1, 0.1)
        c.drawString(label_x + c.stringWidth(label, "Helvetica", 7) + 3, y - 9, "*")
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", 8)
    cut = value.find("seventy-") + len("seventy-") if "seventy-" in value else len(value)
    for k, part in enumerate((value[:cut], value[cut:])):  # a text area wraps its value
        if part:
            c.drawString(x + 4, y - 10 - 10 * k, part)
    if arrow:  # a drop-down's arrow: a small chevron at the frame's right
        c.line(x + w - 12, y - 5, x + w - 8, y - 9)
        c.line(x + w - 8, y - 9, x + w - 4, y - 5)


def _record(c: canvas.Canvas, rec: tuple[str, ...], top: float) -> float:
    ref, link, action, owner, due, status, update = rec
    c.setStrokeColorRGB(0.2, 0.2, 0.5)
    c.rect(40, top - 150, 520, 150, stroke=1, fill=0)  # the fieldset
    c.setFont("Helvetica-Bold", 9)
    c.drawString(48, top - 4, f"Record {ref}")
    y = top - 14
    _field(c, "Action ID", ref, 140, y, 160)
    _field(c, "Rec no", link, 390, y, 160, arrow=True, label_x=310)
    y -= 20
    _field(c, "Action", action, 140, y, 410, h=32, star=True)
    y -= 38
    _field(c, "Lead officer", owner, 140, y, 410)
    y -= 20
    _field(c, "Target date", due, 140, y, 160)
    _field(c, "Status", status, 390, y, 160, arrow=True, label_x=310)
    y -= 20
    _field(c, "Progress", update, 140, y, 410, h=26)
    return top - 170


def _forms() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Practice Improvement Records")
    c.setFont("Helvetica", 7)
    c.drawString(40, 788, "Home > Programme > Records > Print all")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, 770, "Recommendations")
    c.setFont("Helvetica", 8)
    for k, (code, text) in enumerate(RECS):
        c.drawString(48, 756 - 12 * k, f"{code}  {text}")
    top = 720.0
    for rec in RECORDS[:3]:
        top = _record(c, rec, top)
    c.showPage()
    top = 800.0
    for rec in RECORDS[3:]:
        top = _record(c, rec, top)
    c.setFont("Helvetica", 7)
    c.drawString(40, top - 10, "Fields marked * are mandatory.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_each_form_record_is_one_action_read_by_its_labels() -> None:
    doc = parse_pdf_bytes(_forms(), "records.pdf")
    result = extract_document(doc)
    assert result.kind is DocumentKind.improvement_plan
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag, a.progress) for a in result.actions]
    assert got == [
        ("WP-204", RECORDS[0][2], "Principal Social Worker", "30/06/2026", "green",
         "Three audits held."),
        ("WP-207", RECORDS[1][2], "Head of Quality Assurance", "31/03/2026", "red",
         "Draft delayed by consultation."),
        ("WP-211", RECORDS[2][2], "Service Manager, Exploitation", "15/09/2026", "blue",
         "Contract let in May."),
        ("WP-215", RECORDS[3][2], "Detective Inspector, Public Protection", "31/12/2026",
         "green", "Meets on Tuesdays."),
    ]  # fmt: skip
    assert str(result.actions[0].due_date) == "2026-06-30"


def test_labels_lose_their_star_and_values_their_arrow() -> None:
    doc = parse_pdf_bytes(_forms(), "records.pdf")
    from plantrace.extractors.plan_columns import read_layout

    tables = [el.table for el in read_layout(doc) if el.table]  # read_layout reads the forms
    actions = [t for t in tables if t.kind == "action"]
    assert actions, "the records were read as an action table"
    assert actions[0].labels[:3] == ["Action ID", "Rec no", "Action"]
    assert "action" in actions[0].roles and "owner" in actions[0].roles
    rows = [r for t in actions for r in t.rows]
    assert [r.text(actions[0].col("ref")) for r in rows] == [r[0] for r in RECORDS]
    assert [r.page for r in rows] == [1, 1, 1, 2]


def test_a_page_of_boxed_notes_with_no_labels_is_no_form() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica", 9)
    for k in range(6):  # boxes of text, nothing left of them
        c.rect(50, 760 - 60 * k, 480, 40, stroke=1, fill=0)
        c.drawString(56, 785 - 60 * k, f"Note {k + 1}: the panel met and agreed its terms.")
    c.showPage()
    c.save()
    doc = parse_pdf_bytes(buf.getvalue(), "notes.pdf")
    from plantrace.extractors.plan_columns import read_layout

    elements = read_layout(doc)
    assert adopt_form_records(list(elements), doc.pages) == elements


def test_a_grid_of_cells_beside_row_labels_is_no_form() -> None:
    """A table printed transposed (its header a column of labels left of a ruled grid, one
    column of cells per action): the cells share their rules, no field frame stands apart."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    top = 780.0
    for block in range(2):
        for k, label in enumerate(["Line item", "Deliverable", "Officer", "Expected by", "Status"]):
            y = top - 18 * k
            c.setFont("Helvetica", 8)
            c.drawString(50, y - 12, label)
            for col in range(2):
                c.rect(140 + 200 * col, y - 18, 200, 18, stroke=1, fill=0)
                c.drawString(144 + 200 * col, y - 12, f"value {block}.{col}.{k}")
        top -= 140
    c.showPage()
    c.save()
    doc = parse_pdf_bytes(buf.getvalue(), "grid.pdf")
    from plantrace.extractors.form_records import _page_fields

    assert _page_fields(doc.pages[0]) == []


def _stacked_forms() -> bytes:
    """The same records with each label set over its control (a form laid out with its
    labels on top), two controls side by side on some rows."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Practice Improvement Records")

    def field(label: str, value: str, x: float, y: float, w: float, h: float = 14.0) -> None:
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x, y + 3, label)
        c.rect(x, y - h, w, h, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(x + 4, y - 10, value)

    top = 770.0
    for ref, link, action, owner, due, status, update in RECORDS:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, top, f"Record {ref}")
        y = top - 20
        field("Action ID", ref, 50, y, 200)
        field("Rec no", link, 300, y, 200)
        field("Action", action, 50, y - 30, 450, h=24)
        field("Lead officer", owner, 50, y - 70, 450)
        field("Target date", due, 50, y - 100, 200)
        field("Status", status, 300, y - 100, 200)
        field("Progress", update, 50, y - 130, 450)
        top -= 180
        if top < 150:
            c.showPage()
            top = 800.0
    c.showPage()
    c.save()
    return buf.getvalue()


def test_labels_set_over_their_controls_name_the_fields() -> None:
    result = extract_document(parse_pdf_bytes(_stacked_forms(), "stacked.pdf"))
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag, a.progress) for a in result.actions]
    assert got == [(r[0], r[2], r[3], r[4], rag, r[6]) for r, rag in
                   zip(RECORDS, ["green", "red", "blue", "green"], strict=True)]  # fmt: skip


def test_control_marks_are_data_and_a_plain_arrow_sign_stays() -> None:
    # a drop-down's chevron or a mandatory star ends no value; '>' is a sign of the text
    from plantrace.extractors.form_records import _CONTROL_MARKS

    assert _CONTROL_MARKS.sub("", "Off track ▾") == "Off track"
    assert _CONTROL_MARKS.sub("", "Action *") == "Action"
    assert _CONTROL_MARKS.sub("", "Escalate to the board ->") == "Escalate to the board ->"
