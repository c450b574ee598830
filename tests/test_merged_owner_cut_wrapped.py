"""An owner merged down over two actions of one finding, in a Word action table with no inner
rules whose cells are centred down their rows (holdout docx-vcentre-shared).

Round 61 found two shapes of it misread:
- on one page, the owner's lines centred across the two actions run on at the line pitch over
  the row break, level with the second action's first line, so that line opened no row: the
  two actions were read as one row, one of them lost without a word (2-015 5.2/5.3, 1-005). The
  table reader now parts such a row where a column begins a cell again under the row's key and
  a second key follows (pipeline.tables._split_rekeyed). The Word table is printed by
  LibreOffice, as the councils' plans are.
- over a page break, its first lines centred on the first action at the page's foot, its last
  centred on the second at the next page's top ('Principal SW, Team Manager, Care' |
  'Leavers'): read as two owners where the first part ended on no joining word (1-015 5.1/5.2).
  The first part's last line wrapped there (the rest's first word would not have fitted on it)
  and the words either side of the joint stand together in another cell of the column ('Team
  Manager, Care Leavers & DCS'): one text, read whole for both actions
  (extractors/plan_merged_cells._joined_over_break). Two owners of their own, whose joint no
  other cell prints together, stay two.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.extract import extract_file
from tests.pages import LEADING, PageBuilder
from tests.pdfs import libreoffice_pdf

TEXTS = [
    "Give every care leaver a written summary of their entitlements at their review",
    "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
    "Agree a joint housing protocol with district councils for care leavers",
    "Audit repeat referrals each quarter to learn why help did not last",
    "Step down cases to early help with a warm handover meeting with the family",
]
CUT = "Group Manager, MASH & Team Manager, Care Leavers"  # wraps after 'Care' in its column
OWNERS = ["Head of Service", "Team Manager, Care Leavers & DCS", "Principal Social Worker"]


def _shade(cell: object, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _box(table: object) -> None:
    """An outer box only: no rule between rows or columns."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        boxed = edge in ("top", "left", "bottom", "right")
        el.set(qn("w:val"), "single" if boxed else "nil")
        if boxed:
            el.set(qn("w:sz"), "6")
        borders.append(el)
    table._tbl.tblPr.append(borders)  # type: ignore[attr-defined]


def _rows(groups: int) -> list[tuple[int, str, str, str, int]]:
    """(finding, ref, action, owner, rows the owner is merged over from this one: 0 under a
    merged owner); each finding's last two actions share the cut owner."""
    out = []
    for f in range(1, groups + 1):
        for k in range(4):
            i = (f - 1) * 4 + k
            if k < 2:
                out.append(
                    (f, f"{f}.{k + 1}", f"{TEXTS[i % 5]} in area {i + 1}", OWNERS[(f + k) % 3], 1)
                )
            else:
                out.append((f, f"{f}.{k + 1}", f"{TEXTS[i % 5]} in area {i + 1}", CUT, 2 if k == 2 else 0))  # fmt: skip
    return out


def _plan(path: Path, filler: int, groups: int) -> Path:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(9)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.add_heading("Eastmere Children's Services: improvement plan", 1)
    for _ in range(filler):
        doc.add_paragraph("The plan answers each area for improvement the inspectors found.")
    rows = _rows(groups)
    t = doc.add_table(rows=len(rows) + 1, cols=5)
    _box(t)
    for c, h in zip(t.rows[0].cells, ["AFI", "Line", "Commitment", "Senior manager",
                                      "Expected by"], strict=True):  # fmt: skip
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9D9D9")
    head = OxmlElement("w:tblHeader")
    head.set(qn("w:val"), "true")
    t.rows[0]._tr.get_or_add_trPr().append(head)
    for r, (_, ref, text, _, _) in enumerate(rows, start=1):
        t.cell(r, 1).text = ref
        t.cell(r, 2).text = text
        t.cell(r, 4).text = f"{r % 28 + 1:02d}/03/2026"
    r = 1
    while r <= len(rows):  # the finding merged down over its actions
        f = rows[r - 1][0]
        end = r
        while end < len(rows) and rows[end][0] == f:
            end += 1
        t.cell(r, 0).merge(t.cell(end, 0)).text = str(f)
        r = end + 1
    for r, (_, _, _, owner, span) in enumerate(rows, start=1):
        if span == 2:
            t.cell(r, 3).merge(t.cell(r + 1, 3)).text = owner
        elif span == 1:
            t.cell(r, 3).text = owner
    for row in t.rows[1:]:
        for c in row.cells:
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    t.autofit = False
    widths = [1.75, 1.63, 7.92, 4.19, 3.26]  # a landscape page's table, as Word sets it
    for col, w in zip(t.columns, widths, strict=True):
        for c in col.cells:
            c.width = Cm(w)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(w * 567)))
    doc.save(str(path))
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("filler", "groups"), [(0, 2), (3, 3)])
def test_two_actions_beside_one_centred_owner_are_two_rows(
    tmp_path: Path, filler: int, groups: int
) -> None:
    """(0, 2): one page. (3, 3): the last finding's two actions alone on the next page, under
    the repeated header, a page's piece of two rows (its first column blank): the rows stay
    two, each with its own action text."""
    pdf = libreoffice_pdf(_plan(tmp_path / "plan.docx", filler=filler, groups=groups), tmp_path)
    result = extract_file(pdf)
    rows = _rows(groups)
    if filler:
        assert {a.provenance.page for a in result.actions if a.provenance} == {1, 2}
    assert [a.ref for a in result.actions] == [r[1] for r in rows]
    assert [a.text for a in result.actions] == [r[2] for r in rows]
    assert [a.owner for a in result.actions] == [r[3] for r in rows]


def _two_pages(first: str, rest: str) -> list[tuple[str | None, str | None]]:
    """An unruled table over two pages, its cells centred on their two-line actions: 1.1's
    owner 'Team Manager, Care' / 'Leavers & DCS'; 2.1, the first page's last row, beside the
    two lines 'Principal SW, Team' / first; 2.2, the next page's first row, beside rest."""
    cols = [45.0, 80.0, 300.0, 430.0]
    heads = ["Ref", "Action", "Lead officer", "Timescale"]
    pitch = 2 * LEADING + 12.0
    mid = LEADING / 2
    pages = []
    for number, rows in (
        (1, [("1.1", ("Team Manager, Care", "Leavers & DCS")), ("2.1", ("Principal SW, Team", first))]),
        (2, [("2.2", (rest,)), ("3.1", ("Workforce Lead",))]),
    ):  # fmt: skip
        b = PageBuilder(number=number)
        for x, head in zip(cols, heads, strict=True):
            b.styled(x, 100.0, head, bold=True)
        y = 124.0
        for ref, owner in rows:
            b.text(cols[1], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[0], y + mid, ref)
            b.text(cols[3], y + mid, "Mar 2026")
            b.text(cols[2], y + mid - (len(owner) - 1) * mid, *owner)
            y += pitch
        pages.append(b.build())
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=pages)
    return [(a.ref, a.owner) for a in extract_plan(doc).actions]


def test_centred_owner_cut_between_rows_where_it_wrapped_is_read_whole() -> None:
    shared = "Principal SW, Team Manager, Care Leavers"
    assert _two_pages("Manager, Care", "Leavers") == [
        ("1.1", "Team Manager, Care Leavers & DCS"),
        ("2.1", shared),
        ("2.2", shared),
        ("3.1", "Workforce Lead"),
    ]


def test_owners_of_their_own_parted_by_the_page_stay_two() -> None:
    """'Care' | 'Quality Lead': the wrap alone (no word fits after a full line) says nothing,
    and no cell prints 'Care Quality'."""
    assert _two_pages("Manager, Care", "Quality Lead") == [
        ("1.1", "Team Manager, Care Leavers & DCS"),
        ("2.1", "Principal SW, Team Manager, Care"),
        ("2.2", "Quality Lead"),
        ("3.1", "Workforce Lead"),
    ]
