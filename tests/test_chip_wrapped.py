"""A status pill wrapped over two lines: a card's field line ('Lead: <owner> · Due: <date> ·
Status: [Topped out]') in a narrow box breaks inside the pill, so the pill is drawn as two
tinted pieces, its first word at the end of the top line and its last at the start of the next.
The status cell's words then span both lines, and the middle of their box (where the chip's
tint was looked for) falls in the gap between the two pieces: the word was read with no tint,
so the action was unrated (its words are in no vocabulary), and where the same word stood
unwrapped elsewhere it stood on two tints (none and its hue), which throws the plan's whole
key of tints away. Now a cell taller than one line is also looked for at the end of its top
line and the start of its bottom line (plan_chip_key._fill_under).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PILL = {"Holding firm": "#2E7D32", "Showing strain": "#E0A000", "Giving way": "#C62828",
        "Topped out": "#1565C0"}  # fmt: skip
RAG = {"Holding firm": "green", "Showing strain": "amber", "Giving way": "red",
       "Topped out": "blue"}  # fmt: skip
# ref, text, owner, due, status
ACTIONS = [
    ("1.1", "Agree a joint protocol with the police on attendance at strategy discussions",
     "Designated Nurse for Children in Care", "31/10/2026", "Showing strain"),
    ("1.2", "Run a multi-agency audit of thirty strategy discussions", "Head of Quality",
     "30/11/2026", "Topped out"),
    ("2.1", "Hold monthly practice workshops on writing analysis in assessments",
     "Workforce Development Lead", "28/02/2027", "Giving way"),
    ("2.2", "Include identity and cultural needs prompts in the assessment form",
     "Principal Social Worker", "31/03/2027", "Holding firm"),
    ("2.3", "Review every child in need plan at least every three months",
     "Service Manager, Children in Need", "30/04/2027", "Topped out"),
    ("3.1", "Agree a timeliness pathway for initial health assessments",
     "Designated Doctor", "31/05/2027", "Showing strain"),
]  # fmt: skip
CSS = (
    "@page { size: A4; margin: 15mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 9pt; }"
    ".card { border: 0.3mm solid #A1887F; background: #EFEBE9; padding: 2mm; margin: 2mm 0;"
    " width: WIDTHmm; } .m { font-size: 8pt; } .pill { color: #fff; border-radius: 2mm;"
    " padding: 0 1.5mm; font-weight: bold; }"
)


def _html(width: float) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
           f"<style>{CSS.replace('WIDTH', str(width))}</style></head>"
           "<body><h1>Improvement plan</h1>"]  # fmt: skip
    rec = None
    for ref, text, owner, due, status in ACTIONS:
        if ref.split(".")[0] != rec:
            rec = ref.split(".")[0]
            out.append(f"<h2>Recommendation {rec}</h2>")
        out.append(
            f"<div class='card'><div><b>{ref}</b> {escape(text)}</div>"
            f"<div class='m'>Lead: {escape(owner)} &middot; Due: {due} &middot; "
            f"Status: <span class='pill' style='background:{PILL[status]}'>{status}</span></div>"
            "</div>"
        )
    out.append("</body></html>")
    return "".join(out)


def _plan(tmp: Path, width: float):  # type: ignore[no-untyped-def]
    page = tmp / "cards.html"
    page.write_text(_html(width))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_a_wrapped_pill_keeps_its_tint(tmp_path: Path) -> None:
    plan = _plan(tmp_path, 90.0)  # three of the six pills wrap at this width
    got = {a.ref: a for a in plan.actions}
    assert set(got) == {a[0] for a in ACTIONS}
    for ref, _text, owner, due, status in ACTIONS:
        assert got[ref].owner == owner, ref
        assert got[ref].due_raw == due, ref
        assert got[ref].rag == RAG[status], ref
