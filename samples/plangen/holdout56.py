"""The `holdout56` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout55).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout56.py`),
its output (`out/holdout56*`) or its results (`results/*holdout56*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout56 split"): a DASHBOARD page first (a drawn donut of the
statuses, big numbers: distractors) then ACTION CARDS in due order, each linked to its
recommendation only by a numbered round BADGE in its corner, the due an ISO WEEK (ReportLab); the
actions linked to their recommendations only by the REPORT'S PARAGRAPH NUMBER (`(para 34)` at the
end of the action text; the recommendations listed with the paragraph each came from) beside an
`Evidence` column of other paragraph numbers (Word printed by LibreOffice); a monthly HEAT-MAP grid
whose status is only the fill of the latest shaded month and whose due is only a marked month
column (Excel printed by LibreOffice Calc); and a formal RESPONSE TO RECOMMENDATIONS in prose
(each recommendation quoted, `Response: Accepted in part`, the actions as sentences whose owner and
due are in a closing sentence; HTML printed by Chromium). A fifty-seventh header vocabulary and date
forms (`Week 12 of 2027`, `2027-W12`, `14 March, 2027`, `March, 2027`, a month column `Mar 2027`,
`by close of play on 14 March 2027`, `in the course of March 2027`).
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
from samples.plangen.holdout55 import H55Family


@dataclass(frozen=True, slots=True)
class H56Family(H55Family):
    """A holdout56 family: its own builder and renderer (checked before H55Family)."""


# Header and label wordings of holdout56, per layout (each plan draws one of each).
H56_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "cards": {
        "ref": ("Card", "Ticket", "Log"),
        "action": ("On deck", "Voyage task", "Heading"),
        "owner": ("Skipper", "At the helm", "Crew lead"),
        "due": ("Make port", "Landfall", "Berth by"),
        "rag": ("Sea state", "Waters", "Weather"),
        "progress": ("Ship's log", "Captain's note", "Logbook"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Bearing", "Indicator", "Chart measure"),
        "baseline": ("Cast off", "Baseline", "At anchor"),
        "latest": ("Logged now", "Latest", "Current reading"),
        "target": ("Harbour goal", "Target", "Port of call"),
    },
    "paras": {
        "ref": ("No.", "Ref.", "Item"),
        "action": ("Remedial action", "Action agreed", "Measure to be taken"),
        "owner": ("Accountable lead", "Lead respondent", "Answering officer"),
        "due": ("Completion", "Deadline", "Close-out"),
        "rag": ("Assessment", "Verdict", "Judgement of progress"),
        "progress": ("Findings to date", "Auditor's note", "Evidence of progress"),
        "rec": ("Rec.", "Recommendation", "No."),
        "indicator": ("Outcome sought", "Indicator", "Measure of effect"),
        "baseline": ("As reported", "Baseline", "At the report"),
        "latest": ("Now", "Latest", "Current return"),
        "target": ("Expected", "Target", "Hoped for"),
    },
    "heat": {
        "ref": ("Line", "Row", "ID"),
        "action": ("Workstream task", "Activity", "Thing to do"),
        "owner": ("Carried out by", "Lead name", "Holder"),
        "due": ("Due marker", "Due marker", "Due marker"),
        "rag": ("Heat", "Temperature", "Heat"),
        "progress": ("Commentary this month", "Month note", "Remarks"),
        "rec": ("Rec", "Rec no.", "Rec"),
        "indicator": ("Thermometer", "Indicator", "Reading"),
        "baseline": ("Cold start", "Baseline", "First reading"),
        "latest": ("Last reading", "Latest", "This reading"),
        "target": ("Set point", "Target", "Ideal reading"),
    },
    "response": {
        "ref": ("Commitment", "Point", "Undertaking"),
        "action": ("We will", "Our commitment", "What we are doing"),
        "owner": ("Leading on this", "Lead", "Lead officer"),
        "due": ("due", "to be finished", "to be delivered"),
        "rag": ("Where this stands", "Current standing", "How it is going"),
        "progress": ("Update for readers", "Latest news", "Since we last reported"),
        "rec": ("Recommendation", "Inspectors' recommendation", "Recommendation"),
        "indicator": ("How we will know", "Indicator", "Sign of success"),
        "baseline": ("When inspected", "Baseline", "Starting point"),
        "latest": ("Today", "Latest", "Most recent"),
        "target": ("Where we want to be", "Target", "Our ambition"),
    },
}  # fmt: skip
REC_LABELS56 = {"cards": "Recommendation {n}", "paras": "{n}",
                "heat": "Recommendation {n}", "response": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); the heat map prints no word (the fill alone), its key these
H56_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "cards": (("Plain sailing", "green"), ("Choppy water", "amber"), ("Run aground", "red"),
              ("Safely docked", "blue"), ("Still in harbour", None)),
    "paras": (("Sound progress", "green"), ("Patchy progress", "amber"),
              ("Inadequate progress", "red"), ("Laid to rest", "blue"),
              ("Awaiting commencement", None)),
    "heat": (("Comfortable", "green"), ("Warming", "amber"), ("Scorching", "red"),
             ("Cooled off", "blue"), ("", None)),
    "response": (("Humming along", "green"), ("Creaking", "amber"), ("Seized up", "red"),
                 ("Signed and sealed", "blue"), ("Waiting in the wings", None)),
}  # fmt: skip
RESPONSES = ("Accepted", "Accepted in part", "Accepted with qualification", "Accepted in full")

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS56 = ("Wilhelmina Fairbrother", "Ambrose Nwachukwu-Bell", "Cllr Dorothea Quayle",
            "Lysander Oduya", "Ottoline Sharrock", "Barnaby Kestelman", "Marisol Trevithick",
            "Ignatius Holloway-Ade", "Clemency Voss", "Thaddeus Morcombe")  # fmt: skip


def h56_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout56 date form and the date it names.

    `Week 12 of 2027` and `2027-W12` are ISO weeks: the Sunday that ends the week; `14 March,
    2027` and `14 March 2027` (response: `by close of play on 14 March 2027`) that day; `March,
    2027`, `Mar 2027` (the heat map's marked month column) and `March 2027` (response: `in the
    course of March 2027`) the last day of the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "iso-week":
        iso = d.isocalendar()
        return f"Week {iso.week} of {iso.year}", date.fromisocalendar(iso.year, iso.week, 7)
    if form == "iso-week-code":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}", date.fromisocalendar(iso.year, iso.week, 7)
    if form == "comma-day":
        return f"{d.day} {full}, {d.year}", d
    if form == "comma-month":
        return f"{full}, {d.year}", month_last(d)
    if form == "heat":
        return f"{mon} {d.year}", month_last(d)
    if form == "close-of-play":
        return f"{d.day} {full} {d.year}", d
    if form == "course-of":
        return f"{full} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"cards": ("iso-week", "iso-week-code"), "paras": ("comma-day", "comma-month"),
              "heat": ("heat",), "response": ("close-of-play", "course-of")}  # fmt: skip
MONTH_FORMS = ("comma-month", "heat", "course-of")

HOLDOUT56: tuple[H56Family, ...] = (
    H56Family("rl-dashboard-badge-cards", "holdout56", "reportlab", ("none",), ("badge",),
              vocab="holdout56", layout="cards", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a dashboard page first (a drawn donut of the statuses, "
                          "big numbers, counts: distractors) then action cards in DUE order, two "
                          "a row, each with a status band, its recommendation only as a numbered "
                          "round badge in its corner, the due an ISO week (`Week 12 of 2027`, "
                          "`2027-W12`), a reviewer line (distractor)"),
    H56Family("docx-report-para-links", "holdout56", "docx", ("grid",), ("para_link",),
              vocab="holdout56", layout="paras", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: the recommendations listed with the "
                          "inspection report's paragraph each came from; one action table in "
                          "priority order whose only link is `(para 34)` at the end of the action "
                          "text, beside an `Evidence` column of other paragraph numbers"),
    H56Family("xlsx-monthly-heatmap", "holdout56", "xlsx", ("grid",), ("heatmap",),
              vocab="holdout56", layout="heat", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a heat map, a row per action and a "
                          "column per month shaded by that month's status; the status is the "
                          "latest shaded month's fill (no word), the due a diamond in its month "
                          "column; the recommendation a number column; rows in due order"),
    H56Family("html-response-prose", "holdout56", "chromium", ("none",), ("response",),
              vocab="holdout56", layout="response", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a formal response to the recommendations, "
                          "each quoted, `Response: Accepted in part`, a paragraph of context "
                          "(distractors), then the actions as prose paragraphs whose owner and "
                          "due are in a closing sentence, a standing line per action"),
)  # fmt: skip


def build_holdout56(fam: H56Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout56:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    layout = fam.layout
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
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
    others = list(rng.sample(OTHERS56, 8))
    statuses = H56_STATUS[layout]

    def draw_due() -> tuple[str, date]:
        d = _months_after(start, rng.randint(4, 16))
        d = month_last(d) if form in MONTH_FORMS else d.replace(day=rng.randint(1, 28))
        return h56_due(form, d)

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
                                 status or None, rag, [num], printed_owner=owner))  # fmt: skip
        per_rec.append(acts)
    actions: list[H8Action] = [a for acts in per_rec for a in acts]
    features: dict[str, object] = {}

    def renumber(order: list[H8Action], fmt: str) -> list[H8Action]:
        return [H8Action(fmt.format(n=i), a.text, a.owner, a.due_raw, a.due_date, a.progress,
                         a.status, a.rag, list(a.recs), printed_owner=a.owner)
                for i, a in enumerate(order, start=1)]  # fmt: skip

    if layout == "cards":
        order = sorted(actions, key=lambda a: (a.due_date or date.max, a.recs[0], a.ref))
        actions = renumber(order, "C{n:02d}")
        features.update(
            reviewers=[rng.choice(others[:5]) for _ in actions],
            reviewed=[some_day(rng.randint(0, 3)).isoformat() for _ in actions],
            compiler=others[5],
            printed=some_day(0).isoformat(),
            next_board=_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
        )  # fmt: skip
    elif layout == "paras":
        paras = sorted(rng.sample(range(8, 96), len(recs)))
        rng.shuffle(paras)
        rec_para = {num: p for (num, _), p in zip(recs, paras, strict=True)}
        pool = [x for x in range(4, 110) if x not in paras]
        order = list(actions)
        rng.shuffle(order)
        actions = renumber(order, "{n}")
        features.update(
            rec_para=rec_para,
            evidence=[sorted(rng.sample(pool, rng.randint(1, 3))) for _ in actions],
            report_date=some_day(rng.randint(6, 9)).isoformat(),
            inspector=others[5],
            signatory=others[6],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "heat":
        order = sorted(actions, key=lambda a: (a.due_date or date.max, a.recs[0], a.ref))
        actions = renumber(order, "{n}")
        # months shown: from the plan's start to the last due month; the plan stands at `issued`
        last_due = max(a.due_date for a in actions if a.due_date)
        n_months = (last_due.year - start.year) * 12 + last_due.month - start.month + 1
        as_at = (issued.year - start.year) * 12 + issued.month - start.month
        history: list[list[str]] = []
        for a in actions:
            if a.rag is None:
                history.append([])
                continue
            first = rng.randint(0, min(3, as_at))
            cols: list[str] = []
            for m in range(first, as_at + 1):
                if m == as_at:
                    cols.append(a.rag)
                elif a.rag == "blue" and m >= as_at - rng.randint(0, 1):
                    cols.append("blue")
                else:
                    cols.append(rng.choice(("green", "green", "amber", "red")))
            history.append([""] * first + cols)
        features.update(
            n_months=n_months,
            as_at=as_at,
            history=history,
            compiler=others[5],
            checkers=[rng.choice(others[:5]) for _ in recs],
            printed=issued.isoformat(),
        )  # fmt: skip
    else:
        features.update(
            responses=[rng.choice(RESPONSES) for _ in recs],
            boards=[some_day(rng.randint(1, 4)).isoformat() for _ in recs],
            chairs=[rng.choice(others[:5]) for _ in recs],
            portfolio=[rng.choice(others[:5]) for _ in recs],
            author=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H56_HEADERS[layout].items()}
    title = {
        "cards": "Improvement plan dashboard and action cards",
        "paras": "Action plan against the inspection report",
        "heat": "Improvement plan heat map",
        "response": "Our response to the inspection recommendations",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS56[layout], actions=list(actions), kpis=kpis, headers=headers,
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


def month_of(start: date, m: int) -> date:
    """The first day of the month `m` months after `start`'s month."""
    return _months_after(start, m)
