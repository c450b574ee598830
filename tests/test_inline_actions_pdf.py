"""A council news release printed to PDF that says its plan in prose: per recommendation one
paragraph quoting it ('Recommendation 1 asked the council to “...”') and enumerating its
actions inline, '(1a) <action> (lead: <owner>, target <date>, <status>; latest: <update>)'.
The paragraph wraps over many lines and one marker opens a line in bold (the PDF reader may cut
the paragraph there). Statuses are bare words on the release's own scale: 'under way' the best
step (green beside the worse 'behind schedule' and 'paused'), 'behind schedule' amber, 'paused'
its worst step (red), 'already delivered' blue.

What is read: every action once with its owner, due date and status, each linked to the
recommendation its paragraph quotes; a quote by a named person is no action.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# recommendation number, its text, [(ref, action, owner, due as printed, due iso, status, colour)]
RECS = [
    ("1", "Improve the timeliness of decisions at the front door for every child",
     [("1a", "Audit repeat referrals each quarter to learn why help did not last",
       "Head of Service, Front Door", "23rd July 2026", "2026-07-23", "under way", "green"),
      ("1b", "Train every duty social worker in the revised threshold guidance",
       "Principal Social Worker", "31st March 2026", "2026-03-31", "behind schedule", "amber"),
      ("1c", "Publish a monthly dashboard of contacts and outcomes for partners",
       "Head of Performance", "30th September 2026", "2026-09-30", "paused", "red")]),
    ("2", "Reduce delay in achieving permanence for children in care",
     [("2a", "Track care proceedings weekly through the legal gateway panel",
       "Service Manager, Legal", "15th May 2026", "2026-05-15", "already delivered", "blue"),
      ("2b", "Recruit twelve more foster carers through a local campaign",
       "Fostering Manager", "31st January 2027", "2027-01-31", "under way", "green")]),
]  # fmt: skip

QUOTE = "Jo Bloggs, Cabinet Member, said: “We listened to families (and we acted on it).”"


def _paragraph(number: str, rec: str, acts: list[tuple[str, ...]]) -> list[tuple[str, bool]]:
    """The paragraph's words, each with whether it must open a line (the bold marker)."""
    words: list[tuple[str, bool]] = [
        (w, False) for w in f"Recommendation {number} asked the council to “{rec}”".split()
    ]
    words += [(w, False) for w in ["In", "response", "the", "council", "will:"]]
    for k, (ref, action, owner, due, _, status, _) in enumerate(acts):
        lead = "and " if k == len(acts) - 1 else ""
        end = "." if k == len(acts) - 1 else ";"
        text = (
            f"{lead}({ref}) {action} (lead: {owner}, target {due}, {status}; latest: on plan){end}"
        )
        for w in text.split():
            words.append((w, w == "(1c)"))
    return words


def _draw(c: canvas.Canvas, words: list[tuple[str, bool]], y: float) -> float:
    """Words wrapped to the measure from y down, a line-opening marker in bold; the y below."""
    line: list[str] = []

    def flush(at: float) -> float:
        x = 50.0
        for i, w in enumerate(line):
            font = (
                "Helvetica-Bold"
                if i == 0 and w.startswith("(") and w.endswith(")")
                else "Helvetica"
            )
            c.setFont(font, 10)
            c.drawString(x, at, w)
            x += c.stringWidth(w + " ", font, 10)
        return at - 14

    for w, opens in words:
        trial = " ".join([*line, w])
        if line and (opens or c.stringWidth(trial, "Helvetica", 10) > 495):
            y = flush(y)
            line = []
        line.append(w)
    return flush(y) - 10


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "NEWS RELEASE")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 760, "Council sets out how it will improve children's services")
    y = _draw(c, [(w, False) for w in QUOTE.split()], 730)
    for number, rec, acts in RECS:
        y = _draw(c, _paragraph(number, rec, acts), y)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "ENDS")
    c.save()
    return buf.getvalue()


def test_each_inline_action_is_read_with_its_fields_and_recommendation() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "release.pdf"))
    want = {
        ref: (action, owner, iso, f"r{number}")
        for number, _, acts in RECS
        for ref, action, owner, _, iso, _, _ in acts
    }
    got = {
        a.ref: (
            a.text,
            a.owner,
            a.due_date.isoformat() if a.due_date else None,
            a.recommendations[0] if a.recommendations else None,
        )
        for a in result.actions
    }
    assert got == want
    assert [(r.number, r.text) for r in result.recommendations] == [
        (number, rec) for number, rec, _ in RECS
    ]


def test_bare_statuses_are_read_on_the_release_s_own_scale() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "release.pdf"))
    want = {ref: colour for _, _, acts in RECS for ref, *_, colour in acts}
    assert {a.ref: a.rag for a in result.actions} == want
