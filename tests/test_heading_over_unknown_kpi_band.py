"""An unruled action table, a heading, then a scorecard whose shaded header band names its
columns in words no vocabulary knows (a council web page printed by Chromium).

At 0.6.88 (holdout61-s2 html-superscript-recs) the scorecard's header band ('Pixel count' |
'First frame' | ...) named no plan column, so it was kept as a ruled table of one row and its
text taken from the lines the unruled pass reads. The action table above then ran on past the
heading: with the band gone, the heading stood over rows of the table's size starting in its
columns, and read as a banner inside it; the scorecard's rows became actions and the status
column, half figures, lost its role. A shaded band of three or more short labels is now a
header band whatever its words (plan_columns._header_band): the unruled pass reads it as the
scorecard's header, bold, so the heading over it ends the action table (_banner_row), and the
scorecard is kept as one by its cells (a column of named measures beside columns of figures).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# (ref, action, owner, due, status)
ACTIONS = [
    ("S01", "Agree a pathway with the designated doctor so that every health assessment is"
     " booked within two days", "Dr Ines Varga", "30/06/2027", "On track"),
    ("S02", "Report health assessment timeliness monthly to the corporate parenting board",
     "Corin Blake", "31/03/2027", "Delayed"),
    ("S03", "Offer every child a return home interview and record what they say",
     "Wenna Hale", "31/05/2027", "On track"),
    ("S04", "Train foster carers to report a missing child the same day",
     "Ossian Reed", "28/02/2027", "Off track"),
    ("S05", "Set a supervision standard and audit thirty records against it",
     "Principal Social Worker", "30/04/2027", "Complete"),
]  # fmt: skip
RAG = {"On track": "green", "Delayed": "amber", "Off track": "red", "Complete": "blue"}
# (measure, first, middle, last): the header names none of them
KPIS = [
    ("Agency social workers as a share of the workforce", "34%", "28%", "20%"),
    ("Care leavers in suitable accommodation", "78.4%", "84.6%", "90%"),
    ("Children subject to a child protection plan per 10,000 children", "49.9 per 10,000",
     "45.0 per 10,000", "42.0 per 10,000"),
    ("Average days from entering care to moving in with an adoptive family", "414 days",
     "380 days", "350 days"),
    ("Return home interviews offered within 72 hours", "61%", "74%", "90%"),
]  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 13mm 12mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.8pt; line-height: 1.32; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { background: #EDE4F2; text-align: left; padding: 1.2mm; font-size: 8.2pt;"
    " border-bottom: 0.25mm solid #3B1F4A; }"
    "td { padding: 1.2mm; border-bottom: 0.25mm solid #D6CCDC; vertical-align: top; }"
    "h2 { font-size: 11.5pt; margin: 5mm 0 2mm; }"
)


def _html() -> str:
    actions = "".join(
        f"<tr><td><b>{ref}</b></td><td>{escape(text)}</td><td>{escape(owner)}</td>"
        f"<td>{due}</td><td>{status}</td></tr>"
        for ref, text, owner, due, status in ACTIONS
    )
    kpis = "".join(
        f"<tr><td>{escape(m)}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for m, a, b, c in KPIS
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improving children's services: our actions</h1>"
        "<p>Ofsted inspected our services for children and asked us to improve. Below is every"
        " action we have agreed and how we will measure whether it is working.</p>"
        "<table><thead><tr><th style='width:16mm'>Ref</th><th>The picture</th>"
        "<th style='width:32mm'>Photographer</th><th style='width:26mm'>Shutter closes</th>"
        f"<th style='width:26mm'>Sharpness</th></tr></thead><tbody>{actions}</tbody></table>"
        "<h2>How we will know things are getting better</h2>"
        "<table><thead><tr><th>Pixel count</th><th style='width:26mm'>First frame</th>"
        "<th style='width:26mm'>Proof print</th><th style='width:26mm'>Final print</th></tr>"
        f"</thead><tbody>{kpis}</tbody></table>"
        "<p>Want this page in another format? Call 01632 960 418.</p></body></html>"
    )


@needs_chromium
def test_heading_over_an_unknown_header_band_ends_the_action_table(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), "plan.pdf"))
    assert [(a.ref, a.text) for a in plan.actions] == [(a[0], a[1]) for a in ACTIONS]
    assert [a.owner for a in plan.actions] == [a[2] for a in ACTIONS]
    assert [a.rag for a in plan.actions] == [RAG[a[4]] for a in ACTIONS]
    assert [k.indicator for k in plan.kpis] == [k[0] for k in KPIS]
    got = [
        (k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ]
    assert got == [(k[1], k[3]) for k in KPIS]
