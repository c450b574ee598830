"""A draft plan printed with its lines numbered in the left margin (Word's line numbering, as a
consultation draft is put out so readers can quote lines): every line, or every fifth, running
on over pages or restarting on each. Each action is a numbered paragraph set with a hanging
indent ('1.1<tab>Launch ...', its wrap under the text, not the number), then one line per field
('Officer leading<tab>Head of Service').

What is read: the margin numbers are furniture, not text (no '31st December 2027 18', no action
whose text is '16', the first number of a page no page number); each action whole, its wrapped
line part of it, with its owner, its due date under 'To be achieved by' and its status. A table's
row numbers at the left (one number to a row of several lines) stay content.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# (ref, text lines (the first beside the ref, the rest wrapped), owner, due, status)
ACTIONS = [
    ("1.1", ["Launch a single exploitation screening tool for use by all partner agencies"],
     "Head of Service, Children in Care", "31st December 2027", "Achieved"),
    ("1.2", ["Develop safety plans for places of concern, such as parks and transport hubs, with",
             "community safety partners"],
     "Workforce Development Lead", "30th November 2027", "Behind schedule"),
    ("1.3", ["Deliver contextual safeguarding training to every social work team and to",
             "designated safeguarding leads in schools"],
     "Designated Nurse", "19th July 2027", "Seriously behind"),
    ("1.4", ["Track attendance and exclusions for children in care placed out of the area"],
     "Head of Quality Assurance", "10th April 2027", "On schedule"),
    ("1.5", ["Offer tuition to every child in care who is behind in reading at age eleven"],
     "Head of Quality Assurance", "31st March 2027", "Not commenced"),
    ("1.6", ["Agree a joint housing protocol with district councils that gives care leavers",
             "priority banding"],
     "Director of Children's Services", "24th April 2027", "On schedule"),
    ("1.7", ["Set up a daily virtual strategy meeting slot so partners can join without travel"],
     "Detective Inspector, Public Protection", "13th April 2027", "Achieved"),
]  # fmt: skip
REFS = [a[0] for a in ACTIONS]
PITCH = 14.0
LEFT, HANG = 80.0, 117.0


def _body() -> list[tuple[float, str, str, bool]]:
    """The draft's text lines: (x, font, text, numbered); the running header is not numbered."""
    rows: list[tuple[float, str, str, bool]] = [
        (LEFT, "Helvetica-Bold", "Children's Services Improvement Plan: Draft for Consultation", True),
        (LEFT, "Helvetica", "Status of this document: draft 4, agreed for consultation by the", True),
        (LEFT, "Helvetica", "Improvement Board. It is not council policy until it is approved.", True),
        (LEFT, "Helvetica-Bold", "Required improvement 1", True),
        (103, "Helvetica-Oblique", "Improve the response to children at risk of exploitation", True),
    ]  # fmt: skip
    for ref, text, owner, due, status in ACTIONS:
        rows.append((LEFT, "Helvetica-Bold", f"{ref}\t{text[0]}", True))
        rows += [(HANG, "Helvetica", t, True) for t in text[1:]]
        rows.append((HANG, "Helvetica", f"Officer leading\t{owner}", True))
        rows.append((HANG, "Helvetica", f"To be achieved by\t{due}", True))
        rows.append((HANG, "Helvetica", f"Status\t{status}", True))
    return rows


def _pdf(every: int = 1, restart: bool = False, per_page: int = 18) -> bytes:
    """The draft over pages of `per_page` lines, its margin numbers drawn after the text (as a
    word processor's print writes them), right-aligned at x=59."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    rows = _body()
    n = 0
    for start in range(0, len(rows), per_page):
        c.setFont("Helvetica", 9)
        c.drawString(LEFT, 800, "DRAFT FOR CONSULTATION - not council policy")
        if restart:
            n = 0
        numbers: list[tuple[float, int]] = []
        y = 730.0
        for x, font, text, _ in rows[start : start + per_page]:
            n += 1
            c.setFont(font, 10.5)
            if "\t" in text:  # a tab: the value starts at the next stop
                label, value = text.split("\t")
                c.drawString(x, y, label)
                c.setFont("Helvetica", 10.5)
                c.drawString(HANG if x == LEFT else 230, y, value)
            else:
                c.drawString(x, y, text)
            if n % every == 0:
                numbers.append((y, n))
            y -= PITCH
        c.setFont("Helvetica", 10)
        for yy, k in numbers:
            c.drawRightString(59, yy, str(k))
        c.showPage()
    c.save()
    return buf.getvalue()


def _texts(data: bytes) -> list[str]:
    doc = parse_pdf_bytes(data, "draft.pdf")
    return [ln.text for p in doc.pages for ln in p.lines]


def test_every_line_numbered_margin_is_furniture() -> None:
    texts = _texts(_pdf())
    assert not [t for t in texts if t.strip().isdigit()]
    glued = [t for t in texts if t.split()[-1].isdigit() and t.split()[-1] not in ("1", "2027")]
    assert not glued
    assert "Required improvement 1" in texts


def test_every_fifth_line_restarting_each_page_is_furniture() -> None:
    texts = _texts(_pdf(every=5, restart=True))
    assert not [t for t in texts if t.strip().isdigit()]


def test_line_numbered_draft_reads_each_action_whole_with_its_fields() -> None:
    for every, restart in [(1, False), (1, True), (5, False)]:
        result = extract_plan(parse_pdf_bytes(_pdf(every, restart), "draft.pdf"))
        got = {a.ref: a for a in result.actions}
        assert sorted(got, key=str) == REFS, (every, restart)
        assert got["1.2"].text == (
            "Develop safety plans for places of concern, such as parks and transport hubs, with"
            " community safety partners"
        )
        assert got["1.1"].owner == "Head of Service, Children in Care"
        assert str(got["1.2"].due_date) == "2027-11-30"
        assert got["1.3"].rag == "red"
        assert got["1.1"].rag == "blue"


def test_row_numbers_of_a_table_stay_content() -> None:
    """Numbers at the left of rows that wrap over several lines number rows, not lines."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 700.0
    c.setFont("Helvetica", 10.5)
    tops = []
    for k in range(1, 7):
        tops.append(y)
        for i in range(3):
            c.drawString(80, y - i * PITCH, f"Row {k} line {i + 1} of the finding and what we do")
        y -= 3 * PITCH + 8
    for k, top in enumerate(tops, 1):  # drawn after the text, as margin numbers are
        c.drawRightString(59, top, str(k))
    c.showPage()
    c.save()
    texts = _texts(buf.getvalue())
    assert [t for t in texts if t.strip().isdigit()] == ["1", "2", "3", "4", "5", "6"]
