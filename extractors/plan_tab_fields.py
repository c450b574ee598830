"""Who and when printed at a right tab stop after an action's text, in a numbered list.

A word processor's plan written as a numbered list sets each action's lead and due date in a
right-aligned tab column at the end of the action's last line ('2.1<tab>Track the timeliness
...<tab>Tom Ellery | 30 June 2027', often in italics, under a column-title line 'Actions ...
Lead | Due'). The print shows the tab as a wide gap before the fields; when the text fills the
line the fields follow it closely or run onto a line of their own (right-aligned), and where the
line breaks inside them ('... social workers Leon' / 'Fairweather | 31 January 2026') the gap is
gone. So the fields are found at the END of the paragraph's text, as a run that the owner
normaliser splits into an owner and a date the date normaliser reads, and where the run starts
is told by the layout when it can be (a gap wider than a tab's, a line set right of the text's
left edge) and else by the text, only where a bar parts owner and date (the 'Lead | Due' form
of a tab column; a sentence closing '... in Leeds, March 2025' is no fields): the owner is a
name or a post, its words capitalised ('Joseph Mensah', 'Head of Service'), a run a lower-case
word of the action's text ends (a word glued to it with no space, 'doctorFatima', is two
words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.owners import split_owner_due

TAB_GAP = 1.5  # font sizes: a gap between words this wide is a tab, not a space
_RIGHT_SET = 4.0  # font sizes: a wrapped line starting this far right of the text is right-set
_OWNER_WORDS = 8  # an owner is a name or a post: 'Service Manager, Fostering'
_FIELD_WORDS = 14  # the tab run at most: the owner's words and a date's
_DATE_WORDS = 4  # a date alone at the tab: '30 September 2026', 'Q3 2026/27', 'end of March 2027'
# words that join a post's capitalised words ('Head of Service', 'Lead for SEND & Inclusion')
_JOINERS = frozenset({"of", "and", "&", "for", "the", "in", "to", "-", "–", "/"})
_TOKEN = re.compile(r"\S+")
# a lower-case word glued to a capitalised one with no space ('doctorFatima'): two runs of
# print set edge to edge, the text's last word and the owner's first
_GLUED = re.compile(r"^(?P<head>[a-z][a-z'’-]*[a-z])(?P<tail>[A-Z][a-z].*)$")


class TabFields(NamedTuple):
    """The fields set at the paragraph's right tab: where they start in its text, the owner
    and the due as printed, and where each starts."""

    start: int
    owner: str | None  # None: the tab holds the due date alone
    due: str
    owner_at: int
    due_at: int


def tab_fields(body: str, lines: Sequence[Line], ref_words: int = 1) -> TabFields | None:
    """The owner and due date closing a numbered paragraph's text `body` (after its number),
    set at a right tab: where the layout of its `lines` marks the run's start (a tab's gap, a
    right-set line), else the run of capitalised words before the date. None when the text
    closes with no owner and date. `ref_words`: the words of the number opening the first
    line (its gap to the text is the hanging indent's tab, not the fields')."""
    spans = _spans(body)
    if not spans:
        return None
    marked = _marked_start(lines, ref_words)
    if marked is not None and 0 < len(spans) - marked < len(spans):
        found = _read_from(body, spans, len(spans) - marked) or _date_alone(
            body, spans[len(spans) - marked][0]
        )
        if found is not None:
            return found
    for k in range(max(1, len(spans) - _FIELD_WORDS), len(spans)):
        found = _read_from(body, spans, k)
        if found is not None and _name_like(found.owner or "") and _barred(body, found):
            return found
    return None


def _date_alone(body: str, start: int) -> TabFields | None:
    """The due date alone at the tab ('... attachment <tab> 30 September 2026', under a 'Due'
    column title): a few words the date normaliser reads, with text left before them."""
    run = body[start:].strip()
    if len(run.split()) > _DATE_WORDS or parse_due(run) is None:
        return None
    if not body[:start].strip(" \t.;,:|(–—-"):
        return None
    return TabFields(start, None, run, start, start)


def _barred(body: str, found: TabFields) -> bool:
    """Whether a bar parts the owner from the date ('Tom Ellery | 30 June 2027'), the form of a
    'Lead | Due' tab column: with no gap to show the tab, a comma or a 'by' closing a sentence
    ('... published in Leeds, March 2025') is no evidence of fields."""
    return body[found.start + len(found.owner or "") : found.due_at].strip() == "|"


def _spans(body: str) -> list[tuple[int, int]]:
    """Each word's (start, end) in the body, a glued pair ('doctorFatima') as two words."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(body):
        glued = _GLUED.match(m.group())
        if glued is not None:
            cut = m.start() + glued.end("head")
            out += [(m.start(), cut), (cut, m.end())]
        else:
            out.append(m.span())
    return out


def _read_from(body: str, spans: Sequence[tuple[int, int]], k: int) -> TabFields | None:
    """The fields when the tab run starts at word k: the owner normaliser splits it into an
    owner of a few words and a date, and text is left before it."""
    start = spans[k][0]
    run = body[start:]
    split = split_owner_due(run)
    if split is None or not body[:start].strip(" \t.;,:|(–—-"):
        return None
    if len(split.owner.split()) > _OWNER_WORDS or parse_due(split.due_raw) is None:
        return None
    if parse_due(split.owner) is not None or not run.startswith(split.owner):
        return None
    due_at = start + max(0, run.rfind(split.due_raw))
    return TabFields(start, split.owner, split.due_raw, start, due_at)


def _name_like(owner: str) -> bool:
    """A name or a post: its first word capitalised, the others capitalised or joiners."""
    words = owner.split()
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _JOINERS for w in words)


def _marked_start(lines: Sequence[Line], ref_words: int) -> int | None:
    """How many words from the paragraph's end the tab run holds, where the layout shows
    where it starts: the last gap wider than a tab's between two words, or the last wrapped
    line set right of the text's left edge (a run on a line of its own); None where neither."""
    if not lines:
        return None
    head = lines[0].words
    edge = min(
        [head[ref_words].x0 if len(head) > ref_words else lines[0].x0, *(ln.x0 for ln in lines[1:])]
    )
    after = 0  # words on the lines below the one looked at
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        words = line.words
        texts = line.text.split()
        if k and line.x0 > edge + _RIGHT_SET * line.font_size:
            return after + len(texts)
        if len(words) == len(texts):
            first = ref_words if k == 0 else 0
            for i in range(len(words) - 1, first, -1):
                if words[i].x0 - words[i - 1].x1 > TAB_GAP * line.font_size:
                    return after + len(words) - i
        after += len(texts)
    return None
