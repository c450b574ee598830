"""A borderless Word table whose first column is a finding's number printed once, in a cell
merged down over its actions and centred in it, the step ref in the second column, and an owner
cell merged down over the actions that share it, every cell centred (printed by LibreOffice).

The centred number lands between two of its group's rows, a row of its own with the first
column filled; the group's rows leave the first column blank. The wrapped-row join
(plan_columns._join_wrapped_rows) took the first column for a key and the blank-keyed rows
under the number's row, close under it, for its wrap: two actions and their refs, dues and
statuses were joined into one ('1.3 1.4 Agree ... Commission ...', 'end October 2026
February/March 2027'). Rows of their own standing apart by padding with the first column blank
say it is a group's cell printed once, no key: the join is left alone
(plan_columns._unkeyed_rows).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

docx = pytest.importorskip("docx")

HEAD = ("Finding", "Step", "Planned change", "Responsible manager", "Completion", "Assessment")
WIDTHS = (0.75, 0.7, 3.4, 1.8, 1.4, 0.85)
# finding: its actions (ref, action, owner, due, status); an owner the same as the action
# above's is one cell merged over both
GROUPS = [
    ("1", [
        ("1.1", "Report health assessment timeliness monthly to the corporate parenting board",
         "Virtual School Headteacher / Group Manager, MASH", "July/August 2026", "Not yet due"),
        ("1.2", "Use strengths and difficulties questionnaire scores to trigger a referral for"
         " emotional support", "HoS Children in Care", "09.2027", "Partially met"),
        ("1.3", "Agree a timeliness pathway for initial health assessments with the designated"
         " doctor", "HoS Children in Care & HoS Fostering", "end October 2026", "Achieved"),
        ("1.4", "Commission a therapeutic service for children in care with a waiting time of"
         " under six weeks", "HoS Children in Care & HoS Fostering", "February/March 2027",
         "Partially met"),
    ]),
    ("2", [
        ("2.1", "Set up a care leavers' hub with drop-in advice on housing, money and health",
         "Team Manager, Care Leavers", "06.2026", "Met"),
        ("2.2", "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
         "Quality & Practice Lead", "BAU", "Achieved"),
        ("2.3", "Offer every care leaver aged 21 to 25 a review with a personal adviser each"
         " year", "Virtual School Headteacher", "08.2026", "Partially met"),
    ]),
    ("3", [
        ("3.1", "Audit repeat referrals each quarter to learn why help did not last the first"
         " time", "Head of Business Intelligence", "Q2 26-27", "Partially met"),
        ("3.2", "Step down cases to early help with a warm handover meeting with the family",
         "Early Help Manager", "2027-28", "Met"),
        ("3.3", "Agree a joint housing protocol with district councils that gives care leavers"
         " priority", "Housing Options Lead", "Q1 26-27", "Achieved"),
    ]),
]  # fmt: skip


def _docx(path: Path) -> Path:
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = docx.Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Action plan", 1)
    rows = sum(len(acts) for _, acts in GROUPS)
    t = doc.add_table(rows=rows + 1, cols=len(HEAD))
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")  # an outer box, no inner rules
        el.set(qn("w:val"), "nil" if edge.startswith("inside") else "single")
        if not edge.startswith("inside"):
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "404040")
        borders.append(el)
    t._tbl.tblPr.append(borders)
    t.autofit = False
    total, width = sum(WIDTHS), 29.7 - 3.6
    for j, w in enumerate(WIDTHS):
        for cell in t.columns[j].cells:
            cell.width = Cm(width * w / total)
    for j, col in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(width * WIDTHS[j] / total * 567)))

    def put(cell, text: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
        run.font.size = Pt(9)

    for j, h in enumerate(HEAD):
        put(t.cell(0, j), h, bold=True)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9D9D9")
        t.cell(0, j)._tc.get_or_add_tcPr().append(shd)
    r = 1
    for num, acts in GROUPS:
        first = r
        runs: list[tuple[int, int]] = []
        for i, (ref, text, owner, due, status) in enumerate(acts):
            row = r + i
            if i and owner == acts[i - 1][2]:
                runs[-1] = (runs[-1][0], row)
            else:
                runs.append((row, row))
            for j, value in ((1, ref), (2, text), (4, due), (5, status)):
                put(t.cell(row, j), value)
        r += len(acts)
        put(t.cell(first, 0).merge(t.cell(r - 1, 0)), num, bold=True)
        for a, b in runs:
            cell = t.cell(a, 3).merge(t.cell(b, 3)) if b > a else t.cell(a, 3)
            put(cell, acts[a - first][2])
    for row in t.rows[1:]:
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    out = path / "plan.docx"
    doc.save(str(out))
    return out


def test_a_finding_number_centred_down_its_rows_is_no_key(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_docx(tmp_path), tmp_path)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), "plan.pdf"))
    got = {a.ref: a for a in plan.actions if a.ref}
    for ref in ("1.3", "1.4", "2.1", "2.2"):
        assert ref in got, [a.ref for a in plan.actions]
    assert got["1.3"].due_raw == "end October 2026"
    assert got["1.4"].due_raw == "February/March 2027"
    assert got["1.4"].text.startswith("Commission a therapeutic service")
    assert got["1.3"].owner == "HoS Children in Care & HoS Fostering"
    assert got["2.2"].due_raw == "BAU"
