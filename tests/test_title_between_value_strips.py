"""Action cards whose facts are a strip of values parted by wide gaps (an icon before each:
'Leon Fairweather   31-Jul-2027   Complete'), each card a bold ref and its text over the strip
and an italic update, several cards under each recommendation's banner.

The strip has no printed label: its first value reads as one. plan_cards._titled_between
(a bold ref line between two field lines opens a card) cut at every title, so every strip
was a card of one field and those cards took the plan from the strip reader: owners, dates
and whole actions lost. The cut is now made only where the field under the title prints its
label ('Owner: ...'), and every action keeps its owner, due date and recommendation.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

LF, FR, GA, JM, HM = (
    "Leon Fairweather",
    "Fatima Rahman",
    "Grace Adebayo",
    "Joseph Mensah",
    "Helen Markham",
)
PEOPLE = [LF, LF, FR, GA, FR, FR, LF, LF, FR, JM, HM, HM, FR, LF, LF, FR]
DATES = ["31-Jul-2027", "31-Jul-2026", "30-Sep-2026", "30-Apr-2026"]
STATUS = ["Complete", "On track", "Not started", "Some concerns"]
W, C, D = (
    "Work started; scoping meeting held with partners",
    "Completed and embedded in practice",
    ("Draft agreed by partners; sign-off due at the next board"),
)
NOTES = [
    W,
    C,
    "",
    C,
    W,
    "Recruitment under way",
    "Not yet started",  # an update a status word opens
    W,
    C,
    "",
    D,
    "Not yet started",
    "Audit shows improvement in most records",
    D,
    "Not yet started",
    "Monthly reports now in place",
]
RECS = {
    "1": (
        "Improve the multi-agency response to child exploitation outside the home",
        [
            "Develop safety plans for places of concern, such as parks and shopping centres",
            "Establish a weekly multi-agency child exploitation meeting",
            "Deliver contextual safeguarding training to every social work team and to designated\n"
            "safeguarding leads in schools",
            "Appoint two specialist exploitation social workers to support complex cases",
        ],
    ),
    "2": (
        "Strengthen strategy discussions when a child may be at risk of harm",
        [
            "Escalate any strategy discussion held without a health partner",
            "Set up a daily virtual strategy meeting slot so partners can attend",
            "Agree a joint protocol with the police and the integrated care board",
        ],
    ),
    "3": (
        "Improve the timeliness of education, health and care plans",
        [
            "Make sure every child in care has a personal education plan reviewed each term",
            "Offer tuition to every child in care who is behind in reading at age eleven",
            "Track attendance and exclusions for children in care placed out of the area",
            "Reduce the time taken to issue education, health and care plans for children",
        ],
    ),
    "4": (
        "Raise the quality of assessments and plans for children in need",
        [
            "Redesign the child in need plan template with outcomes written in plain language",
            "Hold monthly practice workshops on writing analysis in assessments",
            "Quality assure a sample of assessments every month through the audit programme",
        ],
    ),
    "5": (
        "Improve the regularity and quality of management oversight",
        [
            "Introduce quarterly practice observations of every social worker by their manager",
            "Train all team managers in reflective supervision through a two-day course delivered with\n"
            "the regional teaching partnership",
        ],
    ),
}


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, h - 50, "Children's Services: Improvement Plan")
    c.setFont("Helvetica", 9)
    c.drawString(
        50,
        h - 72,
        "Issued 25 May 2026. This plan sets out what we will do in response to the inspection.",
    )
    c.setFont("Helvetica-Bold", 9)
    c.drawString(58, h - 104, "Key")
    c.setFont("Helvetica", 7.5)
    for x, word in [
        (74, "Lead officer"),
        (150, "Complete by"),
        (230, "green"),
        (260, "amber"),
        (292, "red"),
        (316, "blue"),
        (342, "grey"),
    ]:
        c.rect(x - 10, h - 120, 6, 6, fill=1, stroke=0)
        c.drawString(x, h - 120, word)
    y = 160.0
    n = 0
    for rec, (title, actions) in RECS.items():
        if rec == "3":  # recommendations 3 to 5 on the second page
            c.showPage()
            y = 60.0
        c.setFillColorRGB(0.1, 0.15, 0.3)
        c.rect(50, h - y - 14, 495, 26, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(58, h - y, f"Recommendation {rec}: {title}")
        c.setFillColorRGB(0, 0, 0)
        y += 34
        for k, text in enumerate(actions, 1):
            c.setStrokeColorRGB(0.7, 0.7, 0.7)
            c.rect(50, h - y - 40, 495, 52, fill=0, stroke=1)
            c.setFillColorRGB(0.2, 0.4, 0.8)
            c.rect(50, h - y - 40, 4, 52, fill=1, stroke=0)  # the status bar down the left
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(58, h - y, f"{rec}.{k}")
            c.setFont("Helvetica", 9)
            first, _, wrap = text.partition("\n")
            c.drawString(82, h - y, first)
            if wrap:  # a title over two lines
                y += 12
                c.drawString(82, h - y, wrap)
            c.setFont("Helvetica", 7.5)
            c.rect(84, h - y - 16, 6, 6, fill=1, stroke=0)  # the person icon
            c.drawString(96, h - y - 16, PEOPLE[n])
            c.rect(170, h - y - 16, 6, 6, fill=1, stroke=0)  # the calendar icon
            c.drawString(182, h - y - 16, DATES[n % 4])
            c.rect(236, h - y - 16, 4, 7, fill=1, stroke=0)  # the flag
            c.drawString(246, h - y - 16, STATUS[n % 4])
            c.setFont("Helvetica-Oblique", 7)
            if NOTES[n]:
                c.drawString(82, h - y - 30, NOTES[n])
            y += 60
            n += 1
        y += 14
    c.save()
    return buf.getvalue()


def test_every_strip_card_keeps_its_owner_and_date() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "strips.pdf"))
    got = {a.ref: a for a in plan.actions}
    want = [f"{r}.{k}" for r, (_, acts) in RECS.items() for k in range(1, len(acts) + 1)]
    assert sorted(got) == want
    for n, ref in enumerate(want):
        assert got[ref].owner == PEOPLE[n], ref
        assert got[ref].due_raw == DATES[n % 4], ref
