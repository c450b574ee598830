"""The `holdout17` split: plan layouts that differ in kind from every family of the eighteen
earlier splits (tune, measure, holdout, holdout2 .. holdout16).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout17.py`),
its output (`out/holdout17*`) or its results (`results/*holdout17*`); it is scored, never tuned on.

What differs from the 84 earlier families (see README.md "The holdout17 split"): a committee
paper whose action sentences carry FOOTNOTE marks, the lead officer, target date and status only
in the footnotes at the foot of each page (ReportLab); a Word plan of NESTED TABLES, an outer row
per recommendation whose right cell holds an inner table of its actions (Word printed by
LibreOffice); a WIDE tracker whose columns LibreOffice splits over two printed pages with the ref
column repeated as print titles (Excel printed by LibreOffice Calc); a SharePoint-style LIST VIEW
grouped by recommendation with distractor Created and Modified dates (HTML printed by Chromium).
A nineteenth header vocabulary, new date forms and status words.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date

from samples.plangen import content as C
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value
from samples.plangen.holdout7 import H7Kpi, _months_after, _surname_first
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout14 import H14Family


@dataclass(frozen=True, slots=True)
class H17Family(H14Family):
    """A holdout17 family: its own builder and renderer (checked before H16Family)."""


# Header and label wordings of holdout17.
H17_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Item", "Action no."),
    "rec": ("Recommendation", "Ofsted recommendation", "Linked to"),
    "action": ("What we will do", "Planned action", "Action required"),
    "owner": ("Lead", "Officer responsible", "Owner"),
    "due": ("Target date", "Deadline", "Due by"),
    "rag": ("RAG", "Current status", "Delivery status"),
    "progress": ("Commentary", "Latest update", "Progress narrative"),
    "indicator": ("Measure", "Performance measure", "What we will count"),
    "baseline": ("Baseline", "Starting point", "Position at inspection"),
    "latest": ("Current", "Latest figure", "This quarter"),
    "target": ("Target", "Goal", "Expected by end of plan"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS17 = {
    "footnotes": "Recommendation {n}",
    "nested": "Recommendation {n}",
    "wide": "Rec {n}",
    "listview": "Rec {n}",
}

# status words per layout: (word, rag)
H17_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "footnotes": (("on track", "green"), ("at risk", "amber"), ("off track", "red"),
                  ("completed", "blue"), ("not yet due", None)),
    "nested": (("G", "green"), ("A", "amber"), ("R", "red"), ("B", "blue"), ("Not started", None)),
    "wide": (("Green - on target", "green"), ("Amber - some risk", "amber"),
             ("Red - off target", "red"), ("Blue - complete", "blue"), ("Grey - not started", None)),
    "listview": (("In Progress", "green"), ("At Risk", "amber"), ("Blocked", "red"),
                 ("Completed", "blue"), ("Not Started", None)),
}  # fmt: skip


def h17_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout17 due-date form and the date it names (d is a month end).

    `31 March 2027` -> that day; `31.03.2027` -> that day; `31/03/2027` -> that day.
    """
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    raise ValueError(form)


HOLDOUT17: tuple[H17Family, ...] = (
    H17Family("rl-footnote-leads", "holdout17", "reportlab", ("none",), ("recommendation",),
              vocab="holdout17", layout="footnotes", kpi=0.5, landscape=0.0, progress=0.0,
              description="ReportLab: a committee paper whose numbered action sentences carry "
                          "superscript footnote marks; the foot of each page lists each mark's "
                          "lead officer, target date and status (owner, due and status live only "
                          "in the footnotes)"),
    H17Family("docx-nested-tables", "holdout17", "docx", ("grid",), ("recommendation",),
              vocab="holdout17", layout="nested", kpi=0.5, landscape=0.5, progress=0.5,
              description="Word printed by LibreOffice: an outer table with one row per "
                          "recommendation, its right cell holding an inner table of that "
                          "recommendation's actions with lead, date and status"),
    H17Family("xlsx-wide-split", "holdout17", "xlsx", ("grid",), ("column",),
              vocab="holdout17", layout="wide", kpi=0.5, landscape=0.0, progress=1.0,
              description="Excel printed by LibreOffice Calc: a wide tracker not fitted to the "
                          "page, so its columns print over two pages with the ref column repeated "
                          "at the left (action text and update on one page, owner, date and "
                          "status of the same rows on the next)"),
    H17Family("html-list-view", "holdout17", "chromium", ("grid",), ("recommendation",),
              vocab="holdout17", layout="listview", kpi=0.5, landscape=1.0, progress=0.0,
              description="HTML printed by Chromium: a SharePoint-style list view grouped by "
                          "recommendation ('Recommendation : Rec 3 - ... (4)'), 'Assigned To' as "
                          "'Surname, Firstname', a Due Date column among Created and Modified "
                          "date columns, status a choice column"),
)  # fmt: skip


def build_holdout17(fam: H17Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout17:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(2, 4)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H17_STATUS[fam.layout]
    form = {"footnotes": "long", "nested": "dotted", "wide": "dmy", "listview": "dmy"}[fam.layout]
    leads = rng.sample(C.TITLES, rng.randint(3, 5))
    people = [_surname_first(p) for p in rng.sample(C.PEOPLE, 5)]
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            owner = rng.choice(people if fam.layout == "listview" else leads)
            status, rag = rng.choice(statuses)
            due_raw, due_date = h17_due(form, d)
            ref = {"footnotes": f"{num}.{k}", "nested": f"{num}.{k}", "wide": f"A{seq:02d}",
                   "listview": ""}[fam.layout]  # fmt: skip
            progress: str | None = None
            if has_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H17_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "footnotes": f"{authority} Council: Report to Children's Scrutiny Committee",
        "nested": f"{authority} Children's Services Improvement Plan",
        "wide": f"{authority} Council - Ofsted Action Plan Tracker",
        "listview": "Ofsted Improvement Actions",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS17[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
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
        "authors": [rng.choice(C.PEOPLE) for _ in actions],
        "created": [rng.randint(0, 40) for _ in actions],
        "modified": [rng.randint(0, 30) for _ in actions],
    }  # fmt: skip
    return plan
