"""An outline of recommendations (a bold heading, its actions nested under it, each action's
ref, text, lead, date and tag chips on one run of lines). An action whose text wraps with its
chips leaves a line of chips ('... lead: Name when: Month Year #tag') that the layout reader
may take for a header over the lines under it; the next recommendation's heading and its
wrapped line, set a level out, start left of that header's first cell.
plan_columns._unnamed_key_edge read their words left of it as a column the header left blank
(a code column) and cut the actions' text there: the next action and the first of the next
recommendation were lost, and the wrapped action read short with no lead, due or rating
(holdout48 html-outliner-tree). A code stands apart from the text under the header, a gap
before it; a heading's words run on across the edge at a word's spacing.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.pipeline.extract import extract_file
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4; margin: 14mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #222;"
    " line-height: 1.6; } ul { list-style: none; margin: 0; padding-left: 6mm; }"
    "ul.tree { padding-left: 0; } li { position: relative; margin: 1.2mm 0; padding-left: 4mm; }"
    "li ul { border-left: 0.3mm solid #ccc; margin-left: -3.2mm; padding-left: 9mm; }"
    ".ref { color: #888; } .chip { display: inline-block; border: 0.3mm solid #bbb;"
    " border-radius: 2mm; padding: 0 1.5mm; font-size: 8pt; background: #f4f4f4; }"
    ".tag { font-size: 8pt; font-weight: 700; }"
)
RECS = [
    ("Raise the regularity and quality of management oversight and reflective supervision for"
     " practitioners in the assessment and family support teams",
     [("1.1", "Add a supervision timeliness figure to the weekly performance report for team"
       " leaders", "Mara Quell", "May 2025", "#todo"),
      ("1.2", "Introduce quarterly practice observations of every practitioner by their leader",
       "Ivo Santer", "June 2025", "#ontrack"),
      ("1.3", "Train all team leaders in reflective supervision through a two-day course run"
       " alongside the regional teaching partnership", "Ivo Santer", "April 2026", "#atrisk"),
      ("1.4", "Publish a revised supervision standard that sets a four-weekly minimum and a"
       " recording template for reflective discussion", "Ivo Santer", "September 2025",
       "#todo")]),
    ("Improve the timeliness and consistency of decisions at the front door so that families"
     " receive the right help at the right time",
     [("2.1", "Complete all contacts within twenty-four hours and record the decision and its"
       " reasons", "Lena Doyle", "November 2025", "#offtrack"),
      ("2.2", "Apply consistent thresholds at the front door through weekly clinics with"
       " partners", "Tobias Wren", "March 2026", "#todo")]),
]  # fmt: skip
WIDTHS_MM = (150, 155, 160, 165, 170, 175, 182)  # the wrap falls where it may


def _html(width_mm: float) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>",
           f"<body><div style='width:{width_mm}mm'><h1>Improvement plan</h1><ul class='tree'>"]  # fmt: skip
    for n, (rec, acts) in enumerate(RECS, 1):
        out.append(f"<li><b>Recommendation {n}</b> &mdash; {escape(rec)}<ul>")
        for ref, text, who, due, tag in acts:
            out.append(f"<li><span class='ref'>{ref}</span> {escape(text)} <span class='chip'>"
                       f"lead: {who}</span> <span class='chip'>when: {due}</span> "
                       f"<span class='tag'>{tag}</span></li>")  # fmt: skip
        out.append("</ul></li>")
    out.append("</ul></div></body></html>")
    return "".join(out)


@needs_chromium
@pytest.mark.parametrize("width_mm", WIDTHS_MM)
def test_a_heading_set_out_left_of_a_header_is_no_code_column(tmp_path, width_mm) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "plan.html"
    page.write_text(_html(width_mm))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    result = extract_file(pdf)
    got = {a.text: a for a in result.actions}
    for _rec, acts in RECS:
        for _ref, text, who, _due, _tag in acts:
            assert text in got, (width_mm, text, sorted(got))
            assert got[text].owner == who, (width_mm, text)
            assert got[text].due_date is not None, (width_mm, text)
