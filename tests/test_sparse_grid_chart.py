"""An organisation chart printed by headless Chromium: a board box, reporting lines, and a box per
lead (a dark head with the lead and a count, then the lead's actions: tag, ref, text, 'By:
<date>' and a status after a coloured dot, an italic note). The boxes' borders, the head
strips, the rules between the entries and the reporting lines meet where their edges line up,
and the ruling reader finds one grid of 20 rows by 12 columns over the chart: 17 of its 240
cells hold text (a box's head, an entry), the rest are empty.

Read as one table, its first row named no plan column: no action was read and the plan said
only that its table's headers were unknown (plan_no_actions). A ruled grid of many cells with
text in very few of them is no table (plan_columns._sparse_grid): its lines are left to the
page's other readers, which read the boxes as cards.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

CSS = (
    "@page{size:A3 landscape;margin:10mm} *{box-sizing:border-box}"
    "body{font-family:'Liberation Sans',sans-serif;font-size:8.5pt;margin:0}"
    "h1{font-size:18pt;margin:0 0 6px 0}"
    ".board{width:34%;margin:0 auto;border:2px solid #37474F;background:#ECEFF1;border-radius:6px;padding:6px 10px;text-align:center}"
    ".stem{width:0;height:14px;border-left:1.5px solid #78909C;margin:0 auto}"
    ".level{display:flex;gap:14px;border-top:1.5px solid #78909C}"
    ".col{display:flex;flex-direction:column}"
    ".box{border:1.5px solid #546E7A;border-radius:6px;background:white}"
    ".head{background:#37474F;color:white;padding:4px 8px;border-radius:4px 4px 0 0}.head b{font-size:10pt}"
    ".count{font-size:7.5pt;color:#CFD8DC}"
    ".item{padding:4px 8px;border-top:1px solid #ECEFF1}.m{margin-top:2px;font-size:8pt}"
    ".u{font-style:italic;margin-top:1px;font-size:8pt}.none{padding:6px 8px;font-style:italic}"
    ".kids{display:flex;gap:12px;border-top:1.5px solid #78909C}"
    ".tag{display:inline-block;color:white;background:#3949ab;font-weight:bold;font-size:7.5pt;border-radius:3px;padding:0 4px;margin-right:4px}"
    ".key{display:flex;flex-wrap:wrap;gap:4px 18px;margin-bottom:6px}.key div{flex:0 0 31%}"
    ".dot{display:inline-block;width:8px;height:8px;border-radius:4px;margin:0 3px 0 6px}"
)
DOT = {
    "On course": "#2e7d32",
    "Slipping": "#ef6c00",
    "Off course": "#c62828",
    "Complete": "#1565c0",
    "Not yet due": "#9e9e9e",
}
LEADS = [
    (
        "Head of Quality Assurance",
        [
            (
                "4.4",
                "Expand the children in care council and set up a younger members' group",
                "27 Jan 2026",
                "Slipping",
                None,
            )
        ],
    ),
    (
        "Service Manager, Care Leavers",
        [
            (
                "3.2",
                "Give every care leaver a written summary of their entitlements at their eighteenth birthday review",
                "31 Mar 2026",
                "Slipping",
                "Work started; scoping meeting held with partners",
            ),
            (
                "4.2",
                "Ensure independent reviewing officers meet each child before their review",
                "2 Mar 2025",
                "Not yet due",
                "Waiting on the new case management system",
            ),
        ],
    ),
    (
        "Head of Safeguarding",
        [
            (
                "1.1",
                "Deliver contextual safeguarding training to every social work team and to designated safeguarding leads in schools",
                "30 Apr 2025",
                "Complete",
                None,
            ),
            (
                "1.2",
                "Launch a single exploitation screening tool for use by all partner agencies",
                "8 Apr 2026",
                "Not yet due",
                "Scoping to begin next quarter",
            ),
            (
                "1.3",
                "Establish a weekly multi-agency child exploitation meeting with police, health, education and youth justice",
                "3 Feb 2026",
                "Slipping",
                "Recruitment under way; two posts filled",
            ),
            (
                "2.1",
                "Offer tuition to every child in care who is behind in reading at age eleven",
                "31 Jan 2026",
                "On course",
                "Draft agreed by partners; sign-off due at the next board",
            ),
            (
                "3.1",
                "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
                "25 Aug 2025",
                "Off course",
                "No lead in post since the restructure; escalated to the Improvement Board",
            ),
        ],
    ),
    (
        "Service Manager, Front Door",
        [
            (
                "2.3",
                "Make sure every child in care has a personal education plan reviewed each term",
                "19 Aug 2025",
                "Slipping",
                "Work started; scoping meeting held with partners",
            ),
            (
                "4.1",
                "Invite young inspectors to review services twice a year and report to the corporate parenting board",
                "24 May 2025",
                "Complete",
                "Audit shows improvement in most records",
            ),
        ],
    ),
    (
        "Service Manager, Fostering",
        [
            (
                "2.2",
                "Reduce the time taken to issue education, health and care plans for children in care",
                "21 Aug 2025",
                "On course",
                "Pilot running in two teams; evaluation due",
            ),
            (
                "4.3",
                "Record children's views in their own words at every review meeting",
                "7 May 2025",
                "On course",
                "First cohort completed; second cohort booked",
            ),
        ],
    ),
]


def box(lead, acts):
    s = [
        f"<div class='box'><div class='head'><b>{lead}</b><br><span class='count'>{len(acts)} actions</span></div>"
    ]
    if not acts:
        s.append("<div class='none'>No actions in the plan</div>")
    for ref, text, due, st, note in acts:
        s.append(
            f"<div class='item'><span class='tag'>R{ref[0]}</span><b>{ref}</b> {text}<div class='m'>By: {due}<span class='dot' style='background:{DOT[st]}'></span>{st}</div>"
        )
        if note:
            s.append(f"<div class='u'>Where we are: {note}</div>")
        s.append("</div>")
    s.append("</div>")
    return "".join(s)


L = LEADS
html = (
    f"<html><head><style>{CSS}</style></head><body><h1>Who leads each action</h1>"
    "<div class='key'><div><span class='tag'>R1</span>Raise the quality of assessments and plans for children in need so that they reflect each child's identity, history and lived experience</div><div><span class='tag'>R2</span>Ensure that initial and review health assessments for children in care are completed on time and that their emotional health needs are met</div><div><span class='tag'>R3</span>Improve the regularity and quality of management oversight and reflective supervision for social workers in the assessment and child in need teams</div><div><span class='tag'>R4</span>Increase the range of suitable accommodation for care leavers and improve the quality of pathway plans</div></div>"
    "<div class='board'><b>Improvement Board</b><br>Chair: Olwen Price</div><div class='stem'></div><div class='level'>"
    f"<div class='col' style='flex:2'><div class='stem'></div><div style='width:60%;margin:0 auto'>{box(*L[0])}</div><div class='stem'></div><div class='kids'>"
    f"<div class='col' style='flex:1'><div class='stem'></div>{box(*L[2])}</div><div class='col' style='flex:1'><div class='stem'></div>{box(*L[3])}</div></div></div>"
    f"<div class='col' style='flex:1'><div class='stem'></div>{box(*L[1])}<div class='stem'></div><div class='kids'><div class='col' style='flex:1'><div class='stem'></div>{box(*L[4])}</div></div></div></div>"
    "</body></html>"
)


def _page(tmp_path: Path) -> Path:
    page, out = tmp_path / "chart.html", tmp_path / "chart.pdf"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_an_org_charts_boxes_met_in_a_sparse_grid_are_read_as_cards(tmp_path: Path) -> None:
    doc = parse_pdf(_page(tmp_path))
    # the grid over the chart is no table of the plan (no table holds the boxes' heads)
    heads = {lead for lead, _ in LEADS}
    for el in read_layout(doc):
        if el.table is not None and el.table.pieces:
            assert not any(h in c.text for r in el.table.rows for c in r.cells if c for h in heads)
    plan = extract_plan(doc)
    assert "plan_no_actions" not in {w.code for w in plan.warnings}
    rag = {"On course": "green", "Slipping": "amber", "Off course": "red", "Complete": "blue",
           "Not yet due": None}  # fmt: skip
    got = {a.ref: (a.owner, a.due_raw, a.rag) for a in plan.actions}
    # the boxes of the top level and the left box of the level under them, read whole
    for lead, actions in LEADS[:3]:
        for ref, _, due, status, _ in actions:
            if ref in ("1.1", "1.2", "3.2", "4.2", "4.4"):
                assert got.get(ref) == (lead, due, rag[status]), ref
    assert len(plan.actions) >= 10
