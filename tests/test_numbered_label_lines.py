"""A list of labelled recommendations set in one bold style at a line's pitch, no space between
them ('Recommendation 1: <text>' then 'Recommendation 2: <text>'), heading a plan of numbered
actions that name their recommendation.

What is read: each 'Recommendation N:' line opens an item of its own (the same label, the next
number), so recommendation 2 never runs into recommendation 1 as a wrapped line, and the
actions under it keep their link. A sentence that merely carries a label onto a new line
('... agreed under Recommendation 3: ...' with no 'Recommendation 2' line above) stays a wrap.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line
from plantrace.pipeline.layout import blocks
from plantrace.pipeline.numbered_labels import starts_next_item
from plantrace.pipeline.reader import parse_pdf

RECS = [
    "Build a stable and skilled social work workforce and reduce reliance on agency staff",
    "Improve the timeliness of decisions at the front door",
    "Strengthen the response to children who go missing from home or care",
]
ACTIONS = [
    ("1.1", "Launch a recruitment campaign for experienced social workers", "1"),
    ("2.1", "Apply consistent thresholds through weekly threshold clinics", "2"),
    ("2.2", "Complete all contacts within twenty-four hours", "2"),
    ("3.1", "Hold a monthly missing children panel", "3"),
]


def _plan(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(57, y, "Children's Services Improvement Plan")
    y -= 26
    c.setFont("Helvetica-Bold", 10)
    c.drawString(57, y, "Ofsted's recommendations")
    for i, rec in enumerate(RECS, 1):
        y -= 15  # one line's pitch: nothing but the text parts the items
        c.drawString(57, y, f"Recommendation {i}: {rec}")
    y -= 30
    for ref, text, rec in ACTIONS:
        c.setFont("Helvetica", 10)
        c.drawString(57, y, f"{ref}  {text}. Lead: Head of Service; Due: 31/3/26; Status: On track")
        y -= 14
        c.drawString(85, y, f"Links to: Recommendation {rec}")
        y -= 24
    c.save()
    return path


def test_labelled_items_at_line_pitch_are_separate(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_plan(tmp_path / "plan.pdf")))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(i), text) for i, text in enumerate(RECS, 1)
    ]
    number = {r.id: r.number for r in plan.recommendations}
    assert [[number[x] for x in a.recommendations] for a in plan.actions] == [
        [rec] for *_, rec in ACTIONS
    ]


def _line(text: str, top: float) -> Line:
    return Line(text, (57.0, top, 500.0, top + 8.0), 10.0, True, 1, int(top))


def test_only_the_next_number_of_the_same_label_breaks() -> None:
    first = _line("Recommendation 1: Build a stable workforce", 100.0)
    assert starts_next_item([first], _line("Recommendation 2: Improve decisions", 115.0))
    assert not starts_next_item([first], _line("Recommendation 3: Improve decisions", 115.0))
    assert not starts_next_item([first], _line("Action 2: Improve decisions", 115.0))
    prose = _line("The board agreed the actions it set out under", 100.0)
    assert not starts_next_item([prose], _line("Recommendation 2: and their dates", 115.0))
    assert [len(b.lines) for b in blocks([first, _line("Recommendation 2: Improve", 115.0)])] == [
        1,
        1,
    ]
