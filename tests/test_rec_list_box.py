"""A boxed list of the recommendations, titled as a recommendation column would be named.

A digest prints its recommendations once, in a box titled 'The recommendations' ('R1 <text>',
'R2 <text>' ..), and links each action to one by a code closing its text ('(R2)'). The box is
one titled cell whose title names a recommendation's text, as a briefing's box quoting ONE
recommendation is (said_boxes): it was read as that, a single heading numbered by its place
('plan_said_box_unnumbered' said on every plan), before the key reader could take its entries;
the recommendations were then read from the heading's lines with the label kept in the number
('R1'). A box whose text lists two recommendations or more by number quotes none: it is opened
into its lines for the readers of such lists, which read '1', '2', '3' (the letter a label).
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
    ".recs { border: 0.3mm solid #B2DFDB; padding: 1mm 3mm; margin-bottom: 3mm; }"
    ".recs h3 { font-size: 9.5pt; margin: 1mm 0; }"
    ".recs ul { margin: 0; padding-left: 4mm; list-style: none; } .recs li { margin: 0.8mm 0; }"
    "h2 { font-size: 12pt; margin: 5mm 0 0.5mm; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th, td { border: 0.3mm solid #888; padding: 1.4mm 1.5mm; vertical-align: top; }"
    "th { text-align: left; background: #eee; }"
)
RECS = [
    ("1", "Improve the timeliness of assessments so that children receive help quickly"),
    ("2", "Strengthen the oversight of practice by managers at every level of the service"),
    ("3", "Ensure that care leavers have suitable accommodation and up to date pathway plans"),
]
# (ref, action, recommendation, owner, due)
ROWS = [
    ("1", "Review every open assessment older than forty working days", "2", "Orla Penhallow",
     "31 March 2027"),
    ("2", "Publish a weekly list of assessments nearing their timescale", "1",
     "Duty Team Manager", "30 April 2027"),
    ("3", "Commission fifteen supported lodgings places for care leavers", "3",
     "Ansel Trevorrow", "31 May 2027"),
    ("4", "Audit ten supervision records a month and share the themes", "2", "Tamsin Oakley",
     "30 June 2027"),
]  # fmt: skip


def _html() -> str:
    items = "".join(f"<li><b>R{n}</b> {escape(text)}</li>" for n, text in RECS)
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
        "<h1>Improvement plan: what falls due when</h1>",
        f"<div class='recs'><h3>The recommendations</h3><ul>{items}</ul></div>",
        "<h2>Our actions</h2><table><tr><th>No.</th><th>Action</th><th>Lead officer</th>"
        "<th>Due</th></tr>",
    ]
    for ref, act, rec, who, due in ROWS:
        out.append(
            f"<tr><td>{ref}</td><td>{escape(act)} (R{rec})</td><td>{escape(who)}</td>"
            f"<td>{due}</td></tr>"
        )
    out.append("</table></body></html>")
    return "".join(out)


@needs_chromium
def test_a_box_listing_the_recommendations_is_their_list(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    assert [(r.number, r.text) for r in plan.recommendations] == RECS
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [(a.ref, a.text, [numbers[x] for x in a.recommendations]) for a in plan.actions]
    assert got == [(r[0], r[1], [r[2]]) for r in ROWS]
    assert "plan_said_box_unnumbered" not in {w.code for w in plan.warnings}
