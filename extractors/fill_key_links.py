"""An action table linked to its recommendations by colour alone: a chip cell of each row filled in
the colour a key gives one recommendation.

Why: a spreadsheet plan keys its recommendations by colour: a key lists each recommendation once
beside a small cell filled with its colour, and each action row carries, in a column of no
words, a cell of the same fill. The fill is the only link (no number in the row). Read by its
fills alone, such a column of reds, greens and blues was taken for the status, its colours
read as RAG; the actions linked to nothing, and the status words beside them (printed each in
its ink, inked_status_column) were left unread, since a status column was already placed.

The evidence is the fills the reader already has: a column of an action table whose every
action row holds no word but a fill, and, on the plan's pages outside that table, filled chips
each standing just left of a line that opens one recommendation the plan lists (its text's
opening words), or names one by its label and number ('Recommendation 2: Improve ...', a
sentence after the number: the plan's list of them may be read only later), two colours of recommendations or more. Each row's fill is then matched to the
key's nearest colour, within a tolerance (a printer's or a template's shades differ a little,
never by a hue); two key colours too close to tell apart make no key. Three rows in four at
least must match a key colour, else the column is left as it was read (a status column beside a key of
recommendations that happens to use one of its colours). A chip beside a status word is a
status key, never a recommendation's: its line must open a listed recommendation's text.

The column's role is then the link ('rec', its reading saying why) and each row's link is the
number of the recommendation its fill keys. A row of no fill, or a fill between two key colours,
links to nothing, and a plan_links_unread warning says so (fill_link_warning).

A key may give each recommendation a shape instead ('★ Recommendation 1: ...', a boxed key of
coloured marks), each action row carrying only that shape in a column of no words (a solid
shape alone, '◆', reads as a status chip's fill; its line keeps the mark). The evidence is the
same: lines outside the action tables opening with a mark then a listed recommendation's
opening words or its label and number, one mark per recommendation, two recommendations or
more; a column whose rows hold a mark alone, three in four a mark the key gives. Marks are read
before fills: the shape is the link whatever its colour. A mark the key gives none links to
nothing and is said (fill_link_warning); where recommendations were read and no action links to
one, a column of marks alone (two kinds or more) that no key read explains is said too
(unkeyed_marks_said), never linked by guess.

Pure: reads tables, pages' fills and lines; sets the column's role; no I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

from plantrace.extractors.mark_strips import glyph_word
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Page, Table
from plantrace.pipeline.normalise.rag import fill_rgb, normalise_rag

TOLERANCE = 40.0  # RGB distance: shades of one colour, never two hues (red to orange is ~100)
MAX_GAP = 40.0  # points between a chip's right edge and its line's left
MAX_CHIP = 60.0  # a chip is small: no band or box
OPENING = 5  # words of a recommendation's text that name it in the key
LABELLED_WORDS = 4  # a recommendation named by its number in the key is a sentence


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return math.dist(a, b)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _named(text: str, recs: Sequence[tuple[str, str]]) -> str | None:
    """The number of the one recommendation whose text's opening words the line holds."""
    line = " ".join(_words(text))
    found = {
        num
        for num, body in recs
        if (opening := " ".join(_words(body)[:OPENING])) and opening in line
    }
    return next(iter(found)) if len(found) == 1 else None


# a key's line naming its recommendation by a label and number ('Recommendation 2:', 'R2 -')
_LABELLED = re.compile(
    r"^\s*(?:[A-Za-z][\w'’]*\s+){0,3}?(?P<num>[A-Z]{0,3}\d{1,2}[a-z]?)\s*[:.)–-]?\s+"
)


def _labelled(text: str) -> str | None:
    """The number a key's line names its recommendation by, where a sentence follows it (a
    score key's '4 = Complete' or a status key's 'R1 On track' names no recommendation)."""
    m = _LABELLED.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if len(_words(rest)) < LABELLED_WORDS or normalise_rag(rest) is not None:
        return None
    return m.group("num")


def _inside(b: BBox, boxes: Iterable[BBox]) -> bool:
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return any(o[0] <= cx <= o[2] and o[1] <= cy <= o[3] for o in boxes)


def _key(
    pages: Sequence[Page], recs: Sequence[tuple[str, str]], skip: Sequence[tuple[int, BBox]]
) -> dict[tuple[int, int, int], str]:
    """Key colour -> recommendation number: chips beside lines opening a listed recommendation."""
    key: dict[tuple[int, int, int], str] = {}
    for page in pages:
        _ = page.rulings  # the fills are read with the rulings
        # a stated table's (Word, Excel) empty filled cell is a chip as a print's box is: the
        # key's rows may be a table of the workbook (swatch | recommendation | its sponsor)
        stated = [
            (c.bbox, c.fill)
            for t in page.tables or []
            for row in t.rows
            for c in row
            if c is not None and c.fill and not c.text.strip()
        ]
        for b, colour in [*page.fills, *stated]:
            rgb = fill_rgb(colour)
            if rgb is None or b[2] - b[0] > MAX_CHIP or b[3] - b[1] > 3 * MAX_CHIP:
                continue
            if _inside(b, [box for n, box in skip if n == page.number]):
                continue
            beside = [
                ln
                for ln in page.lines
                if b[2] - 2 <= ln.bbox[0] <= b[2] + MAX_GAP and b[1] - 2 <= ln.bbox[1] <= b[3]
            ]
            if not beside:
                continue
            first = min(beside, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
            num = _named(first.text, recs) or _labelled(first.text)
            if num is not None and key.setdefault(rgb, num) != num:
                return {}  # one colour for two recommendations: no key
    return key


def _match(fill: str | None, key: Mapping[tuple[int, int, int], str]) -> str | None:
    rgb = fill_rgb(fill)
    if rgb is None:
        return None
    near = sorted((_distance(rgb, k), n) for k, n in key.items())
    if not near or near[0][0] > TOLERANCE:
        return None
    if len(near) > 1 and near[1][0] <= TOLERANCE and near[1][1] != near[0][1]:
        return None  # between two keyed colours: not told
    return near[0][1]


def _fill(r: Row, i: int) -> str | None:
    cell = r.cells[i] if i < len(r.cells) else None
    return cell.fill if cell is not None else None


def _columns_beside(t: PlanTable) -> tuple[list[Row], list[int]]:
    """The action rows and every column but the action's: where a column standing for each
    row's link (a fill, a mark) may be. No column where fewer than two rows hold an action: one
    row cannot show that a column speaks for every row. The action rows: no heading row, no
    empty action cell."""
    action = t.col("action")
    rows = [r for r in t.rows if not r.section and (action is None or r.text(action).strip())]
    if len(rows) < 2:
        return rows, []
    return rows, [i for i in range(len(t.roles)) if i != action]


def _chip_column(t: PlanTable) -> tuple[int, list[Row]] | None:
    """The column whose every action row holds no word but a fill, and those rows."""
    rows, columns = _columns_beside(t)
    for i in columns:
        if any(r.text(i).strip() for r in rows):
            continue
        filled = sum(
            i < len(r.cells) and (c := r.cells[i]) is not None and bool(c.fill) for r in rows
        )
        if 4 * filled >= 3 * len(rows):
            return i, rows
    return None


# ---- a key of shapes: '★ Recommendation 1: ...', each action row's cell the shape alone --------


def _cell_glyph(cell: Cell | None) -> str | None:
    """The one mark a cell holds and no word ('★'): its text, or its line's where the mark was
    read as the cell's fill (a coloured '◆' alone reads as a status chip, tables._paint_glyphs)."""
    if cell is None:
        return None
    text = cell.text.strip() or " ".join(ln.text for ln in cell.lines).strip()
    return text if text and " " not in text and glyph_word(text) else None


def _glyph_key(
    pages: Sequence[Page], recs: Sequence[tuple[str, str]], skip: Sequence[tuple[int, BBox]]
) -> dict[str, str]:
    """Mark -> recommendation number: lines outside the action tables opening with a mark as a
    word of its own, the rest of the line opening a listed recommendation or naming one by its
    label and number ('★ Recommendation 1: Improve ...'). One mark for two recommendations
    makes no key (the shape would not tell them apart)."""
    key: dict[str, str] = {}
    for page in pages:
        own = [box for n, box in skip if n == page.number]
        for ln in page.lines:
            first, _, rest = ln.text.strip().partition(" ")
            if not rest or not glyph_word(first) or _inside(ln.bbox, own):
                continue
            num = _named(rest, recs) or _labelled(rest)
            if num is not None and key.setdefault(first, num) != num:
                return {}
    return key


def _glyph_column(t: PlanTable, key: Mapping[str, str]) -> tuple[int, dict[int, str | None]] | None:
    """(the column, id(row) -> the number its mark keys) of the column whose action rows each
    hold a mark alone and no word, three rows in four at least a mark the key gives; None where
    no column is one."""
    rows, columns = _columns_beside(t)
    for i in columns:
        marks = [_cell_glyph(r.cells[i] if i < len(r.cells) else None) for r in rows]
        if any(m is None and r.text(i).strip() for m, r in zip(marks, rows, strict=True)):
            continue  # a word in the column: no column of marks
        if 4 * sum(m in key for m in marks if m is not None) < 3 * len(rows):
            continue
        return i, {id(r): key.get(m) if m else None for m, r in zip(marks, rows, strict=True)}
    return None


def _set_link_role(t: PlanTable, i: int, why: str) -> None:
    t.take_role(i, "rec", 0.8, why, at_least=True, source="fill key")


def adopt_glyph_links(
    tables: Sequence[PlanTable], pages: Sequence[Page], recs: Sequence[tuple[str, str]]
) -> dict[int, str | None]:
    """For action tables linked by a mark alone to a key of recommendations' marks: id(row) ->
    the number of the recommendation its mark keys (None: a mark the key gives none, or no
    mark). The marks' column's role is set to 'rec'."""
    own = [(p.page, p.bbox) for t in tables if t.kind == ACTION_TABLE for p in t.pieces]
    key: dict[str, str] | None = None
    out: dict[int, str | None] = {}
    for t in tables:
        if t.kind != ACTION_TABLE or t.col("rec") is not None:
            continue
        if key is None:
            key = _glyph_key(pages, recs, own)
        if len(set(key.values())) < 2:
            return out
        found = _glyph_column(t, key)
        if found is None:
            continue
        i, links = found
        _set_link_role(
            t, i, "each cell's mark is the one a key of the recommendations gives one: the link"
        )
        out.update(links)
    return out


def adopt_fill_links(
    tables: Sequence[PlanTable],
    pages: Sequence[Page],
    recs: Sequence[tuple[str, str]],
    keys: Sequence[Table] = (),
) -> dict[int, str | None]:
    """For action tables linked by a chip's fill, or by a mark alone, to a key of
    recommendations: id(row) -> the number of the recommendation its fill (its mark) keys
    (None: its fill matches no key colour, or its mark no key's mark). The chip column's role
    is set to 'rec'. Marks first: a key's mark is its shape whatever its colour, and a solid
    coloured mark alone ('◆') also reads as a fill. keys: the plan's tables of no plan header,
    where a key table of the recommendations' colours may be (adopt_row_fills)."""
    out = adopt_glyph_links(tables, pages, recs)
    own = [(p.page, p.bbox) for t in tables if t.kind == ACTION_TABLE for p in t.pieces]
    key: dict[tuple[int, int, int], str] | None = None
    for t in tables:
        if t.kind != ACTION_TABLE or t.col("rec") is not None:
            continue
        found = _chip_column(t)
        if found is None:
            continue
        if key is None:
            key = _key(pages, recs, own)
            colours = list(key)
            if any(
                _distance(a, b) <= 2 * TOLERANCE for n, a in enumerate(colours) for b in colours[:n]
            ):
                key = {}  # two key colours too close to tell apart
        if len(set(key.values())) < 2:
            break
        i, rows = found
        links = {id(r): _match(_fill(r, i), key) for r in rows}
        if 4 * sum(v is not None for v in links.values()) < 3 * len(rows):
            continue  # fills the key does not give: the column is no link by colour
        _set_link_role(
            t,
            i,
            "each cell's fill is the colour a key beside the recommendations gives one: the link",
        )
        out.update(links)
    # no chip column nor mark: the row's own fill, where a key table gives the colours
    rest = [t for t in tables if not any(id(r) in out for r in t.rows)]
    out.update(adopt_row_fills(rest, keys, recs))
    return out


# ---- a key table of the recommendations' colours, each action row filled in one of them --------

RGB = tuple[int, int, int]


def _key_table_colours(
    keys: Sequence[Table], recs: Sequence[tuple[str, str]]
) -> dict[str, set[RGB]]:
    """Recommendation number -> the fills of the key rows naming it: a table of no plan header
    whose row names one recommendation (its text opens a listed one, or names it by label and
    number: 'Recommendation 2 | <text>') and whose cells are filled."""
    per: dict[str, set[RGB]] = {}
    for t in keys:
        for row in t.rows:
            cells = [c for c in row if c is not None]
            text = " ".join(c.text for c in cells)
            num = _named(text, recs) or _labelled(text)
            fills = {rgb for c in cells if (rgb := fill_rgb(c.fill)) is not None}
            if num is not None and fills:
                per.setdefault(num, set()).update(fills)
    return per


def _own_colours(per: Mapping[str, set[RGB]]) -> dict[RGB, str]:
    """Colour -> number: each recommendation's colours that no other recommendation's row
    comes near (the pale tint every key row's text sits on tells none apart). No key where a
    recommendation keeps no colour of its own, or where one colour stands for two."""
    key: dict[RGB, str] = {}
    for num, colours in per.items():
        for c in colours:
            if not any(
                _distance(c, o) <= TOLERANCE for n, os in per.items() if n != num for o in os
            ):
                key[c] = num
    return key if set(key.values()) == set(per) else {}


def _row_link(r: Row, key: Mapping[RGB, str], skip: Iterable[int]) -> str | None:
    """The one recommendation the row's cells' fills key (None: none, or two). skip: columns
    whose fill is never a link (the status's: a key of recommendations rated by RAG fills)."""
    nums = {
        n
        for i, c in enumerate(r.cells)
        if c is not None and i not in skip and (n := _match(c.fill, key)) is not None
    }
    return nums.pop() if len(nums) == 1 else None


def adopt_row_fills(
    tables: Sequence[PlanTable], keys: Sequence[Table], recs: Sequence[tuple[str, str]]
) -> dict[int, str | None]:
    """For action tables whose rows are filled in the colours a key table of the recommendations
    gives each ('Recommendation 2 | <text>' on its colour), with no link column: id(row) -> the
    number of the recommendation the row's fill keys (None: its fills match no key colour).

    Why: a Word plan listing every action in one table in due order links each to its
    recommendation by the row's colour alone; read as it was, the row's tint under the status
    word was taken for the status (teal read blue, ochre amber) and no action linked. The fill
    is the link: the cells of a linked row filled in its recommendation's colours (the key
    row's strong colour and its tint) are marked PlanTable.link_fills, which the status reading
    skips (cell_rag). Three rows in four at least must match, else the table is left as read.
    The status column's fill never links (a key of recommendations rated by RAG fills)."""
    per = _key_table_colours(keys, recs)
    key = _own_colours(per)
    out: dict[int, str | None] = {}
    if len(set(key.values())) < 2:
        return out
    read: list[tuple[PlanTable, list[Row], dict[int, str | None]]] = []
    for t in tables:
        if t.kind != ACTION_TABLE or t.col("rec") is not None:
            continue
        rows, _ = _columns_beside(t)
        links = {id(r): _row_link(r, key, t.cols("rag")) for r in rows}
        if rows and 4 * sum(n is not None for n in links.values()) >= 3 * len(rows):
            read.append((t, rows, links))
    # one row alone (the last a page break carried under the header repeated) tells nothing
    # by itself: it is linked by its fill where a table of the plan's rows was
    if not any(len(rows) >= 2 for _, rows, _ in read):
        return out
    for t, rows, links in read:
        out.update(links)
        for r in rows:
            _mark_link_fills(t, r, per.get(links[id(r)] or "", set()))
    return out


def _mark_link_fills(t: PlanTable, r: Row, colours: Iterable[RGB]) -> None:
    """The row's cells filled in its recommendation's colours (the key row's strong colour and
    its tint), marked as the link's in PlanTable.link_fills: the status reading skips them."""
    shades = list(colours)
    for c in r.cells:
        rgb = fill_rgb(c.fill) if c is not None else None
        if (
            c is not None
            and rgb is not None
            and any(_distance(rgb, o) <= TOLERANCE for o in shades)
        ):
            t.link_fills.add(id(c))


def fill_link_warning(unlinked: Sequence[tuple[str, int]]) -> list[ExtractionWarning]:
    """plan_links_unread for rows of a colour-linked (or mark-linked) table whose fill no key
    colour matched, or whose mark the key gives no recommendation: (the action's ref or text,
    its page)."""
    if not unlinked:
        return []
    names = ", ".join(name for name, _ in unlinked[:5])
    return [
        ExtractionWarning(
            code="plan_links_unread",
            message=(
                f"{len(unlinked)} action(s) of a table linked to its recommendations by a "
                f"chip's or a row's colour, or a mark, carry a colour or a mark the key gives no "
                f"recommendation "
                f"({names}): not linked"
            ),
            page=unlinked[0][1],
        )
    ]


MIN_MARKS = 2  # kinds of mark a column shows before it may tell the actions apart


def unkeyed_marks_said(
    tables: Sequence[PlanTable], linked: int, recs: int
) -> list[ExtractionWarning]:
    """plan_links_unread where recommendations were read (two or more) but no action links to
    one, and an action table holds a column of no role whose rows each carry a mark alone, two
    kinds of mark or more ('★', '◆'): the marks may be the link, with no key read that gives
    them recommendations (a key printed as a picture, or none). Never guessed by order. A
    status column of such marks no status vocabulary or key reads is one too (its shapes
    printed as words, not painted as a status chip's fill)."""
    if linked or recs < 2:
        return []
    for t in tables:
        if t.kind != ACTION_TABLE or t.col("rec") is not None:
            continue
        rows, columns = _columns_beside(t)
        for i in columns:
            role = t.roles[i]
            if role not in (None, "other", "rag"):
                continue
            cells = [r.cells[i] if i < len(r.cells) else None for r in rows]
            if role == "rag" and any(c is not None and not c.text.strip() for c in cells):
                continue  # a shape painted as its fill: read as a status chip, no mark unread
            marks = [_cell_glyph(c) for c in cells]
            if role == "rag" and any(m and normalise_rag(m) is not None for m in marks):
                continue  # marks the status vocabulary reads ('✓'): the status's own
            if 4 * sum(m is not None for m in marks) < 3 * len(rows):
                continue
            if len({m for m in marks if m}) < MIN_MARKS:
                continue
            shown = ", ".join(sorted({m for m in marks if m}))
            return [
                ExtractionWarning(
                    code="plan_links_unread",
                    message=(
                        f"{len(rows)} actions carry a mark alone ({shown}) in a column no key "
                        "read gives recommendations: if the marks link the actions to the "
                        f"{recs} recommendations read, they were not read"
                    ),
                    page=rows[0].page,
                )
            ]
    return []
