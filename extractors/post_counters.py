"""A printed thread's post counters ('3/21 1a Establish ...'): the thread's numbering, no text.

Why: a plan posted as a thread on social media numbers its posts 'n/N' ('1/21' opens the
thread, '2/21 Ofsted recommendation 1: ...', '3/21 1a Establish ...'). The counter stands
before the post's own first word, so it hid what that word says: the action's ref ('1a') read
as part of the action's text, and a recommendation's label ('Ofsted recommendation 1:') was no
longer the line's start, so no heading was read and no action linked.

Evidence, in the document itself: at least MIN_POSTS lines open with a word 'n/N' whose N is the
same on them all, whose n rise in reading order and stay within N, each followed by words of
the post. A date ('3/4/2026') has three parts; a lone fraction is no run. The counter words
are cut off those lines before the plan is read; nothing else of the line changes.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections import defaultdict
from dataclasses import replace

from plantrace.pipeline.document import Line, Page, ParsedDocument

_COUNTER = re.compile(r"^(?P<n>\d{1,3})/(?P<of>\d{1,3})$")
MIN_POSTS = 3  # counters on this many lines, one total: a thread's numbering


def drop_post_counters(doc: ParsedDocument) -> ParsedDocument | None:
    """The document with a thread's 'n/N' post counters cut off the lines they open (None where
    no run of counters is found)."""
    found: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # N -> (page, index, n)
    pairs: list[tuple[int, int]] = []  # every 'a/b' opening a line, a counter or not
    for p, page in enumerate(doc.pages):
        for k, ln in enumerate(page.lines):
            n_of = _counter(ln)
            if n_of is not None:
                found[n_of[1]].append((p, k, n_of[0]))
            if (pair := _pair(ln)) is not None:
                pairs.append(pair)
    cut: set[tuple[int, int]] = set()
    for of, hits in found.items():
        numbers = [n for _, _, n in hits]
        if len(hits) < MIN_POSTS or any(b <= a for a, b in itertools.pairwise(numbers)):
            continue  # too few, or not counting up: no thread's numbering
        if numbers[-1] > of:
            continue
        if _items_in_groups(pairs, of, set(numbers)):
            continue  # '1/3', '2/3' among '1/1', '1/2', '2/1': refs of items in groups
        cut.update((p, k) for p, k, _ in hits)
    if not cut:
        return None
    pages: list[Page] = []
    for p, page in enumerate(doc.pages):
        if not any(q == p for q, _ in cut):
            pages.append(page)
            continue
        new = copy.copy(page)
        new.lines = [_uncounted(ln) if (p, k) in cut else ln for k, ln in enumerate(page.lines)]
        pages.append(new)
    return replace(doc, pages=pages)


def _items_in_groups(pairs: list[tuple[int, int]], of: int, numbers: set[int]) -> bool:
    """Whether the run's 'n/N' are refs numbering items within groups ('group/item'), not a
    thread's counters: as many lines again at the least open with the same first numbers over
    other second ones ('1/1', '1/2', '2/1' beside '1/3', '2/3', '3/3'). A thread counts its
    posts against one total; a plan's refs count each group's items, and the third item of
    each group ran as a thread of three, its ref cut off the row."""
    other = sum(1 for a, b in pairs if b != of and a in numbers)
    return other >= max(MIN_POSTS, len(numbers))


def _pair(ln: Line) -> tuple[int, int] | None:
    """(a, b) where the line opens with 'a/b' and has words after it, whatever the numbers."""
    parts = ln.text.split(maxsplit=1)
    m = _COUNTER.match(parts[0]) if len(parts) == 2 else None
    return (int(m.group("n")), int(m.group("of"))) if m is not None else None


def _counter(ln: Line) -> tuple[int, int] | None:
    """(n, N) where the line opens with a post counter 'n/N' and has words after it."""
    parts = ln.text.split(maxsplit=1)
    if len(parts) < 2:
        return None
    m = _COUNTER.match(parts[0])
    if m is None:
        return None
    n, of = int(m.group("n")), int(m.group("of"))
    return (n, of) if 1 <= n <= of and of > 1 else None


def _uncounted(ln: Line) -> Line:
    """The line without its first word (the counter), its box starting at the next word."""
    words = ln.words
    rest = ln.text.split(maxsplit=1)[1]
    start = ln.text.index(rest, len(ln.text.split(maxsplit=1)[0]))
    kept = words[1:] if words and words[0].text == ln.text.split()[0] else words
    x0 = kept[0].x0 if kept else ln.bbox[0]
    span = ln.span
    if span is not None:
        span = (span[0] + start, span[1])
    return Line(
        rest, (x0, ln.bbox[1], ln.bbox[2], ln.bbox[3]), ln.font_size, ln.bold, ln.page,
        ln.index, words=list(kept), span=span, colour=ln.colour,
    )  # fmt: skip
