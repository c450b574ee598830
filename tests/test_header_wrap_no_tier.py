"""An unruled action table whose last header label wraps its last letters alone onto a second
line ('Confidenc' over 'e'), repeated at the top of the next page over a piece of ONE wrapped
row: tables._header_tiers took the wrap for a lower tier of the header (a group's columns,
'2025/26 | 2026/27', under it the key column empty, all bold over a plain body) and, the
piece's three lines each opening the key column at one pitch, cut the row into a row a line:
one action read as two ('Use strengths and difficulties' | 'questionnaire scores ...'), its
owner split between them. A lower tier names columns: two labels or more on one of its lines;
a header line of one piece is a wrap."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from plantrace.pipeline.extract import extract_file

COLS = [48.5, 190.0, 269.0, 408.0, 504.6]
HEAD = ["Task", "Officer", "Deadline", "Commentary", "Confidenc"]
# (task lines, officer lines, deadline, commentary lines)
PAGE1 = [
    (["Train foster carers in understanding", "trauma and attachment"],
     ["Tom Ellery", "(Workforce", "Development", "Lead)"], "Mar 2027",
     ["Recruitment under way;", "two posts filled"]),
    (["Agree a timeliness pathway for", "initial health assessments with the",
      "designated doctor"], ["Service Manager,", "Care Leavers"], "Q1 2026/27",
     ["Not yet started"]),
    (["Report health assessment", "timeliness monthly to the corporate", "parenting board"],
     ["Commissioning", "Manager"], "31.07.26", ["Not yet started"]),
]  # fmt: skip
PAGE2 = [
    (["Use strengths and difficulties", "questionnaire scores to trigger a",
      "referral for emotional support"], ["Head of Quality", "Assurance"], "Autumn 2027",
     ["Completed and", "embedded in practice"]),
]  # fmt: skip
FILLS = ["#2E7D32", "#E0A000", "#C62828", "#2E7D32"]


def _header(c: canvas.Canvas, y: float) -> float:
    c.setFont("Helvetica-Bold", 8.5)
    for x, label in zip(COLS, HEAD, strict=True):
        c.drawString(x, y, label)
    c.drawString(COLS[-1], y - 11.6, "e")
    return y - 26.0


def _rows(c: canvas.Canvas, y: float, rows: list, fills: list[str]) -> None:
    c.setFont("Helvetica", 8.5)
    for (task, officer, due, comment), fill in zip(rows, fills, strict=False):
        for k, t in enumerate(task):
            c.drawString(COLS[0], y - 10.2 * k, t)
        for k, t in enumerate(officer):
            c.drawString(COLS[1], y - 10.2 * k, t)
        c.drawString(COLS[2], y, due)
        for k, t in enumerate(comment):
            c.drawString(COLS[3], y - 10.2 * k, t)
        c.setFillColor(fill)
        c.rect(COLS[4], y - 4, 40, 12, stroke=0, fill=1)
        c.setFillColor("#000000")
        y -= 10.2 * max(len(task), len(officer), len(comment)) + 16.0


def _pdf(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(51.8, 780, "Recommendation 3: Improve the health of children in care")
    _rows(c, _header(c, 755), PAGE1, FILLS)
    c.showPage()
    _rows(c, _header(c, 785), PAGE2, FILLS[3:])
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(51.8, 700, "Recommendation 4: Reduce delay in achieving permanence")
    _rows(c, _header(c, 675), [
        (["Recruit twenty additional foster", "carers through a targeted local", "campaign"],
         ["Amira Choudhury"], "Sept 2026", ["Draft agreed by", "partners"]),
        (["Hold a permanence planning", "meeting for every child by their", "second review"],
         ["Joseph Mensah", "(Director of", "Children's", "Services)"], "tbc",
         ["Monthly reports now in", "place"]),
    ], FILLS[:2])  # fmt: skip
    c.save()


def test_a_wrapped_header_label_is_no_tier(tmp_path: Path) -> None:
    pdf = tmp_path / "wrapped-header.pdf"
    _pdf(pdf)
    result = extract_file(pdf)
    texts = [a.text for a in result.actions]
    assert "Use strengths and difficulties" not in texts
    act = next(a for a in result.actions if a.text.startswith("Use strengths"))
    assert act.text == (
        "Use strengths and difficulties questionnaire scores to trigger a referral for"
        " emotional support"
    )
    assert act.owner == "Head of Quality Assurance"
    assert len(result.actions) == 6
