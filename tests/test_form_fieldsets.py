"""An online return printed before it is sent: each action a framed fieldset, its answers in
drawn controls (a text box, a date input of Day / Month / Year boxes, radio buttons whose chosen
option is the filled circle, a text area), a hint 'For example, ...' between a question and its
control. Each fieldset is one action: the legend its ref, the answers its fields."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.reader import parse_pdf_bytes

H = 842.0
OPTIONS = ["On track", "Partly on track", "Not on track", "Achieved", "Not yet due"]
RECS = {
    "1": "Improve the timeliness of decisions at the front door for every child",
    "2": "Strengthen the response to children who go missing from home or care",
}
# ref, text, owner, (day, month, year), chosen option index (None: none filled), update
ACTIONS = [
    ("1.1", "Complete all contacts within twenty-four hours", "Amira Choudhury",
     ("27", "8", "2027"), 3, "Completed and embedded in practice"),
    ("1.2", "Audit repeat referrals each quarter", "Ruth Kowalczyk",
     ("19", "3", "2027"), 1, ""),
    ("2.1", "Record every return home interview in a structured form", "Martin Hale",
     ("5", "11", "2026"), None, "No lead in post since the restructure"),
    ("2.2", "Commission an independent return home interview service", "Grace Adebayo",
     ("15", "9", "2027"), 2, ""),
]  # fmt: skip


def _box(c: canvas.Canvas, x: float, top: float, w: float, h: float, width: float = 1.5) -> None:
    c.setLineWidth(width)
    c.rect(x, H - top - h, w, h, stroke=1, fill=0)


def _text(c: canvas.Canvas, x: float, top: float, s: str, size: float = 10.5, bold: bool = False,
          grey: bool = False) -> None:  # fmt: skip
    c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    c.setFillColor(HexColor("#505a5f") if grey else HexColor("#0b0c0c"))
    c.drawString(x, H - top - size, s)


def _radio(c: canvas.Canvas, x: float, top: float, filled: bool) -> None:
    """A radio button: a ring, and a dot inside it where it is chosen."""
    c.setFillColor(HexColor("#0b0c0c"))
    c.setLineWidth(1.2)
    c.circle(x + 5.5, H - top - 5.5, 5.5, stroke=1, fill=0)
    if filled:
        c.circle(x + 5.5, H - top - 5.5, 3.0, stroke=0, fill=1)


def _fieldset(c: canvas.Canvas, top: float, action: tuple, inline: bool) -> float:  # type: ignore[type-arg]
    ref, text, owner, (d, m, y), chosen, update = action
    height = 300.0 if not inline else 200.0
    _box(c, 40, top, 515, height, width=1.0)
    c.setFillColor(HexColor("#ffffff"))
    c.rect(50, H - top - 7, 70, 14, stroke=0, fill=1)  # the legend stands over the frame's top
    _text(c, 54, top - 6, f"Action {ref}", size=11.5, bold=True)
    y0 = top + 14
    _text(c, 52, y0, text, bold=True)
    _text(c, 52, y0 + 20, "Responsible lead", bold=True)
    _box(c, 50, y0 + 36, 495, 22)
    _text(c, 56, y0 + 41, owner)
    _text(c, 52, y0 + 66, "Expected completion date", bold=True)
    _text(c, 52, y0 + 80, "For example, 27 3 2026", size=9.5, grey=True)
    for x, part in ((52, "Day"), (100, "Month"), (148, "Year")):
        _text(c, x, y0 + 94, part, size=9.5)
    for x, w, v in ((50, 40, d), (98, 40, m), (146, 56, y)):
        _box(c, x, y0 + 108, w, 22)
        _text(c, x + 8, y0 + 113, v)
    _text(c, 52, y0 + 138, "Progress this quarter", bold=True)
    if inline:
        x = 52.0
        for i, opt in enumerate(OPTIONS):
            _radio(c, x, y0 + 154, i == chosen)
            _text(c, x + 16, y0 + 154, opt)
            x += 16 + len(opt) * 5.5 + 14
        rest = y0 + 172
    else:
        for i, opt in enumerate(OPTIONS):
            _radio(c, 52, y0 + 154 + 16 * i, i == chosen)
            _text(c, 68, y0 + 154 + 16 * i, opt)
        rest = y0 + 154 + 16 * len(OPTIONS)
    if not inline:
        _text(c, 52, rest + 4, "Evidence of progress (optional)", bold=True)
        _box(c, 50, rest + 20, 495, 30)
        if update:
            _text(c, 56, rest + 25, update)
    return top + height + 16


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, H))
    _text(c, 40, 40, "Quarterly return to the Improvement Adviser", size=18, bold=True)
    _text(c, 40, 72, "Recommendation 1", size=15, bold=True)
    _text(c, 52, 96, RECS["1"])
    top = _fieldset(c, 126, ACTIONS[0], inline=False)
    _fieldset(c, top, ACTIONS[1], inline=True)
    c.showPage()
    _text(c, 40, 40, "Recommendation 2", size=15, bold=True)
    _text(c, 52, 64, RECS["2"])
    top = _fieldset(c, 94, ACTIONS[2], inline=False)
    _fieldset(c, top, ACTIONS[3], inline=True)
    _text(c, 40, 640, "Declaration", size=15, bold=True)
    _text(c, 40, 664, "I confirm that this return has been agreed by the Director")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_each_fieldset_is_one_action_with_its_answers() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "return.pdf"))
    got = {
        a.ref: (a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    }
    assert got == {
        "1.1": (ACTIONS[0][1], "Amira Choudhury", "2027-08-27", "blue"),  # 'Achieved'
        "1.2": (ACTIONS[1][1], "Ruth Kowalczyk", "2027-03-19", "amber"),  # side by side
        "2.1": (ACTIONS[2][1], "Martin Hale", "2026-11-05", None),  # no circle filled
        "2.2": (ACTIONS[3][1], "Grace Adebayo", "2027-09-15", "red"),
    }
    assert {a.ref: a.recommendations for a in result.actions} == {
        "1.1": ["r1"],
        "1.2": ["r1"],
        "2.1": ["r2"],
        "2.2": ["r2"],
    }
    progress = {a.ref: a.progress for a in result.actions}
    assert progress["1.1"] == "Completed and embedded in practice"
    assert all(a.due_raw != "For example, 27 3 2026" for a in result.actions)  # a hint


def test_a_radio_group_with_no_circle_filled_is_said_and_no_ball_is_unkeyed() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "return.pdf"))
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert any("'Action 2.1'" in m and "none filled" in m for m in said), said
    assert not any("circles partly filled" in m for m in said), said  # radio buttons: no key


def test_a_date_input_read_whole_by_the_date_normaliser_but_not_running_text() -> None:
    assert parse_due("31 3 2027") is not None
    assert parse_due("31 3 2027").isoformat() == "2027-03-31"  # type: ignore[union-attr]
    assert parse_due("see 3 1 2027 plan").isoformat() == "2027-12-31"  # type: ignore[union-attr]
