"""The `holdout61` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout60).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout61.py`),
its output (`out/holdout61*`) or its results (`results/*holdout61*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout61 split"): a HONEYCOMB plan on a page per recommendation,
the recommendation a dark hexagon and each action a hexagonal cell beside it in a zigzag comb
(ReportLab); a Word record of agreed actions whose every date is WRITTEN IN WORDS (`the thirtieth
of June 2027`, `June the thirtieth, 2027`), the meeting date too (Word printed by LibreOffice); an
Excel tracker with a column group PER QUARTER (status and commentary), later quarters blank, whose
current status and update are those of the LAST QUARTER REPORTED, earlier quarters' words left
beside it (Excel printed by LibreOffice Calc); and a web page listing all the actions in one table
whose only link is a SUPERSCRIPT number after the action's text (`Improve audits<sup>2</sup>`),
explained in a numbered list of the recommendations at the foot of the page (HTML printed by
Chromium). A sixty-second header vocabulary and date forms (`30th Jun 2027`, `30-06-27`,
`the thirtieth of June 2027`, `June the thirtieth, 2027`, `2027-Jun-30`, `30/Jun/2027`,
`30 Jun, 2027`, `2027.06.30`).
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
from samples.plangen.holdout60 import H60Family


@dataclass(frozen=True, slots=True)
class H61Family(H60Family):
    """A holdout61 family: its own builder and renderer (checked before H60Family)."""


# Header and label wordings of holdout61, per layout (each plan draws one of each).
H61_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "hex": {
        "ref": ("Thread no.", "Stitch ref", "Motif no."),
        "action": ("What we will weave", "Tapestry task", "On the loom"),
        "owner": ("Weaver", "Master weaver", "Spinner"),
        "due": ("Finished cloth by", "Off the loom by", "Spun by"),
        "rag": ("Weave", "Loom state", "Warp check"),
        "progress": ("Loom log", "Sampler note", "Weaver's note"),
        "indicator": ("Cloth measure", "Indicator", "Thread count"),
        "baseline": ("First stitch", "Baseline", "Bare warp"),
        "latest": ("Half woven", "Latest", "Latest"),
        "target": ("Finished bolt", "Target", "Full tapestry"),
    },
    "words": {
        "ref": ("Chapter", "Stanza", "Folio"),
        "action": ("The story", "Storyline", "What we will write"),
        "owner": ("Scribe", "Storyteller", "Wordsmith"),
        "due": ("Go to press", "Publication day", "Final page by"),
        "rag": ("Manuscript", "Draft state", "Proof stage"),
        "progress": ("Margin note", "Editor's note", "Epilogue"),
        "indicator": ("Page measure", "Indicator", "Word count"),
        "baseline": ("Prologue", "Baseline", "First draft"),
        "latest": ("Second draft", "Latest", "Galley proof"),
        "target": ("Bestseller", "Target", "Final edition"),
    },
    "quarters": {
        "ref": ("Kiln no.", "Pot ref", "Clay batch"),
        "action": ("What we will throw", "Vessel", "Potter's task"),
        "owner": ("Potter", "Kiln master", "Ceramicist"),
        "due": ("Fired by", "Out of the kiln by", "Glaze by"),
        "rag": ("Kiln check", "Firing", "Clay state"),
        "progress": ("Potter's note", "Kiln log", "Slip note"),
        "indicator": ("Kiln measure", "Indicator", "Pot count"),
        "baseline": ("Raw clay", "Baseline", "Wet clay"),
        "latest": ("Bisque", "Latest", "Leather hard"),
        "target": ("Glost", "Target", "Finished piece"),
    },
    "sup": {
        "ref": ("Frame no.", "Shot no.", "Negative ref"),
        "action": ("The picture", "What we will capture", "Shot list item"),
        "owner": ("Photographer", "Camera operator", "Lens lead"),
        "due": ("Shutter closes", "Exposure by", "In the album by"),
        "rag": ("Sharpness", "Exposure", "Light meter"),
        "progress": ("Darkroom note", "Contact sheet", "Caption note"),
        "indicator": ("Picture measure", "Indicator", "Pixel count"),
        "baseline": ("First frame", "Baseline", "Negative"),
        "latest": ("Proof print", "Latest", "Test strip"),
        "target": ("Gallery print", "Target", "Final print"),
    },
}  # fmt: skip
REC_LABELS61 = {"hex": "Recommendation {n}", "words": "Recommendation {n}",
                "quarters": "Recommendation {n}", "sup": "{n}."}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with four new ones in each
H61_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "hex": (("Tightly woven", "green"), ("Fraying", "amber"), ("Unravelled", "red"),
            ("Complete", "blue"), ("Not yet threaded", None)),
    "words": (("Drafting well", "green"), ("Rewrites needed", "amber"), ("Writer's block", "red"),
              ("Done", "blue"), ("Not yet penned", None)),
    "quarters": (("Fired well", "green"), ("Amber", "amber"), ("Shattered", "red"),
                 ("Glazed", "blue"), ("Unthrown", None)),
    "sup": (("In focus", "green"), ("Blurred", "amber"), ("Red", "red"),
            ("Developed", "blue"), ("Lens cap on", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS61 = ("Percival Okonkwo-Hart", "Rosalind Fairweather", "Cllr Thaddeus Pemberton",
            "Wilhelmina Achebe", "Montgomery Blythe", "Cordelia Vasquez-Reid", "Ptolemy Ashworth",
            "Henrietta Osei-Bonsu", "Lysander Crabtree", "Ottoline Marchbank")  # fmt: skip

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
            "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
            "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
            "thirty-first")  # fmt: skip


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def h61_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout61 date form and the date it names (always a day)."""
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    if form == "ord-mon":
        return f"{d.day}{_suffix(d.day)} {mon} {d.year}", d
    if form == "dmy-dash-short":
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}", d
    if form == "words-of":
        return f"the {ORDINALS[d.day - 1]} of {full} {d.year}", d
    if form == "month-the-words":
        return f"{full} the {ORDINALS[d.day - 1]}, {d.year}", d
    if form == "ymd-mon":
        return f"{d.year}-{mon}-{d.day:02d}", d
    if form == "dmy-mon-slash":
        return f"{d.day:02d}/{mon}/{d.year}", d
    if form == "day-mon-comma":
        return f"{d.day} {mon}, {d.year}", d
    if form == "ymd-dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}", d
    raise ValueError(form)


DATE_FORMS = {"hex": ("ord-mon", "dmy-dash-short"), "words": ("words-of", "month-the-words"),
              "quarters": ("ymd-mon", "dmy-mon-slash"),
              "sup": ("day-mon-comma", "ymd-dot")}  # fmt: skip

HOLDOUT61: tuple[H61Family, ...] = (
    H61Family("rl-honeycomb-cells", "holdout61", "reportlab", ("none",), ("cell",),
              vocab="holdout61", layout="hex", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab, A3 landscape: a HONEYCOMB page per recommendation, the "
                          "recommendation a dark hexagon and each action a hexagonal cell in a "
                          "zigzag comb beside it (ref, text, owner, due, status, update inside "
                          "the hexagon, tinted by status); dues `30th Jun 2027` or `30-06-27`"),
    H61Family("docx-dates-in-words", "holdout61", "docx", ("grid",), ("heading",),
              vocab="holdout61", layout="words", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a record of agreed actions whose every "
                          "date is WRITTEN IN WORDS (`the thirtieth of June 2027`, `June the "
                          "thirtieth, 2027`), the board's meeting date and the review date too"),
    H61Family("xlsx-quarterly-columns", "holdout61", "xlsx", ("band",), ("band",),
              vocab="holdout61", layout="quarters", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc, landscape: a tracker with a column "
                          "group PER QUARTER (status, commentary), later quarters blank; the "
                          "current status and update are the LAST QUARTER REPORTED; dues "
                          "`2027-Jun-30` or `30/Jun/2027` date cells"),
    H61Family("html-superscript-recs", "holdout61", "chromium", ("none",), ("note",),
              vocab="holdout61", layout="sup", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: one table of every action, its only link a "
                          "SUPERSCRIPT number after the action's text (`...<sup>2</sup>`) "
                          "explained in a numbered list of the recommendations at the foot of the "
                          "page; dues `30 Jun, 2027` or `2027.06.30`"),
)  # fmt: skip

QUARTER_NAMES = ("Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)")


def build_holdout61(fam: H61Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout61:{seed}:{fam.name}:{index}")
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
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS61, 8))
    statuses = H61_STATUS[layout]
    actions: list[H8Action] = []
    through = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            through += 1
            owner = rng.choice(leads)
            d = _months_after(start, rng.randint(4, 18))
            d = month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h61_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"hex": f"{num}.{k}", "words": f"{num}({chr(96 + k)})",
                   "quarters": f"{num}.{k:02d}", "sup": f"P{through:02d}"}[layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}
    if layout == "hex":
        features.update(designer=others[5], board=issued.isoformat())
    elif layout == "words":
        review = _months_after(issued, rng.choice((3, 6)))
        features.update(
            minuted_by=others[5], chair=others[6], met=issued.isoformat(),
            review=review.replace(day=min(review.day, 28)).isoformat(),
            body=rng.choice(("Improvement Board", "Children's Services Improvement Board",
                             "Practice Improvement Board")),
        )  # fmt: skip
    elif layout == "quarters":
        # the quarter reported last (2..4); each action's first reported quarter; earlier words
        current = rng.randint(2, 4)
        history: list[list[tuple[str, str | None]]] = []  # per action: (status, update) per qtr
        for a in actions:
            first = rng.randint(1, current) if rng.random() < 0.35 else 1
            row: list[tuple[str, str | None]] = []
            for q in range(1, current + 1):
                if q < first:
                    row.append(("", None))
                elif q == current:
                    row.append((a.status or "", a.progress))
                else:  # an earlier quarter: never yet complete
                    st, rg = rng.choice([s for s in statuses if s[1] != "blue"])
                    upd = rng.choice(UPDATES[rg]) if a.progress is not None else None
                    row.append((st, upd))
            history.append(row)
        fy = start.year if start.month >= 4 else start.year - 1
        features.update(current=current, history=history, keeper=others[5],
                        reviewed=issued.isoformat(), year=f"{fy}/{(fy + 1) % 100:02d}")  # fmt: skip
    else:
        features.update(
            editor=others[5], published=issued.isoformat(),
            inspected=_months_after(start, -1).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H61_HEADERS[layout].items()}
    title = {
        "hex": "Our improvement honeycomb",
        "words": "Record of agreed improvement actions",
        "quarters": "Improvement plan tracker",
        "sup": "Improving children's services: our actions",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS61[layout], actions=list(actions), kpis=kpis, headers=headers,
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
