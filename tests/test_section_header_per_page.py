"""A plan printing each section on a page of its own, its title and then its table's header at
the same height on every page: page cleaning took the header (the same words at the same place
on several pages) for a running head and dropped it, and as the previous page's table was left
open, the page's rows were not read under the repeated header either (holdout53
html-typeset-status: every action of the second and later pages lost). A known table header
under the heading that opens the page is that table's header again, whether or not a table was
left open (plan_columns._repeated_header).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 14mm 13mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }"
    "section { break-before: page; } section:first-child { break-before: auto; }"
    "h2 { font-size: 11pt; margin: 0 0 4mm; }"
    "table { border-collapse: separate; border-spacing: 0; width: 100%; }"
    "th { font-weight: bold; text-align: left; padding: 1mm 2mm 2mm; }"
    "td { padding: 2.2mm 2mm; vertical-align: top; } td.w { width: 50%; }"
)
SECTIONS = [
    ("1", "Improve the timeliness of assessments", [
        ("1.1", "Review every open assessment older than forty working days", "Orla Penhallow",
         "14/03/2027"),
        ("1.2", "Publish a weekly list of assessments nearing their timescale", "Duty Manager",
         "30/04/2027"),
    ]),
    ("2", "Strengthen the quality of supervision", [
        ("2.1", "Audit ten supervision records a month and share the themes", "Ansel Trevorrow",
         "31/05/2027"),
        ("2.2", "Train every team manager in reflective supervision", "Corin Blackwood",
         "30/06/2027"),
    ]),
    ("3", "Reduce delay for children in care", [
        ("3.1", "Track the timeliness of care proceedings weekly", "Fatima Rahman", "31/07/2027"),
        ("3.2", "Review all children placed with parents under a care order", "Helen Markham",
         "31/08/2027"),
    ]),
]  # fmt: skip


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    for n, text, rows in SECTIONS:
        out.append(
            f"<section><h2>Recommendation {n}: {escape(text)}</h2><table><thead><tr><th>Ref</th>"
            "<th>Action</th><th>Lead officer</th><th>Due date</th></tr></thead><tbody>"
        )
        for ref, act, who, due in rows:
            out.append(
                f"<tr><td>{ref}</td><td class='w'>{escape(act)}</td><td>{escape(who)}</td>"
                f"<td>{due}</td></tr>"
            )
        out.append("</tbody></table></section>")
    out.append("</body></html>")
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_sections_table_header_at_the_same_place_on_each_page_is_read(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf"))
    got = {a.ref: a.owner for a in plan.actions}
    assert got == {ref: who for _, _, rows in SECTIONS for ref, _, who, _ in rows}
