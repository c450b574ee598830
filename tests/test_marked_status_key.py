"""A key of the status dots is no card's marked fields (mark_strips.status_key).

An organisation chart prints a title, a line about the programme ('Children's Services ·
Improvement programme · updated <date>'), a key of its recommendations in three columns
(their long texts wrapped), a line of text and, under it, a key of the status dots ('●
Progressing ● At risk ● Stalled ● Done ● Not yet due'); the actions stand in the leads' boxes
under it. The dots line read as a line of fields led by drawn marks, and with the programme
line (its fields parted by '·') made two marked cards: the reader took the title and the line
over the dots (in a plan of this shape the key's last wrapped line, 'given by the virtual
school') as two actions of no ref, the board's box under the key as one's update. A line of
three or more status words, no date, no name, none twice, is the key of the marks: no card;
the actions are the boxes'.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.mark_strips import mark_runs
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = [
    ("R1", "Ensure that strategy discussions involve police, health and children's social care,"
     " and that the reasons for decisions about section 47 enquiries are recorded"),
    ("R2", "Make sure that children's wishes and feelings are sought, recorded and visibly"
     " influence the plans made for them"),
    ("R3", "Raise the quality of assessments and plans for children in need so that they reflect"
     " each child's identity, history and lived experience"),
    ("R4", "Reduce delay in achieving permanence for children in care, including through timely"
     " use of special guardianship and adoption"),
    ("R5", "Improve the timeliness of education, health and care plans for children in care and"
     " the support given by the virtual school"),
]  # fmt: skip
# lead -> actions: (tag, ref, text, due, status); each lead's reports are its "kids"
A = {
    "Head of Corporate Parenting": [
        ("R1", "1.1", "Write a pathway plan with every care leaver", "14 Feb 2026",
         "Progressing"),
        ("R3", "3.2", "Visit every child placed in an unregistered home", "30 Nov 2025", "Done"),
        ("R4", "4.3", "Screen overnight notifications with the police", "2 Mar 2026", "At risk"),
    ],
    "Head of Disabled Children's Service": [
        ("R5", "5.1", "Appoint two independent chairs for reviews", "21 Jan 2026",
         "Progressing"),
        ("R2", "2.1", "Train every team in recording what children say", "11 Dec 2025", "Done"),
        ("R1", "1.3", "Name a housing contact for every care leaver", "6 Apr 2026",
         "Not yet due"),
    ],
    "Team Manager, Leaving Care": [
        ("R2", "2.2", "Audit fifteen assessments each month against the practice standard",
         "9 Jan 2026", "Progressing"),
    ],
    "Service Manager, Placements": [
        ("R3", "3.1", "Publish a register of the unregistered homes children are placed in and"
         " review it with the regional commissioning team", "18 Oct 2025", "Stalled"),
    ],
    "Head of Front Door": [
        ("R2", "2.3", "Run a workshop on the child's voice for every newly qualified social"
         " worker", "12 Nov 2025", "Not yet due"),
        ("R4", "4.1", "Screen every domestic abuse notification within one working day",
         "1 Mar 2026", "Progressing"),
        ("R5", "5.2", "Review the short breaks offer with families of disabled children and"
         " publish what changes", "31 Jan 2026", "Progressing"),
    ],
}  # fmt: skip
DOT = {"Progressing": "#2E7D32", "At risk": "#EF6C00", "Stalled": "#C62828", "Done": "#1565C0",
       "Not yet due": "#9E9E9E"}  # fmt: skip
TAG = {"R1": "#AD1457", "R2": "#283593", "R3": "#EF6C00", "R4": "#00838F", "R5": "#2E7D32"}
CSS = (
    "@page { size: A3 landscape; margin: 10mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; margin: 0; }"
    "h1 { font-size: 18pt; margin: 0 0 2px 0; } .meta { color: #616161; margin-bottom: 8px; }"
    ".key { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-bottom: 6px; }"
    ".key div { flex: 0 0 31%; } .tag { display: inline-block; color: white; font-weight: bold;"
    " font-size: 7.5pt; border-radius: 3px; padding: 0 4px; margin-right: 4px; }"
    ".dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px;"
    " margin: 0 3px 0 6px; } .chart { margin-top: 10px; }"
    ".board { width: 34%; margin: 0 auto; border: 2px solid #37474F; background: #ECEFF1;"
    " border-radius: 6px; padding: 6px 10px; text-align: center; }"
    ".stem { width: 0; height: 14px; border-left: 1.5px solid #78909C; margin: 0 auto; }"
    ".level, .kids { display: flex; gap: 14px; border-top: 1.5px solid #78909C; }"
    ".col { display: flex; flex-direction: column; }"
    ".box { border: 1.5px solid #546E7A; border-radius: 6px; background: white; }"
    ".head { background: #37474F; color: white; padding: 4px 8px; }"
    ".head b { font-size: 10pt; } .count { font-size: 7.5pt; color: #CFD8DC; }"
    ".item { padding: 4px 8px; border-top: 1px solid #ECEFF1; }"
    ".m { color: #424242; margin-top: 2px; font-size: 8pt; }"
)


def _box(lead: str, pad: int = 4) -> str:
    acts = A[lead]
    out = [f"<div class='box'><div class='head'><b>{escape(lead)}</b><br><span class='count'>"
           f"{len(acts)} action{'s' if len(acts) > 1 else ''}</span></div>"]  # fmt: skip
    for tag, ref, text, due, status in acts:
        out.append(f"<div class='item' style='padding-top: {pad}px'><span class='tag' style='background:{TAG[tag]}'>{tag}"
                   f"</span><b>{ref}</b> {escape(text)}<div class='m'>By: {due}<span class='dot'"
                   f" style='background:{DOT[status]}'></span>{status}</div></div>")  # fmt: skip
    out.append("</div>")
    return "".join(out)


def _col(flex: int, inner: str) -> str:
    return f"<div class='col' style='flex: {flex}'><div class='stem'></div>{inner}</div>"


def _html() -> str:
    key = "".join(f"<div><span class='tag' style='background:{TAG[r]}'>{r}</span>{escape(t)}"
                  "</div>" for r, t in RECS)  # fmt: skip
    dots = "".join(f"<span class='dot' style='background:{c}'></span>{s}" for s, c in DOT.items())
    lead1, lead2, kid1, kid2, kid3 = A
    left = _col(2, f"<div style='width: 60%; margin: 0 auto'>{_box(lead1)}</div>"
                "<div class='stem'></div><div class='kids'>"
                f"{_col(1, _box(kid1, 6))}{_col(1, _box(kid2))}</div>")  # fmt: skip
    right = _col(1, f"{_box(lead2)}<div class='stem'></div><div class='kids'>"
                 f"{_col(1, _box(kid3))}</div>")  # fmt: skip
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            "<h1>Who is leading our improvement</h1><div class='meta'>Sallowby Children's"
            " Services &middot; Improvement programme &middot; page last updated 25 December"
            f" 2025</div><div class='key'>{key}</div><div class='meta'>Each box lists the actions its post"
            f" leads, by the recommendation they answer</div><div class='meta'>{dots}</div><div"
            " class='chart'><div class='board'><b>Improvement Board</b><br>Chair: Imran"
            " Qureshi<br>Senior responsible officer: Marcus Delaney, Director of Children's"
            " Services</div><div class='stem'></div>"
            f"<div class='level'>{left}{right}</div></div></body></html>")  # fmt: skip


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("statuskey") / "statuskey.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_the_title_and_key_are_no_actions(plan) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text for a in plan.actions]
    assert not [t for t in texts if "leading our improvement" in t or "Each box" in t]
    got = sorted((a.ref, a.owner, a.due_raw) for a in plan.actions)
    want = sorted((ref, lead, due) for lead, acts in A.items() for _, ref, _, due, _ in acts)
    assert got == want
    assert all(a.progress is None for a in plan.actions)  # the board's box is no update


def _line(values: list[str]) -> tuple[Line, list[tuple[float, float, float, float]]]:
    """A line of values, a drawn dot in the gap (24 points) before each; and the dots."""
    words: list[Word] = []
    dots = []
    x = 40.0
    for value in values:
        dots.append((x - 16.0, 101.0, x - 8.0, 107.0))
        for t in value.split():
            words.append(Word(t, x, 100.0, x + 5.0 * len(t), 108.0))
            x += 5.0 * len(t) + 3.0
        x += 21.0
    text = " ".join(values)
    return Line(text, (40.0, 100.0, x, 108.0), 8.0, False, 1, 0, words=words), dots


def test_a_dots_key_is_no_marked_line() -> None:
    key, dots = _line(["Progressing", "At risk", "Stalled", "Done", "Not yet due"])
    assert mark_runs(key, dots) is None
    card, dots = _line(["Helen Markham", "30 Sep 2026", "At risk"])  # owner, due, status
    assert mark_runs(card, dots) is not None
    trail, dots = _line(["On track", "At risk", "At risk"])  # a status by quarter, one twice
    assert mark_runs(trail, dots) is not None
