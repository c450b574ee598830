"""The `holdout24` split: plan layouts that differ in kind from every family of the twenty-five
earlier splits (tune, measure, holdout, holdout2 .. holdout23).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout24.py`),
its output (`out/holdout24*`) or its results (`results/*holdout24*`); it is scored, never tuned on.

What differs from the 112 earlier families (see README.md "The holdout24 split"): an action table
whose status is a HARVEY BALL with no word (empty, quarter, half, three-quarters, full), drawn as
vector wedges or printed as font glyphs, a key mapping the fills to statuses (ReportLab); a
'plan on a page' poster of WORD TEXT BOXES (DrawingML shapes positioned absolutely, two or three
across), one per recommendation holding its actions (Word printed by LibreOffice); a tracker whose
status is a NUMERIC SCORE carrying an Excel ICON SET (traffic lights, arrows, flags), the number
shown beside the icon or hidden, a key row saying what each score means (Excel printed by
LibreOffice Calc); one block per action with a CHEVRON STEPPER of status labels whose current step
is filled (HTML printed by Chromium). A twenty-sixth header vocabulary, new date forms.
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
from samples.plangen.holdout23 import H23Family, month_last


@dataclass(frozen=True, slots=True)
class H24Family(H23Family):
    """A holdout24 family: its own builder and renderer (checked before H23Family)."""


# Header and label wordings of holdout24.
H24_HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "No.", "Action no."),
    "action": ("Action", "What we will do", "Planned action"),
    "owner": ("Lead", "Owner", "Responsible officer"),
    "due": ("Due date", "Deadline", "By when"),
    "rag": ("Status", "Progress status", "Current status"),
    "progress": ("Progress note", "Latest update", "Commentary"),
    "indicator": ("Measure", "Key performance indicator", "Indicator"),
    "baseline": ("Baseline", "Starting point", "Base"),
    "latest": ("Latest", "Most recent", "Now"),
    "target": ("Target", "Aim", "Ambition"),
}
REC_LABELS24 = {
    "harvey": "Recommendation {n}",
    "textbox": "Recommendation {n}",
    "iconset": "Recommendation {n}",
    "stepper": "Recommendation {n}",
}

# The five statuses in order (rag of each): not started, off track, at risk, on track, complete.
RAGS5: tuple[str | None, ...] = (None, "red", "amber", "green", "blue")

# Harvey ball keys: labels of the empty, quarter, half, three-quarter and full ball.
HARVEY_KEYS: tuple[tuple[str, ...], ...] = (
    ("Not started", "Off track", "At risk", "On track", "Complete"),
    ("Not yet started", "Significant concerns", "Some concerns", "Progressing well", "Achieved"),
    ("Not due to start", "Behind plan", "Slight delay", "On target", "Completed"),
)
# Text box status words (index as RAGS5).
TEXTBOX_WORDS: tuple[tuple[str, ...], ...] = (
    ("Not started", "Off track", "Some slippage", "On track", "Done"),
    ("Not yet due", "Red", "Amber", "Green", "Blue - complete"),
    ("Planned", "Behind", "At risk", "Progressing", "Completed"),
)
# Icon set score keys: (scale, key labels for rags red, amber, green, blue).
ICON_KEYS: tuple[tuple[str, ...], ...] = (
    ("Off track", "Some risk", "On track", "Complete"),
    ("Significant delay", "Minor delay", "On schedule", "Achieved"),
    ("Red", "Amber", "Green", "Blue (complete)"),
)
# Stepper labels (index as RAGS5), left to right.
STEPPER_WORDS: tuple[tuple[str, ...], ...] = (
    ("Not started", "Off track", "At risk", "On track", "Complete"),
    ("Not begun", "Delayed", "Some slippage", "On schedule", "Delivered"),
    ("Planned", "Red", "Amber", "Green", "Done"),
)


def h24_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout24 date form and the date it names.

    `31 March 2027` (that day), `31-Mar-2027` (an Excel date cell shown d-mmm-yyyy: that day),
    `2027-03-31` (ISO, that day), `September 2026` (the month's last day), `Q4 2026/27` (a
    financial-year quarter, April to March: the quarter's last day).
    """
    if form == "long":
        return f"{d.day} {calendar.month_name[d.month]} {d.year}", d
    if form == "excel":
        return f"{d.day}-{calendar.month_abbr[d.month]}-{d.year}", d
    if form == "iso":
        return d.isoformat(), d
    if form == "month":
        return f"{calendar.month_name[d.month]} {d.year}", month_last(d)
    if form == "quarter":
        fy = d.year if d.month >= 4 else d.year - 1
        q = (d.month - 4) % 12 // 3 + 1
        end_month = {1: 6, 2: 9, 3: 12, 4: 3}[q]
        end_year = fy + 1 if q == 4 else fy
        return f"Q{q} {fy}/{(fy + 1) % 100:02d}", month_last(date(end_year, end_month, 1))
    raise ValueError(form)


HOLDOUT24: tuple[H24Family, ...] = (
    H24Family("rl-harvey-balls", "holdout24", "reportlab", ("grid",), ("rec-banner",),
              vocab="holdout24", layout="harvey", kpi=0.5, landscape=1.0, progress=0.7,
              description="ReportLab: an action table whose status column is a Harvey ball "
                          "with no word (empty, quarter, half, three-quarters, full), drawn as "
                          "wedges or printed as glyphs, a key mapping the fills to statuses"),
    H24Family("docx-text-boxes", "holdout24", "docx", ("none",), ("text-box",),
              vocab="holdout24", layout="textbox", kpi=0.5, landscape=0.5, progress=0.5,
              description="Word printed by LibreOffice: a plan on a page poster, one Word text "
                          "box (DrawingML shape positioned absolutely, two or three across) per "
                          "recommendation holding its actions and a line of fields each"),
    H24Family("xlsx-icon-sets", "holdout24", "xlsx", ("grid",), ("rec-banner",),
              vocab="holdout24", layout="iconset", kpi=0.5, landscape=1.0, progress=0.6,
              description="Excel printed by LibreOffice Calc: a tracker whose status is a "
                          "numeric score with a conditional-format icon set (number shown or "
                          "icon only), a key row above the header saying what each score means"),
    H24Family("html-progress-stepper", "holdout24", "chromium", ("none",), ("rec-heading",),
              vocab="holdout24", layout="stepper", kpi=0.5, landscape=0.0, progress=0.7,
              description="HTML printed by Chromium: one block per action with a chevron "
                          "stepper of status labels, the current step filled in its colour"),
)  # fmt: skip

ICON_STYLES = ("4TrafficLights", "4Arrows", "4Rating", "3TrafficLights1", "3Flags", "3Arrows")


def _score_text(scale: str, k: int, rng: random.Random) -> tuple[str, float]:
    """A printed score for status index k (1 red .. 4 blue) and its cell value."""
    if scale == "up4":
        return str(k), float(k)
    if scale == "down4":  # 1 = Complete .. 4 = Off track
        return str(5 - k), float(5 - k)
    lo, hi = {1: (5, 29), 2: (30, 59), 3: (60, 95), 4: (100, 100)}[k]
    v = rng.randrange(lo, hi + 1, 5) if hi > lo else hi
    return f"{v}%", v / 100


def score_key(scale: str, labels: tuple[str, ...]) -> str:
    """The key row's text: what each score means."""
    red, amber, green, blue = labels
    if scale == "up4":
        return f"4 = {blue}, 3 = {green}, 2 = {amber}, 1 = {red}"
    if scale == "down4":
        return f"1 = {blue}, 2 = {green}, 3 = {amber}, 4 = {red}"
    return f"100% = {blue}; 60-99% = {green}; 30-59% = {amber}; 0-29% = {red}"


def build_holdout24(fam: H24Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout24:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    n_recs = rng.randint(3, 5) if fam.layout != "textbox" else rng.randint(3, 6)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    if fam.layout == "textbox" and rng.random() < 0.5:
        leads = rng.sample(C.TITLES, 5)
    else:
        leads = rng.sample(C.PEOPLE, 5)
    key_set = rng.randrange(3)
    scale = rng.choice(("up4", "up4", "down4", "pct"))
    icon_style = rng.choice(ICON_STYLES)
    show_value = not (icon_style.startswith("4") and rng.random() < 0.35)
    if not show_value:
        scale = "up4" if scale == "pct" else scale
    actions: list[H8Action] = []
    scores: list[str] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        lo = 2 if fam.layout != "textbox" else 1
        texts = rng.sample(topic.actions, rng.randint(lo, hi if fam.layout != "textbox" else 3))
        for k, text in enumerate(texts, start=1):
            d = _months_after(start, rng.randint(2, 18))
            if fam.layout in ("harvey", "iconset", "stepper") and rng.random() < 0.6:
                d = d.replace(day=rng.randint(1, 28))
            form = {"harvey": "long", "iconset": "excel", "stepper": "iso"}.get(fam.layout)
            if form is None:
                form = "quarter" if rng.random() < 0.5 else "month"
            due_raw, due_date = h24_due(form, d)
            owner = rng.choice(leads)
            si = rng.choices(range(5), weights=(1, 1.2, 2, 3, 1.5))[0]
            rag = RAGS5[si]
            if fam.layout == "harvey":
                status = HARVEY_KEYS[key_set][si]
            elif fam.layout == "textbox":
                status = TEXTBOX_WORDS[key_set][si]
            elif fam.layout == "stepper":
                status = STEPPER_WORDS[key_set][si]
            else:
                status = "" if si == 0 else ICON_KEYS[key_set][si - 1]
            score = "" if si == 0 else _score_text(scale, si, rng)[0]
            scores.append(score)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H24_HEADERS.items()}
    if fam.layout == "iconset":
        headers["rag"] = "% complete" if scale == "pct" else rng.choice(("Score", "RAG score",
                                                                          "Progress score"))  # fmt: skip
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    title = {
        "harvey": f"{authority} Council - Children's Services Improvement Plan",
        "textbox": f"{authority}: our improvement plan on a page",
        "iconset": f"{authority} Council ILACS action plan tracker",
        "stepper": f"{authority} Children's Services - Improvement Plan Progress",
    }[fam.layout]
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=fam.layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS24[fam.layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    features: dict[str, object] = {
        "grouping": fam.groupings[0], "layout": fam.layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress,
        "leads": leads,
    }  # fmt: skip
    if fam.layout == "harvey":
        features["balls"] = ("drawn", "glyph")[index % 2]  # half the plans each
        features["key"] = list(HARVEY_KEYS[key_set])
        features["key_place"] = rng.choice(("page", "table"))
        features["rec_style"] = rng.choice(("banner", "heading"))
    elif fam.layout == "textbox":
        features["words"] = list(TEXTBOX_WORDS[key_set])
        features["across"] = 3 if plan.landscape else 2
        features["separator"] = rng.choice((" | ", "  ·  ", "; "))
        features["field_words"] = list(rng.choice((("Lead", "By", "Status"),
                                                   ("Owner", "When", "Progress"),
                                                   ("Who", "Deadline", "RAG"))))  # fmt: skip
    elif fam.layout == "iconset":
        features["scale"] = scale
        features["icon_style"] = icon_style
        features["show_value"] = show_value
        features["key"] = score_key(scale, ICON_KEYS[key_set])
        features["scores"] = scores
    else:
        features["steps"] = list(STEPPER_WORDS[key_set])
        features["shape"] = rng.choice(("clip-path", "borders"))
    plan.features = features
    return plan
