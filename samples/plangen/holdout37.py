"""The `holdout37` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout36).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout37.py`),
its output (`out/holdout37*`) or its results (`results/*holdout37*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout37 split"): the board's slide deck printed as a
PRESENTER'S HANDOUT, two or three slide thumbnails a page with ruled lines for notes beside them
(ReportLab); a staff NEWSLETTER in Word whose articles FLOW IN TWO NEWSPAPER COLUMNS, the actions
as run-in paragraphs among diary dates and a 'meet the team' box (Word printed by LibreOffice);
a one-page tracker CUT IN TWO AND PLACED SIDE BY SIDE on one sheet, left and right blocks
sharing rows (Excel printed by LibreOffice Calc); the QUARTERLY RETURN TO THE DfE ADVISER as an
online form printed before submission, the status a RADIO GROUP (all options printed, one
chosen) and the date a GOV.UK three-box DATE INPUT (HTML printed by Chromium). A thirty-eighth
header vocabulary and date forms (`31.03.2027`, `end Mar 2027`, `Wednesday 31 March 2027`,
`March 2027 (end)`, `31/03/27`, `Mar-2027`, `31 3 2027`).
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
from samples.plangen.holdout36 import H36Family


@dataclass(frozen=True, slots=True)
class H37Family(H36Family):
    """A holdout37 family: its own builder and renderer (checked before H36Family)."""


# Header and label wordings of holdout37, per layout (each plan draws one of each).
H37_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "handout": {
        "ref": ("No.", "Ref", "#"),
        "action": ("What we are doing", "Action", "Key action"),
        "owner": ("Who", "Lead", "Exec lead"),
        "due": ("When", "By", "Target"),
        "rag": ("Status", "RAG", "Where we are"),
        "progress": ("Update", "Headline", "Key points"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "KPI", "Metric"),
        "baseline": ("Baseline", "Then", "Start"),
        "latest": ("Now", "Latest", "This month"),
        "target": ("Target", "Aim", "Goal"),
    },
    "newsletter": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead", "Leading this", "Who's leading"),
        "due": ("Due", "Done by", "Deadline"),
        "rag": ("Status", "How it's going", "Progress"),
        "progress": ("Latest", "News", "What's happened"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "What we count", "Indicator"),
        "baseline": ("Last year", "Baseline", "Before"),
        "latest": ("Now", "Latest", "This quarter"),
        "target": ("Aim", "Target", "Where we want to be"),
    },
    "sidebyside": {
        "ref": ("Ref", "No", "Act"),
        "action": ("Action", "Improvement action", "Activity"),
        "owner": ("Lead", "Owner", "Lead officer"),
        "due": ("Due", "Target", "End date"),
        "rag": ("Status", "RAG", "Position"),
        "progress": ("Comment", "Update", "Notes"),
        "rec": ("", "", ""),
        "indicator": ("KPI", "Measure", "Performance indicator"),
        "baseline": ("Baseline", "2024/25", "Start"),
        "latest": ("Latest", "Current", "Actual"),
        "target": ("Target", "Goal", "2026/27 target"),
    },
    "dfe-return": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Named lead", "Lead officer", "Responsible lead"),
        "due": ("Expected completion date", "When will this be complete?", "Completion date"),
        "rag": ("Overall assessment", "Progress this quarter", "How is this action progressing?"),
        "progress": ("Summary of progress", "What has been done this quarter?",
                     "Evidence of progress"),
        "rec": ("", "", ""),
        "indicator": ("Indicator", "Measure", "Data item"),
        "baseline": ("At inspection", "Baseline", "Starting position"),
        "latest": ("This quarter", "Latest", "Most recent"),
        "target": ("Target", "Planned", "Ambition"),
    },
}  # fmt: skip
REC_LABELS37 = {
    "handout": "Recommendation {n}:",
    "newsletter": "Recommendation {n}",
    "sidebyside": "Recommendation {n}:",
    "dfe-return": "Recommendation {n}",
}

# status per layout: (printed, rag)
H37_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "handout": (("On schedule", "green"), ("Needs attention", "amber"), ("Off schedule", "red"),
                ("Done", "blue"), ("Not yet started", None)),
    "newsletter": (("Going to plan", "green"), ("Running late", "amber"), ("Needs help", "red"),
                   ("Finished", "blue"), ("Starting soon", None)),
    "sidebyside": (("On track", "green"), ("Slight delay", "amber"), ("Serious delay", "red"),
                   ("Completed", "blue"), ("Not commenced", None)),
    "dfe-return": (("On track", "green"), ("Partly on track", "amber"), ("Not on track", "red"),
                   ("Achieved", "blue"), ("Not yet due", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS37 = ("Imogen Castellanos", "Tobias Fairweather", "Ngozi Adeyemi-Clarke", "Rupert Haldane",
            "Zainab Qureshi", "Fergus McAllister", "Cressida Pounds", "Kwabena Asante",
            "Marguerite Lowther", "Declan Ruddock")  # fmt: skip


def h37_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout37 date form and the date it names.

    `end Mar 2027`, `March 2027 (end)` and `Mar-2027` end the month; `31.03.2027`,
    `Wednesday 31 March 2027`, `31/03/27` and `31 3 2027` are that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "endmon":
        return f"end {mon} {d.year}", month_last(d)
    if form == "weekday":
        return f"{calendar.day_name[d.weekday()]} {d.day} {full} {d.year}", d
    if form == "monthend":
        return f"{full} {d.year} (end)", month_last(d)
    if form == "ddmmyy":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "monyyyy":
        return f"{mon}-{d.year}", month_last(d)
    if form == "boxes":
        return f"{d.day} {d.month} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"handout": ("dots", "endmon"), "newsletter": ("weekday", "monthend"),
              "sidebyside": ("ddmmyy", "monyyyy"), "dfe-return": ("boxes",)}  # fmt: skip
MONTH_FORMS = ("endmon", "monthend", "monyyyy")

HOLDOUT37: tuple[H37Family, ...] = (
    H37Family("rl-slide-handout", "holdout37", "reportlab", ("grid",), ("rec_slides",),
              vocab="holdout37", layout="handout", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: the board's slide deck printed as a presenter's handout, "
                          "two or three slide thumbnails a page with ruled note lines beside "
                          "them, a slide (or two) per recommendation holding an action table"),
    H37Family("docx-newsletter-columns", "holdout37", "docx", ("none",), ("articles",),
              vocab="holdout37", layout="newsletter", kpi=0.5, landscape=0.0, progress=0.6,
              description="Word printed by LibreOffice: a staff newsletter whose articles flow "
                          "in two newspaper columns, a recommendation per article, each action "
                          "a run-in paragraph with a fields line, among diary dates and a "
                          "'meet the team' box"),
    H37Family("xlsx-side-by-side-blocks", "holdout37", "xlsx", ("grid",), ("rec_rows",),
              vocab="holdout37", layout="sidebyside", kpi=0.5, landscape=1.0, progress=0.4,
              description="Excel printed by LibreOffice Calc: a one-page tracker cut in two and "
                          "placed side by side on one sheet, the left and right blocks sharing "
                          "rows, each block with its own header row and recommendation rows"),
    H37Family("html-dfe-return-form", "holdout37", "chromium", ("none",), ("rec_sections",),
              vocab="holdout37", layout="dfe-return", kpi=0.5, landscape=0.0, progress=0.7,
              description="HTML printed by Chromium: the quarterly return to the DfE adviser as "
                          "an online form printed before submission, the status a radio group "
                          "(all options printed, one chosen), the date a three-box date input"),
)  # fmt: skip


def build_holdout37(fam: H37Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout37:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    mix = rng.random()
    if mix < 0.4:
        leads = rng.sample(C.TITLES, 5)
    elif mix < 0.8:
        leads = rng.sample(C.PEOPLE, 5)
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
    others = rng.sample(OTHERS37, 6)
    statuses = H37_STATUS[layout]
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
            due_raw, due_date = h37_due(form, d)
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}
    if layout == "handout":
        features.update(
            status_style="cell-word",
            per_page=rng.choice((2, 3, 3)),
            presenter=others[0],
            contact=others[1],
            meeting=_months_after(issued, 0).replace(day=rng.randint(1, 28)).isoformat(),
        )
    elif layout == "newsletter":
        diary = [
            (_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
             "Improvement Board (open to observers)"),
            (_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
             "Practice week: audits and observations"),
            (_months_after(issued, 2).replace(day=rng.randint(1, 28)).isoformat(),
             "All-staff briefing with the Director"),
        ]  # fmt: skip
        features.update(
            status_style="fields-line",
            issue=rng.randint(3, 14),
            dcs=others[0],
            meet=others[1],
            meet_role=rng.choice(
                (
                    "Practice Lead, Front Door",
                    "Advanced Practitioner",
                    "Team Manager, Children in Care",
                )
            ),
            editor=others[2],
            diary=diary,
        )
    elif layout == "sidebyside":
        features.update(
            status_style="cell-word",
            updated_by=others[0],
            left_recs=0,  # filled below
        )
    else:
        q = rng.randint(1, 4)
        features.update(
            status_style="radio",
            quarter=q,
            adviser=others[0],
            completed_by=others[1],
            board_date=_months_after(issued, -1).replace(day=rng.randint(1, 28)).isoformat(),
            return_ref=f"CSIA-{rng.randint(10000, 99999)}",
            inline=rng.random() < 0.5,
        )
    if layout == "sidebyside":  # the left block takes recommendations until half the rows
        total = len(actions) + len(recs)
        acc = 0
        left = 0
        for num, _ in recs:
            if acc >= total / 2 and left >= 1:
                break
            acc += 1 + sum(1 for a in actions if a.recs[0] == num)
            left += 1
        features["left_recs"] = min(left, len(recs) - 1)
    headers = {role: rng.choice(words) for role, words in H37_HEADERS[layout].items()}
    title = {
        "handout": "Improvement Plan: progress report",
        "newsletter": "Improvement News",
        "sidebyside": f"{authority} Children's Services Improvement Plan - tracker on a page",
        "dfe-return": "Quarterly return to the DfE Children's Services Improvement Adviser",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS37[layout], actions=list(actions), kpis=kpis, headers=headers,
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
