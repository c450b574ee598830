"""Build a seed-like improvement plan for fictional Northwold County Council (LibreOffice PDF).

Why: the 2018 seed plan's *structure* (per-recommendation banners, an action table
Action / Who / Date / Governance / What we have already achieved with a theme column, "Impact"
measures in two side-by-side columns, a KPI table whose code column has no header, "(cont)" /
"continued" banners when a section runs onto a new page, a two-pairs-per-row glossary) is the
layout real councils use. The ReportLab sample that follows it was written by the people who
tuned the extractors; this one is written independently, in new words, with LibreOffice, so it
measures whether the rules generalise.

The text lives here as plain data. ``--gold`` also writes the gold file from the same data
(the labels are the author's reading of this content, never plantrace's output).

    .venv/bin/python samples/seedlike/make_seedlike.py          # .fodt + PDF
    .venv/bin/python samples/seedlike/make_seedlike.py --gold   # also rewrites the gold JSON
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "heldout"))

from fodt import Doc  # noqa: E402

NAME = "seedlike-northwold-plan-2017"
GOLD = ROOT / "tests" / "gold" / "blind" / f"{NAME}.json"

# plan number -> (report ordinal, banner text)
RECS: list[tuple[str, int, str]] = [
    (
        "1",
        1,
        "Ensure that all children who are the subject of a strategy discussion have their "
        "circumstances considered by police, health and children’s social care together, and that "
        "the rationale for the decision to proceed, or not, to a section 47 enquiry is clearly "
        "recorded on the child’s file.",
    ),
    (
        "2",
        2,
        "Strengthen the response to children who go missing from home or care, so that every "
        "child is offered a return home interview within 72 hours and the information gathered is "
        "analysed and used to reduce risk, including the risk of child sexual exploitation.",
    ),
    (
        "3",
        4,
        "Improve the quality of assessments so that they consistently consider family "
        "history, the lived experience of the child and the views of fathers and other significant "
        "adults, and so that the analysis leads clearly to the plan.",
    ),
    (
        "4",
        7,
        "Increase the number of local foster placements, including for sibling groups and "
        "older children, so that fewer children live more than 20 miles from their home community.",
    ),
    (
        "5",
        11,
        "Ensure that all social workers receive regular, reflective supervision that is "
        "recorded on children’s files, and that managers’ oversight of casework identifies and "
        "challenges drift and delay.",
    ),
]

# An action: (theme or None, number, action lines, who, date raw, ISO date, governance, achieved)
# governance "^" = covered by the merged cell above (gold copies the governance down).
A = tuple[str | None, str, list[str], str, str, str | None, str | None, str | None]

ACTIONS: dict[str, list[A]] = {
    "1": [
        (
            "Joint decision making",
            "1",
            [
                "Agree with Northwold Police and the CCG a standard for who attends a strategy "
                "discussion and how partners who cannot attend give their view"
            ],
            "Head of MASH",
            "30 April 2017",
            "2017-04-30",
            "Safeguarding Partnership Executive",
            "Draft standard shared with police and health leads in January",
        ),
        (
            None,
            "2",
            [
                "Change the strategy discussion record so that the section 47 decision and the reasons "
                "for it must be completed before the record can be closed"
            ],
            "ICS Systems Manager",
            "31 May 2017",
            "2017-05-31",
            "^",
            None,
        ),
        (
            "Checking practice",
            "3",
            [
                "Audit a sample of strategy discussions every month:",
                "a) attendance of police and health",
                "b) whether the rationale is recorded",
                "c) whether the outcome was followed up",
            ],
            "Quality Assurance Manager",
            "Ongoing",
            None,
            "Improvement Board",
            "Monthly audit started in February; first report due to the Board in April",
        ),
    ],
    "2": [
        (
            "Return home interviews",
            "1",
            [
                "Commission a single provider for return home interviews with a contract standard of an "
                "offer within 72 hours"
            ],
            "Commissioning Manager",
            "30 June 2017",
            "2017-06-30",
            "Missing and Exploitation Group",
            "Tender published; three bids received",
        ),
        (
            None,
            "2",
            [
                "Send a daily list of children reported missing to the provider and to the allocated "
                "social worker"
            ],
            "Performance Manager",
            "31 March 2017",
            "2017-03-31",
            "Missing and Exploitation Group",
            "Daily list live since 6 February",
        ),
        (
            "Using what children tell us",
            "3",
            [
                "Produce a quarterly profile of missing episodes, places and people of concern and "
                "share it with the police and the exploitation panel"
            ],
            "Missing and Exploitation Coordinator",
            "30 September 2017",
            "2017-09-30",
            "Missing and Exploitation Group",
            None,
        ),
        (
            None,
            "4",
            ["Train foster carers and residential staff to spot and report signs of exploitation"],
            "Workforce Development Manager",
            "31 October 2017",
            "2017-10-31",
            "Missing and Exploitation Group",
            "Two training sessions delivered; 38 carers have attended",
        ),
    ],
    "3": [
        (
            "Assessment practice",
            "1",
            [
                "Publish practice guidance on chronologies, genograms and including fathers in every "
                "assessment"
            ],
            "Principal Social Worker",
            "31 May 2017",
            "2017-05-31",
            "Practice Standards Group",
            "Guidance drafted with team managers",
        ),
        (
            None,
            "2",
            ["Run assessment workshops in each locality team led by advanced practitioners"],
            "Principal Social Worker",
            "31 July 2017",
            "2017-07-31",
            "^",
            "First two workshops held in the North locality",
        ),
        (
            "Management oversight",
            "3",
            ["Team managers to sign off each assessment only when the analysis explains the plan"],
            "Heads of Service",
            "30 June 2017",
            "2017-06-30",
            "Practice Standards Group",
            None,
        ),
    ],
    "4": [
        (
            "Recruiting carers",
            "1",
            ["Launch a recruitment campaign aimed at carers for sibling groups and teenagers"],
            "Head of Fostering",
            "31 July 2017",
            "2017-07-31",
            "Corporate Parenting Board",
            "Campaign designed with care-experienced young people",
        ),
        (
            None,
            "2",
            ["Review the fees and allowances paid to foster carers against neighbouring councils"],
            "Head of Fostering",
            "30 September 2017",
            "2017-09-30",
            "Corporate Parenting Board",
            None,
        ),
        (
            "Keeping children close",
            "3",
            [
                "Placements panel to agree every placement more than 20 miles from home and review it "
                "every three months"
            ],
            "Head of Children in Care",
            "31 March 2017",
            "2017-03-31",
            "Corporate Parenting Board",
            "Panel terms of reference revised in January",
        ),
    ],
    "5": [
        (
            "Supervision",
            "1",
            ["Relaunch the supervision policy with a recording template on the child’s file"],
            "Assistant Director, Children’s Social Care",
            "31 May 2017",
            "2017-05-31",
            "Improvement Board",
            "Policy revised and agreed by the management team. Briefings for all team managers "
            "were held in January and February, and the recording template was tested by two "
            "teams before it went live across the service. Feedback from the teams led to a "
            "shorter form with a box for the child’s voice.",
        ),
        (
            None,
            "2",
            ["Report supervision frequency by team to the monthly performance meeting"],
            "Performance Manager",
            "30 April 2017",
            "2017-04-30",
            "Improvement Board",
            "A first report went to the performance meeting in March. It showed that recording of "
            "supervision on the child’s file varies between teams, from 48% to 91%, and that the "
            "teams with the most agency staff record the least. Team managers in those teams now "
            "have a weekly list of children whose supervision record is overdue.",
        ),
        (
            "Tackling drift",
            "3",
            [
                "Heads of service to review every case with no progress against the plan for more "
                "than three months"
            ],
            "Heads of Service",
            "31 August 2017",
            "2017-08-31",
            "Improvement Board",
            "Drift report built and tested",
        ),
        (
            None,
            "4",
            [
                "Strengthen the oversight of casework by first line managers:",
                "a) every team manager to complete the reflective supervision course run with the "
                "regional teaching partnership",
                "b) managers to record on the child’s file:",
                "i. the decision made in supervision and the reason for it",
                "ii. the timescale for the next step and who will take it",
                "c) heads of service to dip sample five supervision records for each manager every "
                "quarter and give written feedback",
                "d) the principal social worker to bring themes from the dip samples to the practice "
                "forum so that learning is shared across teams",
                "e) group supervision to be piloted in two assessment teams and evaluated with the "
                "staff taking part",
                "f) the workforce board to receive a quarterly summary of supervision quality, "
                "caseloads and the actions taken where supervision has lapsed",
            ],
            "Assistant Director, Children and Young People",
            "31 December 2017",
            "2017-12-31",
            "Improvement Board",
            "The course has been commissioned and the first cohort of twelve managers started in "
            "March. The recording template has been changed so that the decision and the timescale "
            "are separate fields. Dip sampling started in the South locality in February and found "
            "that half of the records did not say who would take the next step; this has been "
            "raised with the managers concerned and will be checked again in May.",
        ),
        (
            "Stable workforce",
            "5",
            [
                "Reduce reliance on agency social workers by converting agency posts to permanent "
                "posts and running a recruitment campaign with a relocation package"
            ],
            "Head of HR, Children’s Services",
            "March 2018",
            "2018-03-31",
            "Improvement Board",
            None,
        ),
    ],
}

IMPACT: dict[str, tuple[list[str], list[str]]] = {
    "1": (
        [
            "Audits show strategy discussions include police and health views - Monthly",
            "Audits show the section 47 rationale is recorded - Monthly",
        ],
        ["Partners say they are involved in decisions about children - Six monthly"],
    ),
    "2": (
        ["Audits show return home interview findings are used in plans - Quarterly"],
        ["Children say someone listened to them after they came home - Six monthly"],
    ),
    "3": (
        ["Audits show assessments include family history and fathers - Quarterly"],
        ["Parents say they understood the assessment - Six monthly"],
    ),
    "4": (
        ["Placement reviews show children are living closer to home - Quarterly"],
        ["Foster carers say they feel supported - Annually"],
    ),
    "5": (
        ["Audits show supervision is recorded on the child’s file - Quarterly"],
        ["Social workers say supervision helps them reflect - Six monthly"],
    ),
}

# (code, indicator, direction word, baseline, rag, target)
KPIS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "1": [
        ("CS1.2", "Strategy discussions attended by health", "Increase", "41%", "Red", "85%"),
        (
            "NEW",
            "Strategy discussion records with the section 47 rationale",
            "Increase",
            "63%",
            "Amber",
            "95%",
        ),
        ("EH1.6", "Families with an active early help plan", "Increase", "2864", "n/a", "Increase"),
    ],
    "2": [
        (
            "MC2.1",
            "Return home interviews offered within 72 hours",
            "Increase",
            "52%",
            "Red",
            "90%",
        ),
        (
            "MC2.4",
            "Children with three or more missing episodes in the month",
            "Decrease",
            "27",
            "Amber",
            "15",
        ),
    ],
    "3": [("CS3.1", "Assessments audited as good or better", "Increase", "38%", "Red", "70%")],
    "4": [
        (
            "LA4.2",
            "Children placed more than 20 miles from home",
            "Decrease",
            "19.6%",
            "Red",
            "12%",
        ),
        ("LA4.5", "New fostering households approved in the year", "Increase", "14", "Amber", "30"),
    ],
    "5": [
        (
            "WF5.1",
            "Social workers supervised within the last four weeks",
            "Increase",
            "71%",
            "Amber",
            "95%",
        ),
        ("WF5.3", "Caseloads above 22 children", "Maintain", "8%", "Green", "8%"),
    ],
}

GLOSSARY = {
    "CCG": "Clinical Commissioning Group",
    "CIN": "Child in Need",
    "ICS": "Integrated Children’s System",
    "IRO": "Independent Reviewing Officer",
    "MASH": "Multi-Agency Safeguarding Hub",
    "QA": "Quality Assurance",
    "RAG": "Red, Amber, Green",
    "SW": "Social Worker",
}

# sections whose tables are split by a page break and a repeated banner
CONT = {"2": " (cont)", "4": " continued"}
ACTION_W = [3.2, 8.4, 3.6, 2.9, 3.2, 5.4]
KPI_W = [2.0, 11.0, 2.8, 3.0, 2.4, 5.5]


def _rows(actions: list[A]) -> list[list[object]]:
    """Table rows; a theme spans the rows up to the next theme; "^" governance merges up."""
    rows: list[list[object]] = []
    for i, (theme, num, lines, who, date, _iso, gov, done) in enumerate(actions):
        row: list[object] = []
        if theme is not None:
            span = 1
            while i + span < len(actions) and actions[i + span][0] is None:
                span += 1
            row.append({"blocks": [("b", theme)], "rowspan": span})
        else:
            row.append(None)
        row.append([f"{num}. {lines[0]}", *lines[1:]])
        row += [who, date]
        if gov == "^":
            row.append(None)
        else:
            span = 1
            while i + span < len(actions) and actions[i + span][6] == "^":
                span += 1
            row.append({"blocks": gov or "", "rowspan": span})
        row.append(done or "")
        rows.append(row)
    return rows


def _action_table(d: Doc, actions: list[A]) -> None:
    d.table(
        ACTION_W,
        ["", "Action", "Who", "Date", "Governance", "What we have already achieved"],
        _rows(actions),
        font_pt=9,
    )


def build() -> Doc:
    """The plan: foreword, context, the recommendations list, one section per recommendation."""
    d = Doc(
        title="Northwold Children’s Improvement Plan",
        font="Liberation Sans",
        size_pt=10.5,
        landscape=True,
        header="Working together for Northwold’s children",
        footer="northwold.gov.uk   {page}",
        margins_cm=(1.5, 1.5, 1.5, 1.5),
    )
    d.p("Children’s Improvement Plan 2017", "Title")
    d.p("Northwold County Council", "Subtitle")
    d.h("Foreword – Director of Children’s Services")
    d.p(
        "Our inspection in March 2016 told us that services for children in Northwold require "
        "improvement to be good. This plan sets out what we will do, who will do it and how we "
        "will know it has made a difference for children and families."
    )
    d.p(
        "Progress is checked every month by the Improvement Board, which I chair, and reported "
        "to the Cabinet Member for Children every quarter."
    )
    d.h("1. Context")
    d.p(
        "1.1 The report made eleven recommendations for the council and three for the "
        "Safeguarding Board. Recommendations 3, 9 and 10 are covered by the Children in Care "
        "Strategy and are not repeated here."
    )
    d.table(
        [9.0, 6.0],
        ["Judgement", "2016"],
        [
            ["Children who need help and protection", "Requires improvement"],
            ["Children looked after and achieving permanence", "Requires improvement"],
            ["Adoption performance", "Good"],
            ["Leadership, management and governance", "Requires improvement"],
        ],
        font_pt=9,
    )
    d.p("1.2 This plan answers the following recommendations:")
    for num, _ord, text in RECS:
        d.p(f"{num}. {text}")
    d.h("2. What we need to do")
    d.p(
        "2.1 Each section below sets out the actions, who leads them, when they are due, the board "
        "that oversees them and what has already been done, followed by how we will measure "
        "impact."
    )
    for num, _ord, text in RECS:
        d.page_break()
        banner = f"{num}. {text}"
        d.p(banner, "BodyBold")
        acts = ACTIONS[num]
        if num in CONT:
            _action_table(d, acts[:2])
            d.page_break()
            d.p(banner.rstrip(".") + CONT[num], "BodyBold")
            _action_table(d, acts[2:])
        else:
            _action_table(d, acts)
        audit, feedback = IMPACT[num]
        d.p("Impact measures", "BodyBold")
        d.table(
            [13.3, 13.3],
            ["Quality audit", "Feedback"],
            [[[("ul", audit)], [("ul", feedback)]]],
            font_pt=9,
        )
        d.p("Key Performance Indicators", "BodyBold")
        d.table(
            KPI_W,
            ["", "Indicator", "Figure will:", "March 2017", "RAG", "Target March 2018"],
            [list(k) for k in KPIS[num]],
            font_pt=9,
        )
    d.page_break()
    d.h("3. Glossary")
    items = sorted(GLOSSARY.items())
    half = (len(items) + 1) // 2
    rows = []
    for i in range(half):
        left = items[i]
        right = items[i + half] if i + half < len(items) else ("", "")
        rows.append([left[0], left[1], right[0], right[1]])
    d.table(
        [3.0, 9.0, 3.0, 9.0],
        ["Abbreviation", "Description", "Abbreviation", "Description"],
        rows,
        font_pt=9,
    )
    return d


def _value(raw: str) -> dict[str, Any]:
    if not raw[0].isdigit():  # a word target ('Increase') has no value
        return {"raw": raw, "value": None, "unit": None}
    unit = "%" if raw.endswith("%") else None
    return {"raw": raw, "value": float(raw.rstrip("%")), "unit": unit}


def gold() -> dict[str, Any]:
    """The gold labels, from the same data the document is written from."""
    actions = []
    for num, _ord, _text in RECS:
        gov_above: str | None = None
        for _theme, ref, lines, who, raw, iso, gov, done in ACTIONS[num]:
            g = gov_above if gov == "^" else gov
            gov_above = g
            actions.append(
                {
                    "ref": ref,
                    "text": " ".join(lines),
                    "owner": who,
                    "due_raw": raw,
                    "due_date": iso,
                    "governance": g,
                    "progress": done,
                    "rag": None,
                    "recommendations": [num],
                }
            )
    kpis = []
    for num, _ord, _text in RECS:
        for code, ind, word, base, rag, target in KPIS[num]:
            kpis.append(
                {
                    "code": code,
                    "indicator": ind,
                    "direction": word.lower(),
                    "baseline": _value(base),
                    "baseline_label": "March 2017",
                    "rag": None if rag == "n/a" else rag.lower(),
                    "target": _value(target),
                    "target_label": "Target March 2018",
                    "recommendation": num,
                }
            )
    return {
        "file": f"samples/seedlike/{NAME}.pdf",
        "report_file": "samples/reports/northwold-inspection-2016.pdf",
        "recommendations": [{"number": n, "text": t} for n, _o, t in RECS],
        "actions": actions,
        "kpis": kpis,
        "glossary": GLOSSARY,
        "links": [{"plan_recommendation": n, "report_recommendation": o} for n, o, _t in RECS],
        "notes": (
            "SEED-LIKE (samples/seedlike/, LibreOffice landscape, Liberation Sans), following the "
            "2018 seed plan's structure in new words. '1. Context' and '2. What we need to do' "
            "are document headings, not recommendations; the context prose cites report "
            "recommendations 3, 9 and 10 (not answered here). '1.2' lists the five plan "
            "recommendations, each repeated as a bold banner above its section. Action tables: "
            "(no header) theme / Action / Who / Date / Governance / What we have already "
            "achieved; the theme cell is merged over the rows it covers; Governance is merged "
            "over two rows in sections 1 and 3 and applies to both. Actions are numbered 1., 2., "
            "... within each section (the printed number is the ref and not part of the text); "
            "sub-items a) b) c) are kept. Sections 2 and 4 break onto a new page with the banner "
            "repeated plus ' (cont)' / ' continued': not new recommendations. 'Impact measures' "
            "is a two-column table (Quality audit / Feedback) of bullets: not actions. KPI "
            "tables: code column has no header; Figure will: Increase/Decrease/Maintain -> "
            "direction; 'March 2017' baseline, 'Target March 2018'. Code NEW kept as printed. "
            "'n/a' RAG -> null; word target 'Increase' -> value null. Section 5's action 4 (sub-items a)-d), i., ii.) is long enough to split across a page under the repeated header row; 'March 2018' -> last day. No action RAG. Glossary: two abbreviation/description pairs per row."
        ),
    }


def main(argv: list[str]) -> int:
    """Write the .fodt, convert it with LibreOffice, and optionally the gold."""
    src = HERE / f"{NAME}.fodt"
    src.write_text(build().xml(), encoding="utf-8")
    if "--gold" in argv:
        GOLD.write_text(json.dumps(gold(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice not found")
    cmd = [
        exe,
        "-env:UserInstallation=file:///tmp/lo-seed",
        "--headless",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(HERE),
        str(src),
    ]
    subprocess.run(
        cmd, check=True, env=dict(os.environ, SAL_USE_VCLPLUGIN="svp"), stdout=subprocess.DEVNULL
    )
    print(f"wrote samples/seedlike/{NAME}.pdf")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
