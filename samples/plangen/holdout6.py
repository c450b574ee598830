"""The `holdout6` split: plan layouts that differ in kind from every family of the seven earlier
splits (tune, measure, holdout, holdout2, holdout3, holdout4, holdout5).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout6.py`),
its output (`out/holdout6*`) or its results (`results/*holdout6*`); it is scored, never tuned on.

What differs from the 44 earlier families (see README.md "The holdout6 split"): a plan inside a
committee (cabinet or scrutiny) report, its actions bullets under `We will:` ending in `(owner,
date)`, the report's own recommendations to members not being the inspection's; a table of one
row per recommendation whose actions, owners, dates, ratings and notes are PARALLEL bullet lists in
neighbouring cells under a two-row grouped header, the rating a coloured dot only; a quarterly
progress report whose action rows alternate with full-width update rows, owners carrying footnote
marks to contact details; an Excel SMART plan (S/M/A/R/T columns under a letter row, plan-wide
action numbers, the recommendation named only in the `R` column, the recommendations listed in a
block above the table); board minutes whose actions are `ACTION n.m: <owner> to <do> by <date>.`
lines. An eighth header vocabulary, new date forms (`w/c 12 Jan 2026`, `end of spring term 2026`,
`Sept 2026`, `mid-Mar 2026`, `March 2026 Improvement Board`, `31-Mar-26`), status words
(`On schedule`, `Minor slippage`, `Major slippage`, `Implemented`, `Awaiting start`) and owners
(role acronyms with a key, `Cllr Name (Lead Member)`, footnote marks).
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

# Header and label wordings of holdout6: none is a header of the seven earlier vocabularies.
H6_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Act. no", "Reference", "Point"),
    "action": ("Planned response", "Action agreed", "Specific action", "Response"),
    "owner": ("Responsible lead", "Accountable officer", "Assigned to", "Lead manager"),
    "due": ("By", "Due", "Date for completion", "Completion target"),
    "progress": ("Latest position", "Progress to date", "Position update"),
    "rag": ("RAG rating", "Progress rating", "Current status", "Status (RAG)"),
    "rec": ("Relevant finding", "Finding ref", "Rec ref"),
    "rec_text": ("Recommendation made", "What Ofsted recommended"),
    "measure": ("Measurable outcome", "How success is measured"),
    "group_who": ("Accountability & timing", "Ownership and timescale"),
    "group_mon": ("Monitoring", "Oversight of delivery"),
    "indicator": ("Impact indicator", "Tracked measure", "Measure of impact"),
    "baseline": ("Value at inspection", "Pre-plan level", "Benchmark"),
    "latest": ("Latest outturn", "Current performance", "Most recent data"),
    "target": ("Plan target", "Target outcome", "Ambition"),
}
REC_LABELS6 = ("Ofsted finding {n}: ", "Improvement area {n} – ", "Rec. {n}: ")

H6_DATES = ("wc", "term_end", "sept", "mid", "board", "open")
OPEN_FORMS6 = ("Life of the plan", "Quarterly thereafter")
H6_STATUS = (("On schedule", "green"), ("Minor slippage", "amber"), ("Major slippage", "red"),
             ("Implemented", "blue"), ("Awaiting start", None))  # fmt: skip
DOT = {"green": "#2e8540", "amber": "#f0a30a", "red": "#d4351c", "blue": "#1d70b8"}
TINT = {"green": "#DFF0D8", "amber": "#FCF0D2", "red": "#F8D7D3", "blue": "#D9E8F6"}

# role acronyms councils print in plans, with the key they print beside them
ACRONYMS = (("PSW", "Principal Social Worker"), ("DCS", "Director of Children's Services"),
            ("AD CSC", "Assistant Director, Children's Social Care"),
            ("HoS CiC", "Head of Service, Children in Care"),
            ("HoS Safeguarding", "Head of Safeguarding"), ("HoVS", "Head of Virtual School"),
            ("HoQA", "Head of Quality Assurance"), ("SM Front Door", "Service Manager, Front Door"),
            ("WDL", "Workforce Development Lead"), ("DN", "Designated Nurse"))  # fmt: skip
MEETINGS = ("Improvement Board", "Scrutiny Committee", "Corporate Parenting Board")
ROMAN = ("i", "ii", "iii", "iv", "v", "vi")


def h6_due(form: str, d: date, rng: random.Random) -> tuple[str, date | None]:
    """Printed text of a holdout6 due-date form and the date it names (d is a month end).

    The rule stays the END of what is printed: a week commencing Monday ends on its Sunday; a
    school term ends with its last month (spring March, summer July, autumn December); `mid-Mar`
    is the 15th; a meeting named by its month is that month's end.
    """
    y, m = d.year, d.month
    if form == "wc":
        first = date(y, m, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        monday += timedelta(days=7 * rng.randint(0, 3))
        return f"w/c {monday.day} {calendar.month_abbr[m]} {y}", monday + timedelta(days=6)
    if form == "term_end":
        if m == 8:
            return h6_due("sept", d, rng)
        term, last = ("spring", 3) if m <= 3 else ("summer", 7) if m <= 7 else ("autumn", 12)
        return f"end of {term} term {y}", month_end(y, last)
    if form == "sept":
        name = {6: "June", 7: "July", 9: "Sept", 5: "May"}.get(m, f"{calendar.month_abbr[m]}.")
        return f"{name} {y}", d
    if form == "mid":
        return f"mid-{calendar.month_abbr[m]} {y}", date(y, m, 15)
    if form == "board":
        return f"{calendar.month_name[m]} {y} {rng.choice(MEETINGS)}", d
    if form == "open":
        return OPEN_FORMS6[rng.randint(0, 1)], None
    raise ValueError(form)


@dataclass(slots=True)
class H6Action:
    ref: str
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str | None  # None: no status printed
    rag: str | None
    recs: list[str]
    xl_date: bool = False  # xlsx: a date cell formatted dd-mmm-yy
    note: int = 0  # rl: the footnote mark after the owner (0: none)


@dataclass(slots=True)
class H6Kpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    latest: tuple[str, float, str | None]
    target: tuple[str, float, str | None]


@dataclass(slots=True)
class H6Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    authority: str
    title: str
    recs: list[tuple[str, str]]
    rec_label: str
    actions: list[H6Action]
    kpis: list[H6Kpi]
    headers: dict[str, str]
    font: str
    landscape: bool
    seed_rng: int
    start: date
    meeting: date  # the date of the meeting or report
    notes: dict[int, str] = field(default_factory=dict)  # rl footnotes: mark -> contact details
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H6Action]:
        return [a for a in self.actions if a.recs[0] == num]

    def acronyms(self) -> list[tuple[str, str]]:
        used = {a.owner for a in self.actions}
        return [(s, full) for s, full in ACRONYMS if s in used]


@dataclass(frozen=True, slots=True)
class H6Family(Family):
    layout: str = ""
    progress: float = 0.5
    status_p: float = 1.0  # probability a plan prints statuses


HOLDOUT6: tuple[H6Family, ...] = (
    H6Family("docx-committee-report", "holdout6", "docx", ("none",), ("report",),
             vocab="holdout6", layout="report", kpi=0.6, landscape=0.0, progress=0.6,
             status_p=0.7,
             description="Word printed by LibreOffice: a cabinet or scrutiny committee report "
                         "(front sheet, numbered sections, the report's own recommendations to "
                         "members), a section per inspection recommendation whose actions are "
                         "bullets under 'We will:' ending '(owner, date)', a 'Position:' "
                         "sub-bullet; a KPI table"),
    H6Family("html-parallel-lists", "holdout6", "chromium", ("grid",), ("row_per_rec",),
             vocab="holdout6", layout="parallel", kpi=0.7, landscape=1.0, progress=0.6,
             description="HTML printed by Chromium, A4 landscape: one row per recommendation "
                         "under a two-row grouped header; its actions, owners, dates, ratings "
                         "and notes are parallel bullet lists in neighbouring cells; rating a "
                         "coloured dot only, with a key"),
    H6Family("rl-update-rows", "holdout6", "reportlab", ("grid",), ("heading",),
             vocab="holdout6", layout="updates", kpi=0.6, landscape=0.7, progress=1.0,
             description="ReportLab, DejaVu: a quarterly progress report, a heading per "
                         "recommendation, a table whose action rows alternate with full-width "
                         "italic update rows; owners with footnote marks to contact details "
                         "under the table; refs 2(iii)"),
    H6Family("xlsx-smart-columns", "holdout6", "xlsx", ("grid",), ("link_column",),
             vocab="holdout6", layout="smart", kpi=0.7, landscape=1.0, progress=0.7,
             description="Excel printed by LibreOffice Calc: a SMART plan, the recommendations "
                         "listed above the table, a letter row S/M/A/R/T over the header, plan-"
                         "wide action numbers, the recommendation only in the R column, dd-mmm-"
                         "yy date cells; a KPI sheet"),
    H6Family("html-board-minutes", "holdout6", "chromium", ("none",), ("minutes",),
             vocab="holdout6", layout="minutes", kpi=0.6, landscape=0.0, progress=0.0,
             status_p=0.5,
             description="HTML printed by Chromium: minutes of an improvement board, an item "
                         "per recommendation with the discussion, actions as 'ACTION 3.1: "
                         "<owner> to <do> by <date>.' lines; matters arising; performance "
                         "headlines table"),
)  # fmt: skip


def _months_after(d: date, k: int) -> date:
    i = d.month - 1 + k
    return month_end(d.year + i // 12, i % 12 + 1)


def h6_owner(rng: random.Random, layout: str) -> str:
    kinds = ["title", "title", "acronym"]
    if layout == "report":
        kinds.append("cllr")
    kind = rng.choice(kinds)
    if kind == "acronym":
        return rng.choice(ACRONYMS)[0]
    if kind == "cllr":
        return f"Cllr {rng.choice(C.PEOPLE)} (Lead Member)"
    return rng.choice(C.TITLES)


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def build_holdout6(fam: H6Family, seed: int, index: int) -> H6Plan:
    rng = random.Random(f"plangen-holdout6:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2024, 2025, 2026)), rng.choice((1, 4, 6, 9, 10)), 1)
    meeting = _months_after(start, rng.randint(3, 6)).replace(day=rng.randint(8, 26))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    has_status = rng.random() < fam.status_p
    actions: list[H6Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        for k, text in enumerate(texts):
            seq += 1
            d = _months_after(start, rng.randint(1, 20))
            xl_date = fam.layout == "smart" and rng.random() < 0.6
            if xl_date:  # a date cell Calc prints as 31-Mar-26
                due: date | None = d
                due_raw = f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year % 100:02d}"
            else:
                due_raw, due = h6_due(rng.choice(H6_DATES), d, rng)
            status, rag = rng.choice(H6_STATUS) if has_status else (None, None)
            progress = None
            if has_progress and (fam.layout == "parallel" or rng.random() < 0.85):
                progress = rng.choice(C.PROGRESS)
            ref = {"report": "", "parallel": f"{num}.{k + 1}", "updates": f"{num}({ROMAN[k]})",
                   "smart": str(seq), "minutes": f"IB{meeting.year % 100}/{seq:02d}"}[fam.layout]  # fmt: skip
            owner = h6_owner(rng, fam.layout)
            if fam.layout == "minutes":  # the text is printed after 'OWNER to '
                text = _lower_first(text)
            actions.append(H6Action(ref, text, owner, due_raw, due, progress, status, rag,
                                    [num], xl_date))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H6_HEADERS.items()}
    kpis: list[H6Kpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            v = [_kpi_value(rng, spec.kind) for _ in range(3)]
            kpis.append(H6Kpi(spec.indicator, v[0], v[1], v[2]))
    notes: dict[int, str] = {}
    if fam.layout == "updates":  # a footnote mark per distinct owner, in order of first use
        marks: dict[str, int] = {}
        for a in actions:
            if a.owner not in marks and rng.random() < 0.8:
                marks[a.owner] = len(marks) + 1
                person = rng.choice(C.PEOPLE)
                mail = person.lower().replace(" ", ".") + f"@{authority.lower().replace(' ', '')}"
                notes[marks[a.owner]] = (f"{person} ({a.owner}), {mail}.gov.uk, tel. 01632 "
                                         f"{rng.randint(100, 999)} {rng.randint(100, 999)}")  # fmt: skip
            a.note = marks.get(a.owner, 0)
    fy = start.year if start.month >= 4 else start.year - 1
    month = f"{calendar.month_name[meeting.month]} {meeting.year}"
    title = {
        "report": "Progress on the Ofsted improvement plan for children's services",
        "parallel": f"{authority} Children's Services Improvement Plan {fy}-{(fy + 1) % 100:02d}",
        "updates": f"{authority} Council – Ofsted Improvement Plan: quarterly progress report, "
                   f"{month}",
        "smart": f"{authority} SMART improvement plan following the inspection of children's "
                 f"services",
        "minutes": f"{authority} Children's Services Improvement Board",
    }[fam.layout]  # fmt: skip
    plan = H6Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS6), actions=actions, kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, meeting=meeting, notes=notes,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "status": has_status, "progress": has_progress,
    }  # fmt: skip
    return plan
