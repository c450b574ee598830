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


def _row_page(number: int, cells: list[tuple[str, float]]) -> Page:
    """A page opening with a table row in its top margin, a page number at its foot."""
    lines = [Line(t, (x, 43, x + w, 51), 8.0, False, number, 0, words=[]) for t, x, w in
             [(t, x, 130.0 if i == 0 else 14.0) for i, (t, x) in enumerate(cells)]]  # fmt: skip
    lines.append(_line("Body text of the page, well below the margin", 300, number))
    lines.append(_line(str(number), 570, number, x0=290))
    return Page(number, 842, 595, lines, rulings=[])


def test_figures_side_by_side_in_the_margin_are_a_row_not_page_numbers() -> None:
    """A page prints one number: 'Average caseload | 390 | 374 | 458' opening a page is the
    first row of a table continued over the break; its figures are kept. A number alone
    beside one label ('Plan 2026   7') is still a page number."""
    first = _row_page(1, [("Intro", 28.0)])
    row = _row_page(2, [("Average caseload per social worker", 28.0), ("390", 372.0),
                        ("374", 465.0), ("458", 548.0)])  # fmt: skip
    alone = _row_page(3, [("Improvement plan", 28.0), ("7", 548.0)])
    clean_pages([first, row, alone])
    assert [ln.text for ln in row.lines][:4] == [
        "Average caseload per social worker", "390", "374", "458"
    ]  # fmt: skip
    assert [ln.text for ln in row.header_footer] == ["2"]
    assert [ln.text for ln in alone.header_footer] == ["7", "3"]


def test_a_year_wrapped_under_a_date_at_the_page_top_is_content() -> None:
    """A line at the top of a page ending in a day and month ('David Osei | 31 July') whose
    year wrapped onto the next line ('2025'): the year sits at a line's pitch under it, in the
    top margin, and is the date's tail, not a page number. A number standing apart from the
    text above it (the page's number) is still furniture."""
    leads = ["1.1 Audit supervision records  Tom Ellery | 31 March 2025",
             "4.1 Track the timeliness of care proceedings  David Osei | 31 July",
             "5.2 Hold exit interviews with every leaver  Grace Adebayo | 30 June 2026"]  # fmt: skip
    pages = []
    for n, lead in enumerate(leads, start=1):
        lines = [_line("Oakridge Council - OFFICIAL", 30, n), _line(lead, 55, n)]
        if n == 2:
            lines.append(_line("2025", 67, n, x0=110))  # 2 points under the line it goes on from
        lines += [_line("Body text of the page, well below the margin", 300, n),
                  _line(str(2024 + n), 815, n, x0=290)]  # fmt: skip
        pages.append(Page(n, 595, 842, lines, rulings=[]))
    clean_pages(pages)
    assert [ln.text for ln in pages[1].lines][:2] == [leads[1], "2025"]
    assert [ln.text for ln in pages[1].header_footer] == ["Oakridge Council - OFFICIAL", "2026"]


def test_a_numbered_heading_opening_two_pages_is_content_when_the_body_numbers_others() -> None:
    """A plan in two parts restates each recommendation over its table: 'Recommendation 2'
    chances to open a page in each part, at the same height, while the body prints
    'Recommendation 1' and '3' under the tables. A heading the body numbers otherwise is
    content, however often this one opens a page; the running title above it is furniture."""
    pages = []
    for n, top_heading in enumerate(["Joint plan", "Recommendation 2", "Recommendation 2"], 1):
        lines = [
            _line("Oakridge joint improvement plan", 20, n),
            _line(top_heading, 60, n),
            _line("Improve the timeliness of decisions at the front door", 72, n),
            _line(f"Recommendation {2 * n - 1 if n > 1 else 1}", 400, n),
            _line(f"Page {n} of 3", 810, n),
        ]
        pages.append(Page(n, 595, 842, lines, rulings=[]))
    clean_pages(pages)
    assert [ln.text for ln in pages[1].lines][:2] == [
        "Recommendation 2",
        "Improve the timeliness of decisions at the front door",
    ]
    assert [ln.text for ln in pages[2].header_footer] == [
        "Oakridge joint improvement plan",
        "Page 3 of 3",
    ]
