"""Card plans (issue 11): a card per action, whatever its labels and separators.

Every plan here is a realistic PDF built with reportlab (or a Word file, read directly and as
its LibreOffice print): titles as headings or bold lines, numbered or not, wrapped; labels from
the table vocabulary or none; colons, spaced dashes and tab-wide gaps as separators.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_cards import field_line, labelled_roles
from plantrace.models.grades import DocumentKind
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import print_pdf

RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
}
# ref, action, owner, due as printed, due read, status as printed, RAG read
CARDS = [
    ("1.1", "Introduce a single assessment framework across all locality teams so that every child"
     " is assessed in the same way", "Head of Early Help", "March 2025", "2025-03-31",
     "On track", "green"),
    ("1.2", "Audit twelve assessments every month and report the findings to the practice quality"
     " group", "Jane Smith (Principal Social Worker)", "Q2 2025/26", "2025-09-30", "Delayed",
     "amber"),
    ("2.1", "Publish a revised supervision standard with a four-weekly minimum",
     "Service Manager, Assessment", "31/10/2025", "2025-10-31", "Complete", "blue"),
    ("2.2", "Train all team managers in reflective supervision with the regional partnership",
     "David Osei", "Spring 2026", "2026-05-31", "Off track", "red"),
]  # fmt: skip
PROGRESS = (
    "Framework drafted with team managers and shared with partners; the first locality goes"
    " live in January after training for every social worker in the team"
)


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "plan.pdf"))


def _facts(plan: PlanExtraction) -> list[tuple[str | None, str, str | None, str, str | None]]:
    return [
        (a.ref, a.text, a.owner, str(a.due_date), a.rag)
        for a in plan.actions
    ]  # fmt: skip


EXPECTED = [(ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag in CARDS]


def _recs(plan: PlanExtraction) -> list[list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [[numbers[r] for r in a.recommendations] for a in plan.actions]


def _platypus(story: list[object], pagesize: tuple[float, float] = A4) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=pagesize, title="Improvement plan").build(story)
    return buf.getvalue()


def test_heading_titles_and_colon_labels() -> None:
    """Titles are headings larger than their 'Lead officer:' lines; recommendation headings
    above each run of cards group them."""
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Children's Services Improvement Plan 2025", styles["Title"])]
    for number, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {number}: {rec}", styles["Heading2"]))
        for ref, text, owner, due, _, status, _ in CARDS:
            if ref.startswith(number):
                story += [
                    Paragraph(f"{ref} {text}", styles["Heading3"]),
                    Paragraph(f"Lead officer: {owner}", styles["BodyText"]),
                    Paragraph(f"Deadline: {due}", styles["BodyText"]),
                    Paragraph(f"RAG status: {status}", styles["BodyText"]),
                ]
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]
    assert plan.warnings == []


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_bold_labels_with_spaced_dashes_and_wrapped_values(dash: str) -> None:
    """'<b>Owner</b> - value' under a numbered bold title that wraps; a long update wraps too.
    The labels are ones tables use ('Owner', 'Target date', 'Update', 'Rating'), never with a
    colon here."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("card", parent=styles["BodyText"], fontSize=9, leading=11)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", spaceBefore=8)
    story: list[object] = [Paragraph("Improvement Plan 2025-26", styles["Title"])]
    for number, rec in RECS.items():
        story.append(Paragraph(f"{number}. {rec}", styles["Heading2"]))
        for ref, text, owner, due, _, status, _ in CARDS:
            if ref.startswith(number):
                update = PROGRESS if ref == "1.1" else "Work started"
                story.append(KeepTogether([
                    Paragraph(f"{ref} {text}", title),
                    Paragraph(f"<b>Owner</b> {dash} {owner}", body),
                    Paragraph(f"<b>Target date</b> {dash} {due}", body),
                    Paragraph(f"<b>Update</b> {dash} {update}", body),
                    Paragraph(f"<b>Rating</b> {dash} {status}", body),
                ]))  # fmt: skip
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED
    assert plan.actions[0].progress == PROGRESS  # its second line carried on
    assert [a.progress for a in plan.actions[1:]] == ["Work started"] * 3
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]
    assert plan.warnings == []


def _tab_cards(labels: tuple[str, str, str], dues: list[str] | None = None) -> bytes:
    """Cards typed with a tab after each label: label at the margin, value at a tab stop."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 790.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, "Improvement plan: progress against the recommendations")
    y -= 34
    for k, (ref, text, owner, due, _, status, _) in enumerate(CARDS):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"{ref} {text[:80].rstrip()}")
        y -= 13
        values = (owner, dues[k] if dues else due, status)
        for label, value in zip(labels, values, strict=True):
            c.setFont("Helvetica", 10)
            c.drawString(60, y, label)
            c.drawString(170, y, value)
            y -= 13
        y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def test_tab_separated_labels_no_vocabulary_knows() -> None:
    """'Contact', 'Finish', 'Standing' name no column in the vocabulary: the values tell the
    roles (people -> owner, dates -> due, status words -> RAG), as they would in a table."""
    plan = _read(_tab_cards(("Contact", "Finish", "Standing")))
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, text[:80].rstrip(), owner, due, rag) for ref, text, owner, _, due, _, rag in CARDS
    ]
    # the title names recommendations and none is listed: that alone is said (link_gaps)
    assert [w.code for w in plan.warnings] == ["plan_links_unread"]


def test_fields_side_by_side_on_one_line() -> None:
    """'Lead: ...' and 'Deadline: ...' on one line, a tab stop apart, are two fields."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 790.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, "Improvement plan 2025")
    y -= 34
    for ref, text, owner, due, _, status, _ in CARDS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"{ref} {text[:80].rstrip()}")
        c.setFont("Helvetica", 10)
        c.drawString(60, y - 13, f"Lead: {owner}")
        c.drawString(330, y - 13, f"Deadline: {due}")
        c.drawString(60, y - 26, f"Status: {status}")
        y -= 51
    c.showPage()
    c.save()
    plan = _read(buf.getvalue())
    assert _facts(plan) == [(r, t[:80].rstrip(), o, d, g) for r, t, o, d, g in EXPECTED]
    assert plan.warnings == []


def test_kpi_cards() -> None:
    """Cards whose labels name figures ('Baseline:', 'Target:') are KPI rows, the title the
    indicator; a plan of measures alone is told, gently, that no action was read (a plan with
    no action is never silent), as a scorecard of measures alone."""
    styles = getSampleStyleSheet()
    measures = [
        ("Assessments completed within 45 working days", "62%", "85%"),
        ("Children seen within timescales on their plan", "71%", "95%"),
        ("Care leavers in education, employment or training", "48%", "60%"),
    ]
    story: list[object] = [Paragraph("Improvement plan 2025: performance", styles["Title"])]
    for indicator, baseline, target in measures:
        story += [
            Paragraph(f"<b>{indicator}</b>", styles["BodyText"]),
            Paragraph(f"Baseline: {baseline}", styles["BodyText"]),
            Paragraph(f"Target: {target}", styles["BodyText"]),
            Spacer(1, 6),
        ]
    plan = _read(_platypus(story))
    assert plan.actions == []
    assert [
        (k.indicator, k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ] == measures
    assert [w.code for w in plan.warnings] == ["plan_no_actions"]
    assert "only 3 KPI row(s): the document reads as a scorecard" in plan.warnings[0].message


def test_dates_that_cannot_be_read_are_never_silent() -> None:
    dues = ["When the board agrees", "After the review", "Once funded", "When the board agrees"]
    plan = _read(_tab_cards(("Lead", "Deadline", "Status"), dues))
    assert [a.owner for a in plan.actions] == [c[2] for c in CARDS]
    assert [a.due_raw for a in plan.actions] == dues
    assert all(a.due_date is None for a in plan.actions)
    # and the recommendations the title names, none listed (link_gaps)
    assert [w.code for w in plan.warnings] == ["plan_due_dates_unread", "plan_links_unread"]
    assert "could not be read for any of the 4 actions" in plan.warnings[0].message


def test_card_run_without_dates_warns_in_a_dated_plan() -> None:
    """A plan whose table has dates and whose cards name none: the cards' dates are unknown."""
    styles = getSampleStyleSheet()
    story: list[object] = [
        Paragraph("Improvement plan 2025", styles["Title"]),
        Paragraph("Recommendation 1: " + RECS["1"], styles["Heading1"]),
        Table([["Ref", "Action", "Lead officer", "Deadline"],
               ["1.1", "Agree the assessment framework", "Head of Early Help", "March 2025"],
               ["1.2", "Audit assessments monthly", "Principal Social Worker", "June 2025"]],
              style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]),
        Paragraph("Recommendation 2: " + RECS["2"], styles["Heading1"]),
    ]  # fmt: skip
    for ref, text, owner, *_ in CARDS[2:]:
        story += [
            Paragraph(f"<b>{ref} {text}</b>", styles["BodyText"]),
            Paragraph(f"Lead: {owner}", styles["BodyText"]),
            Paragraph("Update: work has started", styles["BodyText"]),
            Spacer(1, 6),
        ]
    plan = _read(_platypus(story))
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("1.1", "Head of Early Help", "2025-03-31"),
        ("1.2", "Principal Social Worker", "2025-06-30"),
        ("2.1", "Service Manager, Assessment", "None"),
        ("2.2", "David Osei", "None"),
    ]
    # the cards print no status: that none was read is said (plan_status_unread), as always
    assert [w.code for w in plan.warnings] == ["plan_due_dates_unread", "plan_status_unread"]
    assert "a run of 2 action cards" in plan.warnings[0].message
    assert plan.warnings[0].page == 1


def test_a_runs_last_card_alone_at_the_top_of_a_page() -> None:
    """The last card of a run printed alone on the next page is still a card: its labels are
    those of the plan's other cards."""
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Improvement plan 2025", styles["Title"])]
    for i, (ref, text, owner, due, _, status, _) in enumerate(CARDS):
        if i == 3:
            story.append(PageBreak())
        story += [
            Paragraph(f"<b>{ref} {text}</b>", styles["BodyText"]),
            Paragraph(f"Lead: {owner}", styles["BodyText"]),
            Paragraph(f"Deadline: {due}", styles["BodyText"]),
            Paragraph(f"Status: {status}", styles["BodyText"]),
            Spacer(1, 8),
        ]
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED
    assert plan.actions[3].provenance.page == 2


def test_labels_printed_above_their_values() -> None:
    """A definition list (HTML <dl>) or a stacked form: each label alone on its line, its value
    indented below it, wrapped when long."""
    styles = getSampleStyleSheet()
    dt = ParagraphStyle("dt", parent=styles["BodyText"], fontName="Helvetica-Bold", spaceAfter=0)
    dd = ParagraphStyle("dd", parent=styles["BodyText"], leftIndent=30, spaceBefore=0)
    story: list[object] = [Paragraph("Improvement plan 2025", styles["Title"])]
    for number, rec in RECS.items():
        story.append(Paragraph(f"{number}. {rec}", styles["Heading2"]))
        for ref, text, owner, due, _, status, _ in CARDS:
            if ref.startswith(number):
                update = PROGRESS if ref == "1.1" else "Work started"
                story.append(KeepTogether([
                    Paragraph(f"{ref} {text}", styles["Heading4"]),
                    Paragraph("Lead officer", dt), Paragraph(owner, dd),
                    Paragraph("Deadline", dt), Paragraph(due, dd),
                    Paragraph("Progress", dt), Paragraph(update, dd),
                    Paragraph("Status", dt), Paragraph(status, dd),
                ]))  # fmt: skip
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED
    assert plan.actions[0].progress == PROGRESS
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]
    assert plan.warnings == []


def test_a_card_cut_by_the_page_break() -> None:
    """The page ends after a card's first field; its other fields open the next page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 790.0
    for k, (ref, text, owner, due, _, status, _) in enumerate(CARDS):
        fields = [f"Lead: {owner}", f"Deadline: {due}", f"Status: {status}"]
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"{ref} {text[:80].rstrip()}")
        c.setFont("Helvetica", 10)
        for n, field in enumerate(fields):
            if k == 2 and n == 1:  # the page breaks inside the third card
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 800.0
            y -= 13
            c.drawString(60, y, field)
        y -= 25
    c.showPage()
    c.save()
    plan = _read(buf.getvalue())
    assert _facts(plan) == [(r, t[:80].rstrip(), o, d, g) for r, t, o, d, g in EXPECTED]
    assert [a.provenance.page for a in plan.actions] == [1, 1, 1, 2]
    assert plan.warnings == []


def test_one_card_a_page() -> None:
    """A deck printed one card a slide: no page has a run, the labels come back page after page."""
    styles = getSampleStyleSheet()
    story: list[object] = []
    for ref, text, owner, due, _, status, _ in CARDS:
        story += [
            Paragraph(f"{ref} {text}", styles["Heading2"]),
            Paragraph(f"Owner – {owner}", styles["BodyText"]),
            Paragraph(f"Target date – {due}", styles["BodyText"]),
            Paragraph(f"Rating – {status}", styles["BodyText"]),
            PageBreak(),
        ]
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED
    assert [a.provenance.page for a in plan.actions] == [1, 2, 3, 4]


def test_section_fields_above_tables_on_every_page_are_not_cards() -> None:
    """'Lead: ...' and 'Oversight: ...' under each theme heading, page after page, each above its
    table, say who leads and oversees that table's actions: they are no card."""
    styles = getSampleStyleSheet()
    grid = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    story: list[object] = []
    for number, rec in RECS.items():
        rows = [[ref, text[:60], due] for ref, text, _, due, *_ in CARDS if ref.startswith(number)]
        story += [
            Paragraph(f"Recommendation {number}: {rec}", styles["Heading2"]),
            Paragraph("Lead: Assistant Director, Children's Social Care", styles["BodyText"]),
            Paragraph("Oversight: Improvement Board", styles["BodyText"]),
            Table([["Ref", "Action", "Deadline"], *rows], colWidths=[30, 300, 80], style=grid),
            PageBreak(),
        ]
    plan = _read(_platypus(story))
    assert [(a.ref, a.owner, a.governance) for a in plan.actions] == [
        (c[0], "Assistant Director, Children's Social Care", "Improvement Board") for c in CARDS
    ]
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]


def test_a_card_label_no_role_fits_is_said() -> None:
    """A label whose values are neither people, dates, statuses nor prose ('Team: Fostering')
    gets no role: plan_column_unplaced names the card label; the rest of the cards are read."""
    styles = getSampleStyleSheet()
    teams = ["Fostering", "Assessment", "Front Door", "Care Leavers"]
    story: list[object] = [Paragraph("Improvement plan 2025", styles["Title"])]
    for (ref, text, owner, due, *_), team in zip(CARDS, teams, strict=True):
        story += [
            Paragraph(f"<b>{ref} {text}</b>", styles["BodyText"]),
            Paragraph(f"Lead: {owner}", styles["BodyText"]),
            Paragraph(f"Team: {team}", styles["BodyText"]),
            Paragraph(f"Deadline: {due}", styles["BodyText"]),
            Spacer(1, 6),
        ]
    plan = _read(_platypus(story))
    assert [(a.owner, str(a.due_date)) for a in plan.actions] == [(c[2], c[4]) for c in CARDS]
    assert [(w.code, w.message) for w in plan.warnings] == [(
        "plan_column_unplaced",
        "a card label 'Team' (4 values) could not be placed: its values are not read",
    ), (  # the cards print no status: that none was read is said, as always
        "plan_status_unread",
        "no status was read for any of the 4 actions: if the plan rates them (a column, a colour,"
        " a mark, a word) it was not read; RAG coverage is unknown, not 'unrated'",
    )]  # fmt: skip


def test_an_empty_table_among_cards(tmp_path: Path) -> None:
    """A Word card plan with a blank table in it (a form left empty): no card, no failure."""
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025", style="Title")
    d.add_table(rows=2, cols=2).style = "Table Grid"
    for ref, text, owner, due, _, status, _ in CARDS:
        d.add_paragraph().add_run(f"{ref} {text}").bold = True
        d.add_paragraph(f"Lead officer: {owner}")
        d.add_paragraph(f"Deadline: {due}")
        d.add_paragraph(f"Status: {status}")
    d.add_table(rows=3, cols=2).style = "Table Grid"
    d.save(str(tmp_path / "cards.docx"))
    result = extract_file(tmp_path / "cards.docx")
    assert result.status.value == "ok"
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == EXPECTED


def test_repeated_notes_are_not_cards() -> None:
    """Blocks that repeat labels naming no action column ('Summary:', 'Note:') with prose values
    are minutes, not actions: nothing is read, and the plan says so."""
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Improvement plan: board minutes", styles["Title"])]
    for topic in ("Assessment quality", "Supervision", "Care leavers"):
        story += [
            Paragraph(f"<b>{topic}</b>", styles["BodyText"]),
            Paragraph(f"Summary: the board discussed {topic.lower()} at length and agreed to"
                      " come back to it at the next meeting in the spring.", styles["BodyText"]),
            Paragraph("Note: members asked for a short written briefing before then.",
                      styles["BodyText"]),
        ]  # fmt: skip
    plan = _read(_platypus(story))
    assert plan.actions == []
    assert [w.code for w in plan.warnings] == ["plan_no_actions"]


def test_field_lines() -> None:
    def line(text: str) -> Line:
        return Line(
            text, (0.0, 0.0, 300.0, 10.0), 10.0, False, 1, 0, words=[Word(text, 0, 0, 1, 1)]
        )

    assert field_line(line("Target date - By 30 Sep 2027")) == ("Target date", "By 30 Sep 2027")
    assert field_line(line("Lead officer(s): Head of Service")) == (
        "Lead officer(s)", "Head of Service"
    )  # fmt: skip
    assert field_line(line("Progress:")) == ("Progress", "")
    assert field_line(line("Action 1.1: Introduce a framework")) is None  # a number: a title
    assert field_line(line("1.1 Report health - monthly")) is None
    assert field_line(line("We will, as the board asked: report monthly")) is None  # 5 words
    assert labelled_roles(["Owner - Jane Smith", "Target date - March 2025", "Venue: x"]) == {
        "owner", "due"
    }  # fmt: skip


def test_a_plan_of_dash_labelled_cards_is_classified_as_a_plan(tmp_path: Path) -> None:
    """The classifier's plan signs include labelled who/when lines, not only table wording."""
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Children's Services Improvement Plan", styles["Title"])]
    for ref, text, owner, due, *_ in CARDS:
        story += [
            Paragraph(f"<b>{ref} {text}</b>", styles["BodyText"]),
            Paragraph(f"Owner - {owner}", styles["BodyText"]),
            Paragraph(f"Target date - {due}", styles["BodyText"]),
            Spacer(1, 6),
        ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(_platypus(story))
    result = extract_file(path)
    assert result.kind is DocumentKind.improvement_plan
    assert [(a.owner, str(a.due_date)) for a in result.actions] == [(c[2], c[4]) for c in CARDS]


@pytest.mark.parametrize("caption", [True, False])
def test_cards_printed_as_label_value_tables(caption: bool) -> None:
    """A card as a small ruled table: the action as a caption row spanning it (or a bold line
    just above it), then 'Lead officer | ...' rows; the labels repeat table after table."""
    styles = getSampleStyleSheet()
    grid = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    story: list[object] = [Paragraph("Improvement plan 2025", styles["Title"])]
    for number, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {number}: {rec}", styles["Heading2"]))
        for ref, text, owner, due, _, status, _ in CARDS:
            if not ref.startswith(number):
                continue
            rows = [["Lead officer", owner], ["Deadline", due], ["Status", status]]
            title = Paragraph(f"<b>{ref} {text}</b>", styles["BodyText"])
            if caption:
                table = Table([[title, ""], *rows], colWidths=[110, 340],
                              style=[*grid, ("SPAN", (0, 0), (1, 0))])  # fmt: skip
                story += [table, Spacer(1, 10)]
            else:
                story += [title, Table(rows, colWidths=[110, 340], style=grid), Spacer(1, 10)]
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]
    assert plan.warnings == []


def test_word_cards_as_label_value_tables(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025", style="Title")
    for number, rec in RECS.items():
        d.add_heading(f"Recommendation {number}: {rec}", 1)
        for ref, text, owner, due, _, status, _ in CARDS:
            if ref.startswith(number):
                d.add_paragraph().add_run(f"{ref} {text}").bold = True
                t = d.add_table(rows=3, cols=2)
                t.style = "Table Grid"
                for i, row in enumerate([("Lead officer", owner), ("Deadline", due),
                                         ("Status", status)]):  # fmt: skip
                    t.cell(i, 0).text, t.cell(i, 1).text = row
    d.save(str(tmp_path / "cards.docx"))
    result = extract_file(tmp_path / "cards.docx")
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == EXPECTED
    assert [a.provenance.locator for a in result.actions][:2] == [
        "paragraph 3; table 1 rows 1-3",
        "paragraph 4; table 2 rows 1-3",
    ]
    assert result.warnings == []


def test_a_heading_at_the_foot_of_a_page_starts_the_next_section() -> None:
    """Recommendation 2's heading is the last line of page 1, its table (same repeated header)
    opens page 2: those rows are recommendation 2's, not more of recommendation 1's table."""
    styles = getSampleStyleSheet()
    header = ["Ref", "Action", "Lead officer", "Deadline"]
    grid = [("GRID", (0, 0), (-1, -1), 0.5, "black")]

    def table(number: str) -> Table:
        rows = [[ref, text[:60], owner, due] for ref, text, owner, due, *_ in CARDS
                if ref.startswith(number)]  # fmt: skip
        return Table([header, *rows], colWidths=[30, 260, 120, 70], style=grid)

    story: list[object] = [
        Paragraph("Improvement plan 2025", styles["Title"]),
        Paragraph(f"1. {RECS['1']}", styles["Heading2"]),
        table("1"),
        Spacer(1, 430),
        Paragraph(f"2. {RECS['2']}", styles["Heading2"]),
        PageBreak(),
        table("2"),
    ]
    plan = _read(_platypus(story))
    assert [(a.ref, a.provenance.page) for a in plan.actions] == [
        ("1.1", 1), ("1.2", 1), ("2.1", 2), ("2.2", 2)
    ]  # fmt: skip
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]


def _word_cards(path: Path) -> None:
    """A Word card plan: recommendation headings, each action's title a heading of its own."""
    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025", style="Title")
    d.add_paragraph("This plan answers the recommendations Ofsted made after its inspection.")
    for number, rec in RECS.items():
        d.add_heading(f"Recommendation {number}: {rec}", 1)
        for ref, text, owner, due, _, status, _ in CARDS:
            if ref.startswith(number):
                d.add_heading(f"{ref} {text}", 2)
                d.add_paragraph(f"Lead officer: {owner}")
                d.add_paragraph(f"Deadline: {due}")
                d.add_paragraph(f"Status: {status}")
    d.save(str(path))


def test_word_card_plan_with_heading_titles(tmp_path: Path) -> None:
    _word_cards(tmp_path / "cards.docx")
    result = extract_file(tmp_path / "cards.docx")
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == EXPECTED
    numbers = {r.id: r.number for r in result.recommendations}
    assert [[numbers[r] for r in a.recommendations] for a in result.actions] == [
        ["1"], ["1"], ["2"], ["2"]
    ]  # fmt: skip
    assert result.warnings == []


def test_word_card_plan_printed_by_libreoffice(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF print cannot be made")
    _word_cards(tmp_path / "cards.docx")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "cards.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    result = extract_file(tmp_path / "cards.pdf")
    assert result.kind is DocumentKind.improvement_plan
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == EXPECTED
    assert [r.number for r in result.recommendations] == ["1", "2"]


def _label_row_cards(wrap_owner: bool) -> bytes:
    """Cards whose labels are a row of small capitals above a row of values (an HTML card whose
    fields are a one-row table), each card's title a bold line under its ref."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 790.0
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, y, "Improvement plan: progress against the recommendations")
    y -= 30
    cols = (55, 235, 315, 480)
    for n, (ref, text, owner, due, _, status, _) in enumerate(CARDS):
        c.setFont("Helvetica", 8)
        c.drawString(55, y, f"Item {ref}")
        y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(55, y, text[:90].rstrip())
        y -= 13
        c.setFont("Helvetica", 7)
        for x, label in zip(cols, ("LED BY", "COMPLETE BY", "PROGRESS", "STATUS"), strict=True):
            c.drawString(x, y, label)
        y -= 11
        c.setFont("Helvetica", 9)
        first, rest = (owner.split(" ", 1) + [""])[:2] if wrap_owner and n == 2 else (owner, "")
        for x, value in zip(cols, (first, due, "Work under way", status), strict=True):
            c.drawString(x, y, value)
        if rest:
            c.drawString(55, y - 11, rest)
            y -= 11
        y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("wrap_owner", [False, True])
def test_labels_in_a_row_above_their_values(wrap_owner: bool) -> None:
    """A header line of labels that comes back card after card, over a line of values: each
    value is the field of the label it stands under (a wrapped value stays in its column)."""
    plan = _read(_label_row_cards(wrap_owner))
    assert [(a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (text[:90].rstrip(), owner, due, rag) for _, text, owner, _, due, _, rag in CARDS
    ]
    assert {a.progress for a in plan.actions} == {"Work under way"}


def _chromium_cards(tmp: Path, bar: bool, status: bool = True) -> bytes:
    """A web page of boxed cards, labels in small capitals over their values; with `bar` each
    card says its status only by the colour of a bar down its left side; without `status` the
    cards have no status at all (two fields each)."""
    colours = {"green": "#00B050", "amber": "#FFC000", "red": "#FF0000", "blue": "#0070C0"}
    cards = []
    for ref, text, owner, due, _, said, rag in CARDS:
        style = f" style='border-left: 5pt solid {colours[rag]}'" if bar else ""
        labels = ["Led by", "Complete by", *([] if bar or not status else ["Status"])]
        values = [owner, due, *([] if bar or not status else [said])]
        cards.append(
            f"<div class='card'{style}><p class='ref'>Item {ref}</p><p class='t'>{text}</p>"
            "<table><tr>" + "".join(f"<td class='l'>{x}</td>" for x in labels) + "</tr><tr>"
            + "".join(f"<td>{x}</td>" for x in values) + "</tr></table></div>"
        )  # fmt: skip
    html = (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}"
        ".card{border:0.6pt solid #999;margin:0 0 8pt;padding:4pt 6pt}"
        ".ref{color:#555;font-size:7.5pt;margin:0}.t{font-weight:bold;margin:1pt 0 4pt}"
        "td{padding:1pt 12pt 1pt 0;vertical-align:top}"
        ".l{color:#666;font-size:7pt;text-transform:uppercase}"
        "</style></head><body><h1>Improvement plan 2025</h1>"
        f"<h2>Area for improvement 1: {RECS['1']}</h2>{cards[0]}{cards[1]}"
        f"<h2>Area for improvement 2: {RECS['2']}</h2>{cards[2]}{cards[3]}</body></html>"
    )
    page = tmp / "plan.html"
    page.write_text(html)
    out = tmp / "plan.pdf"
    print_pdf(page, out)
    return out.read_bytes()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
@pytest.mark.parametrize("bar", [False, True])
def test_boxed_web_cards_status_in_words_or_a_side_bar(tmp_path: Path, bar: bool) -> None:
    """Boxed cards printed by Chromium, labels above values: the status is the word, or (no
    word) the colour of the bar down the card's side. The recommendations are headings under a
    name of the plan's own ('Area for improvement 1: ...'), numbered, each a sentence."""
    plan = _read(_chromium_cards(tmp_path, bar))
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag in CARDS
    ]  # the ref from the line over the title ('Item 1.1')
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]
    assert [r.text for r in plan.recommendations] == [RECS["1"], RECS["2"]]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
def test_boxed_web_cards_of_two_fields(tmp_path: Path) -> None:
    """A bordered card of two fields is found as a one-cell table; its lines are still cards."""
    plan = _read(_chromium_cards(tmp_path, bar=False, status=False))
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, owner, due, None) for ref, _, owner, _, due, _, _ in CARDS
    ]
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]


def test_last_card_a_page_above_a_measures_heading_and_table_is_a_card() -> None:
    """One card a page, the last page closing with a measures table under its own heading: the
    card above that heading is a card still (the field lines right above a table speak for it,
    a heading between them and the table says they do not)."""
    styles = getSampleStyleSheet()
    grid = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    story: list[object] = []
    for k, (ref, text, owner, due, _, status, _) in enumerate(CARDS):
        story += [
            Paragraph(f"{ref} {text}", styles["Heading2"]),
            Paragraph(f"Owner – {owner}", styles["BodyText"]),
            Paragraph(f"Target date – {due}", styles["BodyText"]),
            Paragraph(f"Rating – {status}", styles["BodyText"]),
        ]
        if k + 1 < len(CARDS):
            story.append(PageBreak())
    measures = [
        ["Measure", "Baseline", "Target"],
        ["Contacts decided within 24 hours", "61%", "90%"],
    ]
    story += [Paragraph("Measures", styles["Heading2"]), Table(measures, style=grid)]
    plan = _read(_platypus(story))
    assert _facts(plan) == EXPECTED


def test_a_heading_far_above_a_line_of_chips_is_no_title() -> None:
    """A card opened by a line of label chips alone ('rec: 2 status: backlog', an issue printed
    with no title words) under a section heading three lines up: the chips' own type excuses
    the change of style, not the distance, so the heading stays out of the card's title."""
    from plantrace.extractors.plan_cards import _title
    from plantrace.pipeline.document import Line

    def line(text: str, top: float, size: float, bold: bool, i: int) -> Line:
        return Line(text, (48.0, top, 400.0, top + size), size, bold, 0, i)

    lines = [
        line("Theme 2: Management oversight", 100.0, 10.0, True, 0),
        line("rec: 2 status: backlog", 139.0, 7.5, True, 1),
        line("Assignee: Workforce Lead · Due: Nov 30, 2026", 152.0, 8.0, False, 2),
    ]
    assert [ln.text for ln in _title(lines, 2, 0, 13.0)] == ["rec: 2 status: backlog"]
