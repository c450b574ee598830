"""A team-wiki page printed by headless Chromium: per action a heading that opens with the
action's ref ('ACT-11 Agree ...'), a grey edit stamp under it ('Last updated by Priya Shah on
3 Mar 2026'), then a page-properties table of two columns, the label column shaded: the lead
as a rounded user chip, the target date, the status as an upper-case lozenge in the wiki's own
colours (not RAG colours) and the recommendation the action answers ('Recommendation 2').

What is read: one action per heading and table, its ref and text from the heading, its owner,
due date, status and link from the table. The editor and the edit date are neither the owner
nor the due date, and the stamp is no part of the action's text. The table's cells, each ruled
round on its own, and the chips drawn in them are no diagram of boxes and connectors. The
last action's heading and stamp are left at the foot of page 1, its table opening page 2: the
heading is still its title. The statuses name amber and red steps of their own ('AT RISK', 'OVERDUE') and no green one, so
'IN PROGRESS' is the scale's on-track step (green); 'NOT STARTED' stays unrated. The same
records with their properties as 'Label: value' lines under the stamp read alike.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_cards import adopt_table_cards
from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

RECS = [
    "Improve the quality and timeliness of return home interviews for children who go missing",
    "Strengthen management oversight of plans for children in care",
]
# ref, text, editor, edit date, lead, target date, status, recommendation
ACTIONS = [
    ("ACT-11", "Agree a single return home interview template with the police", "Priya Shah",
     "3 Mar 2026", "Gareth Powell", "30 Jun 2026", "IN PROGRESS", 1),
    ("ACT-12", "Report the share of interviews held within three days to the board each month",
     "Owen Marsh", "12 Feb 2026", "Lucy Adebayo", "31 Mar 2026", "OVERDUE", 1),
    ("ACT-13", "Train missing children coordinators in trauma informed interviewing",
     "Priya Shah", "28 Jan 2026", "Gareth Powell", "30 Sep 2026", "NOT STARTED", 1),
    ("ACT-21", "Audit twenty care plans each quarter and feed back to team managers",
     "Owen Marsh", "9 Mar 2026", "Martha Quinn", "31 Dec 2026", "AT RISK", 2),
    ("ACT-22", "Publish a supervision standard for children in care teams", "Priya Shah",
     "1 Mar 2026", "Lucy Adebayo", "31 Jan 2026", "COMPLETE", 2),
    ("ACT-23", "Add care plan review dates to the weekly performance report", "Owen Marsh",
     "2 Mar 2026", "Martha Quinn", "31 Oct 2026", "IN PROGRESS", 2),
]  # fmt: skip
LOZENGE = {"IN PROGRESS": "#deebff", "OVERDUE": "#ffebe6", "NOT STARTED": "#dfe1e6",
           "AT RISK": "#fff0b3", "COMPLETE": "#e3fcef"}  # fmt: skip
RAG = {"IN PROGRESS": "green", "OVERDUE": "red", "NOT STARTED": None, "AT RISK": "amber",
       "COMPLETE": "blue"}  # fmt: skip
CSS = (
    "@page{size:A4;margin:14mm} *{-webkit-print-color-adjust:exact;print-color-adjust:exact;"
    "box-sizing:border-box} body{font-family:'Liberation Sans',sans-serif;font-size:9.2pt;"
    "color:#172b4d;margin:0} h2{font-size:12.5pt;border-bottom:1px solid #dfe1e6;"
    "margin:14px 0 4px 0} .act{margin:8px 0 10px 0} table{break-inside:avoid} h3{font-size:10.2pt;margin:0 0 2px 0}"
    ".stamp{color:#6b778c;font-size:7.6pt;margin-bottom:3px} table{border-collapse:collapse;"
    "width:100%} th,td{border:1px solid #c1c7d0;padding:3px 7px;text-align:left;"
    "vertical-align:top} th{background:#f4f5f7;width:26%} .chip{background:#ebecf0;"
    "border-radius:10px;padding:0 7px} .loz{border-radius:3px;padding:0 4px;font-size:7.8pt;"
    "font-weight:bold}"
)


def _page(tmp_path: Path) -> Path:
    parts = [f"<html><head><style>{CSS}</style></head><body>",
             "<div>Spaces / Children's Services / Improvement</div><h1>Improvement actions</h1>",
             "<div>Owned by Performance Team &middot; 6 actions &middot; exported 14 March "
             "2026</div>"]  # fmt: skip
    for n, rec in enumerate(RECS, 1):
        parts.append(f"<h2>Recommendation {n}</h2><p>{rec}</p>")
        for ref, text, editor, edited, lead, due, status, r in ACTIONS:
            if r != n:
                continue
            # the last table printed over the page break: its heading left at the foot of page 1
            brk = ' style="break-before:page"' if ref == ACTIONS[-1][0] else ""
            parts.append(
                f'<div class="act"><h3>{ref} {text}</h3><div class="stamp">Last updated by {editor} on {edited}'
                f'</div><table{brk}><tr><th>Lead</th><td><span class="chip">{lead}</span>'
                f"</td></tr><tr><th>Target date</th><td>{due}</td></tr><tr>"
                f'<th>Status</th><td><span class="loz" style="background:'
                f'{LOZENGE[status]}">{status}</span></td></tr><tr><th>Recommendation'
                f"</th><td>Recommendation {r}</td></tr></table></div>"
            )
    parts.append("</body></html>")
    page, out = tmp_path / "wiki.html", tmp_path / "wiki.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> PlanExtraction:
    if shutil.which("chromium") is None:
        pytest.skip("no chromium")
    return extract_plan(parse_pdf(_page(tmp_path_factory.mktemp("wiki"))))


def test_each_heading_and_property_table_is_one_action(plan: PlanExtraction) -> None:
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions]
    assert got == [(ref, text, lead, due) for ref, text, _, _, lead, due, _, _ in ACTIONS]


def test_the_edit_stamp_names_neither_owner_nor_due_date(plan: PlanExtraction) -> None:
    editors = {editor for _, _, editor, *_ in ACTIONS}
    assert not any(a.owner in editors for a in plan.actions)
    assert not any("updated by" in a.text.lower() for a in plan.actions)
    assert str(plan.actions[0].due_date) == "2026-06-30"


def test_status_lozenges_on_a_scale_with_no_green_word(plan: PlanExtraction) -> None:
    assert [a.rag for a in plan.actions] == [RAG[s] for *_, s, _ in ACTIONS]


def test_the_recommendation_property_links_the_action(plan: PlanExtraction) -> None:
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [r.text for r in plan.recommendations] == RECS
    links = [[numbers.get(x, x) for x in a.recommendations] for a in plan.actions]
    assert links == [[str(r)] for *_, r in ACTIONS]


def _lines_page(tmp_path: Path) -> Path:
    """The same records with their properties as 'Label: value' lines under the stamp, not a
    table (a wiki page whose properties macro prints as a list)."""
    parts = [f"<html><head><style>{CSS}</style></head><body><h1>Improvement actions</h1>"]
    for n, rec in enumerate(RECS, 1):
        parts.append(f"<h2>Recommendation {n}</h2><p>{rec}</p>")
        for ref, text, editor, edited, lead, due, status, r in ACTIONS:
            if r == n:
                parts.append(
                    f'<h3>{ref} {text}</h3><div class="stamp">Last updated by {editor} on '
                    f"{edited}</div><div>Lead: {lead}</div><div>Target date: {due}</div>"
                    f"<div>Status: {status}</div>"
                )
    parts.append("</body></html>")
    page, out = tmp_path / "lines.html", tmp_path / "lines.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_a_stamp_over_field_lines_is_no_title(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_lines_page(tmp_path)))
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions]
    assert got == [(ref, text, lead, due) for ref, text, _, _, lead, due, _, _ in ACTIONS]


def _line(text: str, page: int, top: float, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text, (50.0, top, 400.0, top + size), size, bold, page, 0)


def _card_table(page: int, top: float, rows: list[tuple[str, str]]) -> Element:
    cells: list[list[Cell | None]] = []
    for k, (label, value) in enumerate(rows):
        y = top + 18 * k
        cells.append([
            Cell(label, (50.0, y, 150.0, y + 18), [_line(label, page, y + 4, 9.0, True)]),
            Cell(value, (150.0, y, 500.0, y + 18), [_line(value, page, y + 4, 9.0)]),
        ])  # fmt: skip
    return Element(
        page, top, raw=Table(page, (50.0, top, 500.0, top + 18 * len(rows)), cells, True)
    )


def test_a_page_opening_with_the_rest_of_a_card_takes_no_title_from_the_page_before() -> None:
    # Word cards (a title over a 'label | value' table); the last card of page 1 is cut by the
    # page break: its first row's value was read as a line at the foot of page 1, its other rows
    # open page 2. That line is no title: the piece lacks the 'Lead officer' every card holds.
    fields = [("Lead officer", "Head of Service"), ("Deadline", "31 March 2027"),
              ("Status", "On track")]  # fmt: skip
    elements = [
        Element(1, 100.0, lines=[_line("Agree a joint protocol with the police", 1, 100.0, 13, True)]),
        _card_table(1, 118.0, fields),
        Element(1, 200.0, lines=[_line("Audit thirty strategy discussions", 1, 200.0, 13, True)]),
        _card_table(1, 218.0, fields),
        Element(1, 790.0, lines=[_line("JM, Named GP for Safeguarding", 1, 790.0, 9.0, True)]),
        _card_table(2, 50.0, fields[1:]),
        Element(2, 120.0, lines=[_line("Recruit twelve foster carers", 2, 120.0, 13, True)]),
        _card_table(2, 138.0, fields),
    ]  # fmt: skip
    read = [el.table for el in adopt_table_cards(elements) if el.table is not None]
    titles = [row.text(0) for t in read for row in t.rows]
    assert titles == [
        "Agree a joint protocol with the police",
        "Audit thirty strategy discussions",
        "Recruit twelve foster carers",
    ]
