"""Plan tables whose header column is on the LEFT: one field per row, one action per column.

Councils print action 'cards' as Word tables with 'Action no.', 'Improvement action', 'Action
owner', 'Due by' down the first column and several actions side by side. The plans here are
built the way such templates are: with python-docx (read directly, and as LibreOffice prints
it) and with reportlab (a table broken over a page between its rows).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.table_report import describe_tables
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes, sha256_bytes
from plantrace.pipeline.readers.docx import parse_docx_bytes

RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
}
LABELS = ("Action no.", "Improvement action", "Action owner", "Due by", "Current RAG")
# ref, action, owner, due as printed, due read, status as printed, RAG read
ACTIONS = [
    ("1.1", "Introduce a single assessment framework across all locality teams",
     "Head of Early Help", "March 2026", "2026-03-31", "On track", "green"),
    ("1.2", "Audit twelve assessments every month and report the findings to the quality group",
     "Principal Social Worker", "Q2 2025/26", "2025-09-30", "Delayed", "amber"),
    ("1.3", "Train every social worker in writing analysis in assessments",
     "Service Manager, Assessment", "31/10/2025", "2025-10-31", "Complete", "blue"),
    ("2.1", "Publish a revised supervision standard with a four-weekly minimum",
     "Head of Service, Children in Care", "Spring 2026", "2026-05-31", "Off track", "red"),
    ("2.2", "Train all team managers in reflective supervision with the regional partnership",
     "Director of Children's Services", "December 2025", "2025-12-31", "On track", "green"),
]  # fmt: skip
EXPECTED = [(ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag in ACTIONS]
FILL = {"green": "92D050", "amber": "FFC000", "red": "FF5050", "blue": "5B9BD5"}


def _shade(cell: object, hex_colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _word_plan(
    path: Path, per_table: int = 3, document_box: bool = False, status_words: bool = True
) -> None:
    """A recommendation heading, then its actions side by side, `per_table` to a table; the
    labels bold on a shaded first column, each status cell filled with its colour (and its
    word, unless not status_words). document_box: a 'label | value' box about the document
    itself under the title."""
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025", style="Title")
    if document_box:
        box = d.add_table(rows=4, cols=2)
        box.style = "Table Grid"
        for r, (label, value) in enumerate([
            ("Version", "1.2 (final)"),
            ("Action plan", "Children's Services Improvement Plan 2025 to 2027"),
            ("Owner", "Director of Children's Services"),
            ("Date", "March 2025"),
        ]):  # fmt: skip
            box.cell(r, 0).paragraphs[0].add_run(label).bold = True
            box.cell(r, 1).text = value
    d.add_paragraph("This plan answers the recommendations Ofsted made after its inspection.")
    for number, rec in RECS.items():
        d.add_heading(f"Recommendation {number}: {rec}", 1)
        acts = [a for a in ACTIONS if a[0].startswith(number + ".")]
        for i in range(0, len(acts), per_table):
            chunk = acts[i : i + per_table]
            t = d.add_table(rows=len(LABELS), cols=len(chunk) + 1)
            t.style = "Table Grid"
            for r, label in enumerate(LABELS):
                t.cell(r, 0).paragraphs[0].add_run(label).bold = True
                _shade(t.cell(r, 0), "DDEBF7")
                for j, (ref, text, owner, due, _, status, rag) in enumerate(chunk):
                    value = (ref, text, owner, due, status if status_words else "")[r]
                    t.cell(r, j + 1).text = value
                    if r == 4:
                        _shade(t.cell(r, j + 1), FILL[rag])
            d.add_paragraph()
    d.save(str(path))


def _facts(actions: list) -> list[tuple[str | None, str, str | None, str, str | None]]:  # type: ignore[type-arg]
    return [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in actions]


@pytest.mark.parametrize("status_words", [True, False])
def test_word_tables_with_their_header_column_on_the_left(
    tmp_path: Path, status_words: bool
) -> None:
    """Read directly; the status is a word on its colour, or the colour alone."""
    _word_plan(tmp_path / "plan.docx", status_words=status_words)
    result = extract_file(tmp_path / "plan.docx")
    assert _facts(result.actions) == EXPECTED
    numbers = {r.id: r.number for r in result.recommendations}
    assert [[numbers[r] for r in a.recommendations] for a in result.actions] == [
        ["1"], ["1"], ["1"], ["2"], ["2"]
    ]  # fmt: skip
    assert result.warnings == []


def test_the_table_inspector_says_the_table_was_read_transposed(tmp_path: Path) -> None:
    _word_plan(tmp_path / "plan.docx")
    data = (tmp_path / "plan.docx").read_bytes()
    views = describe_tables(parse_docx_bytes(data, "plan.docx", sha256_bytes(data)))
    assert [v.kind for v in views] == ["action", "action"]
    first = views[0]
    assert [c.label for c in first.columns] == list(LABELS)
    assert [c.role for c in first.columns] == ["ref", "action", "owner", "due", "rag"]
    assert all(c.evidence[0].startswith("read transposed: column 1 holds field labels")
               for c in first.columns)  # fmt: skip
    assert first.grid[1][:2] == ["1.2", ACTIONS[1][1]]


def test_one_action_with_its_text_in_a_labelled_row(tmp_path: Path) -> None:
    """A table of one action (two columns) that holds the action's own text is read as a table
    of one row; a 'label | value' card with no action row stays a card (test_plan_cards)."""
    _word_plan(tmp_path / "plan.docx", per_table=1)
    result = extract_file(tmp_path / "plan.docx")
    assert _facts(result.actions) == EXPECTED


def test_a_box_about_the_document_is_no_action(tmp_path: Path) -> None:
    """A 'label | value' box naming the plan, its owner and date has labels the vocabulary
    knows ('Action plan', 'Owner', 'Date') but no sentence of work to do: no action."""
    _word_plan(tmp_path / "plan.docx", per_table=1, document_box=True)
    result = extract_file(tmp_path / "plan.docx")
    assert _facts(result.actions) == EXPECTED


def test_word_print_by_libreoffice(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF print cannot be made")
    _word_plan(tmp_path / "plan.docx")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "plan.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    result = extract_file(tmp_path / "plan.pdf")
    assert _facts(result.actions) == EXPECTED
    assert [r.number for r in result.recommendations] == ["1", "2"]


def _pdf_plan(space: float) -> bytes:
    """Reportlab tables of three actions side by side; `space` pushes the first table down so
    that the page break falls between its rows."""
    styles = getSampleStyleSheet()
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (0, -1), "#DDEBF7"),
        ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    body = styles["BodyText"]
    story: list[object] = [Paragraph("Improvement plan 2025", styles["Title"]), Spacer(1, space)]
    for number, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {number}: {rec}", styles["Heading2"]))
        acts = [a for a in ACTIONS if a[0].startswith(number + ".")]
        rows = [
            [label, *[Paragraph(a[(0, 1, 2, 3, 5)[r]], body) for a in acts]]
            for r, label in enumerate(LABELS)
        ]
        fills = [("BACKGROUND", (j + 1, 4), (j + 1, 4), "#" + FILL[a[6]])
                 for j, a in enumerate(acts)]  # fmt: skip
        story += [Table(rows, colWidths=[100, *[125] * len(acts)], style=style + fills),
                  Spacer(1, 12)]  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan").build(story)
    return buf.getvalue()


@pytest.mark.parametrize("space", [0.0, 480.0, 500.0, 520.0])
def test_a_table_broken_over_a_page_between_its_rows(space: float) -> None:
    """Pushed down the page, recommendation 1's table breaks after one, two or three of its
    rows; the rest on the next page (no header to repeat: its header is the column) are more
    fields of the same actions. A first piece of one row (shaded only in its label cell) is no
    header band over the text below it."""
    doc = parse_pdf_bytes(_pdf_plan(space), "plan.pdf")
    tables = [el.table for el in read_layout(doc) if el.table is not None]
    pages = {p.page for t in tables for p in t.pieces}
    assert len(tables) == 2
    if space:
        assert pages == {1, 2}
        assert len(tables[0].pieces) == 2  # one table over the page break
    plan = extract_plan(doc)
    assert _facts(plan.actions) == EXPECTED


def test_a_table_the_right_way_up_is_not_turned() -> None:
    """A table with a header row whose first column holds short texts is read as printed."""
    styles = getSampleStyleSheet()
    rows = [["Ref", "Action", "Lead officer", "Deadline"]] + [
        [ref, Paragraph(text, styles["BodyText"]), owner, due]
        for ref, text, owner, due, *_ in ACTIONS
    ]
    story = [
        Paragraph("Improvement plan 2025", styles["Title"]),
        Table(rows, colWidths=[40, 250, 130, 80], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]),
    ]  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    doc = parse_pdf_bytes(buf.getvalue(), "plan.pdf")
    tables = [el.table for el in read_layout(doc) if el.table is not None]
    assert len(tables) == 1 and not tables[0].printed
    assert tables[0].labels == ["Ref", "Action", "Lead officer", "Deadline"]


def test_a_scorecard_of_one_indicator_per_column(tmp_path: Path) -> None:
    """Indicators side by side, 'Baseline' / 'Latest' / 'Target' down the left: figures both
    ways, so the labels on the left say which way the table reads."""
    rows = [
        ("Key measure", "Assessments completed within 45 working days",
         "Children seen within five working days of referral", "Re-referrals within twelve months"),
        ("Baseline", "71%", "64%", "24%"),
        ("Latest", "78%", "70%", "21%"),
        ("Target", "90%", "85%", "18%"),
    ]  # fmt: skip
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025", style="Title")
    d.add_heading(f"Recommendation 1: {RECS['1']}", 1)
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for j, value in enumerate(row):
            t.cell(r, j).paragraphs[0].add_run(value).bold = j == 0
    d.save(str(tmp_path / "plan.docx"))
    result = extract_file(tmp_path / "plan.docx")
    got = [(k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
            k.target and k.target.raw) for k in result.kpis]  # fmt: skip
    assert got == [
        ("Assessments completed within 45 working days", "71%", "78%", "90%"),
        ("Children seen within five working days of referral", "64%", "70%", "85%"),
        ("Re-referrals within twelve months", "24%", "21%", "18%"),
    ]
