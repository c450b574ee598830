"""A phone app's list cells whose status pills recur ('Late', 'Late', 'At risk', 'At risk'):
the pill sits at the cell's right edge, clear of the title lines under it.

Why: a phrase alone on its line that comes back above other lines reads like a label stacked
over its value ('Owner' over a name); the pills did, so each cell's title was taken as the
pill's value ('Late: Deliver ...') and the cell fell apart (its first title line lost, the rest
read as an action of its own). A stacked label stands over its value; a pill right of the
title's lines labels none of them.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

MM = 72 / 25.4
WIDTH, HEIGHT = 100 * MM, 200 * MM
# ref, title lines (short of the pill), lead, due, pill
CELLS = [
    ("#101", ["Launch a single exploitation screening tool for", "use by all partner agencies"],
     "Sian Pritchard", "Mon 4 Aug 2025", "At risk"),
    ("#102", ["Deliver contextual safeguarding training to every",
              "social work team and to designated safeguarding", "leads in schools"],
     "Sian Pritchard", "Mon 4 Aug 2025", "Late"),
    ("#103", ["Develop safety plans for places of concern, such",
              "as parks and transport hubs, with community", "safety partners"],
     "Grace Adebayo", "Sun 31 Aug 2025", "To do"),
    ("#104", ["Appoint two specialist exploitation social", "workers to support complex cases"],
     "Sian Pritchard", "Sun 15 Jun 2025", "Done"),
    ("#105", ["Review every child in need plan at least every",
              "three months in a multi-agency meeting"],
     "Ruth Kowalczyk", "Wed 7 May 2025", "Late"),
    ("#106", ["Include identity and cultural needs prompts in the", "assessment form"],
     "Bethan Lloyd", "Mon 20 Apr 2026", "On track"),
    ("#107", ["Hold monthly practice workshops on writing", "analysis in assessments"],
     "Sian Pritchard", "Sun 3 May 2026", "At risk"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    y = HEIGHT - 40
    c.setFont("Helvetica-Bold", 7)
    c.drawString(17, y, "REC 1")
    y -= 10
    c.setFont("Helvetica", 7.5)
    c.drawString(17, y, "Improve the response to children at risk of exploitation")
    y -= 22
    for ref, title, lead, due, pill in CELLS:
        top = y
        c.setFont("Helvetica", 6.5)
        c.drawString(17, y, ref)
        y -= 9
        for part in title:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(17, y, part)
            y -= 9.5
        c.setFont("Helvetica", 7)
        c.drawString(17, y, f"Lead: {lead} · Due date: {due}")
        c.setFont("Helvetica-Bold", 6.5)  # the pill after the cell's text, as a browser prints it
        c.drawRightString(WIDTH - 22, top - 1.5, pill)
        c.setFont("Helvetica", 9)
        c.drawString(WIDTH - 19.5, top - 13, "›")
        y -= 24
    c.save()
    return buf.getvalue()


def test_recurring_pills_are_no_labels_of_the_titles_under_them() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    got = [(a.text, a.owner, a.due_raw) for a in result.actions]
    # a hash ref ('#101') stays at the head of the title as printed: it is no leading ref (an
    # issue tracker's '#115 <title>' cards were cut when it was one); the title is whole
    assert got == [
        (f"{ref} {' '.join(title)}", lead, due) for ref, title, lead, due, _pill in CELLS
    ]


def test_each_recurring_pill_is_its_cells_status() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    assert [a.rag for a in result.actions] == [
        "amber",
        "red",
        None,
        "blue",
        "red",
        "green",
        "amber",
    ]


def test_a_pill_right_of_the_title_under_it_is_no_stacked_label() -> None:
    from plantrace.extractors.plan_cards import _stacked_labels

    doc = parse_pdf_bytes(_pdf(), "app.pdf")
    lines = sorted(doc.pages[0].lines, key=lambda ln: (ln.top, ln.x0))
    lines = [ln for ln in lines if ln.text.strip() != "›"]
    assert {lines[i].text for i in _stacked_labels(lines, {})} == set()
