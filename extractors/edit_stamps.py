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

The editor is a person's name, every word capitalised ('Sam Okafor', 'J. Patel'), never a post
('Head of Service': the owner normaliser's post words, pipeline/normalise/data/owners.json) nor
a body ('the board'); the date names a day ('3 May 2026', 'Apr 18, 2026', '14/03/2026 09:12')
and nothing but the date follows it. 'Updated by Head of Service, March 2027' is the action's
owner and due date, a line of the card, not a stamp: a month or a quarter alone is when work is
due, a tool stamps the day it saved the page.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.normalise.dates import MONTHS, parse_date
from plantrace.pipeline.normalise.owners import POST_WORDS

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
# the day first, the editor after it ('Reviewed 3 Aug 2026 by Ottoline Sharrock'): a card's
# small note printed under its fields, as a tool stamps a review
_DAY_FIRST = re.compile(
    rf"^(?:(?:{_OPENERS})\s+){{0,2}}(?:{_VERBS})\s+(?:on\s+)?(?P<when>[^·•|]*?\d[^·•|]*?),?"
    r"\s+by\s+(?P<who>[^\d·•|,]{2,60}?)\.?$",
    re.IGNORECASE,
)
MAX_WORDS = 16  # a stamp is one short line; a longer one is a sentence that says more
_TOKEN = re.compile(r"[^\s,]+")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[a-z][a-z'’-]*")
DAY_NUMBERS = 3  # a day printed in figures: day, month and year ('14/03/2026', '2026-03-14')


def is_edit_stamp(text: str) -> bool:
    """Whether a line is a page's edit stamp: an editing verb, by whom, and a date it ends with
    ('Last edited by Sam Okafor on Apr 18, 2026'); a sentence that goes on after the date, or
    whose date does not read as one, is not; nor is a line naming a post or a body where the
    editor stands, or a month or quarter where the day stands (the owner and due date of an
    action: 'Updated by Head of Service, March 2027'). The day may come first and the editor
    after it ('Reviewed 3 Aug 2026 by Sam Okafor'), on the same terms."""
    flat = " ".join(text.split())
    if not flat or len(flat.split()) > MAX_WORDS:
        return False
    m = _STAMP.match(flat) or _DAY_FIRST.match(flat)
    if m is None or parse_date(m.group("when")) is None:
        return False
    return _person(m.group("who")) and _day_alone(m.group("when"))


def _person(who: str) -> bool:
    """A person's name as a tool prints its user: every word capitalised, no post word
    ('Head of Commissioning', 'Service Manager'), no body ('the board')."""
    words = who.split()
    if not words or any(not w[:1].isupper() for w in words):
        return False
    if any(w in POST_WORDS for w in _WORD.findall(who.lower())):
        return False
    return cell_type(who) is not CellType.body


def _day_alone(when: str) -> bool:
    """The text after the editor is a date naming its day and nothing else (a time of day may
    follow it): each word a figure or a month's name, with a day among them ('Apr 18, 2026',
    '3 May 2026', '14/03/2026 09:12'); not 'March 2027', 'Q4 2026', 'end of March 2027', nor a
    date the line goes on after ('12/03/2026 - see progress note')."""
    tokens = _TOKEN.findall(when.rstrip("."))
    months = [t for t in tokens if t.lower().rstrip(".") in MONTHS]
    if any(t not in months and not t[:1].isdigit() for t in tokens) or len(months) > 1:
        return False
    numbers = [n for t in tokens if t not in months for n in _NUMBER.findall(t.split(":")[0])]
    timed = sum(1 for t in tokens if ":" in t)
    return len(numbers) - timed >= (2 if months else DAY_NUMBERS)
