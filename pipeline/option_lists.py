"""Tick-one lists: a value printed as every option with a box, the chosen one ticked.

A form-like plan may print a status cell as the whole list of statuses, one per line, each
after a box, and tick the one that holds ('☐ Not started' '☐ On track' '☒ Some slippage'
'☐ Off track' '☐ Complete'). Read as text, the cell says every status at once, and the last
word read wins. The evidence is the list's shape, not its words: three or more short items
(a few words each) stacked one under another at one left edge, each led by a box, exactly one
box ticked. Only the ticked item is the value; the unticked options are dropped from the
page's lines. A checklist of tasks (sentences) or a list with no box ticked, or several, is
left as printed: a to-do list ticks what is done, and its items are the plan's own text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.pipeline.document import Line

EMPTY = frozenset("\u2610\u25a1\u274f\u2751")  # ☐ □ ❏ ❑: an option not chosen
TICKED = frozenset("\u2612\u2611\u22a0\u2713\u2714\u2705\U0001f5f9\u25a3")  # ☒ ☑ ⊠ ✓ ✔ ✅ 🗹 ▣
# what a box opens with: its glyph, or the bracket of a typed box ('[ ]', '[x]')
_OPENS = frozenset(EMPTY | TICKED | {"["})
# a box typed in plain text: '[ ]' not chosen, '[x]' chosen
_BOX = re.compile("([" + "".join(sorted(EMPTY | TICKED)) + "]|\\[\\s?\\]|\\[[xX\u2713\u2714]\\])")
MIN_OPTIONS = 3  # two boxes may be a yes/no pair; a list of statuses offers three or more
ITEM_WORDS = 4  # an option is a short status ('Some slippage'), not a task's sentence
EDGE_TOL = 1.5  # points: the boxes of one list stand at one left edge
PITCH = 1.8  # line heights: the options of one list follow one another this closely


def drop_unticked(lines: list[Line]) -> list[Line]:
    """The page's lines without the unticked options of each tick-one list (see module doc)."""
    drop: set[int] = set()
    for group in _lists([ln for ln in lines if _option(ln.text) is not None]):
        ticked = [ln for ln in group if _ticked(ln.text)]
        if len(group) >= MIN_OPTIONS and len(ticked) == 1:
            drop.update(id(ln) for ln in group if ln is not ticked[0])
    if not drop:
        return lines
    keep = [ln for ln in lines if id(ln) not in drop]
    for i, ln in enumerate(keep):
        ln.index = i
    return keep


def unticked(texts: Sequence[str]) -> set[int]:
    """The indices of the unticked options among a cell's paragraphs, in order (a source that
    says where a cell ends: a Word table's cell), where a run of them is a tick-one list."""
    drop: set[int] = set()
    run: list[int] = []
    for i in range(len(texts) + 1):
        box = _option(texts[i]) if i < len(texts) else None
        if box is not None and not any(_item_text(texts[j]) == _item_text(texts[i]) for j in run):
            run.append(i)
            continue
        ticked = [j for j in run if _ticked(texts[j])]
        if len(run) >= MIN_OPTIONS and len(ticked) == 1:
            drop.update(j for j in run if j != ticked[0])
        run = [i] if box is not None else []
    return drop


def ticked_item(text: str) -> str | None:
    """The ticked option's words when a text is wholly a tick-one list run together ('☐ Red
    ☒ Amber ☐ Green' on one line, or a cell's options joined into one text); None otherwise.
    For a reader of cell text (a status cell), where the lines were not parted."""
    parts = _BOX.split(text)
    if len(parts) < 3 or parts[0].strip():
        return None
    items = [box + rest for box, rest in zip(parts[1::2], parts[2::2], strict=True)]
    drop = unticked(items)
    chosen = [t for i, t in enumerate(items) if i not in drop]
    if not drop or len(chosen) != 1:  # no list, or more than the one list in the text
        return None
    option = _option(chosen[0])
    return option[1] if option is not None else None


def _option(text: str) -> tuple[str, str] | None:
    """(box, item) when a text is an option: a box, then a few words; None otherwise."""
    text = text.strip()
    if text[:1] not in _OPENS:
        return None  # no box first (most texts asked): the split's first part would not be empty
    parts = _BOX.split(text, maxsplit=1)
    if len(parts) < 3 or parts[0]:
        return None
    item = " ".join(parts[2].split())
    words = item.split()
    if not words or len(words) > ITEM_WORDS or not any(c.isalpha() for c in item):
        return None
    return parts[1], item


def _ticked(text: str) -> bool:
    """An option whose box is ticked ('☒', '[x]')."""
    option = _option(text)
    return option is not None and option[0] not in EMPTY and option[0].strip("[ ]") != ""


def _lists(options: Sequence[Line]) -> list[list[Line]]:
    """Options chained one under the next at one left edge, top to bottom. A list offers each
    option once: an item that repeats one of the list's starts the next list (the status cell
    of the next row follows the one above it as closely as its own lines do)."""
    groups: list[list[Line]] = []
    for ln in sorted(options, key=lambda o: (o.page, o.bbox[1])):
        group = next((g for g in groups if _follows(g[-1], ln) and not _offered(g, ln)), None)
        if group is not None:
            group.append(ln)
        else:
            groups.append([ln])
    return groups


def _offered(group: Sequence[Line], line: Line) -> bool:
    """The list already offers the line's item (the same words after the box)."""
    item = _item(line)
    return any(_item(o) == item for o in group)


def _item(line: Line) -> str:
    return _item_text(line.text)


def _item_text(text: str) -> str:
    option = _option(text)
    return option[1].casefold() if option is not None else ""


def _follows(above: Line, below: Line) -> bool:
    """The next option of the same list: same left edge, on the next line down."""
    height = max(above.bbox[3] - above.bbox[1], above.font_size, 1.0)
    step = below.bbox[1] - above.bbox[1]
    return (
        abs(below.bbox[0] - above.bbox[0]) <= EDGE_TOL
        and above.page == below.page
        and 0 < step <= PITCH * height
    )
