"""Plan tables in rulings the sample plans never use, built as a council's tool prints them.

Each PDF is made with ReportLab, the way a report writer lays out an improvement plan: a table
ruled with vertical lines only and a recommendation cell merged down beside its actions; a table
with no rules at all whose cells sit at the bottom of their rows (ReportLab's and Excel's
default); a narrow column that breaks a long word with no hyphen. The assertions are the
actions, owners and due dates a reader sees on the page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19)
INTRO = ParagraphStyle("intro", fontName="Helvetica", fontSize=9, leading=12)

RECS = [
    "1. Improve the regularity and quality of management oversight and reflective supervision "
    "for social workers in the assessment teams",
    "2. Strengthen the response to children who go missing from home or care",
]
ACTIONS = [  # rec, ref, action, owner, due as printed, due date read
    (0, "1.1", "Audit twelve supervision records each month and report the themes to the "
     "practice quality group", "Tom Ellery", "By 31 Oct 2025", date(2025, 10, 31)),
    (0, "1.2", "Publish a revised supervision standard", "Joseph Mensah", "Dec 2025",
     date(2025, 12, 31)),
    (0, "1.3", "Train all team managers in reflective supervision through a two-day course",
     "Head of Safeguarding", "31/03/2026", date(2026, 3, 31)),
    (1, "2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Ruth Kowalczyk", "Q2 2025/26", date(2025, 9, 30)),
    (1, "2.2", "Commission an independent return home interview service", "Claire Whitby",
     "30 Jun 2026", date(2026, 6, 30)),
]  # fmt: skip


def _pdf(path: Path, header: list[str], rows: list[list[str]], widths: list[float],
         style: list[tuple[object, ...]]) -> Path:  # fmt: skip
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40)
    data = [[Paragraph(h, HEAD) for h in header]]
    data += [[Paragraph(c, CELL) for c in row] for row in rows]
    story = [
        Paragraph("Fenmarsh Council: Children's Services Improvement Plan 2025-26", TITLE),
        Spacer(1, 8),
        Paragraph(
            "This plan sets out the actions Fenmarsh Council will take in response to the "
            "recommendations made by Ofsted. Progress is reported to the Improvement Board.",
            INTRO,
        ),
        Spacer(1, 10),
        Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style)),
    ]
    doc.build(story)
    return path


def _read(path: Path) -> list[tuple[str | None, str, str | None, date | None]]:
    plan = extract_plan(parse_pdf(path))
    return [(a.ref, a.text, a.owner, a.due_date) for a in plan.actions]


def _expected() -> list[tuple[str | None, str, str | None, date | None]]:
    return [(ref, text, owner, due) for _, ref, text, owner, _, due in ACTIONS]


def test_vertical_rules_only_with_recommendation_merged_down(tmp_path: Path) -> None:
    """Column lines and no row lines; the recommendation cell spans its actions' rows."""
    header = ["What Ofsted asked", "Item", "Improvement activity", "Accountable", "Deadline"]
    rows, spans, start = [], [], 1
    for k, rec in enumerate(RECS):
        mine = [a for a in ACTIONS if a[0] == k]
        for j, (_, ref, text, owner, due, _) in enumerate(mine):
            rows.append([rec if j == 0 else "", ref, text, owner, due])
        spans.append(("SPAN", (0, start), (0, start + len(mine) - 1)))
        start += len(mine)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("LINEAFTER", (c, 0), (c, -1), 0.5, colors.black) for c in range(4)],
        *spans,
    ]
    pdf = _pdf(tmp_path / "vrules.pdf", header, rows, [190, 40, 250, 120, 90], style)
    plan = extract_plan(parse_pdf(pdf))
    assert [(a.ref, a.text, a.owner, a.due_date) for a in plan.actions] == _expected()
    # the merged cell is the recommendation of every action beside it, read once
    assert [r.text for r in plan.recommendations] == [r[3:] for r in RECS]
    assert [a.recommendations for a in plan.actions] == [
        [plan.recommendations[k].id] for k, *_ in ACTIONS
    ]


def test_no_rules_cells_bottom_aligned(tmp_path: Path) -> None:
    """Alignment only: no line at all; ReportLab's default sets each cell at its row's bottom,
    so a one-line owner sits level with the last line of a wrapped action, not its first."""
    header = ["#", "Deliverable", "Champion", "Finish", "Narrative"]
    rows = []
    for k, rec in enumerate(RECS):
        rows.append([f"Ofsted recommendation {rec}", "", "", "", ""])
        rows += [[ref, text, owner, due, "Work started; scoping meeting held with partners"]
                 for r, ref, text, owner, due, _ in ACTIONS if r == k]  # fmt: skip
    banners = [i + 1 for i, r in enumerate(rows) if r[0].startswith("Ofsted")]
    style = [
        *[("SPAN", (0, i), (-1, i)) for i in banners],
        *[("BACKGROUND", (0, i), (-1, i), colors.HexColor("#d9e2f3")) for i in banners],
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    pdf = _pdf(tmp_path / "bottom.pdf", header, rows, [40, 260, 140, 100, 200], style)
    assert _read(pdf) == _expected()


def test_word_broken_by_a_narrow_cell_is_one_word(tmp_path: Path) -> None:
    """A column too narrow for a word breaks it with no hyphen ('Leader' / 'ship'): the owner
    and the status are read whole. The words are known whole from the plan's own text."""
    header = ["Ref", "Action", "Lead", "By when", "RAG"]
    rows = [
        ["1.1", "Set up a quarterly audit of supervision", "Children's Leadership Team",
         "Mar 2026", "Complete"],
        ["1.2", "Publish the new practice standards", "Safeguarding Partnership",
         "Jun 2026", "Amber"],
    ]  # fmt: skip
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    narrow = ParagraphStyle("narrow", parent=CELL, splitLongWords=1)
    data = [[Paragraph(h, HEAD) for h in header]]
    data += [[Paragraph(c, narrow) for c in row] for row in rows]
    doc = SimpleDocTemplate(str(tmp_path / "narrow.pdf"), pagesize=A4)
    story = [
        Paragraph("Fenmarsh Council: Children's Services Improvement Plan 2025-26", TITLE),
        Paragraph(
            "The actions we will take and who leads them. The Children's Leadership Team "
            "oversees the plan; the Safeguarding Partnership leads the multi-agency work.",
            INTRO,
        ),
        Table(data, colWidths=[30, 200, 48, 70, 34], style=TableStyle(style)),
    ]
    doc.build(story)
    plan = extract_plan(parse_pdf(tmp_path / "narrow.pdf"))
    assert [(a.ref, a.owner, a.rag, a.due_date) for a in plan.actions] == [
        ("1.1", "Children's Leadership Team", "blue", date(2026, 3, 31)),
        ("1.2", "Safeguarding Partnership", "amber", date(2026, 6, 30)),
    ]


def test_short_scorecard_ruled_with_vertical_lines_only(tmp_path: Path) -> None:
    """Two rows are too few for whitespace rivers, and the code column has no header: the
    vertical rules between the columns say where each one starts."""
    header = ["", "Description", "Where we were", "Where we want to be", "Rating"]
    rows = [
        ["WFA", "Assessments completed within 45 working days", "42.5%", "84.7%", "Slipped"],
        ["WFB", "Care leavers in education, employment or training", "57.4%", "79.8%", "On track"],
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("LINEAFTER", (c, 1), (c, -1), 0.5, colors.black) for c in range(4)],
    ]
    pdf = _pdf(tmp_path / "kpi.pdf", header, rows, [60, 260, 80, 100, 80], style)
    plan = extract_plan(parse_pdf(pdf))
    assert [(k.code, k.indicator, k.rag) for k in plan.kpis] == [
        ("WFA", "Assessments completed within 45 working days", "amber"),
        ("WFB", "Care leavers in education, employment or training", "green"),
    ]


def test_unknown_header_words_cells_centred_status_as_coloured_dot(tmp_path: Path) -> None:
    """A bold header whose words no vocabulary holds but one ('Milestone'); no rules, cells
    vertically centred (a one-line owner sits between the two lines of a wrapped action); the
    status only a coloured dot. The header is known by its look, what
    the table lists by its cells (a column of sentences beside people and dates), and each
    status by the dot's colour."""
    header = ["Seq.", "What needs to happen", "Driven by", "Milestone", "Traffic light"]
    dot = '<font color="{}">\u25cf</font>'
    shades = ["#00B050", "#FFC000", "#FF0000", "#0070C0", "#00B050"]
    rows = [[ref, text, owner, due, dot.format(shades[i])]
            for i, (_, ref, text, owner, due, _) in enumerate(ACTIONS)]  # fmt: skip
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5)]
    pdf = _pdf(tmp_path / "dots.pdf", header, rows, [40, 300, 130, 100, 60], style)
    plan = extract_plan(parse_pdf(pdf))
    assert [(a.ref, a.text, a.owner, a.due_date) for a in plan.actions] == _expected()
    assert [a.rag for a in plan.actions] == ["green", "amber", "red", "blue", "green"]
