"""The `holdout11` split: plan layouts that differ in kind from every family of the twelve
earlier splits (tune, measure, holdout, holdout2 .. holdout10).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout11.py`),
its output (`out/holdout11*`) or its results (`results/*holdout11*`); it is scored, never tuned on.

What differs from the 60 earlier families (see README.md "The holdout11 split"): an A3 PLAN ON A
PAGE poster (ReportLab: recommendations as coloured column headings, actions as sticky notes
under each); a WE FOUND / WE WILL page (HTML printed by Chromium: per row the finding left, the
council's commitments right as a list with owner/date/status tags); a Word plan SPLIT INTO A PLAN
TABLE and a later PROGRESS TABLE keyed by the same action numbers; a QUARTERLY workbook (Excel:
actions as rows, quarters as column groups each with a status and a commentary; the status now
is the last filled quarter). A thirteenth header vocabulary, new date forms (`31.10.2026`,
`2026-10`, `October '26`, `close of Oct 2026`) and status words.
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
from samples.plangen.holdout10 import H10Family


@dataclass(frozen=True, slots=True)
class H11Family(H10Family):
    """A holdout11 family: its own builder and renderer (checked before H10Family)."""


# Header and label wordings of holdout11 (none a header of the twelve earlier vocabularies).
H11_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Pledge no.", "Undertaking no.", "Item #"),
    "action": ("What we commit to", "Our undertaking", "What we have pledged"),
    "owner": ("Steward", "Named steward", "Carried by"),
    "due": ("Pledged date", "Promised for", "Fulfil by"),
    "rag": ("Barometer", "Confidence level", "Self-assessment"),
    "progress": ("Storyline", "Narrative for the quarter", "Latest happenings"),
    "indicator": ("Yardstick", "Outcome we track", "Gauge"),
    "baseline": ("Benchmark at start", "Base figure", "Where we began"),
    "latest": ("Reading at last count", "Newest reading", "Figure as of now"),
    "target": ("Figure we are aiming for", "Stretch aim", "Figure hoped for"),
}
REC_LABELS11 = (
    "Inspectors told us ({n}): ",
    "Concern raised {n} / ",
    "What needs to change #{n}: ",
)

# status words per layout: (word, rag)
H11_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "poster": (("Full steam", "green"), ("Wobbling", "amber"), ("Derailed", "red"),
               ("Ticked off", "blue"), ("Parked", None)),
    "found": (("Sound", "green"), ("Fragile", "amber"), ("Failing", "red"),
              ("Bedded in", "blue"), ("Yet to start", None)),
    "split": (("Moving forward", "green"), ("Needs a push", "amber"), ("Blocked", "red"),
              ("Concluded", "blue"), ("Not underway", None)),
    "quarters": (("Satisfactory", "green"), ("Requires a nudge", "amber"),
                 ("Raise to board", "red"), ("Finalised", "blue"), ("In the queue", None)),
}  # fmt: skip
TINT11 = {"green": "#2E8B57", "amber": "#F0A500", "red": "#B22222", "blue": "#3A5FCD"}


def h11_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout11 due-date form and the date it names (d is a month end).

    `31.10.2026` -> that day; `2026-10` (ISO year-month) -> 31 Oct 2026; `October '26` -> 31 Oct
    2026; `close of Oct 2026` -> 31 Oct
    2026.
    """
    y, m = d.year, d.month
    if form == "dots":
        return f"{d.day:02d}.{m:02d}.{y}", d
    if form == "isomonth":
        return f"{y}-{m:02d}", d
    if form == "apos":
        return f"{calendar.month_name[m]} '{y % 100:02d}", d
    if form == "close":
        return f"close of {calendar.month_abbr[m]} {y}", d
    raise ValueError(form)


HOLDOUT11: tuple[H11Family, ...] = (
    H11Family("rl-plan-on-a-page", "holdout11", "reportlab", ("boxes",), ("columns",),
              vocab="holdout11", layout="poster", kpi=0.5, landscape=1.0, progress=0.0,
              description="ReportLab: an A3 landscape plan-on-a-page poster, each recommendation "
                          "a coloured column heading, its actions sticky-note boxes stacked "
                          "under it (owner, date, status word and dot); a measures strip along "
                          "the foot in half"),
    H11Family("html-we-found-we-will", "holdout11", "chromium", ("none",), ("two_column",),
              vocab="holdout11", layout="found", kpi=0.6, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a two-column 'We found / We will' page, "
                          "the finding left, the council's commitments right as a bulleted list, "
                          "each bullet ending in a line of tags (owner, date, status pill)"),
    H11Family("docx-plan-then-progress", "holdout11", "docx", ("grid",), ("split_tables",),
              vocab="holdout11", layout="split", kpi=0.5, landscape=0.0, progress=0.9,
              description="Word printed by LibreOffice: a 'Plan' table (no., action, owner, "
                          "date, recommendation no.) and, after narrative sections, a separate "
                          "'Progress' table keyed by the same numbers (status, commentary)"),
    H11Family("xlsx-quarterly-tracker", "holdout11", "xlsx", ("grid",), ("quarter_groups",),
              vocab="holdout11", layout="quarters", kpi=0.6, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: actions as rows, four quarter "
                          "column groups each with status + commentary, later quarters blank; "
                          "the status now is the last filled quarter"),
)  # fmt: skip


QUARTER_NOTE_LABELS = ("Update", "Note", "Comment")
QUARTER_NOTE_TEXTS = ("on track with partners", "audit completed", "recruitment under way",
                      "awaiting board sign-off", "training delivered to two teams")  # fmt: skip


def quarter_notes(plan: H8Plan, filled: int) -> dict[str, list[str]]:
    """The commentary the tracker prints in each filled quarter, per action ref, drawn in print
    order from the plan's render seed: the renderer prints exactly these, and since round 63 the
    gold's progress is the latest one (what a board reads as the update; holdout61's convention).
    Before, the gold held no progress for this layout: a conflict between two splits' gold."""
    rng = random.Random(plan.seed_rng)
    notes: dict[str, list[str]] = {}
    for num, _ in plan.recs:
        for a in plan.per_rec(num):
            notes[a.ref] = [f"{rng.choice(QUARTER_NOTE_LABELS)}: {rng.choice(QUARTER_NOTE_TEXTS)}"
                            for _ in range(filled)]  # fmt: skip
    return notes


def build_holdout11(fam: H11Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout11:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(3, 6)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5) if fam.layout == "poster" else rng.randint(3, 7)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    statuses = H11_STATUS[fam.layout]
    forms = {"poster": ("apos", "dots"), "found": ("isomonth", "apos"), "split": ("dots",),
             "quarters": ("close", "isomonth")}[fam.layout]  # fmt: skip
    n_quarters_filled = rng.randint(1, 4)
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4 if fam.layout == "poster" else 6, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(1, 18))
            if fam.layout == "found":
                owner = f"{rng.choice(C.TITLES)} ({rng.choice(C.PEOPLE)})"
            elif fam.layout == "poster":
                owner = rng.choice(C.PEOPLE)
            else:
                owner = rng.choice(C.TITLES)
            status, rag = rng.choice(statuses)
            progress = rng.choice(C.PROGRESS) if has_progress and rng.random() < 0.85 else None
            if fam.layout == "quarters" and status is not None:
                progress = None  # commentary per quarter lives in features, not in gold
            due_raw, due_date = h11_due(rng.choice(forms), d)
            ref = {"poster": f"{num}{'abcdef'[k - 1]}", "found": f"{num}.{k}",
                   "split": str(seq), "quarters": f"A{seq:02d}"}[fam.layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H11_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    # quarterly tracker: earlier quarters' statuses (history), the last filled is the status now
    history: list[list[str]] = []
    if fam.layout == "quarters":
        words = [w for w, _ in statuses]
        for a in actions:
            hist = [rng.choice(words) for _ in range(n_quarters_filled - 1)]
            history.append(hist + [a.status or words[-1]])
            if a.status is None:
                a.status, a.rag = words[-1], None
    fy = start.year if start.month >= 4 else start.year - 1
    title = {
        "poster": f"{authority}: Our Improvement Plan on a Page",
        "found": f"{authority} Children's Services: What inspectors found and what we will do",
        "split": f"{authority} Council Post-Inspection Improvement Plan",
        "quarters": f"{authority} Improvement Tracker {fy}/{(fy + 1) % 100:02d} by quarter",
    }[fam.layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=rng.choice(REC_LABELS11), actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    if fam.layout == "quarters":  # the latest filled quarter's commentary is the update
        notes = quarter_notes(plan, n_quarters_filled)
        for a in plan.actions:
            a.progress = notes[a.ref][-1]
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "history": history, "quarters_filled": n_quarters_filled,
        "fy": fy,
    }  # fmt: skip
    return plan
