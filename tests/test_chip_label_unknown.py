"""Action cards whose status is printed as a tinted pill after a label no header vocabulary
knows ('Mortar: [Cracking]'), in words no status vocabulary holds ('Solid', 'Cracking',
'Crumbling'). The label found no role, so its values were left unread ('could not be placed')
and every action unrated, though the plan paints each word on one status hue wherever it
recurs. Now a card label with no role whose every value is a chip is judged by its tints as a
trend column is (plan_chip_key.adopt_chip_columns): tints that follow the words in two status
hues or more make it the status column. A label of plain words ("Mason's mark: ...", no tint) stays
unplaced and is said so.
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PILL = {"Solid": "#2E7D32", "Cracking": "#E0A000", "Crumbling": "#C62828",
        "Topped out": "#1565C0", "Unbuilt": "#9E9E9E"}  # fmt: skip
RAG = {"Solid": "green", "Cracking": "amber", "Crumbling": "red", "Topped out": "blue",
       "Unbuilt": None}  # fmt: skip
# ref, text, owner, due, status
ACTIONS = [
    ("1.1", "Agree a joint protocol with the police on attendance at strategy discussions",
     "Designated Nurse", "31/10/2026", "Cracking"),
    ("1.2", "Run a multi-agency audit of thirty strategy discussions", "Head of Quality",
     "30/11/2026", "Topped out"),
    ("2.1", "Hold monthly practice workshops on writing analysis in assessments",
     "Claire Whitby", "28/02/2027", "Crumbling"),
    ("2.2", "Include identity and cultural needs prompts in the assessment form",
     "Owen Tremayne", "31/03/2027", "Solid"),
    ("2.3", "Review every child in need plan at least every three months",
     "Head of Children in Need", "30/04/2027", "Unbuilt"),
    ("3.1", "Agree a timeliness pathway for initial health assessments", "Designated Doctor",
     "31/05/2027", "Cracking"),
]  # fmt: skip
CSS = (
    "@page { size: A4; margin: 15mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 9pt; }"
    ".card { border: 0.3mm solid #A1887F; background: #EFEBE9; padding: 2mm; margin: 2mm 0; }"
    ".m { font-size: 8pt; } .pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm;"
    " font-weight: bold; } .th { font-size: 8pt; font-style: italic; }"
)


def _html(theme: bool) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
           "<body><h1>Improvement plan</h1>"]  # fmt: skip
    rec = None
    for ref, text, owner, due, status in ACTIONS:
        if ref.split(".")[0] != rec:
            rec = ref.split(".")[0]
            out.append(f"<h2>Recommendation {rec}</h2>")
        out.append(
            f"<div class='card'><div><b>{ref}</b> {escape(text)}</div>"
            f"<div class='m'>Layer lead: {escape(owner)} &middot; Set by: {due} &middot; "
            f"Mortar: <span class='pill' style='background:{PILL[status]}'>{status}</span></div>"
            + ("<div class='th'>Mason's mark: practice quality</div>" if theme else "")
            + "</div>"
        )
    out.append("</body></html>")
    return "".join(out)


def _plan(tmp: object, theme: bool):  # type: ignore[no-untyped-def]
    from pathlib import Path

    page = Path(str(tmp)) / f"cards{int(theme)}.html"
    page.write_text(_html(theme))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_chips_under_an_unknown_label_are_the_status(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(tmp_path, theme=False)
    got = {a.ref: a for a in plan.actions}
    assert set(got) == {a[0] for a in ACTIONS}
    for ref, _text, owner, _due, status in ACTIONS:
        assert got[ref].owner == owner, ref
        assert got[ref].rag == RAG[status], ref
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]


@needs_chromium
def test_plain_words_under_an_unknown_label_stay_said(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(tmp_path, theme=True)
    got = {a.ref: a for a in plan.actions}
    for ref, *_rest, status in ACTIONS:
        assert got[ref].rag == RAG[status], ref
    said = [w.message for w in plan.warnings if w.code == "plan_column_unplaced"]
    assert any("Mason" in m for m in said)
