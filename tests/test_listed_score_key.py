"""A scorecard's status is a score 0-4 read through a key printed one entry a line, the score
parted from its meaning by a space alone and the meaning glossed after a colon ('Score key' over
'4 Complete: evidence of impact seen', '3 On track: delivering to plan' ...), as a sheet prints
a score cell beside its meaning cell. The score column's header ('Position') may name another
role; a delivery-confidence column of 'High' / 'Low' beside it gives way to it (it is the status
only where no other column is). Read from the workbook and from its PDF print alike; a number
column with no key is no status."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.score_key import read_score_key
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

KEY = [
    ("4", "Complete: evidence of impact seen"),
    ("3", "On track: delivering to plan"),
    ("2", "Some slippage: recovery in hand"),
    ("1", "Significant concern: escalate"),
    ("0", "Not started"),
]
HEADER = ["Ref", "Action", "Lead", "Deadline", "Position", "Confidence", "Remarks"]
ROWS = [
    ["A1.1", "Audit twelve supervision records each month", "Ann Lee", date(2026, 3, 31), 3,
     "High", "Audits running in two teams"],
    ["A1.2", "Train every team manager in reflective supervision", "Raj Patel",
     date(2026, 6, 30), 2, "Low", "Training booked for the spring"],
    ["A1.3", "Hold a permanence planning meeting for every child", "Ann Lee", date(2026, 7, 31),
     4, "High", "Completed and embedded"],
    ["A1.4", "Recruit twenty additional foster carers", "Sam Okafor", date(2026, 9, 30), 1,
     "Medium", "No lead in post since the restructure"],
    ["A1.5", "Review every placement with parents", "Raj Patel", date(2026, 12, 31), 0, "Low",
     ""],
]  # fmt: skip
RAGS = {"A1.1": "green", "A1.2": "amber", "A1.3": "blue", "A1.4": "red", "A1.5": None}
REC = "Recommendation 1 - Improve the quality of supervision for social workers"


def _pdf(path: Path, key_above: bool = True, keyed: bool = True) -> Path:
    styles = getSampleStyleSheet()
    key_rows = [[s, m] for s, m in KEY]
    key = Table([["Position key", ""], *key_rows], colWidths=[30, 200], hAlign="LEFT")
    key.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    body = [HEADER, [REC] + [""] * 6]
    body += [[*r[:3], r[3].strftime("%d %b %y"), str(r[4]), *r[5:]] for r in ROWS]  # type: ignore[attr-defined]
    t = Table(body, colWidths=[40, 220, 70, 60, 50, 60, 180])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("FONTSIZE", (0, 0), (-1, -1), 8), ("SPAN", (0, 1), (-1, 1))]))  # fmt: skip
    parts: list[object] = [t]
    if keyed:
        parts = [key, Spacer(1, 10), t] if key_above else [t, Spacer(1, 10), key]
    buf = io.BytesIO()
    story = [Paragraph("Council improvement plan assurance scorecard", styles["Title"]), *parts]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path.write_bytes(buf.getvalue())
    return path


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Council improvement plan assurance scorecard"])
    ws.append([])
    ws.append(["Position key"])
    for score, meaning in KEY:
        ws.append([int(score), meaning])
    ws.append([])
    ws.append(HEADER)
    ws.append([REC])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    for r in ROWS:
        ws.append(r)
        ws.cell(ws.max_row, 4).number_format = "DD MMM YY"
    for letter, width in (("B", 50), ("C", 14), ("D", 14), ("E", 10), ("F", 12), ("G", 36)):
        ws.column_dimensions[letter].width = width
    wb.save(str(path))
    return path


def test_a_key_one_score_a_line_with_glossed_meanings() -> None:
    key = read_score_key("; ".join(f"{s} = {m}" for s, m in KEY))
    assert key is not None
    assert [(e.low, e.meaning, e.colour, e.state) for e in key.entries] == [
        (0, "Not started", None, True), (1, "Significant concern", "red", False),
        (2, "Some slippage", "amber", False), (3, "On track", "green", False),
        (4, "Complete", "blue", False),
    ]  # fmt: skip
    assert key.entries[3].gloss == "delivering to plan"


def test_scores_read_through_a_key_printed_above_or_below(tmp_path: Path) -> None:
    for above in (True, False):
        result = extract_file(_pdf(tmp_path / f"plan-{above}.pdf", key_above=above))
        actions = {a.ref: a for a in result.actions}
        assert {ref: a.rag for ref, a in actions.items()} == RAGS
        # the score is the status, not the progress; the remarks are
        assert actions["A1.1"].progress == "Audits running in two teams"
        assert actions["A1.5"].progress is None


def test_the_workbook_reads_as_its_print(tmp_path: Path) -> None:
    result = extract_file(_xlsx(tmp_path / "scorecard.xlsx"))
    actions = {a.ref: a for a in result.actions}
    assert {ref: a.rag for ref, a in actions.items()} == RAGS
    assert actions["A1.4"].progress == "No lead in post since the restructure"


def test_a_column_of_numbers_with_no_key_is_no_status(tmp_path: Path) -> None:
    """No key is printed: the 'Position' numbers are no status. The decision changed in round
    45: a delivery-confidence column alone is the plan's status, so with no other status column
    the 'Confidence' column is read on its label's scale (High green, Medium amber, Low red)."""
    result = extract_file(_pdf(tmp_path / "plan.pdf", keyed=False))
    confidence = {"High": "green", "Medium": "amber", "Low": "red"}
    assert [a.rag for a in result.actions] == [confidence[r[5]] for r in ROWS]  # type: ignore[index]


def _story_pdf(path: Path, parts: list[object]) -> Path:
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    story = [Paragraph("Council improvement plan assurance scorecard", styles["Title"]), *parts]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path.write_bytes(buf.getvalue())
    return path


def _tracker() -> Table:
    body = [HEADER, [REC] + [""] * 6]
    body += [[*r[:3], r[3].strftime("%d %b %y"), str(r[4]), *r[5:]] for r in ROWS]  # type: ignore[attr-defined]
    t = Table(body, colWidths=[40, 220, 70, 60, 50, 60, 180])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("FONTSIZE", (0, 0), (-1, -1), 8), ("SPAN", (0, 1), (-1, 1))]))  # fmt: skip
    return t


def test_a_key_run_on_after_its_heading_on_one_line(tmp_path: Path) -> None:
    """The key's lines run together in the PDF's text ('Position key 4 Complete: ... 0 Not
    started'): the heading opens it, each entry a score and its meaning."""
    styles = getSampleStyleSheet()
    line = "Position key " + " ".join(f"{s} {m}" for s, m in KEY)
    path = _story_pdf(tmp_path / "plan.pdf", [_tracker(), Spacer(1, 10),
                                              Paragraph(line, styles["Normal"])])  # fmt: skip
    assert {a.ref: a.rag for a in extract_file(path).actions} == RAGS


def test_a_key_cut_by_the_page_break_goes_on_over_the_page(tmp_path: Path) -> None:
    """The key's last lines close page 1 and its other entries open page 2: one key, as the
    scores carry on its sequence (4, 3 then 2, 1, 0)."""
    styles = getSampleStyleSheet()
    small = styles["Normal"]
    entries = [Paragraph(f"{s} {m}", small) for s, m in KEY]
    parts: list[object] = [_tracker(), Spacer(1, 10), Paragraph("Position key", small),
                           *entries[:2], PageBreak(), *entries[2:]]  # fmt: skip
    result = extract_file(_story_pdf(tmp_path / "plan.pdf", parts))
    assert {a.ref: a.rag for a in result.actions} == RAGS


def test_a_key_that_covers_only_some_scores_is_warned_of(tmp_path: Path) -> None:
    """A key that leaves out some of the column's scores (cut short, or for another scale)
    keys no column: nothing is read as the status, and the plan says why."""
    styles = getSampleStyleSheet()
    key = "Key: 4 = Complete, 3 = On track"
    path = _story_pdf(tmp_path / "plan.pdf", [Paragraph(key, styles["Normal"]), Spacer(1, 10),
                                              _tracker()])  # fmt: skip
    result = extract_file(path)
    assert [a.rag for a in result.actions] == [None] * 5
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "'0', '1', '2' are in no key" in said[0] and "'Position'" in said[0]


def test_a_bold_score_key_is_no_list_of_recommendations(tmp_path: Path) -> None:
    """The sheet's key prints bold, a score first ('4 Complete: evidence of impact seen'), as a
    numbered heading does: its entries are the key's, not recommendations 4, 3, 2; the plan's
    recommendations are the ones it lists ('IR1 ...', 'IR2 ...'), in their order. The workbook
    printed by LibreOffice Calc, as a council publishes it."""
    recs = [
        "Improve the quality of supervision for social workers in the assessment teams",
        "Reduce delay in achieving permanence for children in care, including adoption",
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    bold = Font(bold=True, size=9)
    ws.cell(1, 1, "Council - Improvement Plan Assurance Scorecard").font = Font(bold=True, size=14)
    ws.cell(3, 1, "Position key").font = bold
    for n, (score, meaning) in enumerate(KEY, start=4):
        ws.cell(n, 1, int(score)).font = bold
        ws.cell(n, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(f"B{n}:D{n}")
        ws.cell(n, 2, meaning).font = Font(size=9)
    ws.cell(10, 1, "Inspection recommendations").font = Font(bold=True, size=10)
    for n, text in enumerate(recs, start=1):
        ws.cell(10 + n, 1, f"IR{n}").font = bold
        ws.merge_cells(f"B{10 + n}:G{10 + n}")
        ws.cell(10 + n, 2, text).font = Font(size=9)
        ws.cell(10 + n, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[10 + n].height = 14
    header = ["Ref", "Rec.", "Action", "Lead", "Deadline", "Position", "Remarks"]
    thin = Side(style="thin", color="999999")
    for j, h in enumerate(header, start=1):
        ws.cell(14, j, h).font = bold
        ws.cell(14, j).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for n, r in enumerate(ROWS, start=15):
        vals = [r[0], "IR1" if n < 17 else "IR2", r[1], r[2], r[3], r[4], r[6] or None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(n, j, v)
            c.font = Font(size=9, bold=j == 6)
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(n, 5).number_format = "DD MMM YY"
    for letter, width in zip("ABCDEFG", (9, 9, 50, 20, 12, 9, 36), strict=True):
        ws.column_dimensions[letter].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    source = tmp_path / "scorecard.xlsx"
    wb.save(str(source))
    for path in (source, libreoffice_pdf(source, tmp_path)):
        result = extract_file(path)
        assert [r.text for r in result.recommendations] == recs, path.suffix
        assert [r.number for r in result.recommendations] in (["1", "2"], ["IR1", "IR2"])
        assert {a.ref: a.rag for a in result.actions} == RAGS, path.suffix


def test_a_key_heading_over_no_readable_key_is_warned_of(tmp_path: Path) -> None:
    """'Position key' is printed, but what follows it is no key of scores and meanings: the
    'Position' column's numbers are read as no status, and the plan says so."""
    styles = getSampleStyleSheet()
    parts: list[object] = [
        Paragraph("Position key", styles["Normal"]),
        Paragraph(
            "Positions are scored as in the corporate assurance framework.", styles["Normal"]
        ),
        Spacer(1, 10),
        _tracker(),
    ]
    result = extract_file(_story_pdf(tmp_path / "plan.pdf", parts))
    assert [a.rag for a in result.actions] == [None] * 5
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "'Position key'" in said[0] and "'Position'" in said[0]


def test_a_key_of_score_ranges_closing_a_page_reads_the_plan(tmp_path: Path) -> None:
    """A key of percentage ranges ('0-24% Off track') as the last lines of page 1, with more
    on page 2: ranges have no sequence to carry over the page, so the key is not followed
    there, and the plan reads (a range once stopped the whole extraction)."""
    styles = getSampleStyleSheet()
    small = styles["Normal"]
    ranges = ["0-24% Off track", "25-74% Some progress", "75-100% On track"]
    parts: list[object] = [_tracker(), Spacer(1, 10), Paragraph("Key", small),
                           *[Paragraph(r, small) for r in ranges], PageBreak(),
                           Paragraph("Governance: the board reviews this plan monthly.", small)]  # fmt: skip
    result = extract_file(_story_pdf(tmp_path / "plan.pdf", parts))
    assert {a.ref: a.owner for a in result.actions} == {r[0]: r[2] for r in ROWS}
    assert [a.due_date for a in result.actions] == [r[3] for r in ROWS]


def test_baseline_and_target_figures_are_not_scores_a_key_leaves_out(tmp_path: Path) -> None:
    """An unrated action table of 'Baseline | Target' figures (12, 45, 3 ...) in a plan that
    prints a 0-4 score key: the figures are counts of their own, not scores the key covers in
    part, so the plan is not warned of a key cut short."""
    styles = getSampleStyleSheet()
    key = "Score key: " + ", ".join(f"{s} = {m.split(':')[0]}" for s, m in KEY)
    body = [["Ref", "Action", "Lead", "Deadline", "Baseline", "Target"]]
    figures = [("12", "20"), ("45", "60"), ("3", "4"), ("20", "30"), ("8", "10")]
    body += [[r[0], r[1], r[2], r[3].strftime("%d %b %y"), b, t]  # type: ignore[attr-defined]
             for r, (b, t) in zip(ROWS, figures, strict=True)]  # fmt: skip
    table = Table(body, colWidths=[40, 260, 80, 70, 60, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8)]))  # fmt: skip
    parts: list[object] = [Paragraph(key, styles["Normal"]), Spacer(1, 10), table]
    result = extract_file(_story_pdf(tmp_path / "plan.pdf", parts))
    assert [a.ref for a in result.actions] == [r[0] for r in ROWS]
    # no score key's warning: only the plain one any plan read with no status gets
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and said[0].startswith("no status was read for any of the 5 actions")
