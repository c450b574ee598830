"""The one KPI value normaliser: the raw cell text is kept, a number and unit are read from it.

Councils write '34.7%', '3187', '66 (611)', '14/month (average)', 'Less than 1 per month',
'£1.2m', 'n/a', 'tbc', '180 by April 2019', '4.2 per 10,000' (a rate: unit 'per 10,000'). The first number is the value; what follows it says
the unit. Nothing is guessed when there is no number.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from plantrace.models.plan import Quantity
from plantrace.pipeline.normalise.text_keys import text_key

# words the value reader reads (data/figures.json): empty values, units, a figure's time
_FIGURES: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "figures.json").read_text(encoding="utf-8")
)
# a cell that says nothing is there: a dash, or words from the data ('n/a', 'See above')
_EMPTY = re.compile(
    r"^\s*(?:-+|–|—|"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _FIGURES["empty"])
    + r")\s*$",
    re.I,
)
# the texts an unfilled form field prints in place of an answer (data/placeholders.json)
_PLACEHOLDER_WORDS: list[str] = json.loads(
    (Path(__file__).parent / "data" / "placeholders.json").read_text(encoding="utf-8")
)["placeholders"]
_PLACEHOLDER_ALT = "|".join(r"\s+".join(map(re.escape, w.split())) for w in _PLACEHOLDER_WORDS)
_PLACEHOLDER = re.compile(rf"^\s*(?:(?:{_PLACEHOLDER_ALT})\.?\s*)+$", re.I)
_PLACEHOLDER_AFTER = re.compile(rf"(?<=\S)\s+(?:(?:{_PLACEHOLDER_ALT})\.?\s*)+$", re.I)
# the first word of some placeholder: in any text either pattern above matches (a cheap test
# that spares most cells the scan of _PLACEHOLDER_AFTER at each of their spaces)
_PLACEHOLDER_STARTS = tuple(sorted({w.split()[0].lower() for w in _PLACEHOLDER_WORDS}))
_PLACEHOLDER_START = re.compile("|".join(map(re.escape, _PLACEHOLDER_STARTS)), re.I)


def _may_hold_placeholder(text: str) -> bool:
    """Whether _PLACEHOLDER or _PLACEHOLDER_AFTER can match: a placeholder's first word is in
    the text (plain substrings for ASCII text, where re.I folds only ASCII letters)."""
    if text.isascii():
        low = text.lower()
        return any(w in low for w in _PLACEHOLDER_STARTS)
    return _PLACEHOLDER_START.search(text) is not None


_NUMBER = re.compile(r"(?<![\w.])([-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d*\.?\d+)")
_UNITS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\s*%"), "%"),
    (re.compile(r"^\s*(?:per\s*cent|percent)\b", re.I), "%"),
    (re.compile(r"^\s*(?:/|per\s+)\s*(month|week|year|day|quarter|annum)\b", re.I), "per {0}"),
    # a rate per N of the population: '4.2 per 10,000', '35 per 1000', '12.5 per 100k'
    # ('per 10,00057.9': a base in groups of three ends where a figure printed after it with no
    # space begins, as a revised cell's old and new values run together)
    (
        re.compile(r"^\s*per\s+(\d{1,3}(?:[, ]\d{3})+|\d+(?:k|m)?)(?:\b|(?<=\d{3})(?=\d))", re.I),
        "per {0}",
    ),
    (re.compile(r"^\s*(days?|weeks?|months?|years?|hours?)\b", re.I), "{0}"),
    # a time unit's short form ('12 wks', '3.5 yrs'): data/figures.json names its full name
    (re.compile(r"^\s*(wks?|yrs?|mn?ths?|hrs?|dys)\b\.?", re.I), "{0}"),
]
_CURRENCY = re.compile(r"£\s*$")
_SHORT_UNITS: dict[str, str] = _FIGURES["units"]
_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9}


_SCALE_AFTER = re.compile(r"^\s*(k|m|bn)\b", re.I)
_POUND = re.compile(r"£\s*")


def is_empty_value(raw: str | None) -> bool:
    """A cell that says nothing is there: blank, a dash, 'n/a', 'tbc', 'nil', or words that
    point elsewhere or say the field does not apply ('See above', 'Not applicable')."""
    return raw is None or not raw.strip() or _EMPTY.match(raw) is not None or is_placeholder(raw)


def _cut_placeholders() -> frozenset[str]:
    """The pieces a page break cuts a placeholder into: its first three words or more ('Click
    or tap to enter a'), and the rest with its full stop ('date.'), lower case."""
    out: set[str] = set()
    for phrase in _PLACEHOLDER_WORDS:
        words = phrase.split()
        out.update(" ".join(words[:k]) for k in range(3, len(words)))
        out.update(" ".join(words[k:]) + "." for k in range(1, len(words)))
    return frozenset(out)


_CUT_PLACEHOLDERS = _cut_placeholders()


def is_placeholder(raw: str | None) -> bool:
    """A form field left unfilled: only the text a word processor prints in its place ('Click
    or tap here to enter text.', 'Choose an item.'), or a piece of it a page break cut ('Click
    or tap to enter a' / 'date.'). It is no answer, whatever column it is in."""
    if raw is None:
        return False
    if _may_hold_placeholder(raw) and _PLACEHOLDER.match(raw) is not None:
        return True
    return text_key(raw) in _CUT_PLACEHOLDERS


def without_placeholders(text: str) -> str:
    """The text with an unfilled field's placeholder removed: '' where it is all placeholder, the
    text before it where one runs on after it ('Workforce Lead Click or tap to enter a date.',
    the line of an empty field below read into the cell)."""
    if not _may_hold_placeholder(text):
        # neither whole pattern can match: only a cut piece of one ('date.') is left to test.
        # A piece without a first word is a placeholder's end, its full stop last: ASCII text
        # not ending so is none (the first words were looked for in it as printed)
        if text.isascii() and not text.rstrip().endswith("."):
            return text
        return "" if text_key(text) in _CUT_PLACEHOLDERS else text
    if is_placeholder(text):
        return ""
    return _PLACEHOLDER_AFTER.sub("", text)


def split_figures(raw: str | None) -> list[str]:
    """The figures of a text that is nothing but figures side by side, as printed
    ('33.4% 37.3%' -> ['33.4%', '37.3%'], '416 days 514 days', '31.6 per 10,000 48.1 per 10,000');
    [] where anything else stands between them. Two columns of an unruled scorecard read as one
    cell print this way; each figure is one column's value.
    """
    text = " ".join((raw or "").split())
    out: list[str] = []
    while text:
        pound = _POUND.match(text)
        number = _NUMBER.match(text, pound.end() if pound else 0)
        if number is None:
            return []
        end = number.end() + _unit_length(text[number.end() :], pound is not None)
        glued = end < len(text) and text[end].isdigit() and text[end - 1].isdigit()
        if end < len(text) and text[end] != " " and not glued:
            return []
        out.append(text[:end])
        text = text[end if glued else end + 1 :]  # one space between figures (none after a rate)
    return out


def revised_figure(raw: str | None) -> str | None:
    """The figure a cell revised in place stands at: two figures of one unit side by side and
    nothing else ('63% 22%', '234 days 259 days') in a column that holds one figure a row is the
    old value (struck through in print, which the text layer does not keep) before the new one,
    as a tracked change prints them. None for anything else (one figure, words between, figures
    of different units: '66 (611)', '12 days 40%')."""
    figures = split_figures(raw)
    if len(figures) != 2:
        return None
    units = {q.unit for q in (parse_quantity(f) for f in figures) if q is not None}
    return figures[-1] if len(units) == 1 else None


def _unit_length(rest: str, currency: bool) -> int:
    """How much of `rest` (what follows a number) is the number's unit or scale, read by the
    same patterns parse_quantity reads units with."""
    for pattern in [_SCALE_AFTER] if currency else [p for p, _ in _UNITS]:
        m = pattern.match(rest)
        if m:
            return m.end()
    return 0


def parse_quantity(raw: str | None) -> Quantity | None:
    if raw is None:
        return None
    raw = " ".join(raw.split())
    if not raw:
        return None
    if _EMPTY.match(raw):
        return Quantity(raw=raw)
    m = _NUMBER.search(raw)
    if not m:
        return Quantity(raw=raw)
    value = float(m.group(1).replace(",", ""))
    rest = raw[m.end() :]
    unit: str | None = None
    if _CURRENCY.search(raw[: m.start()]):
        unit = "£"
        scale = _SCALE_AFTER.match(rest)
        if scale:
            value *= _SCALE[scale.group(1).lower()]
    else:
        for pattern, template in _UNITS:
            u = pattern.match(rest)
            if u:
                word = u.group(1).lower().replace(" ", ",") if u.groups() else ""
                word = _SHORT_UNITS.get(word, word)
                if template == "{0}" and not word.endswith("s"):
                    word += "s"
                unit = template.format(word)
                break
    return Quantity(raw=raw, value=value, unit=unit)


# a figure column's time and a goal's wording: data/figures.json (_FIGURES)
_TIMES = ("start", "now", "aim")
_TIME_WORDS: dict[str, re.Pattern[str]] = {
    time: re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in _FIGURES[time])
        + r")(?!\w)",
        re.I,
    )
    for time in _TIMES
}


# whole headers whose shape speaks of a time no word of _TIME_WORDS names ('When risk raised')
_HEADER_SHAPES: dict[str, list[re.Pattern[str]]] = {
    time: [re.compile(p, re.I) for p in patterns]
    for time, patterns in _FIGURES["header_shapes"].items()
}
# headers that speak of a time only as the whole label ('From', 'To'): data/figures.json
_LABEL_ONLY: dict[str, str] = {
    w: time for time, words in _FIGURES["label_only"].items() for w in words
}


def figure_time(header: str | None) -> str | None:
    """The time a KPI figure column's header speaks of: 'start' ('At outset', 'Starting value'),
    'now' ('Reported value', 'Latest') or 'aim' ('To reach', 'End-state', 'Target 2026'); None
    where it names no time or two ('Current target', 'March 2025', 'Value').

    Latest and target columns come in either order and under headers no vocabulary holds, and
    their figures alone cannot tell a measured value from a goal; the header's words about time
    can.
    """
    if not header:
        return None
    text = " ".join(header.split())
    alone = _LABEL_ONLY.get(text.strip(" :").lower())
    if alone is not None:
        return alone  # 'From' / 'To' over figures: the start and the aim
    found = [
        (m.start(), m.end(), time) for time in _TIMES for m in _TIME_WORDS[time].finditer(text)
    ]
    named = {time for start, end, time in found if not _inside_longer(start, end, found)}
    if not named and _BY_A_YEAR.match(text):
        return "aim"  # 'By 2027', 'By March 2027': the figure to reach by then
    if not named:  # 'When risk raised', 'This review': the header's shape tells the time
        named = {
            time for time, shapes in _HEADER_SHAPES.items() if any(p.match(text) for p in shapes)
        }
    return named.pop() if len(named) == 1 else None


def _inside_longer(start: int, end: int, found: list[tuple[int, int, str]]) -> bool:
    """A time word inside a longer phrase of another time is part of it: 'First measured' is the
    start, though 'measured' alone speaks of now."""
    return any(s <= start and end <= e and e - s > end - start for s, e, _ in found)


def _comparison(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# a header opening with a deadline word before a time that holds a year ('By March 2027')
_BY_A_YEAR = re.compile(
    rf"^(?:{_comparison(_FIGURES['deadline_words'])})"
    r"\s+[^?]*?(?<!\d)(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\W*$",
    re.I,
)
_AIM_BEFORE = re.compile(
    rf"^\s*(?:{_comparison(_FIGURES['comparisons']['before'])})\s*[£\d.]", re.I
)
_AIM_AFTER = re.compile(
    rf"\d\s*(?:%|[a-z ,]*?)\s*(?:{_comparison(_FIGURES['comparisons']['after'])})\s*$", re.I
)


def aims_at(raw: str | None) -> bool:
    """A figure written as a goal: '≥ 80%', 'at least 80%', '80% or more', '90%+', 'Maintain
    95%', 'Below 12 per 10,000'. A measured value is written as a plain figure, so a column of
    these is a target whatever its header says."""
    text = " ".join((raw or "").split())
    return bool(text) and bool(_AIM_BEFORE.search(text) or _AIM_AFTER.search(text))


_DURATION = re.compile(
    rf"^\s*\d+(?:\.\d+)?\s*(?:{_comparison(_FIGURES['durations'])})" r"\.?\s*\??\s*$", re.I
)


def is_duration(raw: str | None) -> bool:
    """A cell that is only a length of time ('10 days', '3 wks', '2 mons', '4d', '5 edays?').

    A schedule's duration column says how long each task runs; a KPI's '540 days' is read the
    same way, so this alone decides nothing: it is one piece of evidence that a table's rows are
    tasks (extractors/kpis.py rows_are_tasks).
    """
    return bool(_DURATION.match(raw or ""))
