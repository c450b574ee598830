"""Two stacks of action cards side by side on a page with a ruled piece on it (two pyramids of
boxes, a recommendation over each): read_layout put the page's lines in one order by height,
across the gutter between the stacks, so lines level with each other were joined
('Recommendation 2 Recommendation 1' one paragraph) and one card took fields from both
columns (owners and dues of the other stack's actions, actions missed). Now a clear vertical
gutter splits the page's items into columns read in turn (page_gutter.column_order).
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.page_gutter import column_order
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# recommendation -> its actions: ref, text, owner, due, status (printed last first, as a pyramid's)
COLUMNS = [
    ("Recommendation 1", "Improve the quality and regularity of supervision for every social"
     " worker, and record the reasons for the decisions it makes", [
        ("1.1", "Audit twenty supervision records each quarter and share what is learned with"
         " every team manager in the service", "Head of Quality Assurance", "31/03/2027", "Red"),
        ("1.2", "Train every team manager in reflective supervision within six months of"
         " starting in post", "Head of Service, Children in Care", "30/06/2027", "Amber"),
    ]),
    ("Recommendation 2", "Reduce the time children wait for an initial assessment", [
        ("2.1", "Publish a revised threshold document with partners", "Head of Early Help",
         "31/01/2027", "Green"),
        ("2.2", "Escalate every assessment open for more than forty days",
         "Service Manager, Front Door", "28/02/2027", "Amber"),
        ("2.3", "Agree a joint triage rota with the police and health", "Head of Safeguarding",
         "31/05/2027", "Red"),
    ]),
]  # fmt: skip
FILL = {"Red": "#C62828", "Amber": "#EF6C00", "Green": "#2E7D32"}
CSS = (
    "@page { size: A4 landscape; margin: 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; line-height: 1.3; }"
    ".grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }"
    ".col { display: flex; flex-direction: column; align-items: center; }"
    ".head { background: #4E342E; color: #fff; text-align: center; padding: 2mm 3mm;"
    " width: 82%; border-radius: 3mm 3mm 0 0; }"
    ".card { background: #EFEBE9; border: 0.3mm solid #A1887F; border-top: none;"
    " text-align: center; padding: 1.5mm 3mm; } .m { font-size: 7.5pt; }"
    ".pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm; font-weight: bold; }"
    ".base { width: 100%; background: #BCAAA4; text-align: center; padding: 1.2mm;"
    " font-size: 7.5pt; }"
    "table { border-collapse: collapse; margin-top: 10mm; width: 80%; }"
    "td, th { border: 0.3mm solid #555; padding: 1mm; }"
)


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
           "<body><h1>Our improvement plan</h1><p>Each stack is built from its base up: the"
           " first action is the bottom box, the recommendation it answers the top.</p>"
           "<div class='grid'>"]  # fmt: skip
    for head, rec, actions in COLUMNS:
        out.append(f"<div class='col'><div class='head'><b>{head}</b><div>{escape(rec)}</div>"
                   "</div>")  # fmt: skip
        n = len(actions)
        for i, (ref, text, owner, due, rag) in enumerate(reversed(actions)):
            out.append(f"<div class='card' style='width: {100 - 9 * (n - 1 - i)}%'><div><b>{ref}"
                       f"</b> {escape(text)}</div><div class='m'>Lead: {escape(owner)} &middot;"
                       f" Due: {due} &middot; Status: <span class='pill' style='background:"
                       f"{FILL[rag]}'>{rag}</span></div></div>")  # fmt: skip
        out.append("<div class='base'>Basis: a shared practice model &middot; partners at the"
                   " table. Checked by Imogen Fairbairn, 7/11/2025</div></div>")  # fmt: skip
    out.append("</div><table><tr><th>Measure</th><th>Baseline</th><th>Target</th></tr>"
               "<tr><td>Assessments within 45 days</td><td>71%</td><td>90%</td></tr></table>"
               "</body></html>")  # fmt: skip
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("gutter") / "gutter.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_two_stacks_read_column_by_column(plan) -> None:  # type: ignore[no-untyped-def]
    got = sorted((a.ref or "", a.text, a.owner, a.due_raw) for a in plan.actions)
    assert got == sorted(a[:4] for _, _, actions in COLUMNS for a in actions)
    recs = [r.text for r in plan.recommendations]
    assert not any("Recommendation 2" in t and "Recommendation 1" in t for t in recs)


class _Item:
    def __init__(self, x0: float, top: float, x1: float) -> None:
        self.bbox = (x0, top, x1, top + 8)


def test_no_gutter_keeps_the_order() -> None:
    items = [(10.0 * i, 1, _Item(40, 10.0 * i, 560)) for i in range(8)]  # one column, full width
    assert column_order(items, 600) == (items, set())


def test_a_title_over_both_columns_cuts_no_gutter() -> None:
    title = (0.0, 1, _Item(40, 0, 400))
    rows = [(t, 1, _Item(x, t, x + 200)) for t in (20.0, 30.0, 40.0) for x in (40, 340)]
    got, breaks = column_order([title, *rows], 600)
    assert [it[2].bbox[0] for it in got] == [40, 40, 40, 40, 340, 340, 340]
    assert breaks == {id(rows[1][2])}
