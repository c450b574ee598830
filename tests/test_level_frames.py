"""Boxes drawn side by side are read each as it stands (level_frames.frames_beside).

An organisation chart gives each lead a box (a rounded frame, a dark head strip with the name and
a count, an item per action parted by a rule), a lead's reports in a row of boxes under it and
another lead beside it. No gutter of the page parts the two leads' boxes level with each other
(the key over the chart runs across the page), so their lines came to the card reader in order
by height, one box's lines and the other's alternating: cut by white space alone, the boxes
were joined and cut: a wrapped action's last word read as an action of its own, its
neighbour's status given to it, four actions lost (1.1, 1.2, 1.3, 2.1 in a plan of this shape). The frames drawn, cut at the rules across them,
now say which lines are one card's; the title and key over the chart are in no box.
"""

from __future__ import annotations

import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.level_frames import drawn_cells, frames_beside, own_frames
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line, Ruling, Word
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("R1", "Reduce delay in achieving permanence for children in care, including through timely"
     " use of special guardianship and adoption"),
    ("R2", "Build a stable, permanent and skilled social work workforce and reduce reliance on"
     " agency staff"),
    ("R3", "Ensure that initial and review health assessments for children in care are completed"
     " on time and that their emotional health needs are met"),
]  # fmt: skip
# lead -> actions (tag, ref, text, due, status); the last two leads lead none
LEADS: dict[str, list[tuple[str, str, str, str, str]]] = {
    "Head of Safeguarding": [
        ("R1", "1.1", "Hold a permanence planning meeting for every child by their second review",
         "May 2027", "Not yet due"),
        ("R2", "2.1", "Convert agency posts to permanent posts where the postholder agrees",
         "October 2027", "Stalled"),
    ],
    "Head of Early Help": [
        ("R1", "1.3", "Strengthen support to special guardians with a dedicated support worker"
         " and a clear financial package", "November 2027", "At risk"),
        ("R2", "2.2", "Hold exit interviews with every leaver and report the themes to the"
         " workforce board", "February 2027", "Not yet due"),
        ("R3", "3.2", "Train foster carers in understanding trauma and attachment",
         "December 2026", "At risk"),
    ],
    "Principal Social Worker": [
        ("R1", "1.2", "Recruit twenty additional foster carers through a targeted local campaign",
         "August 2027", "Done"),
        ("R3", "3.1", "Report health assessment timeliness monthly to the corporate parenting"
         " board", "December 2027", "At risk"),
    ],
    "Designated Nurse": [],
    "Head of Quality Assurance": [],
}  # fmt: skip
# a second chart: the lower row's right box level with the right lead's report, dates in full
RECS2 = [
    ("R1", "Raise the quality of assessments and plans for children in need so that they reflect"
     " each child's identity, history and lived experience"),
    ("R2", "Ensure that initial and review health assessments for children in care are completed"
     " on time and that their emotional health needs are met"),
    ("R3", "Improve the regularity and quality of management oversight and reflective supervision"
     " for social workers in the assessment and child in need teams"),
    ("R4", "Increase the range of suitable accommodation for care leavers and improve the quality"
     " of pathway plans"),
]  # fmt: skip
LEADS2: dict[str, list[tuple[str, str, str, str, str]]] = {
    "Service Manager, Care Leavers": [
        ("R4", "4.1", "Rewrite the pathway plan with care leavers so it is shorter and easier to"
         " use", "23 Sep 2026", "Stalled"),
    ],
    "Commissioning Manager": [
        ("R1", "1.1", "Introduce a practice standard that every assessment includes the child's"
         " own words and a chronology", "28 Nov 2027", "Progressing"),
    ],
    "Head of Quality Assurance": [
        ("R1", "1.2", "Review every child in need plan at least every three months in a"
         " multi-agency meeting", "19 Sep 2026", "Not yet due"),
        ("R2", "2.2", "Use strengths and difficulties questionnaire scores to trigger a referral"
         " for emotional support", "30 Sep 2027", "Done"),
    ],
    "Detective Inspector, Public Protection": [
        ("R1", "1.3", "Include identity and cultural needs prompts in the assessment form",
         "31 Dec 2026", "Done"),
        ("R1", "1.4", "Quality assure a sample of assessments every month through the audit"
         " programme", "19 Nov 2026", "Stalled"),
        ("R2", "2.1", "Train foster carers in understanding trauma and attachment", "14 Nov 2026",
         "Done"),
    ],
    "Service Manager, Front Door": [
        ("R3", "3.1", "Reduce team manager spans of control to no more than seven social workers"
         " by creating two new posts", "15 Jun 2027", "Not yet due"),
        ("R3", "3.2", "Add a supervision timeliness measure to the weekly performance dashboard"
         " for team managers", "3 Feb 2027", "At risk"),
        ("R4", "4.2", "Give every care leaver a written summary of their entitlements at their"
         " eighteenth birthday review", "11 Nov 2027", "Done"),
    ],
}  # fmt: skip
DOT = {"Progressing": "#2E7D32", "At risk": "#EF6C00", "Stalled": "#C62828", "Done": "#1565C0",
       "Not yet due": "#9E9E9E"}  # fmt: skip
RAG = {"Progressing": "green", "At risk": "amber", "Stalled": "red", "Done": "blue"}
CSS = (
    "@page { size: A3 landscape; margin: 10mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; margin: 0; }"
    "h1 { font-size: 18pt; margin: 0 0 2px 0; } .meta { color: #616161; margin-bottom: 8px; }"
    ".key { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-bottom: 6px; }"
    ".key div { flex: 0 0 31%; } .tag { display: inline-block; color: white; font-weight: bold;"
    " font-size: 7.5pt; border-radius: 3px; padding: 0 4px; margin-right: 4px;"
    " background: #283593; }"
    ".dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px;"
    " margin: 0 3px 0 6px; } .chart { margin-top: 10px; }"
    ".board { width: 34%; margin: 0 auto; border: 2px solid #37474F; background: #ECEFF1;"
    " border-radius: 6px; padding: 6px 10px; text-align: center; }"
    ".stem { width: 0; height: 14px; border-left: 1.5px solid #78909C; margin: 0 auto; }"
    ".level { display: flex; gap: 14px; border-top: 1.5px solid #78909C; }"
    ".kids { display: flex; gap: 12px; border-top: 1.5px solid #78909C; }"
    ".col { display: flex; flex-direction: column; }"
    ".box { border: 1.5px solid #546E7A; border-radius: 6px; background: white; }"
    ".head { background: #37474F; color: white; padding: 4px 8px; border-radius: 4px 4px 0 0; }"
    ".head b { font-size: 10pt; } .count { font-size: 7.5pt; color: #CFD8DC; }"
    ".item { padding: 4px 8px; border-top: 1px solid #ECEFF1; }"
    ".m { color: #424242; margin-top: 2px; font-size: 8pt; }"
    ".none { padding: 6px 8px; color: #9E9E9E; font-style: italic; }"
)


def _box(leads: dict[str, list[tuple[str, str, str, str, str]]], lead: str) -> str:
    n = len(leads[lead])
    out = [f"<div class='box'><div class='head'><b>{escape(lead)}</b><br><span class='count'>"
           f"{n} action{'' if n == 1 else 's'}</span></div>"]  # fmt: skip
    if not n:
        out.append("<div class='none'>No actions in the plan</div>")
    for tag, ref, text, due, status in leads[lead]:
        out.append(f"<div class='item'><span class='tag'>{tag}</span><b>{ref}</b> "
                   f"{escape(text)}<div class='m'>Deadline: {due}<span class='dot' style="
                   f"'background:{DOT[status]}'></span>{status}</div></div>")  # fmt: skip
    return "".join(out) + "</div>"


def _col(flex: int, inner: str) -> str:
    return f"<div class='col' style='flex: {flex}'><div class='stem'></div>{inner}</div>"


def _html(
    recs: list[tuple[str, str]] = RECS,
    leads: dict[str, list[tuple[str, str, str, str, str]]] = LEADS,
    font: str = "'Liberation Serif', serif",
) -> str:
    key = "".join(f"<div><span class='tag'>{r}</span>{escape(t)}</div>" for r, t in recs)
    dots = "".join(f"<span class='dot' style='background:{c}'></span>{s}" for s, c in DOT.items())
    lead1, kid1, kid2, lead2, kid3 = leads
    left = _col(2, f"<div style='width: 60%; margin: 0 auto'>{_box(leads, lead1)}</div>"
                "<div class='stem'></div><div class='kids'>"
                f"{_col(1, _box(leads, kid1))}{_col(1, _box(leads, kid2))}</div>")  # fmt: skip
    right = _col(1, f"{_box(leads, lead2)}<div class='stem'></div><div class='kids'>"
                 f"{_col(1, _box(leads, kid3))}</div>")  # fmt: skip
    css = CSS.replace("'Liberation Serif', serif", font)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
            "<h1>Who is leading our improvement</h1><div class='meta'>Children's Services"
            " &middot; Improvement programme &middot; page last updated 13 July 2027</div>"
            f"<div class='key'>{key}</div><div class='meta'>{dots}</div>"
            "<div class='chart'><div class='board'><b>Improvement Board</b><br>Chair: Rupert"
            " Kaye<br>Senior responsible officer: Dominic Varley, Director of Children's"
            " Services</div><div class='stem'></div>"
            f"<div class='level'>{left}{right}</div></div></body></html>")  # fmt: skip


def _read(folder: Path, html: str):  # type: ignore[no-untyped-def]
    page = folder / "chart.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return _read(tmp_path_factory.mktemp("levelframes"), _html())


@pytest.fixture(scope="module")
def plan2(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    html = _html(RECS2, LEADS2, "'Liberation Sans', sans-serif")
    return _read(tmp_path_factory.mktemp("levelframes2"), html)


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium")


def _check(plan, leads: dict[str, list[tuple[str, str, str, str, str]]]) -> None:  # type: ignore[no-untyped-def]
    got = sorted((a.ref or "", a.owner, a.due_raw, a.rag) for a in plan.actions)
    want = sorted(
        (ref, lead, due, RAG.get(status))
        for lead, acts in leads.items()
        for _, ref, _, due, status in acts
    )
    assert got == want
    links = {a.ref: list(a.recommendations) for a in plan.actions}
    for acts in leads.values():
        for tag, ref, *_ in acts:
            assert links.get(ref) == [tag.lower()], ref


@needs_chromium
def test_boxes_side_by_side_keep_every_action(plan) -> None:  # type: ignore[no-untyped-def]
    _check(plan, LEADS)


@needs_chromium
def test_boxes_side_by_side_are_no_unruled_table(plan2) -> None:  # type: ignore[no-untyped-def]
    # one box's 'Deadline:' line level with the next box's head was read as an unruled table's
    # header row, the two boxes' actions lost in its cells (1.2, 2.2 and 3.1, 3.2, 4.2's dates)
    _check(plan2, LEADS2)


def _rule(x0: float, top: float, x1: float, bottom: float) -> Ruling:
    return Ruling(x0, top, x1, bottom)


def _line(text: str, x0: float, top: float) -> Line:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, top, x + 5.0 * len(t), top + 8.0))
        x += 5.0 * len(t) + 3.0
    return Line(text, (x0, top, x, top + 8.0), 8.0, False, 1, 0, words=words)


def _frame(x0: float, top: float, x1: float, bottom: float, r: float = 4.0) -> list[Ruling]:
    """A rounded frame: its sides stand a corner's radius in from its top's and foot's ends."""
    return [_rule(x0 + r, top, x1 - r, top), _rule(x0 + r, bottom, x1 - r, bottom),
            _rule(x0, top + r, x0, bottom - r), _rule(x1, top + r, x1, bottom - r)]  # fmt: skip


def test_a_frame_is_cut_at_the_rules_across_it() -> None:
    rules = [*_frame(40, 100, 300, 200), _rule(40, 130, 300, 130), _rule(40, 165, 300, 165),
             _rule(60, 150, 120, 150)]  # fmt: skip  # the last: an underline, no cut
    cells = drawn_cells(rules)
    assert [(round(c[1]), round(c[3])) for c in cells] == [(100, 130), (130, 165), (165, 200)]


def test_frames_crossing_each_other_are_no_boxes() -> None:
    a, b = (40.0, 100.0, 300.0, 200.0), (40.0, 190.0, 300.0, 260.0)
    inner = (50.0, 110.0, 290.0, 150.0)
    assert own_frames([a, b, inner]) == [inner]


def test_of_two_frames_crossing_the_one_its_sides_fit_is_the_box() -> None:
    box = (788.0, 315.0, 1162.0, 448.0)  # a box's sides end a corner's radius from its ends
    across = (788.0, 303.0, 1162.0, 342.0)  # the rule over its row, an item's rule: its sides
    assert own_frames([box, across], [8.0, 130.0]) == [box]


def test_only_boxes_standing_level_are_read_as_drawn() -> None:
    left = [_line("Deadline: May 2027", 50, 110), _line("Deadline: June 2027", 50, 140)]
    right = [_line("Deadline: July 2027", 350, 112)]
    cells = [(40.0, 100.0, 300.0, 130.0), (40.0, 130.0, 300.0, 160.0), (340.0, 100.0, 600.0, 130.0)]
    got = frames_beside([*left, *right], lambda: cells)
    assert sorted(len(b) for b in got) == [1, 1, 1]
    assert frames_beside(left, lambda: cells) == []  # one column of boxes: read as before
