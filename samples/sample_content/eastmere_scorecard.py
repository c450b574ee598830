"""Eastmere's quarterly improvement scorecard: priorities, an action tracker and KPIs.

Other column words than the Northwold plan: Priority / Responsible / By when / Status / Update
for actions, and Measure / Good is / Baseline (Sep 2024) / Target (Mar 2026) / Latest / Trend /
Service lead / Status for KPIs. Status is a colour word in a coloured cell; "Blue" means
complete. Priorities are labelled P1-P6; P6 joins two report recommendations, and action 3
answers two priorities. All tables are ruled.

Plan priority -> report recommendation (ordinal): P1->1, P2->2, P3->3, P4->4, P5->5, P6->6 and 7.
"""

from sample_content import squash as s

PLAN = {
    "council": "Eastmere Borough Council",
    "title": "Children's Services Improvement Plan: Scorecard",
    "period": "Quarter 3 2024/25 (data to 31 December 2024)",
    "running_header": "Eastmere Improvement Plan Scorecard - Q3 2024/25",
    "footer": "Children's Improvement Board - 23 January 2025",
    "intro": [
        (
            "p",
            s("""This scorecard tracks the actions and measures agreed in response to the Ofsted
            inspection of June 2024. It is produced each quarter by the Performance and
            Intelligence Team and presented to the Children's Improvement Board alongside the
            full improvement plan."""),
        ),
    ],
    "status_key": "Status key: Blue - complete; Green - on track; Amber - at risk of slipping; "
    "Red - off track.",
    "priority_columns": ["Priority", "Ofsted area for improvement (June 2024)", "Executive lead"],
    "priorities": [
        (
            "P1",
            s("""The timeliness and quality of strategy meetings, including the attendance of
            police and health partners"""),
            "Director of Children's Social Care",
        ),
        (
            "P2",
            s("""The quality of assessments and plans for children in need, so that they
            reflect children's identity, history and lived experience"""),
            "Director of Children's Social Care",
        ),
        (
            "P3",
            s("""The response to children at risk of harm outside the home (return home
            interviews, safety planning and oversight of criminal exploitation)"""),
            "Director of Early Help and Prevention",
        ),
        (
            "P4",
            s("""Management oversight and supervision in the assessment and child in need
            teams"""),
            "Director of Children's Social Care",
        ),
        (
            "P5",
            s("""The timeliness of connected carer assessments and the support offered to
            special guardians"""),
            "Director of Corporate Parenting",
        ),
        (
            "P6",
            s("""Care leavers: suitable accommodation, including for young people leaving
            custody; the quality of pathway plans and young people's understanding of their
            entitlements"""),
            "Director of Corporate Parenting",
        ),
    ],
    "action_columns": ["No.", "Priority", "Action", "Responsible", "By when", "Status", "Update"],
    "actions": [
        (
            "1",
            "P1",
            s("""Weekly report to the Director on strategy meeting timeliness and attendance by
            agency"""),
            "Head of Service, EASH",
            "Sept 24",
            "Blue",
            "Complete - report issued weekly since 2 September",
        ),
        (
            "2",
            "P1",
            s("""Escalation protocol for strategy meetings that police or health do not
            attend"""),
            "Director of Children's Social Care",
            "Dec 24",
            "Amber",
            "Agreed by police; awaiting ICB sign-off in January",
        ),
        (
            "3",
            "P2, P4",
            s("""Practice week on assessment analysis, followed by supervision sessions focused
            on each child's lived experience"""),
            "Principal Social Worker",
            "Nov 24",
            "Green",
            "Practice week held 4 to 8 November; 86 staff attended",
        ),
        (
            "4",
            "P2",
            s("""Case closure checklist for children in need, authorised by a team
            manager"""),
            "Head of Service, Assessment and Intervention",
            "Jan 25",
            "Green",
            "Checklist in use in two of four teams",
        ),
        (
            "5",
            "P3",
            "Return home interview dashboard by child and by placement",
            "Performance and Intelligence Manager",
            "Dec 24",
            "Red",
            "Data quality problems with the provider's returns; revised date March 2025",
        ),
        (
            "6",
            "P3",
            "MACE panel action tracker, reviewed quarterly",
            "Head of Service, Adolescents and Exploitation",
            "Mar 25",
            "Amber",
            "Tracker designed; first review due February",
        ),
        (
            "7",
            "P4",
            "Supervision compliance report by team and by manager",
            "Heads of Service",
            "31 Oct 2024",
            "Green",
            "In place; compliance 81% in December",
        ),
        (
            "8",
            "P5",
            s("""Dedicated connected persons assessment team to complete viability assessments
            within 10 working days and full assessments within 16 weeks"""),
            "Head of Service, Fostering",
            "Q4 2024/25",
            "Amber",
            "Two of three social workers appointed",
        ),
        (
            "9",
            "P5",
            s("""Relaunch the special guardianship support offer, with a named support worker
            and an annual support review"""),
            "Head of Service, Permanence",
            "Apr 25",
            "Green",
            "Offer drafted with the special guardians' reference group",
        ),
        (
            "10",
            "P6",
            "Supported accommodation tender (12 additional places)",
            "Head of Commissioning, Children and Young People",
            "Q2 2025/26",
            "Amber",
            "Evaluation complete; contract award delayed to February",
        ),
        (
            "11",
            "P6",
            "New pathway plan and local offer guide for care leavers",
            "Head of Service, Care Leavers",
            "Mar 25",
            "Green",
            "Guide published in November; new plan in testing",
        ),
    ],
    "kpi_intro": [
        s("""Good is: High means a higher figure is better; Low means a lower figure is better.
        Latest is the position at 31 December 2024. Trend compares the latest figure with the
        baseline."""),
    ],
    "kpi_columns": [
        "Ref",
        "Measure",
        "Good is",
        "Baseline (Sep 2024)",
        "Target (Mar 2026)",
        "Latest",
        "Trend",
        "Service lead",
        "Status",
    ],
    "kpis": [
        ("group", "P1 Strategy meetings"),
        (
            "K1",
            "Strategy meetings held within 1 working day of the decision",
            "High",
            "71%",
            "95%",
            "78%",
            "Improving",
            "Head of Service, EASH",
            "Amber",
        ),
        (
            "K2",
            "Strategy meetings attended by health",
            "High",
            "46%",
            "90%",
            "52%",
            "Improving",
            "Head of Service, EASH",
            "Red",
        ),
        ("group", "P2 Assessments and plans for children in need"),
        (
            "K3",
            "Assessments audited as good or better",
            "High",
            "48%",
            "75%",
            "55%",
            "Improving",
            "Head of Quality Assurance",
            "Amber",
        ),
        (
            "K4",
            "Re-referrals within 12 months",
            "Low",
            "22.4%",
            "18%",
            "21.9%",
            "Stable",
            "Head of Service, Assessment and Intervention",
            "Amber",
        ),
        ("group", "P3 Children at risk of harm outside the home"),
        (
            "K5",
            "Return home interviews completed within 72 hours",
            "High",
            "58%",
            "85%",
            "49%",
            "Declining",
            "Head of Service, Adolescents and Exploitation",
            "Red",
        ),
        (
            "K6",
            "Children discussed at MACE whose risk has reduced after 3 months",
            "High",
            "n/a",
            "60%",
            "38%",
            "New",
            "Head of Service, Adolescents and Exploitation",
            "n/a",
        ),
        ("group", "P4 Management oversight and supervision"),
        (
            "K7",
            "Supervision within 4 weeks (assessment and CIN teams)",
            "High",
            "63%",
            "90%",
            "81%",
            "Improving",
            "Heads of Service",
            "Green",
        ),
        (
            "K8",
            "Average caseload, assessment teams",
            "Low",
            "23",
            "17",
            "20",
            "Improving",
            "Head of Service, Assessment and Intervention",
            "Amber",
        ),
        ("group", "P5 Connected carers and special guardians"),
        (
            "K9",
            "Connected carer assessments completed within 16 weeks",
            "High",
            "44%",
            "80%",
            "52%",
            "Improving",
            "Head of Service, Fostering",
            "Red",
        ),
        (
            "K10",
            "Average time to complete a viability assessment",
            "Low",
            "19 days",
            "10 days",
            "15 days",
            "Improving",
            "Head of Service, Fostering",
            "Amber",
        ),
        ("group", "P6 Care leavers"),
        (
            "K11",
            "Care leavers aged 19 to 21 in suitable accommodation",
            "High",
            "86%",
            "95%",
            "90%",
            "Improving",
            "Head of Service, Care Leavers",
            "Amber",
        ),
        (
            "K12",
            "Care leavers leaving custody with accommodation on the day of release",
            "High",
            "40% (2 of 5)",
            "100%",
            "100% (3 of 3)",
            "Improving",
            "Head of Service, Care Leavers",
            "Green",
        ),
        (
            "K13",
            "Care leavers who say they understand their entitlements (survey)",
            "High",
            "tbc",
            "85%",
            "tbc",
            "New",
            "Participation and Engagement Manager",
            "n/a",
        ),
    ],
    "notes": [
        "Source: Mosaic, the return home interview provider's monthly return and the care "
        "leaver survey. Figures for Q3 are provisional.",
    ],
}
