"""The `holdout4` split: plan layouts that differ in kind from every family of the five earlier
splits (tune, measure, holdout, holdout2, holdout3).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout4.py`),
its output (`out/holdout4*`) or its results (`results/*holdout4*`); it is scored, never tuned on.

What differs from the 29 earlier families (see README.md "The holdout4 split"):
- a sixth header and label vocabulary (`Agreed response`, `Owned by`, `Person responsible`,
  `Complete by`, `Planned finish`, `Original date`, `Revised date`, `Summary of activity`,
  `Assurance level`, `On track?`, `What is measured`, `Pre-inspection figure`, `Actual to date`,
  `Desired figure`, `Stat neighbours`, `England`, `Polarity`, ...) sharing no header with the
  other five; recommendations labelled `Improvement requirement 2: `, `Inspection point 2 — `,
  `Area 2: `;
- new shapes: three-level numbering (recommendation 1, objective 1.2, action 1.2.3) with
  objective rows that are not actions; a table per recommendation whose recommendation sits in a
  merged first row; rows split across a page break mid-cell under a repeated header; owners as
  initials with a key of initials to roles; a quarterly RAG trail (Q1..Q4, the current status
  the rightmost filled quarter) beside an original and a revised date; an A3 plan on a page with a
  column per recommendation; an Excel tracker of outline-grouped rows whose recommendation rows
  carry a sponsor and a rolled-up status; a Word bulletin in two newspaper columns;
- KPI tables with comparator columns (statistical neighbours, England) and a polarity column;
- new date forms (`by end Q1 2026/27`, `FY25/26 Q4`, `Qtr 3 25/26`, `31/03/26`,
  `Year end 2025/26`, `No end date`) and status words (`Progressing well`, `Some concerns`,
  `Serious concerns`, `Embedded`, `Not commenced`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.forms import _fin_year, _quarter_end, month_end
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import HOLD_TITLES, _initials, _kpi_value

# Header and label wordings of holdout4: none is a header of the five earlier vocabularies.
H4_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Tracker ID", "Entry no", "Sub-point"),
    "action": ("Agreed response", "Tasks to complete", "What will change", "Our response"),
    "owner": ("Owned by", "Person responsible", "Responsible post", "Named officer"),
    "due": ("Complete by", "Planned finish", "Deliver by"),
    "orig": ("Original date", "Date first agreed"),
    "revised": ("Revised date", "New date"),
    "progress": ("Summary of activity", "What has happened so far", "Activity this period"),
    "rag": ("Assurance level", "On track?", "Judgement"),
    "quarters": ("RAG by quarter", "Quarterly rating"),
    "indicator": ("What is measured", "Statistic", "Data measure"),
    "baseline": ("Pre-inspection figure", "Original figure", "Base year"),
    "latest": ("Actual to date", "Recent actual", "Outturn to date"),
    "target": ("Desired figure", "Intended figure", "Planned level"),
    "sn": ("Stat neighbours", "SN average", "Statistical neighbours"),
    "eng": ("England", "National", "England average"),
    "polarity": ("Polarity", "Good is"),
}
REC_LABELS4 = ("Improvement requirement {n}: ", "Inspection point {n} — ", "Area {n}: ")
OBJ_LABELS = ("Objective {n}: ", "Outcome {n} – ")

H4_DATES = ("by_end_q", "fy_q", "qtr", "slash_yy", "year_end", "open")
OPEN_FORMS4 = ("No end date", "Annual cycle")

# status words: printed text and gold colour
H4_STATUS = (("Progressing well", "green"), ("Some concerns", "amber"),
             ("Serious concerns", "red"), ("Embedded", "blue"), ("Not commenced", None))  # fmt: skip
LETTERS = {"green": "G", "amber": "A", "red": "R", "blue": "B"}
FILL = {"green": "#70AD47", "amber": "#FFC000", "red": "#E0474C", "blue": "#4F81BD"}
TINT = {"green": "#D8ECCB", "amber": "#FFEFC2", "red": "#F6C9CA", "blue": "#D3DFEE"}

TEAMS = ("Fostering Service", "Front Door / MASH", "Quality Assurance Unit", "Virtual School",
         "Care Leavers Service", "Workforce Development Team",
         "Safeguarding Partnership Business Unit", "Performance and Intelligence Team")  # fmt: skip
SPONSORS = ("DCS", "AD Safeguarding", "AD Children's Social Care", "Director of Education",
            "Chief Nurse, ICB")  # fmt: skip

# what an objective (the middle level of 1.2.3) says, per topic where one fits, else general
OBJECTIVES = (
    "Practice standards are clear and understood by every worker",
    "Managers check the quality of work and act on what they find",
    "Partners share information quickly and record their decisions",
    "Children's views shape their plans",
    "The workforce is stable and has the right skills",
    "Leaders know how well services are doing from reliable data",
    "Children get the right help at the right time",
)  # fmt: skip


def h4_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout4 due-date form and the date it names (d is a month end).

    The rule stays: the END of what is printed; a quarter is a quarter of the April-March
    financial year it names; `Year end 2025/26` is 31 March 2026; open forms have no date.
    """
    q, first = _fin_year(d)
    fy_long = f"{first}/{(first + 1) % 100:02d}"
    fy_short = f"{first % 100:02d}/{(first + 1) % 100:02d}"
    if form == "by_end_q":
        return f"by end Q{q} {fy_long}", _quarter_end(q, first)
    if form == "fy_q":
        return f"FY{fy_short} Q{q}", _quarter_end(q, first)
    if form == "qtr":
        return f"Qtr {q} {fy_short}", _quarter_end(q, first)
    if form == "slash_yy":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "year_end":
        return f"Year end {fy_long}", date(first + 1, 3, 31)
    if form == "open":
        return OPEN_FORMS4[d.month % 2], None
    raise ValueError(form)


def h4_owner(rng: random.Random) -> str:
    kind = rng.choice(("abbr", "title", "team", "title_name"))
    if kind == "abbr":
        return rng.choice(HOLD_TITLES)
    if kind == "title":
        return rng.choice(C.TITLES)
    if kind == "team":
        return rng.choice(TEAMS)
    return f"{rng.choice(C.TITLES)} ({rng.choice(C.PEOPLE)})"


@dataclass(slots=True)
class H4Action:
    ref: str
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str  # the status word printed ('' where the status is a colour or a trail)
    rag: str | None
    recs: list[str]
    objective: str = ""  # keyed layout: the objective number (1.2) the action sits under
    orig_raw: str = ""  # where the date was revised: the original date as printed
    orig_date: date | None = None
    trail: list[str | None] = field(default_factory=list)  # quarter colours, None = blank


@dataclass(slots=True)
class H4Kpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    latest: tuple[str, float, str | None]
    target: tuple[str, float, str | None]
    sn: tuple[str, float, str | None]
    eng: tuple[str, float, str | None]
    higher_better: bool
    kind: str


@dataclass(slots=True)
class H4Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    authority: str
    title: str
    intro: str
    recs: list[tuple[str, str]]
    shorts: dict[str, str]
    objectives: list[tuple[str, str]]  # keyed layout: (number 1.2, text)
    sponsors: dict[str, str]  # outline layout: the sponsor printed on each recommendation row
    rec_label: str
    obj_label: str
    actions: list[H4Action]
    kpis: list[H4Kpi]
    key: list[tuple[str, str]]  # keyed layout: (initials, role)
    headers: dict[str, str]
    status_form: str  # words | letters_fill | fill_only
    font: str
    landscape: bool
    seed_rng: int
    fy_first: int  # the financial year of the quarterly trail
    quarter: int  # the quarter reported (trail filled up to it)
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H4Action]:
        return [a for a in self.actions if a.recs[0] == num]

    def rollup(self, num: str) -> tuple[str, str | None]:
        """The recommendation row's rolled-up status: its worst action (not a scored fact)."""
        order = ("red", "amber", "green", "blue")
        rags = [a.rag for a in self.per_rec(num) if a.rag]
        if not rags:
            return H4_STATUS[4]
        worst = min(rags, key=order.index)
        return next(s for s in H4_STATUS if s[1] == worst)


@dataclass(frozen=True, slots=True)
class H4Family(Family):
    layout: str = ""
    h4_status: tuple[str, ...] = ("words",)
    progress: float = 0.5
    revised: float = 0.0  # share of actions whose date was revised (original and revised printed)


HOLDOUT4: tuple[H4Family, ...] = (
    H4Family("rl-keyed-initials", "holdout4", "reportlab", ("grid",), ("keyed",),
             vocab="holdout4", layout="keyed", kpi=0.8, landscape=0.5, progress=1.0,
             description="ReportLab: a key of owners' initials to roles at the top, a table per "
                         "recommendation whose recommendation sits in a merged first row over "
                         "the header, three-level numbering (objective rows 1.2 spanning the "
                         "table, actions 1.2.3), owners as initials, rows split across a page "
                         "break mid-cell under the repeated rows; KPI table with comparators"),
    H4Family("docx-quarter-trail", "holdout4", "docx", ("grid",), ("trail",), vocab="holdout4",
             layout="trail", kpi=0.7, landscape=1.0, h4_status=("letters_fill", "fill_only"),
             progress=0.6, revised=0.35,
             description="Word printed by LibreOffice, landscape: a table per recommendation with "
                         "Original date | Revised date and a quarterly RAG trail (a group header "
                         "over Q1..Q4, letters on fills or fills only; the current status is the "
                         "rightmost filled quarter), actions numbered 2.01; KPI table with "
                         "comparators"),
    H4Family("html-a3-columns", "holdout4", "chromium", ("box",), ("columns",), vocab="holdout4",
             layout="columns", kpi=0.7, landscape=1.0, progress=0.0,
             description="HTML printed by Chromium on A3 landscape: a plan on a page with a "
                         "column per recommendation (its label and text at the head of the "
                         "column), the actions as boxes stacked down the column (Owned by / "
                         "Complete by, a status word on a tint); a KPI table across the foot"),
    H4Family("xlsx-outline-rollup", "holdout4", "xlsx", ("grid",), ("outline",),
             vocab="holdout4", layout="outline", kpi=0.7, landscape=1.0, progress=0.7,
             revised=0.3,
             description="Excel printed by LibreOffice Calc: a tracker of outline-grouped rows, "
                         "each recommendation a bold summary row (its sponsor in the owner "
                         "column, a rolled-up status) above its action rows (outline level 1), "
                         "original dates as date cells in `mmm yy`, a revised-date column; a KPI "
                         "sheet with polarity and comparators"),
    H4Family("docx-newspaper-2col", "holdout4", "docx", ("none",), ("newspaper",),
             vocab="holdout4", layout="newspaper", kpi=0.6, landscape=0.0, progress=0.5,
             description="Word printed by LibreOffice: a progress bulletin in two newspaper "
                         "columns, a heading per recommendation, each action a bold numbered "
                         "line then labelled lines (Owned by: / Complete by: / Assurance level:) "
                         "or one line of fields joined by bars; a one-column KPI table after"),
)  # fmt: skip


def _status(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(H4_STATUS)


def build_holdout4(fam: H4Family, seed: int, index: int) -> H4Plan:
    rng = random.Random(f"plangen-holdout4:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    year = rng.choice((2024, 2025, 2026))
    start = date(year, rng.choice((1, 4, 4, 6, 9)), 1)
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    status_form = rng.choice(fam.h4_status)
    has_progress = rng.random() < fam.progress
    landscape = rng.random() < fam.landscape
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    fy_first = start.year if start.month >= 4 else start.year - 1
    quarter = rng.randint(2, 4)
    key: list[tuple[str, str]] = []
    if fam.layout == "keyed":
        people = rng.sample(C.PEOPLE, rng.randint(5, 8))
        roles = rng.sample(list(HOLD_TITLES) + list(C.TITLES), len(people))
        key = sorted({(_initials(p), r) for p, r in zip(people, roles, strict=True)})
        key = list({i: (i, r) for i, r in key}.values())  # one role per initials
    objectives: list[tuple[str, str]] = []
    actions: list[H4Action] = []
    max_actions = 4 if fam.layout == "columns" else 5
    for (num, _), topic in zip(recs, topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(max_actions, len(topic.actions))))
        if fam.layout == "keyed":  # split the actions over one to three objectives
            n_obj = rng.randint(1, min(3, len(texts)))
            cuts = sorted(rng.sample(range(1, len(texts)), n_obj - 1))
            groups = [texts[a:b] for a, b in zip([0, *cuts], [*cuts, len(texts)], strict=True)]
            for o, chunk in enumerate(groups):
                obj = f"{num}.{o + 1}"
                objectives.append((obj, rng.choice(OBJECTIVES)))
                for k, text in enumerate(chunk):
                    a = _action(fam, rng, f"{obj}.{k + 1}", text, num, start, status_form,
                                has_progress, fy_first, quarter)  # fmt: skip
                    a.objective = obj
                    if rng.random() < 0.25 and len(key) > 1:
                        a.owner = "/".join(i for i, _ in rng.sample(key, 2))
                    else:
                        a.owner = rng.choice(key)[0]
                    actions.append(a)
            continue
        for k, text in enumerate(texts):
            ref = {"trail": f"{num}.{k + 1:02d}", "outline": f"{num}.{k + 1}",
                   "columns": f"{num}{'ABCDEF'[k]}", "newspaper": f"{num}.{k + 1}"}[fam.layout]  # fmt: skip
            a = _action(fam, rng, ref, text, num, start, status_form, has_progress, fy_first,
                        quarter)  # fmt: skip
            if rng.random() < fam.revised and a.due_date is not None:
                a.orig_raw, a.orig_date = a.due_raw, a.due_date
                later = _months_after(a.due_date, rng.randint(2, 6))
                a.due_raw, a.due_date = _date_text(fam, rng, later)
            actions.append(a)
    headers = {role: rng.choice(words) for role, words in H4_HEADERS.items()}
    kpis: list[H4Kpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            kind = "weeks" if spec.kind == "days" and rng.random() < 0.4 else spec.kind
            v = [_kpi_value(rng, kind) for _ in range(5)]
            kpis.append(H4Kpi(spec.indicator, v[0], v[1], v[2], v[3], v[4],
                              spec.higher_is_better, kind))  # fmt: skip
    fy = f"{fy_first}/{(fy_first + 1) % 100:02d}"
    title = rng.choice((
        f"{authority} Children's Services Improvement Plan – progress report {fy}",
        f"{authority}: Post-Ofsted Improvement Plan {fy} (quarter {quarter} update)",
        f"Improving Outcomes for Children in {authority} – Delivery Plan {fy}",
    ))  # fmt: skip
    intro = (f"This report sets out the council's response to each improvement requirement "
             f"from the inspection of {authority}'s children's services, who owns each task, "
             f"when it will be complete and the assurance we have that it is on track. It is "
             f"reported to the Improvement Board each quarter.")  # fmt: skip
    plan = H4Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, intro=intro,
        recs=recs, shorts={n: t.short for (n, _), t in zip(recs, topics, strict=True)},
        objectives=objectives, sponsors={n: rng.choice(SPONSORS) for n, _ in recs},
        rec_label=rng.choice(REC_LABELS4), obj_label=rng.choice(OBJ_LABELS), actions=actions,
        kpis=kpis, key=key, headers=headers, status_form=status_form,
        font=rng.choice(fam.fonts), landscape=landscape, seed_rng=rng.randint(0, 10**9),
        fy_first=fy_first, quarter=quarter,
    )  # fmt: skip
    # objective rows and recommendation (summary) rows are not actions
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": landscape, "status": status_form, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "revised": sum(1 for a in actions if a.orig_raw), "objectives": len(objectives),
    }  # fmt: skip
    return plan


def _months_after(d: date, k: int) -> date:
    i = d.month - 1 + k
    return month_end(d.year + i // 12, i % 12 + 1)


def _date_text(fam: H4Family, rng: random.Random, d: date) -> tuple[str, date | None]:
    form = rng.choice(tuple(f for f in H4_DATES if f != "open"))
    if fam.layout == "outline" and rng.random() < 0.5:  # a date cell Calc prints as 'Sep 25'
        return f"{d:%b} {d.year % 100:02d}", d
    return h4_due(form, d)


def _action(fam: H4Family, rng: random.Random, ref: str, text: str, num: str, start: date,
            status_form: str, has_progress: bool, fy_first: int, quarter: int) -> H4Action:  # fmt: skip
    d = _months_after(start, rng.randint(2, 20))
    if fam.layout == "outline" and rng.random() < 0.6:  # a date cell Calc prints as 'Sep 25'
        due: date | None = d
        due_raw = f"{d:%b} {d.year % 100:02d}"
    else:
        due_raw, due = h4_due(rng.choice(H4_DATES), d)
    status, rag = _status(rng)
    trail: list[str | None] = []
    if fam.layout == "trail":  # the quarters reported so far; the last filled is the current
        first = rng.randint(1, quarter)
        trail = [None] * 4
        for q in range(first, quarter + 1):
            trail[q - 1] = rng.choice(("green", "green", "amber", "red", "blue"))
        if rng.random() < 0.1:
            trail = [None] * 4  # not yet rated
        rag = next((c for c in reversed(trail) if c), None)
        status = ""
    progress = None
    if has_progress:
        progress = rng.choice(C.PROGRESS)
        if fam.layout == "keyed":  # longer notes: rows tall enough to split at a page break
            many = rng.randint(1, 3) if rng.random() < 0.7 else rng.randint(5, 7)
            extra = rng.sample([p for p in C.PROGRESS if p != progress], many)
            progress = ". ".join([progress, *extra])
    return H4Action(ref=ref, text=text, owner=h4_owner(rng), due_raw=due_raw, due_date=due,
                    progress=progress, status=status, rag=rag, recs=[num], trail=trail)  # fmt: skip
