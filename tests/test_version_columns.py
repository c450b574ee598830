"""A side-by-side comparison of two versions of a plan, as a document system prints it: a table of
two columns, each header naming its version ('Revision 2 (March 2026)' | 'Revision 3 - latest
(June 2026)'), a heading row per recommendation, then a row per action whose cells hold the
action as lines ('1.1 <text>', 'Owner: ...', 'Target: ...', 'RAG: ...', 'Comment: ...'). Changed
values are struck through on the earlier side and underlined (on a tinted background) on the
later side; a new action reads 'Not in this version' on the earlier side, a deleted one is
struck through whole with 'Removed in this version' beside it.

What is read (extractors.version_columns): the current version's column alone, its values the
new ones, with the owner from its own line and the recommendation from the heading above it
(across a page break too); the deleted action is no action and is said (version_columns_read),
as is which column was read and why. Where no header says which version is current the higher
number is; a table whose headers name no versions is not read so. Two tinted runs on lines one
under the other (a changed date over a changed status) touch and make a grid of their own that
reads as no table: their words stay in the cell around them (pipeline.tables).

Not the layout of the plan generator's family: a ReportLab table, other labels and words."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.version_columns import _version, current_version
from plantrace.pipeline.extract import extract_file

STYLE = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
OLD = '<strike><font color="#B71C1C">{}</font></strike>'
NEW = '<span backColor="#E8F5E9"><u><font color="#1B5E20">{}</font></u></span>'
REC1 = "Recommendation 1: Improve the quality of supervision and its recording on children's files"
REC2 = "Recommendation 2: Make sure that children's views shape their plans and reviews"


def _cell(*lines: str) -> Paragraph:
    return Paragraph("<br/>".join(lines), STYLE)


def _action(ref: str, text: str, owner: str, due: str, rag: str, note: str = "") -> list[str]:
    lines = [f"<b>{ref}</b> {text}", f"Owner: {owner}", f"Target: {due}", f"RAG: {rag}"]
    return [*lines, f"Comment: {note}"] if note else lines


def _rows(headers: tuple[str, str]) -> list[list[list[Paragraph]]]:
    """The comparison's rows, page by page."""
    page1 = [
        [_cell(f"<b>{headers[0]}</b>"), _cell(f"<b>{headers[1]}</b>")],
        [_cell(f"<b>{REC1}</b>"), _cell(f"<b>{REC1}</b>")],
        [
            _cell(*_action("1.1", "Audit twelve supervision records each month",
                           OLD.format("Sam Okafor"), "31 Mar 2027", "Amber")),
            _cell(*_action("1.1", "Audit twelve supervision records each month",
                           NEW.format("Priya Nandakumar"), "31 Mar 2027", "Amber")),
        ],
        [
            _cell(*_action("1.2", "Train every team manager in reflective supervision",
                           "Tom Ellery", OLD.format("30 Sep 2026"), OLD.format("Red"),
                           "Course booked")),
            _cell(*_action("1.2", "Train every team manager in reflective supervision",
                           "Tom Ellery", NEW.format("31 Jan 2027"), NEW.format("Green"),
                           "Course booked")),
        ],
        [
            _cell('<i><font color="#9E9E9E">Not in this version</font></i>'),
            _cell(*[NEW.format(ln) for ln in _action(
                "1.3", "Introduce quarterly practice observations", "Head of Service",
                "30 Jun 2027", "Green")]),
        ],
    ]  # fmt: skip
    page2 = [
        [_cell(f"<b>{headers[0]}</b>"), _cell(f"<b>{headers[1]}</b>")],
        [
            _cell(*[OLD.format(ln) for ln in _action(
                "1.4", "Publish a supervision policy", "Tom Ellery", "31 May 2026", "Red")]),
            _cell('<i><font color="#9E9E9E">Removed in this version</font></i>'),
        ],
        [_cell(f"<b>{REC2}</b>"), _cell(f"<b>{REC2}</b>")],
        [
            _cell(*_action("2.1", "Record children's views in their own words at every review",
                           "Designated Nurse", "28 Feb 2027", OLD.format("Amber"))),
            _cell(*_action("2.1", "Record children's views in their own words at every review",
                           "Designated Nurse", "28 Feb 2027", NEW.format("Green"))),
        ],
    ]  # fmt: skip
    return [page1, page2]


def _pdf(path: Path, headers: tuple[str, str]) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    story: list[object] = [
        Paragraph("Records Online - Compare versions: Eastbridge Children's Services "
                  "Improvement Plan", STYLE),
        Spacer(1, 8),
    ]  # fmt: skip
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "#B0BEC5"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip
    for k, rows in enumerate(_rows(headers)):
        if k:
            story.append(PageBreak())
        story.append(Table(rows, colWidths=[380, 380], style=grid))
    doc.build(story)  # type: ignore[arg-type]
    return path


def _read(tmp_path: Path, headers: tuple[str, str]) -> list[tuple[object, ...]]:
    result = extract_file(_pdf(tmp_path / "compare.pdf", headers))
    return [(a.ref, a.owner, a.due_raw, a.rag, a.recommendations) for a in result.actions]


def test_the_current_version_alone_is_read(tmp_path: Path) -> None:
    result = extract_file(
        _pdf(tmp_path / "compare.pdf", ("Revision 2 (March 2026)", "Revision 3 - latest"))
    )
    got = [(a.ref, a.owner, a.due_raw, a.rag, a.recommendations) for a in result.actions]
    assert got == [
        ("1.1", "Priya Nandakumar", "31 Mar 2027", "amber", ["r1"]),
        ("1.2", "Tom Ellery", "31 Jan 2027", "green", ["r1"]),
        ("1.3", "Head of Service", "30 Jun 2027", "green", ["r1"]),
        ("2.1", "Designated Nurse", "28 Feb 2027", "green", ["r2"]),
    ]
    assert result.actions[1].progress == "Course booked"
    said = [w.message for w in result.warnings if w.code == "version_columns_read"]
    assert len(said) == 1
    assert "'Revision 3 - latest'" in said[0] and "Removed in this version" in said[0]


def test_without_a_current_word_the_higher_version_is_read(tmp_path: Path) -> None:
    got = _read(tmp_path, ("Version 2.1", "Version 3.0"))
    assert [(ref, owner, due) for ref, owner, due, *_ in got][:2] == [
        ("1.1", "Priya Nandakumar", "31 Mar 2027"),
        ("1.2", "Tom Ellery", "31 Jan 2027"),
    ]
    chosen = current_version(
        [v for v in (_version(0, "Version 3.0"), _version(1, "Version 10.0")) if v]
    )
    assert chosen is not None and chosen[0].column == 1 and "highest" in chosen[1]
    dated = current_version(
        [v for v in (_version(0, "Draft (12 June 2026)"), _version(1, "Draft (3 May 2026)")) if v]
    )
    assert dated is not None and dated[0].column == 0 and "latest date" in dated[1]
    assert _version(0, "Draft") is None  # a version word alone names no version
    bare = current_version([v for v in (_version(0, "Current"), _version(1, "Previous")) if v])
    assert bare is not None and bare[0].column == 0
    assert _version(0, "Current and previous") is None
    untold = current_version([v for v in (_version(0, "Issue 3"), _version(1, "Draft 3")) if v])
    assert untold is not None and untold[0].column == 1 and "rightmost" in untold[1]
    assert _version(0, "Previous version") is not None and _version(0, "Lead") is None
