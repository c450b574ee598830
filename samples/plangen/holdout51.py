"""The `holdout51` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout50).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout51.py`),
its output (`out/holdout51*`) or its results (`results/*holdout51*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout51 split"): a YEAR WHEEL, a ring of month sectors with each
action a numbered disc in the sector of the month it is due, the actions' texts, owners and
statuses in a key on later pages that prints no due (ReportLab); a RECIPE BOOK, a recipe per
recommendation with a `You will need` column of distractors and a `Method` of steps written as
prose, owner and due inside sentences (Word printed by LibreOffice); a STAIRCASE, each
recommendation a flight of steps climbing to the right, each action's cells (action, owner,
due, status) shifted one column further right than the step below, with no header row over
them (Excel printed by LibreOffice Calc); and a PYRAMID per recommendation, the recommendation
the apex and the actions the courses below it, laid from the base up (2.1 at the bottom), two
pyramids side by side (HTML printed by Chromium). A fifty-second header vocabulary and date
forms (`MAR 2027`, `March '27`, `the fourteenth of March 2027`, `late March 2027`, `2027-W11`,
`w/e 12.03.27`, `14.III.2027`, `III.2027`).
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
from samples.plangen.holdout22 import UPDATES
from samples.plangen.holdout23 import month_last
from samples.plangen.holdout50 import H50Family


@dataclass(frozen=True, slots=True)
class H51Family(H50Family):
    """A holdout51 family: its own builder and renderer (checked before H50Family)."""


# Header and label wordings of holdout51, per layout (each plan draws one of each). The recipe's
# owner and due wordings are sentence templates ({o} the owner, {d} the due).
H51_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "wheel": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Spoke lead", "Hub contact", "Wheel keeper"),
        "due": ("", "", ""),
        "rag": ("Spin", "Momentum", "Turn"),
        "progress": ("Latest turn", "Round-up", "Spoke note"),
        "rec": ("", "", ""),
        "indicator": ("Measure on the rim", "Indicator", "What the wheel tracks"),
        "baseline": ("At the first turn", "Baseline", "Starting point"),
        "latest": ("This turn", "Latest", "Now"),
        "target": ("Full circle", "Target", "Aim"),
    },
    "recipe": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("{o} is the cook", "It is in the hands of {o}", "{o} will stir this"),
        "due": ("ready by {d}", "on the table by {d}", "out of the oven by {d}"),
        "rag": ("Pot check", "Stove", "Taste test"),
        "progress": ("Kitchen note", "Chef's remark", "Tasting note"),
        "rec": ("", "", ""),
        "indicator": ("How we know it is cooked", "Indicator", "Proof of the pudding"),
        "baseline": ("Raw", "Baseline", "Before cooking"),
        "latest": ("Half-baked", "Latest", "On the hob"),
        "target": ("Cooked", "Target", "Served as"),
    },
    "stairs": {
        "ref": ("", "", ""),
        "action": ("Step", "Tread", "Stair"),
        "owner": ("Climber", "Step taker", "On the stair"),
        "due": ("Top by", "Reach by", "Step date"),
        "rag": ("Footing", "Grip on the stair", "Stair state"),
        "progress": ("Handrail note", "Landing note", "Step log"),
        "rec": ("", "", ""),
        "indicator": ("Height we measure", "Indicator", "Measure of the climb"),
        "baseline": ("Ground floor", "Baseline", "Foot of the stairs"),
        "latest": ("Landing reached", "Latest", "Half way"),
        "target": ("Top floor", "Target", "Summit"),
    },
    "pyramid": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Mason", "Layer lead", "Builder"),
        "due": ("Laid by", "Set by", "Course date"),
        "rag": ("Mortar", "Layer health", "Soundness"),
        "progress": ("Site note", "Mason's note", "Build log"),
        "rec": ("", "", ""),
        "indicator": ("What holds it up", "Indicator", "Load we measure"),
        "baseline": ("Bare ground", "Baseline", "At the footings"),
        "latest": ("Current course", "Latest", "So far"),
        "target": ("Capstone", "Target", "Aim"),
    },
}  # fmt: skip
REC_LABELS51 = {"wheel": "Recommendation {n}", "recipe": "Recommendation {n}",
                "stairs": "Recommendation {n}", "pyramid": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag)
H51_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "wheel": (("Turning", "green"), ("Creaking", "amber"), ("Jammed", "red"),
              ("Full turn made", "blue"), ("Not on the wheel yet", None)),
    "recipe": (("Simmering", "green"), ("Needs stirring", "amber"), ("Burnt", "red"),
               ("Served", "blue"), ("Still in the cupboard", None)),
    "stairs": (("Climbing", "green"), ("Wobbling", "amber"), ("Fallen", "red"),
               ("At the top", "blue"), ("On the bottom step", None)),
    "pyramid": (("Solid", "green"), ("Cracking", "amber"), ("Crumbling", "red"),
                ("Capstone set", "blue"), ("Unbuilt", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS51 = ("Cordelia Wainwright-Oduya", "Ignatius Pemberton", "Cllr Hermione Baptiste",
            "Fitzgerald Oyelaran", "Rosalind Thackeray", "Benedict Achterberg",
            "Clementine Mwangi-Foster", "Percival Onyango", "Winifred Castellano",
            "Leopold Haverstock")  # fmt: skip

INGREDIENTS51 = (
    "{n} advanced practitioners, seconded", "£{k},000 from the improvement grant",
    "{n} days of the principal social worker's time", "a practice lead, {n} days a month",
    "{n} places on the regional leadership course", "the sector-led partner, {n} visits",
    "{n} laptops for the new team", "an analyst, {n} hours a week",
)  # fmt: skip
LANDINGS51 = ("Improvement board", "Practice quality group", "Scrutiny committee",
              "Children's partnership", "Corporate parenting panel")  # fmt: skip
FOUNDATIONS51 = ("Stable workforce", "Shared practice model", "Reliable data",
                 "Leaders who know their teams", "Partners at the table")  # fmt: skip

ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ORD_WORDS = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip


def iso_week_end(d: date) -> date:
    """The Sunday that ends d's ISO week."""
    return d + timedelta(days=6 - d.weekday())


def h51_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout51 date form and the date it names.

    `the fourteenth of March 2027`, `w/e 12.03.27` and `14.III.2027` are that day; `MAR 2027`,
    `March '27`, `late March 2027` and `III.2027` end the month; `2027-W11` (an ISO week) is the
    Sunday that ends the week.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "caps-month":
        return f"{mon.upper()} {d.year}", month_last(d)
    if form == "month-apos":
        return f"{full} '{d.year % 100:02d}", month_last(d)
    if form == "words-day":
        return f"the {ORD_WORDS[d.day]} of {full} {d.year}", d
    if form == "late-month":
        return f"late {full} {d.year}", month_last(d)
    if form == "iso-week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}", iso_week_end(d)
    if form == "week-ending":
        return f"w/e {d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "roman-day":
        return f"{d.day}.{ROMAN[d.month]}.{d.year}", d
    if form == "roman-month":
        return f"{ROMAN[d.month]}.{d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"wheel": ("caps-month", "month-apos"), "recipe": ("words-day", "late-month"),
              "stairs": ("iso-week", "week-ending"), "pyramid": ("roman-day", "roman-month")}  # fmt: skip
MONTH_FORMS = ("caps-month", "month-apos", "late-month", "roman-month")

HOLDOUT51: tuple[H51Family, ...] = (
    H51Family("rl-year-wheel", "holdout51", "reportlab", ("none",), ("rec_key",),
              vocab="holdout51", layout="wheel", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a year wheel, a ring of month sectors with each action a "
                          "numbered disc in the sector of the month it is due (the due only "
                          "from the sector's label), distractor milestone diamonds; the key on "
                          "later pages, grouped by recommendation, prints text, owner and "
                          "status but no due"),
    H51Family("docx-recipe-book", "holdout51", "docx", ("none",), ("rec_recipe",),
              vocab="holdout51", layout="recipe", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a recipe per recommendation, a `You "
                          "will need` column of distractor resources beside a `Method` of "
                          "steps written as prose, the owner and the due inside sentences"),
    H51Family("xlsx-staircase", "holdout51", "xlsx", ("none",), ("rec_flight",),
              vocab="holdout51", layout="stairs", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a flight of stairs per "
                          "recommendation, each action's cells (action, owner, due, status) one "
                          "column further right than the step below, no header row, a legend "
                          "at the top, a landing cell of distractors at the top of each flight"),
    H51Family("html-pyramid", "holdout51", "chromium", ("none",), ("rec_apex",),
              vocab="holdout51", layout="pyramid", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: a stepped pyramid per recommendation, the "
                          "recommendation the apex, the actions the courses below laid from the "
                          "base up (the first action at the bottom), a foundation course of "
                          "distractors, two pyramids side by side"),
)  # fmt: skip


def build_holdout51(fam: H51Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout51:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS51, 8))
    statuses = H51_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            d = _months_after(start, rng.randint(4, 16))
            if form in MONTH_FORMS:
                d = month_last(d)
            else:
                d = d.replace(day=rng.randint(1, 28))
                if form == "week-ending":
                    d += timedelta(days=(4 - d.weekday()) % 7)  # a Friday
            owner = rng.choice(leads)
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            due_raw, due_date = h51_due(form, d)
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "wheel":
        first = _months_after(start, 4).replace(day=1)
        months = [_months_after(first, i).isoformat() for i in range(13)]
        milestones = []
        for tag, what in rng.sample(
            (
                ("MV", "Monitoring visit"),
                ("IB", "Improvement board"),
                ("SR", "Scrutiny review"),
                ("PR", "Peer review"),
            ),
            3,
        ):
            md = date.fromisoformat(rng.choice(months)).replace(day=rng.randint(2, 27))
            milestones.append((tag, what, md.isoformat(), rng.choice(others[:5])))
        features.update(months=months, milestones=milestones, keeper=others[5],
                        turned=some_day(0).isoformat())  # fmt: skip
    elif layout == "recipe":
        features.update(
            needs=[[tpl.format(n=rng.randint(2, 9), k=rng.randint(12, 180))
                    for tpl in rng.sample(INGREDIENTS51, rng.randint(3, 4))] for _ in recs],
            serves=[rng.randint(40, 900) for _ in recs],
            cooking=[rng.randint(6, 18) for _ in recs],
            tested_by=[rng.choice(others[:5]) for _ in recs],
            tested=[some_day(rng.randint(1, 4)).isoformat() for _ in recs],
            chef=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "stairs":
        features.update(
            landings=[rng.choice(LANDINGS51) for _ in recs],
            signers=[rng.choice(others[:5]) for _ in recs],
            signed=[some_day(rng.randint(0, 3)).isoformat() for _ in recs],
            architect=others[5],
            drawn=some_day(0).isoformat(),
        )  # fmt: skip
    else:
        features.update(
            foundations=[rng.sample(FOUNDATIONS51, 2) for _ in recs],
            surveyors=[rng.choice(others[:5]) for _ in recs],
            surveyed=[h51_due(form, some_day(rng.randint(0, 3)))[0] for _ in recs],
            site_manager=others[5],
            drawn=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H51_HEADERS[layout].items()}
    title = {
        "wheel": "Our improvement year wheel",
        "recipe": "Recipes for better practice: our improvement plan",
        "stairs": "The improvement staircase",
        "pyramid": "Building better services: the improvement pyramids",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS51[layout], actions=list(actions), kpis=kpis, headers=headers,
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
