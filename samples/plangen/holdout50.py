"""The `holdout50` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout49).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout50.py`),
its output (`out/holdout50*`) or its results (`results/*holdout50*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout50 split"): a FISHBONE (Ishikawa) diagram per
recommendation, the actions written at the ends of the bones above and below the spine, owner
and due in small print (ReportLab, drawn on the canvas); INDEX CARDS filed in due-date order, the
front of each card (ref, action, its divider number) beside its back (owner, due, status), the
recommendations only on the divider list (Word printed by LibreOffice); a BOARD MEETING
TIMETABLE, a row per meeting date and a column per recommendation, each cell listing the actions
due at that meeting, so the due date is only the row's date (Excel printed by LibreOffice Calc);
and a THEORY OF CHANGE, a band per recommendation read Inputs -> Activities -> Outputs ->
Outcomes -> Impact, the actions the Activities boxes and the recommendation the Impact box at
the far right (HTML printed by Chromium). A fifty-first header vocabulary and date forms
(`March 14th, 2027`, `Mar/2027`, `14th Mar '27`, `EOM Mar 2027`, `9 Mar 2027 (Tue)`, `Tue
09.03.2027`, `2027 Mar 14`, `month-end Mar 2027`).
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
from samples.plangen.holdout49 import H49Family


@dataclass(frozen=True, slots=True)
class H50Family(H49Family):
    """A holdout50 family: its own builder and renderer (checked before H49Family)."""


# Header and label wordings of holdout50, per layout (each plan draws one of each).
H50_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fishbone": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Fix owner", "Bone owner", "Mended by"),
        "due": ("Resolve by", "Mend by", "Fix date"),
        "rag": ("Grip", "Hold", "Stability"),
        "progress": ("What we found", "Trace", "Findings"),
        "rec": ("", "", ""),
        "indicator": ("Symptom we measure", "Indicator", "Effect measure"),
        "baseline": ("Before the fix", "Baseline", "At the workshop"),
        "latest": ("Since", "Latest", "Now"),
        "target": ("When fixed", "Target", "Aim"),
    },
    "cards": {
        "ref": ("Card", "Card", "Card"),
        "action": ("", "", ""),
        "owner": ("Card holder", "Keeper", "Who holds it"),
        "due": ("Return by", "Back by", "Expires"),
        "rag": ("Flag colour", "Marker", "Tab colour"),
        "progress": ("Jotted", "Scribbled", "Note on reverse"),
        "rec": ("Divider", "Divider", "Divider"),
        "indicator": ("Card measure", "Indicator", "What we check"),
        "baseline": ("First written", "Baseline", "Opening count"),
        "latest": ("Last checked", "Latest", "Most recent"),
        "target": ("Hoped for", "Target", "Aim"),
    },
    "timetable": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Presenting officer", "Reporting officer", "Presenter"),
        "due": ("", "", ""),
        "rag": ("Readiness", "Paper status", "Board readiness"),
        "progress": ("Cover note", "Paper summary", "Briefing line"),
        "rec": ("", "", ""),
        "meeting": ("Board meeting", "Meeting date", "Sitting"),
        "indicator": ("Standing measure", "Indicator", "Board measure"),
        "baseline": ("At first sitting", "Baseline", "Start"),
        "latest": ("Last sitting", "Latest", "Current"),
        "target": ("Final sitting", "Target", "Aim"),
    },
    "toc": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Custodian", "Steward", "Carried by"),
        "due": ("Completion point", "Land by", "Done by"),
        "rag": ("Trajectory", "Direction", "Confidence"),
        "progress": ("Learning so far", "What changed", "Emerging evidence"),
        "rec": ("", "", ""),
        "indicator": ("Change we measure", "Indicator", "Outcome indicator"),
        "baseline": ("Before", "Baseline", "Where we started"),
        "latest": ("Now", "Latest", "Current"),
        "target": ("After", "Target", "Ambition"),
    },
}  # fmt: skip
REC_LABELS50 = {"fishbone": "Recommendation {n}", "cards": "Recommendation {n}",
                "timetable": "Recommendation {n}", "toc": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag)
H50_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "fishbone": (("Firm", "green"), ("Shaky", "amber"), ("Giving way", "red"),
                 ("Closed out", "blue"), ("Unstarted", None)),
    "cards": (("Good to go", "green"), ("Needs a push", "amber"), ("Stuck fast", "red"),
              ("Done and dusted", "blue"), ("Not picked up", None)),
    "timetable": (("Ready for board", "green"), ("Tight", "amber"), ("Will slip", "red"),
                  ("Reported and closed", "blue"), ("Unassessed", None)),
    "toc": (("Rising", "green"), ("Levelling", "amber"), ("Falling", "red"),
            ("Landed", "blue"), ("Not yet moving", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS50 = ("Octavia Brennan-Lowe", "Bartholomew Adeyemi", "Cllr Marguerite Fensome",
            "Thaddeus Okonkwo", "Philippa Ravenscroft", "Lucius Amankwah",
            "Evangeline Sutcliffe", "Ambrose Kettleborough", "Seraphina Delacroix-Hughes",
            "Montgomery Ashdown")  # fmt: skip

CATEGORIES50 = ("PEOPLE", "PROCESS", "SYSTEMS", "PARTNERS", "PRACTICE", "DATA", "CAPACITY")
CAUSES50 = (
    "caseloads above {n} per worker in two teams",
    "{n} agency staff covering permanent posts",
    "case notes entered up to {n} days late",
    "templates revised {n} times without training",
    "only {n} of 14 partners attend reliably",
    "{n} managers new in post this year",
)
INPUTS50 = (
    "£{k},000 improvement grant", "{n}.0 FTE advanced practitioners",
    "{n} days of practice-lead time a month", "£{k},500 training budget",
    "{n} quality assurance officers", "Sector-led support, {n} days",
)  # fmt: skip
OUTPUTS50 = (
    "{n} case audits completed by {d}", "{n} staff trained by {d}",
    "{n} team managers observed by {d}", "{n} family plans reviewed by {d}",
    "Revised guidance issued to {n} teams by {d}",
)  # fmt: skip
OUTCOMES50 = (
    "Children are seen and heard in every assessment",
    "Plans reduce risk within twelve weeks",
    "Fewer children return to the front door within a year",
    "Managers challenge drift before it harms a child",
    "Partners share information on the same day",
    "Care leavers say their worker knows them well",
)


def h50_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout50 date form and the date it names.

    `March 14th, 2027`, `14th Mar '27`, `9 Mar 2027 (Tue)`, `Tue 09.03.2027` and `2027 Mar 14`
    are that day; `Mar/2027`, `EOM Mar 2027` and `month-end Mar 2027` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    wd = calendar.day_abbr[d.weekday()]
    if form == "us-ordinal":
        return f"{full} {_ordinal(d.day)}, {d.year}", d
    if form == "mon-slash":
        return f"{mon}/{d.year}", month_last(d)
    if form == "ordinal-apos":
        return f"{_ordinal(d.day)} {mon} '{d.year % 100:02d}", d
    if form == "eom":
        return f"EOM {mon} {d.year}", month_last(d)
    if form == "day-weekday":
        return f"{d.day} {mon} {d.year} ({wd})", d
    if form == "weekday-dotted":
        return f"{wd} {d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "ymd-words":
        return f"{d.year} {mon} {d.day}", d
    if form == "month-end":
        return f"month-end {mon} {d.year}", month_last(d)
    raise ValueError(form)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_FORMS = {"fishbone": ("us-ordinal", "mon-slash"), "cards": ("ordinal-apos", "eom"),
              "timetable": ("day-weekday", "weekday-dotted"), "toc": ("ymd-words", "month-end")}  # fmt: skip
MONTH_FORMS = ("mon-slash", "eom", "month-end")

HOLDOUT50: tuple[H50Family, ...] = (
    H50Family("rl-fishbone", "holdout50", "reportlab", ("none",), ("rec_head",),
              vocab="holdout50", layout="fishbone", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a fishbone (Ishikawa) diagram per recommendation, the "
                          "recommendation the head, each action written at the end of a bone "
                          "above or below the spine, owner, due and status in small print, "
                          "cause categories and causes on the bones"),
    H50Family("docx-index-cards", "holdout50", "docx", ("none",), ("rec_divider",),
              vocab="holdout50", layout="cards", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: index cards filed in due-date order, "
                          "the front of each card (ref, action, divider number) beside its "
                          "back (owner, due, status, note), the recommendations only on the "
                          "divider list"),
    H50Family("xlsx-meeting-timetable", "holdout50", "xlsx", ("none",), ("rec_column",),
              vocab="holdout50", layout="timetable", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a board meeting timetable, a row "
                          "per meeting date and a column per recommendation, each cell listing "
                          "the actions due at that meeting (the due date is the row's date), "
                          "papers-due dates and chairs beside"),
    H50Family("html-theory-of-change", "holdout50", "chromium", ("none",), ("rec_impact",),
              vocab="holdout50", layout="toc", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: a theory of change, a band per "
                          "recommendation read Inputs -> Activities -> Outputs -> Outcomes -> "
                          "Impact, the actions the Activities boxes, the recommendation the "
                          "Impact box at the far right"),
)  # fmt: skip


def _meetings(rng: random.Random, start: date) -> list[date]:
    """Board meeting dates: a fixed weekday every six to eight weeks over about 17 months."""
    first = _months_after(start, 2).replace(day=1)
    weekday = rng.choice((1, 2, 3))  # Tuesday, Wednesday or Thursday
    first += timedelta(days=(weekday - first.weekday()) % 7)
    gap = rng.choice((6, 7, 8))
    out = [first]
    end = _months_after(start, 18)
    while out[-1] + timedelta(weeks=gap) <= end:
        out.append(out[-1] + timedelta(weeks=gap))
    return out


def build_holdout50(fam: H50Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout50:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS50, 8))
    statuses = H50_STATUS[layout]
    meetings = _meetings(rng, start) if layout == "timetable" else []
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            if layout == "timetable":
                d = rng.choice(meetings[1:])
            else:
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
            due_raw, due_date = h50_due(form, d)
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    if layout == "cards":
        # the card box is filed by due date; cards are numbered in that order
        order = sorted(range(len(actions)), key=lambda i: (actions[i].due_date or start, i))
        actions = [actions[i] for i in order]
        actions = [
            H8Action(f"C{j:02d}", a.text, a.owner, a.due_raw, a.due_date, a.progress, a.status,
                     a.rag, a.recs, printed_owner=a.owner)
            for j, a in enumerate(actions, start=1)
        ]  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "fishbone":
        features.update(
            categories=[rng.choice(CATEGORIES50) for _ in actions],
            causes=[rng.choice(CAUSES50).format(n=rng.randint(3, 28)) for _ in actions],
            raised_by=[rng.choice(others[:5]) for _ in actions],
            raised=[some_day(rng.randint(2, 5)).isoformat() for _ in actions],
            facilitator=others[5],
            workshop=some_day(6).isoformat(),
            attended=rng.randint(14, 48),
        )
    elif layout == "cards":
        features.update(
            written_by=[rng.choice(others[:5]) for _ in actions],
            written=[some_day(rng.randint(2, 6)).isoformat() for _ in actions],
            handled_by=[rng.choice(others[:5]) for _ in actions],
            handled=[some_day(rng.randint(0, 1)).isoformat() for _ in actions],
            box_owner=others[5],
            filed=some_day(0).isoformat(),
        )
    elif layout == "timetable":
        features.update(
            meetings=[m.isoformat() for m in meetings],
            papers=[h50_due(form, m - timedelta(days=rng.choice((7, 8, 10))))[0]
                    for m in meetings],
            chairs=[rng.choice(others[:4]) for _ in meetings],
            venues=[rng.choice(("Civic Centre, Room 2", "Town Hall, Committee Room A",
                                "Online (Teams)", "Family Hub, Seminar Room"))
                    for _ in meetings],
            clerk=others[5],
            agreed=some_day(7).isoformat(),
        )  # fmt: skip
    else:
        outputs: list[list[str]] = []
        for num, _ in recs:
            last = max(a.due_date or start for a in actions if a.recs[0] == num)
            outs = []
            for tpl in rng.sample(OUTPUTS50, rng.randint(2, 3)):
                od = _months_after(last, rng.randint(1, 4))
                if form not in MONTH_FORMS:
                    od = od.replace(day=rng.randint(1, 28))
                outs.append(tpl.format(n=rng.randint(6, 140), d=h50_due(form, od)[0]))
            outputs.append(outs)
        features.update(
            inputs=[[tpl.format(n=rng.randint(2, 9), k=rng.randint(15, 240))
                     for tpl in rng.sample(INPUTS50, rng.randint(2, 3))] for _ in recs],
            sponsors=[rng.choice(others[:5]) for _ in recs],
            outputs=outputs,
            outcomes=[rng.sample(OUTCOMES50, 2) for _ in recs],
            drafted_by=others[5],
            drafted=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H50_HEADERS[layout].items()}
    title = {
        "fishbone": "Why things went wrong and how we are fixing them",
        "cards": "Improvement plan card box",
        "timetable": "Improvement board timetable: what comes to each meeting",
        "toc": "Our theory of change for children's services",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS50[layout], actions=list(actions), kpis=kpis, headers=headers,
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
