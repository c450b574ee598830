"""The `holdout3` split: plan layouts that differ in kind from every tune, measure, holdout AND
holdout2 family.

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout3.py`),
its output (`out/holdout3*`) or its results (`results/*holdout3*`); it is scored, never tuned on.

What differs from the 23 earlier families (see README.md "The holdout3 split"):
- a fifth header and label vocabulary (`Steps we will take`, `Led by`, `Held by`, `SRO`,
  `To be done by`, `Timing`, `Where we are now`, `Health`, `Flag`, `Done?`, `% complete`,
  `Data item`, `At inspection`, `Expected level`, ...) sharing no wording with the other four;
- new shapes: a 16:9 slide deck printed by Chromium (a slide per priority, a table or boxes);
  a prose plan (numbered paragraphs with the owner and the date inline); a Gantt chart whose
  shaded month cells say when the work runs; an Excel workbook with a sheet per priority, print
  titles repeated on each page and a conditionally formatted health column; a Word plan with
  landscape sections, a priority per page, rotated header cells, lettered sub-actions (2.1a) and
  milestone sub-rows;
- new date forms (`Mar-Jun 2025`, `Sep 2025 - Mar 2026`, `w/e 28 Mar 2025`, `Winter 2025/26`,
  `end of 2025`, `Month 6` against a printed Month 1, `30.09.2025`, `Throughout`) and status forms
  (`On course`, `Needs attention`, `Escalated`, `Done`, `Yet to begin`, a `Done?` column of
  `Yes`/`No` or a tick, a `% complete` column).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.forms import month_end
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import HOLD_TITLES, _initials, _kpi_value

# Header and label wordings of holdout3: none is a header of tune, measure, holdout or holdout2.
H3_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Nº", "Number", "Index"),
    "action": ("Steps we will take", "Planned work", "Work to be done", "Objective"),
    "owner": ("Led by", "Held by", "SRO", "Who is doing it"),
    "due": ("To be done by", "Timing", "Done by", "Landing"),
    "progress": ("Where we are now", "Notes", "Position now"),
    "rag": ("Health", "Flag", "Colour", "Temperature"),
    "pct": ("% complete", "% done"),
    "done": ("Done?", "Finished?"),
    "indicator": ("Data item", "Headline figure", "What we track"),
    "baseline": ("At inspection", "Inspection position", "When we began"),
    "latest": ("Last reported", "Now", "This quarter"),
    "target": ("Expected level", "Level sought", "Aspiration"),
}
# how a priority (a recommendation) is labelled
REC_LABELS = ("Priority {n}: ", "Improvement priority {n} – ", "What must improve ({n}): ")

H3_DATES = ("month_span", "range", "week_ending", "winter", "end_of_year", "dots_full",
            "open")  # fmt: skip
OPEN_FORMS3 = ("Throughout", "As needed")

# status words: printed text and gold colour
HEALTH = (("On course", "green"), ("Needs attention", "amber"), ("Escalated", "red"),
          ("Done", "blue"), ("Yet to begin", None))  # fmt: skip
FILL = {"green": "#A9D08E", "amber": "#FFD966", "red": "#F4B084", "blue": "#9BC2E6"}
MILESTONES = (
    "Signed off by the Improvement Board",
    "First audit findings reported to the Children's Leadership Team",
    "Evaluation report published",
    "New arrangements live in all teams",
    "Partner agreement signed",
)  # fmt: skip
WHY = (
    "Inspectors found that practice here was inconsistent and too often depended on the "
    "individual worker.",
    "This matters because children waited too long for the help they needed.",
    "We know from our own audits that this is where we must improve first.",
    "Partners told us that they want clearer arrangements and better feedback.",
)  # fmt: skip


def _abbr(m: int) -> str:
    return calendar.month_abbr[m]


def _add_months(d: date, k: int) -> date:
    i = d.month - 1 + k
    return month_end(d.year + i // 12, i % 12 + 1)


def h3_due(form: str, d: date, rng: random.Random, anchor: date | None) -> tuple[str, date | None]:
    """Printed text of a holdout3 due-date form and the date it names (d is a month end).

    The rule stays: the END of what is printed; a span or a range ends with its last month; a
    week ending names its day; winter runs December to February; `Month n` counts from the
    Month 1 the plan prints (no Month 1 printed: no date); open forms have no date.
    """
    y, m = d.year, d.month
    if form == "month_span":  # 'Mar-Jun 2025' -> end June; a span over a year end: a range
        first = _add_months(d, -rng.randint(1, 4))
        if first.year == y:
            return f"{_abbr(first.month)}-{_abbr(m)} {y}", d
        form = "range"
    if form == "range":
        first = _add_months(d, -rng.randint(2, 7))
        dash = rng.choice((" – ", " - ", " to "))
        return f"{_abbr(first.month)} {first.year}{dash}{_abbr(m)} {y}", d
    if form == "week_ending":  # the last Friday of the month
        day = d
        while day.weekday() != 4:
            day -= timedelta(days=1)
        return f"w/e {day.day} {_abbr(m)} {y}", day
    if form == "winter":
        if m in (12, 1, 2):
            winter = y if m == 12 else y - 1
            return f"Winter {winter}/{(winter + 1) % 100:02d}", month_end(winter + 1, 2)
        return h3_due("month_span", d, rng, anchor)
    if form == "end_of_year":
        return f"end of {y}", date(y, 12, 31)
    if form == "dots_full":
        return f"{d.day:02d}.{m:02d}.{y}", d
    if form == "month_n":
        assert anchor is not None
        n = (y - anchor.year) * 12 + m - anchor.month + 1
        if n < 1:
            return h3_due("range", d, rng, anchor)
        return f"Month {n}", d
    if form == "open":
        return rng.choice(OPEN_FORMS3), None
    raise ValueError(form)


def h3_owner(rng: random.Random) -> str:
    kind = rng.choice(("abbr", "title", "name_title", "two"))
    if kind == "abbr":
        return rng.choice(HOLD_TITLES)
    if kind == "title":
        return rng.choice(C.TITLES)
    if kind == "name_title":
        person = rng.choice(C.PEOPLE)
        return rng.choice((f"{person}, {rng.choice(HOLD_TITLES)}",
                           f"{_initials(person)} – {rng.choice(HOLD_TITLES)}"))  # fmt: skip
    a, b = rng.sample(HOLD_TITLES, 2)
    return f"{a} and {b}"


@dataclass(slots=True)
class H3Action:
    ref: str
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str  # the health word printed ('' where none)
    rag: str | None
    recs: list[str]
    pct: int = 0
    first_month: int = 0  # Gantt: the first and last shaded month (index into the chart)
    last_month: int = 0
    diamond: bool = False
    sub: bool = False  # a lettered sub-action (2.1a) under the action above
    supports: tuple[str, ...] = ()  # RACI: the roles marked S (support) beside the lead (L)
    milestone: str | None = None  # a milestone sub-row printed under the action


@dataclass(slots=True)
class H3Kpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    latest: tuple[str, float, str | None]
    target: tuple[str, float, str | None]
    kind: str


@dataclass(slots=True)
class H3Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    authority: str
    title: str
    intro: str
    recs: list[tuple[str, str]]
    shorts: dict[str, str]
    rec_label: str
    actions: list[H3Action]
    kpis: list[H3Kpi]
    headers: dict[str, str]
    cols: list[str]
    status_form: str
    font: str
    landscape: bool
    seed_rng: int
    year: int
    anchor: date | None  # Month 1 of the plan, where printed
    chart_start: date  # Gantt: the first month of the chart
    chart_months: int
    roles: list[str] = field(default_factory=list)  # RACI: the role columns, in order
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H3Action]:
        return [a for a in self.actions if a.recs[0] == num]


@dataclass(frozen=True, slots=True)
class H3Family(Family):
    layout: str = ""
    h3_status: tuple[str, ...] = ("health",)
    progress: float = 0.5
    h3_dates: tuple[str, ...] = H3_DATES


HOLDOUT3: tuple[H3Family, ...] = (
    H3Family("html-slides-16x9", "holdout3", "chromium", ("box",), ("slides",), vocab="holdout3",
             layout="slides", kpi=0.6, landscape=1.0, h3_status=("health", "health_pct"),
             progress=0.3,
             description="HTML slides printed by Chromium at 16:9: a title slide, sometimes a "
                         "priorities-at-a-glance slide, then a slide (or two) per priority with "
                         "the priority in a band and its actions as a table or as boxes; a "
                         "footer with the slide number; a headline-figures slide"),
    H3Family("docx-prose-numbered", "holdout3", "docx", ("none",), ("prose",), vocab="holdout3",
             layout="prose", kpi=0.5, landscape=0.0, h3_status=("health", "none"),
             h3_dates=H3_DATES + ("month_n", "month_n"),
             description="Word printed by LibreOffice: a prose plan, a heading per priority, a "
                         "paragraph of context, then numbered action paragraphs (2.1 ...) with "
                         "the owner and the date inline in brackets or a closing sentence, a "
                         "status in square brackets; a small measures table"),
    H3Family("rl-gantt-months", "holdout3", "reportlab", ("grid",), ("gantt",), vocab="holdout3",
             layout="gantt", kpi=0.0, landscape=1.0, h3_status=("health",), progress=0.0,
             description="ReportLab Gantt chart on A4/A3 landscape: Nº | action | owner, then a "
                         "column per month (a year row over month names) with shaded cells "
                         "while the work runs (due = end of the last shaded month, a diamond "
                         "sometimes in it), a health column last; priority banner rows"),
    H3Family("xlsx-sheet-per-priority", "holdout3", "xlsx", ("grid",), ("sheets",),
             vocab="holdout3", layout="sheets", kpi=0.7, landscape=0.7,
             h3_status=("health_pct_done",), progress=0.7,
             description="Excel printed by LibreOffice Calc: a summary sheet, then a sheet per "
                         "priority whose title and header rows are print titles repeated on "
                         "every page, wrapped text, a health column coloured by conditional "
                         "formatting, % complete and Done? (Yes/No) columns; a figures sheet"),
    H3Family("docx-landscape-subactions", "holdout3", "docx", ("grid",), ("subactions",),
             vocab="holdout3", layout="subactions", kpi=0.5, landscape=1.0,
             h3_status=("health_tick", "tick"), progress=0.0,
             description="Word printed by LibreOffice: a portrait cover section, then landscape "
                         "sections with a priority per page, the priority label as a heading and "
                         "its text below, a table with rotated header cells, numbered actions "
                         "with lettered sub-actions (2.1a) and italic milestone sub-rows, a tick "
                         "column"),
    H3Family("html-raci-matrix", "holdout3", "chromium", ("grid",), ("raci",), vocab="holdout3",
             layout="raci", kpi=0.4, landscape=0.7, h3_status=("health",), progress=0.0,
             description="HTML printed by Chromium: a responsibility matrix, a table per priority "
                         "with a column per role (role names as vertical text) marked L (leads) "
                         "or S (supports) for each action, the owner being the role marked L; "
                         "health words in coloured text with no fill"),
)  # fmt: skip
# roles of a responsibility (RACI) matrix: short, as such column heads are
RACI_ROLES = ("DCS", "AD Safeguarding", "AD Children's Social Care", "HoS Fostering",
              "HoS Children in Care", "Principal SW", "Virtual School Headteacher",
              "Designated Nurse", "Head of Early Help", "Head of Quality Assurance",
              "Commissioning Manager", "Workforce Development Lead")  # fmt: skip


def _status(rng: random.Random, form: str) -> tuple[str, str | None]:
    if form == "none":
        return "", None
    return rng.choice(HEALTH)


def build_holdout3(fam: H3Family, seed: int, index: int) -> H3Plan:
    rng = random.Random(f"plangen-holdout3:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    year = rng.choice((2024, 2025, 2026))
    start = date(year, rng.choice((1, 4, 4, 6, 9)), 1)
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    status_form = rng.choice(fam.h3_status)
    has_progress = rng.random() < fam.progress
    landscape = rng.random() < fam.landscape
    anchor = start if fam.layout == "prose" and rng.random() < 0.6 else None
    dates = tuple(f for f in fam.h3_dates if f != "month_n" or anchor is not None)
    chart_months = rng.choice((12, 15, 18)) if fam.layout == "gantt" else 0
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    roles = rng.sample(RACI_ROLES, rng.randint(5, 7)) if fam.layout == "raci" else []
    actions: list[H3Action] = []
    for (num, _), topic in zip(recs, topics, strict=True):
        if fam.layout == "subactions":
            pool = list(topic.actions)
            rng.shuffle(pool)
            n_main = rng.randint(2, 3)
            mains, rest = pool[:n_main], pool[n_main:]
            for k, text in enumerate(mains):
                actions.append(_action(fam, rng, f"{num}.{k + 1}", text, num, start, dates,
                                       status_form, has_progress, chart_months))  # fmt: skip
                if rest and rng.random() < 0.5:
                    for j in range(rng.randint(1, min(2, len(rest)))):
                        sub = _action(fam, rng, f"{num}.{k + 1}{'abc'[j]}", rest.pop(), num,
                                      start, dates, status_form, has_progress, chart_months)  # fmt: skip
                        sub.sub = True
                        actions.append(sub)
                if rng.random() < 0.4:
                    m = _add_months(start, rng.randint(2, 12))
                    actions[-1].milestone = f"{rng.choice(MILESTONES)} – {_abbr(m.month)} {m.year}"
            continue
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        for k, text in enumerate(texts):
            ref = f"{num}.{k + 1}"
            actions.append(_action(fam, rng, ref, text, num, start, dates, status_form,
                                   has_progress, chart_months))  # fmt: skip
            if roles:  # the owner is the role marked L; one or two others support
                lead, *others = rng.sample(roles, 1 + rng.randint(0, 2))
                actions[-1].owner, actions[-1].supports = lead, tuple(others)
    headers = {role: rng.choice(words) for role, words in H3_HEADERS.items()}
    cols = ["ref", "action", "owner", "due"]
    if fam.layout == "gantt":
        cols = ["ref", "action", "owner", "months", "rag"]
    elif fam.layout == "raci":
        cols = ["ref", "action", "roles", "due", "rag"]
    else:
        if status_form.startswith("health"):
            cols.append("rag")
        if "pct" in status_form:
            cols.append("pct")
        if status_form.endswith("done"):
            cols.append("done")
        if status_form.endswith("tick") or status_form == "tick":
            cols.append("done")
        if has_progress:
            cols.append("progress")
    kpis: list[H3Kpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            kpis.append(H3Kpi(spec.indicator, _kpi_value(rng, spec.kind),
                              _kpi_value(rng, spec.kind), _kpi_value(rng, spec.kind), spec.kind))  # fmt: skip
    fy = f"{year}/{(year + 1) % 100:02d}" if start.month >= 4 else f"{year - 1}/{year % 100:02d}"
    title = rng.choice((
        f"{authority} Children's Services: Improving Together {fy}",
        f"{authority} Council – Children's Improvement Plan {fy}",
        f"Getting to Good: {authority} children's services improvement plan",
    ))  # fmt: skip
    intro = (f"Ofsted inspected {authority}'s services for children in {year - 1 if start.month < 4 else year}. "
             f"This plan sets out our priorities for improvement, the steps we will take, who is "
             f"doing each one and when it will be done. The Improvement Board checks the plan "
             f"every month.")  # fmt: skip
    if anchor is not None:
        intro += f" Timings are given in plan months: Month 1 is {calendar.month_name[anchor.month]} {anchor.year}."
    plan = H3Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, intro=intro,
        recs=recs, shorts={n: t.short for (n, _), t in zip(recs, topics, strict=True)},
        rec_label=rng.choice(REC_LABELS), actions=actions, kpis=kpis, headers=headers, cols=cols,
        status_form=status_form, font=rng.choice(fam.fonts), landscape=landscape,
        seed_rng=rng.randint(0, 10**9), year=year, anchor=anchor, chart_start=start,
        chart_months=chart_months, roles=roles,
    )  # fmt: skip
    # every numbered row is an action (a lettered sub-action too); a milestone sub-row is not
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "columns": cols,
        "headers": [headers.get(c, c) for c in cols], "ruling": fam.rulings[0], "font": plan.font,
        "landscape": landscape, "status": status_form, "kpis": len(kpis),
        "month_n": anchor is not None,
    }  # fmt: skip
    return plan


def _action(fam: H3Family, rng: random.Random, ref: str, text: str, num: str, start: date,
            dates: tuple[str, ...], status_form: str, has_progress: bool,
            chart_months: int) -> H3Action:  # fmt: skip
    status, rag = _status(rng, status_form if status_form != "tick" else "health")
    if fam.layout == "gantt":
        first = rng.randint(0, chart_months - 3)
        last = min(chart_months - 1, first + rng.randint(0, 8))
        if rng.random() < 0.1:
            first, last = 0, chart_months - 1  # runs the whole chart
        d = _add_months(start, last)
        due: date | None = d
        due_raw = f"{_abbr(d.month)} {d.year}"
    else:
        d = _add_months(start, rng.randint(2, 20))
        due_raw, due = h3_due(rng.choice(dates), d, rng, start)
    pct = {"blue": 100, None: 0}.get(rag, rng.choice((10, 25, 40, 50, 60, 75, 80, 90)))
    if status_form == "tick":  # a tick column only: done (blue) or nothing
        rag = "blue" if rag == "blue" else None
        status = ""
    return H3Action(
        ref=ref, text=text, owner=h3_owner(rng), due_raw=due_raw, due_date=due,
        progress=rng.choice(C.PROGRESS) if has_progress else None, status=status, rag=rag,
        recs=[num], pct=pct,
        first_month=first if fam.layout == "gantt" else 0,
        last_month=last if fam.layout == "gantt" else 0,
        diamond=fam.layout == "gantt" and rng.random() < 0.3,
    )  # fmt: skip
