"""The `holdout49` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout48).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout49.py`),
its output (`out/holdout49*`) or its results (`results/*holdout49*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout49 split"): a TREEMAP of the plan, a rectangle per
recommendation tiled with a rectangle per action (ReportLab, drawn on the canvas); SIGNED
PLEDGES, each action a boxed first-person pledge with a signature block whose signatory is the
owner and a witness and signing date beside it (Word printed by LibreOffice); a PROCESS FLOW
drawn in cells, a lane per recommendation whose actions are boxes of stacked cells joined by
arrows (Excel printed by LibreOffice Calc); and a web ARTICLE whose actions are its NUMBERED
NOTES, cited from the recommendation paragraphs among notes that cite sources (HTML printed by
Chromium). A fiftieth header vocabulary and date forms (`14.03.27`, `Mar '27`, `Sunday 14 March
2027`, `end-Mar 2027`, `14.3.2027`, `2027-03`, `14 March, 2027`, `Mar. 2027`).
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
from samples.plangen.holdout48 import H48Family


@dataclass(frozen=True, slots=True)
class H49Family(H48Family):
    """A holdout49 family: its own builder and renderer (checked before H48Family)."""


# Header and label wordings of holdout49, per layout (each plan draws one of each).
H49_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "treemap": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Driver", "Point person", "In charge"),
        "due": ("Finish line", "Close by", "Expected"),
        "rag": ("Health", "Signal", "Pulse"),
        "progress": ("Story so far", "Latest word", "Remark"),
        "rec": ("", "", ""),
        "indicator": ("Signal we watch", "Indicator", "What we count"),
        "baseline": ("Where we began", "Baseline", "Opening figure"),
        "latest": ("Where we are", "Latest", "This month"),
        "target": ("Where we are heading", "Target", "Goal"),
    },
    "pledge": {
        "ref": ("Pledge", "Promise", "Commitment"),
        "action": ("I promise that we will", "We pledge to", "My commitment"),
        "owner": ("Name", "Print name", "Signatory"),
        "due": ("To be delivered by", "I will complete this by", "Deadline agreed"),
        "rag": ("Where we are", "Self-rating", "Position"),
        "progress": ("What has happened so far", "Evidence so far", "Progress to date"),
        "rec": ("", "", ""),
        "indicator": ("How you will know", "Indicator", "Sign of progress"),
        "baseline": ("When we signed", "Baseline", "Starting point"),
        "latest": ("Most recent", "Latest", "Now"),
        "target": ("What we promised", "Target", "Aim"),
    },
    "flow": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("By whom", "Led by", "Officer"),
        "due": ("Finish", "Complete", "End"),
        "rag": ("State", "Condition", "RAG"),
        "progress": ("Note", "Commentary", "Position"),
        "rec": ("Lane", "Pathway", "Flow for"),
        "indicator": ("Outcome measure", "Measure", "Indicator"),
        "baseline": ("Start", "Baseline", "Then"),
        "latest": ("Now", "Latest", "Current"),
        "target": ("Target", "End point", "Aim"),
    },
    "notes": {
        "ref": ("Action", "Action", "Action"),
        "action": ("", "", ""),
        "owner": ("Accountable officer", "Lead officer", "Responsible"),
        "due": ("Due", "Completion expected", "Timescale"),
        "rag": ("Status", "Assessed as", "Rating"),
        "progress": ("Update", "Latest", "Progress noted"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Indicator", "What we will track"),
        "baseline": ("Baseline", "Starting point", "Then"),
        "latest": ("Latest", "Now", "Most recent"),
        "target": ("Target", "Aim", "Goal"),
    },
}  # fmt: skip
REC_LABELS49 = {"treemap": "Recommendation {n}", "pledge": "Recommendation {n}",
                "flow": "Recommendation {n}", "notes": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag)
H49_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "treemap": (("Healthy", "green"), ("Strained", "amber"), ("Critical", "red"),
                ("Finished", "blue"), ("Pending", None)),
    "pledge": (("On course", "green"), ("Behind", "amber"), ("Off course", "red"),
               ("Fulfilled", "blue"), ("Yet to begin", None)),
    "flow": (("On plan", "green"), ("Drifting", "amber"), ("Halted", "red"),
             ("Delivered", "blue"), ("Waiting", None)),
    "notes": (("Progressing", "green"), ("Some concern", "amber"), ("Serious concern", "red"),
              ("Concluded", "blue"), ("Not commenced", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS49 = ("Wilhelmina Coombes", "Augustin Nwachukwu", "Cllr Philippa Drummond",
            "Ignatius Pellegrini", "Rosalind Achterberg", "Cornelius Mbeki-Hart",
            "Henrietta Vasquez", "Fitzwilliam Osei", "Arabella Kinsella", "Leopold Strachan")  # fmt: skip


def h49_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout49 date form and the date it names.

    `14.03.27`, `Sunday 14 March 2027`, `14.3.2027` and `14 March, 2027` are that day;
    `Mar '27`, `end-Mar 2027`, `2027-03` and `Mar. 2027` (`May 2027`) end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "apostrophe":
        return f"{mon} '{d.year % 100:02d}", month_last(d)
    if form == "weekday":
        return f"{calendar.day_name[d.weekday()]} {d.day} {full} {d.year}", d
    if form == "end-mon":
        return f"end-{mon} {d.year}", month_last(d)
    if form == "dotted-long":
        return f"{d.day}.{d.month}.{d.year}", d
    if form == "iso-month":
        return f"{d.year}-{d.month:02d}", month_last(d)
    if form == "comma":
        return f"{d.day} {full}, {d.year}", d
    if form == "mon-dot":
        return f"{mon}{'' if mon == 'May' else '.'} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"treemap": ("dotted", "apostrophe"), "pledge": ("weekday", "end-mon"),
              "flow": ("dotted-long", "iso-month"), "notes": ("comma", "mon-dot")}  # fmt: skip
MONTH_FORMS = ("apostrophe", "end-mon", "iso-month", "mon-dot")

HOLDOUT49: tuple[H49Family, ...] = (
    H49Family("rl-treemap", "holdout49", "reportlab", ("none",), ("rec_rect",),
              vocab="holdout49", layout="treemap", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a treemap of the plan, a rectangle per recommendation "
                          "tiled with a rectangle per action sized by its weight, the fields as "
                          "lines in each tile"),
    H49Family("docx-signed-pledges", "holdout49", "docx", ("none",), ("rec_heading",),
              vocab="holdout49", layout="pledge", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: signed pledges, each action a boxed "
                          "first-person pledge with a signature block (the signatory is the "
                          "owner), a witness and a signing date"),
    H49Family("xlsx-process-flow", "holdout49", "xlsx", ("none",), ("rec_lane",),
              vocab="holdout49", layout="flow", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a process flow drawn in cells, a "
                          "lane per recommendation, each action a box of stacked cells, arrows "
                          "between the boxes"),
    H49Family("html-cited-notes", "holdout49", "chromium", ("none",), ("rec_citation",),
              vocab="holdout49", layout="notes", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a web article whose actions are its "
                          "numbered notes, cited from the recommendation paragraphs among "
                          "notes that cite sources"),
)  # fmt: skip

SOURCES49 = (
    "Ofsted, inspection of local authority children's services, report published {d}",
    "Improvement board minutes, meeting of {d}",
    "Cabinet report, Children's services improvement plan, {d}",
    "Department for Education, improvement notice issued {d}",
    "Annual report of the local safeguarding partnership, {d}",
)


def build_holdout49(fam: H49Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout49:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS49, 8))
    statuses = H49_STATUS[layout]
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            seq += 1
            d = _months_after(start, rng.randint(4, 16))
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
            due_raw, due_date = h49_due(form, d)
            ref = {"pledge": f"P{seq:02d}", "notes": f"A{seq:02d}"}.get(layout, f"{num}.{k}")
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "treemap":
        features.update(
            weights=[rng.randint(2, 9) for _ in actions],
            prepared_by=others[0],
            board=some_day(0).isoformat(),
        )
    elif layout == "pledge":
        features.update(
            witnesses=[rng.choice(others[:5]) for _ in actions],
            signed=[some_day(rng.randint(1, 4)).isoformat() for _ in actions],
            foreword_by=others[5],
        )
    elif layout == "flow":
        features.update(
            starts=[h49_due(form, _months_after(a.due_date, -rng.randint(2, 5)).replace(
                day=28 if form in MONTH_FORMS else rng.randint(1, 28)))[0]
                for a in actions if a.due_date is not None],
            handoff=[rng.choice(others[:5]) for _ in actions],
            mapped_by=others[5],
            mapped=some_day(0).isoformat(),
        )  # fmt: skip
    else:
        # note numbers: a source note opens each recommendation's citations in some sections
        order: list[tuple[str, int]] = [("source", 0)]
        pool = rng.sample(range(1, len(SOURCES49)), len(SOURCES49) - 1)
        for num, _ in recs:
            if pool and rng.random() < 0.5:
                order.append(("source", pool.pop()))
            order += [("action", i) for i, a in enumerate(actions) if a.recs[0] == num]
        features.update(
            notes=order,
            source_dates=[some_day(rng.randint(1, 6)).isoformat() for _ in SOURCES49],
            author=others[6],
            published=some_day(1).isoformat(),
            updated=some_day(0).isoformat(),
        )
    headers = {role: rng.choice(words) for role, words in H49_HEADERS[layout].items()}
    title = {
        "treemap": "Our improvement plan at a glance",
        "pledge": "Our promises to children and young people",
        "flow": "Improvement pathways: how the work flows",
        "notes": "How we are responding to Ofsted",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS49[layout], actions=list(actions), kpis=kpis, headers=headers,
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
