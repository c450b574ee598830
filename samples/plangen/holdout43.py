"""The `holdout43` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout42).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout43.py`),
its output (`out/holdout43*`) or its results (`results/*holdout43*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout43 split"): the plan as SCHEDULE 2 OF A GRANT AGREEMENT,
each action a payment milestone with a grant amount and a claim date beside its own date
(ReportLab); the plan CASCADED INTO STAFF APPRAISAL OBJECTIVES, a section per owner (the owner
printed once, as the section's heading), each objective citing its plan action and quoting its
recommendation (Word printed by LibreOffice); the tracker as a DATA-ENTRY TEMPLATE with its
guidance row, a worked example row and the drop-down lists printed (Excel printed by LibreOffice
Calc); the plan printed from a PHONE APP's mobile view, on a narrow page (HTML printed by
Chromium). A forty-fourth header vocabulary and date forms (`31.03.2027`, `03/2027`, date cells
`31/03/2027` and `March 2027`, `Wed 31 Mar 2027`, `Mar 2027`).
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
from samples.plangen.holdout42 import H42Family


@dataclass(frozen=True, slots=True)
class H43Family(H42Family):
    """A holdout43 family: its own builder and renderer (checked before H42Family)."""


# Header and label wordings of holdout43, per layout (each plan draws one of each).
H43_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "grant": {
        "ref": ("Milestone", "Milestone no.", "MS"),
        "action": ("Deliverable", "Milestone deliverable", "Activity funded"),
        "owner": ("Responsible", "Accountable lead", "Grant lead"),
        "due": ("Achieve by", "Milestone date", "Deliver by"),
        "rag": ("Milestone status", "Assessment", "Status at claim"),
        "progress": ("Evidence submitted", "Grant manager's note", "Claim narrative"),
        "rec": ("", "", ""),
        "indicator": ("Outcome measure", "Grant KPI", "Output"),
        "baseline": ("At award", "Baseline", "Start"),
        "latest": ("At last claim", "Reported", "Latest"),
        "target": ("Expected by end of grant", "Target", "Grant target"),
    },
    "appraisal": {
        "ref": ("Plan action", "From plan action", "Improvement plan ref"),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("Deadline", "To achieve by", "Timescale"),
        "rag": ("Mid-year rating", "Interim rating", "Rating at review"),
        "progress": ("Reviewer's comments", "Mid-year comments", "Discussion notes"),
        "rec": ("Supports", "Contributes to", "Linked to"),
        "indicator": ("Team measure", "Indicator", "Measure"),
        "baseline": ("Last year", "Baseline", "Start of year"),
        "latest": ("Mid-year", "Latest", "Now"),
        "target": ("Year-end target", "Target", "Aim"),
    },
    "template": {
        "ref": ("Action ref", "Ref", "ID"),
        "action": ("Action (what)", "Action to be taken", "Action"),
        "owner": ("Owner (who)", "Responsible officer", "Lead"),
        "due": ("Due date (when)", "Date due", "Deadline"),
        "rag": ("RAG (select)", "Status", "Progress rating"),
        "progress": ("Update (max 100 words)", "Latest update", "Comments"),
        "rec": ("Rec no.", "Recommendation no.", "Ofsted rec"),
        "indicator": ("KPI (from scorecard)", "Indicator", "Measure"),
        "baseline": ("Baseline", "Start", "Baseline value"),
        "latest": ("Latest", "Current", "This month"),
        "target": ("Target", "Goal", "Target value"),
    },
    "mobile": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Owner", "Assigned to", "Lead"),
        "due": ("Due", "Deadline", "Due date"),
        "rag": ("", "", ""),
        "progress": ("Latest note", "Last update", "Note"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Metric", "KPI"),
        "baseline": ("Was", "Baseline", "Start"),
        "latest": ("Now", "Latest", "Current"),
        "target": ("Goal", "Target", "Aim"),
    },
}  # fmt: skip
REC_LABELS43 = {
    "grant": "Deliverable group {n}",
    "appraisal": "Ofsted recommendation {n}",
    "template": "Recommendation {n}",
    "mobile": "Rec {n}",
}

# status per layout: (printed, rag)
H43_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "grant": (("On schedule", "green"), ("At risk of slippage", "amber"), ("Not met", "red"),
              ("Met", "blue"), ("Not yet claimable", None)),
    "appraisal": (("Meeting", "green"), ("Partly meeting", "amber"), ("Not meeting", "red"),
                  ("Achieved", "blue"), ("Too early to say", None)),
    "template": (("1 - On track", "green"), ("2 - At risk", "amber"), ("3 - Off track", "red"),
                 ("4 - Complete", "blue"), ("0 - Not started", None)),
    "mobile": (("On track", "green"), ("At risk", "amber"), ("Late", "red"),
               ("Done", "blue"), ("To do", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules (not checked)
OTHERS43 = ("Wilhelmina Osei-Barrow", "Fenwick Adeyemi", "Tamsin Lockridge", "Bartholomew Nkem",
            "Ilse Carrow-Hyde", "Desmond Achterberg", "Pernille Okafor", "Ruaridh Stallard",
            "Constance Mbeki-Lowe", "Eamon Quartey")  # fmt: skip
APP_NAMES = ("PlanTrack", "ImproveIt", "ActionHub", "Progressor")


def h43_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout43 date form and the date it names.

    `31.03.2027`, the date cell `31/03/2027` and `Wed 31 Mar 2027` are that day; `03/2027`, the
    date cell `March 2027` and `Mar 2027` end the month.
    """
    mon = calendar.month_abbr[d.month]
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "mm-yyyy":
        return f"{d.month:02d}/{d.year}", month_last(d)
    if form == "cell-dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "cell-month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "weekday":
        return f"{calendar.day_abbr[d.weekday()]} {d.day} {mon} {d.year}", d
    if form == "mon-yyyy":
        return f"{mon} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"grant": ("dots", "mm-yyyy"), "appraisal": ("dots", "mm-yyyy"),
              "template": ("cell-dmy", "cell-month"), "mobile": ("weekday", "mon-yyyy")}  # fmt: skip
MONTH_FORMS = ("mm-yyyy", "cell-month", "mon-yyyy")

HOLDOUT43: tuple[H43Family, ...] = (
    H43Family("rl-grant-schedule", "holdout43", "reportlab", ("grid",), ("rec_banner",),
              vocab="holdout43", layout="grant", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: the plan as Schedule 2 of a grant agreement, each action "
                          "a payment milestone (grant amount and claim date beside its own "
                          "date), grant particulars and a payment total as distractors"),
    H43Family("docx-appraisal-objectives", "holdout43", "docx", ("grid",), ("rec_quoted",),
              vocab="holdout43", layout="appraisal", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: the plan cascaded into appraisal "
                          "objectives, a section per owner (owner printed once as the heading, "
                          "line manager and review date as distractors), each objective citing "
                          "its plan action and quoting its recommendation"),
    H43Family("xlsx-entry-template", "holdout43", "xlsx", ("grid",), ("rec_number",),
              vocab="holdout43", layout="template", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: the tracker as a data-entry "
                          "template, instructions, a guidance row and a worked example row under "
                          "the header, the drop-down lists printed below"),
    H43Family("html-mobile-app", "holdout43", "chromium", ("none",), ("rec_headings",),
              vocab="holdout43", layout="mobile", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: the plan printed from a phone app's mobile "
                          "view on a narrow page (status bar, list cells with pills, tab bar)"),
)  # fmt: skip


def build_holdout43(fam: H43Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout43:{seed}:{fam.name}:{index}")
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
    if layout == "appraisal":
        leads = leads[: rng.randint(3, 5)]
    form = rng.choice(DATE_FORMS[layout])
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = rng.sample(OTHERS43, 8)
    statuses = H43_STATUS[layout]
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
            due_raw, due_date = h43_due(form, d)
            ref = {"grant": f"M{num}.{k}", "mobile": f"#{num}{k:02d}"}.get(layout, f"{num}.{k}")
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "grant":
        features.update(
            status_style="cell-word",
            grant_manager=others[0],
            signatory=others[1],
            award=rng.choice((250_000, 400_000, 600_000, 750_000, 1_200_000)),
            payments={
                a.ref: rng.choice((10_000, 15_000, 20_000, 25_000, 40_000, 50_000)) for a in actions
            },  # fmt: skip
            claims={
                a.ref: _months_after(a.due_date or start, 1)
                .replace(day=rng.randint(5, 20))
                .isoformat()
                for a in actions
            },  # fmt: skip
            agreement=f"DFE-CSIG-{rng.randint(1000, 9999)}",
            period=(start.isoformat(), _months_after(start, 18).isoformat()),
        )
    elif layout == "appraisal":
        features.update(
            status_style="line-word",
            managers={o: rng.choice(others[:5]) for o in leads},
            reviews={o: some_day(rng.randint(0, 2)).isoformat() for o in leads},
            hr=others[6],
        )
    elif layout == "template":
        features.update(
            status_style="cell-word",
            example=(
                "0.1",
                "Example: audit a sample of supervision records",
                "Jo Bloggs, Team Manager",
                "01/01/2026",
                "1 - On track",
            ),
            list_owners=sorted(set(leads) | set(rng.sample(C.TITLES, 3))),
            version=f"v{rng.randint(2, 6)}.{rng.randint(0, 9)}",
            maintainer=others[2],
        )
    else:
        features.update(
            status_style="pill",
            app=rng.choice(APP_NAMES),
            user=others[3],
            synced=rng.choice(("2 min ago", "just now", "14:32", "yesterday")),
            clock=f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}",
            battery=rng.randint(18, 97),
        )
    headers = {role: rng.choice(words) for role, words in H43_HEADERS[layout].items()}
    title = {
        "grant": "Schedule 2: Milestones, deliverables and payments",
        "appraisal": "Improvement plan objectives 2026/27",
        "template": "Improvement plan tracker",
        "mobile": "Improvement plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS43[layout], actions=list(actions), kpis=kpis, headers=headers,
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
