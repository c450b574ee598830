"""The `holdout18` split: plan layouts that differ in kind from every family of the nineteen
earlier splits (tune, measure, holdout, holdout2 .. holdout17).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout18.py`),
its output (`out/holdout18*`) or its results (`results/*holdout18*`); it is scored, never tuned on.

What differs from the 88 earlier families (see README.md "The holdout18 split"): a plan of
ACTION STRIPS whose fields are marked by small drawn ICONS instead of label words, with a legend
of the icons on the first page (ReportLab); a Word plan whose RECOMMENDATION IS GIVEN ONLY BY THE
PAGE RUNNING HEADER, one section per recommendation (Word printed by LibreOffice); a tracker of
REPEATING COLUMN GROUPS, one row per recommendation with Action n / Lead n / Due n / Status n
(Excel printed by LibreOffice Calc); a GOV.UK design-system TASK LIST with status tags and a
summary list of lead and due date under each task (HTML printed by Chromium).
A twentieth header vocabulary, new date forms and status words.
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
class H18Family(H14Family):
    """A holdout18 family: its own builder and renderer (checked before H17Family)."""


# Header and label wordings of holdout18.
H18_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("No.", "Action ref", "Ref no."),
    "rec": ("Recommendation", "Inspection recommendation", "Rec."),
    "action": ("Action", "Task", "Improvement action"),
    "owner": ("Lead", "Lead officer", "Responsible"),
    "due": ("Due", "Timescale", "Complete by"),
    "rag": ("Status", "Progress", "RAG rating"),
    "progress": ("Update", "Evidence of progress", "Position"),
    "indicator": ("Indicator", "Key measure", "Performance indicator"),
    "baseline": ("Baseline", "At inspection", "Start"),
    "latest": ("Latest", "Now", "Most recent"),
    "target": ("Target", "Aim", "Target by plan end"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS18 = {
    "icons": "Recommendation {n}",
    "sections": "Recommendation {n}",
    "groups": "R{n}",
    "tasklist": "Recommendation {n}",
}

# status words per layout: (word, rag)
H18_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "icons": (("On track", "green"), ("Some concerns", "amber"), ("Off track", "red"),
              ("Complete", "blue"), ("Not started", None)),
    "sections": (("On target", "green"), ("Slipping", "amber"), ("Overdue", "red"),
                 ("Done", "blue"), ("Not due", None)),
    "groups": (("G", "green"), ("A", "amber"), ("R", "red"), ("C", "blue"), ("NS", None)),
    "tasklist": (("In progress", "green"), ("At risk", "amber"), ("Delayed", "red"),
                 ("Completed", "blue"), ("Not yet started", None), ("Cannot start yet", None)),
}  # fmt: skip


def h18_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout18 due-date form and the date it names (d is a month end).

    `31-Mar-2027` -> that day; `Wed 31 Mar 2027` -> that day; `31-Mar-27` -> that day;
    `31 March 2027` -> that day.
    """
    if form == "dashed":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year}", d
    if form == "weekday":
        return (
            f"{calendar.day_abbr[d.weekday()]} {d.day} {calendar.month_abbr[d.month]} {d.year}",
            d,
        )
    if form == "excel":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year % 100:02d}", d
    if form == "govuk":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    raise ValueError(form)


HOLDOUT18: tuple[H18Family, ...] = (
    H18Family("rl-icon-strips", "holdout18", "reportlab", ("none",), ("recommendation",),
              vocab="holdout18", layout="icons", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a plan of action strips whose fields are marked by small "
                          "drawn icons instead of label words (a person before the owner, a "
                          "calendar before the date, a coloured flag before the status word), "
                          "with a legend of the icons on the first page"),
    H18Family("docx-header-recs", "holdout18", "docx", ("grid",), ("running-header",),
              vocab="holdout18", layout="sections", kpi=0.5, landscape=0.5, progress=0.5,
              description="Word printed by LibreOffice: one section per recommendation, the "
                          "recommendation given only by each section's page running header; "
                          "the body holds only an actions table with no recommendation column"),
    H18Family("xlsx-column-groups", "holdout18", "xlsx", ("grid",), ("row",),
              vocab="holdout18", layout="groups", kpi=0.5, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: one row per recommendation with "
                          "repeating column groups 'Action 1', 'Lead 1', 'Due 1', 'Status 1', "
                          "'Action 2', ... (empty groups where a recommendation has fewer actions)"),
    H18Family("html-task-list", "holdout18", "chromium", ("none",), ("recommendation",),
              vocab="holdout18", layout="tasklist", kpi=0.5, landscape=0.0, progress=0.0,
              description="HTML printed by Chromium: a GOV.UK design-system task list, a section "
                          "per recommendation, each task with a status tag on the right and a "
                          "summary list of lead and due date beneath it"),
)  # fmt: skip


def build_holdout18(fam: H18Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout18:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(2, 4)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H18_STATUS[fam.layout]
    form = {"icons": "dashed", "sections": "weekday", "groups": "excel",
            "tasklist": "govuk"}[fam.layout]  # fmt: skip
    leads = rng.sample(C.TITLES, rng.randint(3, 5))
    people = rng.sample(C.PEOPLE, 5)
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            owner = rng.choice(people if fam.layout in ("icons", "tasklist") else leads)
            status, rag = rng.choice(statuses)
            due_raw, due_date = h18_due(form, d)
            ref = {"icons": f"{num}.{k}", "sections": f"{num}.{k}", "groups": "",
                   "tasklist": ""}[fam.layout]  # fmt: skip
            progress: str | None = None
            if has_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H18_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "icons": f"{authority} Children's Services: Improvement Plan",
        "sections": f"{authority} Council Ofsted Improvement Plan",
        "groups": f"{authority} - ILACS recommendations tracker",
        "tasklist": "Improvement plan: progress against recommendations",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS18[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
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
    }  # fmt: skip
    return plan
