"""A contents page (numbered 'i') listing each recommendation with the printed page, or pages,
its actions are on ('Recommendation 1: <text> ...... 2-3'); each recommendation's actions on
pages of their own headed only 'Action schedule', naming no recommendation; a summary page
('Plan at a glance', page 1) before them, and every page's foot printing 'Page 2 of 5'. The
printed page number is not the PDF page's index. The actions were read with no recommendation
(or all with the contents' last entry, by place), and nothing said so.

What is read: each recommendation's text without the page reference printed level with its
entry; each action answers the recommendation the contents gives its printed page to
(extractors.contents_links); where the pages print no number, nothing can be placed, and a
plan_links_partial warning says so.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.layout import page_label
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the timeliness of education, health and care plans for children in care and"
          " the support given by the virtual school", "2-3"),
    ("2", "Strengthen the response to children who go missing from home or care", "4"),
]  # fmt: skip
# printed page -> its actions (ref, text, owner, due, status)
PAGES = {
    "2": [
        ("01", "Offer tuition to every child in care behind in reading", "Martin Hale", "3 May 2026", "Green"),
        ("02", "Review every personal education plan each term", "Bethan Lloyd", "26 May 2025", "Amber"),
    ],
    "3": [
        ("03", "Track attendance of children placed out of the area", "Joseph Mensah", "17 Aug 2025", "Red"),
    ],
    "4": [
        ("04", "Hold a monthly missing children panel", "Helen Markham", "25 Jul 2025", "Green"),
        ("05", "Commission an independent return home interview service", "Ruth Kowalczyk", "6 Oct 2025", "Amber"),
    ],
}  # fmt: skip
GOLD = {"01": "1", "02": "1", "03": "1", "04": "2", "05": "2"}
W, H = A4


def _foot(c: canvas.Canvas, label: str | None) -> None:
    c.setFont("Helvetica", 7.8)
    c.drawString(46, 30, "OFFICIAL   Printed 14/03/2025")
    if label is not None:
        c.drawRightString(W - 46, 30, label)


def _pdf(numbered: bool = True, run: str = "-") -> bytes:
    """The plan, its contents' page ranges printed with `run` between their ends."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    total = len(PAGES) + 1
    c.setFont("Helvetica-Bold", 18)
    c.drawString(46, H - 74, "Kelderby Council")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(46, H - 120, "Contents")
    c.setFont("Helvetica", 9.2)
    y = H - 150
    entries = [("Plan at a glance", "1", "")]
    entries += [
        (f"Recommendation {n}: {t[:88]}", ref.replace("-", run), t[88:]) for n, t, ref in RECS
    ]
    for text, ref, wrap in entries:
        c.drawString(52, y, text.rstrip())
        c.drawRightString(W - 52, y, ref)
        if wrap:
            y -= 12
            c.drawString(52, y, wrap.strip())
        y -= 20
    _foot(c, "Page i" if numbered else None)
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(46, H - 74, "Plan at a glance")
    c.setFont("Helvetica", 9.2)
    c.drawString(46, H - 100, "The plan has 2 recommendations and 5 actions.")
    _foot(c, f"Page 1 of {total}" if numbered else None)
    c.showPage()
    cols = [46, 80, 300, 400, 470, W - 46]
    for label, rows in PAGES.items():
        c.setFont("Helvetica-Bold", 14)
        c.drawString(46, H - 74, "Action schedule")
        top = H - 100
        cells = [("Ref", "Action", "Lead", "Due", "Status"), *[r for r in rows]]
        for k, row in enumerate(cells):
            y = top - 22 * k
            c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 7.6)
            for x, v in zip(cols, row, strict=False):
                c.drawString(x + 3, y - 14, v)
            c.line(cols[0], y, cols[-1], y)
        bottom = top - 22 * len(cells)
        c.line(cols[0], bottom, cols[-1], bottom)
        for x in cols:
            c.line(x, top, x, bottom)
        _foot(c, f"Page {label} of {total}" if numbered else None)
        c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes):  # type: ignore[no-untyped-def]
    return extract_plan(parse_pdf_bytes(pdf, "contents.pdf"))


def test_the_contents_page_references_link_the_actions() -> None:
    plan = _read(_pdf())
    numbers = {r.id: r.number for r in plan.recommendations}
    assert sorted(numbers.values()) == ["1", "2"]
    got = {a.ref: [numbers[r] for r in a.recommendations] for a in plan.actions}
    assert got == {ref: [n] for ref, n in GOLD.items()}
    assert not [w for w in plan.warnings if w.code == "plan_links_partial"]


@pytest.mark.parametrize("run", [" to ", " \u2013 ", "\u2014"])
def test_a_page_range_printed_with_any_run_separator_links_the_same(run: str) -> None:
    """'2 to 3' and '2 – 3' are the range '2-3': the one separator of number runs
    (pipeline/data/number_runs.json), read as a recommendations table's '1 to 4' is."""
    plan = _read(_pdf(run=run))
    numbers = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: [numbers[r] for r in a.recommendations] for a in plan.actions}
    assert got == {ref: [n] for ref, n in GOLD.items()}
    assert [(r.number, r.text) for r in plan.recommendations] == [(n, t) for n, t, _ in RECS]


def test_a_reference_level_with_the_entry_is_no_part_of_its_text() -> None:
    """The page reference printed level with a wrapped entry's first line was read into the
    recommendation's text between that line and its wrap ('... care and 2-3 the support')."""
    plan = _read(_pdf())
    assert [(r.number, r.text) for r in plan.recommendations] == [(n, t) for n, t, _ in RECS]


def test_pages_with_no_printed_number_are_said() -> None:
    plan = _read(_pdf(numbered=False))
    assert [a.ref for a in plan.actions] == list(GOLD)
    assert all(not a.recommendations for a in plan.actions)
    said = [w for w in plan.warnings if w.code == "plan_links_partial"]
    assert said and "contents page" in said[0].message


def test_one_reading_of_page_labels() -> None:
    """pipeline.layout.page_label reads page numbers for the running-line cleaner (the text the
    number alone) and for the contents' page map (a label closing a running line)."""
    assert page_label("- 3 -") == "3"
    assert page_label("Page 3 of 12") == "3"
    assert page_label("3/12") == "3"
    assert page_label("Page iv") is None  # alone: figures only
    assert page_label("Our improvement plan Page 3 of 12") is None
    assert page_label("Our improvement plan Page 3 of 12", alone=False) == "3"
    assert page_label("Children's services plan  Page IV", alone=False) == "iv"
    assert page_label("see p. 4", alone=False) == "4"
    assert page_label("Section 4", alone=False) is None  # no page word
