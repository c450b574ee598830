"""Action cards whose status is a tinted pill after a label no header vocabulary knows ('Mortar:
[Cracking]'), where some cards also close with a band under another unknown label ('Footings:
Reliable data', a group's closing strip, one tint whatever it says). Both labels' values stand
on a tint, so each such card had two candidate status columns and was left unrated (its
statuses lost, said only as 'could not be placed'), while cards with the pill alone were read.
A status chip's tint follows its word: a label whose different words all stand on one tint over
the plan is a band, no scale (plan_chip_key._one_tint_labels), and the pill's label is read.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PILL = {"Solid": "#2E7D32", "Cracking": "#E0A000", "Crumbling": "#C62828",
        "Topped out": "#1565C0"}  # fmt: skip
RAG = {"Solid": "green", "Cracking": "amber", "Crumbling": "red", "Topped out": "blue"}
# ref, text, owner, due, status, the band closing the card (None: none)
ACTIONS = [
    ("1.1", "Agree a joint protocol with the police on attendance at strategy discussions",
     "Designated Nurse", "31/10/2026", "Cracking", None),
    ("1.2", "Run a multi-agency audit of thirty strategy discussions", "Head of Quality",
     "30/11/2026", "Topped out", "Reliable data and a stable workforce"),
    ("2.1", "Hold monthly practice workshops on writing analysis in assessments",
     "Claire Whitby", "28/02/2027", "Crumbling", None),
    ("2.2", "Include identity and cultural needs prompts in the assessment form",
     "Owen Tremayne", "31/03/2027", "Solid", "Partners at the table"),
    ("3.1", "Agree a timeliness pathway for initial health assessments", "Designated Doctor",
     "31/05/2027", "Cracking", None),
    ("3.2", "Review every child in need plan at least every three months",
     "Head of Children in Need", "30/04/2027", "Solid", "A shared practice model"),
]  # fmt: skip
CSS = (
    "@page { size: A4; margin: 15mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 9pt; }"
    ".card { border: 0.3mm solid #A1887F; background: #EFEBE9; padding: 2mm; margin: 2mm 0; }"
    ".m { font-size: 8pt; } .pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm;"
    " font-weight: bold; } .band { background: #BCAAA4; padding: 1.2mm; font-size: 7.5pt;"
    " text-align: center; margin-top: 1mm; }"
)


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
           "<body><h1>Improvement plan</h1>"]  # fmt: skip
    rec = None
    for ref, text, owner, due, status, band in ACTIONS:
        if ref.split(".")[0] != rec:
            rec = ref.split(".")[0]
            out.append(f"<h2>Recommendation {rec}</h2>")
        out.append(
            f"<div class='card'><div><b>{ref}</b> {escape(text)}</div>"
            f"<div class='m'>Layer lead: {escape(owner)} &middot; Set by: {due} &middot; "
            f"Mortar: <span class='pill' style='background:{PILL[status]}'>{status}</span></div>"
            + (f"<div class='band'>Footings: {escape(band)}</div>" if band else "")
            + "</div>"
        )
    out.append("</body></html>")
    return "".join(out)


@needs_chromium
def test_a_band_of_one_tint_is_no_second_status(tmp_path: Path) -> None:
    page = tmp_path / "cards.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    got = {a.ref: a for a in plan.actions}
    assert set(got) == {a[0] for a in ACTIONS}
    for ref, _text, owner, _due, status, _band in ACTIONS:
        assert got[ref].owner == owner, ref
        assert got[ref].rag == RAG[status], ref
