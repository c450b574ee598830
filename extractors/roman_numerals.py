"""Roman numerals as a list keys its items ('(iii)', 'iv)'): one reader for the recommendation
lists, the Rec columns that link to them and the column roles that tell such a column apart.

The bracket is the sign: a bare 'i', 'vi' or 'civil' may be a word, a lone 'C' or 'L' a code,
and only i, v and x are read (a plan's list runs well under 40), so a lettered list's '(c)' is
no numeral."""

from __future__ import annotations

import re

# a roman numeral in brackets in running text ('see (iii)'), one case throughout
ROMAN_TOKEN = re.compile(r"\(\s*([ivx]{1,6}|[IVX]{1,6})\s*\)")
# a cell that is one numeral as a list labels it: '(iii)', 'iii)'
_ROMAN_KEY = re.compile(r"\s*\(?\s*([ivx]{1,6}|[IVX]{1,6})\s*\)\s*")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def roman_value(raw: str) -> int | None:
    """The number a roman numeral writes (1 to 39), None where the letters write none in the
    usual form ('iiii', 'vx')."""
    low = raw.lower()
    if not low or any(c not in _ROMAN_VALUES for c in low):
        return None
    total = 0
    for k, c in enumerate(low):
        v = _ROMAN_VALUES[c]
        nxt = _ROMAN_VALUES[low[k + 1]] if k + 1 < len(low) else 0
        total += -v if v < nxt else v
    return total if 0 < total < 40 and _roman(total) == low else None


def _roman(n: int) -> str:
    out = "x" * (n // 10)
    return out + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][n % 10]


def roman_key(text: str) -> int | None:
    """The number a cell keys in roman numerals ('(iii)', 'iv)' -> 3, 4), None for anything
    else: a bare word ('civil', 'ill'), a letter code ('C', '(c)'), a numeral written wrong."""
    m = _ROMAN_KEY.fullmatch(text)
    return roman_value(m.group(1)) if m is not None else None


def roman_tokens(text: str) -> list[int]:
    """The numbers the bracketed numerals in a text write ('(ii), (iii)' -> [2, 3])."""
    found = (roman_value(m.group(1)) for m in ROMAN_TOKEN.finditer(text))
    return [v for v in found if v is not None]
