"""Which recommendation each action answers, on layouts that say it in other ways.

Each plan is built the way a council's tool prints it: a progress report with a heading per
recommendation ('Recommendation 2 of 3: ...') over actions numbered 'A2.1'; the findings listed
once at the top ('Area for improvement 1: ...') and a finding-number column in the action table
that prints its number beside one action of each group; a findings sheet (No. | What inspectors
found, the numbers at the foot of their rows, no rules) and an action sheet joined to it by a
finding-number column, printed and read straight from the workbook; a tracker repeating its
recommendation's text in every row. The assertions are the numbers and texts a reader sees.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.plan_recommendations import (
    RecommendationIndex,
    heading,
    join_label_headings,
    listed_in_raw,
    provenance,
)
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf, parse_pdf_bytes

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12)

RECS = [
    "Improve the regularity and quality of management oversight and reflective supervision "
    "for social workers in the assessment teams",
    "Strengthen the response to children who go missing from home or care, so that return "
    "home interviews are offered promptly",
    "Increase the range of suitable accommodation for care leavers and improve the quality of "
    "pathway plans",
]
ACTIONS = [  # recommendation number, action, owner, due
    (1, "Audit twelve supervision records each month and report the themes", "HoS Fostering",
     "Dec 2025"),
    (1, "Publish a revised supervision standard with a four-weekly minimum", "AD Safeguarding",
     "Mar 2026"),
    (1, "Train all team managers in reflective supervision", "Principal SW", "Jun 2026"),
    (2, "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Group Manager, MASH", "Sep 2025"),
    (2, "Commission an independent return home interview service", "DCS", "Jan 2026"),
    (3, "Set up a care leavers' hub with drop-in advice on housing and money",
     "Team Manager, Care Leavers", "Apr 2026"),
    (3, "Agree a joint housing protocol with district councils", "AD Safeguarding", "Jul 2026"),
]  # fmt: skip
INTRO = (
    "This plan sets out how Fenmarsh Council will answer the findings of Ofsted's inspection of "
    "its children's services. Progress is reported to the Improvement Board every month."
)


def _build(path: Path, story: list[object]) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40)
    doc.build([Paragraph("Fenmarsh Council: Improvement Plan 2025-26", TITLE), Spacer(1, 8),
               Paragraph(INTRO, BODY), Spacer(1, 10), *story])  # fmt: skip
    return path


def _table(header: list[str], rows: list[list[str]], widths: list[float], style: list) -> Table:  # type: ignore[type-arg]
    data = [[Paragraph(h, HEAD) for h in header]]
    data += [[Paragraph(c, CELL) for c in row] for row in rows]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


def _links(plan: PlanExtraction) -> list[tuple[str | None, list[str | None]]]:
    """(action ref, the printed numbers of the recommendations it answers) in order."""
    number = {r.id: r.number for r in plan.recommendations}
    return [(a.ref, [number[x] for x in a.recommendations]) for a in plan.actions]


def _recs(plan: PlanExtraction) -> list[tuple[str | None, str]]:
    return [(r.number, r.text) for r in plan.recommendations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recommendation 2 of 3: " + RECS[1], ("2", RECS[1])),
        ("Ofsted recommendation 3 – " + RECS[2], ("3", RECS[2])),
        ("Inspection recommendation 1: Supervision", ("1", "Supervision")),
        ("Area for improvement 2 of 5: " + RECS[1], ("2", RECS[1])),
        ("2. " + RECS[1], ("2", RECS[1])),
        ("Recommendation 9 is being taken forward by the partnership board", None),
        ("1. Context", None),
        ("What must improve (2): " + RECS[1], ("2", RECS[1])),
        ("Improvement priority 3 – " + RECS[2], ("3", RECS[2])),
        ("Priority 1: " + RECS[0], ("1", RECS[0])),
        ("Improvement priority 1 " + RECS[0], ("1", RECS[0])),  # a slide's label over its text
        (
            "Priority 2 (continued) Children missing from home and care",
            ("2", "Children missing from home and care"),
        ),  # fmt: skip
        ("What must improve (2)", None),  # the label alone: its text is in the next paragraph
        ("(2) " + RECS[1], None),  # a bracketed number needs its label
        # label words no data file lists: a possessive owner, a number word, a symbol first
        ("Reviewers’ finding 4 – " + RECS[0], ("4", RECS[0])),
        ("Peer review point no. 3: " + RECS[2], ("3", RECS[2])),
        ("Ofsted’s recommendation number 2 - " + RECS[1], ("2", RECS[1])),
        ("► Matter to address no. 5 — " + RECS[0], ("5", RECS[0])),
        ("‣ K3 – " + RECS[2], ("K3", RECS[2])),
        ("Rec #2: " + RECS[1], ("2", RECS[1])),  # a sign right against the number
        ("No. 3 – " + RECS[2], ("3", RECS[2])),
        ("Quick wins (within three months)", None),  # a grouping heading carries no number
        ("► Long term (more than a year)", None),
    ],
)
def test_recommendation_labels(text: str, expected: tuple[str, str] | None) -> None:
    assert heading(text) == expected


def test_a_short_name_given_first_takes_the_full_text_given_later() -> None:
    """A priorities-at-a-glance slide or summary sheet names priority 2 in a few words; the
    heading of its own section gives the whole text: the recommendation is the whole text. A
    short title after the whole text (a continued heading) changes nothing."""
    index = RecommendationIndex()
    glance, band = provenance("sha", 2, None, None), provenance("sha", 5, None, None)
    rid = index.add("2", "Care leavers' accommodation and pathway plans", glance)
    assert index.add("2", RECS[2], band) == rid
    assert [(r.number, r.text, r.provenance.page) for r in index.items] == [("2", RECS[2], 5)]
    index.add("2", "Care leavers", provenance("sha", 6, None, None))
    assert [(r.number, r.text, r.provenance.page) for r in index.items] == [("2", RECS[2], 5)]


def test_a_label_alone_over_its_text_reads_as_one_heading(tmp_path: Path) -> None:
    """A Word plan prints each priority's label as a heading ('What must improve (1)') and its
    text in the paragraph under it, above the priority's table: the two read as one heading.
    A paragraph of prose under a label that is no recommendation's stays apart."""
    label = ParagraphStyle("label", parent=H2, fontSize=14, leading=18)
    story: list[object] = [Paragraph("Our plan", label), Paragraph(INTRO, BODY), Spacer(1, 8)]
    for n, rec in enumerate(RECS[:2], start=1):
        rows = [[f"{n}.{k}", text, owner, due] for k, (_, text, owner, due) in
                enumerate([a for a in ACTIONS if a[0] == n], start=1)]  # fmt: skip
        story += [
            Paragraph(f"What must improve ({n})", label), Paragraph(rec, H2), Spacer(1, 4),
            _table(["Ref", "Action", "Lead officer", "Deadline"], rows, [40, 380, 150, 80],
                   [("GRID", (0, 0), (-1, -1), 0.5, "black")]),
            Spacer(1, 10),
        ]  # fmt: skip
    elements = join_label_headings(read_layout(parse_pdf(_build(tmp_path / "plan.pdf", story))))
    found = [h for el in elements if el.table is None and (h := heading(el.text)) is not None]
    assert found == [("1", RECS[0]), ("2", RECS[1])]
    assert any(el.text == "Our plan" for el in elements)


def test_heading_of_n_over_each_table_and_actions_numbered_a1_1(tmp_path: Path) -> None:
    """A progress report: 'Recommendation 2 of 3: ...' above each table, refs 'A2.1'."""
    story: list[object] = []
    for n, rec in enumerate(RECS, start=1):
        story.append(Paragraph(f"Recommendation {n} of {len(RECS)}: {rec}", H2))
        rows = [[f"A{n}.{k}", text, owner, due, "Green"]
                for k, (_, text, owner, due) in enumerate(
                    [a for a in ACTIONS if a[0] == n], start=1)]  # fmt: skip
        story += [
            _table(["Action no.", "Improvement action", "Action owner", "Due by", "Current RAG"],
                   rows, [60, 330, 140, 70, 70], [("GRID", (0, 0), (-1, -1), 0.5, "black")]),
            Spacer(1, 10),
        ]  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "progress.pdf", story)))
    assert _recs(plan) == [("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])]
    assert _links(plan) == [
        ("A1.1", ["1"]), ("A1.2", ["1"]), ("A1.3", ["1"]), ("A2.1", ["2"]), ("A2.2", ["2"]),
        ("A3.1", ["3"]), ("A3.2", ["3"]),
    ]  # fmt: skip


def test_findings_listed_above_a_table_printing_each_finding_number_once(tmp_path: Path) -> None:
    """'Area for improvement 1: ...' paragraphs; the finding column shows its number beside one
    action of each group (a merged cell centred on its rows), refs '1a', '1b'; no rules."""
    story: list[object] = [Paragraph("Inspection findings", H2), Spacer(1, 4)]
    story += [Paragraph(f"Area for improvement {n}: {rec}", BODY) for n, rec in
              enumerate(RECS, start=1)]  # fmt: skip
    story += [Spacer(1, 8), Paragraph("Action plan", H2), Spacer(1, 4)]
    rows, refs = [], []
    for n in range(1, len(RECS) + 1):
        group = [a for a in ACTIONS if a[0] == n]
        for k, (_, text, owner, due) in enumerate(group):
            ref = f"{n}{'abc'[k]}"
            refs.append(ref)
            rows.append([str(n) if k == (len(group) - 1) // 2 else "", ref, text, owner, due])
    story.append(
        _table(["Finding", "Seq.", "Planned change", "Responsible manager", "Completion"], rows,
               [50, 40, 360, 150, 80], [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black")])
    )  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "findings.pdf", story)))
    assert _recs(plan) == [("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])]
    assert _links(plan) == [(ref, [ref[0]]) for ref in refs]


def _findings_sheet(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:  # type: ignore[name-defined]
    """No. | What inspectors found, no rules but under the header; numbers as numbers (Calc
    prints them at the foot of their rows), the findings wrapped at the top."""
    ws.title = "Findings"
    ws.cell(1, 1, "Fenmarsh Council: Post-inspection Action Plan 2025").font = Font(bold=True)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 95
    rule = Border(bottom=Side(style="medium", color="000000"))
    for j, h in enumerate(("No.", "What inspectors found"), start=1):
        ws.cell(3, j, h).font = Font(bold=True)
        ws.cell(3, j).border = rule
    for i, rec in enumerate(RECS):
        ws.cell(4 + i, 1, i + 1)
        ws.cell(4 + i, 2, rec).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[4 + i].height = 26


def _action_sheet(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:  # type: ignore[name-defined]
    ws.title = "Action plan"
    for j, (h, w) in enumerate(zip(("Finding", "Line", "Commitment", "Sponsor", "Expected by"),
                                   (8, 7, 50, 26, 14), strict=True), start=1):  # fmt: skip
        ws.cell(1, j, h).font = Font(bold=True)
        ws.column_dimensions["ABCDE"[j - 1]].width = w
    seen: dict[int, int] = {}
    for i, (n, text, owner, due) in enumerate(ACTIONS, start=2):
        seen[n] = seen.get(n, 0) + 1
        for j, v in enumerate((n, f"{n}.{seen[n]}", text, owner, due), start=1):
            ws.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    _findings_sheet(wb.active)
    _action_sheet(wb.create_sheet("Action plan"))
    wb.save(path)
    return path


EXPECTED_DOTTED = [("1.1", ["1"]), ("1.2", ["1"]), ("1.3", ["1"]), ("2.1", ["2"]),
                   ("2.2", ["2"]), ("3.1", ["3"]), ("3.2", ["3"])]  # fmt: skip


def test_findings_sheet_joined_through_a_finding_number_column_read_from_the_workbook(
    tmp_path: Path,
) -> None:
    result = extract_file(_workbook(tmp_path / "findings.xlsx"))
    assert [(r.number, r.text) for r in result.recommendations] == [
        ("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2]),
    ]  # fmt: skip
    number = {r.id: r.number for r in result.recommendations}
    assert [(a.ref, [number[x] for x in a.recommendations]) for a in result.actions] == (
        EXPECTED_DOTTED
    )


def test_findings_as_two_unruled_columns_numbers_at_the_foot_of_their_rows(tmp_path: Path) -> None:
    """The findings sheet as a spreadsheet prints it: no rules, each number at the bottom of a
    tall row beside its finding at the top; then the action table with its finding column."""
    findings = Table(
        [[Paragraph("No.", HEAD), Paragraph("What inspectors found", HEAD)]]
        + [[Paragraph(str(n), CELL), Paragraph(rec, CELL)] for n, rec in enumerate(RECS, 1)],
        colWidths=[40, 600],
        rowHeights=[14] + [30] * len(RECS),
        style=TableStyle([("VALIGN", (0, 1), (0, -1), "BOTTOM"), ("VALIGN", (1, 1), (1, -1), "TOP"),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black")]),
    )  # fmt: skip
    rows: list[list[str]] = []
    seen: dict[int, int] = {}
    for n, text, owner, due in ACTIONS:
        seen[n] = seen.get(n, 0) + 1
        rows.append([str(n), f"{n}.{seen[n]}", text, owner, due])
    actions = _table(["Finding", "Line", "Commitment", "Sponsor", "Expected by"], rows,
                     [50, 40, 360, 150, 80], [("LINEBELOW", (0, 0), (-1, 0), 0.8, "black")])  # fmt: skip
    plan = extract_plan(
        parse_pdf(_build(tmp_path / "sheet.pdf", [findings, Spacer(1, 20), actions]))
    )
    assert _recs(plan) == [("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])]
    assert _links(plan) == EXPECTED_DOTTED


def test_tracker_repeating_its_recommendation_text_in_every_row(tmp_path: Path) -> None:
    """Each row repeats its recommendation's text, labelled '1. ...'; a row of recommendation 1
    after those of 2 (a tracker sorted by owner) is recommendation 1 again, not a fourth."""
    order = [0, 1, 3, 4, 2, 5, 6]  # the third action of recommendation 1 after recommendation 2's
    rows: list[list[str]] = []
    seen: dict[int, int] = {}
    for i in order:
        n, text, owner, due = ACTIONS[i]
        seen[n] = seen.get(n, 0) + 1
        label = f"{n}. " if i != 2 else ""  # one row prints the text with no label
        rows.append([f"A{n}.{seen[n] if i != 2 else 3}", label + RECS[n - 1], text, owner, due])
    story = [_table(["Action no.", "Recommendation", "Work required", "Action owner", "Due by"],
                    rows, [55, 250, 250, 120, 60], [("GRID", (0, 0), (-1, -1), 0.5, "black")])]  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "tracker.pdf", story)))
    assert _recs(plan) == [("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])]
    assert _links(plan) == [
        ("A1.1", ["1"]), ("A1.2", ["1"]), ("A2.1", ["2"]), ("A2.2", ["2"]), ("A1.3", ["1"]),
        ("A3.1", ["3"]), ("A3.2", ["3"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("ref_form", "numbers"),
    [("A{n}.{k}", ["1", "2", "3"]), ("R{n}.{k}", ["R1", "R2", "R3"])],
)
def test_lane_label_r1_is_recommendation_1_where_the_refs_say_so(
    tmp_path: Path, ref_form: str, numbers: list[str]
) -> None:
    """'R1 ...' over each table: with refs 'A1.2' the R is a label (recommendation 1); with refs
    'R1.2' it is part of the plan's numbering and stays."""
    story: list[object] = []
    for n, rec in enumerate(RECS, start=1):
        story.append(Paragraph(f"R{n} {rec}", H2))
        group = [a for a in ACTIONS if a[0] == n]
        rows = [[ref_form.format(n=n, k=k), text, owner, due]
                for k, (_, text, owner, due) in enumerate(group, start=1)]  # fmt: skip
        story += [
            _table(["Action no.", "Improvement action", "Action owner", "Due by"], rows,
                   [60, 360, 150, 80], [("GRID", (0, 0), (-1, -1), 0.5, "black")]),
            Spacer(1, 10),
        ]  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "lanes.pdf", story)))
    assert _recs(plan) == list(zip(numbers, RECS, strict=True))
    assert [nums for _, nums in _links(plan)] == [[numbers[a[0] - 1]] for a in ACTIONS]


def test_recommendations_named_as_such_listed_above_an_unnumbered_table(tmp_path: Path) -> None:
    """'Recommendation 1 – ...' items need no number column to be read; a plain '1) ...' list
    above a table that names no recommendation stays prose."""
    rows = [[text, owner, due] for _, text, owner, due in ACTIONS]

    def plan(label: str) -> PlanExtraction:
        story: list[object] = [Paragraph("Inspection findings", H2), Spacer(1, 4)]
        story += [Paragraph(label.format(n=n) + rec, BODY) for n, rec in enumerate(RECS, 1)]
        story += [
            Spacer(1, 8),
            _table(["Planned change", "Responsible manager", "Completion"], rows,
                   [400, 150, 80], [("GRID", (0, 0), (-1, -1), 0.5, "black")]),
        ]  # fmt: skip
        return extract_plan(parse_pdf(_build(tmp_path / f"{label[:3]}.pdf", story)))

    named = plan("Recommendation {n} – ")
    assert _recs(named) == [("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])]
    assert [a.recommendations for a in named.actions] == [[]] * len(ACTIONS)
    assert _recs(plan("{n}) ")) == []


def test_heading_with_the_label_of_a_confirmed_one_is_a_section_without_a_table(
    tmp_path: Path,
) -> None:
    """'Area for improvement 2: ...' has no table yet; its label and style are those of
    'Area for improvement 1: ...' above a table, so it is a recommendation too."""
    story: list[object] = []
    for n, rec in enumerate(RECS, start=1):
        story.append(Paragraph(f"Area for improvement {n}: {rec}", H2))
        if n == 2:
            story.append(Paragraph("Actions will be agreed at the next Improvement Board.", BODY))
            continue
        rows = [[text, owner, due] for m, text, owner, due in ACTIONS if m == n]
        story += [
            _table(["Planned change", "Responsible manager", "Completion"], rows,
                   [400, 150, 80], [("GRID", (0, 0), (-1, -1), 0.5, "black")]),
            Spacer(1, 10),
        ]  # fmt: skip
    plan = extract_plan(parse_pdf(_build(tmp_path / "afi.pdf", story)))
    assert _recs(plan) == [("1", RECS[0]), ("2", RECS[1]), ("3", RECS[2])]
    assert [nums for _, nums in _links(plan)] == [[str(a[0])] for a in ACTIONS if a[0] != 2]


def test_a_name_of_the_plans_own_may_close_its_number_with_a_bracket() -> None:
    """'Priority for action 1) ...': a capitalised name, its number, a closing bracket; a full
    stop after a word and a number may end a sentence and opens no heading."""
    text = "Priority for action 1) Increase the range of suitable accommodation for care leavers"
    assert heading(text) == ("1", "Increase the range of suitable accommodation for care leavers")
    assert heading("Stage 2. Then we will review all the plans") is None


def _summary_sheet_pdf() -> bytes:
    """A monitoring workbook's summary sheet: a row per recommendation, stated with its label,
    then counts of its actions by status, and a total row."""

    def rec(n: int, text: str, *counts: str) -> list[object]:
        return [Paragraph(f"Priority for action {n}) {text}", CELL), *counts]

    rows = [
        ["Area of inspection", "Green", "Amber", "Red", "Total"],
        rec(1, "Improve the timeliness of initial health assessments for children in care",
            "2", "1", "0", "3"),
        rec(2, "Strengthen management oversight of casework in the assessment teams",
            "1", "1", "1", "3"),
        rec(3, "Increase the range of suitable homes for care leavers", "0", "2", "0", "2"),
        ["All recommendations", "3", "4", "1", "8"],
    ]  # fmt: skip
    buf = io.BytesIO()
    t = Table(rows, colWidths=[300, 50, 50, 50, 50])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([t])
    return buf.getvalue()


def test_a_summary_sheet_of_labelled_recommendations_and_counts_lists_them() -> None:
    [el] = [e for e in read_layout(parse_pdf_bytes(_summary_sheet_pdf(), "summary.pdf"))
            if e.raw is not None]  # fmt: skip
    assert [(n, t) for n, t, _ in listed_in_raw(el, "")] == [
        ("1", "Improve the timeliness of initial health assessments for children in care"),
        ("2", "Strengthen management oversight of casework in the assessment teams"),
        ("3", "Increase the range of suitable homes for care leavers"),
    ]


def test_quoted_recommendation_after_its_number() -> None:
    """A label and number, then the recommendation between quotation marks: the marks are no
    part of its text."""
    assert heading(
        "Area of weakness 2 \u201cImprove the timeliness of education, health and care plans\u201d"
    ) == ("2", "Improve the timeliness of education, health and care plans")


def _weakness_statement_pdf() -> bytes:
    """A written statement of action: per area of weakness a bold label alone, the
    recommendation quoted under it, then a ruled table of its actions."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story: list[object] = [Paragraph("Written Statement of Action (SEND)", TITLE), Spacer(1, 8)]
    areas = [
        ("1", "Raise the quality of assessments so that they reflect each child's needs",
         [("1.1", "Redesign the plan template with outcomes in plain language", "Lead: Head of SEND",
           "March 2027")]),
        ("2", "Improve the timeliness of education, health and care plans for children",
         [("2.1", "Add two caseworkers to the assessment team for a year", "Lead: SEND Manager",
           "June 2026")]),
    ]  # fmt: skip
    for n, rec, rows in areas:
        story += [Paragraph(f"Area of weakness {n}", H2), Paragraph(f"\u201c{rec}\u201d", BODY)]
        data = [[Paragraph(h, HEAD) for h in ("Ref", "Action", "Lead", "Due")]]
        data += [[Paragraph(c, CELL) for c in row] for row in rows]
        t = Table(data, colWidths=[40, 360, 150, 90])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
        story += [Spacer(1, 4), t, Spacer(1, 10)]
    doc.build(story)
    return buf.getvalue()


def test_area_of_weakness_quotes_its_recommendation() -> None:
    plan = extract_plan(parse_pdf_bytes(_weakness_statement_pdf(), "wsoa.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", "Raise the quality of assessments so that they reflect each child's needs"),
        ("2", "Improve the timeliness of education, health and care plans for children"),
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[x] for x in a.recommendations]) for a in plan.actions] == [
        ("1.1", ["1"]),
        ("2.1", ["2"]),
    ]


def _boxed_list_pdf() -> bytes:
    """The recommendations listed once in a box ruled round them: one cell, one line (or two,
    wrapped) per labelled recommendation."""
    buf = io.BytesIO()
    style = ParagraphStyle("cell", fontSize=9, leading=11)
    cell = [
        Paragraph("Recommendation 1. Improve the timeliness of initial health assessments", style),
        Paragraph("Recommendation 2. Strengthen management oversight of casework in the "
                  "assessment teams so that plans are reviewed every month", style),
        Paragraph("Recommendation 3. Increase the range of suitable homes for care leavers", style),
    ]  # fmt: skip
    t = Table([[cell]], colWidths=[300])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([t])
    return buf.getvalue()


def test_a_list_boxed_in_one_cell_is_read_item_by_item() -> None:
    """A box of stacked 'Recommendation n. ...' lines is a list, not one heading of them all."""
    [el] = [e for e in read_layout(parse_pdf_bytes(_boxed_list_pdf(), "boxed.pdf"))
            if e.raw is not None]  # fmt: skip
    assert [(n, t) for n, t, _ in listed_in_raw(el, "")] == [
        ("1", "Improve the timeliness of initial health assessments"),
        ("2", "Strengthen management oversight of casework in the assessment teams so that "
              "plans are reviewed every month"),
        ("3", "Increase the range of suitable homes for care leavers"),
    ]  # fmt: skip


def _titled_box_pdf(title: str) -> bytes:
    """One framed cell: a title line over stacked 'Recommendation n. ...' paragraphs."""
    buf = io.BytesIO()
    style = ParagraphStyle("cell", fontSize=9, leading=11)
    cell = [Paragraph(f"<b>{title}</b>", style)] + [
        Paragraph(f"Recommendation {n}. {text}", style) for n, text in BOXED
    ]
    t = Table([[cell]], colWidths=[300])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([t])
    return buf.getvalue()


BOXED = [
    ("1", "Improve the timeliness of initial health assessments"),
    ("2", "Increase the range of suitable homes for care leavers"),
]


def test_a_boxed_list_under_its_title_is_read_item_by_item() -> None:
    """A framed list may print a short title over its items ('Key: the recommendations'): the
    title is a row of its own, no part of the first item; a paragraph over the items (a
    sentence, not a title) still makes the box no list."""
    [el] = [e for e in read_layout(parse_pdf_bytes(_titled_box_pdf("Key: the recommendations"),
            "titled.pdf")) if e.raw is not None]  # fmt: skip
    assert [(n, t) for n, t, _ in listed_in_raw(el, "")] == BOXED
    prose = "These are the two recommendations the inspectors made after their visit in May"
    [el] = [e for e in read_layout(parse_pdf_bytes(_titled_box_pdf(prose), "prose.pdf"))
            if e.raw is not None]  # fmt: skip
    assert listed_in_raw(el, "") == []


def test_labelled_and_lettered_numbers_renumber_by_one_step() -> None:
    from plantrace.extractors.rec_table_numbers import unlabel_table_numbers

    prov = provenance("sha", 1, None, None)
    table = RecommendationIndex()  # a 'Rec' column: 'Rec 1', 'Rec 2'
    for n in ("Rec 1", "Rec 2"):
        table.add(n, f"Recommendation text {n}", prov)
    unlabel_table_numbers(table)
    assert [r.number for r in table.items] == ["1", "2"]
    assert table.by_number == {"1": "r1", "2": "r2"}
    lettered = RecommendationIndex()  # 'R1', 'R2' and refs that number them '1.1', '2.1'
    for n in ("R1", "R2"):
        lettered.add(n, f"Recommendation text {n}", prov)
    lettered.unlabel_numbers(["1.1", "2.1"])
    assert [r.number for r in lettered.items] == ["1", "2"]
    assert lettered.by_number == {"1": "r1", "2": "r2"}
    lettered.renumber(["3", "4"])
    assert (lettered.by_number, [r.number for r in lettered.items]) == (
        {"3": "r1", "4": "r2"}, ["3", "4"]
    )  # fmt: skip
