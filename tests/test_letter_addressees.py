"""A plan sent out as mail-merged letters, one per lead.

Each letter: a letterhead, an address block naming the lead, 'Our ref' and 'Date' lines,
'Dear <the lead>,', a paragraph, then per recommendation with one of the lead's actions its
bold heading ('Recommendation 2: ...', repeated in every letter that has an action for it) and
per action an unruled 'label | value' block: 'Action 2.1' | the text, 'Target date' | due,
'Status at last board' | status. The owner is printed only in the address block and the
salutation; the signer and the person copied in own nothing.

What is read: every action once, its ref from its 'Action 2.1' label, its owner the letter's
addressee, each recommendation once and in its numbers' order; the letter's ref and date lines
are no action. The same from the .docx read directly as from its print.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from reportlab.pdfgen import canvas

from plantrace.extractors.letter_addressees import salutation
from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.layout import clean_pages
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the timeliness of decisions at the front door so that children get help early",
    "2": "Build a stable and skilled social work workforce and reduce reliance on agency staff",
}
# (lead, [(ref, text, due as printed, due iso, status, colour)])
LETTERS = [
    ("Head of Early Help", [
        ("2.1", "Introduce a career pathway that rewards practice expertise as well as management",
         "31st March 2027", "2027-03-31", "Delayed", "amber"),
        ("1.2", "Publish a revised threshold document with partners and schools",
         "30th June 2026", "2026-06-30", "Closed", "blue"),
    ]),
    ("Service Manager, Front Door", [
        ("1.1", "Complete all contacts within twenty-four hours and record the decision",
         "31st January 2027", "2027-01-31", "Stuck", "red"),
        ("2.2", "Convert agency posts to permanent posts where the postholder agrees",
         "30th September 2026", "2026-09-30", "Closed", "blue"),
    ]),
]  # fmt: skip
SIGNER = "Emeka Nwachukwu"
CC = "cc: Bartholomew Quist, Director of Children's Services"


def _expected() -> list[tuple[str, str, str, str, list[str]]]:
    rows = [
        (ref, lead, due, colour, [ref.split(".")[0]])
        for lead, acts in LETTERS
        for ref, _, _, due, _, colour in acts
    ]
    return sorted(rows)


def _by_rec(acts: list[tuple[str, str, str, str, str, str]]) -> list[tuple[str, list]]:
    out: dict[str, list] = {}
    for a in acts:
        out.setdefault(a[0].split(".")[0], []).append(a)
    return list(out.items())


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for lead, acts in LETTERS:
        y = 790.0
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(535, y, "Eastwick Council")
        c.setFont("Helvetica", 10)
        for line in ("Children's Services", "County Hall"):
            y -= 14
            c.drawRightString(535, y, line)
        y -= 28
        for line in (lead, "Children's Services", "Eastwick Council", "By internal post"):
            c.drawString(62, y, line)
            y -= 14
        y -= 10
        c.drawString(62, y, "Our ref: IP/186/AB")
        y -= 14
        c.drawString(62, y, "Date: 18 November 2025")
        y -= 24
        c.drawString(62, y, f"Dear {lead},")
        y -= 24
        c.drawString(62, y, "Please check each of your actions below and tell me of any change.")
        for num, rec_acts in _by_rec(acts):
            y -= 30
            c.setFont("Helvetica-Bold", 10)
            c.drawString(62, y, f"Recommendation {num}: {RECS[num]}")
            c.setFont("Helvetica", 10)
            for ref, text, due, _, status, _ in rec_acts:
                y -= 26
                c.setFont("Helvetica-Bold", 10)
                c.drawString(62, y, f"Action {ref}")
                c.setFont("Helvetica", 10)
                c.drawString(182, y, text)
                for label, value in (("Target date", due), ("Status at last board", status)):
                    y -= 22
                    c.drawString(62, y, label)
                    c.drawString(182, y, value)
        y -= 40
        for line in ("Yours sincerely,", SIGNER, "Improvement Programme Manager", CC):
            c.drawString(62, y, line)
            y -= 16
        c.setFont("Helvetica", 8)
        c.drawString(62, 40, "Eastwick Council, Children's Services, County Hall.")
        c.showPage()
    c.save()
    return buf.getvalue()


def _docx(path: Path) -> Path:
    d = docx.Document()
    for li, (lead, acts) in enumerate(LETTERS):
        d.add_paragraph("Eastwick Council\nChildren's Services\nCounty Hall")
        d.add_paragraph(f"{lead}\nChildren's Services\nEastwick Council\nBy internal post")
        d.add_paragraph("Our ref: IP/186/AB\nDate: 18 November 2025")
        d.add_paragraph(f"Dear {lead},")
        d.add_paragraph("Please check each of your actions below and tell me of any change.")
        for num, rec_acts in _by_rec(acts):
            d.add_paragraph().add_run(f"Recommendation {num}: {RECS[num]}").bold = True
            for ref, text, due, _, status, _ in rec_acts:
                pairs = [(f"Action {ref}", text), ("Target date", due),
                         ("Status at last board", status)]  # fmt: skip
                t = d.add_table(rows=len(pairs), cols=2)
                for i, (k, v) in enumerate(pairs):
                    t.cell(i, 0).paragraphs[0].add_run(k).bold = i == 0
                    t.cell(i, 1).paragraphs[0].add_run(v)
                d.add_paragraph()
        d.add_paragraph(f"Yours sincerely,\n\n{SIGNER}\nImprovement Programme Manager")
        d.add_paragraph(CC)
        if li < len(LETTERS) - 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))
    return path


def _read(path: Path) -> tuple[list[tuple[str, str, str, str, list[str]]], list[str]]:
    result = extract_file(path)
    numbers = {r.id: r.number or "" for r in result.recommendations}
    actions = sorted(
        (a.ref or "", a.owner or "", str(a.due_date), a.rag or "",
         [numbers[r] for r in a.recommendations])
        for a in result.actions
    )  # fmt: skip
    return actions, [r.number or "" for r in result.recommendations]


def test_salutation_names_one_addressee() -> None:
    assert salutation("Dear Head of Early Help,") == "Head of Early Help"
    assert salutation("Dear Service Manager, Front Door,") == "Service Manager, Front Door"
    assert salutation("Dear colleagues,") is None
    assert salutation("Dear Sir or Madam") is None
    assert salutation("Dearest plans were made") is None


def test_printed_letters_owned_by_their_addressees(tmp_path: Path) -> None:
    path = tmp_path / "letters.pdf"
    path.write_bytes(_pdf())
    actions, recs = _read(path)
    assert actions == _expected()
    assert recs == ["1", "2"]  # each once, in their numbers' order, though letter 1 opens on 2


def test_printed_letters_text_and_no_letter_head_records(tmp_path: Path) -> None:
    path = tmp_path / "letters.pdf"
    path.write_bytes(_pdf())
    result = extract_file(path)
    texts = {a.ref: a.text for a in result.actions}
    assert texts["2.1"] == LETTERS[0][1][0][1]
    assert all(a.owner not in (SIGNER, "Bartholomew Quist") for a in result.actions)
    assert len(result.actions) == 4


def test_word_letters_read_directly_as_printed(tmp_path: Path) -> None:
    actions, recs = _read(_docx(tmp_path / "letters.docx"))
    assert actions == _expected()
    assert recs == ["1", "2"]


def test_no_letters_no_owner_from_greeting() -> None:
    """One letter to colleagues is no letter per lead: no owner comes of its greeting."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.drawString(62, 790, "Dear colleagues,")
    c.drawString(62, 760, "Action 1.1")
    c.drawString(182, 760, "Publish a revised threshold document with partners")
    c.drawString(62, 738, "Target date")
    c.drawString(182, 738, "30th June 2026")
    c.drawString(62, 716, "Action 1.2")
    c.drawString(182, 716, "Audit repeat referrals each quarter")
    c.drawString(62, 694, "Target date")
    c.drawString(182, 694, "31st March 2027")
    c.showPage()
    c.save()
    from plantrace.extractors.plan import extract_plan

    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "greeting.pdf"))
    assert all(a.owner is None for a in plan.actions)


def _page(n: int, top_lines: list[str]) -> Page:
    lines = [Line(t, (62.0, 50.0 + 14 * i, 500.0, 60.0 + 14 * i), 10.0, False, n, i)
             for i, t in enumerate(top_lines)]  # fmt: skip
    lines.append(Line(f"Body text of page {n}.", (62.0, 400.0, 300.0, 410.0), 10.0, False, n, 9))
    return Page(n, 595.0, 842.0, lines, rulings=[])


def test_wrapped_heading_atop_a_few_pages_is_content() -> None:
    """A heading each letter carries over a page, wrapped over two lines, opens two pages of
    six at one height: a sentence broken in two, content. A one-line title printed so is a
    running line still."""
    heading = ["Recommendation 4: Build a stable, permanent and skilled social work", "workforce"]
    tops = {2: heading, 4: heading, 1: ["Eastwick Council", "Progress report"],
            3: ["Eastwick Council", "Progress report"]}  # fmt: skip
    pages = [_page(n, tops.get(n, ["Eastwick Council"])) for n in range(1, 7)]
    clean_pages(pages)
    assert [ln.text for ln in pages[1].lines[:2]] == heading
    assert [ln.text for ln in pages[3].lines[:2]] == heading
    kept = {ln.text for p in pages for ln in p.lines}
    assert "Eastwick Council" not in kept
    assert "Progress report" not in kept  # on two pages of six, a line of its own: running
