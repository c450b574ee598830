"""A working copy whose actions' only status is the highlighter colour of their text, decoded
by a key whose words carry the same highlights; reviewers' bracketed notes after an action's
text are no part of it. The Word file read directly and its print (reportlab draws the
highlight boxes behind the words, as a word processor's print does) give the same statuses."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.editor_notes import _without_notes, drop_editor_notes
from plantrace.pipeline.document import Line, Page, ParsedDocument, Word
from plantrace.pipeline.extract import extract_file

KEY = [("on track", "00ff00"), ("some slippage", "ffff00"), ("off track", "ff0000"),
       ("complete", "00ffff")]  # fmt: skip
_WORD = {"00ff00": WD_COLOR_INDEX.BRIGHT_GREEN, "ffff00": WD_COLOR_INDEX.YELLOW,
         "ff0000": WD_COLOR_INDEX.RED, "00ffff": WD_COLOR_INDEX.TURQUOISE}  # fmt: skip
RECS = [
    ("1", "Improve the timeliness of assessments for children in need", [
        ("1.1", "Audit thirty assessments with partners each quarter", "ff0000", None),
        ("1.2", "Publish a revised practice standard for supervision", "ffff00",
         "[KW: check date with Karen Whitlow before board]"),
        ("1.3", "Recruit six permanent team managers for the duty service", None, None),
    ]),
    ("2", "Strengthen the response to children who go missing from home", [
        ("2.1", "Offer every child a return home interview within three days", "00ff00", None),
        ("2.2", "Share the findings of return interviews with the police monthly", "00ffff",
         "[IB: querying owner - resolve by 14/11]"),
    ]),
]  # fmt: skip
EXPECTED = [("1.1", "red"), ("1.2", "amber"), ("1.3", None), ("2.1", "green"), ("2.2", "blue")]
OWNERS = ["Head of Service", "Principal Social Worker", "Service Manager"]


def _word_copy(path: Path, key: bool = True) -> None:
    d = docx.Document()
    d.add_heading("Northby Children's Services Improvement Plan - WORKING COPY", 1)
    d.add_paragraph("Version 0.4, last updated 3 March 2026 by Sam Okafor.")
    if key:
        p = d.add_paragraph()
        p.add_run("Key: ").bold = True
        for words, colour in KEY:
            p.add_run(words).font.highlight_color = _WORD[colour]
            p.add_run("   ")
        p.add_run("no highlight = not yet started")
    for number, text, actions in RECS:
        d.add_heading(f"Ofsted point {number}", 2)
        d.add_paragraph().add_run(text).bold = True
        for k, (ref, action, colour, note) in enumerate(actions):
            p = d.add_paragraph()
            p.add_run(f"{ref}\t")
            run = p.add_run(action)
            if colour is not None:
                run.font.highlight_color = _WORD[colour]
            if note is not None:
                noted = p.add_run(f" {note}")
                noted.italic = True
            fields = d.add_paragraph()
            fields.add_run("Action lead: ").bold = True
            fields.add_run(f"{OWNERS[k % 3]}\t")
            fields.add_run("Timeframe: ").bold = True
            fields.add_run("end of March 2027")
    d.save(str(path))


def _print(path: Path) -> None:
    """The working copy as a word processor prints it: each highlight a box behind its words."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0

    def text(x: float, s: str, bold: bool = False, mark: str | None = None) -> float:
        font = "Helvetica-Bold" if bold else "Helvetica"
        width = stringWidth(s, font, 10)
        if mark is not None:
            c.setFillColor(f"#{mark}")
            c.rect(x - 0.5, y - 3, width + 1, 11.5, stroke=0, fill=1)
        c.setFillColor("#000000")
        c.setFont(font, 10)
        c.drawString(x, y, s)
        return x + width

    c.setFont("Helvetica-Bold", 14)
    c.drawString(57, y, "Northby Children's Services Improvement Plan - WORKING COPY")
    y -= 30
    x = text(57, "Key:", bold=True) + 6
    for words, colour in KEY:
        x = text(x, words, mark=colour) + 8
    text(x, "no highlight = not yet started")
    for number, rec, actions in RECS:
        y -= 30
        c.setFont("Helvetica-Bold", 13)
        c.drawString(57, y, f"Ofsted point {number}")
        y -= 18
        text(57, rec, bold=True)
        for k, (ref, action, colour, note) in enumerate(actions):
            y -= 20
            text(57, ref)
            x = text(85, action, mark=colour)
            if note is not None:
                c.setFillColor("#c00000")
                c.setFont("Helvetica-Oblique", 10)
                c.drawString(x + 3, y, note)
            y -= 14
            x = text(85, "Action lead:", bold=True)
            text(x + 3, OWNERS[k % 3])
            x = text(300, "Timeframe:", bold=True)
            text(x + 3, "end of March 2027")
    c.save()


def test_word_file_highlights_are_the_status(tmp_path: Path) -> None:
    path = tmp_path / "copy.docx"
    _word_copy(path)
    result = extract_file(path)
    assert [(a.ref, a.rag) for a in result.actions] == EXPECTED
    assert result.actions[1].text == "Publish a revised practice standard for supervision"
    assert result.actions[4].owner == "Principal Social Worker"
    assert "editor_notes_dropped" in {w.code for w in result.warnings}


def test_print_reads_as_the_word_file(tmp_path: Path) -> None:
    path = tmp_path / "copy.pdf"
    _print(path)
    result = extract_file(path)
    assert [(a.ref, a.rag) for a in result.actions] == EXPECTED
    assert [a.text for a in result.actions][1::3] == [
        "Publish a revised practice standard for supervision",
        "Share the findings of return interviews with the police monthly",
    ]


def test_highlights_with_no_key_are_said_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "nokey.docx"
    _word_copy(path, key=False)
    result = extract_file(path)
    assert [a.rag for a in result.actions] == [None] * 5
    assert "highlight_key_missing" in {w.code for w in result.warnings}


def _line(text: str, top: float, index: int = 0) -> Line:
    words, x = [], 57.0
    for token in text.split():
        words.append(Word(token, x, top, x + 5 * len(token), top + 10))
        x += 5 * len(token) + 3
    return Line(text, (57.0, top, x, top + 10), 10.0, False, 1, index, words=words)


def test_a_bracketed_status_is_no_editors_note() -> None:
    line = _line
    kept, notes = _without_notes([line("2.1 Audit plans monthly [RAG: Amber]", 100)])
    assert notes == [] and kept[0].text == "2.1 Audit plans monthly [RAG: Amber]"
    lines = [line("2.1 Audit plans monthly with partners [NO: agreed at", 100),
             line("board 3/9]", 112), line("Lead: Head of Service", 126)]  # fmt: skip
    kept, notes = _without_notes(lines)
    assert notes == ["[NO: agreed at board 3/9]"]
    assert [ln.text for ln in kept] == [
        "2.1 Audit plans monthly with partners",
        "Lead: Head of Service",
    ]
    assert [ln.index for ln in kept] == [0, 1]


def test_an_acronym_the_plan_uses_signs_no_note() -> None:
    """'[KPI: 12]' closes an action of a plan that writes 'KPI' in its text: the plan's own
    acronym, not a reviewer's initials, so the bracket stays; '[KW: ...]' (capitals found in
    notes alone) is still a note."""
    texts = [
        "Each KPI is reported to the board monthly; SEND data comes from the local offer.",
        "2.1 Reduce re-referrals within 12 months [KPI: 12]",
        "2.2 Review plans for children with SEND [SEND: see 4.2]",
        "2.3 Publish the audit programme [KW: check date before board]",
    ]
    page = Page(1, 595.0, 842.0, lines=[_line(t, 100.0 + 20 * k, k) for k, t in enumerate(texts)])
    doc = ParsedDocument("plan.pdf", "0" * 64, [page])
    noteless, said = drop_editor_notes(doc)
    assert noteless is not None and [w.code for w in said] == ["editor_notes_dropped"]
    assert [ln.text for ln in noteless.pages[0].lines] == [
        *texts[:3],
        "2.3 Publish the audit programme",
    ]
