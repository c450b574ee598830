"""The `holdout15` split: plan layouts that differ in kind from every family of the sixteen
earlier splits (tune, measure, holdout, holdout2 .. holdout14).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout15.py`),
its output (`out/holdout15*`) or its results (`results/*holdout15*`); it is scored, never tuned on.

What differs from the 76 earlier families (see README.md "The holdout15 split"): a plan GROUPED
BY LEAD OFFICER, the owner a group heading 'Lead: ...' and each action row under it citing its
recommendation number, due month and status (ReportLab); a SCRUTINY PROGRESS REPORT, per
recommendation a short narrative then 'Completed', 'Delayed' and 'Still to do' lists, the status
implied by the list, the owner and month in trailing text after a dash (Word printed by
LibreOffice); a WORKBOOK of two sheets to JOIN by action ID, 'Actions' (ID, recommendation,
action) and 'Responsibilities' (ID, lead, due, status) sorted by lead (Excel printed by
LibreOffice Calc); a KANBAN BOARD, a column per status and one card per action with its owner,
date and a recommendation tag (HTML printed by Chromium). A seventeenth header vocabulary, new
date forms and status words.
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
from samples.plangen.holdout14 import H14Family


@dataclass(frozen=True, slots=True)
class H15Family(H14Family):
    """A holdout15 family: its own builder and renderer (checked before H14Family)."""


# Header and label wordings of holdout15.
H15_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Action ID", "Card", "Ident"),
    "rec": ("Rec no.", "Answers rec", "Inspection ref"),
    "action": ("Improvement activity", "Work to be done", "Planned activity"),
    "owner": ("Responsible lead", "Lead name", "Officer in charge"),
    "due": ("Deadline", "Delivery month", "To finish by"),
    "rag": ("Current status", "Delivery status", "Tracker status"),
    "progress": ("Latest note", "Officer note", "Commentary"),
    "indicator": ("Performance measure", "Metric", "Tracked figure"),
    "baseline": ("At the start", "Start value", "Starting point"),
    "latest": ("This period", "Latest value", "Current"),
    "target": ("Goal", "Aim", "Target value"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS15 = {
    "bylead": "Rec {n}",
    "scrutiny": "Recommendation {n}",
    "joined": "{n}",
    "kanban": "REC-{n}",
}

# status words per layout: (word, rag)
H15_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "bylead": (("On course", "green"), ("Slipping", "amber"), ("Off course", "red"),
               ("Achieved", "blue"), ("Not due to start", None)),
    "scrutiny": (("Completed", "blue"), ("Delayed", "red"), ("Still to do", None)),
    "joined": (("On schedule", "green"), ("Behind", "amber"), ("Critical", "red"),
               ("Closed", "blue"), ("Open", None)),
    "kanban": (("Not started", None), ("In progress", "green"), ("At risk", "amber"),
               ("Overdue", "red"), ("Complete", "blue")),
}  # fmt: skip

NARRATIVES = (
    "The panel heard from the service that work on this recommendation is well under way.",
    "Members were told that progress has been steady, though recruitment has slowed it.",
    "Officers reported that the first phase is finished and the second has begun.",
    "The panel questioned the pace of change here and asked for a further update.",
    "Members welcomed the progress made and noted that some work remains outstanding.",
)  # fmt: skip


def h15_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout15 due-date form and the date it names (d is a month end).

    `Jun-27` -> the last day of June 2027; `June 2027` -> the last day of that month;
    `30 Jun 2027` (an Excel date cell) -> that day; `30.06.2027` -> that day.
    """
    if form == "mon-yy":
        return f"{calendar.month_abbr[d.month]}-{d.year % 100:02d}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", d
    if form == "dmy":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    raise ValueError(form)


HOLDOUT15: tuple[H15Family, ...] = (
    H15Family("rl-by-lead", "holdout15", "reportlab", ("hrules",), ("lead",),
              vocab="holdout15", layout="bylead", kpi=0.5, landscape=0.0, progress=0.0,
              description="ReportLab: the recommendations listed first, then the plan grouped "
                          "by lead officer, a heading 'Lead: <title>' per owner and under it a "
                          "table of that lead's actions citing the recommendation number, the "
                          "due month 'Jun-27' and the status"),
    H15Family("docx-scrutiny-lists", "holdout15", "docx", ("none",), ("recommendation",),
              vocab="holdout15", layout="scrutiny", kpi=0.5, landscape=0.0, progress=0.0,
              description="Word printed by LibreOffice: a scrutiny progress report, per "
                          "recommendation a short narrative then 'Completed', 'Delayed' and "
                          "'Still to do' bullet lists (the status is the list), each item's "
                          "owner and month in trailing text after a dash"),
    H15Family("xlsx-joined-sheets", "holdout15", "xlsx", ("grid",), ("sheets",),
              vocab="holdout15", layout="joined", kpi=0.5, landscape=0.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a workbook whose 'Actions' sheet "
                          "(ID, recommendation, action) and 'Responsibilities' sheet (ID, lead, "
                          "due, status, note; sorted by lead) must be joined by the action ID"),
    H15Family("html-kanban", "holdout15", "chromium", ("none",), ("columns",),
              vocab="holdout15", layout="kanban", kpi=0.5, landscape=1.0, progress=0.0,
              description="HTML printed by Chromium: a kanban board on landscape pages, a column "
                          "per status (Not started, In progress, At risk, Overdue, Complete), one "
                          "card per action with its owner, date and a recommendation tag"),
)  # fmt: skip


def build_holdout15(fam: H15Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout15:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(4, 7)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H15_STATUS[fam.layout]
    form = {"bylead": "mon-yy", "scrutiny": "month", "joined": "dmy", "kanban": "dots"}[fam.layout]
    leads = rng.sample(C.TITLES, rng.randint(3, 4))
    people = rng.sample(C.PEOPLE, 5)
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for text in texts:
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            if fam.layout in ("bylead", "scrutiny"):
                owner = rng.choice(leads)
            else:
                owner = rng.choice(people)
            status, rag = rng.choice(statuses)
            due_raw, due_date = h15_due(form, d)
            ref = {"bylead": "", "scrutiny": "", "joined": f"A{seq:02d}",
                   "kanban": f"#{100 + seq}"}[fam.layout]  # fmt: skip
            progress: str | None = None
            if has_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H15_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "bylead": f"{authority} Council: Children's Improvement Plan by Lead Officer",
        "scrutiny": f"{authority} Council: Children and Young People Scrutiny Panel - "
        "Progress on Inspection Recommendations",
        "joined": f"{authority} Council - Improvement Plan Workbook",
        "kanban": f"{authority} Children's Services: Improvement Board",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS15[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
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
        "narratives": [rng.choice(NARRATIVES) for _ in recs],
    }  # fmt: skip
    return plan
