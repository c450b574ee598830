"""A plan linking each action to its recommendation by colour alone: a key lists each
recommendation once beside a small cell filled with its colour, and the action table, in due
order, carries in a column of no words a chip cell of the same fill. The status is a word no
vocabulary knows, printed in its colour.

What is read: each action's recommendation is the one whose key chip has its chip's fill (not a
RAG read from the chips' reds and greens); the status words then by their ink. A chip whose
colour the key gives no recommendation links to nothing and is said (plan_links_unread).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.pipeline.extract import extract_file

RECS = {
    "1": ("#E6194B", "Improve the multi-agency response to children at risk of exploitation"),
    "2": ("#3CB44B", "Strengthen the timeliness of health assessments for children in care"),
    "3": ("#4363D8", "Raise the quality of supervision for social workers in the front door"),
    "4": ("#F58231", "Ensure that care leavers have a named personal adviser within a week"),
}
INK = {"Humming": "#2E7D32", "Sputtering": "#B26A00", "Stalled": "#C62828", "Parked": "#1565C0"}
RAG = {"Humming": "green", "Sputtering": "amber", "Stalled": "red", "Parked": "blue"}
SPONSORS = ["Rufus Okonjo-Hale", "Isidore Penhallow", "Tamsin Achterberg", "Perpetua Ellingham"]
# ref, chip (the recommendation's number), action, owner, due, status
ROWS = [
    ("01", "2", "Review every health assessment that is overdue", "Designated Nurse",
     "31/03/2026", "Humming"),
    ("02", "4", "Allocate a personal adviser to each new care leaver", "Head of Leaving Care",
     "30/04/2026", "Sputtering"),
    ("03", "1", "Hold a weekly exploitation panel with police", "Head of Safeguarding",
     "31/05/2026", "Stalled"),
    ("04", "3", "Audit supervision records at the front door", "Service Manager",
     "30/06/2026", "Parked"),
    ("05", "2", "Track the timeliness of health assessments monthly", "Designated Nurse",
     "31/07/2026", "Humming"),
    ("06", "1", "Map the places where children go missing", "Head of Safeguarding",
     "31/08/2026", "Sputtering"),
]  # fmt: skip


def _plan(path: Path, rows: list[tuple[str, ...]], key: dict[str, tuple[str, str]],
          stray: str | None = None, aside: bool = False, turn: bool = False,
          wide: bool = False) -> Path:  # fmt: skip
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15)
    story: list[object] = [
        Paragraph("Improvement plan: colour-keyed action list", head),
        Paragraph(
            "The chip beside each action is the colour of the recommendation it answers.", cell
        ),  # fmt: skip
        Spacer(1, 6),
        Paragraph("Colour key", head),
    ]
    legend = [["", Paragraph(f"Recommendation {num}: {text}", cell)]
              + ([Paragraph(f"<i>Sponsor: {SPONSORS[int(num) - 1]}</i>", cell)] if aside else [])
              for num, (_, text) in key.items()]  # fmt: skip
    widths = [14, 420 if wide else 200, 150] if aside else [14, 500]
    story.append(Table(legend, colWidths=widths, style=TableStyle(
        [("BACKGROUND", (0, i), (0, i), colors.HexColor(c)) for i, (c, _) in enumerate(key.values())]
        + [("VALIGN", (0, 0), (-1, -1), "TOP")])))  # fmt: skip
    story.append(PageBreak() if turn else Spacer(1, 10))
    header = ["Ref", "", "Action", "Lead officer", "Due date", "Standing"]
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in header]]
    for ref, _, action, owner, due, status in rows:
        data.append([Paragraph(ref, cell), "", Paragraph(action, cell), Paragraph(owner, cell),
                     Paragraph(due, cell),
                     Paragraph(f"<font color='{INK[status]}'><b>{status}</b></font>", cell)])  # fmt: skip
    style = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, row in enumerate(rows, start=1):
        fill = stray if row[1] == "?" and stray else key[row[1]][0]
        style.append(("BACKGROUND", (1, i), (1, i), colors.HexColor(fill)))
    story.append(Table(data, colWidths=[30, 14, 300, 140, 70, 80], style=TableStyle(style)))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                            topMargin=40, bottomMargin=40)  # fmt: skip
    doc.build(story)
    return path


def test_links_by_the_chip_fill_and_reads_inked_status(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "colour.pdf", ROWS, RECS))
    assert [r.number for r in result.recommendations] == ["1", "2", "3", "4"]
    ids = {r.id: r.number for r in result.recommendations}
    got = [(a.ref, [ids[x] for x in a.recommendations], a.rag) for a in result.actions]
    assert got == [(r[0], [r[1]], RAG[r[5]]) for r in ROWS]


def test_a_chip_of_no_key_colour_links_nothing_and_is_said(tmp_path: Path) -> None:
    rows = [*ROWS[:5], ("06", "?", *ROWS[5][2:])]
    result = extract_file(_plan(tmp_path / "stray.pdf", rows, RECS, stray="#911EB4"))
    ids = {r.id: r.number for r in result.recommendations}
    got = [[ids[x] for x in a.recommendations] for a in result.actions]
    assert got == [[r[1]] for r in ROWS[:5]] + [[]]
    said = [w for w in result.warnings if w.code == "plan_links_unread"]
    assert said and "06" in said[0].message


def test_a_key_read_by_its_numbers_where_the_list_is_not(tmp_path: Path) -> None:
    # each key row's sponsor beside its wrapped text: the paragraph opened with the sponsor
    # level with the statement's first line, and no recommendation was read from it; the note
    # is no part of the statement (key_side_notes), so each is read, its text alone, and every
    # action links by its chip
    result = extract_file(_plan(tmp_path / "aside.pdf", ROWS, RECS, aside=True))
    assert [(r.number, r.text) for r in result.recommendations] == [
        (n, t) for n, (_, t) in RECS.items()
    ]
    ids = {r.id: r.number for r in result.recommendations}
    got = [(a.ref, [ids[x] for x in a.recommendations], a.rag) for a in result.actions]
    assert got == [(r[0], [r[1]], RAG[r[5]]) for r in ROWS]
    assert not [w for w in result.warnings if w.code == "plan_links_unread"]


def test_a_sponsor_beside_a_one_line_statement_is_no_part_of_it(tmp_path: Path) -> None:
    # the statement fits its line: the sponsor's words share its baseline, set apart by the
    # column's gap, and were read as the statement's last words
    result = extract_file(_plan(tmp_path / "wide.pdf", ROWS, RECS, aside=True, wide=True))
    assert [(r.number, r.text) for r in result.recommendations] == [
        (n, t) for n, (_, t) in RECS.items()
    ]
    ids = {r.id: r.number for r in result.recommendations}
    assert [[ids[x] for x in a.recommendations] for a in result.actions] == [[r[1]] for r in ROWS]


def test_a_key_on_the_page_before_the_table(tmp_path: Path) -> None:
    # the table opens the next page, its box over the place the key holds on the page before:
    # the key's chips are no cells of it
    result = extract_file(_plan(tmp_path / "turn.pdf", ROWS, RECS, turn=True))
    ids = {r.id: r.number for r in result.recommendations}
    got = [(a.ref, [ids[x] for x in a.recommendations], a.rag) for a in result.actions]
    assert got == [(r[0], [r[1]], RAG[r[5]]) for r in ROWS]
