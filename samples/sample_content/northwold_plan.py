"""Northwold County Council's improvement plan answering the March 2016 inspection.

Modelled on the structure of the 2018 seed plan: per recommendation a banner quoting it (numbered
by the plan, paraphrased or cut short in places), a ruled action table (Action / Who / Date /
Governance / What we have already achieved) with sub-items a), b), i., merged Governance cells
and a table that breaks across a page with its header row repeated, impact measures, a KPI table
and a glossary laid out as two abbreviation columns. Dates are deliberately untidy.

Plan recommendation -> report recommendation: 1->1, 2->2, 3->3, 4->4 and 5, 5->6, 6->8, 7->11.
Report recommendations 7, 9 and 10 are answered by the CLA strategy action plan instead.
"""

from sample_content import squash as s

PLAN = {
    "council": "Northwold County Council",
    "title": "Children's Services Improvement Plan 2016-17",
    "subtitle": "Our response to the Ofsted inspection of services for children in need of help "
    "and protection, children looked after and care leavers (March 2016)",
    "running_header": "Northwold County Council - Children's Services Improvement Plan 2016-17",
    "footer": "Version 1.2 - approved by the Improvement Board, 19 July 2016",
    "foreword": [
        s("""Every child in Northwold deserves to be safe, to be listened to and to have the
        chance to do well. The Ofsted inspection in March 2016 found that our services for
        children require improvement to be good, and that our services for care leavers are
        inadequate. We accept the findings in full."""),
        s("""Inspectors recognised the strengths we have built on: our adoption service, our
        services for disabled children and the social work academy. They were also clear
        about where we must do better, and this plan sets out what we will do, who is
        responsible and how we will know that children's lives are improving."""),
        s("""The Improvement Board, chaired by the Chief Executive, will oversee this plan
        every month. Progress will also be reported to the Children's Scrutiny Committee and to
        the Corporate Parenting Board."""),
    ],
    "signature": ["Alison Fairbairn", "Director of Children's Services"],
    "context": [
        ("h2", "1. Context"),
        (
            "p",
            s("""1.1 Ofsted inspected Northwold's services for children in need of help and
            protection, children looked after and care leavers between 7 and 31 March 2016, and
            reviewed the Local Safeguarding Children Board (LSCB). The report was published on 20
            May 2016. The judgements were:"""),
        ),
        (
            "judgements",
            [
                ("Overall effectiveness", "Requires improvement to be good"),
                ("Children who need help and protection", "Requires improvement to be good"),
                (
                    "Children looked after and achieving permanence",
                    "Requires improvement to be good",
                ),
                ("Adoption performance", "Good"),
                ("Experiences and progress of care leavers", "Inadequate"),
                ("Leadership, management and governance", "Requires improvement to be good"),
                ("Effectiveness of the LSCB", "Requires improvement to be good"),
            ],
        ),
        (
            "p",
            s("""1.2 The report made eleven recommendations to the local authority and three to
            the LSCB. This plan responds to recommendations 1 to 6, 8 and 11 of the report, in
            seven sections. Recommendations 7, 9 and 10 (local foster placements, personal
            education plans, and education, employment and training for care leavers) are
            addressed in the Children Looked After Strategy action plan, and the LSCB's
            recommendations are addressed in the LSCB business plan."""),
        ),
        (
            "p",
            s("""1.3 Each section quotes the recommendation, sets out our actions, and lists the
            impact measures and key performance indicators (KPIs) that the Improvement Board will
            use to judge progress. RAG ratings for KPIs compare March 2016 performance with our
            statistical neighbours. Actions are numbered by section."""),
        ),
    ],
    "action_columns": ["Action", "Who", "Date", "Governance", "What we have already achieved"],
    "kpi_columns": ["Code", "Indicator", "Figure will:", "March 2016", "RAG", "Target March 2017"],
    "sections": [
        {
            "number": "1",
            "heading": s("""Ensure that all children who are the subject of a strategy discussion
            have their circumstances considered by police, health and children's social care
            together, and that the rationale for the decision to proceed, or not, to a section 47
            enquiry is clearly recorded"""),
            "actions": [
                {
                    "ref": "1.1",
                    "text": [
                        s("""Agree a multi-agency protocol for strategy discussions with
                        Northwold Police and the Clinical Commissioning Group (CCG),
                        including:"""),
                        s("""a) attendance of a named health professional at every strategy
                        discussion held in office hours"""),
                        "b) use of telephone conferencing when partners cannot attend in person",
                        "c) escalation when a partner does not attend",
                    ],
                    "who": "Assistant Director, Safeguarding",
                    "date": "31 July 2016",
                    "governance": "Improvement Board",
                    "governance_rows": 2,
                    "achieved": s("""Draft protocol agreed by the three agencies at the MASH
                    Operational Group on 14 June 2016"""),
                },
                {
                    "ref": "1.2",
                    "text": [
                        s("""Introduce a strategy discussion recording template on ICS with
                        mandatory fields for attendance, information shared and the rationale
                        for the decision"""),
                    ],
                    "who": "Head of Service, MASH and Assessment",
                    "date": "31 August 2016",
                    "governance": None,
                    "achieved": "Template designed and tested with two teams",
                },
                {
                    "ref": "1.3",
                    "text": [
                        s("""Monthly audit of 20 strategy discussions by the QA team, with
                        findings reported to the LSCB Performance and Quality Subgroup"""),
                    ],
                    "who": "Principal Social Worker",
                    "date": "Sept 16",
                    "governance": "LSCB Executive",
                    "achieved": None,
                },
            ],
            "impact": [
                (
                    "Quality audit",
                    [
                        s("""Audits show that health information is shared at strategy
                        discussions and that the decision and its rationale are recorded -
                        Monthly"""),
                    ],
                ),
                (
                    "Feedback",
                    [
                        s("""Partners attending strategy discussions say that they are able to
                        contribute and understand the decision - Six monthly"""),
                    ],
                ),
            ],
            "kpis": [
                (
                    "CS1.4",
                    "Strategy discussions with health representation recorded",
                    "Increase",
                    "45%",
                    "Red",
                    "90%",
                ),
                (
                    "CS1.5",
                    "Section 47 enquiries completed within 15 working days",
                    "Increase",
                    "71.2%",
                    "Amber",
                    "85%",
                ),
                (
                    "NEW",
                    "Strategy discussions audited as good or better",
                    "Increase",
                    "tbc",
                    "n/a",
                    "75%",
                ),
            ],
        },
        {
            "number": "2",
            "heading": s("""Strengthen the response to children who go missing from home or
            care, so that every child is offered a return home interview within 72 hours and the
            information gathered is analysed and used to reduce risk, including the risk of
            CSE"""),
            "actions": [
                {
                    "ref": "2.1",
                    "text": [
                        s("""Recommission the return home interview service so that interviews
                        are offered within 72 hours by an independent worker, with a named
                        worker for children placed out of county"""),
                    ],
                    "who": "Head of Commissioning (Children)",
                    "date": "31 October2016",
                    "governance": "Improvement Board",
                    "achieved": s("""Specification drafted; market engagement event held on 23
                    June 2016"""),
                },
                {
                    "ref": "2.2",
                    "text": [
                        s("""Daily missing report from the police to the MASH; team managers to
                        ensure that a return home interview is offered for every episode and
                        that refusals are followed up:"""),
                        s("""a) second offer made by the allocated social worker within 5
                        working days"""),
                        "b) refusals recorded and reviewed by the team manager",
                    ],
                    "who": "Head of Service, MASH and Assessment",
                    "date": "Sept 16",
                    "governance": "Missing and CSE Operational Group",
                    "achieved": "Daily report in place since April 2016",
                },
                {
                    "ref": "2.3",
                    "text": [
                        s("""Analyse return home interview information each month to identify
                        patterns, locations and adults of concern, and share the analysis with
                        the police and the CSE team"""),
                    ],
                    "who": "Performance and Intelligence Manager",
                    "date": "Ongoing",
                    "governance": "LSCB Missing and CSE Subgroup",
                    "achieved": s("""First analysis presented to the subgroup in June 2016; two
                    locations of concern identified and shared with the police"""),
                },
                {
                    "ref": "2.4",
                    "text": [
                        s("""Refresh the CSE strategic profile to include information from
                        missing episodes and return home interviews"""),
                    ],
                    "who": "CSE Team Manager / Detective Inspector, Public Protection",
                    "date": "by end of May",
                    "governance": "LSCB Executive",
                    "achieved": "Data sharing agreement with the police signed",
                },
            ],
            "impact": [
                (
                    "Quality audit",
                    [
                        s("""Audits show that information from return home interviews is used
                        to update children's plans - Quarterly"""),
                    ],
                ),
                (
                    "Feedback",
                    [
                        s("""Children say that someone they trust talked to them when they came
                        back and that it helped - Six monthly"""),
                    ],
                ),
            ],
            "kpis": [
                (
                    "CS3.2",
                    "Return home interviews offered within 72 hours",
                    "Increase",
                    "46%",
                    "Red",
                    "85%",
                ),
                (
                    "CS3.3",
                    "Return home interviews declined by the child (missing episodes in brackets)",
                    "Decrease",
                    "66 (611)",
                    "Red",
                    "tbc",
                ),
                (
                    "CS3.1",
                    "Missing episodes for children looked after",
                    "Decrease",
                    "14/month (average)",
                    "Amber",
                    "Less than 10 per month",
                ),
            ],
        },
        {
            "number": "3",
            "heading": s("""Ensure that all care leavers have an up-to-date pathway plan that is
            written with them, sets out clear actions and timescales, and is reviewed at least
            every six months"""),
            "actions": [
                {
                    "ref": "3.1",
                    "text": [
                        s("""Redesign the pathway plan with members of Voice of Northwold and the
                        Care Leavers' Forum, so that it is shorter, written to the young person
                        and includes:"""),
                        "a) the young person's own goals",
                        "b) accommodation, health, money and EET sections",
                        "c) a contingency plan",
                    ],
                    "who": "Head of Service, Leaving Care",
                    "date": "30 September 2016",
                    "governance": "Corporate Parenting Board",
                    "achieved": "Two co-production workshops held with 14 young people",
                },
                {
                    "ref": "3.2",
                    "text": [
                        s("""Every care leaver whose plan has not been reviewed in the last six
                        months to have a review completed; team managers to track completion
                        weekly"""),
                    ],
                    "who": "Leaving Care Team Managers",
                    "date": "31 August 2016",
                    "governance": "Improvement Board",
                    "governance_rows": 2,
                    "achieved": s("""138 plans were out of date at the inspection; 61 reviewed
                    by 30 June 2016"""),
                },
                {
                    "ref": "3.3",
                    "text": [
                        s("""Recruit three additional personal advisers so that caseloads are no
                        more than 25"""),
                    ],
                    "who": "Head of Service, Leaving Care",
                    "date": "Sept 16",
                    "governance": None,
                    "achieved": s("""Funding agreed by Cabinet on 7 June 2016; two posts
                    offered"""),
                },
                {
                    "ref": "3.4",
                    "text": [
                        s("""Introduce an annual care leaver survey and use the results to
                        improve the local offer"""),
                    ],
                    "who": "Participation Manager",
                    "date": "Mar 17",
                    "governance": "Corporate Parenting Board",
                    "achieved": None,
                },
            ],
            "impact": [
                (
                    "Feedback",
                    [
                        s("""Care leavers say that they helped to write their pathway plan and
                        know what is in it - Six monthly"""),
                    ],
                ),
            ],
            "kpis": [
                (
                    "CS4.2",
                    "Eligible care leavers with a pathway plan reviewed in the last 6 months",
                    "Increase",
                    "59.0%",
                    "Red",
                    "95%",
                ),
                (
                    "CS4.6",
                    "Care leavers in suitable accommodation",
                    "Increase",
                    "81.5%",
                    "Amber",
                    "90%",
                ),
                (
                    "NEW",
                    "Care leavers placed in bed and breakfast accommodation",
                    "Decrease",
                    "Less than 1 per month",
                    "Amber",
                    "0",
                ),
            ],
        },
        {
            "number": "4",
            "heading": s("""Improve the quality of assessments so that they consider family
            history, the lived experience of the child and the views of fathers ... and ensure
            that child in need and child protection plans are specific, measurable and
            time-bound, with contingency arrangements"""),
            "actions": [
                {
                    "ref": "4.1",
                    "text": [
                        s("""Re-establish the Assessment and Planning task and finish group (to
                        include an IRO and a child protection chair) to:"""),
                        s("""a) revise the single assessment template so that it prompts
                        consideration of:"""),
                        "i. family history and previous involvement",
                        "ii. the views of fathers and other significant adults",
                        "iii. the child's daily lived experience",
                        "b) introduce a chronology that is updated at every significant event",
                        s("""c) agree practice standards for re-assessment when a child's
                        circumstances change"""),
                    ],
                    "who": "Principal Social Worker",
                    "date": "31 August 2016",
                    "governance": "Practice Improvement Group",
                    "achieved": s("""The task and finish group has met twice. The revised
                    template is being tested by the Saltby assessment team. This is on track and
                    will be in place by the end of August"""),
                },
                {
                    "ref": "4.2",
                    "text": [
                        s("""Deliver a programme of assessment and analysis training for all
                        social workers and team managers, using case examples from audits"""),
                    ],
                    "who": "Workforce Development Manager",
                    "date": "31 December 2016",
                    "governance": "Practice Improvement Group",
                    "achieved": "Training commissioned; first four cohorts booked",
                },
                {
                    "ref": "4.3",
                    "text": [
                        s("""Introduce a SMART planning template for child in need and child
                        protection plans, with:"""),
                        "a) outcomes written in language that families understand",
                        "b) named people and timescales for each action",
                        s("""c) a contingency plan section that must be completed before the
                        plan is authorised"""),
                    ],
                    "who": "Head of Service, Child Protection and Children in Need",
                    "date": "Sept 16",
                    "governance": "Improvement Board",
                    "governance_rows": 2,
                    "achieved": "Template agreed by the LSCB Procedures Subgroup",
                },
                {
                    "ref": "4.4",
                    "text": [
                        s("""Core group minutes to record progress against each outcome in the
                        plan using a simple scale; child protection chairs to check this at
                        every review conference"""),
                    ],
                    "who": "Service Manager, Child Protection Conferences",
                    "date": "30 November 2016",
                    "governance": None,
                    "achieved": None,
                },
                {
                    "ref": "4.5",
                    "text": [
                        s("""Monthly thematic audits of assessments and plans, with learning
                        shared through practice weeks:"""),
                        "a) June: contingency planning",
                        "b) July: fathers and significant adults",
                        "c) September: the lived experience of the child",
                    ],
                    "who": "Head of Quality Assurance",
                    "date": "Ongoing",
                    "governance": "Practice Improvement Group",
                    "achieved": s("""June audit completed: 9 of 20 plans had a contingency
                    plan"""),
                },
            ],
            "impact": [
                (
                    "Quality audit",
                    [
                        s("""Audits show that assessments consider family history and the views
                        of fathers, and that analysis leads to the plan - Quarterly"""),
                        s("""Audits show that plans are SMART and include a contingency plan -
                        Quarterly"""),
                    ],
                ),
                (
                    "Feedback",
                    [
                        s("""Parents say that they understand their plan and what needs to
                        change - Six monthly"""),
                    ],
                ),
            ],
            "kpis": [
                (
                    "CS2.1",
                    "Assessments completed within 45 working days",
                    "Maintain",
                    "84.0%",
                    "Green",
                    "85%",
                ),
                (
                    "CS2.5",
                    "Children subject of a second or subsequent child protection plan "
                    "within 2 years",
                    "Decrease",
                    "11.3%",
                    "Red",
                    "8%",
                ),
                (
                    "CS2.7",
                    "Child protection plans lasting 2 years or more",
                    "Decrease",
                    "3.1%",
                    "Amber",
                    "2%",
                ),
                ("NEW", "Plans audited as good or better", "Increase", "38%", "Red", "65%"),
            ],
        },
        {
            "number": "5",
            "heading": s("""Work with partner agencies to ensure that thresholds are understood
            and applied consistently in the MASH and by referring agencies"""),
            "actions": [
                {
                    "ref": "5.1",
                    "text": [
                        s("""Review and relaunch the Northwold threshold document ('Right help,
                        right time') with partners, with specific reference to early help"""),
                    ],
                    "who": "LSCB Business Manager",
                    "date": "31 October 2016",
                    "governance": "LSCB Executive",
                    "governance_rows": 2,
                    "achieved": s("""Project group established; draft circulated to partners for
                    consultation"""),
                },
                {
                    "ref": "5.2",
                    "text": [
                        s("""Deliver threshold roadshows in each district for schools, GP
                        practices and police response teams"""),
                    ],
                    "who": "LSCB Learning and Improvement Subgroup",
                    "date": "Mar 17",
                    "governance": None,
                    "achieved": None,
                },
                {
                    "ref": "5.3",
                    "text": [
                        s("""Introduce a MASH consultation line for professionals to discuss
                        concerns before making a referral"""),
                    ],
                    "who": "Head of Service, MASH and Assessment",
                    "date": "tbc",
                    "governance": "Improvement Board",
                    "achieved": s("""Options appraisal to be presented to the Improvement Board
                    in September"""),
                },
            ],
            "kpis": [
                (
                    "EW",
                    "Contacts to MASH resulting in no further action (rolling 12 months)",
                    "Decrease",
                    "34.7%",
                    "Red",
                    "25%",
                ),
                (
                    "EH2.0",
                    "Number of active early help plans",
                    "Increase",
                    "3187",
                    "n/a",
                    "Increase",
                ),
                (
                    "EH3.6",
                    "Early help assessments stepped up to children's social care",
                    "n/a",
                    "131",
                    "n/a",
                    "n/a",
                ),
            ],
        },
        {
            "number": "6",
            "heading": s("""Ensure that independent reviewing officers monitor the progress of
            children's care plans between reviews and use the dispute resolution process
            promptly when plans drift"""),
            "actions": [
                {
                    "ref": "6.1",
                    "text": ["Recruit four additional IROs to reduce average caseloads to 65"],
                    "who": "Head of Service, Safeguarding and Reviewing",
                    "date": "30 September 2016",
                    "governance": "Improvement Board",
                    "achieved": "Two IROs appointed and started in June 2016",
                },
                {
                    "ref": "6.2",
                    "text": [
                        s("""Introduce a mid-point review check for every child looked after,
                        recorded on ICS, and a quarterly IRO report to the Corporate Parenting
                        Board"""),
                    ],
                    "who": "Head of Service, Safeguarding and Reviewing",
                    "date": "Nov 16",
                    "governance": "Corporate Parenting Board",
                    "achieved": None,
                },
                {
                    "ref": "6.3",
                    "text": [
                        s("""Relaunch the dispute resolution process with clear escalation
                        timescales and report its use to the Improvement Board. IROs to escalate
                        any care plan without a contingency arrangement (this action also
                        responds to recommendation 4)"""),
                    ],
                    "who": "IRO Service Manager",
                    "date": "31 August 2016",
                    "governance": "Improvement Board",
                    "achieved": "Revised process drafted",
                },
            ],
            "kpis": [
                ("CS5.1", "Average IRO caseload", "Decrease", "92", "Red", "65"),
            ],
        },
        {
            "number": "7",
            "heading": s("""Ensure that all social workers receive regular, reflective supervision
            that is recorded, and that managers' oversight of casework challenges drift and
            delay"""),
            "actions": [
                {
                    "ref": "7.1",
                    "text": [
                        s("""Revise the supervision policy and introduce a reflective supervision
                        recording template on ICS"""),
                    ],
                    "who": "Principal Social Worker",
                    "date": "31 July 2016",
                    "governance": "Workforce Board",
                    "governance_rows": 2,
                    "achieved": "Policy revised and agreed by DMT on 21 June 2016",
                },
                {
                    "ref": "7.2",
                    "text": [
                        s("""Deliver reflective supervision training to all team managers and
                        assistant team managers"""),
                    ],
                    "who": "Workforce Development Manager",
                    "date": "Dec 16",
                    "governance": None,
                    "achieved": None,
                },
                {
                    "ref": "7.3",
                    "text": [
                        s("""Weekly performance report on supervision compliance for every team;
                        heads of service to follow up any team below 90%"""),
                    ],
                    "who": "Assistant Director, Children's Social Care",
                    "date": "Ongoing",
                    "governance": "Improvement Board",
                    "achieved": "Report in place since May 2016; compliance 79% in June",
                },
                {
                    "ref": "7.4",
                    "text": [
                        s("""Reduce reliance on agency social workers through a recruitment and
                        retention package:"""),
                        "a) market supplement for experienced social workers",
                        "b) second cohort of the social work academy",
                        "c) career progression framework",
                    ],
                    "who": "Assistant Director, Children's Social Care / Head of HR",
                    "date": "31 January 2017",
                    "governance": "Workforce Board",
                    "achieved": s("""Second academy cohort of 16 NQSWs starts in September
                    2016"""),
                },
            ],
            "kpis": [
                ("WF1.2", "Supervision held within timescale", "Increase", "68%", "Red", "90%"),
                ("WF1.4", "Average caseload per social worker", "Decrease", "22", "Amber", "18"),
                (
                    "WF1.1",
                    "Agency social workers as a proportion of the workforce",
                    "Decrease",
                    "24%",
                    "Red",
                    "15%",
                ),
            ],
        },
    ],
    "glossary": [
        ("CAMHS", "Child and Adolescent Mental Health Services"),
        ("CCG", "Clinical Commissioning Group"),
        ("CIN", "Child in Need"),
        ("CLA", "Children Looked After"),
        ("CP", "Child Protection"),
        ("CSE", "Child Sexual Exploitation"),
        ("DMT", "Directorate Management Team"),
        ("EET", "Education, Employment or Training"),
        ("EHA", "Early Help Assessment"),
        ("HR", "Human Resources"),
        ("ICS", "Integrated Children's System (electronic case record)"),
        ("IRO", "Independent Reviewing Officer"),
        ("LSCB", "Northwold Local Safeguarding Children Board"),
        ("MACSE", "Multi-Agency Child Sexual Exploitation meeting"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
        ("NQSW", "Newly Qualified Social Worker"),
        ("PEP", "Personal Education Plan"),
        ("QA", "Quality Assurance"),
        ("RAG", "Red, Amber, Green rating"),
        ("SMART", "Specific, Measurable, Achievable, Realistic and Time-bound"),
    ],
    "contact": [
        "Contact: Improvement Programme Manager, Children's Services, County Hall, Northwold",
        "improvement.programme@northwold.example.gov.uk",
    ],
}
