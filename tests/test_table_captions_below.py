"""A Word plan whose action tables are linked ONLY by a caption printed BELOW each table
('Table 3: Actions answering recommendation 2', Word's Insert Caption below), the tables
numbered from a status key table: read from the .docx and from its LibreOffice print, each
action links to the recommendation its table's caption names, and no caption is read as the
next table's heading (a wrong link is worse than none).

Round 61 (holdout60, docx-captions-below): every such link was lost (a->rec 0.000), the
reading order giving a table only the lines above it. extractors/table_captions gives a
caption line directly under a table to that table where the plan's captions stand below
their tables; a plan captioning its tables ABOVE keeps its captions as headings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.shared import Pt

from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.table_captions import caption_links, captions_below
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.limits import LIMITS
from plantrace.pipeline.readers.formats import read_document
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the quality of supervision so that it is reflective and regular",
    "Reduce delay in achieving permanence for children in care",
    "Strengthen the response to children who go missing from home or care",
]
ACTIONS = {
    1: ["Audit twelve supervision records each month", "Train all team managers in supervision"],
    2: [
        "Hold a permanence planning meeting for every child",
        "Recruit twenty additional foster carers",
        "Review all children placed with parents under a care order",
    ],
    3: ["Offer every child a return home interview", "Map the places children go missing from"],
}
LEADS = ["Head of Service", "Principal Social Worker", "Service Manager"]
DUES = ["31/03/2027", "30/06/2027", "30/09/2027"]
STATUSES = ["On track", "Off track", "Complete"]
WORDINGS = {
    "colon": "Table {t}: Actions answering recommendation {n}",
    "dash": "Table {t} - the actions for Recommendation {n}",
    "point": "Table {t}. Our response to recommendation {n}",
}


def _table(doc: WordDocument, header: list[str], rows: list[list[str]]) -> None:
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v


def _caption(doc: WordDocument, text: str, above: bool = False) -> None:
    """A caption paragraph set close to its table: under it (space after), or over it."""
    p = doc.add_paragraph(style="Caption")
    p.paragraph_format.space_before = Pt(12 if above else 3)
    p.paragraph_format.space_after = Pt(3 if above else 12)
    p.add_run(text).italic = True


def _plan(path: Path, wording: str, below: bool, unnamed: int | None = None) -> Path:
    """The plan: its recommendations listed, a status key table, then a table per
    recommendation captioned (below or above) 'Table n' with n one more than its number;
    recommendation `unnamed`'s table captioned by a title naming no recommendation."""
    doc = Document()
    doc.add_heading("Eastmere Council improvement plan", 1)
    doc.add_heading("The recommendations", 2)
    for n, text in enumerate(RECS, start=1):
        doc.add_paragraph(f"Recommendation {n}: {text}")
    doc.add_heading("The actions", 2)
    if not below:
        _caption(doc, "Table 1: Status key", above=True)
    _table(doc, ["Status", "What it means"], [[s, f"the action is {s.lower()}"] for s in STATUSES])
    if below:
        _caption(doc, "Table 1: Status key")
    k = 0
    for n, texts in ACTIONS.items():
        rows = []
        for j, text in enumerate(texts, start=1):
            rows.append([f"{n}/{j}", text, LEADS[k % 3], DUES[k % 3], STATUSES[k % 3]])
            k += 1
        caption = WORDINGS[wording].format(t=n + 1, n=n)
        if n == unnamed:
            caption = f"Table {n + 1}: Our workforce actions"
        if not below:
            _caption(doc, caption, above=True)
        _table(doc, ["No.", "Action", "Lead", "Due", "Status"], rows)
        if below:
            _caption(doc, caption)
    doc.add_paragraph("Progress will be reported to the improvement board each quarter.")
    doc.save(str(path))
    return path


def _links(result: ExtractionResult) -> list[list[str]]:
    numbers = {r.id: r.number for r in result.recommendations}
    return [[numbers[rid] for rid in a.recommendations] for a in result.actions]


GOLD = [[str(n)] for n, texts in ACTIONS.items() for _ in texts]


@pytest.mark.parametrize("wording", ["colon", "dash", "point"])
def test_caption_below_links_its_own_table_in_both_readings(tmp_path: Path, wording: str) -> None:
    docx = _plan(tmp_path / "plan.docx", wording, below=True)
    pdf = libreoffice_pdf(docx, tmp_path)
    for result in (extract_file(docx), extract_file(pdf)):
        assert [a.text for a in result.actions] == [t for ts in ACTIONS.values() for t in ts]
        assert _links(result) == GOLD  # table n+1's caption: recommendation n, not n+1


def test_captions_above_are_not_given_to_the_table_over_them(tmp_path: Path) -> None:
    """Captions printed over their tables: none is read as the title of the table above it,
    which would link table 2's actions to recommendation 2's caption under it (wrong)."""
    docx = _plan(tmp_path / "plan.docx", "colon", below=False)
    pdf = libreoffice_pdf(docx, tmp_path)
    for path in (docx, pdf):
        elements = read_layout(read_document(path.read_bytes(), str(path), "x", LIMITS))
        assert captions_below(elements) == {}
        result = extract_file(path)
        assert len(result.actions) == len(GOLD)
        for links, gold in zip(_links(result), GOLD, strict=True):
            assert links in ([], gold)  # never the next table's recommendation


def test_caption_under_a_table_is_its_title_not_the_next_ones(tmp_path: Path) -> None:
    """The place decides: each caption goes to the table right above it (the status key's
    caption to the key, linking nothing), and the caption's recommendation is read from its
    label and number alone, not from the table's own number ('Table 3')."""
    docx = _plan(tmp_path / "plan.docx", "dash", below=True)
    elements = read_layout(read_document(docx.read_bytes(), str(docx), "x", LIMITS))
    under = captions_below(elements)
    texts = {elements[c].text: elements[t].raw is not None for c, t in under.items()}
    assert texts == {
        "Table 1: Status key": True,
        "Table 2 - the actions for Recommendation 1": False,
        "Table 3 - the actions for Recommendation 2": False,
        "Table 4 - the actions for Recommendation 3": False,
    }
    assert sorted(caption_links(elements, under).values()) == [
        "Recommendation 1",
        "Recommendation 2",
        "Recommendation 3",
    ]


def test_a_caption_naming_no_recommendation_is_said(tmp_path: Path) -> None:
    """One table's caption names no recommendation while the others' do: its actions are
    left unlinked (no guess from the table's number) and a plan_links_partial warning names
    its caption; a plan whose captions all name one says nothing."""
    docx = _plan(tmp_path / "plan.docx", "colon", below=True, unnamed=2)
    result = extract_file(docx)
    assert _links(result) == [["1"], ["1"], [], [], [], ["3"], ["3"]]
    said = [w for w in result.warnings if w.code == "plan_links_partial"]
    assert len(said) == 1 and "'Table 3: Our workforce actions'" in said[0].message
    assert "3 row(s)" in said[0].message
    whole = extract_file(_plan(tmp_path / "whole.docx", "colon", below=True))
    assert not [w for w in whole.warnings if w.code.startswith("plan_links")]
