"""The `holdout25` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout23).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout25.py`),
its output (`out/holdout25*`) or its results (`results/*holdout25*`); it is scored, never tuned on.

It rebuilds a lost split of the same four ideas (see README.md "The holdout25 split"): an action
table whose rows carry CODES (`R2-01`, `R2.01`, `REC2/01`) naming their recommendation, the
recommendations listed only in an APPENDIX after the tables, status a letter in a coloured
circle or a word (ReportLab); a Word plan whose SECTIONS SWITCH ORIENTATION, portrait
introduction, landscape action table, portrait KPIs and sign-off (Word printed by LibreOffice);
a tracker with a `% complete` DATA BAR column and a TREND column of arrows with a key, due dates
as week-commencing text `w/c 12/01/2026` or real date cells (Excel printed by LibreOffice Calc);
an e-mail BULLETIN in a narrow centred column, coloured band headings per recommendation,
actions as short blocks with a `Who: ... · When: ... · Where we are: ...` line and KPIs as
`then → now (target)` (HTML printed by Chromium). A twenty-sixth header vocabulary, new date
forms.
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
from samples.plangen.holdout22 import UPDATES
from samples.plangen.holdout23 import H23Family, month_last


@dataclass(frozen=True, slots=True)
class H25Family(H23Family):
    """A holdout25 family: its own builder and renderer (checked before H23Family)."""


# Header and label wordings of holdout25.
H25_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Code", "Action code", "Ref no."),
    "action": ("What we will do", "Planned action", "Action"),
    "owner": ("Responsible officer", "Owner", "Lead"),
    "due": ("By when", "Deadline", "Due"),
    "rag": ("Status", "RAG status", "Current status"),
    "progress": ("Latest position", "Commentary", "Progress update"),
    "pct": ("% complete", "Percentage complete", "% Complete"),
    "trend": ("Trend", "Direction of travel", "Trend since last report"),
    "indicator": ("Key performance indicator", "Measure", "Indicator"),
    "baseline": ("Baseline", "Start point", "Starting position"),
    "latest": ("Latest", "Most recent", "Current"),
    "target": ("Target", "Aim", "Ambition"),
}
REC_LABELS25 = {
    "coded": "{p}{n}",  # the appendix: `R2` / `REC2`
    "switch": "Recommendation {n}",
    "databars": "Recommendation {n}",
    "bulletin": "Recommendation {n}",
}

# status per layout: (printed, rag)
H25_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "coded-ball": (("G", "green"), ("A", "amber"), ("R", "red"), ("B", "blue"), ("N", None)),
    "coded-word": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue", "blue"),
                   ("Not started", None)),
    "switch": (("On track", "green"), ("Some slippage", "amber"), ("Off track", "red"),
               ("Complete", "blue"), ("Not started", None)),
    "databars-word": (("Green", "green"), ("Amber", "amber"), ("Red", "red"),
                      ("Complete", "blue"), ("Not started", None)),
    "databars-trend": (("↑", "green"), ("↓", "red"), ("→", "amber")),
    "databars-tri": (("▲", "green"), ("▼", "red"), ("►", "amber")),
    "bulletin": (("On track", "green"), ("Slipping", "amber"), ("Off track", "red"),
                 ("Done", "blue"), ("Not started yet", None)),
}  # fmt: skip
CODE_FORMS = ("R{n}-{k:02d}", "R{n}.{k:02d}", "REC{n}/{k:02d}")


def h25_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout25 date form and the date it names.

    `31 Mar 2027` (that day), `March 2027` (the month's last day), `30.06.2026` (that day),
    `w/c 12/01/2026` (the END of that week, the Sunday, as every split's gold reads week-commencing
    dates: re-golded in round 26, it said the printed Monday), `31/03/2027` (an Excel date cell shown dd/mm/yyyy),
    `31 March 2027` (that day).
    """
    if form == "dmon":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "wc":
        return f"w/c {d.day:02d}/{d.month:02d}/{d.year}", d + timedelta(days=6)
    if form == "excel":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    raise ValueError(form)


HOLDOUT25: tuple[H25Family, ...] = (
    H25Family("rl-coded-appendix", "holdout25", "reportlab", ("grid",), ("code",),
              vocab="holdout25", layout="coded", kpi=0.5, landscape=0.5, progress=0.6,
              description="ReportLab: action rows carry a code (R2-01, R2.01, REC2/01) whose "
                          "first part names the recommendation; the recommendations listed only "
                          "in an appendix after the tables; status a letter in a coloured circle "
                          "or a word"),
    H25Family("docx-orientation-switch", "holdout25", "docx", ("grid",), ("rec-banner",),
              vocab="holdout25", layout="switch", kpi=0.5, landscape=0.0, progress=0.7,
              description="Word printed by LibreOffice: a portrait introduction listing the "
                          "recommendations, a landscape section with the action table (header "
                          "repeated, rows may split), portrait again for KPIs and sign-off"),
    H25Family("xlsx-data-bars", "holdout25", "xlsx", ("grid",), ("rec-banner",),
              vocab="holdout25", layout="databars", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a % complete column with a "
                          "data bar, a trend column of arrows with a key (or a RAG word), due "
                          "dates as 'w/c 12/01/2026' text or real date cells"),
    H25Family("html-email-bulletin", "holdout25", "chromium", ("none",), ("rec-band",),
              vocab="holdout25", layout="bulletin", kpi=0.5, landscape=0.0, progress=0.9,
              description="HTML printed by Chromium: a progress bulletin in a narrow centred "
                          "e-mail column, a coloured band per recommendation, each action a "
                          "short block with 'Who: ... · When: ... · Where we are: ...' and a "
                          "progress sentence; KPIs as 'then → now (target)'"),
)  # fmt: skip


def build_holdout25(fam: H25Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout25:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    features: dict[str, object] = {}
    layout = fam.layout
    if layout == "coded":
        code_form = rng.choice(CODE_FORMS)
        balls = rng.random() < 0.5
        status_key = "coded-ball" if balls else "coded-word"
        form = rng.choice(("dmon", "month"))
        prefix = "REC" if code_form.startswith("REC") else "R"
        features.update(code_form=code_form, balls=balls, status_style="drawn-ball" if balls
                        else "word", appendix_prefix=prefix)  # fmt: skip
    elif layout == "switch":
        status_key = "switch"
        form = rng.choice(("dots", "month"))
        features.update(rec_style=rng.choice(("banner", "column")), sign_off=True)
    elif layout == "databars":
        trend = rng.random() < 0.5
        status_key = rng.choice(("databars-trend", "databars-tri")) if trend else "databars-word"
        form = "wc" if rng.random() < 0.5 else "excel"
        features.update(trend=trend, arrows=status_key, show_value=rng.random() < 0.75,
                        bar_colour=rng.choice(("638EC6", "63BE7B", "5A8AC6")))  # fmt: skip
    else:
        status_key = "bulletin"
        form = rng.choice(("month", "long"))
        features.update(issue_no=rng.randint(2, 14), band_colour=rng.choice(
            ("#00695C", "#1F4E79", "#6A1B9A", "#B23C17")))  # fmt: skip
    prefix = str(features.get("appendix_prefix", ""))
    rec_label = REC_LABELS25[layout].replace("{p}", prefix)
    actions: list[H8Action] = []
    pcts: dict[str, int] = {}
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 18))
            if form == "wc":
                d = d.replace(day=rng.randint(1, 28))
                d -= timedelta(days=d.weekday())  # the Monday of that week
            elif form != "month" and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h25_due(form, d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H25_STATUS[status_key])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            if layout == "coded":
                ref = str(features["code_form"]).format(n=num, k=k)
            else:
                ref = f"{num}.{k}"
            pct = {"blue": 100, None: 0}.get(rag, rng.choice(range(10, 95, 5)))
            pcts[ref] = pct
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    if layout == "coded" and rng.random() < 0.5:
        # tables by code order are often printed in workstream order: rec 1's rows not first
        order = [n for n, _ in recs]
        rng.shuffle(order)
        actions = [a for n in order for a in actions if a.recs[0] == n]
        features["table_order"] = order
    headers = {role: rng.choice(words) for role, words in H25_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "coded": f"{authority} Council Children's Services Improvement Plan",
        "switch": f"{authority} Council - Ofsted ILACS Action Plan",
        "databars": f"{authority} improvement tracker",
        "bulletin": "Improvement Bulletin",
    }[layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=rec_label, actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "leads": leads, "date_form": form, "pct": pcts, **features,
    }  # fmt: skip
    return plan
