"""The `holdout14` split: plan layouts that differ in kind from every family of the fifteen
earlier splits (tune, measure, holdout, holdout2 .. holdout13).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout14.py`),
its output (`out/holdout14*`) or its results (`results/*holdout14*`); it is scored, never tuned on.

What differs from the 72 earlier families (see README.md "The holdout14 split"): a NUMBERED LIST
of actions per recommendation with the owner's initials and the month in brackets at the end of
each item, `(JS, Mar 2027)`, then a status word (ReportLab, a key of initials at the end); an
ANNUAL SELF-EVALUATION whose prose sections each end in a small "Next steps" table that carries
the actions (Word printed by LibreOffice); a DATABASE REPORT, a group header per recommendation
and each action a block of rows with the field labels in a left gutter (Excel printed by
LibreOffice Calc); a GRID OF TILES, three to a row, one per action, a coloured corner flag with
the status word and a chip naming the recommendation (HTML printed by Chromium). A sixteenth
header vocabulary, new date forms and status words.
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
from samples.plangen.holdout13 import H13Family


@dataclass(frozen=True, slots=True)
class H14Family(H13Family):
    """A holdout14 family: its own builder and renderer (checked before H13Family)."""


# Header and label wordings of holdout14.
H14_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Step no.", "Record ID", "Item"),
    "action": ("Next step", "What we will do next", "Step to take"),
    "owner": ("Who", "Person accountable", "Officer named"),
    "due": ("By when", "Complete by", "Target month"),
    "rag": ("How confident", "State of play", "Record status"),
    "progress": ("Comment", "Narrative", "Position statement"),
    "indicator": ("What we count", "Key figure", "Data item"),
    "baseline": ("Where we began", "Opening figure", "Year 0"),
    "latest": ("Where we are", "Most recent", "Year to date"),
    "target": ("Where we want to be", "Ambition", "Year-end aim"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS14 = {
    "ilist": "Recommendation {n}",
    "sef": "Area for improvement {n}",
    "dbrep": "Rec {n}",
    "tiles": "R{n}",
}

# status words per layout: (word, rag)
H14_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "ilist": (("going well", "green"), ("some concern", "amber"), ("stuck", "red"),
              ("finished", "blue"), ("not yet begun", None)),
    "sef": (("Confident", "green"), ("Partly confident", "amber"), ("Not confident", "red"),
            ("Embedded", "blue"), ("Planned", None)),
    "dbrep": (("ACTIVE - ON TARGET", "green"), ("ACTIVE - AT RISK", "amber"),
              ("ACTIVE - OFF TARGET", "red"), ("CLOSED - MET", "blue"), ("PENDING", None)),
    "tiles": (("Good progress", "green"), ("Needs a push", "amber"), ("Blocked", "red"),
              ("Done", "blue"), ("Queued", None)),
}  # fmt: skip
TINT14 = {"green": "#37B24D", "amber": "#F59F00", "red": "#F03E3E", "blue": "#1C7ED6"}

JUDGEMENTS = (
    "We know that practice is improving but it is not yet consistently good across all teams.",
    "Audit findings over the year show steady progress, though the pace has been uneven.",
    "Children and families tell us things are better; our own data agrees in most areas.",
    "Leaders have a clear line of sight, but some weaknesses found at inspection remain.",
    "We have made a strong start; the next year is about making the change stick.",
)  # fmt: skip


def initials(person: str) -> str:
    return "".join(w[0] for w in person.split() if w[:1].isalpha()).upper()


def h14_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout14 due-date form and the date it names (d is a month end).

    `Mar 2027` -> the last day of that month; `31/03/2027` (an Excel date cell) -> that day;
    `31 March 2027` -> that day; `end of March 2027` is printed as `March 2027` after a word.
    """
    if form == "abbr":
        return f"{calendar.month_abbr[d.month]} {d.year}", d
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", d
    raise ValueError(form)


HOLDOUT14: tuple[H14Family, ...] = (
    H14Family("rl-initials-list", "holdout14", "reportlab", ("none",), ("numbered",),
              vocab="holdout14", layout="ilist", kpi=0.5, landscape=0.0, progress=0.0,
              description="ReportLab: per recommendation a numbered list of actions, each "
                          "ending '(JS, Mar 2027)' with the owner's initials and the month, "
                          "then a status word; a key of initials at the end"),
    H14Family("docx-self-evaluation", "holdout14", "docx", ("grid",), ("sections",),
              vocab="holdout14", layout="sef", kpi=0.6, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: an annual self-evaluation, a prose "
                          "section per area for improvement (what we know, evidence) ending in "
                          "a small 'Next steps' table that carries the actions"),
    H14Family("xlsx-db-report", "holdout14", "xlsx", ("grid",), ("groups",),
              vocab="holdout14", layout="dbrep", kpi=0.5, landscape=0.0, progress=1.0,
              description="Excel printed by LibreOffice Calc: a database report, a group header "
                          "row per recommendation, each action a block of rows with the field "
                          "labels in a left gutter column and the values beside them"),
    H14Family("html-tiles", "holdout14", "chromium", ("none",), ("tiles",),
              vocab="holdout14", layout="tiles", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: recommendations listed first, then a grid "
                          "of tiles three to a row, one per action, a coloured corner flag with "
                          "the status word and a chip naming the recommendation"),
)  # fmt: skip


def build_holdout14(fam: H14Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout14:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(4, 7)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H14_STATUS[fam.layout]
    form = {"ilist": "abbr", "sef": "month", "dbrep": "slash", "tiles": "long"}[fam.layout]
    people = rng.sample(C.PEOPLE, 6)
    key = {initials(x): x for x in people}
    people = list(key.values())
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            if fam.layout == "ilist":
                owner = initials(rng.choice(people))
            elif fam.layout in ("tiles", "dbrep"):
                owner = rng.choice(C.PEOPLE)
            else:
                owner = rng.choice(C.TITLES)
            status, rag = rng.choice(statuses)
            due_raw, due_date = h14_due(form, d)
            ref = {"ilist": f"{num}.{k}", "sef": f"{num}{'abcdef'[k - 1]}",
                   "dbrep": f"ACT-{1000 + seq * 7}", "tiles": f"{seq}"}[fam.layout]  # fmt: skip
            progress: str | None = None
            if has_progress and rng.random() < 0.85:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H14_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "ilist": f"{authority} Council: Children's Services Improvement Plan",
        "sef": f"{authority} Children's Social Care: Annual Self-Evaluation {issued.year}",
        "dbrep": f"{authority} Council - Improvement Actions Report",
        "tiles": f"{authority}: our improvement plan at a glance",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS14[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "key": [(i, x, rng.choice(C.TITLES)) for i, x in key.items()],
        "judgements": [rng.choice(JUDGEMENTS) for _ in recs],
        "evidence": [rng.sample(C.MEASURES, 2) for _ in recs],
    }  # fmt: skip
    return plan
