"""Northwold's Children Looked After Strategy action plan, year 1 (landscape).

Modelled on the seed CLA strategy action plan: one table per theme, the theme name in a merged
left-hand cell spanning all its rows, columns Rec / Actions / Milestones / Link to other plans /
Update to board / Lead. The Rec column cites the inspection report's own recommendation numbers
(3, 7, 9 and 10); some actions answer two, some none. Bulleted sub-items sit inside cells.
"""

from sample_content import squash as s

PLAN = {
    "council": "Northwold County Council",
    "title": "Northwold Children Looked After Strategy 2016-2019",
    "subtitle": "Action Plan Year 1 (2016-17)",
    "running_header": "Northwold CLA Strategy 2016-19 - Action Plan Year 1",
    "footer": "Corporate Parenting Board, 8 September 2016 - Item 6",
    "intro": [
        (
            "p",
            s("""This document sets out the action plan for the first year of the Children
            Looked After Strategy. The actions show how the council and its partners will meet
            their duties as corporate parents. The Corporate Parenting Board (CPB) meets every
            two months and will receive updates on progress via:"""),
        ),
        (
            "bullets",
            [
                "Standing reports and updates",
                "One-off deep dives, which explore a single topic in depth",
                "A six-monthly report on progress in delivering the strategy (November and May)",
            ],
        ),
        (
            "p",
            s("""The strategy was written with Voice of Northwold, the Children in Care Council,
            and with foster carers, residential staff and partners in health, education and the
            police. Its five themes reflect what children and young people told us matters most
            to them: a stable home close to the people they love, doing well at school, being
            ready for adult life, being listened to, and being healthy."""),
        ),
        (
            "p",
            s("""The plan also responds to four recommendations of the Ofsted inspection of
            March 2016. They are listed below with the numbers used in the inspection report,
            and the Rec column in each table shows which actions answer them. The other
            recommendations are addressed in the Children's Services Improvement Plan
            2016-17."""),
        ),
    ],
    "recommendations": [
        (
            "3",
            s("""Ensure that all care leavers have an up-to-date pathway plan that is written
            with them, sets out clear actions and timescales, and is reviewed at least every six
            months."""),
        ),
        (
            "7",
            s("""Increase the number of local foster placements, including for sibling groups
            and older children, so that fewer children live more than 20 miles from their home
            community."""),
        ),
        (
            "9",
            s("""Ensure that every child looked after has a personal education plan (PEP) that is
            completed on time, is of good quality and sets targets that help to raise
            attainment."""),
        ),
        (
            "10",
            s("""Improve the range of education, employment and training opportunities for care
            leavers, including apprenticeships within the council and its partners, and monitor
            take-up."""),
        ),
    ],
    "columns": [
        "Theme",
        "Rec",
        "Actions",
        "Milestones",
        "Link to other plans",
        "Update to board",
        "Lead",
    ],
    "themes": [
        {
            "principle": s("""Theme 1: Children looked after live in stable homes, as close to
            their families, friends and schools as is safe for them."""),
            "name": "Stable homes, close to home (Sufficiency)",
            "actions": [
                {
                    "rec": "7",
                    "actions": [
                        s("""Deliver the 'Foster for Northwold' recruitment campaign, targeting
                        carers for:"""),
                        "• teenagers",
                        "• sibling groups of three or more",
                        "• parent and child placements",
                    ],
                    "milestones": "35 new fostering households approved (Mar 17)",
                    "link": "Placement Sufficiency Strategy 2016-19",
                    "update": "Standing item at each CPB",
                    "lead": "Head of Service, Fostering and Adoption",
                },
                {
                    "rec": "7",
                    "actions": [
                        s("""Review fostering allowances and the support offer to foster carers,
                        including a retainer for carers of sibling groups"""),
                    ],
                    "milestones": "Cabinet decision Sept 16",
                    "link": "Medium Term Financial Plan",
                    "update": "Report to CPB (Oct 16)",
                    "lead": "Head of Service, Fostering and Adoption",
                },
                {
                    "rec": "7",
                    "actions": [
                        s("""Placement panel to approve every placement more than 20 miles from
                        Northwold and review each one at least every three months"""),
                    ],
                    "milestones": "Ongoing",
                    "link": None,
                    "update": "Quarterly performance report",
                    "lead": "Head of Service, Children in Care",
                },
                {
                    "rec": None,
                    "actions": [
                        s("""Open a four-bed children's home in the south of the county for
                        young people with complex needs"""),
                    ],
                    "milestones": "Registration with Ofsted (Dec 16)",
                    "link": "Capital Programme 2016-18",
                    "update": "Deep dive (Jan 17)",
                    "lead": "Head of Residential Services",
                },
            ],
        },
        {
            "principle": s("""Theme 2: Children looked after do well at school and are
            supported to achieve their ambitions."""),
            "name": "Learning and achieving (Education)",
            "actions": [
                {
                    "rec": "9",
                    "actions": [
                        s("""Introduce an electronic PEP (ePEP) that social workers, designated
                        teachers and carers complete together, with targets linked to the
                        child's attainment data"""),
                    ],
                    "milestones": "Launch Oct 16",
                    "link": "Virtual School Development Plan",
                    "update": "6 month CLA Strategy report (Nov 16, May 17)",
                    "lead": "Virtual School Headteacher",
                },
                {
                    "rec": "9",
                    "actions": [
                        s("""Virtual school to quality assure every PEP each term and return any
                        PEP judged as requires improvement to the school and social
                        worker"""),
                    ],
                    "milestones": "December 2016",
                    "link": "Virtual School Development Plan",
                    "update": "Updates at each Board",
                    "lead": "Virtual School Headteacher",
                },
                {
                    "rec": None,
                    "actions": [
                        s("""Use pupil premium plus to fund one-to-one tuition in English and
                        maths for children in years 10 and 11"""),
                    ],
                    "milestones": "Sept 16",
                    "link": "Pupil Premium Plus policy",
                    "update": "Attainment report (Jan 17)",
                    "lead": "Virtual School Headteacher",
                },
            ],
        },
        {
            "principle": s("""Theme 3: Young people leaving care are prepared for adulthood and
            have the same chances as other young people in Northwold."""),
            "name": "Preparing for adulthood (Care leavers)",
            "actions": [
                {
                    "rec": "3",
                    "actions": [
                        s("""Launch the redesigned pathway plan, co-produced with care leavers,
                        and train all personal advisers in its use"""),
                    ],
                    "milestones": "Training complete Nov 16",
                    "link": "Children's Services Improvement Plan 2016-17",
                    "update": "Findings of audit to CPB (Feb 17)",
                    "lead": "Head of Service, Leaving Care",
                },
                {
                    "rec": "10",
                    "actions": [
                        s("""Create ten ring-fenced council apprenticeships for care leavers, with
                        a work experience offer in every directorate"""),
                    ],
                    "milestones": "First ten apprentices in post (Jan 17)",
                    "link": "Council Apprenticeship Strategy",
                    "update": "Standing item",
                    "lead": "Head of HR / Head of Service, Leaving Care",
                },
                {
                    "rec": "10",
                    "actions": [
                        s("""Agree a care leaver offer with Northwold College and local
                        employers:"""),
                        "• bursary and named contact at the college",
                        "• guaranteed interview scheme with partner employers",
                    ],
                    "milestones": "Offer agreed Dec 16",
                    "link": "Northwold Skills Plan",
                    "update": "6 month CLA Strategy report (May 17)",
                    "lead": "Head of Service, Leaving Care",
                },
                {
                    "rec": "3, 10",
                    "actions": [
                        s("""Personal advisers to review every pathway plan with the young
                        person at least every six months, with an EET goal in every plan;
                        monthly tracking of EET status"""),
                    ],
                    "milestones": "Mar 17",
                    "link": "Children's Services Improvement Plan 2016-17",
                    "update": "Quarterly performance report",
                    "lead": "Leaving Care Team Managers",
                },
            ],
        },
        {
            "principle": s("""Theme 4: Children and young people are listened to and their views
            shape the services they receive."""),
            "name": "Voice and participation",
            "actions": [
                {
                    "rec": None,
                    "actions": [
                        s("""Refresh the Pledge with Voice of Northwold and publish it in a
                        young-person-friendly format"""),
                    ],
                    "milestones": "Pledge relaunched at the CPB (Nov 16)",
                    "link": None,
                    "update": "Standing item giving update",
                    "lead": "Participation Manager",
                },
                {
                    "rec": None,
                    "actions": [
                        s("""Run an annual 'Your Voice' survey of children looked after, including
                        those placed outside Northwold"""),
                    ],
                    "milestones": "Results reported Feb 17",
                    "link": "Participation Strategy",
                    "update": "Deep dive (Mar 17)",
                    "lead": "Participation Manager",
                },
            ],
        },
        {
            "principle": s("""Theme 5: Children looked after and care leavers are healthy and
            get help with their emotional well-being when they need it."""),
            "name": "Healthy lives (Health and well-being)",
            "actions": [
                {
                    "rec": None,
                    "actions": [
                        s("""Agree with CAMHS a fast-track pathway for children looked after, with
                        a first appointment within 6 weeks of referral"""),
                    ],
                    "milestones": "Pathway agreed (Oct 16); 6-week standard met (Mar 17)",
                    "link": "Local Transformation Plan for CAMHS",
                    "update": "Deep dive on emotional health (Dec 16)",
                    "lead": "Designated Nurse, Children Looked After / CAMHS Service Manager",
                },
                {
                    "rec": None,
                    "actions": [
                        s("""Use the Strengths and Difficulties Questionnaire (SDQ) score to
                        trigger a consultation with the CAMHS link worker when the score is 17
                        or above"""),
                    ],
                    "milestones": "Nov 16",
                    "link": "Local Transformation Plan for CAMHS",
                    "update": "6 month CLA Strategy report (May 17)",
                    "lead": "Head of Service, Children in Care",
                },
                {
                    "rec": "3",
                    "actions": [
                        s("""Give every care leaver a written summary of their health history
                        before their 18th birthday, and record this in the pathway plan"""),
                    ],
                    "milestones": "Jan 17",
                    "link": "Health of Looked After Children Annual Report",
                    "update": "Standing item",
                    "lead": "Designated Nurse, Children Looked After",
                },
                {
                    "rec": None,
                    "actions": [
                        s("""Offer foster carers and residential staff training in trauma-informed
                        care, including:"""),
                        "• attachment and relationships",
                        "• responding to self-harm",
                        "• the impact of exploitation",
                    ],
                    "milestones": "Two cohorts per term from Sept 16",
                    "link": "Workforce Development Plan",
                    "update": "6 month CLA Strategy report (Nov 16, May 17)",
                    "lead": "Head of Service, Fostering and Adoption",
                },
            ],
        },
    ],
    "closing": s("""Actions for years 2 and 3 of the strategy will be agreed by the Corporate
    Parenting Board in March 2017, taking account of progress against this plan and of the
    Ofsted monitoring visits."""),
}
