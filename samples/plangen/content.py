"""What generated plans say: recommendation topics, actions, owners, boards, progress notes, KPIs.

Written for plantrace in the manner of English councils' children's services improvement plans
(written afresh, not copied from any plan). Each topic is one thing an inspection asked to
improve, with the actions a council might set against it; the generator draws from these with a
seeded random, so every plan is reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    recommendation: str
    short: str
    actions: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "oversight",
        "Improve the regularity and quality of management oversight and reflective supervision "
        "for social workers in the assessment and child in need teams",
        "Management oversight and supervision",
        (
            "Publish a revised supervision standard that sets a four-weekly minimum and a "
            "recording template for reflective discussion",
            "Train all team managers in reflective supervision through a two-day course delivered "
            "with the regional teaching partnership",
            "Audit twelve supervision records each month and report the themes to the practice "
            "quality group",
            "Add a supervision timeliness measure to the weekly performance dashboard for team "
            "managers",
            "Reduce team manager spans of control to no more than seven social workers by "
            "creating two new posts",
            "Introduce quarterly practice observations of every social worker by their manager",
        ),
    ),
    Topic(
        "strategy",
        "Ensure that strategy discussions involve police, health and children's social care, "
        "and that the reasons for decisions about section 47 enquiries are recorded",
        "Multi-agency strategy discussions",
        (
            "Agree a joint protocol with the police and the integrated care board on attendance at "
            "strategy discussions",
            "Set up a daily virtual strategy meeting slot so partners can join without travelling",
            "Revise the strategy discussion template so the decision and its rationale are "
            "recorded on the child's file",
            "Run a multi-agency audit of thirty strategy discussions and share the learning with "
            "the safeguarding partnership",
            "Escalate any strategy discussion held without a health representative to the "
            "designated nurse within one working day",
        ),
    ),
    Topic(
        "missing",
        "Strengthen the response to children who go missing from home or care, so that return "
        "home interviews are offered promptly and used to reduce risk",
        "Children missing from home and care",
        (
            "Commission an independent return home interview service that offers every child a "
            "conversation within seventy-two hours",
            "Record the findings of every return home interview in a structured form that feeds "
            "the exploitation risk assessment",
            "Hold a monthly missing children panel chaired by the head of safeguarding",
            "Map the places where missing children are found and share the analysis with the "
            "police each quarter",
            "Give foster carers and residential staff refreshed guidance on reporting a child "
            "missing",
        ),
    ),
    Topic(
        "exploitation",
        "Improve the multi-agency response to children at risk of criminal and sexual "
        "exploitation outside the home",
        "Exploitation and contextual safeguarding",
        (
            "Launch a single exploitation screening tool for use by all partner agencies",
            "Establish a weekly multi-agency child exploitation meeting with police, health, "
            "education and youth justice",
            "Deliver contextual safeguarding training to every social work team and to designated "
            "safeguarding leads in schools",
            "Develop safety plans for places of concern, such as parks and transport hubs, with "
            "community safety partners",
            "Appoint two specialist exploitation social workers to support complex cases",
        ),
    ),
    Topic(
        "assessment",
        "Raise the quality of assessments and plans for children in need so that they reflect "
        "each child's identity, history and lived experience",
        "Assessments and plans for children in need",
        (
            "Introduce a practice standard that every assessment includes the child's own words "
            "and a chronology",
            "Redesign the child in need plan template with outcomes written in plain language for "
            "children and families",
            "Hold monthly practice workshops on writing analysis in assessments",
            "Quality assure a sample of assessments every month through the audit programme",
            "Review every child in need plan at least every three months in a multi-agency meeting",
            "Include identity and cultural needs prompts in the assessment form",
        ),
    ),
    Topic(
        "permanence",
        "Reduce delay in achieving permanence for children in care, including through "
        "timely use of special guardianship and adoption",
        "Permanence for children in care",
        (
            "Hold a permanence planning meeting for every child by their second review",
            "Track the timeliness of care proceedings weekly through the legal gateway panel",
            "Strengthen support to special guardians with a dedicated support worker and a "
            "clear financial offer",
            "Recruit twenty additional foster carers through a targeted local campaign",
            "Review all children placed with parents under a care order to decide whether the "
            "order is still needed",
        ),
    ),
    Topic(
        "careleavers",
        "Increase the range of suitable accommodation for care leavers and improve the quality "
        "of pathway plans",
        "Care leavers' accommodation and pathway plans",
        (
            "Commission fifteen supported lodgings places for young people leaving care",
            "Agree a joint housing protocol with district councils that gives care leavers "
            "priority banding",
            "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
            "Give every care leaver a written summary of their entitlements at their eighteenth "
            "birthday review",
            "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
            "Set up a care leavers' hub with drop-in advice on housing, money and health",
        ),
    ),
    Topic(
        "voice",
        "Make sure that children's wishes and feelings are sought, recorded and visibly "
        "influence the plans made for them",
        "The voice of the child",
        (
            "Expand the children in care council and set up a younger members' group",
            "Provide direct work resources and tools to every social work team",
            "Record children's views in their own words at every review meeting",
            "Invite young inspectors to review services twice a year and report to the corporate "
            "parenting board",
            "Ensure independent reviewing officers meet each child before their review",
        ),
    ),
    Topic(
        "workforce",
        "Build a stable, permanent and skilled social work workforce and reduce reliance on "
        "agency staff",
        "A stable and skilled workforce",
        (
            "Launch a recruitment campaign for experienced social workers with a relocation "
            "package",
            "Offer a protected caseload and a structured programme to all newly qualified social "
            "workers",
            "Convert agency posts to permanent posts where the postholder agrees",
            "Introduce a career pathway that rewards practice expertise as well as management",
            "Hold exit interviews with every leaver and report the themes to the workforce board",
        ),
    ),
    Topic(
        "health",
        "Ensure that initial and review health assessments for children in care are completed "
        "on time and that their emotional health needs are met",
        "Health of children in care",
        (
            "Agree a timeliness pathway for initial health assessments with the designated doctor",
            "Use strengths and difficulties questionnaire scores to trigger a referral for "
            "emotional support",
            "Commission a therapeutic service for children in care with a waiting time of under "
            "six weeks",
            "Report health assessment timeliness monthly to the corporate parenting board",
            "Train foster carers in understanding trauma and attachment",
        ),
    ),
    Topic(
        "edge",
        "Improve the timeliness and consistency of decisions at the front door so that "
        "children receive the right help at the right time",
        "The front door and early help",
        (
            "Apply consistent thresholds at the front door through weekly threshold clinics with "
            "partners",
            "Complete all contacts within twenty-four hours and record the decision and its "
            "reasons",
            "Step down cases to early help with a warm handover meeting with the family",
            "Publish a revised threshold document with partners and schools",
            "Audit repeat referrals each quarter to learn why help did not last",
        ),
    ),
    Topic(
        "ehcp",
        "Improve the timeliness of education, health and care plans for children in care and "
        "the support given by the virtual school",
        "Education of children in care",
        (
            "Make sure every child in care has a personal education plan reviewed each term",
            "Reduce the time taken to issue education, health and care plans for children in care",
            "Offer tuition to every child in care who is behind in reading at age eleven",
            "Track attendance and exclusions for children in care placed out of the area",
        ),
    ),
)

PEOPLE = (
    "Amira Choudhury", "Tom Ellery", "Grace Adebayo", "Martin Hale", "Priya Nandakumar",
    "Sian Pritchard", "David Osei", "Helen Markham", "Leon Fairweather", "Ruth Kowalczyk",
    "Owen Tremayne", "Bethan Lloyd", "Joseph Mensah", "Claire Whitby", "Fatima Rahman",
)  # fmt: skip

TITLES = (
    "Head of Service, Children in Care", "Head of Safeguarding", "Principal Social Worker",
    "Assistant Director, Children's Social Care", "Service Manager, Front Door",
    "Workforce Development Lead", "Head of Virtual School", "Designated Nurse",
    "Service Manager, Care Leavers", "Head of Quality Assurance", "Director of Children's Services",
    "Commissioning Manager", "Detective Inspector, Public Protection", "Head of Early Help",
    "Service Manager, Fostering",
)  # fmt: skip

BOARDS = (
    "Improvement Board", "Practice Quality Group", "Corporate Parenting Board",
    "Safeguarding Partnership Executive", "Workforce Board", "Children's Leadership Team",
    "Performance Clinic",
)  # fmt: skip

PROGRESS = (
    "Draft agreed by partners; sign-off due at the next board",
    "First cohort completed; second cohort booked",
    "Work started; scoping meeting held with partners",
    "Completed and embedded in practice",
    "Recruitment under way; two posts filled",
    "Delayed because of staff turnover; revised plan agreed",
    "Monthly reports now in place",
    "Pilot running in two teams; evaluation due",
    "Not yet started",
    "Audit shows improvement in most records",
)  # fmt: skip

MEASURES = (
    "Audits show oversight recorded on most files",
    "Fewer repeat referrals within twelve months",
    "Children say they feel listened to",
    "Timeliness at or above the national average",
    "Staff survey shows improved confidence",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class KpiSpec:
    indicator: str
    kind: str  # 'pct', 'days', 'count', 'rate'
    higher_is_better: bool


KPIS: tuple[KpiSpec, ...] = (
    KpiSpec("Children seen within timescales on their child protection plan", "pct", True),
    KpiSpec("Assessments completed within 45 working days", "pct", True),
    KpiSpec("Re-referrals within 12 months", "pct", False),
    KpiSpec("Children in care with an up-to-date health assessment", "pct", True),
    KpiSpec("Average days from entering care to moving in with an adoptive family", "days", False),
    KpiSpec("Care leavers in suitable accommodation", "pct", True),
    KpiSpec("Return home interviews offered within 72 hours", "pct", True),
    KpiSpec("Social worker vacancy rate", "pct", False),
    KpiSpec("Number of approved foster carer households", "count", True),
    KpiSpec("Children subject to a child protection plan per 10,000 children", "rate", False),
    KpiSpec("Supervision held within four weeks", "pct", True),
    KpiSpec("Personal education plans reviewed within the term", "pct", True),
    KpiSpec("Initial child protection conferences within 15 working days", "pct", True),
    KpiSpec("Agency social workers as a share of the workforce", "pct", False),
    KpiSpec("Care leavers in education, employment or training", "pct", True),
    KpiSpec("Average caseload per social worker", "count", False),
)  # fmt: skip

AUTHORITIES = (
    "Ashbourne", "Kelderby", "Marlow Vale", "Thornwick", "Harrowfield", "Brackenmoor", "Lindale",
    "Westcombe", "Redhaven", "Sallowby", "Fenmarsh", "Oakridge",
)  # fmt: skip
