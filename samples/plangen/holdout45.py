"""The `holdout45` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout44).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout45.py`),
its output (`out/holdout45*`) or its results (`results/*holdout45*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout45 split"): the plan POSTED AS A SOCIAL-MEDIA THREAD by
the council's children's services account, numbered posts `4/17` with reply, repost and like
counts and residents' replies between (ReportLab); the plan in a HANDOVER LETTER from the
outgoing interim director to the incoming one, each action a lettered prose paragraph `2(a)`
(Word printed by LibreOffice); a QUARTER GRID, recommendations down, financial-year quarters
across, each action a block in the cell of the quarter it is due in with a day and month but
no year (Excel printed by LibreOffice Calc); the plan worked in a TEAM CHAT CHANNEL, a bot's
post per recommendation with the actions as thread replies carrying hashtag statuses and
people's replies between (HTML printed by Chromium). A forty-sixth header vocabulary and date
forms (`Sun 14 Mar 2027`, `Mar '27`, `the 14th of March 2027`, `the close of March 2027`,
`14 Mar`, `end Mar`, `14/3/27`, `3/2027`).
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
from samples.plangen.holdout44 import H44Family


@dataclass(frozen=True, slots=True)
class H45Family(H44Family):
    """A holdout45 family: its own builder and renderer (checked before H44Family)."""


# Header and label wordings of holdout45, per layout (each plan draws one of each).
H45_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "thread": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Who's leading it:", "Lead:", "Led by"),
        "due": ("When:", "Done by:", "Deadline:"),
        "rag": ("Where it's at:", "How it's going:", "Status check:"),
        "progress": ("Latest:", "News:", "Most recently:"),
        "rec": ("", "", ""),
        "indicator": ("What we count", "Measure", "Number"),
        "baseline": ("When Ofsted came", "Before", "Start"),
        "latest": ("Now", "Latest count", "This month"),
        "target": ("Where we want to be", "Goal", "Aiming for"),
    },
    "handover": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("holds this", "has this one", "is the person to ask"),
        "due": ("it is promised for", "we committed to", "the Board expects it by"),
        "rag": ("I would call it", "my honest view is that it is", "I would describe it as"),
        "progress": ("The latest I have:", "Where it stands:", "Most recently:"),
        "rec": ("", "", ""),
        "indicator": ("The figure", "What I watch", "Indicator"),
        "baseline": ("When inspected", "Then", "Base"),
        "latest": ("Last month", "As I leave", "Latest"),
        "target": ("We said", "Promise", "Target"),
    },
    "quarters": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead", "Who", "Officer"),
        "due": ("By", "Deadline", "Target"),
        "rag": ("", "", ""),
        "progress": ("Note", "Comment", "Latest"),
        "rec": ("Ofsted said", "Inspection finding", "Recommendation"),
        "indicator": ("Measure", "Metric", "KPI"),
        "baseline": ("Start", "Baseline", "At inspection"),
        "latest": ("Now", "Latest", "Current"),
        "target": ("Aim", "Target", "Goal"),
    },
    "chat": {
        "ref": ("Task", "Item", "Card"),
        "action": ("", "", ""),
        "owner": ("assigned to", "picked up by", "owner:"),
        "due": ("due", "by", "deadline"),
        "rag": ("", "", ""),
        "progress": ("update:", "last note:", "progress:"),
        "rec": ("", "", ""),
        "indicator": ("Metric", "Measure", "Indicator"),
        "baseline": ("Baseline", "Start", "From"),
        "latest": ("Latest", "Now", "Current"),
        "target": ("Target", "Goal", "To"),
    },
}  # fmt: skip
REC_LABELS45 = {
    "thread": "Ofsted recommendation {n}",
    "handover": "recommendation {n}",
    "quarters": "Rec {n}",
    "chat": "Recommendation {n}",
}

# status per layout: (printed, rag)
H45_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "thread": (("on course", "green"), ("slipping", "amber"), ("stalled", "red"),
               ("achieved", "blue"), ("yet to begin", None)),
    "handover": (("going well", "green"), ("wobbling", "amber"), ("stuck", "red"),
                 ("finished", "blue"), ("not begun", None)),
    "quarters": (("[OK]", "green"), ("[WATCH]", "amber"), ("[LATE]", "red"),
                 ("[DONE]", "blue"), ("[TBC]", None)),
    "chat": (("#ontrack", "green"), ("#atrisk", "amber"), ("#blocked", "red"),
             ("#done", "blue"), ("#notstarted", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS45 = ("Rosalind Okonkwo-Hart", "Barnaby Lindqvist", "Cllr Imelda Fairweather",
            "Desmond Achterberg", "Yetunde Marchetti", "Cosmo Pettigrew", "Wilhelmina Osei",
            "Tobias Greenhalgh", "Saoirse Adeyemi", "Ignatius Blackwood")  # fmt: skip
PUBLIC_REPLIES = (
    "When will this actually make a difference for families like mine?",
    "We waited months for a social worker last year. Good to see this.",
    "Will foster carers be asked about any of this?",
    "Is there an easy read version of the plan?",
    "Great work by the team, keep going.",
    "How can young people get involved?",
)
CHAT_REPLIES = (
    "Thanks, I'll take this to the team meeting on {d}.",
    "Can we look at this again on {d}? Agency cover is thin until then.",
    "Flagging that the workshop moved to {d}.",
    "Noted. I'm on leave until {d}, {p} is covering.",
    "Shared with the practice leads, feedback by {d}.",
)


def h45_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout45 date form and the date it names.

    `Sun 14 Mar 2027`, `the 14th of March 2027`, `14 Mar` (year from its quarter column) and
    `14/3/27` are that day; `Mar '27`, `the close of March 2027`, `end Mar` and `3/2027` end the
    month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "weekday":
        return f"{calendar.day_abbr[d.weekday()]} {d.day} {mon} {d.year}", d
    if form == "mon-apos":
        return f"{mon} '{d.year % 100:02d}", month_last(d)
    if form == "the-of":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"the {d.day}{suf} of {full} {d.year}", d
    if form == "close-of":
        return f"the close of {full} {d.year}", month_last(d)
    if form == "day-mon":
        return f"{d.day} {mon}", d
    if form == "end-mon":
        return f"end {mon}", month_last(d)
    if form == "dmyy":
        return f"{d.day}/{d.month}/{d.year % 100:02d}", d
    if form == "m-yyyy":
        return f"{d.month}/{d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"thread": ("weekday", "mon-apos"), "handover": ("the-of", "close-of"),
              "quarters": ("day-mon", "end-mon"), "chat": ("dmyy", "m-yyyy")}  # fmt: skip
MONTH_FORMS = ("mon-apos", "close-of", "end-mon", "m-yyyy")

HOLDOUT45: tuple[H45Family, ...] = (
    H45Family("rl-social-thread", "holdout45", "reportlab", ("none",), ("rec_post",),
              vocab="holdout45", layout="thread", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: the plan posted as a social-media thread by the "
                          "council's account, numbered posts (4/17), a post per recommendation "
                          "and per action, residents' replies and engagement counts between"),
    H45Family("docx-handover-letter", "holdout45", "docx", ("none",), ("rec_prose",),
              vocab="holdout45", layout="handover", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a handover letter from the outgoing "
                          "interim director to the incoming one, each action a lettered prose "
                          "paragraph 2(a) naming who holds it, its date and a frank status"),
    H45Family("xlsx-quarter-grid", "holdout45", "xlsx", ("none",), ("rec_rows",),
              vocab="holdout45", layout="quarters", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: recommendations down, "
                          "financial-year quarters across, each action a block in the cell of "
                          "its due quarter (day and month only; the year is the column's)"),
    H45Family("html-chat-channel", "holdout45", "chromium", ("none",), ("rec_thread",),
              vocab="holdout45", layout="chat", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a team chat channel printed, a bot's post "
                          "per recommendation with its actions as thread replies (hashtag "
                          "statuses), colleagues' replies with other dates and names between"),
)  # fmt: skip


def quarter_of(d: date) -> tuple[int, int]:
    """(calendar year, first month) of the three-month quarter that holds `d`."""
    return d.year, 3 * ((d.month - 1) // 3) + 1


def build_holdout45(fam: H45Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout45:{seed}:{fam.name}:{index}")
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
    others = rng.sample(OTHERS45, 8)
    statuses = H45_STATUS[layout]
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
            due_raw, due_date = h45_due(form, d)
            letter = "abcdefgh"[k - 1]
            ref = {"thread": f"{num}{letter}", "handover": f"{num}({letter})",
                   "quarters": f"{num}-{k}", "chat": f"T{num}.{k}"}[layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "thread":
        features.update(
            handle="@" + authority.replace(" ", "") + rng.choice(("CYP", "Children", "Kids")),
            posted=issued.isoformat(),
            clock=(rng.randint(9, 16), rng.randint(0, 59)),
            repliers=[f"{o.split()[0].lower()}_{rng.randint(10, 99)}" for o in others[:5]],
            replies=rng.sample(PUBLIC_REPLIES, 4),
            counts=[
                [rng.randint(0, 30), rng.randint(0, 80), rng.randint(2, 250)]
                for _ in range(len(recs) + len(actions) + 3)
            ],  # fmt: skip
        )
    elif layout == "handover":
        features.update(
            outgoing=others[0],
            incoming=others[1],
            pa=others[2],
            mentions=others[3:6],
            letter_date=issued.isoformat(),
            board=_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
            visit=_months_after(issued, 3).replace(day=rng.randint(1, 28)).isoformat(),
        )
    elif layout == "quarters":
        features.update(
            prepared_by=others[0],
            version=f"v{rng.randint(2, 9)}.{rng.randint(0, 9)}",
            as_at=some_day(0).isoformat(),
            fy_labels=rng.random() < 0.5,
        )
    else:
        features.update(
            team=f"{authority} CSC Improvement",
            channel=rng.choice(("improvement-plan", "ofsted-actions", "plan-tracker")),
            bot=rng.choice(("Plan Tracker", "Planner Bot", "Actions Bot")),
            people=others[:6],
            chat_replies=[
                (
                    rng.choice(others[:6]),
                    rng.choice(CHAT_REPLIES),
                    some_day(-rng.randint(0, 3)).isoformat(),
                    rng.choice(others[:6]),
                )
                for _ in range(len(recs))
            ],  # fmt: skip
            posted=some_day(1).isoformat(),
        )
    headers = {role: rng.choice(words) for role, words in H45_HEADERS[layout].items()}
    title = {
        "thread": "Our improvement plan, in a thread",
        "handover": "Handover: the improvement plan",
        "quarters": "Improvement plan: delivery by quarter",
        "chat": "Improvement plan channel",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS45[layout], actions=list(actions), kpis=kpis, headers=headers,
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
