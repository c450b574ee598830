"""The `holdout40` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout39).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout40.py`),
its output (`out/holdout40*`) or its results (`results/*holdout40*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout40 split"): a 7 MINUTE BRIEFING for staff, a landscape
page per recommendation of seven numbered boxes set round a central clock emblem, the actions in
one of them (ReportLab); a SIGNS OF SAFETY MAP of the plan, per recommendation a three-column
table `What are we worried about?` | `What's working well?` | `What needs to happen?` with a
scaling line, the actions only in the third column (Word printed by LibreOffice); a
TRACEABILITY workbook whose actions are grouped by WORKSTREAM and whose only link to a
recommendation is the `Addressed by` list of action IDs on the recommendations sheet (Excel
printed by LibreOffice Calc); the print of an OKR tool's page, each recommendation an
OBJECTIVE with an owner and a progress figure, KEY RESULTS (not actions, with their own owners
and dates) and INITIATIVES (the actions) (HTML printed by Chromium). A forty-first header
vocabulary and date forms (`31st March 2027`, `end of March 2027`, `31/3/2027`, `Mar-27`, date
cells `31 March 2027` and `Mar-2027`, `2027/03/31`, `Q1 2027`).
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
from samples.plangen.holdout39 import H39Family


@dataclass(frozen=True, slots=True)
class H40Family(H39Family):
    """A holdout40 family: its own builder and renderer (checked before H39Family)."""


# Header and label wordings of holdout40, per layout (each plan draws one of each).
H40_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "briefing": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead:", "Led by:", "Who:"),
        "due": ("By:", "Deadline:", "When:"),
        "rag": ("RAG:", "Where we are:", "Status:"),
        "progress": ("Latest:", "Update:", "So far:"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "What we measure", "Indicator"),
        "baseline": ("Starting point", "Baseline", "When inspected"),
        "latest": ("Now", "Latest", "This month"),
        "target": ("Aim", "Target", "By 2027"),
    },
    "sos": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Who:", "Who is responsible:", "Lead person:"),
        "due": ("By when:", "When:", "Timescale:"),
        "rag": ("Progress:", "Rating:", "Where we are:"),
        "progress": ("What has happened:", "Update:", "Story so far:"),
        "rec": ("", "", ""),
        "indicator": ("How we will know", "Measure", "Evidence of change"),
        "baseline": ("Where we started", "Baseline", "Start"),
        "latest": ("Where we are now", "Latest", "Now"),
        "target": ("Where we want to be", "Target", "Goal"),
    },
    "trace": {
        "ref": ("ID", "Action ID", "Ref."),
        "action": ("Action", "Activity", "What will be done"),
        "owner": ("Responsible officer", "Lead", "Owner"),
        "due": ("Target date", "Due", "Deliver by"),
        "rag": ("Status", "Delivery status", "RAG status"),
        "progress": ("Commentary", "Progress note", "Update this period"),
        "rec": ("Rec.", "Recommendation no.", "Ofsted rec."),
        "indicator": ("Performance measure", "KPI", "Metric"),
        "baseline": ("Baseline", "Baseline (inspection)", "Start"),
        "latest": ("Current", "Latest", "Position now"),
        "target": ("Target", "End target", "Aim"),
    },
    "okr": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Owner", "Assignee", "Led by"),
        "due": ("Due", "Due date", "Target date"),
        "rag": ("Status", "Health", "Progress status"),
        "progress": ("Check-in", "Latest check-in", "Note"),
        "rec": ("", "", ""),
        "indicator": ("Metric", "Tracked metric", "Indicator"),
        "baseline": ("Baseline", "Start value", "Starting value"),
        "latest": ("Current", "Current value", "Latest"),
        "target": ("Target", "Target value", "Goal"),
    },
}  # fmt: skip
REC_LABELS40 = {
    "briefing": "Recommendation {n}",
    "sos": "Area for improvement {n}",
    "trace": "Rec. {n}",
    "okr": "Objective {n}",
}

# status per layout: (printed, rag)
H40_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "briefing": (("Green: on course", "green"), ("Amber: watch", "amber"),
                 ("Red: behind", "red"), ("Done", "blue"), ("Not begun yet", None)),
    "sos": (("On course", "green"), ("Wobbling", "amber"), ("Stuck", "red"),
            ("Achieved", "blue"), ("Yet to begin", None)),
    "trace": (("On plan", "green"), ("Under pressure", "amber"), ("Off plan", "red"),
              ("Delivered", "blue"), ("Not due to start", None)),
    "okr": (("On track", "green"), ("At risk", "amber"), ("Behind", "red"), ("Done", "blue"),
            ("Not started", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS40 = ("Marguerite Okonjo", "Alasdair Penhaligon", "Yusra Bellweather", "Crispin Adeyemi",
            "Henrietta Vasquez-Lowe", "Lachlan Oduya", "Perpetua Saltmarsh", "Idris Kavanagh",
            "Ophelia Strand", "Benedict Ankrah")  # fmt: skip
WHY_IT_MATTERS = (
    "Children told inspectors they did not always know why decisions were made about them.",
    "When this goes well, children get the right help at the right time and stay safe.",
    "Families deserve consistent practice whichever team they meet.",
    "Inspectors will look at this first when they come back for a monitoring visit.",
    "Good practice here reduces drift and delay for children.",
)  # fmt: skip
QUESTIONS = (
    "What does this look like in your team today?",
    "How would a child know that things had changed?",
    "What gets in the way, and who could help remove it?",
    "Which of your cases would you bring to the next practice week?",
    "What would you want your manager to notice?",
    "How do you record the child's voice on this?",
)  # fmt: skip
WORRIES = (
    "Some plans are not specific enough to show what must change",
    "Management oversight is not always recorded on the file",
    "Children's views are not consistently captured",
    "High turnover means some children have had several social workers",
    "Partners do not always attend key meetings",
    "Audit findings are not always followed up",
)  # fmt: skip
WORKING_WELL = (
    "Staff say they feel supported by their managers",
    "Strong partnership with schools and health visitors",
    "Recent audits show better chronologies",
    "Children in care council is active and heard by senior leaders",
    "Front door decisions are timely",
    "New practice standards launched and understood",
)  # fmt: skip
WORKSTREAMS = ("Workforce", "Practice quality", "Partnerships", "Systems and data",
               "Voice of the child", "Leadership and governance")  # fmt: skip
KEY_RESULTS = (
    "Raise audits graded good or better from {a}% to {c}%",
    "Cut the number of children with three or more social workers in a year by {a}%",
    "{a}% of plans reviewed by a manager within 20 working days",
    "Hear from {b} children through the participation survey",
    "Reduce agency staff to {a}% of the workforce",
    "{b} managers complete the practice leadership programme",
)  # fmt: skip


def h40_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout40 date form and the date it names.

    `31st March 2027`, `31/3/2027`, the date cell `31 March 2027` and `2027/03/31` are that day;
    `end of March 2027`, `Mar-27`, the date cell `Mar-2027` end the month; `Q1 2027` ends the
    calendar quarter (31 March 2027).
    """
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    if form == "ordinal":
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suffix} {full} {d.year}", d
    if form == "end-of":
        return f"end of {full} {d.year}", month_last(d)
    if form == "dmy-short":
        return f"{d.day}/{d.month}/{d.year}", d
    if form == "mon-yy":
        return f"{mon}-{d.year % 100:02d}", month_last(d)
    if form == "cell-long":
        return f"{d.day} {full} {d.year}", d
    if form == "cell-mon":
        return f"{mon}-{d.year}", month_last(d)
    if form == "slashed-iso":
        return f"{d.year}/{d.month:02d}/{d.day:02d}", d
    if form == "quarter":
        q = (d.month - 1) // 3 + 1
        end = month_last(date(d.year, q * 3, 1))
        return f"Q{q} {d.year}", end
    raise ValueError(form)


DATE_FORMS = {"briefing": ("ordinal", "end-of"), "sos": ("dmy-short", "mon-yy"),
              "trace": ("cell-long", "cell-mon"), "okr": ("slashed-iso", "quarter")}  # fmt: skip
MONTH_FORMS = ("end-of", "mon-yy", "cell-mon", "quarter")

HOLDOUT40: tuple[H40Family, ...] = (
    H40Family("rl-seven-minute-briefing", "holdout40", "reportlab", ("boxes",),
              ("rec_page",), vocab="holdout40", layout="briefing", kpi=0.5, landscape=1.0,
              progress=0.5,
              description="ReportLab: a 7 minute briefing for staff, a landscape page per "
                          "recommendation of seven numbered boxes round a central clock "
                          "emblem, the actions in box 5, the other boxes distractors"),
    H40Family("docx-signs-of-safety", "holdout40", "docx", ("grid",), ("rec_headings",),
              vocab="holdout40", layout="sos", kpi=0.5, landscape=1.0, progress=0.5,
              description="Word printed by LibreOffice: the plan as a Signs of Safety map, per "
                          "recommendation a three-column table of worries, what is working "
                          "well and what needs to happen (the actions), with a scaling line"),
    H40Family("xlsx-traceability", "holdout40", "xlsx", ("grid",), ("rec_list_ids",),
              vocab="holdout40", layout="trace", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: actions grouped under workstream "
                          "banners, numbered through the plan, linked to recommendations only "
                          "by the recommendations sheet's `Addressed by` list of action IDs"),
    H40Family("html-okr-page", "holdout40", "chromium", ("none",), ("rec_objective",),
              vocab="holdout40", layout="okr", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an OKR tool's page, each recommendation "
                          "an objective with its owner and progress, key results (not actions) "
                          "and initiatives (the actions)"),
)  # fmt: skip


def build_holdout40(fam: H40Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout40:{seed}:{fam.name}:{index}")
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
    others = rng.sample(OTHERS40, 8)
    statuses = H40_STATUS[layout]
    streams = rng.sample(WORKSTREAMS, rng.randint(3, 4))
    actions: list[H8Action] = []
    stream_of: dict[str, str] = {}  # trace: provisional key -> workstream
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
            due_raw, due_date = h40_due(form, d)
            ref = f"{num}{'abcdefgh'[k - 1]}" if layout == "briefing" else f"{num}.{k}"
            if layout == "trace":
                stream_of[ref] = rng.choice(streams)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "trace":
        # actions listed by workstream (in the drawn order), numbered through: A01, A02, ...
        ordered = [a for s in streams for a in actions if stream_of[a.ref] == s]
        streams = [s for s in streams if any(stream_of[a.ref] == s for a in actions)]
        by_stream: dict[str, list[str]] = {s: [] for s in streams}
        for i, a in enumerate(ordered, start=1):
            by_stream[stream_of[a.ref]].append(f"A{i:02d}")
            a.ref = f"A{i:02d}"
        actions = ordered
        paras = {a.ref: sorted(rng.sample(range(8, 60), rng.randint(1, 2))) for a in actions}
        features.update(
            status_style="cell-word",
            streams=[(s, others[i % 4], by_stream[s]) for i, s in enumerate(streams)],
            paras=paras,
            compiled_by=others[5],
            compiled=some_day(0).isoformat(),
            rec_order=[n for n, _ in recs],
        )
    elif layout == "briefing":
        features.update(
            status_style="line-word",
            sponsors={n: (others[i % 4], rng.choice(C.BOARDS)) for i, (n, _) in enumerate(recs)},
            why={n: rng.choice(WHY_IT_MATTERS) for n, _ in recs},
            questions={n: rng.sample(QUESTIONS, 3) for n, _ in recs},
            inspected=_months_after(start, -rng.randint(1, 3)).isoformat(),
            next_briefing=_months_after(issued, 2).replace(day=rng.randint(1, 28)).isoformat(),
            issue=rng.randint(2, 9),
            contact=others[6],
        )
    elif layout == "sos":
        features.update(
            status_style="line-word",
            worries={n: rng.sample(WORRIES, rng.randint(2, 3)) for n, _ in recs},
            well={n: rng.sample(WORKING_WELL, rng.randint(2, 3)) for n, _ in recs},
            scaling={
                n: (
                    rng.randint(2, 7),
                    some_day(rng.randint(0, 2)).isoformat(),
                    rng.choice(C.BOARDS),
                )
                for n, _ in recs
            },  # fmt: skip
            mapped_by=others[0],
            mapped=some_day(1).isoformat(),
        )
    else:
        obj_owner = {n: others[i % 5] for i, (n, _) in enumerate(recs)}
        krs: dict[str, list[tuple[str, str, int, str]]] = {}
        for n, _ in recs:
            krs[n] = []
            for t in rng.sample(KEY_RESULTS, rng.randint(1, 2)):
                a_ = rng.randint(10, 60)
                kr_text = t.format(a=a_, b=rng.randint(20, 300), c=a_ + rng.randint(10, 30))
                kd = month_last(_months_after(start, rng.randint(3, 15)))
                krs[n].append((kr_text, others[5 + rng.randint(0, 2)], rng.randint(5, 95),
                               h40_due(form, kd)[0]))  # fmt: skip
        features.update(
            status_style="chip",
            obj_owner=obj_owner,
            obj_progress={n: rng.randint(10, 90) for n, _ in recs},
            key_results=krs,
            cycle=f"{calendar.month_abbr[start.month]} {start.year} - "
            f"{calendar.month_abbr[_months_after(start, 11).month]} "
            f"{_months_after(start, 11).year}",
            checked_in={
                a.ref: (some_day(rng.randint(0, 2)).isoformat(), rng.choice(others[:4]))
                for a in actions
            },  # fmt: skip
            user=others[7],
        )
    headers = {role: rng.choice(words) for role, words in H40_HEADERS[layout].items()}
    title = {
        "briefing": "7 minute briefing: our improvement plan",
        "sos": f"{authority} Children's Services: our improvement plan mapped with Signs of Safety",
        "trace": f"{authority} Council - Children's Services Improvement Plan",
        "okr": "Children's Services Improvement - OKRs",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS40[layout], actions=list(actions), kpis=kpis, headers=headers,
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
