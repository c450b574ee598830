"""A plan's action table headed in words no vocabulary holds for the action ('Course of
work'), with a column of people under a made-up name and a 'Current' column (fixer band,
round 60). 'Current' names a scorecard's latest figure, and that alone made the table no action
table (a scorecard's figure column named): but its cells are words ('Running clear', 'Held up
at the weir'), no figure among them, so it says nothing of a scorecard, and the column of
sentences beside people and dates reads the table as actions. A 'Current' column of figures
beside measures still makes a scorecard. Typeset with reportlab and read by the whole
pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

HEAD = ["Line ref", "Course of work", "Recommendation (short)", "Steward", "Reach by", "Current"]
ROWS = [
    ("L001", "Provide direct work resources and tools to every social worker in the service",
     "Make sure that children's...", "Martin Hale", "31 March 2027", "Running clear"),
    ("L002", "Commission a therapeutic service for children in care with complex needs",
     "Ensure that initial and...", "Sian Pritchard", "30 June 2027", "Held up at the weir"),
    ("L003", "Hold a permanence planning meeting for every child by their second review",
     "Reduce delay in achieving...", "Grace Adebayo", "30 September 2027", "Running clear"),
]  # fmt: skip
MEASURES = [
    ("Assessments completed within 45 working days", "61%", "70%", "85%"),
    ("Re-referrals within 12 months", "31%", "27%", "19%"),
]


def _table(head: Sequence[str], rows: Sequence[tuple[str, ...]], widths: list[int]) -> Table:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    return table


def _plan() -> bytes:
    story: list[object] = [
        Paragraph("<b>Westshire Council - Improvement plan finance tracker</b>", BODY),
        _table(HEAD, ROWS, [50, 250, 130, 100, 100, 110]),
        Spacer(1, 18),
        Paragraph("<b>Measures</b>", BODY),
        _table(["Measure", "Baseline", "Current", "Target"], MEASURES, [300, 80, 80, 80]),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return buf.getvalue()


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "current.pdf"))


def test_current_column_of_words_leaves_the_actions_read() -> None:
    got = _read(_plan())
    facts = [(a.ref, a.text, a.owner, str(a.due_date)) for a in got.actions]
    assert facts == [
        ("L001", ROWS[0][1], "Martin Hale", "2027-03-31"),
        ("L002", ROWS[1][1], "Sian Pritchard", "2027-06-30"),
        ("L003", ROWS[2][1], "Grace Adebayo", "2027-09-30"),
    ]


def test_current_column_of_figures_is_still_a_scorecards() -> None:
    got = _read(_plan())
    kpis = [(k.indicator, k.baseline, k.latest, k.target) for k in got.kpis]
    assert [(i, b and b.raw, la and la.raw, t and t.raw) for i, b, la, t in kpis] == list(MEASURES)
