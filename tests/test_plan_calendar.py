"""A planner's month calendar printed to PDF: under a 'Month YYYY' heading and a row of weekday
names, a ruled grid of seven columns whose cells open with the day's number; each task a tinted
chip in the cell of the day it is due (its left bar the colour of its category), holding '2.1
text', an avatar of the holder's initials and the holder's name, and a status pill. An event
chip with no ref (a board meeting) stands in another cell. A legend of colour squares, '<label>
N · text', gives the categories, here the recommendations; a 'ref | note' table after the
calendar gives progress; a KPI table prints its header row above its ruled body.

What is read: each task once, due the day its cell numbers (due_raw the month heading), its
owner (a person, or a post whose initials are its first words' and whose name wraps under the
avatar), its status from the pill's word or fill, its recommendation from its colour; the event
is no action; the notes are progress; the KPI rows are read under the header above them.
"""

from __future__ import annotations

import calendar
import io
from datetime import date

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_calendar import calendar_months
from plantrace.extractors.plan_columns import header_role
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.pipeline.reader import parse_pdf_bytes

LEGEND = [
    ("1", "#0288d1", "Reduce delay in achieving permanence for children in care"),
    ("2", "#f4511e", "Improve management oversight and reflective supervision for social workers"),
]
# ref, text lines, avatar, owner lines, status word, pill colour, category, day
TASKS = [
    ("2.1", ["Audit supervision records", "each month"], "HM", ["Helen Markham"],
     "Watch", "#ef6c00", 1, 3),
    ("1.1", ["Recruit foster carers", "through a local campaign"], "SM",
     ["Service Manager,", "Fostering"], "Going OK", "#2e7d32", 0, 18),
    ("1.2", ["Track care proceedings"], "PN", ["Priya Nandakumar"], None, None, 1, 25),
]  # fmt: skip
# 1.2 is drawn in category 2's colour: only the colour, not its ref's number, links it to 2
YEAR, MONTH = 2027, 3
NOTES = {"1.1": "First cohort recruited"}
KPIS = [("Average caseload per social worker", "22", "19", "16")]

LEFT, TOP, CELL_W, CELL_H = 30.0, 150.0, 110.0, 72.0
PAGE = (842.0, 640.0)


def _y(top: float) -> float:
    return PAGE[1] - top


def _chip(c: canvas.Canvas, x: float, top: float, task: tuple) -> None:  # type: ignore[type-arg]
    ref, text, initials, owner, status, pill, cat, _day = task
    colour = HexColor(LEGEND[cat][1])
    height = 12 + 9 * (len(text) + len(owner)) + (11 if status else 0)
    c.setFillColor(colour)  # the category's colour, its tint over all but a bar at the left
    c.roundRect(x + 3, _y(top + height), CELL_W - 6, height, 2, stroke=0, fill=1)
    c.setFillColor(HexColor("#fbe9e7"))
    c.roundRect(x + 5.5, _y(top + height), CELL_W - 8.5, height, 2, stroke=0, fill=1)
    c.setFillColor(HexColor("#212121"))
    y = top + 9
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 9, _y(y), ref)
    c.setFont("Helvetica", 7.5)
    c.drawString(x + 9 + c.stringWidth(ref + " ", "Helvetica-Bold", 7.5), _y(y), text[0])
    for line in text[1:]:
        y += 9
        c.drawString(x + 9, _y(y), line)
    y += 10
    mid = y - 2 + 4.5 * (len(owner) - 1)
    c.setFillColor(HexColor("#546e7a"))
    c.circle(x + 14, _y(mid), 4.5, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica", 5)
    c.drawCentredString(x + 14, _y(mid + 1.7), initials)
    c.setFillColor(HexColor("#212121"))
    c.setFont("Helvetica", 7.5)
    for k, line in enumerate(owner):
        c.drawString(x + 21, _y(y + 9 * k), line)
    y += 9 * (len(owner) - 1)
    if status and pill:
        y += 11
        width = c.stringWidth(status, "Helvetica-Bold", 7) + 6
        c.setFillColor(HexColor(pill))
        c.roundRect(x + 9, _y(y + 2.5), width, 9, 3, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x + 12, _y(y), status)


def _pdf(
    tasks: list[tuple] = TASKS,  # type: ignore[type-arg]
    heading: bool = True,
    notes: dict[str, str] = NOTES,
) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PAGE)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, _y(40), "Lindale Improvement Plan - Schedule")
    c.setFont("Helvetica", 8)
    c.drawString(LEFT, _y(54), "Schedule view · Month · printed 13 April 2027 by Owen Tranter")
    for k, (number, colour, text) in enumerate(LEGEND):
        x = LEFT + 390 * k
        c.setFillColor(HexColor(colour))
        c.rect(x, _y(75), 7, 7, stroke=0, fill=1)
        c.setFillColor(HexColor("#212121"))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 11, _y(74), f"Bucket {number} · ")
        c.setFont("Helvetica", 8)
        c.drawString(x + 11 + c.stringWidth(f"Bucket {number} · ", "Helvetica-Bold", 8),
                     _y(74), text)  # fmt: skip
    c.setFont("Helvetica-Bold", 14)
    if heading:
        c.drawString(LEFT, _y(118), f"{calendar.month_name[MONTH]} {YEAR}")
    c.setFont("Helvetica", 8)
    for k, name in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        c.drawString(LEFT + 3 + CELL_W * k, _y(138), name)
    weeks = calendar.Calendar().monthdayscalendar(YEAR, MONTH)
    c.setStrokeColor(HexColor("#bdbdbd"))
    c.setLineWidth(0.5)
    for r, week in enumerate(weeks):
        for k, day in enumerate(week):
            x, top = LEFT + CELL_W * k, TOP + CELL_H * r
            c.rect(x, _y(top + CELL_H), CELL_W, CELL_H, stroke=1, fill=0)
            if not day:
                continue
            c.setFillColor(HexColor("#757575"))
            c.setFont("Helvetica", 8)
            c.drawString(x + 3, _y(top + 9), str(day))
            for task in tasks:
                if task[7] == day:
                    _chip(c, x, top + 13, task)
            if day == 9:  # an event: no ref
                c.setFillColor(HexColor("#eeeeee"))
                c.rect(x + 3, _y(top + 22), CELL_W - 6, 9, stroke=0, fill=1)
                c.setFillColor(HexColor("#757575"))
                c.setFont("Helvetica-Oblique", 7)
                c.drawString(x + 6, _y(top + 20), "Improvement Board")
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, _y(40), "Notes")
    _ruled_table(c, 60, ["Task", "Notes"], [[ref, note] for ref, note in notes.items()],
                 [80.0, 500.0])  # fmt: skip
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, _y(150), "Goal metrics")
    _ruled_table(c, 170, ["Metric", "Value at start", "Latest reading", "Target value"],
                 [list(k) for k in KPIS], [300.0, 120.0, 120.0, 120.0])  # fmt: skip
    c.save()
    return buf.getvalue()


def _ruled_table(
    c: canvas.Canvas, top: float, header: list[str], rows: list[list[str]], widths: list[float]
) -> None:
    """A header row as plain bold text, the body ruled cell by cell under it."""
    c.setFillColor(HexColor("#212121"))
    c.setFont("Helvetica-Bold", 8)
    x = LEFT
    for text, w in zip(header, widths, strict=True):
        c.drawString(x + 3, _y(top + 8), text)
        x += w
    c.setFont("Helvetica", 8)
    for r, row in enumerate(rows):
        x, row_top = LEFT, top + 12 + 16 * r
        for text, w in zip(row, widths, strict=True):
            c.rect(x, _y(row_top + 16), w, 16, stroke=1, fill=0)
            c.drawString(x + 3, _y(row_top + 11), text)
            x += w


def _read() -> dict[str, Action]:
    result = extract_plan(parse_pdf_bytes(_pdf(), "calendar.pdf"))
    return {a.ref or "": a for a in result.actions}


def test_each_entry_is_an_action_due_the_day_of_its_cell() -> None:
    actions = _read()
    assert sorted(actions) == ["1.1", "1.2", "2.1"]  # the event chip is no action
    for ref, *_rest, day in TASKS:
        assert actions[ref].due_date == date(YEAR, MONTH, day)
        assert actions[ref].due_raw == f"{calendar.month_name[MONTH]} {YEAR}"
    assert actions["2.1"].text == "Audit supervision records each month"


def test_the_owner_is_the_name_beside_the_avatar_not_its_initials() -> None:
    actions = _read()
    assert actions["2.1"].owner == "Helen Markham"
    assert actions["1.1"].owner == "Service Manager, Fostering"  # a post wrapped under it
    assert actions["1.2"].owner == "Priya Nandakumar"


def test_the_status_is_the_pill_and_an_entry_with_none_is_unrated() -> None:
    actions = _read()
    assert actions["2.1"].rag == "amber"
    assert actions["1.1"].rag == "green"  # 'Going OK': its pill's colour
    assert actions["1.2"].rag is None


def test_the_legend_gives_the_recommendations_and_the_colour_links_them() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "calendar.pdf"))
    texts = {r.number: r.text for r in result.recommendations}
    assert texts == {n: t for n, _c, t in LEGEND}
    ids = {r.id: r.number for r in result.recommendations}
    links = {a.ref: [ids[x] for x in a.recommendations] for a in result.actions}
    assert links == {"1.1": ["1"], "1.2": ["2"], "2.1": ["2"]}


def test_notes_after_the_calendar_are_progress_and_kpis_read_under_their_header() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "calendar.pdf"))
    progress = {a.ref: a.progress for a in result.actions}
    assert progress == {"1.1": "First cohort recruited", "1.2": None, "2.1": None}
    read = [(k.indicator, k.baseline, k.latest, k.target) for k in result.kpis]
    assert [(i, b and b.raw, n and n.raw, t and t.raw) for i, b, n, t in read] == KPIS


def test_calendar_months_leaves_other_tables_due_text_alone() -> None:
    a = Action(
        id="a1",
        text="Do it",
        due_raw="25 April 2027",
        provenance=Provenance(
            sha256="0" * 64, page=1, bbox=(1, 2, 3, 4), extractor="t", extractor_version="t"
        ),
    )
    assert calendar_months([a], [None])[0].due_raw == "25 April 2027"


def test_goal_metric_headers_name_a_measure_and_its_figures() -> None:
    # a planner's 'Goal metrics' table: the measure, not a target; 'Value now' the latest
    assert header_role("Goal metric") == "indicator"
    assert header_role("Opening value") == "baseline"
    assert header_role("Value now") == "latest"
    assert header_role("Goal value") == "target"


def _codes(pdf: bytes) -> dict[str, str]:
    result = extract_plan(parse_pdf_bytes(pdf, "calendar.pdf"))
    return {w.code: w.message for w in result.warnings}


def test_a_task_whose_ref_is_not_understood_is_said() -> None:
    odd = ("Action 3", ["Review the front door", "thresholds"], "HM", ["Helen Markham"],
           "Watch", "#ef6c00", 1, 11)  # fmt: skip
    said = _codes(_pdf([*TASKS, odd]))
    assert "plan_calendar_boxes_unread" in said and "Action 3" in said["plan_calendar_boxes_unread"]
    assert "plan_calendar_boxes_unread" not in _codes(_pdf())  # the event box is no task


def test_a_grid_with_no_month_heading_is_said() -> None:
    assert "plan_calendar_month_missing" in _codes(_pdf(heading=False))
    assert "plan_calendar_month_missing" not in _codes(_pdf())


def test_notes_naming_no_entry_are_said() -> None:
    notes = {**NOTES, "2.1": "Audit tool agreed", "4.9": "Awaiting data"}
    said = _codes(_pdf(notes=notes))
    assert "4.9" in said.get("plan_calendar_notes_unmatched", "")
    assert "plan_calendar_notes_unmatched" not in _codes(_pdf())
