"""The `holdout53` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout52).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout53.py`),
its output (`out/holdout53*`) or its results (`results/*holdout53*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout53 split"): a STORYBOARD, a strip of numbered panels per
recommendation, each panel a caption box (the action), a speech bubble of its owner promising the
due date and a mood stamp (ReportLab); INHERITED LEADS AND DATES, one table whose strand rows carry
a lead and a date that the steps below inherit where their own cells are blank (Word printed by
LibreOffice); a LEAGUE TABLE, actions ranked by score within coloured division groups, with
position, movement, score, weight and an assessor as distractors and the owner and due in one
two-line cell (Excel printed by LibreOffice Calc); and TYPOGRAPHIC STATUS, an airy borderless
table whose status is only the type of the action (struck through, grey italics, plain) or a
drawn marker beside it, under letter-spaced small-capital headings (HTML printed by Chromium).
A fifty-fourth header vocabulary and date forms (`14th of March 2027`, `last day of March
2027`, `Sun 14 Mar 2027`, `month end Mar 2027`, `14-Mar-27`, `March-27`, `14th March, 2027`,
`March, 2027`).
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
from samples.plangen.holdout52 import H52Family


@dataclass(frozen=True, slots=True)
class H53Family(H52Family):
    """A holdout53 family: its own builder and renderer (checked before H52Family)."""


# Header and label wordings of holdout53, per layout (each plan draws one of each).
H53_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "story": {
        "ref": ("PANEL", "FRAME", "SHOT"),
        "action": ("Caption", "Scene", "What happens"),
        "owner": ("SAID BY", "SPOKEN BY", "VOICE"),
        "due": ("I'll have it done by", "You can hold me to", "Count on me for"),
        "rag": ("Mood", "Plot", "Cue"),
        "progress": ("Meanwhile", "Narrator", "Later that month"),
        "rec": ("Strip", "Strip", "Strip"),
        "indicator": ("What the audience sees", "Indicator", "On screen"),
        "baseline": ("Opening scene", "Baseline", "Episode one"),
        "latest": ("This episode", "Latest", "Latest episode"),
        "target": ("Final scene", "Target", "Season finale"),
    },
    "inherit": {
        "ref": ("No.", "Step no.", "Ref."),
        "action": ("Improvement step", "Step we will take", "What we are changing"),
        "owner": ("Accountable lead", "Strand / step lead", "Held by"),
        "due": ("Land by", "Target landing", "Complete no later than"),
        "rag": ("Temperature", "Pulse", "Health check"),
        "progress": ("Where we are", "Latest position", "Position statement"),
        "rec": ("Strand", "Strand", "Strand"),
        "indicator": ("Strand measures", "Indicator", "How we take the temperature"),
        "baseline": ("Starting temperature", "Baseline", "Reading at start"),
        "latest": ("Last reading", "Latest", "Reading now"),
        "target": ("Healthy reading", "Target", "Reading we want"),
    },
    "league": {
        "ref": ("Entry", "Club no.", "Ref"),
        "action": ("Priority action", "Ranked action", "Action in contention"),
        "owner": ("Captain", "Manager", "Lead"),
        "due": ("final whistle", "full time", "deadline"),
        "rag": ("Form", "Standing", "Current form"),
        "progress": ("Match report", "Manager's notes", "Pundit's view"),
        "rec": ("Division", "Division", "Division"),
        "indicator": ("Season statistics", "Indicator", "Stat"),
        "baseline": ("Start of season", "Baseline", "Kick-off"),
        "latest": ("Half time", "Latest", "Mid-season"),
        "target": ("End of season", "Target", "Title-winning mark"),
    },
    "type": {
        "ref": ("No", "Item", "Mark"),
        "action": ("The undertaking", "What we undertake", "Undertaking in full"),
        "owner": ("Steward", "Custodian", "Keeper"),
        "due": ("Falls due", "Expires", "Fulfil by"),
        "rag": ("", "", ""),
        "progress": ("Observations", "Annotations", "In the margin"),
        "rec": ("Undertaking", "Undertaking", "Undertaking"),
        "indicator": ("Measures of fulfilment", "Indicator", "What we will read"),
        "baseline": ("First reading", "Baseline", "At the outset"),
        "latest": ("Newest reading", "Latest", "At press time"),
        "target": ("Aim", "Target", "Fulfilled at"),
    },
}  # fmt: skip
REC_LABELS53 = {"story": "Strip {n}:", "inherit": "Strand {n}", "league": "Division {n} —",
                "type": "Undertaking {n} —"}  # fmt: skip

# status per layout: (printed, rag); the `type` layout prints no word: its "status" names the
# typography (struck: struck through, grey: grey italics, plain, ring: a drawn hollow ring beside
# the action, wedge: a drawn filled triangle beside it)
H53_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "story": (("Smooth sailing", "green"), ("Plot twist", "amber"), ("Cliffhanger", "red"),
              ("Happy ending", "blue"), ("Coming soon", None)),
    "inherit": (("Steady", "green"), ("Running warm", "amber"), ("Overheating", "red"),
                ("Signed out", "blue"), ("Not yet live", None)),
    "league": (("Holding position", "green"), ("Dropping points", "amber"),
               ("Relegation zone", "red"), ("Champions", "blue"), ("Yet to kick off", None)),
    "type": (("plain", "green"), ("ring", "amber"), ("wedge", "red"), ("struck", "blue"),
             ("grey", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS53 = ("Wilhelmina Achterberg", "Cosmo Fairweather-Nkemelu", "Cllr Rosalind Teague",
            "Ignatius Borrowdale", "Perpetua Osei-Lindgren", "Fitzgerald Amankwah",
            "Clementine Vasquez-Hale", "Leopold Mwangi-Barrett", "Honora Delacroix",
            "Percival Achebe-Strand")  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def h53_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout53 date form and the date it names.

    `14th of March 2027`, `Sun 14 Mar 2027`, `14-Mar-27` and `14th March, 2027` are that day;
    `last day of March 2027`, `month end Mar 2027`, `March-27` and `March, 2027` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "ordinal-of":
        return f"{_ordinal(d.day)} of {full} {d.year}", d
    if form == "last-day-of":
        return f"last day of {full} {d.year}", month_last(d)
    if form == "weekday-day":
        return f"{calendar.day_abbr[d.weekday()]} {d.day} {mon} {d.year}", d
    if form == "month-end-mon":
        return f"month end {mon} {d.year}", month_last(d)
    if form == "dash-day":
        return f"{d.day:02d}-{mon}-{d.year % 100:02d}", d
    if form == "dash-month":
        return f"{full}-{d.year % 100:02d}", month_last(d)
    if form == "ordinal-comma":
        return f"{_ordinal(d.day)} {full}, {d.year}", d
    if form == "month-comma":
        return f"{full}, {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"story": ("ordinal-of", "last-day-of"),
              "inherit": ("weekday-day", "month-end-mon"),
              "league": ("dash-day", "dash-month"),
              "type": ("ordinal-comma", "month-comma")}  # fmt: skip
MONTH_FORMS = ("last-day-of", "month-end-mon", "dash-month", "month-comma")

HOLDOUT53: tuple[H53Family, ...] = (
    H53Family("rl-storyboard", "holdout53", "reportlab", ("none",), ("rec_strip",),
              vocab="holdout53", layout="story", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a storyboard, a strip of numbered panels per "
                          "recommendation (a banner `Strip 2: <text>` over it); each panel a "
                          "caption box (the action), a drawn figure and a speech bubble in "
                          "which the owner promises the due (`I'll have it done by ...`), the "
                          "owner only as the bubble's speaker tag, a mood stamp (status), a "
                          "narrator box (progress); distractor bubbles of other people asking "
                          "about other dates"),
    H53Family("docx-inherited-leads", "holdout53", "docx", ("grid",), ("strand_row",),
              vocab="holdout53", layout="inherit", kpi=0.5, landscape=1.0, progress=0.5,
              description="Word printed by LibreOffice: one table, a shaded strand row per "
                          "recommendation carrying a lead and a date (and a sponsor, a chair "
                          "and a review date as distractors) that its steps inherit where "
                          "their own lead or date cell is blank; some steps override one or "
                          "both"),
    H53Family("xlsx-league-table", "holdout53", "xlsx", ("hrules",), ("division_row",),
              vocab="holdout53", layout="league", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a league table, a coloured "
                          "division row per recommendation, its actions ranked by score "
                          "(position, movement arrow, score, weighting and assessor as "
                          "distractors), the owner and the due in one two-line cell"),
    H53Family("html-typeset-status", "holdout53", "chromium", ("none",), ("heading",),
              vocab="holdout53", layout="type", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an airy borderless table per "
                          "undertaking under letter-spaced small-capital headings; the status "
                          "is only typography: struck through (done), grey italics (not "
                          "begun), plain (on course), a drawn hollow ring (slipping) or "
                          "filled triangle (off course) beside the action; no status word"),
)  # fmt: skip


def build_holdout53(fam: H53Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout53:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS53, 8))
    statuses = H53_STATUS[layout]

    def draw_due() -> date:
        d = _months_after(start, rng.randint(4, 16))
        return month_last(d) if form in MONTH_FORMS else d.replace(day=rng.randint(1, 28))

    actions: list[H8Action] = []
    # inherit: per strand its lead and date; per step whether it prints its own lead / date
    strands: list[dict[str, object]] = []
    own_lead: list[bool] = []
    own_due: list[bool] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        s_lead = rng.choice(leads)
        s_raw, s_date = h53_due(form, draw_due())
        strands.append({"lead": s_lead, "due_raw": s_raw, "due": s_date.isoformat()})
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            owner = rng.choice(leads)
            due_raw, due_date = h53_due(form, draw_due())
            if layout == "inherit":
                x = rng.random()
                ol = 0.55 <= x < 0.75 or x >= 0.88
                od = x >= 0.75
                if ol and owner == s_lead:
                    owner = rng.choice([p for p in leads if p != s_lead])
                if not ol:
                    owner = s_lead
                if not od:
                    due_raw, due_date = s_raw, s_date
                own_lead.append(ol)
                own_due.append(od)
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "story":
        features.update(
            askers=[rng.choice(others[:5]) if rng.random() < 0.35 else "" for _ in actions],
            asked=[h53_due(form, _months_after(start, rng.randint(1, 18)).replace(
                day=rng.randint(1, 28)))[0] for _ in actions],
            artist=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "inherit":
        features.update(
            strands=strands,
            own_lead=own_lead,
            own_due=own_due,
            sponsors=[rng.choice(others[:4]) for _ in recs],
            chairs=[rng.choice(others[4:7]) for _ in recs],
            reviewed=[h53_due(form, some_day(rng.randint(0, 4)))[0] for _ in recs],
            owner_name=others[7],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "league":
        scores = [round(rng.uniform(35, 99), 1) for _ in actions]
        features.update(
            scores=scores,
            moves=[rng.choice(("▲1", "▲2", "▲3", "▼1", "▼2", "=", "=")) for _ in actions],
            weights=[f"{rng.randint(2, 30)}%" for _ in actions],
            assessors=[rng.choice(others[:5]) for _ in actions],
            compiler=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    else:
        features.update(
            agreed=[h53_due(form, some_day(rng.randint(1, 6)))[0] for _ in actions],
            proposers=[rng.choice(others[:5]) for _ in actions],
            editor=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H53_HEADERS[layout].items()}
    title = {
        "story": "Our improvement story: the storyboard",
        "inherit": "Improvement plan by strand",
        "league": "Improvement priorities league table",
        "type": "Schedule of undertakings",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS53[layout], actions=list(actions), kpis=kpis, headers=headers,
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
