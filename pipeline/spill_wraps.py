"""The wrapped lines of text a grid's row prints past its last rule, read with its first line.

A table whose only drawn cells are on the left (a shaded picture column of symbols or refs, as
an Easy Read document prints it) frames no cell for the text beside them: the text runs on past
the frame's right side. The first line of each row's text shares its baseline with the framed
key, so the page's reader joins them into one line and the grid takes the part past the rule
as a column of its own (tables._spilt_column). A longer text wraps: its next lines stand alone,
wholly right of the rule, with nothing inside the frame, and read by the key's line alone the
cell kept its first line only ('Convert agency posts to permanent posts where the').

A line is the cell's next line when it starts at the same left edge as the cell's text (a
wrapped line starts where the first did), lies within the row's span (the next row's frame
starts the next cell) and follows the line above at a wrapped line's pitch (a larger gap is a
new paragraph, not this cell's).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Line, Word

_EDGE = 0.6  # font sizes: a wrapped line starts this near the cell text's left edge
_GAP = 1.0  # font sizes: a wrapped line's top stands at most this far below the line above's foot


def wrapped_lines(
    found: Sequence[tuple[Line, Word]],
    beside: Sequence[Line],
    rule: float,
    span: tuple[float, float],
) -> list[tuple[Line, Word]]:
    """The words of the lines that wrap on from a row's run-on text (found: the words of its
    first lines past the rule at x=rule), in reading order; none where nothing follows.

    beside: the page's lines that end past the rule; span: the row's top and bottom."""
    if not found:
        return []
    left = min(w.x0 for _, w in found)
    last = max(w.bottom for _, w in found)
    taken = {id(ln) for ln, _ in found}
    out: list[tuple[Line, Word]] = []
    for ln in sorted(beside, key=lambda x: x.bbox[1]):
        if id(ln) in taken or not ln.words or ln.bbox[1] < last - 0.5:
            continue
        if not span[0] <= (ln.bbox[1] + ln.bbox[3]) / 2 <= span[1]:
            continue
        size = ln.font_size or 8.0
        if min(w.x0 for w in ln.words) < rule - 0.5:
            break  # a line reaching into the frame: another row's (or a line across the page)
        if abs(ln.words[0].x0 - left) > _EDGE * size or ln.bbox[1] - last > _GAP * size:
            break
        out += [(ln, w) for w in ln.words]
        last = ln.bbox[3]
    return out
