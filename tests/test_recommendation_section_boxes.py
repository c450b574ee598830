"""A section heading per recommendation ('Theme 2'), then a one-cell box (shaded or ruled round)
quoting it under a label word with no number ('Inspection recommendation: Improve ...'), then
the section's action table: the box states recommendation 2 (the section's number), its label
no part of its text, and the table's actions answer it. Printed to PDF and read from Word.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from plantrace.pipeline.readers.docx import parse_docx_bytes
from tests.test_plan_recommendations import ACTIONS, BODY, CELL, H2, HEAD, RECS, TITLE

GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
HEADER = ["No.", "Activity", "Lead", "Timescale"]


def _section_rows(n: int) -> list[list[str]]:
    mine = [a for a in ACTIONS if a[0] == n]
    return [[f"{n}.{k}", text, owner, due] for k, (_, text, owner, due) in enumerate(mine, 1)]


def _links(plan: PlanExtraction) -> list[tuple[str | None, list[str | None]]]:
    number = {r.id: r.number for r in plan.recommendations}
    return [(a.ref, [number[x] for x in a.recommendations]) for a in plan.actions]


def _expected() -> list[tuple[str, list[str]]]:
    out = []
    for n in (1, 2, 3):
        out += [(row[0], [str(n)]) for row in _section_rows(n)]
    return out


def _pdf(path: Path, shaded: bool) -> PlanExtraction:
    story: list[object] = [Paragraph("Westmoor Council: outcomes framework", TITLE),
                           Spacer(1, 6), Paragraph("How each theme will be delivered.", BODY)]  # fmt: skip
    for n, rec in enumerate(RECS, start=1):
        frame = [("BACKGROUND", (0, 0), (-1, -1), "#dde8d8")] if shaded else [
            ("BOX", (0, 0), (-1, -1), 0.8, "black")]  # fmt: skip
        box = Table([[Paragraph(f"Inspection recommendation: {rec}", BODY)]], colWidths=[500],
                    style=TableStyle([*frame, ("TOPPADDING", (0, 0), (-1, -1), 5)]))  # fmt: skip
        data = [[Paragraph(c, HEAD) for c in HEADER]]
        data += [[Paragraph(c, CELL) for c in row] for row in _section_rows(n)]
        story += [Spacer(1, 10), Paragraph(f"Theme {n}", H2), Spacer(1, 4), box, Spacer(1, 6),
                  Table(data, colWidths=[40, 260, 120, 80], style=TableStyle(GRID))]  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return extract_plan(parse_pdf(path))


def test_a_shaded_box_under_a_section_heading_states_its_recommendation(tmp_path: Path) -> None:
    plan = _pdf(tmp_path / "shaded.pdf", shaded=True)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert _links(plan) == _expected()


def test_a_ruled_box_under_a_section_heading_states_its_recommendation(tmp_path: Path) -> None:
    plan = _pdf(tmp_path / "ruled.pdf", shaded=False)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert _links(plan) == _expected()


def test_the_box_read_from_word_loses_its_label() -> None:
    document = docx.Document()
    document.add_heading("Westmoor Council: outcomes framework", level=1)
    for n, rec in enumerate(RECS, start=1):
        document.add_heading(f"Theme {n}", level=2)
        box = document.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        box.cell(0, 0).text = f"Inspection recommendation: {rec}"
        rows = _section_rows(n)
        table = document.add_table(rows=len(rows) + 1, cols=len(HEADER))
        table.style = "Table Grid"
        for c, text in enumerate(HEADER):
            table.cell(0, c).text = text
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buf = io.BytesIO()
    document.save(buf)
    plan = extract_plan(parse_docx_bytes(buf.getvalue(), "plan.docx", "0"))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert _links(plan) == _expected()


def test_a_status_key_under_a_recommendations_table_is_no_recommendation(tmp_path: Path) -> None:
    rows = [["No.", "Recommendation"]] + [[str(n), rec] for n, rec in enumerate(RECS, 1)]
    rows.append(["", "Key: ■ On track ■ At risk ■ Off track ■ Completed"])
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
    actions = [[Paragraph(c, HEAD) for c in [*HEADER, "Rec"]]]
    actions += [[Paragraph(c, CELL) for c in [*row, str(n)]] for n in (1, 2, 3)
                for row in _section_rows(n)]  # fmt: skip
    path = tmp_path / "keyed.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Westmoor Council: improvement plan", TITLE), Spacer(1, 6),
        Table(data, colWidths=[40, 460], style=TableStyle(GRID)), Spacer(1, 12),
        Table(actions, colWidths=[40, 240, 110, 70, 40], style=TableStyle(GRID)),
    ])  # fmt: skip
    plan = extract_plan(parse_pdf(path))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])
    ]  # fmt: skip
    assert _links(plan) == _expected()
