"""Constructed pages for table and plan tests: Word/Line/Ruling objects placed the way a word
processor lays out a plan (8 pt text, 10.4 pt leading, cell padding), so expected cells are exact.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Line, Page, Ruling, Table, Word

FONT = 8.0
CHAR = 0.5 * FONT  # average glyph advance
LEADING = 10.4


def words_at(text: str, x: float, top: float) -> list[Word]:
    out, cx = [], x
    for token in text.split():
        w = len(token) * CHAR
        out.append(Word(token, cx, top, cx + w, top + FONT))
        cx += w + 0.3 * FONT
    return out


class PageBuilder:
    """Collects pieces of text at positions; lines are merged per baseline like pdfium does."""

    def __init__(self, number: int = 1, width: float = 595.0, height: float = 842.0) -> None:
        self.page = Page(number=number, width=width, height=height)
        self.pieces: list[list[Word]] = []
        self.styles: dict[float, tuple[float, bool]] = {}  # line top -> (font size, bold)

    def text(self, x: float, top: float, *lines: str) -> None:
        for i, line in enumerate(lines):
            self.pieces.append(words_at(line, x, top + i * LEADING))

    def styled(
        self, x: float, top: float, text: str, size: float = FONT, bold: bool = True
    ) -> None:
        """One line in another size or weight (a heading, a bold label)."""
        self.pieces.append(words_at(text, x, top))
        self.styles[round(top, 1)] = (size, bold)

    def hline(self, x0: float, x1: float, y: float) -> None:
        self.page.rulings.append(Ruling(x0, y, x1, y))

    def vline(self, x: float, top: float, bottom: float) -> None:
        self.page.rulings.append(Ruling(x, top, x, bottom))

    def grid(self, xs: Sequence[float], ys: Sequence[float], skip_v: Sequence[tuple[int, int]] = (),
             skip_h: Sequence[tuple[int, int]] = ()) -> None:  # fmt: skip
        """Ruled grid; skip_v (row, x-index) / skip_h (y-index, col) leave a merge open."""
        for yi, y in enumerate(ys):
            for c in range(len(xs) - 1):
                if (yi, c) not in skip_h:
                    self.hline(xs[c], xs[c + 1], y)
        for xi, x in enumerate(xs):
            for r in range(len(ys) - 1):
                if (r, xi) not in skip_v:
                    self.vline(x, ys[r], ys[r + 1])

    def build(self) -> Page:
        by_top: dict[float, list[Word]] = {}
        for ws in self.pieces:
            by_top.setdefault(round(ws[0].top, 1), []).extend(ws)
        lines: list[Line] = []
        for top in sorted(by_top):
            ws = sorted(by_top[top], key=lambda w: w.x0)
            bbox = (ws[0].x0, top, max(w.x1 for w in ws), top + FONT)
            size, bold = self.styles.get(top, (FONT, False))
            lines.append(Line(" ".join(w.text for w in ws), bbox, size, bold, self.page.number,
                              len(lines), ws))  # fmt: skip
        self.page.lines = lines
        return self.page


def texts(table: Table) -> list[list[str | None]]:
    """Cell texts of a table, None where a merged cell covers the slot."""
    return [[None if c is None else c.text for c in row] for row in table.rows]


def ruled_action_page(number: int = 1, header: bool = True) -> Page:
    """Action | Who | Date | Governance, the governance cell merged over rows 1-2."""
    b = PageBuilder(number)
    xs = [50.0, 250.0, 350.0, 430.0, 540.0]
    ys = [100.0, 120.0, 165.0, 200.0] if header else [100.0, 145.0, 180.0]
    r0 = 0
    if header:
        for x, h in zip(xs, ["Action", "Who", "Date", "Governance"], strict=False):
            b.text(x + 4, 104, h)
        r0 = 1
    b.text(54, ys[r0] + 4, "1.1 Agree a protocol for strategy", "discussions with the police:",
           "a) attendance of health")  # fmt: skip
    b.text(254, ys[r0] + 4, "Head of Service,", "Safeguarding")
    b.text(354, ys[r0] + 4, "31 July 2016")
    b.text(434, ys[r0] + 4, "Improvement Board")
    b.text(54, ys[r0 + 1] + 4, "1.2 Introduce a recording", "template")
    b.text(254, ys[r0 + 1] + 4, "Principal Social", "Worker")
    b.text(354, ys[r0 + 1] + 4, "Sept 16")
    # governance column (x index 3..4) merged over the two data rows: no ruling between them
    b.grid(xs, ys, skip_h=[(r0 + 1, 3)])
    return b.build()


def unruled_page(number: int = 1, header: bool = True, first_ref: str = "1.1") -> Page:
    """Ref | Action | Lead officer | Timescale | RAG, whitespace-aligned, cells wrapping."""
    b = PageBuilder(number)
    cols = [45.0, 90.0, 240.0, 320.0, 380.0]
    y = 100.0
    if header:
        for x, h in zip(cols, ["Ref", "Action", "Lead officer", "Timescale", "RAG"], strict=True):
            b.text(x, y, h)
        y += 22
    b.text(cols[0], y, "1")
    b.text(cols[1], y, "Priority 1 - Management oversight of casework and supervision in teams")
    y += 22
    rows = [
        (first_ref, ["Relaunch the supervision", "policy with a new template"],
         ["Principal Social", "Worker"], ["Sept 24"], ["G"]),
        ("1.2", ["Complete the reflective", "supervision programme", "for all managers"],
         ["Workforce Lead"], ["Mar 25"], ["A"]),
        ("1.3", ["Create two team manager posts"], ["Head of Service"], ["Q4 2024/25"], ["R"]),
    ]  # fmt: skip
    for ref, action, lead, due, rag in rows:
        b.text(cols[0], y, ref)
        b.text(cols[1], y, *action)
        b.text(cols[2], y, *lead)
        b.text(cols[3], y, *due)
        b.text(cols[4], y, *rag)
        y += LEADING * max(len(action), len(lead)) + 8
    return b.build()
