"""The `holdout28` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout27).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout28.py`),
its output (`out/holdout28*`) or its results (`results/*holdout28*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout28 split"): an action register of RECORD CARDS whose status
is a ROTATED RUBBER STAMP drawn across the card (ReportLab); a plan written as SMART SENTENCES,
the date and the owner woven into each sentence's grammar (`By 31 March 2027, the Head of
Service will: ...`) (Word printed by LibreOffice); a COSTED action plan with money columns
(budget, spend to date, funding source) and a totals row beside real date cells (Excel printed
by LibreOffice Calc); a print of a case-management system's ACTION RECORD FORMS, every field a
web form control (text inputs, drop-down selects, text areas) (HTML printed by Chromium). A
twenty-ninth header vocabulary, new date forms (ordinals, `March '27`, `31-Mar-27`).
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
from samples.plangen.holdout27 import H27Family


@dataclass(frozen=True, slots=True)
class H28Family(H27Family):
    """A holdout28 family: its own builder and renderer (checked before H27Family)."""


# Header and label wordings of holdout28.
H28_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Action ref", "No.", "Item"),
    "action": ("What will be done", "Improvement action", "Activity"),
    "owner": ("Accountable officer", "Officer", "Lead manager"),
    "due": ("Date due", "Complete by", "Target completion"),
    "rag": ("Rating", "RAG", "Current status"),
    "progress": ("Progress note", "Latest note", "Update"),
    "rec": ("Recommendation", "Rec ref", "Responds to"),
    "funding": ("Funding source", "Funded from", "Source of funds"),
    "budget": ("Budget (£)", "Allocation £", "Cost (£)"),
    "spend": ("Spend to date (£)", "Spent £", "Actual spend (£)"),
    "indicator": ("KPI", "Indicator description", "Metric"),
    "baseline": ("Baseline (start)", "Starting point", "Was"),
    "latest": ("This period", "Most recent", "Now"),
    "target": ("Target", "Goal", "End target"),
}
REC_LABELS28 = {
    "stamps": "Rec {n}",
    "sentences": "Recommendation {n}",
    "costed": "R{n}",
    "form": "REC-0{n}",
}

# status per layout: (printed, rag)
H28_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "stamps": (("ON TRACK", "green"), ("BEHIND", "amber"), ("OVERDUE", "red"),
               ("COMPLETED", "blue"), ("NOT STARTED", None)),
    "sentences": (("On course", "green"), ("Some delay", "amber"), ("Off course", "red"),
                  ("Delivered", "blue"), ("Not yet begun", None)),
    "costed": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Closed", "blue"),
               ("Pending", None)),
    "form": (("On track", "green"), ("Minor issues", "amber"), ("Major issues", "red"),
             ("Completed", "blue"), ("Not started", None)),
}  # fmt: skip
FUNDS = ("Base budget", "Transformation fund", "DfE grant", "Reserves", "Partner contribution",
         "Families First grant")  # fmt: skip


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def h28_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout28 date form and the date it names.

    `31st March 2027` (that day, an ordinal), `March '27` (the month's last day), `31 March
    2027` (that day) and `end of March 2027` (the month's last day), `31-Mar-27` and `31 Mar
    2027` (a Calc date cell: that day), `31/03/2027` and `31 Mar 2027` (that day).
    """
    if form == "ordinal":
        return f"{ordinal(d.day)} {calendar.month_name[d.month]} {d.year}", d
    if form == "apos":
        return f"{calendar.month_name[d.month]} '{d.year % 100:02d}", month_last(d)
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "endof":
        return f"end of {calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "cell_dmy":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year % 100:02d}", d
    if form in ("cell_dmony", "dmony"):
        return f"{d.day:02d} {calendar.month_abbr[d.month]} {d.year}", d
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    raise ValueError(form)


DATE_FORMS = {"stamps": ("ordinal", "apos"), "sentences": ("long", "endof"),
              "costed": ("cell_dmy", "cell_dmony"), "form": ("slash", "dmony")}  # fmt: skip
DAY_FORMS = ("ordinal", "long", "cell_dmy", "cell_dmony", "slash", "dmony")

HOLDOUT28: tuple[H28Family, ...] = (
    H28Family("rl-stamped-cards", "holdout28", "reportlab", ("none",), ("boxed-cards",),
              vocab="holdout28", layout="stamps", kpi=0.5, landscape=0.3, progress=0.5,
              description="ReportLab: an action register of record cards (a header strip with "
                          "the ref and the recommendation it answers, the action text, an "
                          "officer and date line), the status a rotated rubber stamp drawn "
                          "across the card's right side (ON TRACK, OVERDUE, COMPLETED ...)"),
    H28Family("docx-smart-sentences", "holdout28", "docx", ("none",), ("prose",),
              vocab="holdout28", layout="sentences", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: per recommendation a 'We will' list of "
                          "SMART sentences, the date and owner woven into each sentence ('By "
                          "31 March 2027, the Head of Service will: ...'), status in a "
                          "bracket after the sentence"),
    H28Family("xlsx-costed-plan", "holdout28", "xlsx", ("grid",), ("money-columns",),
              vocab="holdout28", layout="costed", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a costed action plan, funding "
                          "source, budget and spend-to-date money columns and a totals row "
                          "beside real date cells ('31-Mar-27') and a RAG word column"),
    H28Family("html-record-forms", "holdout28", "chromium", ("none",), ("form-controls",),
              vocab="holdout28", layout="form", kpi=0.5, landscape=0.0, progress=0.6,
              description="HTML printed by Chromium: a case-management system's print of its "
                          "action record forms, one fieldset per action, each field a form "
                          "control (text input, drop-down select for status and recommendation, "
                          "text area for the action and the latest note)"),
)  # fmt: skip


def _money(rng: random.Random) -> tuple[int, int]:
    budget = rng.choice((0, 5, 10, 12, 15, 20, 25, 40, 60, 75, 120, 250)) * 1000
    spend = int(budget * rng.choice((0.0, 0.1, 0.35, 0.5, 0.8, 1.0)))
    return budget, spend


def build_holdout28(fam: H28Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout28:{seed}:{fam.name}:{index}")
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
    money: dict[str, tuple[int, int, str]] = {}
    if layout == "stamps":
        features.update(status_style="rotated-stamp", stamp_angle=rng.choice((8, 12, 15, -10)),
                        two_across=False)  # fmt: skip
    elif layout == "sentences":
        features.update(status_style="bracket-word", numbered=rng.choice(("decimal", "letter")))
    elif layout == "costed":
        features.update(status_style="word-fill", totals_row=True,
                        recs_sheet=rng.choice(("above", "own-sheet")))  # fmt: skip
    else:
        features.update(status_style="select-control", controls=True,
                        accent=rng.choice(("#00563F", "#4A2A7A", "#005EB8")))  # fmt: skip
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            if form in DAY_FORMS and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            due_raw, due_date = h28_due(form, d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H28_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            if layout == "stamps":
                ref = f"AP{seq:02d}"
            elif layout == "sentences":
                ref = (
                    f"{num}.{k}"
                    if features["numbered"] == "decimal"
                    else f"{num}{'abcdefgh'[k - 1]}"
                )
            elif layout == "costed":
                ref = f"{num}/{k}"
            else:
                ref = f"ACT/{start.year % 100}/{100 + 3 * seq + rng.randint(0, 2):03d}"
            if layout == "costed":
                b, s = _money(rng)
                money[ref] = (b, s, rng.choice(FUNDS))
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H28_HEADERS.items()}
    title = {
        "stamps": f"{authority} Council - Children's Services Action Register",
        "sentences": "Our plan in response to the inspection of children's services",
        "costed": f"{authority} Council - Costed Children's Services Improvement Plan",
        "form": "Improvement Action Records",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS28[layout], actions=list(actions), kpis=kpis, headers=headers,
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
    if money:
        plan.features["money"] = {r: list(v) for r, v in money.items()}
    return plan
