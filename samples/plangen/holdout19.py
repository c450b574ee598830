"""The `holdout19` split: plan layouts that differ in kind from every family of the twenty
earlier splits (tune, measure, holdout, holdout2 .. holdout18).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout19.py`),
its output (`out/holdout19*`) or its results (`results/*holdout19*`); it is scored, never tuned on.

What differs from the 92 earlier families (see README.md "The holdout19 split"): a committee pack
whose LANDSCAPE action table is printed ROTATED 90 degrees on PORTRAIT pages after an upright
covering report (ReportLab); a Word plan whose action table has a TWO-ROW GROUPED HEADER
('Accountability' over Lead | Sponsor, 'Timescale' over Start | End, 'Progress' over RAG |
Commentary) so two person columns and two date columns (Word printed by LibreOffice); one sheet of
STACKED BLOCKS, one per recommendation, each with its OWN header row in its own column order and
wording, as when service areas paste in their own templates (Excel printed by LibreOffice Calc);
an intranet page printed with a LEFT SIDEBAR (the recommendations, a 'Related links' box) repeated
on every page beside a main column of action blocks with inline 'Owner · Due · Status' metadata
(HTML printed by Chromium). A twenty-first header vocabulary, new date forms and status words.
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
from samples.plangen.holdout14 import H14Family


@dataclass(frozen=True, slots=True)
class H19Family(H14Family):
    """A holdout19 family: its own builder and renderer (checked before H18Family)."""


# Header and label wordings of holdout19.
H19_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Action no.", "ID"),
    "rec": ("Recommendation", "Ofsted recommendation", "Linked recommendation"),
    "action": ("Action", "Action to be taken", "Improvement activity"),
    "owner": ("Lead", "Lead officer", "Owner"),
    "sponsor": ("Sponsor", "Senior sponsor", "Executive sponsor"),
    "start": ("Start", "From", "Start date"),
    "due": ("End", "To", "End date"),
    "deadline": ("Due date", "Target date", "Completion date"),
    "rag": ("RAG", "Status", "Rating"),
    "progress": ("Commentary", "Update", "Comments"),
    "indicator": ("Measure", "Performance measure", "Indicator"),
    "baseline": ("Baseline", "Starting point", "At inspection"),
    "latest": ("Current", "Latest", "Position now"),
    "target": ("Target", "Target (end of plan)", "Goal"),
}
# the recommendation's label per layout ({n} its number)
REC_LABELS19 = {
    "rotated": "Recommendation {n}",
    "grouped": "Recommendation {n}",
    "blocks": "Recommendation {n}",
    "sidebar": "Recommendation {n}",
}

# status words per layout: (word, rag)
H19_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "rotated": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Complete", "blue"),
                ("Not yet due", None)),
    "grouped": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue", "blue"),
                ("Grey", None)),
    "sidebar": (("On track", "green"), ("Needs attention", "amber"), ("Behind schedule", "red"),
                ("Achieved", "blue"), ("Not started", None)),
}  # fmt: skip

# the stacked-blocks templates: each service area's own column order, wording, statuses and
# date format (an Excel number format and the form the builder prints it in)
BLOCK_TEMPLATES: tuple[dict[str, object], ...] = (
    {"cols": ("ref", "action", "owner", "due", "rag"),
     "words": {"ref": "Ref", "action": "Action", "owner": "Lead", "due": "Target date",
               "rag": "RAG"},
     "status": (("G", "green"), ("A", "amber"), ("R", "red"), ("C", "blue"), ("-", None)),
     "xl": "DD/MM/YYYY", "form": "slash", "owner": "post"},
    {"cols": ("action", "owner", "rag", "due", "progress"),
     "words": {"action": "What we will do", "owner": "Responsible officer", "rag": "Status",
               "due": "Deadline", "progress": "Comments"},
     "status": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
                ("Completed", "blue"), ("Not started", None)),
     "xl": "D MMM YYYY", "form": "short", "owner": "person"},
    {"cols": ("due", "ref", "action", "owner", "rag"),
     "words": {"due": "By when", "ref": "No.", "action": "Task", "owner": "Who",
               "rag": "Progress (RAG)"},
     "status": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Complete", "blue"),
                ("Not yet started", None)),
     "xl": "DD.MM.YY", "form": "dots2", "owner": "person"},
    {"cols": ("owner", "action", "due", "rag", "progress"),
     "words": {"owner": "Service lead", "action": "Activity", "due": "Completion date",
               "rag": "BRAG", "progress": "Update"},
     "status": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue", "blue"),
                ("White", None)),
     "xl": "DD-MM-YYYY", "form": "dashes", "owner": "post"},
)  # fmt: skip


def h19_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout19 date form and the date it names (each names that day).

    `31/03/2027`, `31.03.2027`, `31 Mar 2027`, `31.03.27`, `31-03-2027`.
    """
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "short":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    if form == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "dashes":
        return f"{d.day:02d}-{d.month:02d}-{d.year}", d
    raise ValueError(form)


HOLDOUT19: tuple[H19Family, ...] = (
    H19Family("rl-rotated-appendix", "holdout19", "reportlab", ("grid",), ("group-rows",),
              vocab="holdout19", layout="rotated", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a committee pack, an upright covering report then the "
                          "action plan appendix, a landscape table printed rotated 90 degrees "
                          "on portrait pages (text running bottom to top)"),
    H19Family("docx-grouped-header", "holdout19", "docx", ("grid",), ("group-rows",),
              vocab="holdout19", layout="grouped", kpi=0.5, landscape=1.0, progress=1.0,
              description="Word printed by LibreOffice: an action table with a two-row grouped "
                          "header ('Accountability' over Lead | Sponsor, 'Timescale' over "
                          "Start | End, 'Progress' over RAG | Commentary)"),
    H19Family("xlsx-stacked-blocks", "holdout19", "xlsx", ("grid",), ("blocks",),
              vocab="holdout19", layout="blocks", kpi=0.5, landscape=1.0, progress=0.0,
              description="Excel printed by LibreOffice Calc: one sheet of stacked blocks, one "
                          "per recommendation, each with a merged title and its own header row "
                          "(own column order, wording, status words and date format)"),
    H19Family("html-sidebar", "holdout19", "chromium", ("none",), ("headings",),
              vocab="holdout19", layout="sidebar", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an intranet page with a left sidebar (the "
                          "recommendations, a 'Related links' box) repeated on every printed "
                          "page beside the main column of action blocks with inline "
                          "'Owner · Due · Status' metadata"),
)  # fmt: skip


def build_holdout19(fam: H19Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout19:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(2, 5)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    leads = rng.sample(C.TITLES, rng.randint(3, 5))
    people = rng.sample(C.PEOPLE, 5)
    sponsors = rng.sample(("Director of Children's Services", "Assistant Director, Safeguarding",
                           "Assistant Director, Children's Social Care",
                           "Executive Director, People"), 2)  # fmt: skip
    templates = [rng.randrange(len(BLOCK_TEMPLATES)) for _ in recs]
    if fam.layout == "blocks" and len(set(templates)) == 1:  # service areas differ
        templates[-1] = (templates[0] + 1) % len(BLOCK_TEMPLATES)
    actions: list[H8Action] = []
    starts: list[str] = []
    sponsor_of: list[str] = []
    for bi, (num, topic) in enumerate(zip((n for n, _ in recs), topics, strict=True)):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        tpl = BLOCK_TEMPLATES[templates[bi]]
        statuses: tuple[tuple[str, str | None], ...]
        for k, text in enumerate(texts, start=1):
            months = rng.randint(2, 18)
            d = _months_after(start, months)
            if fam.layout == "blocks":
                statuses = tpl["status"]  # type: ignore[assignment]
                form = str(tpl["form"])
                owner = rng.choice(leads if tpl["owner"] == "post" else people)
                ref = f"{num}.{k}" if "ref" in tpl["cols"] else ""  # type: ignore[operator]
                with_progress = "progress" in tpl["cols"]  # type: ignore[operator]
            else:
                statuses = H19_STATUS[fam.layout]
                form = {"rotated": "slash", "grouped": "dots", "sidebar": "short"}[fam.layout]
                owner = rng.choice(people if fam.layout in ("grouped", "sidebar") else leads)
                ref = {"rotated": f"{num}.{k}", "grouped": f"{num}.{k}",
                       "sidebar": ""}[fam.layout]  # fmt: skip
                with_progress = has_progress
            status, rag = rng.choice(statuses)
            due_raw, due_date = h19_due(form, d)
            first = _months_after(start, rng.randint(0, max(0, months - 2)))
            first = first.replace(day=1)
            starts.append(h19_due(form, first)[0])
            sponsor_of.append(rng.choice(sponsors))
            progress: str | None = None
            if with_progress and rng.random() < 0.8:
                progress = rng.choice(C.PROGRESS)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H19_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "rotated": "Ofsted ILACS Improvement Plan: progress report",
        "grouped": f"{authority} Children's Services Improvement Plan",
        "blocks": f"{authority} - Improvement plan (service area returns)",
        "sidebar": "Our improvement plan",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS19[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, plan.actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "rec", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "leads": leads,
        "starts": starts,
        "sponsors": sponsor_of,
        "templates": templates if fam.layout == "blocks" else [],
    }  # fmt: skip
    return plan
