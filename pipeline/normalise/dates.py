"""The one date normaliser: every printed date form in reports and plans -> ISO date.

Plans write due dates loosely ('Sept 19', 'Q2 2025/26', '31 October2018', 'by end of May',
'Ongoing'); a due date is the *end* of what is named (month -> last day, quarter -> last day of
the quarter), because that is when an action becomes overdue.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*{_MONTH}\s*,?\s*(\d{{4}}|\d{{2}})\b", re.I)
_MY = re.compile(rf"\b{_MONTH}\s*[-' ]?\s*(\d{{4}}|\d{{2}})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# a month and year in figures, as spreadsheets print a month: '03.2025', '3/2025' (never a day:
# a day-first date has three parts and is read first)
_NUMERIC_MY = re.compile(r"(?<![\d./])\b(0?[1-9]|1[0-2])[./]((?:19|20)\d{2})\b(?![./]\d)")
# 'Q3 2016/17', 'Q2 2025', and the short financial year 'Q3 24/25' (two digits need the pair)
_QUARTER = re.compile(
    r"\bQ([1-4])\s*(?:\(?\s*)?(\d{4}|\d{2}(?=\s*[/-]\s*\d{2}\b))(?:\s*[/-]\s*(\d{2,4}))?", re.I
)
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\b", re.I)
_YEAR = re.compile(r"\b(20\d{2})\b")
# a season or school term: 'Spring 2025', 'Summer term 2025', 'Autumn 2024/25' (the first year),
# ends at the end of its last month; winter runs into the next year ('Winter 2024' -> Feb 2025)
_SEASON = re.compile(
    r"\b(spring|summer|autumn|fall|winter)(?:\s+term)?\s*,?\s*((?:19|20)\d{2})(?:\s*/\s*\d{2,4})?\b",
    re.I,
)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                  "winter": (12, 14)}  # fmt: skip
# a financial year 'YYYY/YY' or 'YYYY-YYYY' (April to March): its end is 31 March of the second
_FIN_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*[/-]\s*(\d{2}|\d{4})\b")
# a superseded date kept beside the new one: 'Feb 2025 (was Nov 2024)', 'previously March'
_SUPERSEDED = re.compile(
    r"\(\s*(?:was|previously|originally|formerly|old date|replaces)\b[^)]*\)"
    r"|[;,]?\s*\b(?:was|previously|originally|formerly)\b[^;,()]*$",
    re.I,
)
OPEN_ENDED = re.compile(
    r"\b(ongoing|on-going|tbc|tbd|to be confirmed|continuous|bau|business as usual|n/?a|as required|monthly|weekly|quarterly|annually)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: date | None
    end: date | None


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date(
    text: str,
    *,
    end_of_period: bool = True,
    default_year: int | None = None,
    month_first: bool = False,
) -> date | None:
    """The last (or, with end_of_period=False, first) date named in text, or None.

    month_first: numeric dates are month/day/year (a plan's layout profile says so); UK plans
    write day/month/year, the default.
    """
    found = _all_dates(
        text, end_of_period=end_of_period, default_year=default_year, month_first=month_first
    )
    if not found:
        return None
    return found[-1] if end_of_period else found[0]


def parse_range(text: str, default_year: int | None = None) -> DateRange:
    """'8 – 12 July 2013' -> (2013-07-08, 2013-07-12); '7 March 2016 to 31 March 2016' likewise."""
    text = " ".join(text.split())
    m = re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{_MONTH}\s*)?(\d{{4}})?\s*(?:-|–|—|─|to|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s*{_MONTH}\s*(\d{{4}})",
        text,
        re.I,
    )
    if m:
        d1, m1, y1, d2, m2, y2 = m.groups()
        year2 = _year(y2)
        month2 = MONTHS[m2.lower().rstrip(".")]
        month1 = MONTHS[m1.lower().rstrip(".")] if m1 else month2
        year1 = _year(y1) if y1 else (year2 if month1 <= month2 else year2 - 1)
        try:
            return DateRange(date(year1, month1, int(d1)), date(year2, month2, int(d2)))
        except ValueError:
            pass
    dates = _all_dates(text, end_of_period=False, default_year=default_year)
    if not dates:
        return DateRange(None, None)
    return DateRange(dates[0], dates[-1])


def _all_dates(
    text: str, *, end_of_period: bool, default_year: int | None, month_first: bool = False
) -> list[date]:
    text = " ".join(text.split())
    spans: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _ISO.finditer(text):
        _add(spans, taken, m, lambda g: date(int(g[0]), int(g[1]), int(g[2])))
    for m in _DMY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(_year(g[2]), MONTHS[g[1].lower()], int(g[0])))
    day, month = (1, 0) if month_first else (0, 1)
    for m in _NUMERIC.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(_year(g[2]), int(g[month]), int(g[day])))
    for m in _NUMERIC_MY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _month(int(g[1]), int(g[0]), end_of_period))
    for m in _SEASON.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _season(g[0], int(g[1]), end_of_period))
    for m in _QUARTER.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _quarter(int(g[0]), _year(g[1]), g[2], end_of_period))
    for m in _FIN_YEAR.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _financial_year(int(g[0]), g[1], end_of_period))
    for m in _MY.finditer(text):
        if free(*m.span()):
            _add(
                spans,
                taken,
                m,
                lambda g: (
                    _month_end(_year(g[1]), MONTHS[g[0].lower()])
                    if end_of_period
                    else date(_year(g[1]), MONTHS[g[0].lower()], 1)
                ),
            )
    if not spans and default_year is not None:
        for m in _MONTH_ONLY.finditer(text):
            month = MONTHS[m.group(1).lower()]
            spans.append((m.start(), _month_end(default_year, month)))
    if not spans:  # a bare year, but never the year of a date that was impossible as written
        years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text) if free(*m.span())]
        spans = [(p, date(y, 12, 31) if end_of_period else date(y, 1, 1)) for p, y in years]
    return [d for _, d in sorted(spans)]


def _add(
    spans: list[tuple[int, date]],
    taken: list[tuple[int, int]],
    m: re.Match[str],
    make: Callable[[tuple[Any, ...]], date],
) -> None:
    # impossible as written ('03/31/2026' day-first): no date, and no year read from it
    with contextlib.suppress(ValueError, KeyError):
        spans.append((m.start(), make(m.groups())))
    taken.append(m.span())


def _month(year: int, month: int, end: bool) -> date:
    return _month_end(year, month) if end else date(year, month, 1)


def _quarter(q: int, year: int, second: str | None, end: bool) -> date:
    """Q1-Q4 of a financial year 'YYYY/YY' (April start) or of a calendar year."""
    if second is not None:  # financial year: Q1 = Apr-Jun
        start_month = 4 + 3 * (q - 1)
        y = year if start_month <= 12 else year + 1
        start_month = (start_month - 1) % 12 + 1
    else:
        start_month, y = 1 + 3 * (q - 1), year
    return _month_end(y, start_month + 2) if end else date(y, start_month, 1)


def _season(name: str, year: int, end: bool) -> date:
    first, last = _SEASON_MONTHS[name.lower()]
    if not end:
        return date(year, first, 1)
    return _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)


def _financial_year(first: int, second: str, end: bool) -> date:
    """'2025/26' -> 2026-03-31 (or 2025-04-01); not a financial year unless the years run on."""
    nxt = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    if nxt != first + 1:
        raise ValueError("not a financial year")
    return date(nxt, 3, 31) if end else date(first, 4, 1)


_START_ONLY = re.compile(r"\b(from|starting|commencing|since|beginning)\s*$", re.I)


def parse_due(
    text: str | None, *, after: date | None = None, month_first: bool = False
) -> date | None:
    """A due date: the end of the last period named, None for open-ended or start-only text.

    'Two cohorts per term from Sept 16' names when something starts, not when it is due: a date
    only introduced by 'from' / 'starting' / 'since' is no due date. A month with no year ('by end
    of May') is the first such month end on or after `after` (the plan's own date, when known).
    """
    if not text:
        return None
    text = " ".join(text.split())
    # the superseded date is history, not the due date: 'Revised: Feb 2025 (was Nov 2024)'
    text = _SUPERSEDED.sub("", text).strip() or text
    spans = _dated_spans(text)
    if spans and all(_START_ONLY.search(text[:start]) for start in spans):
        return None
    found = parse_date(text, month_first=month_first)
    if found is not None:
        return found
    if after is not None:
        month_only = _MONTH_ONLY.search(text)
        if month_only:
            month = MONTHS[month_only.group(1).lower()]
            year = after.year if _month_end(after.year, month) >= after else after.year + 1
            return _month_end(year, month)
    return None


def _dated_spans(text: str) -> list[int]:
    """Start offsets of the dates named in text (any of the forms parse_date reads)."""
    starts = []
    for pattern in (_ISO, _DMY, _NUMERIC, _NUMERIC_MY, _QUARTER, _FIN_YEAR, _SEASON, _MY):
        starts += [m.start() for m in pattern.finditer(text)]
    return sorted(set(starts))


_DAY_FORMS = (
    (_ISO, lambda g: date(int(g[0]), int(g[1]), int(g[2]))),
    (_NUMERIC, lambda g: date(_year(g[2]), int(g[1]), int(g[0]))),
    (_DMY, lambda g: date(_year(g[2]), MONTHS[g[1].lower()], int(g[0]))),
)


def parse_day(text: str) -> date | None:
    """One whole day typed by a person: ISO '2025-03-31' or day-first '31/03/2025', '31.3.25',
    '31 March 2025'; None for anything else ('03/31/2025', '2025', 'March 2025', '31/02/2025').

    A command-line date must name a day exactly: parse_date would read '2025' as 31 December.
    """
    text = " ".join(text.split())
    for pattern, make in _DAY_FORMS:
        m = pattern.fullmatch(text)
        if m:
            try:
                return make(m.groups())  # type: ignore[no-untyped-call]
            except (ValueError, KeyError):
                return None
    return None


@dataclass(frozen=True, slots=True)
class Mention:
    """A date named in text, with how precisely it was named ('day', 'month' or 'year')."""

    start: int
    day: date
    precision: str


def dated_mentions(text: str) -> list[Mention]:
    """Every day, month and calendar year named in text, in order; a month is its first day.

    For dating a document from its first page ('Version 1.2, 15 July 2016', 'Issued September
    2024', 'Plan 2024-2026'), where the precision decides how the date may be printed.
    """
    text = " ".join(text.split())
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    forms = [(p, make, "day") for p, make in _DAY_FORMS]
    forms.append((_MY, lambda g: date(_year(g[1]), MONTHS[g[0].lower()], 1), "month"))
    forms.append((_YEAR, lambda g: date(int(g[0]), 1, 1), "year"))
    for pattern, make, precision in forms:
        for m in pattern.finditer(text):
            if not free(*m.span()):
                continue
            try:
                found.append(Mention(m.start(), make(m.groups()), precision))  # type: ignore[no-untyped-call]
            except (ValueError, KeyError):
                continue
            taken.append(m.span())
    return sorted(found, key=lambda x: x.start)
