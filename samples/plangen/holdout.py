"""The `holdout` split: plan layouts that differ in kind from every tune AND measure family.

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout.py`),
its output (`out/holdout*`) or its results (`results/*holdout*`); it is scored, never tuned on.

What differs from tune and measure (see README.md "The holdout split"):
- a third header and card-label vocabulary (`Intervention`, `Responsible manager`, `Completion`,
  `Position statement`, `Milestone met?`, ...) sharing no header with the other two;
- new due-date forms (`end March 2025`, `2025-03-31`, `03.2025`, `Q3 24-25`, `March/April 2025`,
  `31st March 2025`, `2025-26`, `Continuous`), new status forms (`Achieved`, `Partially met`,
  `Not met`, `Not yet due`, `GREEN` in capitals, a coloured dot with no word, Word shading in the
  Office palette, a card's coloured bar) and owners as abbreviated titles, initials and title, or
  two owners in one cell;
- new shapes: Word cards whose title is a Heading style with a key/value table or bold labels and
  a tab or en dash; HTML cards with each label above its value; two-row headers (`Timescale` over
  `Start` | `End`, `Goal` over `2024/25` | `2025/26`); KPI tables with a `Latest` column beside
  baseline and target; Word tables vertically centred or bottom-aligned with an owner cell merged
  down over the actions that share it; an Excel workbook with real date cells in other number
  formats and a KPI sheet of % number formats.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.forms import _fin_year, _quarter_end, month_end
from samples.plangen.gold import plan_gold

# Header and card-label wordings of the holdout split: none is a header of tune or measure.
HOLD_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Step", "Line", "Seq."),
    "action": ("Intervention", "Planned change", "Commitment", "What needs to happen"),
    "owner": ("Responsible manager", "Sponsor", "Driven by", "Senior manager"),
    "due": ("Completion", "Milestone", "Expected by"),
    "progress": ("Position statement", "Where things stand", "Highlight report"),
    "rag": ("Milestone met?", "Traffic light", "Assessment"),
    "rec": ("Finding", "AFI", "Para."),
    "recommendation": ("Inspection finding", "What inspectors found"),
    "indicator": ("Scorecard line", "Outcome", "What we count"),
    "baseline": ("Position at start", "Opening figure", "Year-start actual"),
    "latest": ("Latest", "Most recent", "Current"),
    "target": ("Goal", "End goal", "Aiming for"),
    "trend": ("Trajectory", "Direction of travel"),
}
# a two-row header: a group cell over two sub-headers
TIME_GROUPS = ("Timescale", "Timeframe", "Dates")
TIME_PAIRS = (("Start", "End"), ("Commence", "Complete"))
GOAL_GROUPS = ("Goal", "Goals by year")

HOLD_DATES = ("end_month_y", "iso", "mm_yyyy", "q_short", "two_months", "ordinal", "fy_dash",
              "continuous")  # fmt: skip
OPEN_FORMS = ("Continuous", "BAU")

HOLD_TITLES = (
    "AD Safeguarding", "AD Children's Social Care", "HoS Fostering", "HoS Children in Care",
    "Principal SW", "DCS", "Virtual School Headteacher", "Head of Business Intelligence",
    "Quality & Practice Lead", "Safeguarding Partnership Manager", "Group Manager, MASH",
    "Team Manager, Care Leavers", "Named GP for Safeguarding", "Strategic Lead for Exploitation",
)  # fmt: skip

# status forms: printed text and gold colour
MET_WORDS = (("Achieved", "blue"), ("Met", "green"), ("Partially met", "amber"),
             ("Not met", "red"), ("Not yet due", None))  # fmt: skip
CAPS = (("GREEN", "green"), ("AMBER", "amber"), ("RED", "red"), ("BLUE", "blue"))
# Office's standard palette (Word shading, a dot's colour, a card's bar): strong, not the tints
OFFICE = {"green": "#00B050", "amber": "#FFC000", "red": "#FF0000", "blue": "#0070C0"}
# Excel's Good / Neutral / Bad cell styles, behind a status word
EXCEL_STYLE = {"green": "#C6EFCE", "amber": "#FFEB9C", "red": "#FFC7CE", "blue": "#BDD7EE"}


def hold_due(form: str, d: date) -> tuple[str, date | None]:
    """The printed text of a holdout due-date form and the date it names (d is a month end)."""
    y, m = d.year, d.month
    if form == "end_month_y":
        return f"end {calendar.month_name[m]} {y}", d
    if form == "iso":
        return d.isoformat(), d
    if form == "mm_yyyy":
        return f"{m:02d}.{y}", d
    if form == "q_short":
        q, first = _fin_year(d)
        return f"Q{q} {first % 100:02d}-{(first + 1) % 100:02d}", _quarter_end(q, first)
    if form == "two_months":
        if m == 1:  # 'December/January' would straddle two years: print the month alone
            return f"end {calendar.month_name[m]} {y}", d
        return f"{calendar.month_name[m - 1]}/{calendar.month_name[m]} {y}", d
    if form == "ordinal":
        suffix = {1: "st", 21: "st", 31: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}.get(
            d.day, "th"
        )
        return f"{d.day}{suffix} {calendar.month_name[m]} {y}", d
    if form == "fy_dash":
        _, first = _fin_year(d)
        return f"{first}-{(first + 1) % 100:02d}", date(first + 1, 3, 31)
    if form == "d_mon_y":  # Calc's 'd mmm yyyy'
        return f"{d.day} {calendar.month_abbr[m]} {y}", d
    if form == "continuous":
        return OPEN_FORMS[d.month % 2], None
    raise ValueError(form)


def hold_status(rng: random.Random, form: str) -> tuple[str, str | None, str | None]:
    """(printed text, gold rag, colour: a fill, a dot's or a bar's) for a holdout status form."""
    if form == "met_words":
        text, rag = rng.choice(MET_WORDS)
        return text, rag, None
    if form == "met_words_fill":  # Excel's Good/Neutral/Bad styles behind the word
        text, rag = rng.choice(MET_WORDS)
        return text, rag, EXCEL_STYLE[rag] if rag else None
    if form == "caps":
        text, rag = rng.choice(CAPS)
        return text, rag, None
    if form in ("dots", "office_fill", "bar"):  # colour alone: no word printed
        rag = rng.choice(("green", "green", "amber", "red", "blue"))
        return ("●" if form == "dots" else ""), rag, OFFICE[rag]
    if form == "pill":
        text, rag = rng.choice(MET_WORDS[:4])
        return text, rag, OFFICE[rag] if rag else None
    raise ValueError(form)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def hold_owner(rng: random.Random, kind: str) -> str:
    if kind == "abbr":
        return rng.choice(HOLD_TITLES)
    if kind == "initials":
        person, title = rng.choice(C.PEOPLE), rng.choice(HOLD_TITLES)
        return rng.choice((f"{_initials(person)}, {title}", f"{_initials(person)} ({title})"))
    if kind == "two":
        a, b = rng.sample(HOLD_TITLES, 2)
        return f"{a} {rng.choice(('/', '&'))} {b}"
    raise ValueError(kind)


@dataclass(slots=True)
class HAction:
    ref: str | None
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    start_raw: str
    progress: str | None
    status: str
    rag: str | None
    colour: str | None
    recs: list[str]


@dataclass(slots=True)
class HKpi:
    indicator: str
    baseline: tuple[str, float, str | None]
    latest: tuple[str, float, str | None]
    goal1: tuple[str, float, str | None]
    target: tuple[str, float, str | None]
    trend: str
    kind: str


@dataclass(slots=True)
class HPlan:
    """One holdout plan: what it says and how it is laid out (the renderer draws it directly)."""

    name: str
    family: str
    split: str
    producer: str
    layout: str
    title: str
    intro: str
    key: str | None
    recs: list[tuple[str, str]]
    rec_label: str
    actions: list[HAction]
    kpis: list[HKpi]
    kpi_title: str
    headers: dict[str, str]
    cols: list[str]
    status_form: str
    ruling: str
    font: str
    landscape: bool
    valign: str  # top | middle | bottom
    seed_rng: int
    year: int
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[HAction]:
        return [a for a in self.actions if a.recs[0] == num]


@dataclass(frozen=True, slots=True)
class HoldFamily(Family):
    layout: str = ""
    hold_status: tuple[str, ...] = ("met_words",)
    hold_owners: tuple[str, ...] = ("abbr", "initials", "two")
    valigns: tuple[str, ...] = ("top",)
    progress: float = 0.6
    hold_dates: tuple[str, ...] = HOLD_DATES


HOLDOUT: tuple[HoldFamily, ...] = (
    HoldFamily("docx-kv-cards", "holdout", "docx", ("grid", "none"), ("kv_cards",), vocab="holdout",
               layout="kv_cards", kpi=0.4, hold_status=("met_words", "caps"),
               description="Word printed by LibreOffice: a Heading-style title per action, then a "
                           "small two-column key/value table (Responsible manager | ..., "
                           "Completion | ...)"),
    HoldFamily("docx-tab-cards", "holdout", "docx", ("none",), ("heading_cards",), vocab="holdout",
               layout="tab_cards", kpi=0.3, hold_status=("caps", "met_words"),
               description="Word printed by LibreOffice: a Heading-style title per action, then "
                           "one line per field, a bold label followed by a tab or an en dash"),
    HoldFamily("html-twotier-dots", "holdout", "chromium", ("grid", "box"), ("caption",),
               vocab="holdout", layout="twotier", kpi=0.8, hold_status=("dots",),
               valigns=("middle", "bottom"), landscape=0.6,
               description="HTML printed by Chromium: a two-row header (Timescale over Start | "
                           "End), a table per recommendation titled by its caption, cells "
                           "centred or bottom-aligned, RAG as a coloured dot with no word, KPI "
                           "tables with Position at start | Latest | Goal over two years"),
    HoldFamily("html-stacked-cards", "holdout", "chromium", ("none",), ("stacked_cards",),
               vocab="holdout", layout="stacked_cards", kpi=0.4, hold_status=("pill", "bar"),
               description="HTML printed by Chromium: a boxed card per action, each label printed "
                           "above its value in a row of fields; RAG as a coloured pill with a "
                           "word or only the card's coloured side bar"),
    HoldFamily("docx-vcentre-shared", "holdout", "docx", ("none", "box"), ("rec_column",),
               vocab="holdout", layout="shared", kpi=0.5, hold_status=("office_fill", "met_words"),
               valigns=("middle", "bottom"), landscape=0.6,
               description="Word printed by LibreOffice: no inner rules (none or an outer box "
                           "only), cells vertically centred or bottom-aligned, a finding-number "
                           "column and an owner cell merged down over the actions that share "
                           "them, narrow status column, RAG as Office-palette shading"),
    HoldFamily("xlsx-findings-pct", "holdout", "xlsx", ("header_rule",), ("rec_column",),
               vocab="holdout", layout="workbook", kpi=0.85, hold_status=("met_words_fill",),
               landscape=0.8, hold_dates=("iso", "mm_yyyy", "d_mon_y", "continuous"),
               description="Excel printed by LibreOffice Calc: a findings sheet, an action sheet "
                           "with a finding-number column, no grid, real date cells as "
                           "yyyy-mm-dd / mm.yyyy / d mmm yyyy, status words on Excel's "
                           "Good/Neutral/Bad fills, a KPI sheet in % and unit number formats"),
)  # fmt: skip


REC_LABELS = ("Recommendation {n} – ", "Area for improvement {n}: ", "{n}) ")


def _kpi_value(rng: random.Random, kind: str) -> tuple[str, float, str | None]:
    """A KPI value as printed: % (one decimal sometimes), weeks, days, a count, a rate."""
    if kind == "pct":
        v = round(rng.uniform(8, 96), rng.choice((0, 1)))
        text = f"{v:.1f}%" if v != int(v) else f"{int(v)}%"
        return text, float(text.rstrip("%")), "%"
    if kind == "days":
        v = rng.randint(90, 620)
        return f"{v} days", float(v), "days"
    if kind == "weeks":
        v = rng.randint(6, 30)
        return f"{v} weeks", float(v), "weeks"
    if kind == "count":
        v = rng.randint(12, 480)
        return str(v), float(v), None
    if kind == "rate":
        v = round(rng.uniform(20, 80), 1)
        return f"{v} per 10,000", v, "per 10,000"
    raise ValueError(kind)


def build_holdout(fam: HoldFamily, seed: int, index: int) -> HPlan:
    rng = random.Random(f"plangen-holdout:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    year = rng.choice((2024, 2025, 2026))
    start = date(year, rng.randint(1, 9), 1)
    topics = rng.sample(C.TOPICS, rng.randint(3, 5))
    status_form = rng.choice(fam.hold_status)
    ref_style = rng.choice(("dotted", "dotted", "letter", "none"))
    if fam.layout in ("shared", "workbook"):
        ref_style = rng.choice(("dotted", "letter"))
    has_progress = rng.random() < fam.progress
    has_status = status_form in ("dots", "office_fill", "bar", "met_words_fill") or (
        rng.random() < 0.75
    )
    landscape = rng.random() < fam.landscape
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    actions: list[HAction] = []
    owner_kinds = fam.hold_owners
    for (num, _), topic in zip(recs, topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        shared: str | None = None
        for k, text in enumerate(texts):
            ref = {"dotted": f"{num}.{k + 1}", "letter": f"{num}{'abcdefgh'[k]}",
                   "none": None}[ref_style]  # fmt: skip
            months = rng.randint(2, 20)
            m = start.month - 1 + months
            due_raw, due = hold_due(rng.choice(fam.hold_dates), month_end(start.year + m // 12,
                                                                      m % 12 + 1))  # fmt: skip
            status, rag, colour = hold_status(rng, status_form)
            # owners shared by consecutive actions (a merged cell where the layout merges)
            if shared is None or rng.random() < 0.45:
                shared = hold_owner(rng, rng.choice(owner_kinds))
            start_raw = rng.choice((f"{calendar.month_abbr[start.month]} {start.year}",
                                    f"{start.day:02d}/{start.month:02d}/{start.year}"))  # fmt: skip
            actions.append(HAction(
                ref=ref, text=text, owner=shared, due_raw=due_raw, due_date=due,
                start_raw=start_raw, progress=rng.choice(C.PROGRESS) if has_progress else None,
                status=status if has_status else "", rag=rag if has_status else None,
                colour=colour if has_status else None, recs=[num],
            ))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in HOLD_HEADERS.items()}
    cols = ["ref", "action", "owner", "due"] if ref_style != "none" else ["action", "owner", "due"]
    if fam.layout == "twotier":
        cols.insert(cols.index("due"), "start")
    if has_progress:
        cols.append("progress")
    if has_status:
        cols.append("rag")
    if fam.layout in ("shared", "workbook"):
        cols.insert(0, "rec")
    kpis: list[HKpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            kind = spec.kind
            if kind == "days" and rng.random() < 0.3 and fam.layout != "workbook":
                kind = "weeks"
            kpis.append(HKpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                             _kpi_value(rng, kind), _kpi_value(rng, kind),
                             rng.choice(("Improving", "Worsening", "Level")), kind))  # fmt: skip
    title = rng.choice((
        f"{authority} Council: Children's Services Improvement Plan {year}-{(year + 1) % 100:02d}",
        f"{authority} Children's Services: Post-inspection Action Plan {year}",
    ))  # fmt: skip
    intro = (f"This plan answers the findings of Ofsted's inspection of {authority} children's "
             f"services. Each intervention names its responsible manager and when it will be "
             f"complete; the position is reviewed by the Improvement Board.")  # fmt: skip
    key = None
    if status_form in ("dots", "office_fill", "bar"):
        key = ("Key to colours: green - milestone met; amber - partly met; red - not met; "
               "blue - achieved and closed.")  # fmt: skip
    plan = HPlan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, title=title, intro=intro, key=key, recs=recs,
        rec_label=rng.choice(REC_LABELS), actions=actions, kpis=kpis,
        kpi_title=rng.choice(("Outcome measures", "Scorecard", "How we will know it is working")),
        headers=headers, cols=cols, status_form=status_form, ruling=rng.choice(fam.rulings),
        font=rng.choice(fam.fonts), landscape=landscape, valign=rng.choice(fam.valigns),
        seed_rng=rng.randint(0, 10**9), year=year,
    )  # fmt: skip
    # the target is the last goal printed (a goal per year: the later year's)
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "columns": cols,
        "headers": [headers[c] if c != "start" else "two-row" for c in cols],
        "ruling": plan.ruling, "font": plan.font, "landscape": landscape, "status": status_form,
        "refs": ref_style, "valign": plan.valign, "kpis": len(kpis),
    }  # fmt: skip
    return plan
