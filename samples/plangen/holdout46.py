"""The `holdout46` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout45).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout46.py`),
its output (`out/holdout46*`) or its results (`results/*holdout46*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout46 split"): the plan as a performance system's AUDIT TRAIL
(record history), one row per field change of any record in time order, so that an action's
description, lead, target date, status and note are scattered over the report and only the
LATEST change of each field holds (ReportLab); the plan in a PRESS RELEASE, one paragraph per
recommendation whose actions are an inline enumeration `(2a) ...; (2b) ...` with their fields
in brackets (Word printed by LibreOffice); an online FORM'S RESPONSES exported to Excel, one
response per action in submission order, questions as column headers and the respondent (not
the lead) in the `Name` column (Excel printed by LibreOffice Calc); the plan as a MICROSITE
printed page by page, a landing page per recommendation and a page per action whose
recommendation is known only from its breadcrumb (HTML printed by Chromium). A forty-seventh
header vocabulary and date forms (`14-MAR-2027`, `MAR-2027`, `14th March 2027`, `end of March
2027`, `14/03/2027`, `March 2027`, `14 March 2027`).
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
from samples.plangen.holdout45 import H45Family


@dataclass(frozen=True, slots=True)
class H46Family(H45Family):
    """A holdout46 family: its own builder and renderer (checked before H45Family)."""


# Header and label wordings of holdout46, per layout (each plan draws one of each).
H46_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "audit": {
        "ref": ("", "", ""),
        "action": ("Description", "Action title", "Summary"),
        "owner": ("Lead officer", "Responsible officer", "Accountable manager"),
        "due": ("Target date", "Completion date", "Planned end"),
        "rag": ("RAG status", "Delivery status", "Health"),
        "progress": ("Progress note", "Commentary", "Narrative"),
        "rec": ("Linked recommendation", "Parent record", "Answers"),
        "indicator": ("Measure", "Indicator name", "KPI"),
        "baseline": ("Baseline value", "Start value", "Opening value"),
        "latest": ("Current value", "Latest value", "Actual"),
        "target": ("Target value", "Goal value", "Tolerance"),
    },
    "press": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("led by", "lead:", "responsible:"),
        "due": ("by", "target", "due"),
        "rag": ("", "", ""),
        "progress": ("latest:", "so far:", "update:"),
        "rec": ("", "", ""),
        "indicator": ("Key figure", "What is measured", "Figure"),
        "baseline": ("At inspection", "Previously", "Was"),
        "latest": ("Today", "Now", "Is"),
        "target": ("Ambition", "Aim", "Will be"),
    },
    "forms": {
        "ref": ("Action reference (e.g. 2.1)", "Your action's number", "Plan ref"),
        "action": ("Describe the action in one sentence", "What will be done?",
                   "Action (short description)"),
        "owner": ("Who is the accountable lead for this action?", "Named lead",
                  "Who owns it?"),
        "due": ("When will it be complete?", "Expected completion", "Finish by"),
        "rag": ("How would you rate progress?", "Your confidence rating",
                "Overall rating this month"),
        "progress": ("Anything else the Board should know?", "Evidence of impact so far",
                     "Comments"),
        "rec": ("Which Ofsted recommendation does this action answer?",
                "Recommendation addressed", "Select the recommendation"),
        "indicator": ("Measure", "Indicator", "Data item"),
        "baseline": ("Baseline", "Start point", "At inspection"),
        "latest": ("Latest", "This return", "Current"),
        "target": ("Target", "Goal", "Expected"),
    },
    "pages": {
        "ref": ("Plan reference", "Action number", "Reference"),
        "action": ("", "", ""),
        "owner": ("Who is responsible", "Who is leading this", "Lead officer"),
        "due": ("When it will be done", "Timescale", "Expected by"),
        "rag": ("How it is going", "Progress rating", "Current position"),
        "progress": ("Latest news", "What has happened so far", "Recent progress"),
        "rec": ("", "", ""),
        "indicator": ("What we measure", "Measure", "Indicator"),
        "baseline": ("Where we started", "Starting point", "Baseline"),
        "latest": ("Where we are now", "Latest", "Now"),
        "target": ("Where we want to be", "Target", "Ambition"),
    },
}  # fmt: skip
REC_LABELS46 = {
    "audit": "REC {n}",
    "press": "Recommendation {n}",
    "forms": "Recommendation {n}",
    "pages": "Recommendation {n}",
}

# status per layout: (printed, rag)
H46_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "audit": (("Progressing", "green"), ("Concern", "amber"), ("Off track", "red"),
              ("Closed", "blue"), ("Not opened", None)),
    "press": (("under way", "green"), ("behind schedule", "amber"), ("paused", "red"),
              ("already delivered", "blue"), ("starting soon", None)),
    "forms": (("Good progress", "green"), ("Some slippage", "amber"),
              ("Significant concern", "red"), ("Completed", "blue"), ("Not yet started", None)),
    "pages": (("On target", "green"), ("Needs attention", "amber"), ("Off target", "red"),
              ("Done", "blue"), ("Not started yet", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS46 = ("Peregrine Ashdown", "Marisol Keane-Obi", "Cllr Florence Wetherby",
            "Augustin Nakamura", "Henrietta Bairstow", "Oluwaseun Prendergast",
            "Lucinda Farquharson", "Casimir Odell", "Philippa Ruddock", "Benedikt Ashworth")  # fmt: skip


def h46_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout46 date form and the date it names.

    `14-MAR-2027`, `14th March 2027`, `14/03/2027` and `14 March 2027` are that day;
    `MAR-2027`, `end of March 2027` and `March 2027` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "oracle":
        return f"{d.day:02d}-{mon.upper()}-{d.year}", d
    if form == "oracle-month":
        return f"{mon.upper()}-{d.year}", month_last(d)
    if form == "ordinal":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {full} {d.year}", d
    if form == "end-of":
        return f"end of {full} {d.year}", month_last(d)
    if form == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "month-year":
        return f"{full} {d.year}", month_last(d)
    if form == "long":
        return f"{d.day} {full} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"audit": ("oracle", "oracle-month"), "press": ("ordinal", "end-of"),
              "forms": ("dmy", "month-year"), "pages": ("long", "month-year")}  # fmt: skip
MONTH_FORMS = ("oracle-month", "end-of", "month-year")

HOLDOUT46: tuple[H46Family, ...] = (
    H46Family("rl-audit-trail", "holdout46", "reportlab", ("none",), ("rec_field",),
              vocab="holdout46", layout="audit", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a performance system's audit trail (record history), one "
                          "row per field change of any record in time order; an action's "
                          "fields are scattered and only the latest change of each holds"),
    H46Family("docx-press-release", "holdout46", "docx", ("none",), ("rec_prose",),
              vocab="holdout46", layout="press", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a press release, a paragraph per "
                          "recommendation whose actions are an inline enumeration (2a) ...; "
                          "(2b) ... with lead, date and status in brackets; quotes between"),
    H46Family("xlsx-form-responses", "holdout46", "xlsx", ("none",), ("rec_answer",),
              vocab="holdout46", layout="forms", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: an online form's responses "
                          "export, one response per action in submission order, questions as "
                          "headers, the respondent's name and e-mail beside the named lead"),
    H46Family("html-microsite-pages", "holdout46", "chromium", ("none",), ("rec_breadcrumb",),
              vocab="holdout46", layout="pages", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a council microsite printed page by page, "
                          "a landing page per recommendation and a page per action whose "
                          "recommendation is known only from its breadcrumb"),
)  # fmt: skip


def build_holdout46(fam: H46Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout46:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS46, 8))
    statuses = H46_STATUS[layout]
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
            due_raw, due_date = h46_due(form, d)
            ref = {"audit": f"IP/{num}/{k:02d}", "press": f"{num}{'abcdefgh'[k - 1]}",
                   "forms": f"{num}.{k}", "pages": f"{num}.{k}"}[layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "audit":
        # per action: its events, each (minutes after the plan's start, field, old, new);
        # an action's own events are in time order, so the LAST change of a field holds
        events: list[tuple[int, str, str, str, str, str]] = []  # (t, user, record, field, old, new)
        users = others[:4]
        t0 = 0
        for num, text in recs:
            t0 += rng.randint(5, 40)
            events.append((t0, rng.choice(users), f"REC {num}", "Recommendation text", "",
                           text))  # fmt: skip
        status_words = [s for s, _ in statuses]
        for a in actions:
            t = rng.randint(200, 2000)
            rec_id = f"REC {a.recs[0]}"
            evs: list[tuple[str, str, str]] = [("action", "", a.text), ("rec", "", rec_id)]
            if rng.random() < 0.35:
                old_owner = rng.choice([x for x in leads if x != a.owner])
                evs += [("owner", "", old_owner), ("owner", old_owner, a.owner)]
            else:
                evs.append(("owner", "", a.owner))
            if rng.random() < 0.4:
                assert a.due_date is not None
                old_d = _months_after(a.due_date, -rng.randint(1, 4))
                if form in MONTH_FORMS:
                    old_d = month_last(old_d)
                old_raw = h46_due(form, old_d)[0]
                evs += [("due", "", old_raw), ("due", old_raw, a.due_raw)]
            else:
                evs.append(("due", "", a.due_raw))
            final = a.status or status_words[4]
            if final != status_words[4]:
                path = [status_words[4]]
                if rng.random() < 0.5:
                    mid = rng.choice([s for s in status_words[:4] if s != final])
                    path.append(mid)
                path.append(final)
                evs.append(("rag", "", path[0]))
                for old, new in zip(path, path[1:], strict=False):
                    evs.append(("rag", old, new))
            else:
                evs.append(("rag", "", final))
            if a.progress:
                evs.append(("progress", "", a.progress))
            for fld, old, new in evs:
                t += rng.randint(30, 9000)
                events.append((t, rng.choice(users), a.ref, fld, old, new))
        events.sort(key=lambda e: e[0])
        base = _months_after(start, 0)
        features.update(
            events=[list(e) for e in events],
            base=base.isoformat(),
            run_by=others[4],
            run_on=issued.isoformat(),
            system=rng.choice(("InPhase", "Pentana", "Covalent", "Sycamore PM")),
        )
    elif layout == "press":
        features.update(
            cabinet=others[0],
            dcs=others[1],
            media=others[2],
            embargo=issued.isoformat(),
            visit=_months_after(issued, 2).replace(day=rng.randint(1, 28)).isoformat(),
            phone=f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        )
    elif layout == "forms":
        users = others[:6]
        rows = []
        t = 0
        order = list(range(len(actions)))
        rng.shuffle(order)
        for i in order:
            t += rng.randint(20, 3000)
            who = rng.choice(users)
            rows.append((i, t, rng.randint(2, 25), who))
        features.update(
            responses=[list(r) for r in rows],
            opened=some_day(1).isoformat(),
            domain=authority.lower().replace(" ", "") + ".gov.uk",
            form_title=rng.choice(("Improvement plan monthly return",
                                   "Action plan update form", "Ofsted plan: lead returns")),
        )  # fmt: skip
    else:
        features.update(
            contact=others[0],
            reviewed=some_day(0).isoformat(),
            next_review=_months_after(issued, 6).replace(day=rng.randint(1, 28)).isoformat(),
            updated=[some_day(rng.randint(0, 2)).isoformat() for _ in range(len(recs) + 12)],
            section=rng.choice(("Children and families", "Children, young people and families",
                                "Social care and support")),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H46_HEADERS[layout].items()}
    title = {
        "audit": "Record history: Children's Services Improvement Plan",
        "press": "Council sets out how it will improve children's services",
        "forms": "Improvement plan returns",
        "pages": "Our improvement plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS46[layout], actions=list(actions), kpis=kpis, headers=headers,
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
