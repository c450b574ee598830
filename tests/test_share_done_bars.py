"""A delivery dashboard: an unruled table under a ruled header row, a larger bold heading over
each workstream's rows (plan_columns._banner_row), and each row's share done drawn as a bar
whose colour is its status (progress_bars.paint_bars, column_roles._shaded_columns).

The status words are the dashboard's own ('Cruising', 'Shaky'), which no vocabulary reads: the
bar's colour says the status; a bar not begun (a grey track alone) says none."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.progress_bars import bar_colour
from plantrace.pipeline.reader import parse_pdf_bytes

COLOURS = {"green": "#2F9E44", "amber": "#E67700", "red": "#C92A2A", "blue": "#1C7ED6"}
X = {"ref": 34, "text": 90, "owner": 400, "due": 510, "bar": 610, "pct": 700, "status": 745}
# a heading (the second wraps), then its rows: ref, text lines, owner, due, share, status, RAG
STREAMS = [
    (["Workstream 1: Make sure children in care have timely health assessments"], [
        ("A1-01", ["Agree a pathway for initial health assessments with the",
                   "designated doctor"], "Nadia Farouk", "31 Mar 2026", 40, "Cruising", "green"),
        ("A1-02", ["Train foster carers in trauma-informed care"], "Tom Ellery", "30 Jun 2026",
         0, "Queued", None),
    ]),
    (["Workstream 2: Strengthen the response to children who go missing from home or care,",
      "including return home interviews"], [
        ("A2-01", ["Hold a monthly missing children panel"], "Rhys Oduya", "31 Jan 2026", 100,
         "Banked", "blue"),
        ("A2-02", ["Map where missing children are found and share it with the police"],
         "Nadia Farouk", "30 Sep 2026", 25, "Shaky", "amber"),
        ("A2-03", ["Commission an independent return home interview service"], "Tom Ellery",
         "31 Dec 2026", 15, "Jammed", "red"),
    ]),
]  # fmt: skip


def _dashboard(glossary: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    height = landscape(A4)[1]
    y = height - 40
    c.setFont("Helvetica-Bold", 15)
    c.drawString(34, y, "Programme delivery dashboard")
    y -= 34
    c.setFont("Helvetica-Bold", 8)
    for key, label in zip(X, ["Ref", "Deliverable", "Sponsor", "Due", "Progress", "", "State"],
                          strict=True):  # fmt: skip
        c.drawString(X[key], y, label)
    c.line(34, y - 4, 800, y - 4)
    y -= 22
    for heading, rows in STREAMS:
        c.setFillColor(colors.HexColor("#1F3A5F"))
        c.setFont("Helvetica-Bold", 9.5)
        for line in heading:
            c.drawString(34, y, line)
            y -= 13
        y -= 6
        for ref, text, owner, due, share, status, rag in rows:
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8.5)
            c.drawString(X["ref"], y, ref)
            for k, line in enumerate(text):
                c.drawString(X["text"], y - 12 * k, line)
            c.drawString(X["owner"], y, owner)
            c.drawString(X["due"], y, due)
            c.setFillColor(colors.HexColor("#E5E5E5"))
            c.rect(X["bar"], y - 2, 85, 9, stroke=0, fill=1)
            if share:
                c.setFillColor(colors.HexColor(COLOURS[rag]))
                c.rect(X["bar"], y - 2, 85 * share / 100, 9, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(X["pct"], y, f"{share}%")
            c.setFillColor(colors.HexColor(COLOURS.get(rag or "", "#777777")))
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(X["status"], y, status)
            y -= 12 * len(text) + 8
        y -= 10
    if glossary:  # a heading after the table over a list in columns of its own: no banner
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(34, y - 10, "Glossary")
        y -= 28
        for term, meaning in GLOSSARY:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(34, y, term)
            c.setFont("Helvetica", 8.5)
            c.drawString(75, y, meaning)
            y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


GLOSSARY = [
    ("CIN", "Child in need"),
    ("ICB", "Integrated Care Board"),
    ("MACE", "Multi-Agency Child Exploitation meeting"),
    ("SGO", "Special guardianship order"),
]


def test_rows_under_headings_and_the_bar_colour_as_status() -> None:
    plan = extract_plan(parse_pdf_bytes(_dashboard(), "dashboard.pdf"))
    expected = [row for _, rows in STREAMS for row in rows]
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, owner, iso, rag)
        for (ref, _, owner, _, _, _, rag), iso in zip(
            expected,
            ["2026-03-31", "2026-06-30", "2026-01-31", "2026-09-30", "2026-12-31"],
            strict=True,
        )
    ]
    assert plan.actions[0].text.endswith("with the designated doctor")


def test_a_bar_is_a_part_of_its_track_from_the_left() -> None:
    track = ((10.0, 5.0, 95.0, 14.0), "#e5e5e5")
    assert bar_colour([track, ((10.0, 5.0, 40.0, 14.0), "#2f9e44")]) == "#2f9e44"
    assert bar_colour([track, ((10.0, 5.0, 95.0, 14.0), "#1c7ed6")]) == "#1c7ed6"  # all done
    assert bar_colour([track]) is None  # not begun
    assert bar_colour([track, ((50.0, 5.0, 60.0, 14.0), "#2f9e44")]) is None  # not from the left
    two = [track, ((10.0, 5.0, 40.0, 14.0), "#2f9e44"), ((10.0, 5.0, 30.0, 14.0), "#c92a2a")]
    assert bar_colour(two) is None  # a stacked chart, not one bar


def test_a_heading_over_a_list_of_its_own_ends_the_table() -> None:
    plan = extract_plan(parse_pdf_bytes(_dashboard(glossary=True), "dashboard.pdf"))
    assert [a.ref for a in plan.actions] == [row[0] for _, rows in STREAMS for row in rows]
    assert [(g.abbreviation, g.expansion) for g in plan.glossary] == GLOSSARY
