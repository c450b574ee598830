"""Actions coded by their recommendation ('REC2/01', 'R2-01': the code's first part is the
recommendation), the recommendations themselves listed only in an appendix after the action
table, each under the code the plan prints for it ('REC2  Increase ...'). The appendix is the
plan's list of recommendations, and each action answers the one its code's label and number
name, whatever order the rows run in; a code of letters no recommendation carries links none.
A plan typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]

RECS = [
    "Reduce delay in achieving permanence for children in care, including through timely use"
    " of special guardianship and adoption",
    "Increase the range of suitable accommodation for care leavers and improve the quality of"
    " pathway plans",
    "Improve the regularity and quality of management oversight and reflective supervision for"
    " social workers",
]
# rows in another order than the recommendations': (rec number, action number, text, owner)
ROWS = [
    (3, 1, "Publish a revised supervision standard with a four-weekly minimum", "Head of Service"),
    (1, 1, "Track the timeliness of care proceedings weekly at the legal gateway panel", "Lead"),
    (1, 2, "Strengthen support to special guardians with a dedicated worker", "Team Manager"),
    (2, 1, "Commission fifteen supported lodgings places for young people", "Commissioner"),
    (3, 2, "Train all team managers in reflective supervision over two days", "Head of Service"),
]


def _appendix(label: str, form: str) -> list[object]:
    """The recommendations listed under their codes: a two-column list with no rules ('gap',
    the rows spaced apart, or 'tight'), or paragraphs opening with the code ('para': 'REC1
    Reduce ...'; 'colon': 'REC1: Reduce ...')."""
    if form == "none":
        return []
    if form in ("gap", "tight"):
        rows = [[f"{label}{n}", Paragraph(text, BODY)] for n, text in enumerate(RECS, 1)]
        listed = Table(rows, colWidths=[50, 420])
        pad = 10 if form == "gap" else 3
        listed.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
            )
        )
        return [Spacer(1, 8), listed]
    sep = ":" if form == "colon" else ""
    return [Paragraph(f"<b>{label}{n}{sep}</b> {text}", BODY) for n, text in enumerate(RECS, 1)]


def _plan(label: str, code: str, form: str = "gap") -> PlanExtraction:
    """label: what the appendix prints before each number ('REC'); code: the action's code
    from the recommendation's number n and the action's number k; form: the list's (_appendix)."""
    story: list[object] = [
        Paragraph("<b>Children's Services Improvement Plan</b>", BODY),
        Paragraph(
            "Every action has a code: the first part of the code is the Ofsted recommendation the"
            " action responds to. The recommendations are reproduced in full in Appendix A.",
            BODY,
        ),
        Spacer(1, 10),
        Paragraph("<b>Action plan</b>", BODY),
    ]
    cells: list[list[object]] = [["Code", "Planned action", "Responsible officer", "Due", "Status"]]
    for n, k, text, owner in ROWS:
        ref = code.format(n=n, k=k)
        cells.append([ref, Paragraph(text, BODY), owner, "March 2027", "Amber"])
    table = Table(cells, colWidths=[60, 210, 100, 70, 50], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story += [table, PageBreak(), Paragraph("<b>Appendix A: Ofsted recommendations</b>", BODY)]
    story.append(Paragraph("The inspection report made the following recommendations.", BODY))
    story += _appendix(label, form)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "coded.pdf"))


@pytest.mark.parametrize(
    ("label", "code"),
    [("REC", "REC{n}/{k:02d}"), ("R", "R{n}-{k:02d}"), ("R", "R{n}.{k:02d}")],
)
def test_coded_actions_answer_the_appendix_recommendation_their_code_names(
    label: str, code: str
) -> None:
    plan = _plan(label, code)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), t) for n, t in enumerate(RECS, start=1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: [numbers[i] for i in a.recommendations] for a in plan.actions}
    assert got == {code.format(n=n, k=k): [str(n)] for n, k, _, _ in ROWS}


@pytest.mark.parametrize("form", ["tight", "para", "colon"])
@pytest.mark.parametrize(("label", "code"), [("REC", "REC{n}/{k:02d}"), ("R", "R{n}-{k:02d}")])
def test_an_appendix_list_in_any_form_is_read_and_cited_by_the_codes(
    form: str, label: str, code: str
) -> None:
    """Listed after the actions with nothing else naming it a list of recommendations: the
    actions' codes cite its items ('REC1/01' under 'REC1 Reduce ...'), so it is the plan's."""
    plan = _plan(label, code, form)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), t) for n, t in enumerate(RECS, start=1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: [numbers[i] for i in a.recommendations] for a in plan.actions}
    assert got == {code.format(n=n, k=k): [str(n)] for n, k, _, _ in ROWS}


def test_a_code_of_other_letters_names_no_recommendation() -> None:
    """'AP3-01' opens with letters the appendix prints against no recommendation ('REC3'):
    no link is guessed from its digits, and the codes are not said to cite a recommendation
    unread (the list was read; the actions' own codes cite none of it). That the plan lists
    recommendations and links no action to them is said, as for any layout (link_gaps)."""
    plan = _plan("REC", "AP{n}-{k:02d}")
    assert len(plan.recommendations) == 3
    assert all(a.recommendations == [] for a in plan.actions)
    said = [w.message for w in plan.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1 and "by the code opening its ref" not in said[0]
    assert said[0].startswith("5 actions were read but none is linked to any of the 3")


@pytest.mark.parametrize("code", ["P{n}-{k}", "AP{n}-{k:02d}", "CP{n}-{k}", "Q{n}-{k}"])
def test_an_actions_own_code_is_no_recommendation_left_unread(code: str) -> None:
    """A plan with no recommendations whose actions carry codes of their own ('P1-1' for
    priority 1's first action, 'AP1-01', 'CP1-2', a quarter 'Q1-2'): letters no vocabulary
    gives a recommendation, so no list under those codes is said to be unread. That the plan
    names recommendations ('Appendix A: Ofsted recommendations') and none was read is said, as
    for any layout (link_gaps)."""
    plan = _plan("REC", code, "none")
    assert plan.recommendations == [] and len(plan.actions) == len(ROWS)
    said = [w.message for w in plan.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1 and "by the code opening its ref" not in said[0]
    assert said[0].startswith("5 actions were read but no recommendation, though the plan")


def test_a_box_label_keeps_its_letters_whole() -> None:
    """'REC1': the label is REC and the number 1 (not R and a number 'EC1'); 'R2' stays a code."""
    m = NUMBERED_LABEL.match("REC1")
    assert m is not None and (m.group("label"), m.group("num")) == ("REC", "1")
    m = NUMBERED_LABEL.match("R2")
    assert m is not None and (m.group("label"), m.group("num")) == ("", "R2")


def test_coded_refs_linking_nothing_are_said() -> None:
    """Refs that code their recommendation while no list of them was read: a warning, not a
    plan that passes for one whose actions answer nothing; none where the links were read."""
    plan = _plan("REC", "REC{n}/{k:02d}", "none")
    assert plan.recommendations == [] and len(plan.actions) == len(ROWS)
    said = [w for w in plan.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1 and "'REC3', 'REC1', 'REC2'" in said[0].message
    plan = _plan("REC", "REC{n}/{k:02d}")
    assert not [w for w in plan.warnings if w.code == "plan_links_unread"]


def test_coded_refs_and_cited_cells_unread_are_said_once() -> None:
    """Every action's ref codes its recommendation ('R3-01') and its Rec cell names it too
    ('Rec 3'), with no list of them read: one plan_links_unread names what was cited, not a
    second beside it for the codes."""
    cells: list[list[object]] = [["Code", "Rec", "Planned action", "Responsible officer", "Due"]]
    for n, k, text, owner in ROWS:
        cells.append([f"R{n}-{k:02d}", f"Rec {n}", Paragraph(text, BODY), owner, "March 2027"])
    table = Table(cells, colWidths=[50, 40, 220, 110, 70], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story = [Paragraph("<b>Children's Services Improvement Plan</b>", BODY), Spacer(1, 10), table]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "cited.pdf"))
    assert plan.recommendations == [] and len(plan.actions) == len(ROWS)
    said = [w for w in plan.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1
    assert said[0].message.startswith("5 of 5 actions cite a recommendation ('Rec 3', 'Rec 1',")


@pytest.mark.parametrize(
    ("code", "place", "cited"),
    [
        ("REC{n}/{k:02d}", "opening", "'REC3', 'REC1', 'REC2'"),
        ("A{n}{k}/R{n}", "ending", "'R3', 'R1', 'R2'"),
    ],
)
def test_the_warning_says_which_end_of_the_ref_coded_it(code: str, place: str, cited: str) -> None:
    """Codes read from the START of the refs ('REC2/01') or from their END ('A31/R3'), with no
    list of recommendations read (the own parts 'A31', 'A11' each an action's): the warning
    names the part of the ref it read."""
    plan = _plan("REC", code, "none")
    assert plan.recommendations == [] and len(plan.actions) == len(ROWS)
    said = [w.message for w in plan.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1
    assert f"5 of 5 actions cite a recommendation by the code {place} its ref ({cited})" in said[0]
