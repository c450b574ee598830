"""A board of cards whose foot line prints the owner as an avatar's initials, then the name in
full, then the date ('GA  Grace Adebayo   31.07.2026'), the same few owners card after card.

A label in capitals before a value in mixed case is a field (2a3c8638: a receipt's 'ASSISTANT
Head of Service'). The initials before the name read so: 'GA' the label, 'Grace Adebayo
31.07.2026' its value, and where the same owners came back card after card their initials
recurred as a run of fields' labels: the board's cards were cut at them, most actions lost,
the rest run together with no owner or due (holdout15-s2 html-kanban 2-004: 3 of 15 actions,
plan_actions_doubtful). Initials that are the first letters of the words after them are the
name's monogram, no label.

Which reader takes such a board depends on how its cards' lines happen to stand level across
its columns; the board printed here (Chromium) is read whole either way, a guard that the
owners stay read. The list of cards (reportlab) shows the labels themselves: its owner lines
were fields labelled by the initials, recurring, and cards keyed by them.
"""

from __future__ import annotations

import io
from html import escape

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_cards import _caps_field, field_line, find_cards, label_counts
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = [
    "Improve the stability of placements for children in care so that fewer children move home"
    " and school in a year",
    "Strengthen the voice of children in their plans and reviews so that their wishes and feelings"
    " shape the decisions made about them",
    "Make sure care leavers have a personal adviser who knows them well and visits them regularly"
    " wherever they live",
    "Improve the sufficiency of local homes for children in care so that fewer children live far"
    " from their family and friends",
    "Improve the quality and regularity of supervision for social workers in the children in care"
    " and leaving care teams",
]
OWNERS = {"LB": "Lucy Barker", "KN": "Kwame Nyarko", "ST": "Sara Toms", "MW": "Mia Walsh",
          "JH": "Jon Hale"}  # fmt: skip
# column, ref, rec, text, initials, due: cards of two lines each, so that the owners' lines of
# the columns' cards stand level across the board
CARDS = [
    ("Not started", "#301", 1, "Set up a placement stability panel that meets weekly", "KN",
     "31.01.2026"),
    ("Not started", "#302", 2, "Hold a disruption meeting after every unplanned move", "ST",
     "30.04.2026"),
    ("Not started", "#303", 3, "Publish a guide for children to their own care plan", "LB",
     "31.07.2026"),
    ("In progress", "#304", 3, "Recruit two more personal advisers for care leavers", "LB",
     "30.11.2026"),
    ("In progress", "#305", 4, "Offer an advocate to each child before their review", "MW",
     "28.02.2027"),
    ("In progress", "#306", 5, "Visit every care leaver aged 18 to 21 every 8 weeks", "LB",
     "31.03.2026"),
    ("Overdue", "#307", 1, "Agree a plan for residential places with neighbours", "LB",
     "30.04.2026"),
    ("Overdue", "#308", 1, "Train every foster carer in therapeutic parenting", "JH",
     "28.02.2027"),
    ("Overdue", "#309", 4, "Add the child's own words to every review record", "KN",
     "30.11.2026"),
    ("Complete", "#310", 2, "Report placement moves each quarter to the board", "ST",
     "31.03.2026"),
    ("Complete", "#311", 3, "Give every care leaver the adviser's phone number", "LB",
     "31.01.2026"),
    ("Complete", "#312", 5, "Audit ten plans a month for the child's own views", "KN",
     "28.02.2026"),
]  # fmt: skip
COLUMNS = ["Not started", "In progress", "At risk", "Overdue", "Complete"]
CSS = """
@page { size: A4 landscape; margin: 9mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #222; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
.recs { margin: 0 0 3mm; padding: 0; list-style: none; }
.recs li { margin-bottom: 0.8mm; }
.tag { display: inline-block; font-size: 7pt; font-weight: bold; border: 0.7pt solid #2b5;
       color: #2b5; border-radius: 1mm; padding: 0 1.2mm; }
.board { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2.5mm; }
.col { background: #f0f0f0; border-radius: 1.5mm; padding: 1.5mm; }
.col h2 { font-size: 9.5pt; margin: 0.5mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5mm solid; }
.count { color: #888; font-weight: normal; }
.card { background: #fff; border: 0.6pt solid #ccc; border-radius: 1.2mm; padding: 1.8mm;
        margin-bottom: 2mm; break-inside: avoid; }
.top { display: flex; justify-content: space-between; font-size: 7pt; color: #888; }
.txt { margin: 1.2mm 0 1.5mm; }
.foot { display: flex; justify-content: space-between; align-items: center; font-size: 7.5pt; }
.av { display: inline-block; width: 4.2mm; height: 4.2mm; line-height: 4.2mm;
      border-radius: 50%; background: #2b5; color: #fff; font-size: 5.5pt; text-align: center;
      margin-right: 1mm; }
"""


def _html() -> str:
    out = ["<ul class='recs'>"]
    for n, text in enumerate(RECS, 1):
        out.append(f"<li><span class='tag'>REC-{n}</span> {escape(text)}</li>")
    out.append("</ul><div class='board'>")
    for name in COLUMNS:
        mine = [c for c in CARDS if c[0] == name]
        out.append(f"<div class='col'><h2>{name} <span class='count'>({len(mine)})</span></h2>")
        for _, ref, rec, text, initials, due in mine:
            out.append(
                f"<div class='card'><div class='top'><span>{ref}</span>"
                f"<span class='tag'>REC-{rec}</span></div><div class='txt'>{escape(text)}</div>"
                f"<div class='foot'><span><span class='av'>{initials}</span>"
                f"{OWNERS[initials]}</span><span>{due}</span></div></div>"
            )
        out.append("</div>")
    out.append("</div>")
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Children's Services: Improvement Board</h1><p>Board as at 1 June 2026. One card"
        f" per action; the column is its status.</p>{''.join(out)}</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> PlanExtraction:
    page = tmp_path_factory.mktemp("avatar") / "board.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_recurring_avatar_initials_are_no_labels(plan: PlanExtraction) -> None:
    got = {a.ref: (a.text, a.owner, a.due_raw) for a in plan.actions}
    assert got == {ref: (text, OWNERS[ini], due) for _, ref, _, text, ini, due in CARDS}
    texts = {r.id: r.text for r in plan.recommendations}
    links = {a.ref: [texts[r] for r in a.recommendations] for a in plan.actions}
    assert links == {ref: [RECS[rec - 1]] for _, ref, rec, *_ in CARDS}
    assert not [w for w in plan.warnings if w.code == "plan_actions_doubtful"]


def _list_pdf() -> bytes:
    """The cards of one column, each a ref and its tag, two lines of text, then the owner's
    initials in small type, the name and the due: printed by reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    y = h - 60
    for _, ref, rec, text, initials, due in CARDS[:8]:
        c.setFont("Helvetica", 7)
        c.drawString(50, y, ref)
        c.drawRightString(300, y, f"REC-{rec}")
        y -= 12
        c.setFont("Helvetica", 9)
        words = text.split()
        for part in (words[: len(words) // 2], words[len(words) // 2 :]):
            c.drawString(50, y, " ".join(part))
            y -= 11
        c.setFont("Helvetica", 6)
        c.drawString(50, y, initials)
        c.setFont("Helvetica", 7.5)
        c.drawString(62, y, OWNERS[initials])
        c.drawRightString(300, y, due)
        y -= 26
    c.showPage()
    c.save()
    return buf.getvalue()


def test_owner_lines_by_initials_are_no_fields() -> None:
    doc = parse_pdf_bytes(_list_pdf(), "cards.pdf")
    lines = [ln for page in doc.pages for ln in page.lines]
    owners = [ln for ln in lines if any(name in ln.text for name in OWNERS.values())]
    assert len(owners) == 8
    # no line's label is the initials (a name set off from its date by a wide gap may be one)
    assert [got for ln in owners if (got := field_line(ln)) and got[0] in OWNERS] == []
    initials = {ini.casefold() for ini in OWNERS}
    assert not initials & set(label_counts(lines))
    assert not [card for card in find_cards(lines) if initials & set(card.keys())]


def test_caps_field_monogram() -> None:
    assert _caps_field("GA Grace Adebayo 31.07.2026") is None
    assert _caps_field("R.K. Ruth Kowalczyk") is None
    # a label in capitals keeps its value, initials or not
    assert _caps_field("ASSISTANT Head of Service") == ("ASSISTANT", "Head of Service")
    assert _caps_field("BEST BEFORE Oct. 26, 2025") == ("BEST BEFORE", "Oct. 26, 2025")
    assert _caps_field("LEAD Lucy Barker") == ("LEAD", "Lucy Barker")
