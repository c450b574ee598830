"""A scorecard whose header cells are set in the middle of their row (a browser's th default)
and some of them wrap: the one-line cells print at the row's middle, the wrapped ones above and
below them, so no line of the header holds all its cells ('Level at / outset' over 'Measure',
'Goal' beside it). Read line by line, no line read as a row of column headers, the table under
it was never read and its measures were lost (kpi_table_unread: holdout12 html-roadmap-timeline,
holdout5 html-accordion-dl). The head's cells are now read down each column from its top line
(extractors.stacked_head)."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.stacked_head import stacked_head
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }"
    "table { border-collapse: collapse; width: 100%; }"
    "td, th { border-bottom: 0.5pt solid #999; padding: 1mm; text-align: left; }"
    "th.n { width: 24mm; }"
)
HEAD = ["Measure", "Level at the outset", "Goal", "Level in the latest quarter"]
ROWS = [
    ("Strategy meetings held within three working days", "61%", "90%", "74.5%"),
    ("Families stepped down to early help with a named worker", "40%", "75%", "52%"),
    ("Days from referral to the start of an assessment", "19 days", "10 days", "14 days"),
    ("Foster carers reviewed on time", "68.2%", "95%", "81%"),
]


def _html() -> str:
    head = "".join(
        f"<th{' class=n' if len(h) > 8 else ''}>{h}</th>" for h in HEAD
    )  # the long labels wrap, the short ones stand at the row's middle
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Children's services: improvement measures</h1>"
        "<p>The measures below are reported to the improvement board each quarter.</p>"
        f"<h2>Measures</h2><table><tr>{head}</tr>{body}</table></body></html>"
    )


@needs_chromium
def test_middle_aligned_wrapped_head_reads_its_scorecard(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "measures.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    doc = parse_pdf_bytes(pdf.read_bytes(), pdf.name)
    size = next(ln.font_size for p in doc.pages for ln in p.lines if ln.text == "Measure")
    tops = {round(ln.top) for p in doc.pages for ln in p.lines if ln.bold and ln.font_size == size}
    assert len(tops) >= 3, "the head's cells stand at several heights (the shape this test needs)"
    plan = extract_plan(doc)
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [(m, b, latest, t) for m, b, t, latest in ROWS]
    assert "kpi_table_unread" not in {w.code for w in plan.warnings}


def _line(words: list[tuple[str, float, float]], top: float, bold: bool = True) -> Line:
    ws = [Word(t, x0, top, x1, top + 10) for t, x0, x1 in words]
    text = " ".join(t for t, _, _ in words)
    return Line(text, (ws[0].x0, top, ws[-1].x1, top + 10), 10.0, bold, 1, 0, words=ws)


def test_stacked_head_reads_down_each_column() -> None:
    order = [
        _line([("Level", 200, 225), ("at", 228, 238), ("Level", 300, 325), ("in", 328, 336)], 100),
        _line([("Measure", 40, 80), ("Goal", 250, 270)], 105),
        _line([("outset", 200, 230), ("latest", 300, 330)], 110),
        _line([("Foster", 40, 70), ("carers", 73, 100), ("68%", 200, 220)], 130, bold=False),
    ]
    found = stacked_head(order, 0, 8.0)
    assert found is not None and found[0] == [
        "Measure",
        "Level at outset",
        "Goal",
        "Level in latest",
    ]
    assert found[1] == order[:3]
    assert stacked_head(order, 1, 8.0) is None  # a line of the same head above: it opens there
    assert stacked_head(order, 3, 8.0) is None  # plain type: no head


def test_a_bold_paragraph_is_no_stacked_head() -> None:
    order = [
        _line([("Our", 40, 60), ("aims", 63, 90), ("for", 93, 110), ("the", 113, 130)], 100),
        _line([("coming", 40, 75), ("year", 78, 100)], 111),
    ]
    assert stacked_head(order, 0, 8.0) is None
