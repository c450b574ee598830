"""A prioritisation matrix: a ruled 2x2 grid (impact against effort) whose cells each hold
several action records, '2.1 [R2] <text>' then a line of fields parted by middle dots with a
pair of scores at its end, and an update line; the recommendations only in a key on the next
page ('[R2] <text>').

What is read: every record of every cell as an action (the quadrant titles are no action),
owner, due date and status from the dotted fields (the scores set aside), the update, and the
link to the recommendation the key numbers; actions in the order of their refs.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the timeliness of education, health and care plans for children in care",
    "2": "Improve the multi-agency response to children at risk of exploitation",
}
# quadrant title, [(ref, rec, text, owner, due printed, due iso, status, colour, update)]
CELLS = [
    ("Quick wins", [
        ("2.1", "2", "Develop safety plans for places of concern", "Tom Ellery",
         "end of March 2027", "2027-03-31", "Moving", "green", "Plans drafted for two parks"),
        ("1.2", "1", "Reduce the time taken to issue care plans", "Fatima Rahman",
         "14th March 2027", "2027-03-14", "Slowing", "amber", "Delayed by staff turnover")]),
    ("Major projects", [
        ("1.1", "1", "Offer tuition to every child in care behind in reading", "Claire Whitby",
         "end of May 2026", "2026-05-31", "Stuck", "red", "No tutor yet")]),
    ("Fill-ins", [
        ("2.2", "2", "Appoint two specialist exploitation social workers", "Joseph Mensah",
         "end of August 2026", "2026-08-31", "Landed", "blue", "Both posts filled")]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = 1190, 842
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 800, "Prioritising our improvement actions: impact and effort")
    x0, x1, y0, y1 = 80, 1130, 80, 760
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    c.rect(x0, y0, x1 - x0, y1 - y0)
    c.line(xm, y0, xm, y1)
    c.line(x0, ym, x1, ym)
    boxes = [(x0, y1), (xm, y1), (x0, ym)]
    for (title, records), (bx, by) in zip(CELLS, boxes, strict=False):
        y = by - 24
        c.setFont("Helvetica-Bold", 13)
        c.drawString(bx + 10, y, title)
        y -= 24
        for ref, rec, text, owner, due, _iso, status, _colour, update in records:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(bx + 10, y, f"{ref} [R{rec}] {text}")
            c.setFont("Helvetica", 9)
            c.drawString(
                bx + 10, y - 14,
                f"Champion: {owner} · Land by: {due} · Momentum: {status} · impact 4, effort 2",
            )  # fmt: skip
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(bx + 10, y - 28, f"Note: {update}")
            y -= 56
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Key: Ofsted's recommendations")
    c.setFont("Helvetica", 10)
    for k, (num, text) in enumerate(RECS.items()):
        c.drawString(60, 750 - 18 * k, f"[R{num}] {text}")
    c.showPage()
    c.save()
    return buf.getvalue()


def _result():  # type: ignore[no-untyped-def]
    return extract_plan(parse_pdf_bytes(_pdf(), "matrix.pdf"))


def test_every_record_of_every_cell_is_an_action_in_ref_order() -> None:
    result = _result()
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2"]
    texts = {r[2] for _t, recs in CELLS for r in recs}
    assert {a.text for a in result.actions} == texts


def test_dotted_fields_are_read_and_scores_set_aside() -> None:
    by_ref = {a.ref: a for a in _result().actions}
    for _title, records in CELLS:
        for ref, _rec, _text, owner, _due, iso, _status, colour, update in records:
            action = by_ref[ref]
            assert action.owner == owner
            assert str(action.due_date) == iso
            assert str(action.rag.value if hasattr(action.rag, "value") else action.rag) == colour
            assert action.progress == update
            assert "impact" not in (action.progress or "")


def test_tagged_records_link_to_the_key_of_recommendations() -> None:
    result = _result()
    assert [r.text for r in result.recommendations] == list(RECS.values())
    ids = [r.id for r in result.recommendations]
    linked = {a.ref: a.recommendations for a in result.actions}
    assert linked["1.1"] == linked["1.2"] == [ids[0]]
    assert linked["2.1"] == linked["2.2"] == [ids[1]]


def test_a_matrix_named_by_no_plan_word_but_its_actions_is_classed_a_plan() -> None:
    # its title names 'actions' only, and its field labels (Champion, Land by, Momentum) no list
    # of plan words holds: the grid of records read on the first pages is the plan's evidence
    from plantrace.models.grades import DocumentKind
    from plantrace.pipeline.classify import classify

    assert classify(parse_pdf_bytes(_pdf(), "matrix.pdf")) is DocumentKind.improvement_plan


def _said_pdf() -> bytes:
    """A matrix where one record prints its fields with no separators or labels the reader
    parts ('Tom Ellery March 2027 Moving'), and one quadrant lists its actions as plain lines
    with no ref."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1190, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 800, "Prioritising our improvement actions: impact and effort")
    x0, x1, y0, y1 = 80, 1130, 80, 760
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    c.rect(x0, y0, x1 - x0, y1 - y0)
    c.line(xm, y0, xm, y1)
    c.line(x0, ym, x1, ym)
    cells = [
        ((x0, y1), "Quick wins", [
            "1.1 [R1] Reduce the time taken to issue care plans",
            "Champion: Fatima Rahman · Land by: 14th March 2027 · Momentum: Slowing",
            "1.2 [R1] Offer tuition to every child in care behind in reading",
            "Tom Ellery March 2027 Moving"]),
        ((xm, y1), "Major projects", [
            "2.1 [R2] Develop safety plans for places of concern",
            "Champion: Joseph Mensah · Land by: end of May 2027 · Momentum: Stuck"]),
        ((x0, ym), "Fill-ins", [
            "Appoint two specialist exploitation social workers",
            "Review the return home interview offer"]),
    ]  # fmt: skip
    for (bx, by), title, lines in cells:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(bx + 10, by - 24, title)
        c.setFont("Helvetica", 10)
        for k, text in enumerate(lines):
            c.drawString(bx + 10, by - 48 - 16 * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_record_with_no_fields_and_a_cell_of_no_records_are_said() -> None:
    result = extract_plan(parse_pdf_bytes(_said_pdf(), "matrix.pdf"))
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1"]
    said = [w.message for w in result.warnings if w.code == "cell_records_unread"]
    assert len(said) == 2
    assert "1 of 3 records" in said[0] and "(1.2)" in said[0]
    assert "1 cell of a grid" in said[1] and "'Fill-ins'" in said[1]


def test_a_grid_read_whole_says_nothing() -> None:
    assert not [w for w in _result().warnings if w.code == "cell_records_unread"]
