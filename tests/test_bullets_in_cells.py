"""A response table of two columns: the recommendation in the left cell, and in the right
cell ALL the actions answering it as bullet paragraphs, each with its owner, date and status
inline after its text (parted by spaced dashes, or in a closing bracket then the status), an
indented or labelled 'Update:' note under some (round 28, fixer G). No header names an action
column; the cell's shape does: each bullet is one action linked to the row's recommendation. A
separator's dash that wraps to the start of a line is no new bullet (no paragraph gap before
it); a row the page break cuts goes on in the next page's piece."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_bullet_cells import adopt_bullet_cells
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.document import Table as DocTable
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
ITEM = ParagraphStyle("item", parent=BODY, fontSize=9, leading=11, spaceBefore=6)
NOTE = ParagraphStyle(
    "note", parent=ITEM, leftIndent=16, spaceBefore=1, fontName="Helvetica-Oblique"
)

RECS = [
    ("1", "Strengthen management oversight of casework in the assessment teams"),
    ("2", "Improve the quality and timeliness of pathway plans for care leavers"),
]
# (rec, printed item, update)
ITEMS = [
    ("1", "• 1.1 Introduce monthly case audits led by team managers – Head of Assessment – "
     "30.06.2026 – On track", "Update: first two audit cycles complete"),
    # the separator's dash wrapped to the start of the next line: the same bullet
    ("1", "• 1.2 Refresh the supervision policy and train all managers in it<br/>– Principal "
     "Social Worker – 31/03/2027 00:00 – Delayed", None),
    ("1", "• 1.3 Report supervision timeliness to the board each quarter (Lead: Director of "
     "Children's Services; 2027-03-31) Complete", None),
    ("2", "• 2.1 Co-produce a shorter pathway plan with care leavers (Lead: Leaving Care "
     "Manager; September 2026) On track", "Update: draft tested with the care leavers' forum"),
    ("2", "• 2.2 Give every care leaver a named personal adviser by their seventeenth birthday – "
     "Leaving Care Manager – December 2026 – Delayed", None),
]  # fmt: skip
EXPECTED = [
    ("1.1", "Introduce monthly case audits led by team managers", "Head of Assessment",
     "2026-06-30", "green", "first two audit cycles complete", "1"),
    ("1.2", "Refresh the supervision policy and train all managers in it",
     "Principal Social Worker", "2027-03-31", "amber", None, "1"),
    ("1.3", "Report supervision timeliness to the board each quarter",
     "Director of Children's Services", "2027-03-31", "blue", None, "1"),
    ("2.1", "Co-produce a shorter pathway plan with care leavers", "Leaving Care Manager",
     "2026-09-30", "green", "draft tested with the care leavers' forum", "2"),
    ("2.2", "Give every care leaver a named personal adviser by their seventeenth birthday",
     "Leaving Care Manager", "2026-12-31", "amber", None, "2"),
]  # fmt: skip


def _facts(plan: PlanExtraction) -> list[tuple[object, ...]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [
        (
            a.ref,
            a.text,
            a.owner,
            a.due_date.isoformat() if a.due_date else None,
            a.rag,
            a.progress,
            numbers.get(a.recommendations[0]) if a.recommendations else None,
        )
        for a in plan.actions
    ]


def _pdf(space_before: float = 0, after: bool = False) -> bytes:
    rows: list[list[object]] = [
        [
            Paragraph("<b>Inspection recommendation</b>", BODY),
            Paragraph("<b>Our response</b>", BODY),
        ]
    ]
    for number, text in RECS:
        flow: list[object] = []
        for rec, item, update in ITEMS:
            if rec == number:
                flow.append(Paragraph(item, ITEM))
                if update:
                    flow.append(Paragraph(update, NOTE))
        rows.append([Paragraph(f"<b>{number}.</b> {text}", BODY), flow])
    table = Table(rows, colWidths=[200, 290], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "#000000"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    buf = io.BytesIO()
    story: list[object] = [Paragraph("Our response to the inspection", BODY)]
    if space_before:
        story.append(Spacer(1, space_before))
    if after:  # another grid under the response table: none of its bullets' text
        contacts = Table(
            [["Plan owner", "Head of Improvement"], ["Board", "Improvement Board, monthly"]],
            colWidths=[200, 290],
        )
        contacts.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
        story = [*story, table, Spacer(1, 12), contacts]
    else:
        story = [*story, table]
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def test_each_bullet_in_the_cell_is_an_action_of_the_rows_recommendation() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(after=True), "response.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == RECS
    assert _facts(plan) == EXPECTED


def test_a_row_cut_by_the_page_break_goes_on_over_the_page() -> None:
    data = _pdf(space_before=560)  # the table starts near the page's foot: its rows split
    doc = parse_pdf_bytes(data, "response.pdf")
    assert len(doc.pages) == 2
    assert _facts(extract_plan(doc)) == EXPECTED


def test_the_word_document_read_directly(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Our response to the inspection", 1)
    table = d.add_table(rows=1 + len(RECS), cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Inspection recommendation", "Our response"
    for r, (number, text) in enumerate(RECS, start=1):
        table.cell(r, 0).text = f"{number}. {text}"
        cell = table.cell(r, 1)
        first = True
        for rec, item, update in ITEMS:
            if rec != number:
                continue
            words = item.removeprefix("• ").replace("<br/>", " ")
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            p.style = d.styles["List Bullet"]
            p.add_run(words)
            first = False
            if update:
                cell.add_paragraph().add_run(update).italic = True
    path = tmp_path / "response.docx"
    d.save(str(path))
    result = extract_file(path)
    numbers = {r.id: r.number for r in result.recommendations}
    assert [
        (a.ref, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag, a.progress)
        for a in result.actions
    ] == [(e[0], e[2], e[3], e[4], e[5]) for e in EXPECTED]
    assert [numbers[a.recommendations[0]] for a in result.actions] == [e[6] for e in EXPECTED]


def _cell(texts: list[str], x0: float, top: float) -> Cell:
    lines = [
        Line(text, (x0 + (0 if text.startswith("•") else 8), top + 12 * k, x0 + 280, top + 12 * k + 9),
             9.0, False, 1, k)
        for k, text in enumerate(texts)
    ]  # fmt: skip
    return Cell(" ".join(texts), (x0, top, x0 + 290, top + 12 * len(texts) + 4), lines)


def test_a_bullet_cell_whose_lines_are_blank_is_passed_over() -> None:
    # the first row's response cell holds only a blank line (a PDF's empty paragraph), before
    # any bullet is seen: no left edge to take from it, and no crash
    rows: list[list[Cell | None]] = [
        [_cell(["1. Strengthen management oversight"], 50, 100), _cell(["  "], 250, 100)],
        [
            _cell(["2. Improve the pathway plans"], 50, 130),
            _cell(
                [
                    "• Introduce monthly case audits – Head of Assessment – 30.06.2026",
                    "• Refresh the supervision policy – Principal Social Worker – 31/03/2027",
                ],
                250,
                130,
            ),
        ],
    ]
    grid = DocTable(1, (50, 100, 540, 160), rows, ruled=True)
    out = adopt_bullet_cells([Element(1, 100.0, raw=grid)])
    assert len(out) == 1 and out[0].table is not None and out[0].raw is None
    texts = [[c.text if c else None for c in row.cells[2:5]] for row in out[0].table.rows]
    assert texts == [
        ["Introduce monthly case audits", "Head of Assessment", "30.06.2026"],
        ["Refresh the supervision policy", "Principal Social Worker", "31/03/2027"],
    ]


def test_a_table_whose_later_piece_lists_no_bullets_is_not_read_twice() -> None:
    # page 1: a grid listing bullets; pages 2 and 3: a bare action table in two pieces, the
    # first carrying on page 1's grid, the second (narrower, another table) listing none. The
    # element stays an action table as it was: its page-2 bullet is no action of page 1's too
    first = DocTable(
        1,
        (50, 100, 540, 160),
        [
            [
                _cell(["1. Strengthen management oversight"], 50, 100),
                _cell(
                    [
                        "• Introduce monthly case audits – Head of Assessment – 30.06.2026",
                        "• Refresh the supervision policy – Principal Social Worker – 31/03/2027",
                    ],
                    250,
                    100,
                ),
            ]
        ],
        ruled=True,
    )
    second = DocTable(
        2,
        (50, 60, 540, 90),
        [
            [
                _cell(["2. Improve the pathway plans"], 50, 60),
                _cell(
                    ["• Train all personal advisers – Leaving Care Manager – 31/12/2026"], 250, 60
                ),
            ]
        ],
        ruled=True,
    )
    third = DocTable(
        3, (50, 60, 400, 90), [[_cell(["Board"], 50, 60), _cell(["Monthly"], 250, 60)]], True
    )
    bare = PlanTable(ACTION_TABLE, ["recommendation_text", "action"], ["", ""], [], 2, 60.0)
    bare.pieces = [second, third]
    out = adopt_bullet_cells([Element(1, 100.0, raw=first), Element(2, 60.0, table=bare)])
    assert len(out) == 2 and out[1].table is bare and out[0].table is not None
    assert [row.cells[2].text if row.cells[2] else None for row in out[0].table.rows] == [
        "Introduce monthly case audits",
        "Refresh the supervision policy",
    ]
