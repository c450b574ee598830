"""Action fields on lines of their own, each label joined to its value by leader dots to a right
tab ('Lead officer ........ Head of Early Help') or parted from it by the tab's gap alone, under a numbered action heading whose text
wraps back to the margin: a word processor's heading with a tab after its number.

The labels need not be known words: the leader says a label stands before it, and the value
says which field it is (a post is the owner, a status's words the status, 'Recommendation 2'
the link), where the label is no field label a vocabulary holds.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_prose import adopt_prose_actions, leader_field, leader_role
from plantrace.extractors.plan_warnings import plan_warnings
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

LEFT, RIGHT = 60.0, 535.0
RECS = {
    "1": "Make sure that children's wishes and feelings are sought and recorded in their plans",
    "2": "Strengthen the response to children who go missing from home or care",
}
# ref, heading's text (wrapping), owner, due as printed, due read, status, RAG read
ACTIONS = [
    ("1.1", ["Provide direct work resources and tools to every social work team and",
             "to every independent reviewing officer"], "Head of Early Help", "June 2026",
     "2026-06-30", "On track", "green"),
    ("1.2", ["Record children's views in their own words at every review meeting"],
     "Assistant Director, Children's Social Care", "September 2025", "2025-09-30",
     "Significant delay", "red"),
    ("2.1", ["Hold a monthly missing children panel chaired by the head of",
             "safeguarding"], "Detective Inspector, Public Protection", "March 2027",
     "2027-03-31", "Some slippage", "amber"),
]  # fmt: skip


def _leader(c: canvas.Canvas, y: float, label: str, value: str, dots: bool) -> None:
    """'label.....value': the dots fill the gap to the value set flush right; without dots,
    a tab's gap parts them."""
    font, size = "Helvetica", 10
    value_x = RIGHT - stringWidth(value, font, size)
    count = int(
        (value_x - LEFT - stringWidth(label, font, size) - 2) / stringWidth(".", font, size)
    )
    c.setFont(font, size)
    c.drawString(LEFT, y, label + "." * count if dots else label)
    c.drawString(value_x, y, value)


NOTE = "Pilot running in two teams; the evaluation is due at the next board"
NOTE_WRAP = "with the findings shared across the partnership"  # the note's second line


def _plan_pdf(
    labels: tuple[str, str, str, str, str], dots: bool = True, wrapped_note: bool = False
) -> bytes:
    owner_label, due_label, rag_label, rec_label, note_label = labels
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 790.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, y, "Improvement Plan")
    y -= 30
    for number, text in RECS.items():
        c.setFont("Helvetica", 10)
        c.drawString(LEFT, y, f"Recommendation {number}. {text}")
        y -= 22
    section = ""
    for ref, heading, owner, due, _, status, _ in ACTIONS:
        if ref.split(".")[0] != section:
            section = ref.split(".")[0]
            y -= 8
            c.setFont("Helvetica-Bold", 13)
            c.drawString(LEFT, y, f"Actions for Recommendation {section}")
            y -= 26
        c.setFont("Helvetica-Bold", 10)
        c.drawString(LEFT, y, ref)
        c.drawString(LEFT + 24, y, heading[0])  # a tab after the number
        for wrapped in heading[1:]:
            y -= 14
            c.drawString(LEFT, y, wrapped)  # the heading's text wraps back to the margin
        fields = [
            (owner_label, owner),
            (due_label, due),
            (rag_label, status),
            (rec_label, f"Recommendation {section}"),
            (note_label, "No update this period"),
        ]
        if wrapped_note:  # a long note under the date, wrapping back to the margin
            fields = [*fields[:2], (note_label, NOTE), *fields[2:4]]
        for label, value in fields:
            y -= 14
            _leader(c, y, label, value, dots)
            if value == NOTE:  # wrapped within its paragraph: single line spacing
                y -= 12
                c.drawString(LEFT, y, NOTE_WRAP)
        y -= 26
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(labels: tuple[str, str, str, str, str], dots: bool = True) -> list[tuple[object, ...]]:
    doc = parse_pdf_bytes(_plan_pdf(labels, dots), "leaders.pdf")
    plan = extract_plan(doc)
    numbers = {r.id: r.number for r in plan.recommendations}
    return [
        (a.ref, a.text, a.owner, str(a.due_date), a.rag, [numbers[r] for r in a.recommendations])
        for a in plan.actions
    ]


EXPECTED = [
    (ref, " ".join(text), owner, due, rag, [ref.split(".")[0]])
    for ref, text, owner, _, due, _, rag in ACTIONS
]


def test_fields_under_known_labels() -> None:
    assert _read(("Lead officer", "Target date", "Status", "Recommendation", "Update")) == EXPECTED


def test_fields_under_labels_no_vocabulary_holds() -> None:
    labels = ("Responsible manager", "Timescale", "Progress rating", "Responds to", "Position")
    assert _read(labels) == EXPECTED


def test_known_labels_parted_from_their_values_by_a_tab() -> None:
    labels = ("Lead officer", "Target date", "Status", "Recommendation", "Update")
    assert _read(labels, dots=False) == EXPECTED


def _prose_rows(pdf: bytes) -> list[dict[str, str]]:
    """The rows the prose reader itself makes of the plan's lines, given as plain text (the
    readers before it in extract_plan may take leader lines first): role -> cell text."""
    doc = parse_pdf_bytes(pdf, "leaders.pdf")
    text = [Element(page.number, 0.0, lines=list(page.lines)) for page in doc.pages]
    elements = adopt_prose_actions(text)
    return [
        {role: c.text for role, c in zip(el.table.roles, row.cells, strict=True) if c}
        for el in elements
        if el.table is not None
        for row in el.table.rows
    ]


def test_the_prose_reader_reads_leader_lines() -> None:
    labels = ("Responsible manager", "Timescale", "Progress rating", "Responds to", "Position")
    rows = _prose_rows(_plan_pdf(labels))
    assert [(r["ref"], r["owner"], r["due"], r["rag"]) for r in rows] == [
        (ref, owner, due, status) for ref, _, owner, due, _, status, _ in ACTIONS
    ]
    assert [r["rec"] for r in rows] == ["Recommendation 1", "Recommendation 1", "Recommendation 2"]
    assert {r["progress"] for r in rows} == {"No update this period"}


def test_the_prose_reader_joins_a_wrapped_leader_value() -> None:
    labels = ("Lead officer", "Target date", "Status", "Recommendation", "Update")
    rows = _prose_rows(_plan_pdf(labels, wrapped_note=True))
    assert [(r["ref"], r["rag"], r["progress"]) for r in rows] == [
        (ref, status, f"{NOTE} {NOTE_WRAP}") for ref, *_, status, _ in ACTIONS
    ]


def test_a_leader_value_wrapping_to_the_margin() -> None:
    labels = ("Lead officer", "Target date", "Status", "Recommendation", "Update")
    plan = extract_plan(parse_pdf_bytes(_plan_pdf(labels, wrapped_note=True), "leaders.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    read = [
        (a.ref, a.text, a.owner, str(a.due_date), a.rag, [numbers[r] for r in a.recommendations])
        for a in plan.actions
    ]
    assert read == EXPECTED
    assert {a.progress for a in plan.actions} == {f"{NOTE} {NOTE_WRAP}"}


def test_a_leader_line_and_its_field() -> None:
    assert leader_field("Lead officer........................Head of Early Help") == (
        "Lead officer",
        "Head of Early Help",
    )
    assert leader_field("Status ·········· On track") == ("Status", "On track")
    assert leader_field("On track? .............. Yes") == ("On track?", "Yes")
    assert leader_role("On track?", "Yes") == "rag"  # a known label ending in '?'
    assert leader_field("The review found... that plans were late") is None
    assert leader_field("2.1 Background .......... 4") is None  # a contents line
    assert leader_role("Responds to", "Recommendation 2") == "rec"
    assert leader_role("Progress rating", "Some slippage") == "rag"
    assert leader_role("Responsible manager", "Head of Early Help") == "owner"
    assert leader_role("Position statement", "Pilot running in two teams") == "progress"
    assert leader_role("Target date", "March 2027") == "due"


def test_leader_fields_all_read_leave_no_warning() -> None:
    labels = ("Lead officer", "Target date", "Status", "Recommendation", "Update")
    plan = extract_plan(parse_pdf_bytes(_plan_pdf(labels), "leaders.pdf"))
    assert not [w for w in plan.warnings if w.code == "plan_actions_doubtful"]


def _codes(texts: list[str]) -> list[str]:
    lines = [
        Line(text, (60, 100 + 14 * k, 535, 110 + 14 * k), 10, False, 1, k)
        for k, text in enumerate(texts)
    ]
    return [w.code for w in plan_warnings([Element(1, 100, lines=lines)], [])]


def test_leader_fields_left_outside_every_action_are_warned_of() -> None:
    fields = ["Lead officer ........ Head of Early Help", "Target date ......... March 2027"]
    assert "plan_actions_doubtful" in _codes(fields)


def test_a_contents_line_is_no_stray_field() -> None:
    contents = ["Timescales ............ 12", "Lead officers .......... 14"]
    assert "plan_actions_doubtful" not in _codes(contents)
