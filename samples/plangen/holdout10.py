"""The `holdout10` split: plan layouts that differ in kind from every family of the eleven earlier
splits (tune, measure, holdout, holdout2 .. holdout9).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout10.py`),
its output (`out/holdout10*`) or its results (`results/*holdout10*`); it is scored, never tuned on.

What differs from the 56 earlier families (see README.md "The holdout10 split"): a SLIDE DECK
printed to PDF (one 16:9 slide per recommendation, each action a text box with a footer strip
naming its lead, landing date and a status chip); a GANTT programme plan (task rows, one column
per month, the task's period a bar of shaded cells coloured by its health, the due date the last
shaded month); a COMMITTEE REPORT whose plan is numbered paragraphs ending in a
`(Responsible: X, by June 2026)` trailer; a WORKBOOK with one sheet per recommendation, its
actions above and its measures with a monthly trend below (the latest value the last month's).
A twelfth header vocabulary, new date forms (`Sept 2026`, `H1 2026/27`, `Jun-26`, `by June
2026`, `30/06/26`) and status words.
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
from samples.plangen.holdout9 import H9Family


@dataclass(frozen=True, slots=True)
class H10Family(H9Family):
    """A holdout10 family: its own builder and renderer (checked before H9Family)."""


# Header and label wordings of holdout10 (none a header of the eleven earlier vocabularies).
H10_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Stage no.", "Milestone no.", "Activity ref"),
    "action": ("Change we are making", "Milestone description", "Commitment made"),
    "owner": ("Person accountable", "Lead officer accountable", "Accountable lead"),
    "due": ("Go-live", "Completion by", "Land by"),
    "rag": ("Delivery health", "Pulse", "Assurance rating"),
    "progress": ("Since last board", "Where we are up to", "Story so far"),
    "indicator": ("Signal of change", "Measure we watch", "Signal of impact"),
    "baseline": ("Start point", "Opening value", "Value at launch"),
    "latest": ("Value this month", "Latest month", "Month end value"),
    "target": ("Our ambition", "Aim by year end", "Goal figure"),
}
REC_LABELS10 = ("ILACS recommendation {n}: ", "Inspector's ask {n} – ", "Ask of us {n}: ")

# status words per layout: (word, rag)
H10_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "slides": (("Going well", "green"), ("Some concern", "amber"),
               ("Serious concern", "red"), ("Wrapped up", "blue"), ("Queued", None)),
    "gantt": (("Healthy", "green"), ("Watch", "amber"), ("Stuck", "red"),
              ("Finished", "blue"), ("Pending", None)),
    "committee": (("Good progress", "green"), ("Limited progress", "amber"),
                  ("No progress", "red"), ("Landed", "blue"), ("Not yet commenced", None)),
    "sheets": (("Steady", "green"), ("Slightly behind", "amber"), ("Well behind", "red"),
               ("Signed off", "blue"), ("Scheduled", None)),
}  # fmt: skip
TINT10 = {"green": "#3A9A4A", "amber": "#E8A317", "red": "#C8322C", "blue": "#2C64B0"}
MON4 = ("", "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")


def h10_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout10 due-date form and the date it names (d is a month end).

    `Sept 2026` (four-letter month) -> 30 Sep 2026; `H1 2026/27` -> the end of the financial
    year's first half (30 Sep 2026; H2 -> 31 Mar 2027); `Jun-26` -> 30 Jun 2026; `by June 2026`
    -> 30 June 2026; `30/06/26` -> that day.
    """
    y, m = d.year, d.month
    if form == "mon4":
        return f"{MON4[m]} {y}", d
    if form == "half":
        first = y if m >= 4 else y - 1
        half = 1 if 4 <= m <= 9 else 2
        end = date(first, 9, 30) if half == 1 else date(first + 1, 3, 31)
        return f"H{half} {first}/{(first + 1) % 100:02d}", end
    if form == "monyy":
        return f"{calendar.month_abbr[m]}-{y % 100:02d}", d
    if form == "by_month":
        return f"by {calendar.month_name[m]} {y}", d
    if form == "slash2":
        return f"{d.day:02d}/{m:02d}/{y % 100:02d}", d
    raise ValueError(form)


HOLDOUT10: tuple[H10Family, ...] = (
    H10Family("rl-slide-deck", "holdout10", "reportlab", ("boxes",), ("slides",),
              vocab="holdout10", layout="slides", kpi=0.5, landscape=1.0, progress=0.0,
              description="ReportLab: a board slide deck printed to PDF, one 16:9 slide per "
                          "recommendation, each action a text box with a footer strip (lead, "
                          "landing date, status chip); a measures slide in half"),
    H10Family("html-gantt-programme", "holdout10", "chromium", ("grid",), ("banner_row",),
              vocab="holdout10", layout="gantt", kpi=0.0, landscape=1.0, progress=0.0,
              description="HTML printed by Chromium: a Gantt programme plan, one column per "
                          "month, each task's period a bar of shaded cells coloured by its "
                          "health; the due date the last shaded month; owners as initials "
                          "with a key"),
    H10Family("docx-committee-paragraphs", "holdout10", "docx", ("none",), ("heading",),
              vocab="holdout10", layout="committee", kpi=0.5, landscape=0.0, progress=0.8,
              description="Word printed by LibreOffice: a committee report whose plan is "
                          "numbered paragraphs with a (Responsible: X, by June 2026) trailer "
                          "and an update line; an appendix of measures in half"),
    H10Family("xlsx-sheet-per-recommendation", "holdout10", "xlsx", ("grid",), ("sheets",),
              vocab="holdout10", layout="sheets", kpi=1.0, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: one sheet per recommendation, its "
                          "activities above and its measures with monthly trend columns below "
                          "(latest the last month); dates as dd/mm/yy cells"),
)  # fmt: skip


def _initials(person: str) -> str:
    return "".join(w[0] for w in person.split() if w[0].isupper())


def build_holdout10(fam: H10Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout10:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(3, 6)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 6) if fam.layout != "sheets" else rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H10_STATUS[fam.layout]
    forms = {"slides": ("mon4", "half"), "gantt": ("monyy",), "committee": ("by_month",),
             "sheets": ("slash2",)}[fam.layout]  # fmt: skip
    people: list[str] = []
    for person in rng.sample(C.PEOPLE, len(C.PEOPLE)):  # initials unique within a plan
        if len(people) < 6 and _initials(person) not in {_initials(x) for x in people}:
            people.append(person)
    key: dict[str, str] = {}
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(6 if fam.layout == "slides" else 5, len(topic.actions))
        if fam.layout == "slides":
            hi = min(hi, 4)
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            span = 14 if fam.layout == "gantt" else 20
            d = _months_after(start, rng.randint(1, span))
            if fam.layout == "gantt":
                person = rng.choice(people)
                owner = _initials(person)
                key[owner] = f"{person}, {rng.choice(C.TITLES)}"
            elif fam.layout == "slides":
                owner = f"{rng.choice(people)} ({rng.choice(C.TITLES)})"
            else:
                owner = rng.choice(C.TITLES)
            status, rag = rng.choice(statuses)
            progress = rng.choice(C.PROGRESS) if has_progress and rng.random() < 0.85 else None
            due_raw, due_date = h10_due(rng.choice(forms), d)
            ref = {"slides": f"{num}.{k}", "gantt": f"{num}.{k}", "committee": f"{num}.{k}",
                   "sheets": f"R{num}-{k:02d}"}[fam.layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H10_HEADERS.items()}
    kpis: list[H7Kpi] = []
    trends: list[list[tuple[str, float, str | None]]] = []
    kpi_rec: list[str] = []
    if rng.random() < fam.kpi:
        n_k = rng.randint(4, 7) if fam.layout != "sheets" else rng.randint(n_recs, n_recs + 3)
        specs = rng.sample(C.KPIS, min(n_k, len(C.KPIS)))
        for i, spec in enumerate(specs):
            kind = spec.kind
            base, target = _kpi_value(rng, kind), _kpi_value(rng, kind)
            trend = [_kpi_value(rng, kind) for _ in range(rng.randint(3, 6))]
            kpis.append(H7Kpi(spec.indicator, base, trend[-1], target))
            trends.append(trend)
            kpi_rec.append(recs[i % n_recs][0])
    if fam.layout == "sheets":  # the measures are printed sheet by sheet: gold in that order
        order = sorted(range(len(kpis)), key=lambda i: (int(kpi_rec[i]), i))
        kpis = [kpis[i] for i in order]
        trends = [trends[i] for i in order]
        kpi_rec = [kpi_rec[i] for i in order]
    fy = start.year if start.month >= 4 else start.year - 1
    title = {
        "slides": f"{authority} Children's Services Improvement Board: delivery update",
        "gantt": f"{authority} Children's Improvement Programme {fy}-{fy + 2}: delivery timeline",
        "committee": f"Report to the Children and Families Committee: {authority} Improvement "
                     "Plan progress",
        "sheets": f"{authority} Ofsted Improvement Workbook",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS10), actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "owner_key": key,
        "trends": [[v[0] for v in t] for t in trends], "kpi_recs": kpi_rec,
    }  # fmt: skip
    return plan
