"""An outline's steps under an action ('2.3.1 Agree the audit questions' under action '2.3')
end the action's update: they are the outline's next level, no wrap of the update
(plan_cards._sub_item).

A Word plan prints each action as a bold hanging paragraph '2.3<tab><action>', a line of
fields under it ('Lead: ... | Due: ... | Status: ...'), an italic 'Update: ...' and then up
to three steps '2.3.1<tab><step>' in grey type of the update's own size. The card reader ran
the update on over the steps (same size, same pitch, same left edge): '... revised plan
agreed 2.3.1 Agree the audit questions 2.3.2 ...' read as the progress. A wrap runs on as
words; a line opening with the action's own number and one level more is a numbering.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt, RGBColor

from plantrace.extractors.plan_cards import _sub_item
from plantrace.pipeline.document import Line
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the timeliness of decisions at the front door so that children get the right help",
    "Make sure that children's wishes and feelings are sought and shape their plans",
]
# ref, action, lead, due, status, update, steps
ACTIONS = [
    ("1.1", "Step down cases to early help with a warm handover meeting", "Ruth Kowalczyk",
     "27 April 2027", "On track", "Work started; scoping meeting held with partners",
     ["Publish the guidance on the intranet", "Train the team managers"]),
    ("1.2", "Audit repeat referrals each quarter to learn why help did not last", "Martin Hale",
     "12 February 2027", "Complete", None, ["Collect the baseline figures"]),
    ("2.1", "Expand the children in care council and set up a younger members' group",
     "Helen Markham", "10 April 2027", "Off track",
     "Delayed because of staff turnover in the participation team over the summer; a revised "
     "plan was agreed by the board and two new posts are now being advertised",
     ["Agree the audit questions", "Review the change after three months",
      "Consult the practice leads"]),
    ("2.2", "Record children's views in their own words at every review meeting",
     "Sian Pritchard", "8 March 2027", "At risk", "Draft agreed by partners; sign-off due",
     []),
]  # fmt: skip
GREY = RGBColor(0x55, 0x55, 0x55)


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Improvement plan: recommendations, actions and steps", level=1)
    d.add_paragraph(
        "Each numbered action is followed by its lead, its date and its status; the steps "
        "under it are how the lead will get there."
    ).runs[0].italic = True
    for n, rec in enumerate(RECS, start=1):
        d.add_heading(f"Recommendation {n}: {rec}", level=2)
        for ref, text, lead, due, status, update, steps in ACTIONS:
            if not ref.startswith(f"{n}."):
                continue
            ap = d.add_paragraph()
            ap.paragraph_format.left_indent = Cm(1.0)
            ap.paragraph_format.first_line_indent = Cm(-1.0)
            ap.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            ap.add_run(f"{ref}\t{text}").bold = True
            fp = d.add_paragraph()
            fp.paragraph_format.left_indent = Cm(1.0)
            fp.add_run(f"Lead: {lead}   |   Due: {due}   |   Status: {status}").font.size = Pt(9)
            if update:
                up = d.add_paragraph()
                up.paragraph_format.left_indent = Cm(1.0)
                run = up.add_run(f"Update: {update}")
                run.italic, run.font.size = True, Pt(8.8)
            for k, step in enumerate(steps, start=1):
                sp = d.add_paragraph()
                sp.paragraph_format.left_indent = Cm(2.4)
                sp.paragraph_format.first_line_indent = Cm(-1.4)
                sp.paragraph_format.tab_stops.add_tab_stop(Cm(2.4))
                run = sp.add_run(f"{ref}.{k}\t{step}")
                run.font.size, run.font.color.rgb = Pt(8.8), GREY
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def actions(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    tmp = tmp_path_factory.mktemp("substeps")
    result = extract_file(libreoffice_pdf(_plan(tmp / "outline.docx"), tmp)).to_contract()
    return list(result["actions"])


def test_the_update_ends_before_the_steps(actions: list[dict[str, object]]) -> None:
    got = {a["ref"]: a["progress"] for a in actions}
    assert got == {ref: update for ref, _t, _l, _d, _s, update, _st in ACTIONS}


def test_the_steps_are_no_actions(actions: list[dict[str, object]]) -> None:
    assert [a["ref"] for a in actions] == [a[0] for a in ACTIONS]
    assert [(a["owner"], a["due_raw"]) for a in actions] == [(a[2], a[3]) for a in ACTIONS]


def _line(text: str) -> Line:
    return Line(text, (90.0, 100.0, 300.0, 110.0), 8.8, False, 1, 0)


@pytest.mark.parametrize(
    ("text", "number", "sub"),
    [
        ("2.3.1 Agree the audit questions", "2.3", True),
        ("2.3a Test the change in one team", "2.3", True),
        ("2.3.1", "2.3", True),
        ("2.31 posts were filled in the spring", "2.3", False),  # a figure, not a level
        ("2.3.5 million pounds were spent", "2.3", False),  # a figure opening a wrap's words
        ("12.3.1 Agree the audit questions", "2.3", False),  # another action's step
        ("2.4 Invite young inspectors to review services", "2.3", False),  # a sibling
        ("2.3.1 Agree the audit questions", None, False),  # an unnumbered card
        ("and interviews are booked for 2.3.1", "2.3", False),  # a wrap's words
    ],
)
def test_a_sub_item_extends_the_number_by_one_level(
    text: str, number: str | None, sub: bool
) -> None:
    assert _sub_item(_line(text), number) is sub
