"""One box's date and status level with a wrapped line of the box beside it heads no table.

An organisation chart prints a box per lead side by side, each action a bold line and under it
'Deadline: <date>' with the action's status by a coloured dot. Where one box's action wraps,
its last word ('chronology') can stand level with the next box's 'Deadline: 18 Oct 2025  Not
yet due': the unruled-table finder took that row for a header (plan_columns._header_like) and
the lines of the boxes under and beside it for its rows, so the boxes' actions were lost to
its cells (4 of 11 read here, with no lead or due). A header cell names a column where a date
might go; a run that prints '<label>: <date>' with a status right after it is a box's fields
(plan_columns._dated_fields), so the row heads no table, as two such runs already did not.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = [
    ("R1", "Make sure every care leaver has a pathway plan written with them and reviewed on time"),
    ("R2", "Improve the quality of assessments so that they capture the child's lived experience"),
    ("R3", "Strengthen the oversight of children placed in unregistered homes"),
    ("R4", "Improve the response to domestic abuse notifications received at the front door"),
    ("R5", "Make sure that disabled children's plans are reviewed by an independent chair"),
]  # fmt: skip
# lead -> actions: (tag, ref, text, due, status); each lead's reports are its "kids"
A = {
    "Head of Corporate Parenting": [
        ("R1", "1.1", "Write a pathway plan with every care leaver", "14 Feb 2026",
         "Progressing"),
    ],
    "Head of Disabled Children's Service": [
        ("R5", "5.1", "Appoint two independent chairs for reviews", "21 Jan 2026",
         "Progressing"),
        ("R2", "2.1", "Train every team in recording what children say", "11 Dec 2025", "Done"),
        ("R1", "1.3", "Name a housing contact for every care leaver", "6 Apr 2026",
         "Not yet due"),
    ],
    "Team Manager, Leaving Care": [
        ("R2", "2.2", "Audit fifteen assessments each month against the practice standard"
         " with a chronology", "9 Jan 2026", "Progressing"),
    ],
    "Service Manager, Placements": [
        ("R3", "3.1", "Publish a register of unregistered homes", "18 Oct 2025", "Not yet due"),
        ("R3", "3.2", "Visit every child placed in an unregistered home with their independent"
         " reviewing officer", "30 Nov 2025", "Done"),
    ],
    "Head of Front Door": [
        ("R2", "2.3", "Run a workshop on the child's voice for every newly qualified social"
         " worker", "12 Nov 2025", "Not yet due"),
        ("R4", "4.1", "Screen every domestic abuse notification within one working day",
         "1 Mar 2026", "Progressing"),
        ("R4", "4.3", "Screen overnight notifications with the police", "2 Mar 2026", "At risk"),
        ("R5", "5.2", "Review the short breaks offer with families of disabled children and"
         " publish what changes", "31 Jan 2026", "Progressing"),
    ],
}  # fmt: skip
DOT = {"Progressing": "#2E7D32", "At risk": "#EF6C00", "Stalled": "#C62828", "Done": "#1565C0",
       "Not yet due": "#9E9E9E"}  # fmt: skip
TAG = {"R1": "#AD1457", "R2": "#283593", "R3": "#EF6C00", "R4": "#00838F", "R5": "#2E7D32"}
CSS = (
    "@page { size: A3 landscape; margin: 10mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; margin: 0; }"
    "h1 { font-size: 18pt; margin: 0 0 2px 0; } .meta { color: #616161; margin-bottom: 8px; }"
    ".key { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-bottom: 6px; }"
    ".key div { flex: 0 0 31%; } .tag { display: inline-block; color: white; font-weight: bold;"
    " font-size: 7.5pt; border-radius: 3px; padding: 0 4px; margin-right: 4px; }"
    ".dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px;"
    " margin: 0 3px 0 6px; } .chart { margin-top: 10px; }"
    ".board { width: 34%; margin: 0 auto; border: 2px solid #37474F; background: #ECEFF1;"
    " border-radius: 6px; padding: 6px 10px; text-align: center; }"
    ".stem { width: 0; height: 14px; border-left: 1.5px solid #78909C; margin: 0 auto; }"
    ".level, .kids { display: flex; gap: 14px; border-top: 1.5px solid #78909C; }"
    ".col { display: flex; flex-direction: column; }"
    ".box { border: 1.5px solid #546E7A; border-radius: 6px; background: white; }"
    ".head { background: #37474F; color: white; padding: 4px 8px; }"
    ".head b { font-size: 10pt; } .count { font-size: 7.5pt; color: #CFD8DC; }"
    ".item { padding: 4px 8px; border-top: 1px solid #ECEFF1; }"
    ".m { color: #424242; margin-top: 2px; font-size: 8pt; }"
)


def _box(lead: str, pad: int = 4) -> str:
    acts = A[lead]
    out = [f"<div class='box'><div class='head'><b>{escape(lead)}</b><br><span class='count'>"
           f"{len(acts)} action{'s' if len(acts) > 1 else ''}</span></div>"]  # fmt: skip
    for tag, ref, text, due, status in acts:
        out.append(f"<div class='item' style='padding-top: {pad}px'><span class='tag' style='background:{TAG[tag]}'>{tag}"
                   f"</span><b>{ref}</b> {escape(text)}<div class='m'>Deadline: {due}<span class='dot'"
                   f" style='background:{DOT[status]}'></span>{status}</div></div>")  # fmt: skip
    out.append("</div>")
    return "".join(out)


def _col(flex: int, inner: str) -> str:
    return f"<div class='col' style='flex: {flex}'><div class='stem'></div>{inner}</div>"


def _html() -> str:
    key = "".join(f"<div><span class='tag' style='background:{TAG[r]}'>{r}</span>{escape(t)}"
                  "</div>" for r, t in RECS)  # fmt: skip
    dots = "".join(f"<span class='dot' style='background:{c}'></span>{s}" for s, c in DOT.items())
    lead1, lead2, kid1, kid2, kid3 = A
    left = _col(2, f"<div style='width: 60%; margin: 0 auto'>{_box(lead1)}</div>"
                "<div class='stem'></div><div class='kids'>"
                f"{_col(1, _box(kid1))}{_col(1, _box(kid2))}</div>")  # fmt: skip
    right = _col(1, f"{_box(lead2)}<div class='stem'></div><div class='kids'>"
                 f"{_col(1, _box(kid3))}</div>")  # fmt: skip
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            "<h1>Who leads each action</h1><div class='meta'>Children's Services &middot;"
            f" improvement programme</div><div class='key'>{key}</div><div class='meta'>{dots}"
            "</div><div class='chart'><div class='board'><b>Improvement Board</b><br>Chair:"
            " Harriet Olumide</div><div class='stem'></div>"
            f"<div class='level'>{left}{right}</div></div></body></html>")  # fmt: skip


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("boxdates") / "boxdates.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_every_box_keeps_its_actions_leads_and_dues(plan) -> None:  # type: ignore[no-untyped-def]
    got = sorted((a.ref or "", a.owner, a.due_raw) for a in plan.actions)
    want = sorted((ref, lead, due) for lead, acts in A.items() for _, ref, _, due, _ in acts)
    assert got == want
    links = {a.ref: list(a.recommendations) for a in plan.actions}
    for acts in A.values():
        for tag, ref, *_ in acts:
            assert links[ref] == [f"r{tag[1:]}"]
