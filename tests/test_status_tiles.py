"""A highlight report whose only status is a summary grid of coloured tiles on its first page:
each tile a rounded rectangle in the status colour holding an action's number over its status
word (or no word: the colour alone, through the key of coloured squares printed under the
grid); the action register on the next page has no status column. The tiles' statuses join
the actions of their numbers; an action with no tile stays unrated.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.test_plan_recommendations import ACTIONS, BODY, CELL, HEAD, TITLE

GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
COLOURS = {"On track": "#2e7d32", "At risk": "#e08e00", "Off track": "#c62828",
           "Completed": "#1565c0"}  # fmt: skip
TILE_W, TILE_H, GAP = 110.0, 30.0, 6.0


def _shifted(colour: str, by: int) -> str:
    """The colour with each channel moved `by` units (a print's profile, a template's own
    shade of the key's colour)."""
    rgb = [min(255, max(0, int(colour[i : i + 2], 16) + by)) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


class TileGrid(Flowable):  # type: ignore[misc]
    """Rows of rounded tiles, one row per recommendation: '2.1' over its status word."""

    def __init__(self, rows: list[list[tuple[str, str]]], words: bool, shift: int = 0) -> None:
        super().__init__()
        self.rows, self.words, self.shift = rows, words, shift
        self.height = len(self.rows) * (TILE_H + GAP) + 24

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        for r, row in enumerate(self.rows):
            y = self.height - (r + 1) * (TILE_H + GAP)
            c.setFillColor("black")
            c.setFont("Helvetica-Bold", 9)
            c.drawString(0, y + 12, f"Recommendation {r + 1}")
            for k, (number, status) in enumerate(row):
                x = 110 + k * (TILE_W + GAP)
                c.setFillColor(_shifted(COLOURS[status], self.shift))
                c.roundRect(x, y, TILE_W, TILE_H, 6, stroke=0, fill=1)
                c.setFillColor("white")
                c.setFont("Helvetica-Bold", 10)
                c.drawCentredString(x + TILE_W / 2, y + 17, number)
                if self.words:
                    c.setFont("Helvetica", 7)
                    c.drawCentredString(x + TILE_W / 2, y + 6, status)
        c.setFillColor("black")
        c.setFont("Helvetica", 8)
        c.drawString(0, 4, "Key:")
        x = 24.0
        for word, colour in COLOURS.items():
            c.setFillColor(colour)
            c.rect(x, 3, 7, 7, stroke=0, fill=1)
            c.setFillColor("black")
            c.drawString(x + 10, 4, word)
            x += 20 + c.stringWidth(word, "Helvetica", 8)


STATUS = {"1.1": "On track", "1.2": "At risk", "1.3": "Completed", "2.1": "Off track",
          "2.2": "On track", "3.1": "At risk"}  # fmt: skip
GOLD = {"On track": "green", "At risk": "amber", "Off track": "red", "Completed": "blue"}


def _register() -> list[list[str]]:
    rows, seen = [["No.", "Action", "Lead", "Due"]], {1: 0, 2: 0, 3: 0}
    for n, text, owner, due in ACTIONS:
        seen[n] += 1
        rows.append([f"{n}.{seen[n]}", text, owner, due])
    return rows


def _rows(tiles: dict[str, str]) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = [[], [], []]
    for number, status in tiles.items():
        rows[int(number.split(".")[0]) - 1].append((number, status))
    return rows


def _build(
    path: Path,
    tiles: dict[str, str],
    words: bool,
    shift: int = 0,
    before: dict[str, str] | None = None,
) -> PlanExtraction:
    rows = _rows(tiles)
    last = [Paragraph("Last period", BODY), TileGrid(_rows(before), words)] if before else []
    register = _register()
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(register)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement Programme: Highlight Report", TITLE), Spacer(1, 6),
        Paragraph("1. Delivery at a glance", BODY), Spacer(1, 6), TileGrid(rows, words, shift),
        *last, PageBreak(), Paragraph("2. Action register", BODY), Spacer(1, 6),
        Table(data, colWidths=[40, 380, 160, 80], style=TableStyle(GRID)),
    ])  # fmt: skip
    return extract_plan(parse_pdf(path))


def test_tiles_with_status_words_rate_the_actions_of_their_numbers(tmp_path: Path) -> None:
    tiles = {k: v for k, v in STATUS.items() if k != "2.2"}  # 2.2 has no tile
    plan = _build(tmp_path / "words.pdf", tiles, words=True)
    refs = [row[0] for row in _register()[1:]]
    assert {a.ref: a.rag for a in plan.actions} == {
        k: (GOLD[tiles[k]] if k in tiles else None) for k in refs
    }


def test_tiles_in_colour_alone_are_read_through_the_key(tmp_path: Path) -> None:
    plan = _build(tmp_path / "colours.pdf", STATUS, words=False)
    refs = [row[0] for row in _register()[1:]]
    assert {a.ref: a.rag for a in plan.actions} == {
        k: (GOLD[STATUS[k]] if k in STATUS else None) for k in refs
    }


def test_tiles_numbering_no_action_are_said(tmp_path: Path) -> None:
    tiles = {f"{k}0": v for k, v in STATUS.items()}  # '1.10' ...: no action's number
    plan = _build(tmp_path / "unjoined.pdf", tiles, words=True)
    assert all(a.rag is None for a in plan.actions)
    assert any(w.code == "plan_status_unread" and "tiles" in w.message for w in plan.warnings)


def test_tiles_a_few_units_off_the_keys_colour_are_read_through_the_key(tmp_path: Path) -> None:
    """A tile's fill need not be the key square's exact hex: the nearest key colour is read."""
    plan = _build(tmp_path / "shifted.pdf", STATUS, words=False, shift=6)
    refs = [row[0] for row in _register()[1:]]
    assert {a.ref: a.rag for a in plan.actions} == {
        k: (GOLD[STATUS[k]] if k in STATUS else None) for k in refs
    }


def test_a_dashboard_of_counts_gives_no_action_a_status(tmp_path: Path) -> None:
    """Tiles counting the actions of each status ('4' over 'On track': four actions on track)
    print bare numbers that are also refs of a register numbered 1, 2, 3 ...: no status."""
    path = tmp_path / "counts.pdf"
    register = [["No.", "Action", "Lead", "Due"]] + [
        [str(i + 1), text, owner, due] for i, (_, text, owner, due) in enumerate(ACTIONS)
    ]
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(register)]
    counts = [("4", "On track"), ("2", "At risk"), ("1", "Off track")]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement Programme: Highlight Report", TITLE), Spacer(1, 6),
        Paragraph("1. Delivery at a glance", BODY), Spacer(1, 6), TileGrid([counts], True),
        PageBreak(), Paragraph("2. Action register", BODY), Spacer(1, 6),
        Table(data, colWidths=[40, 380, 160, 80], style=TableStyle(GRID)),
    ])  # fmt: skip
    plan = extract_plan(parse_pdf(path))
    assert [a.ref for a in plan.actions] == [str(i + 1) for i in range(len(ACTIONS))]
    assert all(a.rag is None for a in plan.actions)
    # tiles with status words were read and joined none: the plan's status is said unread
    assert any(w.code == "plan_status_unread" and "tiles" in w.message for w in plan.warnings)


def test_an_action_tiled_in_two_colours_is_left_unrated_and_said(tmp_path: Path) -> None:
    """This period's grid and the last one's: an action whose tiles differ is not guessed."""
    before = {**STATUS, "1.2": "On track"}
    plan = _build(tmp_path / "periods.pdf", STATUS, words=True, before=before)
    rags = {a.ref: a.rag for a in plan.actions}
    assert rags["1.2"] is None
    assert rags["1.1"] == "green" and rags["2.1"] == "red"
    assert any(w.code == "plan_status_unread" and "1.2" in w.message for w in plan.warnings)


def test_a_pill_is_no_tile_where_fills_are_not_collected(tmp_path: Path) -> None:
    """A badge-sized rounded pill is no tile, whether or not the caller collects the fills
    (where a pill would go): a tile is taller than a badge."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    from plantrace.pipeline.limits import LIMITS
    from plantrace.pipeline.reader import _rulings

    path = tmp_path / "pill.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFillColor("#2e7d32")
    c.roundRect(100, 700, 60, 14, 6, stroke=0, fill=1)  # a status pill
    c.roundRect(100, 600, TILE_W, TILE_H, 6, stroke=0, fill=1)  # a tile
    c.save()
    page = pdfium.PdfDocument(str(path))[0]
    tiles: list[tuple[tuple[float, float, float, float], str]] = []
    _rulings(page, page.get_height(), LIMITS, tiles=tiles)
    assert [round(box[3] - box[1]) for box, _ in tiles] == [round(TILE_H)]
