"""The `holdout60` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout59).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout60.py`),
its output (`out/holdout60*`) or its results (`results/*holdout60*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout60 split"): a FILLABLE PDF FORM (an action return whose
labels are printed on the page and whose values - ref, recommendation number, action, owner, due,
status, update - are AcroForm text fields, printed only in the fields' appearance streams)
(ReportLab); a Word plan of one table per recommendation whose CAPTION, printed BELOW the table
(`Table 3: Actions answering recommendation 2`), is the only link, the tables numbered from a
status-key table (Word printed by LibreOffice); a system's Excel EXPORT whose date columns were
never formatted, so that dates print as raw SERIAL NUMBERS (`46568`) or as ISO TIME STAMPS
(`2027-06-30 00:00:00`), an `Opened` date beside the due, and the recommendations on a lookup
sheet (Excel printed by LibreOffice Calc); and a web page whose plan is a CSS GRID of divs whose
cells are placed by `grid-column`, so that the order of the text (the source) differs from the
order on the page (HTML printed by Chromium). A sixty-first header vocabulary and date forms
(`30 June, 2027`, `30/06/2027`, `2027/06/30`, `30 June 2027`, `46568`, `2027-06-30 00:00:00`,
`Jun 30 2027`, `2027-06-30`).
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
from samples.plangen.holdout59 import H59Family


@dataclass(frozen=True, slots=True)
class H60Family(H59Family):
    """A holdout60 family: its own builder and renderer (checked before H59Family)."""


# Header and label wordings of holdout60, per layout (each plan draws one of each).
H60_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "form": {
        "ref": ("Star no.", "Orbit", "Constellation ref"),
        "action": ("Observation", "What we will chart", "Sky task"),
        "owner": ("Astronomer", "Stargazer", "Navigator of the stars"),
        "due": ("Visible by", "Rises by", "Dawn by"),
        "rag": ("Night sky", "Telescope reading", "Cloud cover"),
        "progress": ("Observer's log", "Star chart note", "Sky journal"),
        "rec": ("Recommendation no.", "Answers recommendation", "Recommendation no."),
        "indicator": ("Sky measure", "Indicator", "Light count"),
        "baseline": ("First light", "Baseline", "New moon"),
        "latest": ("Waxing", "Latest", "Last sighting"),
        "target": ("Full moon", "Target", "Zenith"),
    },
    "captions": {
        "ref": ("Bar no.", "Verse", "Movement no."),
        "action": ("Melody", "What we will play", "Refrain"),
        "owner": ("Choirmaster", "First violin", "Bandleader"),
        "due": ("Final chord by", "Encore by", "Curtain call"),
        "rag": ("Pitch", "Tuning", "Harmony"),
        "progress": ("Rehearsal note", "Programme note", "Sheet music"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Audience measure", "Indicator", "Applause count"),
        "baseline": ("Overture", "Baseline", "Warm-up"),
        "latest": ("Interval", "Latest", "Second act"),
        "target": ("Standing ovation", "Target", "Finale"),
    },
    "serials": {
        "ref": ("Move no.", "Square", "Gambit ref"),
        "action": ("Our move", "Gambit", "Move to make"),
        "owner": ("Grandmaster", "Chess master", "Player to move"),
        "due": ("Checkmate by", "Endgame by", "Clock runs out"),
        "rag": ("Board position", "Tempo", "Check"),
        "progress": ("Move note", "Game record", "Scoresheet"),
        "opened": ("First move", "Board set", "Pieces set"),
        "rec": ("Rec", "Rec code", "Rec"),
        "indicator": ("Board measure", "Indicator", "Material count"),
        "baseline": ("Opening board", "Baseline", "Starting pieces"),
        "latest": ("Middlegame", "Latest", "Current board"),
        "target": ("Endgame", "Target", "Promotion"),
    },
    "reorder": {
        "ref": ("Over no.", "Innings no.", "Wicket ref"),
        "action": ("Delivery plan", "What we will bowl", "Stroke"),
        "owner": ("Captain", "Opening bat", "Wicketkeeper"),
        "due": ("Stumps by", "Close of play", "Declared by"),
        "rag": ("Scoreboard", "Run rate", "Umpire's call"),
        "progress": ("Scorer's note", "Pavilion note", "Over by over"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Match measure", "Indicator", "Runs measure"),
        "baseline": ("First ball", "Baseline", "Toss"),
        "latest": ("Tea score", "Latest", "Lunch score"),
        "target": ("Winning total", "Target", "Century"),
    },
}  # fmt: skip
REC_LABELS60 = {"form": "Recommendation {n}", "captions": "Recommendation {n}",
                "serials": "R{n}", "reorder": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with four new ones in each
H60_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "form": (("Shining", "green"), ("Hazy", "amber"), ("Eclipsed", "red"),
             ("Achieved", "blue"), ("Not yet risen", None)),
    "captions": (("In tune", "green"), ("Slightly flat", "amber"), ("Off key", "red"),
                 ("Completed", "blue"), ("Still warming up", None)),
    "serials": (("Winning position", "green"), ("Pieces pinned", "amber"), ("Red", "red"),
                ("Checkmate delivered", "blue"), ("Pieces not moved", None)),
    "reorder": (("Batting well", "green"), ("Amber", "amber"), ("Collapse", "red"),
                ("Match won", "blue"), ("Yet to bat", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS60 = ("Philippa Ogunleye", "Barnaby Castellanos", "Cllr Octavia Merriweather",
            "Ignatius Holloway-Park", "Georgiana Mbeki", "Fitzroy Abernethy", "Clementine Adair",
            "Sebastian Nwachukwu", "Araminta Sheringham", "Leopold Quayle")  # fmt: skip

EXCEL_EPOCH = date(1899, 12, 30)


def h60_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout60 date form and the date it names (always a day).

    `46568` is the day Excel counts from 30 December 1899 (a date cell left in `General`);
    `2027-06-30 00:00:00` a date-time cell printed in its default format.
    """
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    if form == "day-month-comma":
        return f"{d.day} {full}, {d.year}", d
    if form == "dmy-slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", d
    if form == "ymd-slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}", d
    if form == "day-month":
        return f"{d.day} {full} {d.year}", d
    if form == "serial":
        return str((d - EXCEL_EPOCH).days), d
    if form == "timestamp":
        return f"{d.isoformat()} 00:00:00", d
    if form == "mon-day":
        return f"{mon} {d.day} {d.year}", d
    if form == "iso":
        return d.isoformat(), d
    raise ValueError(form)


DATE_FORMS = {"form": ("day-month-comma", "dmy-slash"), "captions": ("ymd-slash", "day-month"),
              "serials": ("serial", "timestamp"), "reorder": ("mon-day", "iso")}  # fmt: skip

HOLDOUT60: tuple[H60Family, ...] = (
    H60Family("rl-fillable-form", "holdout60", "reportlab", ("none",), ("form",),
              vocab="holdout60", layout="form", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a FILLABLE PDF action return: the labels, the "
                          "recommendations and the instructions printed on the page, every "
                          "value (ref, recommendation number, action, owner, due, status, "
                          "update) an AcroForm text field printed only in its appearance; dues "
                          "`30 June, 2027` or `30/06/2027`"),
    H60Family("docx-captions-below", "holdout60", "docx", ("grid",), ("caption",),
              vocab="holdout60", layout="captions", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: a table per recommendation whose only "
                          "link is its CAPTION printed BELOW it (`Table 3: Actions answering "
                          "recommendation 2`), tables numbered from a status-key table; dues "
                          "`2027/06/30` or `30 June 2027`"),
    H60Family("xlsx-raw-date-serials", "holdout60", "xlsx", ("grid",), ("code",),
              vocab="holdout60", layout="serials", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc, landscape: a system export whose "
                          "date columns were never formatted, dates printed as Excel SERIAL "
                          "NUMBERS (`46568`) or ISO time stamps (`2027-06-30 00:00:00`), an "
                          "opened date beside the due, recommendation codes `R2` looked up on a "
                          "second sheet"),
    H60Family("html-grid-reordered", "holdout60", "chromium", ("none",), ("heading",),
              vocab="holdout60", layout="reorder", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: the plan a CSS GRID of divs (no table), "
                          "each row's cells placed by `grid-column` so that the source (text) "
                          "order differs from the order on the page; dues `Jun 30 2027` or "
                          "`2027-06-30`"),
)  # fmt: skip


def build_holdout60(fam: H60Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout60:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS60, 8))
    statuses = H60_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            owner = rng.choice(leads)
            d = _months_after(start, rng.randint(4, 18))
            d = month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h60_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"form": f"{num}.{k}", "captions": f"{num}/{k}", "serials": "",
                   "reorder": f"{num}.{k}"}[layout]  # fmt: skip
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}
    if layout == "form":
        features.update(
            completed_by=others[5],
            completed=issued.isoformat(),
            form_code=f"IP-{rng.randint(2, 9)} v{rng.randint(1, 4)}.{rng.randint(0, 9)}",
            service=rng.choice(("Children's Social Care", "Early Help and Prevention",
                                "Children's Services Improvement Team")),
        )  # fmt: skip
    elif layout == "captions":
        features.update(
            preparer=others[5],
            prepared=issued.isoformat(),
            panel=rng.choice(("Corporate Parenting Panel", "Children's Scrutiny Committee",
                              "Improvement Board")),
        )  # fmt: skip
    elif layout == "serials":
        # system IDs, numbered through the export
        ident = rng.randint(1040, 7900)
        for a in actions:
            ident += rng.randint(1, 3)
            a.ref = f"ACT-{ident}"
        opened = []
        for a in actions:
            assert a.due_date is not None
            when = start + timedelta(days=rng.randint(0, max(0, (issued - start).days)))
            opened.append(h60_due(form, min(when, a.due_date - timedelta(days=30)))[0])
        exported = issued + timedelta(days=rng.randint(1, 20))
        features.update(
            opened=opened,
            exporter=others[5],
            exported=f"{exported:%d/%m/%Y} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
        )  # fmt: skip
    else:
        features.update(
            editor=others[5],
            updated=issued.isoformat(),
            source_order=rng.choice((("action", "rag", "owner", "due", "progress", "ref"),
                                     ("rag", "action", "due", "owner", "ref", "progress"),
                                     ("owner", "action", "progress", "rag", "ref", "due"))),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H60_HEADERS[layout].items()}
    title = {
        "form": "Improvement action return",
        "captions": "Improvement plan: actions by recommendation",
        "serials": "Action tracker export",
        "reorder": "Our improvement plan",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS60[layout], actions=list(actions), kpis=kpis, headers=headers,
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
