"""An OKR page printed from HTML by Chromium, in sections: each objective a box with its heading
and its own 'Objective owner: ...' line at the heading's left edge (its percent in a ring beside
the heading), its key results (a bar, a percent, the measure over 'Assignee: ... · Due: ...'),
then its initiatives, the cards, each with a bar down its left side: a bold numbered title,
'Assignee: ... Due: ... Progress status: ...' and now and then 'Note: ...' over a check-in
stamp. Each objective's section is read as a run of its own, where 'Objective owner:' is
printed once, while the plan prints it four times.

A label printed once among a run's cards is a card field where it sits as one, under the
nearest recurring field of its card at the card's left edge: objective 4's one 'Note:' (4.2's,
on page 2), and the last card of a run alone at the top of a page keeps its update
(tests/test_outline_substeps.py). The section's own owner line stands outdented above the
cards, with the objective's heading between it and any card above: it stays the section's, and
no key result nor percent is read as an action (they were, where it was taken for a field)."""

from __future__ import annotations

import html
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# objective: (title, owner, key results [(text, percent, assignee, due)], initiatives)
# initiative: (ref, title, assignee, due, status, note or None)
OBJECTIVES = [
    ("Ensure that strategy discussions involve police, health and children's social care, and "
     "that the reasons for decisions about section 47 enquiries are recorded",
     "Marguerite Okonjo",
     [("Hear from 260 children through the participation survey", "39%", "Lachlan Oduya",
       "Q1 2026"),
      ("15% of plans reviewed by a manager within 20 working days", "32%", "Lachlan Oduya",
       "Q3 2026")],
     [("1.1", "Set up a daily virtual strategy meeting slot so partners can join without "
       "travelling", "Head of Virtual School", "Q2 2026", "On track",
       "recruitment campaign launched and interviews booked"),
      ("1.2", "Revise the strategy discussion template so the decision and its rationale are "
       "recorded on the child's file", "Head of Early Help", "Q1 2027", "Not started",
       "Scoping to begin next quarter"),
      ("1.3", "Escalate any strategy discussion held without a health representative to the "
       "designated nurse within one working day", "Head of Early Help", "Q4 2026",
       "Not started", "Waiting on the new case management system")]),
    ("Raise the quality of assessments and plans for children in need so that they reflect "
     "each child's identity, history and lived experience",
     "Idris Kavanagh",
     [("Hear from 271 children through the participation survey", "17%",
       "Alasdair Penhaligon", "Q3 2026"),
      ("176 managers complete the practice leadership programme", "17%", "Yusra Bellweather",
       "Q3 2026")],
     [("2.1", "Redesign the child in need plan template with outcomes written in plain "
       "language for children and families", "Head of Early Help", "Q4 2025", "At risk",
       "Recruitment under way; two posts filled"),
      ("2.2", "Review every child in need plan at least every three months in a multi-agency "
       "meeting", "Claire Whitby", "Q4 2026", "Behind",
       "Delayed because of staff turnover; revised plan agreed"),
      ("2.3", "Include identity and cultural needs prompts in the assessment form",
       "Claire Whitby", "Q4 2026", "Done", None)]),
    ("Ensure that initial and review health assessments for children in care are completed on "
     "time and that their emotional health needs are met",
     "Henrietta Vasquez-Lowe",
     [("51% of plans reviewed by a manager within 20 working days", "13%",
       "Alasdair Penhaligon", "Q4 2026")],
     [("3.1", "Use strengths and difficulties questionnaire scores to trigger a referral for "
       "emotional support", "Tom Ellery", "Q3 2026", "On track", None),
      ("3.2", "Commission a therapeutic service for children in care with a waiting time of "
       "under six weeks", "Amira Choudhury", "Q4 2026", "Done", None)]),
    ("Strengthen the response to children who go missing from home or care, so that return "
     "home interviews are offered promptly and used to reduce risk",
     "Ophelia Strand",
     [("Reduce agency staff to 20% of the workforce", "17%", "Yusra Bellweather", "Q3 2026"),
      ("272 managers complete the practice leadership programme", "14%",
       "Yusra Bellweather", "Q1 2026")],
     [("4.1", "Map the places where missing children are found and share the analysis with "
       "the police each quarter", "Tom Ellery", "Q4 2026", "Done", None),
      ("4.2", "Commission an independent return home interview service that offers every "
       "child a conversation within 72 hours", "Head of Early Help", "Q1 2026", "At risk",
       "Recruitment under way; two posts filled")]),
]  # fmt: skip
STYLE = """
@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm; }
body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 9pt; margin: 0;
       color: #222; }
.obj { border: 1px solid #cfcbe6; border-radius: 6px; margin: 0 0 12px 0; padding: 8px 10px; }
.chip { display: inline-block; background: #ece9fb; color: #3b2e83; font-weight: bold;
        border-radius: 10px; padding: 0 8px; font-size: 8pt; }
.otext { font-size: 11pt; font-weight: bold; margin: 4px 0 2px 0; }
.oown { color: #555; font-size: 8pt; }
.ohead { display: flex; justify-content: space-between; gap: 12px; }
.ring { flex: none; width: 15mm; height: 15mm; border-radius: 50%; display: flex;
        align-items: center; justify-content: center; font-weight: bold; }
.ring span { background: #fff; border-radius: 50%; width: 11mm; height: 11mm; display: flex;
             align-items: center; justify-content: center; font-size: 8.5pt; }
.sect { font-size: 7.5pt; letter-spacing: 0.08em; color: #777; margin: 8px 0 3px 0;
        border-bottom: 1px solid #eee; }
.kr { display: flex; gap: 8px; align-items: center; margin: 3px 0; break-inside: avoid; }
.track { width: 24mm; height: 2.2mm; background: #eee; border-radius: 2mm; flex: none; }
.fill { height: 100%; background: #7a6bd1; border-radius: 2mm; }
.pct { width: 9mm; flex: none; font-size: 8pt; color: #555; }
.krm { color: #666; font-size: 8pt; }
.ini { border-left: 3px solid #ccc; padding: 2px 0 2px 8px; margin: 5px 0; break-inside: avoid; }
.ititle { font-weight: bold; } .meta { font-size: 8.5pt; margin-top: 1px; }
.meta span { margin-right: 14px; } .ci { font-size: 8.5pt; margin-top: 1px; }
.cid { color: #888; font-size: 7.5pt; }
.bar { background: #3b2e83; color: #fff; padding: 7px 12px; display: flex;
       justify-content: space-between; align-items: center; }
.app { font-weight: bold; font-size: 12pt; } .who { font-size: 8pt; }
.sub { color: #555; font-size: 8.5pt; margin: 8px 0 10px 0; }
"""


Result = tuple[str, str, str, str]  # text, percent, assignee, due
Initiative = tuple[str, str, str, str, str, str | None]  # ref, title, assignee, due, status, note


def _objective(n: int, objective: tuple[str, str, list[Result], list[Initiative]]) -> str:
    title, owner, results, initiatives = objective
    brk = ""
    ring = f"conic-gradient(#7a6bd1 {10 * n}%, #eee 0)"
    out = [
        f"<div class='obj'{brk}><div class='ohead'><div>",
        f"<span class='chip'>Objective {n}</span><div class='otext'>{html.escape(title)}</div>",
        f"<div class='oown'>Objective owner: {owner}</div></div>",
        f"<div class='ring' style='background: {ring}'><span>{10 * n}%</span></div></div>",
        "<div class='sect'>KEY RESULTS</div>",
    ]
    for text, percent, who, due in results:
        out.append(
            f"<div class='kr'><div class='track'><div class='fill' style='width:{percent}'>"
            f"</div></div><span class='pct'>{percent}</span><div>{html.escape(text)}"
            f"<div class='krm'>Assignee: {who} &middot; Due: {due}</div></div></div>"
        )
    out.append("<div class='sect'>INITIATIVES</div>")
    for ref, text, who, due, status, note in initiatives:
        out.append(
            f"<div class='ini'><div class='ititle'>{ref} {html.escape(text)}</div>"
            f"<div class='meta'><span>Assignee: {who}</span><span>Due: {due}</span>"
            f"<span>Progress status: {status}</span></div>"
        )
        if note is not None:
            out.append(f"<div class='ci'>Note: {html.escape(note)}</div>")
            out.append(f"<div class='cid'>Checked in {n + 1} Apr 2026 by Ophelia Strand</div>")
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def _plan(tmp_path: Path) -> bytes:
    body = "".join(_objective(n, o) for n, o in enumerate(OBJECTIVES, start=1))
    page = tmp_path / "okr.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        "<div class='bar'><span class='app'>Goals &middot; Kelderby Council</span>"
        "<span class='who'>Printed by Yusra Bellweather on 10 May 2026</span></div>"
        "<h1 style='font-size:15pt;margin:10px 0 2px 0'>Children's Services Improvement - OKRs"
        "</h1><div class='sub'>Team: Children's Services Improvement &middot; Cycle: Oct 2025 - "
        f"Sep 2026 &middot; 4 objectives &middot; 9 initiatives</div>{body}"
        "</body></html>"
    )
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_sections_own_label_printed_once_stays_the_sections(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(tmp_path), "okr.pdf"))
    got = [(a.ref, a.owner, a.due_raw, a.progress) for a in plan.actions]
    assert got == [
        (ref, who, due, note)
        for _t, _o, _r, initiatives in OBJECTIVES
        for ref, _x, who, due, _s, note in initiatives
    ]
