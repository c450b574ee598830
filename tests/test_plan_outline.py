"""Recommendations stated by the shape of a plan rather than by a table of their own.

An outline (a project tool's export, a work breakdown kept as an indented list) states each
recommendation as a parent row, bold and set out left of the rows indented under it; and a list
of lettered codes run into one paragraph ('F1 – ...', 'F2 – ...') numbers them 1, 2, 3 with the
letter as their label. Layouts here differ in words, column order and labels from any generated
family.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import ACTION_TABLE, read_layout
from plantrace.extractors.plan_recommendations import (
    OutlineRow,
    RecommendationIndex,
    outline_rows,
    provenance,
)
from plantrace.pipeline.reader import parse_pdf

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
PARENT = ParagraphStyle("parent", parent=CELL, fontName="Helvetica-Bold")
TOP = ParagraphStyle("top", parent=PARENT, leftIndent=0)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12)

FINDINGS = [
    "Make sure that every child subject to a child protection plan is seen alone and that "
    "their views are recorded",
    "Improve the consistency of management oversight so that drift in plans for children in "
    "need is identified quickly",
    "Strengthen the quality of pathway plans so that care leavers know what support they can "
    "expect",
]
TASKS = [  # finding number, activity, lead, finish
    (1, "Add a seen-alone field to the visit record and report it weekly", "Head of Service",
     "14/11/2025"),
    (1, "Run practice workshops on direct work with younger children", "Principal Social Worker",
     "30/01/2026"),
    (2, "Introduce a six-weekly case review for every plan over six months old", "Team Manager",
     "27/02/2026"),
    (2, "Audit management oversight in twenty cases each quarter", "Quality Assurance Lead",
     "31/03/2026"),
    (3, "Rewrite the pathway plan template with care leavers", "Service Manager",
     "15/05/2026"),
    (3, "Train personal advisers in the new pathway plan", "Practice Educator", "30/06/2026"),
]  # fmt: skip


def _build(path: Path, story: list[object]) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40)
    doc.build([Paragraph("Harlow Fen Council: children's services delivery plan", TITLE),
               Spacer(1, 10), *story])  # fmt: skip
    return path


def _links(plan: PlanExtraction) -> list[tuple[str | None, list[str | None]]]:
    number = {r.id: r.number for r in plan.recommendations}
    return [(a.ref, [number[x] for x in a.recommendations]) for a in plan.actions]


def _outline(tmp_path: Path, label: str, names: bool = False) -> Path:
    """A work breakdown: lead and finish before the activity, a programme row on top, each
    finding a bold row with a rolled-up finish, its activities indented under it."""
    child = ParagraphStyle("child", parent=CELL, leftIndent=14)
    nested = ParagraphStyle("nested", parent=PARENT, leftIndent=7)
    rows: list[list[object]] = [
        [Paragraph(h, HEAD) for h in ("Step no.", "Lead", "Finish", "Activity")],
        [Paragraph(c, TOP) for c in ("1", "", "30/06/2026")]
        + [Paragraph("Harlow Fen delivery programme 2025-26", TOP)],
    ]
    step = 2
    for n, finding in enumerate(FINDINGS, start=1):
        last = max(due for k, _, _, due in TASKS if k == n)
        stated = label.format(n=n) + ("" if names else finding)
        rows.append([Paragraph(str(step), PARENT), "", Paragraph(last, PARENT),
                     Paragraph(stated, nested)])  # fmt: skip
        step += 1
        for k, text, lead, due in TASKS:
            if k == n:
                rows.append([str(step), lead, due, Paragraph(text, child)])
                step += 1
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1),
                        "TOP")])  # fmt: skip
    table = Table(rows, colWidths=[50, 140, 70, 480], repeatRows=1, style=style)
    return _build(tmp_path / "outline.pdf", [table])


def test_outline_parent_rows_state_the_recommendations_they_head(tmp_path: Path) -> None:
    """The programme row heads everything and states no recommendation; each 'Finding 2: ...'
    row states one; the indented activities are no parents."""
    doc = parse_pdf(_outline(tmp_path, "Finding {n}: "))
    table = next(el.table for el in read_layout(doc) if el.table and el.table.kind == ACTION_TABLE)
    found = outline_rows(table.rows, table.col("action"))
    assert found == {
        0: OutlineRow(found=None, closes=False),
        1: OutlineRow(found=("1", FINDINGS[0]), closes=False),
        4: OutlineRow(found=("2", FINDINGS[1]), closes=False),
        7: OutlineRow(found=("3", FINDINGS[2]), closes=False),
    }


def test_a_coded_parent_row_is_numbered_by_its_digits(tmp_path: Path) -> None:
    """'F2 – ...' in an outline: the letter labels finding 2."""
    doc = parse_pdf(_outline(tmp_path, "F{n} – "))
    table = next(el.table for el in read_layout(doc) if el.table and el.table.kind == ACTION_TABLE)
    found = outline_rows(table.rows, table.col("action"))
    assert [v.found[0] for v in found.values() if v.found] == ["1", "2", "3"]


def test_a_plain_table_has_no_outline(tmp_path: Path) -> None:
    """Every activity starting at its cell's edge, none bold: no row heads another."""
    rows = [[Paragraph(h, HEAD) for h in ("Ref", "Activity", "Lead", "Finish")]]
    rows += [[f"{k}.{i}", Paragraph(t, CELL), lead, due]
             for i, (k, t, lead, due) in enumerate(TASKS, start=1)]  # fmt: skip
    table = Table(
        rows, colWidths=[50, 450, 140, 70], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]
    )
    doc = parse_pdf(_build(tmp_path / "plain.pdf", [table]))
    read = next(el.table for el in read_layout(doc) if el.table and el.table.kind == ACTION_TABLE)
    assert outline_rows(read.rows, read.col("action")) == {}


def test_coded_findings_run_into_one_paragraph_are_numbered_by_their_digits(
    tmp_path: Path,
) -> None:
    """'F1 – ...<br/>F2 – ...' above a log whose link column names 'F2', '3' or 'Finding 1':
    three findings numbered 1, 2, 3, each action linked by whichever form its cell prints."""
    listing = "<br/>".join(f"F{n} – {text}" for n, text in enumerate(FINDINGS, start=1))
    links = ["F1", "Finding 1", "2", "F2", "F3", "3"]
    header = ("Entry", "Lead", "What will be done", "Addresses recommendation", "By")
    rows = [[Paragraph(h, HEAD) for h in header]]
    for i, ((_, text, lead, due), link) in enumerate(zip(TASKS, links, strict=True), start=1):
        rows.append([f"E{i:02d}", lead, Paragraph(text, CELL), link, due])
    table = Table(rows, colWidths=[45, 130, 400, 60, 70], repeatRows=1,
                  style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])  # fmt: skip
    story = [Paragraph("What the inspectors found", HEAD), Paragraph(listing, BODY),
             Spacer(1, 10), table]  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "log.pdf", story)))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", FINDINGS[0]), ("2", FINDINGS[1]), ("3", FINDINGS[2]),
    ]  # fmt: skip
    assert _links(plan) == [
        ("E01", ["1"]), ("E02", ["1"]), ("E03", ["2"]), ("E04", ["2"]), ("E05", ["3"]),
        ("E06", ["3"]),
    ]  # fmt: skip


def test_a_lettered_link_finds_a_recommendation_numbered_bare() -> None:
    """'R2' names recommendation 2 where no number carries a letter; 'K2' does not where
    the numbers are coded with another letter."""
    prov = provenance("0" * 64, 1, None, None)
    index = RecommendationIndex()
    for n in ("1", "2"):
        index.add(n, FINDINGS[int(n) - 1], prov)
    assert index.ids_for("R2") == ["r2"]
    coded = RecommendationIndex()
    coded.add("P1", FINDINGS[0], prov)
    assert coded.ids_for("K1") == []


@pytest.mark.parametrize("label", ["Area for improvement {n}:", "F{n} –"])
def test_an_annex_paragraph_number_before_the_label_and_a_wrapped_heading(
    tmp_path: Path, label: str
) -> None:
    """'C1. Area for improvement 1: ...' in an appendix: 'C1.' numbers the appendix's
    paragraph, the label's number is the finding's; the label in bold and the sentence running
    on in body type onto a second line read as one heading, so the text is whole."""
    wide = ParagraphStyle("wide", parent=BODY, fontSize=10.5, leading=13)
    story: list[object] = [Paragraph("Appendix C: delivery plan", HEAD), Spacer(1, 6)]
    for n, finding in enumerate(FINDINGS, start=1):
        stated = f"C{n}. " + label.format(n=n)
        story.append(Paragraph(f"<b>{stated}</b> {finding} {finding.lower()}", wide))
        rows = [[Paragraph(h, HEAD) for h in ("No.", "Planned change", "Lead", "By")]]
        rows += [[f"{n}.{i}", Paragraph(text, CELL), lead, due]
                 for i, (_, text, lead, due) in enumerate(
                     [t for t in TASKS if t[0] == n], start=1)]  # fmt: skip
        story += [Table(rows, colWidths=[40, 420, 140, 70],
                        style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]), Spacer(1, 8)]  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "annex.pdf", story)))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), f"{f} {f.lower()}") for n, f in enumerate(FINDINGS, start=1)
    ]
    assert [links for _, links in _links(plan)] == [[str(t[0])] for t in TASKS]


def test_an_outline_printed_without_its_indents_is_read_from_its_labels(tmp_path: Path) -> None:
    """A schedule whose summary rows are set like any other row, no indent, no bold: the rows
    stating 'Recommendation 2 – ...' head the tasks after them and are no actions."""
    rows = [[Paragraph(h, HEAD) for h in ("No", "Task", "Assigned to", "Finish", "Done")]]
    step = 1
    for n, finding in enumerate(FINDINGS, start=1):
        last = max(due for k, _, _, due in TASKS if k == n)
        rows.append([str(step), Paragraph(f"Recommendation {n} – {finding}", CELL), "", last,
                     "40%"])  # fmt: skip
        step += 1
        for k, text, lead, due in TASKS:
            if k == n:
                rows.append([str(step), Paragraph(text, CELL), lead, due, "50%"])
                step += 1
    table = Table(rows, colWidths=[35, 430, 150, 70, 45], repeatRows=1,
                  style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "flat.pdf", [table])))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", FINDINGS[0]), ("2", FINDINGS[1]), ("3", FINDINGS[2]),
    ]  # fmt: skip
    assert [(a.text, links) for a, (_, links) in zip(plan.actions, _links(plan), strict=True)] == [
        (text, [str(k)]) for k, text, _, _ in TASKS
    ]


def test_rows_that_each_name_their_recommendation_are_actions_not_an_outline(
    tmp_path: Path,
) -> None:
    """Every action row opening 'Priority 1: ...': no row heads another."""
    rows = [[Paragraph(h, HEAD) for h in ("Task", "Assigned to", "Finish")]]
    rows += [[Paragraph(f"Priority {k}: {text}", CELL), lead, due] for k, text, lead, due in TASKS]
    table = Table(rows, colWidths=[480, 150, 70], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])
    doc = parse_pdf(_build(tmp_path / "named.pdf", [table]))
    read = next(el.table for el in read_layout(doc) if el.table and el.table.kind == ACTION_TABLE)
    assert outline_rows(read.rows, read.col("action")) == {}


def test_outline_parents_stating_recommendations_without_a_label(tmp_path: Path) -> None:
    """Bold parents that are sentences with no label or number, under the programme's own
    row: recommendations 1, 2, 3 in order, their activities linked to them."""
    plan = extract_plan(parse_pdf(_outline(tmp_path, "")))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", FINDINGS[0]), ("2", FINDINGS[1]), ("3", FINDINGS[2]),
    ]  # fmt: skip
    assert [(a.text, links) for a, (_, links) in zip(plan.actions, _links(plan), strict=True)] == [
        (text, [str(k)]) for k, text, _, _ in TASKS
    ]


def test_outline_parents_naming_workstreams_state_no_recommendation(tmp_path: Path) -> None:
    """Short names ('Workstream: front door') head their activities but are no sentences."""
    doc = parse_pdf(_outline(tmp_path, "Workstream {n}", names=True))
    table = next(el.table for el in read_layout(doc) if el.table and el.table.kind == ACTION_TABLE)
    found = outline_rows(table.rows, table.col("action"))
    assert sorted(found) == [0, 1, 4, 7]
    assert all(v.found is None for v in found.values())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2b", ["r2"]), ("Recs 1a and 2c", ["r1", "r2"]), ("2.1 / 1", ["r2", "r1"]),
     ("3rd quarter", []), ("1st", [])],
)  # fmt: skip
def test_a_link_naming_a_part_of_a_recommendation_names_it(cell: str, expected: list[str]) -> None:
    """'2b' (part b of recommendation 2) links to 2; an ordinal is no link."""
    prov = provenance("0" * 64, 1, None, None)
    index = RecommendationIndex()
    for n in ("1", "2"):
        index.add(n, FINDINGS[int(n) - 1], prov)
    assert index.ids_for(cell) == expected


def test_an_action_with_sub_steps_indented_under_it_heads_no_section(tmp_path: Path) -> None:
    """Bold actions naming their own lead, sub-steps indented under them: the actions are
    work, not summaries, whatever their shape."""
    child = ParagraphStyle("child", parent=CELL, leftIndent=14)
    rows: list[list[object]] = [[Paragraph(h, HEAD) for h in ("Lead", "Activity", "Finish")]]
    for k, text, lead, due in TASKS[::2]:
        rows.append([Paragraph(lead, PARENT), Paragraph(text, PARENT), Paragraph(due, PARENT)])
        rows.append([lead, Paragraph(f"Agree the scope of step {k} with partners", child), due])
        rows.append([lead, Paragraph(f"Report step {k} to the board when it is done", child), due])
    table = Table(rows, colWidths=[140, 480, 70], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])
    doc = parse_pdf(_build(tmp_path / "steps.pdf", [table]))
    read = next(el.table for el in read_layout(doc) if el.table and el.table.kind == ACTION_TABLE)
    assert sorted(outline_rows(read.rows, read.col("action"))) == [0, 3, 6]  # shape alone
    assert outline_rows(read.rows, read.col("action"), read.col("owner")) == {}


def test_coded_headings_over_tables_numbered_by_nothing_else_are_their_digits(
    tmp_path: Path,
) -> None:
    """'F2 – ...' over each table, refs 'AP-01' that number no finding, no link column: the
    letter labels finding 2; a ref carrying the code ('F2') would keep it."""

    def plan(refs: list[str]) -> PlanExtraction:
        story: list[object] = []
        for n, finding in enumerate(FINDINGS, start=1):
            story.append(Paragraph(f"<b>F{n} – {finding}</b>", BODY))
            rows = [[Paragraph(h, HEAD) for h in ("Ref", "Planned change", "Lead", "By")]]
            rows += [[refs[i], Paragraph(t, CELL), lead, due]
                     for i, (k, t, lead, due) in enumerate(TASKS) if k == n]  # fmt: skip
            story += [Table(rows, colWidths=[50, 420, 140, 70],
                            style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]), Spacer(1, 8)]  # fmt: skip
        return extract_plan(parse_pdf(_build(tmp_path / f"{refs[0]}.pdf", story)))

    plain = plan([f"AP-{i:02d}" for i in range(1, len(TASKS) + 1)])
    assert [r.number for r in plain.recommendations] == ["1", "2", "3"]
    assert [links for _, links in _links(plain)] == [[str(t[0])] for t in TASKS]
    coded = plan([f"F{k}-{i}" for i, (k, *_) in enumerate(TASKS, start=1)])
    assert [r.number for r in coded.recommendations] == ["F1", "F2", "F3"]
