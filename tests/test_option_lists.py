"""A status printed as a tick-one list: every option with a box, the chosen one ticked
(pipeline/option_lists.py).

The status cell lists '☐ Not started' '☐ On track' '☐ Some slippage' '☐ Off track'
'☐ Complete' one per line and ticks the current one ('☒'). Read as text the cell says every
status and the last ('Complete') won; only the ticked option is the value.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line
from plantrace.pipeline.option_lists import drop_unticked, ticked_item, unticked
from plantrace.pipeline.reader import parse_pdf_bytes

OPTIONS = ["Not started", "On track", "Some slippage", "Off track", "Complete"]
HEADER = ["Line", "What needs to happen", "Who", "When", "RAG rating"]
WIDTHS = [35, 230, 100, 80, 90]
ROWS = [
    ("1.1", "Record children's views at every review", "Leon Fairweather", "31 March 2026", 2),
    ("1.2", "Meet each child before their review", "Sian Pritchard", "31 August 2026", 0),
    ("1.3", "Audit twelve supervision records a month", "Amira Choudhury", "16 March 2026", 4),
    ("1.4", "Step down cases to early help", "Tom Ellery", "30 June 2026", 3),
    ("1.5", "Hold a weekly allocation meeting", "Ruth Kowalczyk", "31 May 2026", 1),
]  # the ticked option's index
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _plan_pdf() -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))  # a font with the ballot boxes
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    c.setFont("DejaVu", 14)
    c.drawString(40, height - 50, "Ofsted Improvement Plan")
    top, h, pitch = height - 80, 56.0, 10.0
    xs = [40.0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [top - 16] + [top - 16 - (i + 1) * h for i in range(len(ROWS))]
    ys = [top, *ys]
    c.setLineWidth(0.5)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for xx in xs:
        c.line(xx, ys[0], xx, ys[-1])
    c.setFont("DejaVu", 9)
    for xx, label in zip(xs, HEADER, strict=False):
        c.drawString(xx + 3, top - 12, label)
    c.setFont("DejaVu", 9)
    for i, (*texts, _) in enumerate(ROWS):
        for xx, text in zip(xs, texts, strict=False):
            c.drawString(xx + 3, ys[i + 1] - 11, text)
    c.setFont("DejaVu", 8)  # the status cells written after the rows' text, as a word
    for i, (*_, ticked) in enumerate(ROWS):  # processor writes each cell on its own
        row_top = ys[i + 1]
        for k, option in enumerate(OPTIONS):
            box = "\u2612" if k == ticked else "\u2610"
            c.drawString(xs[4] + 3, row_top - 9 - pitch * k, f"{box} {option}")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_ticked_option_is_the_status() -> None:
    if not Path(FONT).exists():
        import pytest

        pytest.skip("no font with ballot boxes")
    result = extract_plan(parse_pdf_bytes(_plan_pdf(), "plan.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    assert got == {"1.1": "amber", "1.2": None, "1.3": "blue", "1.4": "red", "1.5": "green"}


def _line(text: str, top: float, x: float = 400.0, index: int = 0) -> Line:
    return Line(
        text=text, bbox=(x, top, x + 60, top + 6.5), font_size=8.5, bold=False, page=1, index=index
    )


def _cell(ticked: int | None, top: float, words: list[str] | None = None) -> list[Line]:
    items = words or OPTIONS
    return [
        _line(("\u2612 " if k == ticked else "\u2610 ") + item, top + 10 * k)
        for k, item in enumerate(items)
    ]


def test_boxes_typed_as_text_are_boxes_too() -> None:
    lines = [_line(("[x] " if k == 3 else "[ ] ") + o, 100 + 10 * k) for k, o in enumerate(OPTIONS)]
    assert [ln.text for ln in drop_unticked(lines)] == ["[x] Off track"]


def test_unticked_options_of_each_list_are_dropped() -> None:
    lines = _cell(2, 100) + _cell(0, 150.5)  # two rows' cells, as close as their own lines
    assert [ln.text for ln in drop_unticked(lines)] == [
        "\u2612 Some slippage",
        "\u2612 Not started",
    ]


def test_a_checklist_of_tasks_or_an_unticked_list_is_left_as_printed() -> None:
    tasks = _cell(1, 100, ["Audit every plan each term", "Recruit two reviewing officers now",
                           "Publish the supervision standard for all teams"])  # fmt: skip
    assert drop_unticked(tasks) == tasks  # sentences: a to-do list, its items are the plan's
    none = _cell(None, 300)
    assert drop_unticked(none) == none
    two = _cell(None, 500)
    two[0].text, two[3].text = "\u2612 Not started", "\u2612 Off track"
    assert drop_unticked(two) == two


def test_a_word_table_cell_of_options_reads_its_ticked_one(tmp_path: Path) -> None:
    """The same list in a Word table, one paragraph per option: the cell says its ticked one."""
    import docx

    from plantrace.pipeline.readers.formats import read_document

    d = docx.Document()
    d.add_paragraph("Ofsted Improvement Plan")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, HEADER, strict=True):
        cell.text = head
    for i, (*texts, ticked) in enumerate(ROWS, start=1):
        cells = t.rows[i].cells
        for cell, text in zip(cells, texts, strict=False):
            cell.text = text
        cells[4].text = ""
        for k, option in enumerate(OPTIONS):
            para = cells[4].paragraphs[0] if k == 0 else cells[4].add_paragraph()
            para.add_run(("\u2612 " if k == ticked else "\u2610 ") + option)
    path = tmp_path / "plan.docx"
    d.save(str(path))
    data = path.read_bytes()
    result = extract_plan(read_document(data, "plan.docx", "0" * 64))
    got = {a.ref: a.rag for a in result.actions}
    assert got == {"1.1": "amber", "1.2": None, "1.3": "blue", "1.4": "red", "1.5": "green"}


def test_unticked_paragraphs_of_a_cell() -> None:
    texts = ["Status:", *[("\u2612 " if k == 1 else "\u2610 ") + o for k, o in enumerate(OPTIONS)]]
    assert unticked(texts) == {1, 3, 4, 5}
    assert unticked(texts[:3]) == set()  # two options: a yes/no pair, not a list of statuses


def test_a_tick_one_list_run_together_names_its_ticked_item() -> None:
    assert ticked_item("\u2610 Red \u2612 Amber \u2610 Green") == "Amber"
    joined = " ".join(("\u2612 " if k == 2 else "\u2610 ") + o for k, o in enumerate(OPTIONS))
    assert ticked_item(joined) == "Some slippage"
    assert ticked_item("\u2610 Red \u2610 Amber \u2610 Green") is None  # none ticked
    assert ticked_item("\u2612 Red \u2612 Amber \u2610 Green") is None  # two ticked
    assert ticked_item("\u2612 Red \u2610 Amber") is None  # a pair, no list of statuses
    assert ticked_item("Amber") is None
    assert ticked_item("[ ] Red [x] Amber [ ] Green") == "Amber"  # boxes typed as text
    assert ticked_item("see [1] and [2]") is None
