"""The `holdout22` split: plan layouts that differ in kind from every family of the twenty-three
earlier splits (tune, measure, holdout, holdout2 .. holdout21).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout22.py`),
its output (`out/holdout22*`) or its results (`results/*holdout22*`); it is scored, never tuned on.

What differs from the 104 earlier families (see README.md "The holdout22 split"): a tracker with
NO status column, the status given only by the word that OPENS each progress update
('AMBER - ...', 'Complete: ...', 'On track.'), the owner a team's e-mail address or a role
acronym expanded in a glossary (ReportLab); a Word plan of CROSS-CUTTING actions mapped to the
recommendations by a TICK MATRIX (a column R1..Rn per recommendation, some actions ticked under
several) (Word printed by LibreOffice); an Excel tracker with HIDDEN ROWS (completed actions
archived) and a HIDDEN working column, only the visible cells printed, due dates as
financial-year quarters (`Q3 2026/27`) (Excel printed by LibreOffice Calc); a 'responsive data
table' whose action rows (ref, action, status pill) each carry a CHILD DETAIL ROW of label/value
pairs (HTML printed by Chromium). A twenty-fourth header vocabulary, new date forms.
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
from samples.plangen.holdout21 import H21Family


@dataclass(frozen=True, slots=True)
class H22Family(H21Family):
    """A holdout22 family: its own builder and renderer (checked before H21Family)."""


# Header and label wordings of holdout22.
H22_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Action ref", "No."),
    "action": ("Action", "What we will do", "Planned action"),
    "owner": ("Owner", "Responsible", "Lead"),
    "due": ("Deadline", "Due", "Timescale"),
    "rag": ("Status", "RAG", "Rating"),
    "progress": ("Update", "Progress update", "Latest position"),
    "indicator": ("Measure", "Key indicator", "KPI"),
    "baseline": ("Baseline", "Starting point", "Base"),
    "latest": ("Current", "Now", "Latest"),
    "target": ("Target", "Aim", "Target value"),
}
REC_LABELS22 = {
    "opens": "Recommendation {n}",
    "ticks": "Recommendation {n}",
    "hidden": "Recommendation {n}",
    "child": "Recommendation {n}",
}

# the word an update opens with, per rag (opens layout): several spellings each
OPEN_WORDS: dict[str | None, tuple[str, ...]] = {
    "green": ("GREEN", "On track", "Green"),
    "amber": ("AMBER", "Amber", "Some delay"),
    "red": ("RED", "Off track", "Red"),
    "blue": ("Complete", "COMPLETED", "Done"),
    None: ("Not started",),
}
OPEN_SEPS = (" - ", ": ", ". ")
UPDATES: dict[str | None, tuple[str, ...]] = {
    "green": ("Draft agreed by partners; sign-off due at the next board",
              "First cohort completed; second cohort booked", "Monthly reports now in place",
              "Pilot running in two teams; evaluation due",
              "recruitment campaign launched and interviews booked"),
    "amber": ("Recruitment under way; two posts filled",
              "Delayed because of staff turnover; revised plan agreed",
              "Work started; scoping meeting held with partners"),
    "red": ("Delayed because of staff turnover; revised plan agreed",
            "No lead in post since the restructure; escalated to the Improvement Board"),
    "blue": ("Completed and embedded in practice", "Audit shows improvement in most records"),
    None: ("Scoping to begin next quarter", "Waiting on the new case management system"),
}  # fmt: skip

# role acronyms and their glossary expansions
ACRONYMS: tuple[tuple[str, str], ...] = (
    ("HoS CiC", "Head of Service, Children in Care"), ("PSW", "Principal Social Worker"),
    ("AD CSC", "Assistant Director, Children's Social Care"),
    ("SM FD", "Service Manager, Front Door"), ("WDL", "Workforce Development Lead"),
    ("HoVS", "Head of Virtual School"), ("HoQA", "Head of Quality Assurance"),
    ("DCS", "Director of Children's Services"), ("HoEH", "Head of Early Help"),
    ("SM CL", "Service Manager, Care Leavers"),
)  # fmt: skip
TEAMS = ("frontdoor", "cic.team", "qa.unit", "workforce", "vschool", "leavingcare",
         "earlyhelp", "fostering", "psw.office")  # fmt: skip

# status words per layout: (word, rag)
H22_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "ticks": (("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
              ("Off track", "red"), ("Not started", None)),
    "hidden": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Not started", None)),
    "child": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
              ("Completed", "blue"), ("Not started", None)),
}  # fmt: skip


def fy_quarter(d: date, short: bool) -> tuple[str, date]:
    """`Q3 2026/27` (or `Q3 26/27`): the financial-year quarter holding `d` and its last day."""
    fy = d.year if d.month >= 4 else d.year - 1
    q = (d.month - 4) % 12 // 3 + 1
    end_month = {1: 6, 2: 9, 3: 12, 4: 3}[q]
    end_year = fy + 1 if q == 4 else fy
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    label = f"{fy % 100:02d}/{(fy + 1) % 100:02d}" if short else f"{fy}/{(fy + 1) % 100:02d}"
    return f"Q{q} {label}", end


def h22_due(form: str, d: date) -> tuple[str, date | None]:
    """Printed text of a holdout22 date form and the date it names (`d` is a month end or a day).

    `March 2027` (the month's last day), `31 Mar 2027` (that day).
    """
    if form == "month":
        last = date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        return f"{calendar.month_name[d.month]} {d.year}", last
    if form == "dmy":
        return f"{d.day} {calendar.month_abbr[d.month]} {d.year}", d
    raise ValueError(form)


HOLDOUT22: tuple[H22Family, ...] = (
    H22Family("rl-update-led-status", "holdout22", "reportlab", ("grid",), ("group-rows",),
              vocab="holdout22", layout="opens", kpi=0.5, landscape=0.5, progress=1.0,
              description="ReportLab: a tracker with no status column, the status only the word "
                          "that opens each progress update ('AMBER - ...', 'Complete: ...'), the "
                          "owner a team e-mail address or a role acronym with a glossary"),
    H22Family("docx-tick-matrix", "holdout22", "docx", ("grid",), ("matrix",),
              vocab="holdout22", layout="ticks", kpi=0.5, landscape=1.0, progress=0.0,
              description="Word printed by LibreOffice: cross-cutting actions mapped to the "
                          "recommendations by a tick matrix (a column R1..Rn each; some actions "
                          "ticked under several)"),
    H22Family("xlsx-hidden-archive", "holdout22", "xlsx", ("grid",), ("rec-column",),
              vocab="holdout22", layout="hidden", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a tracker with completed actions "
                          "archived in hidden rows and a hidden working column, due dates as "
                          "financial-year quarters ('Q3 2026/27')"),
    H22Family("html-child-detail-rows", "holdout22", "chromium", ("none",), ("child-rows",),
              vocab="holdout22", layout="child", kpi=0.5, landscape=0.0, progress=0.6,
              description="HTML printed by Chromium: a responsive data table, each action row "
                          "(ref, action, status pill) followed by an indented child row of "
                          "'Lead officer' / 'Target date' / 'Latest update' pairs"),
)  # fmt: skip


def build_holdout22(fam: H22Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout22:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 6) if fam.layout == "ticks" else rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    slug = authority.split()[0].lower()
    owner_mode = rng.choice(("email", "acronym", "mixed")) if fam.layout == "opens" else ""
    acr = rng.sample(ACRONYMS, 5)
    teams = rng.sample(TEAMS, 5)
    if fam.layout == "opens":
        if owner_mode == "email":
            leads = [f"{t}@{slug}.gov.uk" for t in teams]
        elif owner_mode == "acronym":
            leads = [a for a, _ in acr]
        else:
            leads = [a for a, _ in acr[:3]] + [f"{t}@{slug}.gov.uk" for t in teams[:2]]
    elif fam.layout == "child":
        leads = rng.sample(C.TITLES, 5)
    else:
        leads = rng.sample(C.PEOPLE, 5)
    short_q = rng.random() < 0.5
    actions: list[H8Action] = []
    archived: list[bool] = []  # hidden layout: the action sits in a hidden (archived) row
    previous: list[str] = []  # hidden layout: the hidden working column (last month's RAG)
    n = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            n += 1
            d = _months_after(start, rng.randint(2, 18))
            due_raw: str
            due_date: date | None
            if fam.layout == "hidden":
                due_raw, due_date = fy_quarter(d, short_q)
            elif fam.layout == "opens":
                due_raw, due_date = h22_due("month", d)
            else:
                if rng.random() < 0.6:
                    d = d.replace(day=rng.randint(1, 28))
                due_raw, due_date = h22_due("dmy", d)
            owner = rng.choice(leads)
            progress: str | None = None
            status: str | None
            rag: str | None
            if fam.layout == "opens":
                rag = rng.choice(("green", "green", "amber", "amber", "red", "blue", None))
                word = rng.choice(OPEN_WORDS[rag])
                if rng.random() < 0.2:
                    progress = f"{word}."
                else:
                    rest = rng.choice(UPDATES[rag])
                    sep = rng.choice(OPEN_SEPS)
                    progress = f"{word}{sep}{rest[0].upper() if sep == '. ' else rest[0]}{rest[1:]}"
                status = word
            else:
                status, rag = rng.choice(H22_STATUS[fam.layout])
                if has_progress and rng.random() < 0.75:
                    progress = rng.choice(UPDATES[rag])
            arch = fam.layout == "hidden" and rng.random() < 0.3
            if arch:
                status, rag = "Complete", "blue"
                progress = rng.choice(UPDATES["blue"]) if has_progress else None
            ref = f"{num}.{k}"
            rec_list = [num]
            if fam.layout == "ticks":
                ref = str(n)
                others = [x for x, _ in recs if x != num]
                if rng.random() < 0.4:
                    rec_list += rng.sample(others, rng.choice((1, 1, 2)))
                rec_list = sorted(rec_list, key=int)
            archived.append(arch)
            previous.append(rng.choice(("Green", "Amber", "Red", "Amber")))
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status,
                                    rag, rec_list, printed_owner=owner))  # fmt: skip
    if fam.layout == "ticks":  # a cross-cutting list: the actions in their own order
        order = list(range(len(actions)))
        rng.shuffle(order)
        actions = [actions[i] for i in order]
        for i, a in enumerate(actions, start=1):
            a.ref = str(i)
    headers = {role: rng.choice(words) for role, words in H22_HEADERS.items()}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "opens": f"{authority} Council - Children's Services Improvement Tracker",
        "ticks": f"{authority} Council: Improvement Plan - cross-cutting actions",
        "hidden": f"{authority} Improvement Plan tracker",
        "child": "Our improvement plan: progress against each action",
    }[fam.layout]
    visible = [a for a, arch in zip(actions, archived, strict=True) if not arch]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS22[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    # gold: what the print shows (the archived rows are hidden, so not in the gold)
    plan.gold = plan_gold(plan.recs, visible, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "leads": leads,
        "owner_mode": owner_mode,
        "glossary": [list(x) for x in acr],
        "archived": archived,
        "previous": previous,
        "slug": slug,
    }  # fmt: skip
    return plan
