"""Word and Excel plans read directly give what their print gives: layouts whose structure a
print shows (a grid inside a frame of cells, a section's own page header, ruled boxes on a
sheet) and that the file states in another way. Built here with python-docx and openpyxl."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_SECTION

from plantrace.pipeline.extract import extract_file

_RECS = [
    ("Recommendation 1", "Improve the quality of supervision so that it helps social workers"),
    ("Recommendation 2", "Reduce delay in achieving permanence for children in care"),
]
_ACTIONS = [
    [
        ("1.1", "Train all team managers in reflective supervision", "Principal Social Worker",
         "31.05.2026", "G"),
        ("1.2", "Audit twelve supervision records each month", "Head of Quality Assurance",
         "31.07.2026", "R"),
    ],
    [
        ("2.1", "Hold a permanence planning meeting for every child", "Head of Service",
         "30.09.2026", "A"),
        ("2.2", "Strengthen support to special guardians with a dedicated worker",
         "Service Manager, Fostering", "31.12.2026", "G"),
    ],
]  # fmt: skip
_HEAD = ("Item", "Action required", "Owner", "Deadline", "Current status")


def _fill(table: object, rows: list[tuple[str, ...]]) -> None:
    for row, values in zip(table.rows, rows, strict=True):  # type: ignore[attr-defined]
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _read(path: Path) -> list[tuple[str | None, str, str | None, str, str | None, list[str]]]:
    result = extract_file(path)
    rec = {r.id: r.number for r in result.recommendations}
    return [
        (a.ref, a.text, a.owner, str(a.due_date), a.rag, [rec[x] for x in a.recommendations])
        for a in result.actions
    ]


_EXPECTED = [
    ("1.1", "Train all team managers in reflective supervision", "Principal Social Worker",
     "2026-05-31", "green", ["1"]),
    ("1.2", "Audit twelve supervision records each month", "Head of Quality Assurance",
     "2026-07-31", "red", ["1"]),
    ("2.1", "Hold a permanence planning meeting for every child", "Head of Service",
     "2026-09-30", "amber", ["2"]),
    ("2.2", "Strengthen support to special guardians with a dedicated worker",
     "Service Manager, Fostering", "2026-12-31", "green", ["2"]),
]  # fmt: skip


def test_word_action_grids_nested_in_a_recommendation_frame(tmp_path: Path) -> None:
    """An outer table of 'Linked to | Actions', each row a recommendation beside a nested grid
    of its actions: the print shows the grids as tables, and so does the direct read (the
    outer table read cell by cell), every action linked to the recommendation beside it."""
    d = docx.Document()
    d.add_paragraph("Westmoor Children's Services Improvement Plan", style="Title")
    d.add_paragraph("Status key: G = on track; A = some risk; R = off track")
    outer = d.add_table(rows=1 + len(_RECS), cols=2)
    outer.style = "Table Grid"
    _fill(outer, [("Linked to", "Actions")] + [("", "")] * len(_RECS))
    for i, ((label, text), actions) in enumerate(zip(_RECS, _ACTIONS, strict=True), start=1):
        left, right = outer.rows[i].cells
        left.paragraphs[0].text = label
        left.add_paragraph(text)
        inner = right.add_table(rows=1 + len(actions), cols=len(_HEAD))
        inner.style = "Table Grid"
        _fill(inner, [_HEAD, *actions])
    d.save(str(tmp_path / "nested.docx"))
    assert _read(tmp_path / "nested.docx") == _EXPECTED


def test_word_section_headers_title_their_sections(tmp_path: Path) -> None:
    """Each recommendation's section sets its own page header ('Recommendation 2: ...') over
    a table of its actions: the print shows it on top of the section's page, and the direct
    read has it as the section's first line, so the actions link to it."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Westmoor Council"
    d.add_paragraph("Westmoor Council Ofsted Improvement Plan", style="Title")
    d.add_paragraph("The plan has a section for each recommendation; its header names it.")
    for (label, text), actions in zip(_RECS, _ACTIONS, strict=True):
        section = d.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = f"{label}: {text}"
        t = d.add_table(rows=1 + len(actions), cols=len(_HEAD))
        t.style = "Table Grid"
        _fill(t, [_HEAD, *actions])
    d.save(str(tmp_path / "sections.docx"))
    assert _read(tmp_path / "sections.docx") == _EXPECTED


def _leader_line(d: object, label: str, value: str) -> None:
    """'Label <dot leader to a right stop> value', as a card template writes a field."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt

    p = d.add_paragraph()  # type: ignore[attr-defined]
    p.paragraph_format.tab_stops.add_tab_stop(Pt(460), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run(label)
    p.add_run("\t" + value)


def test_word_dot_leader_fields_print_their_value_at_the_right_stop(tmp_path: Path) -> None:
    """A card's field lines are 'Responsible manager ........ Designated Nurse': a right tab stop
    with a dot leader. The print sets the value flush to the stop, far from its label; read
    directly the value lands there too, so each line reads as a label and its value, not as
    one run of words (which read as an action of its own)."""
    d = docx.Document()
    d.add_paragraph("Westmoor Council: Ofsted Improvement Plan", style="Title")
    d.add_heading("Actions for Recommendation 1", level=2)
    for ref, text, owner, due, status in (
        ("1.1", "Train all team managers in reflective supervision", "Designated Nurse",
         "May 2025", "Some slippage"),
        ("1.2", "Audit twelve supervision records each month", "Head of Early Help",
         "July 2025", "Done"),
    ):  # fmt: skip
        d.add_heading(f"{ref}  {text}", level=3)
        _leader_line(d, "Responsible manager", owner)
        _leader_line(d, "Target date", due)
        _leader_line(d, "RAG", status)
    d.save(str(tmp_path / "leaders.docx"))
    result = extract_file(tmp_path / "leaders.docx")
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        ("1.1", "Train all team managers in reflective supervision", "Designated Nurse",
         "2025-05-31", "amber"),
        ("1.2", "Audit twelve supervision records each month", "Head of Early Help",
         "2025-07-31", "blue"),
    ]  # fmt: skip


def test_excel_tick_columns_under_a_two_tier_header(tmp_path: Path) -> None:
    """'Progress status' merged across five columns over their states ('Going to plan' ..
    'Not begun'), the other header cells merged down over both tiers, an X in one state per
    row: each column takes its lower label, as the print is read, so the ticks give the RAG."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Brackenmoor Council - improvement plan tracker"
    states = ["Going to plan", "Some slippage", "Stalled", "Achieved in full", "Not begun"]
    for col, head in enumerate(["Item code", "Planned activity", "Contact officer",
                                "Required completion"], start=1):  # fmt: skip
        ws.cell(3, col, head)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.cell(3, 5, "Progress status")
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=9)
    for k, state in enumerate(states):
        ws.cell(4, 5 + k, state)
    for row in ws.iter_rows(min_row=3, max_row=4):
        for cell in row:
            cell.font = Font(bold=True)
    rows = [
        ("T01", "Agree a timeliness pathway for initial health assessments",
         "Head of Safeguarding", "30/11/2025", 0),
        ("T02", "Train foster carers in understanding trauma and attachment",
         "Workforce Development Lead", "31/12/2025", 2),
        ("T03", "Report health assessment timeliness monthly to the board",
         "Head of Early Help", "30/06/2026", 3),
    ]  # fmt: skip
    for r, (ref, text, owner, due, tick) in enumerate(rows, start=5):
        for col, value in enumerate((ref, text, owner, due), start=1):
            ws.cell(r, col, value)
        ws.cell(r, 5 + tick, "X")
    for col, width in zip("ABCDEFGHI", (10, 50, 28, 14, 10, 10, 10, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(tmp_path / "ticks.xlsx")
    result = extract_file(tmp_path / "ticks.xlsx")
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        ("T01", "Head of Safeguarding", "2025-11-30", "green"),
        ("T02", "Workforce Development Lead", "2025-12-31", "red"),
        ("T03", "Head of Early Help", "2026-06-30", "blue"),
    ]


def test_excel_process_flow_of_bordered_boxes_reads_each_box(tmp_path: Path) -> None:
    """A lane per recommendation: its label in a merged, unbordered cell, then a bordered box
    per action (ref and text, officer, dates, a status on a tint) with arrows in the gaps. The
    print is read as the lane's words and a small ruled table per box, and so is the sheet:
    one 9-column table made each box a column and no action was read."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, PatternFill, Side

    side = Side(style="thin")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Redhaven Council - improvement pathways"
    lanes = [
        ("Lane: Recommendation 1\nImprove the regularity and quality of supervision", [
            ("1.1  Train all team managers in reflective supervision", "Amira Choudhury",
             "31.5.2027", "Halted", "F6CACA"),
            ("1.2  Audit twelve supervision records each month", "Martin Hale",
             "30.9.2027", "On plan", "C6EFCE"),
        ]),
        ("Lane: Recommendation 2\nReduce delay in achieving permanence for children", [
            ("2.1  Hold a permanence planning meeting for every child", "Bethan Lloyd",
             "31.10.2027", "Halted", "F6CACA"),
            ("2.2  Strengthen support to special guardians", "Owen Tremayne",
             "30.11.2027", "On plan", "C6EFCE"),
        ]),
    ]  # fmt: skip
    top = 3
    for label, steps in lanes:
        ws.cell(top, 1, label).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=top, start_column=1, end_row=top + 3, end_column=1)
        for k, (head, officer, due, status, tint) in enumerate(steps):
            col = 3 + 2 * k
            lines = [head, f"Officer: {officer}", f"Finish: {due}", f"RAG: {status}"]
            for i, text in enumerate(lines):
                cell = ws.cell(top + i, col, text)
                cell.border = Border(left=side, right=side, top=side, bottom=side)
                if text.startswith("RAG"):
                    cell.fill = PatternFill("solid", fgColor=tint)
            if k:
                ws.cell(top + 1, col - 1, "→")
        top += 5
    ws.column_dimensions["A"].width = 30
    for col in "CE":
        ws.column_dimensions[col].width = 45
    wb.save(tmp_path / "flow.xlsx")
    result = extract_file(tmp_path / "flow.xlsx")
    rec = {r.id: r.number for r in result.recommendations}
    assert [
        (a.ref, a.owner, str(a.due_date), a.rag, [rec[x] for x in a.recommendations])
        for a in result.actions
    ] == [
        ("1.1", "Amira Choudhury", "2027-05-31", "red", ["1"]),
        ("1.2", "Martin Hale", "2027-09-30", "green", ["1"]),
        ("2.1", "Bethan Lloyd", "2027-10-31", "red", ["2"]),
        ("2.2", "Owen Tremayne", "2027-11-30", "green", ["2"]),
    ]


def test_excel_row_of_column_keys_over_the_header_is_a_caption(tmp_path: Path) -> None:
    """A 'S – Specific' .. 'T – Time-bound' row over the real header ('Reference', 'Planned
    response', 'Assigned to' ..): the print is read with the keys as a caption and the table
    from its header; read directly the header row was the first action."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Ashbourne SMART action plan"
    keys = ["", "S – Specific", "M – Measurable", "A – Achievable", "T – Time-bound", ""]
    head = ["Reference", "Planned response", "How success is measured", "Assigned to",
            "Date for completion", "RAG rating"]  # fmt: skip
    rows = [
        ("1", "Reduce team manager spans of control to no more than seven",
         "Children say they feel listened to", "Head of Service, Children in Care",
         "30/09/2027", "Awaiting start"),
        ("2", "Publish a revised supervision standard with a four-weekly minimum",
         "Fewer repeat referrals within twelve months", "Principal Social Worker",
         "30/04/2027", "Implemented"),
        ("3", "Audit twelve supervision records each month and report the themes",
         "Staff survey shows improved confidence", "Service Manager, Front Door",
         "31/08/2026", "Minor slippage"),
    ]  # fmt: skip
    for r, (values, fill) in enumerate(((keys, "2F5496"), (head, "D9E1F2")), start=3):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value or None)
            cell.font = Font(bold=True, color="FFFFFF" if fill == "2F5496" else "000000")
            cell.fill = PatternFill("solid", fgColor=fill)
    for r, values in enumerate(rows, start=5):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
    for col, width in zip("ABCDEF", (11, 50, 40, 30, 16, 16), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(tmp_path / "smart.xlsx")
    result = extract_file(tmp_path / "smart.xlsx")
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        ("1", "Head of Service, Children in Care", "2027-09-30", None),
        ("2", "Principal Social Worker", "2027-04-30", "blue"),
        ("3", "Service Manager, Front Door", "2026-08-31", "amber"),
    ]


def test_word_title_row_of_two_paragraphs_keeps_both(tmp_path: Path) -> None:
    """A table's first row, one cell across it, holds a label and the recommendation's text
    as two paragraphs ('What Ofsted said' / 'Improve the quality ..'): the print shows both
    over the table, so the actions under it link to that recommendation; read directly only
    the label was kept."""
    d = docx.Document()
    d.add_paragraph("Westmoor Children's Services: our improvement plan", style="Title")
    for (label, text), actions in zip(_RECS, _ACTIONS, strict=True):
        d.add_paragraph(f"Area for improvement {label.split()[-1]}")
        t = d.add_table(rows=2 + len(actions), cols=len(_HEAD))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(_HEAD) - 1))
        top.paragraphs[0].text = "What Ofsted said"
        top.add_paragraph(f"{label}: {text}")
        for row, values in zip(t.rows[1:], [_HEAD, *actions], strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    d.save(str(tmp_path / "titled.docx"))
    assert _read(tmp_path / "titled.docx") == _EXPECTED


_LEADER_CARDS = [
    ("3.1", "Revise the strategy discussion template so the decision is recorded on the file",
     "Head of Early Help", "November 2025", "Done"),
    ("3.2", "Set up a daily virtual strategy meeting slot so partners can join without travel",
     "Detective Inspector, Public Protection", "July 2025", "Some slippage"),
    ("3.3", "Agree a joint protocol with the police on attendance at strategy discussions",
     "Detective Inspector, Public Protection", "March 2026", "Done"),
    ("3.4", "Run a multi-agency audit of thirty strategy discussions and share the learning",
     "Detective Inspector, Public Protection", "February 2026", "Some slippage"),
]  # fmt: skip


def test_word_dot_leaders_print_their_dots_read_directly(tmp_path: Path) -> None:
    """Cards whose field lines are dot leaders to a right stop, several cards alike ('Update
    ........ Delayed because of staff turnover' on each): read directly, Word's leader is drawn
    as the print draws it, one word from the label's last to the value's first ('manager.....
    Detective'), so the lines read as fields. Left a gap, the same value at the same stop card
    after card on one long page lined up as columns, read as a table: three cards lost."""
    d = docx.Document()
    d.add_paragraph("Redhaven Council: Ofsted Improvement Plan", style="Title")
    d.add_heading("Actions for Recommendation 3", level=2)
    for ref, text, owner, due, status in _LEADER_CARDS:
        d.add_heading(f"{ref}  {text}", level=3)
        _leader_line(d, "Responsible manager", owner)
        _leader_line(d, "Timescale", due)
        _leader_line(d, "Status", status)
        _leader_line(d, "Recommendation addressed", "Recommendation 3")
        _leader_line(d, "Update", "Delayed because of staff turnover; revised plan agreed")
    d.save(str(tmp_path / "leaders.docx"))
    result = extract_file(tmp_path / "leaders.docx")
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        ("3.1", "Head of Early Help", "2025-11-30", "blue"),
        ("3.2", "Detective Inspector, Public Protection", "2025-07-31", "amber"),
        ("3.3", "Detective Inspector, Public Protection", "2026-03-31", "blue"),
        ("3.4", "Detective Inspector, Public Protection", "2026-02-28", "amber"),
    ]
    assert [a.progress for a in result.actions] == [
        "Delayed because of staff turnover; revised plan agreed"
    ] * 4
