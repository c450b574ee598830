"""The `holdout23` split: plan layouts that differ in kind from every family of the twenty-four
earlier splits (tune, measure, holdout, holdout2 .. holdout22).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout23.py`),
its output (`out/holdout23*`) or its results (`results/*holdout23*`); it is scored, never tuned on.

What differs from the 108 earlier families (see README.md "The holdout23 split"): numbered action
paragraphs whose owner, due date and status sit in a MARGIN NOTE beside each paragraph (small
grey text aligned to its first line, no table) (ReportLab); one paragraph per action whose fields
are INLINE BOLD RUN-IN HEADS ('Action: ... Lead: ... Timescale: ... RAG: ...') (Word printed by
LibreOffice); a tracker whose recommendation is a MERGED VERTICAL CELL with ROTATED text spanning
its actions' rows, due dates real Excel dates shown `31-Mar-27` (Excel printed by LibreOffice
Calc); a dashboard of CARDS IN A MULTI-COLUMN (masonry) FLOW read down each column, each with a
status RIBBON across its corner, an owner AVATAR of initials with the name as a caption and a
relative due line 'Due in 3 months (Mar 2027)' (HTML printed by Chromium). A twenty-fifth header
vocabulary, new date forms.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date

from samples.plangen import content as C
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value
from samples.plangen.holdout7 import H7Kpi, _months_after
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout22 import UPDATES, H22Family


@dataclass(frozen=True, slots=True)
class H23Family(H22Family):
    """A holdout23 family: its own builder and renderer (checked before H22Family)."""


# Header and label wordings of holdout23.
H23_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Item", "#"),
    "action": ("Action", "Key action", "Action required"),
    "owner": ("Lead", "Lead officer", "Accountable lead"),
    "due": ("Timescale", "Target date", "Complete by"),
    "rag": ("RAG", "RAG rating", "Progress rating"),
    "progress": ("Comments", "Progress", "Update this period"),
    "indicator": ("Performance indicator", "What we measure", "Indicator"),
    "baseline": ("Baseline", "Where we started", "Start"),
    "latest": ("Latest", "Current position", "This quarter"),
    "target": ("Target", "Where we want to be", "Goal"),
}
REC_LABELS23 = {
    "margin": "Recommendation {n}",
    "runin": "Recommendation {n}",
    "vertical": "Recommendation {n}",
    "masonry": "Recommendation {n}",
}

# status words per layout: (word, rag)
H23_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "margin": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Complete", "blue"),
               ("Not yet started", None)),
    "runin": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue (complete)", "blue"),
              ("Not started", None)),
    "vertical": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Completed", "blue"),
                 ("Not started", None)),
    "masonry": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
                ("Complete", "blue"), ("Not started", None)),
}  # fmt: skip


def month_last(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def h23_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout23 date form and the date it names.

    `31/03/2027` (that day), `June 2026` (the month's last day), `31-Mar-27` (an Excel date
    cell shown dd-mmm-yy: that day), `Mar 2027` (the month's last day).
    """
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "excel":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year % 100:02d}", d
    if form == "mon":
        return f"{calendar.month_abbr[d.month]} {d.year}", month_last(d)
    raise ValueError(form)


def relative_due(issued: date, due: date, rag: str | None) -> str:
    """The masonry cards' due line before the bracketed month: `Due in 3 months`."""
    k = (due.year - issued.year) * 12 + due.month - issued.month
    if k > 1:
        return f"Due in {k} months"
    if k == 1:
        return "Due next month"
    if k == 0:
        return "Due this month"
    ago = f"{-k} month{'s' if k < -1 else ''}"
    return f"Was due {ago} ago" if rag == "blue" else f"Overdue by {ago}"


HOLDOUT23: tuple[H23Family, ...] = (
    H23Family("rl-margin-notes", "holdout23", "reportlab", ("none",), ("rec-heading",),
              vocab="holdout23", layout="margin", kpi=0.5, landscape=0.0, progress=0.6,
              description="ReportLab: numbered action paragraphs, the owner, due date and "
                          "status in a small grey margin note beside each paragraph's first "
                          "line (no table)"),
    H23Family("docx-run-in-heads", "holdout23", "docx", ("none",), ("rec-heading",),
              vocab="holdout23", layout="runin", kpi=0.5, landscape=0.0, progress=0.6,
              description="Word printed by LibreOffice: one wrapped paragraph per action whose "
                          "fields are inline bold run-in heads ('Action: ... Lead: ... "
                          "Timescale: ... RAG: ...')"),
    H23Family("xlsx-vertical-rec", "holdout23", "xlsx", ("grid",), ("merged-rec",),
              vocab="holdout23", layout="vertical", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: the recommendation a merged cell "
                          "down the left with its text rotated 90 degrees, spanning its actions' "
                          "rows; due dates real date cells shown dd-mmm-yy"),
    H23Family("html-masonry-cards", "holdout23", "chromium", ("none",), ("cards",),
              vocab="holdout23", layout="masonry", kpi=0.5, landscape=0.0, progress=0.7,
              description="HTML printed by Chromium: a dashboard of cards in a multi-column "
                          "flow read down each column, a status ribbon across each card's "
                          "corner, an initials avatar with the owner's name as caption, a due "
                          "line 'Due in 3 months (Mar 2027)'"),
)  # fmt: skip


def build_holdout23(fam: H23Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout23:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    if fam.layout == "runin" and rng.random() < 0.5:
        leads = rng.sample(C.TITLES, 5)
    else:
        leads = rng.sample(C.PEOPLE, 5)
    form = {"margin": "slash", "runin": "month", "vertical": "excel", "masonry": "mon"}[fam.layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 18))
            if form in ("slash", "excel") and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h23_due(form, d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H23_STATUS[fam.layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H23_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "margin": f"{authority} Council: Ofsted Improvement Plan",
        "runin": f"{authority} Children's Services - Post-inspection Action Plan",
        "vertical": f"{authority} - ILACS improvement plan monitoring",
        "masonry": "Improvement plan dashboard",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS23[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "leads": leads,
        "margin_side": rng.choice(("left", "right")),
        "columns": rng.choice((2, 3)),
        "due_lines": [relative_due(issued, a.due_date, a.rag) if a.due_date else ""
                      for a in actions],
    }  # fmt: skip
    return plan
