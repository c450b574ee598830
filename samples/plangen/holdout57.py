"""The `holdout57` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout56).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout57.py`),
its output (`out/holdout57*`) or its results (`results/*holdout57*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout57 split"): a CONTENTS PAGE whose page ranges are the only
link (each recommendation's actions start on a new page; the action pages name no recommendation;
front matter numbered `i`, the body from 1; ReportLab); a RANGE MAPPING (one action table numbered
1..N in due order, a table at the front maps each recommendation to its actions as ranges and lists,
`Actions 1-4 and 9`; Word printed by LibreOffice); a status given only by three QUESTION COLUMNS
(`Started?`, `On schedule?`, `Signed off?`, answered Yes / No / Partly; Excel printed by LibreOffice
Calc); and a NOW / NEXT / LATER board whose due is given only by a legend defining each horizon,
some boxes overriding it with their own date (HTML printed by Chromium). A fifty-eighth header
vocabulary and date forms (`Q4 2026-27`, `14 Mar 27`, `first half of 2026/27`, `14.03.27`, a date
cell printed `Sun 14/03/2027`, `end of March 2027` in a legend).
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
from samples.plangen.holdout56 import H56Family


@dataclass(frozen=True, slots=True)
class H57Family(H56Family):
    """A holdout57 family: its own builder and renderer (checked before H56Family)."""


# Header and label wordings of holdout57, per layout (each plan draws one of each).
H57_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "contents": {
        "ref": ("Seq.", "Item no.", "Line no."),
        "action": ("Improvement step", "Step to take", "Task in hand"),
        "owner": ("Steward", "Officer in charge", "Tended by"),
        "due": ("Expected end", "Finish line", "Wrap-up"),
        "rag": ("Growth", "Condition", "Vigour"),
        "progress": ("Gardener's note", "Season's note", "Growth note"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Yardstick", "Indicator", "What we count"),
        "baseline": ("At planting", "Baseline", "Seedling value"),
        "latest": ("In leaf", "Latest", "Now growing"),
        "target": ("Full bloom", "Target", "Harvest goal"),
    },
    "ranges": {
        "ref": ("Action", "No.", "#"),
        "action": ("Action to deliver", "Piece of work", "Deliverable action"),
        "owner": ("Driver", "Conductor", "Lead on the line"),
        "due": ("Arrival", "Terminus", "Due in"),
        "rag": ("Service status", "Running state", "Line status"),
        "progress": ("Announcement", "Platform notice", "Service update"),
        "rec": ("Rec", "Recommendation no.", "R"),
        "indicator": ("Timetable measure", "Indicator", "Passenger measure"),
        "baseline": ("Departure value", "Baseline", "First stop"),
        "latest": ("Current stop", "Latest", "En route"),
        "target": ("Destination", "Target", "End of line"),
    },
    "questions": {
        "ref": ("Q-ref", "Tracker no.", "Entry"),
        "action": ("Commitment in full", "What we committed to", "Agreed step"),
        "owner": ("Answerable", "Named owner", "Responsible post"),
        "due": ("Close date", "Finish by date", "End date agreed"),
        "rag": ("Started?", "Started?", "Started?"),
        "progress": ("Narrative", "Free-text update", "Commentary box"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Question we measure", "Indicator", "Measure asked"),
        "baseline": ("Answer at start", "Baseline", "Start answer"),
        "latest": ("Answer now", "Latest", "Current answer"),
        "target": ("Answer wanted", "Target", "Aimed-for answer"),
    },
    "horizons": {
        "ref": ("Card no.", "Box", "Item"),
        "action": ("What happens", "Roadmap item", "Planned change"),
        "owner": ("Baker", "Chef", "Whisked by"),
        "due": ("Own date", "Own date", "Own date"),
        "rag": ("Bake", "Oven check", "Mix"),
        "progress": ("Taste test", "From the kitchen", "Oven note"),
        "rec": ("Rec", "Rec", "Rec"),
        "indicator": ("Ingredient measured", "Indicator", "Recipe measure"),
        "baseline": ("Raw", "Baseline", "Before baking"),
        "latest": ("Proving", "Latest", "Half-baked"),
        "target": ("Baked", "Target", "Perfect bake"),
    },
}  # fmt: skip
REC_LABELS57 = {"contents": "Recommendation {n}", "ranges": "{n}",
                "questions": "Recommendation {n}", "horizons": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); the questions layout prints answers (see QUESTION_ANSWERS)
H57_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "contents": (("In bloom", "green"), ("Wilting", "amber"), ("Frost-bitten", "red"),
                 ("Harvested", "blue"), ("Still a seed", None)),
    "ranges": (("Running to time", "green"), ("Signal delays", "amber"), ("Line closed", "red"),
               ("Journey complete", "blue"), ("Awaiting departure", None)),
    "questions": (("", "green"), ("", "amber"), ("", "red"), ("", "blue"), ("", None)),
    "horizons": (("Rising nicely", "green"), ("Sinking", "amber"), ("Scorched", "red"),
                 ("Cooling on the rack", "blue"), ("Still in the bowl", None)),
}  # fmt: skip
ANSWER_SETS = (("Yes", "No", "Partly", "n/a"), ("Y", "N", "P", "-"))

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS57 = ("Perpetua Addlestone", "Ezekiel Mbatha-Rowe", "Cllr Winifred Tolland",
            "Casimir Oyelaran", "Henrietta Pascoe-Wynn", "Lorcan Featherstone", "Anouk Ramsbottom",
            "Fitzroy Adebanjo", "Seraphina Lutwyche", "Oswin Carmody")  # fmt: skip


def answers(rag: str | None, on_time_done: bool) -> tuple[int, int, int]:
    """The questions' answers as indexes into an answer set (0 yes, 1 no, 2 partly, 3 n/a):
    (Started?, On schedule?, Signed off?). Signed off -> blue (on schedule yes or no); not started
    -> null; otherwise on schedule yes / partly / no -> green / amber / red."""
    if rag == "blue":
        return 0, 0 if on_time_done else 1, 0
    if rag is None:
        return 1, 3, 1
    return 0, {"green": 0, "amber": 2, "red": 1}[rag], 1


def h57_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout57 date form and the date it names.

    `Q4 2026-27` a financial-year quarter (Q1 April-June): its last day; `14 Mar 27` and
    `14.03.27` that day (two-digit year); `first half of 2026/27` 30 September 2026, `second half
    of 2026/27` 31 March 2027; `Sun 14/03/2027` (a date cell as Calc prints `ddd dd/mm/yyyy`) that
    day; `end of March 2027` (a horizon's legend) the last day of the month; `14 Feb 2027` (a
    box's own date) that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "fy-quarter":
        fy = d.year if d.month >= 4 else d.year - 1
        q = (d.month - 4) % 12 // 3 + 1
        end = month_last(date(d.year, ((d.month - 1) // 3) * 3 + 3, 1))
        return f"Q{q} {fy}-{(fy + 1) % 100:02d}", end
    if form == "short-day":
        return f"{d.day} {mon} {d.year % 100:02d}", d
    if form == "half-year":
        fy = d.year if d.month >= 4 else d.year - 1
        if d.month >= 4 and d.month <= 9:
            return f"first half of {fy}/{(fy + 1) % 100:02d}", date(fy, 9, 30)
        return f"second half of {fy}/{(fy + 1) % 100:02d}", date(fy + 1, 3, 31)
    if form == "dot-day":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "cell-day":
        return f"{calendar.day_abbr[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "legend":
        return f"end of {full} {d.year}", month_last(d)
    if form == "own-day":
        return f"{d.day} {mon} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"contents": ("fy-quarter", "short-day"), "ranges": ("half-year", "dot-day"),
              "questions": ("cell-day",), "horizons": ("legend",)}  # fmt: skip
PERIOD_FORMS = ("fy-quarter", "half-year", "legend")
HORIZONS = ("Now", "Next", "Later")

HOLDOUT57: tuple[H57Family, ...] = (
    H57Family("rl-contents-page-links", "holdout57", "reportlab", ("none",), ("contents",),
              vocab="holdout57", layout="contents", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a contents page (numbered `i`) lists each recommendation "
                          "with the pages its actions are on (`3-4`); each recommendation's "
                          "actions start on a new page, the action pages name no recommendation "
                          "(refs numbered through the plan, a repeated header row); dues `Q4 "
                          "2026-27` or `14 Mar 27`; footers with version, OFFICIAL, page x of y"),
    H57Family("docx-action-ranges", "holdout57", "docx", ("grid",), ("ranges",),
              vocab="holdout57", layout="ranges", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: one action table numbered 1..N in DUE "
                          "order (recommendations mixed, no recommendation column); a table at "
                          "the front maps each recommendation to its action numbers as ranges "
                          "and lists (`Actions 1-4 and 9`), the only link; a report-section "
                          "column (distractor); dues `second half of 2026/27` or `14.03.27`"),
    H57Family("xlsx-status-questions", "holdout57", "xlsx", ("grid",), ("questions",),
              vocab="holdout57", layout="questions", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a tracker under recommendation "
                          "banner rows whose status is given ONLY by three question columns "
                          "(`Started?`, `On schedule?`, `Signed off?`: Yes / No / Partly / n/a "
                          "or Y / N / P / -) and a note that says how they are read; dues date "
                          "cells printed `Sun 14/03/2027`"),
    H57Family("html-now-next-later", "holdout57", "chromium", ("none",), ("horizons",),
              vocab="holdout57", layout="horizons", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: a NOW / NEXT / LATER roadmap board, three "
                          "columns of boxes; the due is given only by a legend defining each "
                          "horizon (`Now = by the end of March 2027`), some boxes overriding it "
                          "with an own date; a `Rec 2` chip per box"),
)  # fmt: skip


def build_holdout57(fam: H57Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout57:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    layout = fam.layout
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(2, 5)).replace(day=rng.randint(3, 27))
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
    others = list(rng.sample(OTHERS57, 8))
    statuses = H57_STATUS[layout]
    # horizons: the end of each (a month's last day), counted from the issue date
    h_ends = [month_last(_months_after(issued, k)) for k in (rng.randint(2, 4),
                                                           rng.randint(7, 10),
                                                           rng.randint(14, 20))]  # fmt: skip
    horizon_of: list[int] = []

    def draw_due() -> tuple[str, date]:
        if layout == "horizons":
            hz = rng.choice((0, 0, 1, 1, 2))
            horizon_of.append(hz)
            if rng.random() < 0.3:  # an own date inside the horizon, before its end
                lo = issued if hz == 0 else h_ends[hz - 1]
                span = (h_ends[hz] - lo).days
                d = date.fromordinal(lo.toordinal() + rng.randint(10, max(11, span - 5)))
                return h57_due("own-day", d)
            return h57_due("legend", h_ends[hz])
        d = _months_after(start, rng.randint(4, 18))
        d = month_last(d) if form in PERIOD_FORMS else d.replace(day=rng.randint(1, 28))
        return h57_due(form, d)

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

    if layout == "contents":
        actions = renumber(actions, "{n:02d}" if rng.random() < 0.5 else "A{n:02d}")
        features.update(
            version=f"{rng.randint(1, 4)}.{rng.randint(0, 9)}",
            printed=issued.isoformat(),
            approver=others[5],
            marking=rng.choice(("OFFICIAL", "OFFICIAL-SENSITIVE")),
            glance=rng.random() < 0.6,
        )  # fmt: skip
    elif layout == "ranges":
        keyed = [(a.due_date or date.max, rng.random(), a) for a in actions]
        order = [a for _, _, a in sorted(keyed, key=lambda t: (t[0], t[1]))]
        actions = renumber(order, "{n}")
        features.update(
            sections=[f"{rng.randint(2, 6)}.{rng.randint(1, 9)}" for _ in recs],
            officer=others[5],
            printed=issued.isoformat(),
            prefix=rng.random() < 0.5,
            dash=rng.choice(("-", "–")),
        )  # fmt: skip
    elif layout == "questions":
        features.update(
            answer_set=rng.randrange(len(ANSWER_SETS)),
            on_time_done=[rng.random() < 0.6 for _ in actions],
            compiler=others[5],
            printed=issued.isoformat(),
        )  # fmt: skip
    else:
        # print order: Now column, then Next, then Later; in each by recommendation
        keyed2 = sorted(zip(horizon_of, range(len(actions)), actions, strict=True),
                        key=lambda t: (t[0], t[1]))  # fmt: skip
        actions = renumber([a for _, _, a in keyed2], "{n}")
        features.update(
            horizon=[hz for hz, _, _ in keyed2],
            h_ends=[d.isoformat() for d in h_ends],
            owner_of_board=others[5],
            printed=issued.isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H57_HEADERS[layout].items()}
    title = {
        "contents": "Improvement plan: the action schedule",
        "ranges": "Improvement plan actions and the recommendations they answer",
        "questions": "Improvement plan tracker",
        "horizons": "Improvement roadmap: now, next, later",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS57[layout], actions=list(actions), kpis=kpis, headers=headers,
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


def ranges_text(nums: list[int], dash: str) -> str:
    """`1-4, 9 and 11`: runs of two or more consecutive numbers as a range (two as a list)."""
    runs: list[list[int]] = []
    for n in sorted(nums):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for r in runs:
        if len(r) >= 3:
            parts.append(f"{r[0]}{dash}{r[-1]}")
        else:
            parts.extend(str(x) for x in r)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]
