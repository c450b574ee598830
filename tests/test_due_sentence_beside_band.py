"""Stepped pyramids printed side by side by Chromium: each a recommendation at its apex over its
actions as courses (a bold ref and the action, over 'Builder: <owner> · Course date: <month> ·
Mortar: [status]', an update under some), on a foundation band ('Foundations: ... Surveyed by
<name>, XII.2026'). The left pyramid's band stands level with the right pyramid's bottom course.

The band's line, level with that course's title, was read with the card's due ('Course date')
as a sentence: one sentence alone overrules a due header (a768b279, made for a month's table of
one action, 'Due this month' over the action), so the card lost its due column, its title went
to the band and the action was read as the band (an extra action, the course's action missed).
A date is never a sentence with no date, but a sentence naming a date (the band's 'XII.2026')
may be a due with words run into it: not overruled by itself (dates.names_date).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PILL = {"Solid": "#2E7D32", "Crumbling": "#C62828", "Unbuilt": "#9E9E9E"}
# rec, ref, text, owner, due, status, update (None: none); each rec's first is its bottom course
ACTIONS = [
    (1, "1.1", "Agree a joint protocol with the police and the integrated care board on "
     "attendance at strategy discussions", "Claire Whitby", "II.2027", "Unbuilt", None),
    (1, "1.2", "Revise the strategy discussion template so the decision and its rationale are "
     "recorded on the child's file", "Claire Whitby", "XII.2026", "Crumbling",
     "Delayed because of staff turnover; revised plan agreed"),
    (1, "1.3", "Escalate any strategy discussion held without a health representative to the "
     "designated nurse within one working day", "Leon Fairweather", "XI.2027", "Solid", None),
    (2, "2.1", "Reduce the time taken to issue education, health and care plans for children "
     "in care", "Leon Fairweather", "X.2027", "Unbuilt", "Waiting on the new case system"),
    (2, "2.2", "Offer tuition to every child in care who is behind in reading at age eleven",
     "Martin Hale", "VI.2027", "Solid", "First cohort completed; second cohort booked"),
    (2, "2.3", "Track attendance and exclusions for children in care placed out of the area",
     "David Osei", "VIII.2027", "Crumbling", "No lead in post since the restructure"),
    (2, "2.4", "Make sure every child in care has a personal education plan reviewed each term",
     "Leon Fairweather", "III.2027", "Crumbling", None),
]  # fmt: skip
RECS = {
    1: "Ensure that strategy discussions involve police, health and children's social care, "
    "and that the reasons for decisions about section 47 enquiries are recorded",
    2: "Improve the timeliness of education, health and care plans for children in care and "
    "the support given by the virtual school",
}
BANDS = {1: "Stable workforce · Reliable data. Surveyed by Rosalind Thackeray, XII.2026",
         2: "Stable workforce · Leaders who know their teams. Surveyed by Percival Onyango, "
         "X.2026"}  # fmt: skip
CSS = (
    "@page { size: A4 landscape; margin: 12mm 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; line-height: 1.3; }"
    "h1 { font-size: 17pt; margin: 0 0 3mm; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }"
    ".pyr { display: flex; flex-direction: column; align-items: center; }"
    ".apex { background: #4E342E; color: #fff; text-align: center; padding: 2mm 3mm;"
    " border-radius: 3mm 3mm 0 0; box-sizing: border-box; } .il { font-weight: bold; }"
    ".course { background: #EFEBE9; border: 0.3mm solid #A1887F; border-top: none;"
    " text-align: center; padding: 1.5mm 3mm; box-sizing: border-box; }"
    ".t { margin-bottom: 0.5mm; } .m { font-size: 7.5pt; }"
    ".pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm; font-weight: bold; }"
    ".pr { font-size: 7.5pt; font-style: italic; margin-top: 0.5mm; }"
    ".fnd { width: 100%; background: #BCAAA4; text-align: center; padding: 1.2mm;"
    " font-size: 7.5pt; box-sizing: border-box; }"
)


def _html() -> str:
    blocks = []
    for rec, text in RECS.items():
        acts = [a for a in ACTIONS if a[0] == rec]
        courses = []
        for k, (_, ref, act, owner, due, status, update) in enumerate(acts):
            course = (
                f"<div class='course' style='width:{100 - 9 * k}%'><div class='t'><b>{ref}</b> "
                f"{escape(act)}</div><div class='m'>Builder: {escape(owner)} &middot; Course "
                f"date: {due} &middot; Mortar: <span class='pill' style='background:"
                f"{PILL[status]}'>{status}</span></div>"
            )
            if update:
                course += f"<div class='pr'>Site note: {escape(update)}</div>"
            courses.append(course + "</div>")
        blocks.append(
            f"<div class='pyr'><div class='apex' style='width:{100 - 9 * len(acts)}%'>"
            f"<div class='il'>Recommendation {rec}</div><div>{escape(text)}</div></div>"
            + "".join(reversed(courses))
            + f"<div class='fnd'>Foundations: {escape(BANDS[rec])}</div></div>"
        )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<style>{CSS}</style></head><body><h1>Building better services</h1>"
        f"<div class='grid'>{''.join(blocks)}</div></body></html>"
    )


def _pdf(tmp_path: Path) -> Path:
    page = tmp_path / "pyramids.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf


@needs_chromium
def test_a_band_level_with_a_course_is_no_action(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    got = {a.ref: a for a in plan.actions}
    assert not any(a.text.startswith("Foundations") for a in plan.actions)
    assert got["2.1"].text == ACTIONS[3][2]
    # the courses clear of the band read whole (1.1, whose title is level with the other
    # pyramid's course, and 2.1's fields, run into the band, are not read yet)
    for _, ref, _, owner, due, _, _ in ACTIONS[1:3] + ACTIONS[4:]:
        assert (got[ref].owner, got[ref].due_raw) == (owner, due), ref
