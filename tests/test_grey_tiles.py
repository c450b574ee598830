"""A plan that rates its actions in its register and also draws a numbered tile for each
action, in the status colour, with no key: the actions the register leaves unrated have grey
tiles ('not started'). The tiles agree with the register, so nothing is said of them; where an
unrated action's tile is in a colour no key names, that is said (the tile's status is unread),
not that 'none gives a status to an unrated action'."""

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
FILL = {"On track": "#2e7d32", "At risk": "#e08e00", "Completed": "#1565c0", "": "#9e9e9e"}
GOLD = {"On track": "green", "At risk": "amber", "Completed": "blue", "": None}
STATUS = ["On track", "", "Completed", "At risk", "", "On track", ""]


class Tiles(Flowable):  # type: ignore[misc]
    """A row of rounded tiles, each holding an action's number alone, filled by its status."""

    def __init__(self, tiles: list[tuple[str, str]]) -> None:
        super().__init__()
        self.tiles, self.height = tiles, 40.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        for k, (number, fill) in enumerate(self.tiles):
            x = k * 70.0
            c.setFillColor(fill)
            c.roundRect(x, 4, 60, 30, 6, stroke=0, fill=1)
            c.setFillColor("white")
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(x + 30, 15, number)


def _build(path: Path, fills: list[str]) -> PlanExtraction:
    rows, seen, refs = [["No.", "Action", "Lead", "Due", "Status"]], {1: 0, 2: 0, 3: 0}, []
    for k, (n, text, owner, due) in enumerate(ACTIONS):
        seen[n] += 1
        refs.append(f"{n}.{seen[n]}")
        rows.append([refs[-1], text, owner, due, STATUS[k]])
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement Programme: Highlight Report", TITLE), Spacer(1, 6),
        Paragraph("1. Delivery at a glance", BODY), Tiles(list(zip(refs, fills, strict=True))),
        PageBreak(), Paragraph("2. Action register", BODY), Spacer(1, 6),
        Table(data, colWidths=[40, 360, 150, 70, 80], style=TableStyle(GRID)),
    ])  # fmt: skip
    return extract_plan(parse_pdf(path))


def test_grey_tiles_of_unrated_actions_say_nothing(tmp_path: Path) -> None:
    plan = _build(tmp_path / "grey.pdf", [FILL[s] for s in STATUS])
    assert [a.rag for a in plan.actions] == [GOLD[s] for s in STATUS]
    assert not any(w.code == "plan_status_unread" for w in plan.warnings)


def test_a_coloured_tile_of_an_unrated_action_is_said(tmp_path: Path) -> None:
    fills = [FILL[s] for s in STATUS]
    fills[4] = "#c62828"  # 2.2: unrated in the register, a red tile no key names
    plan = _build(tmp_path / "red.pdf", fills)
    assert [a.rag for a in plan.actions] == [GOLD[s] for s in STATUS]
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "2.2" in said[0] and "none gives a status" not in said[0]
