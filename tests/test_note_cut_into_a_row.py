"""A note printed in an action's cell under its text, cut into a row of its own.

A plan that prints one unruled table per section (a month's actions), a table with a single
action whose text fits on one line, gives no line pitch inside a cell: the note under the text,
set smaller in italic under a gap of its own and led by a bold label ('Last heard: ...'), was
read as a row, and so as an action of its own ('Last heard: No lead in post ...'), the action
above without its progress. plan_actions._note_row reads such a row (no ref, its only text in
the action column, a short label set apart by its type from the text above) as the progress of
the action above, without its label, as _noted does inside the cell.
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
    "h2 { font-size: 12pt; margin: 5mm 0 0.5mm; border-bottom: 0.5mm solid #00695C; }"
    "table.u { border-collapse: collapse; width: 100%; }"
    "table.u th { font-size: 7.5pt; text-align: left; padding: 1mm 1.5mm; color: #555;"
    " font-weight: normal; text-transform: uppercase; }"
    "table.u td { padding: 1.4mm 1.5mm; vertical-align: top; border-bottom: 0.2mm solid #ddd; }"
    "td.n, th.n { width: 6mm; } td.act { width: 52%; } .ow { text-align: right !important; }"
    "td.st { font-weight: bold; width: 27mm; }"
    ".pg { font-size: 7.8pt; color: #555; font-style: italic; margin-top: 0.8mm; }"
)
LABEL = "What the lead says"
# (month, ref, action, owner, status, note): the middle month a single action
ROWS = [
    ("January 2027", "1", "Audit ten supervision records a month and share the themes with"
     " managers in the practice forum", "Orla Penhallow", "On track",
     "Pilot running in two teams"),
    ("January 2027", "2", "Review every open assessment older than forty working days with its"
     " manager", "Duty Team Manager", "Off track", None),
    ("February 2027", "3", "Publish a weekly list of assessments due", "Duty Team Manager",
     "Off track", "No lead in post since the restructure; escalated to the improvement board and to"
     " the chief executive"),
    ("March 2027", "4", "Refresh the threshold guidance for partners and train the front door"
     " staff in its use", "Ansel Trevorrow", "On track", "Scoping to begin next quarter"),
    ("March 2027", "5", "Hold a monthly missing children panel chaired by the head of"
     " safeguarding", "Tamsin Oakley", "Completed", None),
]  # fmt: skip


def _html() -> str:
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
        "<h1>Improvement plan: what falls due when</h1>",
    ]
    months = list(dict.fromkeys(r[0] for r in ROWS))
    for month in months:
        out.append(
            f"<section><h2>{month}</h2><table class='u'><thead><tr><th class='n'>No.</th>"
            "<th>Action</th><th>Status</th><th class='ow'>Lead officer</th></tr></thead>"
        )
        for _, ref, act, who, status, note in (r for r in ROWS if r[0] == month):
            pg = f"<div class='pg'><b>{LABEL}:</b> {escape(note)}</div>" if note else ""
            out.append(
                f"<tr><td class='n'>{ref}</td><td class='act'>{escape(act)}{pg}</td>"
                f"<td class='st'>{status}</td>"
                f"<td class='ow'>{escape(who)}</td></tr>"
            )
        out.append("</table></section>")
    out.append("</body></html>")
    return "".join(out)


@needs_chromium
def test_a_note_cut_into_a_row_is_the_progress_of_the_action_above(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    got = [(a.ref, a.text, a.owner, a.progress) for a in plan.actions]
    assert got == [(r[1], r[2], r[3], r[5]) for r in ROWS]
