"""The `holdout32` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout31).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout32.py`),
its output (`out/holdout32*`) or its results (`results/*holdout32*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout32 split"): a PRINCE2-style CHECKPOINT REPORT, a table of
products per work package with a planned AND a forecast finish (the forecast a distractor) and an
issues log of named people and dates (ReportLab); a quality-improvement PDSA CYCLE LOG, one
Plan / Do / Study / Act quadrant table per change idea, the owner and date inside the Plan
quadrant, the Act decision (Adopt / Adapt / Abandon) a distractor beside the status (Word printed
by LibreOffice); a FORWARD PLAN whose quarter columns hold each action's text in the quarter it
is due, the status only the fill of that cell, a key-dates row of milestones above (Excel printed
by LibreOffice Calc); a YOUNG PEOPLE'S VERSION of the plan, friendly panels, a face icon and a
plain-words status, quotes from named young people and a contact officer (HTML printed by
Chromium). A thirty-third header vocabulary and date forms (`31 Mar 2027`, `Mar 2027`,
`31/03/2027`, `end Mar 2027`, financial-year quarter columns `Q3 2026/27`, `March 2027`,
`31st March 2027`).
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
from samples.plangen.holdout31 import H31Family


@dataclass(frozen=True, slots=True)
class H32Family(H31Family):
    """A holdout32 family: its own builder and renderer (checked before H31Family)."""


# Header and label wordings of holdout32, per layout (each plan draws one of each).
H32_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "checkpoint": {
        "ref": ("Product ID", "Product no.", "PID"),
        "action": ("Product", "Product description", "Deliverable"),
        "owner": ("Product owner", "Accountable manager", "Work package manager"),
        "due": ("Planned finish", "Baseline finish", "Planned end"),
        "forecast": ("Forecast finish", "Expected finish", "Forecast end"),
        "rag": ("Status against plan", "Checkpoint status", "Tolerance status"),
        "progress": ("Checkpoint note", "This period", "Work done this period"),
        "indicator": ("Benefit", "Benefit measure", "Expected benefit"),
        "baseline": ("Pre-programme", "Benefit baseline", "At mobilisation"),
        "latest": ("Measured now", "Latest measurement", "This checkpoint"),
        "target": ("Benefit target", "Planned benefit", "Target benefit"),
    },
    "pdsa": {
        "ref": ("Change idea", "Test", "Idea no."),
        "action": ("What are we testing?", "The change we are testing", "Our change idea"),
        "owner": ("Test lead", "Who", "Led by"),
        "due": ("Cycle ends", "By when", "Test complete by"),
        "rag": ("Overall", "Cycle status", "How it is going"),
        "progress": ("What happened?", "What we did", "Cycle findings"),
        "indicator": ("Outcome measure", "What we measure", "Family of measures"),
        "baseline": ("Median before", "Before testing", "Starting median"),
        "latest": ("Latest run", "Last data point", "Median now"),
        "target": ("Aim", "Goal by end", "Our aim"),
    },
    "forward": {
        "ref": ("No.", "Line", "Act."),
        "action": ("Action", "What", "Milestone action"),
        "owner": ("Lead", "Lead manager", "Owned by"),
        "due": ("Quarter due", "Quarter", "Due in"),
        "rag": ("RAG", "Status", "Delivery"),
        "progress": ("Latest update", "Update this quarter", "Position"),
        "indicator": ("KPI", "Key measure", "Indicator"),
        "baseline": ("Baseline", "Start", "Position at start"),
        "latest": ("Latest", "Current", "Q now"),
        "target": ("Target", "End target", "Target 2027"),
    },
    "young": {
        "ref": ("Number", "No.", "Step"),
        "action": ("What we will do", "What we are going to do", "Our promise"),
        "owner": ("Who is doing it", "Who is in charge", "Person leading this"),
        "due": ("When it will be done by", "Finished by", "Ready by"),
        "rag": ("How is it going?", "How are we doing?", "Progress check"),
        "progress": ("What has happened so far", "What we have done so far", "News"),
        "indicator": ("What we are counting", "What we check", "The number we look at"),
        "baseline": ("When we started", "Before", "At the start"),
        "latest": ("Now", "Today", "Most recent"),
        "target": ("What we want", "Where we want to be", "Our goal"),
    },
}
REC_LABELS32 = {
    "checkpoint": "Work package {n}",
    "pdsa": "Improvement aim {n}",
    "forward": "Ofsted recommendation {n}",
    "young": "{n}. What Ofsted said",
}

# status per layout: (printed, rag)
H32_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "checkpoint": (("On plan", "green"), ("Forecast late", "amber"), ("Exception raised", "red"),
                   ("Delivered", "blue"), ("Not started", None)),
    "pdsa": (("Progressing well", "green"), ("Some concerns", "amber"),
             ("Not progressing", "red"), ("Change embedded", "blue"), ("Not yet tested", None)),
    "forward": (("", "green"), ("", "amber"), ("", "red"), ("", "blue"), ("", None)),
    "young": (("Going well", "green"), ("A bit behind", "amber"), ("Stuck", "red"),
              ("Done!", "blue"), ("Not started yet", None)),
}  # fmt: skip
# the forward plan's key: fill colour -> meaning (printed above the table)
FORWARD_KEY = (("green", "On track"), ("amber", "Some slippage"), ("red", "Significant slippage"),
               ("blue", "Complete"), (None, "Not started"))  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS = ("Karen Whitlow", "Ian Barraclough", "Lucy Ferreira", "Gareth Pym", "Nadine Osborne",
          "Callum Reid", "Yasmin Sheikh")  # fmt: skip
YOUNG_NAMES = ("Jay", "Mia", "Kacey", "Tyler", "Ellie", "Aaron", "Zara", "Leo")
YOUNG_QUOTES = (
    "I want to keep the same social worker for longer.",
    "Tell me what is happening before it happens, not after.",
    "My pathway plan should be about what I want to do.",
    "Adults should listen the first time.",
    "I should know who to ring when my worker is off.",
    "Moving schools was the worst part. Ask us first.",
)
ISSUES = (
    "Case management system upgrade delayed by the supplier",
    "Two team manager vacancies in the Front Door",
    "Partner data not yet shared under the new agreement",
    "Training venue unavailable for the second cohort",
    "Audit tool to be revised after moderation",
    "Agency staff turnover higher than planned",
)
DECISIONS = ("Adopt", "Adapt", "Abandon", "Not yet decided")
MILESTONES = ("Ofsted monitoring visit", "Improvement Board annual review", "Peer review",
              "DfE improvement adviser visit", "Practice week")  # fmt: skip


def fy_quarter(d: date) -> tuple[str, date]:
    """The financial-year quarter holding d, as printed (`Q3 2026/27`), and its last day."""
    fy = d.year if d.month >= 4 else d.year - 1
    q = (d.month - 4) % 12 // 3 + 1
    end = {1: date(fy, 6, 30), 2: date(fy, 9, 30), 3: date(fy, 12, 31), 4: date(fy + 1, 3, 31)}
    return f"Q{q} {fy}/{(fy + 1) % 100:02d}", end[q]


def h32_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout32 date form and the date it names.

    `31 Mar 2027`, `31/03/2027` and `31st March 2027` are that day; `Mar 2027`, `end Mar 2027`
    and `March 2027` the month's last day; a quarter column `Q3 2026/27` the quarter's last day.
    """
    if form == "dmon":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    if form == "mon":
        return f"{calendar.month_abbr[d.month]} {d.year}", month_last(d)
    if form == "dmy4":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "endmon":
        return f"end {calendar.month_abbr[d.month]} {d.year}", month_last(d)
    if form == "quarter":
        return fy_quarter(d)
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "ordinal":
        suffix = (
            "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        )
        return f"{d.day}{suffix} {calendar.month_name[d.month]} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"checkpoint": ("dmon", "mon"), "pdsa": ("dmy4", "endmon"),
              "forward": ("quarter",), "young": ("month", "ordinal")}  # fmt: skip
DAY_FORMS = ("dmon", "dmy4", "ordinal")

HOLDOUT32: tuple[H32Family, ...] = (
    H32Family("rl-checkpoint-report", "holdout32", "reportlab", ("hrules",), ("work-packages",),
              vocab="holdout32", layout="checkpoint", kpi=0.4, landscape=0.0, progress=0.6,
              description="ReportLab: a PRINCE2-style checkpoint report; per work package a "
                          "products table with a planned AND a forecast finish (a distractor), "
                          "status against plan in words, checkpoint notes as spanning rows; an "
                          "issues log of named people and dates"),
    H32Family("docx-pdsa-log", "holdout32", "docx", ("grid",), ("quadrants",),
              vocab="holdout32", layout="pdsa", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a quality-improvement PDSA cycle log, "
                          "one Plan/Do/Study/Act quadrant table per change idea (owner and date "
                          "inside Plan, an Adopt/Adapt/Abandon decision beside the status)"),
    H32Family("xlsx-forward-plan", "holdout32", "xlsx", ("grid",), ("quarter-columns",),
              vocab="holdout32", layout="forward", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a forward plan whose quarter "
                          "columns hold each action's text in the quarter it is due, the status "
                          "only that cell's fill, a key-dates row of milestones above"),
    H32Family("html-young-peoples-plan", "holdout32", "chromium", ("none",), ("panels",),
              vocab="holdout32", layout="young", kpi=0.5, landscape=0.0, progress=0.6,
              description="HTML printed by Chromium: a young people's version of the plan, a "
                          "panel per recommendation, each promise with who, when and a face "
                          "icon and plain-words status; quotes from named young people"),
)  # fmt: skip


def build_holdout32(fam: H32Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout32:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    layout = fam.layout
    has_progress = rng.random() < fam.progress
    leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    form = rng.choice(DATE_FORMS[layout])
    features: dict[str, object] = {}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = rng.sample(OTHERS, 4)
    if layout == "checkpoint":
        first_issue = rng.randint(10, 40)
        issue_texts = rng.sample(ISSUES, 3)
        features.update(status_style="words", checkpoint=rng.randint(3, 11),
                        prepared_by=others[0], issues=[
                            (f"I{first_issue + 2 * i}", issue_texts[i], others[1 + i],
                             min(issued, _months_after(issued, -rng.randint(0, 2)).replace(
                                 day=rng.randint(1, 28))).isoformat())
                            for i in range(rng.randint(2, 3))])  # fmt: skip
    elif layout == "pdsa":
        features.update(status_style="quadrant-word")
    elif layout == "forward":
        features.update(status_style="fill-only", key="above-table")
    else:
        qs = rng.sample(YOUNG_QUOTES, 2)
        features.update(status_style="face-word", quotes=[
            (q, rng.choice(YOUNG_NAMES), rng.randint(11, 19)) for q in qs],
            contact=others[0], checked=_months_after(issued, -1).replace(
                day=rng.randint(1, 28)).isoformat())  # fmt: skip
    drafts: list[tuple[str, int, str, str, date, str | None, str, str | None]] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 16))
            if form in DAY_FORMS and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H32_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            drafts.append((num, k, text, owner, d, progress, status, rag))
    actions: list[H8Action] = []
    extra: dict[str, tuple[str, str]] = {}
    for num, k, text, owner, d, progress, status, rag in drafts:
        due_raw, due_date = h32_due(form, d)
        if layout == "checkpoint":
            ref = f"WP{num}.{k}"
            if rag in ("amber", "red"):
                later = _months_after(d, rng.randint(1, 3))
                if form == "dmon":
                    later = later.replace(day=min(d.day, 28))
                forecast = h32_due(form, later)[0]
            else:
                forecast = {"green": due_raw, "blue": "Delivered", None: "TBC"}[rag]
            extra[ref] = (forecast, "")
        elif layout == "pdsa":
            ref = f"{num}.{k}"
            reviewer = rng.choice(others)
            seen = _months_after(issued, -rng.randint(0, 2)).replace(day=rng.randint(1, 28))
            m = rng.randint(4, 18)
            study = (f"Reviewed by {reviewer} on {seen.day:02d}/{seen.month:02d}/{seen.year}: "
                     f"{rng.randint(2, m)} of {m} audited records met the standard.")  # fmt: skip
            decision = rng.choice(DECISIONS) if progress and rag else "Not yet decided"
            decision = "Adopt" if progress and rag == "blue" else decision
            extra[ref] = (decision, study)
        elif layout == "forward":
            ref = f"{num}.{k}"
        else:
            ref = f"{num}{'abcdefgh'[k - 1]}"
        actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status or None,
                                rag, [num], printed_owner=owner))  # fmt: skip
    if layout == "forward":
        firsts = sorted({fy_quarter(a.due_date)[1] for a in actions if a.due_date})
        cols = [firsts[0]]
        while cols[-1] < firsts[-1] or len(cols) < 5:
            cols.append(month_last(_months_after(cols[-1], 3)))
        quarters = [fy_quarter(c)[0] for c in cols]
        marks = rng.sample(range(len(quarters)), 2)
        features.update(quarters=quarters, now=fy_quarter(issued)[0],
                        milestones=[(quarters[i], m) for i, m in
                                    zip(marks, rng.sample(MILESTONES, 2), strict=True)])  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H32_HEADERS[layout].items()}
    title = {
        "checkpoint": "Checkpoint Report: Children's Services Improvement Programme",
        "pdsa": f"{authority} Children's Services: PDSA Cycle Log",
        "forward": f"{authority} Council - Improvement Plan: Forward Plan",
        "young": "Our promise to you",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS32[layout], actions=list(actions), kpis=kpis, headers=headers,
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
