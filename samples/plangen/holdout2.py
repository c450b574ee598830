"""The `holdout2` split: plan layouts that differ in kind from every tune, measure AND holdout family.

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout2.py`),
its output (`out/holdout2*`) or its results (`results/*holdout2*`); it is scored, never tuned on.

What differs from the 18 earlier families (see README.md "The holdout2 split"):
- a fourth header and label vocabulary (`Improvement action`, `Action owner`, `Due by`,
  `Current RAG`, `Latest update`, `Baseline position`, `Year-end target`, ...) sharing no wording
  with tune, measure or holdout;
- new due-date forms (`2025-Q3` a calendar quarter, `H1 2025/26`, `by end of FY 25/26`,
  `Autumn term 2025`, `Sep '25`, `31-Mar-2026`, `Rolling`) and status forms (`On target`,
  `Behind schedule`, `Significantly behind`, `Closed`, `Not yet started`), and a `Previous RAG` |
  `Current RAG` pair beside a direction-of-travel arrow;
- new shapes: a Word table with its header column on the LEFT (fields as rows, one action per
  column); an Excel tracker with frozen panes, a filter, hidden helper columns, numbered actions
  `A1.3` and the recommendation text repeated in each row; HTML cards laid in two columns by a CSS
  grid; an A3 landscape "plan on a page" with a swimlane of action boxes per recommendation; a
  progress report with KPI tables of monthly columns (Apr .. Mar) and a target column.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.forms import _fin_year, month_end
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value, hold_owner

# Header and label wordings of holdout2: none is a header of tune, measure or holdout.
H2_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Action no.", "Item no.", "Our ref"),
    "action": ("Improvement action", "Action to be taken", "How we will do it", "Work required"),
    "owner": ("Action owner", "Lead officer", "Responsibility", "Delivery lead"),
    "due": ("Due by", "Date due", "Target completion", "Time frame"),
    "progress": ("Latest update", "Progress this period", "Evidence of progress", "Comments"),
    "rag": ("Current RAG", "Status this month", "Overall status", "Delivery confidence"),
    "prev_rag": ("Previous RAG", "Last month", "Status last period"),
    "travel": ("Direction", "Trend", "Movement"),
    "recommendation": ("Inspection recommendation", "Ofsted said", "Recommendation text"),
    "indicator": ("Key measure", "Performance indicator", "Measure description"),
    "baseline": ("Baseline position", "Start position", "Where we started"),
    "target": ("Year-end target", "Target position", "Our target"),
}
MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")

H2_DATES = ("cal_quarter", "half_year", "end_fy", "term", "mon_apos", "d_mon_yyyy_dash",
            "rolling")  # fmt: skip
OPEN_FORMS2 = ("Rolling", "Rolling programme")

# status words and their gold colour; a previous/current pair prints two of these
PROGRESS_WORDS = (("On target", "green"), ("Behind schedule", "amber"),
                  ("Significantly behind", "red"), ("Closed", "blue"),
                  ("Not yet started", None))  # fmt: skip
RAG_WORDS = (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Complete", "blue"))
FILL = {"green": "#92D050", "amber": "#FFC000", "red": "#FF5050", "blue": "#5B9BD5"}
ARROWS = ("↑", "↓", "→")


def h2_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout2 due-date form and the date it names (d is a month end)."""
    y, m = d.year, d.month
    if form == "cal_quarter":  # a calendar quarter of a calendar year
        q = (m - 1) // 3 + 1
        return f"{y}-Q{q}", month_end(y, 3 * q)
    if form == "half_year":  # a half of the April-March financial year
        _, first = _fin_year(d)
        half = 1 if 4 <= m <= 9 else 2
        end = date(first, 9, 30) if half == 1 else date(first + 1, 3, 31)
        return f"H{half} {first}/{(first + 1) % 100:02d}", end
    if form == "end_fy":
        _, first = _fin_year(d)
        return f"by end of FY {first % 100:02d}/{(first + 1) % 100:02d}", date(first + 1, 3, 31)
    if form == "term":  # school terms: autumn ends in December, summer in July
        if 9 <= m <= 12:
            return f"Autumn term {y}", date(y, 12, 31)
        if 5 <= m <= 7:
            return f"Summer term {y}", date(y, 7, 31)
        return f"{calendar.month_abbr[m]} '{y % 100:02d}", d  # spring/August: the month instead
    if form == "mon_apos":
        return f"{calendar.month_abbr[m]} '{y % 100:02d}", d
    if form == "d_mon_yyyy_dash":
        return f"{d.day}-{calendar.month_abbr[m]}-{y}", d
    if form == "rolling":
        return OPEN_FORMS2[m % 2], None
    raise ValueError(form)


@dataclass(slots=True)
class H2Action:
    ref: str | None
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str
    rag: str | None
    prev_status: str
    arrow: str
    recs: list[str]


@dataclass(slots=True)
class H2Kpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    months: list[tuple[str, float, str | None] | None]  # Apr..Mar; None: not yet reported
    target: tuple[str, float, str | None]

    @property
    def latest(self) -> tuple[str, float, str | None]:
        return [v for v in self.months if v is not None][-1]


@dataclass(slots=True)
class H2Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    title: str
    intro: str
    recs: list[tuple[str, str]]
    actions: list[H2Action]
    kpis: list[H2Kpi]
    headers: dict[str, str]
    cols: list[str]
    status_form: str
    font: str
    landscape: bool
    seed_rng: int
    year: int
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H2Action]:
        return [a for a in self.actions if a.recs[0] == num]


@dataclass(frozen=True, slots=True)
class H2Family(Family):
    layout: str = ""
    h2_status: tuple[str, ...] = ("progress_words",)
    progress: float = 0.6


HOLDOUT2: tuple[H2Family, ...] = (
    H2Family("docx-fields-as-rows", "holdout2", "docx", ("grid",), ("field_rows",),
             vocab="holdout2", layout="field_rows", kpi=0.5, landscape=0.5,
             h2_status=("progress_words", "rag_words"),
             description="Word printed by LibreOffice: per recommendation a table whose header "
                         "column is on the LEFT (one field per row: Action no., Improvement "
                         "action, Action owner, Due by, ...) and one action per column"),
    H2Family("xlsx-tracker-frozen", "holdout2", "xlsx", ("grid",), ("rec_text_column",),
             vocab="holdout2", layout="tracker", kpi=0.6, landscape=1.0,
             h2_status=("progress_words",),
             description="Excel tracker printed by LibreOffice Calc: frozen panes, an autofilter, "
                         "hidden helper columns, actions numbered A1.3 with the recommendation "
                         "text repeated in every row, due dates as text (2025-Q3, H1 2025/26, by "
                         "end of FY 25/26), a KPI sheet with monthly columns and a target"),
    H2Family("html-grid-cards-2col", "holdout2", "chromium", ("box",), ("grid_cards",),
             vocab="holdout2", layout="grid_cards", kpi=0.4, h2_status=("rag_words", "progress_words"),
             description="HTML printed by Chromium: action cards laid in two columns by a CSS "
                         "grid under each recommendation, labels 'Action owner:' / 'Due by:' "
                         "inline with their values, the status as a coloured chip"),
    H2Family("html-progress-travel", "holdout2", "chromium", ("grid", "hrules"), ("progress_report",),
             vocab="holdout2", layout="progress", kpi=0.9, landscape=0.7,
             h2_status=("rag_words",),
             description="HTML printed by Chromium: a progress report, a table per recommendation "
                         "headed 'Recommendation 2 of 4: ...', a Previous RAG | Current RAG pair "
                         "and a direction-of-travel arrow column, KPI tables with monthly columns "
                         "Apr..Mar (later months blank) and a year-end target"),
    H2Family("html-a3-swimlanes", "holdout2", "chromium", ("box",), ("swimlanes",),
             vocab="holdout2", layout="swimlanes", kpi=0.0, landscape=1.0,
             h2_status=("rag_words", "strip"),
             description="HTML printed by Chromium on A3 landscape: a plan on a page, a swimlane "
                         "per recommendation (lane label R1 and its text on the left) holding a "
                         "row of action boxes (ref and text, Lead officer, Due by, RAG chip or a "
                         "coloured strip only)"),
)  # fmt: skip


def _status(rng: random.Random, form: str) -> tuple[str, str | None]:
    if form == "progress_words":
        return rng.choice(PROGRESS_WORDS)
    if form in ("rag_words", "strip"):
        text, rag = rng.choice(RAG_WORDS)
        return (text if form == "rag_words" else ""), rag
    raise ValueError(form)


def build_holdout2(fam: H2Family, seed: int, index: int) -> H2Plan:
    rng = random.Random(f"plangen-holdout2:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    year = rng.choice((2024, 2025, 2026))
    start = date(year, rng.randint(1, 9), 1)
    n_recs = rng.randint(3, 4) if fam.layout == "swimlanes" else rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    status_form = rng.choice(fam.h2_status)
    has_progress = fam.layout != "swimlanes" and rng.random() < fam.progress
    has_status = fam.layout in ("progress", "swimlanes") or rng.random() < 0.8
    landscape = rng.random() < fam.landscape
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    actions: list[H2Action] = []
    max_acts = 4 if fam.layout == "swimlanes" else 5
    for (num, _), topic in zip(recs, topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(max_acts, len(topic.actions))))
        for k, text in enumerate(texts):
            ref = f"A{num}.{k + 1}"
            m = start.month - 1 + rng.randint(2, 20)
            due_raw, due = h2_due(rng.choice(H2_DATES), month_end(start.year + m // 12, m % 12 + 1))
            status, rag = _status(rng, status_form)
            prev, _ = _status(rng, status_form)
            actions.append(H2Action(
                ref=ref, text=text, owner=hold_owner(rng, rng.choice(("abbr", "initials", "two"))),
                due_raw=due_raw, due_date=due,
                progress=rng.choice(C.PROGRESS) if has_progress else None,
                status=status if has_status else "", rag=rag if has_status else None,
                prev_status=prev, arrow=rng.choice(ARROWS), recs=[num],
            ))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H2_HEADERS.items()}
    cols = ["ref", "action", "owner", "due"]
    if fam.layout == "tracker":
        cols.insert(1, "recommendation")
    if has_progress:
        cols.append("progress")
    if fam.layout == "progress":
        cols += ["prev_rag", "rag", "travel"]
    elif has_status:
        cols.append("rag")
    kpis: list[H2Kpi] = []
    if rng.random() < fam.kpi:
        reported = rng.randint(2, 11)  # months reported so far
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            months: list[tuple[str, float, str | None] | None] = [
                _kpi_value(rng, spec.kind) if i < reported else None for i in range(12)
            ]
            kpis.append(H2Kpi(spec.indicator, _kpi_value(rng, spec.kind), months,
                              _kpi_value(rng, spec.kind)))  # fmt: skip
    title = rng.choice((
        f"{authority} Children's Services Improvement Plan: progress report {year}",
        f"{authority} Council – Ofsted Improvement Plan {year}/{(year + 1) % 100:02d}",
        f"Plan on a page: {authority} children's services improvement {year}",
    ))  # fmt: skip
    intro = (f"This plan sets out how {authority} will answer the recommendations of Ofsted's "
             f"inspection of children's services. Each improvement action has an action owner "
             f"and a due date; progress is reported monthly to the Improvement Board.")  # fmt: skip
    plan = H2Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, title=title, intro=intro, recs=recs,
        actions=actions, kpis=kpis, headers=headers, cols=cols, status_form=status_form,
        font=rng.choice(fam.fonts), landscape=landscape, seed_rng=rng.randint(0, 10**9), year=year,
    )  # fmt: skip
    # monthly KPI columns: latest is the last month reported; the target the target column
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "columns": cols,
        "headers": [headers[c] for c in cols], "ruling": fam.rulings[0], "font": plan.font,
        "landscape": landscape, "status": status_form if has_status else "none", "kpis": len(kpis),
    }  # fmt: skip
    return plan
