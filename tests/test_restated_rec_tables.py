"""A joint plan printed by ReportLab: the recommendations listed on page 1, then two parts (the
council's, the partnership's), each on a new page, RESTATING every recommendation as a heading
('Recommendation 2', its text in italics) over a table of its own. Every table prints the same
header row, white bold labels on a dark band, its narrow first column's label broken over
lines ('Waypoint no.' set 'Waypo' / 'int no.'); no vocabulary knows the status or the notes
column's label, and the statuses are words no vocabulary knows, each inked in its colour.

What was misread, and what is read now:

- the dark header band is a drawn rectangle, and the last short line of each heading's text
  just over it read as its label: each page's bands read as a web form's record, the headers'
  words as an extra action (form_records: a frame holding a read table's header is none);
- a page break falling between two tables put the next heading at the top of a page: the
  heading, its text and the next table were read as more rows of the table left open on the
  page before, the actions linked to the previous recommendation (repeated_head:
  heading_over_repeat);
- the same heading opening a page in both parts ('Recommendation 3' at the same height twice)
  was taken for a running header and dropped, though the body prints its siblings
  ('Recommendation 1', '2'): it is content (layout.clean_pages);
- the notes column was read as the progress only in a table whose own few notes read as
  updates once the status was placed by the inks; all the tables under the header row are
  read together (plan_siblings.pooled_update_notes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline.extract import extract_file

HEADER = ["Waypoint no.", "What we will build", "Site foreman", "Finished by", "Weather vane",
          "Site diary"]  # fmt: skip
INK = {"Sturdy": "#2E7D32", "Creaking": "#B26A00", "Crumbling": "#C62828",
       "Topped out": "#1565C0", "Not yet dug": "#616161"}  # fmt: skip
RAG = {"Sturdy": "green", "Creaking": "amber", "Crumbling": "red", "Topped out": "blue",
       "Not yet dug": None}  # fmt: skip
RECS = [
    ("1", "Make sure that the wishes and feelings of children are sought, recorded and seen to "
          "shape the plans made for them at every stage of their"
          " care"),
    ("2", "Reduce delay in achieving permanence for children in care, including through timely "
          "use of special guardianship and"
          " adoption"),
    ("3", "Improve the timeliness and consistency of decisions at the front door so that "
          "children receive the right help at the right"
          " time"),
]  # fmt: skip
# (ref, action, owner, due, status, note) per recommendation, per part
PART_A = {
    "1": [("C1.1", "Ensure independent reviewing officers meet each child before their review",
           "Grace Adebayo", "Mar 9th 2027", "Sturdy", "Visits recorded on the case file for most children"),
          ("C1.2", "Publish a guide for social workers on recording the child's own words",
           "Head of Practice", "May 2nd 2027", "Creaking", "Draft guide circulated to team managers for comment")],
    "2": [("C2.1", "Recruit twenty more foster carers through a targeted local campaign",
           "Fatima Rahman", "Oct 12th 2027", "Crumbling", "Scoping to begin next quarter"),
          ("C2.2", "Hold a permanence planning meeting for every child by the second review",
           "Fatima Rahman", "Jun 19th 2027", "Topped out", "Recruitment under way; two posts filled")],
    "3": [("C3.1", "Apply consistent thresholds at the front door through weekly audits",
           "Priya Nandakumar", "Oct 2nd 2027", "Not yet dug", "Pilot running in two teams; evaluation due"),
          ("C3.2", "Step down cases to early help with a warm handover meeting",
           "Grace Adebayo", "Sep 6th 2027", "Creaking", "Handover template agreed with the early help partners")],
}  # fmt: skip
PART_B = {
    "1": [("P1.1", "Record the views of children in their own words at every health review",
           "Designated Nurse", "Jan 2nd 2028", "Crumbling", "Audit showed gaps in the records of three teams"),
          ("P1.2", "Invite young inspectors to review partner services twice a year",
           "Named GP for Safeguarding", "Jan 20th 2027", "Sturdy", "First visit completed and findings shared with the board")],
    "2": [("P2.1", "Track the timeliness of care proceedings weekly with the courts",
           "Designated Nurse", "Dec 13th 2027", "Creaking", "Weekly tracker launched with the family court"),
          ("P2.2", "Strengthen support to special guardians with a dedicated health offer",
           "Head of Probation Delivery", "Mar 23rd 2027", "Sturdy", "Scoping to begin once the new lead is in post")],
    "3": [("P3.1", "Give police officers at the front door joint training on thresholds",
           "Detective Superintendent", "Oct 25th 2027", "Crumbling", "No lead in post since the restructure; escalated to the board"),
          ("P3.2", "Commission an independent return home interview service",
           "Named GP for Safeguarding", "Dec 14th 2026", "Topped out", "Contract signed and the service opened to referrals")],
}  # fmt: skip


def _pack(path: Path, break_before: str | None) -> Path:
    """The pack; break_before: the recommendation whose heading is pushed to a new page in each
    part (room left above the table before it, which then ends near the page's foot, and a
    heading that keeps 45 mm with what follows), None for none."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    margin = 18 * mm
    body_w = A4[0] - 2 * margin
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.8, leading=10.8)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6,
                          textColor=colors.white)  # fmt: skip
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16.5, leading=20)
    rh = ParagraphStyle("rh", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                        spaceBefore=7)  # fmt: skip
    rt = ParagraphStyle("rt", fontName="Helvetica-Oblique", fontSize=9.2, leading=11.6,
                        spaceAfter=3)  # fmt: skip
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.4, leading=12)
    widths = [13 * mm, 52 * mm, 30 * mm, 21 * mm, 22 * mm, 38 * mm]
    widths = [w * body_w / sum(widths) for w in widths]
    story: list[object] = [
        Paragraph("Joint improvement plan: the council's and the partnership's actions", title),
        Spacer(1, 4 * mm),
        Paragraph("The recommendations", rh),
    ]
    for num, text in RECS:
        story += [Paragraph(f"<b>{num}.</b> {text}", body), Spacer(1, 1.5 * mm)]

    def part(name: str, acts: dict[str, list[tuple[str, ...]]], fill: object) -> None:
        story.append(PageBreak())
        story.append(Paragraph(name, title))
        for num, text in RECS:
            rows: list[list[object]] = [[Paragraph(h, head) for h in HEADER]]
            for ref, action, owner, due, status, note in acts[num]:
                rows.append([
                    Paragraph(f"<b>{ref}</b>", cell), Paragraph(action, cell),
                    Paragraph(owner, cell), Paragraph(due, cell),
                    Paragraph(f"<font color='{INK[status]}'><b>{status}</b></font>", cell),
                    Paragraph(note, cell),
                ])  # fmt: skip
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), fill),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            if break_before is not None and int(num) == int(break_before) - 1:
                story.append(Spacer(1, 470))  # room for the board's sign-off, above the table
            story.append(CondPageBreak(45 * mm))
            story.append(KeepTogether([Paragraph(f"Recommendation {num}", rh),
                                       Paragraph(text, rt)]))  # fmt: skip
            story.append(t)

    part("Part A: the council's plan", PART_A, colors.HexColor("#1B5E20"))
    part("Part B: the partnership's plan", PART_B, colors.HexColor("#00695C"))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                      topMargin=margin, bottomMargin=margin).build(story)  # fmt: skip
    return path


def _expected() -> list[tuple[str, str, str, str | None, str, list[str]]]:
    return [
        (ref, owner, action, RAG[status], note, [num])
        for part in (PART_A, PART_B)
        for num, _ in RECS
        for ref, action, owner, _, status, note in part[num]
    ]


@pytest.mark.parametrize("break_before", [None, "2"])
def test_restated_tables_read_whole(tmp_path: Path, break_before: str | None) -> None:
    result = extract_file(_pack(tmp_path / "pack.pdf", break_before))
    numbers = {r.id: r.number for r in result.recommendations}
    assert [(r.number, r.text) for r in result.recommendations] == RECS
    got = [
        (a.ref, a.owner, a.text, a.rag, a.progress, [numbers[x] for x in a.recommendations])
        for a in result.actions
    ]
    assert got == _expected()
