"""The `holdout62` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout61).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout62.py`),
its output (`out/holdout62*`) or its results (`results/*holdout62*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout62 split"): a HOUSE diagram, the plan drawn as a building
whose roof is the vision, a PILLAR per recommendation holding its actions as BRICKS and a
foundation slab of enablers that are not actions (ReportLab); a Word plan of every action in
ONE TABLE IN DUE-DATE ORDER whose only link to a recommendation is the row's COLOUR, explained in
a colour key of the recommendations above it (Word printed by LibreOffice); an Excel COUNTDOWN
tracker whose derived `Days to go` and `Overdue?` columns count from a printed report date
(Excel printed by LibreOffice Calc); and a web page whose status is shown ONLY by the RING of an
archery TARGET in which each action's ref is placed, the actions' table below having no status
column (HTML printed by Chromium). A sixty-third header vocabulary and date forms (`Jun 30th
2027`, `30-June-2027`, `30th June, 2027`, `June 30 2027`, `2027 Jun 30`, `30 Jun. 2027`,
`Wednesday 30th June 2027`, `Jun. 30, 2027`).
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
from samples.plangen.holdout61 import H61Family


@dataclass(frozen=True, slots=True)
class H62Family(H61Family):
    """A holdout62 family: its own builder and renderer (checked before H61Family)."""


# Header and label wordings of holdout62, per layout (each plan draws one of each).
H62_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "house": {
        "ref": ("Brick no.", "Course ref", "Stone no."),
        "action": ("What we will build", "Building work", "The masonry"),
        "owner": ("Stonemason", "Site foreman", "Bricklayer"),
        "due": ("Mortar set by", "Built by", "Handover by"),
        "rag": ("Structure", "Surveyor's view", "Plumb line"),
        "progress": ("Site diary", "Clerk of works note", "Snagging note"),
        "indicator": ("Building measure", "Indicator", "Survey point"),
        "baseline": ("Ground level", "Baseline", "Groundworks"),
        "latest": ("Scaffold", "Latest", "Wall plate"),
        "target": ("Roof on", "Target", "Keystone"),
    },
    "colour": {
        "ref": ("Swatch", "Tube no.", "Palette ref"),
        "action": ("What we will paint", "Brushwork", "On the easel"),
        "owner": ("Painter", "Artist", "Colourist"),
        "due": ("Varnished by", "Dry by", "Hung by"),
        "rag": ("Canvas", "Paint state", "Brush check"),
        "progress": ("Studio note", "Sketchbook", "Artist's note"),
        "indicator": ("Palette measure", "Indicator", "Pigment count"),
        "baseline": ("Primer", "Baseline", "Underpainting"),
        "latest": ("Second coat", "Latest", "Wash"),
        "target": ("Masterpiece", "Target", "Exhibition"),
    },
    "countdown": {
        "ref": ("Cog no.", "Gear ref", "Wheel no."),
        "action": ("What we will wind", "Clock face", "Clockwork task"),
        "owner": ("Clockmaker", "Horologist", "Watchmaker"),
        "due": ("Chimes by", "Wound by", "Strikes by"),
        "rag": ("Tick check", "Pendulum", "Escapement"),
        "progress": ("Bench note", "Repair log", "Winder's note"),
        "days": ("Days to go", "Days remaining", "T-minus (days)"),
        "late": ("Overdue?", "Past due?", "Late?"),
        "indicator": ("Clock measure", "Indicator", "Tick count"),
        "baseline": ("First tick", "Baseline", "Unwound"),
        "latest": ("Half wound", "Latest", "Mainspring"),
        "target": ("Full chime", "Target", "Midnight"),
    },
    "rings": {
        "ref": ("Arrow no.", "Shot ref", "Quiver no."),
        "action": ("What we will aim at", "The shot", "Our mark"),
        "owner": ("Archer", "Bowman", "Marksman"),
        "due": ("Loosed by", "Shoot by", "On target by"),
        "rag": ("Target ring", "Score zone", "Where it landed"),
        "progress": ("Fletcher's note", "Range note", "Judge's note"),
        "indicator": ("Range measure", "Indicator", "Arrow count"),
        "baseline": ("Practice end", "Baseline", "Sighter"),
        "latest": ("Last end", "Latest", "Current end"),
        "target": ("Perfect end", "Target", "Gold ring"),
    },
}  # fmt: skip
REC_LABELS62 = {"house": "Recommendation {n}", "colour": "Recommendation {n}",
                "countdown": "Recommendation {n}", "rings": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with four new ones in each. The rings
# are listed from the centre of the target outwards; the last (null) is outside the target.
H62_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "house": (("Standing firm", "green"), ("Settling", "amber"), ("Subsiding", "red"),
              ("Completed", "blue"), ("Footings only", None)),
    "colour": (("On track", "green"), ("Drying slowly", "amber"), ("Smudged", "red"),
               ("Framed", "blue"), ("Unprimed", None)),
    "countdown": (("Ticking", "green"), ("Losing time", "amber"), ("Stopped", "red"),
                  ("Chimed", "blue"), ("Not started", None)),
    "rings": (("In the gold", "blue"), ("Green", "green"), ("Wide", "amber"),
              ("Off the boss", "red"), ("Not yet loosed", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS62 = ("Barnaby Quilliam", "Esmeralda Thorncroft", "Cllr Ignatius Fairbairn",
            "Philippa Odunsi-Grant", "Leopold Hargreave", "Araminta Castellano", "Bartholomew Ekwueme",
            "Clementine Ravensworth", "Fitzgerald Onyango", "Marguerite Delacroix-Hall")  # fmt: skip

HOUSE_FOUNDATIONS = ("A stable, well-supported workforce", "Good data that leaders trust",
                     "Children's voices heard in every decision", "Strong partnerships",
                     "Sound finances and commissioning", "A learning culture")  # fmt: skip
VISIONS = ("Every child in {a} safe, loved and able to thrive.",
           "Good help, at the right time, for every child and family in {a}.",
           "Children in {a} grow up safe, happy and heard.")  # fmt: skip

# the recommendation colours of the colour-keyed plan: (name, strong fill, light tint)
PALETTE = (("teal", "1F7A78", "DDF0EF"), ("plum", "7B3F7A", "F1E2F0"),
           ("ochre", "A8731A", "F7ECD8"), ("slate", "3E5C8A", "E0E8F3"),
           ("rust", "A4452C", "F6E1DA"))  # fmt: skip


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def h62_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout62 date form and the date it names (always a day)."""
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    if form == "mon-ord":
        return f"{mon} {d.day}{_suffix(d.day)} {d.year}", d
    if form == "day-full-dash":
        return f"{d.day}-{full}-{d.year}", d
    if form == "ord-full-comma":
        return f"{d.day}{_suffix(d.day)} {full}, {d.year}", d
    if form == "full-day-nocomma":
        return f"{full} {d.day} {d.year}", d
    if form == "y-mon-d":
        return f"{d.year} {mon} {d.day:02d}", d
    if form == "d-mon-dot":
        return f"{d.day:02d} {mon}. {d.year}", d
    if form == "weekday-ord":
        return f"{calendar.day_name[d.weekday()]} {d.day}{_suffix(d.day)} {full} {d.year}", d
    if form == "mon-dot-comma":
        return f"{mon}. {d.day}, {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"house": ("mon-ord", "day-full-dash"), "colour": ("ord-full-comma", "full-day-nocomma"),
              "countdown": ("y-mon-d", "d-mon-dot"),
              "rings": ("weekday-ord", "mon-dot-comma")}  # fmt: skip

HOLDOUT62: tuple[H62Family, ...] = (
    H62Family("rl-house-pillars", "holdout62", "reportlab", ("none",), ("pillar",),
              vocab="holdout62", layout="house", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab, A3 landscape: the plan drawn as a HOUSE, the vision in the "
                          "roof, a PILLAR per recommendation (its number and text in the capital) "
                          "holding its actions as BRICKS tinted by status, a foundation slab of "
                          "enablers (not actions); dues `Jun 30th 2027` or `30-June-2027`"),
    H62Family("docx-colour-keyed-recs", "holdout62", "docx", ("grid",), ("colour",),
              vocab="holdout62", layout="colour", kpi=0.5, landscape=1.0, progress=0.5,
              description="Word printed by LibreOffice, A4 landscape: ONE TABLE of every action "
                          "in DUE-DATE ORDER (refs `A01`.. in that order), its only link the "
                          "row's COLOUR, explained by a colour key of the recommendations above "
                          "it; dues `30th June, 2027` or `June 30 2027`"),
    H62Family("xlsx-countdown-columns", "holdout62", "xlsx", ("band",), ("band",),
              vocab="holdout62", layout="countdown", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc, landscape: a COUNTDOWN tracker, a "
                          "printed report date, derived `Days to go` (negative when past) and "
                          "`Overdue?` columns beside the due; dues `2027 Jun 30` or "
                          "`30 Jun. 2027` date cells"),
    H62Family("html-target-rings", "holdout62", "chromium", ("heading",), ("band",),
              vocab="holdout62", layout="rings", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an archery TARGET whose rings are the status "
                          "words, each action's ref placed in its ring (the ONLY status), then "
                          "the actions' table without a status column; dues `Wednesday 30th "
                          "June 2027` or `Jun. 30, 2027`"),
)  # fmt: skip


def build_holdout62(fam: H62Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout62:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    layout = fam.layout
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(2, 5)).replace(day=rng.randint(3, 27))
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
    others = list(rng.sample(OTHERS62, 8))
    statuses = H62_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            owner = rng.choice(leads)
            d = _months_after(start, rng.randint(4, 18))
            d = month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h62_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"house": f"{num}.{k}", "colour": "", "countdown": f"{num}-{k}",
                   "rings": f"{num}{chr(96 + k)}"}[layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}
    if layout == "colour":
        # one table in due-date order (ties in recommendation order), refs A01.. in that order
        actions.sort(key=lambda a: a.due_date or date.max)
        for i, a in enumerate(actions, start=1):
            a.ref = f"A{i:02d}"
        colours = rng.sample(range(len(PALETTE)), n_recs)
        features.update(colours=colours, approver=others[5], approved=issued.isoformat(),
                        contact=others[6])  # fmt: skip
    elif layout == "house":
        features.update(
            architect=others[5], board=issued.isoformat(),
            vision=rng.choice(VISIONS).format(a=authority),
            foundations=rng.sample(HOUSE_FOUNDATIONS, 3),
        )  # fmt: skip
    elif layout == "countdown":
        report = _months_after(start, rng.randint(6, 12)).replace(day=rng.randint(1, 28))
        features.update(report=report.isoformat(), keeper=others[5])
    else:
        features.update(coach=others[5], updated=issued.isoformat(), sponsor=others[6])
    headers = {role: rng.choice(words) for role, words in H62_HEADERS[layout].items()}
    title = {
        "house": "Building better services for children",
        "colour": "Children's services improvement plan",
        "countdown": "Improvement plan countdown",
        "rings": "On target: our improvement actions",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS62[layout], actions=list(actions), kpis=kpis, headers=headers,
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
