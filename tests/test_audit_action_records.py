"""An internal audit follow-up report, printed by ReportLab: per finding a heading and its text,
then one boxed record per agreed management action. The record's head row holds the action's
ref ('Action ref 2.1') beside its audit rating ('Risk rating: High') with a thick bar in the
rating's colour; under it label | value rows ('Responsible officer', 'Target date', 'Follow-up
status', 'Update'), with no rule between them (the body is one cell of field lines) or ruled
as a grid (a 'label | value' table under a head row of fields).

What is read: one action per record, its ref from the head (without its label), text, owner,
due date and progress from the field lines; its status from the plain follow-up words
('Not implemented' red: due and not done; 'Not yet due' no colour), never from the rating's
bar; and its finding as its recommendation.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_cards import field_line
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag, scale_colour
from plantrace.pipeline.reader import parse_pdf_bytes

RATING = {"High": "#C62828", "Medium": "#E08A00", "Low": "#2E7D32"}
FINDINGS = [
    ("1", "Make sure that return home interviews are offered within three working days"),
    ("2", "Strengthen the oversight of children placed in unregistered provision"),
]
# ref, finding, rating, action, officer, due as printed, status as printed, update, RAG read
Record = tuple[str, str, str, str, str, str, str, str | None, str | None]
RECORDS: list[Record] = [
    ("1.1", "1", "High", "Commission a return home interview service across the county",
     "Head of Early Help", "31.03.2026", "Not implemented", None, "red"),
    ("1.2", "1", "Low", "Report the share of interviews offered in time to the board monthly",
     "Performance Manager", "30.06.2026", "In progress - on schedule", "First report issued",
     "green"),
    ("2.1", "2", "Medium", "Visit every child in unregistered provision at least weekly",
     "Service Manager, Children in Care", "30.09.2026", "Partially implemented", None, "amber"),
    ("2.2", "2", "High", "Agree an escalation route to the director for each placement",
     "Director of Children's Services", "31.12.2026", "Implemented", "Route agreed in May",
     "blue"),
    ("2.3", "2", "High", "Review the sufficiency strategy with the commissioning team",
     "Head of Commissioning", "31.03.2027", "Not yet due", None, None),
]  # fmt: skip
DUE = {"31.03.2026": "2026-03-31", "30.06.2026": "2026-06-30", "30.09.2026": "2026-09-30",
       "31.12.2026": "2026-12-31", "31.03.2027": "2027-03-31"}  # fmt: skip


def _report(
    serif: bool,
    ruled: bool = False,
    ref_label: str = "Action ref",
    records: list[Record] | None = None,
) -> bytes:
    base, bold = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    head = ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=6,
                          textColor="#1F3864")  # fmt: skip
    cell = ParagraphStyle("c", fontName=base, fontSize=8.8, leading=11)
    label = ParagraphStyle("l", fontName=bold, fontSize=8.5, leading=11)
    story: list[object] = [
        Paragraph("Internal Audit Follow-up: Missing Children", ParagraphStyle(
            "t", fontName=bold, fontSize=15, leading=19)),
        Paragraph("This review follows up the actions management agreed after the audit. "
                  "Overall assurance opinion: <b>Limited</b>.", body),
        Spacer(1, 8),
    ]  # fmt: skip
    width = A4[0] - 2 * 56
    for number, text in FINDINGS:
        story += [Paragraph(f"Finding {number}", head), Paragraph(text, body)]
        for ref, finding, rating, action, officer, due, status, update, _ in records or RECORDS:
            if finding != number:
                continue
            rows = [
                [Paragraph(f"<b>{ref_label} {ref}</b>", cell),
                 Paragraph(f"<b>Risk rating:</b> <font color='{RATING[rating]}'><b>{rating}</b>"
                           "</font>", cell)],
                [Paragraph("Management action", label), Paragraph(action, cell)],
                [Paragraph("Responsible officer", label), Paragraph(officer, cell)],
                [Paragraph("Target date", label), Paragraph(due, cell)],
                [Paragraph("Follow-up status", label), Paragraph(status, cell)],
            ]  # fmt: skip
            if update:
                rows.append([Paragraph("Update", label), Paragraph(update, cell)])
            t = Table(rows, colWidths=[width * 0.28, width * 0.72])
            grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#1F3864"))] if ruled else []
            t.setStyle(TableStyle([
                *grid,
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F3864")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1F3864")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF5")),
                ("LINEBEFORE", (1, 0), (1, 0), 4, colors.HexColor(RATING[rating])),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            story.append(KeepTogether([t, Spacer(1, 8)]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=56, rightMargin=56).build(story)
    return buf.getvalue()


def _read(
    serif: bool,
    ruled: bool = False,
    ref_label: str = "Action ref",
    records: list[Record] | None = None,
) -> PlanExtraction:
    pdf = _report(serif, ruled, ref_label, records)
    return extract_plan(parse_pdf_bytes(pdf, "follow-up.pdf"))


@pytest.mark.parametrize(("serif", "ruled"), [(False, False), (True, False), (False, True)])
def test_one_action_per_boxed_record(serif: bool, ruled: bool) -> None:
    plan = _read(serif, ruled)
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.progress) for a in plan.actions]
    assert got == [
        (ref, action, officer, DUE[due], update)
        for ref, _, _, action, officer, due, _, update, _ in RECORDS
    ]


@pytest.mark.parametrize(("serif", "ruled"), [(False, False), (True, False), (False, True)])
def test_status_from_the_follow_up_words_not_the_rating_bar(serif: bool, ruled: bool) -> None:
    plan = _read(serif, ruled)
    assert [(a.ref, a.rag) for a in plan.actions] == [(r[0], r[8]) for r in RECORDS]


@pytest.mark.parametrize("ruled", [False, True])
def test_ref_label_with_a_colon(ruled: bool) -> None:
    # 'Ref: 1.1' in the head: the number alone is the ref, ruled or not
    plan = _read(False, ruled, ref_label="Ref:")
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [(r[0], r[4], r[8]) for r in RECORDS]


@pytest.mark.parametrize("ruled", [False, True])
def test_findings_are_the_recommendations_linked(ruled: bool) -> None:
    plan = _read(False, ruled)
    assert [(r.number, r.text) for r in plan.recommendations] == FINDINGS
    numbers = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [numbers[x] for x in a.recommendations] for a in plan.actions}
    assert links == {ref: [finding] for ref, finding, *_ in RECORDS}


def _line(*words: tuple[str, float]) -> Line:
    boxes = [Word(t, x, 100.0, x + 5.0 * len(t), 109.0) for t, x in words]
    text = " ".join(t for t, _ in words)
    return Line(text, (words[0][1], 100.0, boxes[-1].x1, 109.0), 9.0, False, 1, 0, words=boxes)


def test_a_tab_gap_parts_the_label_before_a_dash_in_the_value() -> None:
    tabbed = _line(("Status", 60.0), ("In", 190.0), ("progress", 202.0), ("-", 245.0),
                   ("on", 252.0), ("schedule", 265.0))  # fmt: skip
    assert field_line(tabbed) == ("Status", "In progress - on schedule")
    # set close, the spaced dash is the separator
    close = _line(("Status", 60.0), ("-", 93.0), ("On", 100.0), ("track", 113.0))
    assert field_line(close) == ("Status", "On track")


def test_follow_up_status_words() -> None:
    # 'Not implemented' alone is a state: red only on the scale the plan prints (its other
    # steps among the plan's statuses), and never where its cell says it is not yet due
    assert normalise_rag("Not implemented") is None
    assert is_status_state("Not implemented")
    steps = ["Implemented", "Partially implemented", "Not yet due", "In progress - on schedule"]
    assert scale_colour("Not implemented", steps) == "red"
    assert scale_colour("Not implemented", ["Implemented", "Not implemented"]) is None
    assert scale_colour("Not implemented (not yet due)", steps) is None
    assert scale_colour("Partially implemented", steps) is None  # its own colour: amber
    assert normalise_rag("Not yet implemented") is None  # not late: a state
    assert is_status_state("Not yet implemented")
    assert normalise_rag("Partially implemented") == "amber"
    assert normalise_rag("Not yet due") is None


def test_a_rating_is_no_status_where_the_status_words_are_few() -> None:
    # three of five records 'In progress - on schedule' (a sentence, no status word alone):
    # 'Risk rating' (High, Low) and 'Follow-up status' both head a status by their words, and
    # only the column whose cells read as status words is the status. 'Not implemented' is no
    # colour here: of its scale's other steps the plan prints 'Implemented' alone (neither
    # 'Partially implemented' nor 'Not yet due'), which does not show it is the failed step
    on_schedule = "In progress - on schedule"
    records: list[Record] = [
        (*RECORDS[0][:8], None), RECORDS[1], (*RECORDS[2][:6], on_schedule, None, "green"),
        RECORDS[3], (*RECORDS[4][:6], on_schedule, None, "green"),
    ]  # fmt: skip
    plan = _read(False, records=records)
    assert [(a.ref, a.rag) for a in plan.actions] == [(r[0], r[8]) for r in records]
