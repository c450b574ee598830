"""A plan in two columns, printed from HTML by Chromium: what the inspectors found on the left,
in bold, and beside it the actions we will take, each a numbered item with a strip of fields
('Named steward: ... · Fulfil by: ... · On track') and an update under a label of the plan's
own words ('Storyline: ...') that no vocabulary knows. The cards of each recommendation are a
run read alone (the page is read column by column), and a short run cannot tell such a label
by its values: two cards are too few, and updates as short as a status ('Not yet started') are
no sentences.

What is read: the label the plan's other runs placed as the progress is the progress in the
short runs too, their values read (they were lost: an unplaced label, or no word at all).
"""

from __future__ import annotations

import html
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = {
    1: ["Reduce delay in achieving permanence for", "children in care through timely planning"],
    2: ["Improve the education of children in", "care placed out of the area"],
    3: ["Make sure that children's wishes and", "feelings shape the plans made for them"],
}
# rec, ref, title, owner, due, status, update
CARDS = [
    (1, "1.1", "Review all children placed with parents under a care order",
     "Head of Service (Ruth Kowalczyk)", "March 2026", "Off track",
     "Delayed because of staff turnover; revised plan agreed"),
    (1, "1.2", "Strengthen support to special guardians with a dedicated worker",
     "Service Manager (Amira Choudhury)", "October 2025", "On track",
     "Work started; scoping meeting held with partners"),
    (1, "1.3", "Track the timeliness of care proceedings weekly through the panel",
     "Workforce Lead (Sian Pritchard)", "January 2027", "On track",
     "Terms of reference agreed; first panel held in November"),
    (1, "1.4", "Recruit twenty additional foster carers through a campaign",
     "Head of Early Help (Tom Ellery)", "December 2025", "Off track",
     "Draft agreed by partners; sign-off delayed to the next board"),
    (2, "2.1", "Make sure every child in care has an education plan reviewed",
     "Head of Virtual School (Joseph Mensah)", "August 2026", "Off track",
     "Not yet started"),
    (2, "2.2", "Offer tuition to every child in care who is behind in reading",
     "Principal Social Worker (Owen Tremayne)", "April 2026", "On track",
     "Not yet started"),
    (2, "2.3", "Track attendance and exclusions for children placed away",
     "Head of Safeguarding (Grace Adebayo)", "December 2025", "On track",
     "Audit shows improvement in most records"),
    (3, "3.1", "Record children's views in their own words at every review",
     "Designated Nurse (Helen Markham)", "November 2026", "Off track",
     "Work started; scoping meeting held with partners"),
    (3, "3.2", "Invite young inspectors to review services twice a year",
     "Service Manager (Claire Whitby)", "May 2026", "On track",
     "First cohort completed; second cohort booked"),
]  # fmt: skip


STYLE = """
@page { size: A4; margin: 14mm; }
body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 9.5pt; }
.row { display: flex; gap: 6mm; border-top: 1.2pt solid #1B5E20; padding: 3mm 0;
       break-inside: avoid; }
.found { flex: 0 0 38%; font-weight: bold; }
.found .lab { font-size: 8pt; text-transform: uppercase; display: block; }
.will { flex: 1; }
.will ul { margin: 0; padding-left: 5mm; }
.will li { margin-bottom: 2mm; }
.tags, .upd { display: block; font-size: 8pt; }
.upd { font-style: italic; }
"""


def _html() -> str:
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head>",
           "<body><h1>What inspectors found and what we will do</h1>"]  # fmt: skip
    for rec, lines in RECS.items():
        out.append("<div class='row'><div class='found'>")
        out.append(f"<span class='lab'>Inspectors told us ({rec})</span>{' '.join(lines)}</div>")
        out.append("<div class='will'><ul>")
        for on, ref, title, owner, due, status, update in CARDS:
            if on == rec:
                out.append(
                    f"<li><b>{ref}</b> {html.escape(title)}<span class='tags'>Named steward: "
                    f"{html.escape(owner)} &middot; Fulfil by: {due} &middot; {status}</span>"
                    f"<span class='upd'>Storyline: {html.escape(update)}</span></li>"
                )
        out.append("</ul></div></div>")
    out.append("</body></html>")
    return "".join(out)


def _plan(tmp_path: Path) -> bytes:
    page = tmp_path / "runs.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_label_placed_by_the_plans_other_run_is_read_in_a_short_run(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(tmp_path), "runs.pdf"))
    got = [(a.ref, a.owner, a.progress) for a in plan.actions]
    assert got == [(ref, owner, update) for _, ref, _, owner, _, _, update in CARDS]
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]
