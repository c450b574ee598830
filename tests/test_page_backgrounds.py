"""A plan laid out as an HTML e-mail: a narrow content column on a tinted page (the page's fill,
the column's white box, the masthead and each recommendation's band drawn as filled boxes, which
the table finder reads as a ruled table as large as the page), then per action a bold numbered
line, ONE smaller line of fields run in one after another parted by middle dots ('Who: ... ·
When: ... · Where we are: ● On track') and a progress sentence under it.

Built with reportlab's canvas: filled rectangles, no table; two pages, the second opening with
a band.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.mark_strips import FIELD_SEPARATORS
from plantrace.extractors.page_backgrounds import is_background, open_page_backgrounds
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_prose import read_fields
from plantrace.pipeline.document import Cell, Line, Page, ParsedDocument, Table
from plantrace.pipeline.reader import parse_pdf_bytes

W, H = A4
GREY, BAND = (0.91, 0.93, 0.95), (0.12, 0.3, 0.48)
LEFT, RIGHT = 60.0, W - 60.0
# ref, action, owner, due as printed, status as printed, progress sentence (None: none printed)
ACTIONS: dict[str, list[tuple[str, str, str, str, str, str | None]]] = {
    "1": [
        ("1.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
         "Head of Service, Children in Care", "31 July 2025", "On track", "Panel meets monthly."),
        ("1.2", "Give foster carers refreshed guidance on reporting a child missing",
         "Director of Children's Services", "March 2026", "Off track",
         "Delayed because of staff turnover; revised plan agreed."),
    ],
    "2": [
        ("2.1", "Set up a care leavers' hub with drop-in advice on housing and money",
         "Service Manager, Fostering", "12 June 2026", "Done", None),
        ("2.2", "Commission fifteen supported lodgings places for young people",
         "Amira Choudhury", "31 December 2025", "Not started yet",
         "Scoping to begin next quarter."),
    ],
}  # fmt: skip
EXPECTED = [
    ("1.1", "Head of Service, Children in Care", "2025-07-31", "green", "Panel meets monthly", "1"),
    ("1.2", "Director of Children's Services", "2026-03-31", "red",
     "Delayed because of staff turnover; revised plan agreed", "1"),
    ("2.1", "Service Manager, Fostering", "2026-06-12", "blue", None, "2"),
    ("2.2", "Amira Choudhury", "2025-12-31", None, "Scoping to begin next quarter", "2"),
]  # fmt: skip


def _background(c: canvas.Canvas, tinted: bool) -> None:
    if not tinted:
        return
    c.setFillColorRGB(*GREY)
    c.rect(0, 0, W, H - 30, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.rect(LEFT, 60, RIGHT - LEFT, H - 90, fill=1, stroke=0)


def bulletin_pdf(tinted: bool = True, status: str | None = None, wrapped: bool = False) -> bytes:
    """The bulletin: masthead, welcome, a band per recommendation (the second on page 2), its
    action blocks; tinted: drawn on a grey page in a white column (else on a plain page);
    status: every action's status printed so, in place of its own; wrapped: each fields line
    broken after its fifth word (mid-field), as a narrow column wraps it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _background(c, tinted)
    c.setFillColorRGB(*BAND)
    c.rect(LEFT, H - 120, RIGHT - LEFT, 90, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(LEFT + 18, H - 80, "Improvement Bulletin")
    c.setFont("Helvetica", 9)
    c.drawString(LEFT + 18, H - 100, "Issue 3 · October 2025")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Helvetica", 10)
    y = H - 150
    c.drawString(LEFT + 18, y, "Welcome to this month's bulletin on our improvement journey.")
    c.drawString(LEFT + 18, y - 14, "Below: what we said we would do, who leads it, where we are.")
    y -= 44
    for n, (rec, actions) in enumerate(ACTIONS.items()):
        if n == 1:
            c.showPage()
            _background(c, tinted)
            y = H - 60
        c.setFillColorRGB(*BAND)
        c.rect(LEFT + 18, y - 34, RIGHT - LEFT - 36, 48, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(LEFT + 26, y, f"RECOMMENDATION {rec}")
        c.setFont("Helvetica", 10)
        c.drawString(LEFT + 26, y - 16, f"Improve the help children get, recommendation {rec}")
        y -= 60
        for ref, text, owner, due, printed, note in actions:
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(LEFT + 18, y, f"{ref} {text}")
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.setFont("Helvetica", 8)
            fields = f"Who: {owner} · When: {due} · Where we are: ● {status or printed}"
            words = fields.split()
            for k, part in enumerate([words[:5], words[5:]] if wrapped else [words]):
                c.drawString(LEFT + 18, y - 13 - 10 * k, " ".join(part))
            y -= 35 if wrapped else 25
            if note:
                c.setFillColorRGB(0.1, 0.1, 0.1)
                c.setFont("Helvetica", 9)
                c.drawString(LEFT + 18, y, note)
                y -= 12
            y -= 14
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT + 18, y - 10, "Thank you to everyone who has contributed.")
    c.save()
    return buf.getvalue()


def _facts(plan: PlanExtraction) -> list[tuple[object, ...]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [
        (a.ref, a.owner, str(a.due_date), a.rag, a.progress,
         ",".join(numbers[r] for r in a.recommendations))
        for a in plan.actions
    ]  # fmt: skip


def test_actions_in_an_email_column_on_a_tinted_page() -> None:
    plan = extract_plan(parse_pdf_bytes(bulletin_pdf(), "bulletin.pdf"))
    assert _facts(plan) == EXPECTED
    assert plan.actions[0].text == ACTIONS["1"][0][1]
    assert [r.number for r in plan.recommendations] == ["1", "2"]


def test_fields_run_in_after_middle_dots() -> None:
    found = read_fields(
        "Hold a panel; Who: Head of Service, Children in Care · When: 31 July 2025"
        " · Where we are: ● Slipping"
    )
    assert found.text == "Hold a panel"
    assert found.fields == {
        "owner": "Head of Service, Children in Care",
        "due": "31 July 2025",
        "rag": "● Slipping",
    }
    # a clause under a label no vocabulary holds whose value is no status is left alone
    found = read_fields("Hold a panel; Who: Jo Bloggs · Where we are: talking to partners")
    assert found.fields == {"owner": "Jo Bloggs"}


@pytest.mark.parametrize("sep", sorted(FIELD_SEPARATORS))
def test_fields_run_in_after_each_separator_a_card_reads(sep: str) -> None:
    """Every sign the cards read between fields (data/card_fields.json: a middle dot, a
    bullet, a hyphenation point, a bullet operator) parts run-in fields in prose too."""
    found = read_fields(
        f"Hold a panel; Who: Head of Service, Children in Care {sep} When: 31 July 2025"
        f" {sep} Where we are: ● Slipping"
    )
    assert found.text == "Hold a panel"
    assert found.fields == {
        "owner": "Head of Service, Children in Care",
        "due": "31 July 2025",
        "rag": "● Slipping",
    }


def _cell(box: tuple[float, float, float, float], text: str = "") -> Cell:
    return Cell(text, box, [])


def test_a_page_wide_grid_of_text_is_no_background() -> None:
    page = Page(1, 595.0, 842.0)
    margin = _cell((0, 30, 60, 812))
    column = Cell("text", (60, 30, 535, 812), [])
    column.lines = []
    grid = [
        [_cell((0, 30, 300, 812), "Judgement"), _cell((300, 30, 595, 812), "Requires improvement")]
    ]
    assert not is_background(Table(1, (0, 30, 595, 812), grid, True), page)
    assert not is_background(Table(1, (0, 30, 595, 812), [[margin, column]], True), page)


def test_status_words_not_read_after_a_dot_are_said() -> None:
    """Every action's status in words no vocabulary knows: no RAG read, and the plan says its
    statuses were printed but not read, quoting them (not taken for an unrated plan)."""
    plan = extract_plan(parse_pdf_bytes(bulletin_pdf(status="Humming along"), "bulletin.pdf"))
    assert [a.owner for a in plan.actions] == [e[1] for e in EXPECTED]
    assert all(a.rag is None for a in plan.actions)
    (said,) = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert "Humming along" in said.message


def test_a_fields_line_wrapped_in_the_column() -> None:
    """The fields line broken mid-field onto a second line in its own type: both lines are the
    fields; the sentence under them, in another type, is still the progress."""
    plan = extract_plan(parse_pdf_bytes(bulletin_pdf(wrapped=True), "bulletin.pdf"))
    assert _facts(plan) == EXPECTED


def test_a_background_nested_in_another_is_opened_once() -> None:
    """Two page-wide drawings on one page, one inside the other (the page's fill around a
    white sheet, the sheet around the column): each is found as a table as large as the page
    with a bare margin and one cell of text. The inner one is a band of the outer and a
    background itself: it is read with the outer's text, once, and not opened again (it had
    raised StopIteration)."""
    page = Page(1, 595.0, 842.0)
    texts = [
        "Welcome to this month's bulletin on our improvement journey.",
        "Below is what we said we would do, who leads it and where we are.",
        "Thank you to everyone who has contributed.",
    ]
    lines = [
        Line(t, (78.0, 100.0 + 14 * k, 500.0, 110.0 + 14 * k), 10.0, False, 1, k)
        for k, t in enumerate(texts)
    ]

    def sheet(box: tuple[float, float, float, float], column: float) -> Table:
        margin = Cell("", (box[0], box[1], column, box[3]))
        body = Cell("\n".join(texts), (column, box[1], 595.0 - column, box[3]), list(lines))
        return Table(1, box, [[margin, body]], True)

    outer, inner = sheet((0.0, 20.0, 595.0, 822.0), 40.0), sheet((10.0, 30.0, 585.0, 812.0), 60.0)
    assert is_background(outer, page) and is_background(inner, page)
    elements = [Element(1, 20.0, raw=outer), Element(1, 30.0, raw=inner)]
    doc = ParsedDocument("bulletin.pdf", "0" * 64, [page])
    opened = open_page_backgrounds(elements, doc)
    assert [x.raw for x in opened] == [None]
    assert [ln.text for x in opened for ln in x.lines] == texts
