"""A Word action table with an outer box and no inner rules, its header row repeated on each
page and shaded, runs over a page: LibreOffice prints the rest as a closed box whose top is the
header band, over one cell holding every carried row.

Round 60 found a whole page of actions lost that way (holdout docx-vcentre-shared 1-007): read
from its rulings the box was a header row over one cell as wide as the table, so the rows
carried over were one cell of text no action came from. cut_box_rows now lets such a box go as
the unruled table's frame, as it did for a box with no header band, and counts a line starting
at one of the open table's column edges as a row's (cells set in the middle of their rows put a
row's lines at several heights); the test fails without either.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

TEXTS = [
    "Give every care leaver a written summary of their entitlements at their review",
    "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
    "Agree a joint housing protocol with district councils for care leavers",
    "Audit repeat referrals each quarter to learn why help did not last",
    "Step down cases to early help with a warm handover meeting with the family",
]
LEADS = ["Head of Service", "Principal Social Worker", "Service Manager", "Director"]
STATUS = ["Met", "Not met", "Partially met"]
FINDINGS = 6
PER_FINDING = 4  # 24 rows: LibreOffice prints them over two pages
THREE_PAGES = 8  # findings: 32 rows over three pages, the middle one's box open at its foot


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


def _rows(findings: int = FINDINGS) -> list[tuple[int, str, str, str, str, str]]:
    """(finding, ref, action, lead, due, status); one lead for the first action of a finding,
    another shared by the rest."""
    out = []
    for f in range(1, findings + 1):
        for k in range(PER_FINDING):
            i = (f - 1) * PER_FINDING + k
            lead = LEADS[(f + min(k, 1)) % 4]
            out.append((f, f"{f}{'abcd'[k]}", f"{TEXTS[i % 5]} in area {i + 1}", lead,
                        f"{i % 28 + 1:02d}/03/2026", STATUS[i % 3]))  # fmt: skip
    return out


def _plan(path: Path, findings: int = FINDINGS) -> Path:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Eastmere Children's Services: post-inspection action plan", 1)
    doc.add_paragraph("Each action names its responsible manager and when it will be complete.")
    rows = _rows(findings)
    t = doc.add_table(rows=len(rows) + 1, cols=6)
    _box(t)
    for c, h in zip(t.rows[0].cells, ["AFI", "Seq.", "What needs to happen", "Senior manager",
                                      "Completion", "Assessment"], strict=True):  # fmt: skip
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9D9D9")
    head = OxmlElement("w:tblHeader")
    head.set(qn("w:val"), "true")
    t.rows[0]._tr.get_or_add_trPr().append(head)
    for r, (_, ref, text, _, due, status) in enumerate(rows, start=1):
        for j, v in ((1, ref), (2, text), (4, due), (5, status)):
            t.cell(r, j).text = v
    for j in (0, 3):  # the finding and the lead merged down over the rows that share them
        r = 1
        while r <= len(rows):
            key = rows[r - 1][0] if j == 0 else rows[r - 1][0:4:3]  # a lead: in its finding
            end = r
            while end < len(rows) and (rows[end][0] if j == 0 else rows[end][0:4:3]) == key:
                end += 1
            cell = t.cell(r, j).merge(t.cell(end, j)) if end > r else t.cell(r, j)
            cell.text = str(rows[r - 1][0 if j == 0 else 3])
            r = end + 1
    for row in t.rows[1:]:
        for c in row.cells:
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    t.autofit = False
    widths = [1.2, 1.2, 7.0, 3.5, 2.5, 2.0]
    for col, w in zip(t.columns, widths, strict=True):
        for c in col.cells:
            c.width = Cm(w)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(w * 567)))
    doc.save(str(path))
    return path


@pytest.mark.slow
def test_rows_in_a_headed_box_after_the_break_are_read(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_plan(tmp_path / "plan.docx"), tmp_path)
    result = extract_file(pdf)
    rows = _rows()
    assert max(a.provenance.page for a in result.actions if a.provenance) >= 2
    assert [a.text for a in result.actions] == [r[2] for r in rows]
    assert [a.owner for a in result.actions] == [r[3] for r in rows]
    assert not [w for w in result.warnings if w.code == "plan_actions_doubtful"]


@pytest.mark.slow
def test_rows_under_the_repeated_header_on_a_middle_page_are_read(tmp_path: Path) -> None:
    """Over three pages the middle page's piece is the shaded header band alone (a one-row grid
    at the page's top: the box has no foot rule there) over rows with no rules. The band read as
    the open table's header once more used to end the page's first-table slot, so the rows
    under it were a table with no header, lost without a warning, and the last page's box was
    then no carried frame either: every action past page 1 was lost."""
    pdf = libreoffice_pdf(_plan(tmp_path / "plan.docx", THREE_PAGES), tmp_path)
    result = extract_file(pdf)
    rows = _rows(THREE_PAGES)
    pages = [a.provenance.page for a in result.actions if a.provenance]
    assert max(pages) == 3 and 2 in pages
    assert [a.text for a in result.actions] == [r[2] for r in rows]
    assert [a.owner for a in result.actions] == [r[3] for r in rows]
    assert [a.due_raw for a in result.actions] == [r[4] for r in rows]
    assert not [w for w in result.warnings if w.code == "plan_actions_doubtful"]
