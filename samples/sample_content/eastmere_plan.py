"""Eastmere Borough Council's improvement plan answering the June 2024 ILACS inspection.

One long table for the whole plan, unruled (whitespace-aligned, no grid lines), that breaks
across pages with no repeated header row. Section rows name each plan priority and quote the
report. Two actions answer two priorities (Ref '2.3 / 4.1' and '6.3 / 5.4'). RAG is printed as a
letter. The report's fifth recommendation (connected carers and special guardians) deliberately
gets no action at all.

Plan priority -> report recommendation (ordinal): 1->4, 2->1, 3->2, 4->3, 5->6, 6->7.
"""

from sample_content import squash as s

PLAN = {
    "council": "Eastmere Borough Council - Children and Families Directorate",
    "title": "Children's Services Improvement Plan 2024-2026",
    "subtitle": "Our response to the Ofsted inspection of local authority children's services "
    "(ILACS), 10 to 21 June 2024",
    "running_header": "Eastmere Children's Services Improvement Plan 2024-26",
    "footer": "Version 2.0 - Children's Improvement Board, 12 September 2024 - OFFICIAL",
    "intro": [
        (
            "p",
            s("""Ofsted judged Eastmere's children's services to require improvement to be good
            overall, with services for children in care judged to be good. This is a significant
            step forward from the inadequate judgement of 2019, and it reflects the hard work of
            our staff and partners. We know there is more to do."""),
        ),
        (
            "p",
            s("""This plan sets out our response to the areas for improvement identified by
            inspectors. We have grouped them into six priorities, in the order in which we will
            focus our effort, starting with management oversight because it underpins all the
            others. Each action has a lead officer, a timescale and a governance route. The
            Children's Improvement Board, chaired by the Chief Executive, reviews the whole plan
            every two months; progress is also reported to the Safeguarding Children Partnership
            and to the Corporate Parenting Panel."""),
        ),
        ("h3", "RAG key"),
    ],
    "rag_key": [
        ("G", "On track to be delivered within the timescale"),
        ("A", "Some slippage; action in hand to recover"),
        ("R", "Off track; escalated to the Improvement Board"),
    ],
    "columns": ["Ref", "Action", "Lead officer", "Timescale", "Governance", "RAG", "Progress"],
    "rows": [
        (
            "section",
            "1",
            "Priority 1 - Management oversight and supervision. Ofsted: 'The frequency and "
            "quality of management oversight and supervision in the assessment and child in "
            "need teams.'",
        ),
        (
            "1.1",
            s("""Relaunch the supervision policy with a minimum four-weekly frequency and a
            reflective recording template in Mosaic"""),
            "Principal Social Worker",
            "Sept 24",
            "Practice Standards Group",
            "G",
            "Policy relaunched at the practice conference on 19 September",
        ),
        (
            "1.2",
            s("""All team managers and practice supervisors in the assessment and child in need
            teams to complete the reflective supervision programme"""),
            "Workforce Development Lead",
            "Mar 25",
            "Workforce Board",
            "A",
            "Cohort 1 (12 managers) complete; cohort 2 delayed to January because of trainer "
            "availability",
        ),
        (
            "1.3",
            s("""Create two additional team manager posts so that no team manager in the
            assessment service supervises more than seven social workers"""),
            "Head of Service, Assessment and Intervention",
            "Jul-Sep 2024",
            "Children's Improvement Board",
            "G",
            "Both posts filled; new teams operating from 2 September",
        ),
        (
            "1.4",
            s("""Monthly dip sample of management oversight on 10 case records per team by heads
            of service, with findings reported to the Practice Standards Group"""),
            "Heads of Service",
            "Ongoing",
            "Practice Standards Group",
            "G",
            "July and August samples completed; oversight good or better in 54% of records",
        ),
        (
            "section",
            "2",
            "Priority 2 - Strategy meetings. Ofsted: 'The timeliness and quality of strategy "
            "meetings, including the attendance of police and health partners.'",
        ),
        (
            "2.1",
            s("""Agree with Eastmere Police and the Integrated Care Board (ICB) a joint standard
            that strategy meetings are held within one working day of the decision, with a
            named health attendee from the designated safeguarding team"""),
            "Director of Children's Social Care",
            "Oct 24",
            "Safeguarding Children Partnership",
            "A",
            "Standard agreed by police; ICB response awaited",
        ),
        (
            "2.2",
            s("""Introduce a strategy meeting tracker in the EASH and report weekly on
            timeliness and attendance by agency"""),
            "Head of Service, EASH",
            "Sept 24",
            "Children's Improvement Board",
            "G",
            "Tracker live since 2 September; first weekly report issued",
        ),
        (
            "2.3 / 4.1",
            s("""Hold strategy meetings for every child who is missing for more than 24 hours or
            is identified as at risk of exploitation, with the exploitation hub in
            attendance"""),
            "Head of Service, Adolescents and Exploitation",
            "Dec 24",
            "Exploitation Subgroup",
            "A",
            "Process agreed; attendance of the hub at out-of-hours meetings not yet consistent",
        ),
        (
            "2.4",
            s("""Multi-agency audit of 30 strategy meetings, led by the safeguarding
            partnership, to test quality and the recording of decisions"""),
            "Partnership Business Manager",
            "Q4 2024/25",
            "Safeguarding Children Partnership",
            "",
            "Not started - scheduled for February",
        ),
        (
            "section",
            "3",
            "Priority 3 - Assessments and plans for children in need. Ofsted: 'The quality of "
            "assessments and plans for children in need, so that they reflect children's "
            "identity, history and lived experience.'",
        ),
        (
            "3.1",
            s("""Revise the assessment template and practice guidance so that identity,
            culture, faith and family history are explored in every assessment, and launch a
            chronology tool"""),
            "Principal Social Worker",
            "Nov 24",
            "Practice Standards Group",
            "G",
            "Template revised with input from Eastmere Voices and the parent panel",
        ),
        (
            "3.2",
            s("""Introduce a child in need plan template that sets out what needs to change,
            by when and what will happen if it does not, with an outcome review before any case
            is closed"""),
            "Head of Service, Assessment and Intervention",
            "Q2 2025/26",
            "Children's Improvement Board",
            "A",
            "Template drafted; Mosaic build scheduled for spring 2025",
        ),
        (
            "3.3",
            s("""Quarterly thematic audits of children in need practice, with families'
            feedback gathered by the participation team"""),
            "Head of Quality Assurance",
            "Ongoing",
            "Practice Standards Group",
            "G",
            "First thematic audit (identity) reported in August",
        ),
        (
            "section",
            "4",
            "Priority 4 - Children at risk of harm outside the home. Ofsted: 'The response to "
            "children at risk of harm outside the home, including: the consistency and "
            "timeliness of return home interviews; the use of information from return home "
            "interviews to inform safety planning; multi-agency oversight of children at risk "
            "of criminal exploitation.'",
        ),
        (
            "4.2",
            s("""Bring the return home interview service in house, with interviews offered
            within 72 hours and completed by a consistent worker; children placed outside the
            borough to be interviewed in person"""),
            "Head of Service, Adolescents and Exploitation",
            "Apr 25",
            "Exploitation Subgroup",
            "A",
            "Consultation with staff completed; contract notice served on current provider",
        ),
        (
            "4.3",
            s("""Return home interview findings to be added to the child's safety plan within 5
            working days, checked by the team manager"""),
            "Team Managers, Adolescent Service",
            "Sept 24",
            "Exploitation Subgroup",
            "R",
            "Compliance 41% in August; escalated to the Improvement Board on 12 September",
        ),
        (
            "4.4",
            s("""Extend the multi-agency child exploitation (MACE) panel to track actions for
            every child at risk of criminal exploitation, with a quarterly review of whether risk
            has reduced"""),
            "Detective Chief Inspector, Public Protection / Head of Service, Adolescents and "
            "Exploitation",
            "Q3 2024/25",
            "Safeguarding Children Partnership",
            "G",
            "Revised terms of reference agreed",
        ),
        (
            "section",
            "5",
            "Priority 5 - Accommodation for care leavers. Ofsted: 'The range of suitable "
            "accommodation for care leavers, including young people aged 18 to 21 who are "
            "leaving custody.'",
        ),
        (
            "5.1",
            s("""Commission 12 additional supported accommodation places in the borough,
            including four with 24-hour staffing"""),
            "Head of Commissioning, Children and Young People",
            "Q2 2025/26",
            "Corporate Parenting Panel",
            "A",
            "Tender published August; evaluation in October",
        ),
        (
            "5.2",
            s("""Agree a joint protocol with housing and the probation service so that every
            care leaver leaving custody has suitable accommodation identified 28 days before
            release"""),
            "Head of Service, Care Leavers",
            "Jan 25",
            "Corporate Parenting Panel",
            "G",
            "Protocol drafted with the Youth Justice Service",
        ),
        (
            "5.3",
            s("""Weekly review by the Head of Service of any care leaver living in unsuitable
            accommodation, with a move-on plan for each young person"""),
            "Head of Service, Care Leavers",
            "Ongoing",
            "Children's Improvement Board",
            "G",
            "Nine young people at inspection; five at 30 September",
        ),
        (
            "section",
            "6",
            "Priority 6 - Pathway plans and entitlements. Ofsted: 'The quality of pathway "
            "plans and care leavers' understanding of their entitlements.'",
        ),
        (
            "6.1",
            s("""Co-produce a new pathway plan with the care leavers' forum, written to the young
            person and focused on their goals"""),
            "Head of Service, Care Leavers",
            "Mar 25",
            "Corporate Parenting Panel",
            "G",
            "Three design sessions held with 11 young people",
        ),
        (
            "6.2",
            s("""Publish the local offer as a short guide and an app, and check at every pathway
            plan review that the young person knows what they are entitled to"""),
            "Participation and Engagement Manager",
            "Nov 24 - Feb 25",
            "Corporate Parenting Panel",
            "A",
            "Guide printed; app procurement delayed",
        ),
        (
            "6.3 / 5.4",
            s("""Personal advisers to include an accommodation plan, agreed with the young
            person, in every pathway plan from age 17"""),
            "Team Managers, Care Leavers",
            "Q1 2025/26",
            "Corporate Parenting Panel",
            "G",
            "Included in the new pathway plan template",
        ),
    ],
    "closing": [
        (
            "p",
            s("""Measures of impact for each priority are reported in the Improvement Plan
            Scorecard, which the Children's Improvement Board receives every quarter."""),
        ),
    ],
}
