"""A header row set apart only by capitals and a smaller size is a header row
(extractors/low_header_tiers.py small_capitals_head, used by plan_columns._header_like).

A browser-printed plan styles its table heads with an upper-case transform in small grey type,
not bold ('ENTRY  WHAT WE WILL DO  WHO CARRIES IT' over 9pt rows), one short table per
section. A header row was known by bold, letter-spaced or partly bold small type; a plain row
of capitals was none, so no table was found under it: the rows ran together as paragraphs,
the header line glued to the text above, and the actions were read from text with neither
owner nor due. Set in capitals, smaller than the line under it, with two cells at least, the
row is styled as a header as a bold one is, and the size change under it no end of its table.
"""

from __future__ import annotations

from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

SECTIONS = [
    ("Priority one: timeliness", [
        ("1", "Publish a revised supervision standard with a recording template",
         "Head of Safeguarding", "31 March 2027"),
        ("2", "Train all team managers in reflective supervision", "Tom Ellery",
         "30 April 2027"),
    ]),
    ("Priority two: permanence", [
        ("3", "Hold a permanence planning meeting for every child by their second review",
         "Ruth Kowalczyk", "31 May 2027"),
    ]),
    ("Priority three: partnership", [
        ("4", "Set up a daily virtual strategy meeting slot for partners", "Leon Fairweather",
         "30 June 2027"),
        ("5", "Run a multi-agency audit of thirty strategy discussions", "Designated Nurse",
         "31 July 2027"),
    ]),
]  # fmt: skip

CSS = (
    "body{font-family:'Liberation Serif',serif;font-size:9pt} h2{font-size:12pt;margin:5mm 0 0.5mm}"
    "table{border-collapse:collapse;width:100%} th{font-size:7.5pt;font-weight:normal;"
    "color:#555;text-transform:uppercase;text-align:left;padding:1mm 1.5mm}"
    "td{padding:1.4mm 1.5mm;vertical-align:top;border-bottom:0.2mm solid #ddd}"
    "td.act{width:32%}"
)


def _html() -> str:
    body = ""
    for title, rows in SECTIONS:
        cells = "".join(
            f"<tr><td>{n}</td><td class='act'>{t}</td><td>{o}</td></tr>" for n, t, o, _ in rows
        )
        body += (
            f"<section><h2>{title}</h2><table><thead><tr><th>Entry</th><th>What we will do</th>"
            f"<th>Who carries it</th></tr></thead><tbody>{cells}</tbody>"
            "</table></section>"
        )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<h1>Improvement plan</h1>{body}</body></html>"
    )


@needs_chromium
def test_capitals_header_row_opens_each_small_table(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    read = [(a.ref, a.text, a.owner) for a in plan.actions]
    assert read == [(n, t, o) for _, rows in SECTIONS for n, t, o, _ in rows]
