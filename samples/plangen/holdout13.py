"""The `holdout13` split: plan layouts that differ in kind from every family of the fourteen
earlier splits (tune, measure, holdout, holdout2 .. holdout12).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout13.py`),
its output (`out/holdout13*`) or its results (`results/*holdout13*`); it is scored, never tuned on.

What differs from the 68 earlier families (see README.md "The holdout13 split"): a SEND WRITTEN
STATEMENT OF ACTION (ReportLab: per area of weakness a shaded CALLOUT quoting it, then a table
outcome -> action -> `Lead: / By:` in ONE cell -> evidence of impact -> status); a partnership
improvement board HIGHLIGHT REPORT (Word printed by LibreOffice: a workstream RAG table, a
milestones table that holds the actions, a risks table with owners and review dates that are not
actions); an ACTION LOG with one row per UPDATE (Excel printed by LibreOffice Calc: several rows
per action in log-date order, the latest row wins); an INTRANET PAGE (HTML printed by Chromium:
a tab strip of priorities, each action a checklist item with an inline byline `Holder ... · due
... · status`). A fifteenth header vocabulary, new date forms and status words.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

from samples.plangen import content as C
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value
from samples.plangen.holdout7 import H7Kpi, _months_after
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout12 import H12Family


@dataclass(frozen=True, slots=True)
class H13Family(H12Family):
    """A holdout13 family: its own builder and renderer (checked before H12Family)."""


# Header and label wordings of holdout13 (none a header of the fourteen earlier vocabularies).
H13_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Line no.", "Action key", "Log line"),
    "action": ("What will happen", "Activity to deliver", "Task in plan"),
    "owner": ("Holder", "Officer holding", "Assigned lead"),
    "due": ("Date to close", "Expected close", "Due at"),
    "rag": ("Progress flag", "Where it stands", "Current flag"),
    "progress": ("Latest entry", "Note logged", "Update text"),
    "indicator": ("Tracked figure", "Count we follow", "Data line"),
    "baseline": ("Figure at launch", "Launch figure", "Pre-plan figure"),
    "latest": ("Latest return", "Reported now", "This return"),
    "target": ("Aim figure", "Figure aimed for", "End target"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS13 = {
    "wsoa": "Area of weakness {n}",
    "highlight": "WS{n}",
    "log": "IR{n}",
    "tabs": "Focus {n}",
}

# status words per layout: (word, rag)
H13_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "wsoa": (("Securing", "green"), ("Drifting", "amber"), ("Not secured", "red"),
             ("Impact evidenced", "blue"), ("To start", None)),
    "highlight": (("On trajectory", "green"), ("Under watch", "amber"),
                  ("Raised to board", "red"), ("Reached", "blue"), ("Future", None)),
    "log": (("Advancing", "green"), ("Wobbly", "amber"), ("Jammed", "red"),
            ("Closed off", "blue"), ("Logged", None)),
    "tabs": (("Looking good", "green"), ("Slipping a bit", "amber"), ("Off the rails", "red"),
             ("All done", "blue"), ("Coming soon", None)),
}  # fmt: skip
TINT13 = {"green": "#2B8A3E", "amber": "#F08C00", "red": "#E03131", "blue": "#1971C2"}

OUTCOMES = (
    "Children and young people with SEND have their needs identified early and accurately",
    "Families say they are listened to and know what help is available",
    "Plans are written on time and describe what will change for the child",
    "Leaders across education, health and care know how well the partnership is doing",
    "Young people are well prepared for adult life and next steps",
    "Practice is consistent across localities and checked by managers",
)  # fmt: skip

RISKS = (
    "Recruitment to social work posts slower than planned",
    "Health partners unable to release staff for joint audits",
    "Case management system upgrade delayed by the supplier",
    "Rising demand at the front door reduces capacity for improvement work",
    "Funding for the pilot not confirmed beyond March",
    "Data quality limits confidence in the performance report",
)  # fmt: skip


def h13_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout13 due-date form and the date it names (d is a month end).

    `March 2027` -> the last day of that month; `30.11.2026` -> that day; `30-Nov-2026` (an
    Excel date cell) -> that day.
    """
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", d
    if form == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "dmy":
        return f"{d.day}-{calendar.month_abbr[d.month]}-{d.year}", d
    raise ValueError(form)


HOLDOUT13: tuple[H13Family, ...] = (
    H13Family("rl-written-statement", "holdout13", "reportlab", ("grid",), ("callout",),
              vocab="holdout13", layout="wsoa", kpi=0.5, landscape=1.0, progress=0.0,
              description="ReportLab: a SEND written statement of action, per area of weakness "
                          "a shaded callout quoting it, then a table outcome | action | "
                          "'Lead: / By:' in one cell | evidence of impact | status"),
    H13Family("docx-board-highlight", "holdout13", "docx", ("grid",), ("workstreams",),
              vocab="holdout13", layout="highlight", kpi=0.6, landscape=0.0, progress=0.6,
              description="Word printed by LibreOffice: a partnership improvement board "
                          "highlight report: a workstream RAG table, a milestones table (the "
                          "actions, a WS code column), a risks table whose owners and review "
                          "dates are not actions"),
    H13Family("xlsx-update-log", "holdout13", "xlsx", ("grid",), ("log_rows",),
              vocab="holdout13", layout="log", kpi=0.5, landscape=1.0, progress=1.0,
              description="Excel printed by LibreOffice Calc: an action log with an autofilter, "
                          "one row per update in log-date order (several rows per action, "
                          "interleaved); the latest row of an action wins; recommendations "
                          "on a second sheet"),
    H13Family("html-intranet-tabs", "holdout13", "chromium", ("none",), ("tabs",),
              vocab="holdout13", layout="tabs", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an intranet page, a tab strip of "
                          "priorities then a section per priority, each action a checklist "
                          "item with an inline byline 'Holder: name · due March 2027 · status'"),
)  # fmt: skip


def build_holdout13(fam: H13Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout13:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(4, 7)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H13_STATUS[fam.layout]
    form = {"wsoa": "month", "highlight": "dotted", "log": "dmy", "tabs": "month"}[fam.layout]
    actions: list[H8Action] = []
    extras: list[object] = []  # per action: evidence text (wsoa) or its log rows (log)
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            owner = rng.choice(C.PEOPLE) if fam.layout in ("tabs",) else rng.choice(C.TITLES)
            status, rag = rng.choice(statuses)
            due_raw, due_date = h13_due(form, d)
            ref = {"wsoa": f"{num}.{k}", "highlight": f"M{seq:02d}", "log": f"AL{seq:03d}",
                   "tabs": f"{num}{'abcdef'[k - 1]}"}[fam.layout]  # fmt: skip
            progress: str | None = None
            extra: object = None
            if fam.layout == "log":
                # one to three log entries, the last (latest) carries the action's status and note
                n_rows = rng.randint(1, 3)
                days = sorted(rng.sample(range(5, (issued - start).days), n_rows))
                rows = []
                for j, dd in enumerate(days):
                    last = j == n_rows - 1
                    # earlier entries: never closed, and only logged before a plan left unstarted
                    earlier = [w for w, r in statuses if r not in ("blue", None)]
                    word = (status if last else statuses[-1][0] if rag is None or j == 0
                            else rng.choice(earlier))  # fmt: skip
                    note = rng.choice(C.PROGRESS)
                    rows.append(((start + timedelta(days=dd)).isoformat(), word, note))
                progress = rows[-1][2]
                extra = rows
            elif fam.layout == "wsoa":
                extra = rng.choice(C.MEASURES)
            elif has_progress and rng.random() < 0.85:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
            extras.append(extra)
    headers = {role: rng.choice(words) for role, words in H13_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "wsoa": f"{authority} Local Area Partnership: Written Statement of Action (SEND)",
        "highlight": f"{authority} Children's Improvement Board: Highlight Report",
        "log": f"{authority} Children's Services Action Log",
        "tabs": f"Improving children's services in {authority}",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS13[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    risks = []
    for text in rng.sample(RISKS, rng.randint(2, 4)):
        rd = _months_after(start, rng.randint(1, 12))
        risks.append((text, rng.choice(C.TITLES), h13_due("dotted", rd)[0],
                      rng.choice(("16 (High)", "12 (High)", "9 (Medium)", "6 (Medium)"))))  # fmt: skip
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "extras": extras, "risks": risks,
        "outcomes": rng.sample(OUTCOMES, n_recs),
        "leads": [rng.choice(C.PEOPLE) for _ in recs],
        "ws_status": [rng.choice(statuses)[0] for _ in recs],
    }  # fmt: skip
    return plan
