"""The `holdout59` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout58).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout59.py`),
its output (`out/holdout59*`) or its results (`results/*holdout59*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout59 split"): TWO PLANS IN ONE PACK, the council's (Part A)
and the safeguarding partnership's (Part B), each restating the same recommendations as its
headings (ReportLab); a Word plan whose recommendations are headings and whose actions are the
first level of a numbered OUTLINE, each with a field line, over SUB-STEPS (`2.1.1`) that are not
actions (Word printed by LibreOffice); an Excel plan whose recommendations are merged row BANDS,
with a second sheet of MILESTONES (checkpoints, not actions) printed after it (Excel printed by
LibreOffice Calc); and a table whose recommendation is a ROTATED LABEL in a cell spanning its
actions' rows (HTML printed by Chromium). A sixtieth header vocabulary and date forms (`End Jun
2027`, `Jun 17th 2027`, `End June 2027`, `17 June 2027`, `June 17 2027`, `Jun 2027`, `Jun 17 '27`,
`17/06/2027`).
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
from samples.plangen.holdout58 import H58Family


@dataclass(frozen=True, slots=True)
class H59Family(H58Family):
    """A holdout59 family: its own builder and renderer (checked before H58Family)."""


# Header and label wordings of holdout59, per layout (each plan draws one of each).
H59_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "pack": {
        "ref": ("Bed no.", "Border", "Allotment no."),
        "action": ("Planting", "What we will sow", "Seedling"),
        "owner": ("Head gardener", "Grower", "Green-fingered lead"),
        "due": ("Harvest by", "In bloom by", "Ripe by"),
        "rag": ("Greenhouse reading", "Soil check", "Bud count"),
        "progress": ("Potting note", "Gardener's diary", "Compost heap"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Crop measure", "Indicator", "Yield"),
        "baseline": ("Seed tray", "Baseline", "Sown at"),
        "latest": ("Sprouting", "Latest", "This season's crop"),
        "target": ("Full harvest", "Target", "Bumper crop"),
    },
    "outline": {
        "ref": ("Pitch", "Pitch", "Pitch"),
        "action": ("Ascent line", "Ascent line", "Ascent line"),
        "owner": ("Rope leader", "Lead climber", "Mountain guide"),
        "due": ("Summit by", "Top out", "Reach the col"),
        "rag": ("Weather on the hill", "Ascent", "Altimeter"),
        "progress": ("Base camp note", "Climbing log", "Route note"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Height gained", "Indicator", "Ridge measure"),
        "baseline": ("Trailhead", "Baseline", "Valley floor"),
        "latest": ("High camp", "Latest", "Last waypoint"),
        "target": ("Summit", "Target", "Peak"),
    },
    "bands": {
        "ref": ("Hive no.", "Frame", "Comb ref"),
        "action": ("Nectar run", "Foraging task", "Hive task"),
        "owner": ("Beekeeper", "Apiarist", "Keeper of the hive"),
        "due": ("Honey by", "Capped by", "Swarm date"),
        "rag": ("Hive hum", "Buzz", "Colony check"),
        "progress": ("Apiary note", "Smoker note", "Hive diary"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Honey measure", "Indicator", "Pollen count"),
        "baseline": ("Winter cluster", "Baseline", "First flight"),
        "latest": ("Mid-flow", "Latest", "Latest inspection"),
        "target": ("Full super", "Target", "Honey harvest"),
    },
    "vertical": {
        "ref": ("Stitch no.", "Pattern row", "Needle"),
        "action": ("Pattern", "What we will knit", "Stitch work"),
        "owner": ("Knitter", "Seamstress", "Tailor"),
        "due": ("Cast off by", "Hemmed by", "Sewn by"),
        "rag": ("Tension", "Yarn check", "Fabric state"),
        "progress": ("Pattern note", "Tailor's note", "Sewing box"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Garment measure", "Indicator", "Stitch count"),
        "baseline": ("Cast on", "Baseline", "Bare needles"),
        "latest": ("On the needles", "Latest", "Half-knitted"),
        "target": ("Finished garment", "Target", "Last stitch"),
    },
}  # fmt: skip
REC_LABELS59 = {"pack": "Recommendation {n}", "outline": "Recommendation {n}",
                "bands": "Recommendation {n}", "vertical": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with four new ones in each
H59_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "pack": (("Blooming", "green"), ("Drooping", "amber"), ("Blighted", "red"),
             ("Complete", "blue"), ("Not yet sown", None)),
    "outline": (("Good footing", "green"), ("Loose scree", "amber"), ("Off track", "red"),
                ("Summited", "blue"), ("At base camp", None)),
    "bands": (("Buzzing", "green"), ("Restless", "amber"), ("Swarming", "red"),
              ("Honey capped", "blue"), ("Not started", None)),
    "vertical": (("Neatly stitched", "green"), ("Loose threads", "amber"),
                 ("Dropped stitches", "red"), ("Done", "blue"), ("Still on the spool", None)),
}  # fmt: skip

# Part B owners (partner agencies' posts) in the two-part pack
PARTNER_OWNERS = (
    "Designated Nurse (ICB)", "Designated Doctor (ICB)", "Detective Superintendent, Public Protection",
    "Head of Safeguarding, Acute Trust", "Named GP for Safeguarding", "Head of Probation Delivery Unit",
    "Education Safeguarding Lead", "Clinical Director, CAMHS",
)  # fmt: skip
# the outline's sub-steps (not actions): short verb phrases
SUB_STEPS = (
    "Agree the scope with the service managers", "Draft the revised guidance",
    "Consult the practice leads", "Test the change in one locality team",
    "Brief staff at the all-service meeting", "Update the case recording forms",
    "Report the first results to the board", "Agree the audit questions",
    "Collect the baseline figures", "Train the team managers",
    "Publish the guidance on the intranet", "Review the change after three months",
)  # fmt: skip
# the milestone sheet's checkpoints (not actions)
CHECKPOINTS = (
    "Scoping paper to the board", "Draft circulated to partners", "Pilot begins",
    "Pilot reviewed", "Staff briefings held", "First audit reported", "Guidance published",
    "Data report tested", "Training sessions booked", "Interim review",
)  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS59 = ("Ottoline Fairweather", "Caspar Nyambura", "Cllr Wilhelmina Ashdown",
            "Evander McTaggart", "Peregrine Oduya", "Rosamund Kettleborough", "Tobias Adeyemi-Lund",
            "Henrietta Quarshie", "Lucian Pemberton-Gray", "Isadora Whitlock")  # fmt: skip


def h59_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout59 date form and the date it names.

    Month forms (`End Jun 2027`, `End June 2027`, `Jun 2027`) the month's last day; day forms
    (`Jun 17th 2027`, `17 June 2027`, `June 17 2027`, `Jun 17 '27`, `17/06/2027`) that day.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "end-mon":
        return f"End {mon} {d.year}", month_last(d)
    if form == "end-month":
        return f"End {full} {d.year}", month_last(d)
    if form == "mon-year":
        return f"{mon} {d.year}", month_last(d)
    if form == "mon-ordinal":
        return f"{mon} {_ordinal(d.day)} {d.year}", d
    if form == "day-month":
        return f"{d.day} {full} {d.year}", d
    if form == "month-day":
        return f"{full} {d.day} {d.year}", d
    if form == "mon-day-apos":
        return f"{mon} {d.day} '{d.year % 100:02d}", d
    if form == "dmy-slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    raise ValueError(form)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_FORMS = {"pack": ("end-mon", "mon-ordinal"), "outline": ("end-month", "day-month"),
              "bands": ("month-day", "mon-year"), "vertical": ("mon-day-apos", "dmy-slash")}  # fmt: skip
MONTH_FORMS = ("end-mon", "end-month", "mon-year")

HOLDOUT59: tuple[H59Family, ...] = (
    H59Family("rl-two-part-pack", "holdout59", "reportlab", ("none",), ("pack",),
              vocab="holdout59", layout="pack", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: one pack holding TWO plans answering the same "
                          "recommendations, the council's (Part A, refs `C2.1`) and the "
                          "safeguarding partnership's (Part B, refs `P2.1`), each restating "
                          "every recommendation as the heading over its actions; dues `End Jun "
                          "2027` or `Jun 17th 2027`"),
    H59Family("docx-outline-substeps", "holdout59", "docx", ("none",), ("outline",),
              vocab="holdout59", layout="outline", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a heading per recommendation, its "
                          "actions the first level of a numbered outline (`2.1`, bold) with a "
                          "field line (owner, due, status), over SUB-STEPS `2.1.1` that are not "
                          "actions; dues `End June 2027` or `17 June 2027`"),
    H59Family("xlsx-band-milestones", "holdout59", "xlsx", ("grid",), ("bands",),
              vocab="holdout59", layout="bands", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc, landscape: each recommendation a "
                          "merged, shaded ROW BAND over its actions; a second sheet of "
                          "MILESTONES (checkpoints per action, dated: not actions) printed "
                          "after the plan; dues `June 17 2027` or `Jun 2027`"),
    H59Family("html-vertical-rec-label", "holdout59", "chromium", ("none",), ("vertical",),
              vocab="holdout59", layout="vertical", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: one table through the plan whose first "
                          "cell spans each recommendation's action rows and holds the "
                          "recommendation as a ROTATED LABEL (read bottom to top), the texts "
                          "listed above; refs numbered through; dues `Jun 17 '27` or `17/06/2027`"),
)  # fmt: skip


def build_holdout59(fam: H59Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout59:{seed}:{fam.name}:{index}")
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
    partners = rng.sample(PARTNER_OWNERS, 4)
    form = rng.choice(DATE_FORMS[layout])
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS59, 8))
    statuses = H59_STATUS[layout]

    def draw_due() -> tuple[str, date]:
        d = _months_after(start, rng.randint(4, 18))
        d = month_last(d) if form in MONTH_FORMS else d.replace(day=rng.randint(1, 28))
        return h59_due(form, d)

    def draw_action(ref: str, text: str, num: str, owners: list[str]) -> H8Action:
        owner = rng.choice(owners)
        due_raw, due_date = draw_due()
        status, rag = rng.choice(statuses)
        progress: str | None = None
        if has_progress and rng.random() < 0.75:
            progress = rng.choice(UPDATES[rag])
        return H8Action(ref, text, owner, due_raw, due_date, progress, status, rag, [num],
                        printed_owner=owner)  # fmt: skip

    actions: list[H8Action] = []
    features: dict[str, object] = {}
    if layout == "pack":
        part_a: list[H8Action] = []
        part_b: list[H8Action] = []
        for (num, _), topic in zip(recs, topics, strict=True):
            texts = rng.sample(topic.actions, min(len(topic.actions), rng.randint(3, 4)))
            n_a = rng.randint(1, len(texts) - 1)
            for k, text in enumerate(texts[:n_a], start=1):
                part_a.append(draw_action(f"C{num}.{k}", text, num, leads))
            for k, text in enumerate(texts[n_a:], start=1):
                part_b.append(draw_action(f"P{num}.{k}", text, num, partners))
        actions = part_a + part_b
        features.update(
            part_a=len(part_a),
            partners=partners,
            partnership=f"{authority} Safeguarding Children Partnership",
            collator=others[5],
            agreed=_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
            printed=issued.isoformat(),
        )  # fmt: skip
    else:
        for (num, _), topic in zip(recs, topics, strict=True):
            n_acts = rng.randint(2, min(4, len(topic.actions)))
            for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
                actions.append(draw_action(f"{num}.{k}", text, num, leads))
        if layout == "outline":
            features.update(
                substeps=[rng.sample(SUB_STEPS, rng.randint(0, 3)) for _ in actions],
                plan_owner=others[5],
                refreshed=issued.isoformat(),
            )  # fmt: skip
        elif layout == "bands":
            pfx = rng.choice(("", "A"))
            actions = [H8Action(pfx + a.ref, a.text, a.owner, a.due_raw, a.due_date, a.progress,
                                a.status, a.rag, list(a.recs), printed_owner=a.owner)
                       for a in actions]  # fmt: skip
            miles: list[list[tuple[str, str]]] = []
            for a in actions:
                marks = []
                assert a.due_date is not None
                for j, cp in enumerate(rng.sample(CHECKPOINTS, rng.randint(1, 3))):
                    back = timedelta(days=rng.randint(20, 60) * (j + 1))
                    when = a.due_date - back
                    marks.append((cp, f"{when.day:02d}/{when.month:02d}/{when.year}"))
                marks.sort(key=lambda m: (m[1][6:], m[1][3:5], m[1][:2]))
                miles.append(marks)
            features.update(
                milestones=miles,
                met=[[rng.random() < 0.5 for _ in m] for m in miles],
                compiler=others[5],
                printed=issued.isoformat(),
            )  # fmt: skip
        else:
            width = rng.choice((1, 2))
            actions = [H8Action(f"{i:0{width}d}", a.text, a.owner, a.due_raw, a.due_date,
                                a.progress, a.status, a.rag, list(a.recs), printed_owner=a.owner)
                       for i, a in enumerate(actions, start=1)]  # fmt: skip
            features.update(
                reviewer=others[5],
                reviewed=issued.isoformat(),
                board=_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
            )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H59_HEADERS[layout].items()}
    title = {
        "pack": "Joint improvement plan: the council's and the partnership's actions",
        "outline": "Improvement plan: recommendations, actions and steps",
        "bands": "Improvement plan and milestones",
        "vertical": "Improvement plan: action table",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS59[layout], actions=list(actions), kpis=kpis, headers=headers,
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
