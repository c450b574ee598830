"""The `holdout5` split: plan layouts that differ in kind from every family of the six earlier
splits (tune, measure, holdout, holdout2, holdout3, holdout4).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout5.py`),
its output (`out/holdout5*`) or its results (`results/*holdout5*`); it is scored, never tuned on.

What differs from the 34 earlier families (see README.md "The holdout5 split"): a board
highlight report (a page per recommendation: a summary box, then a milestone table whose owner and
date share one cell, exceptions only in some plans); an HTML plan of accordion-like bars and
definition lists; an Excel tracker with frozen panes whose first column repeats the
recommendation on every row, dates as `dd/mm/yy` date cells and a long wrapped notes column; a
Word plan in time-horizon sections (quick wins / medium / long term) whose delivery details sit
in a table nested in a cell, an action answering one or more recommendations; a regional
(multi-authority) plan with a council column and status symbols. A seventh header vocabulary,
new date forms (`before April 2026`, `Tue 31 Mar 2026`, `2026-03`, `MAR 2026`, `31 Mar 26`),
status words (`Within tolerance`, `Outside tolerance`, `Critical`, `Delivered`, `Pending`) and
owners (`Name, Title`; an owner and a date in one cell).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.forms import month_end
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value

# Header and label wordings of holdout5: none is a header of the six earlier vocabularies.
H5_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref no", "Step ID", "Seq no"),
    "action": ("Task description", "Improvement step", "Agreed step", "What we are doing"),
    "owner": ("Post holder", "Manager in charge", "Lead post"),
    "who_when": ("Who and by when", "Accountable post & date", "Responsible / date"),
    "due": ("Finish by", "Close date", "Planned close"),
    "progress": ("Board commentary", "Exception note", "Remarks"),
    "rag": ("Delivery rating", "Tracking", "State"),
    "rec": ("Rec addressed", "Recommendation(s) addressed", "Links to rec"),
    "rec_text": ("Inspectors' recommendation", "Recommendation from inspection"),
    "council": ("Council", "Partner authority", "LA"),
    "indicator": ("Indicator name", "Dashboard measure", "Outcome indicator"),
    "baseline": ("Starting value", "Baseline value", "At outset"),
    "latest": ("Current value", "Reported value", "Latest value"),
    "target": ("Target value", "End-state", "To reach"),
}
REC_LABELS5 = ("Inspectors' recommendation {n}: ", "R{n} – ", "Recommendation no. {n}: ")

H5_DATES = ("before", "weekday", "iso_month", "upper_mon", "d_mon_yy", "open")
OPEN_FORMS5 = ("Standing item", "Annual review")

# status words: printed text, gold colour, a symbol (regional plans print it before the word)
H5_STATUS = (("Within tolerance", "green", "●"), ("Outside tolerance", "amber", "▲"),
             ("Critical", "red", "■"), ("Delivered", "blue", "✔"), ("Pending", None, "○"))  # fmt: skip
TINT = {"green": "#DDEFD3", "amber": "#FCE9C4", "red": "#F7D0CF", "blue": "#D6E4F3"}

COUNCILS = ("Calderdale", "Kirklees", "Wakefield", "Bradford", "Leeds", "Barnsley", "Rotherham",
            "Doncaster", "Sheffield")  # fmt: skip
HORIZONS = (("Quick wins", 3), ("Medium term", 12), ("Long term", 99))  # months from the start


def h5_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout5 due-date form and the date it names (d is a month end).

    The rule stays the END of what is printed; `before April 2026` is the last day before that
    month (31 March 2026); open forms have no date.
    """
    y, m = d.year, d.month
    if form == "before":
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return f"before {calendar.month_name[nxt.month]} {nxt.year}", d
    if form == "weekday":
        return f"{d:%a} {d.day} {calendar.month_abbr[m]} {y}", d
    if form == "iso_month":
        return f"{y}-{m:02d}", d
    if form == "upper_mon":
        return f"{calendar.month_abbr[m].upper()} {y}", d
    if form == "d_mon_yy":
        return f"{d.day} {calendar.month_abbr[m]} {y % 100:02d}", d
    if form == "open":
        return OPEN_FORMS5[d.month % 2], None
    raise ValueError(form)


def h5_owner(rng: random.Random) -> str:
    kind = rng.choice(("title", "name_title", "interim"))
    if kind == "title":
        return rng.choice(C.TITLES)
    if kind == "name_title":
        return f"{rng.choice(C.PEOPLE)}, {rng.choice(C.TITLES)}"
    return f"{rng.choice(C.TITLES)} (interim)"


@dataclass(slots=True)
class H5Action:
    ref: str
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str
    rag: str | None
    symbol: str
    recs: list[str]
    council: str = ""
    xl_date: bool = False  # xlsx: a date cell formatted dd/mm/yy


@dataclass(slots=True)
class H5Kpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    latest: tuple[str, float, str | None]
    target: tuple[str, float, str | None]


@dataclass(slots=True)
class H5Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    authority: str
    title: str
    intro: str
    recs: list[tuple[str, str]]
    sros: dict[str, str]  # highlight pages: the senior officer of each recommendation
    rec_label: str
    actions: list[H5Action]
    hidden: dict[str, int]  # highlight pages, exceptions only: milestones not listed per rec
    kpis: list[H5Kpi]
    headers: dict[str, str]
    font: str
    landscape: bool
    seed_rng: int
    start: date
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H5Action]:
        return [a for a in self.actions if a.recs[0] == num]

    def overall(self, num: str) -> tuple[str, str | None, str]:
        """A recommendation's overall rating in a summary box: its worst milestone (not scored)."""
        order = ("red", "amber", "green", "blue")
        rags = [a.rag for a in self.per_rec(num) if a.rag]
        if not rags:
            return H5_STATUS[4]
        worst = min(rags, key=order.index)
        return next(s for s in H5_STATUS if s[1] == worst)

    def horizon(self, a: H5Action) -> str:
        """The time-horizon section of an action (from its due date; open dates are long term)."""
        if a.due_date is None:
            return HORIZONS[2][0]
        months = (a.due_date.year - self.start.year) * 12 + a.due_date.month - self.start.month
        return next(name for name, upto in HORIZONS if months <= upto)


@dataclass(frozen=True, slots=True)
class H5Family(Family):
    layout: str = ""
    progress: float = 0.5


HOLDOUT5: tuple[H5Family, ...] = (
    H5Family("rl-highlight-pages", "holdout5", "reportlab", ("grid",), ("pages",),
             vocab="holdout5", layout="highlight", kpi=0.7, landscape=0.5, progress=0.7,
             description="ReportLab: a board highlight report, a page per recommendation: a "
                         "summary box (recommendation, senior officer, overall rating), then a "
                         "milestone table whose owner and date share one cell ('Post – by "
                         "date'); some plans list exceptions only; a KPI dashboard page"),
    H5Family("html-accordion-dl", "holdout5", "chromium", ("none",), ("accordion",),
             vocab="holdout5", layout="accordion", kpi=0.7, landscape=0.0, progress=0.6,
             description="HTML printed by Chromium: a bar per recommendation (chevron, label, "
                         "text) like an expanded accordion, each milestone a definition list "
                         "(labels in a left column, values right); KPI table"),
    H5Family("xlsx-frozen-repeat", "holdout5", "xlsx", ("grid",), ("repeat",),
             vocab="holdout5", layout="repeat", kpi=0.7, landscape=1.0, progress=0.9,
             description="Excel printed by LibreOffice Calc: one tracker sheet, frozen panes, "
                         "the recommendation repeated in the first column of every row, due "
                         "dates as dd/mm/yy date cells, a long wrapped notes column; KPI sheet"),
    H5Family("docx-horizon-nested", "holdout5", "docx", ("grid",), ("horizon",),
             vocab="holdout5", layout="horizon", kpi=0.6, landscape=0.0, progress=0.5,
             description="Word printed by LibreOffice: a numbered list of recommendations, then "
                         "a section per time horizon (quick wins / medium term / long term) with "
                         "a table whose delivery cell holds a nested table (post holder, finish "
                         "by, rating); an action may answer several recommendations"),
    H5Family("html-regional-council", "holdout5", "chromium", ("hrules",), ("regional",),
             vocab="holdout5", layout="regional", kpi=0.6, landscape=1.0, progress=0.4,
             description="HTML printed by Chromium, landscape: a sub-regional partnership plan, "
                         "a captioned table per recommendation with a council column ('All' or a "
                         "council), status as a symbol and a word, a legend of symbols"),
)  # fmt: skip


def _months_after(d: date, k: int) -> date:
    i = d.month - 1 + k
    return month_end(d.year + i // 12, i % 12 + 1)


def build_holdout5(fam: H5Family, seed: int, index: int) -> H5Plan:
    rng = random.Random(f"plangen-holdout5:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2024, 2025, 2026)), rng.choice((1, 4, 6, 9, 10)), 1)
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    councils = rng.sample(COUNCILS, rng.randint(3, 5))
    if fam.layout == "regional":
        authority = " and ".join([", ".join(councils[:-1]), councils[-1]])
    exceptions = fam.layout == "highlight" and rng.random() < 0.4
    actions: list[H5Action] = []
    hidden: dict[str, int] = {}
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        for k, text in enumerate(texts):
            a = _action(fam, rng, num, k, text, start, has_progress, councils)
            if fam.layout == "horizon" and n_recs > 1 and rng.random() < 0.25:
                other = rng.choice([n for n, _ in recs if n != num])
                a.recs = [num, other]  # its own recommendation first
            if exceptions and a.rag in ("green", "blue"):
                hidden[num] = hidden.get(num, 0) + 1
                continue
            actions.append(a)
    if fam.layout == "horizon":  # refs run through the plan in horizon order
        plan_order = {name: i for i, (name, _) in enumerate(HORIZONS)}
        probe = H5Plan("", "", "", "", "", "", "", "", [], {}, "", [], {}, [], {}, "", False, 0,
                       start)  # fmt: skip
        actions.sort(key=lambda a: plan_order[probe.horizon(a)])
        for i, a in enumerate(actions):
            a.ref = f"{('QW', 'MT', 'LT')[plan_order[probe.horizon(a)]]}{i + 1}"
    headers = {role: rng.choice(words) for role, words in H5_HEADERS.items()}
    kpis: list[H5Kpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            v = [_kpi_value(rng, spec.kind) for _ in range(3)]
            kpis.append(H5Kpi(spec.indicator, v[0], v[1], v[2]))
    fy = f"{start.year if start.month >= 4 else start.year - 1}"
    title = {
        "highlight": f"{authority} Children's Services Improvement Programme – Highlight Report "
                     f"to the Improvement Board, {calendar.month_name[start.month]} {start.year}",
        "accordion": f"{authority}: Our Improvement Journey – responding to Ofsted ({fy})",
        "repeat": f"{authority} Ofsted Improvement Tracker {fy}",
        "horizon": f"{authority} Children's Services: Post-Inspection Improvement Plan",
        "regional": f"Sub-regional Improvement Partnership Plan: {authority}",
    }[fam.layout]  # fmt: skip
    intro = ("This plan sets out how we will respond to the recommendations made by Ofsted "
             "inspectors, the milestones we have agreed, who is accountable for each and when it "
             "will be finished. Ratings are reviewed monthly by the Improvement Board.")  # fmt: skip
    plan = H5Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, intro=intro,
        recs=recs, sros={n: rng.choice(C.TITLES) for n, _ in recs},
        rec_label=rng.choice(REC_LABELS5), actions=actions, hidden=hidden, kpis=kpis,
        headers=headers, font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "exceptions_only": exceptions, "multi_rec": sum(1 for a in actions if len(a.recs) > 1),
    }  # fmt: skip
    return plan


def _action(fam: H5Family, rng: random.Random, num: str, k: int, text: str, start: date,
            has_progress: bool, councils: list[str]) -> H5Action:  # fmt: skip
    d = _months_after(start, rng.randint(1, 20))
    xl_date = fam.layout == "repeat" and rng.random() < 0.7
    if xl_date:  # a date cell Calc prints as 31/03/26
        due: date | None = d
        due_raw = f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    else:
        due_raw, due = h5_due(rng.choice(H5_DATES), d)
    status, rag, symbol = rng.choice(H5_STATUS)
    progress = None
    if has_progress and rng.random() < 0.85:
        progress = rng.choice(C.PROGRESS)
        if fam.layout == "repeat":  # a long note wrapped over many lines
            extra = rng.sample([p for p in C.PROGRESS if p != progress], rng.randint(2, 4))
            progress = ". ".join([progress, *extra])
    council = ""
    owner = h5_owner(rng)
    if fam.layout == "regional":
        council = rng.choice(["All", "All", *councils])
        if council != "All" and rng.random() < 0.5:
            owner = f"{rng.choice(C.TITLES)}, {council}"
    ref = {"highlight": f"M{num}.{k + 1}", "accordion": f"{num}.{k + 1}",
           "repeat": f"{num}.{k + 1}", "horizon": "", "regional": f"{num}{'abcdef'[k]}"}[fam.layout]  # fmt: skip
    return H5Action(ref=ref, text=text, owner=owner, due_raw=due_raw, due_date=due,
                    progress=progress, status=status, rag=rag, symbol=symbol, recs=[num],
                    council=council, xl_date=xl_date)  # fmt: skip
