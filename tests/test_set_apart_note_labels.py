"""A note under an action's text in the same cell, led by a label of four words or more that no
vocabulary holds ('How far it has got:', 'Word from the lead officer:'), set apart from the text
in bold and in smaller italic type (holdout55 html-due-month-digest: 'Where it got to: ...').

plan_actions._noted took a labelled line as a note only where its label had three words at
most, whatever its type: the longer label's line was run into the action's text (the text
then ending '... (Rec. 2) Where it got to: Delayed ...'), the recommendation's bracket closing
the text was no longer at its end and the link was lost. A label set apart by its type may now
have up to six words (_APART_LABEL_WORDS); a label in the text's own type still three.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 14mm 13mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 9pt; color: #222; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th, td { border: 0.3mm solid #888; padding: 1.4mm 1.5mm; vertical-align: top; }"
    "th { font-weight: bold; text-align: left; background: #eee; }"
    ".pg { font-size: 7.8pt; color: #555; font-style: italic; margin-top: 0.8mm; }"
)
LABEL = "How far it has got"
ROWS = [
    ("1", "Review every open assessment older than forty working days with its manager", "1",
     "Orla Penhallow", "31 March 2027", "Delayed because of staff turnover; revised plan agreed"),
    ("2", "Publish a weekly list of assessments nearing their timescale to each team", "2",
     "Duty Team Manager", "30 April 2027", None),
    ("3", "Audit ten supervision records a month and share the themes with managers", "2",
     "Ansel Trevorrow", "31 May 2027", "Pilot running in two teams"),
]  # fmt: skip


def _html() -> str:
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
        "<h1>Improvement plan</h1><p>Prepared for the improvement board.</p>",
        "<p><b>Recommendation 1:</b> Improve the timeliness of assessments for children</p>",
        "<p><b>Recommendation 2:</b> Strengthen the oversight of practice by managers</p>",
        "<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th></tr>",
    ]
    for ref, act, rec, who, due, note in ROWS:
        pg = f"<div class='pg'><b>{LABEL}:</b> {escape(note)}</div>" if note else ""
        out.append(
            f"<tr><td>{ref}</td><td>{escape(act)} (Rec. {rec}){pg}</td>"
            f"<td>{escape(who)}</td><td>{due}</td></tr>"
        )
    out.append("</table></body></html>")
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_long_label_set_apart_under_the_text_leads_a_note(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    got = {
        a.ref: (a.text, [numbers[x] for x in a.recommendations], a.progress) for a in plan.actions
    }
    assert set(got) == {"1", "2", "3"}
    for ref, act, rec, _, _, note in ROWS:
        text, recs, progress = got[ref]
        assert text == act
        assert recs == [rec]
        if note is None:
            assert progress is None
        else:  # the note without its label: set apart by its type, the label is no value
            assert progress == note
