"""A Word plan listing every action in one table in due order, each row filled in the colour of
the recommendation it answers: a key table above it gives each recommendation its colour
(`Recommendation 2` on the strong colour | its text on the pale tint), and the action row's ref
cell is in the strong colour, its other cells on the tint. No number or text links a row.

What is read, from the .docx and from its print alike: each action's recommendation is the one
whose key row has its row's fill; the tint under a status word is no status (a teal tint was
read blue, an ochre one amber): a word the vocabulary reads is rated by it, one it does not
('Smudged') is left unrated and said (plan_status_unread). A row of a colour the key gives no
recommendation links to nothing and is said (plan_links_unread). Where the key rows carry no
fill, a status column's own fills are still read as statuses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

# number -> (strong colour, tint, text)
RECS = {
    "1": ("1F7A78", "DDF0EF", "Raise the quality of assessments and plans for children in need"),
    "2": ("7B3F7A", "F1E2F0", "Make sure that children's wishes and feelings are sought and recorded"),
    "3": ("A8731A", "F7ECD8", "Improve the regularity and quality of management oversight of casework"),
}  # fmt: skip
# ref, recommendation (its colours; '?' a grey no key gives), action, owner, due, status
ROWS = [
    ("A01", "2", "Expand the children in care council with a younger members group",
     "Leon Fairweather", "31 January 2027", "On track"),
    ("A02", "1", "Hold monthly practice workshops on writing analysis in assessments",
     "Mira Castellano", "12 February 2027", "Smudged"),
    ("A03", "3", "Reduce team manager spans of control to no more than seven workers",
     "Odile Brannigan", "30 April 2027", "Delayed"),
    ("A04", "1", "Review every child in need plan at least every three months",
     "Mira Castellano", "7 June 2027", "Smudged"),
    ("A05", "3", "Audit supervision records in the front door each quarter",
     "Odile Brannigan", "30 June 2027", "On track"),
    ("A06", "2", "Publish a guide for children on how their views are recorded",
     "Leon Fairweather", "31 July 2027", "Unprimed"),
]  # fmt: skip
GREY = ("7F7F7F", "EDEDED")


def _shade(cell: Any, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def _plan(path: Path, rows: list[tuple[str, ...]], keyed: bool = True, carried: int = 0) -> Path:
    """The plan; keyed False: the key rows carry no fill, the status cells a RAG fill instead;
    carried: the last rows go on over a page break under the header repeated."""
    doc = Document()
    doc.add_heading("Children's services improvement plan", level=1)
    doc.add_heading("Colour key: the recommendations", level=2)
    key = doc.add_table(rows=len(RECS), cols=2)
    key.style = doc.styles["Table Grid"]
    for i, (num, (strong, tint, text)) in enumerate(RECS.items()):
        label = key.cell(i, 0).paragraphs[0].add_run(f"Recommendation {num}")
        label.bold = True
        key.cell(i, 1).paragraphs[0].add_run(text)
        if keyed:
            label.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _shade(key.cell(i, 0), strong)
            _shade(key.cell(i, 1), tint)
    doc.add_paragraph(
        "Every action is listed once, in the order it falls due. The colour of the row shows "
        "the recommendation it answers."
    )
    first = rows[: len(rows) - carried]
    _actions(doc, first, keyed)
    if carried:
        doc.add_page_break()
        _actions(doc, rows[len(first) :], keyed)
    doc.save(str(path))
    return path


def _actions(doc: Any, rows: list[tuple[str, ...]], keyed: bool) -> None:
    """The action table: its grey header, each row on its recommendation's colours (keyed)."""
    table = doc.add_table(rows=1 + len(rows), cols=5)
    table.style = doc.styles["Table Grid"]
    for j, head in enumerate(("Ref", "Action", "Lead officer", "Due date", "Status")):
        table.cell(0, j).paragraphs[0].add_run(head).bold = True
        _shade(table.cell(0, j), "D9D9D9")
    rag_fill = {"On track": "92D050", "Delayed": "FFC000", "Smudged": "FF0000"}
    for i, (ref, num, *cells) in enumerate(rows, start=1):
        strong, tint = GREY if num == "?" else RECS[num][:2]
        for j, text in enumerate([ref, *cells]):
            run = table.cell(i, j).paragraphs[0].add_run(text)
            run.font.size = Pt(9)
            if keyed:
                _shade(table.cell(i, j), strong if j == 0 else tint)
                run.bold = j == 0
            elif j == 4 and text in rag_fill:
                _shade(table.cell(i, j), rag_fill[text])


def _both(
    tmp_path: Path, rows: list[tuple[str, ...]], keyed: bool = True, carried: int = 0
) -> list[dict[str, Any]]:
    """The plan read from its .docx and from its LibreOffice print."""
    docx = _plan(tmp_path / "plan.docx", rows, keyed, carried)
    pdf = libreoffice_pdf(docx, tmp_path)
    return [extract_file(p).to_contract() for p in (docx, pdf)]


def test_each_row_links_by_its_fill_and_its_tint_is_no_status(tmp_path: Path) -> None:
    for result in _both(tmp_path, ROWS):
        actions = result["actions"]
        assert [a["ref"] for a in actions] == [r[0] for r in ROWS]
        assert [a["recommendations"] for a in actions] == [[f"r{r[1]}"] for r in ROWS]
        # the vocabulary's words rated by themselves; the invented ones unrated, not by tint
        assert [a["rag"] for a in actions] == ["green", None, "amber", None, "green", None]
        codes = [w["code"] for w in result["warnings"]]
        assert "plan_status_unread" in codes
        assert "plan_links_unread" not in codes


def test_a_row_of_a_colour_no_key_gives_links_nothing_and_is_said(tmp_path: Path) -> None:
    rows = [*ROWS[:3], ("A04", "?", *ROWS[3][2:]), *ROWS[4:]]
    for result in _both(tmp_path, rows):
        actions = result["actions"]
        links = [["r2"], ["r1"], ["r3"], [], ["r3"], ["r2"]]
        assert [a["recommendations"] for a in actions] == links
        said = [w for w in result["warnings"] if w["code"] == "plan_links_unread"]
        assert said and "A04" in said[0]["message"] and "row's colour" in said[0]["message"]


def test_status_fills_are_read_where_the_key_gives_no_colour(tmp_path: Path) -> None:
    for result in _both(tmp_path, ROWS, keyed=False):
        actions = result["actions"]
        assert all(a["recommendations"] == [] for a in actions)
        # 'Smudged' on red: the status cell's own fill rates it
        assert [a["rag"] for a in actions] == ["green", "red", "amber", "red", "green", None]


def test_the_one_row_carried_to_the_next_page_is_read(tmp_path: Path) -> None:
    # the last row alone under the header repeated: a data row on its colours, no header tier
    for result in _both(tmp_path, ROWS, carried=1):
        actions = result["actions"]
        assert [a["ref"] for a in actions] == [r[0] for r in ROWS]
        assert actions[-1]["owner"] == "Leon Fairweather"
        assert actions[-1]["due_date"] == "2027-07-31"
        assert [a["recommendations"] for a in actions] == [[f"r{r[1]}"] for r in ROWS]
