"""A status column headed by the flag it shows ('Flag colour', 'Flag'): the header names
the status (extractors/data/plan_columns.json, rag), so words no vocabulary reads ('Handed
over', 'Behind plan') are read by their tints. 'Colour' alone is no such phrase: a date
header's cell run into it ('To be done by Colour') must stay the date."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
TINTS = {"Handed over": "#dbeafe", "Behind plan": "#fdebd3", "Well ahead": "#d9f2dd"}


def _pdf() -> bytes:
    header = ["No.", "What gets done", "Sponsor", "Landing point", "Flag colour"]
    rows = [
        ["1", "Quality assure a sample of assessments every month", "Head of Safeguarding",
         "31/10/2026", "Handed over"],
        ["2", "Convert agency posts to permanent posts", "Director of Children's Services",
         "30/04/2027", "Behind plan"],
        ["3", "Offer a protected caseload to newly qualified social workers",
         "Service Manager, Fostering", "31/01/2027", "Well ahead"],
    ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=[30, 190, 110, 70, 70])
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [("BACKGROUND", (4, i), (4, i), TINTS[r[4]]) for i, r in enumerate(rows, start=1)]
    t.setStyle(TableStyle(style))
    doc.build([t])
    return buf.getvalue()


def test_a_header_naming_the_colour_names_the_status() -> None:
    assert header_role("Flag colour") == "rag"
    assert header_role("Flag") == "rag"
    assert header_role("Progress flag") == "rag"  # the flag of progress, not a note of it
    assert header_role("To be done by Colour") == "due"
    plan = extract_plan(parse_pdf_bytes(_pdf(), "flags.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [("1", "blue"), ("2", "amber"), ("3", "green")]
