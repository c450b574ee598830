"""Excel number formats: a cell's value written as Excel shows it.

A plan's reader sees what Excel draws, not the stored number: '0.0" per 10,000"' shows 43.5 as
'43.5 per 10,000', '0" days"' shows 231 as '231 days', 'MM.YYYY' shows a date as '03.2027' and
'D MMM YYYY' as '31 Mar 2027'. The unit written by the format is part of the figure (a KPI value
without it loses its unit), and a date shown as its print shows it reads the same both ways.

A date is only shown in its format's words when reading those words back gives the same due
date as the real one (pipeline/normalise/dates.parse_due): a month-first format ('mm/dd/yyyy'),
whose words a reader would take day first, is written so no order has to be guessed
('31 March 2027'), the real date kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from plantrace.pipeline.normalise.dates import parse_due

_DECIMALS = re.compile(r"0\.(0+)")
_DIGITS = re.compile(r"[0#?]")
# one piece of a format: a quoted literal, an escaped character, a bracket tag, a '_x' padding,
# a '*x' fill, a run of one date letter, AM/PM, or any other character (shown as it is)
_PIECE = re.compile(
    r'"(?P<quoted>[^"]*)"|\\(?P<escaped>.)|\[(?P<tag>[^\]]*)\]|_(?P<pad>.)|\*(?P<fill>.)'
    r"|(?P<ampm>AM/PM|A/P)|(?P<run>y+|m+|d+|h+|s+|e+)|(?P<char>.)",
    re.IGNORECASE | re.DOTALL,
)


def section(fmt: str, value: float | None = None) -> str:
    """The format's section that draws this value: 'pos;neg;zero;text' (no condition tags)."""
    parts = _split(fmt)
    if value is None or len(parts) == 1:
        return parts[0]
    if value < 0 and len(parts) >= 2:
        return parts[1]
    if value == 0 and len(parts) >= 3:
        return parts[2]
    return parts[0]


def _split(fmt: str) -> list[str]:
    """Sections apart on ';' outside quotes."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _literal(text: str) -> str:
    """What a stretch of a format outside its digits shows: literals, currency tags, signs."""
    out: list[str] = []
    for m in _PIECE.finditer(text):
        if m.group("quoted") is not None:
            out.append(m.group("quoted"))
        elif m.group("escaped") is not None:
            out.append(m.group("escaped"))
        elif m.group("tag") is not None:
            tag = m.group("tag")
            if tag.startswith("$"):  # [$£-809]: the currency symbol, its locale dropped
                out.append(tag[1:].split("-")[0])
        elif m.group("pad") is not None:
            out.append(" ")
        elif m.group("fill") is not None:
            continue
        else:
            out.append(m.group(0))
    return "".join(out)


def number_text(value: float, fmt: str) -> str:
    """The number as its format shows it: percent, decimals, thousands, its literal text."""
    shown = section(fmt, value)
    explicit_negative = value < 0 and len(_split(fmt)) >= 2  # the section writes its own sign
    stripped = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", shown)
    digits = [m.start() for m in _DIGITS.finditer(_mask(shown))]
    if not digits or shown.strip().lower() == "general" or re.search(r"[eE][+-]|/", stripped):
        return _plain(value)  # no digit places, or scientific and fraction forms: the number
    prefix, body, suffix = (
        shown[: digits[0]],
        shown[digits[0] : digits[-1] + 1],
        shown[digits[-1] + 1 :],
    )
    m = _DECIMALS.search(body)
    decimals = len(m.group(1)) if m else 0
    # in decimal, so 0.725 at '0%' is 73% and 5.25 at '0.0' is 5.3, as Excel rounds (half away
    # from zero); Python's float formatting rounds half to even
    exact = Decimal(repr(abs(value) if explicit_negative else value))
    if "%" in stripped:
        exact *= 100
    exact = exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    core = f"{exact:,.{decimals}f}" if "," in body else f"{exact:.{decimals}f}"
    if core.startswith("-"):  # the sign goes before the prefix ('-£5'), as Excel draws it
        return "-" + _literal(prefix) + core[1:] + _literal(suffix)
    return (_literal(prefix) + core + _literal(suffix)).strip()


def _mask(fmt: str) -> str:
    """The format with its literals blanked out (same length), so digit places are found."""
    return re.sub(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.', lambda m: " " * len(m.group(0)), fmt)


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.10g}"


def date_text(value: date, fmt: str) -> str:
    """The date as its format shows it when that reads back as the same due date, else written
    so no day/month order has to be guessed ('31 March 2027', or 'March 2027' with no day)."""
    shown = section(fmt)
    letters = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", shown).lower()
    has_day = "d" in letters or fmt == "General"
    plain = f"{value.day} {value:%B %Y}" if has_day else f"{value:%B %Y}"
    if fmt == "General" or "y" not in letters:
        return plain
    drawn = _draw(value, shown)
    if drawn and parse_due(drawn) == parse_due(plain):
        return drawn
    return plain


def _draw(value: date, fmt: str) -> str:
    """The date drawn by the format's letters: y, m (month, or minutes beside h/s), d, h, s."""
    pieces = list(_PIECE.finditer(fmt))
    runs = [(i, m.group("run").lower()) for i, m in enumerate(pieces) if m.group("run")]
    minutes: set[int] = set()
    for k, (i, run) in enumerate(runs):  # an m run right after an h run or before an s run
        if run[0] != "m":
            continue
        before = runs[k - 1][1][0] if k > 0 else ""
        after = runs[k + 1][1][0] if k + 1 < len(runs) else ""
        if before == "h" or after == "s":
            minutes.add(i)
    stamp = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    out: list[str] = []
    for i, m in enumerate(pieces):
        run = m.group("run")
        if run is None:
            if m.group("ampm"):
                out.append(stamp.strftime("%p"))
            else:
                out.append(_literal(m.group(0)))
            continue
        run = run.lower()
        n = len(run)
        if run[0] == "y":
            out.append(f"{stamp.year % 100:02d}" if n <= 2 else f"{stamp.year}")
        elif run[0] == "m" and i in minutes:
            out.append(f"{stamp.minute:02d}" if n >= 2 else str(stamp.minute))
        elif run[0] == "m":
            out.append(
                str(stamp.month) if n == 1 else f"{stamp.month:02d}" if n == 2
                else stamp.strftime("%b") if n == 3 else stamp.strftime("%B") if n == 4
                else stamp.strftime("%B")[0]
            )  # fmt: skip
        elif run[0] == "d":
            out.append(
                str(stamp.day) if n == 1 else f"{stamp.day:02d}" if n == 2
                else stamp.strftime("%a") if n == 3 else stamp.strftime("%A")
            )  # fmt: skip
        elif run[0] == "h":
            out.append(f"{stamp.hour:02d}" if n >= 2 else str(stamp.hour))
        elif run[0] == "s":
            out.append(f"{stamp.second:02d}" if n >= 2 else str(stamp.second))
        else:  # 'e': the era year of some locales
            out.append(str(stamp.year))
    return " ".join("".join(out).split())
