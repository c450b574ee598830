"""The `holdout8` split: plan layouts that differ in kind from every family of the nine earlier
splits (tune, measure, holdout, holdout2 .. holdout7).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout8.py`),
its output (`out/holdout8*`) or its results (`results/*holdout8*`); it is scored, never tuned on.

What differs from the 48 earlier families (see README.md "The holdout8 split"): a FIXED-WIDTH
TEXT REPORT from a performance system printed in a monospace font (columns aligned by spaces, no
rules, dashes under the header, wrapped text continuing in its column, an update line under an
action, page headers with the run date); a TWO-UP BOOKLET (two portrait pages side by side on
each landscape sheet, each with its own page number, a cover and a contents page); a REFRESHED
plan with its REVISIONS MARKED (deleted text struck through, new text underlined: revised dates
and owners, withdrawn actions struck out whole, new actions); a TICK-BOX tracker whose status is
a mark in one of several status columns. A tenth header vocabulary, new date forms
(`2026-03-31`, `31-MAR-2026`, `w/e 27/03/2026`, `End of financial year 2025/26`), status words
(`Going to plan`, `Some slippage`, `Stalled`, `Achieved in full`, `Not begun`) and owners
(a person with an e-mail address, a team with its person).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import Family
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value
from samples.plangen.holdout7 import H7Kpi, _months_after

# Header and label wordings of holdout8: none is a header of the nine earlier vocabularies.
H8_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Line ref", "Activity code", "Seq. no", "Item code"),
    "action": (
        "Planned activity",
        "Description of activity",
        "Activity to be undertaken",
        "Work to be carried out",
    ),
    "owner": ("Senior accountable lead", "Named contact", "Who is accountable", "Contact officer"),
    "due": ("To be met by", "Date to be met", "Required completion", "Finish date agreed"),
    "rag": ("Current position", "Position this month", "Progress status", "Position reached"),
    "progress": ("Notes on progress", "Position narrative", "Narrative this month"),
    "rec": ("Inspection ref", "Relates to AFI", "AFI no."),
    "indicator": ("Measure we will use", "Indicator of impact", "Success measure"),
    "baseline": ("Start value", "When we started", "Figure on day one"),
    "latest": ("Value now", "Latest reading", "Reading this month"),
    "target": ("Where we aim to be", "Value sought", "Aimed-for value"),
}
REC_LABELS8 = ("Area for improvement {n} – ", "Inspection finding {n}: ", "AFI {n}. ")

H8_DATES = ("iso", "oracle", "week_ending", "fye", "open")
OPEN_FORMS8 = ("As required", "Throughout the plan")
H8_STATUS = (("Going to plan", "green"), ("Some slippage", "amber"), ("Stalled", "red"),
             ("Achieved in full", "blue"), ("Not begun", None))  # fmt: skip
TINT8 = {"green": "#CDEBD3", "amber": "#FCE3B8", "red": "#F4C2BE", "blue": "#CCDDF2"}
TEAMS = ("Front Door Team", "Quality Assurance Unit", "Workforce Development Team",
         "Performance and Intelligence Team", "Placements Team", "Early Help Hub",
         "Leaving Care Service", "Principal Social Worker's Office")  # fmt: skip


def h8_due(form: str, d: date, rng: random.Random) -> tuple[str, date | None]:
    """Printed text of a holdout8 due-date form and the date it names (d is a month end).

    The rule stays the END of what is printed: `2026-03-31` and `31-MAR-2026` are that day;
    `w/e 27/03/2026` (week ending) is the day printed; `End of financial year 2025/26` is
    31 March 2026; `As required` and `Throughout the plan` have no due date.
    """
    y, m = d.year, d.month
    if form == "iso":
        day = rng.choice((d.day, rng.randint(1, 28)))
        return f"{y}-{m:02d}-{day:02d}", date(y, m, day)
    if form == "oracle":
        day = rng.choice((d.day, rng.randint(1, 28)))
        return f"{day:02d}-{calendar.month_abbr[m].upper()}-{y}", date(y, m, day)
    if form == "week_ending":
        friday = d - timedelta(days=(d.weekday() - 4) % 7)
        return f"w/e {friday.day:02d}/{friday.month:02d}/{friday.year}", friday
    if form == "fye":
        first = y if m >= 4 else y - 1
        return f"End of financial year {first}/{(first + 1) % 100:02d}", date(first + 1, 3, 31)
    if form == "open":
        return OPEN_FORMS8[rng.randint(0, 1)], None
    raise ValueError(form)


@dataclass(slots=True)
class H8Action:
    ref: str
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    progress: str | None
    status: str | None
    rag: str | None
    recs: list[str]
    printed_owner: str = ""  # booklet: the person with an e-mail address
    old_due: str = ""  # revised: the date struck through (the printed due is the new one)
    old_owner: str = ""  # revised: the owner struck through
    added: str = ""  # revised: words inserted at the end of the text (part of `text`)
    new: bool = False  # revised: an action added in this version (underlined whole)


@dataclass(slots=True)
class H8Plan:
    name: str
    family: str
    split: str
    producer: str
    layout: str
    authority: str
    title: str
    recs: list[tuple[str, str]]
    rec_label: str
    actions: list[H8Action]
    kpis: list[H7Kpi]
    headers: dict[str, str]
    font: str
    landscape: bool
    seed_rng: int
    start: date
    issued: date  # the run date, the version date
    withdrawn: list[tuple[int, H8Action]] = field(
        default_factory=list
    )  # revised: (position, struck action)
    old_targets: dict[int, str] = field(default_factory=dict)  # revised: KPI index -> struck target
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)

    def per_rec(self, num: str) -> list[H8Action]:
        return [a for a in self.actions if a.recs[0] == num]


@dataclass(frozen=True, slots=True)
class H8Family(Family):
    layout: str = ""
    progress: float = 0.7


HOLDOUT8: tuple[H8Family, ...] = (
    H8Family("rl-fixed-width-report", "holdout8", "reportlab", ("none",), ("column",),
             vocab="holdout8", layout="fixed", kpi=0.5, landscape=1.0, progress=0.6,
             description="ReportLab: a performance system's fixed-width text report in a "
                         "monospace font, columns aligned by spaces, dashes under the header, "
                         "wrapped text continuing in its column, an update line under an action, "
                         "page headers with the run date"),
    H8Family("html-two-up-booklet", "holdout8", "chromium", ("grid",), ("banner",),
             vocab="holdout8", layout="booklet", kpi=0.4, landscape=1.0, progress=0.6,
             description="HTML printed by Chromium: a booklet printed two-up, two portrait pages "
                         "side by side on each landscape sheet, each page numbered; a cover, a "
                         "contents page, then the plan table running from page to page"),
    H8Family("docx-revisions-marked", "holdout8", "docx", ("grid",), ("heading",),
             vocab="holdout8", layout="revised", kpi=0.6, landscape=0.0, progress=0.6,
             description="Word printed by LibreOffice: a refreshed plan with its changes marked, "
                         "deleted text struck through in red and new text underlined in blue "
                         "(revised dates and owners, withdrawn actions, new actions)"),
    H8Family("xlsx-tick-status", "holdout8", "xlsx", ("grid",), ("column",),
             vocab="holdout8", layout="ticks", kpi=0.4, landscape=1.0, progress=0.7,
             description="Excel printed by LibreOffice Calc: a tick-box tracker, the status a "
                         "mark in one of five status columns, a link column naming one or two "
                         "recommendations, ISO date cells, owners as a team and its person"),
)  # fmt: skip


def _email(person: str, authority: str) -> str:
    first, last = person.split(" ", 1)
    domain = authority.lower().replace(" ", "")
    return f"{first[0].lower()}.{last.lower().replace(' ', '')}@{domain}.gov.uk"


def _owner(rng: random.Random, layout: str, authority: str) -> tuple[str, str]:
    """(owner as scored, owner as printed)."""
    if layout == "booklet" and rng.random() < 0.7:
        person = rng.choice(C.PEOPLE)
        return person, f"{person} ({_email(person, authority)})"
    if layout == "ticks" and rng.random() < 0.6:
        owner = f"{rng.choice(TEAMS)} ({rng.choice(C.PEOPLE)})"
        return owner, owner
    title = rng.choice(C.TITLES)
    return title, title


ADDITIONS = (", with partner agencies", ", and report to the Improvement Board",
             ", reviewed at six months", ", across all localities")  # fmt: skip


def build_holdout8(fam: H8Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout8:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2024, 2025, 2026)), rng.choice((1, 4, 6, 9, 10)), 1)
    issued = _months_after(start, rng.randint(4, 8)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    actions: list[H8Action] = []
    withdrawn: list[tuple[int, H8Action]] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(1, 20))
            owner, printed = _owner(rng, fam.layout, authority)
            status, rag = rng.choice(H8_STATUS)
            progress = rng.choice(C.PROGRESS) if has_progress and rng.random() < 0.85 else None
            form = rng.choice(H8_DATES)
            if fam.layout == "ticks" and form in ("oracle", "week_ending"):
                form = "iso"
            due_raw, due_date = h8_due(form, d, rng)
            a = H8Action("", text, owner, due_raw, due_date, progress, status, rag, [num],
                         printed_owner=printed)  # fmt: skip
            if fam.layout == "fixed":
                a.ref = f"IMP{seq:04d}"
            elif fam.layout == "booklet":
                a.ref = f"{num}.{k}"
            elif fam.layout == "revised":
                a.ref = f"{num}.{k}"
                if rng.random() < 0.12 and k > 1:  # withdrawn: struck out whole, not an action
                    withdrawn.append((len(actions), a))
                    continue
                if rng.random() < 0.3 and due_date is not None:
                    old_d = _months_after(d, -rng.randint(2, 6))
                    a.old_due = h8_due(form if form != "fye" else "iso", old_d, rng)[0]
                if rng.random() < 0.2:
                    a.old_owner = rng.choice([t for t in C.TITLES if t != owner])
                if rng.random() < 0.15:
                    a.added = rng.choice(ADDITIONS)
                    a.text = text + a.added
                a.new = rng.random() < 0.1
            elif fam.layout == "ticks":
                a.ref = f"T{seq:02d}"
                if len(recs) > 1 and rng.random() < 0.3:
                    other = rng.choice([n for n, _ in recs if n != num])
                    a.recs = [num, other]
            actions.append(a)
    headers = {role: rng.choice(words) for role, words in H8_HEADERS.items()}
    kpis: list[H7Kpi] = []
    old_targets: dict[int, str] = {}
    if rng.random() < fam.kpi:
        for i, spec in enumerate(rng.sample(C.KPIS, rng.randint(4, 7))):
            v = [_kpi_value(rng, spec.kind) for _ in range(3)]
            kpis.append(H7Kpi(spec.indicator, v[0], v[1], v[2]))
            if fam.layout == "revised" and rng.random() < 0.3:
                old = _kpi_value(rng, spec.kind)[0]
                if old != v[2][0]:
                    old_targets[i] = old
    fy = start.year if start.month >= 4 else start.year - 1
    title = {
        "fixed": f"{authority.upper()} CHILDREN'S SERVICES IMPROVEMENT PLAN - ACTIVITY REPORT",
        "booklet": f"{authority} Children's Services: Our Improvement Plan",
        "revised": f"{authority} Council Children's Services Improvement Plan (refreshed)",
        "ticks": f"{authority} Ofsted Improvement Tracker {fy}/{(fy + 1) % 100:02d}",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS8), actions=actions, kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued, withdrawn=withdrawn,
        old_targets=old_targets,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "withdrawn": len(withdrawn),
    }  # fmt: skip
    return plan
