"""A record's edit stamp: who last changed the page and when, printed under its title.

A team wiki, an intranet or a document library exported to PDF prints under each record's
heading a small line saying who changed it last: 'Last edited by Sam Okafor on Apr 18, 2026',
'Updated by J. Patel, 3 May 2026', 'Created by Web Team · 2 Feb 2026'. The person is an editor
and the date an edit date: neither is the action's owner nor when it is due, and the line is no
part of the action's text. It stands between the record's title and its fields, so a reader
that takes the title from just above the fields looks past it.

A stamp is a short line: an editing verb (data/edit_stamps.json), perhaps after 'Last', then
'by', a name, and a date that ends the line after 'on', 'at', a comma or a dot. The verb list is
data: a tool that prints 'Saved by' or 'Revised by' is read by adding its word there.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from plantrace.pipeline.normalise.dates import parse_date

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/edit_stamps.json").read_text("utf-8")
)
_VERBS = "|".join(re.escape(v) for v in _DATA["verbs"])
_OPENERS = "|".join(re.escape(v) for v in _DATA["openers"])
_STAMP = re.compile(
    rf"^(?:(?:{_OPENERS})\s+){{0,2}}(?:{_VERBS})\s+by\s+(?P<who>[^\d·•|,]{{2,60}}?)"
    r"\s*(?:\bon\b|\bat\b|,|·|•|\|)\s*(?P<when>.*\d.*)$",
    re.IGNORECASE,
)
MAX_WORDS = 16  # a stamp is one short line; a longer one is a sentence that says more


def is_edit_stamp(text: str) -> bool:
    """Whether a line is a page's edit stamp: an editing verb, by whom, and a date it ends with
    ('Last edited by Sam Okafor on Apr 18, 2026'); a sentence that goes on after the date, or
    whose date does not read as one, is not."""
    flat = " ".join(text.split())
    if not flat or len(flat.split()) > MAX_WORDS:
        return False
    m = _STAMP.match(flat)
    return m is not None and parse_date(m.group("when")) is not None
