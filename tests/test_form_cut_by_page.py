"""Cards printed as small 'label | value' tables (a Word template: the action in bold over its
table of Sponsor, Completion, Highlight report, Milestone met?), one table cut by a page break
after its first row: 'Sponsor | ...' alone at the foot of a page, the other rows at the top of
the next.

The two pieces were two tables: the first, one row, too small to be a card; the second a card
with no title (its title is the line over the first piece), dropped. The action was lost and
nothing was said (holdout-s2 docx-kv-cards 2-009). plan_cards._join_broken_forms joins a
two-column table closing a page to the one opening the next where their edges line up.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY, HEAD = STYLES["BodyText"], STYLES["Heading3"]
CARDS = [
    ("Phone every family within a day of a contact and record the decision", "Lena Marsh",
     "31 March 2027", "Calls now logged daily", "Met"),
    ("Audit twenty repeat referrals each quarter with partners", "Owen Pike", "30 June 2027",
     "First audit booked", "Not met"),
    ("Train every carer in trauma-informed care by the spring", "Ravi Dunn", "Q4 26-27",
     "Not yet started", "Partially met"),
    ("Offer each child in care a tutor when behind in reading", "Mia Chowdhury",
     "31 July 2027", "Tutors recruited", "Met"),
]  # fmt: skip
LABELS = ("Sponsor", "Completion", "Highlight report", "Milestone met?")


def _pdf(gap_mm: float) -> bytes:
    story: list[object] = [Paragraph("Children's services improvement plan", STYLES["Title"])]
    story.append(Spacer(1, gap_mm * mm))
    for title, *values in CARDS:
        story.append(Paragraph(f"<b>{title}</b>", HEAD))
        table = Table([[label, value] for label, value in zip(LABELS, values, strict=True)],
                      colWidths=[45 * mm, 110 * mm])  # fmt: skip
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444")]))
        story += [table, Spacer(1, 8 * mm)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def _cut_after_first_row(data: bytes) -> bool:
    """Whether a page ends with a 'Sponsor' row alone (the shape this test needs)."""
    doc = parse_pdf_bytes(data, "cut.pdf")
    for page in doc.pages[:-1]:
        texts = [ln.text for ln in sorted(page.lines, key=lambda ln: ln.top)]
        if texts and texts[-1].startswith("Sponsor"):
            return True
    return False


def test_a_card_table_cut_by_the_page_is_one_card() -> None:
    cut = 0
    for gap in range(150, 215, 4):  # walk the page break down through the third card's table
        data = _pdf(gap)
        if not _cut_after_first_row(data):
            continue
        cut += 1
        plan = extract_plan(parse_pdf_bytes(data, "cut.pdf"))
        assert [a.text for a in plan.actions] == [c[0] for c in CARDS], gap
        assert [a.owner for a in plan.actions] == [c[1] for c in CARDS], gap
        assert [a.due_raw for a in plan.actions] == [c[2] for c in CARDS], gap
        assert [a.progress for a in plan.actions] == [c[3] for c in CARDS], gap
    assert cut, "no gap cut a table after its first row"
