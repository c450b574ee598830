"""The `holdout35` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout34).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout35.py`),
its output (`out/holdout35*`) or its results (`results/*holdout35*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout35 split"): a MIND MAP of the plan exported from a
mind-mapping tool (a central topic, the recommendations as branches on BOTH sides of it, the
actions as topics at the branch ends, the left side's text right-aligned, priority icons and
callouts as distractors) (ReportLab); the corporate PMO's action-plan TEMPLATE as a service
filled it in, its guidance box, its grey worked EXAMPLE ROW, its prompts and the unfilled
content controls' placeholders (`Choose an item.`, `Click or tap here to enter text.`) left in
(Word printed by LibreOffice); a WHO-DOES-WHAT GRID, the recommendations as rows and the LEADS AS
COLUMNS, each cell holding that lead's actions for that recommendation as lines of text (Excel
printed by LibreOffice Calc); the print of an E-MAIL THREAD, newest first, whose oldest message
holds the plan and whose replies from the leads give the statuses and updates by ref, with an
automatic out-of-office reply (HTML printed by Chromium). A thirty-sixth header vocabulary and
date forms (`31 March 27`, `end Mar 2027`, `31/03/2027`, `Wednesday, 31 March 2027`,
`31.03.27`, `Mar 2027`, `31/3/27`, `end of March 2027`).
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
from samples.plangen.holdout34 import H34Family


@dataclass(frozen=True, slots=True)
class H35Family(H34Family):
    """A holdout35 family: its own builder and renderer (checked before H34Family)."""


# Header and label wordings of holdout35, per layout (each plan draws one of each).
H35_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "mindmap": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead", "Owner", "Who"),
        "due": ("Due", "Target", "When"),
        "rag": ("Status", "Flag", "State"),
        "progress": ("Note", "Topic note", "Update"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Outcome we will track", "Indicator"),
        "baseline": ("Then", "Baseline", "At the start"),
        "latest": ("Now", "Latest", "Most recent value"),
        "target": ("Goal", "Target", "Aiming for"),
    },
    "template": {
        "ref": ("No.", "Action no.", "#"),
        "action": ("What will we do?", "What action will be taken?", "Action (what will change?)"),
        "owner": ("Who will lead it?", "Lead officer (post)", "Who is responsible?"),
        "due": ("By when?", "Completion date", "When will it be done?"),
        "rag": ("RAG (choose)", "RAG rating", "Current RAG"),
        "progress": ("What has happened so far?", "Progress to date", "Update on progress"),
        "rec": ("What did the inspection ask us to do?", "Recommendation (copy from the report)",
                "What needs to change?"),
        "indicator": ("How will we know it has worked?", "Impact measure", "Measure of success"),
        "baseline": ("Where are we now?", "Baseline", "Start position"),
        "latest": ("Latest position", "Most recent figure", "Current"),
        "target": ("Where do we want to be?", "Target", "Target position"),
    },
    "leadgrid": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("Due", "Deadline", "Complete by"),
        "rag": ("RAG", "Status", "Position"),
        "progress": ("Update", "Progress", "Latest"),
        "rec": ("Recommendation", "Ofsted recommendation", "What Ofsted asked"),
        "indicator": ("KPI", "Indicator", "Measure"),
        "baseline": ("Baseline", "Inspection figure", "Start"),
        "latest": ("Latest", "This quarter", "Current value"),
        "target": ("Target", "Aim", "Target value"),
    },
    "email": {
        "ref": ("Ref", "No.", "Action ref"),
        "action": ("Action", "What we said we would do", "Action agreed"),
        "owner": ("Lead", "Owner", "Who"),
        "due": ("Due", "Deadline", "By"),
        "rag": ("", "", ""),
        "progress": ("", "", ""),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Board measure", "KPI"),
        "baseline": ("Baseline", "At inspection", "Start"),
        "latest": ("Latest", "Last month", "Now"),
        "target": ("Target", "Aim", "End target"),
    },
}  # fmt: skip
REC_LABELS35 = {
    "mindmap": "Recommendation {n}",
    "template": "Inspection recommendation {n}",
    "leadgrid": "Rec. {n}",
    "email": "Recommendation {n}:",
}

# status per layout: (printed, rag)
H35_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "mindmap": (("On plan", "green"), ("Under pressure", "amber"), ("Off plan", "red"),
                ("Complete", "blue"), ("Not yet started", None)),
    "template": (("Green", "green"), ("Amber", "amber"), ("Red", "red"),
                 ("Blue - complete", "blue")),
    "leadgrid": (("Going well", "green"), ("Needs attention", "amber"),
                 ("Urgent attention", "red"), ("Finished", "blue"), ("Yet to start", None)),
    "email": (("On track", "green"), ("Slightly behind", "amber"), ("Off track", "red"),
              ("Done", "blue"), ("Not started yet", None)),
}  # fmt: skip
# the unfilled content controls of the template (printed as Word prints their placeholders)
CHOOSE = "Choose an item."
CLICK = "Click or tap here to enter text."

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS35 = ("Wilfred Okonkwo", "Esme Harrowby", "Gideon Pask", "Lowri Bevan", "Nadia Szabo",
            "Callum Fenwick", "Ines Carvalho", "Percy Lamb", "Yasmin Hollis", "Oscar Brantley")  # fmt: skip
CALLOUTS = ("Linked to Safeguarding Partnership priority {n}", "See also the workforce strategy",
            "Discussed at the Practice Quality Group", "Depends on the new case recording system")  # fmt: skip


def h35_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout35 date form and the date it names.

    `end Mar 2027`, `Mar 2027` and `end of March 2027` end the month; `31 March 27`,
    `31/03/2027`, `Wednesday, 31 March 2027`, `31.03.27` and `31/3/27` are that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    yy = f"{d.year % 100:02d}"
    if form == "dmonthyy":
        return f"{d.day} {full} {yy}", d
    if form == "endmon":
        return f"end {mon} {d.year}", month_last(d)
    if form == "ccshort":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "cclong":
        return f"{calendar.day_name[d.weekday()]}, {d.day} {full} {d.year}", d
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{yy}", d
    if form == "monyyyy":
        return f"{mon} {d.year}", month_last(d)
    if form == "dmy":
        return f"{d.day}/{d.month}/{yy}", d
    if form == "endof":
        return f"end of {full} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"mindmap": ("dmonthyy", "endmon"), "template": ("ccshort", "cclong"),
              "leadgrid": ("dots", "monyyyy"), "email": ("dmy", "endof")}  # fmt: skip
MONTH_FORMS = ("endmon", "monyyyy", "endof")

HOLDOUT35: tuple[H35Family, ...] = (
    H35Family("rl-mind-map", "holdout35", "reportlab", ("curves",), ("branches",),
              vocab="holdout35", layout="mindmap", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a mind map of the plan on A3, a central topic, the "
                          "recommendations as branches on both sides, the actions as topics at "
                          "the branch ends (left side right-aligned), priority icons and "
                          "callouts as distractors"),
    H35Family("docx-filled-template", "holdout35", "docx", ("grid",), ("prompt_row",),
              vocab="holdout35", layout="template", kpi=0.5, landscape=1.0, progress=0.6,
              description="Word printed by LibreOffice: the PMO's action-plan template as "
                          "filled in, prompts as headers with guidance under them, a guidance "
                          "box and a grey worked example row left in, unfilled content controls "
                          "printing their placeholders, spare blank rows"),
    H35Family("xlsx-lead-grid", "holdout35", "xlsx", ("grid",), ("rec_rows",),
              vocab="holdout35", layout="leadgrid", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a who-does-what grid, a row per "
                          "recommendation and a column per lead, each cell holding that lead's "
                          "actions for it as lines (ref and text, due, status, update)"),
    H35Family("html-email-thread", "holdout35", "chromium", ("none",), ("table_rows",),
              vocab="holdout35", layout="email", kpi=0.5, landscape=0.0, progress=0.7,
              description="HTML printed by Chromium: a printed e-mail thread, newest first; the "
                          "oldest message holds the plan table, the leads' replies give status "
                          "and update by ref, an out-of-office reply and a chaser"),
)  # fmt: skip


def build_holdout35(fam: H35Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout35:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    if layout == "email":
        leads = rng.sample(C.PEOPLE, 5)
    else:
        leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    form = rng.choice(DATE_FORMS[layout])
    features: dict[str, object] = {}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = rng.sample(OTHERS35, 6)
    # email: who answered the chaser (the others' actions print no status and no update)
    replied = {ld: rng.random() < 0.8 for ld in leads}
    actions: list[H8Action] = []
    unset: list[str] = []  # template: status left as the placeholder
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 16))
            if form not in MONTH_FORMS and rng.random() < 0.65:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status: str | None
            status, rag = rng.choice(H35_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = f"{num}.{k}"
            if layout == "template" and rng.random() < 0.15:
                status, rag = None, None
                unset.append(ref)
            if layout == "email" and not replied[owner]:
                status, rag, progress = None, None, None
            due_raw, due_date = h35_due(form, d)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    if layout == "mindmap":
        features.update(
            status_style="flag-word",
            priorities={a.ref: rng.randint(1, 3) for a in actions if rng.random() < 0.4},
            callouts={num: rng.choice(CALLOUTS).format(n=rng.randint(1, 5))
                      for num, _ in recs if rng.random() < 0.35},
            edited_by=others[0],
            sponsor=others[1],
            tool_version=f"{rng.randint(8, 12)}.{rng.randint(0, 4)}",
            colours=rng.sample(range(6), n_recs),
        )  # fmt: skip
    elif layout == "template":
        features.update(
            status_style="cell-word",
            unset=unset,
            pmo=others[0],
            plan_owner=others[1],
            version=f"0.{rng.randint(2, 9)}",
            review=_months_after(issued, 3).replace(day=1).isoformat(),
            spare_rows=rng.choice((1, 2, 2, 3)),
            example=rng.random() < 0.85,
        )
    elif layout == "leadgrid":
        features.update(
            status_style="line-word",
            compiled_by=others[0],
            totals=rng.random() < 0.6,
            blank_mark=rng.choice(("", "-", "n/a")),
        )
    else:
        owners = []
        for a in actions:
            if a.owner not in owners:
                owners.append(a.owner)
        responders = [o for o in owners if replied[o]]
        silent = [o for o in owners if not replied[o]]
        rng.shuffle(responders)
        ooo = [o for o in silent if rng.random() < 0.5]
        features.update(
            status_style="reply-line",
            pmo=others[0],
            clerk=others[1],
            mailbox=others[2],
            cc=others[3:5],
            responders=responders,
            out_of_office=ooo,
            dash=rng.choice((" - ", ": ")),
            board=_months_after(issued, 0).replace(day=rng.randint(20, 28)).isoformat(),
            jobs={o: rng.choice(C.TITLES) for o in owners},
            phones={o: f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
                    for o in owners},
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H35_HEADERS[layout].items()}
    title = {
        "mindmap": f"{authority} - Children's Services Improvement Plan",
        "template": "Improvement Action Plan",
        "leadgrid": f"{authority} Council - Who is doing what: Children's Services Improvement",
        "email": "RE: Improvement plan - updates for the board",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS35[layout], actions=list(actions), kpis=kpis, headers=headers,
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
