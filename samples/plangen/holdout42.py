"""The `holdout42` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout41).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout42.py`),
its output (`out/holdout42*`) or its results (`results/*holdout42*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout42 split"): the plan as the ANNEX TO A STATUTORY DIRECTION,
drafted as legal clauses (`The Council shall:` / `2.1 ...` / `(a) Responsible officer: ...`),
recitals and a signature block as distractors (ReportLab); an EVIDENCE PORTFOLIO prepared for a
monitoring visit, each action a run-in line followed by a table of the evidence documents that
show it (document, date, held by) (Word printed by LibreOffice); a workbook of ACTION FORMS, one
sheet (one printed page) per action, each a label | value form with a milestones block, and an
index sheet first (Excel printed by LibreOffice Calc); the plan kept as MARKDOWN in a code
repository, printed from the repository's web view (file bar, commit history, rendered headings,
blockquotes and pipe tables with status badges) (HTML printed by Chromium). A forty-third header
vocabulary and date forms (`the 31st day of March 2027`, `end of March 2027`, `31-Mar-2027`,
`Mar-2027`, date cells `2027-03-31` and `Mar-2027`, `31/3/27`, `Mar '27`).
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
from samples.plangen.holdout41 import H41Family


@dataclass(frozen=True, slots=True)
class H42Family(H41Family):
    """A holdout42 family: its own builder and renderer (checked before H41Family)."""


# Header and label wordings of holdout42, per layout (each plan draws one of each).
H42_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "direction": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Responsible officer:", "Officer responsible:", "Accountable officer:"),
        "due": ("Completion date:", "To be completed by:", "Date for compliance:"),
        "rag": ("Assessment:", "Commissioner's assessment:", "Compliance position:"),
        "progress": ("Position statement:", "Position reported:", "Council's account:"),
        "rec": ("", "", ""),
        "indicator": ("Measure of compliance", "Indicator", "Test"),
        "baseline": ("Position at direction", "At outset", "Baseline"),
        "latest": ("Position now", "Latest return", "Current"),
        "target": ("Required position", "Standard required", "Target"),
    },
    "evidence": {
        "ref": ("Action", "Action ref", "Plan action"),
        "action": ("", "", ""),
        "owner": ("Lead", "Evidence owner", "Senior lead"),
        "due": ("Deadline", "Complete by", "Target completion"),
        "rag": ("RAG", "Self-assessed RAG", "Rating"),
        "progress": ("What the evidence shows", "Summary of evidence", "Impact so far"),
        "rec": ("", "", ""),
        "indicator": ("Performance evidence", "Data item", "Indicator"),
        "baseline": ("At inspection", "Baseline", "Starting position"),
        "latest": ("Latest data", "Most recent", "Now"),
        "target": ("Ambition", "Target", "Aim"),
    },
    "forms": {
        "ref": ("Action number", "Action ID", "Ref no."),
        "action": ("Action description", "What will be done", "Action"),
        "owner": ("Action owner", "Owner (name/post)", "Delivery lead"),
        "due": ("Target date", "Completion due", "End date"),
        "rag": ("Current status", "Delivery status", "Status this period"),
        "progress": ("Progress this period", "Highlight", "Narrative"),
        "rec": ("Linked recommendation", "Ofsted recommendation", "Recommendation addressed"),
        "indicator": ("KPI", "Measure", "Performance indicator"),
        "baseline": ("Baseline", "Start point", "At inspection"),
        "latest": ("Actual", "Latest", "Current value"),
        "target": ("Target", "Goal", "Tolerance"),
    },
    "markdown": {
        "ref": ("#", "ID", "Ref"),
        "action": ("Action", "What", "Task"),
        "owner": ("Lead", "Owner", "Who"),
        "due": ("Due", "When", "By"),
        "rag": ("Status", "State", "Health"),
        "progress": ("Notes", "Update", "Comment"),
        "rec": ("", "", ""),
        "indicator": ("Metric", "KPI", "Measure"),
        "baseline": ("Baseline", "Start", "Then"),
        "latest": ("Latest", "Now", "Current"),
        "target": ("Target", "Goal", "Aim"),
    },
}  # fmt: skip
REC_LABELS42 = {
    "direction": "Recommendation {n}",
    "evidence": "Recommendation {n}",
    "forms": "Recommendation {n}",
    "markdown": "Recommendation {n}",
}

# status per layout: (printed, rag)
H42_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "direction": (("On course", "green"), ("Some concerns", "amber"), ("Not on course", "red"),
                  ("Discharged", "blue"), ("Not yet due", None)),
    "evidence": (("Green - on track", "green"), ("Amber - some risk", "amber"),
                 ("Red - significant risk", "red"), ("Blue - embedded", "blue"),
                 ("Grey - not started", None)),
    "forms": (("Progressing", "green"), ("Slipping", "amber"), ("Stalled", "red"),
              ("Closed", "blue"), ("Pending", None)),
    "markdown": (("on track", "green"), ("needs attention", "amber"), ("blocked", "red"),
                 ("done", "blue"), ("todo", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules (not checked)
OTHERS42 = ("Ottoline Varga", "Jerome Adebanjo-Fitch", "Hesketh Pruitt", "Marisol Danquah",
            "Cormac Ellingham", "Philippa Oyinlola", "Ravindra Holloway", "Sunniva Crake",
            "Augustin Mwale", "Leonie Tranter")  # fmt: skip
EVIDENCE_DOCS = (
    "Practice standards (revised)", "Audit summary report", "Team manager briefing slides",
    "Quality assurance framework", "Minutes of practice quality group", "Performance scorecard",
    "Children's feedback survey results", "Training attendance register",
    "Supervision policy", "Case file audit tool", "Partner agency briefing note",
    "Improvement board report",
)  # fmt: skip
COMMITS = (
    "Update progress after board", "Fix typo in recommendation 3", "Add KPI table",
    "Rebaseline dates agreed at board", "Tidy table formatting", "Add notes from DMT",
)  # fmt: skip
MILESTONES = ("Scope agreed", "Draft to DMT", "Staff briefed", "Pilot in two teams",
              "Audit of impact", "Sign-off at board")  # fmt: skip


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def h42_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout42 date form and the date it names.

    `the 31st day of March 2027`, `31-Mar-2027`, the date cell `2027-03-31` and `31/3/27` are
    that day; `end of March 2027`, `Mar-2027` (text or date cell) and `Mar '27` end the month.
    """
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    if form == "legal":
        return f"the {_ordinal(d.day)} day of {full} {d.year}", d
    if form == "end-of":
        return f"end of {full} {d.year}", month_last(d)
    if form == "d-mon-yyyy":
        return f"{d.day:02d}-{mon}-{d.year}", d
    if form == "mon-yyyy":
        return f"{mon}-{d.year}", month_last(d)
    if form == "cell-iso":
        return d.isoformat(), d
    if form == "cell-mon-yyyy":
        return f"{mon}-{d.year}", month_last(d)
    if form == "short":
        return f"{d.day}/{d.month}/{d.year % 100:02d}", d
    if form == "mon-apos":
        return f"{mon} '{d.year % 100:02d}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"direction": ("legal", "end-of"), "evidence": ("d-mon-yyyy", "mon-yyyy"),
              "forms": ("cell-iso", "cell-mon-yyyy"), "markdown": ("short", "mon-apos")}  # fmt: skip
MONTH_FORMS = ("end-of", "mon-yyyy", "cell-mon-yyyy", "mon-apos")

HOLDOUT42: tuple[H42Family, ...] = (
    H42Family("rl-statutory-direction", "holdout42", "reportlab", ("none",), ("rec_clause",),
              vocab="holdout42", layout="direction", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: the plan as the annex to a statutory direction, legal "
                          "clauses (`The Council shall:`, `2.1 ...`, `(a) Responsible officer:`)"
                          ", recitals and a signature block as distractors"),
    H42Family("docx-evidence-portfolio", "holdout42", "docx", ("grid",), ("rec_headings",),
              vocab="holdout42", layout="evidence", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: an evidence portfolio for a monitoring "
                          "visit, each action a run-in line then a table of evidence documents "
                          "(document, date, held by: distractors)"),
    H42Family("xlsx-action-forms", "holdout42", "xlsx", ("grid",), ("rec_form_field",),
              vocab="holdout42", layout="forms", kpi=0.5, landscape=0.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a workbook of action forms, one "
                          "sheet (page) per action, label | value with a milestones block, an "
                          "index sheet first"),
    H42Family("html-markdown-repo", "holdout42", "chromium", ("grid",), ("rec_headings",),
              vocab="holdout42", layout="markdown", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: the plan as Markdown in a code repository's"
                          " web view (file bar, commit history, headings, blockquotes, pipe "
                          "tables with status badges)"),
)  # fmt: skip


def build_holdout42(fam: H42Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout42:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    if layout == "forms":
        n_recs = rng.randint(2, 4)  # a page per action: keep the workbook small
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
    others = rng.sample(OTHERS42, 8)
    statuses = H42_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            d = _months_after(start, rng.randint(2, 16))
            if form not in MONTH_FORMS and rng.random() < 0.65:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            due_raw, due_date = h42_due(form, d)
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "direction":
        features.update(
            status_style="line-word",
            minister=others[0],
            commissioner=others[1],
            directed=some_day(rng.randint(6, 10)).isoformat(),
            review=some_day(0).isoformat(),
            section=rng.choice(("497A(4B)", "497A(4)", "50")),
        )
    elif layout == "evidence":
        features.update(
            status_style="run-in",
            evidence={
                a.ref: [
                    (
                        rng.choice(EVIDENCE_DOCS),
                        some_day(rng.randint(0, 5)).isoformat(),
                        rng.choice(others[:6]),
                        f"E{rng.randint(10, 299):03d}",
                    )
                    for _ in range(rng.randint(2, 3))
                ]
                for a in actions
            },  # fmt: skip
            coordinator=others[6],
            visit=_months_after(issued, rng.randint(1, 3))
            .replace(day=rng.randint(1, 28))
            .isoformat(),
        )
    elif layout == "forms":
        features.update(
            status_style="cell-word",
            milestones={
                a.ref: [
                    (m, some_day(rng.randint(-4, 4)).isoformat(), rng.choice(("Done", "Open")))
                    for m in rng.sample(MILESTONES, 3)
                ]
                for a in actions
            },  # fmt: skip
            completed_by={a.ref: rng.choice(others[:5]) for a in actions},
            form_date={a.ref: some_day(0).isoformat() for a in actions},
            pmo=others[5],
        )
    else:
        features.update(
            status_style="badge",
            org=rng.choice(("childrens-services", "csc-improvement", "pmo-team")),
            commits=[
                (
                    rng.choice(others),
                    rng.choice(COMMITS),
                    some_day(i).isoformat(),
                    f"{rng.getrandbits(28):07x}",
                )
                for i in range(3)
            ],  # fmt: skip
            contributors=rng.sample(others, 4),
            lines=rng.randint(80, 160),
        )
    headers = {role: rng.choice(words) for role, words in H42_HEADERS[layout].items()}
    title = {
        "direction": "Annex A: Improvement actions required under the Direction",
        "evidence": "Evidence portfolio: Ofsted monitoring visit",
        "forms": "Improvement plan action forms",
        "markdown": "Children's Services Improvement Plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS42[layout], actions=list(actions), kpis=kpis, headers=headers,
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
