"""Plan tables of other shapes than one column per field (holdout3 families, fixer A): a
responsibility matrix whose owner is the post marked as leading, and header cells printed as
rotated text. Each plan is a realistic PDF typeset with reportlab and read by the whole
pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import PlanTable, _reread, _same_grid, read_layout
from plantrace.pipeline.document import Cell
from plantrace.pipeline.document import Table as PlanPiece
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

STYLE = getSampleStyleSheet()["BodyText"]
TITLE = "Children's Services Improvement Plan 2025-26"


class Rotated(Flowable):  # type: ignore[misc]
    """A label printed turned a quarter: reading up (as a narrow header cell turned 'bottom to
    top' in Word, or by CSS writing-mode) or, with up=False, reading down."""

    def __init__(self, text: str, up: bool = True, size: float = 9.0) -> None:
        super().__init__()
        self.text, self.up, self.size = text, up, size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.width = self.size * 1.2
        self.height = stringWidth(self.text, "Helvetica-Bold", self.size) + 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont("Helvetica-Bold", self.size)
        if self.up:
            c.rotate(90)
            c.drawString(1, -self.size, self.text)
        else:
            c.rotate(-90)
            c.drawString(-self.height + 1, 0.2 * self.size, self.text)


def _pdf(header: Sequence[object], rows: Sequence[Sequence[str]], widths: list[float]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[h if isinstance(h, Flowable) else Paragraph(f"<b>{h}</b>", STYLE) for h in header]]
    cells += [[Paragraph(x, STYLE) if x else "" for x in row] for row in rows]
    t = Table(cells, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e2efda"),
            ]
        )
    )
    story = [Paragraph(TITLE, STYLE), Paragraph("Priority 1: Improve the front door", STYLE), t]
    doc.build(story)
    return buf.getvalue()


POSTS = ["Head of Service, Front Door", "AD Safeguarding", "Principal SW", "Designated Nurse"]
RACI = [
    ("1.1", "Apply consistent thresholds at the front door through weekly clinics",
     ["S", "L", "", "S"], "Mar 2026", "On track"),
    ("1.2", "Audit repeat referrals each quarter to learn why help did not last",
     ["", "S", "L", ""], "30/06/2026", "Delayed"),
    ("1.3", "Publish a revised threshold document with partners and schools",
     ["L", "", "", ""], "Sep 2026", "Complete"),
]  # fmt: skip


def _raci(up: bool = True) -> bytes:
    header = ["Ref", "Planned work", *[Rotated(p, up) for p in POSTS], "Timing", "Status"]
    rows = [[ref, text, *marks, due, rag] for ref, text, marks, due, rag in RACI]
    return _pdf(header, rows, [40, 300, 34, 34, 34, 34, 90, 80])


def test_rotated_header_cells_read_as_printed() -> None:
    """A label turned to read up arrives as a stack of single glyphs; the cell reads it as the
    words it prints (spaces where the glyphs part), as it does one turned to read down."""
    for up in (True, False):
        doc = parse_pdf_bytes(_raci(up), "plan.pdf")
        [table] = lattice_tables(doc.pages[0])
        header = [c.text if c is not None else "" for c in table.rows[0]]
        assert header == ["Ref", "Planned work", *POSTS, "Timing", "Status"], up


def test_responsibility_matrix_owner_is_the_post_marked_lead() -> None:
    """A column per post marked 'L' (leads) or 'S' (supports): the owner of each action is the
    header of the column its 'L' is in, never a supporter, and the mark columns are no ref,
    code or status of their own."""
    doc = parse_pdf_bytes(_raci(), "plan.pdf")
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        ("1.1", "AD Safeguarding", "2026-03-31", "green"),
        ("1.2", "Principal SW", "2026-06-30", "amber"),
        ("1.3", "Head of Service, Front Door", "2026-09-30", "blue"),
    ]
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.reading is not None and table.reading.lead_mark == "L"
    assert table.roles[2:6] == ["matrix"] * 4
    assert "responsibility matrix whose 'L'" in table.reading.columns[2].evidence[0]


def test_marks_that_are_not_once_a_row_make_no_matrix() -> None:
    """Letters in several narrow columns with no letter once in every row (two leads in a row)
    name no owner: no post is guessed."""
    rows = [[ref, text, "L", "L", "S", "S", due, rag] for ref, text, _, due, rag in RACI]
    header = ["Ref", "Planned work", *[Rotated(p) for p in POSTS], "Timing", "Status"]
    pdf = _pdf(header, rows, [40, 300, 34, 34, 34, 34, 90, 80])
    plan = extract_plan(parse_pdf_bytes(pdf, "p"))
    assert [a.owner for a in plan.actions] == [None, None, None]


GANTT = [
    ("1.1", "Recruit twenty additional foster carers through a local campaign",
     "Head of Fostering", (0, 2), "On track"),
    ("1.2", "Track the timeliness of care proceedings weekly through the gateway panel",
     "Service Manager, Legal", (2, 5), "Delayed"),
    ("1.3", "Rewrite the pathway plan with care leavers so it is shorter",
     "Principal SW", (1, 3), "Complete"),
]  # fmt: skip
MONTHS = ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]


def _gantt() -> bytes:
    """Ref | action | lead | a column per month under a row of years | status, a bar of shaded
    months per row, first and last month included (a diamond at sign-off in the last row's
    bar)."""
    top = ["Ref", "Action", "Lead officer", "2025", "", "", "2026", "", "", "Status"]
    second = ["", "", "", *MONTHS, ""]
    rows = []
    style: list[tuple] = [  # type: ignore[type-arg]
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("SPAN", (3, 0), (5, 0)),
        ("SPAN", (6, 0), (8, 0)),
        *[("SPAN", (j, 0), (j, 1)) for j in (0, 1, 2, 9)],
        ("BACKGROUND", (0, 0), (-1, 1), "#dce6f1"),
    ]
    for k, (ref, text, lead, (a, b), rag) in enumerate(GANTT):
        marks = ["◆" if k == 2 and j == b else "" for j in range(6)]
        rows.append([ref, text, lead, *marks, rag])
        style.append(("BACKGROUND", (3 + a, k + 2), (3 + b, k + 2), "#7f7f7f"))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    head = [[Paragraph(f"<b>{x}</b>", STYLE) if x else "" for x in r] for r in (top, second)]
    body = [[Paragraph(x, STYLE) if x else "" for x in r] for r in rows]
    t = Table([*head, *body], colWidths=[35, 270, 120, *[34] * 6, 70])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph(TITLE, STYLE), Paragraph("Priority 1: Improve permanence", STYLE), t])
    return buf.getvalue()


def test_gantt_due_date_is_the_last_shaded_month() -> None:
    """No due-date column: the bar's last shaded month, with the year printed above it, is when
    the action is due ('Dec 2025' -> 2025-12-31), across the turn of the year; a diamond in the
    bar does not move it. The month columns are no start or due date of their own."""
    doc = parse_pdf_bytes(_gantt(), "plan.pdf")
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, a.due_raw, str(a.due_date), a.rag) for a in plan.actions] == [
        ("1.1", "Head of Fostering", "Dec 2025", "2025-12-31", "green"),
        ("1.2", "Service Manager, Legal", "Mar 2026", "2026-03-31", "amber"),
        ("1.3", "Principal SW", "Jan 2026", "2026-01-31", "blue"),
    ]
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.reading is not None
    assert list(table.reading.months.values()) == [
        "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026",
    ]  # fmt: skip
    assert table.roles[3:9] == ["timeline"] * 6 and "due" not in table.roles


def _ticks(health: bool) -> bytes:
    """Ref | action | lead | timing | (health) | a rotated 'Done?' column of ticks, with a
    lettered sub-action and an italic milestone row merged across the table."""
    header: list[object] = ["Ref", "Planned work", "Led by", "Timing"]
    header += ["Health", "% complete"] if health else []
    header.append(Rotated("Done?"))
    rows = [
        ["2.1", "Track attendance of children in care placed out of the area", "HoS Fostering",
         "Mar 2026", *(["On track", "100%"] if health else []), "✓"],
        ["2.1a", "Make sure every child in care has a personal education plan", "Virtual Head",
         "Jun 2026", *(["Delayed", "40%"] if health else []), ""],
        ["", "<i>Milestone: Signed off by the Improvement Board – Sep 2026</i>", "", "",
         *(["", ""] if health else []), ""],
        ["2.2", "Offer tuition to every child in care who is behind in reading", "DCS",
         "Sep 2026", *(["Off track", "0%"] if health else []), "No"],
    ]  # fmt: skip
    widths = [40, 300, 110, 80, *([70, 60] if health else []), 30]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[h if isinstance(h, Flowable) else Paragraph(f"<b>{h}</b>", STYLE) for h in header]]
    cells += [[Paragraph(x, STYLE) if x else "" for x in row] for row in rows]
    t = Table(cells, colWidths=widths)
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (1, 3), (-1, 3)),
             ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        )
    )  # fmt: skip
    doc.build([Paragraph(TITLE, STYLE), Paragraph("Priority 2: Improve education", STYLE), t])
    return buf.getvalue()


def test_a_tick_column_alone_is_the_status() -> None:
    """A 'Done?' column (its header rotated) of ticks and Yes/No with no status column: a tick
    is complete, 'No' or blank no status; the lettered sub-action is an action of its own and
    the milestone row merged across is none, its date not the action's."""
    plan = extract_plan(parse_pdf_bytes(_ticks(health=False), "plan.pdf"))
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        ("2.1", "HoS Fostering", "2026-03-31", "blue"),
        ("2.1a", "Virtual Head", "2026-06-30", None),
        ("2.2", "DCS", "2026-09-30", None),
    ]


def test_a_tick_column_beside_a_health_column_adds_nothing() -> None:
    """Beside a health column the tick column is no status of its own: the words decide; a
    '% complete' column is no status either, and is read as a column of its own (no warning
    that it could not be placed)."""
    plan = extract_plan(parse_pdf_bytes(_ticks(health=True), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("2.1", "green"), ("2.1a", "amber"), ("2.2", "red"),
    ]  # fmt: skip
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]


def _gantt_one_row(updates: bool) -> bytes:
    """A chart whose month columns print their own years ('Oct 2025') in the one header row;
    with updates=True the month columns hold a monthly note instead of a shade."""
    header = ["Ref", "Action", "Lead officer", *[f"{m} {2025 if m in MONTHS[:3] else 2026}"
                                                 for m in MONTHS], "Status"]  # fmt: skip
    style: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]  # type: ignore[type-arg]
    rows = []
    for k, (ref, text, lead, (a, b), rag) in enumerate(GANTT):
        notes = ["Work under way with partners" if updates and a <= j <= b else ""
                 for j in range(6)]  # fmt: skip
        rows.append([ref, text, lead, *notes, rag])
        style.append(("BACKGROUND", (3 + a, k + 1), (3 + b, k + 1), "#4472c4"))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    cells += [[Paragraph(x, STYLE) if x else "" for x in r] for r in rows]
    t = Table(cells, colWidths=[35, 250, 110, *[45] * 6, 60])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph(TITLE, STYLE), Paragraph("Priority 1: Improve permanence", STYLE), t])
    return buf.getvalue()


def test_gantt_months_with_their_own_years() -> None:
    """Month columns that print their year need no year row; a month column of notes is no
    timeline (no due date is made up from it)."""
    plan = extract_plan(parse_pdf_bytes(_gantt_one_row(updates=False), "plan.pdf"))
    assert [(a.ref, a.due_raw, str(a.due_date)) for a in plan.actions] == [
        ("1.1", "Dec 2025", "2025-12-31"),
        ("1.2", "Mar 2026", "2026-03-31"),
        ("1.3", "Jan 2026", "2026-01-31"),
    ]
    doc = parse_pdf_bytes(_gantt_one_row(updates=True), "plan.pdf")
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.reading is not None and table.reading.months == {}
    assert "timeline" not in table.roles


def _row(texts: Sequence[str], lefts: Sequence[float], top: float) -> list[Cell | None]:
    rights = [*lefts[1:], lefts[-1] + 80.0]
    return [
        Cell(t, (x0, top, x1, top + 14.0)) for t, x0, x1 in zip(texts, lefts, rights, strict=True)
    ]


def test_a_header_alone_at_a_page_foot_is_read_again_from_the_next_page() -> None:
    """A scorecard's header row printed alone at the foot of a page, read from its text (no
    rules closed it there), goes on in the ruled table atop the next page: text columns start a
    cell padding right of the rules. Its columns, named in words no vocabulary holds, are read
    again from the rows that follow: figures under the unknown word are the baseline."""
    rules = [51.3, 295.3, 374.6, 453.9]
    texts = [x + 5.6 for x in rules]
    head = PlanPiece(
        1,
        (56.9, 700.0, 540.0, 714.0),
        [_row(["Headline figure", "Inspection", "Last reported", "Aspiration"], texts, 700.0)],
        False,
    )
    body = PlanPiece(2, (51.3, 60.0, 540.0, 120.0), [
        _row(["Care leavers in suitable accommodation", "81%", "56%", "95.4%"], rules, 60.0),
        _row(["Assessments completed within 45 working days", "68%", "22%", "42.2%"], rules, 74.0),
    ], True)  # fmt: skip
    reading = read_roles("kpi", [None] * 4, [], [[] for _ in range(4)])
    table = PlanTable("kpi", ["indicator", None, "latest", "target"],
                      ["Headline figure", "Inspection", "Last reported", "Aspiration"],
                      [], 1, 700.0, [head], reading)  # fmt: skip
    assert _same_grid(table, body)
    assert not _same_grid(table, PlanPiece(2, body.bbox, [_row(["a", "b", "c", "d"], [
        51.3, 260.0, 374.6, 453.9], 60.0)], True))  # fmt: skip
    _reread(table, body)
    assert table.roles == ["indicator", "baseline", "latest", "target"]
