"""A table of one action under the header row the plan's other action tables print is an action
table: a lead's statement of one line and its total is too short for its cells to tell.

Tables per lead repeat one header ('Line | Description | Against | Due date | Account | Amount');
a lead with one action gets a table of one row and a total row, whose figures (the cost, the
total) outweigh its one sentence, and read alone it passed for a scorecard: its action was lost.
The header row read before says what kind of table it is (plan_columns.read_header's seen)."""

from __future__ import annotations

from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file

HEAD = ("Line", "Description", "Against", "Due date", "Account", "Amount (£)")
RECS = [
    ("R1", "Improve the quality of pathway plans for care leavers"),
    ("R2", "Improve the response to children at risk of exploitation outside the home"),
]
LEADS = [
    ("Bill to:", "Helen Markham", [
        ("1.1", "Rewrite the pathway plan with care leavers so it is shorter", "R1", "31/05/2026", "On track", "9,750.00"),
        ("2.2", "Establish a weekly multi-agency exploitation meeting with police", "R2", "10/04/2027", "Off track", "4,200.00"),
    ]),
    ("Bill to:", "Joseph Mensah", [
        ("2.1", "Offer tuition to every child in care who is behind in reading", "R2", "05/05/2026", "Complete", "1,250.00"),
    ]),
    ("Bill to:", "David Osei", [
        ("1.2", "Hold exit interviews with every leaver and report the themes", "R1", "12/08/2026", "At risk", "8,775.00"),
        ("2.3", "Launch a recruitment campaign for experienced social workers", "R2", "23/10/2026", "On track", "6,850.00"),
    ]),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Improvement plan: statements by lead")
    recs = d.add_table(rows=3, cols=2)
    recs.style = "Table Grid"
    for r, row in enumerate([("Code", "Recommendation"), *RECS]):
        for c, value in enumerate(row):
            recs.cell(r, c).text = value
    for label, lead, rows in LEADS:
        block = d.add_table(rows=1, cols=2)
        block.cell(0, 0).text = f"{label}\n{lead}\nHarrowfield Council Children's Services"
        block.cell(0, 1).text = "Statement date: 22 June 2026\nRaised by: Henrietta Szabo"
        table = d.add_table(rows=len(rows) + 2, cols=len(HEAD))
        table.style = "Table Grid"
        for c, head in enumerate(HEAD):
            table.cell(0, c).paragraphs[0].add_run(head).bold = True
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        table.cell(len(rows) + 1, 4).text = "Total"
        table.cell(len(rows) + 1, 5).text = "99,999.00"
        d.add_paragraph("Please quote the statement number on all correspondence.")
    d.save(str(path))
    return path


def test_one_line_table_under_a_known_header(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "statements.docx"))
    got = [(a.ref, a.owner, a.rag) for a in result.actions]
    assert got == [
        ("1.1", "Helen Markham", "green"),
        ("1.2", "David Osei", "amber"),
        ("2.1", "Joseph Mensah", "blue"),
        ("2.2", "Helen Markham", "red"),
        ("2.3", "David Osei", "green"),
    ]
    assert result.kpis == []
