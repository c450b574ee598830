"""Eastmere Borough Council: a fictional ILACS report, June 2024.

Features on purpose: Judgement/Grade table on page 1 (overall effectiveness last); seven bullet
recommendations under "What needs to improve in this local authority?", the third with dash
sub-bullets; numbered narrative paragraphs with criticism that is not a recommendation
("Leaders need to ..."); no publication date printed.
"""

from sample_content import squash as s

REPORT = {
    "pdf_title": "Eastmere Borough Council - Local authority children's services inspection",
    "running_header": "Inspection of Eastmere local authority children’s services",
    "running_header_right": "10 to 21 June 2024",
    "authority": "Eastmere Borough Council",
    "title": "Local authority children’s services inspection",
    "inspection_dates": "Inspection dates: 10 to 21 June 2024",
    "lead_inspector": "Lead inspector: Daniel Fairclough, His Majesty’s Inspector",
    "judgements": [
        (
            "The impact of leaders on social work practice with children and families",
            "Requires improvement to be good",
        ),
        (
            "The experiences and progress of children who need help and protection",
            "Requires improvement to be good",
        ),
        ("The experiences and progress of children in care", "Good"),
        ("The experiences and progress of care leavers", "Requires improvement to be good"),
        ("Overall effectiveness", "Requires improvement to be good"),
    ],
    "body": [
        (
            "p",
            s("""Children’s services in Eastmere have improved since the last inspection in
            2019, when they were judged to be inadequate. A stable senior leadership team,
            supported by elected members and the chief executive, has strengthened the
            workforce and improved services for children in care, who now receive a good
            service. Leaders know the service well and their self-evaluation is accurate."""),
        ),
        (
            "p",
            s("""Practice for children who need help and protection is not yet consistently
            good. Strategy meetings are not always held promptly or attended by all relevant
            partners, and the quality of assessments and plans for children in need is too
            variable. The response to children at risk of exploitation has improved but is not
            yet consistent. Care leavers are supported by committed personal advisers, but too
            many live in unsuitable accommodation and pathway plans are not always useful to
            them."""),
        ),
        ("h2", "What needs to improve in this local authority?"),
        (
            "bullets",
            [
                s("""The timeliness and quality of strategy meetings, including the
                attendance of police and health partners."""),
                s("""The quality of assessments and plans for children in need, so that they
                reflect children’s identity, history and lived experience."""),
                (
                    "The response to children at risk of harm outside the home, including:",
                    [
                        "the consistency and timeliness of return home interviews",
                        s("""the use of information from return home interviews to inform
                        safety planning"""),
                        "multi-agency oversight of children at risk of criminal exploitation.",
                    ],
                ),
                s("""The frequency and quality of management oversight and supervision in the
                assessment and child in need teams."""),
                s("""The timeliness of assessments of connected carers and the support offered
                to special guardians."""),
                s("""The range of suitable accommodation for care leavers, including young people
                aged 18 to 21 who are leaving custody."""),
                s("""The quality of pathway plans and care leavers’ understanding of their
                entitlements."""),
            ],
        ),
        (
            "h2",
            "The experiences and progress of children who need help and protection: requires "
            "improvement to be good",
        ),
        (
            "num",
            "1",
            s("""Children and families in Eastmere can access a wide range of early help
            services through four family hubs. Early help assessments are thorough and lead to
            plans that make a positive difference for most families. When needs escalate,
            children are stepped up to statutory services promptly."""),
        ),
        (
            "num",
            "2",
            s("""The children’s front door, known locally as the Eastmere Advice and Support Hub
            (EASH), responds promptly to contacts. Thresholds are understood and applied
            appropriately. Parental consent is sought and, when it is overridden, the reasons
            are recorded clearly."""),
        ),
        (
            "num",
            "3",
            s("""Strategy meetings are not consistently held promptly. In a minority of cases
            seen by inspectors, there were delays of several days between a decision that a
            strategy meeting was needed and the meeting taking place. Health partners attended
            fewer than half of the strategy meetings sampled, and police attendance out of hours
            is inconsistent. Leaders need to ensure that partners are held to account for their
            contribution to these meetings."""),
        ),
        (
            "num",
            "4",
            s("""Child protection enquiries are thorough, and children are seen quickly. Initial
            child protection conferences are timely and well attended, and plans are reviewed
            regularly by core groups."""),
        ),
        (
            "num",
            "5",
            s("""The quality of assessments for children in need is too variable. Stronger
            assessments explore family history and children’s daily lives well. Weaker
            assessments do not consider children’s identity, culture or faith, and too often
            rely on the views of parents. Plans for children in need are not always specific
            about what needs to change, and some children’s cases are closed before change has
            been sustained."""),
        ),
        (
            "num",
            "6",
            s("""Supervision in the assessment and child in need teams is not frequent enough.
            Managers’ oversight on children’s records is often brief and does not show how
            decisions have been reached. Caseloads in these teams are higher than elsewhere in
            the service, averaging 23 children per social worker."""),
        ),
        (
            "num",
            "7",
            s("""When children go missing, return home interviews are offered, but only 58% took
            place within 72 hours in the year before the inspection. Information from
            interviews is not consistently used to update children’s safety plans. The
            exploitation hub has improved the identification of children at risk of criminal
            exploitation, but multi-agency panels do not yet track whether actions have reduced
            risk."""),
        ),
        (
            "num",
            "8",
            s("""Disabled children receive a good service from a stable and experienced team.
            Sixteen- and seventeen-year-olds who present as homeless are assessed promptly and
            offered the opportunity to become looked after. Private fostering arrangements are
            identified and assessed appropriately."""),
        ),
        (
            "num",
            "9",
            s("""The local authority designated officer manages allegations against adults who
            work with children well. The emergency duty team responds effectively to children
            and families out of hours."""),
        ),
        (
            "h2",
            "The experiences and progress of children in care: good",
        ),
        (
            "num",
            "10",
            s("""Children come into care when they need to. Decisions are timely and well
            considered, and pre-proceedings work is used effectively to divert children from
            care where it is safe to do so. Care proceedings are completed in a timely way."""),
        ),
        (
            "num",
            "11",
            s("""Most children in care live in stable homes with carers who meet their needs
            well. Children’s care plans are regularly reviewed, and independent reviewing
            officers write to children after their reviews in language they understand."""),
        ),
        (
            "num",
            "12",
            s("""Children in care are supported to maintain relationships with people who are
            important to them. Social workers visit regularly and use creative direct work to
            understand children’s views and feelings."""),
        ),
        (
            "num",
            "13",
            s("""Connected carers wait too long for their assessments to be completed, and some
            temporary approvals are extended beyond 16 weeks. Special guardians said that the
            support offered to them after the order was made was limited and hard to access.
            Leaders have commissioned a review of the special guardianship support offer."""),
        ),
        (
            "num",
            "14",
            s("""The virtual school is effective. Personal education plans are of good quality,
            and the attendance of children in care has improved. Children’s health needs are
            well met, and children can access emotional well-being support without delay."""),
        ),
        (
            "num",
            "15",
            s("""Sufficiency planning is informed by a clear understanding of children’s needs.
            The local authority has opened two new children’s homes in the borough, and the
            number of in-house foster carers has increased for the first time in five years."""),
        ),
        (
            "num",
            "16",
            s("""Children benefit from an active children in care council, Eastmere Voices,
            whose members meet the corporate parenting panel regularly and have influenced the
            design of services."""),
        ),
        (
            "h2",
            "The experiences and progress of care leavers: requires improvement to be good",
        ),
        (
            "num",
            "17",
            s("""Care leavers benefit from personal advisers who know them well and are
            persistent in keeping in touch. The local authority is in touch with 94% of its care
            leavers, and most young people speak positively about their relationship with their
            personal adviser."""),
        ),
        (
            "num",
            "18",
            s("""Too many care leavers live in accommodation that does not meet their needs.
            Nine young people were living in unsuitable accommodation at the time of the
            inspection, and young people leaving custody do not always have somewhere suitable
            to live on the day of their release. The range of supported accommodation and
            semi-independent provision in the borough is limited."""),
        ),
        (
            "num",
            "19",
            s("""Pathway plans are completed on time, but many are generic and do not reflect
            young people’s aspirations or the steps needed to achieve them. Some young people
            did not know what financial and practical help they were entitled to. The local
            offer has been refreshed but is not well understood by care leavers."""),
        ),
        (
            "num",
            "20",
            s("""More care leavers are in education, employment or training than in similar
            areas. The council’s ring-fenced apprenticeships and the care leaver covenant with
            local employers are helping young people into work."""),
        ),
        (
            "h2",
            "The impact of leaders on social work practice with children and families: requires "
            "improvement to be good",
        ),
        (
            "num",
            "21",
            s("""Since the last inspection, leaders have made significant progress. The
            director of children’s services, appointed in 2020, leads a stable senior team with
            a clear vision for practice. Political leaders and the chief executive have invested
            £6.4 million in children’s services over the last three years."""),
        ),
        (
            "num",
            "22",
            s("""Leaders have a good understanding of the quality of practice. The quality
            assurance framework includes practice observations and audits that involve
            families. However, leaders have not yet secured consistently good practice for
            children in need, and the impact of recent actions to improve supervision is not
            yet evident."""),
        ),
        (
            "num",
            "23",
            s("""Partnership working is generally strong. The safeguarding partnership has a
            clear understanding of its priorities, although partners’ attendance at strategy
            meetings remains a weakness that senior leaders in health and the police have
            acknowledged."""),
        ),
        (
            "num",
            "24",
            s("""The workforce is more stable. Agency social workers now make up 14% of the
            workforce, compared with 38% in 2019. Social workers told inspectors that they
            enjoy working in Eastmere and feel well supported by senior leaders, although those
            in the assessment teams described heavy workloads."""),
        ),
        (
            "num",
            "25",
            s("""Corporate parenting is well developed. Elected members know children in care
            and care leavers well, and the corporate parenting panel challenges services
            effectively."""),
        ),
        ("h2", "Information about this inspection"),
        (
            "p",
            s("""Inspectors evaluated the experiences and progress of children in need of help
            and protection, children in care and care leavers in Eastmere. The inspection was
            carried out under section 136 of the Education and Inspections Act 2006. Ofsted
            last inspected Eastmere’s children’s services in 2019."""),
        ),
        (
            "p",
            s("""The inspection team: Daniel Fairclough, His Majesty’s Inspector (lead); Amira
            Khalil, His Majesty’s Inspector; Owen Price, His Majesty’s Inspector; Lucy Brennan,
            Ofsted Inspector."""),
        ),
    ],
}
