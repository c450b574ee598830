"""The `holdout63` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout62).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout63.py`),
its output (`out/holdout63*`) or its results (`results/*holdout63*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout63 split"): a dashboard of SPEEDOMETER DIALS, one per
action, whose NEEDLE is the only status (every dial prints all four segment words round its arc)
(ReportLab); a Word self-assessment whose SWOT grid holds the recommendations as its numbered
WEAKNESSES beside numbered strengths, opportunities and threats that are not, the actions linked
by a `W2` code (sometimes with an opportunity or threat code beside it) (Word printed by
LibreOffice); an Excel EVIDENCE tracker whose only link is the recommendation's SHORT TITLE
(the numbers and full texts on a first sheet), with a network path to each action's evidence
beside it (Excel printed by LibreOffice Calc); and a web page WEATHER REPORT whose statuses are
weather words with drawn icons, a forecast OUTLOOK column of weather words beside them (HTML
printed by Chromium). A sixty-fourth header vocabulary and date forms (`Jun 30th, 2027`, `30
June '27`, `30th of June 2027`, `Jun-30-2027`, `30Jun2027`, `30.Jun.2027`, `30/06/2027 (Wed)`,
`Wed, 30 Jun 2027`).
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
from samples.plangen.holdout62 import H62Family


@dataclass(frozen=True, slots=True)
class H63Family(H62Family):
    """A holdout63 family: its own builder and renderer (checked before H62Family)."""


# Header and label wordings of holdout63, per layout (each plan draws one of each).
H63_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "dials": {
        "ref": ("Dial no.", "Gauge ref", "Meter no."),
        "action": ("What we will drive", "The journey", "Route planned"),
        "owner": ("Rally driver", "Chauffeur", "Motorist"),
        "due": ("Pull in by", "Parked by", "Destination date"),
        "rag": ("Speedometer", "Dial reading", "Rev counter"),
        "progress": ("Trip log", "Dashcam note", "Mileage note"),
        "indicator": ("Gauge measure", "Indicator", "Odometer count"),
        "baseline": ("Cold start", "Baseline", "First mile"),
        "latest": ("Last reading", "Latest", "Current speed"),
        "target": ("Top speed", "Target", "Cruise speed"),
    },
    "swot": {
        "ref": ("Scene no.", "Cue no.", "Act ref"),
        "action": ("What we will stage", "The script", "On stage"),
        "owner": ("Stage manager", "Leading player", "Impresario"),
        "due": ("Curtain rises by", "Press night", "First night"),
        "rag": ("Critic's verdict", "Applause", "First-night notices"),
        "tackles": ("Tackles", "Answers weakness", "SWOT code"),
        "progress": ("Green room note", "Wings note", "Cue sheet"),
        "indicator": ("Box office measure", "Indicator", "Audience count"),
        "baseline": ("Read-through", "Baseline", "First rehearsal"),
        "latest": ("Dress run", "Latest", "Matinee"),
        "target": ("Final bow", "Target", "Full house"),
    },
    "evidence": {
        "ref": ("Exhibit no.", "Case ref", "Evidence bag no."),
        "rec": ("Finding (short title)", "Finding answered", "Which finding"),
        "action": ("What we will prove", "The case", "Line of inquiry"),
        "owner": ("Investigator", "Case investigator", "Sleuth"),
        "due": ("Case closed by", "Verdict by", "Proven by"),
        "rag": ("Jury's view", "Court's view", "Case standing"),
        "path": ("Evidence saved at", "Evidence location", "Bundle path"),
        "progress": ("Detective's note", "Casebook", "Inquiry log"),
        "indicator": ("Case measure", "Indicator", "Clue count"),
        "baseline": ("Cold case", "Baseline", "First clue"),
        "latest": ("Fresh lead", "Latest", "Last sighting"),
        "target": ("Case solved", "Target", "Case cracked"),
    },
    "weather": {
        "ref": ("Station no.", "Forecast ref", "Met ref"),
        "action": ("What's blowing in", "The front", "Weather system"),
        "owner": ("Forecaster", "Meteorologist", "Weather presenter"),
        "due": ("Clear by", "Blows over by", "Settled by"),
        "rag": ("Today's weather", "Conditions now", "Current conditions"),
        "outlook": ("Forecast ahead", "Long-range forecast", "Next quarter's outlook"),
        "progress": ("Weather diary", "Forecaster's note", "Isobar note"),
        "indicator": ("Weather measure", "Indicator", "Rainfall count"),
        "baseline": ("Last winter", "Baseline", "Frost line"),
        "latest": ("This morning", "Latest", "Today's reading"),
        "target": ("Heatwave", "Target", "Blue skies"),
    },
}  # fmt: skip
REC_LABELS63 = {"dials": "Recommendation {n}", "swot": "W{n}", "evidence": "{n}",
                "weather": "Recommendation {n}"}  # fmt: skip

# status per layout: (printed, rag); one known word mixed with four new ones in each. The dials'
# four segments are listed left to right round the arc; the last (null) is a dial with no needle.
H63_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "dials": (("Spluttering", "red"), ("Sluggish", "amber"), ("Cruising", "green"),
              ("Complete", "blue"), ("Engine off", None)),
    "swot": (("Holding up", "green"), ("Under-rehearsed", "amber"), ("Off script", "red"),
             ("Done", "blue"), ("Awaiting cue", None)),
    "evidence": (("Strengthening", "green"), ("Amber", "amber"), ("Unevidenced", "red"),
                 ("Assured", "blue"), ("Awaiting exhibits", None)),
    "weather": (("Sunny", "green"), ("Overcast", "amber"), ("Thunderstorms", "red"),
                ("Completed", "blue"), ("No forecast yet", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE
OTHERS63 = ("Peregrine Ashdown", "Ottoline Mbeki-Fraser", "Cllr Septimus Carrow",
            "Henrietta Oyelaran", "Lysander Whitcombe", "Rosalind Achterberg", "Ferdinand Nkemelu",
            "Winifred Castellanos", "Thaddeus Pemberton-Oni", "Georgiana Lindqvist")  # fmt: skip

# the SWOT grid's other quadrants (DISTRACTORS: not recommendations)
SWOT_STRENGTHS = ("A stable and experienced senior leadership team",
                  "Children's participation is strong and valued by partners",
                  "Good early help offer with clear routes into support",
                  "Low agency social worker use compared with our neighbours",
                  "Strong corporate support and investment from members")  # fmt: skip
SWOT_OPPORTUNITIES = ("Regional teaching partnership funding for 2026-27",
                      "The new family hubs programme", "Shared data platform with health partners",
                      "Sector-led improvement partner from a good authority")  # fmt: skip
SWOT_THREATS = ("National shortage of experienced social workers",
                "Rising demand at the front door", "Pressure on the placements budget",
                "Changes in partner agencies' structures")  # fmt: skip


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def h63_due(form: str, d: date) -> tuple[str, date]:
    """Printed text (`due_raw`) of a holdout63 date form and the date it names (always a day)."""
    full = calendar.month_name[d.month]
    mon = calendar.month_abbr[d.month]
    wd = calendar.day_abbr[d.weekday()]
    if form == "mon-ord-comma":
        return f"{mon} {d.day}{_suffix(d.day)}, {d.year}", d
    if form == "d-full-apos":
        return f"{d.day} {full} '{d.year % 100:02d}", d
    if form == "ord-of":
        return f"{d.day}{_suffix(d.day)} of {full} {d.year}", d
    if form == "mon-d-y-dash":
        return f"{mon}-{d.day:02d}-{d.year}", d
    if form == "compact":
        return f"{d.day:02d}{mon}{d.year}", d
    if form == "d-mon-dots":
        return f"{d.day:02d}.{mon}.{d.year}", d
    if form == "dmy-wd":
        return f"{d:%d/%m/%Y} ({wd})", d
    if form == "wd-comma-short":
        return f"{wd}, {d.day} {mon} {d.year}", d
    raise ValueError(form)


DATE_FORMS = {"dials": ("mon-ord-comma", "d-full-apos"), "swot": ("ord-of", "mon-d-y-dash"),
              "evidence": ("compact", "d-mon-dots"),
              "weather": ("dmy-wd", "wd-comma-short")}  # fmt: skip

HOLDOUT63: tuple[H63Family, ...] = (
    H63Family("rl-speedo-dials", "holdout63", "reportlab", ("none",), ("band",),
              vocab="holdout63", layout="dials", kpi=0.5, landscape=1.0, progress=0.5,
              description="ReportLab, A4 landscape: a dashboard of SPEEDOMETER DIALS, one per "
                          "action beside its row, every dial printing all four segment words; "
                          "the NEEDLE is the only status (no needle: not started); dues `Jun "
                          "30th, 2027` or `30 June '27`"),
    H63Family("docx-swot-weaknesses", "holdout63", "docx", ("grid",), ("code",),
              vocab="holdout63", layout="swot", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice, A4: a SWOT grid whose numbered "
                          "WEAKNESSES W1.. are the recommendations (strengths, opportunities, "
                          "threats are not), the actions' table linking each by a `W2` code, "
                          "sometimes with an O/T code beside it; dues `30th of June 2027` or "
                          "`Jun-30-2027`"),
    H63Family("xlsx-evidence-paths", "holdout63", "xlsx", ("grid",), ("short-title",),
              vocab="holdout63", layout="evidence", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: an EVIDENCE tracker linked to "
                          "the recommendations ONLY by their SHORT TITLE (numbers and texts on "
                          "a first sheet), a network path to each action's evidence beside the "
                          "status; dues `30Jun2027` or `30.Jun.2027` date cells"),
    H63Family("html-weather-report", "holdout63", "chromium", ("rows",), ("heading",),
              vocab="holdout63", layout="weather", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: an improvement WEATHER REPORT, statuses as "
                          "weather words under drawn icons, an OUTLOOK column of forecast "
                          "weather beside them; dues `30/06/2027 (Wed)` or `Wed, 30 Jun 2027`"),
)  # fmt: skip


def _evidence_path(rng: random.Random, ref: str, text: str, when: date) -> str:
    """A shared-drive path to an action's evidence (DISTRACTOR: a year, a quarter, a version)."""
    words = [w.strip(",.").lower() for w in text.split()[1:]]
    stem = "_".join([w for w in words if w.isalpha() and len(w) > 3][:3])
    fy = when.year if when.month >= 4 else when.year - 1
    q = (when.month - 4) % 12 // 3 + 1
    share = rng.choice(("cs-fs01", "cs-fileshare", "chs-data02"))
    ext = rng.choice(("docx", "pdf", "xlsx", "pptx"))
    return (f"\\\\{share}\\Improvement\\Evidence\\{fy}-{(fy + 1) % 100:02d}\\Q{q}\\"
            f"{ref}_{stem}_v{rng.randint(1, 4)}.{ext}")  # fmt: skip


def build_holdout63(fam: H63Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout63:{seed}:{fam.name}:{index}")
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
    others = list(rng.sample(OTHERS63, 8))
    statuses = H63_STATUS[layout]
    actions: list[H8Action] = []
    extras: dict[str, object] = {}  # per action ref: the layout's extra printed value
    seq = 0
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        n_acts = rng.randint(2, min(4, len(topic.actions)))
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            seq += 1
            owner = rng.choice(leads)
            d = _months_after(start, rng.randint(4, 18))
            d = month_last(d) if rng.random() < 0.4 else d.replace(day=rng.randint(1, 28))
            due_raw, due_date = h63_due(form, d)
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            ref = {"dials": f"{num}-{chr(64 + k)}", "swot": f"SA-{seq:02d}",
                   "evidence": f"EV{seq:02d}", "weather": f"{num}/{k}"}[layout]  # fmt: skip
            if layout == "dials":
                # where in its segment the needle points (0..1), the needle's own jitter
                extras[ref] = round(rng.uniform(0.25, 0.75), 3)
            elif layout == "swot":
                extra = ""
                if rng.random() < 0.35:
                    extra = rng.choice(("O1", "O2", "T1", "T2", "S1"))
                extras[ref] = extra
            elif layout == "evidence":
                when = _months_after(issued, rng.randint(0, 6))
                extras[ref] = (_evidence_path(rng, ref, text, when) if rag is not None
                               else "(nothing filed yet)")  # fmt: skip
            else:
                # the outlook: a forecast word for next quarter (DISTRACTOR), none once done
                weathers = [w for w, r in statuses if r in ("green", "amber", "red")]
                extras[ref] = "" if rag == "blue" else rng.choice(weathers)
            actions.append(H8Action(ref, text, owner, due_raw, due_date, progress, status, rag,
                                    [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {"extras": extras}
    if layout == "dials":
        features.update(reader=others[5], read=issued.isoformat(), board=others[6])
    elif layout == "swot":
        features.update(
            preparer=others[5], facilitator=others[6], panel=issued.isoformat(),
            strengths=rng.sample(SWOT_STRENGTHS, 3), opportunities=rng.sample(SWOT_OPPORTUNITIES, 2),
            threats=rng.sample(SWOT_THREATS, 2),
        )  # fmt: skip
    elif layout == "evidence":
        features.update(keeper=others[5], refreshed=issued.isoformat(),
                        shorts={num: t.short for (num, _), t in zip(recs, topics, strict=True)})  # fmt: skip
    else:
        nxt = _months_after(issued, 3)
        features.update(issuer=others[5], issued_on=issued.isoformat(), next=nxt.isoformat())
    headers = {role: rng.choice(words) for role, words in H63_HEADERS[layout].items()}
    title = {
        "dials": "Improvement dashboard: dial readings",
        "swot": "Self-assessment and improvement plan",
        "evidence": "Improvement plan evidence tracker",
        "weather": "Improvement weather report",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS63[layout], actions=list(actions), kpis=kpis, headers=headers,
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
