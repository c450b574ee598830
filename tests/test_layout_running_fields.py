"""A running header whose one field changes from page to page (the user who printed the page, a
section code) is still a running line (fixer C, round 10): a system's listing prints 'Printed by:
jsmith' on one page and 'Printed by: akhan' on the next at the same height. A line of the page's
content at the top of two pages that differs in more than one word stays, and so does a short
line whose one word differs (one word is too much of it)."""

from __future__ import annotations

from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.layout import clean_pages


def _line(text: str, top: float, page: int) -> Line:
    return Line(text, (40.0, top, 560.0, top + 9), 9.0, False, page, 0, words=[])


def _pages(users: list[str], firsts: list[str]) -> list[Page]:
    pages = []
    for n, (user, first) in enumerate(zip(users, firsts, strict=True), start=1):
        lines = [
            _line(f"Printed 03/11/2026 09:14 by {user} for the improvement board page {n}", 20, n),
            _line(first, 45, n),
            _line("Hold a monthly panel chaired by the head of safeguarding", 300, n),
        ]
        pages.append(Page(n, 842, 595, lines, rulings=[]))
    return pages


def test_a_running_header_with_a_changing_user_is_removed() -> None:
    pages = _pages(
        ["jsmith", "akhan", "jsmith"],
        [
            "Audit twelve supervision records each month for the quality group",
            "Publish the sufficiency strategy with the corporate parenting board",
            "Appoint two advanced practitioners in the assessment teams",
        ],
    )
    clean_pages(pages)
    assert [ln.text for ln in pages[1].header_footer] == [
        "Printed 03/11/2026 09:14 by akhan for the improvement board page 2"
    ]
    assert [ln.text for ln in pages[1].lines][0] == (
        "Publish the sufficiency strategy with the corporate parenting board"
    )


def test_content_at_the_same_height_is_kept() -> None:
    # rows of a table at the top of each page: alike in shape, more than one word apart
    firsts = [
        "R1 Review all plans with the family by March 2026 Green",
        "R2 Audit all plans with the school by June 2026 Amber",
        "Lead: Head of Service",
    ]
    pages = _pages(["jsmith", "akhan", "jsmith"], firsts)
    pages[2].lines[1].text = "Lead: Head of Quality"  # short: one word differs, still content
    pages[0].lines[1].text = "Lead: Head of Service"
    clean_pages(pages)
    assert [ln.text for ln in pages[0].lines][0] == "Lead: Head of Service"
    assert [ln.text for ln in pages[1].lines][0] == firsts[1]
    assert [ln.text for ln in pages[2].lines][0] == "Lead: Head of Quality"
