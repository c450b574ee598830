"""The `holdout26` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout25).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout26.py`),
its output (`out/holdout26*`) or its results (`results/*holdout26*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout26 split"): a highlight report whose ONLY status is a
summary grid of coloured TILES (one per action: its number and a status word) on the first page,
the action register after it carrying no status column (ReportLab); a Word LOGIC-MODEL plan, a
table per outcome whose `How we will know` column names the KPI an action moves, the KPIs'
figures in a measures table at the end (Word printed by LibreOffice); a RAID LOG, risks, issues,
decisions and actions in one register with a `Type` column and a `Linked rec` column, the
recommendations on a sheet before it (Excel printed by LibreOffice Calc); a print of a SharePoint
/ Microsoft LIST grouped by recommendation, collapsible group headers with counts, person cells
with initials avatars, status pills and numeric list IDs (HTML printed by Chromium). A
twenty-seventh header vocabulary, new date forms.
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
from samples.plangen.holdout25 import H25Family


@dataclass(frozen=True, slots=True)
class H26Family(H25Family):
    """A holdout26 family: its own builder and renderer (checked before H25Family)."""


# Header and label wordings of holdout26 (the SharePoint list's column names are fixed).
H26_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("No.", "Item", "Ref"),
    "action": ("Action required", "Activity", "What we will do to get there"),
    "owner": ("Accountable lead", "Officer", "Lead officer"),
    "due": ("Target date", "Timescale", "Date due"),
    "rag": ("RAG", "Rating", "Status"),
    "progress": ("Update", "Progress this period", "Notes"),
    "know": ("How we will know", "Evidence of impact", "Measure of success"),
    "indicator": ("Performance measure", "Metric", "KPI"),
    "baseline": ("Starting point", "Was", "Baseline figure"),
    "latest": ("Now", "Latest figure", "This period"),
    "target": ("Goal", "End target", "Target"),
}
REC_LABELS26 = {
    "tiles": "Recommendation {n}",
    "logic": "Outcome {n}",
    "raid": "Rec {n}",
    "splist": "{n}",
}

# status per layout: (printed, rag)
H26_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "tiles": (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
              ("Completed", "blue"), ("Not yet started", None)),
    "logic": (("G", "green"), ("A", "amber"), ("R", "red"), ("B", "blue"), ("NS", None)),
    "raid": (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Closed", "blue"),
             ("Not started", None)),
    "splist": (("On track", "green"), ("At risk", "amber"), ("Behind", "red"),
               ("Completed", "blue"), ("Not started", None)),
}  # fmt: skip

# non-action RAID entries: (type, letter, texts)
RAID_OTHER: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Risk", "R", (
        "Agency social worker turnover delays the completion of audits",
        "Case management system upgrade is not delivered on time",
        "Rising demand at the front door exceeds team capacity",
        "Partner agencies do not release staff for multi-agency training",
        "Sufficiency of local foster placements falls further",
    )),
    ("Issue", "I", (
        "Backlog of assessments over 45 working days in two locality teams",
        "Performance reports do not yet show supervision frequency by team",
        "Vacancy rate among team managers above 20 per cent",
        "Delay in recruiting the independent chair of the Improvement Board",
    )),
    ("Decision", "D", (
        "Improvement Board agreed to fund two additional practice educators",
        "Cabinet approved the revised recruitment and retention offer",
        "Quality assurance framework to be refreshed before the next audit cycle",
        "Monthly performance clinics to replace the quarterly review meeting",
    )),
)  # fmt: skip
SEPT = {9: "Sept"}


def h26_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout26 date form and the date it names.

    `end Sept 2026` (the month's last day; September printed `Sept`), `31/03/27` (that day,
    day first, two-digit year), `30th September 2026` (that day), `Q2 2026/27` (the last day of
    the financial-year quarter: Q1 April-June .. Q4 January-March), `Sep-26` (an Excel date cell
    shown mmm-yy: the month's last day), `30-Sep-26` (a date cell shown d-mmm-yy: that day),
    `31/03/2027` (that day), `31-Mar-2027` (that day).
    """
    if form == "end":
        return f"end {SEPT.get(d.month, calendar.month_abbr[d.month])} {d.year}", month_last(d)
    if form == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", d
    if form == "ordinal":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {calendar.month_name[d.month]} {d.year}", d
    if form == "fyq":
        q = (d.month - 4) % 12 // 3 + 1
        first = d.year if d.month >= 4 else d.year - 1
        end_month = {1: 6, 2: 9, 3: 12, 4: 3}[q]
        end_year = first + 1 if q == 4 else first
        return f"Q{q} {first}/{(first + 1) % 100:02d}", month_last(date(end_year, end_month, 1))
    if form == "mmmyy":
        return f"{calendar.month_abbr[d.month]}-{d.year % 100:02d}", month_last(d)
    if form == "dmmmyy":
        return f"{d.day}-{calendar.month_abbr[d.month]}-{d.year % 100:02d}", d
    if form == "dmy4":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "dmon4":
        return f"{d.day:02d}-{calendar.month_abbr[d.month]}-{d.year}", d
    raise ValueError(form)


DATE_FORMS = {"tiles": ("end", "dmy2"), "logic": ("ordinal", "fyq"), "raid": ("mmmyy", "dmmmyy"),
              "splist": ("dmy4", "dmon4")}  # fmt: skip

HOLDOUT26: tuple[H26Family, ...] = (
    H26Family("rl-rag-tile-summary", "holdout26", "reportlab", ("grid",), ("tile-grid",),
              vocab="holdout26", layout="tiles", kpi=0.5, landscape=0.5, progress=0.6,
              description="ReportLab: a highlight report whose only status is a first-page "
                          "summary grid of coloured tiles (action number and status word, one "
                          "row of tiles per recommendation); the action register after it has "
                          "no status column"),
    H26Family("docx-logic-model", "holdout26", "docx", ("grid",), ("outcome-table",),
              vocab="holdout26", layout="logic", kpi=1.0, landscape=0.5, progress=0.5,
              description="Word printed by LibreOffice: an outcomes (logic-model) plan, a table "
                          "per outcome (the recommendation) whose 'How we will know' column "
                          "names the KPI an action moves; the KPI figures in a measures table "
                          "at the end; RAG letters on fills"),
    H26Family("xlsx-raid-log", "holdout26", "xlsx", ("grid",), ("link-column",),
              vocab="holdout26", layout="raid", kpi=0.5, landscape=1.0, progress=0.7,
              description="Excel printed by LibreOffice Calc: a RAID log, risks, issues, "
                          "decisions and actions in one register with a Type column and a "
                          "'Linked rec' column; the recommendations on a sheet before it; due "
                          "dates as mmm-yy or d-mmm-yy date cells"),
    H26Family("html-sharepoint-list", "holdout26", "chromium", ("none",), ("group-header",),
              vocab="holdout26", layout="splist", kpi=0.5, landscape=0.5, progress=0.6,
              description="HTML printed by Chromium: a SharePoint / Microsoft Lists view "
                          "grouped by recommendation (collapsible group headers with counts), "
                          "numeric list IDs, person cells with initials avatars, status pills"),
)  # fmt: skip


def build_holdout26(fam: H26Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout26:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    if fam.layout == "splist":
        leads = rng.sample(C.PEOPLE, 5)  # a person column holds people
    features: dict[str, object] = {}
    layout = fam.layout
    form = rng.choice(DATE_FORMS[layout])
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    if layout == "tiles":
        features.update(status_style="drawn-tile", tiles_per_row=rng.choice((4, 5, 6)),
                        register_by=rng.choice(("banner", "heading")))  # fmt: skip
    elif layout == "logic":
        features.update(status_style="letter-fill", rec_box=rng.choice(("shaded", "boxed")))
    elif layout == "raid":
        features.update(status_style="word-fill", sort=rng.choice(("raised", "type")),
                        date_cells=True)  # fmt: skip
    else:
        features.update(status_style="pill", avatars=True, collapsed_note=rng.random() < 0.5,
                        accent=rng.choice(("#0F6CBD", "#038387", "#8764B8")))  # fmt: skip
    actions: list[H8Action] = []
    know: dict[str, str] = {}
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        texts = rng.sample(topic.actions, rng.randint(2, hi))
        for k, text in enumerate(texts, start=1):
            seq += 1
            d = _months_after(start, rng.randint(2, 18))
            if form not in ("end", "mmmyy", "fyq") and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            else:
                d = month_last(d)
            due_raw, due_date = h26_due(form, d)
            owner = rng.choice(leads)
            status, rag = rng.choice(H26_STATUS[layout])
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            if layout == "splist":
                ref = str(40 + seq + seq // 3)  # list IDs: gaps where items were deleted
            elif layout == "raid":
                ref = f"A{seq:02d}"
            else:
                ref = f"{num}.{k}"
            if layout == "logic":
                know[ref] = (rng.choice(kpis).indicator if kpis and rng.random() < 0.7
                             else rng.choice(KNOW_TEXTS))  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    if layout == "raid":
        others: list[tuple[str, str, str, str, str, str]] = []
        counts = {"R": 0, "I": 0, "D": 0}
        for kind, letter, pool in RAID_OTHER:
            for text in rng.sample(pool, rng.randint(1, 3)):
                counts[letter] += 1
                rnum = rng.choice([n for n, _ in recs])
                st = rng.choice(("Open", "Open", "Closed")) if kind != "Decision" else "Agreed"
                others.append((f"{letter}{counts[letter]:02d}", kind, text, rnum,
                               rng.choice(leads), st))  # fmt: skip
        features["others"] = others
        raised = {a.ref: rng.randint(0, 200) for a in actions}
        raised.update({o[0]: rng.randint(0, 200) for o in others})
        features["raised"] = raised
    headers = {role: rng.choice(words) for role, words in H26_HEADERS.items()}
    if layout == "splist":
        headers.update(ref="ID", action="Title", owner="Assigned to", due="Due date",
                       rag="Status", progress="Latest update")  # fmt: skip
    if layout == "raid":
        headers["ref"] = "ID"
    title = {
        "tiles": "Children's Services Improvement Programme: Highlight Report",
        "logic": f"{authority} Council: Children's Services Improvement Plan (outcomes framework)",
        "raid": f"{authority} Children's Improvement Programme - RAID log",
        "splist": "ILACS Improvement Actions",
    }[layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS26[layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "leads": leads, "date_form": form, "know": know, **features,
    }  # fmt: skip
    return plan


KNOW_TEXTS = (
    "Audit findings show improvement in two consecutive cycles",
    "Feedback from children and families",
    "Practice observations by senior leaders",
    "Staff survey results",
)
