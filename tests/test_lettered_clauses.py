"""A response to inspection recommendations written as prose: per recommendation a bold heading
'Recommendation 2: <text>' and ONE paragraph that enumerates its actions as lettered clauses,
'(a) <action> (<owner>, by the <date>); (b) <action> (within <month>; <owner>); and (c) ...'
(the due's label varies: 'no later than the', 'on or before the'),
the owner and the due unlabelled in either order (an owner may hold a comma of its own), then a
further sentence naming a person and a date that are no action's (who reports on delivery).

What is read: every clause once, its ref the recommendation's number and its letter ('2(a)'),
its owner and due whichever comes first, linked to the recommendation its heading names; the
sentence after the last clause is no part of it.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# number, text, [(letter, action, owner, due as printed, due iso, owner first)]
RECS = [
    ("1", "Improve the multi-agency response to children at risk of exploitation",
     [("a", "Launch a single exploitation screening tool for all partner agencies",
       "Director of Children's Services", "12th day of December 2025", "2025-12-12", False),
      ("b", "Develop safety plans for places of concern, such as parks and transport hubs",
       "Head of Service, Early Help", "25th day of April 2026", "2026-04-25", True),
      ("c", "Establish a weekly multi-agency exploitation meeting with the police",
       "Martin Hale", "1st day of December 2025", "2025-12-01", False)]),
    ("2", "Improve the timeliness and consistency of decisions at the front door",
     [("a", "Audit repeat referrals each quarter to learn why help did not last",
       "Ruth Kowalczyk", "March 2026", "2026-03-31", True),
      ("b", "Publish a revised threshold document with partners and schools",
       "Ruth Kowalczyk", "January 2027", "2027-01-31", False)]),
    ("3", "Strengthen management oversight and supervision in the assessment teams",
     [("a", "Audit twelve supervision records each month and report the themes",
       "Head of Quality Assurance", "14th day of February 2026", "2026-02-14", True),
      ("b", "Publish a revised supervision standard with a four-weekly minimum",
       "Joseph Mensah", "June 2026", "2026-06-30", False)]),
]  # fmt: skip

FONT, SIZE, LEFT, WIDTH = "Helvetica", 10, 50.0, 495.0


DAY_LABELS = ["by the", "no later than the", "on or before the"]


def _clause(letter: str, action: str, owner: str, due: str, owner_first: bool) -> str:
    label = DAY_LABELS[(ord(letter) - ord("a")) % len(DAY_LABELS)]
    when = f"{label} {due}" if "day of" in due else f"within {due}"
    fields = f"{owner}, {when}" if owner_first else f"{when}; {owner}"
    return f"({letter}) {action} ({fields})"


def _paragraph(acts: list[tuple[str, str, str, str, str, bool]]) -> str:
    clauses = [_clause(a[0], a[1], a[2], a[3], a[5]) for a in acts]
    listed = "; ".join(clauses[:-1]) + "; and " + clauses[-1]
    return (
        "Response. The service accepts this recommendation. Following the improvement board of "
        f"10 June 2025, at which Leopold Arkwright presented the findings, we will: {listed}. "
        "Perpetua Ellingham will report on delivery to the Corporate Parenting Panel by the "
        "5th day of June 2025."
    )


def draw_words(c: canvas.Canvas, words: list[tuple[str, str]], y: float, font: str = FONT) -> float:
    """Words (each with its ink) wrapped to the measure from y down; the y below them."""
    x = LEFT
    space = stringWidth(" ", font, SIZE)
    for word, ink in words:
        w = stringWidth(word, font, SIZE)
        if x + w > LEFT + WIDTH:
            x, y = LEFT, y - 13
        c.setFont(font, SIZE)
        c.setFillColor(HexColor(ink))
        c.drawString(x, y, word)
        x += w + space
    c.setFillColor(HexColor("#000000"))
    return y - 22


def plan_pdf(after: dict[str, list[tuple[str, str]]] | None = None) -> bytes:
    """The response; `after` gives, by recommendation number, lines of inked words printed
    under its paragraph."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, 800, "Response to the inspection recommendations")
    y = 770.0
    for number, text, acts in RECS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(LEFT, y, f"Recommendation {number}: {text}")
        y -= 20
        y = draw_words(c, [(w, "#000000") for w in _paragraph(acts).split()], y)
        for line in (after or {}).get(number, []):
            y = draw_words(c, line, y)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_lettered_clauses_read_with_owner_and_due_in_either_order() -> None:
    result = extract_plan(parse_pdf_bytes(plan_pdf(), "response.pdf"))
    got = {a.ref: a for a in result.actions}
    want = [f"{n}({a[0]})" for n, _, acts in RECS for a in acts]
    assert sorted(got) == sorted(want)
    numbers = {r.id: r.number for r in result.recommendations}
    for number, _, acts in RECS:
        for letter, action, owner, due, iso, _ in acts:
            a = got[f"{number}({letter})"]
            assert a.text == action
            assert a.owner == owner
            assert a.due_raw == due
            assert a.due_date is not None and a.due_date.isoformat() == iso
            assert [numbers[r] for r in a.recommendations] == [number]


# under each paragraph, a status line keyed by the letters (each status word printed in its
# colour; words no vocabulary knows) and an update line naming only some clauses; under the
# second a status line alone in words neither read nor inked in a status colour (the label is
# the status's under the other paragraphs); under the third such a status line and updates
STAMP = "3 May 2026"
INKS = {
    "green": "#2e7d32",
    "amber": "#b26a00",
    "red": "#c62828",
    "blue": "#1565c0",
    None: "#616161",
}
STATUS = {
    "1": [("a", "Proceeding as agreed", "green"), ("b", "Requires intervention", "amber"),
          ("c", "Fully discharged", "blue")],
    "2": [("a", "Not yet in hand", None), ("b", "Not yet in hand", None)],
    "3": [("a", "Not yet in hand", None), ("b", "Not yet in hand", None)],
}  # fmt: skip
UPDATES = {
    "1": [("a", "Delayed because of staff turnover; revised plan agreed"),
          ("c", "Waiting on the new case management system")],
    "3": [("b", "Monthly reports now in place")],
}  # fmt: skip


def _keyed_lines() -> dict[str, list[list[tuple[str, str]]]]:
    lines: dict[str, list[list[tuple[str, str]]]] = {}
    for number, _, _ in RECS:
        head = f"Position at {STAMP}:"
        status: list[tuple[str, str]] = [(w, "#000000") for w in head.split()]
        for k, (letter, word, colour) in enumerate(STATUS[number]):
            end = "." if k == len(STATUS[number]) - 1 else ";"
            status.append((f"({letter})", "#000000"))
            words = f"{word}{end}".split()
            status += [(w, INKS[colour]) for w in words]
        lines[number] = [status]
        if number in UPDATES:
            told = "; ".join(f"({letter}) {text}" for letter, text in UPDATES[number]) + "."
            update = [(w, "#000000") for w in f"Progress since the last board: {told}".split()]
            lines[number].append(update)
    return lines


def test_status_and_update_lines_keyed_by_the_letters() -> None:
    result = extract_plan(parse_pdf_bytes(plan_pdf(_keyed_lines()), "response.pdf"))
    got = {a.ref: a for a in result.actions}
    assert len(got) == 7
    for number, told in STATUS.items():
        for letter, _, colour in told:
            assert got[f"{number}({letter})"].rag == colour
    updates = {f"{n}({letter})": text for n, told in UPDATES.items() for letter, text in told}
    for ref, a in got.items():
        assert a.progress == updates.get(ref)
    assert got["1(a)"].owner == "Director of Children's Services"
    said = " ".join(w.message for w in result.warnings)
    assert "Not yet in hand" in said  # the status words not read are said, never an update


def test_yet_to_be_commenced_is_a_state_not_an_unread_status() -> None:
    """'Yet to be commenced' (in grey) says the clause has not begun: no colour, and no status
    word left unread (rag.json states), as 'Yet to commence' is."""
    told = [("a", "Yet to be commenced", None), ("b", "Proceeding as agreed", "green"),
            ("c", "Requires intervention", "amber")]  # fmt: skip
    status: list[tuple[str, str]] = [(w, "#000000") for w in f"Position at {STAMP}:".split()]
    for k, (letter, word, colour) in enumerate(told):
        status.append((f"({letter})", "#000000"))
        status += [(w, INKS[colour]) for w in f"{word}{'.' if k == 2 else ';'}".split()]
    result = extract_plan(parse_pdf_bytes(plan_pdf({"1": [status]}), "response.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    assert (got["1(a)"], got["1(b)"], got["1(c)"]) == (None, "green", "amber")
    assert not any("Yet to be commenced" in w.message for w in result.warnings)
