"""Section headings that end a run of cards: a list of actions, then 'MEASURES' and the measures.

A phone app or a web page prints its list of action cards and, under a heading of its own, a
second list (measures, risks) whose cards carry other labels ('Start: 343 · Latest: 391 · Goal:
320'). Read as one run, the last action card takes the heading and the first measure into its
last field ('Due: Mon 5 Apr 2027 MEASURES Average caseload ...'), and the measures become
actions. A heading set apart between two runs of cards that share no label parts them: each
run is read on its own, so each gets its own reading (actions, or a scorecard of figures).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence

from plantrace.pipeline.document import Line

# a heading's words: letters (and '&', '-', '/'), one to five of them
_HEADING = re.compile(r"^[^\W\d_][\w&/'’-]*(?: [\w&/'’-]+){0,4}$")
MIN_FIELDS = 2  # field lines each side of a heading for it to part two runs of cards


def _is_heading(line: Line, body: float) -> bool:
    """A short line of words with no label: in capitals ('MEASURES', 'KEY RISKS'), or set in a
    type clearly larger than the body's."""
    text = " ".join(line.text.split())
    if not _HEADING.match(text) or ":" in text or any(c.isdigit() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    return text.upper() == text or line.font_size >= 1.2 * body


def _alone(lines: Sequence[Line], i: int) -> bool:
    """No other line of the page level with it (a status pill beside a title is no heading)."""
    ln = lines[i]
    mid = (ln.bbox[1] + ln.bbox[3]) / 2
    return not any(
        o is not ln and o.page == ln.page and o.bbox[1] <= mid <= o.bbox[3]
        for o in lines[max(0, i - 4) : i + 5]
    )


def card_sections(
    lines: Sequence[Line], labels_of: Callable[[Sequence[Line]], Counter[str]]
) -> list[list[Line]]:
    """The lines parted at each section heading between two runs of cards whose labels differ
    wholly (labels_of: the field labels the lines print, with how many lines print each); the
    heading opens the part below it. Lines with no such heading come back as one part."""
    if len(lines) < 2 * MIN_FIELDS + 1:
        return [list(lines)]
    body = statistics.median(ln.font_size for ln in lines)
    heads = [
        i for i in range(1, len(lines) - 1) if _is_heading(lines[i], body) and _alone(lines, i)
    ]
    cuts = [0]
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        above, below = labels_of(lines[cuts[-1] : i]), labels_of(lines[i + 1 : end])
        if sum(above.values()) < MIN_FIELDS or sum(below.values()) < MIN_FIELDS:
            continue
        part = lines[cuts[-1] : i], lines[i + 1 : end]
        if not all(_run(side, n, labels_of) for side, n in zip(part, (above, below), strict=True)):
            continue  # no run of cards on that side: lines here and there read as a field once
        if set(above) & set(below):
            continue  # the same cards go on under the heading: one run
        cuts.append(i)
    cuts.append(len(lines))
    return [list(lines[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


MAX_FIELD_GAP = 2  # lines between one card's fields (a value wrapped) for them to stand together


def _run(
    lines: Sequence[Line], labels: Counter[str], labels_of: Callable[[Sequence[Line]], Counter[str]]
) -> bool:
    """Whether the lines' fields are a run of cards: a label printed on two lines or more (the
    run's cards each print it), or one card, its fields together (a page of one action card
    over 'MEASURES'). Labels each printed once on lines here and there are no run: a search
    page's results, each led by a badge naming its kind in capitals ('NEWS Practice week ...',
    'GUIDANCE Improvement plan - how to ...', read as a label and its value), over a result's
    title whose wrapped line is set large and alone ('without travelling'): read as a heading
    between two runs, it cut the title from its last line and the action read as 'without
    travelling' (holdout39 html-search-results)."""
    if any(n >= 2 for n in labels.values()):
        return True
    at = [k for k, ln in enumerate(lines) if labels_of([ln])]
    return all(b - a <= MAX_FIELD_GAP + 1 for a, b in zip(at, at[1:], strict=False))
