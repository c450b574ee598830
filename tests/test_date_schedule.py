"""A delivery schedule: one table of every action in target-date order, the date the first
column (dots: '30.09.26'), refs '3b' out of sequence, a rec column of roman keys '(iii)' into a
list of recommendations above, status abbreviations explained by a key line under the table
('Status key: OT on track; ...') in a column headed 'Progress', and shaded rows spanning the
table that divide it by quarter ('October - December 2026').

The band rows are no actions and no second date of the action above; the actions are read in
their refs' order (the plan's own), and a warning says the rows were put back in it."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
RECS = [
    "Improve the regularity and quality of management oversight of social work practice",
    "Increase the range of suitable accommodation for care leavers",
    "Reduce delay in achieving permanence for children in care",
]
# due, ref, action, rec, lead, status
ROWS = [
    ("October - December 2026",),
    ("14.10.26", "2b", "Agree a joint housing protocol with the district councils", "(ii)",
     "Head of Service", "OT"),
    ("30.11.26", "1a", "Train all team managers in reflective supervision", "(i)",
     "Principal Social Worker", "C"),
    ("January - March 2027",),
    ("31.01.27", "3a", "Recruit twenty additional foster carers through a campaign", "(iii)",
     "Fostering Manager", "AR"),
    ("28.02.27", "1b", "Publish a revised supervision standard with a template", "(i)",
     "Head of Service", "NS"),
    ("31.03.27", "2a", "Set up a care leavers' hub with drop-in advice", "(ii)",
     "Team Manager", "OT"),
]  # fmt: skip
KEY = "Status key: OT on track; AR at risk; C complete; NS not started."


def _pdf() -> bytes:
    story: list[object] = [
        Paragraph("<b>Children's Services Improvement Plan: Delivery Schedule</b>", BODY),
        Paragraph("<b>A. What Ofsted asked us to do</b>", BODY),
    ]
    roman = ["i", "ii", "iii"]
    story += [Paragraph(f"({n}) {text}", BODY) for n, text in zip(roman, RECS, strict=True)]
    story.append(Paragraph("<b>B. Delivery schedule</b>", BODY))
    head = ["Target date", "Ref", "Action", "Rec", "Lead", "Progress"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, row in enumerate(ROWS, start=1):
        if len(row) == 1:  # a band spanning the table
            cells.append([row[0], "", "", "", "", ""])
            style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), "#DDDDDD")]
        else:
            due, ref, text, rec, lead, status = row
            cells.append([due, ref, Paragraph(text, BODY), rec, lead, f"{status}"])
    table = Table(cells, colWidths=[62, 30, 200, 34, 110, 50], repeatRows=1)
    table.setStyle(TableStyle(style))
    story += [table, Paragraph(KEY, BODY)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def test_a_schedule_in_date_order_is_read_in_its_refs_order() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "schedule.pdf"))
    number = {r.id: r.number for r in plan.recommendations}
    got = [(a.ref, a.due_raw, a.rag, [number[x] for x in a.recommendations]) for a in plan.actions]
    assert got == [
        ("1a", "30.11.26", "blue", ["1"]),
        ("1b", "28.02.27", None, ["1"]),
        ("2a", "31.03.27", "green", ["2"]),
        ("2b", "14.10.26", "green", ["2"]),
        ("3a", "31.01.27", "amber", ["3"]),
    ]
    assert any(w.code == "plan_rows_reordered" for w in plan.warnings)


def test_a_band_read_into_a_due_cell_and_a_footer_in_the_table_are_no_action_fields() -> None:
    """An unruled schedule cut into rows where its lines fall: a band's period read into the due
    cell above it ('31.12.27 April - June 2028'), the rest of a tall action in a row of no ref,
    and the page's running footer read in after the last row."""
    from plantrace.extractors.date_schedule import drop_period_bands, in_ref_order
    from plantrace.extractors.plan_columns import PlanTable, Row
    from plantrace.pipeline.document import Cell

    def row(*texts: str) -> Row:
        return Row([Cell(t, (10.0 * j, 0.0, 10.0 * j + 9, 9.0)) if t else None
                    for j, t in enumerate(texts)], page=1)  # fmt: skip

    t = PlanTable(
        kind="action",
        roles=["due", "ref", "action", "owner"],
        labels=["Due", "Ref", "Action", "Lead"],
        rows=[
            row("October - December 2027", "", "", ""),
            row("14.10.27", "2a", "Agree a housing protocol", "Head of Service"),
            row("", "", "with the district councils", ""),
            row("31.12.27 April - June 2028", "1b", "Recruit foster carers", "Fostering Lead"),
            row("19.04.28", "1a", "Train team managers", "Principal SW"),
            row("Fenmarsh Council - schedule", "Fenmarsh Council - schedule", "", ""),
        ],
        page=1,
        top=0.0,
    )
    drop_period_bands(t)
    assert in_ref_order(t)
    assert [(r.text(0), r.text(1), r.text(2)) for r in t.rows] == [
        ("19.04.28", "1a", "Train team managers"),
        ("31.12.27", "1b", "Recruit foster carers"),
        ("14.10.27", "2a", "Agree a housing protocol"),
        ("", "", "with the district councils"),
    ]


def test_refs_under_several_letters_keep_their_printed_order() -> None:
    """'H-01', 'D-01', 'E-01': the letters name groups (health, disability, education), no one
    run of numbers to sort by, whatever the dates."""
    from plantrace.extractors.date_schedule import in_ref_order
    from plantrace.extractors.plan_columns import PlanTable, Row
    from plantrace.pipeline.document import Cell

    rows = [("30.06.25", "H-01", "Agree a shared tracker"), ("31.03.26", "D-01", "Open a front door"),
            ("30.09.26", "E-01", "Review every plan")]  # fmt: skip
    t = PlanTable(
        kind="action",
        roles=["due", "ref", "action"],
        labels=["Due", "Ref", "Action"],
        rows=[Row([Cell(x, (0.0, 0.0, 1.0, 1.0)) for x in r], page=1) for r in rows],
        page=1,
        top=0.0,
    )
    assert in_ref_order(t) == []
    assert [r.text(1) for r in t.rows] == ["H-01", "D-01", "E-01"]


def test_the_last_actions_run_on_row_moves_with_it_and_the_footer_is_left_out() -> None:
    """The last action printed (the latest date) has a tall progress cell whose last lines fell
    in a row of their own (no ref, no action text: only the lead's and the progress's rest);
    the page's footer follows. The run-on row goes with its action when the rows are put in
    their refs' order; the footer ('Page 2', one line cut over two cells) is no part of it."""
    from plantrace.extractors.date_schedule import in_ref_order
    from plantrace.extractors.plan_columns import PlanTable, Row
    from plantrace.pipeline.document import Cell

    def row(*texts: str) -> Row:
        return Row([Cell(t, (10.0 * j, 0.0, 10.0 * j + 9, 9.0)) if t else None
                    for j, t in enumerate(texts)], page=2)  # fmt: skip

    t = PlanTable(
        kind="action",
        roles=["due", "ref", "action", "owner", "progress"],
        labels=["Due", "Ref", "Action", "Lead", "Progress"],
        rows=[
            row("14.10.27", "2a", "Agree a housing protocol", "Head of Service", "Agreed"),
            row("31.12.27", "1b", "Recruit foster carers", "Fostering Lead", "Campaign live"),
            row("19.04.28", "1a", "Train team managers", "Principal Social", "Two cohorts"),
            row("", "", "", "Worker", "trained; the third booked for May"),
            row("Fenmarsh Council - schedule", "Fenmarsh Council - schedule", "", "", "Page 2"),
        ],
        page=2,
        top=0.0,
    )
    assert in_ref_order(t)
    assert [(r.text(1), r.text(3), r.text(4)) for r in t.rows] == [
        ("1a", "Principal Social", "Two cohorts"),
        ("", "Worker", "trained; the third booked for May"),
        ("1b", "Fostering Lead", "Campaign live"),
        ("2a", "Head of Service", "Agreed"),
    ]


def test_a_due_cell_read_with_a_bands_period_is_rewritten_and_said() -> None:
    """The due cell that read a band's period after its date ('31.12.27 April - June 2028') is
    read as its date alone: a guess at where the rows were cut, named in a warning."""
    from plantrace.extractors.date_schedule import drop_period_bands
    from plantrace.extractors.plan_columns import PlanTable, Row
    from plantrace.pipeline.document import Cell

    def row(*texts: str) -> Row:
        return Row([Cell(t, (10.0 * j, 0.0, 10.0 * j + 9, 9.0)) if t else None
                    for j, t in enumerate(texts)], page=1)  # fmt: skip

    t = PlanTable(
        kind="action",
        roles=["due", "ref", "action", "owner"],
        labels=["Due", "Ref", "Action", "Lead"],
        rows=[
            row("October - December 2027", "", "", ""),
            row("14.10.27", "2a", "Agree a housing protocol", "Head of Service"),
            row("31.12.27 April - June 2028", "1b", "Recruit foster carers", "Fostering Lead"),
            row("19.04.28", "1a", "Train team managers", "Principal SW"),
        ],
        page=1,
        top=0.0,
    )
    said = drop_period_bands(t)
    assert [r.text(0) for r in t.rows] == ["14.10.27", "31.12.27", "19.04.28"]
    assert [w.code for w in said] == ["plan_rows_reordered"]
    assert "'31.12.27 April - June 2028' read as '31.12.27'" in said[0].message


def test_a_bare_page_number_after_the_last_action_is_a_footer() -> None:
    """A footer that prints only the page's number ('7', as most do) read in as a row of its
    own after the last action is no part of that action: the page-number reading is layout's."""
    from plantrace.extractors.date_schedule import in_ref_order
    from plantrace.extractors.plan_columns import PlanTable, Row
    from plantrace.pipeline.document import Cell

    def row(*texts: str) -> Row:
        return Row([Cell(t, (10.0 * j, 0.0, 10.0 * j + 9, 9.0)) if t else None
                    for j, t in enumerate(texts)], page=7)  # fmt: skip

    t = PlanTable(
        kind="action",
        roles=["due", "ref", "action", "owner", "progress"],
        labels=["Due", "Ref", "Action", "Lead", "Progress"],
        rows=[
            row("14.10.27", "2a", "Agree a housing protocol", "Head of Service", "Agreed"),
            row("31.12.27", "1b", "Recruit foster carers", "Fostering Lead", "Campaign live"),
            row("19.04.28", "1a", "Train team managers", "Principal Social", "Two cohorts"),
            row("", "", "", "", "- 7 -"),
        ],
        page=7,
        top=0.0,
    )
    assert in_ref_order(t)
    assert [(r.text(1), r.text(4)) for r in t.rows] == [
        ("1a", "Two cohorts"),
        ("1b", "Campaign live"),
        ("2a", "Agreed"),
    ]
