"""A scorecard ruled with horizontal lines only (each cell's bottom border), its header cells set
in the middle of their row, two of them wrapping onto two lines ('Starting / level', 'Where we
hope to / be'). A line's foot is its glyphs': the upper line of a wrapped cell with no deep
descender ends higher than its neighbours', so the space from its foot to the cell's next line
('be', a tall letter) passed half a font size though the two lines stand a line's pitch apart.
The cell's next line was taken for a second tier, no head was read, the table under it was
never read and its measures were lost (kpi_table_unread). A cell's next line is now one within
a line's gap of its last line's foot or a line's pitch of its top (extractors.stacked_head)."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.stacked_head import stacked_head
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 18mm 20mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.4; }"
    "table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }"
    "td, th { border-bottom: 0.2mm solid #bbb; padding: 1.2mm 2mm; text-align: left; }"
)
HEAD = ["What we count", "Starting level", "Now", "Where we hope to be"]
ROWS = [
    ("Supervision held within four weeks", "8.2%", "8.5%", "58.9%"),
    ("Average days from entering care to moving in with an adoptive family", "251 days",
     "496 days", "516 days"),
    ("Agency social workers as a share of the workforce", "56.8%", "66%", "40%"),
    ("Social worker vacancy rate", "27.8%", "63.3%", "30.1%"),
]  # fmt: skip


def _html() -> str:
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Our response</h1><p>The measures below are reported to the board each quarter.</p>"
        f"<h2>How we will measure the difference</h2><table><tr>{head}</tr>{body}</table>"
        "</body></html>"
    )


@needs_chromium
def test_horizontally_ruled_scorecard_with_wrapped_heads_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "measures.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    doc = parse_pdf_bytes(pdf.read_bytes(), pdf.name)
    heads = {ln.text: ln for p in doc.pages for ln in p.lines if ln.bold}
    upper, lower = heads["Where we hope to"], heads["be"]
    assert lower.top - upper.bottom > 0.5 * upper.font_size, "the shape this test needs"
    plan = extract_plan(doc)
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == ROWS
    assert "kpi_table_unread" not in {w.code for w in plan.warnings}


def _line(words: list[tuple[str, float, float]], top: float, bottom: float) -> Line:
    ws = [Word(t, x0, top, x1, bottom) for t, x0, x1 in words]
    text = " ".join(t for t, _, _ in words)
    return Line(text, (ws[0].x0, top, ws[-1].x1, bottom), 10.0, True, 1, 0, words=ws)


def test_wrapped_cell_s_next_line_a_pitch_below_its_short_foot() -> None:
    """'Where we hope to' ends at 106.4 (no descender), 'be' starts at 113.2: 6.8 below its foot
    (over half the size, 10), 13.2 below its top (a line's pitch): the cell's next line."""
    order = [
        _line([("Starting", 200, 230), ("Where", 300, 325), ("we", 328, 340)], 100, 106.4),
        _line(
            [("What", 40, 60), ("we", 63, 75), ("count", 78, 100), ("Now", 250, 270)], 106.8, 113
        ),
        _line([("be", 300, 310)], 113.2, 120),
        _line([("level", 200, 222)], 114.5, 122),
    ]
    found = stacked_head(order, 0, 8.0)
    assert found is not None
    assert found[0] == ["What we count", "Starting level", "Now", "Where we be"]


def test_cell_s_line_past_a_pitch_below_is_no_wrap() -> None:
    """A line of the head over a line's pitch below a cell's last line's top and over a line's
    gap below its foot (a line left empty between them) is no wrap of that cell: no stacked
    head, though a taller cell beside it keeps the stack together."""
    order = [
        _line([("Starting", 200, 230), ("Where", 300, 325)], 100, 106.4),
        _line([("What", 40, 60), ("Now", 250, 270)], 106.8, 113),
        _line([("we", 40, 55)], 113.5, 119.5),
        _line([("be", 300, 310)], 119.8, 126),
    ]
    assert stacked_head(order, 0, 8.0) is None
