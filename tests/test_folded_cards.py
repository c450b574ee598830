"""A plan kept as a box of INDEX CARDS, printed from Word: each action a card whose FRONT and
BACK stand side by side as the two cells of a one-row ruled table (cut along the rules, fold
down the middle). The front holds a corner mark naming the recommendation ('Tab 2'), the card's
ref ('Item F04'), the action and a small-print byline (a person and a date: no field); the back
names the card only by the front's ref ('Back of F04') and holds the labelled fields (lead
officer, deadline, status, an update on some) and a small-print handling stamp (another date).
The cards are filed by deadline, not by recommendation. The recommendations are stated on the
first page, each in a box of its own under a caption repeating its number ('TAB 2' over
'Recommendation 2: ...').

Before folded_cards and plan_boxes.captioned_box, no card was read (the back's lines ran into
the front's, a card's back was taken for a recommendation) and no recommendation either.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the regularity and quality of management oversight and supervision of social work",
    "Strengthen the response to children who go missing from home or care",
    "Increase the range of suitable accommodation for care leavers",
]
# (ref, rec, action, lead, deadline, RAG, update or None), in deadline order
CARDS = [
    ("F01", 2, "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Claire Whitby", "31 January 2027", "green", None),
    ("F02", 1, "Add a supervision timeliness measure to the weekly performance dashboard",
     "Bethan Lloyd", "28 February 2027", "red", "The dashboard build slipped a month"),
    ("F03", 3, "Commission fifteen supported lodgings places for young people leaving care",
     "Head of Corporate Parenting", "31 March 2027", "blue", None),
    ("F04", 2, "Offer every child a return home interview within three working days",
     "Martin Hale", "30 April 2027", "green", "Interviews now offered in two days on average"),
    ("F05", 1, "Reduce team manager spans of control to seven social workers",
     "Bethan Lloyd", "30 June 2027", "amber", None),
]  # fmt: skip
DUES = {
    "F01": "2027-01-31", "F02": "2027-02-28", "F03": "2027-03-31", "F04": "2027-04-30",
    "F05": "2027-06-30",
}  # fmt: skip
RAGS = {c[0]: c[5] for c in CARDS}
BOARD = ("F03", "Corporate parenting board")  # the one card naming where it reports
# the back's labels (lead, deadline, status, update) and status words: the header vocabulary's
# own, and a card box's ('Card holder', 'Expires', 'Marker', 'Jotted'). The card box's status
# words are its own ('Needs a push' ...): no vocabulary reads them and no tint says their colour,
# so they are left unrated and said (plan_status_unread), as test_status_words_tinted asks.
WORDINGS = {
    "plain": (("Lead officer", "Deadline", "Status", "Update"),
              {"green": "On track", "amber": "At risk", "red": "Off track", "blue": "Complete"}),
    "card box": (("Card holder", "Expires", "Marker", "Jotted"),
                 {"green": "Good to go", "amber": "Needs a push", "red": "Stuck fast",
                  "blue": "Done and dusted"}),
}  # fmt: skip


def _run(par, text: str, size: float, bold: bool = False, grey: bool = False) -> None:
    run = par.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if grey:
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _shaded(cell) -> None:  # noqa: ANN001 - python-docx's cell
    """The cell tinted (Word's shading), as the dividers' boxes are."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "EFEBE9")
    cell._tc.get_or_add_tcPr().append(shd)


INKS = {"green": (0x2E, 0x7D, 0x32), "amber": (0xE0, 0xA0, 0x00), "red": (0xC6, 0x28, 0x28),
        "blue": (0x15, 0x65, 0xC0)}  # fmt: skip


def _plan(path: Path, wording: str = "plain", inked: bool = False) -> Path:
    (lead_l, due_l, status_l, update_l), words = WORDINGS[wording]
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Improvement plan card index", level=1)
    d.add_paragraph(
        "Kept by Lucius Amankwah; filed 2 October 2026. Cards are filed by deadline; the tab "
        "in a card's corner is the recommendation it answers."
    )
    d.add_heading("The tabs", level=2)
    for n, text in enumerate(RECS, start=1):
        box = d.add_table(rows=1, cols=1, style="Table Grid")
        cell = box.rows[0].cells[0]
        _shaded(cell)
        _run(cell.paragraphs[0], f"TAB {n}", 9, bold=True)
        body = cell.add_paragraph()
        _run(body, f"Recommendation {n}: ", 10, bold=True)
        _run(body, text, 10)
        d.add_paragraph().paragraph_format.space_after = Pt(0)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for ref, rec, action, lead, due, _, update in CARDS:
        t = d.add_table(rows=1, cols=2, style="Table Grid")
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        front, back = t.rows[0].cells
        corner = front.paragraphs[0]
        corner.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(corner, f"Tab {rec}", 8, bold=True)
        _run(front.add_paragraph(), f"Item {ref}", 14, bold=True)
        _run(front.add_paragraph(), action, 10.5)
        _run(front.add_paragraph(), "Drafted by Evangeline Sutcliffe, 16 July 2026", 7, grey=True)
        _run(back.paragraphs[0], f"Back of {ref}", 8, grey=True)
        _run(back.add_paragraph(), f"{lead_l}: {lead}", 10)
        _run(back.add_paragraph(), f"{due_l}: {due}", 10)
        status = back.add_paragraph()
        _run(status, f"{status_l}: ", 10)
        _run(status, words[RAGS[ref]], 10)
        if inked:  # the status word in its colour after the black label
            status.runs[-1].font.color.rgb = RGBColor(*INKS[RAGS[ref]])
        if update:
            _run(back.add_paragraph(), f"{update_l}: {update}", 10)
        if ref == BOARD[0]:  # a field one card's back alone prints: a field all the same
            _run(back.add_paragraph(), f"Reports to: {BOARD[1]}", 10)
        _run(back.add_paragraph(), "Checked 25 December 2026 by Octavia Brennan-Lowe", 7, grey=True)
        d.add_paragraph()
    d.save(str(path))
    return path


@pytest.fixture(scope="module", params=[(w, f) for w in sorted(WORDINGS) for f in ("pdf", "docx")])
def printed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """The plan as printed by LibreOffice, and the Word file itself (its tables stated: the
    dividers' captions and headings run together as text lines)."""
    wording, form = request.param
    tmp = tmp_path_factory.mktemp("folded")
    made = _plan(tmp / "cards.docx", wording)
    return (libreoffice_pdf(made, tmp) if form == "pdf" else made), wording


def test_every_card_read_from_its_front_and_back(printed: tuple[Path, str]) -> None:
    path, wording = printed
    r = extract_file(path)
    assert r.status.value == "ok", r.error
    got = {a.ref: a for a in r.actions}
    assert sorted(got) == [c[0] for c in CARDS]
    recs = {x.id: x.number for x in r.recommendations}
    for ref, rec, action, lead, _, _, update in CARDS:
        a = got[ref]
        assert a.text == action
        assert a.owner == lead
        assert str(a.due_date) == DUES[ref]
        # the card box's 'Stuck fast' and 'Done and dusted' are read ('stuck', 'done');
        # 'Good to go' and 'Needs a push' are no vocabulary's
        read = wording == "plain" or RAGS[ref] in ("red", "blue")
        assert a.rag == (RAGS[ref] if read else None)
        assert a.progress == update
        assert a.governance == (BOARD[1] if ref == BOARD[0] else None)
        assert [int(recs[x]) for x in a.recommendations] == [rec]
    unread = [w.message for w in r.warnings if w.code == "plan_status_unread"]
    assert bool(unread) == (wording != "plain")


def test_recommendations_read_from_their_captioned_boxes(printed: tuple[Path, str]) -> None:
    r = extract_file(printed[0])
    assert [(int(x.number), x.text) for x in r.recommendations] == list(enumerate(RECS, start=1))
    # the back's naming line, the byline and the handling stamp are no action's text or field
    for a in r.actions:
        assert "Back of" not in a.text and "Drafted" not in a.text
        assert a.owner not in ("Evangeline Sutcliffe", "Octavia Brennan-Lowe")


def test_a_back_field_value_keeps_its_own_ink(tmp_path: Path) -> None:
    """The card box's own status words, each printed in its colour after the black label
    ('Marker: ' in black, 'Needs a push' in amber): the value keeps its ink, not the label's,
    and the inks are the column's key (inked_status_column), so every card is rated and none is
    left unread. Before, the value's line took no ink and 'Good to go' / 'Needs a push' were
    left unrated."""
    pdf = libreoffice_pdf(_plan(tmp_path / "cards.docx", "card box", inked=True), tmp_path)
    r = extract_file(pdf)
    assert r.status.value == "ok", r.error
    assert {a.ref: a.rag for a in r.actions} == RAGS
    assert not [w for w in r.warnings if w.code == "plan_status_unread"]
