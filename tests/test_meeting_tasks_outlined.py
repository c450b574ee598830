"""A wiki's meeting-notes page printed by Chromium: the plan's actions as a task list under each
recommendation's heading, each task one paragraph that runs on over two lines: a check box, the
ref and text, the owner as an '@mention' on a pale tint, the due date on a grey chip and the
status in capitals in a lozenge OUTLINED in the status colour (no fill), all inline.

What is read: every task's ref, text, owner, due and status, the '@owner' out of the text. The
outlined lozenges are chips' tints for the card readers (plan_chip_key), kept apart from the
page's fills (pipeline.reader: Page.outlines): taken as fills they painted the cells of an
unruled table made of the task lines on the second page (the lozenges lined up as a column), so
from one task on the lines read as a table whose header was a task, every owner after it was
left in its task's text ('... @Joseph Mensah') and no owner, due or status was read.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

HUE = {"ON TRACK": "#2e8b3e", "AT RISK": "#b86e00", "OFF TRACK": "#c0392b",
       "COMPLETE": "#0052cc"}  # fmt: skip
RAG = {"ON TRACK": "green", "AT RISK": "amber", "OFF TRACK": "red", "COMPLETE": "blue"}
# number, recommendation, [(ref, text, owner, due as printed, due iso, status)]
RECS = [
    ("1", "Strengthen the front door so that children get the right help at the right time",
     [("1.1", "Apply consistent thresholds at the front door through weekly threshold clinics "
       "with partners", "Fatima Rahman", "12 Mar 2026", "2026-03-12", "OFF TRACK"),
      ("1.2", "Complete all contacts within twenty-four hours and record the decision and its "
       "reasons", "Joseph Mensah", "30 Sep 2025", "2025-09-30", "ON TRACK"),
      ("1.3", "Audit repeat referrals each quarter to learn why help did not last",
       "Joseph Mensah", "15 Jan 2026", "2026-01-15", "COMPLETE"),
      ("1.4", "Publish a revised threshold document with partners and schools",
       "Ruth Kowalczyk", "28 Feb 2026", "2026-02-28", "OFF TRACK")]),
    ("2", "Improve the timeliness of health assessments and the help children in care receive",
     [("2.1", "Report health assessment timeliness monthly to the corporate parenting board",
       "Fatima Rahman", "31 Oct 2025", "2025-10-31", "COMPLETE"),
      ("2.2", "Commission a therapeutic service for children in care with a waiting time of "
       "under six weeks", "Ruth Kowalczyk", "6 Jun 2026", "2026-06-06", "AT RISK"),
      ("2.3", "Train foster carers in understanding trauma and attachment",
       "Grace Adebayo", "19 Dec 2025", "2025-12-19", "ON TRACK")]),
    ("3", "Make sure children's views are heard and shape the services they receive",
     [("3.1", "Invite young inspectors to review services twice a year and report to the "
       "corporate parenting board", "Grace Adebayo", "4 May 2026", "2026-05-04", "OFF TRACK"),
      ("3.2", "Record children's views in their own words at every review meeting",
       "Fatima Rahman", "22 Nov 2025", "2025-11-22", "OFF TRACK"),
      ("3.3", "Provide direct work resources and tools to every social work team",
       "Grace Adebayo", "1 Aug 2025", "2025-08-01", "ON TRACK")]),
    ("4", "Improve the timeliness and quality of strategy discussions with partner agencies",
     [("4.1", "Set up a daily virtual strategy meeting slot so partners can join without "
       "travelling", "Ruth Kowalczyk", "30 Jun 2025", "2025-06-30", "COMPLETE"),
      ("4.2", "Agree a joint protocol with the police and the integrated care board on "
       "attendance at strategy discussions", "Joseph Mensah", "19 Apr 2025", "2025-04-19",
       "AT RISK"),
      ("4.3", "Revise the strategy discussion template so the decision and its rationale are "
       "recorded on the child's file", "Joseph Mensah", "8 Nov 2025", "2025-11-08", "ON TRACK"),
      ("4.4", "Run a multi-agency audit of thirty strategy discussions and share the learning "
       "with the safeguarding partnership", "Joseph Mensah", "18 Feb 2026", "2026-02-18",
       "COMPLETE")]),
    ("5", "Improve the multi-agency response to children at risk of criminal and sexual "
     "exploitation outside the home",
     [("5.1", "Deliver contextual safeguarding training to every social work team and to "
       "designated safeguarding leads in schools", "Joseph Mensah", "14 Apr 2026",
       "2026-04-14", "OFF TRACK"),
      ("5.2", "Develop safety plans for places of concern, such as parks and transport hubs, "
       "with community safety partners", "Ruth Kowalczyk", "9 Aug 2025", "2025-08-09",
       "OFF TRACK"),
      ("5.3", "Launch a single exploitation screening tool for use by all partner agencies",
       "Joseph Mensah", "22 Dec 2025", "2025-12-22", "AT RISK")]),
]  # fmt: skip
DISCUSSION = [
    ("Performance report", "Saoirse Ekwueme", "Front door timeliness improved; agency rate "
     "still high"),
    ("Risks", "Saoirse Ekwueme", "Budget pressure on placements noted; escalated to the chief "
     "executive"),
    ("Audit findings", "Piers Montgomery-Hale", "Themes from the monthly audit presented; "
     "chronologies better"),
]  # fmt: skip

CSS = (
    "@page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; margin: 0;"
    " color: #172b4d; }"
    ".crumbs { font-size: 8pt; color: #6b778c; margin-bottom: 6px; }"
    "h1 { font-size: 18pt; margin: 0 0 4px 0; }"
    ".byline { font-size: 8.5pt; color: #6b778c; margin-bottom: 12px; }"
    "h2 { font-size: 13pt; margin: 16px 0 6px 0; border-bottom: 1px solid #dfe1e6; }"
    "h3 { font-size: 10.5pt; margin: 12px 0 4px 0; }"
    ".men { background: #e9f2ff; color: #0052cc; border-radius: 10px; padding: 0 5px; }"
    ".loz { display: inline-block; border-radius: 3px; padding: 0 4px; font-size: 8pt;"
    " font-weight: bold; border: 1px solid; }"
    ".date { background: #f4f5f7; color: #42526e; border-radius: 3px; padding: 0 4px;"
    " font-size: 8.5pt; }"
    "table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #dfe1e6;"
    " padding: 4px 6px; text-align: left; vertical-align: top; font-size: 9pt; }"
    "th { background: #f4f5f7; }"
    "ul.tasks { list-style: none; padding-left: 4px; margin: 4px 0; }"
    "ul.tasks li { margin: 5px 0; break-inside: avoid; }"
    ".box { display: inline-block; width: 10px; height: 10px; border: 1.5px solid #6b778c;"
    " border-radius: 2px; margin-right: 6px; vertical-align: -1px; }"
    ".box.done { background: #0052cc; border-color: #0052cc; }"
)


def _task(ref: str, text: str, owner: str, due: str, status: str) -> str:
    box = "box done" if status == "COMPLETE" else "box"
    hue = HUE[status]
    return (
        f"<li><span class='{box}'></span>{ref} {escape(text)} "
        f"<span class='men'>@{escape(owner)}</span> <span class='date'>{due}</span> "
        f"<span class='loz' style='color:{hue};border-color:{hue}'>{status}</span></li>"
    )


def _html() -> str:
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style>"
        "</head><body>",
        "<div class='crumbs'>Children's Services / Improvement Programme / Improvement Board"
        "</div>",
        "<h1>14 May 2026 Improvement Board meeting notes</h1>",
        "<div class='byline'>Created by <span class='men'>@Saoirse Ekwueme</span>, last updated"
        " 16 May 2026</div>",
        "<h2>Date</h2><p><span class='date'>14 May 2026</span></p><h2>Attendees</h2><ul>",
    ]  # fmt: skip
    for who in ("Saoirse Ekwueme", "Piers Montgomery-Hale", "Fatima Rahman", "Joseph Mensah"):
        out.append(f"<li><span class='men'>@{who}</span></li>")
    out.append("</ul><p>Apologies: Grace Adebayo, Ruth Kowalczyk</p>")
    out.append("<h2>Discussion items</h2><table><tr><th>Item</th><th>Who</th><th>Notes</th></tr>")
    for topic, who, note in DISCUSSION:
        out.append(f"<tr><td>{topic}</td><td><span class='men'>@{who}</span></td>"
                   f"<td>{escape(note)}</td></tr>")  # fmt: skip
    out.append("</table><h2>Action items</h2><p>Actions from the improvement plan, reviewed at "
               "this meeting, under the recommendation each answers.</p>")  # fmt: skip
    for num, text, acts in RECS:
        out.append(f"<h3>Recommendation {num}: {escape(text)}</h3><ul class='tasks'>")
        out.extend(_task(ref, t, owner, due, status) for ref, t, owner, due, _, status in acts)
        out.append("</ul>")
    out.append("</body></html>")
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("notes")
    page = tmp / "notes.html"
    page.write_text(_html())
    pdf = tmp / "notes.pdf"
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), "notes.pdf"))


WANT = {a[0]: a for _, _, acts in RECS for a in acts}


@needs_chromium
def test_every_task_reads_its_owner_due_and_status(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a for a in plan.actions}
    assert list(got) == list(WANT)
    for ref, (_, text, owner, _, due, status) in WANT.items():
        a = got[ref]
        assert a.text == text, ref
        assert a.owner == owner, ref
        assert a.due_date is not None and a.due_date.isoformat() == due, ref
        assert a.rag == RAG[status], ref
