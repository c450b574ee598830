"""Round 13, fixer D: two readings of what a column's cells show.

A 'Target week' over each task's deadline names a KPI figure by its words, but a date is when,
not how much: rows whose only 'figures' are dates, beside a column of people, are tasks and give
no KPIs. A scorecard's target column of figures keeps its KPIs.

A status column tinted by its status in the palest shades (a pale green of saturation 0.057,
#e6f4ea) still shows each status by its hue, the column's several hues telling tints from
banding; a grey stays no status.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import tint_rags
from plantrace.pipeline.normalise.values import figure_time
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.scorecards import grid_pdf

STYLE = getSampleStyleSheet()["BodyText"]
FAINT_GREEN, FAINT_RED, FAINT_BLUE, GREY = "#E6F4EA", "#FBE3E3", "#E0EEFB", "#F2F2F2"


def _cards() -> bytes:
    """A roadmap's action cards: one boxed card each, 'label: value' lines under the action."""
    cards = [
        ("RM9", "Hold monthly practice workshops on writing analysis in assessments",
         "Ruth Kowalczyk", "Saturday 31 May 2025"),
        ("RM7", "Quality assure a sample of assessments every month through the audit programme",
         "Fatima Rahman", "Thursday 31 July 2025"),
        ("RM3", "Make sure every child in care has a personal education plan reviewed each term",
         "Joseph Mensah", "Sunday 31 August 2025"),
    ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    story: list[Flowable] = [Paragraph("Our Improvement Roadmap", STYLE)]
    for ref, text, who, due in cards:
        cell = [
            Paragraph(f"<b>{ref}</b> {text}", STYLE),
            Paragraph(f"Lead sponsor: {who}", STYLE),
            Paragraph(f"Target week: {due}", STYLE),
            Paragraph("Responds to: Area to strengthen 1", STYLE),
        ]
        card = Table([[cell]], colWidths=[260])
        card.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "grey")]))
        story += [card, Spacer(1, 18)]
    doc.build(story)
    return buf.getvalue()


def test_cards_whose_target_is_a_date_give_no_kpis() -> None:
    # 'Target week: Saturday 31 May 2025' under each card: the cards read as a table whose
    # 'target' column holds dates beside a column of people; no figure anywhere
    plan = extract_plan(parse_pdf_bytes(_cards(), "roadmap"))
    assert plan.kpis == []


def test_a_target_column_of_figures_keeps_its_kpis() -> None:
    rows = [
        ["Measure", "Baseline", "Target week"],
        ["Return interviews offered within 72 hours", "41%", "85%"],
        ["Strategy meetings with health present", "52%", "90%"],
        ["Children seen within timescales on their plan", "63%", "95%"],
    ]
    pdf = grid_pdf("Scorecard, August 2025", rows, [320, 100, 100])
    plan = extract_plan(parse_pdf_bytes(pdf, "scorecard"))
    assert [k.target.raw if k.target else None for k in plan.kpis] == ["85%", "90%", "95%"]


def test_faintest_status_tints_read_by_their_hue() -> None:
    assert tint_rags([FAINT_GREEN, FAINT_RED, FAINT_BLUE, GREY, None]) == [
        "green",
        "red",
        "blue",
        None,
        None,
    ]
    # one faint tint down a whole column is banding, not a status
    assert tint_rags([FAINT_GREEN, FAINT_GREEN, FAINT_GREEN]) == [None, None, None]


def _tracker(rows: list[tuple[str, str, str, str, str, str]]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Ref", "Action", "Lead officer", "Deadline", "Flag"]
    data = [[Paragraph(x, STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r[:5]] for r in rows]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [
        ("BACKGROUND", (4, i), (4, i), colors.HexColor(r[5])) for i, r in enumerate(rows, start=1)
    ]
    t = Table(data, colWidths=[50, 300, 150, 90, 100])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Improvement plan monitoring 2025/26: tracker", STYLE), t])
    return buf.getvalue()


def test_words_no_vocabulary_holds_on_faint_tints() -> None:
    rows = [
        ("T-001", "Offer tuition to every child in care who is behind in reading at eleven",
         "Head of Virtual School", "31 Jan 2026", "Comfortable", FAINT_GREEN),
        ("T-002", "Agree a joint protocol with the police on attendance at strategy discussions",
         "Head of Safeguarding", "30 Apr 2026", "Worrying", FAINT_RED),
        ("T-003", "Publish a revised threshold document with partners and schools",
         "Head of Early Help", "31 May 2025", "Wrapped", FAINT_BLUE),
        ("T-004", "Set up a daily virtual strategy meeting slot for partners",
         "Head of Service", "30 Jun 2026", "Not started", GREY),
    ]  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_tracker(rows), "tracker"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("T-001", "green"),
        ("T-002", "red"),
        ("T-003", "blue"),
        ("T-004", None),
    ]


def test_a_time_phrase_holds_the_shorter_words_inside_it() -> None:
    # 'measured' alone speaks of now, but inside 'first measured' it is the start
    assert figure_time("First measured") == "start"
    assert figure_time("Measured") == "now"
    assert figure_time("Last measured") == "now"
    assert figure_time("First reading") == "start"
    assert figure_time("Figure this round") == "now"
    assert figure_time("Current target") is None  # two times named: none told


def test_scorecard_headed_first_reading_and_figure_this_round() -> None:
    rows = [
        ["Metric name", "Figure this round", "First reading", "End-state figure"],
        ["Supervision held within four weeks", "77.1%", "12%", "64.1%"],
        ["Social worker vacancy rate", "75%", "84.7%", "73%"],
        ["Children in care with an up-to-date health assessment", "85.1%", "9%", "45%"],
    ]
    pdf = grid_pdf("How we will measure success", rows, [300, 110, 100, 110])
    plan = extract_plan(parse_pdf_bytes(pdf, "scorecard"))
    got = [(k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
            k.target.raw if k.target else None) for k in plan.kpis]  # fmt: skip
    assert got == [("12%", "77.1%", "64.1%"), ("84.7%", "75%", "73%"), ("9%", "85.1%", "45%")]


def test_rows_under_a_header_of_their_own_inside_a_scorecard() -> None:
    # a second measures block printed in the same grid under its own header, its columns in
    # another order: its rows are read by that header, and the header row is no KPI
    rows = [
        ["Measure", "Baseline", "Latest", "Target"],
        ["Return interviews offered within 72 hours", "41%", "60%", "85%"],
        ["Strategy meetings with health present", "52%", "70%", "90%"],
        ["Indicator watched", "Figure this round", "First reading", "End-state figure"],
        ["Children seen within timescales on their plan", "74.2%", "21.5%", "29.1%"],
        ["Initial conferences within 15 working days", "14%", "55%", "90%"],
    ]
    plan = extract_plan(parse_pdf_bytes(grid_pdf("Scorecard", rows, [300, 110, 110, 110]), "kpis"))
    got = [(k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
            k.target.raw if k.target else None) for k in plan.kpis]  # fmt: skip
    assert got == [
        ("41%", "60%", "85%"),
        ("52%", "70%", "90%"),
        ("21.5%", "74.2%", "29.1%"),
        ("55%", "14%", "90%"),
    ]
