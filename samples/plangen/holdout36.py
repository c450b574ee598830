"""The `holdout36` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout35).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout36.py`),
its output (`out/holdout36*`) or its results (`results/*holdout36*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout36 split"): the plan as RELEASED UNDER A FREEDOM OF
INFORMATION REQUEST, a response letter first and the plan after it with the names of officers
REDACTED (black bars marked `s.40(2)`), a watermark and a release stamp on every page (ReportLab);
the plan sent out as MAIL-MERGED LETTERS, one letter per lead, the owner only in the address
block and the salutation (Word printed by LibreOffice); a tracker SORTED BY STATUS WITH SUBTOTAL
ROWS and an autofilter, its recommendations as codes resolved on a second sheet (Excel printed by
LibreOffice Calc); a document system's SIDE-BY-SIDE VERSION COMPARISON, the previous version on
the left with its changed values struck through and the current version on the right (HTML
printed by Chromium). A thirty-seventh header vocabulary and date forms (`31-Mar-2027`,
`March '27`, `31st March 2027`, `March 2027`, `2027-03-31`, `Mar-27`, `31 Mar 2027`, `03/2027`).
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
from samples.plangen.holdout35 import H35Family


@dataclass(frozen=True, slots=True)
class H36Family(H35Family):
    """A holdout36 family: its own builder and renderer (checked before H35Family)."""


# Header and label wordings of holdout36, per layout (each plan draws one of each).
H36_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "foi": {
        "ref": ("Ref", "Item", "Action ID"),
        "action": ("Action", "Planned action", "Activity"),
        "owner": ("Lead", "Responsible officer", "Accountable"),
        "due": ("Target date", "Timescale", "Deadline"),
        "rag": ("RAG", "Status", "Rating"),
        "progress": ("Progress", "Commentary", "Position statement"),
        "rec": ("", "", ""),
        "indicator": ("Performance measure", "KPI", "Indicator"),
        "baseline": ("Baseline", "Start point", "Position at inspection"),
        "latest": ("Current", "Latest", "Now"),
        "target": ("Target", "Goal", "Ambition"),
    },
    "letters": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("Complete by", "Agreed deadline", "Target date"),
        "rag": ("Last reported status", "Status at last board", "Current status"),
        "progress": ("Last update", "Progress you reported", "Latest position"),
        "rec": ("", "", ""),
        "indicator": ("Measure", "Indicator", "Key measure"),
        "baseline": ("Baseline", "Starting point", "At inspection"),
        "latest": ("Latest", "Current", "Most recent"),
        "target": ("Target", "Aim", "End goal"),
    },
    "subtotals": {
        "ref": ("Ref", "Action No", "ID"),
        "action": ("Action", "Action description", "Task"),
        "owner": ("Lead", "Owner", "Responsible"),
        "due": ("Due", "Due date", "Deadline"),
        "rag": ("Status", "RAG", "RAG status"),
        "progress": ("Comments", "Latest update", "Notes"),
        "rec": ("Rec", "Rec code", "Recommendation"),
        "indicator": ("KPI", "Measure", "Indicator"),
        "baseline": ("Baseline", "Start", "Inspection"),
        "latest": ("Actual", "Latest", "Current"),
        "target": ("Target", "Goal", "Aim"),
    },
    "compare": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Lead", "Owner", "Accountable lead"),
        "due": ("Due", "Target", "Deadline"),
        "rag": ("Status", "RAG", "Progress rating"),
        "progress": ("Update", "Commentary", "Narrative"),
        "rec": ("", "", ""),
        "indicator": ("Indicator", "Measure", "KPI"),
        "baseline": ("Baseline", "Starting point", "At inspection"),
        "latest": ("Latest", "Current", "Now"),
        "target": ("Target", "Aim", "Goal"),
    },
}  # fmt: skip
REC_LABELS36 = {
    "foi": "Recommendation {n} -",
    "letters": "Recommendation {n}:",
    "subtotals": "R{n}",
    "compare": "Recommendation {n}",
}

# status per layout: (printed, rag)
H36_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "foi": (("On target", "green"), ("Some slippage", "amber"), ("Significant slippage", "red"),
            ("Achieved", "blue"), ("Not due to start", None)),
    "letters": (("Progressing", "green"), ("Delayed", "amber"), ("Stuck", "red"),
                ("Closed", "blue"), ("Not begun", None)),
    "subtotals": (("Green", "green"), ("Amber", "amber"), ("Red", "red"),
                  ("Complete", "blue"), ("Not started", None)),
    "compare": (("On course", "green"), ("Behind", "amber"), ("Critical", "red"),
                ("Delivered", "blue"), ("Pending", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE or an earlier split's modules
OTHERS36 = ("Rosalind Achterberg", "Dominic Feeney", "Harriet Oyelaran", "Bartholomew Quist",
            "Sunita Raval", "Lachlan Merriweather", "Philippa Doughty", "Emeka Nwachukwu",
            "Agnieszka Wrobel", "Crispin Tolland")  # fmt: skip
REDACTED = "s.40(2)"


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def h36_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout36 date form and the date it names.

    `March '27`, `March 2027`, `Mar-27` and `03/2027` end the month; `31-Mar-2027`,
    `31st March 2027`, `2027-03-31` and `31 Mar 2027` are that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    yy = f"{d.year % 100:02d}"
    if form == "dmonyyyy":
        return f"{d.day:02d}-{mon}-{d.year}", d
    if form == "monthapos":
        return f"{full} '{yy}", month_last(d)
    if form == "ordinal":
        return f"{_ordinal(d.day)} {full} {d.year}", d
    if form == "monthyyyy":
        return f"{full} {d.year}", month_last(d)
    if form == "iso":
        return d.isoformat(), d
    if form == "monyy":
        return f"{mon}-{yy}", month_last(d)
    if form == "dmony":
        return f"{d.day} {mon} {d.year}", d
    if form == "mmyyyy":
        return f"{d.month:02d}/{d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"foi": ("dmonyyyy", "monthapos"), "letters": ("ordinal", "monthyyyy"),
              "subtotals": ("iso", "monyy"), "compare": ("dmony", "mmyyyy")}  # fmt: skip
MONTH_FORMS = ("monthapos", "monthyyyy", "monyy", "mmyyyy")

HOLDOUT36: tuple[H36Family, ...] = (
    H36Family("rl-foi-redacted", "holdout36", "reportlab", ("grid",), ("rec_rows",),
              vocab="holdout36", layout="foi", kpi=0.5, landscape=0.0, progress=0.6,
              description="ReportLab: the plan as released under a Freedom of Information "
                          "request, a response letter first, officers' names redacted as black "
                          "bars marked s.40(2), a watermark and a release stamp on each page"),
    H36Family("docx-mail-merge-letters", "holdout36", "docx", ("none",), ("per_lead",),
              vocab="holdout36", layout="letters", kpi=0.4, landscape=0.0, progress=0.6,
              description="Word printed by LibreOffice: the plan sent out as mail-merged "
                          "letters, one per lead, the owner only in the address block and the "
                          "salutation, each action as a small label | value block"),
    H36Family("xlsx-status-subtotals", "holdout36", "xlsx", ("grid",), ("status_groups",),
              vocab="holdout36", layout="subtotals", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a tracker sorted by status with "
                          "subtotal count rows and an autofilter, recommendations as codes "
                          "resolved on a second sheet"),
    H36Family("html-version-compare", "holdout36", "chromium", ("grid",), ("rec_rows",),
              vocab="holdout36", layout="compare", kpi=0.5, landscape=1.0, progress=0.7,
              description="HTML printed by Chromium: a document system's side-by-side "
                          "comparison of two versions of the plan, the previous on the left with "
                          "changes struck through, the current on the right"),
)  # fmt: skip


def build_holdout36(fam: H36Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout36:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    if layout == "foi":
        n_posts = rng.randint(1, 3)
        leads = rng.sample(C.TITLES, n_posts) + rng.sample(C.PEOPLE, 5 - n_posts)
        rng.shuffle(leads)
    elif layout == "letters":
        leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, rng.randint(3, 5))
    else:
        leads = rng.sample(C.TITLES if rng.random() < 0.5 else C.PEOPLE, 5)
    redacted = [ld for ld in leads if layout == "foi" and ld in C.PEOPLE and rng.random() < 0.75]
    form = rng.choice(DATE_FORMS[layout])
    features: dict[str, object] = {}
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = rng.sample(OTHERS36, 6)
    statuses = H36_STATUS[layout]
    actions: list[H8Action] = []
    changes: dict[str, dict[str, str]] = {}  # compare: ref -> field -> the previous version's
    added: list[str] = []  # compare: actions new in the current version
    deleted: list[dict[str, str]] = []  # compare: actions in the previous version only
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        texts = rng.sample(topic.actions, min(len(topic.actions), n_acts + 1))
        for k, text in enumerate(texts[:n_acts], start=1):
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
            ref = f"{num}.{k}"
            due_raw, due_date = h36_due(form, d)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
            if layout == "compare":
                if rng.random() < 0.12:
                    added.append(ref)
                    continue
                ch: dict[str, str] = {}
                if rng.random() < 0.3:
                    ch["due"] = h36_due(form, _months_after(d, -rng.randint(1, 4)))[0]
                if rng.random() < 0.35:
                    ch["status"] = rng.choice([s for s, _ in statuses if s != status])
                if rng.random() < 0.15:
                    ch["owner"] = rng.choice([x for x in leads if x != owner])
                if has_progress and rng.random() < 0.3:
                    ch["progress"] = rng.choice(UPDATES[rng.choice(("green", "amber", "red"))])
                if ch:
                    changes[ref] = ch
        if layout == "compare" and len(texts) > n_acts and rng.random() < 0.3:
            d = month_last(_months_after(start, rng.randint(2, 12)))
            deleted.append({"ref": f"{num}.{n_acts + 1}", "text": texts[n_acts],
                            "owner": rng.choice(leads), "due": h36_due(form, d)[0],
                            "status": rng.choice(statuses)[0]})  # fmt: skip
    if layout == "foi":
        features.update(
            status_style="cell-word",
            redacted=redacted,
            requester=others[0],
            officer=others[1],
            foi_ref=f"FOI/{issued.year}/{rng.randint(1000, 9999):04d}",
            received=_months_after(issued, 1).replace(day=rng.randint(1, 20)).isoformat(),
            as_at=issued.isoformat(),
        )
    elif layout == "letters":
        features.update(
            status_style="label-value",
            pmo=others[0],
            dcs=others[1],
            reply_by=_months_after(issued, 0).replace(day=28).isoformat(),
            refcode=rng.randint(100, 999),
            letter_date=issued.isoformat(),
        )
    elif layout == "subtotals":
        order = rng.choice(("worst-first", "best-first"))
        features.update(
            status_style="cell-word",
            order=order,
            printed_by=others[0],
            sheet=rng.choice(("Action tracker", "Tracker", "Plan")),
            filtered_on=rng.choice(("Status", "RAG", "none")),
        )
    else:
        features.update(
            status_style="labelled-line",
            changes=changes,
            added=added,
            deleted=deleted,
            old_version=f"{rng.randint(2, 5)}.0",
            old_author=others[0],
            new_author=others[1],
            system=rng.choice(("DocStore", "Records Online", "EDRMS")),
            old_date=_months_after(issued, -rng.randint(1, 3)).isoformat(),
        )
    headers = {role: rng.choice(words) for role, words in H36_HEADERS[layout].items()}
    title = {
        "foi": "Children's Services Improvement Plan",
        "letters": "Your actions in the Children's Services Improvement Plan",
        "subtotals": f"{authority} Council - Improvement Plan tracker",
        "compare": f"Compare versions: {authority} Children's Services Improvement Plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS36[layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    if redacted:  # a redacted owner prints no name: no owner
        for ga in plan.gold["actions"]:
            if ga["owner"] in redacted:
                ga["owner"] = None
    plan.features = {
        "grouping": fam.groupings[0], "layout": layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "leads": leads, "date_form": form, **features,
    }  # fmt: skip
    return plan
