"""A workbook with a traceability matrix: a 'Recommendations' sheet ('Rec. 2 | text | A02, A04')
and an action plan sheet whose rows carry no link of their own, only report paragraph numbers,
its actions grouped under merged workstream banners.

The recommendations sheet is read as the recommendations, not as actions; each action answers
the recommendations whose rows list its ref, never what its paragraph number or its banner
says; an action no row lists answers none, and that is said (rec_action_list_unmatched).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from plantrace.pipeline.extract import extract_file

RECS = [
    ["Ofsted rec.", "Recommendation", "Addressed by actions"],
    ["Rec. 1", "Ensure that strategy discussions involve police, health and social care", "A01, A03"],
    ["Rec. 2", "Improve the timeliness of education, health and care plans for children", "A02"],
    ["Rec. 3", "Raise the quality of assessments and plans for children in need", "A04, A01"],
]  # fmt: skip
PLAN = [
    ["Ref.", "Action", "Owner", "Target date", "RAG status", "Ofsted report para."],
    ["Workstream 1: Practice quality - workstream lead Yusra Bell"],
    ["A01", "Set up a daily virtual strategy meeting slot for partners", "Head of Service",
     "5 December 2026", "Green", "2"],
    ["A02", "Review every education, health and care plan older than a year",
     "Head of Virtual School", "13 November 2027", "Amber", "3"],
    ["Workstream 2: Partnerships - workstream lead Tom Reed"],
    ["A03", "Run a multi-agency audit of thirty strategy discussions", "Service Manager",
     "9 February 2028", "Red", "14"],
    ["A04", "Review every child in need plan every three months", "Service Manager",
     "9 January 2028", "Green", "33, 52"],
    ["A05", "Publish a quarterly newsletter for foster carers", "Head of Fostering",
     "1 March 2027", "Green", "1"],
]  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    for row in RECS:
        ws.append(row)
    for letter, width in zip("ABC", (12, 60, 22), strict=True):
        ws.column_dimensions[letter].width = width
    plan = wb.create_sheet("Action plan")
    for r, row in enumerate(PLAN, start=1):
        for c, value in enumerate(row, start=1):
            plan.cell(r, c, value)
        if len(row) == 1:
            plan.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for letter, width in zip("ABCDEF", (8, 50, 24, 16, 12, 12), strict=True):
        plan.column_dimensions[letter].width = width
    wb.save(path)
    return path


def test_matrix_links_actions_and_is_no_action(tmp_path: Path) -> None:
    out = extract_file(_workbook(tmp_path / "plan.xlsx"))
    plan = out
    recs = {r.id: r for r in plan.recommendations}
    assert sorted(r.text[:20] for r in plan.recommendations) == sorted(
        row[1][:20] for row in RECS[1:]
    )
    number = {rid: r.number for rid, r in recs.items()}
    by_ref = {a.ref: sorted(number[rid] for rid in a.recommendations) for a in plan.actions}
    assert by_ref == {"A01": ["1", "3"], "A02": ["2"], "A03": ["1"], "A04": ["3"], "A05": []}
    said = [w for w in out.warnings if w.code == "rec_action_list_unmatched"]
    assert len(said) == 1 and "A05" in said[0].message
