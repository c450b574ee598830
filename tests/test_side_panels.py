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
    ("2.2", "Agree a joint housing protocol with the district councils for care leavers",
     "Housing Lead (Joe Marr)", "November 2026", "2026-11-30", "Draft shared"),
    ("3.1", "Offer every child who returns from a missing episode an interview within three days",
     "Head of Early Help (Sam Price)", "December 2025", "2025-12-31", "Offers tracked weekly"),
    ("3.2", "Share the themes of return home interviews with the exploitation panel each month",
     "Exploitation Lead (Kim Shaw)", "January 2026", "2026-01-31", "First report made"),
]  # fmt: skip
LEFT, SPLIT, RIGHT = 50.0, 250.0, 550.0
# a status said by the colour of a pill behind a word no vocabulary holds
PILLS = {"1.1": ("Cruising", (0.16, 0.55, 0.3), "green"), "1.2": ("Teetering", (0.95, 0.65, 0.1), "amber"),
         "2.1": ("Snagged", (0.8, 0.15, 0.15), "red"),
         "2.2": ("Cruising", (0.16, 0.55, 0.3), "green"), "3.1": ("Cruising", (0.16, 0.55, 0.3), "green"),
         "3.2": ("Teetering", (0.95, 0.65, 0.1), "amber")}  # fmt: skip


def _panels_pdf(pills: bool = False) -> bytes:
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
            if not pills:
                c.drawString(SPLIT, right_y, f"Accountable lead: {owner}")
                right_y -= 10.5
            # with pills, who and when share one strip: 'Accountable lead: X · Target ... · <pill>'
            when = (
                f"Accountable lead: {owner} · Target completion: {due} ·"
                if pills
                else f"Target completion: {due}"
            )
            c.drawString(SPLIT, right_y, when)
            if pills:  # the status closes the date's line, a word on a coloured pill
                word, colour, _ = PILLS[ref]
                right_y -= 10.5  # the pill wraps onto a line of its own
                x = SPLIT + 3
                w = c.stringWidth(word, "Helvetica", 8.5)
                c.setFillColorRGB(*colour)
                c.roundRect(x - 3, right_y - 3, w + 6, 11, 4, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.drawString(x, right_y, word)
                c.setFillColorRGB(0, 0, 0)
            right_y -= 10.5
            c.drawString(SPLIT, right_y, f"Latest position: {position}")
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


def test_a_status_pill_gives_its_colour() -> None:
    """Each commitment closes with a status word on a coloured pill (a rounded filled shape):
    the words are no status vocabulary's, their colour says the status."""
    plan = extract_plan(parse_pdf_bytes(_panels_pdf(pills=True), "pills.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        (ref, rag) for ref, (_, _, rag) in PILLS.items()
    ]
    assert [a.owner for a in plan.actions] == [owner for _, _, owner, *_ in ITEMS]
