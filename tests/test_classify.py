"""Classification: a plan is a plan even when its table headers use words no list holds, and a
document recognised as neither report nor plan says so instead of extracting nothing silently."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.models.grades import DocumentKind
from plantrace.pipeline.extract import extract_file

_ROWS = [
    ["1.1", "Recruit twelve permanent social workers to the assessment teams", "Head of Service",
     "31/03/2025", "Eight appointed; four offers made"],
    ["1.2", "Audit forty supervision records each quarter and report themes to the board",
     "Principal Social Worker", "Jun 2025", "First audit complete"],
    ["2.1", "Publish a revised threshold document agreed with police and health partners",
     "Service Manager, Front Door", "30/09/2025", "Draft circulated to partners"],
    ["2.2", "Train all team managers in the revised threshold document", "Workforce Development Manager",
     "Dec 2025", "Dates booked"],
]  # fmt: skip


def _pdf(path: Path, title: str, header: list[str] | None) -> Path:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list = [Paragraph(title, styles["Title"]), Spacer(1, 12)] if title else []
    if header is not None:
        data = [header] + [[Paragraph(c, body) for c in row] for row in _ROWS]
        table = Table(data, colWidths=[40, 300, 140, 80, 200], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph("Dear colleague, thank you for your letter of 3 May. " * 8, body))
    buf = BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4)).build(story)
    path.write_bytes(buf.getvalue())
    return path


def test_a_plan_with_unlisted_header_words_is_read_as_a_plan(tmp_path: Path) -> None:
    # no header word here is in the classifier's list ('lead', 'timescale', 'RAG', 'actions'...):
    # the plan reader's table evidence (what the cells hold) decides
    pdf = _pdf(
        tmp_path / "p.pdf",
        "Children's Services Improvement Plan 2025-26",
        ["#", "Deliverable", "Champion", "Finish", "Narrative"],
    )
    result = extract_file(pdf)
    assert result.kind is DocumentKind.improvement_plan
    assert [a.text for a in result.actions][:2] == [
        "Recruit twelve permanent social workers to the assessment teams",
        "Audit forty supervision records each quarter and report themes to the board",
    ]
    assert result.actions[0].owner == "Head of Service"
    assert str(result.actions[0].due_date) == "2025-03-31"
    assert not any(w.code == "not_classified" for w in result.warnings)


def test_a_document_named_a_plan_with_no_plan_table_says_nothing_was_read(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "p.pdf", "Delivery Plan: a letter to partners", None)
    result = extract_file(pdf)
    assert result.kind is DocumentKind.other
    [warning] = [w for w in result.warnings if w.code == "not_classified"]
    assert "names a plan ('Delivery Plan')" in warning.message
    assert "nothing was extracted" in warning.message


def test_a_letter_is_other_with_a_warning(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "l.pdf", "Thank you", None)
    result = extract_file(pdf)
    assert result.kind is DocumentKind.other
    assert [w.code for w in result.warnings] == ["not_classified"]
    assert "neither an inspection report nor an improvement plan" in result.warnings[0].message


def test_a_plan_under_a_title_naming_no_plan_is_read_by_its_table(tmp_path: Path) -> None:
    # one plan sign only ('Who'), and a title no list holds: the action table read on the first
    # pages is the second sign
    pdf = _pdf(
        tmp_path / "p.pdf",
        "Improving Together 2025-26",
        ["#", "Deliverable", "Who", "Finish", "Narrative"],
    )
    result = extract_file(pdf)
    assert result.kind is DocumentKind.improvement_plan
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert result.actions[2].owner == "Service Manager, Front Door"
    assert str(result.actions[2].due_date) == "2025-09-30"


def test_a_prose_plan_under_a_title_naming_no_plan_is_read_by_its_paragraphs(
    tmp_path: Path,
) -> None:
    styles = getSampleStyleSheet()
    story: list = [Paragraph("Improving Together 2025-26", styles["Title"]), Spacer(1, 12)]
    for ref, text, owner, due, *_ in _ROWS:
        story.append(
            Paragraph(f"{ref} {text} (Lead: {owner}; timing: {due}) [On track]", styles["BodyText"])
        )
    buf = BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    pdf = tmp_path / "prose.pdf"
    pdf.write_bytes(buf.getvalue())
    result = extract_file(pdf)
    assert result.kind is DocumentKind.improvement_plan
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert result.actions[0].owner == "Head of Service"
    assert str(result.actions[1].due_date) == "2025-06-30"


def test_a_letter_with_one_plan_word_stays_other(tmp_path: Path) -> None:
    # 'who' is one plan sign; no action table and no numbered action paragraphs: not a plan
    pdf = _pdf(tmp_path / "l.pdf", "To all who work with children", None)
    assert extract_file(pdf).kind is DocumentKind.other


def test_a_tracker_with_no_title_is_read_by_its_table(tmp_path: Path) -> None:
    # a spreadsheet printed as it is: its first line the header row, no word on the page says
    # plan or report; the action table the plan reader finds decides
    pdf = _pdf(tmp_path / "t.pdf", "", ["#", "Deliverable", "Champion", "Finish", "Narrative"])
    result = extract_file(pdf)
    assert result.kind is DocumentKind.improvement_plan
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert result.actions[3].owner == "Workforce Development Manager"


def test_a_word_form_per_commitment_with_no_plan_words_is_a_plan(tmp_path: Path) -> None:
    # each commitment a two-column 'label | value' table, no word on the page from any plan or
    # report list: the plan reader's card readers, asked as extract_plan asks them, decide
    import docx

    document = docx.Document()
    document.add_heading("Short breaks review: what we are doing", level=1)
    for ref, text, who, when in (
        ("C1", "Publish a short breaks statement written with parent carers", "Head of SEND",
         "31/03/2026"),
        ("C2", "Reduce the wait for an overnight short break to under twelve weeks",
         "Commissioning Manager", "30/06/2026"),
        ("C3", "Offer every family a named worker within ten days of referral",
         "Service Manager, Disabled Children", "30/09/2026"),
    ):  # fmt: skip
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in (("Item", ref), ("Commitment", text), ("Answerable", who),
                             ("Deadline", when), ("Position", "On track")):  # fmt: skip
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("")
    path = tmp_path / "forms.docx"
    document.save(str(path))
    result = extract_file(path)
    assert result.kind is DocumentKind.improvement_plan
    assert [(a.ref, a.owner, str(a.due_date)) for a in result.actions] == [
        ("C1", "Head of SEND", "2026-03-31"),
        ("C2", "Commissioning Manager", "2026-06-30"),
        ("C3", "Service Manager, Disabled Children", "2026-09-30"),
    ]
