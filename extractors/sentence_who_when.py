"""Who and when named in the two clauses of a sentence closing an action paragraph, unlabelled.

Some plans written as prose close each numbered action paragraph with a sentence of its own
that names who does it and by when, in words of the plan's own choosing and with no label: a
clause naming the owner ('Ruth Kowalczyk is the lead', 'It is in the hands of Head of
Safeguarding', 'Service Manager, Care Leavers will see to this'), a ';' (or, in a sentence
holding none, a comma and 'and': 'Martin Hale is lead officer, and it is due in the course of
June 2027'), and a clause closing with the deadline after its 'by' ('ready by the
twenty-seventh of February 2027', 'to be finished by late March 2026') or closing with a date
after words of the sentence's own ('it is to be finished in the course of June 2027': the
date's words alone, from the first the date needs), either clause first. The owner
normaliser's lead-ins are dropped from the date ('by close of play on 8 September 2027' -> the
day).

The evidence is the sentence's shape, never its words: two clauses so parted, one closing
with ' by ' and a date the one date normaliser reads (the owner normaliser splits it, as it
splits any who and when), or with a date after lower-case words that are no date, the other
holding exactly one run of words printed as a person's name
or a post (each capitalised but for a name's small words, a comma between a post's parts) that
the caller's test of a name accepts; the clause's first word alone is its sentence's capital,
no name ('It is ...'), an acronym apart. The clause's other words are the sentence's, no part
of the owner. Pure: plan_prose reads a paragraph's who and when with it where the paragraph
names them in no other form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import NamedTuple

from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.owners import DEADLINE_AFTER, without_lead_in

# where the sentence starts: after a full stop, "!" or "?" and a space (the
# action's text ends there); the text's start where it holds no earlier sentence
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")
_WORD = re.compile(r"[^\s,]+,?")
_CLAUSE_WORDS = 16  # a clause naming who or when is short: the action's own text is longer
_DATE_WORDS = 6  # a deadline's date is a few words: 'the twenty-seventh of February 2027'
_ARTICLE = re.compile(r"^the\s+", re.I)  # grammar before a date: 'by the fifth of May 2026'
# the second way to part the clauses, in a sentence holding no ';': a comma and 'and'
_COMMA_AND = re.compile(r",\s+and\s+")


class SentenceWhoWhen(NamedTuple):
    """Where the closing sentence starts, the owner and the due as printed, where each
    starts in the text."""

    start: int
    owner: str
    due: str
    owner_at: int
    due_at: int


def sentence_who_when(
    text: str, names_someone: Callable[[str], bool], connectors: Collection[str]
) -> SentenceWhoWhen | None:
    """The unlabelled who and when of the sentence closing `text` (see the module docstring);
    None where its last sentence is not two such clauses. `names_someone` is the caller's test
    that words are printed as a person's name or a post; `connectors` the small words such
    names hold in lower case ('Head of Service')."""
    body = text.rstrip(" .;")
    starts = [m.end() for m in _SENTENCE_END.finditer(body)]
    start = starts[-1] if starts else 0
    if start == 0:
        return None  # the paragraph is one sentence: its text, no closing sentence of fields
    sentence = body[start:]
    parts = sentence.split(";")
    offsets = (start, start + len(parts[0]) + 1)
    if len(parts) == 1:  # no ';': a comma and 'and' part the clauses ('X is lead, and it is ...')
        cuts = list(_COMMA_AND.finditer(sentence))
        if len(cuts) == 1:
            parts = [sentence[: cuts[0].start()], sentence[cuts[0].end() :]]
            offsets = (start, start + cuts[0].end())
    if len(parts) != 2 or any(len(p.split()) > _CLAUSE_WORDS for p in parts):
        return None
    for due_k in (1, 0):
        due = _deadline(parts[due_k])
        if due is None:
            continue
        owner = _one_name(parts[1 - due_k], names_someone, connectors)
        if owner is None:
            return None
        owner_at = offsets[1 - due_k] + owner[1]
        due_at = offsets[due_k] + max(0, parts[due_k].rfind(due))
        return SentenceWhoWhen(start, owner[0], due, owner_at, due_at)
    return None


def _deadline(clause: str) -> str | None:
    """The date a clause closes with after its last ' by ' ('ready by late March 2026'), as
    printed bar the article and the owner normaliser's lead-ins before it ('close of play
    on'): a few words the date normaliser reads, after words that are no date; or, in a
    clause with no ' by ', the date closing it after lower-case words (_closing_date); None
    for any other clause."""
    clause = clause.strip()
    cuts = list(DEADLINE_AFTER.finditer(clause))
    if not cuts:
        return _closing_date(clause)
    if not clause[: cuts[-1].start()].strip():
        return None
    due = without_lead_in(_ARTICLE.sub("", clause[cuts[-1].end() :].strip()))
    if len(due.split()) > _DATE_WORDS or parse_due(due) is None:
        return None
    return due if parse_due(clause[: cuts[-1].start()]) is None else None


def _closing_date(clause: str) -> str | None:
    """The date closing a clause that holds no ' by ' ('it is due in the course of June
    2027' -> 'June 2027'): the fewest last words (a few at most) the date normaliser reads as
    the date the whole clause names, after a lower-case word of the sentence's own ('in the
    course of', never 'Q4' of 'Q4 2026/27'), the words before them naming no date; None where
    the clause closes with no date."""
    words = clause.rstrip(" .").split()
    whole = parse_due(" ".join(words))
    if whole is None:
        return None
    for k in range(1, min(_DATE_WORDS, len(words) - 1) + 1):
        due = " ".join(words[-k:])
        before = words[-k - 1]
        if parse_due(due) != whole or not (before.isalpha() and before.islower()):
            continue
        return due if parse_due(" ".join(words[:-k])) is None else None
    return None


def _one_name(
    clause: str, names_someone: Callable[[str], bool], connectors: Collection[str]
) -> tuple[str, int] | None:
    """The one run of words printed as a name or a post in a clause, and where it starts;
    None where there is none or more than one."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(clause)]
    runs: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int]] = []
    for k, (word, at) in enumerate(words):
        bare = word.rstrip(",")
        if bare[:1].isupper() or (run and bare in connectors):
            # the sentence's capital, no name: 'It is in the hands of ...' (but a post opening
            # it, 'Head of Safeguarding is ...', goes on over its small word)
            after = words[1][0].rstrip(",") if len(words) > 1 else ""
            if k == 0 and not _acronym(bare) and after[:1].islower() and after not in connectors:
                continue
            run.append((word, at))
            if word.endswith(",") and not bare[:1].isupper():
                runs.append(run)
                run = []
            continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    found = []
    for r in runs:
        while r and r[-1][0].rstrip(",") in connectors:  # 'Tom Ellery, our lead': the comma
            r = r[:-1]  # closes the name (its text is taken without it)
        if r:
            found.append(r)
    names = []
    for r in found:
        first, last = r[0][1], r[-1][1] + len(r[-1][0])
        name = clause[first:last].rstrip(",")
        if names_someone(name):
            names.append((name, first))
    return names[0] if len(names) == 1 and len(found) == 1 else None


def _acronym(word: str) -> bool:
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 6
