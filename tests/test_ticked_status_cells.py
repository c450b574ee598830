"""A status cell printing a tick-one list run together on one line ('☐ Red ☒ Amber ☐ Green'):
the ticked option is the status, not the first word the cell holds."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _plan() -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    rows = [
        ["Ref", "Action", "Lead", "Due", "Status"],
        ["1.1", "Revise the strategy discussion template", "Head of Service", "March 2026",
         "☐ Red ☒ Amber ☐ Green"],
        ["1.2", "Run a multi-agency audit of strategy discussions", "Service Manager",
         "June 2026", "☐ Red ☐ Amber ☒ Green"],
        ["1.3", "Set up a daily virtual strategy meeting slot", "Team Manager", "May 2026",
         "☒ Red ☐ Amber ☐ Green"],
    ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    table = Table(rows, colWidths=[40, 300, 130, 80, 160])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ]))  # fmt: skip
    doc.build([table])
    return buf.getvalue()


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_the_ticked_option_of_a_list_run_together_is_the_status() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "amber"), ("1.2", "green"), ("1.3", "red"),
    ]  # fmt: skip
