"""Boxes of actions standing side by side, as an organisation chart prints its leads, built with
reportlab: per box the lead in bold and under it a count ('2 actions'), then its actions one
under another ('2.1 <text>' over 'By: August 2025' and a status word). The boxes of the lower
row start lower than the one beside them, so a line of the page holds a line of each box:
'By: May 2025  Stalled' of the higher box level with the others' '2 actions  2 actions'.

Such a line looked like the header row of an unruled table (plan_columns._header_like):

- a box's count, '2 actions', names the action role as a header cell would ('Actions'); a
  count of entries names no column (_counted);
- a box's field line, 'By: May 2025', names the due date; a header names its column and holds
  no date after its label, and two runs that do are fields of boxes side by side
  (_dated_fields: 'By: 14 Mar 2027  Not yet due  By: 30 Jun 2026  Slipping').

Read as a header, the boxes' lines under it became an unruled table of a few rows (each row
the boxes' lines at one height run together): most actions were lost, the rest without a date.
Now no table is read there and the boxes' lines go to the card readers, every action read with
its date.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf

# (left, top of the box from the page's top, lead, its actions)
BOXES = [
    (36, 303, "Olwen Price", [
        ("2.1", "Publish a revised threshold document with partners and schools", "August 2025",
         "Progressing"),
        ("3.2", "Add a supervision timeliness measure to the weekly dashboard",
         "September 2025", "Not yet due"),
    ]),
    (415, 303, "Gareth Mills", [
        ("1.1", "Give foster carers refreshed guidance on reporting a child missing",
         "May 2025", "Not yet due"),
        ("4.2", "Redesign the child in need plan template in plain language", "March 2025",
         "Stalled"),
    ]),
    (795, 277, "Nia Roberts", [
        ("2.2", "Audit repeat referrals each quarter to learn why help did not last", "May 2025",
         "Stalled"),
        ("2.3", "Apply consistent thresholds at the front door through weekly clinics",
         "April 2026", "At risk"),
        ("3.3", "Audit twelve supervision records each month", "March 2026", "Stalled"),
    ]),
]  # fmt: skip


def _page(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(A3))
    _, h = landscape(A3)
    c.setFont("Times-Bold", 18)
    c.drawString(36, h - 40, "Who leads each action")
    for x, top, lead, actions in BOXES:
        y = h - top - 10
        c.setFont("Times-Bold", 10)
        c.drawString(x, y, lead)
        c.setFont("Times-Roman", 7.5)
        c.drawString(x, y - 11, f"{len(actions)} actions")
        y -= 26
        for ref, text, due, status in actions:
            c.setFont("Times-Bold", 7.5)
            c.drawString(x, y, ref)
            c.setFont("Times-Roman", 7.5)
            c.drawString(x + 14, y, text)
            c.setFont("Times-Roman", 8)
            c.drawString(x, y - 10, f"By: {due}")
            c.drawString(x + 70, y - 10, status)
            y -= 26
    c.save()
    return path


def test_boxes_side_by_side_are_read_as_cards_not_an_unruled_table(tmp_path: Path) -> None:
    pdf = _page(tmp_path / "leads.pdf")
    doc = parse_pdf(pdf)
    # no table found on the page (the card readers' tables have no pieces)
    assert [el.table.labels for el in read_layout(doc) if el.table and el.table.pieces] == []
    plan = extract_plan(doc)
    want = [(text, due) for _, _, _, actions in BOXES for _, text, due, _ in actions]
    got = [(a.text, a.due_raw or "") for a in plan.actions]
    assert len(got) == len(want)
    for text, due in want:  # each action read once, with its date
        assert [d for t, d in got if text in t] in ([due], [f"{due} Progressing"]), text


def test_counts_and_dated_fields_are_no_header_cells() -> None:
    from plantrace.extractors.plan_columns import _counted, _dated_fields

    assert _counted("3 actions") and _counted("1 action")
    assert not _counted("Actions") and not _counted("2026 target") and not _counted("Lead")
    assert _dated_fields(["By: 14 Mar 2027", "Not yet due", "By: 30 Jun 2026", "Slipping"])
    # a row of headers, and a line of one labelled date, stay as they were
    assert not _dated_fields(["Action", "Lead officer", "Due date", "Status"])
    assert not _dated_fields(["Plan agreed: 14 Mar 2026", "Owner", "Deadline"])
