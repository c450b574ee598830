"""A plan whose links between actions and recommendations went unread says so whatever its
layout (extractors/link_gaps.py). The plan lists its recommendations on its first page and its
actions in an action schedule on the next, a schedule per recommendation, each headed only
'Action schedule': nothing in the tables names a recommendation, so no action is linked, and
until 0.6.80 the plan said nothing of it (the coverage report showed every recommendation
unanswered). The same plan with a 'Rec' column is linked and stays quiet; one that names its
recommendations only in a sentence (no list read) says that none was read; one that never names
them (a register of actions) stays quiet.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.link_gaps import LINK_CODES, link_gap_warnings
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionResult, ExtractionWarning
from plantrace.pipeline.extract import extract_file

RECS = [
    "Improve the timeliness of education, health and care plans for children in care",
    "Strengthen the response to children who go missing from home or care",
    "Improve the regularity and quality of management oversight and supervision",
]
# recommendation number -> its actions (ref, text, lead, due, status)
ACTIONS = {
    "1": [
        ("A1", "Offer tuition to every child in care behind in reading", "Martin Hale", "30/04/2026", "Green"),
        ("A2", "Review every personal education plan each term", "Bethan Lloyd", "31/05/2025", "Amber"),
    ],
    "2": [
        ("B1", "Hold a monthly missing children panel", "Helen Markham", "31/07/2025", "Green"),
        ("B2", "Commission an independent return home interview service", "Ruth Kowalczyk", "31/10/2025", "Red"),
    ],
    "3": [
        ("C1", "Add a supervision timeliness measure to the weekly dashboard", "Grace Adebayo", "30/09/2025", "Amber"),
        ("C2", "Train all team managers in reflective supervision", "Joseph Mensah", "31/01/2026", "Green"),
    ],
}  # fmt: skip
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=14, leading=18)
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])  # fmt: skip


def _cell(text: str) -> Paragraph:
    return Paragraph(text, BODY)


def _pdf(path: Path, recs: str = "list", rec_column: bool = False) -> Path:
    """The plan: recs 'list' (numbered on page 1), 'sentence' (named in a sentence only) or
    'none' (never named); rec_column: each action's row names its recommendation's number."""
    story: list = [Paragraph("Brackenford Council improvement plan", HEAD), Spacer(1, 8)]
    if recs == "list":
        story.append(Paragraph("The recommendations", HEAD))
        for n, text in enumerate(RECS, 1):
            story.append(Paragraph(f"Recommendation {n}: {text}", BODY))
            story.append(Spacer(1, 4))
    elif recs == "sentence":
        story.append(Paragraph(
            "The inspection's recommendations were agreed by the improvement board on 3 March"
            " 2025 and are answered by the actions below.", BODY))  # fmt: skip
    story.append(PageBreak())
    head = ["Ref", "Action", "Lead", "Due", "Status"]
    for num, actions in ACTIONS.items():
        story.append(Paragraph("Action schedule", HEAD))
        story.append(Spacer(1, 6))
        rows = [[*head[:1], *(["Rec"] if rec_column else []), *head[1:]]]
        for ref, text, lead, due, status in actions:
            rows.append([ref, *([num] if rec_column else []), _cell(text), lead, due, status])
        widths = [36, *([32] if rec_column else []), 200, 100, 70, 50]
        story.append(Table(rows, colWidths=widths, style=GRID, repeatRows=1))
        story.append(Spacer(1, 18))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _codes(result: ExtractionResult) -> list[str]:
    return [w.code for w in result.warnings]


def test_recommendations_and_actions_read_but_no_link_is_said(tmp_path: Path) -> None:
    result = extract_file(_pdf(tmp_path / "plan.pdf"))
    assert [r.number for r in result.recommendations] == ["1", "2", "3"]
    assert [a.ref for a in result.actions] == ["A1", "A2", "B1", "B2", "C1", "C2"]
    assert not any(a.recommendations for a in result.actions)
    said = [w for w in result.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1
    assert said[0].message.startswith(
        "6 actions were read but none is linked to any of the 3 recommendations read"
    )
    assert said[0].page == 2


def test_a_plan_whose_links_are_read_stays_quiet(tmp_path: Path) -> None:
    result = extract_file(_pdf(tmp_path / "plan.pdf", rec_column=True))
    numbers = {r.id: r.number for r in result.recommendations}
    linked = {a.ref: [numbers[i] for i in a.recommendations] for a in result.actions}
    assert linked == {ref: [num] for num, actions in ACTIONS.items() for ref, *_ in actions}
    assert not set(_codes(result)) & LINK_CODES


def test_recommendations_named_but_none_read_is_said(tmp_path: Path) -> None:
    result = extract_file(_pdf(tmp_path / "plan.pdf", recs="sentence"))
    assert result.recommendations == []
    assert len(result.actions) == 6
    said = [w for w in result.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1
    assert said[0].message.startswith("6 actions were read but no recommendation")
    assert "The inspection's recommendations were agreed" in said[0].message
    assert said[0].page == 1


def test_a_plan_naming_no_recommendation_stays_quiet(tmp_path: Path) -> None:
    result = extract_file(_pdf(tmp_path / "plan.pdf", recs="none"))
    assert result.recommendations == [] and len(result.actions) == 6
    assert not set(_codes(result)) & LINK_CODES


def _at(page: int) -> Provenance:
    return Provenance(sha256="0" * 64, page=page, extractor="test", extractor_version="0")


def _rec(i: int, text: str) -> Recommendation:
    return Recommendation(id=f"r{i}", number=str(i), text=text, provenance=_at(1))


def _act(i: int, recs: list[str]) -> Action:
    return Action(
        id=f"a{i}",
        ref=f"L{i:03}",
        text=f"Action number {i} of the plan",
        recommendations=recs,
        provenance=_at(2),
    )


def test_a_few_actions_linked_is_partial() -> None:
    recs = [_rec(i, t) for i, t in enumerate(RECS, 1)]
    acts = [_act(1, ["r1"]), _act(2, ["r2"]), *(_act(i, []) for i in range(3, 8))]
    said = link_gap_warnings(recs, acts, [], [])
    assert [w.code for w in said] == ["plan_links_partial"]
    assert said[0].message.startswith("only 2 of 7 actions are linked to one of the 3")
    recs_one = recs[:1]  # one read: every action unlinked is said, a few linked are not
    said = link_gap_warnings(recs_one, [_act(i, []) for i in range(1, 4)], [], [])
    assert said[0].message.startswith("3 actions were read but none is linked to the one")
    assert link_gap_warnings(recs_one, acts[:2] + acts[3:], [], []) == []
    # half linked or more: the plan's other actions may answer no recommendation
    acts = [_act(1, ["r1"]), _act(2, ["r2"]), _act(3, ["r3"]), _act(4, []), _act(5, [])]
    assert link_gap_warnings(recs, acts, [], []) == []


def test_recommendations_restated_cut_short_are_doubtful() -> None:
    recs = [_rec(i, t) for i, t in enumerate(RECS, 1)]
    recs += [_rec(4, "Strengthen the response to children..."), _rec(5, "Improve the...")]
    acts = [_act(1, ["r4"]), _act(2, ["r4"]), _act(3, ["r1"])]
    said = link_gap_warnings(recs, acts, [], [])
    assert [w.code for w in said] == ["plan_links_doubtful"]
    assert "(4 restates 2)" in said[0].message  # 'Improve the...' is too short to say which
    assert "the 2 actions linked to them" in said[0].message


def test_every_action_linked_to_one_of_several_is_doubtful() -> None:
    recs = [_rec(i, t) for i, t in enumerate(RECS, 1)]
    said = link_gap_warnings(recs, [_act(i, ["r2"]) for i in range(1, 6)], [], [])
    assert [w.code for w in said] == ["plan_links_doubtful"]
    assert said[0].message.startswith("all 5 actions are linked to recommendation 2 though 3")
    # four actions: too few to tell a plan answering one recommendation from a misreading
    assert link_gap_warnings(recs, [_act(i, ["r2"]) for i in range(1, 5)], [], []) == []


def test_a_reader_that_said_its_links_is_left_to_say_it() -> None:
    recs = [_rec(i, t) for i, t in enumerate(RECS, 1)]
    acts = [_act(i, []) for i in range(1, 6)]
    assert [w.code for w in link_gap_warnings(recs, acts, [], [])] == ["plan_links_unread"]
    said = ExtractionWarning(code="plan_links_partial", message="a band reaches no box", page=2)
    assert link_gap_warnings(recs, acts, [said], []) == []
