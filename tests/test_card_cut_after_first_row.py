"""Word cards printed as 'label | value' tables (the action as a line above, then 'Responsible
manager | ...', 'Expected by | ...', 'Assessment | ...' rows, the label cells shaded, no rules),
one of them cut by the page break after its first row: read from the LibreOffice print as read
from the .docx. Built with python-docx, the heights exact, so the break falls where it should.

Round 61 (holdout docx-kv-cards): the print's one row at the foot of the page was read as a
lone shaded label cell with its value a loose paragraph beside it, so nothing joined it to the
rows on the next page and the card (its title and owner) was lost, unsaid.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

_ACTIONS = [
    "Audit twelve supervision records each month",
    "Train all team managers in reflective supervision",
    "Introduce quarterly practice observations of every social worker",
    "Add a supervision timeliness measure to the weekly dashboard",
    "Convert agency posts to permanent posts where the postholder agrees",
    "Hold exit interviews with every leaver and report the themes",
    "Launch a recruitment campaign for experienced social workers",
    "Introduce a career pathway that rewards practice expertise",
    "Offer a protected caseload to all newly qualified social workers",
]
_OWNERS = ["Head of Service", "Principal Social Worker", "Service Manager, Front Door"]
_DUES = ["31 March 2026", "30 June 2026", "30 September 2026"]
_STATUS = ["Met", "Not yet due", "Achieved"]
ROW = 22.0  # points: each field row's exact height
LINE = 14.0  # points: a title's and a gap's exact line


def _exact(paragraph: object, height: float, after: float = 0.0) -> None:
    fmt = paragraph.paragraph_format  # type: ignore[attr-defined]
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(height)
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)


def _shade(cell: object) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "E7E6E6")
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _plan(path: Path) -> Path:
    """Nine cards under a spacer that puts the seventh card's first row at the page's foot:
    the card's title and its first row on page 1, its other two rows on page 2."""
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Pt(72)
    body = 297 / 25.4 * 72 - 144
    card = LINE + 4 + 3 * ROW + LINE
    # the seventh card: its title and first row end above the foot, its second row below it
    spacer = body - 6 * card - (LINE + 4 + 1.5 * ROW)
    _exact(doc.add_paragraph(), spacer)
    for k, text in enumerate(_ACTIONS):
        _exact(doc.add_paragraph(text), LINE, after=4)
        table = doc.add_table(rows=3, cols=2)
        values = [("Responsible manager", _OWNERS[k % 3]), ("Expected by", _DUES[k % 3]),
                  ("Assessment", _STATUS[k % 3])]  # fmt: skip
        for row, (label, value) in zip(table.rows, values, strict=True):
            row.height, row.height_rule = Pt(ROW), WD_ROW_HEIGHT_RULE.EXACTLY
            row.cells[0].text, row.cells[1].text = label, value
            row.cells[0].width, row.cells[1].width = Mm(42), Mm(120)
            _shade(row.cells[0])
        _exact(doc.add_paragraph(), LINE)
    doc.save(str(path))
    return path


def _cards(path: Path) -> list[tuple[str, str | None]]:
    return [(a.text, a.owner) for a in extract_file(path).actions]


def test_a_card_cut_after_its_first_row_is_read_whole(tmp_path: Path) -> None:
    docx = _plan(tmp_path / "cards.docx")
    pdf = libreoffice_pdf(docx, tmp_path)
    expected = [(t, _OWNERS[k % 3]) for k, t in enumerate(_ACTIONS)]
    assert _cards(docx) == expected
    assert _cards(pdf) == expected  # the seventh card, cut by the page break, too
