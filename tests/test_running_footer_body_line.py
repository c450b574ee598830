"""A body line that chances to fall at the same height at the foot of two pages of a short
document is content, not a running footer: an action paragraph's status line ('Standing:
Amber') run on under the paragraph's last line at the foot of page 1, and again under another
paragraph at the foot of page 2, the same words printed in the body of page 3 too.

Both were taken for a running footer (the same text at the same height on two pages of three
is enough) and dropped, so the two actions lost their status with nothing said. A line in the
footer band whose text the body prints too, run on a line's pitch under a line of the body, is
content (pipeline/layout.py); a real running footer stands apart from the body, below a gap.
"""

from __future__ import annotations

from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.layout import clean_pages

STATUS = "Standing: Amber"
FOOTER = "Fenmarsh Council - our response to the inspection"


def _line(text: str, top: float, page: int, size: float = 14.0, x0: float = 63.0) -> Line:
    return Line(text, (x0, top, x0 + 400, top + size * 0.7), size, False, page, 0, words=[])


def _pages() -> list[Page]:
    pages = []
    for n in (1, 2, 3):
        lines = [_line(f"{n}.1 Publish the revised threshold document with partners.", 100, n)]
        if n == 3:
            lines.append(_line(STATUS, 116, n, size=12.7, x0=80.5))  # in the body
        lines += [
            _line(f"{n}.2 Train every team manager in reflective supervision. Tom", 733.6, n),
            _line("Ellery is lead, and it is due in the course of June 2027.", 748.3, n),
        ]
        if n < 3:  # at the page's foot, run on under the paragraph, a footer's height
            lines.append(_line(STATUS, 763.5 + n, n, size=12.7, x0=80.5))
        lines.append(_line(FOOTER, 815, n, size=8.0))  # the running footer, below a gap
        pages.append(Page(n, 595.3, 841.9, lines, rulings=[]))
    return pages


def test_a_status_line_at_the_foot_of_two_pages_is_content() -> None:
    pages = _pages()
    clean_pages(pages)
    for page in pages:
        texts = [ln.text for ln in page.lines]
        assert STATUS in texts, page.number
        assert FOOTER not in texts
        assert [ln.text for ln in page.header_footer] == [FOOTER]
