"""The `holdout44` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout43).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout44.py`),
its output (`out/holdout44*`) or its results (`results/*holdout44*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout44 split"): the plan READ OUT AT A SCRUTINY COMMITTEE, a
VERBATIM TRANSCRIPT with timestamps and speaker labels, the director speaking each action and
councillors' questions between (ReportLab); the plan as WORKSTREAM CHARTERS, a section per
workstream (chair and members as distractors), each deliverable a paragraph with a run-in
`Accountable / Milestone / Confidence` line, CONFIDENCE in place of a RAG (Word printed by
LibreOffice); a CSV EXPORT OPENED UNSPLIT in a spreadsheet, each record a semicolon-delimited
quoted line in column A (Excel printed by LibreOffice Calc); the plan's API response printed from
a browser's JSON VIEWER with line numbers (HTML printed by Chromium). A forty-fifth header
vocabulary and date forms (`31st March 2027`, `the end of March 2027`, `14-Mar-27`, `Mar-27`,
`20270331`, `202703`, `2027-03-31T00:00:00Z`, `2027-03`).
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
from samples.plangen.holdout43 import H43Family


@dataclass(frozen=True, slots=True)
class H44Family(H43Family):
    """A holdout44 family: its own builder and renderer (checked before H43Family)."""


# Header and label wordings of holdout44, per layout (each plan draws one of each).
H44_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "transcript": {
        "ref": ("Action", "Item", "Action point"),
        "action": ("", "", ""),
        "owner": ("is led by", "sits with", "is owned by"),
        "due": ("is due by", "should be done by", "is to be completed by"),
        "rag": ("We are reporting it as", "Our assessment is", "It is rated"),
        "progress": ("", "", ""),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Performance indicator", "Indicator"),
        "baseline": ("At inspection", "Baseline", "Starting point"),
        "latest": ("Latest", "Most recent", "Now"),
        "target": ("Target", "Ambition", "Aim"),
    },
    "charter": {
        "ref": ("Deliverable", "D", "Deliverable ref"),
        "action": ("", "", ""),
        "owner": ("Accountable", "Workstream lead for this", "Delivery lead"),
        "due": ("Milestone", "Land by", "Checkpoint"),
        "rag": ("Confidence", "Delivery confidence", "Lead's confidence"),
        "progress": ("Since last board", "Update", "Position"),
        "rec": ("Answers", "Responds to", "Addresses"),
        "indicator": ("Success measure", "How we will know", "Outcome"),
        "baseline": ("Baseline", "From", "Now (start)"),
        "latest": ("Latest", "Current", "Reported"),
        "target": ("Success looks like", "Target", "To"),
    },
    "csv": {
        "ref": ("action_id", "ref", "ACT_REF"),
        "action": ("description", "action_text", "ACT_DESC"),
        "owner": ("owner_name", "responsible", "ACT_OWNER"),
        "due": ("due_yyyymmdd", "target_date", "ACT_DUE"),
        "rag": ("status_code", "rag_code", "ACT_STATUS"),
        "progress": ("last_comment", "update_text", "ACT_NOTE"),
        "rec": ("rec_id", "parent_rec", "REC_NO"),
        "indicator": ("kpi_name", "measure", "KPI_DESC"),
        "baseline": ("baseline", "base_val", "KPI_BASE"),
        "latest": ("latest", "curr_val", "KPI_LATEST"),
        "target": ("target", "tgt_val", "KPI_TARGET"),
    },
    "json": {
        "ref": ("ref", "actionRef", "key"),
        "action": ("title", "description", "summary"),
        "owner": ("owner", "assignee", "lead"),
        "due": ("dueDate", "deadline", "targetDate"),
        "rag": ("status", "health", "state"),
        "progress": ("latestUpdate", "lastComment", "note"),
        "rec": ("recommendation", "parent", "finding"),
        "indicator": ("name", "metric", "label"),
        "baseline": ("baseline", "start", "from"),
        "latest": ("current", "latest", "actual"),
        "target": ("target", "goal", "to"),
    },
}  # fmt: skip
REC_LABELS44 = {
    "transcript": "Recommendation {n}",
    "charter": "Ofsted recommendation {n}",
    "csv": "{n}",
    "json": "{n}",
}

# status per layout: (printed, rag)
H44_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "transcript": (("on track", "green"), ("at some risk", "amber"), ("behind schedule", "red"),
                   ("complete", "blue"), ("not yet started", None)),
    "charter": (("High", "green"), ("Medium", "amber"), ("Low", "red"),
                ("Delivered", "blue"), ("Not yet assessed", None)),
    "csv": (("ONTRK", "green"), ("ATRSK", "amber"), ("OFFTR", "red"),
            ("CMPLT", "blue"), ("NSTRT", None)),
    "json": (("ON_TRACK", "green"), ("AT_RISK", "amber"), ("OFF_TRACK", "red"),
             ("DONE", "blue"), ("BACKLOG", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules (not checked)
OTHERS44 = ("Cllr Marjorie Fettiplace", "Cllr Obafemi Strachan", "Cllr Henrike Dunmore",
            "Cllr Ptolemy Asante", "Gwendolyn Rusk-Olawale", "Florian Abernethy",
            "Ngozi Penrose", "Torquil Makinde", "Esperanza Whitlow", "Lysander Oduro")  # fmt: skip
WORKSTREAMS = ("Practice quality", "Workforce", "Partnerships and front door", "Leadership and "
               "governance", "Children in care and care leavers", "Performance and quality "
               "assurance", "Early help", "Voice of the child")  # fmt: skip
QUESTIONS = (
    "Can I ask how confident you are that this will hold once the agency staff leave?",
    "What does that mean for families on the estates in my ward?",
    "When will this committee see the evidence, rather than a description of it?",
    "How much of this depends on the new case recording system going live?",
    "Has the Improvement Board challenged that timescale?",
    "Is the budget for this secure beyond this financial year?",
)


def h44_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout44 date form and the date it names.

    `31st March 2027`, `14-Mar-27`, `20270331` and `2027-03-31T00:00:00Z` are that day;
    `the end of March 2027`, `Mar-27`, `202703` and `2027-03` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "ordinal":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {full} {d.year}", d
    if form == "end-of":
        return f"the end of {full} {d.year}", month_last(d)
    if form == "dd-mon-yy":
        return f"{d.day:02d}-{mon}-{d.year % 100:02d}", d
    if form == "mon-yy":
        return f"{mon}-{d.year % 100:02d}", month_last(d)
    if form == "yyyymmdd":
        return f"{d.year}{d.month:02d}{d.day:02d}", d
    if form == "yyyymm":
        return f"{d.year}{d.month:02d}", month_last(d)
    if form == "iso-time":
        return f"{d.isoformat()}T00:00:00Z", d
    if form == "iso-month":
        return f"{d.year}-{d.month:02d}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"transcript": ("ordinal", "end-of"), "charter": ("dd-mon-yy", "mon-yy"),
              "csv": ("yyyymmdd", "yyyymm"), "json": ("iso-time", "iso-month")}  # fmt: skip
MONTH_FORMS = ("end-of", "mon-yy", "yyyymm", "iso-month")

HOLDOUT44: tuple[H44Family, ...] = (
    H44Family("rl-committee-transcript", "holdout44", "reportlab", ("none",), ("rec_spoken",),
              vocab="holdout44", layout="transcript", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a scrutiny committee's verbatim transcript, timestamps "
                          "and speaker labels, the director reading out each action (ref, "
                          "owner, due, status in speech), councillors' questions between"),
    H44Family("docx-workstream-charters", "holdout44", "docx", ("none",), ("rec_answers",),
              vocab="holdout44", layout="charter", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: the plan as workstream charters (chair, "
                          "members, meeting cycle as distractors), each deliverable a paragraph "
                          "with a run-in Accountable / Milestone / Confidence line"),
    H44Family("xlsx-unsplit-csv", "holdout44", "xlsx", ("none",), ("rec_records",),
              vocab="holdout44", layout="csv", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a CSV export opened unsplit, each "
                          "record (REC, ACT, KPI) a semicolon-delimited quoted line in column A"),
    H44Family("html-json-viewer", "holdout44", "chromium", ("none",), ("rec_nested",),
              vocab="holdout44", layout="json", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: the plan's API response in a browser's "
                          "JSON viewer (line numbers, syntax colours, nested recommendations "
                          "and actions, audit fields as distractors)"),
)  # fmt: skip


def build_holdout44(fam: H44Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout44:{seed}:{fam.name}:{index}")
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
    others = rng.sample(OTHERS44, 8)
    statuses = H44_STATUS[layout]
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
            due_raw, due_date = h44_due(form, d)
            ref = {"charter": f"D{num}.{k}", "csv": f"A{num}{k:02d}",
                   "json": f"IMP-{num}{k:02d}"}.get(layout, f"{num}.{k}")  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "transcript":
        cllrs = [o for o in others if o.startswith("Cllr ")]
        officers = [o for o in others if not o.startswith("Cllr ")]
        features.update(
            chair=cllrs[0],
            councillors=cllrs[1:] + officers[2:3],
            director=officers[0],
            clerk=officers[1],
            questions=rng.sample(QUESTIONS, 4),
            next_meeting=_months_after(issued, 2).replace(day=rng.randint(1, 28)).isoformat(),
            clock=(18, rng.randint(0, 20)),
        )
    elif layout == "charter":
        n_ws = min(len(recs), rng.randint(2, 3))
        names = rng.sample(WORKSTREAMS, n_ws)
        # each recommendation to one workstream (round robin over a shuffled order)
        order = [n for n, _ in recs]
        rng.shuffle(order)
        ws_of = {n: names[i % n_ws] for i, n in enumerate(order)}
        features.update(
            workstreams=names,
            ws_of=ws_of,
            chairs={w: rng.choice(others[:6]) for w in names},
            members={w: rng.sample(others, 3) for w in names},
            cycle=rng.choice(("fortnightly", "monthly", "every six weeks")),
            sro=others[7],
            board=some_day(1).isoformat(),
        )
    elif layout == "csv":
        features.update(
            system=rng.choice(("Pentana", "InPhase", "Covalent", "Verto")),
            exported_by=others[5],
            exported=f"{some_day(0).isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
            run_id=rng.randint(10000, 99999),
            changed_by={a.ref: rng.choice(others[4:]) for a in actions},
            changed={a.ref: some_day(rng.randint(0, 3)).strftime("%Y%m%d") for a in actions},
        )
    else:
        features.update(
            url=f"https://plans.{authority.lower().replace(' ', '')}.gov.uk/api/v2/plans/"
            f"{rng.randint(100, 999)}?expand=actions,measures",
            created_by=others[6],
            updated_by={a.ref: rng.choice(others[4:]) for a in actions},
            updated={a.ref: some_day(rng.randint(0, 3)).isoformat() for a in actions},
            watchers=rng.sample(others[4:], 2),
        )
    headers = {role: rng.choice(words) for role, words in H44_HEADERS[layout].items()}
    title = {
        "transcript": "Children and Young People Scrutiny Committee: verbatim record",
        "charter": "Improvement programme: workstream charters",
        "csv": "improvement_plan_export.csv",
        "json": "Improvement plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS44[layout], actions=list(actions), kpis=kpis, headers=headers,
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
