"""A wide plan printed as a two-page spread (an A3 sheet cut down the fold onto two A4 pages),
built with ReportLab: the left page holds the ref and action columns under a header row, with a
shaded band across per recommendation; the right page holds the same rows' lead, due date,
status (and an update) under a header row of its own, with no ref and no text, each row as
tall as the taller of its halves. A spread repeats (left, right, left, right) as rows run over.

What is read: each action gets the fields of the right-page row that lines up with it (same
band height, same place), its recommendation the band above it on the left page, and its
provenance stays on the left page, where the action is printed. A right page whose rows do
not line up with the left page's is not joined to it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_spread import join_facing_pages
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.document import Table as PdfTable
from plantrace.pipeline.reader import parse_pdf_bytes

# (recommendation, ref, action, lead, due, status, update); a spread per list
SPREADS = [
    [
        ("1", "1.1", "Introduce quarterly practice observations of every social worker",
         "Head of Quality Assurance", "30/09/27", "On track", "Observations under way"),
        ("1", "1.2", "Reduce team manager spans of control to no more than seven social "
         "workers by creating two new posts in the assessment teams",
         "Director of Children's Services", "31/05/27", "Some delay", ""),
        ("1", "1.3", "Audit twelve supervision records each month and report the themes",
         "Head of Quality Assurance", "31/01/27", "On track", "First audit done"),
        ("2", "2.1", "Offer tuition to every child in care who is behind in reading",
         "Head of the Virtual School", "28/02/27", "Off track", "Tutors recruited"),
        ("2", "2.2", "Track attendance and exclusions for children in care placed out of area",
         "Head of the Virtual School", "31/12/26", "Completed", "Weekly report in place"),
    ],
    [
        ("3", "3.1", "Complete all contacts within twenty-four hours and record the decision",
         "Head of Early Help", "31/03/27", "On track", "Audit shows improvement"),
        ("3", "3.2", "Apply consistent thresholds through weekly threshold clinics",
         "Head of Early Help", "30/06/27", "Some delay", "Clinics start in May"),
        ("3", "3.3", "Audit repeat referrals each quarter to learn why help did not last",
         "Head of Safeguarding", "31/08/27", "Completed", "First audit reported"),
    ],
]  # fmt: skip
RECS = {
    "1": "Improve management oversight and reflective supervision",
    "2": "Improve the education of children in care",
    "3": "Improve the timeliness of decisions at the front door",
}
BAND, ROW, TALL, HEAD = 22.0, 18.0, 30.0, 20.0  # row heights: every row as tall as its twin
NAVY, SHADE = colors.HexColor("#1F3864"), colors.HexColor("#DCE6F2")
TINTS = {"On track": "#C6EFCE", "Some delay": "#FFEB9C", "Off track": "#FFC7CE",
         "Completed": "#BDD7EE"}  # fmt: skip


def _heights(rows: Sequence[tuple[str, ...]]) -> list[float]:
    """Each printed row's height: the header, a band per new recommendation, each action."""
    out, rec = [HEAD], None
    for r in rows:
        if r[0] != rec:
            out.append(BAND)
            rec = r[0]
        out.append(TALL if len(r[2]) > 80 else ROW)
    return out


def _left(rows: Sequence[tuple[str, ...]], body: ParagraphStyle) -> Table:
    cells: list[list[object]] = [["No.", "Actions"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTSIZE", (0, 0), (-1, -1), 8)]  # fmt: skip
    rec = None
    for r in rows:
        if r[0] != rec:
            n = len(cells)
            cells.append([Paragraph(f"<b>Recommendation {r[0]}: {RECS[r[0]]}</b>", body), ""])
            style += [("SPAN", (0, n), (1, n)), ("BACKGROUND", (0, n), (1, n), SHADE)]
            rec = r[0]
        cells.append([r[1], Paragraph(r[2], body)])
    t = Table(cells, colWidths=[50, 430], rowHeights=_heights(rows))
    t.setStyle(TableStyle(style))
    return t


def _right(rows: Sequence[tuple[str, ...]], body: ParagraphStyle, update: bool) -> Table:
    head: list[object] = [
        "Accountable lead",
        "Due",
        "RAG",
        *(["Progress update"] if update else []),
    ]
    cells: list[list[object]] = [head]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTSIZE", (0, 0), (-1, -1), 8)]  # fmt: skip
    rec = None
    for r in rows:
        if r[0] != rec:
            n = len(cells)
            cells.append([""] * len(head))
            style += [("BACKGROUND", (0, n), (-1, n), SHADE)]
            rec = r[0]
        n = len(cells)
        cells.append(
            [Paragraph(r[3], body), r[4], r[5], *([Paragraph(r[6], body)] if update else [])]
        )
        style += [("BACKGROUND", (2, n), (2, n), colors.HexColor(TINTS[r[5]]))]
    widths = [140, 60, 70, *([180] if update else [])]
    t = Table(cells, colWidths=widths, rowHeights=_heights(rows), hAlign="RIGHT")
    t.setStyle(TableStyle(style))
    return t


def _spread_pdf(update: bool = True, skew: float = 0.0) -> bytes:
    """The plan as spreads; skew: points added to each right-page row (the halves then no
    longer line up)."""
    body = getSampleStyleSheet()["BodyText"]
    body.fontSize, body.leading = 8, 9.5
    title = getSampleStyleSheet()["Heading2"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, topMargin=40)
    story: list[object] = []
    for rows in SPREADS:
        story += [Paragraph("Improvement Plan on a page", title), Spacer(1, 12), _left(rows, body)]
        story += [PageBreak(), Paragraph("Position at 6 March 2027", title), Spacer(1, 12)]
        right = _right(rows, body, update)
        if skew:
            right._argH = [h + skew for h in right._argH]  # noqa: SLF001 (a misaligned print)
        story += [right, PageBreak()]
    doc.build(story[:-1])
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "spread.pdf"))


def test_each_action_takes_the_fields_of_the_facing_row() -> None:
    plan = _read(_spread_pdf(update=True))
    got = [(a.ref, a.owner, a.due_raw, a.rag, a.progress) for a in plan.actions]
    assert got == [
        ("1.1", "Head of Quality Assurance", "30/09/27", "green", "Observations under way"),
        ("1.2", "Director of Children's Services", "31/05/27", "amber", None),
        ("1.3", "Head of Quality Assurance", "31/01/27", "green", "First audit done"),
        ("2.1", "Head of the Virtual School", "28/02/27", "red", "Tutors recruited"),
        ("2.2", "Head of the Virtual School", "31/12/26", "blue", "Weekly report in place"),
        ("3.1", "Head of Early Help", "31/03/27", "green", "Audit shows improvement"),
        ("3.2", "Head of Early Help", "30/06/27", "amber", "Clinics start in May"),
        ("3.3", "Head of Safeguarding", "31/08/27", "blue", "First audit reported"),
    ]
    recs = {r.id: r.text for r in plan.recommendations}
    linked = [recs[a.recommendations[0]] for a in plan.actions]
    assert linked == [RECS["1"]] * 3 + [RECS["2"]] * 2 + [RECS["3"]] * 3
    # each action is printed on the left page of its spread: pages 1 and 3
    assert [a.provenance.page for a in plan.actions] == [1] * 5 + [3] * 3
    # and its box is the left page's row (the right half is set further right on its page)
    lefts = {round(a.provenance.bbox[0]) for a in plan.actions if a.provenance.bbox}
    assert lefts == {58}


def test_right_page_of_fields_alone_no_update_column() -> None:
    """A right page of lead, due and status only (no column of text): read all the same."""
    plan = _read(_spread_pdf(update=False))
    got = [(a.ref, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", "Head of Quality Assurance", "30/09/27", "green"),
        ("1.2", "Director of Children's Services", "31/05/27", "amber"),
        ("1.3", "Head of Quality Assurance", "31/01/27", "green"),
        ("2.1", "Head of the Virtual School", "28/02/27", "red"),
        ("2.2", "Head of the Virtual School", "31/12/26", "blue"),
        ("3.1", "Head of Early Help", "31/03/27", "green"),
        ("3.2", "Head of Early Help", "30/06/27", "amber"),
        ("3.3", "Head of Safeguarding", "31/08/27", "blue"),
    ]


def test_rows_that_do_not_line_up_are_not_joined() -> None:
    plan = _read(_spread_pdf(update=True, skew=6.0))
    assert [a.ref for a in plan.actions][:3] == ["1.1", "1.2", "1.3"]
    assert all(a.owner is None for a in plan.actions if a.ref)


def _cell(text: str, x0: float, top: float, bottom: float, page: int) -> Cell:
    line = Line(text, (x0, top + 2, x0 + 80, top + 10), 8.0, False, page, 0, words=[])
    return Cell(text, (x0, top, x0 + 90, bottom), [line] if text else [])


def _half(
    page: int, rows: list[tuple[float, float, list[str]]], roles: list[str | None]
) -> Element:
    """An action table of one page: each row's band (top, bottom) and its cells' texts; a row
    of one text over two columns is a band across (one cell in every slot)."""
    out = []
    for top, bottom, texts in rows:
        if len(texts) == 1:
            band = _cell(texts[0], 40.0, top, bottom, page)
            cells: list[Cell | None] = [band] * len(roles)
        else:
            cells = [_cell(t, 40.0 + 100 * j, top, bottom, page) for j, t in enumerate(texts)]
        out.append(Row(cells=cells, page=page, merged_above=[False] * len(cells)))
    piece = PdfTable(page, (40.0, 80.0, 500.0, rows[-1][1]), [], ruled=True)
    labels = [r or "" for r in roles]
    table = PlanTable(ACTION_TABLE, list(roles), labels, out, page, 80.0, [piece])
    return Element(page, 80.0, table=table)


def test_a_right_half_without_the_bands_pairs_its_rows_by_place() -> None:
    """The right half prints no row where the left prints a recommendation's band: its rows
    pair with the left rows at their places (measured from each table's top), the bands stay
    bands across the joined row."""
    left = _half(1, [(100, 120, ["Recommendation 1: Improve oversight"]),
                     (120, 140, ["1.1", "Audit supervision records"]),
                     (140, 170, ["1.2", "Train team managers"]),
                     (170, 190, ["Recommendation 2: Improve the front door"]),
                     (190, 210, ["2.1", "Apply thresholds consistently"])],
                 ["ref", "action"])  # fmt: skip
    right = _half(2, [(120, 140, ["Tom Ellery", "31/03/27"]),
                      (140, 170, ["Grace Adebayo", "30/06/27"]),
                      (190, 210, ["Fatima Rahman", "31/12/27"])],
                  ["owner", "due"])  # fmt: skip
    out = join_facing_pages([left, right])
    assert len(out) == 1
    t = out[0].table
    assert t is not None and t.roles == ["ref", "action", "owner", "due"]
    assert [[r.text(j) for j in range(4)] for r in t.rows] == [
        ["Recommendation 1: Improve oversight"] * 4,
        ["1.1", "Audit supervision records", "Tom Ellery", "31/03/27"],
        ["1.2", "Train team managers", "Grace Adebayo", "30/06/27"],
        ["Recommendation 2: Improve the front door"] * 4,
        ["2.1", "Apply thresholds consistently", "Fatima Rahman", "31/12/27"],
    ]
    # a right row with no left row at its place: no join
    stray = _half(2, [(120, 140, ["Tom Ellery", "31/03/27"]),
                      (150, 165, ["Grace Adebayo", "30/06/27"])], ["owner", "due"])  # fmt: skip
    fresh = _half(1, [(100, 120, ["Recommendation 1: Improve oversight"]),
                      (120, 140, ["1.1", "Audit supervision records"]),
                      (140, 170, ["1.2", "Train team managers"])], ["ref", "action"])  # fmt: skip
    assert len(join_facing_pages([fresh, stray])) == 2
