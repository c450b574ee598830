"""The `holdout27` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout26).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout27.py`),
its output (`out/holdout27*`) or its results (`results/*holdout27*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout27 split"): a DELIVERY SCHEDULE in target-date order, the
date the FIRST column, the recommendations keyed by ROMAN numerals listed once at the start and
status as ABBREVIATIONS with a key (ReportLab); a two-column Word RESPONSE TABLE, the
recommendation on the left and its actions as BULLETS IN ONE CELL on the right, each bullet
carrying its owner, date and a coloured status word inline (Word printed by LibreOffice); an
Excel tracker whose target date is SPLIT over a MONTH column and a YEAR column (Excel printed by
LibreOffice Calc); a print of a BUSINESS-INTELLIGENCE REPORT page (slicers, card visuals, a
recommendations table visual and an action table visual whose status is an ICON SHAPE only,
owners `Surname, Forename`, dates exported `31/03/2027 00:00`) (HTML printed by Chromium). A
twenty-eighth header vocabulary, new date forms.
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
from samples.plangen.holdout26 import H26Family


@dataclass(frozen=True, slots=True)
class H27Family(H26Family):
    """A holdout27 family: its own builder and renderer (checked before H26Family)."""


# Header and label wordings of holdout27 (the BI report's column names are fixed).
H27_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Action no.", "Code"),
    "action": ("Deliverable", "Task", "Action to be taken"),
    "owner": ("Responsible officer", "Owner", "Lead"),
    "due": ("Target date", "Deadline", "Due by"),
    "rag": ("Status", "Delivery status", "Progress"),
    "progress": ("Comment", "Commentary", "Position statement"),
    "rec": ("Rec", "Ofsted rec", "Links to"),
    "month": ("Month", "Target month", "Due month"),
    "year": ("Year", "Target year", "Due year"),
    "indicator": ("Indicator", "Measure", "Performance indicator"),
    "baseline": ("Baseline", "Starting position", "Base"),
    "latest": ("Actual", "Latest actual", "Current"),
    "target": ("Target", "Ambition", "Aim"),
}
ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v"}
REC_LABELS27 = {
    "schedule": "({r})",
    "bullets": "{n}.",
    "splitdate": "R{n}",
    "bi": "{n}",
}

# status per layout: (printed, rag)
H27_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "schedule": (("OT", "green"), ("AR", "amber"), ("D", "red"), ("C", "blue"), ("NS", None)),
    "bullets": (("On target", "green"), ("Some slippage", "amber"),
                ("Significant concerns", "red"), ("Achieved", "blue"), ("Not yet due", None)),
    "splitdate": (("On schedule", "green"), ("Slipping", "amber"), ("Delayed", "red"),
                  ("Done", "blue"), ("Not begun", None)),
    "bi": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
           ("Complete", "blue"), ("Not started", None)),
}  # fmt: skip
STATUS_KEY27 = {"OT": "on track", "AR": "at risk", "D": "delayed", "C": "complete",
                "NS": "not started"}  # fmt: skip


def h27_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout27 date form and the date it names.

    `30.09.26` (that day, dots, two-digit year), `30.09.2026` (that day), `March 2027` and `end
    of March 2027` (the month's last day), `Mar 2027` (the split month and year cells read
    together: the month's last day), `31/03/2027 00:00` and `2027-03-31` (that day).
    """
    if form == "dot2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "dot4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "endof":
        return f"end of {calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "split_abbr":
        return f"{calendar.month_abbr[d.month]} {d.year}", month_last(d)
    if form == "split_full":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "stamp":
        return f"{d.day:02d}/{d.month:02d}/{d.year} 00:00", d
    if form == "iso":
        return d.isoformat(), d
    raise ValueError(form)


DATE_FORMS = {"schedule": ("dot2", "dot4"), "bullets": ("month", "endof"),
              "splitdate": ("split_abbr", "split_full"), "bi": ("stamp", "iso")}  # fmt: skip
DAY_FORMS = ("dot2", "dot4", "stamp", "iso")

HOLDOUT27: tuple[H27Family, ...] = (
    H27Family("rl-delivery-schedule", "holdout27", "reportlab", ("none",), ("date-first",),
              vocab="holdout27", layout="schedule", kpi=0.5, landscape=0.5, progress=0.5,
              description="ReportLab: a delivery schedule, one table of all actions in "
                          "target-date order (the date the first column), recommendations "
                          "keyed by roman numerals listed once at the start, status as "
                          "abbreviations (OT, AR, D, C, NS) with a key"),
    H27Family("docx-bullets-in-cells", "holdout27", "docx", ("grid",), ("two-column",),
              vocab="holdout27", layout="bullets", kpi=0.5, landscape=0.3, progress=0.5,
              description="Word printed by LibreOffice: a two-column response table, the "
                          "recommendation on the left, its actions as bullet paragraphs in one "
                          "cell on the right, each with its owner, date and a coloured status "
                          "word inline"),
    H27Family("xlsx-split-date", "holdout27", "xlsx", ("grid",), ("rec-key-top",),
              vocab="holdout27", layout="splitdate", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a tracker whose target date is "
                          "split over a month column and a year column; recommendations keyed "
                          "R1.. in a block above the tracker; status words on fills"),
    H27Family("html-bi-report", "holdout27", "chromium", ("none",), ("visuals",),
              vocab="holdout27", layout="bi", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: a business-intelligence report page "
                          "(slicers, card visuals, a recommendations table visual, an action "
                          "table visual whose status is an icon shape only, owners 'Surname, "
                          "Forename', due dates exported '31/03/2027 00:00' or ISO)"),
)  # fmt: skip


def surname_first(person: str) -> str:
    first, last = person.split(" ", 1)
    return f"{last}, {first}"


def build_holdout27(fam: H27Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout27:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    layout = fam.layout
    has_progress = rng.random() < fam.progress
    leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    if layout == "bi":
        leads = [surname_first(x) for x in rng.sample(C.PEOPLE, 5)]  # a directory's names
    form = rng.choice(DATE_FORMS[layout])
    features: dict[str, object] = {}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    if layout == "schedule":
        features.update(status_style="abbreviation", quarter_bands=rng.random() < 0.5)
    elif layout == "bullets":
        features.update(status_style="coloured-word", bullet_style=rng.choice(("dash", "paren")),
                        bullet_glyph=rng.choice(("•", "–", "▪")))  # fmt: skip
    elif layout == "splitdate":
        features.update(status_style="word-fill", month_cells=form,
                        rec_key=rng.choice(("top", "bottom")))  # fmt: skip
    else:
        features.update(status_style="svg-icon", show_word=False,
                        theme=rng.choice(("#118DFF", "#12239E", "#E66C37")))  # fmt: skip
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
            due_raw, due_date = h27_due(form, d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H27_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            if layout == "bi":
                ref = f"ACT-{1000 + 7 * seq + rng.randint(0, 6)}"
            elif layout == "splitdate":
                ref = f"{num}.{k:02d}"
            else:
                ref = f"{num}{'abcdefgh'[k - 1]}"
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H27_HEADERS.items()}
    if layout == "bi":
        headers.update(ref="Action ID", action="Action", owner="Responsible officer", due="Due",
                       rag="Status", progress="Latest comment", rec="Rec No")  # fmt: skip
    title = {
        "schedule": f"{authority} Council - Children's Services Improvement Plan: Delivery "
                    "Schedule",
        "bullets": "Response to the ILACS inspection: our improvement actions",
        "splitdate": f"{authority} Children's Services - Improvement Tracker",
        "bi": "Children's Improvement Programme - Action Tracking Report",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS27[layout], actions=list(actions), kpis=kpis, headers=headers,
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
