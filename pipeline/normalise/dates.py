"""The one date normaliser: every printed date form in reports and plans -> ISO date.

Plans write due dates loosely ('Sept 19', 'Q2 2025/26', '31 October2018', 'by end of May',
'Ongoing'); a due date is the *end* of what is named (month -> last day, quarter -> last day of
the quarter), because that is when an action becomes overdue. Trackers add periods: '2025-Q3'
(a calendar quarter, year first), 'H1 2025/26' (April-September of the financial year),
'by end of FY 25/26', 'academic year 2025/26' (to 31 July), school terms ('Autumn term 2025'
to December, 'Spring term' to March: it ends at the Easter holiday, late March or early April,
and is the January-March term of school calendars; 'Summer term' to July) and a week commencing
('w/c 3 March 2025': due by the week's last day, the Sunday) or an ISO week by its number ('Wk 14
2026', '2026-W14': due by that week's Sunday, 2026-04-05). A plan timed in its own months
('Month 6') prints which month is its Month 1 once ('Month 1 is September 2025'): find_month_one
reads that anchor and parse_plan_month (or parse_due with month_one) counts from it; without
the anchor a plan month is no date. A plan timed from its own start day ('Week 12', 'Within 6
weeks', '+90 days') prints that day once ('Day 0 (plan start) 9 October 2026'): find_plan_start
reads it, and parse_plan_time counts weeks and days from it and plan months from its month (the
start's month is Month 1). The words (months, seasons and terms, open-ended and
superseded markers, prefixes, the plan-month word and links) are data: data/dates.json.
"""

from __future__ import annotations

import calendar
import contextlib
import difflib
import functools
import gzip
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from plantrace.pipeline.normalise.parallel_text import one_alternative

# the words (month names, seasons and school terms, open-ended and superseded markers, prefixes)
# are data: data/dates.json; the patterns below give them their shapes
_WORDS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "dates.json").read_text(encoding="utf-8")
)
MONTHS: dict[str, int] = _WORDS["months"]


def _alternation(words: Iterable[str]) -> str:
    """Words as one regex alternation, longest first, inner spaces matching any space."""
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)


_MONTH = rf"({_alternation(MONTHS)})\." + "?"
# the apostrophe before a two-figure year ('14 Jul ’26'): typed straight, or curly as a word
# processor or browser prints it, or the opening quote a keyboard's autocorrect puts there
_APOSTROPHE = "['’‘]"
_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+day)?\s+of\b|st|nd|rd|th)?\s*{_MONTH}\s*,?\s*{_APOSTROPHE}?(\d{{4}}|\d{{2}})\b",
    re.I,
)  # legal drafting's ordinal day: 'the 15th day of March 2026', '15th of March 2026'
# a day with hyphens on both sides of the month's name, as spreadsheets print 'dd-mmm-yy':
# '15-Mar-26', '1-Dec-2025' (one hyphen only, 'Sep 25-Mar 26', is a range of months)
_DMY_DASH = re.compile(rf"(?<![\w-])(\d{{1,2}})-{_MONTH}-(\d{{4}}|\d{{2}})(?![\w-])", re.I)
# the same with slashes, as issue trackers and their exports print 'dd/mmm/yy': '31/Mar/27'
_DMY_SLASH = re.compile(rf"(?<![\w/])(\d{{1,2}})/{_MONTH}/(\d{{4}}|\d{{2}})(?![\w/])", re.I)
# the same with full stops, as a spreadsheet's 'dd.mmm.yyyy' format prints a day: '30.Jun.2027'
# (read as a month and year, 'Jun.2027', it was the month's last day, its day lost); a stop
# after the year may close a sentence, a figure after it may not ('30.Jun.2027.5')
_DMY_STOP = re.compile(rf"(?<![\w.])(\d{{1,2}})\.{_MONTH}\.(\d{{4}}|\d{{2}})(?![\w]|\.\d)", re.I)
# the month's name, the day and a four-figure year joined by one hyphen or slash used twice, as
# a US-style tracker's 'mmm-dd-yyyy' format prints a day: 'Jun-30-2027', 'Jun/30/2027' (read as
# a month and year, 'Jun-30' would be June 2030 with '-2027' left over)
_MDY_DASH = re.compile(
    rf"(?<![\w/.-]){_MONTH}([-/])(\d{{1,2}})\2((?:19|20)\d{{2}})(?![\w/-]|\.\d)", re.I
)
# the month first, as US-style plans write a day: 'Dec 31, 2025', 'December 31 2025', a comma
# with no space after it before a year of this era, 'Dec 31,2025' (as a typist or a tracker's
# export prints it; read as a month and year it would be December 2031 with '2025' left over),
# and with the year cut to two figures after an apostrophe, as a compact US-style date prints
# it: "Jun 17 '27", 'Jun 17 ’27' (a four-digit year or the apostrophe's: 'Sept 19' is September
# 2019, and "Jun 17 '27" read as a month and year would be June 2017 with '27' left over)
_MDY = re.compile(
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s*,?\s+|\s*,(?=(?:19|20)\d\d\b))(\d{{4}})|\s*,?\s*{_APOSTROPHE}(\d{{2}}))\b",
    re.I,
)
# 'March 2026', 'Mar-26', "Mar '26" and, as word processors print the apostrophe, 'Mar ’26';
# a slash before a four-figure year, 'Mar/2027', as a tracker's month field prints it (two
# figures after a slash, 'Mar/26', stay unread: a day or a ratio as often as a year); a comma
# before a four-figure year, 'March, 2027', as a day's form 'the 14th March, 2027' prints it
_MY = re.compile(
    rf"\b{_MONTH}\s*(?:[-'’‘ ]|/(?=\d{{4}}\b)|,(?=\s*\d{{4}}\b))?\s*(\d{{4}}|\d{{2}})\b", re.I
)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
# the same day with hyphens, '31-03-2026', '31-03-26' (both separators hyphens)
_NUMERIC_DASH = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])")
# the year first with slashes or stops, '2026/03/31', '2026.03.31'
_YMD = re.compile(r"(?<![\d/.])((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])")
# an ISO date, alone or opening an ISO datetime ('2027-03-31T00:00:00Z', as an API prints it)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))")
# a month with the year first, '2026-03' (ISO 8601), '2026/03', '2026.03' (not a day, and not a
# financial year '2025-26', '2011/12')
_ISO_MONTH = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})[-/.](0[1-9]|1[0-2])(?![\d/.]|-\d)")
# a month and year in figures, as spreadsheets print a month: '03.2025', '3/2025' (never a day:
# a day-first date has three parts and is read first)
_NUMERIC_MY = re.compile(r"(?<![\d./-])\b(0?[1-9]|1[0-2])[./-]((?:19|20)\d{2})\b(?![./-]\d)")
# the month in Roman figures, as continental and some formal hands print a day: '14.III.2027',
# '14/III/2027', '14 III 2027' (one separator used twice) and a month alone, 'III.2027',
# 'III/2027', 'III-2027' (a stop, slash or hyphen: 'Phase II 2027' is no month). Capitals only:
# lower-case 'i', 'v' or 'x' are words and list markers
_ROMAN_FIGURES = ("XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I")
_ROMAN_MONTH = {r: 12 - i for i, r in enumerate(_ROMAN_FIGURES)}
_ROMAN = "|".join(_ROMAN_FIGURES)
_ROMAN_DMY = re.compile(
    rf"(?<![\w./-])(\d{{1,2}})([./ -])({_ROMAN})\2((?:19|20)\d{{2}})(?![\w]|[./-]\d)"
)
_ROMAN_MY = re.compile(rf"(?<![\w./-])({_ROMAN})[./-]((?:19|20)\d{{2}})(?![\w]|[./-]\d)")
# the year, the month's name and the day, as a sortable register prints a day: '2027 Mar 14',
# '2026 July 3rd' (no figure after the day: '2026 Mar 14 2027' is no such day; a month's name
# before the year, 'Sep 2026 Mar 27', makes the year that month's and is read so, not here)
_YMD_WORD = re.compile(
    rf"(?<![\d/.-])((?:19|20)\d{{2}})\s+{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\w/-]|\.\d|\s*\d)",
    re.I,
)
# the same with one hyphen or slash on both sides of the month's name, as a spreadsheet's
# 'yyyy-mmm-dd' date format prints a day: '2027-Jun-30', '2027/Jun/30' (read as a month and year,
# 'Jun-30' would be June 2030 with '2027' left over)
_YMD_MARKED = re.compile(
    rf"(?<![\w/.-])((?:19|20)\d{{2}})([-/]){_MONTH}\2(\d{{1,2}})(?![\w/-]|\.\d)", re.I
)
# the year before the month's name, '2026 March' (never the verb: '2025 may change')
# a month's name right before a year ('Sep 2026 Mar 27'): the year is that month's
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s*,?\s*$", re.I)
# or with a mark between them ('2027 · Mar', '2027/Mar': data/dates.json year_month_marks)
_YM_MARK = rf"\s*(?:{_alternation(_WORDS['year_month_marks'])})\s*"
_YM_WORD = re.compile(rf"\b((?:19|20)\d{{2}})(?:\s+|{_YM_MARK}){_MONTH}(?!\s*\d)(?![-/.]\d)", re.I)
_FY_WORD = rf"(?:{_alternation(_WORDS['financial_year'])})"
# 'Q3 2016/17', 'Q2 2025', the short financial year 'Q3 24/25' (two digits need the pair),
# 'Q3 FY25/26', 'Qtr 3 25/26' (the quarter word: the letter Q or a word, 'Qtr 3', 'Quarter 3')
_Q_WORD = rf"(?:Q|(?:{_alternation(_WORDS['quarter'])})\.?\s*)"
_QUARTER = re.compile(
    rf"\b{_Q_WORD}([1-4])\s*(?:\(?\s*)?(?:{_FY_WORD}\s*)?"
    r"(\d{4}|\d{2}(?=\s*[/-]\s*\d{2}\b))(?:\s*[/-]\s*(\d{2,4}))?",
    re.I,
)
# the year first: '2025-Q3', '2025 Q3' name a calendar quarter; '2025/26 Q3' and 'FY25/26 Q3'
# a financial one
_YEAR_QUARTER = re.compile(
    rf"(?:\b{_FY_WORD}\s*((?:19|20)?\d{{2}})|\b((?:19|20)\d{{2}}))"
    rf"(?:\s*[/-]\s*(\d{{2}}|\d{{4}}))?(?:-|\s+){_Q_WORD}([1-4])\b",
    re.I,
)
# a school year named as one: 'academic year 2025/26' ends with its summer term
_ACADEMIC = re.compile(
    rf"\b(?:{_alternation(_WORDS['academic_year'])})\s*((?:19|20)?\d{{2}})\s*[/-]\s*(\d{{2}}|\d{{4}})\b",
    re.I,
)
# the year first: '2025/26 academic year', 'the 2025-26 school year'
_YEAR_ACADEMIC = re.compile(
    rf"\b((?:19|20)\d{{2}})\s*[/-]\s*(\d{{2}}|\d{{4}})\s+(?:{_alternation(_WORDS['academic_year'])})\b",
    re.I,
)
# a half year: 'H1 2025/26' (April-September of the financial year), 'H2 2025' (July-December)
_HALF = re.compile(
    rf"\b(?:{_alternation(_WORDS['half_year'])})\s*-?\s*([12])\s*(?:of\s+)?"
    rf"(?:(?:{_alternation(_WORDS['financial_year'])})\s*)?"
    r"((?:19|20)\d{2}|\d{2}(?=\s*[/-]\s*\d{2}\b))(?:\s*[/-]\s*(\d{2}|\d{4}))?\b",
    re.I,
)
# a half year by its ordinal: 'first half of 2026/27', 'the 2nd half of FY 2025-26' (as 'H1')
_HALF_ORDINALS: dict[str, int] = _WORDS["half_ordinals"]
_ORDINAL_HALF = re.compile(
    rf"\b({_alternation(_HALF_ORDINALS)})\s+(?:{_alternation(_WORDS['half_year'])})"
    rf"(?:[\s-]+year)?\s*(?:of\s+)?(?:the\s+)?(?:(?:{_alternation(_WORDS['financial_year'])})\s*)?"
    r"((?:19|20)\d{2}|\d{2}(?=\s*[/-]\s*\d{2}\b))(?:\s*[/-]\s*(\d{2}|\d{4}))?\b",
    re.I,
)
# the year first: '2025/26 H1', 'FY25/26 H2', '2026 H1' (a calendar year's half: four digits)
_YEAR_HALF = re.compile(
    rf"(?:\b{_FY_WORD}\s*((?:19|20)?\d{{2}})|\b((?:19|20)\d{{2}}))"
    rf"(?:\s*[/-]\s*(\d{{2}}|\d{{4}}))?(?:-|\s+)(?:{_alternation(_WORDS['half_year'])})\s*-?\s*([12])\b",
    re.I,
)
# a finance period: 'P9 2026/27', 'P09 26/27', 'Period 9 2026/27', 'P9 FY26/27' (the n-th month
# from April of the financial year; the year must be the pair, two digits or four)
_PERIOD_NO = (
    rf"(?:(?:{_alternation(_WORDS['finance_period'])})\s*"
    rf"|(?:{_alternation(_WORDS['finance_period_letter'])}))"
)
_FINANCE_PERIOD = re.compile(
    rf"(?<![\w/.-]){_PERIOD_NO}(0?[1-9]|1[0-2])(?![\d.:/-]\d)\s*,?\s*(?:of\s+)?"
    rf"(?:{_FY_WORD}\s*)?((?:19|20)?\d{{2}})\s*[/-]\s*(\d{{2}}|\d{{4}})\b",
    re.I,
)
# a financial year named as one: 'FY 25/26', 'FY2025/26', 'financial year 2025-26'
_FY = re.compile(
    rf"\b(?:{_alternation(_WORDS['financial_year'])})\s*'?((?:19|20)?\d{{2}})\s*[/-]\s*(\d{{2}}|\d{{4}})\b",
    re.I,
)
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\b", re.I)
_YEAR = re.compile(r"\b(20\d{2})\b")
_SEASONS: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in _WORDS["seasons"].items()}  # type: ignore[misc]
_TERMS: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in _WORDS["terms"].items()}  # type: ignore[misc]
# a school term: 'Autumn term 2025', 'Summer term 2025/26' (a school year: spring and summer
# terms fall in its second calendar year), ends at the end of its last month
_TERM = re.compile(
    rf"\b({_alternation(_TERMS)})\s+term\s*,?\s*((?:19|20)\d{{2}})(?:\s*[/-]\s*(\d{{2}}|\d{{4}}))?\b",
    re.I,
)
_HALF_TERMS: dict[str, list[tuple[int, int]]] = {
    k: [(a, b) for a, b in v] for k, v in _WORDS["half_terms"].items()
}
# a half term: 'Spring 1 2026', 'Autumn 2, 2025', 'Summer term 1 2026', 'Spring 2 term 2025/26'
_HALF_TERM = re.compile(
    rf"\b({_alternation(_HALF_TERMS)})\s+(?:term\s*)?([12])(?:\s+term)?\s*,?\s*((?:19|20)\d{{2}})"
    r"(?:\s*[/-]\s*(\d{2}|\d{4}))?\b",
    re.I,
)
# a season: 'Spring 2025', 'Autumn 2024/25' (the first year), ends at the end of its last
# month; winter runs into the next year ('Winter 2024' -> Feb 2025)
_SEASON = re.compile(
    rf"\b({_alternation(_SEASONS)})\s*,?\s*((?:19|20)\d{{2}}|{_APOSTROPHE}?\d{{2}}(?![\d/.]))"
    r"(?:\s*/\s*\d{2,4})?\b",
    re.I,
)
# a season or term with no year ('by the Summer', 'Spring term'): dated only against the plan's
# own date, as a month with no year is
_SEASON_ONLY = re.compile(
    rf"\b({_alternation((set(_SEASONS) - {'fall'}) | set(_TERMS))})(\s+term)?\b", re.I
)  # 'fall' alone is too often the verb ('a fall in re-referrals')
# a financial year 'YYYY/YY' or 'YYYY-YYYY' (April to March): its end is 31 March of the second
_FIN_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*[/-]\s*(\d{2}|\d{4})\b")
# a superseded date kept beside the new one: 'Feb 2025 (was Nov 2024)', 'previously March'
_WAS = _alternation(_WORDS["superseded"])
_SUPERSEDED = re.compile(
    rf"\(\s*(?:{_WAS}|{_alternation(_WORDS['superseded_in_brackets'])})\b[^)]*\)"
    rf"|[;,]?\s*\b(?:{_WAS})\b[^;,()]*$",
    re.I,
)
OPEN_ENDED = re.compile(rf"\b(?:{_alternation(_WORDS['open_ended'])})\b", re.I)
# 'w/c 3 March 2025', 'w/c Mon 3 March 2025': the week that day begins, due by its last day
_WEEKDAY = rf"(?:(?:{_alternation(_WORDS['weekdays'])})\.?,?\s*)"
_WEEK_OF = re.compile(
    rf"(?<!\w)(?:{_alternation(_WORDS['week_commencing'])})\s*[:.]?\s*{_WEEKDAY}?$", re.I
)
# an ISO week by number and year, 'Wk 14 2026', 'Week 14, 2026', 'W14/2026', 'week 14 of 2026'
_WEEK_NO = (
    rf"(?:(?:{_alternation(_WORDS['week_number'])})\s*|(?:{_alternation(_WORDS['week_letter'])}))"
)
_WEEK_NUMBER = re.compile(
    rf"(?<![\w/]){_WEEK_NO}(\d{{1,2}})(?![\d.:/-]\d{{1,2}}\b)\s*(?:,|/|-|of|\()?\s*((?:19|20)\d{{2}})\b(?!\s*[/-]\s*\d)",
    re.I,
)
# the year first: '2026-W14' (ISO 8601), '2026 wk 14'
_YEAR_WEEK = re.compile(rf"\b((?:19|20)\d{{2}})\s*[-/]?\s*{_WEEK_NO}(\d{{1,2}})\b(?![.:/]\d)", re.I)
# 'mid-March 2026', 'middle of March': the month's middle day, not its end
_MID_MONTH = re.compile(rf"(?<!\w)(?:{_alternation(_WORDS['mid_month'])})\s*-?\s*$", re.I)
_MID_DAY: int = _WORDS["mid_month_day"]


@dataclass(frozen=True, slots=True)
class DateRange:
    start: date | None
    end: date | None


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=8192)  # a pure function of its arguments, asked again and again
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


# a range of months closed by one year, as a schedule's band or a quarter's heading prints it:
# 'October - December 2026', 'Jan to Mar 2027', 'December - February 2027' (the first month in
# the year before where it comes after the last)
_MONTH_RANGE = re.compile(rf"\b{_MONTH}\s*(?:-|–|—|─|to)\s*{_MONTH}\s*(\d{{4}})\b", re.I)


def month_range(text: str) -> tuple[DateRange, int, int] | None:
    """The first range of months closed by one year in text ('April - June 2028', also after a
    date: '31.12.27 April - June 2028'), as parse_range reads it, with where it is printed
    (start, end offsets in text); None where there is none."""
    m = _MONTH_RANGE.search(text)
    if m is None:
        return None
    m1, m2, y = m.groups()
    first, last = MONTHS[m1.lower().rstrip(".")], MONTHS[m2.lower().rstrip(".")]
    year = int(y)
    start = date(year if first <= last else year - 1, first, 1)
    return DateRange(start, _month_end(year, last)), m.start(), m.end()


def parse_range(text: str, default_year: int | None = None) -> DateRange:
    """'8 – 12 July 2013' -> (2013-07-08, 2013-07-12); '7 March 2016 to 31 March 2016' likewise.

    A range of months closed by one year, 'October - December 2026', where it is the only date
    the text names, runs from the first day of its first month to the last day of its last
    (2026-10-01, 2026-12-31): its end is the due date parse_due reads, the end of what is named.
    """
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
    months = month_range(text)
    if months and not _all_dates(
        text[: months[1]] + " " + text[months[2] :], end_of_period=False, default_year=None
    ):
        return months[0]  # the only date the text names
    dates = _all_dates(text, end_of_period=False, default_year=default_year)
    if not dates:
        return DateRange(None, None)
    return DateRange(dates[0], dates[-1])


# a form's date input printed as its three boxes, day, month and year ('31 3 2027'): only a
# whole value of three numbers, a day, a month and a four-digit year; in running text three
# numbers are a count, a ref or a phone number
_DATE_PARTS = re.compile(r"(0?[1-9]|[12]\d|3[01]) (0?[1-9]|1[0-2]) ((?:19|20)\d\d)")
# a day-month-year date a narrow cell wrapped after a separator ('15-Sep-' / '2026', '15-' /
# 'Sep-' / '2026', '31/03/' / '2027'): the spaces the wraps left are no part of it. Only a
# whole cell, and only '-' or '/': a ref ('see 3.1. 25 staff', 'Action 2.1. 2026 plan') is
# followed by a year or a count in running text and stays no date
_WRAPPED_DATE = re.compile(
    rf"(\d{{1,2}})([-/])\s*(\d{{1,2}}|(?:{_alternation(MONTHS)}))\2\s*(\d{{4}}|\d{{2}})",
    re.I,
)


# each month's whole name, the longest the vocabulary holds ('september', not 'sept')
_FULL_MONTHS = {
    n: max((k for k, v in MONTHS.items() if v == n), key=len) for n in set(MONTHS.values())
}
# a word where a month's name stands, between a day and a year or before a year: '17 Septmber
# 2027', 'Febuary 2026', the two-figure year after any apostrophe the dates read ('17 Septmber
# ’27', 'Febuary ’27')
_NEAR_MONTH = re.compile(
    rf"(?<![\w/.-])(?:(\d{{1,2}}(?:st|nd|rd|th)?\s+)([A-Za-z]{{4,10}})(?=\.?,?\s+{_APOSTROPHE}?\d{{2}}(?:\d{{2}})?\b)"
    rf"|([A-Za-z]{{4,10}})(?=,?\s+(?:\d{{4}}|{_APOSTROPHE}\d{{2}})\b))"
)
_NEAR = 0.8  # how alike a misspelt month's name must be to the name (difflib's ratio)
_SHORTEST = 5  # letters, at the least, in a misspelt or cut name read as a month


@functools.cache
def _english_words() -> frozenset[str]:
    """Every English word form spaCy's lemma table knows ('match', 'marsh', 'monarch', 'mays'):
    a word near a month's name that is a word of its own is that word, not a misspelt month.
    Loaded on first need only (it is some 67,000 forms)."""
    import spacy_lookups_data  # a dependency; imported late, as few texts need it

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    table: dict[str, str] = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(w.lower() for pair in table.items() for w in pair)


def english_words() -> frozenset[str]:
    """Every English word form the lemma table knows (loaded on first need): the test that a
    word is English, for the month-name mender here and two-language values (parallel_text)."""
    return _english_words()


def names_month(text: str) -> bool:
    """Whether the text names a month from the dates vocabulary, so that readers of other
    things (inspection windows) ask the one normaliser what a month is."""
    return _MONTH_ONLY.search(text) is not None


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".,") in MONTHS


def _month_named(word: str) -> str | None:
    """The month a misspelt or cut name stands for ('Septmber', 'Febuary', 'Decemb'), where
    one month alone is that near; else None.

    A false date is worse than a missed one, so only two kinds are read: a month's name cut
    short ('Septemb', 'Octob': a prefix of five letters or more), and a misspelling (same
    first letter, at most two letters more or fewer) that is no English word. Words near a
    month are common ('Match', 'Marsh', 'monarch', 'junket' are words; 'Mary' is a name and
    four letters too few to tell from one), and so are seasons ('Autumn 2026'): they stay as
    printed."""
    low = word.lower()
    if low in MONTHS or len(low) < _SHORTEST:
        return None
    cut = [name for name in _FULL_MONTHS.values() if name.startswith(low)]
    if cut:
        return cut[0] if len(cut) == 1 else None
    near = [
        name for name in _FULL_MONTHS.values()
        if name[0] == low[0] and abs(len(name) - len(low)) <= 2
        and difflib.SequenceMatcher(None, low, name).ratio() >= _NEAR
    ]  # fmt: skip
    if len(near) != 1 or low in _english_words():
        return None
    return near[0]


# two neighbouring words, the second taken by look-ahead so that every pair is tried ('by
# Septemb er 2027': 'by Septemb', then 'Septemb er')
_WORD_PAIR = re.compile(r"\b([A-Za-z]+)\s+(?=([A-Za-z]+)\b)")


def joined_months(text: str) -> str:
    """Two pieces of a month's name a narrow cell wrapped mid-word ('Septemb' / 'er', 'Mar' /
    'ch') as one word; any other two words as printed. The second piece goes on the word in its
    case (lower after a capital, capitals after capitals) and is no month of its own ('Mar
    May' are two months). Read as printed, 'by Septemb er 2027' would be the year alone, due
    in December."""

    def join(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        same_case = second.islower() or (first.isupper() and second.isupper())
        if (first + second).lower() in MONTHS and same_case and second.lower() not in MONTHS:
            return first
        return m.group(0)

    return _WORD_PAIR.sub(join, text)


# a day written as an ordinal word, as formal prose and records write it (data: ordinal_days):
# 'the twenty-seventh of February 2027', 'the first day of March 2026', the month first, 'June the
# thirtieth, 2027' (or 'June thirtieth, 2027'), and plainly before the month, 'thirtieth June
# 2027'. A compound's parts are joined by a hyphen or a space, and a line may end at its hyphen
# ('twenty-' / 'fifth', joined with a space). Only a whole phrase with its month and year is a
# day: 'the first meeting', 'a second review in March 2027' name none
_ORDINAL_DAYS: dict[str, int] = _WORDS["ordinal_days"]
_ORDINAL = "|".join(
    r"(?:-\s*|\s+)".join(map(re.escape, w.split("-")))
    for w in sorted(_ORDINAL_DAYS, key=len, reverse=True)
)
_WORD_YEAR = r"((?:19|20)\d{2})\b"
_THE = r"(?:the\s+)?"  # read with the day: 'w/c the second of March' is the week of that day
_WORD_DAY_OF = re.compile(
    rf"\b{_THE}({_ORDINAL})(?:\s+day)?\s+of\s+{_MONTH}\s*,?\s*((?:19|20)\d{{2}}|\d{{2}})\b", re.I
)
_WORD_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_THE}({_ORDINAL})(?![\w-])\s*,?\s*{_WORD_YEAR}", re.I)
_WORD_DAY_MONTH = re.compile(rf"\b{_THE}({_ORDINAL})\s+{_MONTH}\s*,?\s*{_WORD_YEAR}", re.I)
# each form and the places of its (day, month, year) groups
_WORD_DAY_FORMS = (
    (_WORD_DAY_OF, (0, 1, 2)),
    (_WORD_MONTH_DAY, (1, 0, 2)),
    (_WORD_DAY_MONTH, (0, 1, 2)),
)


# the last word of every ordinal ('fifth' of 'twenty-fifth'): a text with none of them names no
# day in words, and is left without running the three patterns (a set's look-up is cheaper)
_ORDINAL_LAST = frozenset(w.split("-")[-1] for w in _ORDINAL_DAYS)
_LOWER_WORD = re.compile(r"[a-z]+")


def _ordinal_day(word: str) -> int:
    """The day an ordinal word names ('twenty-fifth', 'twenty fifth', 'twenty- fifth' -> 25)."""
    return _ORDINAL_DAYS["-".join(re.split(r"[-\s]+", word.lower()))]


def _word_day(g: tuple[Any, ...], places: tuple[int, int, int]) -> tuple[int, str, str] | None:
    """(day, month's name, year) of a day in words from its match's groups; None for the verb
    ('thirtieth may 2026': lower case, as the other forms with a month's name read it)."""
    day, month, year = (g[i] for i in places)
    if month == "may":
        return None
    return _ordinal_day(day), month, year


def ordinal_words(text: str) -> str:
    """A day written in words put in figures, day first ('the twenty-seventh of February 2027'
    -> '27 February 2027', 'June the thirtieth, 2027' -> '30 June 2027'), so it reads as
    that day, not as the month alone (its last day) or the year alone (the month first); and
    so that a reader counting a cell's words besides its date ('is this cell a date and
    nothing else?') counts none for the day's words. Ordinal words in no such whole phrase
    ('the first review', 'second quarter') are left as printed."""
    if _ORDINAL_LAST.isdisjoint(_LOWER_WORD.findall(text.lower())):
        return text
    for pattern, places in _WORD_DAY_FORMS:

        def figure(m: re.Match[str], places: tuple[int, int, int] = places) -> str:
            found = _word_day(m.groups(), places)
            return m.group(0) if found is None else "{} {} {}".format(*found)

        text = pattern.sub(figure, text)
    return text


def _word_groups(g: tuple[Any, ...], *, places: tuple[int, int, int]) -> date:
    """The day a phrase in words names, from its match's groups (raises ValueError for none:
    'the thirtieth of February 2027', the verb 'may')."""
    found = _word_day(g, places)
    if found is None:
        raise ValueError(g)
    day, month, year = found
    return date(_year(year), MONTHS[month.lower()], day)


def _misspelt_months(text: str) -> str:
    """A month's name misspelt, cut short or broken in two where a date prints it ('17
    Septmber 2027', 'by Septemb er 2027') put right, so the date reads as that day, not as the
    year alone (its last day)."""

    def mend(m: re.Match[str]) -> str:
        word = m.group(2) or m.group(3)
        name = _month_named(word)
        if name is None:
            return m.group(0)
        return (m.group(1) or "") + name.capitalize()

    return _NEAR_MONTH.sub(mend, joined_months(text))


def _all_dates(
    text: str, *, end_of_period: bool, default_year: int | None, month_first: bool = False
) -> list[date]:
    # a date printed in two languages, its figures once: '31 Mawrth / March 2027' is 31 March
    text = one_alternative(" ".join(text.split()), _is_month)
    text = _misspelt_months(text)
    text = ordinal_words(text)
    if _WRAPPED_DATE.fullmatch(text):
        text = _WRAPPED_DATE.sub(r"\1\2\3\2\4", text)
    if _DATE_PARTS.fullmatch(text):
        text = _DATE_PARTS.sub(r"\1/\2/\3", text)
    spans: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _ISO.finditer(text):
        _add(spans, taken, m, lambda g: date(int(g[0]), int(g[1]), int(g[2])))
    for m in _ROMAN_DMY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(int(g[3]), _ROMAN_MONTH[g[2]], int(g[0])))
    for m in _ROMAN_MY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _month(int(g[1]), _ROMAN_MONTH[g[0]], end_of_period))
    for m in _WEEK_NUMBER.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _iso_week(g[1], g[0], end_of_period))
    for m in _YEAR_WEEK.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _iso_week(g[0], g[1], end_of_period))
    for m in _YMD_WORD.finditer(text):
        if free(*m.span()) and m.group(2) != "may" and not _MONTH_BEFORE.search(text[: m.start()]):
            _add(spans, taken, m, lambda g: date(int(g[0]), MONTHS[g[1].lower()], int(g[2])))
    for m in _YMD_MARKED.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(int(g[0]), MONTHS[g[2].lower()], int(g[3])))
    for m in _DMY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(_year(g[2]), MONTHS[g[1].lower()], int(g[0])))
    # the joined forms are scanned only where their joint is printed (a hot path)
    dash, slash = "-" in text, "/" in text
    dashed = _DMY_DASH.finditer(text) if dash else ()  # '30-Jun-2027'
    slashed = _DMY_SLASH.finditer(text) if slash else ()  # '30/Jun/27'
    stops = _DMY_STOP.finditer(text) if "." in text else ()  # '30.Jun.2027'
    for m in (*dashed, *slashed, *stops):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(_year(g[2]), MONTHS[g[1].lower()], int(g[0])))
    for m in _MDY_DASH.finditer(text) if dash or slash else ():  # 'Jun-30-2027'
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(int(g[3]), MONTHS[g[0].lower()], int(g[2])))
    for m in _MDY.finditer(text):
        if free(*m.span()):
            _add(
                spans,
                taken,
                m,
                lambda g: date(_year(g[2] or g[3]), MONTHS[g[0].lower()], int(g[1])),
            )
    for m in _YMD.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: date(int(g[0]), int(g[2]), int(g[3])))
    day, month = (1, 0) if month_first else (0, 1)
    for pattern in (_NUMERIC, _NUMERIC_DASH):
        for m in pattern.finditer(text):
            if free(*m.span()):
                _add(spans, taken, m, lambda g: date(_year(g[2]), int(g[month]), int(g[day])))
    if end_of_period:  # 'w/c 3 March 2025': due by the end of the week that day begins
        spans[:] = [
            (p, d + timedelta(days=6) if _WEEK_OF.search(text[:p]) else d) for p, d in spans
        ]
    for m in _NUMERIC_MY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _month(int(g[1]), int(g[0]), end_of_period))
    for m in _ISO_MONTH.finditer(text):
        if free(*m.span()) and not _runs_on(int(m.group(1)), m.group(2)):
            _add(spans, taken, m, lambda g: _month(int(g[0]), int(g[1]), end_of_period))
    for m in _HALF.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _half(int(g[0]), _year(g[1]), g[2], end_of_period))
    for m in _ORDINAL_HALF.finditer(text):
        if free(*m.span()):
            _add(
                spans,
                taken,
                m,
                lambda g: _half(_HALF_ORDINALS[g[0].lower()], _year(g[1]), g[2], end_of_period),
            )
    for m in _YEAR_HALF.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _year_half(g, end_of_period))
    for pattern in (_ACADEMIC, _YEAR_ACADEMIC):
        for m in pattern.finditer(text):
            if free(*m.span()):
                _add(spans, taken, m, lambda g: _academic_year(_year(g[0]), g[1], end_of_period))
    for m in _FINANCE_PERIOD.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _finance_period(int(g[0]), g[1], g[2], end_of_period))
    for m in _YEAR_QUARTER.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _year_quarter(g, end_of_period))
    for m in _QUARTER.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _quarter(int(g[0]), _year(g[1]), g[2], end_of_period))
    for m in _FY.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _financial_year(_year(g[0]), g[1], end_of_period))
    for m in _HALF_TERM.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _half_term(g, end_of_period))
    for m in _TERM.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _term(g[0], int(g[1]), g[2], end_of_period))
    for m in _SEASON.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _season(g[0], _year(g[1].lstrip("'’‘")), end_of_period))
    for m in _FIN_YEAR.finditer(text):
        if free(*m.span()):
            _add(spans, taken, m, lambda g: _financial_year(int(g[0]), g[1], end_of_period))
    for m in _YM_WORD.finditer(text):
        marked = bool(text[m.end(1) : m.start(2)].strip())  # '2027 · Mar', not '2027 Mar'
        if marked and _MONTH_BEFORE.search(text[: m.start()]):
            continue  # 'April 2026 - March': a range from April 2026, no year-first month
        if free(*m.span()) and m.group(2) != "may":  # '2025 may change': the verb
            _add(spans, taken, m, lambda g: _named_month(int(g[0]), g[1], end_of_period))
    for m in _MY.finditer(text):
        if free(*m.span()):
            _add(
                spans,
                taken,
                m,
                _month_maker(text[: m.start()], end_of_period),
            )
    if not spans and default_year is not None:
        for m in _MONTH_ONLY.finditer(text):
            spans.append(
                (m.start(), _month_or_mid(default_year, m.group(1), True, text[: m.start()]))
            )
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


def _iso_week(year: str, week: str, end: bool) -> date:
    """An ISO 8601 week's Sunday (its last day, when a task due that week is overdue) or, for a
    start, its Monday; a week the year does not have (53 in most years) raises ValueError."""
    return date.fromisocalendar(int(year), int(week), 7 if end else 1)


def _named_month(year: int, name: str, end: bool) -> date:
    return _month(year, MONTHS[name.lower().rstrip(".")], end)


def _month_maker(before: str, end: bool) -> Callable[[tuple[Any, ...]], date]:
    """Reads a month-and-year match ('Mar 2026', 'mid-Mar 2026') with the words before it."""
    return lambda g: _month_or_mid(_year(g[1]), g[0], end, before)


def _month_or_mid(year: int, name: str, end: bool, before: str) -> date:
    """A month named with its year: its last (or first) day, or its middle day where the words
    before it say the middle ('mid-March 2026' -> 2026-03-15, both as end and as start)."""
    month = MONTHS[name.lower().rstrip(".")]
    if _MID_MONTH.search(before):
        return date(year, month, _MID_DAY)
    return _month(year, month, end)


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


def _finance_period(period: int, first: str, second: str, end: bool) -> date:
    """'P9 2026/27' -> 2026-12-31 (or 2026-12-01): finance period n is the n-th month counted
    from April of the financial year, so P1-P9 fall in its first calendar year and P10-P12 in
    its second; the pair's years must run on ('P9 2026/28' names no financial year)."""
    year = _year(first)
    if _second_year(year, second) != year + 1:
        raise ValueError("not a financial year")
    months = 3 + period  # April is month 4
    return _month(year + (months - 1) // 12, (months - 1) % 12 + 1, end)


def _year_quarter(g: tuple[Any, ...], end: bool) -> date:
    """'2025-Q3' (calendar), '2025/26 Q3' or 'FY25/26 Q3' (financial: a year after FY needs
    the pair when it is two digits)."""
    fy_year, year, second, q = g
    if fy_year is not None and second is None and len(fy_year) == 2:
        raise ValueError("a two-digit year names no quarter alone")
    return _quarter(int(q), _year(fy_year or year), second, end)


def _academic_year(first: int, second: str, end: bool) -> date:
    """'academic year 2025/26' -> 2026-07-31 (or 2025-09-01)."""
    if _second_year(first, second) != first + 1:
        raise ValueError("not a school year")
    last = _TERMS["summer"][1]
    return _month_end(first + 1, last) if end else date(first, _TERMS["autumn"][0], 1)


def _season(name: str, year: int, end: bool) -> date:
    return _span(_SEASONS[name.lower()], year, end)


def _term(name: str, year: int, second: str | None, end: bool) -> date:
    """A school term of a calendar year, or of a school year 'YYYY/YY' (autumn in the first
    year, spring and summer in the second)."""
    if second is not None:
        if _second_year(year, second) != year + 1:
            raise ValueError("not a school year")
        if name.lower() in _WORDS["school_year_second"]:
            year += 1
    return _span(_TERMS[name.lower()], year, end)


def _half_term(g: tuple[Any, ...], end: bool) -> date:
    """'Spring 1 2026' -> 2026-02-28: a half term of a calendar year, or of a school year
    'YYYY/YY' (spring and summer in its second year), ends with its last month."""
    name, half, year, second = g
    first = int(year)
    if second is not None:
        if _second_year(first, second) != first + 1:
            raise ValueError("not a school year")
        if name.lower() in _WORDS["school_year_second"]:
            first += 1
    return _span(_HALF_TERMS[name.lower()][int(half) - 1], first, end)


def _span(months: tuple[int, int], year: int, end: bool) -> date:
    """The first day of the first month, or the last day of the last (past 12: next year)."""
    first, last = months
    if not end:
        return date(year, first, 1)
    return _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)


def _half(half: int, year: int, second: str | None, end: bool) -> date:
    """H1/H2 of a financial year 'YYYY/YY' (April-September, October-March) or of a calendar
    year (January-June, July-December)."""
    if second is not None:
        if _second_year(year, second) != year + 1:
            raise ValueError("not a financial year")
        first = date(year, 4, 1) if half == 1 else date(year, 10, 1)
    else:
        first = date(year, 1, 1) if half == 1 else date(year, 7, 1)
    if not end:
        return first
    last_month = first.month + 5
    return _month_end(first.year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)


def _year_half(g: tuple[Any, ...], end: bool) -> date:
    """'2025/26 H1', 'FY25/26 H2' (financial: a year after FY needs the pair when it is two
    digits) or '2026 H1' (calendar): the half as _half reads it with the year written first."""
    fy_year, year, second, half = g
    if fy_year is not None and second is None and len(fy_year) == 2:
        raise ValueError("a two-digit year names no half alone")
    return _half(int(half), _year(fy_year or year), second, end)


def _second_year(first: int, second: str) -> int:
    return int(second) if len(second) == 4 else (first // 100) * 100 + int(second)


def _runs_on(first: int, second: str) -> bool:
    """'2011-12' names the financial year 2011/12 (its years run on), not December 2011."""
    return _second_year(first, second) == first + 1


def _financial_year(first: int, second: str, end: bool) -> date:
    """'2025/26' -> 2026-03-31 (or 2025-04-01); not a financial year unless the years run on."""
    nxt = _second_year(first, second)
    if nxt != first + 1:
        raise ValueError("not a financial year")
    return date(nxt, 3, 31) if end else date(first, 4, 1)


_START_ONLY = re.compile(rf"\b(?:{_alternation(_WORDS['start_only'])})\s*$", re.I)
# 'before April 2026': the word that ends a due date the day before the date after it
_BEFORE = re.compile(rf"\b(?:{_alternation(_WORDS['before'])})\s+(?:the\s+)?", re.I)


def parse_due(
    text: str | None,
    *,
    after: date | None = None,
    month_first: bool = False,
    month_one: date | None = None,
) -> date | None:
    """A due date: the end of the last period named, None for open-ended or start-only text.

    month_one: the plan's printed 'Month 1' (find_month_one); with it 'Month 6' is read
    (parse_plan_month), without it a plan month is no date.

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
    if spans and all(
        _START_ONLY.search(text[:start]) and not _WEEK_OF.search(text[:start]) for start in spans
    ):  # 'week commencing 3 March' names a week, not a start
        return None
    found = parse_date(text, month_first=month_first)
    if found is not None:
        return _day_before(text, found, month_first) or found
    if month_one is not None and names_plan_month(text):
        return parse_plan_month(text, month_one)
    if after is not None:
        return _next_end(text, after)
    return None


def _day_before(text: str, found: date, month_first: bool) -> date | None:
    """'before April 2026', 'prior to Q3 2025/26': due the last day before the period the last
    date names begins (2026-03-31; 2025-09-30); None where no such word stands right before it.
    'by' and 'no later than' include the period, as any other due date does."""
    words = list(_BEFORE.finditer(text))
    if not words:
        return None
    rest = text[words[-1].end() :]
    if 0 not in _dated_spans(rest) and not _YEAR.match(rest):
        return None  # 'before the panel meets in May': the date is not what 'before' names
    if _all_dates(rest, end_of_period=True, default_year=None, month_first=month_first) != [found]:
        return None  # a later date follows ('before April or by June 2026'): that one is due
    start = parse_date(rest, end_of_period=False, month_first=month_first)
    return start - timedelta(days=1) if start is not None else None


# a day and month with no year: '14 March', '14th of March', 'March 14th' (the month first
# only with an ordinal: 'March 14' is March 2014, as 'Sept 19' is September 2019)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![\w'’])", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)\b", re.I)


def _next_day(text: str, after: date) -> date | None | bool:
    """A day and month with no year ('by 14th March'): that day, the first on or after `after`
    (the week's last day after 'w/c'); False where no day and month are named, None where the
    month has no such day ('30 February': impossible as written, no date)."""
    m = _DAY_MONTH.search(text)
    day, name = (m.group(1), m.group(2)) if m else (None, None)
    if m is None and (m := _MONTH_DAY.search(text)) is not None:
        name, day = m.group(1), m.group(2)
    if m is None or day is None or name is None:
        return False
    month = MONTHS[name.lower().rstrip(".")]
    week = timedelta(days=6) if _WEEK_OF.search(text[: m.start()]) else timedelta(0)
    for year in (after.year, after.year + 1):
        with contextlib.suppress(ValueError):
            found = date(year, month, int(day))
            if found >= after:
                return found + week
    return None


def _next_end(text: str, after: date) -> date | None:
    """A month, season or term with no year ('by end of May', 'Summer term'): the first end of
    it on or after `after`; a day named with its month ('by 14 March') is that day."""
    day = _next_day(text, after)
    if day is not False:
        return day if isinstance(day, date) else None
    last: int | None = None
    month_only = _MONTH_ONLY.search(text)
    if month_only:
        name = month_only.group(1)
        last = MONTHS[name.lower()]
        if _MID_MONTH.search(text[: month_only.start()]):
            year = after.year if date(after.year, last, _MID_DAY) >= after else after.year + 1
            return _month_or_mid(year, name, True, text[: month_only.start()])
    else:
        season = _SEASON_ONLY.search(text)
        if season is not None:
            name = season.group(1).lower()
            table = _TERMS if season.group(2) and name in _TERMS else _SEASONS
            if name in table:
                last = (table[name][1] - 1) % 12 + 1
    if last is None:
        return None
    year = after.year if _month_end(after.year, last) >= after else after.year + 1
    return _month_end(year, last)


@functools.lru_cache(maxsize=8192)  # pure; 26 patterns run over a text asked again and again
def _dated_spans(text: str) -> tuple[int, ...]:
    """Start offsets of the dates named in text (any of the forms parse_date reads)."""
    starts = []
    patterns: tuple[re.Pattern[str], ...] = (_WORD_DAY_OF, _WORD_MONTH_DAY, _WORD_DAY_MONTH, _ISO, _ROMAN_DMY, _ROMAN_MY, _YMD, _YMD_WORD, _YMD_MARKED, _DMY, _DMY_DASH, _DMY_SLASH, _MDY, _NUMERIC, _NUMERIC_DASH, _NUMERIC_MY, _YM_WORD, _ISO_MONTH, _HALF, _YEAR_HALF, _ACADEMIC, _YEAR_ACADEMIC, _FY, _FINANCE_PERIOD, _YEAR_QUARTER, _HALF_TERM, _TERM,
                _QUARTER, _FIN_YEAR, _SEASON, _MY)  # fmt: skip
    if "." in text:  # '30.Jun.2027': scanned only where a stop is printed (a hot path)
        patterns = (*patterns, _DMY_STOP)
    if "-" in text or "/" in text:  # 'Jun-30-2027': likewise where a joint is printed
        patterns = (*patterns, _MDY_DASH)
    for pattern in patterns:
        starts += [m.start() for m in pattern.finditer(text)]
    return tuple(sorted(set(starts)))


def names_date(text: str) -> bool:
    """Whether text names a date anywhere in it, in a form parse_date reads but a bare year
    ('... Surveyed by R. Hale, XII.2026', 'did not last Saturday 28 February 2026 · ...'): a
    sentence naming one may be a date with words run into it; one naming none never is."""
    return bool(_dated_spans(" ".join(text.split())))


# the forms a date may open a text with (opens_with_date): every form parse_date reads but a
# bare year, which alone is a count or a label's number as often as a date
_OPENING_FORMS = (_WORD_DAY_OF, _WORD_MONTH_DAY, _WORD_DAY_MONTH, _ISO, _ROMAN_DMY, _ROMAN_MY, _WEEK_NUMBER, _YEAR_WEEK, _YMD, _YMD_WORD, _YMD_MARKED, _DMY, _DMY_DASH, _DMY_SLASH, _DMY_STOP, _MDY_DASH, _MDY, _NUMERIC, _NUMERIC_DASH, _NUMERIC_MY, _YM_WORD, _ISO_MONTH, _HALF, _YEAR_HALF, _ACADEMIC, _YEAR_ACADEMIC, _FY, _FINANCE_PERIOD, _YEAR_QUARTER, _HALF_TERM, _TERM,
                  _QUARTER, _FIN_YEAR, _SEASON, _MY)  # fmt: skip


def opens_with_date(text: str) -> bool:
    """Whether text opens with a date: any form parse_date reads ('14/03/2027', '31-Mar-27',
    '2027-03', 'Q3 2026/27', 'Spring 2027'), in either order of day and month ('03/14/2027' is
    a day where a plan writes its month first), or a day and month with no year ('31 January',
    '14th of March', as a narrow column wraps the year to the next line). Not a number alone,
    nor a bare year, nor a ref in figures ('1.2.3', '10.1.1'): for a reader asking whether a
    value's opening words are a date (a field's value after its label) of the one normaliser
    rather than a date shape of its own."""
    text = " ".join(text.split())
    for pattern in _OPENING_FORMS:
        m = pattern.match(text)
        if m is not None and (
            parse_date(m.group(0)) is not None or parse_date(m.group(0), month_first=True)
        ):
            return True
    m = _DAY_MONTH.match(text)
    if m is None:
        return False
    try:  # a leap year, so that '29 February' is a day
        date(2000, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
    except (ValueError, KeyError):
        return False
    return True


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
    # a day in words ('the fourteenth of March 2026'), matched as printed so that its start is
    # where it stands in text: else its month and year alone would be read, a month's precision
    for pattern, places in _WORD_DAY_FORMS:
        forms.append((pattern, functools.partial(_word_groups, places=places), "day"))
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


# a plan timed in its own months: 'Month 6', 'Months 4-6', 'Month 4 to Month 6' (the last one
# named is when it is due); 'Month 1 is September 2025' printed once says where they start
_PLAN_MONTH_WORD = rf"(?:{_alternation(_WORDS['plan_month'])})"
_PLAN_MONTH = re.compile(
    rf"\b{_PLAN_MONTH_WORD}\s+(\d{{1,2}})\b(?:\s*(?:-|–|—|to|and)\s*(?:{_PLAN_MONTH_WORD}\s+)?(\d{{1,2}})\b)?",
    re.I,
)
_MONTH_ONE = re.compile(
    rf"\b{_PLAN_MONTH_WORD}\s*(?:1|one)\b\s*\(?\s*(?:(?:{_alternation(_WORDS['month_one_links'])})\s*)?"
    rf"(?:the\s+month\s+of\s+)?{_MONTH}\s*,?\s*((?:19|20)\d{{2}})\b",
    re.I,
)


def find_month_one(text: str) -> date | None:
    """The calendar month a plan calls 'Month 1' (its first day), from the plan's own words
    ('Timings are given in plan months: Month 1 is September 2025.'), or None where it prints
    none. A plan timed in 'Month n' is only datable against this anchor, so the anchor is read
    from the text, never guessed from the plan's date."""
    m = _MONTH_ONE.search(" ".join(text.split()))
    if m is None:
        return None
    return date(int(m.group(2)), MONTHS[m.group(1).lower()], 1)


def names_plan_month(text: str | None) -> bool:
    """Whether a due cell is timed in plan months ('Month 6', 'by Months 4-6'): a date that
    needs the plan's Month 1 (find_month_one) to be read, not an unreadable one."""
    return text is not None and _PLAN_MONTH.search(text) is not None


def parse_plan_month(text: str | None, month_one: date) -> date | None:
    """'Month 6' with Month 1 = September 2025 -> 2026-02-28: the last day of the last plan
    month named (a due date is the end of what is named); None where no plan month is named or
    it names month 0."""
    if not text:
        return None
    found = list(_PLAN_MONTH.finditer(" ".join(text.split())))
    if not found:
        return None
    last = found[-1]
    n = int(last.group(2) or last.group(1))
    if n < 1:
        return None
    i = month_one.month - 1 + n - 1
    return _month_end(month_one.year + i // 12, i % 12 + 1)


# a plan timed from its own start day: 'Week 12', 'Day 45' (counted from Day 0), 'Within 6 weeks',
# '+90 days'; the start printed once beside a label ('Day 0 (plan start) 9 October 2026')
_OFFSET_UNITS: dict[str, int] = _WORDS["plan_offset_units"]
_UNIT = rf"(?:{_alternation(_OFFSET_UNITS)})"
_PLAN_OFFSET = re.compile(
    rf"(?<![\w+])(?:{_alternation(_WORDS['plan_offset_within'])})\s+(\d{{1,3}})\s*({_UNIT})\b"
    rf"|(?<!\w)\+\s*(\d{{1,4}})\s*({_UNIT})\b"
    rf"|\b({_UNIT})\s+(\d{{1,3}})\b(?!\s*[/,-]?\s*(?:of\s+)?(?:19|20)\d{{2}})",
    re.I,
)
_OFFSET_LEAD_INS = frozenset(_WORDS["plan_offset_lead_ins"])
_PLAN_START = re.compile(rf"\b(?:{_alternation(_WORDS['plan_start_labels'])})(?!\w)", re.I)
_START_REACH = 48  # characters after a start label in which its date must stand


def find_plan_start(text: str) -> date | None:
    """The day a plan counts its timescales from, printed beside its label ('Day 0 (plan start)
    Saturday 25 January 2025', 'Timescales run from: 9 October 2026'), or None where it prints
    none. Only a full day counts: a month alone is find_month_one's anchor, and a title that
    names the label with no date beside it ('timescales from Day 0') is no anchor."""
    text = " ".join(text.split())
    for m in _PLAN_START.finditer(text):
        after = text[m.end() : m.end() + _START_REACH]
        days = [x for x in dated_mentions(after) if x.precision == "day"]
        if days and not _PLAN_START.search(after[: days[0].start]):
            return days[0].day
    return None


def names_plan_time(text: str | None) -> bool:
    """Whether a due cell is timed from the plan's own start ('Month 6', 'Week 12', 'Within 6
    weeks', '+90 days'): a date that needs the plan's printed start (find_plan_start, or
    find_month_one for plan months) to be read."""
    if text is None:
        return False
    return names_plan_month(text) or (parse_date(text) is None and _plan_offset(text) is not None)


def _plan_offset(text: str) -> re.Match[str] | None:
    """The timescale a cell is, not one inside a sentence or a measure's name ('Visits within
    10 days' is an indicator): nothing but a lead-in word ('by') beside it."""
    text = " ".join(text.split())
    m = _PLAN_OFFSET.search(text)
    if m is None:
        return None
    rest = (text[: m.start()] + " " + text[m.end() :]).lower().split()
    return m if all(w.strip(".,;:()") in _OFFSET_LEAD_INS for w in rest) else None


def parse_plan_time(
    text: str | None, *, start: date | None = None, month_one: date | None = None
) -> date | None:
    """A due date timed from the plan's start: plan months from month_one (else the start's
    month as Month 1), weeks and days counted from the start day ('Week 53' and 'Within 53
    weeks' are 371 days after it, '+90 days' 90). None where the anchor it needs is missing."""
    if not text:
        return None
    one = month_one or (start.replace(day=1) if start else None)
    if names_plan_month(text):
        return parse_plan_month(text, one) if one else None
    m = _plan_offset(text)
    if m is None or start is None:
        return None
    g = m.groups()
    n, unit = (g[0], g[1]) if g[0] else (g[2], g[3]) if g[2] else (g[5], g[4])
    days = _OFFSET_UNITS[unit.lower()] * int(n)
    return start + timedelta(days=days)


def written_month_first(raws: Iterable[str]) -> bool:
    """Whether a plan's numeric dates are written month first ('10/31/2025', as a US-set project
    tool exports them), from the dates themselves: some can only be month first (a second
    number over 12) and none can only be day first (a first number over 12).

    One such date settles the plan's order, as a reader would settle it; a layout profile's
    date_order says the same where a plan's dates never show it.
    """
    month_only = day_only = False
    for raw in raws:
        for m in _NUMERIC.finditer(" ".join((raw or "").split())):
            first, second = int(m.group(1)), int(m.group(2))
            month_only |= first <= 12 < second <= 31
            day_only |= second <= 12 < first <= 31
    return month_only and not day_only


_COMPACT = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(\d{2})?")


def compact_date(text: str) -> date | None:
    """A system export's undivided date field: 'yyyymmdd' that day, 'yyyymm' its month's end.

    Only for a field already known to be a date (its column names one): elsewhere eight or six
    digits are ids or figures, so parse_date never reads them.
    """
    m = _COMPACT.fullmatch(text.strip())
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if m.group(3) is None:
        return _month_end(year, month)
    try:
        return date(year, month, int(m.group(3)))
    except ValueError:
        return None


_SERIALS: dict[str, Any] = _WORDS["excel_serials"]
_SERIAL_EPOCH = date.fromisoformat(_SERIALS["epoch"])
_SERIAL = re.compile(r"\d{5}(?:\.0+)?")  # 'General' prints the count bare; openpyxl as a float
_SERIAL_MIN_CELLS = 2  # one such figure alone is an id or a count, never a column of dates


def excel_serial(text: str) -> date | None:
    """A spreadsheet date cell printed unformatted: Excel's day count ('46568', 30 June 2027).

    Only for a field already known to be a date (a column of them: serial_column): elsewhere a
    five-digit figure is a count, an id or a KPI value (a baseline of 45000 is no date), so
    parse_date never reads one.
    """
    clean = text.strip()
    if _SERIAL.fullmatch(clean) is None:
        return None
    days = int(float(clean))
    if not _SERIALS["first"] <= days <= _SERIALS["last"]:
        return None
    return _SERIAL_EPOCH + timedelta(days=days)


def serial_column(texts: Iterable[str]) -> bool:
    """Whether a column's cells are a spreadsheet's unformatted date cells (an export's
    'opened' and 'due' columns: '46100', '46287'): two or more, most of the filled cells
    (share) bare day counts in the plausible range, all of them within a plan's horizon
    (span_days) of each other. A column of figures this large (populations, budgets) spreads
    wider or mixes in other forms ('45,000', '12%'); the caller keeps a column a header names a
    figure ('Baseline') a column of figures whatever its cells.
    """
    filled = [t for t in texts if t.strip()]
    days = [d for d in (excel_serial(t) for t in filled) if d is not None]
    if len(days) < _SERIAL_MIN_CELLS or len(days) < _SERIALS["share"] * len(filled):
        return False
    return (max(days) - min(days)).days <= _SERIALS["span_days"]
