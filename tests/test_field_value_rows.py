"""A performance system's field-value export: one row per (record, field), in long form.

The export prints `Record ID | Record type | Parent ID | Field | Value | Last changed | Changed
by`: recommendation records number and state a recommendation, action records (their parent
the recommendation's record ID) give the action's ref, text, officer, target date and RAG, with
a percent complete and a record status beside them (no status of the plan), and measure records
give an indicator's baseline, latest figure and target. Printed over two pages, the header
repeated on the second (a print title), and a record cut by the page break.

What is read: each action record as one action (ref, text, owner, due, RAG from the RAG field
alone, its recommendation through the parent ID), each recommendation record as a
recommendation, each measure record as a KPI; the audit columns (last changed, changed by) as
nothing. The same from the .xlsx read directly. A kind of record whose fields name no plan
column is said (export_records_unread), not read.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.rag import is_status_state
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["Record ID", "Record type", "Parent ID", "Field", "Value", "Last changed", "Changed by"]
RECS = [
    ("REC-017", "1", "Improve the timeliness of decisions at the front door"),
    ("REC-044", "2", "Strengthen the response to children who go missing from home or care"),
]
# record id, parent, ref, text, officer, due, rag, percent, record status
ACTIONS = [
    ("ACT-301", "REC-017", "1.1", "Publish a revised threshold document with partners",
     "Helen Markham", date(2026, 11, 30), "Green - on schedule", "40%", "Open"),
    ("ACT-302", "REC-017", "1.2", "Audit repeat referrals each quarter and report themes",
     "Tom Ellery", date(2027, 3, 31), "Red - major slippage", "5%", "Open"),
    ("ACT-305", "REC-044", "2.1", "Commission an independent return home interview service",
     "David Osei", date(2026, 6, 15), "Blue - complete", "100%", "Closed"),
    ("ACT-306", "REC-044", "2.2", "Hold a monthly missing children panel with the police",
     "Martin Hale", date(2027, 1, 31), "Grey - not started", "0%", "Open"),
]  # fmt: skip
MEASURES = [
    ("PI-12", "Return home interviews offered within 72 hours", "41%", "63%", "90%"),
    ("PI-14", "Contacts decided within 24 hours", "58%", "71%", "95%"),
]
EXPECTED = {
    "1.1": ("Helen Markham", "2026-11-30", "green", "1"),
    "1.2": ("Tom Ellery", "2027-03-31", "red", "1"),
    "2.1": ("David Osei", "2026-06-15", "blue", "2"),
    "2.2": ("Martin Hale", "2027-01-31", None, "2"),
}


def _rows(meetings: bool = False) -> list[list[object]]:
    """The export's rows: (record, field) each; dates as date objects."""
    rows: list[list[object]] = []
    for rid, number, text in RECS:
        for fld, value in (("Recommendation no.", number), ("Recommendation text", text),
                           ("Source", "Ofsted inspection, March 2026")):  # fmt: skip
            rows.append([rid, "Recommendation", "", fld, value, date(2026, 4, 2), "Karen Whitlow"])
    for rid, parent, ref, text, owner, due, rag, pct, state in ACTIONS:
        for fld, value in (("Action no.", ref), ("Action detail", text),
                           ("Responsible officer", owner), ("Target date", due),
                           ("RAG rating", rag), ("Percent complete", pct),
                           ("Record status", state)):  # fmt: skip
            rows.append([rid, "Action", parent, fld, value, date(2026, 5, 9), "Gareth Pym"])
    for rid, name, base, latest, target in MEASURES:
        for fld, value in (("Measure name", name), ("Baseline value", base),
                           ("Latest value", latest), ("Target value", target),
                           ("Polarity", "Higher is better")):  # fmt: skip
            rows.append([rid, "Measure", "", fld, value, date(2026, 5, 1), "Lucy Ferreira"])
    if meetings:  # a kind of record that is no part of the plan's columns
        for rid in ("MTG-1", "MTG-2"):
            for fld, value in (("Venue", "Room 4"), ("Chair", "Ruth Kowalczyk"),
                               ("Minuted by", "Ian Barraclough")):  # fmt: skip
                rows.append([rid, "Meeting", "", fld, value, date(2026, 5, 1), "Lucy Ferreira"])
    return rows


def _printed(value: object) -> str:
    return value.strftime("%d-%b-%Y") if isinstance(value, date) else str(value)


def _pdf(meetings: bool = False, rows: list[list[object]] | None = None) -> PlanExtraction:
    data = [HEADER, *[[_printed(v) for v in r] for r in (rows or _rows(meetings))]]
    table = Table(data, repeatRows=1, colWidths=[60, 80, 60, 110, 300, 70, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8)]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "export.pdf"))


def _check(ex: PlanExtraction) -> None:
    """Each action's owner, due date, RAG and the numbers of the recommendations it answers."""
    numbers = {r.id: r.number for r in ex.recommendations}
    got = {
        a.ref or "": (a.owner, a.due_date.isoformat() if a.due_date else None, a.rag,
                      [numbers.get(r) for r in a.recommendations])
        for a in ex.actions
    }  # fmt: skip
    assert set(got) == set(EXPECTED)
    for ref, (owner, due, rag, rec) in EXPECTED.items():
        assert got[ref] == (owner, due, rag, [rec]), ref


def test_pdf_export_pivoted_into_actions_recommendations_and_kpis() -> None:
    ex = _pdf()
    _check(ex)
    texts = {a.ref: a.text for a in ex.actions}
    assert texts["2.1"] == "Commission an independent return home interview service"
    assert [(r.number, r.text) for r in ex.recommendations] == [(n, t) for _, n, t in RECS]
    kpis = {k.indicator: (k.baseline, k.latest, k.target) for k in ex.kpis}
    base, latest, target = kpis["Contacts decided within 24 hours"]
    assert [v.raw if v else None for v in (base, latest, target)] == ["58%", "71%", "95%"]
    # 'Grey - not started' is a state, not a status word left unread
    assert not [w for w in ex.warnings if w.code == "plan_status_unread"]


def test_unread_kind_of_record_is_said() -> None:
    ex = _pdf(meetings=True)
    assert len(ex.actions) == len(ACTIONS)
    said = [w for w in ex.warnings if w.code == "export_records_unread"]
    assert len(said) == 1 and "'Meeting'" in said[0].message


def test_an_export_with_no_kind_read_is_said() -> None:
    """An export of meetings alone: its fields name plan columns (an officer, a date, a
    status) but no kind of record heads a plan table. Kept as printed, its kind said."""
    rows: list[list[object]] = []
    for k, rid in enumerate(("MTG-1", "MTG-2", "MTG-3")):
        for fld, value in (("Venue", "Room 4"), ("Chair", "Ruth Kowalczyk"),
                           ("Lead officer", "Ian Barraclough"), ("Meeting date", date(2026, 5, k + 1)),
                           ("Status", "Held"), ("Notes", "Quorate, minutes circulated")):  # fmt: skip
            rows.append([rid, "Meeting", "", fld, value, date(2026, 5, 1), "Lucy Ferreira"])
    ex = _pdf(rows=rows)
    assert ex.actions == []
    said = [w for w in ex.warnings if w.code == "export_records_unread"]
    assert len(said) == 1 and "3 records" in said[0].message


def test_xlsx_read_directly_gives_the_same(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Performance system export: Children's Services Improvement Plan"])
    ws.append([])
    ws.append(HEADER)
    for r in _rows():
        ws.append(r)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "DD-MMM-YYYY" if cell.column == 5 else "DD/MM/YYYY"
    path = tmp_path / "export.xlsx"
    wb.save(path)
    result = extract_file(path)
    _check(PlanExtraction(result.recommendations, result.actions, result.kpis))
    assert len(result.kpis) == len(MEASURES)


def test_grey_before_a_state_is_a_state() -> None:
    assert is_status_state("Grey - not started")
    assert not is_status_state("Grey - late")
