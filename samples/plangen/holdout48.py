"""The `holdout48` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout47).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout48.py`),
its output (`out/holdout48*`) or its results (`results/*holdout48*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout48 split"): an IMPACT / EFFORT PRIORITISATION MATRIX, the
actions scattered over four quadrants whatever their recommendation, each tagged `[R2]`
(ReportLab); a RISK REGISTER whose MITIGATIONS are the actions, each risk linked to one
recommendation and owned by a risk owner who is not the mitigation's lead (Word printed by
LibreOffice); a STAGE-GATE tracker whose due date is only the date under the last gate, earlier
gate dates beside it (Excel printed by LibreOffice Calc); and an OUTLINER export, the plan as
nested bullets with tree guides, owner and date as chips and the status as a hashtag (HTML printed
by Chromium). A forty-ninth header vocabulary and date forms (`14th March 2027`, `end of March
2027`, `14/3/27`, `Mar-27`, `14-03-2027`, `03/2027`, `Mar 14, 2027`, `March 2027`).
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
from samples.plangen.holdout47 import H47Family


@dataclass(frozen=True, slots=True)
class H48Family(H47Family):
    """A holdout48 family: its own builder and renderer (checked before H47Family)."""


# Header and label wordings of holdout48, per layout (each plan draws one of each).
H48_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "quadrant": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("Champion", "Owned by", "Lead"),
        "due": ("Land by", "Done by", "Target"),
        "rag": ("Momentum", "Flow", "Status"),
        "progress": ("Since last board", "Note", "Update"),
        "rec": ("", "", ""),
        "indicator": ("Impact measure", "Indicator", "Tell-tale measure"),
        "baseline": ("At the workshop", "Baseline", "Start point"),
        "latest": ("Today", "Latest", "Current value"),
        "target": ("Ambition", "Target", "Where we want to be"),
    },
    "risk": {
        "ref": ("", "", ""),
        "action": ("Mitigating actions", "Controls being put in place", "Mitigations"),
        "owner": ("Mitigation lead", "Action owner", "Responsible"),
        "due": ("Implement by", "Target date", "Date due"),
        "rag": ("Control effectiveness", "Mitigation status", "Effectiveness"),
        "progress": ("Assurance note", "Commentary", "Update"),
        "rec": ("Linked Ofsted recommendation", "Recommendation", "Links to recommendation"),
        "indicator": ("Early-warning indicator", "Risk indicator", "Indicator"),
        "baseline": ("When risk raised", "Baseline", "Opening value"),
        "latest": ("This review", "Latest", "Now"),
        "target": ("Tolerance", "Target", "Appetite"),
    },
    "gates": {
        "ref": ("ID", "WP", "No."),
        "action": ("Work package", "Deliverable", "Product"),
        "owner": ("Sponsor", "Gate owner", "Accountable"),
        "due": ("", "", ""),
        "rag": ("Gate decision", "Decision", "Last gate decision"),
        "progress": ("Conditions / notes", "Board note", "Gate notes"),
        "rec": ("", "", ""),
        "indicator": ("Benefit measure", "Benefit", "Measure"),
        "baseline": ("Pre-project", "Baseline", "Before"),
        "latest": ("Latest", "Current", "Now"),
        "target": ("Benefit target", "Target", "Expected"),
    },
    "outliner": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("assignee", "lead", "who"),
        "due": ("due", "deadline", "when"),
        "rag": ("", "", ""),
        "progress": ("note", "update", "latest"),
        "rec": ("", "", ""),
        "indicator": ("metric", "KPI", "measure"),
        "baseline": ("baseline", "start", "was"),
        "latest": ("latest", "now", "is"),
        "target": ("target", "goal", "aim"),
    },
}  # fmt: skip
REC_LABELS48 = {"quadrant": "R{n}", "risk": "Recommendation {n}",
                "gates": "Recommendation {n}", "outliner": "Recommendation {n}"}  # fmt: skip
GATES = (("Gate 1: Scope", "Gate 2: Design", "Gate 3: Pilot", "Gate 4: Close"),
         ("G1 Mandate", "G2 Business case", "G3 Test", "G4 Handover"),
         ("Stage 1 - Define", "Stage 2 - Build", "Stage 3 - Trial", "Stage 4 - Sign-off"))  # fmt: skip

# status per layout: (printed, rag)
H48_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "quadrant": (("Moving", "green"), ("Slowing", "amber"), ("Stuck", "red"),
                 ("Landed", "blue"), ("Queued", None)),
    "risk": (("Effective", "green"), ("Partially effective", "amber"), ("Not effective", "red"),
             ("Implemented", "blue"), ("Planned", None)),
    "gates": (("Go", "green"), ("Go with conditions", "amber"), ("No go", "red"),
              ("Closed", "blue"), ("Not yet at gate", None)),
    "outliner": (("#ontrack", "green"), ("#atrisk", "amber"), ("#offtrack", "red"),
                 ("#done", "blue"), ("#todo", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS48 = ("Perpetua Ashdown", "Lysander Okonkwo", "Cllr Honoria Blakemore", "Thaddeus Wingrove",
            "Marguerite Adebayo-Lowe", "Evander Thistlethwaite", "Seraphina Kowalczyk",
            "Barnaby Oduya", "Clementine Fairweather", "Octavius Ramsbottom")  # fmt: skip

RISKS48 = (
    "Insufficient social work capacity delays the changes needed",
    "Partners do not engage consistently with the new arrangements",
    "Practice improvements are not sustained once the board stands down",
    "Data quality is too weak to evidence impact to inspectors",
    "Recruitment and retention pressures leave key posts vacant",
    "Competing budget pressures reduce investment in improvement",
    "Leaders do not have timely oversight of frontline practice",
    "Changes to systems disrupt recording during the transition",
)
QUADRANTS = ("Quick wins", "Major projects", "Fill-ins", "Hard slog")


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def h48_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout48 date form and the date it names.

    `14th March 2027`, `14/3/27`, `14-03-2027` and `Mar 14, 2027` are that day; `end of March
    2027`, `Mar-27`, `03/2027` and `March 2027` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "ordinal":
        return f"{_ord(d.day)} {full} {d.year}", d
    if form == "end-of":
        return f"end of {full} {d.year}", month_last(d)
    if form == "short":
        return f"{d.day}/{d.month}/{d.year % 100:02d}", d
    if form == "mon-yy":
        return f"{mon}-{d.year % 100:02d}", month_last(d)
    if form == "dashed":
        return f"{d.day:02d}-{d.month:02d}-{d.year}", d
    if form == "mm-yyyy":
        return f"{d.month:02d}/{d.year}", month_last(d)
    if form == "us":
        return f"{mon} {d.day}, {d.year}", d
    if form == "month":
        return f"{full} {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"quadrant": ("ordinal", "end-of"), "risk": ("short", "mon-yy"),
              "gates": ("dashed", "mm-yyyy"), "outliner": ("us", "month")}  # fmt: skip
MONTH_FORMS = ("end-of", "mon-yy", "mm-yyyy", "month")

HOLDOUT48: tuple[H48Family, ...] = (
    H48Family("rl-priority-quadrants", "holdout48", "reportlab", ("none",), ("rec_tag",),
              vocab="holdout48", layout="quadrant", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab: an impact / effort prioritisation matrix, the actions "
                          "scattered over four quadrants whatever their recommendation, each "
                          "tagged [R2], the recommendations only in a key"),
    H48Family("docx-risk-mitigations", "holdout48", "docx", ("none",), ("rec_risk",),
              vocab="holdout48", layout="risk", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a risk register whose mitigations are "
                          "the actions, each risk linked to one recommendation, with a risk "
                          "owner, scores and review dates beside each mitigation's lead and date"),
    H48Family("xlsx-stage-gates", "holdout48", "xlsx", ("none",), ("rec_band",),
              vocab="holdout48", layout="gates", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a stage-gate tracker, four gate "
                          "date columns per work package, the due date only under the last gate, "
                          "a project manager beside the sponsor"),
    H48Family("html-outliner-tree", "holdout48", "chromium", ("none",), ("rec_parent",),
              vocab="holdout48", layout="outliner", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an outliner export, nested bullets with "
                          "tree guides, owner and date as chips, the status a hashtag, comments "
                          "by other people as child bullets"),
)  # fmt: skip


def build_holdout48(fam: H48Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout48:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS48, 8))
    statuses = H48_STATUS[layout]
    actions: list[H8Action] = []
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            seq += 1
            d = _months_after(start, rng.randint(4, 16))
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
            due_raw, due_date = h48_due(form, d)
            ref = f"WP{seq:02d}" if layout == "gates" else f"{num}.{k}"
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "quadrant":
        order = list(range(len(actions)))
        rng.shuffle(order)
        quad = [0] * len(actions)
        for i, j in enumerate(order):
            quad[j] = i % 4
        features.update(
            quadrant=quad,
            scores=[(rng.randint(3, 5) if q in (0, 1) else rng.randint(1, 2),
                     rng.randint(1, 2) if q in (0, 2) else rng.randint(3, 5)) for q in quad],
            facilitator=others[0],
            workshop=some_day(1).isoformat(),
        )  # fmt: skip
    elif layout == "risk":
        groups: list[list[int]] = []
        rec_of: list[str] = []
        for num, _ in recs:
            idx = [i for i, a in enumerate(actions) if a.recs[0] == num]
            cut = rng.randint(1, len(idx) - 1) if len(idx) >= 3 and rng.random() < 0.5 else 0
            for part in [idx[:cut], idx[cut:]] if cut else [idx]:
                groups.append(part)
                rec_of.append(num)
        features.update(
            groups=groups,
            group_recs=rec_of,
            risk_text=rng.sample(RISKS48, len(groups)) if len(groups) <= len(RISKS48)
            else [rng.choice(RISKS48) for _ in groups],
            risk_owner=[rng.choice(others[:5]) for _ in groups],
            inherent=[(rng.randint(3, 5), rng.randint(3, 5)) for _ in groups],
            residual=[(rng.randint(1, 3), rng.randint(2, 4)) for _ in groups],
            reviewed=[some_day(rng.randint(0, 2)).isoformat() for _ in groups],
            register_owner=others[5],
        )  # fmt: skip
    elif layout == "gates":
        gate_dates = []
        for a in actions:
            assert a.due_date is not None
            back = sorted(rng.sample(range(1, 9), 3), reverse=True)
            gate_dates.append([h48_due(form, _months_after(a.due_date, -b).replace(
                day=28 if form in MONTH_FORMS else rng.randint(1, 28)))[0] for b in back])  # fmt: skip
        features.update(
            gate_names=list(rng.choice(GATES)),
            gate_dates=gate_dates,
            managers=[rng.choice(others[:5]) for _ in actions],
            chair=others[5],
            review=some_day(0).isoformat(),
        )
    else:
        comments = {}
        for i in rng.sample(range(len(actions)), min(len(actions), rng.randint(2, 4))):
            comments[str(i)] = (rng.choice(others[:5]), some_day(rng.randint(0, 2)).isoformat())
        features.update(edited_by=others[6], edited=some_day(0).isoformat(), comments=comments)
    headers = {role: rng.choice(words) for role, words in H48_HEADERS[layout].items()}
    title = {
        "quadrant": "Prioritising our improvement actions: impact and effort",
        "risk": "Children's Services Improvement: risk register",
        "gates": "Improvement programme: stage-gate tracker",
        "outliner": "Children's services improvement plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS48[layout], actions=list(actions), kpis=kpis, headers=headers,
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
