"""Actions numbered in parts with a gap below a section's highest are said missing.

An org chart's boxes, each lead's actions under their name, can hide a box from the reader;
its actions ('1.1', '1.2') are lost while the others ('1.3', '1.4', '2.1') are read, and
nothing said so. Refs in parts, each once, nearly all of each section's 1 .. highest read,
with a gap: plan_actions_missing names the refs not read. A plan read whole, or a report naming
a few of many actions ('1.2', '2.4', '3.5'), says nothing.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.pipeline.extract import extract_file

HEADER = ["Ref", "Action", "Lead officer", "Due"]
ROWS = {
    "1.1": "Introduce a practice standard for assessments",
    "1.2": "Review every child in need plan every three months",
    "1.3": "Include identity prompts in the assessment form",
    "1.4": "Quality assure a sample of assessments every month",
    "2.1": "Train foster carers in understanding trauma",
    "2.2": "Use questionnaire scores to trigger a referral",
    "3.1": "Reduce team manager spans of control",
    "3.2": "Add a supervision timeliness measure",
    "2.4": "Commission a therapeutic service for children in care",
    "3.5": "Publish a revised supervision standard",
}


def _plan(path: Path, refs: list[str]) -> Path:
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18)
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEADER]]
    data += [
        [Paragraph(v, cell) for v in (r, ROWS[r], "Head of Service", "30/09/2026")] for r in refs
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    story = [
        Paragraph("Children's Services improvement plan", head),
        Table(data, colWidths=[45, 360, 170, 80], style=TableStyle(style)),
    ]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def _missing(path: Path) -> tuple[list[str | None], list[str]]:
    result = extract_file(path)
    said = [w.message for w in result.warnings if w.code == "plan_actions_missing"]
    return [a.ref for a in result.actions], said


def test_a_gap_below_a_sections_highest_is_said(tmp_path: Path) -> None:
    refs = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2"]
    read, said = _missing(_plan(tmp_path / "plan.pdf", refs))
    assert read == refs
    assert len(said) == 1 and "(1.1, 1.2)" in said[0], said


def test_a_plan_read_whole_says_nothing(tmp_path: Path) -> None:
    refs = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2"]
    read, said = _missing(_plan(tmp_path / "plan.pdf", refs))
    assert read == refs and said == []


def test_a_report_naming_a_few_actions_says_nothing(tmp_path: Path) -> None:
    refs = ["1.2", "2.4", "3.5"]
    read, said = _missing(_plan(tmp_path / "plan.pdf", refs))
    assert read == refs and said == []
