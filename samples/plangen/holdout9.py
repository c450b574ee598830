"""The `holdout9` split: plan layouts that differ in kind from every family of the ten earlier
splits (tune, measure, holdout, holdout2 .. holdout8).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout9.py`),
its output (`out/holdout9*`) or its results (`results/*holdout9*`); it is scored, never tuned on.

What differs from the 52 earlier families (see README.md "The holdout9 split"): a PMO EXCEPTION
REPORT (a summary table of every task with its agreed date, then detail only for the tasks off
track or needing attention: the reason, the path to green and a revised date that replaces the
agreed one); a TRANSPOSED plan (fields as rows, tasks as columns, a table per recommendation, RAG
as a coloured circle read through a key); a SCRUTINY COMMITTEE's tracker of its own
recommendations with the council's response (accepted, partly accepted, not accepted: no task);
a plan whose table is printed as TWO SIDE-BY-SIDE HALVES on one sheet. An eleventh header
vocabulary, new date forms (`Wk 14 2026`, `31.03.2026`, `By end of March 2026`, `End Q2
2026/27`) status words (`On course`, `Needs attention`, `Off track`, `Delivered`,
`Superseded`) and owners printed as e-mail addresses.
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
from samples.plangen.holdout8 import TEAMS, H8Action, H8Family, H8Plan, _email


@dataclass(frozen=True, slots=True)
class H9Family(H8Family):
    """A holdout9 family: its own builder and renderer (checked before H8Family)."""


# Header and label wordings of holdout9: none is a header of the ten earlier vocabularies.
H9_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Task no.", "Tracker no.", "Line item"),
    "action": ("What will be delivered", "Planned deliverable", "Deliverable agreed"),
    "owner": ("Delivery owner", "Task owner", "Officer delivering"),
    "due": ("Deadline agreed", "Expected delivery", "Delivery date"),
    "rag": ("Status now", "Tracker status", "Delivery rating"),
    "progress": ("Latest commentary", "Update from owner", "Owner's commentary"),
    "rec": ("Linked to", "Source rec", "Scrutiny rec"),
    "indicator": ("Metric tracked", "What we are measuring", "Outcome metric"),
    "baseline": ("Figure at outset", "Base position", "Starting figure"),
    "latest": ("Most recent figure", "Figure at last count", "Current figure"),
    "target": ("Level to reach", "Figure we expect", "End target"),
}
REC_LABELS9 = ("Area of focus {n}: ", "AoF {n} – ", "Priority recommendation {n}: ")

H9_DATES = ("isoweek", "dotted", "by_end", "quarter_fy", "open")
OPEN_FORMS9 = ("Rolling programme", "Business as usual")
H9_STATUS = (("On course", "green"), ("Needs attention", "amber"), ("Off track", "red"),
             ("Delivered", "blue"), ("Superseded", None))  # fmt: skip
TINT9 = {"green": "#2E9E4F", "amber": "#F2A900", "red": "#D0312D", "blue": "#2F6DB5"}
RESPONSES = ("Accepted", "Partly accepted", "Not accepted")


def h9_due(form: str, d: date, rng: random.Random) -> tuple[str, date | None]:
    """Printed text of a holdout9 due-date form and the date it names (d is a month end).

    The rule stays the END of what is printed: `Wk 14 2026` is the Sunday that ends ISO week
    14; `31.03.2026` is that day; `By end of March 2026` is 31 March; `End Q2 2026/27` is the end
    of the financial year's second quarter (30 September 2026); `Rolling programme` and
    `Business as usual` have no due date.
    """
    y, m = d.year, d.month
    if form == "isoweek":
        iy, wk, _ = d.isocalendar()
        return f"Wk {wk} {iy}", date.fromisocalendar(iy, wk, 7)
    if form == "dotted":
        day = rng.choice((d.day, rng.randint(1, 28)))
        return f"{day:02d}.{m:02d}.{y}", date(y, m, day)
    if form == "by_end":
        return f"By end of {calendar.month_name[m]} {y}", d
    if form == "quarter_fy":
        first = y if m >= 4 else y - 1
        q = (m - 4) % 12 // 3 + 1
        end_m = (3 + 3 * q) % 12 or 12
        end_y = first if q < 4 else first + 1
        last = calendar.monthrange(end_y, end_m)[1]
        return f"End Q{q} {first}/{(first + 1) % 100:02d}", date(end_y, end_m, last)
    if form == "open":
        return OPEN_FORMS9[rng.randint(0, 1)], None
    raise ValueError(form)


@dataclass(slots=True)
class H9Action(H8Action):
    reason: str = ""  # exception: why it is off track
    path: str = ""  # exception: the path to green
    agreed_raw: str = ""  # exception: the agreed date printed in the summary (superseded)


HOLDOUT9: tuple[H9Family, ...] = (
    H9Family("rl-pmo-exception-report", "holdout9", "reportlab", ("grid",), ("column",),
             vocab="holdout9", layout="exception", kpi=0.0, landscape=0.5, progress=0.5,
             description="ReportLab: a PMO exception report, a summary table of every task "
                         "(agreed date, status word), then an exception block only for the "
                         "tasks off track or needing attention: reason, path to green and a "
                         "revised date that replaces the agreed one"),
    H9Family("html-transposed-plan", "holdout9", "chromium", ("grid",), ("heading",),
             vocab="holdout9", layout="transposed", kpi=0.6, landscape=1.0, progress=0.7,
             description="HTML printed by Chromium: a transposed plan, a table per "
                         "recommendation with the field names down the first column and one "
                         "column per task; the status a coloured circle read through a key"),
    H9Family("docx-scrutiny-response", "holdout9", "docx", ("grid",), ("column",),
             vocab="holdout9", layout="scrutiny", kpi=0.0, landscape=1.0, progress=0.7,
             description="Word printed by LibreOffice: a scrutiny committee's tracker of its own "
                         "recommendations, the council's response (accepted, partly accepted, "
                         "not accepted with no task) and the tasks agreed, the recommendation "
                         "printed only on its first row"),
    H9Family("xlsx-side-by-side-halves", "holdout9", "xlsx", ("grid",), ("column",),
             vocab="holdout9", layout="halves", kpi=0.6, landscape=1.0, progress=0.0,
             description="Excel printed by LibreOffice Calc: the task table printed as two "
                         "side-by-side halves on one landscape sheet (the same header twice, "
                         "tasks continuing from the foot of the left half to the top of the "
                         "right), a link column, owners as e-mail addresses, a metrics sheet"),
)  # fmt: skip

REASONS = ("Recruitment to key posts has taken longer than planned",
           "Dependency on the case recording system upgrade",
           "Partner agency capacity has been reduced this quarter",
           "Scope widened after the last Improvement Board",
           "Data quality issues found during testing")  # fmt: skip
PATHS = ("Interim staff in post; recovery plan agreed with the sponsor",
         "Weekly check-ins with the supplier until go-live",
         "Escalated to the partnership executive for a decision",
         "Revised milestones agreed; extra analyst time allocated",
         "Pilot in one locality first, then roll out")  # fmt: skip


def _owner(rng: random.Random, layout: str, authority: str) -> tuple[str, str]:
    """(owner as scored, owner as printed)."""
    if layout == "halves" and rng.random() < 0.75:
        mail = _email(rng.choice(C.PEOPLE), authority)
        return mail, mail
    if layout == "scrutiny" and rng.random() < 0.4:
        owner = rng.choice(TEAMS)
        return owner, owner
    title = rng.choice(C.TITLES)
    return title, title


def build_holdout9(fam: H9Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout9:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2024, 2025, 2026)), rng.choice((1, 4, 6, 9, 10)), 1)
    issued = _months_after(start, rng.randint(4, 8)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    responses: dict[str, str] = {}
    if fam.layout == "scrutiny":
        for num, _ in recs:
            responses[num] = rng.choices(RESPONSES, (6, 2, 1))[0]
        if all(r == "Not accepted" for r in responses.values()):
            responses[recs[0][0]] = "Accepted"
    actions: list[H9Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        if responses.get(num) == "Not accepted":
            continue
        hi = 2 if responses.get(num) == "Partly accepted" else min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(1 if hi == 2 else 2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(1, 20))
            owner, printed = _owner(rng, fam.layout, authority)
            status, rag = rng.choice(H9_STATUS)
            progress = rng.choice(C.PROGRESS) if has_progress and rng.random() < 0.85 else None
            form = rng.choice(H9_DATES)
            if fam.layout == "halves" and form == "by_end":
                form = "dotted"
            due_raw, due_date = h9_due(form, d, rng)
            a = H9Action("", text, owner, due_raw, due_date, progress, status, rag, [num],
                         printed_owner=printed)  # fmt: skip
            if fam.layout == "exception":
                a.ref = f"{num}.{k}"
                if rag in ("red", "amber"):
                    # the summary prints the agreed date; the exception block a revised one
                    a.agreed_raw = due_raw
                    nd = _months_after(d, rng.randint(2, 5))
                    a.due_raw, a.due_date = h9_due("dotted", nd, rng)
                    a.reason, a.path = rng.choice(REASONS), rng.choice(PATHS)
            elif fam.layout == "transposed":
                a.ref = f"T{num}.{k}"
            elif fam.layout == "scrutiny":
                a.ref = f"{num}{'abcdefgh'[k - 1]}"
            elif fam.layout == "halves":
                a.ref = f"{seq:02d}"
                if len(recs) > 1 and rng.random() < 0.25:
                    other = rng.choice([n for n, _ in recs if n != num])
                    a.recs = sorted([num, other], key=int)
            actions.append(a)
    headers = {role: rng.choice(words) for role, words in H9_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        for spec in rng.sample(C.KPIS, rng.randint(4, 7)):
            v = [_kpi_value(rng, spec.kind) for _ in range(3)]
            kpis.append(H7Kpi(spec.indicator, v[0], v[1], v[2]))
    fy = start.year if start.month >= 4 else start.year - 1
    title = {
        "exception": f"{authority} Improvement Programme: Exception Report",
        "transposed": f"{authority} Children's Services Improvement Plan {fy}/{(fy + 1) % 100:02d}",
        "scrutiny": f"Children and Young People Scrutiny Committee: {authority} Council "
                    "response and progress tracker",
        "halves": f"{authority} Practice Improvement Tracker",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS9), actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "responses": responses,
        "exceptions": sum(1 for a in actions if a.agreed_raw),
    }  # fmt: skip
    return plan
