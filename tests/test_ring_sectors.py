"""A plan drawn as a year wheel: a ring of month sectors, each labelled outside the rim with its
month, each action a coloured disc holding only its ref, set in the sector of the month it is
due; the register of actions on the next page (ref, action, lead, status) prints no due date.
The sector a disc sits in is its action's due date; a disc-less action stays undated and said.
"""

from __future__ import annotations

import calendar
import math
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.test_plan_recommendations import ACTIONS, BODY, CELL, HEAD, TITLE

GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
FIRST = date(2025, 10, 1)  # the wheel's first month
N_MONTHS = 12
STATUS = ["Good progress", "Some slippage", "Not started", "Good progress", "Done"]
DOT = {"Good progress": "#1b873f", "Some slippage": "#d98c00", "Not started": "#8a8a8a",
       "Done": "#2a5db0"}  # fmt: skip


def _month(i: int) -> date:
    y, m = divmod(FIRST.month - 1 + i, 12)
    return date(FIRST.year + y, m + 1, 1)


def _refs() -> list[str]:
    seen: dict[int, int] = {}
    out = []
    for n, *_ in ACTIONS:
        seen[n] = seen.get(n, 0) + 1
        out.append(f"{n}.{seen[n]}")
    return out


class Wheel(Flowable):  # type: ignore[misc]
    """The ring: sectors, month labels outside the rim, discs by month; a diamond milestone
    with its tag just outside the rim and a dated line in the hub (neither a due date)."""

    def __init__(self, discs: dict[str, int], label: str, start: float, turn: int) -> None:
        super().__init__()
        self.discs, self.label, self.start, self.turn = discs, label, start, turn

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, 430

    def _at(self, i: float) -> float:
        return self.start + self.turn * i * 360.0 / N_MONTHS

    def draw(self) -> None:
        c = self.canv
        cx, cy, r_out = 230.0, 215.0, 170.0
        step = 360.0 / N_MONTHS
        for i in range(N_MONTHS):
            c.setFillColor("#eef1f4" if i % 2 else "#f8f9fb")
            c.setStrokeColor("#a0aab4")
            a0 = min(self._at(i), self._at(i + 1))
            c.wedge(cx - r_out, cy - r_out, cx + r_out, cy + r_out, a0, step, stroke=1, fill=1)
        c.setFillColor("white")
        c.circle(cx, cy, 50, stroke=1, fill=1)
        c.setFillColor("black")
        c.setFont("Helvetica", 7)
        c.drawCentredString(cx, cy, "Updated 4 May 2026")
        for i in range(N_MONTHS):
            a = math.radians(self._at(i + 0.5))
            m = _month(i)
            text = self.label.format(mon=calendar.month_abbr[m.month], year=m.year)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(cx + (r_out + 24) * math.cos(a), cy + (r_out + 24) * math.sin(a) - 3,
                                text)  # fmt: skip
        # a milestone: a diamond and its tag just outside the rim (no action's)
        a = math.radians(self._at(3.8))
        dx, dy = cx + (r_out + 9) * math.cos(a), cy + (r_out + 9) * math.sin(a)
        c.setFillColor("#7b1fa2")
        p = c.beginPath()
        p.moveTo(dx, dy + 5)
        p.lineTo(dx + 5, dy)
        p.lineTo(dx, dy - 5)
        p.lineTo(dx - 5, dy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 6)
        c.drawString(dx + 7, dy - 2, "M2")
        by_month: dict[int, list[str]] = {}
        for ref, i in self.discs.items():
            by_month.setdefault(i, []).append(ref)
        for i, refs in by_month.items():
            for k, ref in enumerate(refs):
                a = math.radians(self._at(i + 0.5) + (k % 2) * 8 - 4 * (len(refs) > 1))
                rr = 75 + 28 * k
                x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
                c.setFillColor(DOT[STATUS[int(ref.split(".")[1]) % len(STATUS)]])
                c.circle(x, y, 11, stroke=0, fill=1)
                c.setFillColor("white")
                c.setFont("Helvetica-Bold", 7)
                c.drawCentredString(x, y - 2.5, ref)


def _build(
    path: Path, discs: dict[str, int], label: str, start: float, turn: int
) -> PlanExtraction:
    rows = [["Ref", "Action", "Lead", "Status"]]
    for ref, (_, text, owner, _) in zip(_refs(), ACTIONS, strict=True):
        rows.append([ref, text, owner, STATUS[int(ref.split(".")[1]) % len(STATUS)]])
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement plan: the year at a glance", TITLE),
        Wheel(discs, label, start, turn), PageBreak(),
        Paragraph("Key to the discs: each disc is in the month its action is due.", BODY),
        Table(data, colWidths=[40, 380, 160, 100], style=TableStyle(GRID)),
    ])  # fmt: skip
    return extract_plan(parse_pdf(path))


def _month_end(i: int) -> date:
    m = _month(i)
    return date(m.year, m.month, calendar.monthrange(m.year, m.month)[1])


@pytest.mark.parametrize(
    ("label", "start", "turn"),
    [("{mon} {year}", 90.0, -1), ("{mon} {year}", 90.0, 1), ("{mon}-{year}", 90.0, -1)],
)
def test_discs_take_the_month_of_their_sector(
    tmp_path: Path, label: str, start: float, turn: int
) -> None:
    refs = _refs()
    discs = {ref: (3 * k + 1) % N_MONTHS for k, ref in enumerate(refs)}
    discs[refs[2]] = discs[refs[0]]  # two discs in one month
    plan = _build(tmp_path / "wheel.pdf", discs, label, start, turn)
    assert {a.ref: a.due_date for a in plan.actions} == {r: _month_end(i) for r, i in discs.items()}
    first = _month(discs[refs[0]])
    assert plan.actions[0].due_raw == label.format(
        mon=calendar.month_abbr[first.month], year=first.year
    )
    assert not any(w.code == "plan_due_dates_unread" for w in plan.warnings)


def test_an_action_with_no_disc_stays_undated_and_is_said(tmp_path: Path) -> None:
    refs = _refs()
    discs = {ref: (2 * k + 3) % N_MONTHS for k, ref in enumerate(refs) if k != 1}
    plan = _build(tmp_path / "wheel.pdf", discs, "{mon} {year}", 90.0, -1)
    dues = {a.ref: a.due_date for a in plan.actions}
    assert dues[refs[1]] is None
    assert {r: d for r, d in dues.items() if r != refs[1]} == {
        r: _month_end(i) for r, i in discs.items()
    }
    said = [w for w in plan.warnings if w.code == "plan_due_dates_unread"]
    assert said and refs[1] in said[0].message
