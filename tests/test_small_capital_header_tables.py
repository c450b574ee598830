"""Borderless tables under a header row set in small capitals by a style (text-transform:
uppercase, a size smaller than the rows, plain weight), one table per section of a digest whose
section heading is the due month (holdout55 html-due-month-digest: actions 0.416 / 0.294).

The page's pass found the header (low_header_tiers.small_capitals_head) but read_header, weighing
the labels, did not count the row as styled (it counted bold, shading, letter spacing and a
partly bold small head only): labels no vocabulary holds ('WHOSE TURN', 'ON THE BOOKS') under an
unstyled row are no header, and the tables were read as cards (status words taken for card
labels) or not at all. low_header_tiers.small_capitals_row reads the same style on the table.
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
    ".rv { font-size: 7.5pt; color: #777; font-style: italic; margin: 0 0 1mm; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { font-size: 7.5pt; text-align: left; padding: 1mm 1.5mm; color: #555;"
    " font-weight: normal; text-transform: uppercase; }"
    "td { padding: 1.4mm 1.5mm; vertical-align: top; border-bottom: 0.2mm solid #ddd; }"
    "td.act { width: 52%; } td.st { font-weight: bold; width: 27mm; }"
    ".ow { text-align: right !important; }"
)
HEAD = ("Line", "On the books", "Weather", "Whose turn")
SECTIONS = [
    ("October 2026", "2026-10-31", [
        ("1", "Review every open assessment older than forty working days with its manager",
         "Storm warning", "#C62828", "Orla Penhallow"),
        ("2", "Publish a weekly list of assessments nearing their timescale to each team",
         "Fair skies", "#2E7D32", "Duty Team Manager"),
    ]),
    ("January 2027", "2027-01-31", [
        ("3", "Audit ten supervision records a month and share the themes with managers",
         "Clouding over", "#B26A00", "Ansel Trevorrow"),
        ("4", "Train every team manager in reflective supervision with an external trainer",
         "Fair skies", "#2E7D32", "Principal Social Worker"),
    ]),
]  # fmt: skip


def _html(sections: list = SECTIONS) -> str:  # type: ignore[type-arg]
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Plan: what is booked for when</h1>"]  # fmt: skip
    for month, _, rows in sections:
        out.append(f"<h2>{month}</h2><p class='rv'>Seen by the steering group last month.</p>")
        out.append("<table><thead><tr>")
        out += [f"<th{' class=ow' if h == HEAD[-1] else ''}>{h}</th>" for h in HEAD]
        out.append("</tr></thead><tbody>")
        for ref, act, status, ink, who in rows:
            out.append(
                f"<tr><td>{ref}</td><td class='act'>{escape(act)}</td>"
                f"<td class='st' style='color:{ink}'>{status}</td>"
                f"<td class='ow'>{escape(who)}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


def _check(plan, sections: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    want = {ref: (act, who, due) for _, due, rows in sections for ref, act, _, _, who in rows}
    got = {a.ref: (a.text, a.owner, a.due_date and a.due_date.isoformat()) for a in plan.actions}
    assert got == want


@needs_chromium
def test_a_small_capitals_header_row_heads_its_borderless_tables(tmp_path: Path) -> None:
    doc = parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf")
    assert any(ln.text.startswith("LINE ON THE BOOKS") for ln in doc.pages[0].lines)
    plan = extract_plan(doc)
    _check(plan, SECTIONS)


# each month holds one action: a table of one row under its header is too short for its cells
# to tell what it lists (a sentence beside a person), while the page's tables under the same
# header row together do (plan_columns._with_siblings); the action column's header names a due
# ('Due in the month'), which the cells overrule
ONE_EACH = [
    ("November 2026", "2026-11-30", [
        ("1", "Hold a monthly panel for children missing from care chaired by a senior manager",
         "Storm warning", "#C62828", "Head of Safeguarding"),
    ]),
    ("February 2027", "2027-02-28", [
        ("2", "Set up a drop-in advice service on housing, money and health for care leavers",
         "Fair skies", "#2E7D32", "Bethan Lloyd"),
    ]),
    ("April 2027", "2027-04-30", [
        ("3", "Deliver contextual safeguarding training to every social work team",
         "Clouding over", "#B26A00", "Principal Social Worker"),
    ]),
]  # fmt: skip


@needs_chromium
def test_sections_of_one_action_each_are_read_with_their_siblings(tmp_path: Path) -> None:
    html = _html(ONE_EACH).replace("On the books", "Due in the month")
    doc = parse_pdf_bytes(_print(tmp_path, html), "plan.pdf")
    plan = extract_plan(doc)
    _check(plan, ONE_EACH)


# a header cell too wide for its column wraps ('WHOSE TURN' over 'THIS TIME'): its lower line,
# capitals in the header's size, is the header's still (low_header_tiers.small_capitals_head and
# plan_columns._under_small_capitals): the first row under it, larger, measures the table
DONE = [
    ("5", "Introduce a career pathway that rewards practice expertise", "2026-06-30",
     "June 2026", "Fatima Rahman"),
    ("6", "Offer a protected caseload to all newly qualified social workers", "2026-08-31",
     "August 2026", "Sian Pritchard"),
]  # fmt: skip


def _done_html() -> str:
    head = ("Line", "On the books", "Weather", "Booked for", "Whose turn this time")
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Plan: what is booked for when</h1><h2>Finished</h2>",
           "<table><thead><tr>"]  # fmt: skip
    widths = ("6mm", "auto", "22mm", "22mm", "19mm")
    out += [f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, widths, strict=True)]
    out.append("</tr></thead><tbody>")
    for ref, act, _, month, who in DONE:
        out.append(
            f"<tr><td>{ref}</td><td>{escape(act)}</td>"
            f"<td class='st' style='color:#1565C0'>Home and dry</td>"
            f"<td>{month}</td><td>{escape(who)}</td></tr>"
        )
    out.append("</tbody></table></body></html>")
    return "".join(out)


@needs_chromium
def test_a_wrapped_small_capitals_header_cell_keeps_its_table(tmp_path: Path) -> None:
    doc = parse_pdf_bytes(_print(tmp_path, _done_html()), "plan.pdf")
    assert any(ln.text.strip() == "THIS TIME" for ln in doc.pages[0].lines)  # wrapped
    plan = extract_plan(doc)
    got = {a.ref: (a.text, a.due_date and a.due_date.isoformat()) for a in plan.actions}
    assert got == {ref: (act, due) for ref, act, due, _, _ in DONE}
