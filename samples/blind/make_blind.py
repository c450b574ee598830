"""Blind plans, set 2: HTML written here, printed to PDF with headless Chromium.

A third producer (after ReportLab in samples/plans and LibreOffice in samples/heldout). The HTML
is deterministic; the PDFs are not byte-reproducible (Chromium stamps dates). Fictional content.

    .venv/bin/python samples/blind/make_blind.py            # HTML + PDFs
    .venv/bin/python samples/blind/make_blind.py --no-pdf   # HTML only (samples/blind/src/)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
CHROMIUM = "/usr/bin/chromium"

# ----------------------------------------------------------------------------------------------
# Plan 1: Northwold post-inspection action plan 2016 (portrait, ruled, one table per THEME)
# ----------------------------------------------------------------------------------------------

NW_RECS = [
    (
        "1",
        "Ensure that every strategy discussion involves police, health and children&rsquo;s social "
        "care, and that the reason for the decision on whether to start a section 47 enquiry is "
        "recorded on the child&rsquo;s file.",
        "Immediate",
    ),
    (
        "2",
        "Strengthen the response to children who go missing from home or care: offer every child a "
        "return home interview within 72 hours and use what is learned to reduce risk, including "
        "the risk of child sexual exploitation.",
        "Immediate",
    ),
    (
        "3",
        "Ensure that every care leaver has an up-to-date pathway plan, written with them and "
        "reviewed at least every six months.",
        "Immediate",
    ),
    (
        "4",
        "Improve the quality of assessments so that they take account of family history, the "
        "child&rsquo;s lived experience and the views of fathers and other significant adults.",
        "High",
    ),
    (
        "5",
        "Ensure that child in need and child protection plans are specific, measurable and "
        "time-bound, include contingency plans and are reviewed at every core group.",
        "High",
    ),
    (
        "6",
        "Work with partner agencies so that thresholds are understood and applied consistently "
        "in the MASH and by referring agencies.",
        "High",
    ),
    (
        "7",
        "Increase the number of local foster placements, including for sibling groups and older "
        "children.",
        "Medium",
    ),
    (
        "8",
        "Ensure that independent reviewing officers monitor care plans between reviews, record "
        "their oversight and use the dispute resolution process promptly, and reduce their "
        "caseloads.",
        "High",
    ),
    (
        "9",
        "Ensure that every child looked after has a personal education plan that is completed on "
        "time and is of good quality.",
        "Medium",
    ),
    (
        "10",
        "Improve education, employment and training opportunities for care leavers, including "
        "apprenticeships within the council and its partners.",
        "Medium",
    ),
    (
        "11",
        "Ensure that all social workers receive regular, reflective supervision that is recorded, "
        "and that managers identify and challenge drift and delay.",
        "High",
    ),
]

# (id, action html, recs cell, officer html, start, complete by, measure html, status)
NW_THEMES = [
    (
        "Theme 1: Getting the front door right",
        "Improvement Board",
        [
            (
                "FD-01",
                "Agree a joint strategy discussion protocol with Northwold Police and the "
                "Clinical Commissioning Group so that a health professional takes part in every "
                "strategy discussion.",
                "Rec 1",
                "Assistant Director,<br>Safeguarding",
                "01/06/2016",
                "31/07/2016",
                "Protocol signed by all three agencies",
                "Complete",
            ),
            (
                "FD-02",
                "Add mandatory fields to the ICS strategy discussion form for:"
                "<ul><li>who attended and how</li><li>the information shared by each agency</li>"
                "<li>the reason for the section 47 decision</li></ul>",
                "1",
                "Head of Service,<br>MASH and Assessment",
                "01/06/2016",
                "August 2016",
                "Form live; monthly dip sample shows all fields completed in 95% of discussions",
                "In progress",
            ),
            (
                "FD-03",
                "Commission an independent return home interview service that offers every "
                "child an interview within 72 hours of their return, including children placed "
                "out of county.",
                "Rec 2",
                "Head of Commissioning<br>(Children)",
                "01/07/2016",
                "31/10/2016",
                "90% of children offered an interview within 72 hours",
                "In progress",
            ),
            (
                "FD-04",
                "Set up a fortnightly missing and CSE panel, chaired jointly by police and "
                "children&rsquo;s social care, to analyse return home interview information and "
                "agree disruption plans for the children at highest risk.",
                "2",
                "Service Manager,<br>Adolescent Support",
                "01/06/2016",
                "September 2016",
                "Panel meets fortnightly; every child at high risk has a disruption plan",
                "Complete",
            ),
            (
                "FD-05",
                "Run threshold workshops for schools, GPs and police, and reissue the "
                "threshold document with worked examples.",
                "6",
                "MASH Manager",
                "01/09/2016",
                "Q3 2016/17",
                "Fewer than 20% of MASH contacts result in no further action",
                "Not started",
            ),
            (
                "FD-06",
                "Add a missing-from-home safety section to child protection plans, reviewed at "
                "every core group meeting.",
                "2, 5",
                "Head of Service,<br>Child Protection",
                "01/08/2016",
                "30/11/2016",
                "Audit finds safety section completed and reviewed in 80% of relevant plans",
                "In progress",
            ),
        ],
    ),
    (
        "Theme 2: Quality of practice and management oversight",
        "Improvement Board",
        [
            (
                "QP-01",
                "Launch a new assessment framework and practice guidance, with training for "
                "every social worker in the assessment teams on:"
                "<ul><li>building a chronology and a family history</li>"
                "<li>describing the child&rsquo;s lived experience in the child&rsquo;s own "
                "words where possible</li>"
                "<li>finding and involving fathers and other significant adults, including "
                "those who do not live with the child</li>"
                "<li>moving from analysis to a plan with clear outcomes</li></ul>"
                "Practice guidance to be published on the staff intranet and reinforced at "
                "team meetings.",
                "Rec 4",
                "Principal Social Worker",
                "01/07/2016",
                "30/11/2016",
                "<ul><li>All assessment team staff trained</li>"
                "<li>Audits rate 70% of assessments good or better</li>"
                "<li>Fathers recorded as seen in 80% of assessments</li></ul>",
                "In progress",
            ),
            (
                "QP-02",
                "Monthly audit of 25 assessments and plans by team managers, moderated by the "
                "quality assurance team, with findings reported to the Improvement Board.",
                "4, 5",
                "Head of Quality Assurance",
                "01/08/2016",
                "Ongoing",
                "Monthly audit report received by the Board",
                "In progress",
            ),
            (
                "QP-03",
                "Refresh the supervision policy: supervision at least every four weeks, recorded "
                "on ICS using a reflective template.",
                "Rec 11",
                "Principal Social Worker",
                "01/06/2016",
                "30/09/2016",
                "90% of supervision in timescale and recorded on ICS",
                "Complete",
            ),
            (
                "QP-04",
                "Weekly exception report to team managers listing children whose files show no "
                "recorded management oversight for 20 working days.",
                "11",
                "Performance and<br>Intelligence Manager",
                "01/07/2016",
                "March 2017<br>(was December 2016)",
                "Report issued weekly; exceptions fall month on month",
                "In progress",
            ),
            (
                "QP-05",
                "Recruit three additional independent reviewing officers so that caseloads fall "
                "to no more than 70 children, and record IRO midway checks on ICS.",
                "8",
                "Head of Safeguarding and<br>Quality Assurance",
                "01/06/2016",
                "31/01/2017",
                "IRO caseloads at or below 70; midway checks recorded for 85% of children",
                "In progress",
            ),
        ],
    ),
    (
        "Theme 3: Children looked after and care leavers",
        "Corporate Parenting Board",
        [
            (
                "LC-01",
                "Personal advisers to review every care leaver&rsquo;s pathway plan with the "
                "young person and give them a copy in the format they choose.",
                "Rec 3",
                "Head of Service,<br>Leaving Care",
                "01/06/2016",
                "31/12/2016",
                "All pathway plans reviewed within six months",
                "In progress",
            ),
            (
                "LC-02",
                "Launch a &lsquo;Foster for Northwold&rsquo; recruitment campaign aimed at carers "
                "for teenagers and sibling groups.",
                "7",
                "Head of Fostering<br>and Adoption",
                "01/09/2016",
                "31/03/2017",
                "25 new fostering households approved",
                "Not started",
            ),
            (
                "LC-03",
                "Create ten council apprenticeships ring-fenced for care leavers, and a further "
                "ten with partner organisations.",
                "Rec 10",
                "Head of Service,<br>Leaving Care",
                "01/09/2016",
                "2016/17",
                "20 apprenticeships filled by care leavers",
                "Not started",
            ),
            (
                "LC-04",
                "From age 16, IROs to check at every looked after review that a pathway plan is "
                "in place and up to date, and to use the dispute resolution process when it is "
                "not.",
                "3, 8",
                "Head of Safeguarding and<br>Quality Assurance",
                "01/07/2016",
                "October 2016",
                "Dispute resolution log shows escalations resolved within 20 days",
                "In progress",
            ),
        ],
    ),
    (
        "Theme 4: A stable, skilled workforce",
        "Improvement Board",
        [
            (
                "WF-01",
                "Reduce reliance on agency social workers to below 15% through a recruitment "
                "and retention package (market supplement, career progression route and "
                "a relocation offer).",
                "&ndash;",
                "Head of HR,<br>Children&rsquo;s Services",
                "01/06/2016",
                "tbc",
                "Agency social workers below 15% of the workforce",
                "In progress",
            ),
            (
                "WF-02",
                "Set up a social work academy for newly qualified social workers with protected "
                "caseloads and fortnightly supervision in their first six months.",
                "11",
                "Principal Social Worker",
                "01/06/2016",
                "September 2016",
                "First cohort of 12 NQSWs in post",
                "Complete",
            ),
        ],
    ),
]

NW_CSS = """
@page { size: A4 portrait; margin: 16mm 14mm 18mm 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #111; }
h1 { font-size: 16pt; margin: 0 0 2mm 0; color: #1f3b63; }
h2 { font-size: 12pt; margin: 6mm 0 1mm 0; color: #1f3b63; }
p.sub { font-size: 10pt; margin: 0 0 4mm 0; }
p.oversight { font-style: italic; margin: 0 0 2mm 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #555; padding: 1.5mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #dbe4f0; font-size: 8pt; }
thead { display: table-header-group; }
tr { break-inside: auto; }
td ul { margin: 0.5mm 0 0.5mm 0; padding-left: 4mm; }
td.id, td.st { white-space: nowrap; }
table.actions { font-size: 7.5pt; table-layout: fixed; }
table.actions th { font-size: 7pt; }
"""


def northwold_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Northwold County Council - Post-inspection action plan 2016</title>",
        f"<style>{NW_CSS}</style></head><body>",
    ]
    out.append(
        "<h1>Northwold County Council<br>Children&rsquo;s Services Post-Inspection Action Plan</h1>"
    )
    out.append(
        '<p class="sub">Our response to the Ofsted inspection of services for children in '
        "need of help and protection, children looked after and care leavers (March 2016)."
        "<br>Version 1.2, 15 July 2016</p>"
    )
    out.append(
        "<p>Ofsted judged our services to require improvement to be good, and judged the "
        "experiences and progress of care leavers to be inadequate. This plan sets out what "
        "we will do in response. Actions are grouped by theme rather than by "
        "recommendation, because several actions answer more than one recommendation. "
        "Each action shows the recommendation(s) it addresses.</p>"
    )
    out.append("<h2>Summary of recommendations</h2>")
    out.append(
        '<table class="recs"><thead><tr><th style="width:9mm">No.</th>'
        '<th>Recommendation</th><th style="width:20mm">Priority</th></tr></thead><tbody>'
    )
    for num, text, prio in NW_RECS:
        out.append(f"<tr><td>{num}</td><td>{text}</td><td>{prio}</td></tr>")
    out.append("</tbody></table>")
    out.append(
        "<p>Recommendation 9 is being taken forward through the Virtual School Improvement "
        "Plan and is not repeated here. The Local Safeguarding Children Board&rsquo;s own "
        "recommendations (45 to 47) are addressed in the LSCB business plan.</p>"
    )
    out.append("<p>Status is shown as Not started, In progress or Complete.</p>")
    for title, oversight, rows in NW_THEMES:
        out.append(f"<h2>{title}</h2>")
        out.append(f'<p class="oversight">Oversight: {oversight}</p>')
        out.append(
            '<table class="actions"><colgroup><col style="width:7%"><col style="width:26%">'
            '<col style="width:16%"><col style="width:13%"><col style="width:9%">'
            '<col style="width:9%"><col style="width:12%"><col style="width:8%"></colgroup>'
            "<thead><tr><th>Action ID</th><th>Action</th>"
            "<th>Recommendation(s) addressed</th><th>Responsible officer</th>"
            "<th>Start</th><th>Complete by</th><th>Measure of success</th>"
            "<th>Status</th></tr></thead><tbody>"
        )
        for aid, action, recs, officer, start, due, measure, status in rows:
            out.append(
                f'<tr><td class="id">{aid}</td><td>{action}</td><td>{recs}</td>'
                f"<td>{officer}</td><td>{start}</td><td>{due}</td><td>{measure}</td>"
                f"<td>{status}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------
# Plan 2: Eastmere delivery plan 2024 (landscape, no borders, shaded priority rows)
# ----------------------------------------------------------------------------------------------

EM_PRIORITIES = [
    (
        "1",
        "Children at risk of exploitation and children who go missing",
        [
            (
                "1.1",
                "Return home interviews offered within 72 hours by the Youth Engagement Service, "
                "with a follow-up visit when a child declines",
                "Service Manager, Youth Engagement",
                "Sept 2024",
                "G",
                "78% offered within 72 hours in August, up from 54% in March",
            ),
            (
                "1.2",
                "Findings from return home interviews added to the child&rsquo;s safety plan and "
                "discussed at the next MACE meeting",
                "Head of Service, Adolescents",
                "end Oct 2024",
                "A",
                "Recording step built in Mosaic but not yet used consistently",
            ),
            (
                "1.3",
                "Quarterly multi-agency exploitation profile for the Safeguarding Partnership, "
                "using police and health data",
                "Detective Chief Inspector, Public Protection",
                "Q3 24/25",
                "G",
                "First profile presented on 12 September",
            ),
        ],
    ),
    (
        "2",
        "Supervision and management oversight",
        [
            (
                "2.1",
                "Supervision every four weeks for all staff in the assessment and CIN teams, "
                "recorded on the reflective template",
                "Principal Social Worker",
                "31.10.24",
                "A",
                "71% of supervision in time in August",
            ),
            (
                "2.2",
                "Practice leads to audit ten supervision records a month and feed back to team "
                "managers",
                "Head of Quality Assurance",
                "Ongoing",
                "G",
                "Audits running since July",
            ),
            (
                "2.3",
                "Development programme on management oversight for all team managers, delivered "
                "with the Eastmere Practice Academy",
                "Head of Workforce Development",
                "Jan&ndash;Mar 2025",
                "",
                "Programme commissioned; first cohort starts in January",
            ),
        ],
    ),
    (
        "3",
        "Strategy meetings with partners",
        [
            (
                "3.1",
                "Daily strategy meeting slots at 10am and 2pm, with police and health invited "
                "through a shared calendar",
                "Head of Service, Front Door",
                "Aug 2024",
                "G",
                "Slots running since 5 August",
            ),
            (
                "3.2",
                "Health attendance at every strategy meeting through the ICB safeguarding team, "
                "with a named deputy for leave and sickness",
                "Designated Nurse, ICB",
                "March 2025 (was Dec 2024)",
                "R",
                "ICB recruitment delayed; health attended 58% of meetings in August",
            ),
        ],
    ),
    (
        "4",
        "Care leavers&rsquo; homes, pathway plans and entitlements",
        [
            (
                "4.1",
                "Joint protocol with housing and probation so that a home is found 28 days "
                "before a care leaver leaves custody",
                "Head of Service, Care Leavers",
                "30/11/2024",
                "A",
                "Draft protocol with probation for comment",
            ),
            (
                "4.2",
                "Pathway plan rewritten with young people in plain English, with a one-page "
                "&lsquo;my entitlements&rsquo; summary",
                "Head of Service, Care Leavers",
                "Dec 2024",
                "G",
                "Co-produced with the Care Leavers&rsquo; Forum",
            ),
            (
                "4.3",
                "Updated local offer for care leavers published and sent to every young person "
                "aged 16 to 21",
                "Participation Manager",
                "2024/25",
                "G",
                "Design agreed with young people",
            ),
        ],
    ),
    (
        "5",
        "Assessments and plans for children in need",
        [
            (
                "5.1",
                "Practice standards for assessments and CIN plans covering identity, history "
                "and lived experience, launched at a practice week",
                "Principal Social Worker",
                "Nov 2024",
                "G",
                "Practice week booked for 4 November",
            ),
            (
                "5.2",
                "Monthly themed audit of 20 CIN plans, with learning shared at team meetings",
                "Head of Quality Assurance",
                "Q4 24/25",
                "A",
                "Two audits completed; plans still too general",
            ),
        ],
    ),
    (
        "6",
        "Kinship care and special guardianship",
        [
            (
                "6.1",
                "Connected carer viability assessments within 10 working days and full "
                "assessments within 16 weeks",
                "Team Manager, Kinship Care",
                "Jan 2025",
                "R",
                "Two vacant posts; average viability assessment takes 15 days",
            ),
            (
                "6.2",
                "Special guardianship support offer with a named worker for the first year and "
                "a kinship carers&rsquo; group",
                "Head of Service, Permanence",
                "Ongoing",
                "A",
                "Carers&rsquo; group meets monthly; named worker offer not yet in place",
            ),
        ],
    ),
]

EM_KPIS = [
    ("Strategy meetings held within one working day", "62%", "84%", "95%", "Bigger is better"),
    ("Strategy meetings attended by health", "41%", "58%", "90%", "Bigger is better"),
    ("Return home interviews offered within 72 hours", "54%", "78%", "90%", "Bigger is better"),
    ("Average time from return to interview", "6 days", "3 days", "2 days", "Smaller is better"),
    (
        "Supervision in timescale (assessment and CIN teams)",
        "63%",
        "71%",
        "90%",
        "Bigger is better",
    ),
    ("Assessments completed within 45 working days", "79%", "83%", "90%", "Bigger is better"),
    (
        "Average time to complete a viability assessment",
        "18 days",
        "15 days",
        "10 days",
        "Smaller is better",
    ),
    (
        "Special guardianship orders granted",
        "4.2 per 10,000",
        "4.6 per 10,000",
        "5.0 per 10,000",
        "Bigger is better",
    ),
    (
        "Care leavers aged 19 to 21 in suitable accommodation",
        "81%",
        "85%",
        "92%",
        "Bigger is better",
    ),
    (
        "Care leavers leaving custody with a home found 28 days before release",
        "n/a",
        "67%",
        "100%",
        "Bigger is better",
    ),
    ("Children in need (context)", "312.5 per 10,000", "298.0 per 10,000", "n/a", "n/a"),
]

EM_GLOSSARY = [
    ("CIN", "Child in need"),
    ("ICB", "Integrated Care Board"),
    ("ILACS", "Inspection of Local Authority Children&rsquo;s Services"),
    ("MACE", "Multi-Agency Child Exploitation meeting"),
    ("RAG", "Red, amber, green rating"),
    ("SGO", "Special guardianship order"),
]

RAG_BG = {"R": "#e06666", "A": "#f6b26b", "G": "#93c47d", "": "transparent"}

EM_CSS = """
@page { size: A4 landscape; margin: 14mm 15mm 14mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #222; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; font-weight: normal; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; font-weight: bold; }
p { margin: 0 0 2mm 0; }
table { border-collapse: separate; border-spacing: 0; width: 100%; }
th, td { border: none; padding: 1.2mm 2.5mm; vertical-align: top; text-align: left; }
th { font-weight: bold; padding-bottom: 2mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tr.prio td { background: #e3e8ee; font-weight: bold; padding-top: 1.6mm; padding-bottom: 1.6mm; }
td.rag { text-align: center; font-weight: bold; width: 9mm; }
td.num { white-space: nowrap; }
dl { margin: 0; }
dt { font-weight: bold; float: left; width: 18mm; clear: left; }
dd { margin: 0 0 1mm 20mm; }
"""


def eastmere_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Eastmere Borough Council - Children's Social Care Delivery Plan 2024-25</title>",
        f"<style>{EM_CSS}</style></head><body>",
    ]
    out.append("<h1>Eastmere Borough Council</h1>")
    out.append("<h1>Children&rsquo;s Social Care Delivery Plan 2024&ndash;25</h1>")
    out.append(
        "<p>Our response to the Ofsted inspection of local authority children&rsquo;s "
        "services (ILACS), 10 to 21 June 2024. Issued September 2024.</p>"
    )
    out.append(
        "<p>The inspection found that children&rsquo;s services require improvement to be "
        "good and asked us to improve seven areas of practice. We have grouped our work "
        "into six delivery priorities. The priorities are in the order we will tackle "
        "them, not the order in the inspection report.</p>"
    )
    out.append(
        "<p>RAG: G on track, A at risk of slipping, R off track. A blank RAG means the "
        "deliverable has not started.</p>"
    )
    out.append(
        '<table class="plan"><thead><tr><th style="width:16mm">Priority</th>'
        '<th>Deliverable</th><th style="width:48mm">Lead</th>'
        '<th style="width:30mm">By when</th><th style="width:9mm">RAG</th>'
        '<th style="width:62mm">Comment</th></tr></thead><tbody>'
    )
    for num, title, rows in EM_PRIORITIES:
        out.append(f'<tr class="prio"><td colspan="6">Priority {num}: {title}</td></tr>')
        for ref, deliverable, lead, when, rag, comment in rows:
            out.append(
                f'<tr><td class="num">{ref}</td><td>{deliverable}</td><td>{lead}</td>'
                f'<td>{when}</td><td class="rag" style="background:{RAG_BG[rag]}">{rag}'
                f"</td><td>{comment}</td></tr>"
            )
    out.append("</tbody></table>")
    out.append('<h2 style="break-before: page">How we will measure progress</h2>')
    out.append("<p>Current figures are for August 2024.</p>")
    out.append(
        '<table class="kpi"><thead><tr><th>Measure</th>'
        '<th style="width:34mm">Baseline (Mar 24)</th><th style="width:34mm">Current</th>'
        '<th style="width:34mm">Target (Mar 25)</th><th style="width:34mm">Polarity</th>'
        "</tr></thead><tbody>"
    )
    for measure, base, cur, target, pol in EM_KPIS:
        out.append(
            f"<tr><td>{measure}</td><td>{base}</td><td>{cur}</td><td>{target}</td>"
            f"<td>{pol}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append("<h2>Glossary</h2><dl>")
    for abbr, meaning in EM_GLOSSARY:
        out.append(f"<dt>{abbr}</dt><dd>{meaning}</dd>")
    out.append("</dl></body></html>")
    return "\n".join(out) + "\n"


PLANS = {
    "northwold-action-plan-2016-html": northwold_html,
    "eastmere-delivery-plan-2024-html": eastmere_html,
}


def print_pdf(html: Path, pdf: Path) -> None:
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--user-data-dir=/tmp/chrome-blind",
        f"--print-to-pdf={pdf}",
        html.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def main(argv: list[str]) -> None:
    SRC.mkdir(exist_ok=True)
    for name, build in PLANS.items():
        html = SRC / f"{name}.html"
        html.write_text(build(), encoding="utf-8")
        if "--no-pdf" not in argv:
            print_pdf(html, HERE / f"{name}.pdf")
            print("wrote", HERE / f"{name}.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
