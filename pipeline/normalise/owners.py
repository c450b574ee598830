"""The one owner normaliser: a 'Who' / 'Lead officer' cell -> the owner as a person reads it."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"^\s*(tbc|tbd|n/?a|-+|–|—|none|to be confirmed|\?)\s*$", re.I)


def normalise_owner(raw: str | None) -> str | None:
    """Whitespace collapsed, trailing separators dropped, placeholders ('tbc', '-') as None."""
    if raw is None:
        return None
    text = " ".join(raw.split()).strip(" ;,/")
    if not text or _PLACEHOLDER.match(text):
        return None
    return text


def owner_key(owner: str) -> str:
    """A comparison key: case and punctuation folded, so 'Head of Service (CiC)' == 'head of service cic'."""
    return re.sub(r"[^a-z0-9]+", " ", owner.lower()).strip()
