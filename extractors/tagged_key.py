"""A key of tagged recommendations: 'R1 Improve the regularity ...', 'R2 Ensure that ...'.

A plan that lists its actions by who leads them (an organisation chart, a page per lead) often
prints the recommendations once, as a key at the head of the page: each a small coloured tag
('R2', 'Rec 2') and its text, set in two or three columns, the text wrapping under its tag.
The actions then carry the tag alone. Read line by line such a key breaks apart: columns side by
side interleave, a wrapped line stands alone, and a tag line may pass for a heading.

The evidence is the key's shape, not its words: lines that open with a code of one set of
letters and a number, then a sentence (a capital word, not an action's ref '2.1'), numbered
1, 2 ... N once each (two at least); each one's wrapped lines are those set right under it at
its left edge, before the next tag line below in the same column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.card_grid import part
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row
from plantrace.extractors.plan_recommendations import (
    OPENING_WORDS,
    Listed,
    cell_number,
    label_of,
    provenance,
)
from plantrace.pipeline.document import Line, lines_bbox
from plantrace.pipeline.layout import join_text

# a tag, then a sentence: 'R2 Ensure that ...', 'Rec 2 Ensure ...' (not 'R2 2.1 Train ...')
_TAG_LINE = re.compile(
    r"^\s*(?P<letters>[A-Za-z]{1,5})\.?\s?(?P<num>\d{1,2})\s+(?P<text>[A-Z][a-z'’]*\b.*)$"
)
# a tag alone on its line ('R3'): another entry's tag, its text set beside it, never a wrap
_BARE_TAG = re.compile(r"^\s*[A-Za-z]{1,5}\.?\s?\d{1,2}\s*$")
# a tag or a heading's number: letters (none in a bare number) then its digits ('REC2', 'R 1', '2')
_NUMBER = re.compile(r"\s*(?P<letters>[A-Za-z]{0,5})\.?\s?(?P<num>\d{1,3})\s*")
EDGE = 8.0  # points: a wrapped line starts this near its tag line's left edge (the chip's pad)
GAP = 1.5  # a wrapped line's gap to the line above: at most this many line heights
MIN_WORDS = 5  # a recommendation is a sentence


def key_entries(
    lines: Sequence[Line],
    origin: dict[int, Line] | None = None,
    first: int = 1,
    letters: str | None = None,
    only: str | None = None,
) -> list[tuple[str, list[Line]]]:
    """(code as printed, its lines: the tag line, then its wraps) for each entry of a key of
    tagged recommendations among these lines (one page's), in number order; [] where none.
    A line holding two entries' tag lines run together is read as two (_tags_apart); origin,
    where given, gets each part's line of the page by id(part).

    A key numbers 1, 2 .. N (two entries at least); a key CONTINUED from an earlier page
    (first > 1, the earlier key's letters given) numbers on in turn from first or a later
    number, and one entry is enough there: a page of a plan printed a page at a time keys only
    the recommendations its own actions answer ('R4 <text>' alone on the last page; 'R5' after
    'R3' where no action answers R4).

    only, where given, keeps the tag lines of those letters alone: a page listing several coded
    lists side by side (strengths S1.., weaknesses W1.., each under its own heading) keys the
    recommendations in the one list the actions' link cells name (link_letters)."""
    lines = _tags_apart(lines, origin if origin is not None else {})
    tagged = [(ln, m) for ln in lines if (m := _TAG_LINE.match(ln.text)) is not None]
    if only is not None:
        tagged = [(ln, m) for ln, m in tagged if m.group("letters").upper() == only]
    if len(tagged) < (2 if first == 1 else 1):
        return []
    kinds = {m.group("letters").upper() for _, m in tagged}
    if len(kinds | ({letters} if letters else set())) != 1:
        return []
    nums = sorted(int(m.group("num")) for _, m in tagged)
    start = first if first == 1 else max(first, nums[0])  # a continued key may skip a number
    if nums != list(range(start, start + len(nums))):
        return []
    heads = {id(ln) for ln, _ in tagged}
    out: list[tuple[int, str, list[Line]]] = []
    for ln, m in tagged:
        block = [ln, *_wraps(ln, lines, heads)]
        if sum(len(b.text.split()) for b in block) - 1 < MIN_WORDS:
            return []
        code = ln.text[: m.start("text")].strip()
        out.append((int(m.group("num")), code, block))
    return [(code, block) for _, code, block in sorted(out, key=lambda t: t[0])]


def _tags_apart(lines: Sequence[Line], origin: dict[int, Line]) -> list[Line]:
    """The lines with each line that holds a second tag line run on after a gap split there:
    columns of the key set close together ('R1 <short text>' fits its column on one line, and
    the reader runs it into 'R2 <text>' beside it, one line across both). The second tag is a
    word of the first's letters and a number, a capital word after it, set off by a gap
    SPLIT_SPACES times the line's narrowest word space and SPLIT_GAP font sizes at least (the
    column gutter and the tag's chip). Unsplit, the key's R2 was lost inside R1's text, the key
    was not numbered 1..N, and the plan read no recommendations the actions' tags name."""
    out: list[Line] = []
    for ln in lines:
        m = _TAG_LINE.match(ln.text)
        words = ln.words
        if m is None or len(words) < 4:
            out.append(ln)
            continue
        spaces = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
        narrowest = min((g for g in spaces if g > 0), default=0.0)
        wide = max(SPLIT_SPACES * narrowest, SPLIT_GAP * ln.font_size)
        cuts = [
            k
            for k in range(2, len(words) - 1)
            if spaces[k - 1] > wide
            and (t := _NUMBER.fullmatch(words[k].text)) is not None
            and t["letters"].upper() == m.group("letters").upper()
            and words[k + 1].text[:1].isupper()
        ]
        if not cuts:
            out.append(ln)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True):
            piece = part(ln, list(words[a:b]))
            origin[id(piece)] = ln
            out.append(piece)
    return out


SPLIT_SPACES = 4.0  # a gutter between two key columns: this many of the line's word spaces
SPLIT_GAP = 1.0  # and this many font sizes at least


def _wraps(head: Line, lines: Sequence[Line], heads: set[int]) -> list[Line]:
    """The lines a tag line's text wraps onto: each right under the one before (GAP), starting at
    the tag line's left edge (within EDGE), none of them a tag line. A tag alone on its line
    ('R3') ends the wrap too: it is the next entry's, its text set beside it (a sheet's cell
    of long text wraps and its tag, centred in the row, prints as a line of its own). Taken as
    a wrap, the key read was short of that entry and read again over the headings the plan
    readers had right (1..5), it kept the label in the number ('R1') and lost the rest."""
    out: list[Line] = []
    last = head
    while True:
        height = GAP * max(last.bbox[3] - last.bbox[1], head.bbox[3] - head.bbox[1])
        below = [
            ln
            for ln in lines
            if ln.page == head.page
            and ln is not last
            and abs(ln.bbox[0] - head.bbox[0]) <= EDGE
            and ln.bbox[1] - last.bbox[1] > 0
            and ln.bbox[1] - last.bbox[3] <= height
        ]
        if not below:
            return out
        nxt = min(below, key=lambda ln: ln.bbox[1])
        if id(nxt) in heads or _BARE_TAG.match(nxt.text):
            return out
        out.append(nxt)
        last = nxt


def _read_as_headings(
    entries: Sequence[tuple[str, list[Line]]],
    held: Sequence[int],
    elements: Sequence[Element],
    headings: dict[int, tuple[str, str]],
) -> bool:
    """Every entry already read as a numbered heading of its own: one element per entry,
    holding its tag line, a heading numbered as the tag ('REC2 <text>' read as 2 or as 'REC2')
    whose text opens with the tag line's. Such a key (an appendix listing 'REC1 ...', 'REC2 ...'
    down the page, its wraps hanging under the text; or each 'R1 <text>' over its own table) did
    not fall apart; read again from its lines the label would stay in the number ('REC2', which
    no action's link names by) and a wrap at the page's margin be cut off. The element may open with the key's own title over its first
    entry ('Inspection findings' over 'R1 <text>'): the heading read is still the entry's."""
    if len(held) != len(entries):
        return False
    firsts = {id(block[0]): (code, block[0].text[len(code) :].strip()) for code, block in entries}
    for i in held:
        tags = [firsts[id(ln)] for ln in elements[i].lines if id(ln) in firsts]
        if len(tags) != 1 or i not in headings:
            return False
        (code, text), (number, read) = tags[0], headings[i]
        if not _numbered_as(number, code):
            return False
        if _words(read)[: len(_words(text))] != _words(text):
            return False
    return True


def _numbered_as(number: str, code: str) -> bool:
    """A heading's number read as the tag's: its number alone ('2' for 'REC2') or the tag with
    its letters kept ('R1' for 'R1': the heading readers keep a label letter in the number and
    unlabel_numbers later strips it, or keeps it, by what the plan's refs carry)."""
    read, tag = _NUMBER.fullmatch(number), _NUMBER.fullmatch(code)
    if read is None or tag is None or read["num"].lstrip("0") != tag["num"].lstrip("0"):
        return False
    return read["letters"].upper() in ("", tag["letters"].upper())


def _words(text: str) -> list[str]:
    """Words for comparing a heading read with a tag line's text (case and spacing aside)."""
    return text.lower().split()


def key_listed(
    elements: Sequence[Element],
    headings: dict[int, tuple[str, str]],
    sha256: str,
    listed: Mapping[int, Listed] | None = None,
    linked: str | None = None,
) -> dict[int, Listed]:
    """The key's entries as a list of recommendations, by element index (the first element
    holding a page's key lines gets that page's entries, the others nothing), and those
    elements taken out of the headings (a tag line read as a numbered heading). {} where no
    page prints such a key, or where the other readers read it whole already: an element of it
    listed (a list 'R1 <text>' under 'Recommendations', read with bare numbers '1'), or each
    entry a numbered heading of its own. Read again here the label would stay in the number
    ('R1', 'REC2').

    A key continued on later pages (their entries numbered on from the last page's key, in its
    letters: 'R3', 'R4' over a continued page's actions) is read there too, its numbers in the
    form the first page's were read in (bare where the other readers read that page bare:
    '1', '2', '3' and 'R4' are no one numbering, and the actions linked to 'R4' matched no
    recommendation 4). Unread, such a page's recommendations were lost, or read one by one as
    headings where a tag line stood apart, their letter kept.

    linked (link_letters): the letters the actions' link cells cite; where no key is printed
    apart, a table cell listing the codes of those letters (a grid's quadrant) is the key."""
    pages: dict[int, list[Line]] = {}
    for el in elements:
        for ln in el.lines:
            pages.setdefault(ln.page, []).append(ln)
    celled = _cell_pages(elements) if linked is not None else {}  # page -> each cell's lines
    out: dict[int, Listed] = {}
    first, letters, bare = 1, None, False  # the next page's key: its first number, letters, form
    keyed: list[list[str]] = []  # each entry's first line's words, tag aside
    in_key: set[int] = set()  # elements holding key lines
    for page in sorted(pages.keys() | celled.keys()):
        origin: dict[int, Line] = {}  # a part of a line holding two tag lines -> the line
        entries = key_entries(pages.get(page, []), origin, first, letters)
        chosen = False  # the list of the links' letters among several coded lists
        if not entries and linked is not None and first == 1:
            entries = _cell_key(celled.get(page, []), origin, linked)
            chosen = bool(entries)
        if not entries:
            continue
        ids = {id(origin.get(id(ln), ln)) for _, block in entries for ln in block}
        held = [
            i
            for i, el in enumerate(elements)
            if any(id(ln) in ids for ln in _element_lines(el, chosen))
        ]
        if any(_in_plan_table(elements[i], chosen) for i in held):
            if first == 1:
                continue  # a key line inside a table: a cell, not a key printed apart
            break
        code = entries[-1][0]
        tag = _NUMBER.fullmatch(code)
        if tag is None:
            break
        keyed += [_words(b[0].text[len(c) :]) for c, b in entries]
        in_key.update(held)
        was_first = first == 1
        first, letters = int(tag["num"]) + 1, tag["letters"].upper()
        read = [n for i in held for n, _, _ in (listed or {}).get(i) or []]
        if read or (not origin and _read_as_headings(entries, held, elements, headings)):
            # read whole already: its numbers bare ('1') or as the headings read them; a
            # continued page's read in another form than the first page's is read again
            read = read or [headings[i][0] for i in held]
            if was_first:
                bare = all(n.strip().isdigit() for n in read)
            if was_first or all(n.strip().isdigit() for n in read) == bare:
                continue
        items: Listed = []
        for code, block in entries:
            text = join_text([block[0].text[len(code) :].strip(), *(b.text for b in block[1:])])
            prov = provenance(sha256, page, lines_bbox(block), (block[0].index, block[-1].index))
            # a tag spelt with a space before its number ('Rec. 2', 'Rec 2') is that number, as a
            # number cell or a link naming it is read; a tight code ('R2', 'REC2') stays whole
            # (unlabel_numbers strips its letters by what the refs carry), or is read bare where
            # the first page's key was read bare
            number = cell_number(code)
            if bare and (m := _NUMBER.fullmatch(number)) is not None:
                number = m["num"]
            items.append((number, text, prov))
        for i in held:
            headings.pop(i, None)
        out.update({i: (items if i == held[0] else []) for i in held})
    _drop_unkeyed(keyed, in_key, elements, headings)
    return out


def _drop_unkeyed(
    keyed: Sequence[list[str]],
    in_key: set[int],
    elements: Sequence[Element],
    headings: dict[int, tuple[str, str]],
) -> None:
    """Out of the headings: each bare number and sentence ('9 Publish a revised ...', no label
    word, no code) that restates no entry of the plan's key of tagged recommendations (its
    opening words none of theirs). The key states the recommendations; such a line is an
    action's own number and text (a callout box or card numbered through the plan). Read as a
    heading it was one recommendation too many ('9', or '2' beside 'R1' .. 'R4', which kept
    their letters then), and the action it opens was lost or kept its number."""
    if not keyed:
        return
    for i, (number, text) in list(headings.items()):
        printed = elements[i].text.split()
        if i in in_key or not printed or printed[0] != number.strip():
            continue  # a code ('R3 <text>', read as 3), a label word, a dotted number: kept
        if label_of(elements[i].text) is not None:
            continue
        words = _words(text)
        if not any(k and words[:OPENING_WORDS] == k[:OPENING_WORDS] for k in keyed):
            headings.pop(i)


# a link cell's first code: letters then a number ('W2' of 'W2, O1'), what follows aside
_LINK_CODE = re.compile(r"^\s*(?P<letters>[A-Za-z]{1,5})(?P<num>\d{1,2})\b")
MIN_LINK_ROWS = 3  # a column of this many coded cells or more shows how the actions link


def link_letters(elements: Sequence[Element]) -> str | None:
    """The letters every action's link cell opens its code with ('W' of 'W2', 'W3, O1'), where
    an action table has a column (not its ref column) whose every filled cell, MIN_LINK_ROWS at
    least, opens with a code of one set of letters and the codes name two numbers or more, one
    of them in two rows at least;
    None where no column does. A plan listing several coded lists (strengths S1.., weaknesses
    W1.., opportunities O1..) links its actions to the recommendations by that list's code:
    the list the link column names in every row is the recommendations, the others' codes (a
    second code beside it in some rows) no link."""
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE:
            continue
        for col, role in enumerate(t.roles):
            if role in _NO_LINK or (role == "code" and t.col("ref") is None):
                continue  # the table's own key ('A1', 'A2' .. with no ref column) is no link
            if (letters := _column_letters(t.rows, col)) is not None:
                return letters
    return None


def _column_letters(rows: Sequence[Row], col: int) -> str | None:
    """The one set of letters every filled cell of the column opens its code with, where the
    codes name two numbers or more, one of them twice at least (a link names its
    recommendations again and again; codes all different are the rows' own numbering); None
    at the first cell that opens otherwise (most columns: read no further)."""
    kinds: set[str] = set()
    nums: set[str] = set()
    count = 0
    for r in rows:
        text = r.text(col)
        if not text.strip():
            continue
        m = _LINK_CODE.match(text)
        if m is None:
            return None
        kinds.add(m.group("letters").upper())
        if len(kinds) > 1:
            return None
        nums.add(m.group("num"))
        count += 1
    if count < MIN_LINK_ROWS or not 2 <= len(nums) < count:
        return None
    return kinds.pop()


_NO_LINK = frozenset({"ref", "action", "owner", "due", "rag", "progress"})  # roles of no link


def _in_plan_table(el: Element, chosen: bool) -> bool:
    """A key line in a table: a cell, not a key printed apart, unless the key is the coded list
    the actions' links name (chosen) set in a grid that is no plan table (a 2x2 grid of coded
    lists, each quadrant under its heading)."""
    if el.table is None:
        return False
    return not chosen or el.table.kind is not None


def _element_lines(el: Element, cells: bool) -> list[Line]:
    """An element's lines and, with cells, those in the cells of its table of no known header
    (a grid of coded lists, read as a key only where the actions' links name one of them)."""
    if not cells or el.raw is None:
        return list(el.lines)
    return [*el.lines, *(ln for row in el.raw.rows for c in row if c is not None for ln in c.lines)]


def _cell_pages(elements: Sequence[Element]) -> dict[int, list[list[Line]]]:
    """Each page's cells of tables of no known header, as their lines (a cell's own list)."""
    out: dict[int, list[list[Line]]] = {}
    for el in elements:
        if el.raw is None:
            continue
        for row in el.raw.rows:
            for c in row:
                if c is not None and c.lines:
                    out.setdefault(c.lines[0].page, []).append(list(c.lines))
    return out


def _cell_key(
    cells: Sequence[list[Line]], origin: dict[int, Line], letters: str
) -> list[tuple[str, list[Line]]]:
    """The entries of the first cell holding a key in the links' letters: a grid's quadrant
    holds one list, its wraps within the cell (the quadrant below begins at the same left
    edge, and read with the page's lines its heading and items ran on as the last entry's)."""
    for lines in cells:
        if entries := key_entries(lines, origin, 1, only=letters):
            return entries
    return []
