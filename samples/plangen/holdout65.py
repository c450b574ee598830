"""The `holdout65` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout64).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout65.py`),
its output (`out/holdout65*`) or its results (`results/*holdout65*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout65 split"): a page of THERMOMETERS, one per
recommendation, each action a MARK on its scale with its label beside it and the mercury risen to
a level that is not any action's status (ReportLab); a Word IMPROVEMENT CHRONOLOGY, one table in
date order whose rows are dated EVENTS (board meetings, visits, audits: not actions) and the
actions on the dates they are due, each row signed by the officer who ENTERED it (not an owner)
(Word printed by LibreOffice); an Excel PERFORMANCE REPORT whose rows are the INDICATORS, each
with its figures, its position AGAINST TARGET (not a status) and its DATA OWNER (not an owner),
and the REMEDIAL ACTIONS taken for it on its rows (Excel printed by LibreOffice Calc); and the
print of a task board's CARD DETAIL VIEWS, one card per action, its list the recommendation, its
members the owner, its label the status, with a checklist and an activity log of other people
and dates (HTML printed by Chromium). A sixty-sixth header vocabulary and date forms (`30 JUN
2027`, `30th June '27`, `Wed 30 Jun 27`, `30.06.2027 (Wed)`, `30 June, 2027`, `30.6.27`, `Jun
30, 2027, 5:00 PM`, `30 Jun 2027 17:00`).
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
from samples.plangen.holdout64 import H64Family


@dataclass(frozen=True, slots=True)
class H65Family(H64Family):
    """A holdout65 family: its own builder and renderer (checked before H64Family)."""


# Header and label wordings of holdout65, per layout (each plan draws one of each).
H65_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "thermo": {
        "ref": ("Scale mark", "Notch", "Degree mark"),
        "owner": ("Flame holder", "Heat source", "Stoker"),
        "due": ("Up to heat by", "Boils by", "Warm by"),
        "rag": ("Temperature now", "Thermal reading", "Heat level"),
        "progress": ("Reading note", "Gauge note", "Thermal note"),
        "indicator": ("Temperature check", "Indicator", "Heat measure"),
        "baseline": ("Cold start", "Baseline", "Starting temperature"),
        "latest": ("Today's reading", "Latest", "Current temperature"),
        "target": ("Boiling point", "Target", "Temperature aimed for"),
    },
    "chrono": {
        "date": ("Date of entry", "Chronology date", "Date entered"),
        "kind": ("Entry type", "Kind of entry", "Nature of entry"),
        "entry": ("Chronology entry", "What happened or is due", "Account of entry"),
        "recorded": ("Entered by", "Entry made by", "Chronicled by"),
        "owner": ("Action carried by", "Answerable lead", "Carried forward by"),
        "rag": ("Position at entry", "Standing at entry", "State at entry"),
        "progress": ("Entry narrative", "Chronology note", "Account so far"),
        "indicator": ("Measure over time", "Indicator", "Trend measure"),
        "baseline": ("At the first entry", "Baseline", "Opening entry"),
        "latest": ("At the last entry", "Latest", "Most recent entry"),
        "target": ("Where the chronology should end", "Target", "End point"),
    },
    "remedies": {
        "indicator": ("Indicator under watch", "Indicator", "Measure of concern"),
        "baseline": ("Year-start", "Baseline", "Outturn last year"),
        "latest": ("This period's outturn", "Latest", "Period outturn"),
        "target": ("Target for the year end", "Target", "Target this year"),
        "against": ("Performance v target", "Position on target", "Against target"),
        "dataowner": ("Data owner", "Indicator owner", "Data lead"),
        "ref": ("Remedy ref", "RA no.", "Remedy code"),
        "action": ("Corrective action", "Remedy", "What will turn it round"),
        "owner": ("Remedy owner", "Corrective lead", "Turnaround lead"),
        "due": ("Remedy due", "Turned round by", "Correct by"),
        "rag": ("Remedy status", "Is it working?", "Remedy position"),
        "progress": ("Remedy commentary", "Turnaround note", "What the data says"),
    },
    "carddetail": {
        "owner": ("People on this card", "Card members", "Card assignees"),
        "due": ("Card due", "Due on the card", "Card deadline"),
        "rag": ("Label on card", "Card label", "Board label"),
        "progress": ("Newest card comment", "Card note", "Card description"),
        "indicator": ("Board metric", "Indicator", "Power-up metric"),
        "baseline": ("When the board opened", "Baseline", "Board start"),
        "latest": ("On the board now", "Latest", "Card count now"),
        "target": ("When the board closes", "Target", "Board goal"),
    },
}  # fmt: skip
REC_LABELS65 = {"thermo": "Recommendation {n}", "chrono": "Recommendation {n}",
                "remedies": "Recommendation {n}", "carddetail": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with new ones in each.
H65_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "thermo": (("Rising steadily", "green"), ("Barely rising", "amber"), ("Falling back", "red"),
               ("Complete", "blue"), ("Not yet warming", None)),
    "chrono": (("Moving as planned", "green"), ("Running late in places", "amber"), ("Gone quiet", "red"),
               ("Done and dated", "blue"), ("Not started", None)),
    "remedies": (("On track", "green"), ("Needs a harder push", "amber"), ("Failing to bite", "red"),
                 ("Remedy in place", "blue"), ("Remedy not begun", None)),
    "carddetail": (("Rolling along", "green"), ("Teetering", "amber"), ("Blocked", "red"),
                   ("Shipped", "blue"), ("Icebox", None)),
}  # fmt: skip

# the remedies report's position of an indicator against its target (DISTRACTORS, not statuses)
AGAINST = ("Better than target", "Close to target", "Worse than target")

# distractor people: none is in content.PEOPLE
OTHERS65 = ("Ottoline Mbeki-Hartley", "Rufus Penhaligon", "Cllr Seraphina Okonjo", "Anselm Rowntree",
            "Delphine Achterberg", "Ptolemy Nwachukwu", "Wilhelmina Carradine", "Oswin Farquharson",
            "Zenobia Lightfoot", "Lysander Oyelaran", "Persephone Mattock", "Thaddeus Ibekwe",
            "Georgiana Pemberton-Quaye")  # fmt: skip

# chronology events (DISTRACTORS: dated rows that are not actions); {p} a person
EVENTS = (
    "Improvement Board met; the plan's progress report was received (chair: {p}).",
    "Ofsted monitoring visit: two inspectors on site for two days.",
    "Practice week: forty case files audited by senior managers (lead auditor: {p}).",
    "DfE Improvement Adviser's review meeting with the Director (adviser: {p}).",
    "Children's Scrutiny Committee received the plan and the latest performance report.",
    "All-staff conference on the practice model, opened by {p}.",
    "Corporate Parenting Board heard from the Children in Care Council.",
    "Peer review by a partner authority's senior leaders (team leader: {p}).",
)

# card checklist items (DISTRACTORS: sub-tasks, not actions)
CHECKS = ("Draft the guidance", "Agree it with partners", "Brief the team managers",
          "Test it on five cases", "Sign off at DMT", "Put it on the intranet",
          "Book the training dates", "Check the data with BI")  # fmt: skip


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def h65_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout65 date form and the date it names (always a day)."""
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    wd = calendar.day_abbr[d.weekday()]
    if form == "d-MON-yyyy":
        return f"{d.day} {mon.upper()} {d.year}", d
    if form == "ord-full-apos":
        return f"{d.day}{_suffix(d.day)} {full} '{d.year % 100:02d}", d
    if form == "wd-d-mon-yy":
        return f"{wd} {d.day} {mon} {d.year % 100:02d}", d
    if form == "dd-mm-yyyy-dots-wd":
        return f"{d.day:02d}.{d.month:02d}.{d.year} ({wd})", d
    if form == "d-full-comma-yyyy":
        return f"{d.day} {full}, {d.year}", d
    if form == "d-m-yy-dots":
        return f"{d.day}.{d.month}.{d.year % 100:02d}", d
    if form == "mon-d-yyyy-5pm":
        return f"{mon} {d.day}, {d.year}, 5:00 PM", d
    if form == "d-mon-yyyy-1700":
        return f"{d.day} {mon} {d.year} 17:00", d
    raise ValueError(form)


DATE_FORMS = {"thermo": ("d-MON-yyyy", "ord-full-apos"),
              "chrono": ("wd-d-mon-yy", "dd-mm-yyyy-dots-wd"),
              "remedies": ("d-full-comma-yyyy", "d-m-yy-dots"),
              "carddetail": ("mon-d-yyyy-5pm", "d-mon-yyyy-1700")}  # fmt: skip

HOLDOUT65: tuple[H65Family, ...] = (
    H65Family("rl-thermometer-scales", "holdout65", "reportlab", ("none",), ("row",),
              vocab="holdout65", layout="thermo", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab, A4 portrait: a THERMOMETER per recommendation, each action "
                          "a mark on its scale labelled beside it, the mercury risen to a level "
                          "that is not a status; dues `30 JUN 2027` or `30th June '27`"),
    H65Family("docx-improvement-chronology", "holdout65", "docx", ("grid",), ("heading",),
              vocab="holdout65", layout="chrono", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice, A4: an IMPROVEMENT CHRONOLOGY, one table "
                          "in date order mixing dated events (not actions) with the actions on "
                          "their due dates, each row signed by the officer who entered it (not "
                          "an owner); dues `Wed 30 Jun 27` or `30.06.2027 (Wed)`"),
    H65Family("xlsx-indicator-remedies", "holdout65", "xlsx", ("grid",), ("banner_row",),
              vocab="holdout65", layout="remedies", kpi=1.0, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a PERFORMANCE REPORT whose rows are "
                          "indicators (figures, position against target, data owner: not "
                          "statuses or owners) with the REMEDIAL ACTIONS taken for each on its "
                          "rows; dues `30 June, 2027` or `30.6.27` date cells"),
    H65Family("html-card-detail-views", "holdout65", "chromium", ("rows",), ("heading",),
              vocab="holdout65", layout="carddetail", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: the print of a task board's CARD DETAIL "
                          "VIEWS, one card per action, its list the recommendation, its members "
                          "the owner, its label the status, a checklist and an activity log of "
                          "others; dues `Jun 30, 2027, 5:00 PM` or `30 Jun 2027 17:00`"),
)  # fmt: skip


def build_holdout65(fam: H65Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout65:{seed}:{fam.name}:{index}")
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
    if layout == "remedies":  # every recommendation has one or two indicators: the KPIs
        n_ind = {num: rng.randint(1, 2) for num, _ in recs}
        specs = specs[: sum(n_ind.values())]
    elif rng.random() < fam.kpi:
        specs = specs[: rng.randint(3, 6)]
    else:
        specs = []
    for spec in specs:
        kind = spec.kind
        kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                          _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS65, 10))
    statuses = H65_STATUS[layout]
    actions: list[H8Action] = []
    extras: dict[str, object] = {}  # per action ref: the layout's extra printed value
    seq = 0
    kpi_at = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        picked = rng.sample(topic.actions, n_acts)
        dues: list[date] = []
        for _ in picked:
            d = _months_after(start, rng.randint(4, 18))
            dues.append(month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28)))
        if layout == "thermo":  # the marks climb the scale in due order
            dues.sort()
        if layout == "remedies":  # the recommendation's actions shared out over its indicators
            mine = list(range(kpi_at, kpi_at + n_ind[num]))
            kpi_at += n_ind[num]
            homes = sorted([*mine, *(rng.choice(mine) for _ in range(n_acts - len(mine)))])
        for k, (text, d) in enumerate(zip(picked, dues, strict=True), start=1):
            seq += 1
            owner = rng.choice(leads)
            due_raw, due_date = h65_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"thermo": f"{num}.{k}", "chrono": f"{num}/{k}", "remedies": f"RA{seq:02d}",
                   "carddetail": f"C{seq + 100}"}[layout]  # fmt: skip
            if layout == "chrono":
                extras[ref] = rng.choice(others[:3])  # the officer who entered the row
            elif layout == "remedies":
                extras[ref] = homes[k - 1]  # the indicator (KPI index) the remedy is for
            elif layout == "carddetail":
                # checklist (item, done) and activity: two (person, kind, date) lines
                items = rng.sample(CHECKS, rng.randint(2, 4))
                done = {"blue": len(items), None: 0}.get(rag, rng.randint(0, len(items) - 1))
                made = start + timedelta(days=rng.randint(0, 40))
                moved = issued - timedelta(days=rng.randint(1, 30))
                extras[ref] = {
                    "checks": [(t, i < done) for i, t in enumerate(items)],
                    "activity": [
                        (rng.choice(others[:4]), "moved", moved.isoformat()),
                        (rng.choice(others[:4]), "added", made.isoformat()),
                    ],
                }
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {"extras": extras}
    if layout == "thermo":
        mercury = {}
        for num, _ in recs:
            acts = [a for a in actions if a.recs[0] == num]
            score = sum({"blue": 1.0, "green": 0.5, "amber": 0.25}.get(str(a.rag), 0.0)
                        for a in acts)  # fmt: skip
            mercury[num] = round(100 * score / len(acts))
        features.update(reader=others[0], read=issued.isoformat(), chair=others[1],
                        mercury=mercury)  # fmt: skip
    elif layout == "chrono":
        events: list[tuple[str, str, str]] = []  # (iso date, text, entered by)
        last = max(a.due_date for a in actions if a.due_date is not None)
        span = (last - start).days
        for tmpl in rng.sample(EVENTS, rng.randint(4, 7)):
            when = start + timedelta(days=rng.randint(5, span))
            events.append((when.isoformat(), tmpl.format(p=rng.choice(others[3:8])),
                           rng.choice(others[:3])))  # fmt: skip
        features.update(compiler=others[8], as_at=issued.isoformat(), events=sorted(events))
    elif layout == "remedies":
        q = (issued.month - 4) % 12 // 3 + 1
        fy = issued.year if issued.month >= 4 else issued.year - 1
        features.update(
            preparer=others[0], as_at=issued.isoformat(),
            period=f"Q{q} {fy}/{(fy + 1) % 100:02d}",
            against=[rng.choice(AGAINST) for _ in kpis],
            data_owners=[rng.choice(others[1:5]) for _ in kpis],
        )  # fmt: skip
    else:
        features.update(admin=others[5], printed=issued.isoformat(),
                        watchers=rng.randint(3, 14))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H65_HEADERS[layout].items()}
    headers.setdefault("ref", "Card")
    headers.setdefault("action", "Action")
    headers.setdefault("owner", "Owner")
    headers.setdefault("due", "Due")
    headers.setdefault("rag", "Status")
    title = {
        "thermo": "Improvement plan: taking the temperature",
        "chrono": "Improvement chronology",
        "remedies": "Performance report: indicators and remedies",
        "carddetail": "Improvement plan board: card details",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS65[layout], actions=list(actions), kpis=kpis, headers=headers,
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
