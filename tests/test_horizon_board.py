"""A roadmap board printed by Chromium: three columns of action boxes side by side, each box's
top line its plain ref and a chip naming the recommendation it answers ('Rec 2'), the due given
by a legend defining when each column ends ('Soon = by the end of May 2026'), a few boxes with
a date of their own; the first column runs over onto a second page without its heading.

At 0.6.76 the chip was read into the action's text ('Rec 2 Publish ...', on the second page
'Rec 3 4 Publish ...' with the ref) and every action was linked to the last recommendation listed
above the board (the section it sat in); the boxes with no date of their own had no due.
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 landscape; margin: 12mm 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; line-height: 1.3; }"
    ".top2 { display: flex; gap: 6mm; margin-bottom: 4mm; }"
    ".recs { flex: 3; } .leg { flex: 2; background: #E8EAF6; padding: 1mm 3mm; }"
    "h3 { font-size: 10pt; margin: 1mm 0; } ul { margin: 0; padding-left: 5mm; }"
    ".board { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 5mm; }"
    ".col h2 { font-size: 13pt; margin: 0 0 2mm; padding: 1mm 2mm; background: #283593;"
    " color: white; }"
    ".box { border: 0.3mm solid #BDBDBD; border-top: 1.6mm solid #1565C0; padding: 1.5mm 2.5mm;"
    " margin-bottom: 3mm; break-inside: avoid; }"
    ".top { display: flex; justify-content: space-between; }"
    ".ref { font-weight: bold; font-size: 10pt; }"
    ".chip { background: #EEEEEE; border-radius: 2mm; padding: 0 2mm; font-size: 8pt; }"
    ".txt { margin: 1mm 0; font-weight: bold; } .ln { margin: 0.5mm 0; }"
)
RECS = [
    "Improve the stability of placements for children in care",
    "Strengthen the oversight of practice by team managers",
    "Increase the number of permanent social workers",
]
COLUMNS = [("Soon", "by the end of May 2026"), ("After that", "by the end of December 2026"),
           ("Eventually", "by the end of September 2027")]  # fmt: skip
TEXTS = [
    "Publish a placement sufficiency plan agreed with health partners",
    "Review every placement that has broken down in the last six months",
    "Hold monthly practice clinics for team managers across the service",
    "Audit a sample of supervision records every quarter",
    "Offer a retention payment to social workers after two years of service",
    "Open a second fostering recruitment hub in the north of the county",
    "Give every child in care a named independent visitor where they want one",
    "Bring case recording up to date for every child open to the service",
    "Publish a workforce plan with targets for permanent staff",
    "Set up a peer review of practice with a neighbouring authority",
    "Train every team manager in the new supervision policy",
    "Launch an apprenticeship route into social work",
]
# (column, rec, own date or None): the first column long enough to run over the page
BOXES = [(0, 1, None), (0, 2, "12 Mar 2026"), (0, 3, None), (0, 1, None), (0, 2, None),
         (0, 3, None), (0, 1, "20 Apr 2026"), (0, 2, None), (1, 3, None), (1, 1, "3 Oct 2026"),
         (2, 2, None), (2, 3, None)]  # fmt: skip


def _box(ref: int, rec: int, text: str, own: str | None) -> str:
    date = f"<p class='ln'>Own date: {own}</p>" if own else ""
    return (
        f"<div class='box'><div class='top'><span class='ref'>{ref}</span>"
        f"<span class='chip'>Rec {rec}</span></div><p class='txt'>{escape(text)}</p>"
        f"<p class='ln'>Lead: <b>Head of Service</b></p>"
        f"<p class='ln'>Status: <b>On track</b></p>{date}</div>"
    )


def _html() -> str:
    recs = "".join(
        f"<li><b>Recommendation {i}:</b> {escape(t)}</li>" for i, t in enumerate(RECS, 1)
    )
    legend = "".join(f"<li><b>{name}</b> = {when}</li>" for name, when in COLUMNS)
    cols = []
    for c, (name, _) in enumerate(COLUMNS):
        boxes = "".join(
            _box(i, rec, TEXTS[i - 1], own)
            for i, (col, rec, own) in enumerate(BOXES, 1)
            if col == c
        )
        cols.append(f"<div class='col'><h2>{name}</h2>{boxes}</div>")
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<p><b>Example Council</b></p><h1>Improvement roadmap</h1>"
        f"<div class='top2'><div class='recs'><h3>The recommendations</h3><ul>{recs}</ul></div>"
        f"<div class='leg'><h3>When the columns end</h3><ul>{legend}</ul>"
        "<p>A box that shows its own date is due then.</p></div></div>"
        f"<div class='board'>{''.join(cols)}</div></body></html>"
    )


def _plan(tmp_path):  # type: ignore[no-untyped-def]
    page = tmp_path / "board.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    doc = parse_pdf_bytes(pdf.read_bytes(), pdf.name)
    return doc, extract_plan(doc)


@needs_chromium
def test_a_boxes_recommendation_chip_is_its_link_not_its_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc, plan = _plan(tmp_path)
    assert len(doc.pages) == 2  # the first column runs over onto a second page
    numbers = {r.id: r.number for r in plan.recommendations}
    read = {a.ref: a for a in plan.actions}
    assert sorted(read, key=int) == [str(i) for i in range(1, len(BOXES) + 1)]
    for i, (_, rec, _) in enumerate(BOXES, 1):
        a = read[str(i)]
        assert a.text == TEXTS[i - 1]
        assert [numbers[r] for r in a.recommendations] == [str(rec)]


@needs_chromium
def test_a_legend_gives_the_due_of_the_boxes_under_each_heading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc, plan = _plan(tmp_path)
    assert len(doc.pages) == 2  # the first column runs over onto a second page, headless
    read = {a.ref: a for a in plan.actions}
    on_second = [a.ref for a in plan.actions if a.provenance.page == 2]
    assert on_second and all(BOXES[int(r) - 1][0] == 0 for r in on_second)
    ends = {"Soon": "2026-05-31", "After that": "2026-12-31", "Eventually": "2027-09-30"}
    for i, (col, _, own) in enumerate(BOXES, 1):
        a = read[str(i)]
        name, when = COLUMNS[col]
        if own is not None:  # its own date overrides its column's
            assert a.due_raw == own
        else:
            assert a.due_raw == when.removeprefix("by the ")
            assert a.due_date is not None and a.due_date.isoformat() == ends[name]
    assert "plan_due_dates_unread" not in [w.code for w in plan.warnings]
