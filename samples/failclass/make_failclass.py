"""Blind plans of the three failure classes of issue 11, typeset with ReportLab platypus.

Each plan answers the sample Eastmere ILACS report (samples/reports/eastmere-inspection-2024.pdf)
and has gold by construction (tests/gold/failclass/*.json), written from the same data.

- kpi-codes: KPI tables whose first column has no header of its own and holds short codes
  (EH2.0, EW); the 'Indicator' header is merged across the code and text columns, or printed
  over the code column only, as Word users leave it.
- hrules-serif: tables ruled with horizontal lines only (no vertical rules), in a serif font,
  one table per theme, with continuation rows whose first cell is empty.
- unknown-due: a due-date column under a one-word header outside any vocabulary ('Finish'),
  next to a 'Start' column, with values such as 31/12/2024, Mar 2025, Q2 2025/26, Ongoing.

    .venv/bin/python samples/failclass/make_failclass.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = ROOT / "tests" / "gold" / "failclass"
REPORT = "samples/reports/eastmere-inspection-2024.pdf"

RECS = [
    "The timeliness and quality of strategy meetings, including the attendance of police and "
    "health partners.",
    "The quality of assessments and plans for children in need, so that they reflect children's "
    "identity, history and lived experience.",
    "The frequency and quality of management oversight and supervision in the assessment and "
    "child in need teams.",
    "The timeliness of assessments of connected carers and the support offered to special "
    "guardians.",
    "The range of suitable accommodation for care leavers, including young people aged 18 to 21 "
    "who are leaving custody.",
]
# plan recommendation number -> ordinal of the report's recommendation it quotes
REPORT_ORDINAL = {1: 1, 2: 2, 3: 4, 4: 5, 5: 6}


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles(font: str, bold: str, size: float) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 7, leading=size + 10),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 2.5, leading=size + 5,
                            spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2,
                               alignment=TA_LEFT),
        "head": ParagraphStyle("hd", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
    }  # fmt: skip


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def footer(label: str):  # type: ignore[no-untyped-def]
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(15 * mm, 8 * mm, label)
        canvas.drawRightString(doc.pagesize[0] - 15 * mm, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def build(path: Path, story: list[Flowable], pagesize: tuple[float, float], label: str) -> None:
    doc = SimpleDocTemplate(
        str(path), pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=15 * mm, bottomMargin=15 * mm, title=label, author="", invariant=1,
    )  # fmt: skip
    doc.build(story, onFirstPage=footer(label), onLaterPages=footer(label))


def action(ref: str | None, text: str, owner: str | None, due_raw: str | None,
           due: str | None, progress: str | None, rag: str | None, rec: int,
           governance: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "ref": ref, "text": text, "owner": owner, "due_raw": due_raw, "due_date": due,
        "governance": governance, "progress": progress, "rag": rag, "recommendations": [str(rec)],
    }  # fmt: skip


def gold(name: str, actions: list[dict[str, Any]], kpis: list[dict[str, Any]],
         recs: list[int], notes: str) -> None:  # fmt: skip
    GOLD.mkdir(parents=True, exist_ok=True)
    doc = {
        "file": f"samples/failclass/{name}.pdf",
        "report_file": REPORT,
        "recommendations": [{"number": str(n), "text": RECS[n - 1]} for n in recs],
        "actions": actions,
        "kpis": kpis,
        "glossary": {},
        "links": [{"plan_recommendation": str(n), "report_recommendation": REPORT_ORDINAL[n]}
                  for n in recs],
        "notes": notes,
    }  # fmt: skip
    (GOLD / f"{name}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------------------------
# 1. KPI codes in a first column with no header of its own
# ----------------------------------------------------------------------------------------------


def q(raw: str) -> dict[str, Any] | None:
    from plantrace.pipeline.normalise.values import parse_quantity

    found = parse_quantity(raw)
    return found.model_dump() if found is not None else None


KPI_ROWS = {
    1: [
        ("EH2.0", "Number of active Early Help plans", "Increase", "3187", "n/a", "3400"),
        ("EW", "Contacts to the Front Door resulting in no further action (rolling 12 months)",
         "Decrease", "34.7%", "Red", "25%"),
        ("SM1.2", "Strategy meetings held within 1 working day of the decision", "Increase",
         "61%", "Amber", "90%"),
        ("SM1.3", "Strategy meetings attended by police and health", "Increase", "48%", "Red",
         "85%"),
    ],
    3: [
        ("SU4.1", "Children whose supervision is in date (four-weekly)", "Increase", "58%",
         "Red", "90%"),
        ("EH3.6", "Early Help assessments stepped up to children's social care", "Increase",
         "131", "n/a", "150"),
        ("QA2", "Audits graded good or better", "Increase", "22%", "Amber", "50%"),
    ],
}  # fmt: skip


def kpi_codes() -> None:
    st = styles("Helvetica", "Helvetica-Bold", 10)
    story: list[Flowable] = [
        para("Eastmere Borough Council", st["h"]),
        para("Children's Services Improvement Plan 2024-25", st["title"]),
        Spacer(1, 6),
        para("This plan sets out the actions we will take in response to the Ofsted inspection "
             "of June 2024, the leads for each action and the measures the Improvement Board "
             "will use to judge whether children's experiences are improving.", st["p"]),
    ]  # fmt: skip
    actions: list[dict[str, Any]] = []
    kpis: list[dict[str, Any]] = []
    owners = ["Head of Service, Front Door", "Principal Social Worker",
              "Service Manager, Assessment", "Quality Assurance Manager"]  # fmt: skip
    verbs = [
        "Agree a joint protocol with police and health for {t} and publish it to all staff",
        "Audit a sample of 30 cases each quarter to test {t} and report findings to managers",
        "Deliver practice workshops for social workers and team managers on {t}",
    ]
    dues = [("Sept 24", "2024-09-30"), ("31 December 2024", "2024-12-31"), ("Mar 25", "2025-03-31")]
    rags = [("Green", "green"), ("Amber", "amber"), ("Red", "red")]
    topics = {1: "strategy meetings", 3: "supervision and management oversight"}
    for n in (1, 3):
        story.append(para(f"Recommendation {n}: {RECS[n - 1]}", st["h"]))
        rows: list[list[Any]] = [[para(h, st["head"]) for h in
                                  ("Ref", "Action", "Lead officer", "By when", "RAG")]]  # fmt: skip
        for k, verb in enumerate(verbs):
            ref = f"{n}.{k + 1}"
            text = verb.format(t=topics[n])
            owner = owners[(n + k) % len(owners)]
            due_raw, due = dues[k]
            rag_raw, rag = rags[(n + k) % 3]
            rows.append([para(x, st["cell"]) for x in (ref, text, owner, due_raw, rag_raw)])
            actions.append(action(ref, text, owner, due_raw, due, None, rag, n))
        t = Table(rows, colWidths=[14 * mm, 90 * mm, 40 * mm, 22 * mm, 14 * mm], repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(t)
        story.append(Spacer(1, 6))
        story.append(para("Key Performance Indicators", st["h"]))
        # the header 'Indicator' merged across the code and text columns (n == 1), or printed
        # over the code column alone with the text column's header left empty (n == 3)
        head = ["Indicator", "", "Figure will:", "March 2024", "RAG", "Target March 2025"]
        krows: list[list[Any]] = [[para(h, st["head"]) if h else "" for h in head]]
        for code, ind, direction, base, rag_raw, target in KPI_ROWS[n]:
            krows.append([para(x, st["cell"]) for x in (code, ind, direction, base, rag_raw,
                                                         target)])  # fmt: skip
            kpis.append({
                "code": code, "indicator": ind, "direction": direction.lower(),
                "baseline": q(base), "baseline_label": "March 2024",
                "rag": None if rag_raw == "n/a" else rag_raw.lower(),
                "target": q(target), "target_label": "Target March 2025",
                "recommendation": str(n),
            })  # fmt: skip
        kt = Table(krows, colWidths=[16 * mm, 78 * mm, 22 * mm, 22 * mm, 16 * mm, 26 * mm])
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2efd9")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if n == 1:
            style.append(("SPAN", (0, 0), (1, 0)))
        kt.setStyle(TableStyle(style))
        story.append(kt)
        story.append(PageBreak())
    build(HERE / "kpi-codes.pdf", story[:-1], A4, "Eastmere Improvement Plan 2024-25")
    gold(
        "kpi-codes",
        actions,
        kpis,
        [1, 3],
        "KPI tables: first column holds codes under no header of its own (header 'Indicator' "
        "merged across code and text in the first, over the code column only in the second).",
    )


# ----------------------------------------------------------------------------------------------
# 2. Horizontal rules only, serif font, one table per theme, continuation rows
# ----------------------------------------------------------------------------------------------

THEMES = {
    2: ("Assessments and plans", [
        ("2.1", ["Introduce a single assessment template that prompts social workers to record "
                 "the child's identity, culture and family history",
                 "and test it with two teams before it is rolled out"],
         "Head of Assessment", "30 November 2024",
         ["Template drafted with practitioners.", "Testing began in October."], "Amber"),
        ("2.2", ["Run monthly assessment clinics led by advanced practitioners"],
         "Principal Social Worker", "31 January 2025", ["Clinics running since September."],
         "Green"),
        ("2.3", ["Review every child in need plan older than six months",
                 "so that each has clear outcomes, contingency and timescales"],
         "Service Manager, Children in Need", "31 March 2025",
         ["Review of 140 plans under way.", "82 completed so far."], "Amber"),
    ]),
    4: ("Connected carers and special guardians", [
        ("4.1", ["Create a dedicated connected carers assessment team"],
         "Head of Fostering", "28 February 2025", ["Recruitment complete."], "Green"),
        ("4.2", ["Publish a special guardianship support offer",
                 "covering financial support, training and access to therapeutic help"],
         "Permanence Manager", "30 April 2025", ["Draft offer with legal services."], "Amber"),
        ("4.3", ["Track every viability assessment against the 12-week timescale at the "
                 "weekly permanence panel"],
         "Head of Fostering", "31 December 2024", ["Tracker in use from November."], "Green"),
    ]),
    5: ("Accommodation for care leavers", [
        ("5.1", ["Commission twelve supported lodgings places for care leavers aged 18 to 21",
                 "including two places for young people leaving custody"],
         "Commissioning Manager", "30 June 2025", ["Tender published."], "Amber"),
        ("5.2", ["Agree a joint housing protocol with the district councils"],
         "Head of Leaving Care", "31 March 2025", ["Protocol signed by two of three districts."],
         "Red"),
    ]),
}  # fmt: skip


def hrules_serif() -> None:
    st = styles("Times-Roman", "Times-Bold", 11)
    story: list[Flowable] = [
        para("Eastmere Borough Council - Children's Social Care", st["h"]),
        para("Post-inspection Action Plan", st["title"]),
        para("The actions below answer the recommendations of the Ofsted inspection of local "
             "authority children's services in June 2024. Each theme has its own table; the "
             "Improvement Board reviews progress every six weeks.", st["p"]),
    ]  # fmt: skip
    actions: list[dict[str, Any]] = []
    for n, (theme, rows_in) in THEMES.items():
        block: list[Flowable] = [para(f"Theme {n}: {theme}", st["h"]),
                                 para(f"Recommendation {n}: {RECS[n - 1]}", st["p"])]  # fmt: skip
        rows: list[list[Any]] = [
            [para(h, st["head"]) for h in ("No.", "Action", "Lead", "Timescale", "Progress", "RAG")]
        ]
        style = [
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), "Times-Roman"),
        ]
        for ref, texts, owner, due_raw, progress, rag in rows_in:
            first = len(rows)
            for k, text in enumerate(texts):
                prog = progress[k] if k < len(progress) else ""
                if k == 0:
                    cells = [ref, text, owner, due_raw, prog, rag]
                else:  # the action goes on in a row of its own, first cell left empty
                    cells = ["", text, "", "", prog, ""]
                rows.append([para(c, st["cell"]) if c else "" for c in cells])
            for k in range(len(texts), len(progress)):
                rows.append(["", "", "", "", para(progress[k], st["cell"]), ""])
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5,
                          colors.black))  # fmt: skip
            due = date_iso(due_raw)
            actions.append(action(ref, " ".join(texts), owner, due_raw, due,
                                  " ".join(progress), rag.lower(), n))  # fmt: skip
            del first
        t = Table(rows, colWidths=[12 * mm, 70 * mm, 34 * mm, 26 * mm, 28 * mm, 12 * mm],
                  repeatRows=1)  # fmt: skip
        t.setStyle(TableStyle(style))
        block.append(t)
        story.append(KeepTogether(block[:2]))
        story.append(block[2])
        story.append(Spacer(1, 10))
    build(HERE / "hrules-serif.pdf", story, A4, "Post-inspection Action Plan")
    gold(
        "hrules-serif",
        actions,
        [],
        list(THEMES),
        "Horizontal rules only (header above/below, one rule under each action), Times; "
        "continuation rows with an empty first cell carry the rest of an action and its "
        "progress: gold joins them to the action above.",
    )


def date_iso(raw: str) -> str | None:
    from plantrace.pipeline.normalise.dates import parse_due

    found = parse_due(raw)
    return found.isoformat() if found else None


# ----------------------------------------------------------------------------------------------
# 3. A due-date column under an unknown one-word header, beside 'Start'
# ----------------------------------------------------------------------------------------------

DUE_ROWS = [
    (1, "Strategy meeting chairs to confirm police and health attendance before each meeting",
     "Head of Front Door", "Sep 2024", "31/12/2024", "On track"),
    (1, "Weekly dip sample of strategy meeting minutes by the MASH team manager",
     "MASH Team Manager", "Oct 2024", "Ongoing", "On track"),
    (2, "Relaunch the practice standards for assessment and plans",
     "Principal Social Worker", "Sep 2024", "Mar 2025", "Complete"),
    (2, "Audit programme to include children's identity and lived experience",
     "Quality Assurance Manager", "Jan 2025", "Q2 2025/26", "Delayed"),
    (3, "Supervision compliance reported monthly to the senior leadership team",
     "Head of Assessment", "Oct 2024", "30/11/2024", "Complete"),
    (3, "Reflective supervision training for all team managers",
     "Workforce Development Lead", "Nov 2024", "Q4 2024/25", "On track"),
    (5, "Open a six-bed supported accommodation scheme for care leavers",
     "Commissioning Manager", "Apr 2025", "Q3 2025/26", "Delayed"),
    (5, "Named housing officer for every care leaver leaving custody",
     "Head of Leaving Care", "Dec 2024", "31/03/2025", "On track"),
]  # fmt: skip
STATUS_RAG = {"On track": "green", "Complete": "blue", "Delayed": "amber"}


def unknown_due() -> None:
    st = styles("Helvetica", "Helvetica-Bold", 9)
    story: list[Flowable] = [
        para("Eastmere Borough Council", st["h"]),
        para("Improving Children's Services: Delivery Plan", st["title"]),
        para("Progress against each recommendation is reported to the Improvement Board.",
             st["p"]),
    ]  # fmt: skip
    actions: list[dict[str, Any]] = []
    rows: list[list[Any]] = [
        [para(h, st["head"]) for h in ("Ref", "Action", "Owner", "Start", "Finish", "Status")]
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbe4d5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    current = 0
    k = 0
    for rec, text, owner, start, finish, status in DUE_ROWS:
        if rec != current:
            rows.append([para(f"Recommendation {rec}: {RECS[rec - 1]}", st["head"]),
                         "", "", "", "", ""])  # fmt: skip
            style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1),
                          colors.HexColor("#eeeeee")))  # fmt: skip
            current, k = rec, 0
        k += 1
        ref = f"R{rec}.{k}"
        rows.append([para(x, st["cell"]) for x in (ref, text, owner, start, finish, status)])
        actions.append(action(ref, text, owner, finish, date_iso(finish), None,
                              STATUS_RAG[status], rec))  # fmt: skip
    t = Table(rows, colWidths=[14 * mm, 110 * mm, 45 * mm, 20 * mm, 24 * mm, 22 * mm],
              repeatRows=1)  # fmt: skip
    t.setStyle(TableStyle(style))
    story.append(t)
    build(HERE / "unknown-due.pdf", story, landscape(A4), "Delivery Plan")
    gold(
        "unknown-due",
        actions,
        [],
        sorted({r[0] for r in DUE_ROWS}),
        "Due dates under the header 'Finish' beside a 'Start' column; recommendation rows "
        "span the table.",
    )


if __name__ == "__main__":
    kpi_codes()
    hrules_serif()
    unknown_due()
