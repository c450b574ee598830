"""A line of hashtags alone under a numbered item: the item's tags, wrapped onto a line of their own.

An outliner or a notes app exported to a page prints an item's status as a hashtag closing it
('... when: May 12, 2027 #offtrack'), set as a small coloured pill in bold. Where the item's
line is full the pill wraps: '#offtrack' stands alone on the next line, in a type of its own
(bold, coloured, smaller) and a little left of the text (the pill's padding), so nothing that
carries a paragraph on by its type takes it. Left out, the item loses its status, and the note
under the pill ('latest: ...') is cut from it too, since the pill ended the paragraph.

Evidence, not one layout's words: the line is nothing but hashtags ('#' then a word, one or
more), it sits next under the item's last line (a line's pitch, or first on the next page)
and not left of the item by more than a letter. A hashtag is read as a status or left a tag
later (extractors/chip_tails.py); here it only stays with the item it closes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.rag import normalise_rag

# a line of hashtags alone: '#offtrack', '#atrisk #board'
_TAGS_ALONE = re.compile(r"\s*(?:(?<![\w#])#[A-Za-z][\w-]*\s*)+")
# font sizes: the most a wrapped line's top drops under the line before (the larger size)
_PITCH = 1.6


def is_hashtag_line(text: str) -> bool:
    """Whether a line's text is hashtags alone ('#offtrack')."""
    return _TAGS_ALONE.fullmatch(text) is not None


def wraps_hashtags(first: Line, last: Line, line: Line) -> bool:
    """Whether `line`, hashtags alone, is the tags closing the item whose first line is
    `first` and last line `last`: next under `last` at a line's pitch (whatever their types),
    or first on the next page, and not left of the item by more than a letter (a pill's
    padding)."""
    if not is_hashtag_line(line.text):
        return False
    if line.x0 < first.x0 - max(first.font_size, line.font_size):
        return False
    if line.page == last.page:
        drop = min(line.top - last.top, line.bottom - last.bottom)
        return 0 < drop <= _PITCH * max(line.font_size, last.font_size)
    return line.page == last.page + 1 and line.index <= 1


def stray_status_tags(
    elements: Sequence[Element], rag_key: Mapping[str, str] | None = None
) -> list[ExtractionWarning]:
    """plan_status_unread where lines of hashtags alone that read as statuses ('#offtrack')
    are left as text of their own, taken by no action: statuses printed and not read (a pill
    wrapped where no item's lines could take it), so the actions left unrated may not be."""
    stray = [
        el.text.strip()
        for el in elements
        if el.table is None and el.raw is None and el.text and is_hashtag_line(el.text)
        and any(normalise_rag(w.lstrip("#"), rag_key) is not None for w in el.text.split())
    ]  # fmt: skip
    if not stray:
        return []
    shown = ", ".join(repr(t) for t in stray[:3])
    return [ExtractionWarning(
        code="plan_status_unread",
        message=f"{len(stray)} status hashtag line(s) ({shown}) stand alone, taken by no action:"
        " those statuses were not read; check the unrated actions with `plantrace tables`",
        page=None,
    )]  # fmt: skip
