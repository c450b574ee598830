"""The `holdout39` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout38).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout39.py`),
its output (`out/holdout39*`) or its results (`results/*holdout39*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout39 split"): the plan PRINTED WITH A COMMENTS SUMMARY, each
landscape sheet holding the original portrait page shrunk on the left and the reviewers' numbered
comments on the right joined to their rows by connector lines (ReportLab); an EASY READ version,
large print in a two-column table of pictures and short lines, one field a row, with a `Hard
words` list (Word printed by LibreOffice); a tracker KEPT AS ONE TAB PER STATUS, the status printed
only as the sheet's title and page header, actions numbered `A07` through the plan and linked to
their recommendation by a `Rec` column, sorted by due date (Excel printed by LibreOffice Calc); the
print of a staff intranet's SEARCH RESULTS page, recommendations, actions and unrelated documents
as hits in relevance order, facets at the side (HTML printed by Chromium). A fortieth header
vocabulary and date forms (`31.03.27`, `03/2027`, `Wednesday 31 March 2027`, `March 2027`,
`2027-03-31`, `2027-03`, `Mar 31, 2027`, `Mar 2027`).
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
from samples.plangen.holdout38 import H38Family


@dataclass(frozen=True, slots=True)
class H39Family(H38Family):
    """A holdout39 family: its own builder and renderer (checked before H38Family)."""


# Header and label wordings of holdout39, per layout (each plan draws one of each).
H39_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "comments": {
        "ref": ("Ref", "Action no.", "#"),
        "action": ("Action", "What we will do", "Agreed action"),
        "owner": ("Lead officer", "Accountable lead", "Named lead"),
        "due": ("Timescale", "Deadline", "Target date"),
        "rag": ("RAG", "Status", "Current RAG"),
        "progress": ("Update", "Progress update", "Narrative"),
        "rec": ("", "", ""),
        "indicator": ("Key measure", "Indicator", "Performance indicator"),
        "baseline": ("Baseline", "At inspection", "Starting position"),
        "latest": ("Latest", "Current", "Most recent"),
        "target": ("Target", "Target 2027", "Ambition"),
    },
    "easyread": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Who will do this:", "Who is in charge:", "Who:"),
        "due": ("When:", "By when:", "When it will be done:"),
        "rag": ("How it is going:", "Is it on time?", "How are we doing:"),
        "progress": ("What has happened so far:", "News:", "What we did:"),
        "rec": ("", "", ""),
        "indicator": ("What we will count", "What we check", "Our numbers"),
        "baseline": ("Before", "At the start", "Then"),
        "latest": ("Now", "Last time", "Latest"),
        "target": ("We want", "Our aim", "Goal"),
    },
    "tabs": {
        "ref": ("Ref", "Action ref", "No."),
        "action": ("Action", "Action to be taken", "Task"),
        "owner": ("Lead", "Owner", "Officer responsible"),
        "due": ("Due", "Due date", "Complete by"),
        "rag": ("", "", ""),
        "progress": ("Latest update", "Notes", "Update"),
        "rec": ("Rec", "Rec no.", "Recommendation"),
        "indicator": ("Measure", "KPI", "Indicator"),
        "baseline": ("Baseline", "Start", "Base"),
        "latest": ("Latest", "Actual", "Now"),
        "target": ("Target", "Aim", "Goal"),
    },
    "search": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead", "Owner", "Assigned to"),
        "due": ("Due", "Target", "Deadline"),
        "rag": ("Status", "Health", "State"),
        "progress": ("Latest update", "Summary", "Update"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Indicator", "KPI"),
        "baseline": ("Baseline", "Start", "Was"),
        "latest": ("Current", "Latest", "Now"),
        "target": ("Target", "Goal", "Aim"),
    },
}  # fmt: skip
REC_LABELS39 = {
    "comments": "Recommendation {n}",
    "easyread": "Ofsted said - number {n}",
    "tabs": "R{n}",
    "search": "Recommendation {n}",
}

# status per layout: (printed, rag)
H39_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "comments": (("Green - on target", "green"), ("Amber - some risk", "amber"),
                 ("Red - not on target", "red"), ("Blue - completed", "blue"),
                 ("Grey - not yet started", None)),
    "easyread": (("Going OK", "green"), ("A little late", "amber"), ("Very late", "red"),
                 ("Finished", "blue"), ("Not started", None)),
    "tabs": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
             ("Completed", "blue"), ("Not yet due", None)),
    "search": (("Healthy", "green"), ("Needs attention", "amber"), ("Critical", "red"),
               ("Closed", "blue"), ("Draft", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS39 = ("Ottilie Brannigan", "Kwabena Asante-Mills", "Rosalind Featherstone",
            "Emrys Caldecott", "Ines Valcourt", "Barnaby Whitlock", "Zainab Oyelaran",
            "Cormac Fitzwilliam", "Philippa Drummond-Hay", "Tobias Renwick")  # fmt: skip
# reviewers' comments (comments summary): {who} and {when} filled in
REVIEW_COMMENTS = ("Is this still realistic? The board asked for {when}.",
                   "Please check with {who} - I think the lead changed.",
                   "Needs evidence before we can call this.",
                   "Agreed at the practice week debrief.",
                   "Could we say how many staff this covers?",
                   "{who} to confirm the wording before it goes to Cabinet.",
                   "Does this overlap with the early help strategy?",
                   "Target date queried by the Independent Chair on {when}.")  # fmt: skip
# easy read: the hard words explained at the end
HARD_WORDS = (("Ofsted", "the people who check that services for children are good and safe."),
              ("Recommendation", "something Ofsted told us we must do better."),
              ("Audit", "when someone checks work to see if it is good enough."),
              ("Care leaver", "a young person who used to live in care."),
              ("Social worker", "a person whose job is to help keep children safe and well."),
              ("Plan", "a list of the things we are going to do."),
              ("Training", "learning new skills at work."),
              ("Partners", "other services we work with, like schools, health and police."))  # fmt: skip
# search results: documents that are hits but not the plan
DOCUMENTS = (("Improvement Board minutes - {month}", "Minutes", "The board reviewed the "
              "improvement plan and agreed the exception report format."),
             ("Ofsted ILACS inspection report (PDF, 1.2 MB)", "Document", "Inspection of "
              "children's social care services. Recommendations for improvement are set out "
              "in the final section."),
             ("Improvement plan - how to update your actions", "Guidance", "Every lead updates "
              "their actions by the 5th of the month. Use the status definitions below."),
             ("Practice week {month}: what we learned", "News", "Managers audited cases "
              "against the improvement plan priorities."))  # fmt: skip


def h39_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout39 date form and the date it names.

    `03/2027`, `March 2027`, `2027-03` and `Mar 2027` end the month; `31.03.27`, `Wednesday 31
    March 2027`, `2027-03-31` and `Mar 31, 2027` are that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d
    if form == "mm-yyyy":
        return f"{d.month:02d}/{d.year}", month_last(d)
    if form == "weekday":
        return f"{calendar.day_name[d.weekday()]} {d.day} {full} {d.year}", d
    if form == "month":
        return f"{full} {d.year}", month_last(d)
    if form == "iso":
        return d.isoformat(), d
    if form == "iso-month":
        return f"{d.year}-{d.month:02d}", month_last(d)
    if form == "us":
        return f"{mon} {d.day}, {d.year}", d
    if form == "mon":
        return f"{mon} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"comments": ("dots", "mm-yyyy"), "easyread": ("weekday", "month"),
              "tabs": ("iso", "iso-month"), "search": ("us", "mon")}  # fmt: skip
MONTH_FORMS = ("mm-yyyy", "month", "iso-month", "mon")

HOLDOUT39: tuple[H39Family, ...] = (
    H39Family("rl-comments-summary", "holdout39", "reportlab", ("grid",), ("rec_rows",),
              vocab="holdout39", layout="comments", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: the plan printed with a comments summary, each landscape "
                          "sheet the original portrait page shrunk on the left and the "
                          "reviewers' numbered comments on the right, joined by connector lines"),
    H39Family("docx-easy-read", "holdout39", "docx", ("none",), ("rec_headings",),
              vocab="holdout39", layout="easyread", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: an Easy Read version, large print in "
                          "a two-column table of pictures and short lines, one field a row, "
                          "with a Hard words list"),
    H39Family("xlsx-status-tabs", "holdout39", "xlsx", ("grid",), ("rec_column",),
              vocab="holdout39", layout="tabs", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a tracker kept as one tab per "
                          "status, the status only the sheet's title and page header, actions "
                          "numbered through the plan with a Rec column, sorted by due date"),
    H39Family("html-search-results", "holdout39", "chromium", ("none",), ("rec_breadcrumb",),
              vocab="holdout39", layout="search", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a staff intranet's search results page, "
                          "recommendations, actions and other documents as hits in relevance "
                          "order, facets with counts at the side"),
)  # fmt: skip


def build_holdout39(fam: H39Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout39:{seed}:{fam.name}:{index}")
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
    others = rng.sample(OTHERS39, 6)
    statuses = H39_STATUS[layout]
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            seq += 1
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
            due_raw, due_date = h39_due(form, d)
            ref = f"A{seq:02d}" if layout == "tabs" else f"{num}.{k}"
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> str:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28)).isoformat()

    if layout == "comments":
        comments: dict[str, tuple[str, str, str]] = {}  # ref -> (author, stamp, text)
        for a in actions:
            if rng.random() < 0.35:
                when = _months_after(issued, rng.randint(1, 4)).replace(day=rng.randint(1, 28))
                txt = rng.choice(REVIEW_COMMENTS).format(
                    who=rng.choice(others[2:]), when=when.strftime("%d/%m/%Y")
                )
                stamp = (f"{some_day(0)}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
                         f":{rng.randint(0, 59):02d}")  # fmt: skip
                comments[a.ref] = (rng.choice(others[:2]), stamp, txt)
        features.update(
            status_style="cell-word",
            comments=comments,
            file_name=f"{authority.replace(' ', '_')}_CSC_Improvement_Plan_v{rng.randint(2, 9)}",
            position=some_day(1),
        )
    elif layout == "easyread":
        features.update(
            status_style="line-word",
            made_by=others[0],
            contact=others[1],
            phone=f"01632 96{rng.randint(1000, 9999)}",
            checked=some_day(1),
            next_update=_months_after(issued, 3).isoformat(),
            hard_words=rng.sample(range(len(HARD_WORDS)), rng.randint(4, 6)),
        )
    elif layout == "tabs":
        moved = {a.ref: some_day(rng.randint(0, 3)) for a in actions}
        features.update(
            status_style="sheet-title",
            reviewed_by=others[0],
            reviewed=some_day(0),
            moved=moved,
        )
    else:
        order = [("rec", n) for n, _ in recs] + [("action", a.ref) for a in actions]
        docs = rng.sample(range(len(DOCUMENTS)), rng.randint(2, 3))
        order += [("doc", str(i)) for i in docs]
        rng.shuffle(order)
        if kpis:
            order.insert(rng.randint(2, len(order)), ("kpis", ""))
        modified = {f"{kind}:{key}": (some_day(rng.randint(0, 4)), rng.choice(others[:4]))
                    for kind, key in order}  # fmt: skip
        features.update(
            status_style="meta-pill",
            order=order,
            modified=modified,
            query=rng.choice(("improvement plan", "ILACS action plan", "improvement actions")),
            seconds=round(rng.uniform(0.2, 0.9), 2),
            user=others[4],
        )
    headers = {role: rng.choice(words) for role, words in H39_HEADERS[layout].items()}
    title = {
        "comments": f"{authority} Children's Services Improvement Plan",
        "easyread": "How we are making children's services better",
        "tabs": f"{authority} Children's Services Improvement Plan - tracker",
        "search": "Search results",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS39[layout], actions=list(actions), kpis=kpis, headers=headers,
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
