"""A scorecard row that a page break splits inside itself, each cell's last lines on the next
page: the indicator's rest ('children') and the figures' ('35.5 per' / '10,000'), as a word
processor breaks a row that may break across pages (holdout docx-kv-cards). A row split so was
joined back only where its rest held the indicator's words alone; with the figures' rest beside
them, the rest was read as a KPI of its own ('children', 10,000 / 10,000 / 10,000) and the row's
figures were cut ('35.5 per', no unit). The rest now goes on with the row above it when every
cell it fills was filled above (kpis._continues), and the figures are read again whole
(kpis._carry_figures)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

HEAD = ["Indicator", "Baseline", "Latest", "Target"]
ROWS = [
    ["Strategy meetings held within three working days", "61%", "74.5%", "90%"],
    ["Care leavers in touch with their personal adviser", "82%", "85%", "95%"],
    ["Children looked after placed more than twenty miles from home", "31.5 per 10,000",
     "28.2 per 10,000", "20.0 per 10,000"],
    ["Foster carers reviewed on time", "68.2%", "81%", "95%"],
]  # fmt: skip


def _plan(path: Path, room: float) -> Path:
    doc = Document()
    doc.add_paragraph("Measures of progress")
    doc.add_paragraph().paragraph_format.space_before = Pt(room)
    t = doc.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    t.autofit = False
    for c, h in zip(t.rows[0].cells, HEAD, strict=True):
        c.text = h
    for r in ROWS:
        for c, v in zip(t.add_row().cells, r, strict=True):
            c.text = v
    for col, w in zip(t.columns, [4.0, 2.0, 2.0, 2.0], strict=True):
        col.width = Cm(w)  # the grid's width (LibreOffice's) and each cell's (Word's)
        for c in col.cells:
            c.width = Cm(w)
    doc.save(str(path))
    return path


def _split(tmp_path: Path) -> Path:
    """The plan placed so that the third row's cells break over the page, their first lines
    on page 1 and the rest on page 2 (the shape this test needs): the room above the table is
    measured from one print, then tried a line at a time about it."""
    probe = libreoffice_pdf(_plan(tmp_path / "probe.docx", 0.0), tmp_path)
    page = parse_pdf_bytes(probe.read_bytes(), probe.name).pages[0]
    top = next(ln.top for ln in page.lines if ln.text.startswith("Children"))
    room0 = page.height - 72.0 - top  # LibreOffice's default margin: 2 cm, about 57 pt
    for k in range(12):
        room = room0 - 10.0 - 4.0 * k
        out = tmp_path / f"r{k}"
        out.mkdir()
        pdf = libreoffice_pdf(_plan(out / "plan.docx", room), out)
        pages = parse_pdf_bytes(pdf.read_bytes(), pdf.name).pages
        if len(pages) != 2:
            continue
        first = " ".join(ln.text for ln in pages[0].lines)
        second = " ".join(ln.text for ln in pages[1].lines)
        if "31.5 per" in first and second[:1].islower() and "10,000" in second.split("Foster")[0]:
            return pdf
    raise AssertionError("no placement splits the third row's cells over the page")


def test_row_split_over_page_reads_one_kpi_with_its_whole_figures(tmp_path: Path) -> None:
    pdf = _split(tmp_path)
    result = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw, k.baseline and k.baseline.unit)
        for k in result.kpis
    ]  # fmt: skip
    assert got == [
        (ROWS[0][0], "61%", "74.5%", "90%", "%"),
        (ROWS[1][0], "82%", "85%", "95%", "%"),
        (ROWS[2][0], "31.5 per 10,000", "28.2 per 10,000", "20.0 per 10,000", "per 10,000"),
        (ROWS[3][0], "68.2%", "81%", "95%", "%"),
    ]
