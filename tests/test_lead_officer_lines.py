"""Owners not in the action table but in a line beside it that names each owner with the refs
they lead ('Lead officers: Head of Safeguarding (2.1, 2.3); Principal Social Worker (2.2).'),
printed under the table or over it (round 31, fixer I). Each ref's action takes the owner the
line names; a line naming a ref no table prints gives no owner and is warned (but one naming a
single owner whose bracket is no printed ref, a quarter say, owns its nearest table, warned);
the line is no section field (its text is no owner of the next table's actions)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_lead_lines import lead_line_at, read_lead_line
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
HEAD = getSampleStyleSheet()["Heading2"]

RECS = [
    ("1", "Strengthen management oversight of casework in the assessment teams"),
    ("2", "Improve the quality and timeliness of pathway plans for care leavers"),
]
# rec -> rows (ref, action, due, status)
ROWS = {
    "1": [
        ("1.1", "Introduce monthly case audits led by team managers", "31 Mar 2027", "Green"),
        ("1.2", "Refresh the supervision policy and train all managers", "Q4 2026/27", "Amber"),
        ("1.3", "Report supervision timeliness to the board each quarter", "30 Jun 2026", "Red"),
    ],
    "2": [
        ("2.1", "Co-produce a shorter pathway plan with care leavers", "30 Sep 2026", "Green"),
        ("2.2", "Give every care leaver a named personal adviser", "31 Dec 2026", "Amber"),
    ],
}
LINES = {
    "1": "Lead officers: Assistant Director, Children's Social Care (1.1, 1.3); Principal "
    "Social Worker (1.2).",
    "2": "Responsible officers: Service Manager, Care Leavers (2.1); Head of Virtual School (2.2).",
}
OWNERS = [
    ("1.1", "Assistant Director, Children's Social Care"),
    ("1.2", "Principal Social Worker"),
    ("1.3", "Assistant Director, Children's Social Care"),
    ("2.1", "Service Manager, Care Leavers"),
    ("2.2", "Head of Virtual School"),
]


def _pdf(lines: dict[str, str], above: bool = False) -> bytes:
    story: list[object] = [Paragraph("Children's Services Improvement Plan", HEAD)]
    for number, text in RECS:
        story += [Paragraph(f"Recommendation {number}", HEAD), Paragraph(f"<i>{text}</i>", BODY)]
        rows = [["Ref", "Action", "Due", "Status"], *[list(r) for r in ROWS[number]]]
        table = Table(rows, colWidths=[40, 280, 80, 60], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
        said = Paragraph(lines[number], BODY)
        story += [said, Spacer(1, 4), table] if above else [table, Spacer(1, 4), said]
        story.append(Spacer(1, 12))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def test_each_action_takes_the_owner_the_line_under_its_table_names() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(LINES), "plan.pdf"))
    assert [(a.ref, a.owner) for a in plan.actions] == OWNERS
    assert all(a.due_date is not None and a.rag for a in plan.actions)
    assert not [w for w in plan.warnings if w.code == "plan_lead_refs_unknown"]


def test_the_line_printed_over_its_table() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(LINES, above=True), "plan.pdf"))
    assert [(a.ref, a.owner) for a in plan.actions] == OWNERS


def test_a_line_naming_a_ref_no_table_prints_owns_nothing_and_is_warned() -> None:
    lines = {**LINES, "2": "Lead officers: Head of Virtual School (2.1); Head of Early Help (2.7)."}
    plan = extract_plan(parse_pdf_bytes(_pdf(lines), "plan.pdf"))
    owners = dict((a.ref, a.owner) for a in plan.actions)
    assert owners["2.1"] is None and owners["2.2"] is None  # never invented
    assert owners["1.2"] == "Principal Social Worker"
    said = [w for w in plan.warnings if w.code == "plan_lead_refs_unknown"]
    assert len(said) == 1 and "2.7" in said[0].message


def test_a_line_wrapped_into_paragraphs_of_its_own() -> None:
    texts = [
        "Responsible officers: Head of Service, Children in Care (2.1); Principal Social",
        "Worker (2.3).",
        "Recommendation 3",
    ]
    found = lead_line_at(texts)
    assert found is not None
    line, used = found
    assert used == 2
    assert line.owners == (
        ("Head of Service, Children in Care", ("2.1",)),
        ("Principal Social Worker", ("2.3",)),
    )
    # a labelled owner with no refs in brackets is one owner, not this kind of line
    assert read_lead_line("Lead officer: Head of Early Help") is None
    # words in brackets after a name are a note on it, no refs
    assert read_lead_line("Lead officer: Head of Early Help (interim)") is None


def test_the_word_document_read_directly(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Children's Services Improvement Plan", 1)
    for number, text in RECS:
        d.add_heading(f"Recommendation {number}", 2)
        d.add_paragraph().add_run(text).italic = True
        table = d.add_table(rows=1 + len(ROWS[number]), cols=4)
        table.style = "Table Grid"
        for c, label in enumerate(["Ref", "Action", "Due", "Status"]):
            table.cell(0, c).text = label
        for r, row in enumerate(ROWS[number], start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        d.add_paragraph(LINES[number])
    path = tmp_path / "plan.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [(a.ref, a.owner) for a in result.actions] == OWNERS


def test_a_year_or_an_extension_in_brackets_is_no_ref() -> None:
    # 'Head of Service (2024/25)' or '(x4021)' notes the name: no owner line of refs, so no
    # owner is taken from the section and no false warning is given
    assert read_lead_line("Lead officer: Head of Service (2024/25)") is None
    assert read_lead_line("Responsible officer: Jane Smith (x4021)") is None


def test_one_owner_with_a_bracket_no_table_prints_owns_its_table_and_is_warned() -> None:
    # 'Lead officer: Head of Virtual School (Q3)': a quarter after the one name, no ref of any
    # table: the line is a section's owner line, its table's actions take the name, and the
    # reading is warned; the other table keeps the owners its own line gives by ref
    for above in (False, True):
        lines = {**LINES, "2": "Lead officer: Head of Virtual School (Q3)."}
        plan = extract_plan(parse_pdf_bytes(_pdf(lines, above=above), "plan.pdf"))
        owners = {a.ref: a.owner for a in plan.actions}
        assert owners["2.1"] == owners["2.2"] == "Head of Virtual School"
        assert owners["1.2"] == "Principal Social Worker"
        said = [w for w in plan.warnings if w.code == "plan_lead_refs_unknown"]
        assert len(said) == 1 and "(Q3)" in said[0].message and "2 actions" in said[0].message
