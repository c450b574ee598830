"""The `holdout31` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout30).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout31.py`),
its output (`out/holdout31*`) or its results (`results/*holdout31*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout31 split"): an INTERNAL AUDIT FOLLOW-UP REPORT, one boxed
record per agreed management action under its finding, with a coloured PRIORITY rating (High /
Medium / Low: a distractor that looks like a RAG) beside a plain-text follow-up status
(ReportLab); a MULTI-AGENCY safeguarding partnership plan whose table has a LEAD AGENCY and a
SUPPORTING PARTNERS column beside the lead officer (Word printed by LibreOffice); an Excel tracker
whose status is a NUMERIC CODE (1-5) explained by a KEY above the table (Excel printed by
LibreOffice Calc); a WIKI PAGE printed from a team wiki, one heading per action with a page
properties table, an upper-case status LOZENGE, the owner as a user chip and a `Last edited by`
line (a distractor person and date) (HTML printed by Chromium). A thirty-second header
vocabulary and date forms (`31.03.2027`, `March 2027`, `31/03/27`, `end of March 2027`, Calc
`31 March 2027` and `31/03/27`, `Mar 31, 2027`, `31 Mar 2027`).
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
from samples.plangen.holdout30 import H30Family


@dataclass(frozen=True, slots=True)
class H31Family(H30Family):
    """A holdout31 family: its own builder and renderer (checked before H30Family)."""


# Header and label wordings of holdout31.
H31_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Action ref", "ID"),
    "action": ("Agreed action", "Action to be taken", "Management action"),
    "owner": ("Responsible officer", "Lead officer", "Named lead"),
    "due": ("Target date", "Implementation date", "Deadline"),
    "rag": ("Follow-up status", "Status", "Current status"),
    "progress": ("Progress to date", "Commentary", "Update"),
    "indicator": ("Measure", "Performance measure", "Indicator"),
    "baseline": ("Baseline", "Start", "Base position"),
    "latest": ("Current", "Latest figure", "Now"),
    "target": ("Target", "Aim", "Expected"),
    "rec": ("Finding", "Recommendation", "Rec"),
    "agency": ("Lead agency", "Lead organisation", "Lead partner"),
    "partners": ("Supporting partners", "Also involved", "Contributing agencies"),
    "priority": ("Priority", "Risk rating", "Audit priority"),
}
REC_LABELS31 = {
    "audit": "Finding {n}",
    "partnership": "Priority {n}",
    "coded": "R{n}",
    "wiki": "Recommendation {n}",
}

# status per layout: (printed, rag)
H31_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "audit": (("In progress - on schedule", "green"), ("Partially implemented", "amber"),
              ("Not implemented", "red"), ("Implemented", "blue"), ("Not yet due", None)),
    "partnership": (("On target", "green"), ("At risk", "amber"), ("Behind target", "red"),
                    ("Achieved", "blue"), ("Not started", None)),
    "coded": (("2", "green"), ("3", "amber"), ("4", "red"), ("1", "blue"), ("5", None)),
    "wiki": (("IN PROGRESS", "green"), ("AT RISK", "amber"), ("BLOCKED", "red"),
             ("DONE", "blue"), ("NOT STARTED", None)),
}  # fmt: skip
# the coded tracker's key: code -> meaning (printed above the table)
CODE_KEY = (("1", "Complete"), ("2", "On track"), ("3", "Minor delay"),
            ("4", "Significant delay"), ("5", "Not started"))  # fmt: skip

AGENCIES = ("Children's Social Care", "Police", "Integrated Care Board", "Education",
            "Early Help", "Probation Service", "Public Health", "Youth Justice Service")  # fmt: skip
PRIORITIES = ("High", "Medium", "Low")
EDITORS = ("Sam Okafor", "Ruth Delaney", "Imran Patel", "Claire Hughes", "Nadia Brennan")


def h31_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout31 date form and the date it names.

    `31.03.2027`, `31/03/27`, Calc `31 March 2027` and `31/03/27` cells, `Mar 31, 2027` and
    `31 Mar 2027` are that day; `March 2027` and `end of March 2027` the month's last day.
    """
    if form == "dot4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "endmonth":
        return f"end of {calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "cell_long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "cell_dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "mdy":
        return f"{calendar.month_abbr[d.month]} {d.day}, {d.year}", d
    if form == "dmon":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"audit": ("dot4", "month"), "partnership": ("dmy2", "endmonth"),
              "coded": ("cell_long", "cell_dmy2"), "wiki": ("mdy", "dmon")}  # fmt: skip
DAY_FORMS = ("dot4", "dmy2", "cell_long", "cell_dmy2", "mdy", "dmon")

HOLDOUT31: tuple[H31Family, ...] = (
    H31Family("rl-audit-followup", "holdout31", "reportlab", ("none",), ("boxed-records",),
              vocab="holdout31", layout="audit", kpi=0.4, landscape=0.0, progress=0.6,
              description="ReportLab: an internal audit follow-up report; per finding its text, "
                          "then one boxed record per agreed management action (ref, a coloured "
                          "PRIORITY High/Medium/Low: a distractor, action, officer, date, "
                          "follow-up status in words, progress)"),
    H31Family("docx-partnership-plan", "holdout31", "docx", ("grid",), ("agency-columns",),
              vocab="holdout31", layout="partnership", kpi=0.5, landscape=1.0, progress=0.5,
              description="Word printed by LibreOffice: a multi-agency safeguarding partnership "
                          "plan, a landscape grid per priority with LEAD AGENCY and SUPPORTING "
                          "PARTNERS columns (distractors) beside the lead officer"),
    H31Family("xlsx-coded-status", "holdout31", "xlsx", ("grid",), ("status-codes",),
              vocab="holdout31", layout="coded", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a tracker whose status is a "
                          "NUMERIC CODE 1-5 (coloured cell) explained by a KEY above the table"),
    H31Family("html-wiki-properties", "holdout31", "chromium", ("none",), ("wiki-sections",),
              vocab="holdout31", layout="wiki", kpi=0.5, landscape=0.0, progress=0.6,
              description="HTML printed by Chromium: a team-wiki page, one heading per action "
                          "with a page-properties table (owner chip, due, UPPER-CASE status "
                          "lozenge, recommendation) and a 'Last edited by' distractor line"),
)  # fmt: skip


def build_holdout31(fam: H31Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout31:{seed}:{fam.name}:{index}")
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
    if layout == "audit":
        features.update(status_style="record-field", assurance=rng.choice(
            ("Substantial", "Reasonable", "Limited")))  # fmt: skip
    elif layout == "partnership":
        features.update(status_style="word-tinted", agency_cols=True)
    elif layout == "coded":
        features.update(status_style="numeric-code", key="above-table")
    else:
        features.update(status_style="lozenge")
    drafts: list[tuple[str, int, str, str, date, str | None, str, str | None]] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 18))
            if form in DAY_FORMS and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H31_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            drafts.append((num, k, text, owner, d, progress, status, rag))
    actions: list[H8Action] = []
    extra: dict[str, tuple[str, str]] = {}
    for seq, (num, k, text, owner, d, progress, status, rag) in enumerate(drafts, start=1):
        due_raw, due_date = h31_due(form, d)
        if layout == "audit":
            ref = f"{num}.{k}"
            extra[ref] = (rng.choice(PRIORITIES), "")
        elif layout == "partnership":
            ref = f"P{num}.{k}"
            agencies = rng.sample(AGENCIES, 3)
            extra[ref] = (agencies[0], ", ".join(agencies[1 : rng.randint(2, 3)]))
        elif layout == "coded":
            ref = f"{seq:02d}"
        else:
            ref = f"IP-{num}{k:02d}"
            ed = min(_months_after(issued, -rng.randint(0, 3)).replace(day=rng.randint(1, 28)),
                     issued)  # fmt: skip
            extra[ref] = (rng.choice(EDITORS), f"{calendar.month_abbr[ed.month]} {ed.day}, "
                                               f"{ed.year}")  # fmt: skip
        actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H31_HEADERS.items()}
    title = {
        "audit": "Internal Audit Follow-up Report: Children's Services Improvement Plan",
        "partnership": f"{authority} Safeguarding Children Partnership: Improvement Plan",
        "coded": f"{authority} Council - Improvement Plan Tracker",
        "wiki": "Children's Services Improvement Plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS31[layout], actions=list(actions), kpis=kpis, headers=headers,
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
    if extra:
        plan.features["extra"] = extra
    return plan
