"""The `holdout30` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout29).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout30.py`),
its output (`out/holdout30*`) or its results (`results/*holdout30*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout30 split"): a quarterly HIGHLIGHT REPORT whose actions are
GROUPED UNDER STATUS HEADINGS (the status is printed once, as the section heading) and tagged
`[R3]` to recommendations listed in an annex at the END (ReportLab); a Word plan with a small
table per recommendation whose OWNERS are not in the table but in a `Lead officers: <owner>
(2.1, 2.3); ...` line under it, keyed by ref (Word printed by LibreOffice); an Excel ACTION
CLOSURE LOG whose evidence, sign-off and closure columns (who approved closure, when) stand
beside the owner and due date as distractors (Excel printed by LibreOffice Calc); an ACTIVITY FEED
printed from a collaboration tool, one post per action, newest first, whose POSTED dates are
distractors (HTML printed by Chromium). A thirty-first header vocabulary, new date forms (`end
of March 2027`, `31st March 2027`, `31 Mar 2027`, `Q4 2026/27`, Calc `Mar-27` and
`31/03/2027`, `Wednesday 31 March 2027`, `31-Mar-2027`).
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
from samples.plangen.holdout29 import H29Family


@dataclass(frozen=True, slots=True)
class H30Family(H29Family):
    """A holdout30 family: its own builder and renderer (checked before H29Family)."""


# Header and label wordings of holdout30.
H30_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("No.", "Action no.", "Item"),
    "action": ("What will be done", "Improvement action", "Activity"),
    "owner": ("Lead officer", "Owner", "Responsible officer"),
    "owners": ("Lead officers", "Responsible officers", "Accountable leads"),
    "due": ("Due", "Completion date", "Timescale"),
    "rag": ("Status", "RAG", "Progress rating"),
    "progress": ("Update", "Latest update", "Progress note"),
    "indicator": ("KPI", "Key measure", "Performance indicator"),
    "baseline": ("Baseline", "Starting point", "2024/25 outturn"),
    "latest": ("Latest", "Most recent", "Current position"),
    "target": ("Target", "Goal", "2026/27 target"),
    "rec": ("Rec", "Recommendation", "Rec no."),
    "evidence": ("Evidence of completion", "Evidence required", "Evidence to close"),
    "held": ("Evidence held?", "Evidence received", "Evidence in place"),
    "approver": ("Closure approved by", "Signed off by", "Closed by"),
    "closed": ("Date closed", "Closure date", "Signed off on"),
}
REC_LABELS30 = {
    "sections": "R{n}",
    "leads": "Recommendation {n}",
    "closure": "Rec {n}",
    "feed": "Recommendation {n}",
}

# status per layout: (printed, rag)
H30_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "sections": (("On track", "green"), ("Some slippage", "amber"), ("Off track", "red"),
                 ("Completed", "blue"), ("Not yet started", None)),
    "leads": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue", "blue"),
              ("Not yet due", None)),
    "closure": (("Open - on track", "green"), ("Open - at risk", "amber"),
                ("Open - off track", "red"), ("Closed", "blue"), ("Not started", None)),
    "feed": (("Good progress", "green"), ("Some concerns", "amber"),
             ("Serious concerns", "red"), ("Closed", "blue"), ("Awaiting update", None)),
}  # fmt: skip


def _ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fy_quarter(d: date) -> tuple[str, date]:
    """`Q4 2026/27`: the financial quarter (April to March) holding d, and its last day."""
    q = {4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 1: 4, 2: 4, 3: 4}[d.month]
    fy = d.year if d.month >= 4 else d.year - 1
    end_month = {1: 6, 2: 9, 3: 12, 4: 3}[q]
    end_year = fy if q < 4 else fy + 1
    return f"Q{q} {fy}/{(fy + 1) % 100:02d}", month_last(date(end_year, end_month, 1))


def h30_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout30 date form and the date it names.

    `end of March 2027` (the month's last day), `31st March 2027` (that day), `31 Mar 2027`
    (that day), `Q4 2026/27` (the financial quarter's last day), Calc date cells `Mar-27` (the
    month's last day) and `31/03/2027` (that day), `Wednesday 31 March 2027` and `31-Mar-2027`
    (that day).
    """
    if form == "endmonth":
        return f"end of {calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "ordinal":
        return f"{_ordinal(d.day)} {calendar.month_name[d.month]} {d.year}", d
    if form == "dmon":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    if form == "fyq":
        return fy_quarter(d)
    if form == "cell_monyy":
        return f"{calendar.month_abbr[d.month]}-{d.year % 100:02d}", month_last(d)
    if form == "cell_dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "weekday":
        return (f"{calendar.day_name[d.weekday()]} {d.day} {calendar.month_name[d.month]} "
                f"{d.year}"), d  # fmt: skip
    if form == "dashed":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year}", d
    raise ValueError(form)


EVIDENCE = (
    "Audit report presented to the Improvement Board",
    "Revised procedure published on the intranet",
    "Training attendance records and evaluation",
    "Performance report showing three months of improvement",
    "Case file audit findings",
    "Signed partnership agreement",
    "Minutes of the partnership meeting",
    "Dip sample of records by the Principal Social Worker",
    "Feedback from children and families",
    "Commissioning decision and contract award",
)
HELD: dict[str | None, tuple[str, ...]] = {"blue": ("Yes",), "green": ("Yes", "Partial", "No"),
                                           "amber": ("Partial", "No"), "red": ("No",),
                                           None: ("No",)}  # fmt: skip
APPROVERS = ("Improvement Board", "Independent Chair", "Quality Assurance Panel",
             "Corporate Director, People", "Chief Executive")  # fmt: skip

DATE_FORMS = {"sections": ("endmonth", "ordinal"), "leads": ("dmon", "fyq"),
              "closure": ("cell_monyy", "cell_dmy"), "feed": ("weekday", "dashed")}  # fmt: skip
DAY_FORMS = ("ordinal", "dmon", "cell_dmy", "weekday", "dashed")

HOLDOUT30: tuple[H30Family, ...] = (
    H30Family("rl-status-sections", "holdout30", "reportlab", ("none",), ("status-headings",),
              vocab="holdout30", layout="sections", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a quarterly highlight report whose actions are GROUPED "
                          "UNDER STATUS HEADINGS (Off track, Some slippage, On track, Completed, "
                          "Not yet started, each with a coloured rule and a count); each action "
                          "tagged [R3] to the recommendations, which are listed in an annex at "
                          "the END; lead and due date on a line under the action"),
    H30Family("docx-lead-officers", "holdout30", "docx", ("grid",), ("owners-by-ref",),
              vocab="holdout30", layout="leads", kpi=0.5, landscape=0.4, progress=0.5,
              description="Word printed by LibreOffice: a heading and a small grid table per "
                          "recommendation (ref, action, due, RAG word in a tinted cell, update); "
                          "the OWNERS are not in the table but in a 'Lead officers: <owner> "
                          "(2.1, 2.3); <owner> (2.2).' line under it, keyed by ref"),
    H30Family("xlsx-closure-log", "holdout30", "xlsx", ("grid",), ("closure-columns",),
              vocab="holdout30", layout="closure", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: an ACTION CLOSURE LOG, refs "
                          "2-01, a Rec column (Rec 2, texts listed above), owner, due date "
                          "cell, status (Open - on track .. Closed), then EVIDENCE columns: the "
                          "evidence required, whether it is held (Yes / Partial / No), who "
                          "approved closure and the date closed (a date cell: a distractor), "
                          "then the update"),
    H30Family("html-activity-feed", "holdout30", "chromium", ("none",), ("feed-posts",),
              vocab="holdout30", layout="feed", kpi=0.5, landscape=0.0, progress=0.6,
              description="HTML printed by Chromium: an activity feed from a collaboration "
                          "tool, one post per action, newest first: an avatar and '<owner> "
                          "(action owner) posted on <date>' (a distractor date), a breadcrumb "
                          "'Improvement plan > Recommendation 2', the action as the post title "
                          "with its ref, a status pill and 'Due <date>', the update as the body"),
)  # fmt: skip


def build_holdout30(fam: H30Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout30:{seed}:{fam.name}:{index}")
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
    approvers: list[str] = []
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    if layout == "sections":
        features.update(
            status_style="section-heading", order=rng.choice(("worst-first", "best-first"))
        )
    elif layout == "leads":
        features.update(status_style="word-tinted", owners_line="after-table")
    elif layout == "closure":
        approvers = rng.sample(APPROVERS, 2)
        features.update(status_style="word", approvers=approvers)
    else:
        features.update(status_style="pill", avatars=rng.choice(("initials", "blank")))
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
            status, rag = rng.choice(H30_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            drafts.append((num, k, text, owner, d, progress, status, rag))
    actions: list[H8Action] = []
    posted: dict[str, str] = {}
    evidence: dict[str, tuple[str, str, str, str | None]] = {}
    for seq, (num, k, text, owner, d, progress, status, rag) in enumerate(drafts, start=1):
        due_raw, due_date = h30_due(form, d)
        if layout == "sections":
            ref = f"{num}({'abcdefgh'[k - 1]})"
        elif layout == "leads":
            ref = f"{num}.{k}"
        elif layout == "closure":
            ref = f"{num}-{k:02d}"
            held = rng.choice(HELD[rag])
            approver, closed = "", None
            if rag == "blue":
                approver = rng.choice(approvers)
                cd = min(_months_after(issued, -rng.randint(0, 5)).replace(day=rng.randint(1, 28)),
                         issued)  # fmt: skip
                closed = cd.isoformat()
            evidence[ref] = (rng.choice(EVIDENCE), held, approver, closed)
        else:
            ref = f"ACT-{40 + 3 * seq + rng.randint(0, 2):03d}"
            pd = issued.replace(day=1)
            pd = min(_months_after(pd, -rng.randint(0, 2)).replace(day=rng.randint(1, 28)), issued)
            posted[ref] = f"{pd.day} {calendar.month_abbr[pd.month]} {pd.year}"
        actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H30_HEADERS.items()}
    title = {
        "sections": "Children's Services Improvement Plan: Quarterly Highlight Report",
        "leads": f"{authority} Council: Children's Services Improvement Plan",
        "closure": f"{authority} Council - Improvement Plan: Action Closure Log",
        "feed": "Improvement plan - activity",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS30[layout], actions=list(actions), kpis=kpis, headers=headers,
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
    if posted:
        plan.features["posted"] = posted
    if evidence:
        plan.features["evidence"] = evidence
    return plan
