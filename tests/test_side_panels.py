"""Plans set as ROWS OF TWO PANELS: a web page's flex rows printed, each recommendation's text
in a narrow panel on the left and the council's commitments in a wide one on the right, a rule
between rows. The lines of the two panels sit at interleaving heights (the left in a larger
bold type), so a reader ordering lines by height runs the finding into the commitments. The
page is read panel by panel (pipeline.layout.column_bands, extractors.plan.read_text_columns):
each commitment is a card (a numbered title, then its fields on lines of their own).

The PDF is drawn with reportlab's canvas: different words, sizes and labels from any generated
family (labels `Accountable lead:`, `Target completion:`, `Latest position:`).
"""

from __future__ import annotations

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.layout import column_bands
from plantrace.pipeline.reader import parse_pdf_bytes

FINDINGS = [
    "The quality of supervision is not consistent and does not always help social workers"
    " to reflect on the progress of children's plans",
    "Care leavers do not have enough choice of suitable accommodation when they leave care",
    "Return home interviews are not always offered to children who go missing from home",
]
# ref, text, owner, due as printed, due read, position
ITEMS = [
    ("1.1", "Agree a supervision standard with every team manager and audit it each quarter",
     "Head of Practice (Anna Cole)", "March 2026", "2026-03-31", "Standard drafted"),
    ("1.2", "Train all first line managers in reflective supervision with an outside provider",
     "Learning Lead (Omar Baig)", "June 2026", "2026-06-30", "Provider appointed"),
    ("2.1", "Open two supported lodgings schemes with a housing association partner",
     "Commissioning Lead (Ruth Dale)", "September 2026", "2026-09-30", "Sites identified"),
    ("3.1", "Offer every child who returns from a missing episode an interview within three days",
     "Head of Early Help (Sam Price)", "December 2025", "2025-12-31", "Offers tracked weekly"),
    ("3.2", "Share the themes of return home interviews with the exploitation panel each month",
     "Exploitation Lead (Kim Shaw)", "January 2026", "2026-01-31", "First report made"),
]  # fmt: skip
LEFT, SPLIT, RIGHT = 50.0, 250.0, 550.0


def _panels_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 18)
    c.drawString(LEFT, y, "Eastmoor Council: our response to the inspection")
    y -= 24
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y, "Each row gives an inspection finding and the commitments we have made.")
    y -= 18
    for n, finding in enumerate(FINDINGS, start=1):
        c.setLineWidth(0.8)
        c.line(LEFT, y, RIGHT, y)
        top = y - 16
        left_y = top
        c.setFont("Helvetica-Bold", 11.5)
        for part in textwrap.wrap(f"Area for development {n}: {finding}", 30):
            c.drawString(LEFT, left_y, part)
            left_y -= 14.5
        right_y = top + 1.5
        for ref, text, owner, due, _, position in ITEMS:
            if not ref.startswith(f"{n}."):
                continue
            c.setFont("Helvetica", 9.5)
            for part in textwrap.wrap(f"{ref} {text}", 62):
                c.drawString(SPLIT, right_y, part)
                right_y -= 12
            c.setFont("Helvetica", 8.5)
            for field in (
                f"Accountable lead: {owner}",
                f"Target completion: {due}",
                f"Latest position: {position}",
            ):
                c.drawString(SPLIT, right_y, field)
                right_y -= 10.5
            right_y -= 8
        y = min(left_y, right_y) - 6
    c.showPage()
    c.save()
    return buf.getvalue()


def test_rows_of_panels_are_read_side_by_side() -> None:
    doc = parse_pdf_bytes(_panels_pdf(), "panels.pdf")
    bands = column_bands(doc.pages[0])
    assert len(bands) == len(FINDINGS)
    assert all(b.panels for b in bands)
    plan = extract_plan(doc)
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.progress) for a in plan.actions]
    assert got == [(ref, text, owner, due, pos) for ref, text, owner, _, due, pos in ITEMS]


def test_no_action_holds_the_finding_beside_it() -> None:
    plan = extract_plan(parse_pdf_bytes(_panels_pdf(), "panels.pdf"))
    texts = " ".join(a.text for a in plan.actions)
    assert "supervision is not consistent" not in texts
    assert "Area for development" not in texts
