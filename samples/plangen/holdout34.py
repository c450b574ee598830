"""The `holdout34` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout33).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout34.py`),
its output (`out/holdout34*`) or its results (`results/*holdout34*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout34 split"): a project-planning tool's NETWORK DIAGRAM of
the programme (a lane per recommendation: its summary node, then its action nodes chained by
arrows, each node a little grid of fields, critical-path borders, progress strokes and a few
dependency arrows across lanes) (ReportLab); a CONSULTATION DRAFT of the plan whose every line
is numbered in the margin (Word printed by LibreOffice); a tracker printed straight from the
spreadsheet with its ROW NUMBERS AND COLUMN LETTERS, whose updates are CELL COMMENTS printed
after the sheet, tied to their action only by the cell address (Excel printed by LibreOffice
Calc); an ORGANISATION CHART of the leads, each post's box holding the actions it leads, tagged
by recommendation (HTML printed by Chromium). A thirty-fifth header vocabulary and date forms
(`Wed 31/03/27`, `31/03/2027 17:00`, `31st March 2027`, `31 Mar 27`, `Mar-27` and `31/03/2027`
date cells, `31 Mar 2027`, `March 2027`).
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
from samples.plangen.holdout33 import H33Family


@dataclass(frozen=True, slots=True)
class H34Family(H33Family):
    """A holdout34 family: its own builder and renderer (checked before H33Family)."""


# Header and label wordings of holdout34, per layout (each plan draws one of each).
H34_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "network": {
        "ref": ("WBS", "Outline no.", "Code"),
        "action": ("Task name", "Name", "Task"),
        "owner": ("Res", "Resource", "Lead"),
        "due": ("Finish", "End", "Finish date"),
        "rag": ("RAG", "Status", "Health"),
        "progress": ("Note", "Comment", "Latest"),
        "indicator": ("Measure", "Success measure", "Programme KPI"),
        "baseline": ("Base", "Baseline (inspection)", "Start point"),
        "latest": ("Actual", "Last period", "Actual to date"),
        "target": ("Plan", "Planned level", "End target"),
    },
    "draft": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead", "Officer leading", "Lead responsibility"),
        "due": ("Deadline", "To be achieved by", "Date for completion"),
        "rag": ("Status", "Current rating", "Delivery status"),
        "progress": ("Update", "Position now", "Progress so far"),
        "indicator": ("What we will measure", "Outcome measure", "Measure"),
        "baseline": ("Where we started", "Inspection baseline", "Starting level"),
        "latest": ("Where we are now", "Latest outturn", "Latest"),
        "target": ("Where we want to be", "Ambition", "End target"),
    },
    "comments": {
        "ref": ("No.", "Ref no.", "Item"),
        "action": ("Action to be taken", "Action required", "What will be done"),
        "owner": ("Owner", "Officer", "Lead officer"),
        "due": ("Target date", "Due by", "Deadline date"),
        "rag": ("RAG", "Status", "Current RAG"),
        "progress": ("", "", ""),
        "indicator": ("Indicator", "Performance measure", "PI"),
        "baseline": ("Baseline", "At inspection", "Starting figure"),
        "latest": ("Latest actual", "Latest", "Current"),
        "target": ("Target", "Year-end target", "Aim"),
    },
    "orgchart": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("Due", "By", "Deadline"),
        "rag": ("", "", ""),
        "progress": ("Latest", "Update", "Where we are"),
        "indicator": ("What the board watches", "Indicator", "Key measure"),
        "baseline": ("When inspected", "Baseline", "Starting position"),
        "latest": ("Latest", "Most recent", "Now"),
        "target": ("Target", "Aim", "Where we want to be"),
    },
}
REC_LABELS34 = {
    "network": "{n}",
    "draft": "Required improvement {n}",
    "comments": "Rec {n}",
    "orgchart": "R{n}",
}

# status per layout: (printed, rag)
H34_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "network": (("On course", "green"), ("Drifting", "amber"), ("Off course", "red"),
                ("Achieved", "blue"), ("Not started", None)),
    "draft": (("On schedule", "green"), ("Behind schedule", "amber"), ("Seriously behind", "red"),
              ("Achieved", "blue"), ("Not commenced", None)),
    "comments": (("On target", "green"), ("Slipping", "amber"), ("Off target", "red"),
                 ("Delivered", "blue"), ("Not begun", None)),
    "orgchart": (("Progressing", "green"), ("At risk", "amber"), ("Stalled", "red"),
                 ("Done", "blue"), ("Not yet due", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or holdout33.OTHERS
OTHERS34 = ("Hannah Lockwood", "Rupert Kaye", "Selina Mbeki", "Dominic Varley", "Tessa Greaves",
            "Imran Qureshi", "Bronwen Ashby", "Marcus Delaney")  # fmt: skip
# distractor comments on a due cell of the tracker (not updates)
DATE_NOTES = ("Revised from {d}, agreed at board {b}", "Was {d} - moved at {who}'s request",
              "Date under review; see board minutes {b}")  # fmt: skip


def h34_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout34 date form and the date it names.

    `Mar-27` (an Excel date cell shown mmm-yy) and `March 2027` end the month; `Wed 31/03/27`,
    `31/03/2027 17:00`, `31st March 2027`, `31 Mar 27`, `31/03/2027` and `31 Mar 2027` are that
    day.
    """
    mon = calendar.month_abbr[d.month]
    if form == "dow":
        return f"{calendar.day_abbr[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "dtime":
        return f"{d.day:02d}/{d.month:02d}/{d.year} 17:00", d
    if form == "ordinal":
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suffix} {calendar.month_name[d.month]} {d.year}", d
    if form == "mon2":
        return f"{d.day} {mon} {d.year % 100:02d}", d
    if form == "mmmyy":
        return f"{mon}-{d.year % 100:02d}", month_last(d)
    if form == "cell":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "dmon":
        return f"{d.day} {mon} {d.year}", d
    if form == "monthyear":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"network": ("dow", "dtime"), "draft": ("ordinal", "mon2"),
              "comments": ("mmmyy", "cell"), "orgchart": ("dmon", "monthyear")}  # fmt: skip
MONTH_FORMS = ("mmmyy", "monthyear")

HOLDOUT34: tuple[H34Family, ...] = (
    H34Family("rl-network-diagram", "holdout34", "reportlab", ("boxes",), ("lanes",),
              vocab="holdout34", layout="network", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: a project tool's network diagram on A3, a lane per "
                          "recommendation (summary node, then action nodes chained by arrows), "
                          "each node a grid of fields (name, start, finish, ID, WBS, duration, "
                          "resource, RAG), critical-path borders, progress strokes, dependency "
                          "arrows across lanes"),
    H34Family("docx-line-numbered-draft", "holdout34", "docx", ("none",), ("heading",),
              vocab="holdout34", layout="draft", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a consultation draft of the plan with "
                          "every line (or every fifth) numbered in the margin, actions as "
                          "numbered paragraphs with tabbed field lines, how-to-respond and "
                          "consultation questions naming people and dates"),
    H34Family("xlsx-comments-at-end", "holdout34", "xlsx", ("print-grid",), ("rec_rows",),
              vocab="holdout34", layout="comments", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a tracker printed with its row "
                          "numbers and column letters and gridlines, the updates cell comments "
                          "on the status cells printed after the sheet (Cell: E12 / Comment: "
                          "author: text), with date-change comments as distractors"),
    H34Family("html-org-chart", "holdout34", "chromium", ("boxes",), ("owner",),
              vocab="holdout34", layout="orgchart", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: an organisation chart of the leads on A3, "
                          "each post's box holding the actions it leads tagged R1.. by "
                          "recommendation (a key above), with a board box and reporting lines"),
)  # fmt: skip


def build_holdout34(fam: H34Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout34:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
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
    others = rng.sample(OTHERS34, 5)
    actions: list[H8Action] = []
    starts: dict[str, str] = {}
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
            status, rag = rng.choice(H34_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            due_raw, due_date = h34_due(form, d)
            ref = f"{num}.{k}"
            begun = _months_after(start, rng.randint(0, 2)).replace(day=rng.randint(1, 28))
            if begun >= due_date:
                begun = start
            starts[ref] = begun.isoformat()
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    if layout == "network":
        refs = [a.ref for a in actions]
        links = []
        for _ in range(rng.randint(1, 2)):
            src = rng.choice(refs)
            later = [r for r in refs if int(r.split(".")[0]) == int(src.split(".")[0]) + 1]
            if later:
                links.append((src, rng.choice(later)))
        features.update(
            status_style="node-field",
            starts=starts,
            first_id=rng.randint(2, 9),
            critical=sorted(rng.sample(refs, max(1, len(refs) // 3))),
            links=sorted(set(links)),
            printed_by=others[0],
            version=rng.randint(2, 7),
        )
    elif layout == "draft":
        closes = _months_after(issued, 1).replace(day=rng.randint(1, 28))
        board = _months_after(issued, -1).replace(day=rng.randint(1, 28))
        features.update(
            status_style="field-line",
            count_by=rng.choice((1, 1, 1, 5, 5)),
            restart=rng.choice(("newPage", "continuous")),
            contact=others[0],
            closes=closes.isoformat(),
            board=board.isoformat(),
            draft_no=rng.randint(2, 5),
            chair=others[1],
        )
    elif layout == "comments":
        notes: dict[str, tuple[str, str]] = {}
        for a in actions:
            if rng.random() < 0.2:
                old = _months_after(a.due_date or start, -rng.randint(1, 4))
                b = _months_after(issued, -rng.randint(1, 3)).replace(day=rng.randint(1, 28))
                who = rng.choice(others[1:])
                note = rng.choice(DATE_NOTES).format(
                    d=old.strftime("%d/%m/%Y"), b=b.strftime("%d/%m/%Y"), who=who
                )
                notes[a.ref] = (who, note)
        authors = {a.ref: rng.choice(others[:3]) for a in actions if a.progress}
        features.update(
            status_style="word-fill",
            date_notes=notes,
            authors=authors,
            header_note=others[3],
            saved_by=others[4],
            headings=True,
        )
    else:
        features.update(
            status_style="dot-word",
            chair=others[0],
            dcs=others[1],
            colours=rng.sample(range(6), n_recs),
            updated=issued.isoformat(),
        )
    headers = {role: rng.choice(words) for role, words in H34_HEADERS[layout].items()}
    title = {
        "network": f"{authority} Children's Services Improvement Programme - Network Diagram",
        "draft": f"{authority} Children's Services Improvement Plan: Draft for Consultation",
        "comments": f"{authority} Council - Children's Services Improvement Plan Tracker",
        "orgchart": "Who is leading our improvement",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS34[layout], actions=list(actions), kpis=kpis, headers=headers,
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
