"""A tri-fold staff leaflet: two A4 landscape sheets of three panels each, printed imposed for
folding, with the printer's fold marks (short ticks in the top and bottom margins) at the
thirds of each sheet. The outside sheet holds a measures panel, a back cover with a contact and
the front cover; the inside sheet holds the plan, flowing down its three panels: per
recommendation a filled band 'Inspectors asked for (1)' and the recommendation in bold under
it, then per action '1.1 text', 'Led by: <name>', 'Target: <date>', a status chip (a tinted
box with a coloured left edge round one status phrase, in smaller type) and an italic
'Update: <text>' line. An action may continue at the top of the next panel without its band.

What is read: each sheet as its three panels, left to right (the lines of neighbouring panels
do not run into each other); each action's owner, due date and status (the chip, not the due
date's next line); its update; its recommendation, the last band before it in the panel
order, also for an action at the top of the next panel. A sheet set in three columns with no
fold marks is left whole.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from plantrace.extractors.field_chips import chip_apart, chip_box
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.reader import parse_pdf_bytes

WIDTH, HEIGHT = 841.89, 595.28
PANEL = WIDTH / 3
TEAL = HexColor("#00695c")
CHIPS = {  # status phrase -> (tint, edge)
    "On track": ("#c8e6c9", "#2e7d32"),
    "Slipping": ("#ffe0b2", "#ef6c00"),
    "Off track": ("#ffcdd2", "#c62828"),
    "Complete": ("#bbdefb", "#1565c0"),
}
# (number, recommendation lines, [(ref, action lines, owner, due, status, update)])
PLAN = [
    ("1", ["Improve the quality of return home interviews for", "children who go missing"], [
        ("1.1", ["Offer every child a return home interview within", "three working days"],
         "Priya Natarajan", "31 March 2027", "On track", "Offered in nine cases in ten"),
        ("1.2", ["Share the themes of interviews with the exploitation panel"],
         "Owen Tremayne", "30 June 2027", "Slipping", "Panel dates moved twice"),
    ]),
    ("2", ["Strengthen the oversight of children placed at a", "distance from home"], [
        ("2.1", ["Visit every child placed over twenty miles away each", "quarter"],
         "Hannah Okafor", "31 May 2027", "Off track", None),
        ("2.2", ["Agree a protocol for notifying host authorities"],
         "Owen Tremayne", "30 September 2027", "Complete", "Protocol signed by all partners"),
        ("2.3", ["Review the placement of every child out of county", "with their social worker"],
         "Priya Natarajan", "31 December 2027", "On track", "Half of the reviews held"),
    ]),
    ("3", ["Make sure that care leavers have a say in their", "pathway plans"], [
        ("3.1", ["Train personal advisers in co-producing pathway plans"],
         "Hannah Okafor", "31 January 2028", "Slipping", "Course booked for the spring"),
        ("3.2", ["Audit twenty pathway plans for the young person's", "own words"],
         "Owen Tremayne", "29 February 2028", "On track", None),
    ]),
]  # fmt: skip
# actions that start a new panel: the flow breaks before them (no band repeated)
PANEL_BREAKS = {"2.2", "3.1"}


def _fold_marks(c: canvas.Canvas) -> None:
    c.setStrokeColor(HexColor("#999999"))
    c.setLineWidth(0.8)
    for x in (PANEL, 2 * PANEL):
        c.line(x, HEIGHT, x, HEIGHT - 14)
        c.line(x, 0, x, 14)


def _outside(c: canvas.Canvas) -> None:
    left, mid, right = 20, PANEL + 20, 2 * PANEL + 20
    c.setFillColor(HexColor("#e0f2f1"))
    c.rect(2 * PANEL, 0, PANEL, HEIGHT, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(left, 550, "What to look out for")
    c.drawString(mid, 430, "Questions?")
    c.setFont("Helvetica-Bold", 24)
    c.drawString(right, 480, "Doing better")
    c.drawString(right, 452, "for children")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica", 8)
    c.drawString(left, 530, "Each quarter we report to the improvement board on")
    c.drawString(left, 519, "the actions inside and on how children say it feels.")
    c.drawString(left, 490, "12 March 2027  Practice week")
    c.drawString(left, 478, "19 May 2027  Improvement board")
    c.drawString(mid, 414, "Contact Leah Fairbrother, Programme Lead, on")
    c.drawString(mid, 403, "01632 960412 or at improve@fernvale.gov.uk.")
    c.drawString(right, 420, "Fernvale Children's Services")
    c.drawString(right, 400, "Inspectors visited in January 2026 and asked for three")
    c.drawString(right, 389, "improvements. Inside: what we are doing about each.")
    _fold_marks(c)


def _chip(c: canvas.Canvas, x: float, y: float, word: str) -> None:
    tint, edge = CHIPS[word]
    width = c.stringWidth(word, "Helvetica-Bold", 6.8) + 8
    c.setFillColor(HexColor(tint))
    c.rect(x, y - 3, width, 11, stroke=0, fill=1)
    c.setFillColor(HexColor(edge))
    c.rect(x, y - 3, 2, 11, stroke=0, fill=1)
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica-Bold", 6.8)
    c.drawString(x + 5, y, word)


def _inside(c: canvas.Canvas, marks: bool = True) -> None:
    panel, y = 0, 555.0
    for number, rec, actions in PLAN:
        x = panel * PANEL + 20
        c.setFillColor(TEAL)
        c.rect(x, y - 5, PANEL - 40, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 6, y, f"Inspectors asked for ({number})")
        y -= 18
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 8.2)
        for line in rec:
            c.drawString(x, y, line)
            y -= 10
        y -= 4
        for ref, text, owner, due, status, update in actions:
            if ref in PANEL_BREAKS:
                panel, y = panel + 1, 555.0
                x = panel * PANEL + 20
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica-Bold", 8.8)
            c.drawString(x, y, ref)
            c.setFont("Helvetica", 8.8)
            c.drawString(x + 15, y, text[0])
            for more in text[1:]:
                y -= 11
                c.drawString(x, y, more)
            y -= 12
            for label, value in (("Led by:", owner), ("Target:", due)):
                c.setFont("Helvetica-Bold", 7.9)
                c.drawString(x, y, label)
                c.setFont("Helvetica", 7.9)
                c.drawString(x + c.stringWidth(label, "Helvetica-Bold", 7.9) + 3, y, value)
                y -= 10
            y -= 4
            _chip(c, x, y, status)
            y -= 14
            if update is not None:
                c.setFont("Helvetica-BoldOblique", 7.9)
                c.drawString(x, y, "Update:")
                c.setFont("Helvetica-Oblique", 7.9)
                c.drawString(x + 32, y, update)
                y -= 10
            y -= 10
    if marks:
        _fold_marks(c)


def _pdf(marks: bool = True) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    if marks:
        _outside(c)
        c.showPage()
    _inside(c, marks)
    c.showPage()
    c.save()
    return buf.getvalue()


def _line(text: str, bbox: tuple[float, float, float, float], size: float) -> Line:
    return Line(text, bbox, size, True, 1, 0)


def test_each_sheet_is_read_as_its_three_panels_left_to_right() -> None:
    doc = parse_pdf_bytes(_pdf(), "leaflet.pdf")
    assert len(doc.pages) == 6
    assert all(abs(p.width - PANEL) < 1 for p in doc.pages)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4, 5, 6]
    inside = [p.lines[0].text.strip() for p in doc.pages[3:]]
    assert inside == ["Inspectors asked for (1)", "2.2 Agree a protocol for notifying host authorities",
                      "3.1 Train personal advisers in co-producing pathway plans"]  # fmt: skip
    # no line of one panel runs into the panel beside it
    assert all(ln.bbox[2] <= PANEL + 1 for p in doc.pages for ln in p.lines)


def test_three_columns_without_fold_marks_are_left_whole() -> None:
    doc = parse_pdf_bytes(_pdf(marks=False), "columns.pdf")
    assert len(doc.pages) == 1
    assert doc.pages[0].width > 800


def test_actions_read_with_owner_due_status_and_update() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "leaflet.pdf"))
    expected = {
        ref: (owner, due, status, update)
        for _, _, actions in PLAN
        for ref, _, owner, due, status, update in actions
    }
    rag = {"On track": "green", "Slipping": "amber", "Off track": "red", "Complete": "blue"}
    got = {a.ref: (a.owner, a.due_raw, a.rag, a.progress) for a in result.actions}
    assert got == {
        ref: (owner, due, rag[status], update)
        for ref, (owner, due, status, update) in expected.items()
    }
    texts = {a.ref: a.text for a in result.actions}
    assert texts["1.1"] == ("Offer every child a return home interview within three working days")
    assert str(next(a.due_date for a in result.actions if a.ref == "2.1")) == "2027-05-31"


def test_each_action_answers_the_last_band_before_it_across_panels() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "leaflet.pdf"))
    recs = {r.id: r for r in result.recommendations}
    assert [(r.number, r.text) for r in result.recommendations] == [
        (n, " ".join(lines)) for n, lines, _ in PLAN
    ]
    links = {a.ref: [recs[i].number for i in a.recommendations] for a in result.actions}
    # 2.2 and 3.1 open a panel of their own, under no band: they answer the band before them
    assert links == {ref: [n] for n, _, actions in PLAN for ref, *_ in actions}


def test_contact_and_diary_are_no_actions() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "leaflet.pdf"))
    assert all(a.owner != "Leah Fairbrother" for a in result.actions)
    assert len(result.actions) == 7


def test_a_status_phrase_alone_in_a_tight_box_is_a_chip_not_a_table() -> None:
    word = _line("On track", (24.0, 100.0, 50.0, 107.0), 6.8)
    chip = Table(
        1, (20.0, 97.0, 56.0, 109.0), [[Cell("On track", (20.0, 97.0, 56.0, 109.0), [word])]], True
    )
    assert chip_box(chip)
    band = _line("On track", (24.0, 100.0, 50.0, 107.0), 9.0)
    wide = Table(
        1,
        (20.0, 97.0, 260.0, 109.0),
        [[Cell("On track", (20.0, 97.0, 260.0, 109.0), [band])]],
        True,
    )
    assert not chip_box(wide)  # a band across the column: not a chip
    prose = _line("Work under way", (24.0, 100.0, 70.0, 107.0), 6.8)
    note = Table(
        1,
        (20.0, 97.0, 76.0, 109.0),
        [[Cell("Work under way", (20.0, 97.0, 76.0, 109.0), [prose])]],
        True,
    )
    assert not chip_box(note)  # no status phrase


def test_a_chip_is_set_smaller_than_the_field_above_it() -> None:
    field = _line("Target: 31 March 2027", (20.0, 100.0, 110.0, 108.0), 7.9)
    chip = _line("Slipping", (24.0, 114.0, 50.0, 120.0), 6.8)
    wrapped = _line("On track", (20.0, 110.0, 50.0, 118.0), 7.9)
    assert chip_apart(field, chip)
    assert not chip_apart(field, wrapped)  # the value's own next line, in the field's type
