"""The `holdout12` split: plan layouts that differ in kind from every family of the thirteen
earlier splits (tune, measure, holdout, holdout2 .. holdout11).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout12.py`),
its output (`out/holdout12*`) or its results (`results/*holdout12*`); it is scored, never tuned on.

What differs from the 64 earlier families (see README.md "The holdout12 split"): a programme
DELIVERY DASHBOARD (ReportLab: per workstream, rows with a PERCENT-COMPLETE BAR tinted by RAG,
dates as `w/c 12 Oct 2026`); a CABINET REPORT APPENDIX (Word printed by LibreOffice: one numbered
table, each action row followed by MILESTONE SUB-ROWS that are not actions); a workbook with a
SUMMARY SHEET of status counts per recommendation printed BEFORE the tracker sheet (Excel printed
by LibreOffice Calc, dates as `2026/11/30`); an improvement ROADMAP (HTML printed by Chromium: a
vertical timeline grouped by quarter, action cards alternating left and right, each naming the
finding it responds to). A fourteenth header vocabulary, new date forms and status words.
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
from samples.plangen.holdout11 import H11Family


@dataclass(frozen=True, slots=True)
class H12Family(H11Family):
    """A holdout12 family: its own builder and renderer (checked before H11Family)."""


# Header and label wordings of holdout12 (none a header of the thirteen earlier vocabularies).
H12_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Log ref", "Docket no.", "Serial"),
    "action": ("What gets done", "Intended change", "Step to be taken"),
    "owner": ("Lead sponsor", "Senior sponsor", "Who is on it"),
    "due": ("Target week", "Landing point", "Finish line"),
    "rag": ("Status flag", "Health check", "Flag colour"),
    "progress": ("Commentary this cycle", "Update narrative", "What happened"),
    "indicator": ("Indicator watched", "Performance line", "Metric name"),
    "baseline": ("Day-one figure", "Opening position", "First reading"),
    "latest": ("Current reading", "Figure this round", "Period figure"),
    "target": ("End-state figure", "Desired level", "Level we seek"),
}
REC_LABELS12 = (
    "Finding F{n}: ",
    "Area to strengthen {n} – ",
    "Priority for action {n}) ",
)

# status words per layout: (word, rag)
H12_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "bars": (("Moving along", "green"), ("Lagging", "amber"), ("Halted", "red"),
             ("Sealed", "blue"), ("Lined up", None)),
    "appendix": (("Running to plan", "green"), ("Behind plan", "amber"), ("In difficulty", "red"),
                 ("Handed over", "blue"), ("Yet to open", None)),
    "summary": (("Fine", "green"), ("Uneasy", "amber"), ("Alarming", "red"),
                ("Put to bed", "blue"), ("Untouched", None)),
    "roadmap": (("In hand", "green"), ("Stretched", "amber"), ("Snagged", "red"),
                ("Finished off", "blue"), ("Upcoming", None)),
}  # fmt: skip
TINT12 = {"green": "#2F9E44", "amber": "#E67700", "red": "#C92A2A", "blue": "#1C7ED6"}

MILESTONES = (
    "Draft agreed at the departmental management team",
    "Staff briefing sessions held",
    "First audit reported to the board",
    "Policy signed off by the Cabinet Member",
    "Review of impact after six months",
    "Partners consulted on the approach",
    "Guidance published on the intranet",
    "Pilot completed in one locality",
)  # fmt: skip


def h12_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout12 due-date form and the date it names (d is a month end).

    `w/c 26 Oct 2026` (week commencing a Monday) -> the Sunday that ends that week;
    `30th Nov '26` -> that day; `2026/11/30` -> that day; `Friday 30 October 2026` -> that day.
    """
    y, m = d.year, d.month
    if form == "wc":
        monday = d - timedelta(days=d.weekday())
        return (f"w/c {monday.day} {calendar.month_abbr[monday.month]} {monday.year}",
                monday + timedelta(days=6))  # fmt: skip
    if form == "ordinal":
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suffix} {calendar.month_abbr[m]} '{y % 100:02d}", d
    if form == "slashiso":
        return f"{y}/{m:02d}/{d.day:02d}", d
    if form == "weekday":
        return f"{calendar.day_name[d.weekday()]} {d.day} {calendar.month_name[m]} {y}", d
    raise ValueError(form)


HOLDOUT12: tuple[H12Family, ...] = (
    H12Family("rl-percent-bars", "holdout12", "reportlab", ("none",), ("workstream",),
              vocab="holdout12", layout="bars", kpi=0.5, landscape=1.0, progress=0.0,
              description="ReportLab: a programme delivery dashboard, A4 landscape: per "
                          "workstream heading, unruled rows each ending in a percent-complete "
                          "bar tinted by RAG with the percent and a status word; dates as "
                          "'w/c 12 Oct 2026'"),
    H12Family("docx-cabinet-appendix", "holdout12", "docx", ("grid",), ("merged_rows",),
              vocab="holdout12", layout="appendix", kpi=0.5, landscape=0.0, progress=0.6,
              description="Word printed by LibreOffice: Appendix A to a Cabinet report, one "
                          "numbered table under merged recommendation rows, each action row "
                          "followed by indented milestone sub-rows (own date and tick) that "
                          "are not actions"),
    H12Family("xlsx-summary-then-tracker", "holdout12", "xlsx", ("grid",), ("summary_sheet",),
              vocab="holdout12", layout="summary", kpi=0.5, landscape=1.0, progress=0.7,
              description="Excel printed by LibreOffice Calc: a Summary sheet (each "
                          "recommendation with counts of actions per status word) printed "
                          "before the Tracker sheet (actions with a finding number column, "
                          "dates as Excel date cells shown yyyy/mm/dd)"),
    H12Family("html-roadmap-timeline", "holdout12", "chromium", ("none",), ("timeline",),
              vocab="holdout12", layout="roadmap", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an improvement roadmap, a vertical "
                          "timeline with quarter markers, action cards alternating left and "
                          "right in due order, each naming the finding it responds to"),
)  # fmt: skip


def build_holdout12(fam: H12Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout12:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(3, 6)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5) if fam.layout == "bars" else rng.randint(3, 6)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H12_STATUS[fam.layout]
    forms = {"bars": ("wc",), "appendix": ("ordinal",), "summary": ("slashiso",),
             "roadmap": ("weekday",)}[fam.layout]  # fmt: skip
    actions: list[H8Action] = []
    percents: list[int] = []
    milestones: list[list[tuple[str, str, str, bool]]] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4 if fam.layout == "bars" else 5, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            off = rng.randint(1, 18)
            d = _months_after(start, off)
            owner = (
                rng.choice(C.PEOPLE) if fam.layout in ("bars", "roadmap") else rng.choice(C.TITLES)
            )
            status, rag = rng.choice(statuses)
            progress = rng.choice(C.PROGRESS) if has_progress and rng.random() < 0.85 else None
            due_raw, due_date = h12_due(rng.choice(forms), d)
            ref = {"bars": f"W{num}-{k:02d}", "appendix": str(seq), "summary": f"T-{seq:03d}",
                   "roadmap": f"RM{seq}"}[fam.layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
            pct = {"green": rng.randint(20, 85), "amber": rng.randint(10, 60),
                   "red": rng.randint(0, 35), "blue": 100, None: 0}[rag]  # fmt: skip
            percents.append(pct)
            ms = []
            for j, mt in enumerate(rng.sample(MILESTONES, rng.randint(1, 3))):
                md = _months_after(start, rng.randint(0, off))
                mraw = h12_due("ordinal", md)[0]
                ms.append((f"{'abc'[j]})", mt, mraw, rng.random() < 0.5))
            milestones.append(ms)
    headers = {role: rng.choice(words) for role, words in H12_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    fy = start.year if start.month >= 4 else start.year - 1
    title = {
        "bars": f"{authority} Children's Improvement Programme: Delivery Dashboard",
        "appendix": f"Appendix A: {authority} Children's Services Improvement Plan",
        "summary": f"{authority} Improvement Plan Monitoring {fy}/{(fy + 1) % 100:02d}",
        "roadmap": f"{authority}: Our Improvement Roadmap",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS12), actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "percents": percents, "milestones": milestones, "fy": fy,
    }  # fmt: skip
    return plan
