"""A web page's plan printed by Chromium: per recommendation a CSS grid of divs (no table) under
one header row, the cells printed in another order than the page shows them (grid-column), a
column gap of 2 mm between them (holdout60 html-grid-reordered).

- The last column's header a phrase holding a date word ('Heard by the panel'), its cells the
  actions' updates. Where a table has two notes or more, their sentences with no date refute the
  date header and read as the progress (prose_dates); a table with ONE note written (its other
  actions' left blank) is too small for that, so its cells alone placed the column as 'other',
  and the header, naming a date role, kept it from its siblings' reading: the note was lost
  silently ('Over by over'). A header its cells refuted gave the column nothing, so the column
  takes its siblings' progress (plan_siblings._date_header_refuted).
- An action's first line ending a column gap short of the owner's: the gap is within the widest
  word space of the line, so the two read as one run and the owner's first word went to the
  action ('... aged 21 to 25 a Detective', owner 'Inspector, Public Protection').
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from plantrace.pipeline.extract import extract_file
from tests.chromium import needs_chromium, print_pdf

HEADER = ("Ref", "What we will do", "Lead", "Target date", "Status", "Heard by the panel")
# the source order of each row's cells: the page shows them as HEADER
SOURCE = (4, 1, 3, 2, 0, 5)
RECS = [
    ("1", "Improve the timeliness of decisions at the front door",
     [("1.1", "Apply consistent thresholds through weekly clinics with partners",
       "Director of Children's Services", "2026-11-25", "On track",
       "Completed and embedded in practice"),
      ("1.2", "Step down cases to early help with a warm handover meeting",
       "Workforce Development Lead", "2027-01-31", "On track",
       "Audit shows improvement in most records")]),
    ("2", "Strengthen the response to children who go missing from home or care",
     [("2.1", "Commission an independent return home interview service for every child",
       "Service Manager, Care Leavers", "2026-10-13", "Not started",
       "Scoping to begin next quarter"),
      ("2.2", "Hold a monthly missing children panel chaired by the head of safeguarding",
       "Principal Social Worker", "2027-04-20", "Delayed", "")]),
    ("3", "Raise the quality of assessments and plans for children in need",
     [("3.1", "Hold monthly practice workshops on writing analysis in assessments",
       "Head of Quality Assurance", "2026-10-31", "Delayed",
       "Work started; scoping meeting held with partners"),
      ("3.2", "Review every child in need plan at least every three months",
       "Service Manager, Care Leavers", "2026-12-05", "On track",
       "Monthly reports now in place")]),
]  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 13mm 12mm; }"
    "body { font-family: 'Liberation %s', serif; font-size: 8.8pt; margin: 0; color: #1d1d1d;"
    " line-height: 1.32; }"
    "h2 { font-size: 11.5pt; margin: 4mm 0 1mm; color: #0B3D2E; } .rt { font-style: italic; }"
    ".row { display: grid; grid-template-columns: 15mm minmax(0, 2.2fr) minmax(0, 1fr) 24mm"
    " 25mm minmax(0, 1.3fr); column-gap: 2mm; border-bottom: 0.25mm solid #C9D3CF;"
    " padding: 1.3mm 1mm; break-inside: avoid; }"
    ".row.head { background: #E4ECE8; font-weight: bold; border-bottom: 0.5mm solid #0B3D2E; }"
    ".c { grid-row: 1; min-width: 0; }"
)


def _cells(values: tuple[str, ...], source: tuple[int, ...]) -> str:
    return "".join(
        f"<div class='c' style='grid-column:{j + 1}'>{escape(values[j])}</div>" for j in source
    )


def _html(
    recs: Sequence[tuple[str, str, Sequence[tuple[str, ...]]]] = RECS,
    source: tuple[int, ...] = SOURCE,
    font: str = "Serif",
) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS % font}</style>"
           "</head><body><h1>Our improvement plan</h1>"]  # fmt: skip
    for num, text, actions in recs:
        out.append(f"<h2>Recommendation {num}</h2><p class='rt'>{escape(text)}</p>")
        out.append(f"<div class='row head'>{_cells(HEADER, source)}</div>")
        out.extend(f"<div class='row'>{_cells(a, source)}</div>" for a in actions)
    out.append("</body></html>")
    return "".join(out)


@needs_chromium
def test_a_table_with_one_note_under_a_refuted_date_header_takes_its_siblings_progress(
    tmp_path: Path,
) -> None:
    page = tmp_path / "plan.html"
    page.write_text(_html())
    result = extract_file(print_pdf(page, tmp_path / "plan.pdf"))
    assert [(a.ref, a.progress) for a in result.actions] == [
        (a[0], a[5] or None) for _, _, actions in RECS for a in actions
    ]
    assert [a.owner for a in result.actions] == [a[2] for _, _, acts in RECS for a in acts]


# the action's cell printed first, the owner's after the status: on the page the action's first
# line ends a column gap (2 mm) short of the owner's, within the widest word space of the line
OWNER_SOURCE = (1, 4, 2, 3, 5, 0)
OWNER_RECS = [
    ("1", "Improve the support given to care leavers as they move into adult life",
     [("1.1", "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
       "Detective Inspector, Public Protection", "Aug 31 2025", "On track",
       "Waiting on the new case management system"),
      ("1.2", "Commission fifteen supported lodgings places for young people leaving care",
       "Priya Nandakumar", "Dec 31 2025", "Not started", "Scoping to begin next quarter"),
      ("1.3", "Give every care leaver a written summary of their entitlements at eighteen",
       "Amira Choudhury", "Jul 31 2025", "On track",
       "First cohort completed; second cohort booked")]),
    ("2", "Strengthen the response to children who go missing from home or care",
     [("2.1", "Commission an independent return home interview service for every child",
       "Service Manager, Care Leavers", "Oct 13 2026", "Delayed",
       "Recruitment under way; two posts filled"),
      ("2.2", "Hold a monthly missing children panel chaired by the head of safeguarding",
       "Principal Social Worker", "Apr 20 2027", "On track", "Monthly reports now in place")]),
]  # fmt: skip


@needs_chromium
def test_a_cells_first_word_a_grid_gap_from_the_cell_before_stays_its_own(tmp_path: Path) -> None:
    """'a' ends the action's first line 2 mm short of the owner column, 'Detective' opens the
    owner's: one run of words at the line's widest word space, whose second part the owner's own
    lines ('Inspector, Public' / 'Protection') start where it does (tables._cell_openings)."""
    page = tmp_path / "owners.html"
    page.write_text(_html(OWNER_RECS, OWNER_SOURCE, "Sans"))
    result = extract_file(print_pdf(page, tmp_path / "owners.pdf"))
    want = [a for _, _, acts in OWNER_RECS for a in acts]
    assert [(a.ref, a.text, a.owner) for a in result.actions] == [(a[0], a[1], a[2]) for a in want]
