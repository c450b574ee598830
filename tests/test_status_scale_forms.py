"""One form's records read on one status scale (extractors/status_scale._one_form).

A plan kept as records of one form (a task client's memo print: Subject, Due Date, Status, ...,
the body) leaves a field out where it is empty: a task with no body prints no body row, a task
not completed no 'Date Completed'. Each record is read as a table under its own labels, and the
status scale was read per group of tables under one header, so a record missing a field was a
scale of one: its 'In progress' was left unrated beside records whose scale rates trouble
('At risk') with no green word. Tables whose labels are all printed by one fuller table are that
form, one group. Tables under different status labels ('Status' / 'RAG') stay two scales
(tests/test_status_scale.py::test_the_scale_is_read_per_table). Built here with ReportLab.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

TEXTS = [
    "Agree a joint protocol with the police on strategy discussions",
    "Audit thirty care plans and share the learning with managers",
    "Recruit twelve foster carers through a regional campaign",
    "Publish a sufficiency strategy agreed with health partners",
]


def _plan() -> bytes:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]

    def table(ref: int, rows_in: list[tuple[str, str, str | None]], update: bool) -> Table:
        head = ["Ref", "Action", "Lead officer", "Due", "Status"] + (["Update"] if update else [])
        rows: list[list[object]] = [head]
        for n, (text, status, note) in enumerate(rows_in, 1):
            row: list[object] = [
                f"{ref}.{n}",
                Paragraph(text, cell),
                "Head of Service",
                "31/03/2027",
                status,
            ]
            if update:
                row.append(Paragraph(note or "", cell))
            rows.append(row)
        widths = [30, 160, 80, 60, 70] + ([110] if update else [])
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        return t

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("Eastmoor Council: Improvement Plan", styles["Title"]),
        Paragraph("Recommendation 1: Improve the help given to children in care", styles["h2"]),
        table(1, [(TEXTS[0], "In progress", "Protocol drafted with the police"),
                  (TEXTS[1], "At risk", "Two auditors off sick this month")], update=True),
        Spacer(1, 12),
        Paragraph("Recommendation 2: Strengthen the workforce", styles["h2"]),
        table(2, [(TEXTS[2], "In progress", None), (TEXTS[3], "Not started", None)],
              update=False),
    ])  # fmt: skip
    return buf.getvalue()


def test_a_record_missing_a_field_is_read_on_its_forms_scale() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "green"),
        ("1.2", "amber"),
        ("2.1", "green"),  # unrated before: a scale of its own with no trouble step
        ("2.2", None),
    ]
    said = [w.message for w in plan.warnings if w.code == "status_scale_inferred"]
    assert len(said) == 1 and said[0].startswith("2 action(s)")
