"""Printed forms of due dates, statuses, owners and KPI values, each with its gold by construction.

A due date is the END of what is printed (a month -> its last day, a quarter of a financial year
-> the last day of that quarter, a season -> the last day of its last month: spring March-May,
summer June-August, autumn September-November), the convention of tests/gold/README.md and the
date normaliser. Open-ended forms ('Ongoing', 'tbc') have no due date.
"""

from __future__ import annotations

import calendar
import random
from datetime import date

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _fin_year(d: date) -> tuple[int, int]:
    """(quarter 1-4, first calendar year) of the April-March financial year holding d."""
    first = d.year if d.month >= 4 else d.year - 1
    q = ((d.month - 4) % 12) // 3 + 1
    return q, first


def _quarter_end(q: int, first: int) -> date:
    m = 4 + 3 * (q - 1) + 2
    return month_end(first + (m - 1) // 12, (m - 1) % 12 + 1)


def due_form(form: str, d: date) -> tuple[str, date | None]:
    """The printed text for a due date in `form` and the due date it names (d is a month end)."""
    y, m = d.year, d.month
    if form == "dmy_slash":
        return f"{d.day:02d}/{m:02d}/{y}", d
    if form == "dmy_dot":
        return f"{d.day:02d}.{m:02d}.{y % 100:02d}", d
    if form == "d_month_y":
        return f"{d.day} {calendar.month_name[m]} {y}", d
    if form == "mon_y":
        return f"{MONTH_ABBR[m - 1]} {y}", d
    if form == "mon_yy":
        return f"{MONTH_ABBR[m - 1]} {y % 100:02d}", d
    if form == "month_y":
        return f"{calendar.month_name[m]} {y}", d
    if form == "mon_dash_yy":
        return f"{calendar.month_abbr[m]}-{y % 100:02d}", d
    if form in ("quarter", "end_quarter"):
        q, first = _fin_year(d)
        text = f"Q{q} {first}/{(first + 1) % 100:02d}"
        return (f"End of {text}" if form == "end_quarter" else text), _quarter_end(q, first)
    if form == "season":
        season, last = {3: ("Spring", 5), 4: ("Spring", 5), 5: ("Spring", 5), 6: ("Summer", 8),
                         7: ("Summer", 8), 8: ("Summer", 8), 9: ("Autumn", 11),
                         10: ("Autumn", 11), 11: ("Autumn", 11)}.get(m, ("", 0))  # fmt: skip
        if not season:  # winter months are ambiguous across years: print the month instead
            return f"{calendar.month_name[m]} {y}", d
        return f"{season} {y}", month_end(y, last)
    if form == "fin_year":
        _, first = _fin_year(d)
        return f"{first}/{(first + 1) % 100:02d}", date(first + 1, 3, 31)
    if form == "ongoing":
        return "Ongoing", None
    if form == "tbc":
        return "tbc", None
    if form == "by_d_mon_y":
        return f"By {d.day} {calendar.month_abbr[m]} {y}", d
    raise ValueError(form)


def draw_due(rng: random.Random, forms: tuple[str, ...], start: date) -> tuple[str, date | None]:
    months = rng.randint(2, 20)
    k = start.month - 1 + months
    d = month_end(start.year + k // 12, k % 12 + 1)
    return due_form(rng.choice(forms), d)


# status forms: printed text and gold RAG colour
STATUS_WORDS = (("On track", "green"), ("Complete", "blue"), ("Delayed", "amber"),
                ("Off track", "red"), ("At risk", "amber"), ("Not started", None),
                ("Completed", "blue"), ("Slipped", "amber"))  # fmt: skip
STATUS_COLOURS = (("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Blue", "blue"))
STATUS_LETTERS = (("G", "green"), ("A", "amber"), ("R", "red"), ("B", "blue"))
FILL = {"green": "#8fd18f", "amber": "#f7c86b", "red": "#e88080", "blue": "#8fb8e8"}


def draw_status(rng: random.Random, form: str) -> tuple[str, str | None, str | None]:
    """(printed text, gold rag, cell fill colour or None) for a status `form`."""
    if form == "words":
        text, rag = rng.choice(STATUS_WORDS)
        return text, rag, None
    if form == "colours":
        text, rag = rng.choice(STATUS_COLOURS)
        return text, rag, None
    if form == "letters":
        text, rag = rng.choice(STATUS_LETTERS)
        return text, rag, None
    if form == "letters_fill":
        text, rag = rng.choice(STATUS_LETTERS)
        return text, rag, FILL[rag]
    if form == "fill_only":
        _, rag = rng.choice(STATUS_COLOURS[:3])
        return "", rag, FILL[rag]
    raise ValueError(form)


def kpi_value(rng: random.Random, kind: str) -> tuple[str, float, str | None]:
    """A printed KPI value with its number and unit (the unit convention of the value normaliser)."""
    if kind == "pct":
        v = round(rng.uniform(8, 96), rng.choice((0, 1)))
        text = f"{v:.1f}%" if v != int(v) else f"{int(v)}%"
        return text, float(text.rstrip("%")), "%"
    if kind == "days":
        v = rng.randint(90, 620)
        return f"{v} days", float(v), "days"
    if kind == "count":
        v = rng.randint(12, 480)
        return str(v), float(v), None
    if kind == "rate":
        v = round(rng.uniform(20, 80), 1)
        return f"{v} per 10,000", v, "per 10,000"
    raise ValueError(kind)
