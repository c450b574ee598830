"""The `holdout33` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout32).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout33.py`),
its output (`out/holdout33*`) or its results (`results/*holdout33*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout33 split"): a TRI-FOLD STAFF LEAFLET printed imposed for
folding (the outside sheet first: the inside flap with the measures, the back cover with contacts
and the front cover; then the inside sheet with the recommendations in three panels) (ReportLab);
a WORKING COPY of the plan in Word whose status is the HIGHLIGHTER colour on each action's text,
read by a key, with editors' bracketed notes naming people and dates (Word printed by
LibreOffice); a FIELD-VALUE EXPORT from a performance system, one row per (record, field), the
actions linked to their recommendation records by a parent record ID, last-changed dates and
people beside every value (Excel printed by LibreOffice Calc); a PLANNER CALENDAR, a month grid
per month with each task on the day it is due, the chip's colour the recommendation ("bucket"),
meetings and holidays as chips too, the notes on tasks in a list after the calendar (HTML
printed by Chromium). A thirty-fourth header vocabulary and date forms (`Mar '27`, `31.03.27`,
`31-Mar-2027` date cells, a calendar day under its month heading, `end of March 2027`,
`31.03.2027`).
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
from samples.plangen.holdout32 import H32Family


@dataclass(frozen=True, slots=True)
class H33Family(H32Family):
    """A holdout33 family: its own builder and renderer (checked before H32Family)."""


# Header and label wordings of holdout33, per layout (each plan draws one of each).
H33_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "leaflet": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Who's leading", "Lead person", "Leading this"),
        "due": ("When", "Timing", "Due"),
        "rag": ("", "", ""),
        "progress": ("Where we are", "So far", "Latest news"),
        "indicator": ("How we'll know", "Sign of success", "What we track"),
        "baseline": ("Then", "Starting point", "At inspection"),
        "latest": ("Now", "This month", "Latest figure"),
        "target": ("Aiming for", "Our target", "Goal"),
    },
    "highlight": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Action lead", "Named officer", "Accountable officer"),
        "due": ("Complete by", "Timeframe", "Target completion"),
        "rag": ("", "", ""),
        "progress": ("Update", "Progress to date", "Position statement"),
        "indicator": ("Impact measure", "Measure of impact", "Indicator of change"),
        "baseline": ("At the inspection", "Base position", "Position at inspection"),
        "latest": ("Most recent", "Current figure", "Latest position"),
        "target": ("Expected", "Target level", "Level sought"),
    },
    "eav": {
        "ref": ("Action no.", "Action number", "Local ref"),
        "action": ("Action description", "Action detail", "Activity description"),
        "owner": ("Responsible officer", "Officer responsible", "Responsible manager"),
        "due": ("Target date", "Agreed end date", "Completion target"),
        "rag": ("RAG rating", "Overall RAG", "RAG assessment"),
        "progress": ("Progress commentary", "Latest commentary", "Commentary"),
        "indicator": ("Measure name", "Measure title", "PI description"),
        "baseline": ("Baseline value", "Baseline figure", "Value at baseline"),
        "latest": ("Latest value", "Most recent value", "Current value"),
        "target": ("Target value", "Target figure", "Agreed target"),
    },
    "calendar": {
        "ref": ("", "", ""),
        "action": ("Task", "Task name", "Title"),
        "owner": ("Assigned to", "Assignee", "Assigned"),
        "due": ("", "", ""),
        "rag": ("Label", "Labels", "Tag"),
        "progress": ("Notes", "Task notes", "Description"),
        "indicator": ("Goal metric", "Metric", "Tracked measure"),
        "baseline": ("Start value", "Opening value", "Value at start"),
        "latest": ("Current", "Latest reading", "Value now"),
        "target": ("Target", "Goal value", "Target value"),
    },
}
REC_LABELS33 = {
    "leaflet": "Ofsted asked us to ({n})",
    "highlight": "Ofsted point {n}",
    "eav": "Recommendation",
    "calendar": "Bucket {n}",
}

# status per layout: (printed, rag)
H33_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "leaflet": (("Going to plan", "green"), ("Some delay", "amber"), ("Significant delay", "red"),
                ("Finished", "blue"), ("Yet to start", None)),
    "highlight": (("", "green"), ("", "amber"), ("", "red"), ("", "blue"), ("", None)),
    "eav": (("Green - on schedule", "green"), ("Amber - minor slippage", "amber"),
            ("Red - major slippage", "red"), ("Blue - complete", "blue"),
            ("Grey - not started", None)),
    "calendar": (("Going OK", "green"), ("Watch", "amber"), ("Blocked", "red"),
                 ("Signed off", "blue"), ("", None)),
}  # fmt: skip
# the working copy's key: highlight -> meaning (printed above the plan)
HIGHLIGHT_KEY = (("green", "on track"), ("amber", "some slippage"), ("red", "off track"),
                 ("blue", "complete"), (None, "not yet started"))  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS = ("Karen Whitlow", "Ian Barraclough", "Lucy Ferreira", "Gareth Pym", "Nadine Osborne",
          "Callum Reid", "Yasmin Sheikh", "Owen Tranter")  # fmt: skip
EVENTS = ("Improvement Board", "Ofsted monitoring visit", "Bank holiday", "Practice week",
          "Scrutiny committee", "Staff briefing")  # fmt: skip
DIARY = ("Practice week", "Improvement Board", "Staff conference", "Audit moderation day",
         "Ofsted monitoring visit", "Partnership summit")  # fmt: skip
EDITOR_NOTES = ("check date with {p} before board", "{p} to confirm wording",
                "agreed at board {d}", "{p} querying owner - resolve by {d}",
                "moved from old action 4.2 ({p})")  # fmt: skip


def h33_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout33 date form and the date it names.

    `Mar '27`, `end of March 2027` and a month heading `March 2027` end the month;
    `31.03.27`, `31.03.2027` and `31-Mar-2027` are that day.
    """
    if form == "apos":
        return f"{calendar.month_abbr[d.month]} '{d.year % 100:02d}", month_last(d)
    if form == "dmy2dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "endof":
        return f"end of {calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "dmy4dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "cell":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year}", d
    if form == "calendar":
        return f"{calendar.month_name[d.month]} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"leaflet": ("apos", "dmy2dot"), "highlight": ("endof", "dmy4dot"),
              "eav": ("cell",), "calendar": ("calendar",)}  # fmt: skip
DAY_FORMS = ("dmy2dot", "dmy4dot", "cell", "calendar")

HOLDOUT33: tuple[H33Family, ...] = (
    H33Family("rl-trifold-leaflet", "holdout33", "reportlab", ("none",), ("panels",),
              vocab="holdout33", layout="leaflet", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a tri-fold staff leaflet printed imposed for folding, the "
                          "outside sheet first (inside flap with measures and diary dates, back "
                          "cover with contacts, front cover), then the inside sheet whose three "
                          "panels hold the recommendations and their actions"),
    H33Family("docx-highlighted-working-copy", "holdout33", "docx", ("none",), ("heading",),
              vocab="holdout33", layout="highlight", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a working copy of the plan whose status "
                          "is only the highlighter colour on each action's text, read by a key; "
                          "editors' bracketed notes naming people and dates"),
    H33Family("xlsx-field-value-export", "holdout33", "xlsx", ("grid",), ("records",),
              vocab="holdout33", layout="eav", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a performance system's field-value "
                          "export, one row per record and field, actions linked to their "
                          "recommendation by a parent record ID, last-changed date and person "
                          "beside each value"),
    H33Family("html-planner-calendar", "holdout33", "chromium", ("grid",), ("calendar",),
              vocab="holdout33", layout="calendar", kpi=0.5, landscape=1.0, progress=0.6,
              description="HTML printed by Chromium: a planner's month calendar, each task a chip "
                          "on the day it is due coloured by its recommendation (bucket), meetings "
                          "and holidays as chips too, task notes listed after the calendar"),
)  # fmt: skip


def build_holdout33(fam: H33Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout33:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 4) if layout == "leaflet" else rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    form = rng.choice(DATE_FORMS[layout])
    features: dict[str, object] = {}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        hi = 4 if layout == "leaflet" else 6
        specs = rng.sample(C.KPIS, min(rng.randint(3, hi), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = rng.sample(OTHERS, 5)
    drafts: list[tuple[str, int, str, str, date, str | None, str, str | None]] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(3 if layout == "leaflet" else 4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 16))
            if form in DAY_FORMS and (form == "calendar" or rng.random() < 0.6):
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H33_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            drafts.append((num, k, text, owner, d, progress, status, rag))
    actions: list[H8Action] = []
    extra: dict[str, tuple[str, str]] = {}
    for num, k, text, owner, d, progress, status, rag in drafts:
        due_raw, due_date = h33_due(form, d)
        ref = f"{num}.{k}"
        if layout == "highlight" and rng.random() < 0.3:
            tmpl = rng.choice(EDITOR_NOTES)
            seen = _months_after(issued, -rng.randint(0, 1)).replace(day=rng.randint(1, 28))
            who = rng.choice(others)
            initials = "".join(w[0] for w in who.split())
            note = tmpl.format(p=who, d=f"{seen.day}/{seen.month}")
            extra[ref] = (initials, note)
        if layout == "eav":
            pct = {"green": rng.choice((25, 40, 50, 60)), "amber": rng.choice((10, 20, 30)),
                   "red": rng.choice((0, 5, 10)), "blue": 100, None: 0}[rag]  # fmt: skip
            changed = _months_after(issued, -rng.randint(0, 3)).replace(day=rng.randint(1, 28))
            extra[ref] = (f"{pct}%", changed.isoformat())
        actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status or None,
                                rag, [num], printed_owner=owner))  # fmt: skip
    if layout == "leaflet":
        diary = []
        for ev in rng.sample(DIARY, 3):
            dd = _months_after(issued, rng.randint(1, 5)).replace(day=rng.randint(1, 28))
            diary.append((dd.isoformat(), ev))
        diary.sort()
        features.update(
            status_style="chip-word",
            contact=others[0],
            diary=diary,
            edition=rng.randint(2, 6),
            visited=_months_after(start, -1).isoformat(),
        )
    elif layout == "highlight":
        features.update(
            status_style="highlight-only",
            key="above-plan",
            version=(f"0.{rng.randint(3, 9)}"),
            editor=others[0],
            changes=[others[1], others[2]],
        )
    elif layout == "eav":
        features.update(status_style="coded-words", run_by=others[0],
                        changers=others[1:4], rec_ids=rng.sample(range(10, 90), len(recs)),
                        first_id=rng.randint(1000, 4000))  # fmt: skip
    else:
        months = sorted({(a.due_date.year, a.due_date.month) for a in actions if a.due_date})
        events = []
        for y, m in months:
            if rng.random() < 0.7:
                events.append((date(y, m, rng.randint(1, 28)).isoformat(), rng.choice(EVENTS)))
        features.update(status_style="label-word", printed_by=others[0], events=events,
                        colours=rng.sample(range(6), n_recs))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H33_HEADERS[layout].items()}
    title = {
        "leaflet": "Getting better together",
        "highlight": f"{authority} Children's Services Improvement Plan - WORKING COPY",
        "eav": "Performance system export: Children's Services Improvement Plan",
        "calendar": f"{authority} Improvement Plan - Schedule",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS33[layout], actions=list(actions), kpis=kpis, headers=headers,
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
    if extra:
        plan.features["extra"] = extra
    return plan
