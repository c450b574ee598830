"""A tracker's recommendation column merged down over its actions, ruled by vertical lines only:
each recommendation's cell ('2. Improve the multi-agency response ...') wraps onto more lines
than its first action's row holds, so the rows the reader cuts split the cell, and its last
lines ('exploitation outside the home') stand beside the next action with no number of their
own. Read as a recommendation of their own they were numbered as the next one, whose own cell
below then linked to them: the recommendation's text was cut, the next one's lost, and the
actions beside the cut lines linked to the wrong recommendation, with no warning. In a column
whose cells label their recommendations such lines are the rest of the cell above
(plan_recommendations.group_cell, labels_groups)."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ["What Ofsted asked", "Task", "Accountable", "From", "Date", "Narrative", "Confidence"]
WIDTHS = [84, 122, 69, 49, 55, 84, 52]  # a narrow recommendation column: its cells wrap long
RECS = [
    ('1', 'Improve the timeliness and consistency of decisions at the front door so that children receive the right help at the right time', [
        ('Complete all contacts within twenty-four hours and record the decision and its reasons',
         'Commissioning Manager', 'Work started; scoping meeting held with partners', 'Completed'),
        ('Audit repeat referrals each quarter to learn why help did not last',
         'Priya Nandakumar', 'Work started; scoping meeting held with partners', 'At risk'),
        ('Step down cases to early help with a warm handover meeting with the family',
         'Owen Tremayne', 'Recruitment under way; two posts filled', 'At risk'),
        ('Apply consistent thresholds at the front door through weekly threshold clinics with partners',
         'Priya Nandakumar', 'First cohort completed; second cohort booked', 'At risk'),
    ]),
    ('2', 'Improve the multi-agency response to children at risk of criminal and sexual exploitation outside the home', [
        ('Appoint two specialist exploitation social workers to support complex cases',
         'Joseph Mensah', 'Audit shows improvement in most records', 'Completed'),
        ('Launch a single exploitation screening tool for use by all partner agencies',
         'Sian Pritchard', 'Audit shows improvement in most records', 'Completed'),
        ('Establish a weekly multi-agency child exploitation meeting with police, health, education and youth justice',
         'Amira Choudhury (Detective Inspector, Public Protection)', 'Monthly reports now in place', 'At risk'),
    ]),
    ('3', "Make sure that children's wishes and feelings are sought, recorded and visibly influence the plans made for them", [
        ("Record children's views in their own words at every review meeting",
         'Martin Hale (Service Manager, Care Leavers)', 'Monthly reports now in place', 'On track'),
        ('Ensure independent reviewing officers meet each child before their review',
         'Helen Markham (Service Manager, Front Door)', 'Delayed because of staff turnover; revised plan agreed', 'At risk'),
        ('Invite young inspectors to review services twice a year and report to the corporate parenting board',
         'Sian Pritchard', 'First cohort completed; second cohort booked', 'At risk'),
        ('Provide direct work resources and tools to every social work team',
         'David Osei (Workforce Development Lead)', 'Draft agreed by partners; sign-off due at the next board', 'At risk'),
        ("Expand the children in care council and set up a younger members' group",
         'Head of Service, Children in Care', 'Draft agreed by partners; sign-off due at the next board', 'On track'),
    ]),
    ('4', 'Improve the timeliness of education, health and care plans for children in care and the support given by the virtual school', [
        ('Offer tuition to every child in care who is behind in reading at age eleven',
         "Assistant Director, Children's Social Care", 'First cohort completed; second cohort booked', 'On track'),
        ('Reduce the time taken to issue education, health and care plans for children in care',
         'Head of Virtual School', 'Completed and embedded in practice', 'On track'),
    ]),
]  # fmt: skip


def _pdf() -> bytes:
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=8.5, leading=10.2)
    head = ParagraphStyle("h", fontName="Times-Bold", fontSize=8.5, leading=10.2)
    data: list[list[object]] = [[Paragraph(h, head) for h in HEAD]]
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for number, text, actions in RECS:
        first = len(data)
        for k, (task, owner, note, rag) in enumerate(actions):
            rec = Paragraph(f"{number}. {text}", body) if k == 0 else ""
            cells = (task, owner, "01/04/2024", "31/03/2025", note, rag)
            data.append([rec, *(Paragraph(x, body) for x in cells)])
        cmds.append(("SPAN", (0, first), (0, len(data) - 1)))
    cmds.append(("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#555555")))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build([Table(data, colWidths=WIDTHS, style=TableStyle(cmds))])
    return buf.getvalue()


def test_wrapped_merged_cell_is_one_recommendation() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "merged_wrapped.pdf"))
    got = [(r.number, r.text) for r in result.recommendations]
    assert got == [(n, text) for n, text, _ in RECS]


def test_actions_beside_the_cut_lines_link_to_their_own_recommendation() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "merged_wrapped.pdf"))
    numbers = {r.id: r.number for r in result.recommendations}
    got = [(a.text, [numbers[x] for x in a.recommendations]) for a in result.actions]
    assert got == [(task, [n]) for n, _, actions in RECS for task, *_ in actions]
    assert not [w for w in result.warnings if w.code.startswith("plan_links")]
