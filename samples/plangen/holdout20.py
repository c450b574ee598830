"""The `holdout20` split: plan layouts that differ in kind from every family of the twenty-one
earlier splits (tune, measure, holdout, holdout2 .. holdout19).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout20.py`),
its output (`out/holdout20*`) or its results (`results/*holdout20*`); it is scored, never tuned on.

What differs from the 96 earlier families (see README.md "The holdout20 split"): an A3 'plan on
a page' printed as a TWO-PAGE SPREAD on A4, the left page holding the recommendations and action
texts, the right page the same rows' lead, due date and status, rows aligned by height and keyed
by the same ref (ReportLab); a Word plan written as a MULTI-LEVEL NUMBERED LIST (1 a
recommendation, 1.1 an action, 1.1.1 its progress note) with the lead and due date in a
RIGHT-ALIGNED TAB COLUMN at the end of the action's line (Word printed by LibreOffice); an Excel
tracker whose status is a HISTORY of dated columns, one per board meeting (the latest counts),
and whose owner is given only by the FILL COLOUR of the action's cell with a COLOUR KEY of lead
officers at the top (Excel printed by LibreOffice Calc); an ACCORDION of recommendations printed
EXPANDED, each action a table row inside its details element, status an icon with visually-hidden
text and a legend (HTML printed by Chromium). A twenty-second header vocabulary, new date forms.
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
from samples.plangen.holdout14 import H14Family


@dataclass(frozen=True, slots=True)
class H20Family(H14Family):
    """A holdout20 family: its own builder and renderer (checked before H19Family)."""


# Header and label wordings of holdout20.
H20_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("No.", "Ref", "Action ref"),
    "rec": ("What Ofsted said", "Area for development", "Inspection recommendation"),
    "action": ("What we will do", "Key actions", "Actions"),
    "owner": ("Lead", "Accountable lead", "Responsible officer"),
    "due": ("Timescale", "Deadline", "Due"),
    "rag": ("RAG", "Status", "Progress"),
    "progress": ("Progress update", "Update", "Position"),
    "indicator": ("How we will know", "Measure of success", "Key indicator"),
    "baseline": ("Baseline", "At inspection", "Start point"),
    "latest": ("Latest", "Now", "Current position"),
    "target": ("Target", "Aim", "Target by end of plan"),
}
REC_LABELS20 = {
    "spread": "Recommendation {n}",
    "multilevel": "{n}",
    "history": "Recommendation {n}",
    "accordion": "Recommendation {n}",
}

# status words per layout: (word, rag)
H20_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "spread": (("On track", "green"), ("Some delay", "amber"), ("Off track", "red"),
               ("Completed", "blue"), ("Not started", None)),
    "multilevel": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Complete", "blue"),
                   ("Not yet started", None)),
    "history": (("G", "green"), ("A", "amber"), ("R", "red"), ("B", "blue"), ("NS", None)),
    "accordion": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
                  ("Done", "blue"), ("Not started", None)),
}  # fmt: skip

# the lead officers' colours of the history tracker (fill hex, the colour's name in the key)
KEY_COLOURS: tuple[str, ...] = ("FFD966", "9DC3E6", "C5E0B4", "F4B183", "D9B3FF", "B4C7E7")


def h20_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout20 date form and the date it names (each names that day).

    `31/03/27`, `31 March 2027`, `31-Mar-27` (an Excel date cell), `31/03/2027`.
    """
    if form == "slash2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "xl":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year % 100:02d}", d
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    raise ValueError(form)


HOLDOUT20: tuple[H20Family, ...] = (
    H20Family("rl-two-page-spread", "holdout20", "reportlab", ("grid",), ("group-rows",),
              vocab="holdout20", layout="spread", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: an A3 'plan on a page' printed as a two-page spread on "
                          "A4, the left page the recommendations and action texts, the right "
                          "page the same rows' lead, due and status, rows aligned by height"),
    H20Family("docx-multilevel-list", "holdout20", "docx", ("none",), ("numbered",),
              vocab="holdout20", layout="multilevel", kpi=0.5, landscape=0.0, progress=0.7,
              description="Word printed by LibreOffice: a multi-level numbered list (1 "
                          "recommendation, 1.1 action, 1.1.1 progress note) with lead and due "
                          "date in a right-aligned tab column at the end of the action's line"),
    H20Family("xlsx-status-history", "holdout20", "xlsx", ("grid",), ("group-rows",),
              vocab="holdout20", layout="history", kpi=0.5, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: a tracker with a status column "
                          "per board meeting (the latest counts) and the lead given only by the "
                          "action cell's fill colour, with a colour key of leads at the top"),
    H20Family("html-accordion-table", "holdout20", "chromium", ("hrules",), ("accordion",),
              vocab="holdout20", layout="accordion", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an accordion of recommendations printed "
                          "expanded, each action a table row inside its details element, status "
                          "an icon with visually-hidden text and a legend"),
)  # fmt: skip

DATE_FORM = {"spread": "slash2", "multilevel": "long", "history": "xl", "accordion": "slash"}


def _meetings(start: date, issued: date, rng: random.Random) -> list[date]:
    """The board meetings of the history tracker: every six to eight weeks up to `issued`."""
    out: list[date] = []
    d = issued
    n = rng.randint(4, 6)
    for _ in range(n):
        out.append(d)
        d = d - timedelta(days=rng.choice((42, 49, 56)))
    return sorted(out)


def build_holdout20(fam: H20Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout20:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    n_leads = rng.randint(3, 5) if fam.layout == "history" else 5
    pool = C.PEOPLE if fam.layout in ("multilevel", "history") else C.TITLES
    leads = rng.sample(pool, n_leads)
    statuses = H20_STATUS[fam.layout]
    meetings = _meetings(start, issued, rng) if fam.layout == "history" else []
    histories: list[list[str]] = []
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            months = rng.randint(2, 18)
            d = _months_after(start, months)
            if fam.layout == "accordion" and rng.random() < 0.5:
                d = d.replace(day=rng.randint(1, 28))
            status, rag = rng.choice(statuses)
            due_raw, due_date = h20_due(DATE_FORM[fam.layout], d)
            owner = rng.choice(leads)
            ref = f"{num}.{k}"
            progress: str | None = None
            if has_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            if fam.layout == "history":  # earlier meetings' ratings, blank before it started
                first = rng.randint(0, len(meetings) - 1)
                earlier = [w for w, r in statuses if r != "blue"]  # none complete before
                hist = ["" if m < first else rng.choice(earlier)
                        for m in range(len(meetings) - 1)]  # fmt: skip
                histories.append(hist + [status])
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H20_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "spread": f"{authority}: Children's Services Improvement Plan on a page",
        "multilevel": f"{authority} Council - Improving Children's Services: Action Plan",
        "history": f"{authority} - Improvement Plan tracker",
        "accordion": "Children's services improvement plan",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS20[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "rec", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "leads": leads,
        "meetings": [m.isoformat() for m in meetings],
        "histories": histories,
    }  # fmt: skip
    return plan
