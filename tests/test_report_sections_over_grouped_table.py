"""A committee report's own numbered paragraphs ('1. Purpose of the report', '3. The Committee
is asked to note ...') over an action table whose group rows state its recommendations
('Recommendation 3: Improve ...'): the bare-numbered paragraph is a section of the report, not
recommendation 3 (extractors/plan.py _section_headings, _states_own)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.pipeline.extract import extract_file

_RECS = {
    "1": "Improve the quality of assessments so that they lead to clear plans",
    "2": "Strengthen management oversight and supervision of frontline practice",
    "3": "Improve the timeliness of decisions at the front door",
}


def _plan(path: Path) -> Path:
    styles = getSampleStyleSheet()
    story: list = [
        Paragraph("Ofsted ILACS Improvement Plan: progress report", styles["Title"]),
        Paragraph("1. Purpose of the report", styles["Heading2"]),
        Paragraph("This report sets out progress against the improvement plan.", styles["Normal"]),
        Paragraph("2. Background", styles["Heading2"]),
        Paragraph(
            "The service was inspected and three recommendations were made.", styles["Normal"]
        ),
        Paragraph(
            "3. The Committee is asked to note the progress made and the actions rated Red or"
            " Amber in the appendix.",
            styles["Normal"],
        ),
        Spacer(1, 12),
    ]
    rows: list[list[str]] = [["Ref", "Action", "Lead officer", "Due date", "RAG"]]
    spans: list[int] = []
    for n, text in _RECS.items():
        spans.append(len(rows))
        rows.append([f"Recommendation {n}: {text}", "", "", "", ""])
        for k, lead in enumerate(("Head of Service", "Principal Social Worker"), start=1):
            rows.append([f"{n}.{k}", f"Action {k} for recommendation {n}: audit and report",
                         lead, "31/03/2027", "Green" if k == 1 else "Amber"])  # fmt: skip
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ]
    for r in spans:
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#d9e2f3")),
        ]
    story.append(Table(rows, colWidths=[40, 330, 140, 80, 60], style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_report_paragraph_is_no_recommendation_over_a_table_stating_its_own(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "pack.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == list(_RECS.items())
    numbers = {r.id: r.number for r in result.recommendations}
    assert [(a.ref, [numbers[i] for i in a.recommendations]) for a in result.actions] == [
        ("1.1", ["1"]), ("1.2", ["1"]), ("2.1", ["2"]), ("2.2", ["2"]), ("3.1", ["3"]),
        ("3.2", ["3"]),
    ]  # fmt: skip
