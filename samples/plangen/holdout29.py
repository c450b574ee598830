"""The `holdout29` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout28).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout29.py`),
its output (`out/holdout29*`) or its results (`results/*holdout29*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout29 split"): an internal MEMORANDUM to the improvement
board in numbered paragraphs, each action's status a SHAPE-CODED marker (circle, triangle,
square, diamond) beside its word (ReportLab); a RE-BASELINED plan whose table prints an
ORIGINAL and a REVISED target date side by side, the due date being the revised one where there
is one (Word printed by LibreOffice); an ASSURANCE SCORECARD whose status is a NUMBER 0-4 read
through a printed key (Excel printed by LibreOffice Calc); a print of an ISSUE TRACKER where
each action is an issue and its recommendation and status are LABEL CHIPS (`rec: 2`, `status:
at-risk`) (HTML printed by Chromium). A thirtieth header vocabulary, new date forms (`31.03.2027`,
`Mar 2027`, `31/03/27`, ISO `2027-03-31`, `Mar 31, 2027`).
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
from samples.plangen.holdout28 import H28Family


@dataclass(frozen=True, slots=True)
class H29Family(H28Family):
    """A holdout29 family: its own builder and renderer (checked before H28Family)."""


# Header and label wordings of holdout29.
H29_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref no.", "Line", "ID"),
    "action": ("Planned action", "Action to be taken", "Task"),
    "owner": ("Lead", "Responsible lead", "Assignee"),
    "due": ("Target", "Deadline", "To complete by"),
    "old_due": ("Original target", "Baseline date", "Date as agreed"),
    "new_due": ("Revised target", "Re-profiled date", "Forecast date"),
    "rag": ("Position", "Score", "State"),
    "progress": ("Commentary", "Position statement", "Remarks"),
    "rec": ("Rec.", "Inspection rec", "Linked recommendation"),
    "confidence": ("Confidence", "Delivery confidence", "Certainty"),
    "indicator": ("Outcome measure", "Performance measure", "Indicator name"),
    "baseline": ("At start", "Base", "Benchmark year"),
    "latest": ("Current", "Latest value", "Position now"),
    "target": ("Aim", "Ambition", "Target value"),
}
REC_LABELS29 = {
    "memo": "Recommendation {n}",
    "rebaselined": "Inspection recommendation {n}",
    "scores": "IR{n}",
    "issues": "rec: {n}",
}

# status per layout: (printed, rag)
H29_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "memo": (("On track", "green"), ("Slipping", "amber"), ("Off track", "red"),
             ("Complete", "blue"), ("Not started", None)),
    "rebaselined": (("On target", "green"), ("At risk", "amber"), ("Missed", "red"),
                    ("Achieved", "blue"), ("Not commenced", None)),
    "scores": (("3", "green"), ("2", "amber"), ("1", "red"), ("4", "blue"), ("0", None)),
    "issues": (("status: on-track", "green"), ("status: at-risk", "amber"),
               ("status: blocked", "red"), ("status: done", "blue"), ("status: backlog", None)),
}  # fmt: skip
SCORE_KEY = (("4", "Complete: evidence of impact seen"), ("3", "On track: delivering to plan"),
             ("2", "Some slippage: recovery in hand"), ("1", "Significant concern: escalate"),
             ("0", "Not started"))  # fmt: skip
CONFIDENCE = ("High", "Medium", "Low")


def h29_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout29 date form and the date it names.

    `31.03.2027` (that day), `Mar 2027` (the month's last day), `31 March 2027` and `31/03/27`
    (that day), Calc date cells `2027-03-31` and `31 Mar 27` (that day), `Mar 31, 2027` and
    `2027-03-31` (that day).
    """
    if form == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "monyyyy":
        return f"{calendar.month_abbr[d.month]} {d.year}", month_last(d)
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "slash2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form in ("cell_iso", "iso"):
        return d.isoformat(), d
    if form == "cell_dmonyy":
        return f"{d.day:02d} {calendar.month_abbr[d.month]} {d.year % 100:02d}", d
    if form == "us":
        return f"{calendar.month_abbr[d.month]} {d.day}, {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"memo": ("dotted", "monyyyy"), "rebaselined": ("long", "slash2"),
              "scores": ("cell_iso", "cell_dmonyy"), "issues": ("us", "iso")}  # fmt: skip
DAY_FORMS = ("dotted", "long", "slash2", "cell_iso", "cell_dmonyy", "us", "iso")

HOLDOUT29: tuple[H29Family, ...] = (
    H29Family("rl-board-memo", "holdout29", "reportlab", ("none",), ("numbered-paragraphs",),
              vocab="holdout29", layout="memo", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: an internal memorandum to the improvement board (To/From/"
                          "Date/Subject block) in numbered paragraphs, a paragraph per "
                          "recommendation and a sub-paragraph per action; a run-on line of lead, "
                          "target and position whose status word follows a SHAPE-CODED marker "
                          "(circle, triangle, square, diamond), drawn or a font glyph"),
    H29Family("docx-rebaselined-plan", "holdout29", "docx", ("grid",), ("two-date-columns",),
              vocab="holdout29", layout="rebaselined", kpi=0.5, landscape=0.6, progress=0.5,
              description="Word printed by LibreOffice: a re-baselined plan, one table with a "
                          "banner row per recommendation, an ORIGINAL target and a REVISED "
                          "target column side by side (the revised blank or a dash where the "
                          "date held), the due date the revised one where printed"),
    H29Family("xlsx-assurance-scores", "holdout29", "xlsx", ("grid",), ("numeric-status",),
              vocab="holdout29", layout="scores", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: an assurance scorecard, the status "
                          "a NUMBER 0-4 (4 complete, 3 on track, 2 slippage, 1 concern, 0 not "
                          "started) read through a key printed above the table, a delivery "
                          "confidence column (High/Medium/Low) beside it, ISO date cells"),
    H29Family("html-issue-tracker", "holdout29", "chromium", ("none",), ("label-chips",),
              vocab="holdout29", layout="issues", kpi=0.5, landscape=0.0, progress=0.6,
              description="HTML printed by Chromium: a print of an issue tracker's list, one "
                          "issue per action ('#142' and its title), the recommendation and the "
                          "status as LABEL CHIPS ('rec: 2', 'status: at-risk'), a meta line "
                          "'assigned to <owner> · due Mar 31, 2027', the update as a comment"),
)  # fmt: skip


def build_holdout29(fam: H29Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout29:{seed}:{fam.name}:{index}")
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
    if layout == "memo":
        features.update(status_style="shape-marker", marker=rng.choice(("drawn", "glyph")))
    elif layout == "rebaselined":
        features.update(status_style="word", unchanged=rng.choice(("blank", "dash")))
    elif layout == "scores":
        features.update(status_style="numeric-score", key_place=rng.choice(("above", "below")))
    else:
        features.update(status_style="label-chip", state=rng.choice(("open", "mixed")))
    actions: list[H8Action] = []
    originals: dict[str, str] = {}
    confidence: dict[str, str] = {}
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
            due_raw, due_date = h29_due(form, d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H29_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            if layout == "memo":
                ref = f"{num}.{k}"
            elif layout == "rebaselined":
                ref = f"{num}{'abcdefgh'[k - 1]}"
            elif layout == "scores":
                ref = f"IR{num}.{k}"
            else:
                ref = f"#{100 + 4 * seq + rng.randint(0, 3)}"
            if layout == "rebaselined" and rng.random() < 0.45:
                od = _months_after(month_last(d), -rng.randint(1, 5))
                if form in DAY_FORMS and rng.random() < 0.6:
                    od = od.replace(day=rng.randint(1, 28))
                originals[ref] = h29_due(form, od)[0]
            if layout == "scores":
                confidence[ref] = rng.choice(CONFIDENCE)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H29_HEADERS.items()}
    title = {
        "memo": "Inspection improvement plan: position at the end of the quarter",
        "rebaselined": f"{authority} Council Children's Services Improvement Plan (re-baselined)",
        "scores": f"{authority} Council - Improvement Plan Assurance Scorecard",
        "issues": "children-improvement-plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS29[layout], actions=list(actions), kpis=kpis, headers=headers,
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
    if originals:
        plan.features["originals"] = originals
    if confidence:
        plan.features["confidence"] = confidence
    return plan
