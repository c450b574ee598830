"""A plan billed out per lead: above each lead's table of items a small block of fields names,
once, whom the rows are for ('Bill to:' over the lead, over their organisation), beside fields of
no action (a date, an account, who raised it: a person too). No row names an owner, so every
row takes the block's; a block per table lists the plan by lead, so its refs give the order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file

INVOICES = [
    (
        "Bill to:",
        "Helen Markham",
        "Henrietta Szabo",
        [
            ("1.1", "Rewrite the pathway plan with care leavers so it is shorter", "31 May 2026"),
            ("2.2", "Establish a weekly multi-agency exploitation meeting with police", "10 April 2027"),
        ],
    ),
    (
        "Issued to:",
        "Head of Early Help",
        "Evander Blackwood",
        [
            ("1.2", "Give every care leaver a written summary of their entitlements", "4 January 2027"),
            ("2.1", "Launch a single exploitation screening tool for all partner agencies", "13 January 2027"),
        ],
    ),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Improvement plan: actions by lead").runs[0].bold = True
    d.add_paragraph("Recommendation 1: Improve the quality of pathway plans for care leavers")
    d.add_paragraph("Recommendation 2: Improve the response to children at risk of exploitation")
    for label, lead, raiser, rows in INVOICES:
        d.add_paragraph("STATEMENT").runs[0].bold = True
        block = d.add_table(rows=1, cols=2)
        block.cell(0, 0).text = f"{label}\n{lead}\nHarrowfield Council Children's Services"
        block.cell(0, 1).text = f"Date: 22 June 2026\nAccount: CS2519\nRaised by: {raiser}"
        table = d.add_table(rows=len(rows) + 1, cols=3)
        table.style = "Table Grid"
        for c, head in enumerate(("Ref", "Action", "Due date")):
            table.cell(0, c).text = head
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        d.add_paragraph("Please quote the statement number on all correspondence.")
    d.save(str(path))
    return path


def test_block_above_each_table_owns_its_rows(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "statements.docx"))
    got = [(a.ref, a.owner, a.due_date) for a in result.actions]
    assert got == [
        ("1.1", "Helen Markham", date(2026, 5, 31)),
        ("1.2", "Head of Early Help", date(2027, 1, 4)),
        ("2.1", "Head of Early Help", date(2027, 1, 13)),
        ("2.2", "Helen Markham", date(2027, 4, 10)),
    ]
    assert "plan_owners_unread" not in {w.code for w in result.warnings}
