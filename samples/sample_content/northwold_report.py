"""Northwold County Council: a fictional single inspection framework (SIF) report, March 2016.

Features on purpose: page-1 judgement table with sub-rows; numbered recommendations split into
"Priority and immediate action" (1-3) and "Areas for improvement" (4-11) with theme sub-headings;
recommendation 3 breaks across pages 3 and 4; the strengths list continues the numbering (12-15)
but is not a recommendation; narrative criticism ("Managers need to ...") that is not a
recommendation; LSCB recommendations numbered as report paragraphs (45-47).
"""

from sample_content import squash as s

REPORT = {
    "pdf_title": "Northwold County Council - Inspection of services for children",
    "running_header": "Northwold County Council: inspection of children’s services and review "
    "of the LSCB, March 2016",
    "authority": "Northwold County Council",
    "title_lines": [
        "Inspection of services for children in need of help and protection, children looked "
        "after and care leavers",
        "and",
        "Review of the effectiveness of the Local Safeguarding Children Board¹",
    ],
    "inspection_date": "Inspection date: 7 March 2016 to 31 March 2016",
    "published": "Report published: 20 May 2016",
    "lead_inspector": "Lead inspector: Margaret Ashdown HMI",
    "overall_line": "The overall judgement is that children’s services require improvement to "
    "be good",
    "overall_text": [
        s("""The local authority is not yet delivering good protection, help and care for
        children, young people and families. It is Ofsted’s expectation that, as a minimum, all
        children and young people receive good help, care and protection.²"""),
    ],
    "judgements_intro": "The judgements on areas of the service that contribute to overall "
    "effectiveness are:",
    "judgements": [
        ("Overall effectiveness", "Requires improvement to be good", False),
        ("1. Children who need help and protection", "Requires improvement to be good", False),
        (
            "2. Children looked after and achieving permanence",
            "Requires improvement to be good",
            False,
        ),
        ("2.1 Adoption performance", "Good", True),
        ("2.2 Experiences and progress of care leavers", "Inadequate", True),
        ("3. Leadership, management and governance", "Requires improvement to be good", False),
        (
            "The effectiveness of the Local Safeguarding Children Board",
            "Requires improvement to be good",
            False,
        ),
    ],
    "footnotes": [
        s("""¹ Ofsted produces this report under its power to combine reports in accordance
        with section 152 of the Education and Inspections Act 2006. This report includes the
        report of the inspection of local authority functions and the report of the review of
        the Local Safeguarding Children Board."""),
        "² A full description of what the inspection judgements mean can be found at the end "
        "of this report.",
    ],
    "body": [
        ("h1", "Contents"),
        (
            "contents",
            [
                ("The local authority", 3, 0),
                ("Summary of findings", 3, 1),
                ("What does the local authority need to improve?", 3, 1),
                ("The local authority’s strengths", 4, 1),
                ("Summary for children and young people", 5, 0),
                ("Information about this local authority area", 5, 0),
                ("Inspection judgements about the local authority", 6, 0),
                ("The Local Safeguarding Children Board (LSCB)", 9, 0),
                ("What does the LSCB need to improve?", 9, 1),
                ("Information about this inspection", 10, 0),
            ],
        ),
        ("break",),
        ("h1", "The local authority"),
        ("h2", "Summary of findings"),
        ("p", "Children’s services in Northwold require improvement to be good because:"),
        (
            "bullets",
            [
                s("""Strategy discussions are not consistently multi-agency. Too often,
                decisions about whether to start child protection enquiries are made by a
                social worker and a police officer alone, without information from health
                professionals, and the reasons for the decision are not recorded."""),
                s("""Children who go missing from home or care are not always offered a return
                home interview, and the information from interviews that do take place is not
                brought together to understand patterns of risk, including the risk of sexual
                exploitation."""),
                s("""Services for care leavers are inadequate. Too many young people do not
                have a current pathway plan, and plans that are in place are not written with
                young people or in language that they understand."""),
                s("""The quality of assessments and plans is too variable. Assessments often
                describe events rather than analyse them, and plans do not say clearly what
                needs to change, by when and what will happen if it does not."""),
                s("""Partner agencies do not apply thresholds consistently, so some children are
                referred to the multi-agency safeguarding hub (MASH) when early help would meet
                their needs, and others wait too long for a service."""),
                s("""Too many children looked after live a long way from Northwold because there
                are not enough local foster carers, particularly for teenagers and brothers and
                sisters who need to live together."""),
                s("""Independent reviewing officers (IROs) have high caseloads and do not track
                the progress of care plans between reviews rigorously enough."""),
                s("""Supervision of social workers is not regular enough in some teams, and it is
                rarely reflective. As a result, managers do not always identify drift in
                children’s plans."""),
            ],
        ),
        (
            "p",
            s("""Senior leaders and elected members know the service well and have invested in
            additional social workers and in a social work academy. Their self-assessment
            identified most of the weaknesses found by inspectors, but the pace of change at
            the front line has been too slow in some areas."""),
        ),
        ("h2", "What does the local authority need to improve?"),
        ("h3", "Priority and immediate action"),
        (
            "num",
            "1",
            s("""Ensure that all children who are the subject of a strategy discussion have
            their circumstances considered by police, health and children’s social care
            together, and that the rationale for the decision to proceed, or not, to a section
            47 enquiry is clearly recorded on the child’s file."""),
        ),
        (
            "num",
            "2",
            s("""Strengthen the response to children who go missing from home or care, so that
            every child is offered a return home interview within 72 hours and the information
            gathered is analysed and used to reduce risk, including the risk of child sexual
            exploitation."""),
        ),
        (
            "num",
            "3",
            s("""Ensure that all care leavers have an up-to-date pathway plan that is written
            with them, sets out clear actions and timescales, and is reviewed at least every six
            months, or sooner when their circumstances change. Pathway plans should be shared
            with young people in a format that they can keep."""),
        ),
        ("h3", "Areas for improvement"),
        ("h3", "Help and protection"),
        (
            "num",
            "4",
            s("""Improve the quality of assessments so that they consistently consider family
            history, the lived experience of the child and the views of fathers and other
            significant adults, and so that the analysis leads clearly to the plan."""),
        ),
        (
            "num",
            "5",
            s("""Ensure that child in need and child protection plans are specific, measurable
            and time-bound, that they include contingency arrangements, and that core groups
            review progress against them at every meeting."""),
        ),
        (
            "num",
            "6",
            s("""Work with partner agencies to ensure that thresholds are understood and applied
            consistently in the MASH and by referring agencies, so that children receive early
            help or a statutory service at the right time."""),
        ),
        ("h3", "Children looked after"),
        (
            "num",
            "7",
            s("""Increase the number of local foster placements, including for sibling groups
            and older children, so that fewer children live more than 20 miles from their home
            community."""),
        ),
        (
            "num",
            "8",
            s("""Ensure that independent reviewing officers monitor the progress of children’s
            care plans between reviews, record their oversight on the child’s file, and use the
            dispute resolution process promptly when plans drift or are not implemented. The
            caseloads of independent reviewing officers should be reduced so that they can
            carry out these duties."""),
        ),
        (
            "num",
            "9",
            s("""Ensure that every child looked after has a personal education plan (PEP) that is
            completed on time, is of good quality and sets targets that help to raise
            attainment."""),
        ),
        ("h3", "Care leavers"),
        (
            "num",
            "10",
            s("""Improve the range of education, employment and training opportunities for care
            leavers, including apprenticeships within the council and its partners, and monitor
            take-up so that more young people are in education, employment or training."""),
        ),
        ("h3", "Leadership, management and governance"),
        (
            "num",
            "11",
            s("""Ensure that all social workers receive regular, reflective supervision that is
            recorded on children’s files, and that managers’ oversight of casework identifies
            and challenges drift and delay."""),
        ),
        ("h2", "The local authority’s strengths"),
        (
            "num",
            "12",
            s("""Political and senior leaders have a shared ambition for children in Northwold
            and have protected the children’s services budget, including an additional £2.1
            million for frontline social work posts in 2015-16."""),
        ),
        (
            "num",
            "13",
            s("""The adoption service is effective. Children who need adoptive families are
            identified early, and the number of children adopted has increased for three
            consecutive years."""),
        ),
        (
            "num",
            "14",
            s("""The social work academy provides newly qualified social workers with protected
            caseloads and a well-regarded training programme. Retention of newly qualified staff
            has improved."""),
        ),
        (
            "num",
            "15",
            s("""Services for disabled children are a strength. Assessments are thorough, and
            children’s communication needs are understood and met."""),
        ),
        ("h1", "Summary for children and young people"),
        (
            "bullets",
            [
                s("""Inspectors found that most children who need help are seen quickly by a
                social worker, and that social workers know the children they work with
                well."""),
                s("""If you go missing, someone should always talk to you when you come back to
                find out why you left and whether you are safe. This does not happen often
                enough in Northwold."""),
                s("""Most children looked after live with foster carers who look after them
                well, but some children live too far away from their families, friends and
                schools."""),
                s("""If you are leaving care, you should have a pathway plan that you helped to
                write. Many young people told us that they had not seen their plan."""),
                s("""Children who are adopted find families quickly, and the council helps their
                new families after the adoption."""),
                s("""The council’s leaders want children’s services to be good and are working
                to make them better."""),
            ],
        ),
        ("h1", "Information about this local authority area³"),
        ("h3", "Previous Ofsted inspections"),
        (
            "bullets",
            [
                s("""The local authority operates three children’s homes. Two were judged to be
                good and one to be requires improvement at their most recent inspections."""),
                s("""The last inspection of Northwold’s arrangements for the protection of
                children was in June 2012. The local authority was judged to be adequate."""),
            ],
        ),
        ("h3", "Children living in this area"),
        (
            "bullets",
            [
                s("""Approximately 131,400 children and young people under the age of 18 years
                live in Northwold. This is 20.6% of the total population in the area."""),
                s("""As at 7 March 2016, 2,964 children had been identified through assessment
                as being formally in need of a specialist children’s service, 412 children were
                the subject of a child protection plan and 611 children were being looked
                after by the local authority (a rate of 46 per 10,000 children)."""),
            ],
        ),
        (
            "p",
            s("""³ The local authority was given the opportunity to review this section of the
            report and has updated it with local unvalidated data where this was available."""),
        ),
        ("h1", "Inspection judgements about the local authority"),
        ("h2", "The experiences and progress of children who need help and protection"),
        ("h3", "Requires improvement to be good"),
        ("h3", "Inspection findings"),
        (
            "num",
            "16",
            s("""Children and families in Northwold benefit from a broad range of early help
            services, delivered through six locality teams and eleven children’s centres.
            Schools and health visitors increasingly lead early help assessments (EHAs), and
            3,187 children were receiving support through an early help plan at the time of the
            inspection. The quality of early help assessments is variable. The stronger
            examples seen by inspectors were clear about what needed to change, but weaker
            assessments listed concerns without considering their impact on the child."""),
        ),
        (
            "num",
            "17",
            s("""The MASH, launched in September 2015, co-locates social workers, police, health
            and education staff. Information is shared promptly and decisions are made within
            24 hours in most cases. However, partner agencies do not yet share an understanding
            of thresholds: 34.7% of contacts in the last year led to no further action, and
            many police notifications contained too little information to support a
            decision."""),
        ),
        (
            "num",
            "18",
            s("""When children are at risk of significant harm, strategy discussions are held
            promptly, but they are too often held between the social worker and the police
            only. Health professionals were involved in fewer than half of the strategy
            discussions sampled, and in some cases the rationale for deciding not to start a
            section 47 enquiry was not recorded. Inspectors asked managers to review the
            circumstances of five children; the local authority responded promptly and
            appropriately."""),
        ),
        (
            "num",
            "19",
            s("""Child protection enquiries are timely and children are seen and, where
            appropriate, seen alone. Social workers are tenacious in building relationships
            with families who are reluctant to engage."""),
        ),
        (
            "num",
            "20",
            s("""Most assessments are completed within 45 working days, but their quality is
            too variable. Family history is not always explored, and fathers and other
            significant adults are rarely seen or included. Analysis is often weak, so it is not
            clear how the assessment has led to the plan. Managers need to make sure that
            assessments are updated when children’s circumstances change, rather than relying
            on the original assessment."""),
        ),
        (
            "num",
            "21",
            s("""Child protection conferences are well chaired and parents say that they feel
            listened to. However, many child in need and child protection plans list services
            rather than the changes that are needed, and few contain contingency plans. Core
            groups meet regularly, but their minutes do not consistently record progress
            against the plan."""),
        ),
        (
            "num",
            "22",
            s("""The response to children who go missing from home or care is not good enough.
            Return home interviews were offered in only 46% of missing episodes in the last six
            months, and 66 of the 611 episodes recorded in the year led to an interview being
            declined without any further attempt to engage the child. Information from
            interviews is not collated, so managers cannot identify patterns, places or adults
            of concern. This is a serious weakness."""),
        ),
        (
            "num",
            "23",
            s("""The specialist child sexual exploitation (CSE) team works well with the police,
            and children identified as being at high risk receive effective support.
            Multi-agency child sexual exploitation (MACSE) meetings are well attended. However, the
            strategic profile of CSE across the county is underdeveloped, and it does not yet
            draw on information from missing episodes."""),
        ),
        (
            "num",
            "24",
            s("""Not all 16- and 17-year-olds who present as homeless receive an assessment by a
            social worker. Managers need to ensure that every young person in this situation is
            offered an assessment and is told about the option of becoming looked after.
            Arrangements for private fostering are appropriate, and the designated officer
            (LADO) responds promptly to allegations against adults who work with children."""),
        ),
        (
            "num",
            "25",
            s("""Disabled children receive a good service. Social workers understand children’s
            needs well and use a range of methods to communicate with children who do not use
            speech. The out-of-hours service responds appropriately to emergencies and shares
            information with daytime teams promptly."""),
        ),
        (
            "h2",
            "The experiences and progress of children looked after and achieving permanence",
        ),
        ("h3", "Requires improvement to be good"),
        ("h3", "Inspection findings"),
        (
            "num",
            "26",
            s("""Decisions for children to become looked after are made at the right time, and
            the local authority makes effective use of pre-proceedings work under the public law
            outline. Care proceedings are completed in an average of 27 weeks, which is close to
            the national expectation."""),
        ),
        (
            "num",
            "27",
            s("""The local authority does not have enough foster carers. Only 18 new fostering
            households were approved in 2015-16, against a target of 35, and 27% of children
            looked after live more than 20 miles from Northwold. For these children, contact
            with family and friends is harder to sustain and some have had to change school.
            The sufficiency strategy is out of date and does not set out how the shortfall will
            be addressed."""),
        ),
        (
            "num",
            "28",
            s("""Reviews of children’s care plans are timely, and most children participate in
            them. However, IROs have an average caseload of 92 children, which is too high.
            Mid-point checks between reviews are inconsistent, and the dispute resolution process
            has been used only four times in the last year, despite inspectors seeing cases
            where plans had drifted."""),
        ),
        (
            "num",
            "29",
            s("""Children’s health needs are met well, and health assessments are timely.
            However, children who need specialist help with their emotional well-being wait an
            average of 18 weeks for a first appointment with child and adolescent mental health
            services (CAMHS)."""),
        ),
        (
            "num",
            "30",
            s("""The virtual school has improved the attendance of children looked after, and
            fewer children are excluded from school. However, only 61% of children had an
            up-to-date personal education plan at the time of the inspection, and the targets in
            many plans were too general to measure progress. The gap between the attainment of
            children looked after and their peers at key stage 4 remains wide."""),
        ),
        (
            "num",
            "31",
            s("""The Children in Care Council, known as Voice of Northwold, is active and
            influential. Young people have helped to recruit senior managers and have designed
            the council’s pledge. Members of the corporate parenting board should hear directly
            from a wider group of children, including those who live outside the county."""),
        ),
        (
            "num",
            "32",
            s("""Permanence is considered at the second review for most children, and the use of
            special guardianship orders has increased. Some children who live with connected
            carers wait too long for their arrangements to be assessed and made secure."""),
        ),
        ("h3", "Adoption performance is good"),
        (
            "num",
            "33",
            s("""The adoption service is effective. Forty-one children were adopted in 2014-15,
            including older children and brothers and sisters placed together. The average time
            between a child entering care and moving in with their adoptive family has reduced
            to 498 days, and it continues to improve."""),
        ),
        (
            "num",
            "34",
            s("""Adopters are recruited, assessed and approved in good time, and adopters told
            inspectors that they feel well supported. Fostering for adoption is used
            appropriately, and adoption support is thoughtful and easy to access."""),
        ),
        ("h3", "The experiences and progress of care leavers are inadequate"),
        (
            "num",
            "35",
            s("""The local authority is in touch with 89% of its care leavers, but too many
            young people do not receive the help that they need. Forty-one per cent of eligible
            young people did not have a pathway plan that had been reviewed in the last six
            months. Many plans had been written without the young person and used
            professional language that young people said they did not understand."""),
        ),
        (
            "num",
            "36",
            s("""Only 42% of care leavers aged 19 to 21 are in education, employment or training,
            which is below the national average of 49%. The council offered only three
            apprenticeships to care leavers last year, and the take-up of opportunities is not
            monitored."""),
        ),
        (
            "num",
            "37",
            s("""Most care leavers live in suitable accommodation, but four young people were
            placed in bed and breakfast accommodation in the last year, one of them for six
            weeks. More young people could be supported to stay with their foster carers after
            their 18th birthday."""),
        ),
        (
            "num",
            "38",
            s("""Personal advisers know their young people well and are persistent in keeping in
            touch. However, young people do not routinely receive their health histories, and
            several told inspectors that they did not know what support they were entitled to."""),
        ),
        ("h2", "Leadership, management and governance"),
        ("h3", "Requires improvement to be good"),
        ("h3", "Inspection findings"),
        (
            "num",
            "39",
            s("""The director of children’s services and the lead member have a clear
            understanding of the service’s strengths and weaknesses. The chief executive and
            elected members provide strong support, and investment in additional social workers
            has reduced average caseloads from 27 to 22 children."""),
        ),
        (
            "num",
            "40",
            s("""Performance information is comprehensive and available to managers at all
            levels. It is not yet used consistently by team managers to identify and address
            poor practice. The quality assurance framework includes a monthly audit programme,
            but learning from audits does not always lead to changes in practice."""),
        ),
        (
            "num",
            "41",
            s("""Supervision is not consistently regular. Only 68% of supervision sessions took
            place within the required timescale in the three months before the inspection, and
            records seldom show reflection on the child’s progress. Management oversight on
            children’s files is often limited to authorising the next step."""),
        ),
        (
            "num",
            "42",
            s("""The local authority has worked hard to recruit permanent social workers, but
            24% of posts are filled by agency staff. Staff told inspectors that they value the
            support of their managers and the training offered by the social work academy."""),
        ),
        (
            "num",
            "43",
            s("""The corporate parenting board meets regularly and is well attended. It does not
            receive enough information about the experiences of care leavers, and it has not
            challenged the shortfall in local placements with sufficient rigour."""),
        ),
        (
            "num",
            "44",
            s("""Leaders have responded well to the findings of this inspection. An improvement
            board, chaired by the chief executive, was established before the inspection and
            is well placed to oversee the local authority’s response."""),
        ),
        ("h1", "The Local Safeguarding Children Board (LSCB)"),
        ("h2", "The effectiveness of the LSCB requires improvement to be good"),
        ("h3", "Summary of findings"),
        (
            "bullets",
            [
                s("""The board meets its statutory responsibilities. It is chaired by an
                experienced independent chair, and partners attend regularly."""),
                s("""The board’s multi-agency audits have focused on compliance with procedures
                rather than on the quality of practice and its impact on children."""),
                s("""The board does not receive regular multi-agency information about children
                who go missing or who are at risk of sexual exploitation."""),
                s("""The board provides a wide range of multi-agency training, but it does not
                know whether the training has improved practice."""),
            ],
        ),
        ("h2", "What does the LSCB need to improve?"),
        ("h3", "Areas for improvement"),
        (
            "num",
            "45",
            s("""Ensure that the board’s multi-agency audit programme evaluates the quality of
            frontline practice, including early help, and that findings are reported to the
            board and lead to improvements."""),
        ),
        (
            "num",
            "46",
            s("""Strengthen the board’s oversight of children who go missing and of those at
            risk of child sexual exploitation by receiving regular multi-agency performance
            information and challenging partners where responses are not timely."""),
        ),
        (
            "num",
            "47",
            s("""Evaluate the impact of multi-agency training on practice, and ensure that
            training on thresholds reaches staff in schools and general practice."""),
        ),
        ("h2", "Inspection judgement about the LSCB"),
        (
            "num",
            "48",
            s("""The independent chair has been in post since 2013 and provides effective
            leadership. Relationships between partners are constructive, and the board has a
            realistic understanding of its priorities."""),
        ),
        (
            "num",
            "49",
            s("""Serious case reviews are commissioned appropriately and action plans are
            monitored. The board’s annual report is published on time, but it describes
            activity rather than evaluating the effectiveness of local services."""),
        ),
        (
            "num",
            "50",
            s("""The board’s threshold document was revised in 2015. Training on the revised
            thresholds has been well attended by children’s social care staff, but few
            designated safeguarding leads from schools and very few general practitioners have
            attended."""),
        ),
        ("h1", "Information about this inspection"),
        (
            "p",
            s("""Inspectors have looked closely at the experiences of children and young people
            who have needed or still need help and/or protection. This also includes children
            and young people who are looked after and young people who are leaving care and
            starting their lives as young adults."""),
        ),
        (
            "p",
            s("""The inspection team consisted of seven of Her Majesty’s Inspectors (HMI) from
            Ofsted."""),
        ),
        ("p", "Lead inspector: Margaret Ashdown HMI"),
        ("p", "Deputy lead inspector: Rhys Okafor HMI"),
        (
            "p",
            "Team inspectors: Claire Benedict HMI, Tom Halloran HMI, Priya Sandhu HMI, "
            "Gareth Lowe HMI, Nadia Petrova HMI",
        ),
        ("p", "Senior data analyst: Joanne Mercer"),
        ("p", "Quality assurance manager: Simon Thackeray SHMI"),
    ],
}
