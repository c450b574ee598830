"""A status printed as a word no vocabulary holds, on a tint that varies with the status: the tint
says the colour (column_roles.tinted_words finds the column, plan_actions.cell_rag reads each
cell with the column's tints, normalise.rag.tint_rags). A known state with no colour stays none
on any shade; a word on its row's band is no status."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import header_role, read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PALE_GREEN, PALE_AMBER, PALE_BLUE, GREY = "#DDEFD3", "#FCE4C4", "#D6E4F3", "#E7E6E6"


def _pdf(rows: list[tuple[str, str, str, str, str, str]]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Ref", "Action", "Lead officer", "Deadline", "Temperature"]
    data = [[Paragraph(x, STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r[:5]] for r in rows]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [
        ("BACKGROUND", (4, i), (4, i), colors.HexColor(r[5])) for i, r in enumerate(rows, start=1)
    ]
    t = Table(data, colWidths=[40, 300, 140, 80, 110])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Children's Services Improvement Plan 2026-27", STYLE), t])
    return buf.getvalue()


def test_unknown_status_words_on_varying_tints_read_by_the_tint() -> None:
    assert header_role("Temperature") is None
    rows = [
        ("1.1", "Recruit twelve permanent social workers to the assessment teams",
         "Head of Workforce", "Mar 2027", "Going well", PALE_GREEN),
        ("1.2", "Audit thirty case files a month and feed back to every team manager",
         "Principal Social Worker", "Jun 2026", "Behind plan", PALE_AMBER),
        ("1.3", "Publish a revised threshold document with schools and health partners",
         "Head of Front Door", "Dec 2025", "Closed", PALE_BLUE),
        ("1.4", "Set up a weekly exploitation panel chaired by the head of service",
         "Head of Safeguarding", "Sep 2026", "Not started", GREY),
    ]  # fmt: skip
    doc = parse_pdf_bytes(_pdf(rows), "plan.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles[4] == "rag"  # an invented header: the tints decide
    plan = extract_plan(doc)
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "green"),
        ("1.2", "amber"),
        ("1.3", "blue"),
        ("1.4", None),  # a known state with no colour, whatever its shade
    ]


def test_status_word_behind_a_large_symbol_is_its_rows_status() -> None:
    """A status symbol set larger than the text ('• On track' with a big bullet) moves the status
    line below its row's other cells: read apart, it is a row of its own with no action, and its
    status is the status of the action above."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Ref", "Action", "Lead officer", "Deadline", "Status"]
    rows = [
        ("A1", "Recruit twelve permanent social workers to the assessment teams",
         "Head of Workforce", "Mar 2027", "On track"),
        ("A2", "Audit thirty case files a month and feed back to every team manager",
         "Principal Social Worker", "Jun 2026", "Off track"),
        ("A3", "Publish a revised threshold document with schools and health partners",
         "Head of Front Door", "Dec 2025", "Complete"),
    ]  # fmt: skip
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [
        [
            *(Paragraph(x, STYLE) for x in r[:4]),
            Paragraph(f'<font size="16">•</font> {r[4]}', STYLE),
        ]
        for r in rows
    ]
    t = Table(data, colWidths=[40, 300, 140, 80, 110])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Children's Services Improvement Plan 2026-27", STYLE), t])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [
        ("A1", "Head of Workforce", "green"),
        ("A2", "Principal Social Worker", "red"),
        ("A3", "Head of Front Door", "blue"),
    ]


def test_coloured_dot_before_a_word_no_vocabulary_reads() -> None:
    """'• Secure' with a green dot: the word is no status word, the dot's colour says it
    (tables._paint_glyphs keeps the word and gives the cell the dot's colour)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Ref", "Action", "Lead officer", "Deadline", "Confidence"]
    rows = [
        ("A1", "Recruit twelve permanent social workers to the assessment teams",
         "Head of Workforce", "Mar 2027", "#00A651", "Secure"),
        ("A2", "Audit thirty case files a month and feed back to every team manager",
         "Principal Social Worker", "Jun 2026", "#FFB000", "Shaky"),
        ("A3", "Publish a revised threshold document with schools and health partners",
         "Head of Front Door", "Dec 2025", "#E00000", "Adrift"),
    ]  # fmt: skip
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [
        [*(Paragraph(x, STYLE) for x in r[:4]),
         Paragraph(f'<font color="{r[4]}">•</font> {r[5]}', STYLE)]
        for r in rows
    ]  # fmt: skip
    t = Table(data, colWidths=[40, 300, 140, 80, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Children's Services Improvement Plan 2026-27", STYLE), t])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("A1", "green"),
        ("A2", "amber"),
        ("A3", "red"),
    ]


def test_status_column_of_symbols_read_through_the_plans_key() -> None:
    """A status column printing only symbols, under a header no vocabulary holds, with a key
    above the table pairing each symbol with a status word: the symbols are the statuses."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    sym = ParagraphStyle("sym", parent=STYLE, fontName="DejaVuSans")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Ref", "Action", "Lead officer", "Deadline", "Temperature"]
    rows = [
        ("A1", "Recruit twelve permanent social workers to the assessment teams",
         "Head of Workforce", "Mar 2027", "▲"),
        ("A2", "Audit thirty case files a month and feed back to every team manager",
         "Principal Social Worker", "Jun 2026", "●"),
        ("A3", "Publish a revised threshold document with schools and health partners",
         "Head of Front Door", "Dec 2025", "■"),
    ]  # fmt: skip
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[*(Paragraph(x, STYLE) for x in r[:4]), Paragraph(r[4], sym)] for r in rows]
    t = Table(data, colWidths=[40, 300, 140, 80, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    key = Paragraph("Key: ● On track; ▲ Delayed; ■ Off track", sym)
    doc.build([Paragraph("Children's Services Improvement Plan 2026-27", STYLE), key, t])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("A1", "amber"),
        ("A2", "green"),
        ("A3", "red"),
    ]


def test_a_symbol_is_a_status_cell_an_arrow_or_a_tick_is_not() -> None:
    assert cell_type("▲") is CellType.rag
    assert cell_type("■ ■") is CellType.rag
    assert cell_type("↑") is not CellType.rag  # which way a figure moves: a trend
    assert cell_type("→") is not CellType.rag
    assert cell_type("✔") is not CellType.rag  # done, read as a done mark
