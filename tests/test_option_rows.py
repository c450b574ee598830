"""An action's status printed as the whole set of statuses side by side, the current one filled
(a stepper, a row of chips), printed by ReportLab: each block is a bold numbered title, one
line of two fields, and the row of options under it, every label printed in every block.

What is read: each block as one action (title, owner, due), its status the option on the
strong fill, whether the others are pale tints or outlines with no fill; a plan whose rows
show no single option filled keeps its actions and says their status was not read; a row of
chips that are no statuses (who the action is for), one filled, stays as printed.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_option_rows import read_option_rows
from plantrace.pipeline.reader import parse_pdf_bytes

OPTIONS = ["Not yet started", "Off target", "Slipping", "On target", "Completed"]
STRONG = ["#707070", "#b71c1c", "#ef8f00", "#2e7d32", "#1565c0"]
PALE = ["#eeeeee", "#f9e0e0", "#fdf0da", "#e2f1e3", "#e0eaf8"]
# ref, action, lead, due, the option filled (None: none)
ACTIONS = [
    ("1.1", "Hold a weekly panel on every child placed out of the area", "Rhian Morgan",
     "2026-03-31", 3),
    ("1.2", "Publish a sufficiency strategy agreed with health partners", "Tariq Aziz",
     "2026-06-30", 2),
    ("1.3", "Recruit twenty new foster carers through a regional campaign", "Ellen Shaw",
     "2026-09-30", 1),
    ("2.1", "Audit thirty supervision records and share the learning", "Nadia Okafor",
     "2025-12-31", 4),
]  # fmt: skip


def _plan(filled: bool = True, outlined: bool = False, options: list[str] = OPTIONS) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 790, "Sufficiency plan progress")
    y = 750.0
    for n, (ref, text, lead, due, chosen) in enumerate(ACTIONS):
        if n in (0, 3):
            c.setFont("Helvetica-Bold", 13)
            c.setFillColor(HexColor("#0b4f6c"))
            rec = "Improve placement sufficiency" if n == 0 else "Strengthen supervision"
            c.drawString(40, y, f"Recommendation {1 if n == 0 else 2} - {rec}")
            y -= 30
        c.setFillColor(HexColor("#0b4f6c"))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, ref)
        c.setFillColor(HexColor("#222222"))
        c.drawString(80, y, text)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(80, y - 15, "Lead:")
        c.setFont("Helvetica", 9)
        c.drawString(106, y - 15, lead)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(190, y - 15, "Due:")
        c.setFont("Helvetica", 9)
        c.drawString(212, y - 15, due)
        top = y - 42  # the row of options: five boxes side by side
        for k, label in enumerate(options):
            x = 80 + 92 * k
            on = filled and k == chosen
            if on:
                c.setFillColor(HexColor(STRONG[k]))
                c.roundRect(x, top, 86, 16, 8, stroke=0, fill=1)
            elif outlined:
                c.setStrokeColor(HexColor("#999999"))
                c.roundRect(x, top, 86, 16, 8, stroke=1, fill=0)
            else:
                c.setFillColor(HexColor(PALE[k]))
                c.roundRect(x, top, 86, 16, 8, stroke=0, fill=1)
            c.setFillColor(HexColor("#ffffff" if on else "#8a8a8a"))
            c.setFont("Helvetica-Bold" if on else "Helvetica", 8)
            c.drawCentredString(x + 43, top + 5, label)
        y -= 80
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "options.pdf"))


def test_each_block_is_an_action_and_its_status_the_filled_option() -> None:
    plan = _read(_plan())
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", ACTIONS[0][1], "Rhian Morgan", "2026-03-31", "green"),
        ("1.2", ACTIONS[1][1], "Tariq Aziz", "2026-06-30", "amber"),
        ("1.3", ACTIONS[2][1], "Ellen Shaw", "2026-09-30", "red"),
        ("2.1", ACTIONS[3][1], "Nadia Okafor", "2025-12-31", "blue"),
    ]
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]


def test_a_filled_option_among_outlined_ones_is_the_status() -> None:
    plan = _read(_plan(outlined=True))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "green"), ("1.2", "amber"), ("1.3", "red"), ("2.1", "blue")
    ]  # fmt: skip


def test_rows_with_no_option_filled_warn_and_keep_their_actions() -> None:
    plan = _read(_plan(filled=False))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3", "2.1"]
    assert all(a.rag is None for a in plan.actions)
    assert [w.page for w in plan.warnings if w.code == "plan_status_unread"] == [1]


def test_a_row_of_chips_that_are_no_statuses_stays_as_printed() -> None:
    audiences = ["Children", "Parents", "Schools", "Health", "Police"]
    doc = parse_pdf_bytes(_plan(options=audiences), "chips.pdf")
    plan = extract_plan(doc)
    assert all(a.rag is None for a in plan.actions)
    # no option row's warning: only the plain one any plan read with no status gets
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and said[0].startswith("no status was read for any of the")
    assert read_option_rows(doc)[0] is None
