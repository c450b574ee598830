"""Status shown by how much of a circle is filled (a 'Harvey ball'), and the key that names each.

A tracker may print an action's status as a circle empty, a quarter, half, three-quarters or
wholly filled, with no word, and explain the fills once in a key ('Key: ○ Not started ◔ Off
track ◑ At risk ◕ On track ● Complete'). The balls are printed as characters (U+25CB, U+25D4 ..)
or drawn as vector paths: an outlined circle with a filled wedge inside it. Nothing here knows
any template's colours or words; the shares and characters are data (extractors/data/
fill_scale.json):

- read_balls: the drawn balls of a page, from its mark-sized curved paths: an outlined circle
  (its own fill white or none) and the filled shapes inside it, the share filled their area over
  the circle's. A page's circles are balls only where one of them is partly filled (a wedge): a
  lone outlined circle is a bullet or an option box, a lone filled one a status dot;
- paint_balls: a table cell with no text holding one drawn ball reads as the character that
  prints that share, so a drawn ball and a printed one read alike, through the plan's key;
- ball_key: the key, from a line of ball characters each before a short phrase, or from drawn
  balls each standing before one on a line: the character -> the colour its words mean. The
  key's words give the colours; a scale of three shares between empty and full reads worst to
  best by its fill where no vocabulary reads its words against that order (words it does not
  know, or reads in the fill's direction but coarsely): the fill is the order. Words read
  against the fill's order ('◔ On track ◕ Off track') keep their colours and are warned of.
  Empty is the state before any, never a colour; a full ball is the
  vocabulary's colour for its words.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from importlib import resources

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Line, Page, Table
from plantrace.pipeline.normalise.rag import normalise_rag

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/fill_scale.json").read_text("utf-8")
)
GLYPH_SHARES: dict[str, float] = {str(k): float(v) for k, v in _DATA["glyphs"].items()}
BETWEEN_COLOURS: list[str] = list(_DATA["between_colours"])
SHARES = sorted(set(GLYPH_SHARES.values()))

Shape = tuple[BBox, str | None, bool, float]  # points' box, fill colour, stroked, area

ROUND = 0.15  # a circle's area over its box's is pi/4 give or take this (an ellipse, a polygon)
SQUARE = 1.15  # a circle is as wide as high within this
INSIDE = 1.5  # points: a wedge lies within its circle's box give or take this
PARTLY = (0.1, 0.9)  # a share between these is a wedge: the page draws balls
KEY_ENTRIES = 3  # a key names three shares at least, one of them partly filled
KEY_WORDS = 5  # a key's entry is a short status, not a sentence


def glyph_for(share: float) -> str:
    """The character that prints the share nearest this one (the first listed for it)."""
    best = _nearest(share)
    return next(g for g, s in GLYPH_SHARES.items() if s == best)


def _nearest(share: float) -> float:
    return min(SHARES, key=lambda s: abs(s - share))


def read_balls(shapes: Sequence[Shape]) -> tuple[list[tuple[BBox, float]], set[BBox]]:
    """The drawn balls (circle box, share filled) among a page's mark-sized curved shapes, and
    the boxes of the shapes they are made of (not status dots of their own). None where no
    circle on the page is partly filled."""
    outlines = [s for s in shapes if s[2] and s[1] is None and _circle(s[0], s[3])]
    balls: list[tuple[BBox, float]] = []
    parts: set[BBox] = set()
    for box, _fill, _stroked, area in outlines:
        inside = [s for s in shapes if s[1] is not None and _within(s[0], box)]
        filled = sum(s[3] for s in inside)
        balls.append((box, min(1.0, filled / area) if area > 0 else 0.0))
        parts.update(s[0] for s in inside)
    if not any(PARTLY[0] < share < PARTLY[1] for _, share in balls):
        return [], set()
    return balls, parts | {b for b, _ in balls}


def _circle(box: BBox, area: float) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    if w <= 0 or h <= 0 or max(w, h) > SQUARE * min(w, h):
        return False
    return abs(area / (w * h) - math.pi / 4) <= ROUND


def _within(a: BBox, b: BBox) -> bool:
    return (
        a[0] >= b[0] - INSIDE
        and a[1] >= b[1] - INSIDE
        and a[2] <= b[2] + INSIDE
        and a[3] <= b[3] + INSIDE
    )


def paint_balls(table: Table, page: Page) -> None:
    """Each cell with no text that holds one drawn ball takes the character printing its share
    as its text (in place): the status column then reads as one of printed balls does."""
    balls = page_balls(page)
    if not balls:
        return
    for row in table.rows:
        for cell in row:
            if cell is None or cell.text.strip():
                continue
            x0, y0, x1, y1 = cell.bbox
            inside = [
                share for (a, b, c, d), share in balls
                if x0 - 1 <= (a + c) / 2 <= x1 + 1 and y0 - 1 <= (b + d) / 2 <= y1 + 1
            ]  # fmt: skip
            if len(inside) == 1:
                cell.text = glyph_for(inside[0])


def page_balls(page: Page) -> list[tuple[BBox, float]]:
    """The page's drawn balls, read with its rulings."""
    _ = page.rulings
    return page.balls


def ball_key(
    pages: Iterable[Page], warnings: list[ExtractionWarning] | None = None
) -> dict[str, str]:
    """The plan's key of balls: each ball character -> the colour its key words mean; {} where
    no page prints a key of three shares or more (one partly filled). The first key found
    holds: a plan keys its balls once, or repeats the same key on each page. A key whose words
    read colours out of the fill's order is warned of in `warnings`."""
    for page in pages:
        lines = [*page.lines, *page.header_footer]  # a key repeated at each page's foot
        for entries in _printed_keys(lines) or _drawn_keys(page, lines):
            clashes: list[str] = []
            key = scale_key(entries, clashes)
            if key:
                if clashes and warnings is not None:
                    warnings.append(_clash_warning(clashes, page.number))
                return key
    return {}


def _printed_keys(lines: Sequence[Line]) -> list[list[tuple[float, str]]]:
    out = []
    for ln in lines:
        if sum(1 for ch in ln.text if ch in GLYPH_SHARES) < KEY_ENTRIES:
            continue
        entries = _split_key(_gapped_text(ln))
        if _is_key(entries):
            out.append(entries)
    return out


def _gapped_text(line: Line) -> str:
    """The line's words, a wide gap (the key's end, a footer set on its line) written as a
    break that ends the entry before it."""
    words = line.words
    if not words:
        return line.text
    parts = [words[0].text]
    for a, b in zip(words, words[1:], strict=False):
        parts.append(_BREAK if b.x0 - a.x1 > KEY_GAP * max(line.font_size, 4.0) else " ")
        parts.append(b.text)
    return "".join(parts)


_BREAK = "\n"
KEY_GAP = 3.0  # font sizes: a wider gap between words ends the key's entry before it


def _split_key(text: str) -> list[tuple[float, str]]:
    """(share, words) for each ball character of a line and the words after it, up to the
    next ball character or a break."""
    entries: list[tuple[float, str]] = []
    share: float | None = None
    words: list[str] = []
    for ch in text + _BREAK:
        if ch in GLYPH_SHARES or ch == _BREAK:
            if share is not None:
                entries.append((share, " ".join("".join(words).split()).strip(" ,;:|")))
            share = GLYPH_SHARES.get(ch)
            words = []
        else:
            words.append(ch)
    return entries


def _is_key(entries: Sequence[tuple[float, str]]) -> bool:
    shares = [s for s, _ in entries]
    return (
        len(set(shares)) == len(shares) >= KEY_ENTRIES
        and any(PARTLY[0] < s < PARTLY[1] for s in shares)
        and all(w and len(w.split()) <= KEY_WORDS and w[0].isalpha() for _, w in entries)
    )


def _drawn_keys(page: Page, lines: Sequence[Line]) -> list[list[tuple[float, str]]]:
    """Drawn balls standing side by side on a line, each before a short phrase."""
    from plantrace.pipeline.marks import words_after  # marks paints cells with this module

    balls = page.balls  # read with the rulings of the page's tables, where they are drawn
    if len(balls) < KEY_ENTRIES:
        return []
    marks = [(b, "") for b, _ in balls]
    rows: dict[int, list[tuple[float, float, str]]] = {}
    for box, share in balls:
        words = words_after(box, lines, marks)
        if not words:
            continue
        text = " ".join(w.text for w in words)
        rows.setdefault(round((box[1] + box[3]) / 4), []).append((box[0], share, text))
    out = []
    for found in rows.values():
        entries = [(_nearest(share), text.strip(" ,;:|")) for _, share, text in sorted(found)]
        if _is_key(entries):
            out.append(entries)
    return out


def scale_key(
    entries: Sequence[tuple[float, str]], clashes: list[str] | None = None
) -> dict[str, str]:
    """Each share's characters -> the colour the key's words for it mean; an empty ball is no
    colour (left out). Where the shares between empty and full are three, they read worst to
    best by their place in the fill where their words agree with that order or say nothing of
    it: words the vocabulary does not read as red, amber or green, or reads in the fill's
    direction ('◔ Behind plan' read as amber, '◕ On target' as green: the quarter is the worst,
    red). Where the words read against it ('◔ On track ... ◕ Off track'), each read word keeps
    its colour, only the unread take their place's, and the read entries that are not in their
    place are added to `clashes` (their words) to be warned of."""
    colours = {share: normalise_rag(words) for share, words in entries}
    between = sorted(s for s in colours if 0.0 < s < 1.0)
    if len(between) == len(BETWEEN_COLOURS):
        ranks = [BETWEEN_COLOURS.index(c) for s in between if (c := colours[s]) in BETWEEN_COLOURS]
        against = any(b < a for a, b in zip(ranks, ranks[1:], strict=False))
        words = dict(entries)
        for share, placed in zip(between, BETWEEN_COLOURS, strict=True):
            read = colours[share]
            if not against or read not in BETWEEN_COLOURS:
                colours[share] = placed
            elif read != placed and clashes is not None:
                clashes.append(f"{glyph_for(share)} {words[share]}")
    key: dict[str, str] = {}
    for glyph, share in GLYPH_SHARES.items():
        colour = colours.get(share)
        if share > 0.0 and colour is not None:
            key[glyph] = colour
    return key


def _clash_warning(clashes: Sequence[str], page: int) -> ExtractionWarning:
    said = ", ".join(f"'{c}'" for c in clashes)
    return ExtractionWarning(
        code="plan_status_unread",
        message=f"the key of circles partly filled reads {said} as a colour out of the fill's"
        " order (worst to best as the circle fills): each is read by its words, which may be"
        " the reverse of what the fill shows",
        page=page,
    )


UNKEYED = 2  # balls partly filled, at the least, that need a key to be read


def unkeyed_balls(
    pages: Sequence[Page],
    key: Mapping[str, str],
    radios: Collection[tuple[int, BBox]] = (),
) -> list[ExtractionWarning]:
    """A warning where the plan prints statuses as circles partly filled (drawn, or characters
    alone in their place: '◑') but no key says what the fills mean: those statuses are read as
    none, not guessed from the fill. radios: the circles read as a form's radio buttons (a
    dot in a ring is the option chosen), no statuses."""
    if any(g in key for g, share in GLYPH_SHARES.items() if 0.0 < share < 1.0):
        return []
    count, page_no = 0, None
    for page in pages:
        found = sum(
            1 for box, share in page.balls
            if PARTLY[0] < share < PARTLY[1] and (page.number, box) not in radios
        )  # fmt: skip
        found += sum(
            1 for ln in page.lines for w in ln.text.split()
            if 0.0 < GLYPH_SHARES.get(w, 0.0) < 1.0
        )  # fmt: skip
        if found and page_no is None:
            page_no = page.number
        count += found
    if count < UNKEYED:
        return []
    return [
        ExtractionWarning(
            code="plan_status_unread",
            message=f"{count} statuses are printed as circles partly filled ('◔', '◑', '◕')"
            " but no key printed with them says what each fill means: they are read as no"
            " status",
            page=page_no,
        )
    ]
