"""The `holdout41` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout40).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout41.py`),
its output (`out/holdout41*`) or its results (`results/*holdout41*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout41 split"): a QUESTIONS AND ANSWERS document whose field
labels are questions (`Who is leading this?`, `When will it be done?`), general Q&As between
the recommendations (ReportLab); the plan written as USER STORIES by a digital team, each
recommendation an epic, each action a story card (`As a` / `I want` / `So that` / acceptance
criteria / story owner / done by / status / sprint notes) (Word printed by LibreOffice); an
ISSUE TRACKER EXPORT, one flat sheet of epics (the recommendations) and stories (the actions)
linked only by a `Parent` key, with reporters, sprints and story points (Excel printed by
LibreOffice Calc); a wiki's MEETING NOTES page, attendees as @mentions, a discussion table, and
ACTION ITEMS as a task list with @mention owners and date and status lozenges (HTML printed by
Chromium). A forty-second header vocabulary and date forms (`Wednesday 31 March 2027`, `March
2027`, `31.03.2027`, `w/e 31/03/2027`, date cells `31/Mar/27` and `Mar 27`, `Mar 31, 2027`,
`31 Mar 2027`).
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
from samples.plangen.holdout40 import H40Family


@dataclass(frozen=True, slots=True)
class H41Family(H40Family):
    """A holdout41 family: its own builder and renderer (checked before H40Family)."""


# Header and label wordings of holdout41, per layout (each plan draws one of each).
H41_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "faq": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Who is leading this?", "Who is responsible?", "Who will make sure it happens?"),
        "due": ("When will it be done?", "By when?", "When will this be finished?"),
        "rag": ("How is it going?", "Are we on track?", "How are we doing?"),
        "progress": ("What has happened so far?", "What have we done?", "Any news?"),
        "rec": ("", "", ""),
        "indicator": ("What we count", "Measure", "How we will know"),
        "baseline": ("When Ofsted visited", "Before", "Starting point"),
        "latest": ("Now", "Most recent", "Latest figure"),
        "target": ("What we are aiming for", "Aim", "Target"),
    },
    "stories": {
        "ref": ("", "", ""),
        "action": ("I want", "I want to", "We will"),
        "owner": ("Story owner", "Product owner", "Accountable"),
        "due": ("Done by", "Definition of done date", "Target"),
        "rag": ("Status", "Board column", "State"),
        "progress": ("Sprint notes", "Review notes", "Latest from stand-up"),
        "rec": ("", "", ""),
        "indicator": ("Outcome metric", "Measure of success", "Metric"),
        "baseline": ("Baseline", "At discovery", "Before"),
        "latest": ("Latest", "Last sprint", "Current"),
        "target": ("Target", "Goal", "Success looks like"),
    },
    "jira": {
        "ref": ("Issue key", "Key", "Issue"),
        "action": ("Summary", "Title", "Issue summary"),
        "owner": ("Assignee", "Assigned to", "Owner"),
        "due": ("Due date", "Due", "Target end"),
        "rag": ("Status", "Workflow status", "Health"),
        "progress": ("Last comment", "Latest comment", "Comment"),
        "rec": ("", "", ""),
        "indicator": ("Metric", "Measure", "KPI name"),
        "baseline": ("Baseline", "Start value", "Baseline value"),
        "latest": ("Current", "Current value", "Actual"),
        "target": ("Target", "Target value", "Goal"),
    },
    "notes": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("", "", ""),
        "rag": ("", "", ""),
        "progress": ("Update:", "Note:", "Latest:"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Indicator", "What we track"),
        "baseline": ("Baseline", "Start", "Was"),
        "latest": ("Latest", "Now", "Is"),
        "target": ("Target", "Aim", "Goal"),
    },
}  # fmt: skip
REC_LABELS41 = {
    "faq": "Recommendation {n}",
    "stories": "Epic {n}",
    "jira": "Epic {n}",
    "notes": "Recommendation {n}",
}

# status per layout: (printed, rag)
H41_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "faq": (("Going well", "green"), ("Some delays", "amber"), ("Behind schedule", "red"),
            ("Finished", "blue"), ("Not started yet", None)),
    "stories": (("In progress - on track", "green"), ("In progress - at risk", "amber"),
                ("Blocked", "red"), ("Done", "blue"), ("To do", None)),
    "jira": (("On Track", "green"), ("At Risk", "amber"), ("Blocked", "red"), ("Done", "blue"),
             ("To Do", None)),
    "notes": (("ON TRACK", "green"), ("AT RISK", "amber"), ("OFF TRACK", "red"),
              ("COMPLETE", "blue"), ("NOT STARTED", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS41 = ("Rosalind Achterberg", "Kwabena Fairweather", "Tamsin Oyelaran", "Piers Montgomery-Hale",
            "Saoirse Ekwueme", "Barnaby Quist", "Imogen Nakashima", "Thaddeus Mbeki-Ross",
            "Wilhelmina Crouch", "Desmond Aluko")  # fmt: skip
GENERAL_QS = (
    ("Why has Ofsted asked us to improve?",
     "Ofsted inspected our services for children and found that some things need to get better. "
     "We agree with what they said and we have written this plan to put it right."),
    ("Who checks that the plan is working?",
     "The {board} meets every month and looks at every action. {person} chairs it."),
    ("Can I see the full Ofsted report?",
     "Yes. It is on the Ofsted website, and a copy is on the staff intranet."),
    ("When will Ofsted come back?",
     "Ofsted will make monitoring visits. The next one is expected after {when}."),
    ("How can I get involved?",
     "Tell your manager, or e-mail {person} in the Improvement Team, who collects ideas every "
     "week."),
)  # fmt: skip
ROLES = ("social worker", "team manager", "child in care", "foster carer", "care leaver",
         "independent reviewing officer", "partner agency", "parent")  # fmt: skip
SO_THAT = (
    "children get the right help at the right time",
    "I can see that practice is improving",
    "decisions about children are made without delay",
    "my views are heard and acted on",
    "I know what is expected of me",
    "we can show inspectors the difference we have made",
)  # fmt: skip
CRITERIA = (
    "Evidence is filed in the improvement evidence library",
    "Signed off by the practice quality group",
    "Audit shows a change in at least three quarters of cases sampled",
    "Staff briefing delivered to every team",
    "Children's views recorded on how it feels for them",
    "Performance report shows the change for two months running",
)  # fmt: skip
DISCUSSION = (
    ("Performance report", "Front door timeliness improved; agency rate still high"),
    ("Audit findings", "Themes from the monthly audit presented; chronologies better"),
    ("Workforce update", "Recruitment campaign launched; three offers made"),
    ("Voice of the child", "Children in care council to attend the next meeting"),
    ("Risks", "Budget pressure on placements noted; escalated to the chief executive"),
    ("Any other business", "Date of the next monitoring visit awaited"),
)  # fmt: skip


def h41_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout41 date form and the date it names.

    `Wednesday 31 March 2027`, `31.03.2027`, the date cell `31/Mar/27`, `Mar 31, 2027` and
    `31 Mar 2027` are that day; `w/e 31/03/2027` (week ending) is that day too; `March 2027`
    and the date cell `Mar 27` end the month.
    """
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    if form == "weekday":
        return f"{calendar.day_name[d.weekday()]} {d.day} {full} {d.year}", d
    if form == "month":
        return f"{full} {d.year}", month_last(d)
    if form == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d
    if form == "week-ending":
        return f"w/e {d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "cell-jira":
        return f"{d.day:02d}/{mon}/{d.year % 100:02d}", d
    if form == "cell-mon-yy":
        return f"{mon} {d.year % 100:02d}", month_last(d)
    if form == "us":
        return f"{mon} {d.day}, {d.year}", d
    if form == "d-mon":
        return f"{d.day} {mon} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"faq": ("weekday", "month"), "stories": ("dotted", "week-ending"),
              "jira": ("cell-jira", "cell-mon-yy"), "notes": ("us", "d-mon")}  # fmt: skip
MONTH_FORMS = ("month", "cell-mon-yy")

HOLDOUT41: tuple[H41Family, ...] = (
    H41Family("rl-faq", "holdout41", "reportlab", ("none",), ("rec_question",),
              vocab="holdout41", layout="faq", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: the plan as questions and answers, the field labels "
                          "questions (`Who is leading this?`), general Q&As (distractors) "
                          "between the recommendations"),
    H41Family("docx-user-stories", "holdout41", "docx", ("grid",), ("rec_epic",),
              vocab="holdout41", layout="stories", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: the plan as user stories, each "
                          "recommendation an epic, each action a story card (As a / I want / "
                          "So that / acceptance criteria / owner / done by / status / notes)"),
    H41Family("xlsx-issue-export", "holdout41", "xlsx", ("grid",), ("rec_parent_key",),
              vocab="holdout41", layout="jira", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: an issue tracker export, epics "
                          "(the recommendations) and stories (the actions) in one flat sheet "
                          "sorted by key, linked only by the `Parent` key"),
    H41Family("html-meeting-notes", "holdout41", "chromium", ("none",), ("rec_headings",),
              vocab="holdout41", layout="notes", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a wiki meeting-notes page, attendees as "
                          "@mentions, a discussion table, action items as a task list with "
                          "@mention owners and date and status lozenges"),
)  # fmt: skip


def build_holdout41(fam: H41Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout41:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    mix = rng.random()
    if layout == "notes" or mix < 0.4:
        leads = rng.sample(C.PEOPLE, 5)  # @mentions are people
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
    others = rng.sample(OTHERS41, 8)
    statuses = H41_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            d = _months_after(start, rng.randint(2, 16))
            if form == "week-ending":  # a Friday
                d = d.replace(day=rng.randint(1, 21))
                d = d + timedelta(days=(4 - d.weekday()) % 7)
            elif form not in MONTH_FORMS and rng.random() < 0.65:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            owner = rng.choice(leads)
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            due_raw, due_date = h41_due(form, d)
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "jira":
        # keys numbered through in the order created: each epic, then its stories
        proj = rng.choice(("CSIP", "IMPV", "OFST", "CSC"))
        base = rng.randint(3, 40)
        n = base
        epic_key: dict[str, str] = {}
        for num, _ in recs:
            epic_key[num] = f"{proj}-{n}"
            n += 1
            for a in actions:
                if a.recs[0] == num:
                    a.ref = f"{proj}-{n}"
                    n += 1
        features.update(
            status_style="cell-word",
            project=proj,
            epic_key=epic_key,
            reporters={a.ref: rng.choice(others[:4]) for a in actions},
            epic_reporter=others[4],
            sprints={
                a.ref: rng.choice(("", f"{proj} Sprint 3", f"{proj} Sprint 4", f"{proj} Sprint 5"))
                for a in actions
            },  # fmt: skip
            points={a.ref: rng.choice((1, 2, 3, 5, 8, 13)) for a in actions},
            created={a.ref: some_day(rng.randint(3, 6)).isoformat() for a in actions},
            exported_by=others[5],
            sort=rng.choice(("key", "status")),
        )
    elif layout == "faq":
        order = list(range(len(GENERAL_QS)))
        rng.shuffle(order)
        features.update(
            status_style="line-word",
            general=order[: len(recs)],
            board=rng.choice(C.BOARDS),
            chair=others[0],
            contact=others[1],
            next_visit=_months_after(issued, rng.randint(2, 5)).isoformat(),
            phone=f"0{rng.randint(1200, 1999)} {rng.randint(100000, 999999)}",
        )
    elif layout == "stories":
        features.update(
            status_style="cell-word",
            roles={a.ref: rng.choice(ROLES) for a in actions},
            so_that={a.ref: rng.choice(SO_THAT) for a in actions},
            criteria={a.ref: rng.sample(CRITERIA, 2) for a in actions},
            points={a.ref: rng.choice((2, 3, 5, 8)) for a in actions},
            sprint={a.ref: rng.randint(2, 9) for a in actions},
            product_lead=others[2],
            team=rng.choice(("Team Kestrel", "Team Otter", "Digital Practice Squad")),
        )
    else:
        attendees = rng.sample(others, 5)
        features.update(
            status_style="lozenge",
            meeting=some_day(0).isoformat(),
            attendees=attendees,
            apologies=[o for o in others if o not in attendees][:2],
            discussion=[(t, n_, rng.choice(attendees)) for t, n_ in rng.sample(DISCUSSION, 3)],
            editor=others[7],
            edited=some_day(0).isoformat(),
            board=rng.choice(C.BOARDS),
        )
    headers = {role: rng.choice(words) for role, words in H41_HEADERS[layout].items()}
    title = {
        "faq": "Our improvement plan: your questions answered",
        "stories": f"{authority} Children's Services improvement backlog: user stories",
        "jira": "Children's Services Improvement - issue export",
        "notes": "Improvement Board meeting notes",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS41[layout], actions=list(actions), kpis=kpis, headers=headers,
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
