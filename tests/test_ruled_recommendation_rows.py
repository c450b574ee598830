"""A front table listing the recommendations as rows parted by rules alone, no header row and no
upright rules: a narrow label cell ('Recommendation 2', which ReportLab breaks mid-word as
'Recommendatio' / 'n 2' in a sans face, and the reader joins to the text's first line in a
serif one), the recommendation's text wrapped over two lines, and a reference cell ('see
Appendix D') level with the text's first line. A measures table below is ruled alike (its rules
as wide). The actions are set out in the appendices, each naming no recommendation.

Read line by line, the reference was read between the text's first line and its wrap (the
text ended after its first line) and a broken label named no recommendation. What is read:
the rows as a table (extractors.ruled_lists): each row gives its label, its whole text and its
reference, whether the rules run under each row, over each, or between them only; the actions
answer the recommendation whose row names their appendix (extractors.part_refs).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_recommendations import labelled_row, lists_every_row
from plantrace.extractors.ruled_lists import ruled_lists
from plantrace.pipeline.document import Cell
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import document_words
from tests.chromium import needs_chromium, print_pdf

RECS = {
    "1": "Improve the multi-agency response to children at risk of criminal and sexual exploitation outside the home",
    "2": "Improve the regularity and quality of management oversight and reflective supervision for social workers in the assessment and child in need teams",
    "3": "Reduce delay in achieving permanence for children in care, including through timely use of special guardianship and adoption",
}
LETTERS = {"1": "C", "2": "B", "3": "D"}  # recommendation -> the appendix holding its actions
ACTIONS = {
    "B": [("B1", "Add a supervision timeliness measure to the weekly report", "Principal Social Worker",
           "30 June 2025", "Green"),
          ("B2", "Train all team managers in reflective supervision", "Head of Service",
           "31 July 2025", "Amber")],
    "C": [("C1", "Set up a daily exploitation triage meeting with the police", "Exploitation Lead",
           "31 May 2025", "Green"),
          ("C2", "Map the places where children are exploited outside the home", "Community Safety Manager",
           "30 September 2025", "Red")],
    "D": [("D1", "Track every child's permanence plan at a monthly panel", "Head of Children in Care",
           "31 August 2025", "Amber"),
          ("D2", "Recruit two more special guardianship support workers", "Service Manager",
           "31 October 2025", "Green")],
}  # fmt: skip
GOLD = {"B1": "2", "B2": "2", "C1": "1", "C2": "1", "D1": "3", "D2": "3"}
KPIS = [
    ("Indicator", "Baseline", "Latest", "Target"),
    ("Care leavers in suitable accommodation", "38%", "73%", "90%"),
    ("Average caseload per social worker", "24", "21", "18"),
    ("Re-referrals within 12 months", "22%", "19%", "15%"),
]


def _rules(style: str, n: int) -> list[tuple[Any, ...]]:
    """The rules of a table of n rows: under each row, over each, or between them only."""
    colour = "#9FB3C8"
    if style == "under":
        return [("LINEBELOW", (0, 0), (-1, -1), 0.3, colour)]
    if style == "over":
        return [("LINEABOVE", (0, 0), (-1, -1), 0.3, colour)]
    return [("LINEBELOW", (0, 0), (-1, n - 2), 0.3, colour)]


def _pdf(style: str = "under", font: str = "Helvetica") -> bytes:
    bold = "Times-Bold" if font.startswith("Times") else "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=font, fontSize=9.4, leading=12)
    title = ParagraphStyle("t", fontName=bold, fontSize=17, leading=21)
    head = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8,
                          spaceAfter=4)  # fmt: skip
    cell = ParagraphStyle("c", fontName=font, fontSize=8.8, leading=10.8)
    width = A4[0] - 34 * mm
    story: list[Any] = [
        Paragraph("Thornwick Council", body),
        Paragraph("Improvement plan: recommendations and action appendices", title),
        Paragraph("The recommendations", head),
    ]
    rows = [
        [Paragraph(f"<b>Recommendation {n}</b>", body), Paragraph(text, body),
         Paragraph(f"see Appendix {LETTERS[n]}", body)]
        for n, text in RECS.items()
    ]  # fmt: skip
    t = Table(rows, colWidths=[32 * mm, width - 62 * mm, 30 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           *_rules(style, len(rows))]))  # fmt: skip
    story += [t, Paragraph("Appendices", head)]
    story += [Paragraph("Appendix A: Glossary of terms", body)]
    story += [Paragraph(f"Appendix {a}: Action schedule", body) for a in sorted(ACTIONS)]
    story.append(Paragraph("Measures of success", head))
    kt = Table([[Paragraph(v, body) for v in r] for r in KPIS],
               colWidths=[width - 84 * mm, 28 * mm, 28 * mm, 28 * mm])  # fmt: skip
    kt.setStyle(TableStyle(_rules(style, len(KPIS))))
    story += [kt, PageBreak(), Paragraph("Appendix A: Glossary of terms", title)]
    story.append(
        Paragraph("<b>Virtual school</b>: the team that champions children in care.", body)
    )
    for letter in sorted(ACTIONS):
        story += [PageBreak(), Paragraph(f"Appendix {letter}", title)]
        story.append(Paragraph("Action schedule", head))
        grid = [[Paragraph(f"<b>{h}</b>", cell) for h in ("Ref", "Action", "Lead", "Due", "RAG")]]
        grid += [[Paragraph(v, cell) for v in row] for row in ACTIONS[letter]]
        table = Table(grid, colWidths=[14 * mm, 76 * mm, 40 * mm, 28 * mm, 18 * mm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#777777")]))
        story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm).build(story)
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "appendices.pdf"))


def _links(plan: PlanExtraction) -> dict[str, list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return {a.ref or "": [str(numbers[r]) for r in a.recommendations] for a in plan.actions}


@pytest.mark.parametrize("font", ["Helvetica", "Times-Roman"])
@pytest.mark.parametrize("style", ["under", "over", "between"])
def test_ruled_rows_give_each_recommendation_whole(style: str, font: str) -> None:
    plan = _read(_pdf(style, font))
    assert {r.number: r.text for r in plan.recommendations} == RECS
    assert _links(plan) == {ref: [n] for ref, n in GOLD.items()}


def test_the_label_broken_in_its_narrow_cell_is_mended() -> None:
    """In the sans face the label cell breaks 'Recommendatio' / 'n 1'; read as a table, the
    cell's pieces are joined ('Recommendation 1'), and the reference is a cell of its own."""
    doc = parse_pdf_bytes(_pdf(), "appendices.pdf")
    page = doc.pages[0]
    assert any(ln.text == "Recommendatio" for ln in page.lines)  # the break this test is about
    known = document_words([ln for p in doc.pages for ln in p.lines])
    tables, left = ruled_lists(page, list(page.lines), known, lists_every_row)
    assert len(tables) == 1
    rows = [[c.text if c is not None else None for c in r] for r in tables[0].rows]
    assert rows == [[f"Recommendation {n}", text, f"see Appendix {LETTERS[n]}"]
                    for n, text in RECS.items()]  # fmt: skip
    assert not any(ln.text.startswith(("Recommendatio", "see Appendix")) for ln in left)
    assert any(ln.text.startswith("Care leavers") for ln in left)  # the measures stay lines


def test_ruled_rows_that_state_no_recommendation_stay_lines() -> None:
    """The measures table is ruled alike, in columns, but its rows name no recommendation: it
    is no list, and its lines are left as they were."""
    doc = parse_pdf_bytes(_pdf(), "appendices.pdf")
    page = doc.pages[0]
    known = document_words(page.lines)
    tables, left = ruled_lists(page, list(page.lines), known, lambda t: False)
    assert tables == [] and len(left) == len(page.lines)


def _cell(text: str) -> Cell:
    return Cell(text=text, bbox=(0.0, 0.0, 10.0, 10.0))


def test_a_named_label_reads_beside_one_sentence_and_short_cells() -> None:
    text = RECS["2"]
    got = labelled_row([_cell("Recommendation 2"), _cell(text), _cell("see Appendix B")])
    assert got is not None and got[0] == "2" and got[1].text == text
    # a bare number beside a sentence, an owner and a date is an action's row, no label's
    row = [_cell("2"), _cell(text), _cell("Head of Service"), _cell("31 July 2025")]
    assert labelled_row(row) is None
    # two sentences beside the label: which is the recommendation is not told
    assert labelled_row([_cell("Recommendation 2"), _cell(text), _cell(RECS["1"])]) is None


@needs_chromium
def test_a_browser_table_ruled_by_cell_borders_reads_whole(tmp_path: Path) -> None:
    """An HTML table whose cells each draw their bottom border (the rules in pieces, one per
    cell), its label wrapped ('Recommendation' / '1') and its reference too ('see' /
    'Appendix C'): the unruled pass took the first row's first line for a header row
    ('Recommendation | Improve the ... | see') and read no recommendation at all."""
    rows = "".join(
        f"<tr><td class=l>Recommendation {n}</td><td>{text}</td><td>see Appendix {LETTERS[n]}"
        "</td></tr>"
        for n, text in RECS.items()
    )
    page = tmp_path / "plan.html"
    page.write_text(
        "<!doctype html><html><head><style>body { font-family: sans-serif; font-size: 12px;"
        " margin: 40px; } table { border-collapse: collapse; width: 100%; } td {"
        " border-bottom: 1px solid #9fb3c8; padding: 6px 8px; vertical-align: top; } td.l {"
        " width: 70px; font-weight: bold; }</style></head><body><h1>Thornwick Council</h1>"
        f"<h2>The recommendations</h2><table>{rows}</table><h2>Appendices</h2>"
        "<p>Appendix B: Action schedule</p></body></html>",
        encoding="utf-8",
    )
    pdf = print_pdf(page, tmp_path / "plan.pdf")
    plan = _read(pdf.read_bytes())
    assert {r.number: r.text for r in plan.recommendations} == RECS
