"""The `holdout64` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout63).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout64.py`),
its output (`out/holdout64*`) or its results (`results/*holdout64*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout64 split"): a MATRIX of the child's journey, the
recommendations as rows and the journey's STAGES as columns, each headed by its STAGE LEAD (not an
owner), every action a box in the cell of its recommendation and stage (ReportLab); a Word
self-grading report whose statuses are OFSTED'S JUDGEMENT WORDS (`Good`, `Requires improvement`,
`Inadequate`), each recommendation's table headed by the grade Ofsted gave it and the grade aimed
for (not statuses) (Word printed by LibreOffice); an Excel tracker of PLAN / ACTUAL ROW PAIRS, each
action on two rows, the plan row holding the action, owner and planned date, the actual row under
it the status, the actual or forecast date and the variance in days (Excel printed by LibreOffice
Calc); and a web SERVICE-STATUS PAGE, each action a component with its status at the right and a
strip of twelve months' history under it (HTML printed by Chromium). A sixty-fifth header
vocabulary and date forms (`30th Jun. 2027`, `Wed 30/6/27`, `30 June 2027 (Wednesday)`, `Wednesday,
30th June 2027`, `30 06 2027`, `Wed 30.06.27`, `30 Jun 2027, 5pm`, `30/06/2027 at 5pm`).
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
from samples.plangen.holdout63 import H63Family


@dataclass(frozen=True, slots=True)
class H64Family(H63Family):
    """A holdout64 family: its own builder and renderer (checked before H63Family)."""


# Header and label wordings of holdout64, per layout (each plan draws one of each).
H64_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "matrix": {
        "ref": ("Waypoint", "Way-mark no.", "Leg no."),
        "owner": ("Guided by", "Trail guide", "Pathfinder"),
        "due": ("Reached by", "Get there by", "Harbour by"),
        "rag": ("How far along", "Pace", "Headway"),
        "progress": ("Travel note", "Signpost", "Field note"),
        "indicator": ("Milepost measure", "Indicator", "Footfall count"),
        "baseline": ("Setting off", "Baseline", "Trailhead"),
        "latest": ("Halfway mark", "Latest", "Last waypoint"),
        "target": ("Destination reached", "Target", "Peak"),
    },
    "grades": {
        "ref": ("Grading ref", "Evidence ref", "Line of sight no."),
        "action": ("What we are improving", "What is being graded", "The work"),
        "owner": ("Senior responsible lead", "Grade holder", "Practice lead"),
        "due": ("Graded again by", "To be good by", "Regrade date"),
        "rag": ("Our grade now", "Self-grade", "Grade today"),
        "progress": ("Grounds for the grade", "Why this grade", "Grading rationale"),
        "indicator": ("Grading measure", "Indicator", "Quality count"),
        "baseline": ("Inspected position", "Baseline", "On inspection day"),
        "latest": ("This grading", "Latest", "Most recent grade"),
        "target": ("Good looks like", "Target", "Benchmark of good"),
    },
    "planactual": {
        "ref": ("Task key", "Schedule ID", "WBS code"),
        "kind": ("Plan / Actual", "Row kind", "P/A"),
        "rec": ("Rec. ref", "Answers rec.", "Rec. no."),
        "action": ("Scheduled task", "What is scheduled", "Schedule item"),
        "owner": ("Schedule owner", "Scheduled lead", "Lead on the schedule"),
        "due": ("Date (plan / actual)", "Plan or actual date", "Key date"),
        "variance": ("Variance (days)", "Days adrift", "Slippage (days)"),
        "rag": ("Against plan", "Plan status", "Position v plan"),
        "progress": ("Explanation", "Variance note", "Reason and recovery"),
        "indicator": ("Control measure", "Indicator", "Schedule measure"),
        "baseline": ("Plan start", "Baseline", "Plan-day figure"),
        "latest": ("Actual now", "Latest", "Period actual"),
        "target": ("Plan end", "Target", "Planned figure"),
    },
    "statuspage": {
        "ref": ("Component ID", "Service ref", "Node"),
        "owner": ("On-call lead", "Service owner", "Responder"),
        "due": ("Restore by", "Expected fix", "Resolution due"),
        "progress": ("Incident update", "Engineer's note", "Status message"),
        "indicator": ("Service metric", "Indicator", "Uptime measure"),
        "baseline": ("Before the incident", "Baseline", "Pre-incident"),
        "latest": ("Live reading", "Latest", "Reading now"),
        "target": ("Service level", "Target", "Agreed level"),
    },
}  # fmt: skip
REC_LABELS64 = {"matrix": "Recommendation {n}", "grades": "Recommendation {n}",
                "planactual": "R{n}", "statuspage": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with new ones in each.
H64_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "matrix": (("Gathering pace", "green"), ("Stop-start", "amber"), ("Bogged down", "red"),
               ("Closed", "blue"), ("Not left the blocks", None)),
    "grades": (("Good", "green"), ("Requires improvement", "amber"), ("Inadequate", "red"),
               ("Embedded", "blue"), ("Not yet graded", None)),
    "planactual": (("Tracking to plan", "green"), ("Slipping behind plan", "amber"),
                   ("Unmoved", "red"), ("Achieved", "blue"), ("Plan only", None)),
    "statuspage": (("Operational", "green"), ("Degraded", "amber"), ("Major outage", "red"),
                   ("Completed", "blue"), ("Awaiting go-live", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS64 = ("Barnaby Quartermaine", "Ngozi Featherstone", "Cllr Araminta Vosper",
            "Ignatius Okwuosa", "Philippa Strand-Mowbray", "Cosmo Adeyemi-Hart", "Leopoldine Rusk",
            "Tobias Venkataraman", "Marguerite Olabode", "Evander Kilbride", "Honoria Tamsett",
            "Casimir Ndlovu", "Clementine Arkwright")  # fmt: skip

# the child's journey: the matrix's columns (their leads are DISTRACTORS, not owners)
STAGES = ("Front door and early help", "Assessment and children in need", "Child protection",
          "Children in care", "Care leavers")  # fmt: skip

# Ofsted's judgement words given at inspection / aimed for (DISTRACTORS, per recommendation)
JUDGED = ("Inadequate", "Requires improvement to be good")
AIMED = ("Good", "Outstanding")


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def h64_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout64 date form and the date it names (always a day)."""
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    wd = calendar.day_abbr[d.weekday()]
    wdf = calendar.day_name[d.weekday()]
    if form == "ord-mon-dot":
        return f"{d.day}{_suffix(d.day)} {mon}. {d.year}", d
    if form == "wd-d-m-yy":
        return f"{wd} {d.day}/{d.month}/{d.year % 100:02d}", d
    if form == "full-wd-brackets":
        return f"{d.day} {full} {d.year} ({wdf})", d
    if form == "wdf-ord":
        return f"{wdf}, {d.day}{_suffix(d.day)} {full} {d.year}", d
    if form == "dd-mm-yyyy-spaces":
        return f"{d.day:02d} {d.month:02d} {d.year}", d
    if form == "wd-dd-mm-yy-dots":
        return f"{wd} {d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "d-mon-5pm":
        return f"{d.day} {mon} {d.year}, 5pm", d
    if form == "dmy-at-5pm":
        return f"{d:%d/%m/%Y} at 5pm", d
    raise ValueError(form)


DATE_FORMS = {"matrix": ("ord-mon-dot", "wd-d-m-yy"), "grades": ("full-wd-brackets", "wdf-ord"),
              "planactual": ("dd-mm-yyyy-spaces", "wd-dd-mm-yy-dots"),
              "statuspage": ("d-mon-5pm", "dmy-at-5pm")}  # fmt: skip

HOLDOUT64: tuple[H64Family, ...] = (
    H64Family("rl-journey-stage-matrix", "holdout64", "reportlab", ("none",), ("row",),
              vocab="holdout64", layout="matrix", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab, A4 landscape: a MATRIX of the child's journey, the "
                          "recommendations as rows, five journey STAGES as columns each headed by "
                          "its stage lead (not an owner), every action a box in its cell; dues "
                          "`30th Jun. 2027` or `Wed 30/6/27`"),
    H64Family("docx-ofsted-grade-words", "holdout64", "docx", ("grid",), ("heading",),
              vocab="holdout64", layout="grades", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice, A4: a SELF-GRADING report, each "
                          "action's status an Ofsted judgement word (Good, Requires improvement, "
                          "Inadequate, Embedded), each recommendation's table headed by the grade "
                          "Ofsted gave and the grade aimed for (not statuses); dues `30 June 2027 "
                          "(Wednesday)` or `Wednesday, 30th June 2027`"),
    H64Family("xlsx-plan-actual-pairs", "holdout64", "xlsx", ("grid",), ("code",),
              vocab="holdout64", layout="planactual", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a tracker of PLAN / ACTUAL ROW "
                          "PAIRS, the plan row the action, owner and planned date, the actual row "
                          "under it the status, an actual or forecast date and the variance in "
                          "days; dues `30 06 2027` or `Wed 30.06.27` date cells"),
    H64Family("html-service-status-page", "holdout64", "chromium", ("rows",), ("heading",),
              vocab="holdout64", layout="statuspage", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a SERVICE-STATUS PAGE, each action a "
                          "component with its status word at the right and twelve months' "
                          "history strip under it; dues `30 Jun 2027, 5pm` or `30/06/2027 "
                          "at 5pm`"),
)  # fmt: skip


def build_holdout64(fam: H64Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout64:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS64, 10))
    statuses = H64_STATUS[layout]
    actions: list[H8Action] = []
    extras: dict[str, object] = {}  # per action ref: the layout's extra printed value
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            seq += 1
            owner = rng.choice(leads)
            d = _months_after(start, rng.randint(4, 18))
            d = month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h64_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"matrix": f"{num}.{k}", "grades": f"{num}({chr(96 + k)})",
                   "planactual": f"T{seq:03d}", "statuspage": f"C{num}-{k}"}[layout]  # fmt: skip
            if layout == "matrix":
                extras[ref] = rng.randrange(len(STAGES))  # the stage column the box stands in
            elif layout == "planactual":
                # the actual row's date (DISTRACTOR) and the variance in days
                if rag is None:
                    extras[ref] = ("", "")
                else:
                    shift = {"green": rng.choice((0, 0, -7, 7)), "amber": rng.randint(14, 60),
                             "red": rng.randint(61, 150),
                             "blue": -rng.randint(3, 40)}[rag]  # fmt: skip
                    extras[ref] = ((d + timedelta(days=shift)).isoformat(), shift)
            elif layout == "statuspage":
                # twelve months of history, oldest first (DISTRACTOR), the last one this month's
                pool = ["green", "amber", "red"]
                hist: list[str] = []
                if rag is None:
                    hist = ["none"] * 11
                else:
                    state, live = rng.choice(pool), rng.randint(3, 11)
                    for month in range(11):
                        if month < 11 - live:
                            hist.append("none")
                            continue
                        if rng.random() < 0.3:
                            state = rng.choice(pool)
                        hist.append(state)
                extras[ref] = [*hist, rag or "none"]
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {"extras": extras}
    if layout == "matrix":
        features.update(stage_leads=others[:5], preparer=others[5], board=others[6],
                        meeting=issued.isoformat())  # fmt: skip
    elif layout == "grades":
        features.update(
            moderator=others[5], moderated=issued.isoformat(), chair=others[6],
            judged={n: rng.choice(JUDGED) for n, _ in recs},
            aimed={n: rng.choice(AIMED) for n, _ in recs},
        )  # fmt: skip
    elif layout == "planactual":
        features.update(pmo=others[5], baselined=start.isoformat(),
                        refreshed=issued.isoformat())  # fmt: skip
    else:
        features.update(updated_by=others[5], updated=issued.isoformat(),
                        next=(issued + timedelta(days=28)).isoformat())  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H64_HEADERS[layout].items()}
    if layout in ("matrix", "statuspage"):  # no column headers for these: the printed labels
        headers.setdefault("action", "Action")
        headers.setdefault("rag", "Status")
    title = {
        "matrix": "Improvement plan: the child's journey",
        "grades": "Improvement plan: how good are we now?",
        "planactual": "Improvement plan: plan against actual",
        "statuspage": "Improvement plan status",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS64[layout], actions=list(actions), kpis=kpis, headers=headers,
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
