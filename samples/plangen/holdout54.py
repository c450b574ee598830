"""The `holdout54` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout53).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout54.py`),
its output (`out/holdout54*`) or its results (`results/*holdout54*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout54 split"): an ALIGNMENT (SANKEY) DIAGRAM, recommendations
in boxes on the left joined to the actions on the right by drawn bands, the link only by geometry
(ReportLab); RELATIVE DUES, every due printed relative to a Day 0 given once on the cover (`Month
3`, `Week 12`, `Within 6 weeks`, `+90 days`) (Word printed by LibreOffice); a LEDGER STATEMENT,
dated entries (value date, entry number, account, particulars, a running count) where one action
spans several entries (set, revised, position) and only the latest states its status and due
(Excel printed by LibreOffice Calc); and a LIKERT SELF-ASSESSMENT form, a row of drawn circles per
action under scale headings, the status the one filled circle (HTML printed by Chromium).
A fifty-fifth header vocabulary and date forms (`Mar 14 2027`, `close of Mar 2027`, relative
timescales, `14Mar27`, `Mar27`, `14/3/27`, `March '27`).
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
from samples.plangen.holdout23 import month_last
from samples.plangen.holdout53 import H53Family


@dataclass(frozen=True, slots=True)
class H54Family(H53Family):
    """A holdout54 family: its own builder and renderer (checked before H53Family)."""


# Header and label wordings of holdout54, per layout (each plan draws one of each).
H54_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "sankey": {
        "ref": ("Flow", "Outflow", "Stream"),
        "action": ("Where it leads", "Resulting action", "Flows into"),
        "owner": ("Steered by", "Helm", "Conducted by"),
        "due": ("Lands", "Reaches the sea", "Outfall"),
        "rag": ("Current", "Flow rate", "Water level"),
        "progress": ("Downstream note", "Eddy", "Tributary note"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Gauges", "Indicator", "What the gauge reads"),
        "baseline": ("At source", "Baseline", "Upstream"),
        "latest": ("Midstream", "Latest", "Gauge today"),
        "target": ("Estuary", "Target", "High-water mark"),
    },
    "relative": {
        "ref": ("Line", "Ln", "Item ref"),
        "action": ("Commitment", "Deliverable", "What will be done"),
        "owner": ("Officer responsible", "Answerable officer", "Delivered by"),
        "due": ("Timescale from Day 0", "Time allowed", "Counting from Day 0"),
        "rag": ("Condition", "Grip", "How it stands"),
        "progress": ("Since Day 0", "Movement since start", "Running commentary"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Measure", "Indicator", "Yardstick"),
        "baseline": ("At Day 0", "Baseline", "Day 0 value"),
        "latest": ("Most recent", "Latest", "Now"),
        "target": ("By the end", "Target", "Plan-end value"),
    },
    "ledger": {
        "ref": ("Ref", "Item", "Voucher"),
        "action": ("Particulars", "Narrative", "Details"),
        "owner": ("Account holder", "Payee", "Drawn by"),
        "due": ("Settle by", "Maturity", "Clears by"),
        "rag": ("Standing", "Balance state", "Account state"),
        "progress": ("Particulars", "Narrative", "Details"),
        "rec": ("R", "R", "R"),
        "indicator": ("Holdings", "Indicator", "Line item"),
        "baseline": ("Opening balance", "Baseline", "Brought forward"),
        "latest": ("Current balance", "Latest", "Balance to date"),
        "target": ("Closing target", "Target", "Carried forward target"),
    },
    "likert": {
        "ref": ("Q", "Qn", "Statement"),
        "action": ("We will", "Statement of intent", "Our commitment"),
        "owner": ("Lead respondent", "Answered by", "Respondent"),
        "due": ("By when", "Date we will be there", "Arrive by"),
        "rag": ("Where we rate ourselves", "Self-rating", "Our rating"),
        "progress": ("Our evidence", "What shows it", "Evidence we hold"),
        "rec": ("Standard", "Standard", "Standard"),
        "indicator": ("Evidence measure", "Indicator", "What we count"),
        "baseline": ("Where we began", "Baseline", "Start point"),
        "latest": ("Where we are", "Latest", "Last count"),
        "target": ("Where we aim", "Target", "Aim"),
    },
}  # fmt: skip
REC_LABELS54 = {"sankey": "Recommendation {n}", "relative": "Recommendation {n}:",
                "ledger": "R{n}", "likert": "Standard {n}:"}  # fmt: skip

# status per layout: (printed, rag); the likert layout prints the scale once in its header row
# and fills one circle per action (the word is the column of the filled circle)
H54_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "sankey": (("Flowing", "green"), ("Trickling", "amber"), ("Dammed", "red"),
               ("Reached the estuary", "blue"), ("Still at source", None)),
    "relative": (("Sound", "green"), ("Strained", "amber"), ("Out of hand", "red"),
                 ("Closed down", "blue"), ("On the blocks", None)),
    "ledger": (("In credit", "green"), ("In arrears", "amber"), ("Overdrawn", "red"),
               ("Cleared", "blue"), ("Awaiting clearance", None)),
    "likert": (("Established", "green"), ("Emerging", "amber"), ("Faltering", "red"),
               ("Embedded", "blue"), ("Not underway", None)),
}  # fmt: skip
# the likert scale's order on the page, left to right
LIKERT_ORDER = ("Not underway", "Faltering", "Emerging", "Established", "Embedded")

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS54 = ("Augustina Revell-Okafor", "Barnaby Quist", "Cllr Marguerite Ossington",
            "Thaddeus Blenkinsop", "Philippa Onwuachi-Grey", "Lucan Herrera-Moss",
            "Winifred Abara", "Crispin Delahunt-Yusuf", "Oriel Stanhope", "Zebedee Farrant")  # fmt: skip


def h54_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout54 absolute date form and the date it names.

    `Mar 14 2027`, `14Mar27` and `14/3/27` are that day; `close of Mar 2027`, `Mar27` and
    `March '27` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "mon-day-year":
        return f"{mon} {d.day} {d.year}", d
    if form == "close-of":
        return f"close of {mon} {d.year}", month_last(d)
    if form == "bank-day":
        return f"{d.day:02d}{mon}{d.year % 100:02d}", d
    if form == "bank-month":
        return f"{mon}{d.year % 100:02d}", month_last(d)
    if form == "slash-short":
        return f"{d.day}/{d.month}/{d.year % 100:02d}", d
    if form == "month-apos":
        return f"{full} '{d.year % 100:02d}", month_last(d)
    raise ValueError(form)


def relative_due(rng: random.Random, day0: date) -> tuple[str, date]:
    """A relative timescale and the date it names, counting from Day 0 (the plan's start).

    `Month N`: the last day of the Nth calendar month of the plan, Day 0's month being Month 1;
    `Week N` and `Within N weeks`: Day 0 + 7N days; `+N days`: Day 0 + N days.
    """
    kind = rng.choice(("month", "week", "within", "days"))
    if kind == "month":
        n = rng.randint(2, 18)
        return f"Month {n}", month_last(_months_after(day0, n - 1))
    if kind == "week":
        n = rng.randint(4, 60)
        return f"Week {n}", day0 + timedelta(days=7 * n)
    if kind == "within":
        n = rng.randint(3, 40)
        return f"Within {n} weeks", day0 + timedelta(days=7 * n)
    n = rng.choice((30, 45, 60, 90, 120, 150, 180, 240, 270, 365, 400, 500))
    return f"+{n} days", day0 + timedelta(days=n)


DATE_FORMS = {"sankey": ("mon-day-year", "close-of"), "relative": ("relative",),
              "ledger": ("bank-day", "bank-month"),
              "likert": ("slash-short", "month-apos")}  # fmt: skip
MONTH_FORMS = ("close-of", "bank-month", "month-apos")

HOLDOUT54: tuple[H54Family, ...] = (
    H54Family("rl-alignment-sankey", "holdout54", "reportlab", ("none",), ("bands",),
              vocab="holdout54", layout="sankey", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: an alignment (Sankey) diagram, recommendation boxes on "
                          "the left joined by drawn coloured bands to action boxes on the "
                          "right (actions numbered A1.. in the page's order, not grouped by "
                          "recommendation, bands crossing): the link only by geometry; owner, "
                          "due and status in small type in the action box"),
    H54Family("docx-relative-dues", "holdout54", "docx", ("grid",), ("heading",),
              vocab="holdout54", layout="relative", kpi=0.5, landscape=1.0, progress=0.5,
              description="Word printed by LibreOffice: every due printed relative to Day 0, "
                          "the plan start given once on the cover (`Month 3`, `Week 12`, "
                          "`Within 6 weeks`, `+90 days`), among other dates on the cover "
                          "(inspection, approval) as distractors"),
    H54Family("xlsx-ledger-statement", "holdout54", "xlsx", ("hrules",), ("account_list",),
              vocab="holdout54", layout="ledger", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a ledger statement, dated entries "
                          "in value-date order (entry no., account, ref, particulars, owner, "
                          "due, status, authoriser, a running count of open actions); an "
                          "action spans a SET entry (its text, owner, first due), maybe a "
                          "REVISED entry (a new due), and a POSITION entry (due, status, "
                          "update): only the latest due and the status count"),
    H54Family("html-likert-self-assessment", "holdout54", "chromium", ("hrules",), ("heading",),
              vocab="holdout54", layout="likert", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a self-assessment questionnaire, a row "
                          "per action with five drawn circles under the scale headings "
                          "(`Not underway` .. `Embedded`), the status the one filled circle "
                          "(no word beside it); assessor and moderator as distractors"),
)  # fmt: skip


def build_holdout54(fam: H54Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout54:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    layout = fam.layout
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    if layout == "relative":
        start = start.replace(day=rng.randint(1, 28))
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    mix = rng.random()
    if mix < 0.4:
        leads = rng.sample(C.PEOPLE, 5)
    elif mix < 0.7:
        leads = rng.sample(C.TITLES, 5)
    else:
        leads = rng.sample(C.TITLES, 2) + rng.sample(C.PEOPLE, 3)
    form = rng.choice(DATE_FORMS[layout])
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS54, 8))
    statuses = H54_STATUS[layout]

    def draw_due() -> tuple[str, date]:
        if layout == "relative":
            return relative_due(rng, start)
        d = _months_after(start, rng.randint(4, 16))
        d = month_last(d) if form in MONTH_FORMS else d.replace(day=rng.randint(1, 28))
        return h54_due(form, d)

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    per_rec: list[list[H8Action]] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        acts = []
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            owner = rng.choice(leads)
            due_raw, due_date = draw_due()
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            acts.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                 status, rag, [num], printed_owner=owner))  # fmt: skip
        per_rec.append(acts)
    actions: list[H8Action] = [a for acts in per_rec for a in acts]
    features: dict[str, object] = {}
    if layout == "sankey":
        # pages of whole recommendations (at most 9 actions a page); on each page the actions
        # are shuffled and numbered A1.. in the printed order, running through the plan
        pages: list[list[str]] = []
        cur: list[str] = []
        count = 0
        for (num, _), acts in zip(recs, per_rec, strict=True):
            if cur and count + len(acts) > 9:
                pages.append(cur)
                cur, count = [], 0
            cur.append(num)
            count += len(acts)
        pages.append(cur)
        ordered: list[H8Action] = []
        page_of: list[int] = []
        for pi, nums in enumerate(pages):
            group = [a for acts in per_rec for a in acts if a.recs[0] in nums]
            rng.shuffle(group)
            for a in group:
                n_ = len(ordered) + 1
                ordered.append(H8Action(f"A{n_}", a.text, a.owner, a.due_raw, a.due_date,
                                        a.progress, a.status, a.rag, list(a.recs),
                                        printed_owner=a.owner))  # fmt: skip
                page_of.append(pi)
        actions = ordered
        features.update(
            pages=pages,
            page_of=page_of,
            raisers=[rng.choice(others[:5]) for _ in recs],
            raised=[h54_due(form, some_day(rng.randint(1, 5)))[0] for _ in recs],
            drawer=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "relative":
        features.update(
            day0=start.isoformat(),
            inspected=_months_after(start, -rng.randint(2, 5)).replace(
                day=rng.randint(1, 28)).isoformat(),
            approved=_months_after(start, -1).replace(day=rng.randint(1, 28)).isoformat(),
            partners=[rng.choice(others[:5]) if rng.random() < 0.4 else "" for _ in actions],
            approver=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "ledger":
        # per action its entries: SET (text, owner, first due), maybe REVISED (a new due), and
        # POSITION (the due again, the status, the update); value dates ascending per action
        entries: list[dict[str, object]] = []
        span = max(40, (issued - start).days)
        for i, a in enumerate(actions):
            d_set = start + timedelta(days=rng.randint(0, span // 4))
            revised = rng.random() < 0.45
            first_raw = a.due_raw
            if revised:
                for _ in range(10):
                    first_raw, _d = draw_due()
                    if first_raw != a.due_raw:
                        break
                d_rev = start + timedelta(days=rng.randint(span // 4 + 1, span // 2))
                entries.append({"i": i, "kind": "REVISED", "date": d_rev.isoformat(),
                                "by": rng.choice(others[:5])})  # fmt: skip
            entries.append({"i": i, "kind": "SET", "date": d_set.isoformat(),
                            "first": first_raw, "by": rng.choice(others[:5])})  # fmt: skip
            d_pos = start + timedelta(days=rng.randint(span // 2 + 1, span))
            entries.append({"i": i, "kind": "POSITION", "date": d_pos.isoformat(),
                            "by": rng.choice(others[:5])})  # fmt: skip
        order = {"SET": 0, "REVISED": 1, "POSITION": 2}
        entries.sort(key=lambda e: (str(e["date"]), int(str(e["i"])), order[str(e["kind"])]))
        features.update(entries=entries, clerk=others[5], printed=some_day(0).isoformat())
    else:
        features.update(
            assessors=[rng.choice(others[:4]) for _ in recs],
            assessed=[h54_due(form, some_day(rng.randint(0, 3)))[0] for _ in recs],
            moderators=[rng.choice(others[4:7]) for _ in recs],
            coordinator=others[7],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H54_HEADERS[layout].items()}
    title = {
        "sankey": "How our recommendations flow into action",
        "relative": "Improvement plan: timescales from Day 0",
        "ledger": "Improvement plan statement of account",
        "likert": "Improvement self-assessment questionnaire",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS54[layout], actions=list(actions), kpis=kpis, headers=headers,
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
