"""A Word plan whose action table has NO header row: each row's main cell holds the action's
code and labelled parts (`From: <the state now>`, `To: <the step taken>`, an update under a label
no vocabulary knows), and a shaded sidebar cell holds small labels each over its value (owner,
due, status); the only link is the last number of the code (`07/R2`, `A07-2`).

Round 59 (holdout58 `docx-from-to-codes`): nothing was read (no action, no recommendation; the
plan said `plan_no_actions`). cell_fields now reads such a table from the labels that recur row
after row in one column (its pieces over a page break as one table), a shift's `To:` part as the
action (data/cell_fields.json), and plan_recommendations reads the code's last number against
the numbers the plan prints (read_suffix_codes). The .docx and its LibreOffice print agree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from plantrace.extractors.cell_fields import _unnest_bare
from plantrace.extractors.plan_recommendations import (
    RecommendationIndex,
    recommendation_codes,
    suffix_coded_refs,
)
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the quality of supervision so that it is regular and reflective",
    "Reduce delay in achieving permanence for children in care",
    "Increase the range of suitable accommodation for care leavers",
    "Strengthen the response to children who go missing from home or care",
]
STEPS = [
    "Train every team manager in reflective supervision with the regional partnership",
    "Hold a permanence planning meeting for every child by their second review",
    "Commission fifteen supported lodgings places for young people leaving care",
    "Offer every child a return home interview within seventy-two hours",
    "Audit twenty supervision records each quarter and report the themes to the board",
    "Track the timeline of every adoption case on the weekly performance dashboard",
]
STATES = [
    "Practice varies from team to team",
    "Decisions are taken late",
    "No single record is kept",
]
OWNERS = ["Assistant Director, Children's Social Care", "Priya Nandakumar", "Owen Tremayne"]
STATUS = [
    ("On track", "green", "E8F5E9"),
    ("Delayed", "red", "FFEBEE"),
    ("Complete", "blue", "E3F2FD"),
]
UPDATES = ["Pilot started in two teams; evaluation due", "Draft agreed by partners and published"]
N = 22  # LibreOffice prints the shifts over two pages or more


def _shade(cell: object, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _rec_of(i: int) -> int:
    return [2, 1, 3, 2, 4, 1, 3][i % 7]


def _code(i: int, slash: bool) -> str:
    return f"{i:02d}/R{_rec_of(i)}" if slash else f"A{i:02d}-{_rec_of(i)}"


def _due(i: int) -> date:
    return date(2026 + (i + 8) // 12, (i + 8) % 12 + 1, 10 + i % 15)  # in due order


def _plan(path: Path, slash: bool) -> Path:
    doc = Document()
    doc.add_paragraph().add_run("Northmoor Council").bold = True
    doc.add_paragraph().add_run(
        "Improvement plan: from where we are to where we will be"
    ).bold = True
    doc.add_paragraph(
        "Sponsored by Imelda Brackenbury, 3 March 2026. The last number of a code is the "
        "recommendation it answers."
    )
    doc.add_paragraph().add_run("The recommendations").bold = True
    rt = doc.add_table(rows=len(RECS), cols=2)
    rt.style = doc.styles["Table Grid"]
    for k, text in enumerate(RECS):
        rt.cell(k, 0).paragraphs[0].add_run(f"R{k + 1}").bold = True
        rt.cell(k, 1).paragraphs[0].add_run(text)
    doc.add_paragraph().add_run("The shifts, in the order they fall due").bold = True
    at = doc.add_table(rows=N, cols=2)
    at.style = doc.styles["Table Grid"]
    at.autofit = False
    for r in range(N):
        i = r + 1
        main, side = at.cell(r, 0), at.cell(r, 1)
        main.paragraphs[0].add_run(_code(i, slash)).bold = True
        fp = main.add_paragraph()
        fp.add_run("From: ").bold = True
        fp.add_run(STATES[i % 3])
        tp = main.add_paragraph()
        tp.add_run("To: ").bold = True
        tp.add_run(STEPS[i % 6])
        if i % 3 != 0:
            up = main.add_paragraph()
            up.add_run("Scribe's log: ").italic = True
            up.add_run(UPDATES[i % 2]).italic = True
        word, _, tint = STATUS[i % 3]
        _shade(side, tint)
        due = _due(i)
        for k, (label, value) in enumerate(
            (("Champion", OWNERS[i % 3]), ("Finish", f"{due.day} {due:%B %Y}"), ("Standing", word))
        ):
            p = side.paragraphs[0] if k == 0 else side.add_paragraph()
            small = p.add_run(f"{label}\n")
            small.font.size = Pt(7.5)
            p.add_run(value).bold = True
    for row in at.rows:
        row.cells[0].width = Cm(12.4)
        row.cells[1].width = Cm(4.2)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("slash", [True, False])
def test_shift_table_read_from_docx_and_its_print(tmp_path: Path, slash: bool) -> None:
    docx = _plan(tmp_path / "plan.docx", slash)
    pdf = libreoffice_pdf(docx, tmp_path)
    read_docx, read_pdf = extract_file(docx), extract_file(pdf)
    assert max(a.provenance.page for a in read_pdf.actions if a.provenance) >= 2
    for result in (read_docx, read_pdf):
        assert [(r.number, r.text) for r in result.recommendations] == [
            (str(k + 1), t) for k, t in enumerate(RECS)
        ]
        acts = result.actions
        assert [a.ref for a in acts] == [_code(i, slash) for i in range(1, N + 1)]
        # the To part, never the From state
        assert [a.text for a in acts] == [STEPS[i % 6] for i in range(1, N + 1)]
        assert [a.owner for a in acts] == [OWNERS[i % 3] for i in range(1, N + 1)]
        assert [a.due_date for a in acts] == [_due(i) for i in range(1, N + 1)]
        assert [a.rag for a in acts] == [STATUS[i % 3][1] for i in range(1, N + 1)]
        assert [a.progress for a in acts] == [
            UPDATES[i % 2] if i % 3 else None for i in range(1, N + 1)
        ]
        by_id = {r.id: r.number for r in result.recommendations}
        assert [[by_id[x] for x in a.recommendations] for a in acts] == [
            [str(_rec_of(i))] for i in range(1, N + 1)
        ]
        assert not [
            w for w in result.warnings if w.code in ("plan_no_actions", "plan_links_partial")
        ]


def test_suffix_coded_refs_shape() -> None:
    assert suffix_coded_refs(["01/R2", "02/R1", "03/R2"])
    assert suffix_coded_refs(["A01-2", "A02-1", "A03-3"])
    # the first part repeats: it groups the actions (recommendation 1's 1-1, 1-2), no suffix code
    assert not suffix_coded_refs(["1-1", "1-2", "2-1"])
    assert not suffix_coded_refs(["01/R2", "02/R2"])  # one last number: nothing tells them apart
    assert not suffix_coded_refs(["1.1", "1.2", "2.1"])


def _index(n: int) -> RecommendationIndex:
    index = RecommendationIndex()
    prov = Provenance(sha256="0" * 64, page=1, extractor="t", extractor_version="t")
    for k in range(1, n + 1):
        index.add(f"R{k}", f"Recommendation text {k}", prov)
    return index


def test_suffix_read_against_the_printed_numbers() -> None:
    index = _index(3)
    index.read_suffix_codes(["01/R2", "02/R1", "03/R3", "04/R2"])
    assert index.suffix_coded and index.suffix_doubt is None
    assert index.id_of_suffix("04/R2") == index.by_number["R2"]
    # a last number no recommendation carries: the codes are something else, none is linked
    other = _index(3)
    other.read_suffix_codes(["01/R2", "02/R7", "03/R3"])
    assert not other.suffix_coded and other.id_of_suffix("01/R2") is None


def test_suffix_doubt_said_where_the_first_part_names_one_too() -> None:
    index = _index(3)
    # own parts 3, 1, 2 (no serial) are recommendation numbers too, each last number once
    index.read_suffix_codes(["3-1", "1-2", "2-3"])
    assert index.suffix_coded
    assert index.suffix_doubt is not None and "'3-1'" in index.suffix_doubt


def test_suffix_codes_cite_recommendations_none_read() -> None:
    """With no recommendation read, codes ending in a recommendation's label and number still
    cite one (plan_links_unread says so); a bare last number names none by itself."""
    assert recommendation_codes(["01/R2", "02/R1", "03/R2"]) == ["R2", "R1", "R2"]
    assert recommendation_codes(["A01-2", "A02-1", "A03-2"]) is None
    assert recommendation_codes(["01/Q2", "02/Q1", "03/Q2"]) is None  # a quarter, no label
    assert recommendation_codes(["01/R2", "02/R1", "03/R2"], printed={"REC"}) is None


def _cell(texts: list[str], top: float) -> Cell:
    lines = [
        Line(t, (40.0, top + 12 * k, 300.0, top + 12 * k + 10), 9.0, False, 1, k)
        for k, t in enumerate(texts)
    ]
    for ln in lines:
        ln.words = []
    return Cell("\n".join(texts), (40.0, top, 300.0, top + 12 * len(texts)), lines)


def _table(rows: list[list[list[str]]]) -> Table:
    return Table(
        1,
        (40.0, 100.0, 560.0, 700.0),
        [[_cell(c, 100.0 + 80 * i) for c in r] for i, r in enumerate(rows)],
        True,
    )


def _record(i: int) -> list[list[str]]:
    return [
        [f"{i:02d}/R{i % 2 + 1}", "From: " + STATES[i % 3], "To: " + STEPS[i % 6]],
        ["Champion", OWNERS[i % 3], "Finish", f"{10 + i} March 2027", "Standing", STATUS[i % 3][0]],
    ]


def test_one_record_per_row_read_from_its_labelled_parts() -> None:
    t = _unnest_bare([_table([_record(i) for i in range(1, 6)])], {})
    assert t is not None
    assert t.labels == ["", "From", "To", "Champion", "Finish", "Standing"]
    assert t.roles[:3] == ["ref", "other", "action"] and t.roles[3:5] == ["owner", "due"]
    assert [r.text(2) for r in t.rows] == [STEPS[i % 6] for i in range(1, 6)]


def test_cells_of_several_records_are_no_labelled_parts() -> None:
    """A cell printing a label twice holds two records (a priority grid's quadrant: read by
    cell_records), not one record's parts: the table is not read so."""
    rows = []
    for i in range(1, 5):
        one, two = _record(i), _record(i + 10)
        rows.append([one[0] + two[0], one[1] + two[1]])
    assert _unnest_bare([_table(rows)], {}) is None


def test_from_to_dates_are_a_period_no_shift() -> None:
    """'From: <date>' / 'To: <date>' parts are a period: the shift's roles (To the action) are
    for words only; the dates keep the header vocabulary's reading."""
    rows = []
    for i in range(1, 6):
        ref, side = _record(i)
        rows.append(
            [
                [ref[0], f"From: {i} April 2026", f"To: {i} March 2027", f"Step: {STEPS[i % 6]}"],
                side,
            ]
        )
    t = _unnest_bare([_table(rows)], {})
    assert t is not None
    assert t.roles[t.labels.index("To")] != "action"
    assert [r.text(t.roles.index("action")) for r in t.rows] == [STEPS[i % 6] for i in range(1, 6)]
