"""The `holdout21` split: plan layouts that differ in kind from every family of the twenty-two
earlier splits (tune, measure, holdout, holdout2 .. holdout20).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout21.py`),
its output (`out/holdout21*`) or its results (`results/*holdout21*`); it is scored, never tuned on.

What differs from the 100 earlier families (see README.md "The holdout21 split"): a plan table
whose status is a drawn TRAFFIC LIGHT of three stacked circles with only one lit (the status
given by WHICH position is filled; none lit: not started) (ReportLab); a Word plan table whose
owner and date share one 'Who and when' cell on two lines (in some rows the date first) and
whose status is a column of CHECKBOXES, one ticked (Word printed by LibreOffice); an Excel
PIVOT-TABLE export in compact form (the recommendation an outline row with a collapse glyph, the
actions indented beneath in alphabetical order, the lead, due and RAG as further fields, subtotal
rows `Recommendation 2 Total` and a `Grand Total`) (Excel printed by LibreOffice Calc); a web page
whose actions are GROUPED UNDER DUE-DATE HEADINGS (`By March 2027`), each action a paragraph with
its recommendation as a tag and the lead and status in a byline (HTML printed by Chromium).
A twenty-third header vocabulary, new date forms.
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
from samples.plangen.holdout20 import H20Family


@dataclass(frozen=True, slots=True)
class H21Family(H20Family):
    """A holdout21 family: its own builder and renderer (checked before H20Family)."""


# Header and label wordings of holdout21.
H21_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Action no.", "Our ref", "Line"),
    "rec": ("Recommendation", "Ofsted recommendation", "Finding"),
    "action": ("Action to be taken", "Improvement action", "What needs to happen"),
    "owner": ("Lead officer", "Officer responsible", "Lead manager"),
    "due": ("Target date", "Date due", "Completion by"),
    "rag": ("RAG rating", "Current RAG", "Delivery status"),
    "progress": ("Latest update", "Progress to date", "Comments"),
    "indicator": ("Performance indicator", "What we will measure", "Indicator"),
    "baseline": ("Baseline position", "At the start", "Starting figure"),
    "latest": ("Latest figure", "Position now", "Latest data"),
    "target": ("Target position", "Our target", "Target for 2027"),
}
REC_LABELS21 = {
    "lights": "Recommendation {n}",
    "whowhen": "Recommendation {n}",
    "pivot": "Recommendation {n}",
    "bydate": "Recommendation {n}",
}

# status words per layout: (word, rag)
H21_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    # the traffic light: the lit lamp (top red, middle amber, bottom green); none lit
    "lights": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Not started", None)),
    # the checkboxes, one ticked, in this order
    "whowhen": (("Not started", None), ("On track", "green"), ("Some slippage", "amber"),
                ("Off track", "red"), ("Complete", "blue")),
    "pivot": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue", "blue"),
              ("Not started", None)),
    "bydate": (("On track", "green"), ("Slipping", "amber"), ("Not on track", "red"),
               ("Done", "blue"), ("Not yet started", None)),
}  # fmt: skip


def h21_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout21 date form and the date it names (`d` is a month end).

    `Mar 2027` (the month's last day), `31 March 2027` / `March 2027, first line` (that day),
    `31/03/2027` (an Excel date cell), `By March 2027` (a group heading: the month's last day).
    """
    if form == "mon":
        return f"{calendar.month_abbr[d.month]} {d.year}", d
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "xl":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "by":
        return f"By {calendar.month_name[d.month]} {d.year}", d
    raise ValueError(form)


HOLDOUT21: tuple[H21Family, ...] = (
    H21Family("rl-traffic-light", "holdout21", "reportlab", ("grid",), ("group-rows",),
              vocab="holdout21", layout="lights", kpi=0.5, landscape=0.5, progress=0.5,
              description="ReportLab: a plan table whose status is a drawn traffic light of "
                          "three stacked circles with one lit (which position is lit gives the "
                          "status; none lit: not started), with a key"),
    H21Family("docx-who-when-checkbox", "holdout21", "docx", ("grid",), ("group-rows",),
              vocab="holdout21", layout="whowhen", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a plan table whose owner and date share "
                          "one 'Who and when' cell on two lines (some rows date first) and whose "
                          "status is a column of checkboxes, one ticked"),
    H21Family("xlsx-pivot-outline", "holdout21", "xlsx", ("none",), ("outline",),
              vocab="holdout21", layout="pivot", kpi=0.5, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: a pivot-table export in compact "
                          "form, recommendation outline rows with a collapse glyph, actions "
                          "indented beneath (sorted), lead/due/RAG fields, subtotals and a "
                          "grand total"),
    H21Family("html-due-date-groups", "holdout21", "chromium", ("none",), ("date-groups",),
              vocab="holdout21", layout="bydate", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: actions grouped under due-date headings "
                          "('By March 2027'), each a paragraph with its recommendation as a tag "
                          "and the lead and status in a byline"),
)  # fmt: skip

DATE_FORM = {"lights": "mon", "whowhen": "long", "pivot": "xl", "bydate": "by"}


def build_holdout21(fam: H21Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout21:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    pool = C.PEOPLE if fam.layout in ("whowhen", "pivot") else C.TITLES
    leads = rng.sample(pool, 5)
    statuses = H21_STATUS[fam.layout]
    # the by-date page: a few quarter ends the actions fall due at (and 'Ongoing' in some plans)
    ends = sorted({_months_after(start, m) for m in rng.sample(range(3, 19, 3), 4)})
    ongoing = fam.layout == "bydate" and rng.random() < 0.5
    date_first: list[bool] = []
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        if fam.layout == "pivot":  # a pivot table sorts its row items
            texts = sorted(texts)
        for k, text in enumerate(texts, start=1):
            if fam.layout == "bydate":
                d = rng.choice(ends)
            else:
                d = _months_after(start, rng.randint(2, 18))
            if fam.layout in ("whowhen", "pivot") and rng.random() < 0.5:
                d = d.replace(day=rng.randint(1, 28))
            due_raw: str | None
            due_date: date | None
            due_raw, due_date = h21_due(DATE_FORM[fam.layout], d)
            if ongoing and rng.random() < 0.15:
                due_raw, due_date = "Ongoing", None
            status, rag = rng.choice(statuses)
            owner = rng.choice(leads)
            ref: str | None = f"{num}.{k}" if fam.layout in ("lights", "whowhen") else None
            progress: str | None = None
            if has_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            date_first.append(rng.random() < 0.3)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status,  # type: ignore[arg-type]
                                    rag, [num], printed_owner=owner))  # fmt: skip
    if fam.layout == "bydate":  # printed (and gold) in the order of the due-date groups
        actions.sort(key=lambda a: (a.due_date is None, a.due_date or date.min))
    headers = {role: rng.choice(words) for role, words in H21_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "lights": f"{authority} Council: Children's Services Improvement Plan",
        "whowhen": f"{authority} Council - Ofsted Improvement Plan",
        "pivot": f"{authority} - Improvement actions by recommendation",
        "bydate": "What we are doing and when",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS21[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "rec", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "leads": leads,
        "date_first": date_first,
    }  # fmt: skip
    return plan
