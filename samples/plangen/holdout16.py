"""The `holdout16` split: plan layouts that differ in kind from every family of the seventeen
earlier splits (tune, measure, holdout, holdout2 .. holdout15).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout16.py`),
its output (`out/holdout16*`) or its results (`results/*holdout16*`); it is scored, never tuned on.

What differs from the 80 earlier families (see README.md "The holdout16 split"): a DRIVER DIAGRAM
(ReportLab); a Word plan of numbered action headings with DOT-LEADER lines under each (Word printed
by LibreOffice); a workbook MATRIX of owners by months whose cells hold action refs, with a second
sheet listing the refs (Excel printed by LibreOffice Calc); an HTML table with ROTATED column
headers, a tick column per recommendation and status glyphs with a legend (HTML printed by
Chromium). An eighteenth header vocabulary, new date forms and status words.
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
from samples.plangen.holdout14 import H14Family


@dataclass(frozen=True, slots=True)
class H16Family(H14Family):
    """A holdout16 family: its own builder and renderer (checked before H15Family)."""


# Header and label wordings of holdout16.
H16_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Action code", "No."),
    "rec": ("Linked recommendation", "Recommendation addressed", "Responds to"),
    "action": ("Change idea", "Action to be taken", "Improvement action"),
    "owner": ("Lead officer", "Accountable officer", "Responsible manager"),
    "due": ("Target date", "Complete by", "Timescale"),
    "rag": ("Status", "Progress rating", "RAG"),
    "progress": ("Update", "Position statement", "Progress to date"),
    "indicator": ("Indicator", "Key measure", "Performance indicator"),
    "baseline": ("Baseline", "Base position", "When we started"),
    "latest": ("Latest", "Most recent", "Now"),
    "target": ("Target", "Ambition", "Where we want to be"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS16 = {
    "driver": "Aim {n}",
    "leaders": "Recommendation {n}",
    "matrix": "R{n}",
    "rotated": "Rec {n}",
}

# status words per layout: (word, rag)
H16_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "driver": (("Testing", "green"), ("Needs attention", "amber"), ("Stalled", "red"),
               ("Embedded", "blue"), ("Planned", None)),
    "leaders": (("On track", "green"), ("Some slippage", "amber"), ("Significant delay", "red"),
                ("Done", "blue"), ("Not yet started", None)),
    "matrix": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Complete", "blue"),
               ("Future", None)),
    "rotated": (("Progressing well", "green"), ("Some concerns", "amber"),
                ("Serious concerns", "red"), ("Achieved", "blue"), ("Not begun", None)),
}  # fmt: skip

# the secondary drivers of the driver diagram, one drawn per recommendation
DRIVERS = (
    "Consistent, confident practice",
    "Strong management oversight",
    "A stable, skilled workforce",
    "Timely, well-used information",
    "Effective partnership working",
    "The voice of the child heard",
)  # fmt: skip


def h16_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout16 due-date form and the date it names (d is a month end).

    `end of March 2027` -> the last day of March 2027; `March 2027` -> that month's last day;
    `Mar 2027` (a matrix column) -> that month's last day; `31/03/27` -> that day.
    """
    if form == "end-of":
        return f"end of {calendar.month_name[d.month]} {d.year}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", d
    if form == "mon-yyyy":
        return f"{calendar.month_abbr[d.month]} {d.year}", d
    if form == "dmyy":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    raise ValueError(form)


HOLDOUT16: tuple[H16Family, ...] = (
    H16Family("rl-driver-diagram", "holdout16", "reportlab", ("boxes",), ("recommendation",),
              vocab="holdout16", layout="driver", kpi=0.5, landscape=1.0, progress=0.0,
              description="ReportLab: a quality-improvement driver diagram on landscape pages, "
                          "per recommendation an aim box on the left joined by connectors to a "
                          "secondary-driver box and then to change-idea boxes (the actions), "
                          "owner and date under each action box, status a small coloured label"),
    H16Family("docx-dot-leaders", "holdout16", "docx", ("none",), ("recommendation",),
              vocab="holdout16", layout="leaders", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: actions as numbered headings, each "
                          "followed by tab-stop lines with dot leaders ('Lead officer ...... "
                          "Head of X', 'Target date ...... March 2027', 'Status ...... On "
                          "track', 'Responds to ...... Recommendation 2')"),
    H16Family("xlsx-owner-matrix", "holdout16", "xlsx", ("grid",), ("sheets",),
              vocab="holdout16", layout="matrix", kpi=0.5, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: a matrix of owners (rows) by "
                          "months (columns) whose cells hold action refs (owner = row, due = "
                          "column), then a sheet listing each ref with its recommendation, "
                          "action text and status"),
    H16Family("html-rotated-headers", "holdout16", "chromium", ("grid",), ("none",),
              vocab="holdout16", layout="rotated", kpi=0.5, landscape=1.0, progress=0.0,
              description="HTML printed by Chromium: a dense data table whose column headers "
                          "are rotated 90 degrees, a narrow tick column per recommendation, "
                          "status as an icon glyph explained in a legend"),
)  # fmt: skip


def build_holdout16(fam: H16Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout16:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(2, 4)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H16_STATUS[fam.layout]
    form = {"driver": "end-of", "leaders": "month", "matrix": "mon-yyyy",
            "rotated": "dmyy"}[fam.layout]  # fmt: skip
    leads = rng.sample(C.TITLES, rng.randint(3, 5))
    people = rng.sample(C.PEOPLE, 5)
    span = 10 if fam.layout == "matrix" else 18
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, span))
            owner = rng.choice(leads if fam.layout in ("driver", "leaders") else people)
            status, rag = rng.choice(statuses)
            due_raw, due_date = h16_due(form, d)
            ref = {"driver": "", "leaders": f"{num}.{k}", "matrix": f"{num}{chr(96 + k)}",
                   "rotated": f"{seq}"}[fam.layout]  # fmt: skip
            progress: str | None = None
            if has_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H16_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "driver": f"{authority} Children's Services: Improvement Driver Diagram",
        "leaders": f"{authority} Council: Ofsted Improvement Plan",
        "matrix": f"{authority} Council - Improvement Actions by Officer and Month",
        "rotated": f"{authority} Children's Improvement Plan: Action Tracker",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS16[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
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
        "drivers": [rng.choice(DRIVERS) for _ in recs],
    }  # fmt: skip
    return plan
