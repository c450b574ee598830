"""A workbook of action forms, one sheet per action: label | value rows (the value merged over
three columns), then a 'Milestone | Date | Done / open' grid of dated milestones and a
'Form completed by <person> on <date>' line. The milestone grid is a header row over columns,
not one more form: read as label | value rows it had made each sheet's grid an extra action
('Milestones', due the last milestone's date). Statuses on the plan's own scale: 'Progressing'
beside 'Slipping' (amber) and 'Stalled' (red), and no green word, is the scale's best step.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date

import openpyxl

from plantrace.extractors.header_grids import headed_grid
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import scale_colour
from plantrace.pipeline.readers.xlsx import parse_xlsx_bytes

FORMS = [
    ("1.1", "Recommendation 1: Improve the timeliness of assessments",
     "Audit twelve assessments each month", "Claire Whitby", date(2026, 3, 15), "Progressing"),
    ("1.2", "Recommendation 1: Improve the timeliness of assessments",
     "Recruit two additional team managers", "Head of Service", date(2026, 6, 1), "Slipping"),
    ("2.1", "Recommendation 2: Strengthen management oversight",
     "Introduce monthly supervision audits", "Principal Social Worker", date(2026, 9, 30),
     "Stalled"),
]  # fmt: skip
MILESTONES = [("Scope agreed", date(2026, 1, 12), "Done"), ("Staff briefed", date(2026, 2, 3),
              "Open"), ("Audit of impact", date(2026, 5, 20), "Open")]  # fmt: skip


def _workbook() -> bytes:
    wb = openpyxl.Workbook()
    index = wb.active
    index.title = "Index"
    index.append(["Sheet", "Action number", "Recommendation", "Form last updated"])
    for ref, rec, *_ in FORMS:
        index.append([f"A{ref}", ref, rec.split(":")[0].split()[-1], date(2026, 4, 1)])
    for ref, rec, action, owner, due, status in FORMS:
        ws = wb.create_sheet(f"A{ref}")
        ws.append(["Improvement plan action form"])
        rows = [("Action ID", ref), ("Recommendation addressed", rec),
                ("Action description", action), ("Action owner", owner), ("Target date", due),
                ("Status this period", status),
                ("Highlight", f"Work under way on {ref}; next review in May")]  # fmt: skip
        for r, (label, value) in enumerate(rows, start=2):
            ws.cell(r, 1, label)
            ws.cell(r, 2, value)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            if isinstance(value, date):
                ws.cell(r, 2).number_format = "yyyy-mm-dd"
        ws.append([])
        ws.append(["Milestones"])
        ws.append(["Milestone", "Date", "Done / open"])
        for name, when, done in MILESTONES:
            ws.append([name, when, done])
            ws.cell(ws.max_row, 2).number_format = "dd/mm/yyyy"
        ws.append(["Form completed by", "Hesketh Pruitt", "on", date(2026, 4, 11)])
        ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
        for letter, width in zip("ABCD", (26, 30, 14, 14), strict=True):
            ws.column_dimensions[letter].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_milestone_grid_is_a_grid_not_a_card() -> None:
    assert headed_grid(
        [
            ["Milestone", "Date", "Done / open"],
            ["Scope agreed", "12/01/2026", "Done"],
            ["Staff briefed", "03/02/2026", "Open"],
            ["Form completed by", "Hesketh Pruitt", "on", "11/04/2026"],
        ]
    )
    # a form's own label | value rows are no grid: one value cell a row, of changing types
    assert not headed_grid([["Action ID", "2.1"], ["Target date", "2026-03-15"]])
    # a header row but no column of dates under it
    assert not headed_grid(
        [["Name", "Post", "Team"], ["A B", "Lead", "East"], ["C D", "PSW", "West"]]
    )


def test_progressing_is_the_best_step_of_its_scale() -> None:
    assert scale_colour("Progressing", ["Progressing", "Slipping", "Stalled", "Closed"]) == "green"
    assert scale_colour("Progressing", ["Progressing", "Closed"]) is None  # no worse step printed
    # the plan's own on-track word: progressing may be begun, unrated
    assert scale_colour("Progressing", ["Progressing", "On track", "At risk", "Stalled"]) is None


def test_action_forms_workbook_read_one_action_a_sheet() -> None:
    data = _workbook()
    doc = parse_xlsx_bytes(data, "forms.xlsx", hashlib.sha256(data).hexdigest())
    plan = extract_plan(doc)
    got = [(a.ref, a.text, a.owner, a.due_date, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", "Audit twelve assessments each month", "Claire Whitby", date(2026, 3, 15),
         "green"),
        ("1.2", "Recruit two additional team managers", "Head of Service", date(2026, 6, 1),
         "amber"),
        ("2.1", "Introduce monthly supervision audits", "Principal Social Worker",
         date(2026, 9, 30), "red"),
    ]  # fmt: skip
    assert all(a.text != "Milestones" for a in plan.actions)
    # a form's 'Highlight' row is the action's progress (a highlight report's word for it)
    assert [a.progress for a in plan.actions] == [
        f"Work under way on {ref}; next review in May" for ref, *_ in FORMS
    ]
