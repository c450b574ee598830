"""A board of cards (issue 11): columns headed by a status, a card per action in its column,
no label on any card: the column is the card's status; its top line the ref and the
recommendation tag, its bottom line the owner (an avatar's initials before the name) and the
date. Built with reportlab, the columns drawn as grey boxes or with no box at all.
"""

from __future__ import annotations

import io
import sys

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_board import adopt_board, page_fills, status_heading
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Improve the quality of assessments so that they reflect each child's needs and history",
    "Strengthen management oversight and supervision of social work practice in all teams",
]
# column, ref, rec, text lines, initials, owner, due
CARDS = [
    ("Not started", "#103", "REC-2", ["Train all team managers in", "reflective supervision"],
     "DO", "David Osei", "30.09.2025"),
    ("In progress", "#101", "REC-1", ["Introduce a single assessment", "framework in every team"],
     "PN", "Priya Nandakumar", "31.03.2026"),
    ("In progress", "#104", "REC-2", ["Audit twelve supervision records", "each month"],
     "JM", "Joseph Mensah", "31.12.2025"),
    ("Overdue", "#102", "REC-1", ["Publish practice guidance on", "chronologies with examples"],
     "HM", "Helen Markham", "31.10.2025"),
    ("Complete", "#105", "REC-2", ["Publish a revised supervision", "standard"],
     "AC", "Amira Choudhury", "30.06.2025"),
]  # fmt: skip
COLUMNS = ["Not started", "In progress", "At risk", "Overdue", "Complete"]
WIDTH = 150.0
BARS = ["#495057", "#2f9e44", "#e67700", "#c92a2a", "#1864ab"]  # grey, green, amber, red, blue
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _board(
    boxed: bool, stacked: bool = False, bars: bool = False, cards: list[tuple] | None = None
) -> bytes:
    """stacked: the owner and the date on lines of their own ('Due 30 Sep 2025'), the count
    after a dot ('In progress · 2')."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    _, h = landscape(A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(30, h - 40, "Children's Services: Improvement Board")
    c.setFont("Helvetica", 8)
    c.drawString(30, h - 60, "One card per action; the column is its status.")
    for n, text in enumerate(RECS, 1):
        c.drawString(30, h - 75 - 12 * n, f"REC-{n} {text}")
    top = h - 130
    for k, name in enumerate(COLUMNS):
        x = 30 + k * (WIDTH + 8)
        cards_here = [card for card in cards or CARDS if card[0] == name]
        if boxed:
            c.setFillColorRGB(0.94, 0.94, 0.95)
            c.rect(x, 60, WIDTH, top - 50, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 10)
        if bars:  # the column's coloured strip under its heading
            c.setFillColor(BARS[k])
            c.rect(x + 4, top - 13, WIDTH - 8, 4, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        count = f"· {len(cards_here)}" if stacked else f"({len(cards_here)})"
        c.drawString(x + 4, top - 4, f"{name} {count}")
        y = top - 30
        for _, ref, rec, lines, initials, owner, due in cards_here:
            c.setFont("Helvetica", 7)
            c.drawString(x + 8, y, ref)
            c.drawRightString(x + WIDTH - 10, y, rec)
            y -= 12
            c.setFont("Helvetica", 9)
            for line in lines:
                c.drawString(x + 8, y, line)
                y -= 10
            y -= 3
            c.setFont("Helvetica", 6)
            if stacked:
                day, month, year = due.split(".")
                c.drawString(x + 8, y, owner)
                y -= 9
                c.drawString(x + 8, y, f"Due {int(day)} {MONTHS[int(month) - 1]} {year}")
            elif owner:
                c.drawString(x + 8, y, f"{initials}  {owner}")
                c.drawRightString(x + WIDTH - 10, y, due)
            y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "board.pdf"))


@pytest.mark.parametrize(("boxed", "stacked"), [(False, False), (True, False), (False, True)])
def test_board_columns_read_as_statuses(boxed: bool, stacked: bool) -> None:
    plan = _read(_board(boxed, stacked))
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        (
            "#101",
            "Introduce a single assessment framework in every team",
            "Priya Nandakumar",
            "2026-03-31",
            "green",  # 'In progress' on a board whose columns name its troubles
        ),
        (
            "#102",
            "Publish practice guidance on chronologies with examples",
            "Helen Markham",
            "2025-10-31",
            "red",
        ),
        (
            "#103",
            "Train all team managers in reflective supervision",
            "David Osei",
            "2025-09-30",
            None,
        ),
        (
            "#104",
            "Audit twelve supervision records each month",
            "Joseph Mensah",
            "2025-12-31",
            "green",  # 'In progress' on a board whose columns name its troubles
        ),
        ("#105", "Publish a revised supervision standard", "Amira Choudhury", "2025-06-30", "blue"),
    ]  # fmt: skip  (refs' order: the board sorts its cards by status)
    # green is inferred from the board's scale (its 'At risk' column, empty), not printed: said
    assert [w.code for w in plan.warnings if w.code == "status_scale_inferred"] == [
        "status_scale_inferred"
    ]
    texts = {r.id: r.text for r in plan.recommendations}
    assert [[texts[r] for r in a.recommendations] for a in plan.actions] == [
        [RECS[0]],
        [RECS[0]],
        [RECS[1]],
        [RECS[1]],
        [RECS[1]],
    ]


def test_a_board_with_no_rating_column_leaves_in_progress_unrated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 'Not started / In progress / Overdue / Complete': where work is ('Overdue' a date passed),
    # no column that rates it: 'In progress' is begun, unrated
    monkeypatch.setattr(
        sys.modules[__name__], "COLUMNS", ["Not started", "In progress", "Overdue", "Complete"]
    )
    plan = _read(_board(False))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("#101", None),
        ("#102", "red"),
        ("#103", None),
        ("#104", None),
        ("#105", "blue"),
    ]
    assert not [w for w in plan.warnings if w.code == "status_scale_inferred"]


def test_status_heading() -> None:
    assert status_heading("At risk (5)") == "At risk"
    assert status_heading("Not started") == "Not started"
    assert status_heading("Summary of progress against the plan") is None
    assert status_heading("Improvement Board") is None


def test_column_bars_colour_the_states_with_no_colour_of_their_own() -> None:
    """'In progress' names no colour; its column's green bar, one of five bars of different
    colours (the board's key), does. 'Not started' over a grey bar stays none."""
    doc = parse_pdf_bytes(_board(False, bars=True), "board.pdf")
    elements = adopt_board(read_layout(doc), page_fills(doc))
    tables = [el.table for el in elements if el.table is not None]
    assert len(tables) == 1
    t = tables[0]
    ref, rag = t.col("ref"), t.col("rag")
    got = {row.text(ref): normalise_rag(row.text(rag)) for row in t.rows}
    assert got == {"#101": "green", "#102": "red", "#103": None, "#104": "green", "#105": "blue"}
    plain = parse_pdf_bytes(_board(False), "board.pdf")  # no bars: the words alone
    t = next(el.table for el in adopt_board(read_layout(plain), page_fills(plain)) if el.table)
    assert [normalise_rag(row.text(rag)) for row in t.rows] == [None, "red", None, None, "blue"]


def test_avatar_owner_line_with_no_date_and_a_card_with_no_owner_line() -> None:
    """A card whose owner line (an avatar's initials, then the name) ends in no date the
    reader knows ('after the review') keeps its owner and the text as printed, so that the
    plan's date check warns of it; a card with no owner line at all is kept as a paragraph,
    not dropped."""
    cards = [
        *CARDS[:4],
        ("Complete", "#105", "REC-2", ["Publish a revised supervision", "standard"],
         "AC", "Amira Choudhury", "after the review"),
        ("At risk", "#106", "REC-1", ["Agree a new audit cycle with", "partner agencies"],
         "", "", ""),
    ]  # fmt: skip
    doc = parse_pdf_bytes(_board(True, cards=cards), "board.pdf")
    elements = adopt_board(read_layout(doc), page_fills(doc))
    t = next(el.table for el in elements if el.table is not None)
    ref, own, due = t.col("ref"), t.col("owner"), t.col("due")
    got = {row.text(ref): (row.text(own), row.text(due)) for row in t.rows}
    assert got["#105"] == ("Amira Choudhury", "after the review")
    assert "#106" not in got
    kept = [el.text for el in elements if el.table is None and "audit cycle" in el.text]
    assert kept == ["#106 REC-1 Agree a new audit cycle with partner agencies"]
    plan = extract_plan(doc)
    assert any(
        w.code == "plan_due_dates_unread" and "after the review" in w.message for w in plan.warnings
    )
