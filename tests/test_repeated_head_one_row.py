"""A scorecard whose header row a browser repeats over each page (a thead), cut so that one row
alone goes on to the next page under the repeat. Over one row, no spacing or rule parts the
header from the row under it: the piece was read as one row, the labels in the figures' cells
('Opening figure 42.8 per 10,000') and the first cell ('Outcome Children subject ...'),
holdout html-stacked-cards. The open table's own header repeated over its piece is now a row of
its own (plan_columns._head_apart)."""

from __future__ import annotations

from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 15mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }"
    "table { border-collapse: collapse; width: 100%; }"
    "thead th { border-top: 0.5pt solid #999; border-bottom: 0.5pt solid #999; text-align: left; }"
    "td, th { padding: 1mm; }"
)
HEAD = ["Measure", "Start point", "Latest", "Aim"]
ROWS = [
    ("Strategy meetings held within three working days", "61%", "74.5%", "90%"),
    ("Families stepped down to early help with a named worker", "40%", "52%", "75%"),
    ("Foster carers reviewed on time", "68.2%", "81%", "95%"),
    ("Children looked after placed far from home", "31.5 per 10,000", "28.2 per 10,000",
     "20.0 per 10,000"),
]  # fmt: skip


def _html(filler_mm: float) -> str:
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Children's services: improvement measures</h1>"
        f"<div style='height:{filler_mm}mm'></div><h2>Measures</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def _print(tmp_path: Path, filler_mm: float) -> bytes:
    page = tmp_path / f"m{filler_mm}.html"
    page.write_text(_html(filler_mm))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_one_row_under_a_repeated_head_is_read_apart_from_it(tmp_path: Path) -> None:
    for filler in range(204, 216, 2):  # the last row alone on page 2, under the repeat
        pdf = _print(tmp_path, float(filler))
        doc = parse_pdf_bytes(pdf, "m.pdf")
        if len(doc.pages) != 2:
            continue
        second = " ".join(ln.text for ln in doc.pages[1].lines)
        if second.startswith("Measure") and not any(r[0] in second for r in ROWS[:-1]):
            break
    else:
        raise AssertionError("no placement puts one row alone under the repeated header")
    plan = extract_plan(doc)
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == list(ROWS)
