"""The `holdout66` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout65).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout66.py`),
its output (`out/holdout66*`) or its results (`results/*holdout66*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout66 split"): an END-OF-TERM SCHOOL REPORT, one report box
per recommendation (its subject) with a form tutor, effort and attainment grades and a tutor's
comment (none of them the plan's) over a table of the TARGETS for next term, the actions
(ReportLab); a Word progress story of CASE-STUDY SPOTLIGHTS, each recommendation a section whose
actions are paragraphs, with a shaded box telling a child's story that names a practitioner and
dates (not owners or dues) (Word printed by LibreOffice); an Excel LOCALITY ROLLOUT tracker, one
column per locality team (its team manager named in the header) holding that team's rollout
state, and an OVERALL column that is the action's status (Excel printed by LibreOffice Calc); and
an intranet A TO Z of the plan, the actions in alphabetical order under letter headings with a
letter bar, each naming its recommendation (HTML printed by Chromium). A sixty-seventh header
vocabulary and date forms (`Wednesday, 30 Jun 2027`, `Wednesday 30/06/2027`, `30 JUNE 2027`,
`Wed. 30 June 2027`, `Wed 30/06/2027`, `30 June 2027 Wednesday`, `30/06/27 (Wed)`, `2027 June
30`).
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
from samples.plangen.holdout65 import H65Family


@dataclass(frozen=True, slots=True)
class H66Family(H65Family):
    """A holdout66 family: its own builder and renderer (checked before H65Family)."""


# Header and label wordings of holdout66, per layout (each plan draws one of each).
H66_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "report": {
        "ref": ("Target no.", "Target ref", "Aim no."),
        "action": ("Target for next term", "Next term's target", "What to work on"),
        "owner": ("Who will help", "Supported by", "Helper"),
        "due": ("Attain by", "Aim to reach by", "Grade due by"),
        "rag": ("Progress grade", "Grade this term", "Term grade"),
        "progress": ("Teacher's remark", "Remark this term", "Marking note"),
        "indicator": ("Test results", "Indicator", "Exam measure"),
        "baseline": ("Entry level", "Baseline", "On entry"),
        "latest": ("Mock result", "Latest", "This term's result"),
        "target": ("Predicted grade", "Target", "Aspirational grade"),
    },
    "casestudy": {
        "ref": ("Spotlight step", "Step ref", "Step for children"),
        "owner": ("Who makes it happen", "Making it happen", "Step led by"),
        "due": ("Happening by", "In place for", "Done for children by"),
        "rag": ("How far it has come", "Where this step is", "Step position"),
        "progress": ("What has changed", "The difference so far", "Change seen"),
        "indicator": ("What we tally for children", "Indicator", "Counted for children"),
        "baseline": ("Before the spotlight", "Baseline", "Starting count"),
        "latest": ("Under the spotlight now", "Latest", "Count now"),
        "target": ("What good looks like", "Target", "Count we want"),
    },
    "rollout": {
        "ref": ("Rollout ref", "RO no.", "Roll ref"),
        "action": ("What is rolling out", "Change to roll out", "Practice change"),
        "owner": ("Rollout sponsor", "Countywide sponsor", "Change sponsor"),
        "due": ("Live everywhere by", "All teams by", "Full rollout by"),
        "rag": ("Overall landing", "Overall rollout", "Across all teams"),
        "progress": ("Rollout note", "Spread note", "Where it has landed"),
        "indicator": ("Locality measure", "Indicator", "Measure across teams"),
        "baseline": ("Before rollout", "Baseline", "Pre-rollout"),
        "latest": ("Since rollout", "Latest", "Rollout to date"),
        "target": ("When fully rolled out", "Target", "Rollout target"),
    },
    "atoz": {
        "owner": ("Person to ask", "Who to ask", "Ask this person"),
        "due": ("Due to land", "Landing by", "Should be done"),
        "rag": ("How it's going now", "Going how", "Current mood"),
        "progress": ("What's new", "Recent news", "Word from the team"),
        "indicator": ("Number to watch", "Indicator", "Watched figure"),
        "baseline": ("A year ago", "Baseline", "Back then"),
        "latest": ("Right now", "Latest", "As of today"),
        "target": ("Where we want it", "Target", "Hope to reach"),
    },
}  # fmt: skip
REC_LABELS66 = {"report": "Recommendation {n}", "casestudy": "Recommendation {n}",
                "rollout": "Recommendation {n}", "atoz": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with new ones in each.
H66_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "report": (("Secure", "green"), ("Working at", "amber"), ("Cause for concern", "red"),
               ("Mastered", "blue"), ("Ungraded this term", None)),
    "casestudy": (("Children feeling it", "green"), ("Early signs only", "amber"),
                  ("No difference yet", "red"), ("Done", "blue"), ("Spotlight still dark", None)),
    "rollout": (("Landing well", "green"), ("Patchy landing", "amber"), ("Not landing", "red"),
                ("Everywhere now", "blue"), ("Not started", None)),
    "atoz": (("Going nicely", "green"), ("Lagging a little", "amber"), ("Off track", "red"),
             ("All wrapped up", "blue"), ("Still to kick off", None)),
}  # fmt: skip

# rollout: a locality team's own state for an action (DISTRACTORS, not statuses)
TEAM_STATES = ("Live", "Piloting", "Staff trained", "Booked", "Not yet", "n/a")
LOCALITIES = ("North", "South", "East", "West", "Central", "Coastal", "Vale", "Town")

# distractor people: none is in content.PEOPLE
OTHERS66 = ("Philippa Okorafor-Dale", "Benedikt Ashworth", "Marisol Tregenza",
            "Ignatius Holloway-Brandt", "Rosalind Achebe-Moore", "Crispin Abernethy",
            "Temperance Oduya", "Leopold Haverstock", "Marguerite Nnamdi", "Ambrose Kettleby",
            "Clementine Osei-Bonsu", "Percival Drummond", "Henrietta Vaswani",
            "Barnaby Quartey", "Isadora Penwarden")  # fmt: skip

# case studies (DISTRACTORS): {c} child, {a} age, {p} practitioner, {m} month and year
STORIES = (
    "{c}, {a}, had three social workers in a year. Since {m} {p}, her social worker, has "
    "visited every fortnight and {c} says she now knows who to ring.",
    "{c}'s family were referred twice before anyone met him. In {m} the front door team, led "
    "on the day by {p}, saw the family within two days of the contact.",
    "{c}, {a}, moved to her fourth placement in {m}. Her independent reviewing officer, {p}, "
    "chaired a review the same week and {c} chose what went in her plan.",
    "{c} is {a} and a young carer. {p}, his family support worker, built his plan with him in "
    "{m}; his school now knows why he is late on Mondays.",
    "{c}, {a}, was missing from home four times last spring. After a return home interview by "
    "{p} in {m} the pattern was spotted and a safety plan agreed.",
    "{c}'s parents separated in {m}. {p}, the team manager, made sure the plan said who {c} "
    "would live with and how he would see his dad.",
)  # fmt: skip
CHILDREN = ("Amara", "Jayden", "Poppy", "Kacper", "Ruby", "Tyler", "Zainab", "Leo", "Maisie",
            "Oskar")  # fmt: skip

# school report: tutors' comments on a whole recommendation (DISTRACTORS: not progress)
COMMENTS = (
    "A good term overall. Needs to keep the focus on children's voices in every piece of work.",
    "Has settled well after a slow start; the next step is consistency across every team.",
    "Shows real promise but is easily distracted by other priorities. Must show more evidence.",
    "Works hard and is well liked by partners. Should now aim higher in the quality of records.",
    "Has made pleasing progress. Homework (the audits) is handed in on time more often now.",
    "Mixed term: excellent in places, careless in others. Ask for help earlier.",
)


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def h66_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout66 date form and the date it names (always a day)."""
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    wd = calendar.day_abbr[d.weekday()]
    wdfull = calendar.day_name[d.weekday()]
    if form == "wdfull-dd-mm-yyyy":
        return f"{wdfull} {d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "wdfull-comma-d-mon-yyyy":
        return f"{wdfull}, {d.day} {mon} {d.year}", d
    if form == "d-FULL-yyyy":
        return f"{d.day} {full.upper()} {d.year}", d
    if form == "wd-dot-d-full-yyyy":
        return f"{wd}. {d.day} {full} {d.year}", d
    if form == "wd-dd-mm-yyyy":
        return f"{wd} {d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "d-full-yyyy-wdfull":
        return f"{d.day} {full} {d.year} {wdfull}", d
    if form == "dd-mm-yy-wd":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d} ({wd})", d
    if form == "yyyy-full-d":
        return f"{d.year} {full} {d.day}", d
    raise ValueError(form)


DATE_FORMS = {"report": ("wdfull-comma-d-mon-yyyy", "wdfull-dd-mm-yyyy"),
              "casestudy": ("d-FULL-yyyy", "wd-dot-d-full-yyyy"),
              "rollout": ("wd-dd-mm-yyyy", "d-full-yyyy-wdfull"),
              "atoz": ("dd-mm-yy-wd", "yyyy-full-d")}  # fmt: skip

HOLDOUT66: tuple[H66Family, ...] = (
    H66Family("rl-school-report", "holdout66", "reportlab", ("none",), ("row",),
              vocab="holdout66", layout="report", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab, A4 portrait: an END-OF-TERM SCHOOL REPORT, a report box "
                          "per recommendation with a form tutor, effort and attainment grades "
                          "and a tutor's comment (not the plan's) over a table of next term's "
                          "targets, the actions; dues `Wednesday, 30 Jun 2027` or `Wednesday "
                          "30/06/2027`"),
    H66Family("docx-case-study-spotlights", "holdout66", "docx", ("none",), ("heading",),
              vocab="holdout66", layout="casestudy", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice, A4: a progress story, a section per "
                          "recommendation whose actions are paragraphs, each section with a "
                          "shaded CASE-STUDY box naming a child, a practitioner and dates (not "
                          "owners or dues); dues `30 JUNE 2027` or `Wed. 30 June 2027`"),
    H66Family("xlsx-locality-rollout", "holdout66", "xlsx", ("grid",), ("banner_row",),
              vocab="holdout66", layout="rollout", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a LOCALITY ROLLOUT tracker, a "
                          "column per locality team (its manager in the header) holding the "
                          "team's rollout state, and an OVERALL column, the action's status; "
                          "dues `Wed 30/06/2027` or `30 June 2027 Wednesday` date cells"),
    H66Family("html-a-to-z-index", "holdout66", "chromium", ("rows",), ("heading",),
              vocab="holdout66", layout="atoz", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an intranet A TO Z of the plan, the actions "
                          "in alphabetical order under letter headings with a letter bar, each "
                          "naming its recommendation; dues `30/06/27 (Wed)` or `2027 June 30`"),
)  # fmt: skip


def build_holdout66(fam: H66Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout66:{seed}:{fam.name}:{index}")
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
    specs = rng.sample(C.KPIS, len(C.KPIS))
    specs = specs[: rng.randint(3, 6)] if rng.random() < fam.kpi else []
    for spec in specs:
        kind = spec.kind
        kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                          _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS66, 12))
    statuses = H66_STATUS[layout]
    teams = sorted(rng.sample(LOCALITIES, rng.randint(4, 6)), key=LOCALITIES.index)
    actions: list[H8Action] = []
    extras: dict[str, object] = {}  # per action ref: the layout's extra printed value
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        picked = rng.sample(topic.actions, n_acts)
        for k, text in enumerate(picked, start=1):
            seq += 1
            d = _months_after(start, rng.randint(4, 18))
            d = month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28))
            owner = rng.choice(leads)
            due_raw, due_date = h66_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"report": f"{num}{'abcd'[k - 1]}", "casestudy": f"{num}.{k}",
                   "rollout": f"RO-{seq:02d}", "atoz": f"IP/{num}/{k}"}[layout]  # fmt: skip
            if layout == "rollout":  # each team's own state (DISTRACTORS)
                if rag == "blue":
                    extras[ref] = ["Live" for _ in teams]
                elif rag is None:
                    extras[ref] = [rng.choice(("Not yet", "Booked", "n/a")) for _ in teams]
                elif rag == "red":
                    extras[ref] = [rng.choice(TEAM_STATES[1:]) for _ in teams]
                else:
                    extras[ref] = [rng.choice(TEAM_STATES) for _ in teams]
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {"extras": extras}
    if layout == "report":
        term = {1: "Spring", 2: "Spring", 3: "Spring", 4: "Summer", 5: "Summer", 6: "Summer",
                7: "Summer", 8: "Summer", 9: "Autumn", 10: "Autumn", 11: "Autumn",
                12: "Autumn"}[issued.month]  # fmt: skip
        evening = issued + timedelta(days=rng.randint(7, 30))
        features.update(
            writer=others[0], head=others[1], term=f"{term} term {issued.year}",
            issued_on=issued.isoformat(), evening=evening.isoformat(),
            tutors=[rng.choice(others[2:7]) for _ in recs],
            effort=[rng.choice("ABCDE") for _ in recs],
            attainment=[str(rng.randint(1, 5)) for _ in recs],
            comments=[rng.choice(COMMENTS) for _ in recs],
            attendance=f"{rng.randint(86, 99)}.{rng.randint(0, 9)}%",
        )  # fmt: skip
    elif layout == "casestudy":
        stories = []
        for _ in recs:
            when = start + timedelta(days=rng.randint(10, 120))
            stories.append({
                "child": rng.choice(CHILDREN), "age": rng.randint(6, 16),
                "worker": rng.choice(others[2:9]), "month": f"{calendar.month_name[when.month]} "
                f"{when.year}", "text": rng.choice(STORIES), "quoted": rng.choice(others[2:9]),
            })  # fmt: skip
        features.update(editor=others[0], as_at=issued.isoformat(), stories=stories)
    elif layout == "rollout":
        features.update(
            teams=teams,
            managers=rng.sample(others[1:], len(teams)),
            keeper=others[0], as_at=issued.isoformat(),
            go_live=(issued + timedelta(days=rng.randint(20, 60))).isoformat(),
        )  # fmt: skip
    else:
        features.update(
            content_owner=others[0],
            reviewed=issued.isoformat(),
            reviewer=others[1],
            next_review=(issued + timedelta(days=rng.randint(60, 180))).isoformat(),
        )
    headers = {role: rng.choice(words) for role, words in H66_HEADERS[layout].items()}
    headers.setdefault("ref", "Ref")
    headers.setdefault("action", "Action")
    headers.setdefault("owner", "Owner")
    headers.setdefault("due", "Due")
    headers.setdefault("rag", "Status")
    title = {
        "report": "Improvement plan: end of term report",
        "casestudy": "Improvement plan progress: spotlights on children",
        "rollout": "Practice changes: locality rollout tracker",
        "atoz": "The improvement plan from A to Z",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS66[layout], actions=list(actions), kpis=kpis, headers=headers,
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
