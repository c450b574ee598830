"""Build the held-out improvement plans in samples/heldout/ with LibreOffice Writer.

Why this exists: the sample plans in samples/plans/ were written with ReportLab by the people who
tuned the extractors, so they cannot show whether plantrace generalises. Real councils write their
plans in Word or LibreOffice. This script writes three plans as flat ODT (.fodt, plain XML, no
extra packages), in layouts unlike the samples, and converts them to PDF with LibreOffice:

  a) northwold-improvement-plan-refresh-2017  Word-style plan: "Recommendation N:" bold
     paragraphs, one 7-column table per recommendation, multi-paragraph and bulleted cells, a row
     that splits across a page break, RAG as words, dd/mm/yyyy and other dates.
  b) eastmere-improvement-plan-update-2025    landscape, one table for the whole plan, the
     recommendation in a cell merged down over its actions, refs R1.1, two-recommendation refs,
     repeated header row, status phrases with a key, a KPI table with a Direction column.
  c) eastmere-improvement-board-progress-2024 a progress report to an improvement board:
     numbered sections, short Action / Owner / Deadline / Update tables without refs, a section
     with no actions, a KPI scorecard appendix and an Acronym / Meaning glossary.

Run from the repository root:  .venv/bin/python samples/heldout/make_heldout.py [--no-pdf]
The .fodt sources are deterministic (same input, same bytes). The PDFs are not byte-for-byte
reproducible: LibreOffice stamps the creation time and a document id into them.

The gold for each plan is hand-written in tests/gold/plans/heldout-*.json; the content below is
the text the gold was written from. Facts, names and figures are fictional.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fodt import Doc  # noqa: E402

SRC = HERE / "src"

# RAG fills as a Word user would shade them
FILL = {"Green": "#92D050", "Amber": "#FFC000", "Red": "#FF5050", "Blue": "#8DB3E2"}
STATUS_FILL = {"Complete": FILL["Blue"], "On track": FILL["Green"], "Slipped": FILL["Amber"],
               "Off track": FILL["Red"]}  # fmt: skip


# ============================================================================ plan a
A_RECS = [
    {
        "n": "1",
        "text": "Ensure that all children who are the subject of a strategy discussion have their "
        "circumstances considered by police, health and children’s social care together, and "
        "that the rationale for the decision to proceed, or not, to a section 47 enquiry is "
        "clearly recorded on the child’s file.",
        "reporting": "Improvement Board",
        "actions": [
            {
                "no": "1.1",
                "action": [
                    "Implement the joint strategy discussion protocol agreed by Northwold Police, "
                    "the CCG and children’s social care.",
                    "The protocol requires:",
                    (
                        "ul",
                        [
                            "a health professional at every strategy discussion held between 9am "
                            "and 5pm",
                            "the police decision maker to join by telephone when they cannot attend "
                            "in person",
                            "the chair to record the rationale for the section 47 decision on the "
                            "strategy discussion form",
                        ],
                    ),
                ],
                "lead": ["Assistant Director – Safeguarding"],
                "date": "30/04/2017",
                "success": [
                    (
                        "ul",
                        [
                            "Health attendance at strategy discussions rises from 45% to 90%",
                            "Monthly audit shows the rationale recorded in 95% of cases",
                        ],
                    )
                ],
                "progress": [
                    "Protocol signed off by the three agencies on 12 December 2016.",
                    "Health attendance in January 2017 was 68%.",
                ],
                "rag": "Amber",
            },
            {
                "no": "1.2",
                "action": [
                    "Add mandatory fields for attendance and the section 47 decision "
                    "rationale to the strategy discussion form in ICS."
                ],
                "lead": ["Head of Service, MASH and Assessment"],
                "date": "End of March 2017",
                "success": [
                    "ICS report shows no strategy discussion form closed without a rationale"
                ],
                "progress": [
                    "Change request approved by the ICS Board; build scheduled for February 2017."
                ],
                "rag": "Green",
            },
            {
                "no": "1.3",
                "action": [
                    "Quality Assurance team to audit 20 strategy discussions each month "
                    "and report the findings to the Practice Improvement Group."
                ],
                "lead": ["Principal Social Worker"],
                "date": "Ongoing",
                "success": ["75% of strategy discussions audited as good or better by March 2018"],
                "progress": [
                    "Audits completed October 2016 to January 2017 (80 cases): 51% good or better."
                ],
                "rag": "Amber",
            },
        ],
    },
    {
        "n": "2",
        "text": "Strengthen the response to children who go missing from home or care, so that "
        "every child is offered a return home interview within 72 hours and the information "
        "gathered is analysed and used to reduce risk, including the risk of child sexual "
        "exploitation.",
        "reporting": "LSCB Missing and CSE Subgroup",
        "actions": [
            {
                "no": "2.1",
                "action": [
                    "Bring the return home interview service in house, so that "
                    "interviews are carried out by a dedicated team of four missing "
                    "coordinators."
                ],
                "lead": ["Head of Service, Adolescents"],
                "date": "30/06/2017",
                "success": ["90% of return home interviews offered within 72 hours"],
                "progress": [
                    "Business case agreed by Cabinet on 17 January 2017.",
                    "Recruitment to the coordinator posts has started.",
                ],
                "rag": "Green",
            },
            {
                "no": "2.2",  # the long row: it must split across the page 2 / page 3 break
                "action": [
                    "Improve the way information from return home interviews is used to reduce "
                    "risk:",
                    (
                        "ul",
                        [
                            "coordinators to record push and pull factors, locations and associates "
                            "in a structured form on ICS",
                            "a monthly missing analysis to be presented to the Missing and CSE "
                            "Operational Group and shared with Northwold Police",
                            "children who go missing three or more times in 90 days to be discussed "
                            "at the multi-agency CSE panel (MACE)",
                            "findings to be fed into the CSE strategic profile and the problem "
                            "profile for the county lines pilot",
                            "themes from the analysis to inform the personal, social and health "
                            "education programme in schools",
                        ],
                    ),
                    "This action replaces actions 2.3 and 2.4 of the July 2016 plan.",
                ],
                "lead": ["Missing and CSE Coordinator /", "Performance and Intelligence Manager"],
                "date": "Q3 2017/18",
                "success": [
                    (
                        "ul",
                        [
                            "Monthly analysis produced and discussed at every Operational Group meeting",
                            "Locations and adults of concern shared with the police within 5 working "
                            "days",
                            "Repeat missing episodes fall by 15%",
                            "Every child missing three or more times in 90 days has a multi-agency "
                            "safety plan",
                        ],
                    )
                ],
                "progress": [
                    "Structured recording form built in ICS and live since 9 January 2017.",
                    "The first two monthly analyses were presented in November and December "
                    "2016. They identified three locations of concern in Kingsbridge and one "
                    "adult of concern, all shared with the police.",
                    "The MACE panel has discussed 14 children since October 2016.",
                    "Further work is needed to link the analysis with the schools programme; "
                    "this will start in the summer term.",
                ],
                "rag": "Amber",
            },
            {
                "no": "2.3",
                "action": [
                    "Provide training on return home interviews and exploitation for "
                    "foster carers and residential staff."
                ],
                "lead": ["Workforce Development Manager"],
                "date": "31/05/17",
                "success": ["80% of foster carers and residential staff trained"],
                "progress": ["Two sessions held; 46 carers trained."],
                "rag": "Green",
            },
        ],
    },
    {
        "n": "3",
        "text": "Improve the quality of assessments so that they consistently consider family "
        "history, the lived experience of the child and the views of fathers and other "
        "significant adults. Ensure that child in need and child protection plans are "
        "specific, measurable and time-bound, and include contingency arrangements.",
        "reporting": "Practice Improvement Group",
        "actions": [
            {
                "no": "3.1",
                "action": [
                    "Launch the Northwold assessment framework, with practice guidance on:",
                    (
                        "ul",
                        [
                            "family history and genograms",
                            "the lived experience of the child",
                            "engaging fathers and other significant adults",
                        ],
                    ),
                ],
                "lead": ["Principal Social Worker"],
                "date": "28/02/2017",
                "success": ["Assessments audited as good or better rise from 38% to 65%"],
                "progress": ["Framework launched at the practice week on 6 February 2017."],
                "rag": "Blue",
            },
            {
                "no": "3.2",
                "action": [
                    "Introduce a SMART plan template for child in need and child protection "
                    "plans, with a contingency section that must be completed before the plan "
                    "is authorised.",
                    "Core group chairs to review progress against the plan at every meeting.",
                ],
                "lead": ["Head of Service, Safeguarding and Child Protection"],
                "date": "Q1 2017/18",
                "success": ["Plans audited as SMART rise to 70%"],
                "progress": [
                    "Template drafted with team managers; being tested in the South Locality team."
                ],
                "rag": "Green",
            },
            {
                "no": "3.3",
                "action": [
                    "Fortnightly practice workshops for social workers in the assessment "
                    "teams, led by advanced practitioners."
                ],
                "lead": ["Advanced Practitioners (Assessment)"],
                "date": "From April 2017",
                "success": ["Attendance register; audit grades"],
                "progress": ["Delayed: two of the three advanced practitioner posts are vacant."],
                "rag": "Red",
            },
        ],
    },
    {
        "n": "4",
        "text": "Work with partner agencies to ensure that thresholds are understood and applied "
        "consistently in the MASH and by referring agencies, so that children receive early "
        "help or a statutory service at the right time.",
        "reporting": "LSCB Executive",
        "actions": [
            {
                "no": "4.1",
                "action": [
                    "Revise the Northwold threshold document, ‘Right help, right time’, "
                    "with the LSCB and publish it on the LSCB website."
                ],
                "lead": ["LSCB Business Manager"],
                "date": "31st July 2017",
                "success": [
                    "Revised document published; contacts leading to no further action "
                    "fall below 30%"
                ],
                "progress": ["Consultation with partners closes on 28 February 2017."],
                "rag": "Green",
            },
            {
                "no": "4.2",
                "action": [
                    "Deliver threshold briefings to designated safeguarding leads in all "
                    "schools and to GP safeguarding leads."
                ],
                "lead": ["Head of Early Help /", "Designated Nurse"],
                "date": "September 2017",
                "success": [
                    "Contacts from schools that meet the threshold for a referral rise to 60%"
                ],
                "progress": ["Dates agreed with the schools’ forum for the summer term."],
                "rag": "Amber",
            },
        ],
    },
    {
        "n": "5",
        "text": "Ensure that independent reviewing officers monitor the progress of children’s "
        "care plans between reviews, record their oversight on the child’s file, and use the "
        "dispute resolution process promptly when plans drift or are not implemented.",
        "reporting": "Improvement Board",
        "actions": [
            {
                "no": "5.1",
                "action": [
                    "Recruit three additional independent reviewing officers so that "
                    "average caseloads fall to 70 children."
                ],
                "lead": ["Head of Safeguarding and Quality Assurance"],
                "date": "31/03/2017",
                "success": ["Average IRO caseload at or below 70"],
                "progress": [
                    "Two IROs appointed and in post since 3 January 2017; third post re-advertised."
                ],
                "rag": "Amber",
            },
            {
                "no": "5.2",
                "action": [
                    "IROs to record a midway review of each care plan on the child’s "
                    "file, and to start the dispute resolution process at the first sign "
                    "of drift."
                ],
                "lead": ["IRO Service Manager"],
                "date": "Q2 2017/18",
                "success": [
                    (
                        "ul",
                        [
                            "Midway reviews recorded for 85% of children",
                            "Dispute resolution log shows escalations resolved within 20 working days",
                        ],
                    )
                ],
                "progress": ["Midway review template live on ICS since November 2016."],
                "rag": "Green",
            },
        ],
    },
    {
        "n": "6",
        "text": "Ensure that all social workers receive regular, reflective supervision that is "
        "recorded on children’s files, and that managers’ oversight of casework identifies and "
        "challenges drift and delay.",
        "reporting": "Workforce Board",
        "actions": [
            {
                "no": "6.1",
                "action": [
                    "Relaunch the supervision policy: supervision at least every four "
                    "weeks, recorded on the child’s file using the reflective template."
                ],
                "lead": ["Principal Social Worker"],
                "date": "30/09/2017",
                "success": [
                    "Supervision within timescale 90%; audit shows reflective "
                    "discussion in 75% of records"
                ],
                "progress": [
                    "Policy relaunched in November 2016.",
                    "Supervision within timescale was 74% in January 2017.",
                ],
                "rag": "Amber",
            },
            {
                "no": "6.2",
                "action": [
                    "Team managers to hold monthly case progression meetings for children "
                    "whose plans show drift, chaired by the service manager."
                ],
                "lead": ["Service Managers, Locality Teams"],
                "date": "End of June 2017",
                "success": ["Fewer children with plans open for more than 18 months"],
                "progress": ["Meetings in place in the North and East localities."],
                "rag": "Green",
            },
            {
                "no": "6.3",
                "action": [
                    "Complete the leadership programme for all team managers and senior "
                    "practitioners."
                ],
                "lead": ["Workforce Development Manager"],
                "date": "Q4 2017/18",
                "success": ["All team managers complete the programme"],
                "progress": ["Cohort 1 (14 managers) started in January 2017."],
                "rag": "Green",
            },
        ],
    },
]


def build_a() -> Doc:
    d = Doc(
        title="Northwold Children's Services Improvement Plan 2017-18 (refreshed)",
        font="Liberation Sans",
        size_pt=10,
        footer="Northwold Children’s Services Improvement Plan 2017–18 – v3.1 – OFFICIAL      "
        "Page {page} of {pages}",
        margins_cm=(1.8, 1.6, 1.8, 1.6),
    )
    d.p("Northwold County Council", "Subtitle")
    d.p("Children’s Services Improvement Plan 2017–18", "Title")
    d.p(
        "Refreshed following the Ofsted inspection of services for children in need of help "
        "and protection, children looked after and care leavers (March 2016)",
        "Subtitle",
    )
    d.p("Version 3.1 – February 2017 – for approval by the Improvement Board on 23 February 2017")
    d.h("Introduction", 2)
    d.p(
        "Ofsted inspected services for children in need of help and protection, children looked "
        "after and care leavers in Northwold between 7 and 31 March 2016, and published its "
        "report on 20 May 2016. Services were judged to require improvement to be good. The "
        "report made 11 recommendations to the local authority and three to the Local "
        "Safeguarding Children Board."
    )
    d.p(
        "Our first improvement plan was agreed by the Improvement Board in July 2016. This "
        "refreshed plan replaces it. It keeps the actions that are still open, adds new actions "
        "where our audits show that practice has not improved quickly enough, and sets new "
        "target dates. Recommendations 3, 7, 9 and 10 of the report, which concern children "
        "looked after and care leavers, are now addressed in the Children Looked After and Care "
        "Leavers Strategy 2016–2019 and are not repeated here. Recommendations 4 and 5 are "
        "answered together."
    )
    d.h("How to read this plan", 2)
    d.p(
        "Each section below begins with the recommendation as Ofsted wrote it and the board "
        "that the actions report to. The table that follows sets out what we will do, who is "
        "responsible, when it will be done, how we will know it has made a difference, and what "
        "has happened so far. The RAG column is our assessment of progress at 31 January 2017:"
    )
    d.ul(
        [
            "Green – on track to be delivered by the target date",
            "Amber – some slippage; a recovery plan is in place",
            "Red – off track; escalated to the Improvement Board",
            "Blue – complete and evidenced",
        ]
    )
    cols = ["No.", "Action", "Lead Officer", "Target Date", "Success measure / Evidence",
            "Progress update", "RAG"]  # fmt: skip
    widths = [0.9, 4.3, 2.5, 2.3, 2.9, 3.5, 1.4]
    for rec in A_RECS:
        d.runs([(True, f"Recommendation {rec['n']}: {rec['text']}")], "BodyBold")
        d.runs([(False, "Reporting to: "), (False, rec["reporting"])], "BodyItalic")
        rows = []
        for a in rec["actions"]:
            rows.append(
                [
                    a["no"],
                    a["action"],
                    a["lead"],
                    a["date"],
                    a["success"],
                    a["progress"],
                    {"blocks": [a["rag"]], "fill": FILL[a["rag"]]},
                ]
            )
        d.table(widths, cols, rows, repeat_header=True)
    d.h("Approval", 2)
    d.p(
        "This refreshed plan was prepared by the Assistant Director – Safeguarding with heads of "
        "service and partners. Progress will be reported to each meeting of the Improvement "
        "Board, and to the Children’s Scrutiny Committee every six months."
    )
    return d


# ============================================================================ plan b
B_RECS = [
    (
        "R1",
        [
            "The timeliness and quality of strategy meetings, including the attendance of police "
            "and health partners."
        ],
    ),
    (
        "R2",
        [
            "The quality of assessments and plans for children in need, so that they reflect "
            "children’s identity, history and lived experience."
        ],
    ),
    (
        "R3",
        [
            "The response to children at risk of harm outside the home, including:",
            (
                "ul",
                [
                    "the consistency and timeliness of return home interviews",
                    "the use of information from return home interviews to inform safety planning",
                    "multi-agency oversight of children at risk of criminal exploitation.",
                ],
            ),
        ],
    ),
    (
        "R4",
        [
            "The frequency and quality of management oversight and supervision in the "
            "assessment and child in need teams."
        ],
    ),
    (
        "R5",
        [
            "The timeliness of assessments of connected carers and the support offered to "
            "special guardians."
        ],
    ),
    (
        "R6",
        [
            "The range of suitable accommodation for care leavers, including young people aged "
            "18 to 21 who are leaving custody."
        ],
    ),
    ("R7", ["The quality of pathway plans and care leavers’ understanding of their entitlements."]),
]

# (rec, ref, what we will do, who, when, how we will know, status)
B_ACTIONS = [
    (
        "R1",
        "R1.1",
        [
            "Strategy meetings to be convened within one working day of the decision, with police "
            "and health invited through the shared EASH calendar."
        ],
        "Head of Service, EASH",
        "Nov 2024",
        "Strategy meetings within one working day: 71% (baseline) to 95%",
        "Complete",
    ),
    (
        "R1",
        "R1.2",
        [
            "Agree a health attendance rota with the ICB safeguarding team, including out-of-hours "
            "cover through the acute trust."
        ],
        "Designated Nurse, Safeguarding Children (ICB)",
        "Sep 2025",
        "Health attend 90% of strategy meetings",
        "Slipped",
    ),
    (
        "R1",
        "R1.3",
        [
            "Quarterly multi-agency audit of strategy meetings, reported to the Safeguarding Children "
            "Partnership."
        ],
        "Partnership Business Manager",
        "Quarterly from Apr 2025",
        "Audit reports show decisions recorded with a rationale in 90% of meetings",
        "On track",
    ),
    (
        "R2",
        "R2.1",
        [
            "Roll out the revised assessment template, with prompts on identity, culture and family "
            "history, to all assessment and child in need teams."
        ],
        "Principal Social Worker",
        "Mar 2025",
        "Assessments audited as good or better: 48% to 75%",
        "Complete",
    ),
    (
        "R2",
        "R2.2",
        [
            "Practice observation of every social worker in the child in need teams by a practice "
            "supervisor at least twice a year, with feedback from the family."
        ],
        "Heads of Service, Children in Need",
        "Q2 2025/26",
        "Observation records on the workforce system; family feedback forms",
        "On track",
    ),
    (
        "R2",
        "R2.3 / R4.2",
        [
            "Introduce a child in need plan review panel for plans open longer than nine months, "
            "chaired by a service manager, which also checks the frequency of supervision for each "
            "child."
        ],
        "Service Manager, Children in Need",
        "By 31 Oct 2025",
        "Child in need plans open over 12 months: 23 to 17",
        "On track",
    ),
    (
        "R3",
        "R3.1",
        [
            "Commission an independent return home interview service from the Eastmere Youth Trust, "
            "offering every interview within 72 hours."
        ],
        "Head of Commissioning, Children and Young People",
        "Jul 2025",
        "Return home interviews offered within 72 hours: 58% to 85%",
        "Slipped",
    ),
    (
        "R3",
        "R3.2",
        [
            "Return home interview summaries to be attached to the child’s safety plan and discussed "
            "at the next team meeting:",
            (
                "ul",
                [
                    "summary uploaded to the child’s record within 2 working days",
                    "safety plan updated within 5 working days",
                ],
            ),
        ],
        "Team Manager, Adolescent Service",
        "Oct 2025 – Jan 2026",
        "Audit: return home interview information used in the safety plan in 80% of cases",
        "On track",
    ),
    (
        "R3",
        "R3.3",
        [
            "Set up a multi-agency child exploitation panel (MACE) with the police, youth justice and "
            "health, meeting every two weeks."
        ],
        "Detective Chief Inspector, Public Protection / Head of Service, Adolescents",
        "Feb 2025",
        "All children at high risk of criminal exploitation discussed at MACE",
        "Complete",
    ),
    (
        "R4",
        "R4.1",
        [
            "Supervision every four weeks for all social workers in the assessment and child in need "
            "teams, recorded on the child’s record with a clear direction and timescale."
        ],
        "Team Managers, Assessment and CIN",
        "Ongoing",
        "Supervision within timescale: 63% to 90%",
        "Off track",
    ),
    (
        "R4",
        "R4.3",
        [
            "Recruit two additional team managers to reduce spans of control to no more than seven "
            "social workers."
        ],
        "Director of Children’s Social Care",
        "Q3 2025/26",
        "No team manager supervises more than seven social workers",
        "Slipped",
    ),
    (
        "R5",
        "R5.1",
        [
            "Create a dedicated connected carers assessment team of three social workers and a senior "
            "practitioner."
        ],
        "Head of Service, Fostering and Permanence",
        "Apr 2025",
        "Viability assessments within 10 working days; full assessments within 16 weeks",
        "Complete",
    ),
    (
        "R5",
        "R5.2",
        [
            "Launch a special guardianship support offer, including a support plan for every special "
            "guardian, an annual review and access to the therapeutic support fund."
        ],
        "Head of Service, Fostering and Permanence",
        "End of 2025/26",
        "Special guardians with a support plan: 100%",
        "On track",
    ),
    (
        "R6",
        "R6.1",
        [
            "Agree a joint accommodation protocol with the housing department and probation for young "
            "people aged 18 to 21 leaving custody."
        ],
        "Head of Service, Care Leavers / Head of Housing Options",
        "Aug 2025",
        "No care leaver leaves custody without an address agreed 14 days in advance",
        "Off track",
    ),
    (
        "R6",
        "R6.2",
        ["Commission 12 supported lodgings places and six staying close places."],
        "Head of Commissioning, Children and Young People",
        "Mar 2026",
        "Care leavers in suitable accommodation: 86% to 95%",
        "On track",
    ),
    (
        "R6",
        "R6.3 / R7.3",
        [
            "Personal advisers to review each care leaver’s accommodation and entitlements together "
            "at every pathway plan review, using the new entitlements checklist."
        ],
        "Team Managers, Care Leavers",
        "Q1 2025/26",
        "Pathway plan audit; care leavers’ survey",
        "On track",
    ),
    (
        "R7",
        "R7.1",
        [
            "Co-produce a new pathway plan with the Eastmere Care Leavers’ Council, written to the "
            "young person and shorter than the current form."
        ],
        "Participation and Engagement Manager",
        "Sep 2025",
        "Pathway plans audited as good or better: 44% to 80%",
        "Slipped",
    ),
    (
        "R7",
        "R7.2",
        [
            "Publish the local offer for care leavers as a booklet and a website, and give every care "
            "leaver a copy at their 18th birthday review."
        ],
        "Head of Service, Care Leavers",
        "Dec 2024",
        "Care leavers’ survey: 80% say they know their entitlements",
        "Complete",
    ),
]

B_KPIS = [
    ("Strategy meetings held within one working day", "71%", "88%", "95%", "Higher is better"),
    ("Strategy meetings attended by health", "46%", "61%", "90%", "Higher is better"),
    ("Assessments completed within 45 working days", "79.5%", "86.2%", "90%", "Higher is better"),
    ("Child in need plans open longer than 12 months", "23", "19", "17", "Lower is better"),
    ("Return home interviews offered within 72 hours", "58%", "71%", "85%", "Higher is better"),
    (
        "Repeat missing episodes (monthly average)",
        "31 per month",
        "26 per month",
        "20 per month",
        "Lower is better",
    ),
    (
        "Connected carer assessments completed within 16 weeks",
        "35%",
        "62%",
        "80%",
        "Higher is better",
    ),
    (
        "Average time from referral to viability assessment",
        "24 days",
        "12 days",
        "10 days",
        "Lower is better",
    ),
    (
        "Care leavers aged 19 to 21 in suitable accommodation",
        "86%",
        "89%",
        "95%",
        "Higher is better",
    ),
    ("Pathway plans audited as good or better", "44%", "58%", "80%", "Higher is better"),
    ("Social workers supervised within four weeks", "63%", "74%", "90%", "Higher is better"),
]


def build_b() -> Doc:
    d = Doc(
        title="Eastmere Children's Services Improvement Plan 2025-26: Year 2 update",
        font="DejaVu Sans",
        size_pt=8.5,
        landscape=True,
        header="Eastmere Borough Council – Children’s Services Improvement Plan 2025–26 – "
        "Year 2 update",
        footer="OFFICIAL – {page}",
        margins_cm=(1.3, 1.3, 1.3, 1.3),
    )
    d.p("Eastmere Borough Council – Children and Families Directorate", "Subtitle")
    d.p("Children’s Services Improvement Plan 2025–26: Year 2 update", "Title")
    d.p(
        "Our response to the Ofsted inspection of local authority children’s services (ILACS), "
        "10 to 21 June 2024. Position at 30 June 2025."
    )
    d.p(
        "This update replaces the 2024–26 plan agreed by the Children’s Improvement Board in "
        "September 2024. It brings all seven of Ofsted’s areas for improvement into one table, "
        "in the order in which the report lists them, including the assessment of connected "
        "carers, which was not in the first plan. The Children’s Improvement Board, chaired by "
        "the Chief Executive, reviews the whole plan every two months."
    )
    d.p(
        "Each recommendation appears once, in the second column, beside all the actions that "
        "answer it. Where one action also answers a second recommendation, both references are "
        "given in the Ref column. ‘How we will know’ gives the measure that will show the action "
        "has made a difference; the figures are reported in the key performance indicators "
        "table that follows the plan. Actions completed in 2024–25 are kept in the table, "
        "marked Complete, so that the Board can see the whole response to each recommendation."
    )
    d.runs([(True, "Status key: "),
            (False, "Complete (blue) – finished and evidenced; On track (green); Slipped "
                    "(amber) – behind the timescale, recovery agreed; Off track (red) – "
                    "escalated to the Improvement Board.")])  # fmt: skip
    cols = ["Ref", "Ofsted recommendation", "What we will do", "Who", "When",
            "How we will know", "Status"]  # fmt: skip
    widths = [1.9, 5.3, 7.0, 3.6, 2.3, 4.9, 2.1]
    by_rec: dict[str, list[tuple]] = {}
    for a in B_ACTIONS:
        by_rec.setdefault(a[0], []).append(a)
    rows: list[list[object]] = []
    for num, text in B_RECS:
        acts = by_rec[num]
        for i, (_, ref, what, who, when, know, status) in enumerate(acts):
            rec_cell: object = (
                {"blocks": [("b", num), *text], "rowspan": len(acts)} if i == 0 else None
            )
            rows.append([ref, rec_cell, what, who, when, know,
                         {"blocks": [status], "fill": STATUS_FILL[status]}])  # fmt: skip
    d.table(widths, cols, rows, repeat_header=True, header_fill="#BDD7EE", font_pt=7.5)
    d.h("Key performance indicators", 2)
    d.p("Figures are for Eastmere children and young people. Latest (Q1) is April to June 2025.")
    kcols = ["Indicator", "Baseline 2023/24", "Latest (Q1)", "Target 2025/26",
             "Direction (higher is better / lower is better)"]  # fmt: skip
    krows = [list(k) for k in B_KPIS]
    d.table([9.5, 3.2, 3.2, 3.2, 5.0], kcols, krows, repeat_header=True, header_fill="#D9E2F3")
    return d


# ============================================================================ plan c
# (number, short title, Ofsted text, summary paragraph, actions [(action, owner, deadline, update)])
C_RECS = [
    (
        "1",
        "Strategy meetings",
        "The timeliness and quality of strategy meetings, including the attendance of police and "
        "health partners.",
        "Timeliness has improved every month since July. Health attendance remains the main "
        "concern and has been escalated to the ICB.",
        [
            (
                "Daily strategy meeting slots with police and health at 10am and 2pm",
                "Head of Service, EASH",
                "30 Sept 2024",
                "Complete. Slots in place since 2 September; 83% of meetings held within one working day "
                "in October.",
            ),
            (
                "Escalation route when a partner does not attend, agreed by the three statutory partners",
                "Partnership Business Manager",
                "Dec 2024",
                "Draft agreed by the Partnership executive on 7 November.",
            ),
        ],
    ),
    (
        "2",
        "Assessments and plans for children in need",
        "The quality of assessments and plans for children in need, so that they reflect children’s "
        "identity, history and lived experience.",
        "Audit grades are improving slowly. The new practice standards were well received.",
        [
            (
                "Assessment practice standards relaunched, with a new section on identity and lived "
                "experience",
                "Principal Social Worker",
                "Oct 2024",
                "Relaunched at the practice conference on 3 October.",
            ),
            (
                "Monthly audit of ten child in need plans per team, with feedback to the social worker",
                "Head of Quality Assurance",
                "Ongoing",
                "Audits in September and October: 52% of plans good or better (baseline 48%).",
            ),
        ],
    ),
    (
        "3",
        "Children at risk of harm outside the home",
        "The response to children at risk of harm outside the home, including: the consistency and "
        "timeliness of return home interviews; the use of information from return home interviews "
        "to inform safety planning; multi-agency oversight of children at risk of criminal "
        "exploitation.",
        "The recommissioning of the return home interview service has slipped; the Board is asked "
        "to agree the revised deadline.",
        [
            (
                "Recommission the return home interview service",
                "Head of Commissioning",
                "Revised: Feb 2025 (was Nov 2024)",
                "Tender delayed because no compliant bids were received; re-tender under way.",
            ),
            (
                "Return home interview information to be added to safety plans within five working days",
                "Team Manager, Adolescent Service",
                "Jan 2025",
                "Practice guidance issued.",
            ),
            (
                "Monthly multi-agency exploitation meeting to review all children at risk of criminal "
                "exploitation",
                "DCI Public Protection and Head of Service, Adolescents",
                "Sept 2024",
                "First meeting held on 18 September; 22 children reviewed.",
            ),
        ],
    ),
    (
        "4",
        "Management oversight and supervision",
        "The frequency and quality of management oversight and supervision in the assessment and "
        "child in need teams.",
        "Supervision compliance has risen to 77% but is still below target.",
        [
            (
                "Team managers’ spans of control reduced to seven social workers",
                "Director of Children’s Social Care",
                "Mar-25",
                "One new team manager appointed; second post out to advert.",
            ),
            (
                "Supervision compliance reported weekly to heads of service",
                "Performance Manager",
                "Aug 2024",
                "Weekly report live since August.",
            ),
        ],
    ),
    (
        "5",
        "Connected carers and special guardians",
        "The timeliness of assessments of connected carers and the support offered to special "
        "guardians.",
        "A new pathway for connected carers assessments is being tested.",
        [
            (
                "Connected carers assessment pathway with viability assessments completed within 10 "
                "working days",
                "Head of Fostering",
                "Q3 2024/25",
                "Pathway drafted; 4 of 7 viability assessments in October completed within 10 days.",
            ),
            (
                "Special guardianship support plans reviewed for all 64 special guardians",
                "Permanence Team Manager",
                "End Jan 2025",
                "29 of 64 reviewed.",
            ),
        ],
    ),
    (
        "6",
        "Accommodation for care leavers",
        "The range of suitable accommodation for care leavers, including young people aged 18 to 21 "
        "who are leaving custody.",
        "Actions for this recommendation are being developed with the housing department and "
        "probation and will be brought to the Board in January 2025. A task and finish group met "
        "for the first time on 30 October 2024.",
        [],
    ),
    (
        "7",
        "Pathway plans and entitlements",
        "The quality of pathway plans and care leavers’ understanding of their entitlements.",
        "Care leavers have been closely involved in redesigning the pathway plan.",
        [
            (
                "Pathway plan redesigned with the Care Leavers’ Council",
                "Participation Manager",
                "Dec 2024",
                "Three workshops held; draft plan tested by 8 young people.",
            ),
            (
                "Entitlements leaflet given to every care leaver at their pathway plan review",
                "Team Managers, Care Leavers",
                "Nov 2024 – Mar 2025",
                "Leaflet printed; distribution started on 1 November.",
            ),
        ],
    ),
]

C_KPIS = [
    ("SC1", "Strategy meetings within one working day", "71%", "76%", "83%", "95%", "Amber"),
    ("SC2", "Health attendance at strategy meetings", "46%", "49%", "55%", "90%", "Red"),
    ("SC3", "Assessments audited as good or better", "48%", "50%", "52%", "75%", "Red"),
    ("SC4", "Re-referrals within 12 months", "22.4%", "21.0%", "20.1%", "18%", "Amber"),
    ("SC5", "Return home interviews offered within 72 hours", "58%", "55%", "61%", "85%", "Red"),
    ("SC6", "Children reviewed at the exploitation meeting", "n/a", "n/a", "22", "tbc", "n/a"),
    (
        "SC7",
        "Supervision within four weeks (assessment and CIN teams)",
        "63%",
        "70%",
        "77%",
        "90%",
        "Amber",
    ),
    (
        "SC8",
        "Connected carer viability assessments within 10 working days",
        "40%",
        "45%",
        "57%",
        "90%",
        "Amber",
    ),
    ("SC9", "Care leavers in suitable accommodation", "86%", "87%", "88%", "95%", "Green"),
    ("SC10", "Pathway plans reviewed within six months", "74%", "79%", "84%", "95%", "Amber"),
]

C_GLOSSARY = [
    ("CIN", "Child in Need"),
    ("DCI", "Detective Chief Inspector"),
    ("EASH", "Eastmere Assessment and Safeguarding Hub"),
    ("ICB", "Integrated Care Board"),
    ("ILACS", "Inspection of Local Authority Children’s Services"),
    ("MACE", "Multi-Agency Child Exploitation"),
    ("QA", "Quality Assurance"),
    ("RHI", "Return Home Interview"),
    ("SGO", "Special Guardianship Order"),
]


def build_c() -> Doc:
    d = Doc(
        title="Children's Improvement Board 14 November 2024 - Item 5 - Ofsted improvement plan "
        "progress report",
        font="Nimbus Sans",
        size_pt=10.5,
        footer="Children’s Improvement Board – 14 November 2024 – Item 5 – Page {page}",
        margins_cm=(2.2, 2.2, 2.0, 2.2),
    )
    d.p("EASTMERE CHILDREN’S IMPROVEMENT BOARD", "Subtitle")
    d.p("Date of meeting: 14 November 2024")
    d.p("Agenda item: 5")
    d.p("Report of: Director of Children’s Social Care")
    d.p("Ofsted improvement plan: progress report, Quarter 2 2024/25", "Title")
    d.h("1. Purpose of the report")
    d.p(
        "1.1 This report updates the Board on progress against the seven areas for improvement "
        "in the Ofsted report of the inspection of local authority children’s services (ILACS) "
        "carried out from 10 to 21 June 2024, and on the performance measures in the "
        "scorecard at Appendix A. It covers July to September 2024, with later information where "
        "it is available."
    )
    d.h("2. Recommendations")
    d.p("2.1 The Board is asked to:")
    d.ul(
        [
            "note the progress made in the second quarter;",
            "agree the revised deadline for recommissioning the return home interview service "
            "(section 5);",
            "note that actions on accommodation for care leavers will be brought to the January "
            "meeting (section 8).",
        ]
    )
    sec = 3
    for num, title, text, summary, actions in C_RECS:
        d.h(f"{sec}. Recommendation {num}: {title}")
        d.runs([(True, "Ofsted said: "), (False, f"‘{text}’")])
        d.p(f"{sec}.1 {summary}")
        if actions:
            rows = [[a, o, dl, u] for a, o, dl, u in actions]
            d.table([6.4, 3.4, 2.4, 4.4], ["Action", "Owner", "Deadline", "Update"], rows,
                    header_fill="#DDEBF7")  # fmt: skip
        sec += 1
    d.h(f"{sec}. Next steps")
    d.p(
        f"{sec}.1 The next progress report will come to the Board on 16 January 2025, with the "
        "accommodation actions for care leavers and the quarter 3 scorecard."
    )
    d.page_break()
    d.h("Appendix A: KPI scorecard")
    d.p(
        "2023/24 is the outturn for the year. Q1 and Q2 are 2024/25. RAG compares the Q2 figure "
        "with the target."
    )
    d.table([1.3, 7.0, 1.7, 1.4, 1.4, 1.6, 1.6],
            ["Ref", "KPI", "2023/24", "Q1", "Q2", "Target", "RAG"],
            [[r, k, b, q1, q2, t, {"blocks": [g], "fill": FILL.get(g)}]
             for r, k, b, q1, q2, t, g in C_KPIS],
            header_fill="#DDEBF7")  # fmt: skip
    d.h("Appendix B: Glossary")
    d.table(
        [3.0, 10.0], ["Acronym", "Meaning"], [[a, m] for a, m in C_GLOSSARY], header_fill="#DDEBF7"
    )
    return d


# ============================================================================ build
PLANS = {
    "northwold-improvement-plan-refresh-2017": build_a,
    "eastmere-improvement-plan-update-2025": build_b,
    "eastmere-improvement-board-progress-2024": build_c,
}


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("LibreOffice not found: apt-get install -y libreoffice-writer")


def main(argv: list[str]) -> int:
    SRC.mkdir(exist_ok=True)
    sources = []
    for name, build in PLANS.items():
        path = SRC / f"{name}.fodt"
        path.write_text(build().xml(), encoding="utf-8")
        sources.append(path)
        print(f"wrote {path.relative_to(HERE.parent.parent)}")
    if "--no-pdf" in argv:
        return 0
    exe = soffice()
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
               "pdf:writer_pdf_Export", "--outdir", str(HERE), *map(str, sources)]  # fmt: skip
        env = dict(os.environ, SAL_USE_VCLPLUGIN="svp")
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    for p in sources:
        print(f"wrote {(HERE / (p.stem + '.pdf')).relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
