"""A spreadsheet printed without gridlines: dates are right-aligned in their column (Calc and
Excel align dates and figures right) and the next column's text starts one cell padding on, a
word space, so the two cells read as one run of words ('2026-11-30 Audit shows ...'). The
date column's left edge is its header and its word entries ('Continuous'); the column after
starts where its header and the rows whose date is a word start it, or, where no river shows
it at all, one word space after the stop the right-aligned dates make. An action's text that
fills its cell runs into the owner beside it the same way, in one row."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

OWNERS = ["AD Safeguarding", "HM, Named GP for Safeguarding", "Head of Business Intelligence",
          "JM, Head of Service", "Group Manager, MASH", "Principal SW", "DCS"]  # fmt: skip
ACTIONS = [
    "Offer a protected caseload to all newly qualified social workers",
    "Introduce a career pathway that rewards practice expertise",
    "Convert agency posts to permanent posts where the postholder agrees",
    "Escalate any strategy discussion held without a health representative",
    # runs to a word space short of the owner column: one run of words with the owner
    "Set up a daily virtual strategy meeting slot so partners can join without travelling far",
    "Run a multi-agency audit of thirty strategy discussions",
    "Agree a joint protocol with the police on strategy discussions",
]
DUES = ["Continuous", "2026-11-30", "30 Nov 2027", "07.2027", "2026-06-30", "BAU", "09.2026"]
WANT = [None, "2026-11-30", "2027-11-30", "2027-07-31", "2026-06-30", None, "2026-09-30"]
NOTES = ["Recruitment under way", "Audit shows improvement in most records", "Pilot running",
         "Not yet started", "Monthly reports now in place", "First cohort completed",
         "Work started; scoping meeting held"]  # fmt: skip
STATUS = ["Met", "Not met", "Partially met", "Achieved", "Met", "Not yet due", "Not met"]
RAG = ["green", "red", "amber", "blue", "green", None, "red"]


def _plan(head: list[str], rows: list[list[str]], widths: list[int], right: int) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    table = Table([head, *rows], colWidths=widths)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("ALIGN", (right, 1), (right, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    doc.build([table])
    return buf.getvalue()


def _read(pdf: bytes) -> list[tuple[str | None, str | None, str | None, str | None]]:
    plan = extract_plan(parse_pdf_bytes(pdf, "tracker.pdf"))
    return [(a.ref, a.owner, a.due_date and str(a.due_date), a.rag) for a in plan.actions]


def test_right_aligned_dates_against_the_next_column() -> None:
    head = ["Para.", "Line", "Planned change", "Responsible manager", "Completion",
            "Position statement", "Milestone met?"]  # fmt: skip
    rows = [
        ["1", f"1.{i + 1}", a, o, d, n, s]
        for i, (a, o, d, n, s) in enumerate(zip(ACTIONS, OWNERS, DUES, NOTES, STATUS, strict=True))
    ]
    got = _read(_plan(head, rows, [30, 30, 260, 130, 56, 160, 60], right=4))
    assert got == [
        (f"1.{i + 1}", o, w, r) for i, (o, w, r) in enumerate(zip(OWNERS, WANT, RAG, strict=True))
    ]


def test_right_aligned_dates_against_a_column_no_river_shows() -> None:
    """The status column starts a word space after the dates in most rows: only its header and
    the rows whose due date is a word start it after a gap."""
    head = ["Para.", "Line", "Planned change", "Responsible manager", "Completion",
            "Milestone met?"]  # fmt: skip
    rows = [
        ["1", f"1.{i + 1}", a, o, d, s]
        for i, (a, o, d, s) in enumerate(zip(ACTIONS, OWNERS, DUES, STATUS, strict=True))
    ]
    got = _read(_plan(head, rows, [30, 30, 260, 130, 56, 60], right=4))
    assert got == [
        (f"1.{i + 1}", o, w, r) for i, (o, w, r) in enumerate(zip(OWNERS, WANT, RAG, strict=True))
    ]


def test_figures_right_aligned_under_left_aligned_headers() -> None:
    """A scorecard sheet: headers left-aligned, figures right-aligned at their column's right
    edge (just short of the next header), the trajectory centred: the figures start right of
    their own header and the next header sits left of them, and the trajectory leaves no river."""
    head = ["What we count", "Position at start", "Most recent", "Goal", "Trajectory"]
    rows = [
        ["Initial child protection conferences within 15 working days", "66%", "25.9%", "72%",
         "Worsening"],
        ["Social worker vacancy rate", "50%", "21.6%", "60%", "Improving"],
        ["Re-referrals within 12 months", "71.4%", "40%", "62%", "Worsening"],
        ["Average caseload per social worker", "422", "282", "232", "Improving"],
        ["Care leavers in education, employment or training", "16.8%", "74%", "24.5%", "Level"],
    ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    table = Table([head, *rows], colWidths=[300, 90, 60, 60, 60])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("ALIGN", (1, 1), (3, -1), "RIGHT"), ("ALIGN", (4, 1), (4, -1), "CENTER"),
    ]))  # fmt: skip
    doc.build([Paragraph("Scorecard", getSampleStyleSheet()["Heading2"]), table])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "scorecard.pdf"))
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [(r[0], r[1], r[2], r[3]) for r in rows]
