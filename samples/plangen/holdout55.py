"""The `holdout55` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout54).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout55.py`),
its output (`out/holdout55*`) or its results (`results/*holdout55*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout55 split"): an INFOGRAPHIC CALLOUT page, numbered markers on
a drawn route strip divided into recommendation sections, each marker joined by a drawn leader
line to a callout box with the action, its owner, due and status; the link only by the section
the marker sits in (ReportLab); INLINE LETTERED CLAUSES, each recommendation answered by one
paragraph of prose whose actions are clauses `(a) ...; (b) ...`, each ending in a parenthesis
holding its owner and due in varying order, the statuses on a separate `Position` line keyed by
letter (Word printed by LibreOffice); a COLOUR-KEY LINK, the recommendations listed once in a
legend each with its own coloured chip, the actions in one table in due order carrying only a chip
of that colour (Excel printed by LibreOffice Calc); and a DUE-MONTH DIGEST, sections headed by
month (`March 2027`) holding the actions due then, the recommendation in brackets at the end, and
a `Completed earlier` section (HTML printed by Chromium). A fifty-sixth header vocabulary and date
forms (`14 Mar. 2027`, `Mar. 2027`, `14th day of March 2027`, `within March 2027`, `14.3.2027`,
`3.2027`, a month heading).
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
from samples.plangen.holdout54 import H54Family


@dataclass(frozen=True, slots=True)
class H55Family(H54Family):
    """A holdout55 family: its own builder and renderer (checked before H54Family)."""


# Header and label wordings of holdout55, per layout (each plan draws one of each).
H55_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "callout": {
        "ref": ("Stop", "Marker", "Pin"),
        "action": ("What happens here", "At this stop", "Callout"),
        "owner": ("Driver", "Guide", "Who takes us there"),
        "due": ("Arrive", "ETA", "Reach it by"),
        "rag": ("Road state", "Conditions", "Traffic"),
        "progress": ("Travel news", "Route update", "Dispatch"),
        "rec": ("Section", "Leg", "Stretch"),
        "indicator": ("Milestone measure", "Indicator", "Signpost"),
        "baseline": ("Setting off", "Baseline", "Departure point"),
        "latest": ("En route", "Latest", "Mileage so far"),
        "target": ("Destination", "Target", "Journey's goal"),
    },
    "clauses": {
        "ref": ("Clause", "Limb", "Sub-paragraph"),
        "action": ("Undertaking", "Response", "Our answer"),
        "owner": ("Responsible", "Answerable", "Charged"),
        "due": ("by", "no later than", "on or before"),
        "rag": ("Position", "State of delivery", "Standing of each limb"),
        "progress": ("Progress since the last board", "What has moved", "Narrative of progress"),
        "rec": ("Ofsted recommendation", "Recommendation", "Inspectors recommended"),
        "indicator": ("Assurance measure", "Indicator", "Test of impact"),
        "baseline": ("When inspected", "Baseline", "At the inspection"),
        "latest": ("Most recently", "Latest", "Last return"),
        "target": ("Required", "Target", "To be achieved"),
    },
    "colour": {
        "ref": ("Tag", "Item no.", "Line no."),
        "action": ("Action to take", "What we do", "Piece of work"),
        "owner": ("Led by", "Lead post", "Carried by"),
        "due": ("Finish date", "Done by", "Closing date"),
        "rag": ("Shade", "Hue", "Tone"),
        "progress": ("Brushstrokes", "Latest word", "Notes to date"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Palette measure", "Indicator", "What we track"),
        "baseline": ("First coat", "Baseline", "Before"),
        "latest": ("Second coat", "Latest", "So far"),
        "target": ("Finished piece", "Target", "Aim for"),
    },
    "month": {
        "ref": ("#", "No.", "Entry"),
        "action": ("Falling due", "Due this month", "On the list"),
        "owner": ("Whose desk", "Who carries it", "Named person"),
        "due": ("Month due", "Due in", "Month"),
        "rag": ("Outlook", "Forecast", "Looking like"),
        "progress": ("Last heard", "Word from the lead", "Where it got to"),
        "rec": ("R", "Rec", "Rec."),
        "indicator": ("Monthly measure", "Indicator", "Counted each month"),
        "baseline": ("Month zero", "Baseline", "Starting month"),
        "latest": ("This month", "Latest", "Last month"),
        "target": ("Final month", "Target", "End goal"),
    },
}  # fmt: skip
REC_LABELS55 = {"callout": "R{n}", "clauses": "Recommendation {n}:",
                "colour": "Recommendation {n}", "month": "R{n}"}  # fmt: skip

# status per layout: (printed, rag)
H55_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "callout": (("Clear road", "green"), ("Roadworks", "amber"), ("Road closed", "red"),
                ("Journey's end", "blue"), ("Not yet set off", None)),
    "clauses": (("Proceeding as agreed", "green"), ("Requires intervention", "amber"),
                ("Materially off course", "red"), ("Fully discharged", "blue"),
                ("Yet to be commenced", None)),
    "colour": (("Vivid", "green"), ("Fading", "amber"), ("Washed out", "red"),
               ("Finished canvas", "blue"), ("Blank canvas", None)),
    "month": (("Holding to date", "green"), ("Cutting it fine", "amber"),
              ("Won't make it", "red"), ("Banked", "blue"), ("Not picked up", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS55 = ("Perpetua Ellingham", "Osric Mbatha-Lowe", "Cllr Henrietta Vance",
            "Leopold Arkwright-Oyelaran", "Saffron Delacourt", "Isidore Penhallow",
            "Tamsin Achterberg", "Cosmo Ridley-Nwosu", "Evangeline Prout", "Rufus Okonjo-Hale")  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def h55_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout55 date form and the date it names.

    `14 Mar. 2027`, `14th day of March 2027` and `14.3.2027` are that day; `Mar. 2027`, `March
    2027` (clauses: printed `within March 2027`; month digest: the section heading) and `3.2027`
    end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "dot-abbr-day":
        return f"{d.day} {mon}. {d.year}", d
    if form == "dot-abbr-month":
        return f"{mon}. {d.year}", month_last(d)
    if form == "legal-day":
        return f"{_ordinal(d.day)} day of {full} {d.year}", d
    if form == "within-month" or form == "heading":
        return f"{full} {d.year}", month_last(d)
    if form == "dots-day":
        return f"{d.day}.{d.month}.{d.year}", d
    if form == "dots-month":
        return f"{d.month}.{d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"callout": ("dot-abbr-day", "dot-abbr-month"),
              "clauses": ("legal-day", "within-month"),
              "colour": ("dots-day", "dots-month"), "month": ("heading",)}  # fmt: skip
MONTH_FORMS = ("dot-abbr-month", "within-month", "dots-month", "heading")
LETTERS = "abcdefgh"

HOLDOUT55: tuple[H55Family, ...] = (
    H55Family("rl-callout-infographic", "holdout55", "reportlab", ("none",), ("strip",),
              vocab="holdout55", layout="callout", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: an infographic page, a drawn route strip divided into "
                          "coloured recommendation sections (`R2`, the texts in a key above), "
                          "numbered round markers on it, each joined by a drawn leader line to "
                          "a callout box above or below holding the action, owner, due and "
                          "status; the link only by the section the marker sits in; checkpoint "
                          "flags as distractors"),
    H55Family("docx-lettered-clauses", "holdout55", "docx", ("none",), ("paragraph",),
              vocab="holdout55", layout="clauses", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: each recommendation answered by ONE "
                          "paragraph of prose whose actions are lettered clauses `(a) ...; (b) "
                          "...`, each ending in a parenthesis holding its owner and due in "
                          "varying order; the statuses on a `Position` line keyed by letter; "
                          "other people and dates in the prose"),
    H55Family("xlsx-colour-key-link", "holdout55", "xlsx", ("hrules",), ("colour_key",),
              vocab="holdout55", layout="colour", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: the recommendations listed once "
                          "in a legend, each with its own coloured chip; the actions in ONE "
                          "table in due order, each carrying only a chip cell of its "
                          "recommendation's colour (no recommendation number anywhere near it)"),
    H55Family("html-due-month-digest", "holdout55", "chromium", ("hrules",), ("due_month",),
              vocab="holdout55", layout="month", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a digest grouped by DUE MONTH, a heading "
                          "per month (`March 2027`) with the actions due then (the due only "
                          "from the heading), each with its recommendation in brackets at its "
                          "end and its owner right-aligned; a `Completed earlier` section with "
                          "completion dates (distractors) for the finished actions"),
)  # fmt: skip


def build_holdout55(fam: H55Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout55:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS55, 8))
    statuses = H55_STATUS[layout]

    def draw_due() -> tuple[str, date]:
        d = _months_after(start, rng.randint(4, 16))
        d = month_last(d) if form in MONTH_FORMS else d.replace(day=rng.randint(1, 28))
        return h55_due(form, d)

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
            ref = f"{num}({LETTERS[k - 1]})" if layout == "clauses" else f"{num}.{k}"
            acts.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                 [num], printed_owner=owner))  # fmt: skip
        per_rec.append(acts)
    actions: list[H8Action] = [a for acts in per_rec for a in acts]
    features: dict[str, object] = {}

    def renumber(order: list[H8Action], fmt: str) -> list[H8Action]:
        return [H8Action(fmt.format(n=i), a.text, a.owner, a.due_raw, a.due_date, a.progress,
                         a.status, a.rag, list(a.recs), printed_owner=a.owner)
                for i, a in enumerate(order, start=1)]  # fmt: skip

    if layout == "callout":
        # pages of whole recommendations (at most 8 actions a page); markers numbered 1.. through
        # the plan in route order (section by section, in ref order within a section)
        pages: list[list[str]] = []
        cur: list[str] = []
        count = 0
        for (num, _), acts in zip(recs, per_rec, strict=True):
            if cur and count + len(acts) > 8:
                pages.append(cur)
                cur, count = [], 0
            cur.append(num)
            count += len(acts)
        pages.append(cur)
        actions = renumber(actions, "{n}")
        features.update(
            pages=pages,
            checkpoints=[[(h55_due(form, some_day(rng.randint(-3, 3)))[0],
                           rng.choice(others[:5])) for _ in range(rng.randint(1, 2))]
                         for _ in pages],
            designer=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "clauses":
        features.update(
            owner_first=[rng.random() < 0.5 for _ in actions],
            boards=[some_day(rng.randint(1, 4)).isoformat() for _ in recs],
            presenters=[rng.choice(others[:5]) for _ in recs],
            reporters=[rng.choice(others[:5]) for _ in recs],
            report_by=[h55_due(form, _months_after(start, rng.randint(3, 12)).replace(
                day=rng.randint(1, 28)))[0] for _ in recs],
            position_date=some_day(0).isoformat(),
            signatory=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "colour":
        order = sorted(actions, key=lambda a: (a.due_date or date.max, a.recs[0], a.ref))
        actions = renumber(order, "{n:02d}")
        features.update(
            loggers=[rng.choice(others[:5]) for _ in actions],
            logged=[h55_due(form, start + timedelta(days=rng.randint(0, 60)))[0]
                    for _ in actions],
            sponsors=[rng.choice(others[:5]) for _ in recs],
            compiler=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    else:
        # month digest: open actions under their due month, finished (blue) ones in `Completed
        # earlier`; numbered 1.. in the printed order
        open_ = sorted((a for a in actions if a.rag != "blue"),
                       key=lambda a: (a.due_date or date.max, a.recs[0], a.ref))  # fmt: skip
        done = [a for a in actions if a.rag == "blue"]
        actions = renumber(open_ + done, "{n}")
        months = sorted({(a.due_date.year, a.due_date.month) for a in actions[: len(open_)]
                         if a.due_date})  # fmt: skip
        features.update(
            n_open=len(open_),
            completed=[some_day(rng.randint(0, 4)).isoformat() for _ in done],
            chairs=[rng.choice(others[:5]) for _ in months],
            reviews=[(date(y, m, 1) - timedelta(days=rng.randint(3, 20))).isoformat()
                     for y, m in months],
            editor=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H55_HEADERS[layout].items()}
    title = {
        "callout": "Our improvement journey at a glance",
        "clauses": "Response to the inspection recommendations",
        "colour": "Improvement plan: colour-keyed action list",
        "month": "Improvement plan: what falls due when",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS55[layout], actions=list(actions), kpis=kpis, headers=headers,
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
