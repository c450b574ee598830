"""Form fields and the header bands of read tables (form_records._holds_header).

A plan that restates its headings over each table prints the tables' header row on a tinted
band, drawn as a rectangle; read as a form, the band was a field and its labels an action, so
a frame whose words are all a read table's header cells is dropped as that header's band. But
the layout may also read a table out of a form's own fields (a case system's records printed by
Chromium: 'Action ref | ACT/25/105 | Recommendation', the first record's line under the
recommendations taken for a header row): the reference's input frame then holds one header
cell's words, and dropping it lost every record's reference (holdout28-s2 html-record-forms). A
band runs behind the whole row, so it holds two header cells or more; a frame holding one is the
form's field.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.pipeline.extract import extract_file
from tests.chromium import needs_chromium, print_pdf

ACCENT = "#4A2A7A"
RECS = [
    ("1", "Ensure that strategy discussions involve police, health and children's social care, "
          "and that the reasons for decisions about section 47 enquiries are recorded"),
    ("2", "Increase the range of suitable accommodation for care leavers and improve the "
          "quality of pathway plans"),
    ("3", "Improve the regularity and quality of management oversight and supervision"),
]  # fmt: skip
# ref, rec, action, owner, due, status, progress
RECORDS = [
    ("ACT/25/105", "1", "Revise the strategy discussion template so the decision and its rationale"
     " are recorded on the child's file", "Ruth Kowalczyk", "16 Aug 2025", "Completed",
     "Audit shows improvement in most records"),
    ("ACT/25/108", "1", "Set up a daily virtual strategy meeting slot so partners can join without"
     " travelling", "Joseph Mensah", "30 Apr 2026", "Not started",
     "Scoping to begin next quarter"),
    ("ACT/25/109", "2", "Offer every care leaver aged 21 to 25 a review with a personal adviser"
     " each year", "Amira Choudhury", "31 Dec 2025", "Major issues",
     "Delayed because of staff turnover; revised plan agreed"),
    ("ACT/25/114", "2", "Agree a joint housing protocol with district councils that gives care"
     " leavers priority banding", "Amira Choudhury", "31 May 2026", "Not started", ""),
    ("ACT/25/117", "2", "Commission fifteen supported lodgings places for young people leaving"
     " care", "Amira Choudhury", "31 Aug 2025", "Not started", "Scoping to begin next quarter"),
]  # fmt: skip
STATUSES = ["On track", "Minor issues", "Major issues", "Completed", "Not started"]
CSS = (
    "@page { size: A4; margin: 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #1F1F1F;"
    " margin: 0; }"
    f".bar {{ background: {ACCENT}; color: #fff; padding: 6px 10px; font-size: 8pt; }}"
    "h1 { font-size: 15pt; margin: 8px 0 2px 0; }"
    ".crumb { font-size: 7.5pt; color: #555; margin-bottom: 8px; }"
    f"fieldset {{ border: 1px solid #B7B7B7; border-top: 3px solid {ACCENT}; margin: 0 0 10px 0;"
    " padding: 6px 10px 8px 10px; break-inside: avoid; }"
    "legend { font-weight: bold; font-size: 9.5pt; padding: 0 4px; }"
    ".f { display: grid; grid-template-columns: 34mm 1fr; align-items: start; margin: 3px 0; }"
    ".f label { font-size: 8pt; color: #444; padding-top: 3px; }"
    ".pair { display: grid; grid-template-columns: 34mm 1fr 30mm 1fr; align-items: start;"
    " margin: 3px 0; }"
    ".pair label { font-size: 8pt; color: #444; padding-top: 3px; padding-left: 4px; }"
    "input, select, textarea { font-family: inherit; font-size: 9pt; width: 100%;"
    " border: 1px solid #8F8F8F; border-radius: 2px; padding: 2px 4px; background: #fff;"
    " color: #1F1F1F; }"
    "textarea { resize: none; overflow: hidden; line-height: 1.3; } .req { color: #B3261E; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th, td { border: 1px solid #B7B7B7; padding: 3px 5px; text-align: left;"
    " vertical-align: top; } th { background: #EEE; }"
)


def _select(options: list[str], chosen: str) -> str:
    return (
        "<select>"
        + "".join(
            f"<option{' selected' if o == chosen else ''}>{escape(o)}</option>" for o in options
        )
        + "</select>"
    )


def _textarea(text: str) -> str:
    return f"<textarea rows='{max(2, len(text) // 80 + 2)}'>{escape(text)}</textarea>"


def _record(ref: str, rec: str, text: str, owner: str, due: str, status: str, note: str) -> str:
    recs = [f"REC-0{n}" for n, _ in RECS]
    out = [
        f"<fieldset><legend>Action record {escape(ref)}</legend>",
        f"<div class='pair'><label>Action ref</label><input type='text' value='{escape(ref)}'>"
        f"<label>Recommendation</label>{_select(recs, f'REC-0{rec}')}</div>",
        f"<div class='f'><label>What will be done <span class='req'>*</span></label>"
        f"{_textarea(text)}</div>",
        f"<div class='f'><label>Officer</label><input type='text' value='{escape(owner)}'></div>",
        f"<div class='pair'><label>Date due</label><input type='text' value='{escape(due)}'>"
        f"<label>RAG</label>{_select(STATUSES, status)}</div>",
    ]
    if note:
        out.append(f"<div class='f'><label>Progress note</label>{_textarea(note)}</div>")
    out.append("</fieldset>")
    return "".join(out)


def _forms() -> str:
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style></head>"
        "<body><div class='bar'>Northmoor Council | Children's Services Performance System</div>"
        "<h1>Improvement Action Records</h1><div class='crumb'>Home &gt; Improvement programme"
        " &gt; Actions &gt; Print all records &middot; printed 02/06/2025</div>"
        "<fieldset><legend>Programme recommendations</legend><table><thead><tr><th style='width:"
        "16%'>Code</th><th>Recommendation</th></tr></thead><tbody>",
        *(f"<tr><td>REC-0{n}</td><td>{escape(text)}</td></tr>" for n, text in RECS),
        "</tbody></table></fieldset>",
        *(_record(*r) for r in RECORDS),
        "</body></html>",
    ]
    return "".join(out)


@needs_chromium
def test_a_form_field_a_table_read_took_for_a_header_cell_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "records.html"
    page.write_text(_forms())
    result = extract_file(print_pdf(page, tmp_path / "records.pdf"))
    assert [(a.ref, a.owner, a.progress) for a in result.actions] == [
        (r[0], r[3], r[6] or None) for r in RECORDS
    ]


# the pack: two parts (the council's, the partnership's), each restating the recommendations as
# headings over a table of its actions, the header row white on a green band (a filled
# rectangle), the rows ruled below; a heading's text wraps, its last words just over the band
PACK_HEADER = ["Allotment no.", "Planting", "Head gardener", "In bloom by", "Bud count",
               "Compost heap"]  # fmt: skip
PACK_RECS = [
    ("2", "Reduce delay in achieving permanence for children in care, including through timely"
          " use of special guardianship and adoption"),
    ("3", "Strengthen the response to children who go missing from home or care, so that return"
          " home interviews are offered promptly and used to reduce risk"),
    ("4", "Improve the timeliness and consistency of decisions at the front door so that children"
          " receive the right help at the right time"),
]  # fmt: skip
# ref, action, owner, due, status, update; by part, by recommendation
PACK = [
    [[("C2.1", "Recruit twenty additional foster carers through a targeted local campaign",
       "Fatima Rahman", "Oct 12th 2027", "Drooping",
       "Delayed because of staff turnover; revised plan agreed")],
     [("C3.1", "Map the places where missing children are found and share the analysis with the"
       " police each quarter", "Priya Nandakumar", "Jul 25th 2027", "Blooming", "")],
     [("C4.1", "Audit repeat referrals each quarter to learn why help did not last",
       "Head of Quality Assurance", "Apr 10th 2027", "Blooming",
       "Recruitment under way; two posts filled"),
      ("C4.2", "Apply consistent thresholds at the front door through weekly threshold clinics"
       " with partners", "Priya Nandakumar", "Oct 2nd 2027", "Blighted",
       "Waiting on the new case management system")]],
    [[("P2.1", "Track the timeliness of care proceedings weekly through the legal gateway panel",
       "Education Safeguarding Lead", "Dec 13th 2027", "Not yet sown", "")],
     [("P3.1", "Give foster carers and residential staff refreshed guidance on reporting a child"
       " missing", "Named GP for Safeguarding", "Oct 25th 2027", "Drooping",
       "Scoping to begin next quarter")],
     [("P4.1", "Publish a revised threshold document with partners and schools",
       "Head of Probation Delivery Unit", "Oct 11th 2027", "Complete",
       "Completed and embedded in practice")]],
]  # fmt: skip


def _pack(path: Path) -> Path:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("c", fontName="Helvetica", fontSize=8.8, leading=10.8)
    head = cell.clone("h", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6,
                      textColor=colors.white)  # fmt: skip
    heading = cell.clone("rh", fontName="Helvetica-Bold", fontSize=10, leading=12.5, spaceBefore=7)
    italic = cell.clone("rt", fontName="Helvetica-Oblique", fontSize=9.2, leading=11.6,
                        spaceAfter=3)  # fmt: skip
    body_w = A4[0] - 36 * mm
    widths = [w * body_w / 176 for w in (13, 52, 30, 21, 22, 38)]
    story: list[object] = [Paragraph("Joint improvement plan", styles["Title"])]
    for k, part in enumerate(PACK):
        if k:
            story.append(PageBreak())
        story.append(Paragraph(("Part A: the council's plan", "Part B: the partnership's plan")[k],
                               styles["Heading1"]))  # fmt: skip
        for (num, text), actions in zip(PACK_RECS, part, strict=True):
            rows = [[Paragraph(c, head) for c in PACK_HEADER]]
            rows += [[Paragraph(v, cell) for v in a] for a in actions]
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1B5E20")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))  # fmt: skip
            story += [Paragraph(f"Recommendation {num}", heading), Paragraph(text, italic), t]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build(story)  # type: ignore[arg-type]
    return path


def test_a_header_band_under_a_restated_heading_is_no_form_field(tmp_path: Path) -> None:
    """Each table's header band (six header cells behind it) is no field, the heading's last
    wrapped words over it no label: no action is made of the headers' words."""
    result = extract_file(_pack(tmp_path / "pack.pdf"))
    want = [a for part in PACK for acts in part for a in acts]
    assert [(a.ref, a.owner, a.progress) for a in result.actions] == [
        (a[0], a[2], a[5] or None) for a in want
    ]
