"""The `holdout38` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout37).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout38.py`),
its output (`out/holdout38*`) or its results (`results/*holdout38*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout38 split"): the plan as RECEIVED BY FAX, a cover sheet and
then every page SKEWED a degree or so as the scanner took it, a fax header line across the top and
a `RECEIVED` stamp at another angle (ReportLab); a BILINGUAL plan from a Welsh council, every
header, label, status and date printed in Welsh and English (`Statws / Status`, `Ar y trywydd
iawn / On track`, `31 Mawrth / March 2027`) (Word printed by LibreOffice); a tracker PRINTED WITH
THE SPREADSHEET'S OWN ROW NUMBERS AND COLUMN LETTERS and gridlines, no borders, its header row
repeated on each page and a `Last updated` / `Updated by` pair on every row (Excel printed by
LibreOffice Calc); a PLANNING WALL exported from an online whiteboard, a frame per recommendation
holding tilted STICKY NOTES (one an action), vote counts, comments and a `Parking lot` of ideas
that are not actions (HTML printed by Chromium). A thirty-ninth header vocabulary and date forms
(`31/3/2027`, `end of March 2027`, `31 Mawrth / March 2027`, `Mawrth / March 2027`,
`31-Mar-27`, `Mar '27`, `31 Mar '27`).
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
from samples.plangen.holdout37 import H37Family


@dataclass(frozen=True, slots=True)
class H38Family(H37Family):
    """A holdout38 family: its own builder and renderer (checked before H37Family)."""


# Header and label wordings of holdout38, per layout (each plan draws one of each).
H38_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fax": {
        "ref": ("Item", "Ref.", "No"),
        "action": ("Planned action", "Improvement activity", "Action required"),
        "owner": ("Accountable officer", "Resp.", "Officer"),
        "due": ("Completion by", "Target completion", "Due by"),
        "rag": ("Assessment", "Rating", "RAG status"),
        "progress": ("Progress to date", "Comments", "Position statement"),
        "rec": ("", "", ""),
        "indicator": ("Performance measure", "Indicator", "Measure"),
        "baseline": ("Baseline", "Start point", "Inspection"),
        "latest": ("Current", "Latest", "Q3"),
        "target": ("Target", "Year-end target", "Aim"),
    },
    "bilingual": {
        "ref": ("Cyf. / Ref.", "Rhif / No.", "Cyf / Ref"),
        "action": ("Cam gweithredu / Action", "Camau i'w cymryd / Actions to be taken",
                   "Gweithgaredd / Activity"),
        "owner": ("Arweinydd / Lead", "Swyddog arweiniol / Lead officer",
                  "Yn gyfrifol / Responsible"),
        "due": ("Dyddiad targed / Target date", "Erbyn / By", "Amserlen / Timescale"),
        "rag": ("Statws / Status", "Cynnydd / Progress", "Sefyllfa / Position"),
        "progress": ("Diweddariad / Update", "Sylwadau / Comments", "Tystiolaeth / Evidence"),
        "rec": ("", "", ""),
        "indicator": ("Mesur / Measure", "Dangosydd / Indicator", "Mesur perfformiad / Measure"),
        "baseline": ("Llinell sylfaen / Baseline", "Man cychwyn / Starting point",
                     "Sylfaen / Baseline"),
        "latest": ("Diweddaraf / Latest", "Presennol / Current", "Nawr / Now"),
        "target": ("Targed / Target", "Nod / Aim", "Uchelgais / Ambition"),
    },
    "headings": {
        "ref": ("Ref", "ID", "Action ID"),
        "action": ("Action", "Description", "Action description"),
        "owner": ("Lead", "Owner", "Responsible officer"),
        "due": ("Due", "Deadline", "Target date"),
        "rag": ("RAG", "Status", "BRAG"),
        "progress": ("Commentary", "Progress", "Latest position"),
        "rec": ("", "", ""),
        "indicator": ("KPI", "Indicator", "Measure"),
        "baseline": ("Baseline", "Start", "Inspection"),
        "latest": ("Latest", "YTD", "Current"),
        "target": ("Target", "Goal", "End target"),
    },
    "sticky": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("", "", ""),
        "rag": ("", "", ""),
        "progress": ("Update", "Latest", "Note"),
        "rec": ("", "", ""),
        "indicator": ("What we'll count", "Measure", "Indicator"),
        "baseline": ("Started at", "Baseline", "Then"),
        "latest": ("Now", "Latest", "Today"),
        "target": ("Aiming for", "Target", "Goal"),
    },
}  # fmt: skip
REC_LABELS38 = {
    "fax": "Recommendation {n}:",
    "bilingual": "Argymhelliad {n} / Recommendation {n}",
    "headings": "REC {n}",
    "sticky": "Recommendation {n}",
}

# status per layout: (printed, rag)
H38_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "fax": (("Satisfactory", "green"), ("Some concern", "amber"), ("Significant concern", "red"),
            ("Achieved", "blue"), ("Not due", None)),
    "bilingual": (("Ar y trywydd iawn / On track", "green"),
                  ("Rhywfaint o oedi / Some delay", "amber"),
                  ("Ddim ar y trywydd / Off track", "red"),
                  ("Wedi'i gwblhau / Complete", "blue"), ("Heb ddechrau / Not started", None)),
    "headings": (("On plan", "green"), ("Minor slippage", "amber"), ("Major slippage", "red"),
                 ("Delivered", "blue"), ("Pending", None)),
    "sticky": (("On it", "green"), ("Slipping", "amber"), ("Blocked", "red"), ("Done", "blue"),
               ("Backlog", None)),
}  # fmt: skip

WELSH_MONTHS = ("", "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr")  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS38 = ("Gwenllian Prydderch", "Osian Llewelyn", "Thaddeus Okafor", "Marisol Penhaligon",
            "Benedikt Arkwright", "Saoirse Delahunt", "Cadfael Morgan-Rees", "Priya Venkataraman",
            "Evander Thistlewood", "Hester Abernathy")  # fmt: skip
# the whiteboard's parking lot: ideas that are not actions
PARKING = ("Peer review with a neighbouring authority?", "Ask the Children in Care Council "
           "what they think of the new leaflet", "Could the family hubs host drop-ins?",
           "Link with the housing team on care leavers", "Newsletter piece on the audit results",
           "Celebration event when the board signs off the plan")  # fmt: skip
COMMENTS = ("can we bring this forward?", "link to the audit programme", "needs HR input",
            "check with finance first", "agreed at the workshop", "depends on the new system")  # fmt: skip


def h38_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout38 date form and the date it names.

    `end of March 2027`, `Mawrth / March 2027` and `Mar '27` end the month; `31/3/2027`,
    `31 Mawrth / March 2027`, `31-Mar-27` and `31 Mar '27` are that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "dmy":
        return f"{d.day}/{d.month}/{d.year}", d
    if form == "endof":
        return f"end of {full} {d.year}", month_last(d)
    if form == "cy-day":
        return f"{d.day} {WELSH_MONTHS[d.month]} / {full} {d.year}", d
    if form == "cy-month":
        return f"{WELSH_MONTHS[d.month]} / {full} {d.year}", month_last(d)
    if form == "dmonyy":
        return f"{d.day:02d}-{mon}-{d.year % 100:02d}", d
    if form == "monapos":
        return f"{mon} '{d.year % 100:02d}", month_last(d)
    if form == "dmonapos":
        return f"{d.day} {mon} '{d.year % 100:02d}", d
    raise ValueError(form)


DATE_FORMS = {"fax": ("dmy", "endof"), "bilingual": ("cy-day", "cy-month"),
              "headings": ("dmonyy", "monapos"), "sticky": ("dmonapos", "monapos")}  # fmt: skip
MONTH_FORMS = ("endof", "cy-month", "monapos")

HOLDOUT38: tuple[H38Family, ...] = (
    H38Family("rl-fax-skewed", "holdout38", "reportlab", ("grid",), ("rec_rows",),
              vocab="holdout38", layout="fax", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: the plan as received by fax, a cover sheet and then every "
                          "page skewed by a degree or so, a fax header line across the top and a "
                          "RECEIVED stamp at another angle"),
    H38Family("docx-bilingual-welsh", "holdout38", "docx", ("grid",), ("rec_headings",),
              vocab="holdout38", layout="bilingual", kpi=0.5, landscape=0.5, progress=0.5,
              description="Word printed by LibreOffice: a Welsh council's bilingual plan, every "
                          "header, label, status and date in Welsh and English"),
    H38Family("xlsx-print-headings", "holdout38", "xlsx", ("none",), ("rec_rows",),
              vocab="holdout38", layout="headings", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a tracker printed with the sheet's "
                          "row numbers, column letters and gridlines, no borders, the header row "
                          "repeated, a last-updated date and person on every row"),
    H38Family("html-sticky-wall", "holdout38", "chromium", ("none",), ("rec_frames",),
              vocab="holdout38", layout="sticky", kpi=0.5, landscape=1.0, progress=0.5,
              description="HTML printed by Chromium: a planning wall exported from an online "
                          "whiteboard, a frame per recommendation holding tilted sticky notes, "
                          "votes, comments and a parking lot of ideas that are not actions"),
)  # fmt: skip


def build_holdout38(fam: H38Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout38:{seed}:{fam.name}:{index}")
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
    others = rng.sample(OTHERS38, 6)
    statuses = H38_STATUS[layout]
    actions: list[H8Action] = []
    row_meta: dict[str, tuple[str, str]] = {}  # ref -> (updated iso date, person): distractors
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
            due_raw, due_date = h38_due(form, d)
            ref = f"{num}.{k}"
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
            upd = _months_after(issued, -rng.randint(0, 2)).replace(day=rng.randint(1, 28))
            row_meta[ref] = (upd.isoformat(), rng.choice(others[:4]))
    features: dict[str, object] = {}
    if layout == "fax":
        sent = issued
        features.update(
            status_style="cell-word",
            fax_from=others[0],
            fax_to=others[1],
            fax_number=f"01632 96{rng.randint(1000, 9999)}",
            to_number=f"0300 123 {rng.randint(1000, 9999)}",
            sent=sent.isoformat(),
            sent_time=f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
            received=_months_after(sent, 0).replace(day=min(28, sent.day + 1)).isoformat(),
            skews=[round(rng.choice((-1, 1)) * rng.uniform(0.4, 1.3), 2) for _ in range(12)],
            stamp_angle=round(rng.uniform(-14, 14), 1),
        )
    elif layout == "bilingual":
        features.update(
            status_style="cell-word",
            director=others[0],
            inspected=_months_after(start, -2).replace(day=rng.randint(1, 28)).isoformat(),
            approved=_months_after(issued, -1).replace(day=rng.randint(1, 28)).isoformat(),
        )
    elif layout == "headings":
        features.update(
            status_style="cell-word",
            workbook_owner=others[4],
            saved=issued.isoformat(),
            row_meta=row_meta,
        )
    else:
        votes = {a.ref: rng.randint(0, 6) for a in actions}
        comments = {a.ref: (rng.choice(others[:4]), rng.choice(COMMENTS))
                    for a in actions if rng.random() < 0.3}  # fmt: skip
        features.update(
            status_style="note-tag",
            edited_by=others[0],
            edited=issued.isoformat(),
            facilitator=others[1],
            votes=votes,
            comments=comments,
            tilts=[round(rng.uniform(-1.5, 1.5), 1) for _ in range(len(actions) + 8)],
            parking=rng.sample(PARKING, rng.randint(2, 4)),
        )
    headers = {role: rng.choice(words) for role, words in H38_HEADERS[layout].items()}
    title = {
        "fax": f"{authority} Council Children's Services: Improvement Plan progress update",
        "bilingual": "Cynllun Gwella Gwasanaethau Plant / Children's Services Improvement Plan",
        "headings": f"{authority} - Children's Services Improvement Plan tracker",
        "sticky": "Improvement plan planning wall",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS38[layout], actions=list(actions), kpis=kpis, headers=headers,
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
