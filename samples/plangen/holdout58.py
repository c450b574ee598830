"""The `holdout58` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout57).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout58.py`),
its output (`out/holdout58*`) or its results (`results/*holdout58*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout58 split"): per recommendation an APPENDIX LETTER (`see
Appendix D`, letters shuffled, distractor appendices among them) whose appendix pages hold its
actions and name no recommendation (ReportLab); actions phrased as FROM / TO shifts with the
owner, due and status in a shaded sidebar cell, the recommendation only as a SUFFIX of the action
code (`07/R2` or `A07-2`), actions in due order (Word printed by LibreOffice); dues as FINANCE
PERIODS (`P9 2026/27`) and the link as the recommendation's own words CUT SHORT with an ellipsis
(Excel printed by LibreOffice Calc); and a SYMBOL KEY (`★`, `◆`, `▲` ..) as the only link, actions
in due order carrying only the shape (HTML printed by Chromium). A fifty-ninth header vocabulary
and date forms (`Jun '27`, `14th Jun 2027`, `2027 Jun 18`, `18-Jun-2027`, `P9 2026/27`,
`P09 26/27`, `14 March 2027 (Sunday)`, `14th Mar '27`).
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
from samples.plangen.holdout57 import H57Family


@dataclass(frozen=True, slots=True)
class H58Family(H57Family):
    """A holdout58 family: its own builder and renderer (checked before H57Family)."""


# Header and label wordings of holdout58, per layout (each plan draws one of each).
H58_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "appendix": {
        "ref": ("Leg", "Mark", "Buoy no."),
        "action": ("Voyage leg", "Course to steer", "Passage planned"),
        "owner": ("At the wheel", "Navigator", "Helmsperson"),
        "due": ("Port of call", "Dock by", "Make port"),
        "rag": ("Bearing", "Sea reading", "Weather"),
        "progress": ("Log entry", "Logbook note", "Deck report"),
        "rec": ("Recommendation", "Recommendation", "Recommendation"),
        "indicator": ("Chart measure", "Indicator", "Soundings"),
        "baseline": ("Casting off", "Baseline", "At anchor"),
        "latest": ("Mid-voyage", "Latest", "Last sounding"),
        "target": ("Harbour mark", "Target", "Destination depth"),
    },
    "fromto": {
        "ref": ("Code", "Code", "Code"),
        "action": ("To", "To", "To"),
        "owner": ("Lead role", "Cast as", "Player"),
        "due": ("Curtain up", "Opening night", "Show date"),
        "rag": ("Notices", "House", "Reviews"),
        "progress": ("Stage note", "Director's note", "Prompt book"),
        "rec": ("R", "R", "R"),
        "indicator": ("Box office measure", "Indicator", "Audience measure"),
        "baseline": ("Previews", "Baseline", "First night"),
        "latest": ("Current run", "Latest", "This season"),
        "target": ("Sell-out", "Target", "Full house"),
    },
    "periods": {
        "ref": ("Line ref", "Row code", "Tracker line"),
        "action": ("Work to do", "Task on the river", "Course of work"),
        "owner": ("Riverkeeper", "Lock-keeper", "Ferryman"),
        "due": ("Finance period", "Period due", "Reach by period"),
        "rag": ("Flow", "Current", "Water level"),
        "progress": ("River note", "Gauge reading", "Towpath note"),
        "rec": ("Answers (rec in brief)", "From recommendation", "Recommendation (short)"),
        "indicator": ("Measure upstream", "Indicator", "Gauge"),
        "baseline": ("Source", "Baseline", "Spring level"),
        "latest": ("Midstream", "Latest", "Current level"),
        "target": ("Estuary", "Target", "Sea level"),
    },
    "symbols": {
        "ref": ("Mission no.", "Flight", "Launch ref"),
        "action": ("Payload", "Mission task", "Flight plan item"),
        "owner": ("Crew member", "Astronaut", "Flight lead"),
        "due": ("Launch window", "Re-entry", "Splash by"),
        "rag": ("Telemetry", "Signal", "Trajectory"),
        "progress": ("Flight log", "Ground control", "Capcom note"),
        "rec": ("Key", "Symbol", "Shape"),
        "indicator": ("Star chart measure", "Indicator", "Orbit measure"),
        "baseline": ("Lift-off", "Baseline", "On the pad"),
        "latest": ("In flight", "Latest", "Cruising"),
        "target": ("Landing", "Target", "Touchdown"),
    },
}  # fmt: skip
REC_LABELS58 = {"appendix": "Recommendation {n}", "fromto": "R{n}",
                "periods": "{n}.", "symbols": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag)
H58_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "appendix": (("Fair winds", "green"), ("Heavy swell", "amber"), ("Taking on water", "red"),
                 ("In harbour", "blue"), ("Not yet launched", None)),
    "fromto": (("Standing ovation", "green"), ("Mixed reviews", "amber"), ("Booed off", "red"),
               ("Final curtain", "blue"), ("In rehearsal", None)),
    "periods": (("Running clear", "green"), ("Silting up", "amber"), ("Burst its banks", "red"),
                ("Reached the sea", "blue"), ("Dry bed", None)),
    "symbols": (("In orbit", "green"), ("Off course", "amber"), ("Lost signal", "red"),
                ("Splashdown", "blue"), ("On the launch pad", None)),
}  # fmt: skip

# the symbol key's shapes (glyph, CSS colour, name)
SYMBOLS = (("★", "#C62828", "star"), ("◆", "#1565C0", "diamond"), ("▲", "#2E7D32", "triangle"),
           ("■", "#6A1B9A", "square"), ("●", "#EF6C00", "circle"), ("✚", "#00838F", "cross"))  # fmt: skip
FLAG = "⚑"  # a distractor glyph in the symbol plans: `raised at the board`

# the "From:" states (distractors: never gold)
FROM_STATES = (
    "Practice varies from team to team", "No single record is kept", "Decisions are taken late",
    "Managers rely on informal updates", "Reports arrive after the meeting",
    "Staff are unsure who to ask", "Checks happen only after a complaint",
    "Each service keeps its own list", "Targets are set without the data",
    "Training is offered once a year", "The board sees figures a quarter late",
    "Residents are told at the last minute",
)  # fmt: skip
# distractor appendices (letters among the action appendices)
OTHER_APPENDICES = ("Glossary of terms", "Inspection methodology", "Members of the board",
                    "Documents reviewed", "Equality impact screening")  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS58 = ("Philippa Dunstable", "Obadiah Nwachukwu", "Cllr Rosalind Treharne",
            "Leopold Achterberg", "Marisol Quennell", "Thaddeus Okonkwo-Reid", "Imelda Brackenbury",
            "Florian Etherington", "Gwendolyn Asante", "Barnaby Kilcoyne")  # fmt: skip


def h58_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout58 date form and the date it names.

    `Jun '27` (month, apostrophe, two-digit year) the month's last day; `14th Jun 2027`,
    `2027 Jun 18`, `18-Jun-2027`, `14 March 2027 (Sunday)` and `14th Mar '27` that day; `P9
    2026/27` and `P09 26/27` a finance period (P1 = April of the financial year): the last day of
    that month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "month-apos":
        return f"{mon} '{d.year % 100:02d}", month_last(d)
    if form == "ordinal":
        return f"{_ordinal(d.day)} {mon} {d.year}", d
    if form == "year-first":
        return f"{d.year} {mon} {d.day}", d
    if form == "dashed":
        return f"{d.day:02d}-{mon}-{d.year}", d
    if form in ("period", "period-short"):
        fy = d.year if d.month >= 4 else d.year - 1
        per = (d.month - 4) % 12 + 1
        if form == "period":
            return f"P{per} {fy}/{(fy + 1) % 100:02d}", month_last(d)
        return f"P{per:02d} {fy % 100:02d}/{(fy + 1) % 100:02d}", month_last(d)
    if form == "paren-day":
        return f"{d.day} {full} {d.year} ({calendar.day_name[d.weekday()]})", d
    if form == "apos-ordinal":
        return f"{_ordinal(d.day)} {mon} '{d.year % 100:02d}", d
    raise ValueError(form)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_FORMS = {"appendix": ("month-apos", "ordinal"), "fromto": ("year-first", "dashed"),
              "periods": ("period", "period-short"), "symbols": ("paren-day", "apos-ordinal")}  # fmt: skip
PERIOD_FORMS = ("month-apos", "period", "period-short")

HOLDOUT58: tuple[H58Family, ...] = (
    H58Family("rl-appendix-letters", "holdout58", "reportlab", ("none",), ("appendix",),
              vocab="holdout58", layout="appendix", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a front page lists the recommendations, each `see Appendix "
                          "D` (letters shuffled, one or two distractor appendices among them); "
                          "the appendices follow in letter order, each on new pages, the action "
                          "appendices naming no recommendation (refs `D1`, `D2`); dues `Jun '27` "
                          "or `14th Jun 2027`"),
    H58Family("docx-from-to-codes", "holdout58", "docx", ("grid",), ("fromto",),
              vocab="holdout58", layout="fromto", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: actions in DUE order as FROM / TO shifts "
                          "(`From: <state>` then `To: <action>`), the owner, due and status in a "
                          "shaded sidebar cell; the recommendation only as the SUFFIX of the "
                          "action code (`07/R2` or `A07-2`); dues `2027 Jun 18` or `18-Jun-2027`"),
    H58Family("xlsx-finance-periods", "holdout58", "xlsx", ("grid",), ("periods",),
              vocab="holdout58", layout="periods", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: recommendations listed in full at "
                          "the top; one action table in period order whose link is the "
                          "recommendation's words CUT SHORT with an ellipsis; dues as FINANCE "
                          "PERIODS (`P9 2026/27`, `P09 26/27`), a period legend in half"),
    H58Family("html-symbol-key", "holdout58", "chromium", ("none",), ("symbols",),
              vocab="holdout58", layout="symbols", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a SYMBOL KEY gives each recommendation a "
                          "coloured shape (`★`, `◆`, `▲` ..); the actions, in due order, carry "
                          "only the shape (a distractor flag `⚑` on some); dues `14 March 2027 "
                          "(Sunday)` or `14th Mar '27`"),
)  # fmt: skip


def short_recs(texts: list[str]) -> list[str]:
    """Each recommendation's first words cut short with an ellipsis: the fewest words (four or
    more) that tell every recommendation apart."""
    words = [t.rstrip(".").split() for t in texts]
    k = 4
    while True:
        cut = [" ".join(w[:k]) for w in words]
        if len(set(cut)) == len(cut) or k > 40:
            break
        k += 1
    return [c + "..." if len(c.split()) < len(w) else c for c, w in zip(cut, words, strict=True)]


def build_holdout58(fam: H58Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout58:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS58, 8))
    statuses = H58_STATUS[layout]

    def draw_due() -> tuple[str, date]:
        d = _months_after(start, rng.randint(4, 18))
        d = month_last(d) if form in PERIOD_FORMS else d.replace(day=rng.randint(1, 28))
        return h58_due(form, d)

    per_rec: list[list[H8Action]] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        acts = []
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            owner = rng.choice(leads)
            due_raw, due_date = draw_due()
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            acts.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                 status, rag, [num], printed_owner=owner))  # fmt: skip
        per_rec.append(acts)
    actions: list[H8Action] = [a for acts in per_rec for a in acts]
    features: dict[str, object] = {}

    def due_order(acts: list[H8Action]) -> list[H8Action]:
        keyed = [(a.due_date or date.max, rng.random(), a) for a in acts]
        return [a for _, _, a in sorted(keyed, key=lambda t: (t[0], t[1]))]

    def renumber(order: list[H8Action], refs: list[str]) -> list[H8Action]:
        return [H8Action(ref, a.text, a.owner, a.due_raw, a.due_date, a.progress, a.status,
                         a.rag, list(a.recs), printed_owner=a.owner)
                for ref, a in zip(refs, order, strict=True)]  # fmt: skip

    if layout == "appendix":
        n_other = rng.choice((1, 1, 2))
        letters = [chr(ord("A") + i) for i in range(n_recs + n_other)]
        slots = rng.sample(letters, n_recs + n_other)
        rec_letter = {num: slots[i] for i, (num, _) in enumerate(recs)}
        other_letters = sorted(slots[n_recs:])
        other_titles = rng.sample(OTHER_APPENDICES, n_other)
        order2: list[H8Action] = []
        refs: list[str] = []
        for letter in letters:
            for num, _ in recs:
                if rec_letter[num] == letter:
                    acts = [a for a in actions if a.recs[0] == num]
                    order2.extend(acts)
                    refs.extend(f"{letter}{k}" for k in range(1, len(acts) + 1))
        actions = renumber(order2, refs)
        features.update(
            rec_letter=rec_letter,
            other_appendices=dict(zip(other_letters, other_titles, strict=True)),
            author=others[5],
            printed=issued.isoformat(),
            meeting=_months_after(issued, 1).replace(day=rng.randint(1, 28)).isoformat(),
        )  # fmt: skip
    elif layout == "fromto":
        order = due_order(actions)
        style = rng.random() < 0.5
        refs = [(f"{i:02d}/R{a.recs[0]}" if style else f"A{i:02d}-{a.recs[0]}")
                for i, a in enumerate(order, start=1)]  # fmt: skip
        actions = renumber(order, refs)
        features.update(
            code_style="slash" if style else "dash",
            from_states=[rng.choice(FROM_STATES) for _ in actions],
            sponsor=others[5],
            printed=issued.isoformat(),
        )  # fmt: skip
    elif layout == "periods":
        order = due_order(actions)
        pfx = rng.choice(("FP-", "L", ""))
        actions = renumber(order, [f"{pfx}{i:03d}" for i in range(1, len(order) + 1)])
        features.update(
            short=short_recs([t for _, t in recs]),
            legend=rng.random() < 0.5,
            compiler=others[5],
            printed=issued.isoformat(),
            budget=[f"£{rng.randint(2, 90) * 1000:,}" for _ in actions],
        )  # fmt: skip
    else:
        order = due_order(actions)
        actions = renumber(order, [f"M{i}" for i in range(1, len(order) + 1)])
        sym = rng.sample(range(len(SYMBOLS)), n_recs)
        features.update(
            symbol={num: sym[i] for i, (num, _) in enumerate(recs)},
            flagged=[rng.random() < 0.2 for _ in actions],
            keeper=others[5],
            printed=issued.isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H58_HEADERS[layout].items()}
    title = {
        "appendix": "Improvement plan: recommendations and action appendices",
        "fromto": "Improvement plan: from where we are to where we will be",
        "periods": "Improvement plan delivery tracker by finance period",
        "symbols": "Improvement plan: the action list and its key",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS58[layout], actions=list(actions), kpis=kpis, headers=headers,
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
