"""Running headers and page numbers are removed from every page; the tail of a line wrapped
over a page ('2026)' at the top of the next page) is content, however often a tail of that
shape recurs at the same height."""

from __future__ import annotations

from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.layout import clean_pages


def _line(text: str, top: float, page: int, x0: float = 72.0) -> Line:
    return Line(text, (x0, top, x0 + 200, top + 10), 10.0, False, page, 0, words=[])


def _pages() -> list[Page]:
    tops = ["Children's services improvement plan", "(Head of Virtual School, June 2026)", "2027)"]
    pages = []
    for n, tail in enumerate(tops, start=1):
        lines = [
            _line("Quarterly progress report", 20, n),
            _line(tail, 50, n, x0=90),
            _line("• Review every plan with the family and the school", 100, n),
            _line(f"Page {n} of 3", 810, n),
        ]
        pages.append(Page(n, 595, 842, lines, rulings=[]))
    return pages


def test_a_wrapped_tail_at_the_top_of_pages_is_content() -> None:
    pages = _pages()
    pages[1].lines[1].text = "2026)"  # two pages open with a date's wrapped tail
    clean_pages(pages)
    assert [[ln.text for ln in p.lines][:2] for p in pages] == [
        [
            "Children's services improvement plan",
            "• Review every plan with the family and the school",
        ],
        ["2026)", "• Review every plan with the family and the school"],
        ["2027)", "• Review every plan with the family and the school"],
    ]
    assert [ln.text for ln in pages[2].header_footer] == [
        "Quarterly progress report",
        "Page 3 of 3",
    ]
