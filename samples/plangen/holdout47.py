"""The `holdout47` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout46).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout47.py`),
its output (`out/holdout47*`) or its results (`results/*holdout47*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout47 split"): a plan REGISTER whose actions carry no owner,
the owners given only in a back-of-book INDEX OF LEADS (lead, then the refs of the actions they
lead) beside an index of partners consulted (ReportLab); the plan as OUTLOOK TASKS printed in
memo style, one task per action, the recommendation only in the task's `Categories` (Word printed
by LibreOffice); a plan on a page with the RECOMMENDATIONS AS COLUMN BANDS and the actions down
the rows, so that one sheet row holds the first action of every recommendation (Excel printed by
LibreOffice Calc); and a TUBE MAP of the improvement journey, a line per recommendation and a
station per action, the labels alternately above and below the line (HTML printed by Chromium).
A forty-eighth header vocabulary and date forms (`14.03.2027`, `Mar. 2027`, `Fri 14/03/2027`,
`Friday, 14 March 2027`, `2027-03-14`, `2027-03`, `14 Mar '27`, `Mar '27`).
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
from samples.plangen.holdout22 import UPDATES
from samples.plangen.holdout23 import month_last
from samples.plangen.holdout46 import H46Family


@dataclass(frozen=True, slots=True)
class H47Family(H46Family):
    """A holdout47 family: its own builder and renderer (checked before H46Family)."""


# Header and label wordings of holdout47, per layout (each plan draws one of each).
H47_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "index": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Index of leads", "Lead officers index", "Index of responsible officers"),
        "due": ("Deadline", "Complete by", "Deliver by"),
        "rag": ("Position", "Assessment", "Standing"),
        "progress": ("Position statement", "Latest position", "Where we are"),
        "rec": ("", "", ""),
        "indicator": ("Performance measure", "Indicator", "Measure of success"),
        "baseline": ("Inspection baseline", "Baseline", "Starting value"),
        "latest": ("Most recent", "Latest figure", "Position now"),
        "target": ("Plan target", "Target", "Target figure"),
    },
    "outlook": {
        "ref": ("", "", ""),
        "action": ("Subject", "Subject", "Subject"),
        "owner": ("Owner", "Owner", "Owner"),
        "due": ("Due Date", "Due Date", "Due Date"),
        "rag": ("Status", "Status", "Status"),
        "progress": ("Notes", "Update", "Latest"),
        "rec": ("Categories", "Categories", "Categories"),
        "indicator": ("Measure", "What we count", "Data item"),
        "baseline": ("At inspection", "Baseline", "Then"),
        "latest": ("Now", "Latest", "Current"),
        "target": ("Aim", "Target", "Goal"),
    },
    "bands": {
        "ref": ("", "", ""),
        "action": ("What", "Our action", "Step"),
        "owner": ("Who", "Lead", "Owner"),
        "due": ("When", "By", "Date"),
        "rag": ("How", "Rating", "State"),
        "progress": ("Update", "Progress", "Latest"),
        "rec": ("", "", ""),
        "indicator": ("Indicator", "Measure", "KPI description"),
        "baseline": ("Baseline", "Start", "Inspection"),
        "latest": ("Latest", "Now", "Most recent"),
        "target": ("Target", "Aim", "Tolerance"),
    },
    "tube": {
        "ref": ("Stop", "Station", "Stop no."),
        "action": ("", "", ""),
        "owner": ("Driver", "Conductor", "Lead"),
        "due": ("Arrives", "Due in", "Arrival"),
        "rag": ("", "", ""),
        "progress": ("Announcement", "Latest", "Service update"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "What we count", "Journey measure"),
        "baseline": ("Departure point", "Where we started", "Start"),
        "latest": ("Current position", "Where we are", "Now"),
        "target": ("Destination", "Where we are going", "Target"),
    },
}  # fmt: skip
REC_LABELS47 = {
    "index": "Recommendation {n}",
    "outlook": "Recommendation {n}",
    "bands": "Recommendation {n}",
    "tube": "R{n}",
}

# status per layout: (printed, rag)
H47_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "index": (("On course", "green"), ("Drifting", "amber"), ("Stalled", "red"),
              ("Achieved", "blue"), ("Not begun", None)),
    "outlook": (("In Progress", "green"), ("Waiting on someone else", "amber"),
                ("Deferred", "red"), ("Completed", "blue"), ("Not Started", None)),
    "bands": (("Secure", "green"), ("Fragile", "amber"), ("Failing", "red"),
              ("Embedded", "blue"), ("Pending", None)),
    "tube": (("Good service", "green"), ("Minor delays", "amber"), ("Severe delays", "red"),
             ("Arrived", "blue"), ("Not yet departed", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS47 = ("Isadora Pennington", "Tobias Achterberg", "Cllr Rosalind Featherstone",
            "Kwabena Ashcombe", "Genevieve Tremlett", "Ignatius Babbington",
            "Cordelia Nwachukwu", "Ptolemy Harcourt", "Wilhelmina Oyelaran", "Ambrose Quennell")  # fmt: skip


def h47_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout47 date form and the date it names.

    `14.03.2027`, `Fri 14/03/2027`, `Friday, 14 March 2027`, `2027-03-14` and `14 Mar '27`
    are that day; `Mar. 2027`, `2027-03` and `Mar '27` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    wd = calendar.day_abbr[d.weekday()]
    wfull = calendar.day_name[d.weekday()]
    if form == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "dotted-month":
        return f"{mon}. {d.year}", month_last(d)
    if form == "outlook-short":
        return f"{wd} {d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "outlook-long":
        return f"{wfull}, {d.day} {full} {d.year}", d
    if form == "iso":
        return d.isoformat(), d
    if form == "iso-month":
        return f"{d.year}-{d.month:02d}", month_last(d)
    if form == "apos":
        return f"{d.day} {mon} '{d.year % 100:02d}", d
    if form == "apos-month":
        return f"{mon} '{d.year % 100:02d}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"index": ("dotted", "dotted-month"), "outlook": ("outlook-short", "outlook-long"),
              "bands": ("iso", "iso-month"), "tube": ("apos", "apos-month")}  # fmt: skip
MONTH_FORMS = ("dotted-month", "iso-month", "apos-month")

HOLDOUT47: tuple[H47Family, ...] = (
    H47Family("rl-lead-index", "holdout47", "reportlab", ("none",), ("rec_heading",),
              vocab="holdout47", layout="index", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a plan register whose actions carry no owner; the owners "
                          "are given only in a back-of-book index of leads (lead, then the refs "
                          "of their actions), beside an index of partners consulted"),
    H47Family("docx-outlook-tasks", "holdout47", "docx", ("none",), ("rec_category",),
              vocab="holdout47", layout="outlook", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: Outlook tasks printed in memo style, "
                          "one task per action, the recommendation only in its Categories, the "
                          "mailbox holder, start date and reminder beside the owner and due date"),
    H47Family("xlsx-rec-bands", "holdout47", "xlsx", ("none",), ("rec_band",),
              vocab="holdout47", layout="bands", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a plan on a page whose "
                          "recommendations are column bands and actions rows, so one sheet row "
                          "holds the k-th action of every recommendation"),
    H47Family("html-tube-map", "holdout47", "chromium", ("none",), ("rec_line",),
              vocab="holdout47", layout="tube", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: a tube map of the improvement journey, a "
                          "line per recommendation and a station per action, the labels "
                          "alternately above and below the line"),
)  # fmt: skip


def build_holdout47(fam: H47Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout47:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    mix = rng.random()
    if mix < 0.4:
        leads = rng.sample(C.PEOPLE, 5)
    elif mix < 0.7:
        leads = rng.sample(C.TITLES, 5)
    else:
        leads = rng.sample(C.TITLES, 2) + rng.sample(C.PEOPLE, 3)
    form = rng.choice(DATE_FORMS[layout])
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS47, 8))
    statuses = H47_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            d = _months_after(start, rng.randint(2, 16))
            if form not in MONTH_FORMS and rng.random() < 0.65:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            due_raw, due_date = h47_due(form, d)
            ref = {"index": f"{num}.{k}", "outlook": f"{num}.{k}", "bands": f"{num}.{k}",
                   "tube": f"{num}{'ABCDEFGH'[k - 1]}"}[layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "index":
        # partners consulted: a distractor index, each with two or three refs
        refs = [a.ref for a in actions]
        partners = {o: sorted(rng.sample(refs, min(len(refs), rng.randint(1, 3))),
                              key=lambda r: [int(x) for x in r.split(".")])
                    for o in others[:5]}  # fmt: skip
        features.update(
            partners={k: list(v) for k, v in partners.items()},
            prepared_by=others[5],
            prepared_on=some_day(0).isoformat(),
            approved_on=some_day(1).isoformat(),
            version=rng.choice(("2.3", "3.0", "1.7", "4.1")),
        )
    elif layout == "outlook":
        starts = []
        reminders = []
        for a in actions:
            assert a.due_date is not None
            s = _months_after(a.due_date, -rng.randint(2, 6)).replace(day=rng.randint(1, 28))
            starts.append(s.isoformat())
            reminders.append(_months_after(a.due_date, -1).replace(day=rng.randint(1, 28))
                             .isoformat())  # fmt: skip
        features.update(
            mailbox=others[0],
            contacts=[rng.choice(others[1:6]) for _ in actions],
            starts=starts,
            reminders=reminders,
            percent=[rng.choice((0, 25, 50, 75)) for _ in actions],
            priority=[rng.choice(("Normal", "High", "Low")) for _ in actions],
        )
    elif layout == "bands":
        features.update(
            prepared_by=others[0],
            prepared_on=some_day(0).isoformat(),
            board=some_day(-1).isoformat(),
        )
    else:
        features.update(
            updated=some_day(0).isoformat(),
            by=others[0],
            colours=rng.sample(("#e32017", "#0098d4", "#00782a", "#9b0056", "#f3a9bb",
                                "#ffd300", "#a0a5a9", "#003688", "#b36305"), len(recs)),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H47_HEADERS[layout].items()}
    title = {
        "index": "Children's Services Improvement Plan: register of actions",
        "outlook": "Tasks",
        "bands": "Children's Services Improvement Plan on a page",
        "tube": "Our improvement journey",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS47[layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "leads": leads, "date_form": form, **features,
    }  # fmt: skip
    return plan
