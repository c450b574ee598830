"""A worksheet plan in Word: per recommendation a heading, then a gridded table whose first row
(merged across) is 'What Ofsted said' over the recommendation, a header row of three questions,
ONE row holding bulleted worries and strengths in the first two cells and, in the third only,
the actions as a list of cards (a ref-led line, then 'Who:', 'Timescale:', 'Where we are:'
lines), and a merged scaling row.

What is read: each card in the third cell an action with its owner, due date and status; the
bullets and the scaling row no actions; the merged row's sentence the recommendation, numbered
by the heading over it, and each action linked to it.
"""

from __future__ import annotations

from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file

RECS = [
    ("1", "Improve the multi-agency response to children at risk of exploitation outside the home",
     [("1.1", "Establish a weekly multi-agency exploitation meeting with police and health",
       "Martin Hale", "31/7/2026", "2026-07-31", "On course", "green"),
      ("1.2", "Appoint two specialist exploitation social workers to support complex cases",
       "Leon Fairweather", "31/1/2027", "2027-01-31", "Wobbling", "amber")]),
    ("2", "Reduce delay in achieving permanence for children in care through timely planning",
     [("2.1", "Hold a permanence planning meeting for every child by their second review",
       "Grace Adebayo", "16/2/2027", "2027-02-16", "Stuck", "red"),
      ("2.2", "Recruit twenty additional foster carers through a targeted local campaign",
       "Martin Hale", "15/5/2027", "2027-05-15", "Achieved", "blue")]),
]  # fmt: skip


def _docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Our improvement plan", 1)
    for number, rec, actions in RECS:
        d.add_heading(f"Area for improvement {number}", 2)
        t = d.add_table(rows=4, cols=3)
        t.style = "Table Grid"
        said = t.cell(0, 0).merge(t.cell(0, 2))
        said.paragraphs[0].add_run("What Ofsted said").bold = True
        said.add_paragraph(rec)
        for k, head in enumerate(
            ["What are we worried about?", "What's working well?", "What needs to happen?"]
        ):
            t.cell(1, k).text = head
        t.cell(2, 0).text = "• Management oversight is not always recorded on the file"
        t.cell(2, 0).add_paragraph("• Children's views are not consistently captured")
        t.cell(2, 1).text = "• Recent audits show better chronologies"
        t.cell(2, 1).add_paragraph("• Staff say they feel supported by their managers")
        cell = t.cell(2, 2)
        first = True
        for ref, text, owner, due, _iso, status, _rag in actions:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            p.add_run(f"{ref}  {text}").bold = True
            first = False
            cell.add_paragraph(f"Who: {owner}")
            cell.add_paragraph(f"Timescale: {due}")
            cell.add_paragraph(f"Where we are: {status}")
        scale = t.cell(3, 0).merge(t.cell(3, 2))
        scale.text = (
            "Scaling: on a scale of 0 to 10, where 10 means this is fully put right, "
            "the board scored this 6 on 15 August 2026."
        )
    d.save(str(path))


def test_a_cell_holding_a_list_of_action_cards(tmp_path: Path) -> None:
    path = tmp_path / "worksheet.docx"
    _docx(path)
    got = [
        (a.ref, a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in extract_file(path).actions
    ]
    assert got == [
        (ref, text, owner, iso, rag) for _, _, acts in RECS
        for ref, text, owner, _due, iso, _status, rag in acts
    ]  # fmt: skip


def test_the_merged_said_row_is_the_recommendation(tmp_path: Path) -> None:
    """Read straight from Word, the merged 'What Ofsted said' row is the recommendation, as in
    its print (a known limit until 0.6.90: the reader lifted a title row across a table out as
    a caption; it now stays the table's first row)."""
    path = tmp_path / "worksheet.docx"
    _docx(path)
    result = extract_file(path)
    numbers = {r.id: r.number for r in result.recommendations}
    texts = {r.number: r.text for r in result.recommendations}
    assert texts == {n: rec for n, rec, _ in RECS}
    expected = [
        (ref, text, owner, iso, rag, [n]) for n, _, acts in RECS
        for ref, text, owner, _due, iso, _status, rag in acts
    ]  # fmt: skip
    got = [
        (a.ref, a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag,
         [numbers[r] for r in a.recommendations])
        for a in result.actions
    ]  # fmt: skip
    assert got == expected
