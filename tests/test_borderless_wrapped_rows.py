"""A borderless table whose cells wrap over several lines beside a column set in smaller type at
its own pitch (an agreed date over 'proposed by <name>'): the row finder parted the last line of
a wrapped owner or date ('Lead' of 'Workforce Development Lead', '2026' of '7th April, 2026') into
a row of its own, its key column blank, so the owner and due were read cut short and the rest
read as an action of its own (holdout53 html-typeset-status). A row standing no further under
the row above than a line's pitch, its key blank, is that row's wrap
(plan_columns._join_wrapped_rows).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import Row, _join_wrapped_rows
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 14mm 13mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }"
    "table { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed; }"
    "th { font-variant: small-caps; font-weight: normal; letter-spacing: 0.45em; font-size: 8pt;"
    " color: #555; text-align: left; padding: 1mm 2mm 2mm; vertical-align: bottom; }"
    "td { padding: 2.2mm 2mm; vertical-align: top; } td.ref { width: 8mm; }"
    "td.act { width: 36%; text-align: justify; } td.nw { width: 25mm; }"
    "td.ag { width: 22mm; font-size: 7.5pt; color: #555; } .pp { font-size: 7pt; }"
    "td.pr { font-size: 8pt; color: #333; } .grey { color: #8a8a8a; font-style: italic; }"
)
ROWS = [
    ("3.1", "Track the timeliness of care proceedings weekly through the legal gateway panel",
     "Fatima Rahman", "19th April, 2026", "19th December, 2025", "Perpetua Osei-Lindgren"),
    ("3.2", "Strengthen support to special guardians with a dedicated support worker and a"
     " clear financial offer", "Workforce Development Lead", "7th April, 2026",
     "21st December, 2025", "Clementine Vasquez-Hale"),
    ("3.3", "Train all team managers in reflective supervision through a programme delivered"
     " with the regional teaching partnership", "Workforce Development Lead",
     "22nd September, 2025", "11th September, 2025", "Fitzgerald Amankwah"),
]  # fmt: skip


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h2>Recommendation 3: Reduce delay in achieving permanence</h2><table><thead><tr>"
           "<colgroup><col style='width:6mm'><col style='width:15mm'><col style='width:60mm'>"
           "<col style='width:27mm'><col style='width:21mm'><col style='width:20mm'><col></colgroup>"
           "<th style='width:4mm'></th><th>Ref</th><th>Action</th><th>Lead officer</th><th>Due date</th><th>Agreed</th>"
           "<th>Progress</th>"
           "</tr></thead><tbody>"]  # fmt: skip
    for ref, act, who, due, agreed, by in ROWS:
        out.append(
            f"<tr><td style='width:4mm'></td><td class='ref'>{ref}</td><td class='act'>"
            f"<span class='{'' if ref == '3.1' else 'grey'}'>{escape(act)}</span></td>"
            f"<td>{escape(who)}</td><td class='nw'>{due}</td><td class='ag'>{agreed}<br>"
            f"<span class='pp'>proposed by {escape(by)}</span></td>"
            f"<td class='pr'>{'Draft agreed by partners; sign-off due at the next board' if ref == '3.1' else ''}"
            "</td></tr>"
        )
    out.append("</tbody></table></body></html>")
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_wrapped_rows_last_line_stays_in_its_row(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf"))
    got = {a.ref: (a.owner, a.due_raw) for a in plan.actions}
    assert got == {ref: (who, due) for ref, _, who, due, _, _ in ROWS}
    texts = {a.ref: a.text for a in plan.actions}
    assert texts["3.3"].endswith("with the regional teaching partnership")


def _cell(text: str, x0: float, top: float) -> Cell:
    line = Line(text, (x0, top, x0 + 60.0, top + 8.0), 10.0, False, 1, 0, words=[])
    return Cell(text, (x0, top, x0 + 60.0, top + 8.0), [line])


def test_a_note_row_across_columns_or_a_listing_at_line_pitch_is_no_wrap() -> None:
    def rows(pitch: float, note_across: bool) -> list[Row]:
        out = []
        for k, ref in enumerate(["1.1", "1.2", "1.3"]):
            top = 100.0 + k * 3 * pitch
            out.append(Row([_cell(ref, 10, top), _cell("Audit the records", 80, top),
                            _cell("Ann Lee", 200, top)], 1))  # fmt: skip
            if k:
                continue  # one row wrapped, the first: the others one line each
            note = _cell("UPDATE: begun", 80, top + pitch)
            last = note if note_across else _cell("Lead", 200, top + pitch)
            out.append(Row([None, note, last], 1))
        return out

    padded = rows(10.0, note_across=False)  # rows 30 pt apart, a wrap 2 pt under its row
    assert len(_join_wrapped_rows(padded)) == 3 and len(padded) == 4
    assert len(_join_wrapped_rows(rows(10.0, note_across=True))) == 4  # a note across columns
    listing = [r for r in rows(10.0, False)]
    for k, r in enumerate(listing):  # every row at the line pitch: a fixed-width listing
        for c in r.cells:
            if c is not None:
                top = 100.0 + 10.0 * k
                c.lines[0].bbox = (c.bbox[0], top, c.bbox[2], top + 8.0)
    assert len(_join_wrapped_rows(listing)) == 4
