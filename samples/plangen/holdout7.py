"""The `holdout7` split: plan layouts that differ in kind from every family of the eight earlier
splits (tune, measure, holdout, holdout2 .. holdout6).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout7.py`),
its output (`out/holdout7*`) or its results (`results/*holdout7*`); it is scored, never tuned on.

What differs from the 44 earlier families (see README.md "The holdout7 split"): an ACTION LOG
whose actions each carry several DATED REVIEW ENTRIES in rows of their own (the latest review
gives the status and the update; newest first in some logs); a PROJECT-MANAGEMENT EXPORT (ID,
task name in an outline whose summary tasks are the recommendations, duration, start, finish,
% complete, predecessors, resource names with an allocation); a LETTER to Ofsted's inspector
with the plan as an annex whose tables are headed either by a vocabulary or by column letters
(a)..(e) explained in a key; an Excel WORKBOOK with a summary sheet of the recommendations and
ONE SHEET PER SERVICE AREA, each action linked back to its recommendation. A ninth header
vocabulary, new date forms (`Fri 31/10/25`, `31/10/25`, `Q4 FY25/26`, `H1 2026/27`, `Dec '25`),
status words (`Progressing well`, `Some concerns`, `Significant concerns`, `Embedded`, `Closed`,
`Yet to begin`) and owners (`Surname, Forename`, resources with an allocation `[50%]`).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.forms import month_end
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value

# Header and label wordings of holdout7: none is a header of the eight earlier vocabularies.
H7_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Log ID", "Log no.", "Entry no.", "Step no."),
    "action": ("Agreed action", "Action required", "What will be done", "Improvement task"),
    "owner": (
        "Officer responsible",
        "Lead for delivery",
        "Action holder",
        "Responsible for delivery",
    ),
    "due": ("Target end", "Scheduled end", "Expected completion", "Target for completion"),
    "review": ("Review date", "Date reviewed", "Reviewed on"),
    "progress": ("Review note", "Commentary at review", "Update at review", "Latest note"),
    "rag": ("Status at review", "Delivery status", "Delivery RAG", "Status this review"),
    "rec": ("Linked rec", "Rec. no", "Ofsted rec no."),
    "rec_text": ("Recommendation (as worded by Ofsted)", "Wording of the recommendation"),
    "service": ("Lead service area", "Service area"),
    "indicator": ("Scorecard measure", "Scorecard indicator", "Performance indicator (PI)"),
    "baseline": ("Position at inspection", "Value at start of plan", "Baseline figure"),
    "latest": ("Latest figure", "Most recent value", "Figure this quarter"),
    "target": ("Target figure", "Goal by end of plan", "End-of-plan target"),
    # a project tool's export (its column names as the tool is set up)
    "pm_id": ("Task ID", "Row ID"),
    "pm_name": ("Task Name", "Work item"),
    "pm_dur": ("Duration", "Work days"),
    "pm_start": ("Planned start date", "Baseline start"),
    "pm_finish": ("End Date", "Baseline finish"),
    "pm_pct": ("Percent complete", "% Work complete"),
    "pm_pred": ("Predecessors", "Depends on"),
    "pm_res": ("Resource Names", "Resources"),
}
REC_LABELS7 = ("Inspection recommendation {n}: ", "R{n} – ", "Priority {n}: ")

H7_DATES = ("dmy_yy", "fy_quarter", "half_year", "mon_apos", "open")
OPEN_FORMS7 = ("Standing item", "Rolling programme")
H7_STATUS = (("Progressing well", "green"), ("Some concerns", "amber"),
             ("Significant concerns", "red"), ("Embedded", "blue"), ("Yet to begin", None))  # fmt: skip
TINT = {"green": "#D5EDDA", "amber": "#FBE5C8", "red": "#F5C6C1", "blue": "#CFE2F3"}

# service areas of a children's services department: the workbook's sheets
SERVICES = (("Front Door", "FD"), ("Assessment and Child in Need", "CIN"),
            ("Child Protection", "CP"), ("Children in Care", "CIC"), ("Care Leavers", "CL"),
            ("Quality Assurance", "QA"), ("Workforce", "WF"))  # fmt: skip


def h7_due(form: str, d: date, rng: random.Random) -> tuple[str, date | None]:
    """Printed text of a holdout7 due-date form and the date it names (d is a month end).

    The rule stays the END of what is printed: `31/10/25` is that day; `Q4 FY25/26` the end of
    the fourth quarter of the April-March financial year 2025/26 (31 March 2026); `H1 2026/27`
    the end of the first half of that financial year (30 September 2026), `H2` its end (31
    March); `Dec '25` the month's end.
    """
    y, m = d.year, d.month
    if form == "dmy_yy":
        day = rng.choice((d.day, rng.randint(1, 28)))
        return f"{day:02d}/{m:02d}/{y % 100:02d}", date(y, m, day)
    first = y if m >= 4 else y - 1  # the financial year holding d
    if form == "fy_quarter":
        q = ((m - 4) % 12) // 3 + 1
        qm = 4 + 3 * (q - 1) + 2
        end = month_end(first + (qm - 1) // 12, (qm - 1) % 12 + 1)
        return f"Q{q} FY{first % 100:02d}/{(first + 1) % 100:02d}", end
    if form == "half_year":
        half = 1 if 4 <= m <= 9 else 2
        end = date(first, 9, 30) if half == 1 else date(first + 1, 3, 31)
        return f"H{half} {first}/{(first + 1) % 100:02d}", end
    if form == "mon_apos":
        return f"{calendar.month_abbr[m]} '{y % 100:02d}", d
    if form == "open":
        return OPEN_FORMS7[rng.randint(0, 1)], None
    raise ValueError(form)


@dataclass(slots=True)
class Review:
    when: date
    status: str
    note: str


@dataclass(slots=True)
class H7Action:
    ref: str
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str | None
    rag: str | None
    recs: list[str]
    reviews: list[Review] = field(default_factory=list)  # log: dated entries, oldest first
    printed_owner: str = ""  # pm: the resource with its allocation
    start: date | None = None  # pm: the task's start
    pct: int = 0  # pm: % complete
    service: int = 0  # workbook: index into SERVICES
    xl_date: bool = False  # workbook: a date cell formatted dd/mm/yy


@dataclass(slots=True)
class H7Kpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    latest: tuple[str, float, str | None]
    target: tuple[str, float, str | None]


@dataclass(slots=True)
class H7Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    authority: str
    title: str
    recs: list[tuple[str, str]]
    rec_label: str
    actions: list[H7Action]
    kpis: list[H7Kpi]
    headers: dict[str, str]
    font: str
    landscape: bool
    seed_rng: int
    start: date
    issued: date  # the date of the log, letter or export
    newest_first: bool = False  # log: review entries newest first
    services: list[int] = field(default_factory=list)  # workbook: the sheets, in order
    pm_form: str = ""  # pm: how the tool prints dates
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H7Action]:
        return [a for a in self.actions if a.recs[0] == num]


@dataclass(frozen=True, slots=True)
class H7Family(Family):
    layout: str = ""
    progress: float = 0.7


HOLDOUT7: tuple[H7Family, ...] = (
    H7Family("rl-review-log", "holdout7", "reportlab", ("grid",), ("log",), vocab="holdout7",
             layout="log", kpi=0.4, landscape=0.8, progress=1.0,
             description="ReportLab: an action log, the recommendations listed above one table; "
                         "each action's first row carries its ID, text, owner and target, then "
                         "one row per dated review (review date, status, note), the latest "
                         "review giving the status; newest first in some logs"),
    H7Family("html-pm-export", "holdout7", "chromium", ("grid",), ("outline",),
             vocab="holdout7", layout="pm", kpi=0.0, landscape=1.0, progress=0.0,
             description="HTML printed by Chromium: a project-management export (ID, task name "
                         "in an outline whose bold summary tasks are the recommendations, "
                         "duration, start, finish, % complete, predecessors, resource names "
                         "with an allocation); no status column"),
    H7Family("docx-letter-annex", "holdout7", "docx", ("grid",), ("letter",), vocab="holdout7",
             layout="letter", kpi=0.5, landscape=0.0, progress=0.6,
             description="Word printed by LibreOffice: a letter from the DCS to Ofsted's "
                         "inspector, the plan as Annex A: a numbered paragraph per "
                         "recommendation, then its table, headed by words or by column letters "
                         "(a)..(e) explained in a key"),
    H7Family("xlsx-service-sheets", "holdout7", "xlsx", ("grid",), ("sheets",),
             vocab="holdout7", layout="sheets", kpi=0.5, landscape=1.0, progress=0.7,
             description="Excel printed by LibreOffice Calc: a summary sheet of the "
                         "recommendations and their lead service area, then one sheet per "
                         "service area whose actions link back to a recommendation; dd/mm/yy "
                         "date cells; a KPI sheet"),
)  # fmt: skip


def _months_after(d: date, k: int) -> date:
    i = d.month - 1 + k
    return month_end(d.year + i // 12, i % 12 + 1)


def _surname_first(person: str) -> str:
    first, last = person.split(" ", 1)
    return f"{last}, {first}"


def _owner(rng: random.Random, layout: str) -> tuple[str, str]:
    """(owner as scored, owner as printed)."""
    if layout == "sheets" and rng.random() < 0.5:
        name = _surname_first(rng.choice(C.PEOPLE))
        return name, name
    title = rng.choice(C.TITLES)
    if layout == "pm" and rng.random() < 0.6:
        return title, f"{title}[{rng.choice((25, 50, 50, 75, 100))}%]"
    return title, title


def _reviews(rng: random.Random, start: date, issued: date, final: tuple[str, str | None],
             note: str) -> list[Review]:  # fmt: skip
    """Dated review entries, oldest first; the last one carries the final status and note."""
    n = rng.randint(2, 4)
    span = max((issued - start).days, 60)
    days = sorted(rng.sample(range(14, span), n))
    out = []
    for k, dd in enumerate(days):
        when = start + timedelta(days=dd)
        if k == n - 1:
            out.append(Review(when, final[0], note))
        else:
            st = rng.choice(("Yet to begin", "Progressing well", "Some concerns"))
            out.append(Review(when, st, rng.choice(C.PROGRESS)))
    return out


def build_holdout7(fam: H7Family, seed: int, index: int) -> H7Plan:
    rng = random.Random(f"plangen-holdout7:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2024, 2025, 2026)), rng.choice((1, 4, 6, 9, 10)), 1)
    issued = _months_after(start, rng.randint(4, 8)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    services = sorted(rng.sample(range(len(SERVICES)), rng.randint(2, 4)))
    pm_date = rng.choice(("dow", "dmy", "d_mon_apos"))
    actions: list[H7Action] = []
    seq = 0
    pm_id = 0  # a project tool's IDs: the project summary row is 0, then every task in order
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        pm_id += 1  # the summary task's ID
        for k, text in enumerate(texts):
            seq += 1
            d = _months_after(start, rng.randint(1, 20))
            owner, printed = _owner(rng, fam.layout)
            status, rag = rng.choice(H7_STATUS)
            if fam.layout == "log" and rng.random() < 0.3:
                status, rag = "Closed", "blue"
            progress = rng.choice(C.PROGRESS) if has_progress and rng.random() < 0.85 else None
            a = H7Action("", text, owner, "", None, progress, status, rag, [num],
                         printed_owner=printed)  # fmt: skip
            if fam.layout == "pm":
                pm_id += 1
                a.ref = str(pm_id)
                a.start = start + timedelta(days=rng.randint(0, 120))
                finish = a.start + timedelta(days=rng.randint(20, 400))
                a.due_date = finish
                a.due_raw = _pm_date(pm_date, finish)
                a.pct = rng.choice((0, 0, 10, 25, 50, 75, 90, 100))
                a.status = a.rag = a.progress = None
            else:
                form = rng.choice(H7_DATES)
                a.due_raw, a.due_date = h7_due(form, d, rng)
                if fam.layout == "sheets" and form == "dmy_yy" and rng.random() < 0.7:
                    a.xl_date = True
            if fam.layout == "log":
                a.ref = f"AL-{seq:03d}"
                a.progress = a.progress or rng.choice(C.PROGRESS)
                a.reviews = _reviews(rng, start, issued, (a.status or "", a.rag), a.progress)
            elif fam.layout == "letter":
                a.ref = f"{num}{'abcdefg'[k]}"
            elif fam.layout == "sheets":
                a.service = rng.choice(services)
            actions.append(a)
    if fam.layout == "sheets":  # printed sheet by sheet: the gold in print order, refs per sheet
        ordered: list[H7Action] = []
        for s in services:
            mine = [a for a in actions if a.service == s]
            for k, a in enumerate(mine, start=1):
                a.ref = f"{SERVICES[s][1]}{k:02d}"
            ordered += mine
        actions = ordered
        services = [s for s in services if any(a.service == s for a in actions)]
    headers = {role: rng.choice(words) for role, words in H7_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            v = [_kpi_value(rng, spec.kind) for _ in range(3)]
            kpis.append(H7Kpi(spec.indicator, v[0], v[1], v[2]))
    fy = start.year if start.month >= 4 else start.year - 1
    title = {
        "log": f"{authority} Children's Services – Ofsted improvement action log",
        "pm": f"{authority} ILACS Improvement Programme",
        "letter": f"{authority} Council: response to the inspection of children's services",
        "sheets": f"{authority} Children's Services Improvement Plan {fy}/{(fy + 1) % 100:02d}",
    }[fam.layout]  # fmt: skip
    plan = H7Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS7), actions=actions, kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
        newest_first=rng.random() < 0.3, services=services, pm_form=pm_date,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "newest_first": plan.newest_first,
    }  # fmt: skip
    return plan


def _pm_date(form: str, d: date) -> str:
    """A project tool's date as exported: `Fri 31/10/25`, `31/10/2025` or `31 Oct '25`."""
    if form == "dow":
        return f"{calendar.day_abbr[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if form == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day} {calendar.month_abbr[d.month]} '{d.year % 100:02d}"
