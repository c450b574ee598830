"""A task list printed by headless Chromium (a design system's 'task list' page): per
recommendation a heading, then its tasks, each the task's name on the left with a STATUS TAG
(a small box of a few words, on a tint) right-aligned on the name's first line, and under it a
summary list of 'key  value' rows (the owner, the date).

What is read (extractors/plan_tags.py): each tag is its task's status, whether the layout
reader found it as a box (square corners) or read its word into the task's line (a rounded
pill, after a wide gap, the tags of the page in one column). Where each word is
printed on one tint wherever it recurs, the tints are the plan's key ('Delayed' on pale red is
red, 'In progress' on pale green is green); a state on grey or white ('Not started', 'Cannot
start yet') has no colour. A plan whose tag tints do not follow the words is read by the words.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_tags import tag_key
from plantrace.pipeline.document import Cell
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

TINTS = {  # a tag's word -> its (text colour, tint)
    "Done": ("#1D70B8", "#BBD4EA"),
    "Delayed": ("#D4351C", "#F6D7D2"),
    "In progress": ("#00703C", "#CCE2D8"),
    "At risk": ("#F47738", "#FCD6C3"),
    "Not started": ("#505A5F", "#E5E6E7"),
    "Cannot start yet": ("#505A5F", "#FFFFFF"),
}
RECS = {
    "1": "Improve the quality of supervision for social workers in the assessment teams",
    "2": "Reduce delay in achieving permanence for children in care",
}
# (recommendation, task, owner, due, tag)
TASKS = [
    ("1", "Introduce quarterly practice observations of every social worker", "Leon Fairweather",
     "30 November 2025", "Done"),
    ("1", "Publish a revised supervision standard with a recording template", "David Osei",
     "31 December 2025", "Delayed"),
    ("1", "Add a supervision timeliness measure to the weekly dashboard", "David Osei",
     "31 May 2025", "In progress"),
    ("2", "Strengthen support to special guardians with a dedicated worker", "Fatima Rahman",
     "31 July 2026", "At risk"),
    ("2", "Track the timeliness of care proceedings through the legal gateway panel",
     "Ruth Kowalczyk", "31 July 2025", "Cannot start yet"),
    ("2", "Recruit twenty additional foster carers through a local campaign", "Ruth Kowalczyk",
     "28 February 2026", "Not started"),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:14mm} body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt}"
    "h2{font-size:14pt;margin:7mm 0 2mm} ul{list-style:none;padding:0;margin:0;"
    "border-top:1px solid #B1B4B6} li{border-bottom:1px solid #B1B4B6;padding:2.5mm 0}"
    ".row{display:flex;justify-content:space-between;align-items:flex-start}"
    ".name{color:#1D70B8;text-decoration:underline;width:72%}"
    ".tag{font-size:9pt;padding:0.6mm 2mm;white-space:nowrap;font-weight:700}"
    "dl{display:grid;grid-template-columns:28mm auto;margin:1.5mm 0 0;font-size:9pt}"
    "dt{font-weight:700} dd{margin:0}"
)


def _task_list(
    tmp_path: Path, tints: dict[str, tuple[str, str]], pill: bool = False, wrap: bool = False
) -> Path:
    """The task list printed by Chromium; pill: tags with rounded corners (a drawn path, which
    no table is found for: the tag's word is read into the task's line); wrap: task names in a
    narrow column, wrapping to two lines, the tag centred beside them (on the second line)."""
    css = CSS.replace(".tag{", ".tag{border-radius:12px;") if pill else CSS
    if wrap:
        css = css.replace("align-items:flex-start", "align-items:center")
        css = css.replace("width:72%", "width:40%")
    parts = [f"<html><head><style>{css}</style></head><body><h1>Our improvement tasks</h1>"]
    group = None
    for rec, task, owner, due, tag in TASKS:
        if rec != group:
            if group is not None:
                parts.append("</ul>")
            parts.append(f"<h2>Recommendation {rec}: {RECS[rec]}</h2><ul>")
            group = rec
        colour, tint = tints[tag]
        parts.append(
            f"<li><div class='row'><span class='name'>{task}</span><strong class='tag' "
            f"style='color:{colour};background:{tint}'>{tag}</strong></div><dl><dt>Owner</dt>"
            f"<dd>{owner}</dd><dt>Target date</dt><dd>{due}</dd></dl></li>"
        )
    parts.append("</ul></body></html>")
    page, out = tmp_path / "tasks.html", tmp_path / "tasks.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


CHROMIUM = pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")


@CHROMIUM
def test_tag_is_its_tasks_status_by_its_tint(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_task_list(tmp_path, TINTS)))
    assert [(a.text, a.owner, a.due_raw) for a in plan.actions] == [
        (t[1], t[2], t[3]) for t in TASKS
    ]
    assert [a.rag for a in plan.actions] == ["blue", "red", "green", "amber", None, None]


@CHROMIUM
def test_pill_read_into_the_tasks_line_is_its_status(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_task_list(tmp_path, TINTS, pill=True)))
    assert [(a.text, a.owner, a.due_raw) for a in plan.actions] == [
        (t[1], t[2], t[3]) for t in TASKS
    ]
    assert [a.rag for a in plan.actions] == ["blue", "red", "green", "amber", None, None]


@CHROMIUM
def test_pill_centred_beside_a_wrapped_name_is_its_status(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_task_list(tmp_path, TINTS, pill=True, wrap=True)))
    assert [a.text for a in plan.actions] == [t[1] for t in TASKS]
    assert [a.rag for a in plan.actions] == ["blue", "red", "green", "amber", None, None]


@CHROMIUM
def test_tints_that_do_not_follow_the_words_leave_the_words(tmp_path: Path) -> None:
    # every tag on one pale blue: the tint is the tags' style, not their status, so each tag
    # reads by its words. 'In progress' (the third) is left out: by its word it is no colour,
    # and what the plan's scale makes of it is tests/test_status_scale.py's subject
    same = {word: ("#1D70B8", "#BBD4EA") for word in TINTS}
    plan = extract_plan(parse_pdf(_task_list(tmp_path, same)))
    rags = [a.rag for a in plan.actions]
    assert rags[:2] + rags[3:] == ["blue", "amber", "amber", None, None]


def _cell(text: str, fill: str | None) -> Cell:
    return Cell(text, (0.0, 0.0, 10.0, 10.0), [], fill)


def test_tag_key_needs_each_word_on_one_tint() -> None:
    tags = [_cell("Delayed", "#f6d7d2"), _cell("In progress", "#cce2d8")]
    assert tag_key([*tags, _cell("Delayed", "#f6d7d2")]) == {
        "delayed": "red",
        "in progress": "green",
    }
    # 'Delayed' on two tints: the tints are banding, no key
    assert tag_key([*tags, _cell("Delayed", "#cce2d8")]) == {}
