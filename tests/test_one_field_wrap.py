"""A staff newsletter printed from a word processor in two columns: the plan's actions run down
both columns, each its ref in bold and its text, then 'Lead: <owner> · Done by: <date> ·
Progress: <status>' with bold labels, wrapping onto a second line, then an italic 'Latest:
<update>' under most of them; a shaded box of diary dates stands in the right column.

Cut at its white space, the right column can leave a field's wrap ('Wednesday 14 April 2027 ·
Progress: Needs help') atop the box of the update under it (a printed word processor's page
did). That box holds one field ('Latest: ...') under a line that is no action's text but a
field's value (a date, a status): card_grid._one_field must not count it as a card of one
field, or the wrap is read as an extra action. The page tests read such a newsletter end to
end; the box test holds the rule itself (it fails without it).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.card_grid import _one_field
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_cards import _label_of
from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.reader import parse_pdf_bytes

FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"}

# the first page of such a newsletter, line by line as printed (A4, points from the foot)
LINES = [  # baseline, size, runs of (x, font, text)
     (770.7, 30.0, [(48.3, 'B', 'Improvement News')]),
     (747.2, 9.5, [(48.3, 'I', "Sallowby Children's Services | Issue 10 | September 2026")]),
     (731.6, 9.5, [(48.3, 'B', "A word from Kwabena Asante, Director of Children's")]),
     (719.1, 9.5, [(48.3, 'B', 'Services')]),
     (703.5, 9.5, [(48.3, 'R', 'Thank you for everything you are doing to make our services')]),
     (691.0, 9.5, [(48.3, 'R', 'better for children. This issue sets out where we are with each')]),
     (678.4, 9.5, [(48.3, 'R', 'part of our improvement plan, who is leading it and how it is')]),
     (665.9, 9.5, [(48.3, 'R', 'going. Please talk to your manager if you want to get')]),
     (653.3, 9.5, [(48.3, 'R', 'involved.')]),
     (629.5, 13.0, [(48.3, 'B', 'Recommendation 1')]),
     (612.6, 9.5, [(48.3, 'I', "Make sure that children's wishes and feelings are sought,")]),
     (600.1, 9.5, [(48.3, 'I', 'recorded and visibly influence the plans made for them')]),
     (584.5, 9.5, [(48.3, 'B', '1.1'), (62.6, 'R', 'Ensure independent reviewing officers meet each child')]),
     (572.0, 9.5, [(48.3, 'R', 'before their review')]),
     (556.4, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Head of Quality Assurance ·'), (201.7, 'B', 'Done by:'), (240.7, 'R', 'Tuesday')]),
     (543.9, 9.5, [(59.7, 'R', '19 May 2026 ·'), (123.0, 'B', 'Progress:'), (163.9, 'R', 'Needs help')]),
     (528.3, 9.5, [(59.7, 'I', 'Latest: No lead in post since the restructure; escalated to')]),
     (515.8, 9.5, [(59.7, 'I', 'the Improvement Board')]),
     (500.2, 9.5, [(48.3, 'B', '1.2'), (62.6, 'R', 'Provide direct work resources and tools to every social')]),
     (487.7, 9.5, [(48.3, 'R', 'work team')]),
     (472.1, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Service Manager, Fostering ·'), (203.8, 'B', 'Done by:'), (242.8, 'R', 'Sunday 4')]),
     (459.6, 9.5, [(59.7, 'R', 'October 2026 ·'), (124.3, 'B', 'Progress:'), (165.2, 'R', 'Running late')]),
     (444.0, 9.5, [(59.7, 'I', 'Latest: Delayed because of staff turnover; revised plan')]),
     (431.5, 9.5, [(59.7, 'I', 'agreed')]),
     (415.9, 9.5, [(48.3, 'B', '1.3'), (62.6, 'R', "Record children's views in their own words at every")]),
     (403.4, 9.5, [(48.3, 'R', 'review meeting')]),
     (387.8, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Service Manager, Fostering ·'), (203.8, 'B', 'Done by:'), (242.8, 'R', 'Monday')]),
     (375.3, 9.5, [(59.7, 'R', '30 November 2026 ·'), (145.7, 'B', 'Progress:'), (186.6, 'R', 'Finished')]),
     (359.7, 9.5, [(59.7, 'I', 'Latest: Audit shows improvement in most records')]),
     (344.2, 9.5, [(48.3, 'B', '1.4'), (62.6, 'R', 'Invite young inspectors to review services twice a year')]),
     (331.6, 9.5, [(48.3, 'R', 'and report to the corporate parenting board')]),
     (316.1, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Service Manager, Fostering ·'), (203.8, 'B', 'Done by:'), (242.8, 'R', 'Saturday')]),
     (303.5, 9.5, [(59.7, 'R', '13 June 2026 ·'), (123.0, 'B', 'Progress:'), (163.9, 'R', 'Needs help')]),
     (279.7, 13.0, [(48.3, 'B', 'Recommendation 2')]),
     (262.8, 9.5, [(48.3, 'I', 'Increase the range of suitable accommodation for care')]),
     (250.3, 9.5, [(48.3, 'I', 'leavers and improve the quality of pathway plans')]),
     (234.7, 9.5, [(48.3, 'B', '2.1'), (62.6, 'R', "Set up a care leavers' hub with drop-in advice on housing,")]),
     (222.2, 9.5, [(48.3, 'R', 'money and health')]),
     (206.6, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Head of Early Help ·'), (172.6, 'B', 'Done by:'), (211.7, 'R', 'Saturday 11 April')]),
     (194.1, 9.5, [(59.7, 'R', '2026 ·'), (91.3, 'B', 'Progress:'), (132.2, 'R', 'Needs help')]),
     (178.5, 9.5, [(59.7, 'I', 'Latest: Delayed because of staff turnover; revised plan')]),
     (166.0, 9.5, [(59.7, 'I', 'agreed')]),
     (150.4, 9.5, [(48.3, 'B', '2.2'), (62.6, 'R', 'Give every care leaver a written summary of their')]),
     (137.9, 9.5, [(48.3, 'R', 'entitlements at their eighteenth birthday review')]),
     (122.3, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Head of Early Help ·'), (172.6, 'B', 'Done by:'), (211.7, 'R', 'Friday 30 April')]),
     (109.8, 9.5, [(59.7, 'R', '2027 ·'), (91.3, 'B', 'Progress:'), (132.2, 'R', 'Starting soon')]),
     (94.2, 9.5, [(59.7, 'I', 'Latest: Waiting on the new case management system')]),
     (40.3, 9.5, [(48.3, 'R', 'Improvement News is produced by the Improvement Programme Office.')]),
     (731.6, 9.5, [(311.9, 'B', '2.3'), (326.2, 'R', 'Rewrite the pathway plan with care leavers so it is shorter')]),
     (719.1, 9.5, [(311.9, 'R', 'and easier to use')]),
     (703.5, 9.5, [(323.3, 'B', 'Lead:'), (349.4, 'R', 'Head of Early Help ·'), (436.2, 'B', 'Done by:'), (475.3, 'R', 'Thursday 19')]),
     (691.0, 9.5, [(323.3, 'R', 'November 2026 ·'), (397.4, 'B', 'Progress:'), (438.3, 'R', 'Going to plan')]),
     (675.4, 9.5, [(323.3, 'I', 'Latest: Monthly reports now in place')]),
     (659.9, 9.5, [(311.9, 'B', '2.4'), (326.2, 'R', 'Commission fifteen supported lodgings places for young')]),
     (647.3, 9.5, [(311.9, 'R', 'people leaving care')]),
     (631.8, 9.5, [(323.3, 'B', 'Lead:'), (349.4, 'R', 'Service Manager, Care Leavers ·'), (481.9, 'B', 'Done by:')]),
     (619.2, 9.5, [(323.3, 'R', 'Wednesday 14 April 2027 ·'), (435.9, 'B', 'Progress:'), (476.8, 'R', 'Needs help')]),
     (603.7, 9.5, [(323.3, 'I', 'Latest: No lead in post since the restructure; escalated to')]),
     (591.1, 9.5, [(323.3, 'I', 'the Improvement Board')]),
     (575.1, 9.5, [(311.9, 'B', 'Dates for your diary')]),
     (561.1, 9.5, [(311.9, 'R', '23 October 2026: Improvement Board (open to observers)')]),
     (547.2, 9.5, [(311.9, 'R', '28 October 2026: Practice week: audits and observations')]),
     (533.2, 9.5, [(311.9, 'R', '24 November 2026: All-staff briefing with the Director')]),
     (494.9, 13.0, [(311.9, 'B', 'Recommendation 3')]),
     (478.1, 9.5, [(311.9, 'I', 'Improve the timeliness and consistency of decisions at the')]),
     (465.5, 9.5, [(311.9, 'I', 'front door so that children receive the right help at the right')]),
     (453.0, 9.5, [(311.9, 'I', 'time')]),
     (437.4, 9.5, [(311.9, 'B', '3.1'), (326.2, 'R', 'Complete all contacts within twenty-four hours and')]),
     (424.9, 9.5, [(311.9, 'R', 'record the decision and its reasons')]),
     (409.3, 9.5, [(323.3, 'B', 'Lead:'), (349.4, 'R', 'Head of Quality Assurance ·'), (465.3, 'B', 'Done by:'), (504.3, 'R', 'Sunday 31')]),
     (396.8, 9.5, [(323.3, 'R', 'January 2027 ·'), (386.9, 'B', 'Progress:'), (427.8, 'R', 'Starting soon')]),
     (381.2, 9.5, [(311.9, 'B', '3.2'), (326.2, 'R', 'Publish a revised threshold document with partners and')]),
     (368.7, 9.5, [(311.9, 'R', 'schools')]),
     (353.1, 9.5, [(323.3, 'B', 'Lead:'), (349.4, 'R', "Assistant Director, Children's Social Care ·"), (520.8, 'B', 'Done')]),
     (340.6, 9.5, [(323.3, 'B', 'by:'), (338.9, 'R', 'Monday 1 March 2027 ·'), (438.9, 'B', 'Progress:'), (479.8, 'R', 'Finished')]),
     (325.0, 9.5, [(323.3, 'I', 'Latest: Completed and embedded in practice')]),
     (301.2, 13.0, [(311.9, 'B', 'Recommendation 4')]),
     (284.3, 9.5, [(311.9, 'I', 'Ensure that strategy discussions involve police, health and')]),
     (271.8, 9.5, [(311.9, 'I', "children's social care, and that the reasons for decisions")]),
     (259.2, 9.5, [(311.9, 'I', 'about section 47 enquiries are recorded')]),
     (243.7, 9.5, [(311.9, 'B', '4.1'), (326.2, 'R', 'Agree a joint protocol with the police and the integrated')]),
     (231.1, 9.5, [(311.9, 'R', 'care board on attendance at strategy discussions')]),
     (215.6, 9.5, [(323.3, 'B', 'Lead:'), (349.4, 'R', 'Head of Quality Assurance ·'), (465.3, 'B', 'Done by:'), (504.3, 'R', 'Sunday 31')]),
     (203.0, 9.5, [(323.3, 'R', 'January 2027 ·'), (386.9, 'B', 'Progress:'), (427.8, 'R', 'Running late')]),
     (187.5, 9.5, [(311.9, 'B', '4.2'), (326.2, 'R', 'Revise the strategy discussion template so the decision')]),
     (174.9, 9.5, [(311.9, 'R', "and its rationale are recorded on the child's file")]),
     (159.4, 9.5, [(323.3, 'B', 'Lead:'), (349.4, 'R', 'Head of Quality Assurance ·'), (465.3, 'B', 'Done by:'), (504.3, 'R', 'Tuesday')]),
     (146.8, 9.5, [(323.3, 'R', '25 August 2026 ·'), (396.6, 'B', 'Progress:'), (437.5, 'R', 'Needs help')]),
     (131.3, 9.5, [(323.3, 'I', 'Latest: Delayed because of staff turnover; revised plan')]),
     (118.7, 9.5, [(323.3, 'I', 'agreed')]),
     (102.7, 9.5, [(311.9, 'B', 'Meet the team')]),
     (88.7, 9.5, [(311.9, 'R', 'Imogen Castellanos, Team Manager, Children in Care,')]),
     (77.8, 9.5, [(311.9, 'R', 'has been with us for six years. "The best part of the job is')]),
     (66.8, 9.5, [(311.9, 'R', 'seeing a plan come together for a family. The new audit')]),
     (55.9, 9.5, [(311.9, 'R', 'tool has made a real difference."')]),
     (40.3, 9.5, [(327.1, 'R', 'Editor: Fergus McAllister.')]),
]  # fmt: skip

PAGE2 = [  # the second page: the last recommendation's actions
     (766.0, 13.0, [(48.3, 'B', 'Recommendation 5')]),
     (749.2, 9.5, [(48.3, 'I', 'Strengthen the response to children who go missing from')]),
     (736.6, 9.5, [(48.3, 'I', 'home or care, so that return home interviews are offered')]),
     (724.1, 9.5, [(48.3, 'I', 'promptly and used to reduce risk')]),
     (708.5, 9.5, [(48.3, 'B', '5.1'), (62.6, 'R', 'Map the places where missing children are found and')]),
     (696.0, 9.5, [(48.3, 'R', 'share the analysis with the police each quarter')]),
     (680.4, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Head of Early Help ·'), (172.6, 'B', 'Done by:'), (211.7, 'R', 'Friday 5 March')]),
     (667.9, 9.5, [(59.7, 'R', '2027 ·'), (91.3, 'B', 'Progress:'), (132.2, 'R', 'Running late')]),
     (652.3, 9.5, [(59.7, 'I', 'Latest: Work started; scoping meeting held with partners')]),
     (636.8, 9.5, [(48.3, 'B', '5.2'), (62.6, 'R', 'Commission an independent return home interview')]),
     (624.2, 9.5, [(48.3, 'R', 'service that offers every child a conversation within seventy-')]),
     (611.7, 9.5, [(48.3, 'R', 'two hours')]),
     (596.1, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Service Manager, Care Leavers ·'), (218.3, 'B', 'Done by:'), (257.3, 'R', 'Friday')]),
     (583.6, 9.5, [(59.7, 'R', '12 June 2026 ·'), (123.0, 'B', 'Progress:'), (163.9, 'R', 'Running late')]),
     (568.0, 9.5, [(48.3, 'B', '5.3'), (62.6, 'R', 'Record the findings of every return home interview in a')]),
     (555.5, 9.5, [(48.3, 'R', 'structured form that feeds the exploitation risk assessment')]),
     (539.9, 9.5, [(59.7, 'B', 'Lead:'), (85.8, 'R', 'Service Manager, Fostering ·'), (203.8, 'B', 'Done by:'), (242.8, 'R', 'Friday 15')]),
     (527.4, 9.5, [(59.7, 'R', 'May 2026 ·'), (111.1, 'B', 'Progress:'), (152.0, 'R', 'Needs help')]),
     (511.8, 9.499999999999943, [(59.7, 'I', 'Latest: Delayed because of staff turnover; revised plan')]),
     (499.3, 9.5, [(59.7, 'I', 'agreed')]),
     (40.3, 9.5, [(48.3, 'R', 'Improvement News is produced by the Improvement Programme Office.')]),
     (40.3, 9.5, [(327.1, 'R', 'Editor: Fergus McAllister.')]),
]  # fmt: skip

# the shaded boxes (diary dates, the editor's note): x, y, width, height
BOXES = [(306.4, 525.9, 232.4, 56.2), (306.4, 48.6, 232.4, 61.1)]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.3, 841.9))
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    for k, (x, y, w, h) in enumerate(BOXES):
        c.setFillColorRGB(*((0.94, 0.90, 0.96) if k == 0 else (1.0, 0.96, 0.84)))
        c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for page in (LINES, PAGE2):
        for y, size, runs in page:
            for x, font, text in runs:
                c.setFont(FONTS[font], size)
                c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_fields_wrap_is_no_action() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "newsletter.pdf"))
    assert plan.actions
    for action in plan.actions:
        assert parse_date(action.text.split("·")[0]) is None, action.text
        assert "Progress:" not in action.text, action.text


def test_the_card_above_keeps_its_fields() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "newsletter.pdf"))
    got = {a.ref: a for a in plan.actions if a.ref}
    assert got["1.3"].owner == "Service Manager, Fostering"


def _line(text: str, top: float) -> Line:
    return Line(text, (323.3, top, 540.0, top + 9.5), 9.5, False, 1, 0, words=[])


def _is_field(line: Line) -> bool:
    return line.text.startswith(("Lead:", "Latest:"))


def test_a_wrap_over_one_field_is_no_card_of_one_field() -> None:
    """The box-level rule: of two boxes holding one 'Latest:' field that the card boxes print,
    the one under an action's text is a card, the one under a wrapped date and status is not."""
    boxes = [
        [
            _line("2.3 Rewrite the pathway plan with care leavers", 100.0),
            _line("Lead: Head of Early Help · Done by: Thursday 19", 112.5),
            _line("November 2026 · Progress: Going to plan", 125.0),
            _line("Latest: Monthly reports now in place", 137.5),
        ],
        [
            _line("2.1 Set up a care leavers' hub with drop-in advice", 200.0),
            _line("Lead: Head of Early Help · Done by: Saturday 11 April", 212.5),
            _line("2026 · Progress: Needs help", 225.0),
            _line("Latest: Delayed because of staff turnover", 237.5),
        ],
        [
            _line("Wednesday 14 April 2027 · Progress: Needs help", 300.0),
            _line("Latest: No lead in post since the restructure", 312.5),
        ],
        [
            _line("2.5 Give every care leaver a written summary", 400.0),
            _line("Latest: Waiting on the new case management system", 412.5),
        ],
    ]
    assert _one_field(boxes, {0, 1}, _is_field, _label_of) == {3}
