"""Reader details that a broken PDF can reach: text that no UTF-8 consumer would accept."""

from __future__ import annotations

import json
import re

from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import _GLYPH_RUN_PAGE, _glyph_runs, _page_text, _rejoin


class _FakeTextPage:
    """What pdfium gives for a font with a damaged ToUnicode map: lone UTF-16 surrogates."""

    def __init__(self, text: str) -> None:
        self.text = text

    def count_chars(self) -> int:
        return len(self.text)

    def get_text_range(self, index: int, count: int) -> str:
        return self.text[index : index + count]


def test_lone_surrogates_become_replacement_characters_at_the_same_index() -> None:
    raw = "Ensure \udd00 plans \ud83d are reviewed"
    text = _page_text(_FakeTextPage(raw))  # type: ignore[arg-type]
    assert len(text) == len(raw)  # char indices still line up with pdfium's boxes
    assert text == "Ensure \ufffd plans \ufffd are reviewed"
    json.dumps(text).encode("utf-8")  # and every consumer downstream accepts it
    text.encode("utf-8")


def _run(text: str, x0: float, x1: float, top: float, bottom: float, index: int) -> Line:
    """One pdfium text run as the reader makes it: a word box per whitespace-split word."""
    step = (x1 - x0) / len(text)
    words = [
        Word(m.group(), x0 + m.start() * step, top, x0 + m.end() * step, bottom)
        for m in re.finditer(r"\S+", text)
    ]
    return Line(
        text, (x0, top, x1, bottom), 11.3, False, 2, index, words=words, span=(index, index)
    )


def test_glyph_runs_of_a_chromium_print_are_joined_back_into_lines() -> None:
    # Boxes as pdfium gives them on a Chromium-printed plan page (html-grid-merged-1-000 p2):
    # every glyph or two is a 'line' of its own, and one run ('el D') carries the end of 'panel'
    # from its cell into the first letter of the next cell's 'Delayed', a line higher.
    runs = [
        ("t", 174.3, 176.4), ("h", 177.1, 180.7), ("e le", 181.6, 194.6), ("g", 195.3, 199.1),
        ("al g", 200.0, 212.8), ("a", 213.7, 218.1), ("t", 218.2, 220.4), ("e", 220.8, 224.8),
        ("w", 225.2, 231.3), ("a", 231.7, 236.0), ("y", 236.0, 240.3), ("p", 243.2, 247.0),
        ("a", 247.7, 252.1), ("n", 252.6, 256.3),
    ]  # fmt: skip
    lines = [_run(t, a, b, 65.0, 73.0, i) for i, (t, a, b) in enumerate(runs)]
    split = _run("el D", 257.2, 297.9, 47.3, 71.3, len(lines))
    split._words = [Word("el", 257.2, 65.0, 263.0, 71.3), Word("D", 292.6, 47.3, 297.9, 53.3)]
    lines.append(split)
    tail = [("ela", 298.7, 309.7), ("y", 309.7, 313.9), ("e", 314.3, 318.3), ("d", 319.0, 322.8)]
    lines += [_run(t, a, b, 47.0, 55.0, len(lines) + i) for i, (t, a, b) in enumerate(tail)]
    assert _glyph_runs(lines) >= _GLYPH_RUN_PAGE
    joined = _rejoin(lines)
    assert [line.text for line in joined] == ["the legal gateway panel", "Delayed"]
    assert [w.text for w in joined[0].words] == ["the", "legal", "gateway", "panel"]
    assert [line.index for line in joined] == [0, 1]


def test_a_normal_table_row_is_not_a_glyph_run() -> None:
    # cells of one row on one baseline, a cell padding apart: pdfium's own split, kept as read
    row = [_run("1.1", 72, 86, 100, 110, 0), _run("Recruit staff", 92, 150, 100, 110, 1),
           _run("Head of Service", 160, 230, 100, 110, 2), _run("G", 240, 246, 100, 110, 3)]  # fmt: skip
    assert _glyph_runs(row) == 0


def test_status_glyph_colours_are_read_with_the_rulings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A coloured dot's fill colour comes with the page's rulings (lazily, table pages only);
    a page with no status glyph reads none, and plain text is never coloured."""
    from reportlab.pdfgen import canvas

    from plantrace.pipeline.reader import parse_pdf

    path = tmp_path / "dots.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    c.setFont("Helvetica", 11)
    c.drawString(40, 250, "Publish a revised supervision standard for every team")
    for y, rgb in ((200, (1, 0, 0)), (170, (0, 176 / 255, 80 / 255))):
        c.setFillColorRGB(*rgb)
        c.drawString(300, y, "\u25cf")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(40, 140, "Hold a monthly missing children panel")
    c.showPage()
    c.drawString(40, 250, "A page of prose with no status glyph on it at all")
    c.save()
    doc = parse_pdf(path)
    first, second = doc.pages
    assert first.glyph_fills == []  # nothing is read before the rulings are asked for
    first.rulings  # noqa: B018  (the lazy load)
    assert [colour for _, colour in first.glyph_fills] == ["#ff0000", "#00b050"]
    (x0, top, x1, bottom), _ = first.glyph_fills[0]
    assert 299 <= x0 < x1 <= 312 and 85 <= top < bottom <= 102
    second.rulings  # noqa: B018
    assert second.glyph_fills == []


def _open_pages(doc) -> int:  # type: ignore[no-untyped-def]
    """Pages of the pdfium document still open (its children not yet closed)."""
    kids = [ref() for ref in doc.source._kids]
    return sum(1 for k in kids if k is not None and getattr(k, "raw", None) is not None)


def test_a_short_documents_pages_are_loaded_once_and_let_go_after_both_lazy_reads(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """The page read first stays loaded for the rulings and word readers that come later (a
    plan page was loaded three times), its text page closed at once; each page is let go once
    both have run, and the words and rulings read are those of their own page."""
    from reportlab.pdfgen import canvas

    from plantrace.pipeline.reader import parse_pdf

    path = tmp_path / "ruled.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    for n in (1, 2):
        c.setFont("Helvetica", 11)
        c.drawString(40, 250, f"Page {n} action text")
        c.line(30, 240, 370, 240)
        for k in range(6):
            c.drawString(40, 220 - 16 * k, f"Line {k} of prose under the rule, long enough to read")
        c.showPage()
    c.save()
    doc = parse_pdf(path)
    first, second = doc.pages
    assert _open_pages(doc) == 2  # the pages, not their text pages
    assert first.rulings and first.rulings[0].x1 - first.rulings[0].x0 > 300
    assert _open_pages(doc) == 2  # words still to come
    assert [w.text for w in first.lines[0].words] == ["Page", "1", "action", "text"]
    assert _open_pages(doc) == 1
    assert [w.text for w in second.lines[0].words] == ["Page", "2", "action", "text"]
    assert second.rulings
    assert _open_pages(doc) == 0
    doc.close()
