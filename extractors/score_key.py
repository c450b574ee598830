"""A status column of scores: small numbers (or a % complete) that a printed key turns into
status words ('Key (Score): 4 = Complete, 3 = On track, 2 = Some risk, 1 = Off track; blank =
not started', '100% = Complete; 60-99% = On track; 30-59% = At risk; 0-29% = Off track').

A tracker kept in a spreadsheet often rates each action with a number and lets a conditional
format draw an icon for it; the number is the status, not the progress, and not the
recommendation it answers (a column of small numbers that recur reads like a Rec column). The
key printed above the table says what each number means. This module reads such a key, finds
the column whose every filled cell is a number the key covers (or the column the key names in
brackets, 'Key (Score)', even where its numbers are hidden behind their icons), makes it the
status column, and gives each number printed in it the colour of its meaning as a key entry
('3' -> green), so the status reader reads it as it reads a word.

A meaning the status words do not know ('Some risk') takes the colour of its place on the
scale, where the meanings it does know run in scale order: a scale of four reads red, amber,
green, blue (BRAG), one of three red, amber, green, from worst to best.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.cell_icons import Icon, page_icons
from plantrace.pipeline.document import Cell, Line, ParsedDocument
from plantrace.pipeline.normalise.label_scales import label_scale
from plantrace.pipeline.normalise.rag import is_status_state, key_heading, normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

_NUMBER = r"\d{1,3}(?:\.\d+)?"
# a score or a range of them, then what says its meaning follows: '4 =', '60-99% =', '1 -'
_SCORE = (
    rf"(?P<lo>{_NUMBER})\s*(?P<p1>%?)\s*(?:(?:-|–|—|to)\s*(?P<hi>{_NUMBER})\s*(?P<p2>%?)\s*)?"
    r"(?:[=:]|\s[-–—])\s*"
)
# one entry: '4 = Complete', '60-99% = On track', '100% = Achieved', '1: Off track', '1 - Off
# track'; it ends at a ';' or ',', or where the next entry's score begins (a key set one entry
# a line: '4 = Complete' over '3 = On track')
_NEXT = rf"\s+{_SCORE.replace('?P<lo>', '').replace('?P<p1>', '').replace('?P<hi>', '')}"
_NEXT = _NEXT.replace("?P<p2>", "")
# a meaning may be glossed after a colon ('3 = On track: delivering to plan'): the gloss is no
# part of the meaning's words
_ENTRY = re.compile(
    rf"(?<![\w.%]){_SCORE}(?P<phrase>[A-Za-z][^;,=:]*?)(?:\s*:\s*(?P<gloss>[^;,=:]*?))?"
    rf"\s*(?=[;,]|$|{_NEXT}[A-Za-z])"
)
# the key's heading with the column it names in brackets: 'Key (Score):', 'Key (% complete):'
_NAMED = re.compile(r"^\s*[A-Za-z][\w ]{0,30}?\s*\((?P<name>[^()]{1,40})\)\s*[:\-–—]")
_CELL = re.compile(rf"^\s*(?P<v>{_NUMBER})\s*(?P<p>%?)\s*$")
MIN_ENTRIES = 2  # a key explains two scores or more
MAX_ROWS = 10  # a key printed as a table is short
MAX_WORDS = 6  # a meaning is short ('Significant delay', 'Blue (complete)')
# the status colours from worst to best, and a scale's colours by its length (BRAG)
_ORDER = ("red", "amber", "green", "blue")
_SCALES = {4: ("red", "amber", "green", "blue"), 3: ("red", "amber", "green")}
_BLOCKED = {"ref", "action", "owner", "due", "rag", "recommendation_text"}


@dataclass(slots=True)
class ScoreEntry:
    low: float
    high: float
    meaning: str
    colour: str | None = None
    state: bool = False  # a progress state of no colour ('Not started', 'In progress')
    gloss: str = ""  # what the key says after the meaning ('On track: delivering to plan')


@dataclass(slots=True)
class ScoreKey:
    entries: list[ScoreEntry]
    percent: bool
    name: str | None  # the column the key names ('Score'), None where it names none
    text: str = ""
    unsure: list[str] = field(default_factory=list)  # meanings no colour could be told for

    def meaning(self, text: str) -> ScoreEntry | None:
        """The entry a cell's number falls in ('75%' in '60-99%'), None for any other text."""
        m = _CELL.match(text)
        if m is None or (m.group("p") and not self.percent):
            return None
        v = float(m.group("v"))
        inside = [e for e in self.entries if e.low <= v <= e.high]
        if inside:
            return inside[0]
        lows = [e for e in self.entries if e.low <= v]  # between two ranges ('99.5%')
        top = max(e.high for e in self.entries)
        return max(lows, key=lambda e: e.low) if lows and v <= top else None


def read_score_key(text: str, rag_key: Mapping[str, str] | None = None) -> ScoreKey | None:
    """The score key a line prints, None where it prints none: two entries or more pairing a
    number (or a range, or a %) with a short meaning, at least one meaning a status word."""
    text = " ".join(text.split())
    entries: list[ScoreEntry] = []
    percent = False
    for m in _ENTRY.finditer(text):
        if (
            not entries
            and text[: m.start()].strip()
            and not text[: m.start()].rstrip().endswith((":", "-", "–", "—"))
        ):
            return None  # 'Priority 1 - Reduce delay': a label's number, no key's opening score
        phrase = m.group("phrase").strip().rstrip(".")
        if len(phrase.split()) > MAX_WORDS:
            return None
        low = float(m.group("lo"))
        high = float(m.group("hi")) if m.group("hi") else low
        percent = percent or bool(m.group("p1") or m.group("p2"))
        gloss = (m.group("gloss") or "").strip().rstrip(".")
        entries.append(ScoreEntry(min(low, high), max(low, high), phrase, gloss=gloss))
    if len(entries) < MIN_ENTRIES or len({(e.low, e.high) for e in entries}) < len(entries):
        return None
    for e in entries:
        e.colour = normalise_rag(e.meaning, rag_key)
        e.state = e.colour is None and is_status_state(e.meaning)
        if e.colour is None and not e.state and e.gloss:  # '1 Concern: off track'
            e.colour = normalise_rag(e.gloss, rag_key)
    if all(e.colour is None for e in entries):
        return None  # numbered notes or a list: no meaning is a status
    entries.sort(key=lambda e: e.low)
    named = _NAMED.match(text)
    key = ScoreKey(entries, percent, named.group("name").strip() if named else None, text)
    _colour_by_place(key)
    return key


def _colour_by_place(key: ScoreKey) -> None:
    """Meanings no status word names take the colour of their place on the scale, where two
    known ones or more run in its order (worst first or best first); otherwise they stay
    unread. A scale of progress states ('1 = Not started ... 4 = Complete') is no scale of
    colours: its states stay of no colour, and the words between them unread."""
    scale = _SCALES.get(len(key.entries))
    known = [(i, e.colour) for i, e in enumerate(key.entries) if e.colour is not None]
    if any(e.state for e in key.entries) or len(known) < 2:
        scale = None
    if scale is not None:
        for order in (scale, scale[::-1]):
            if all(order[i] == colour for i, colour in known):
                for e, colour in zip(key.entries, order, strict=True):
                    e.colour = colour
                break
    else:
        ranks = [_ORDER.index(c) for _, c in known if c in _ORDER]
        if ranks != sorted(ranks) and ranks != sorted(ranks, reverse=True):
            key.unsure = [e.meaning for e in key.entries]
    key.unsure = key.unsure or [e.meaning for e in key.entries if e.colour is None and not e.state]


@dataclass(slots=True)
class PlacedKey:
    """A score key and where the plan prints it (its element's page and top)."""

    key: ScoreKey
    page: int
    top: float


def score_keys(elements: Sequence[Element], rag_key: Mapping[str, str] | None) -> list[ScoreKey]:
    """Every score key the plan prints: on a line of its own, or as a row of one cell (a key
    typed in a sheet's cell above the tracker)."""
    return [p.key for p in placed_keys(elements, rag_key)]


def placed_keys(elements: Sequence[Element], rag_key: Mapping[str, str] | None) -> list[PlacedKey]:
    """Every score key the plan prints, each with where it is printed (the first print of a
    key printed twice in the same words)."""
    found: list[PlacedKey] = []

    def add(text: str, page: int, top: float, headed: bool = True) -> None:
        key = read_score_key(text, rag_key)
        if key is None or any(key.text == k.key.text for k in found):
            return
        if headed or not key.unsure:  # no heading: every meaning a status word or state
            found.append(PlacedKey(key, page, top))

    before: Element | None = None
    for el in elements:
        for text in _key_texts([el], _heading_name(before)):
            add(text, el.page, el.top)
        before = el
    for text, page, top, headed, _ in _listed_keys(elements):
        add(text, page, top, headed)
    return found


def key_paragraphs(elements: Sequence[Element]) -> set[int]:
    """The indices of the paragraphs that print a score key one entry a line ('Score key' over
    '4 Complete: evidence of impact seen', '3 On track: ...'): a key's entries, not numbered
    headings (a bold score reads like a recommendation's number)."""
    keyed: set[int] = set()
    for text, _, _, headed, run in _listed_keys(elements):
        key = read_score_key(text)
        if key is not None and (headed or not key.unsure):
            keyed |= {id(ln) for ln in run}
    return {i for i, el in enumerate(elements) if any(id(ln) in keyed for ln in el.lines)}


# ---- a key set one entry a line, the score parted from its meaning by a space alone --------

# '4 Complete: evidence of impact seen', '60-99% On track'
_LISTED = re.compile(
    rf"^\s*(?P<score>{_NUMBER}\s*%?(?:\s*(?:-|–|—|to)\s*{_NUMBER}\s*%?)?)\s+(?P<rest>[A-Za-z].*)$"
)
_PITCH = 3.0  # font sizes from one entry's top to the next's, at the most: one key


def _listed_keys(
    elements: Sequence[Element],
) -> list[tuple[str, int, float, bool, list[Line]]]:
    """Keys set one entry a line ('4 Complete: evidence of impact seen' over '3 On track: ...',
    as a sheet's score and meaning cells print side by side), each as one key line ('Key
    (Score): 4 = Complete: ...; 3 = ...') with its page, its top and whether a heading ('Score
    key', 'Key') is printed over it. A space alone parts a score from its meaning only in such
    a run: two lines or more, their left edges level, each under the last; a numbered list's
    items are no key, as read_score_key finds no status among their words, and a run with no
    heading is a key only where every meaning is a status word or state (placed_keys). A line
    opened by a key's heading with its entries run on after it ('Score key 4 Complete 3 On
    track ...': the PDF's text ran the key's lines together) is such a key too. A key the page
    break cuts (the last lines of its page) goes on with the entries that open the next page,
    where their scores carry on its sequence ('4', '3' then '2', '1', '0'). With each, the
    lines it is read from."""
    lines = [ln for el in elements if el.table is None and el.raw is None for ln in el.lines]
    out: list[tuple[str, int, float, bool, list[Line]]] = []
    taken: set[int] = set()  # lines a key cut by the page break carried on to
    start = 0
    while start < len(lines):
        if id(lines[start]) in taken:
            start += 1
            continue
        end = start
        while (
            end < len(lines)
            and _LISTED.match(lines[end].text)
            and (end == start or _next_entry(lines[end - 1], lines[end]))
        ):
            end += 1
        entries: list[tuple[str, str]] = []
        name: str | None = None
        if end - start >= MIN_ENTRIES:
            run = lines[start:end]
            head = lines[start - 1] if start and _next_entry(lines[start - 1], run[0]) else None
            name = key_heading(head.text) if head is not None else None
            entries = [(m["score"], m["rest"]) for ln in run if (m := _LISTED.match(ln.text))]
        else:
            before, chain = _run_on(lines[start].text)
            if len(chain) >= MIN_ENTRIES and before and (name := key_heading(before)) is not None:
                end, entries = start + 1, chain
        if entries:
            last = lines[end - 1]
            more, carried = _carried_on(elements, last, entries)
            entries += more
            taken |= {id(ln) for ln in carried}
            text = "; ".join(f"{score} = {rest}" for score, rest in entries)
            out.append((_named(text, name), last.page, lines[start].bbox[1], name is not None,
                        lines[start:end] + carried))  # fmt: skip
        start = max(end, start + 1)
    return out


# entries run on along one line, each a score, a space and its meaning: '4 Complete: evidence of
# impact seen 3 On track: delivering to plan' (no digit inside a meaning)
_RUN_ON = re.compile(
    r"(?:^|\s)(?P<score>\d{1,3}%?)\s+(?P<rest>[A-Z][^\d;=]*?)(?=\s+\d{1,3}%?\s+[A-Z]|\s*$)"
)


def _run_on(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The entries run on at the end of a text, each right after the last, and the words before
    them ('Score key', a repeated header row)."""
    text = " ".join(text.split())
    found = list(_RUN_ON.finditer(text))
    chain: list[re.Match[str]] = []
    for m in reversed(found):
        if (not chain and m.end() == len(text)) or (chain and m.end() == chain[-1].start()):
            chain.append(m)
        elif chain:
            break
    chain.reverse()
    before = text[: chain[0].start()].strip() if chain else text
    return before, [(m["score"], m["rest"].strip()) for m in chain]


def _carried_on(
    elements: Sequence[Element], last: Line, entries: Sequence[tuple[str, str]]
) -> tuple[list[tuple[str, str]], list[Line]]:
    """The entries of a key cut by the page break, printed at the top of the next page: where
    the key's last line is the last thing its page prints, the entries that close the next
    page's first element's texts (a line, or a row of a table under its repeated header), or
    else the entries set one a line that open the page or follow that first element (a
    repeated print title over them, read as a line of its own), when their scores carry on the
    key's sequence and repeat none of its. With the entries, the lines set one entry a line
    that print them (they are the key's, no key of their own)."""
    if any(el.page == last.page and el.top > last.bbox[1] + 1 for el in elements):
        return [], []
    at = next((i for i, el in enumerate(elements) if el.page > last.page), None)
    if at is None or elements[at].page != last.page + 1:
        return [], []
    nxt = elements[at]
    texts: list[str] = [ln.text for ln in nxt.lines]
    rows = nxt.table.rows if nxt.table is not None else []
    grid = [r.cells for r in rows] + (list(nxt.raw.rows) if nxt.raw is not None else [])
    texts += [" ".join(dict.fromkeys(c.text for c in cells if c is not None)) for cells in grid]
    more = [e for t in texts for e in _run_on(t)[1]]
    carried: list[Line] = []
    if not more:
        more, carried = _opening_entries(elements[at:])
    if not more:
        return [], []
    # A key of ranges ('0-24% Off track') has no step to carry on, and any two lines that
    # open with a range ('1-2 year olds ...') end pages too: only single scores are followed.
    single = re.compile(rf"{_NUMBER}\s*%?")
    if not all(single.fullmatch(s.strip()) for s, _ in [*entries, *more]):
        return [], []
    scores = [float(s.strip().rstrip("%").strip()) for s, _ in [*entries, *more]]
    step = scores[1] - scores[0] if len(scores) > 1 else 0
    seq = step in (1, -1) and all(b - a == step for a, b in zip(scores, scores[1:], strict=False))
    return (more, carried) if seq else ([], [])


def _opening_entries(
    elements: Sequence[Element],
) -> tuple[list[tuple[str, str]], list[Line]]:
    """The entries set one a line at the top of a page (elements: the page's, from its first):
    a run of lines each a score and its meaning, each under the last, opening the page or right
    under its first line (a repeated print title); with the lines that print them."""
    page = elements[0].page if elements else 0
    lines = [
        ln
        for el in elements
        if el.page == page and el.table is None and el.raw is None
        for ln in el.lines
    ]
    if not lines:
        return [], []
    first = 0 if _LISTED.match(lines[0].text) else 1
    run: list[Line] = []
    for ln in lines[first:]:
        if (
            _LISTED.match(ln.text) is None
            or (run and not _next_entry(run[-1], ln))
            or (not run and first and not _next_entry(lines[0], ln))
        ):
            break
        run.append(ln)
    found = [(m["score"], m["rest"]) for ln in run if (m := _LISTED.match(ln.text))]
    return found, run


def _next_entry(prev: Line, ln: Line) -> bool:
    size = max(prev.font_size, ln.font_size, 1.0)
    return (
        ln.page == prev.page
        and 0 < ln.bbox[1] - prev.bbox[1] <= _PITCH * size
        and abs(ln.bbox[0] - prev.bbox[0]) <= 4 * size
    )


def _heading_name(el: Element | None) -> str | None:
    """What the line over a key table names (key_heading), None where none heads it."""
    if el is None or el.table is not None or el.raw is not None or not el.lines:
        return None
    return key_heading(el.lines[-1].text)


def _named(text: str, name: str | None) -> str:
    """A key line opened by the column its heading names ('Key (Score): ...'), as _NAMED reads."""
    return f"Key ({name}): {text}" if name else text


def _nearest_first(keys: Sequence[PlacedKey], t: PlanTable) -> list[PlacedKey]:
    """The keys in the order a table takes them: those printed above it (on its page or the
    pages before), the nearest first; then, where none above fits, those printed after it (a
    key in a footnote under the table), the nearest first."""
    above = [k for k in keys if (k.page, k.top) <= (t.page, t.top)]
    after = [k for k in keys if (k.page, k.top) > (t.page, t.top)]
    above.sort(key=lambda k: (k.page, k.top), reverse=True)
    after.sort(key=lambda k: (k.page, k.top))
    return above + after


def _key_texts(elements: Sequence[Element], name: str | None = None) -> list[str]:
    """The lines that may print a key: a paragraph, a row of one cell, a small table of a score
    and its meaning a row (opened by the column its heading names, name: 'Score key' over it)."""
    out: list[str] = []
    for el in elements:
        if el.table is None and el.raw is None:
            out.append(el.text)
        elif el.raw is not None:
            out += [_lone(cells) for cells in el.raw.rows]
            out.append(_named(paired, name) if (paired := _pairs(el.raw.rows)) else "")
        elif el.table is not None:
            out += [_lone(r.cells) for r in el.table.rows]
    return [t for t in out if "=" in t or ":" in t]


def _pairs(rows: Sequence[Sequence[Cell | None]]) -> str:
    """A small table of a score and its meaning a row ('4 | Complete') as one key line; '' for
    any other table."""
    entries = []
    for cells in rows:
        texts = [c.text.strip() for c in cells if c is not None and c.text.strip()]
        if len(texts) != 2 or _CELL.match(texts[0]) is None:
            return ""
        entries.append(f"{texts[0]} = {texts[1]}")
    return "; ".join(entries) if len(entries) <= MAX_ROWS else ""


def _lone(cells: Sequence[Cell | None]) -> str:
    filled = {id(c): c.text for c in cells if c is not None and c.text.strip()}
    return next(iter(filled.values())) if len(filled) == 1 else ""


@dataclass(slots=True)
class ScoreReading:
    """What the score keys gave: each action table's own key entries for the scores printed in
    its status column (a key keys the table it is printed with, not the whole plan), the words
    of icon legends read into cells, and what was left unread."""

    key: dict[str, str] = field(default_factory=dict)  # icon legends' words: the plan's key
    tables: dict[int, dict[str, str]] = field(default_factory=dict)  # id(table): its scores
    warnings: list[ExtractionWarning] = field(default_factory=list)
    said: set[tuple[str, int]] = field(default_factory=set)  # (what, page) warned of: once

    def table_key(self, t: PlanTable | None, rag_key: Mapping[str, str]) -> Mapping[str, str]:
        """The plan's key with the table's own score entries ('3' -> 'green'): for its rows."""
        own = self.tables.get(id(t)) if t is not None else None
        return {**rag_key, **own} if own else rag_key

    def warn(self, what: str, t: PlanTable, col: int, why: str) -> None:
        if (what, t.page) not in self.said:
            self.said.add((what, t.page))
            self.warnings.append(_unread(t, col, why))


class PageIcons:
    """The small images of a document's pages, each page's read once (pdfium's image decoding
    is slow, and every action table's status column asks)."""

    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
        self._pages: dict[int, list[Icon]] = {}

    def __call__(self, page: int) -> list[Icon]:
        if page not in self._pages:
            self._pages[page] = page_icons(self.doc, page)
        return self._pages[page]


def adopt_score_columns(
    elements: Sequence[Element],
    rag_key: Mapping[str, str] | None,
    doc: ParsedDocument | None = None,
) -> ScoreReading:
    """Each action table's column of scores made its status column, by the key printed nearest
    above it; the table's own key entries for the scores printed there ('3' -> 'green', '75%'
    -> 'green'), for the status reader of that table alone. Where the column prints no number
    at all and the page draws an icon in its cells (the number hidden behind its icon), each
    icon is read as the word a legend of the same icons prints beside it (doc: the PDF its
    pictures are read from). Scores whose meaning names no colour, icons no legend entry shows,
    two keys giving one score two colours and a key fitting two columns are warned of
    (plan_status_unread), once a page."""
    placed = placed_keys(elements, rag_key)
    out = ScoreReading()
    if not placed:
        _unread_keys(elements, out)
        return out
    icons = PageIcons(doc) if doc is not None else None
    tables = [el.table for el in elements if el.table is not None]
    tables = [t for t in tables if t.kind == ACTION_TABLE]
    for n, t in enumerate(tables):
        rag = t.col("rag")
        chosen: tuple[PlacedKey, int] | None = None
        torn: list[int] = []  # a key fitting two columns or more: which is the status?
        for pk in _nearest_first(placed, t):
            if rag is not None and _scores(t, rag, pk.key, icons):
                col = rag  # a status column read by its header ('RAG score'): its scores
            elif rag is not None and not _rated_by_its_label(t, rag):
                col = None
            elif rag is not None:  # a confidence column is the status only where no other is
                col, fits = _score_column(t, pk.key, icons)
                col = col if col != rag else None
                torn = torn or (fits if len(fits) > 1 else [])
            else:
                col, fits = _score_column(t, pk.key, icons)
                torn = torn or (fits if len(fits) > 1 else [])
            if col is not None:
                chosen = (pk, col)
                break
        if chosen is None:
            scaled = rag is not None and _rated_by_its_label(t, rag)
            if torn:
                cols = ", ".join(repr(t.labels[i]) if i < len(t.labels) else f"#{i + 1}"
                                 for i in torn)  # fmt: skip
                out.warn("torn", t, torn[0], f"the key fits its columns {cols} alike, so none"
                         " was read as the status")  # fmt: skip
            elif (rag is None or scaled) and (part := _partly_keyed(t, placed)) is not None:
                col, missing, said = part
                out.warn("partial", t, col, f"its scores {missing} are in no key the plan"
                         f" prints (the nearest, {said[:50]!r}, covers the others), so none was"
                         " read as the status")  # fmt: skip
            else:
                continue
            if scaled and rag is not None:  # the keyed column is the status, though unread
                _demote(t, rag, "another column is keyed as the status (its key unread)")
            continue
        pk, col = chosen
        key = pk.key
        if col != rag:
            if rag is not None:  # the confidence column read as status gives way to the scores
                _demote(t, rag, f"a column of scores the key {key.text[:60]!r} reads is the status")
            _adopt(t, col, key)
        if icons is not None and not any(r.text(col).strip() for r in t.rows if not r.section):
            read_icon_cells(icons.doc, t, col, key, rag_key, out, icons)
        own = out.tables.setdefault(id(t), {})
        uncoloured: dict[str, str] = {}
        unsure: dict[str, str] = {}
        for row in t.rows:
            text = " ".join(row.text(col).split()) if not row.section else ""
            entry = key.meaning(text) if text else None
            if entry is not None and entry.colour is not None:
                own[text.lower()] = entry.colour
                if entry.meaning in key.unsure:
                    unsure[text] = entry.meaning
            elif entry is not None and not entry.state:
                uncoloured[text] = entry.meaning
        if uncoloured:
            said = ", ".join(f"{k!r} ({v})" for k, v in list(uncoloured.items())[:4])
            out.warn("uncoloured", t, col, f"its scores {said} mean what no status colour was"
                     " told for, by word or by place on the key's scale")  # fmt: skip
        elif unsure:
            said = ", ".join(f"{k!r} ({v})" for k, v in list(unsure.items())[:4])
            out.warn("unsure", t, col, f"the key's colours run in no order from worst to best,"
                     f" so its scores {said} were read by their words alone")  # fmt: skip
        _rival_keys(t, col, pk, placed, tables[n - 1] if n else None, icons, out)
    return out


def _unread_keys(elements: Sequence[Element], out: ScoreReading) -> None:
    """Warned of: a key's heading that names an action table's column ('Score key' over a
    'Score' column), printed where no key could be read, the column holding no status: the plan
    says what its scores mean in a form not read, so they are read as no status."""
    named = {
        _norm(name): ln.text
        for el in elements
        if el.table is None and el.raw is None
        for ln in el.lines
        if (name := key_heading(ln.text))
    }
    if not named:
        return
    for el in elements:
        t = el.table
        rag = t.col("rag") if t is not None else None
        if t is None or t.kind != ACTION_TABLE:
            continue
        if rag is not None and not _rated_by_its_label(t, rag):
            continue  # a confidence column gives way to the column a key is printed for
        for i, label in enumerate(t.labels):
            filled = any(r.text(i).strip() for r in t.rows if not r.section)
            if filled and t.roles[i] not in _BLOCKED and (head := named.get(_norm(label))):
                out.warn("unkeyed", t, i, f"the plan prints a key for it ({head!r}) but no"
                         " entry of it could be read (a score and its meaning)")  # fmt: skip
                if rag is not None:
                    _demote(t, rag, f"the plan prints a key for {label!r}: that is the status")
                break


def _rival_keys(
    t: PlanTable,
    col: int,
    chosen: PlacedKey,
    placed: Sequence[PlacedKey],
    before: PlanTable | None,
    icons: PageIcons | None,
    out: ScoreReading,
) -> None:
    """Warned of: another key printed for the same table (above it and after the action table
    before it, as the key read) that fits its column and gives one of its scores another
    colour."""
    here = (t.page, t.top)
    since = (before.page, before.top) if before is not None else (0, float("-inf"))
    above = (chosen.page, chosen.top) <= here
    for pk in placed:
        at = (pk.page, pk.top)
        if pk is chosen or (above and not since < at <= here) or (not above and at <= here):
            continue
        if not _scores(t, col, pk.key, icons):
            continue
        for row in t.rows:
            text = " ".join(row.text(col).split()) if not row.section else ""
            mine, theirs = chosen.key.meaning(text), pk.key.meaning(text)
            if mine is None or theirs is None or mine.colour == theirs.colour:
                continue
            out.warn("rival", t, col, f"two keys give its score {text!r} two colours"
                     f" ({mine.colour or 'none'}, {theirs.colour or 'none'}); the nearer"
                     f" key, {chosen.key.text[:50]!r}, is read")  # fmt: skip
            return


def _unread(t: PlanTable, col: int, why: str) -> ExtractionWarning:
    label = t.labels[col] if col < len(t.labels) else f"#{col + 1}"
    return ExtractionWarning(
        code="plan_status_unread",
        message=f"status column {label!r} of scores read by the plan's key: {why}; those"
        " actions are read as no status (check with `plantrace tables`)",
        page=t.page,
    )


def _score_column(
    t: PlanTable, key: ScoreKey, icons: PageIcons | None = None
) -> tuple[int | None, list[int]]:
    """The column the key names by its header, where its filled cells are all scores the key
    covers (or none: numbers shown only as icons); else the one column of scores the key
    covers, of two filled cells or more, that holds no other role. With it, the columns that
    fit (two or more where none was taken)."""
    name = _norm(key.name) if key.name else None
    fitting: list[int] = []
    for i in range(len(t.roles)):
        if t.roles[i] in _BLOCKED or not _scores(t, i, key, icons):
            continue
        filled = [x for r in t.rows if not r.section and (x := r.text(i).strip())]
        label = _norm(t.labels[i]) if i < len(t.labels) else ""
        if name is not None and label == name:
            return i, [i]
        if len(filled) >= MIN_ENTRIES:
            fitting.append(i)
    return (fitting[0] if len(fitting) == 1 else None), fitting


def _partly_keyed(t: PlanTable, placed: Sequence[PlacedKey]) -> tuple[int, str, str] | None:
    """A column of scores a printed key covers in part (a key cut short, or for another scale):
    every filled cell a number, two or more, some of them the key's and some not. With it, the
    numbers no key covers and the key's text. Only a column the header reading gave no role
    (or 'other'), weighed against the nearest key alone: a column of baselines, targets, counts
    or years is figures of its own, and a key printed elsewhere in the plan is no key of this
    table's (both made false warnings on plans rated elsewhere or not at all)."""
    nearest = _nearest_first(placed, t)[:1]
    for i in range(len(t.roles)):
        if t.roles[i] in _BLOCKED:
            continue
        filled = [" ".join(x.split()) for r in t.rows if not r.section and (x := r.text(i).strip())]
        if len(filled) < MIN_ENTRIES or not all(_CELL.match(x) for x in filled):
            continue
        for pk in nearest:
            missing = sorted({x for x in filled if pk.key.meaning(x) is None})
            if not missing or len(missing) >= len(set(filled)):
                continue
            if t.roles[i] in (None, "other") or _cut_short(pk.key, missing):
                return i, ", ".join(repr(x) for x in missing[:4]), pk.key.text
    return None


def _cut_short(key: ScoreKey, missing: Sequence[str]) -> bool:
    """The numbers no entry covers are whole numbers running on from the key's own (a key '4 =
    Complete, 3 = On track' over scores 0 to 4): the key was cut short. Figures far from it
    (targets of 12 and 45 beside a 0-4 key) are of another kind. A column whose header gave it
    a role (small scores read as recommendation numbers, say) is weighed so."""
    if not all(x.isdigit() for x in missing):
        return False
    lo, hi = min(e.low for e in key.entries), max(e.high for e in key.entries)
    run = sorted({int(x) for x in missing} | set(range(int(lo), int(hi) + 1)))
    return all(b - a == 1 for a, b in zip(run, run[1:], strict=False))


def _scores(t: PlanTable, col: int, key: ScoreKey, icons: PageIcons | None = None) -> bool:
    """Every filled cell of the column (heading rows aside) is a score the key covers, and it
    shows one at least: a score, or an icon in a cell (a blank column fits no key)."""
    cells = [r.text(col).strip() for r in t.rows if not r.section]
    filled = [x for x in cells if x]
    if not all(key.meaning(x) is not None for x in filled):
        return False
    return bool(filled) or (icons is not None and _shows_icons(t, col, icons))


def _shows_icons(t: PlanTable, col: int, icons: PageIcons) -> bool:
    for r in t.rows:
        cell = r.cells[col] if not r.section and col < len(r.cells) else None
        if cell is not None and any(_in(i, cell) for i in icons(r.page)):
            return True
    return False


def _adopt(t: PlanTable, col: int, key: ScoreKey) -> None:
    t.take_role(
        col,
        "rag",
        0.9,
        f"its cells are scores the key {key.text[:60]!r} gives a status",
        source="score key",
    )


def _rated_by_its_label(t: PlanTable, col: int) -> bool:
    """Whether the status column is one whose label picks a scale of its own ('Confidence:
    High / Low'): such a column says how sure the lead is, and is the status only where the
    table has no other; a column of scores read through a printed key wins over it."""
    return bool(label_scale(t.labels[col] if col < len(t.labels) else None))


def _demote(t: PlanTable, col: int, why: str) -> None:
    """The confidence column no longer read as the status: another column is (or is meant to
    be, its key unread and warned of), and a plan's status is that column's."""
    t.take_role(col, "other", 0.7, why, source="score key")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


# ---- icons shown without their numbers, read by a legend of the same icons -----------------

_LEGEND_GAP = 160.0  # pt: a legend's word starts this near the right of its icon, at the most
_NEAR = 1.5  # mean signature levels apart, at the most, for two prints of one icon


def read_icon_cells(
    doc: ParsedDocument,
    t: PlanTable,
    col: int,
    key: ScoreKey | None,
    rag_key: Mapping[str, str] | None,
    out: ScoreReading,
    icons: PageIcons | None = None,
) -> None:
    """The column's blank cells given the word of the legend icon they show (a cell's text is
    then the icon's meaning, as the legend prints it), its key entry added to out. Nothing is
    read where the plan prints no legend of two distinct icons or more (a crest repeated on
    each page is no legend), and that is warned of where the column's cells show icons; a cell
    showing an icon the legend does not is warned of. icons: the document's page icons, read
    once (PageIcons)."""
    icons = icons if icons is not None else PageIcons(doc)
    last = max((r.page for r in t.rows), default=1)
    drawn = [i for p in range(1, min(last, len(doc.pages)) + 1) for i in icons(p)]
    if len(drawn) < 2:
        return
    cells = [(r, r.cells[col]) for r in t.rows if not r.section and col < len(r.cells)]
    shown: dict[int, Icon] = {}
    for row, cell in cells:
        inside = [i for i in drawn if cell is not None and i.page == row.page and _in(i, cell)]
        if len(inside) == 1:
            shown[id(cell)] = inside[0]
    in_table = {id(i) for i in shown.values()}
    legend = _legend(doc, [i for i in drawn if id(i) not in in_table and not _in_table(i, t)])
    if len({i.signature for i, _ in legend}) < MIN_ENTRIES:
        if shown:
            out.warn("legend", t, col, f"{len(shown)} of its cells show an icon (the score"
                     " hidden) but the plan prints no legend of two icons or more to read"
                     " them by")  # fmt: skip
        return
    unknown = 0
    for _, cell in cells:
        if cell is None or id(cell) not in shown:
            continue
        word = _match(shown[id(cell)], legend)
        if word is None:
            unknown += 1
            continue
        cell.text = word
        colour = _word_colour(word, key, rag_key)
        if colour is not None:
            out.key[text_key(word)] = colour
    if unknown:
        out.warn("unknown", t, col, f"{unknown} of its cells show an icon (the score hidden)"
                 " that no entry of the icons' legend shows")  # fmt: skip


def _in(icon: Icon, cell: Cell) -> bool:
    x, y = icon.centre
    b = cell.bbox
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def _in_table(icon: Icon, t: PlanTable) -> bool:
    return any(
        c is not None and r.page == icon.page and _in(icon, c) for r in t.rows for c in r.cells
    )


def _legend(doc: ParsedDocument, icons: Sequence[Icon]) -> list[tuple[Icon, str]]:
    """Each icon outside the table with the short phrase printed just to its right on its line:
    the legend's entries; an icon printed with two phrases, or a picture twice with two
    meanings, makes no entry."""
    out: list[tuple[Icon, str]] = []
    for icon in icons:
        lines = doc.pages[icon.page - 1].lines
        mid = icon.centre[1]
        beside = [
            ln for ln in lines
            if ln.bbox[1] - 2 <= mid <= ln.bbox[3] + 2
            and 0 <= ln.bbox[0] - icon.bbox[2] <= _LEGEND_GAP
        ]  # fmt: skip
        if not beside:
            continue
        ln = min(beside, key=lambda x: x.bbox[0])
        phrase = " ".join(ln.text.split()).rstrip(".:")
        if phrase and len(phrase.split()) <= MAX_WORDS and phrase[0].isalpha():
            out.append((icon, phrase))
    meanings: dict[tuple[int, ...], set[str]] = {}
    for icon, phrase in out:
        meanings.setdefault(icon.signature, set()).add(phrase.lower())
    return [(i, p) for i, p in out if len(meanings[i.signature]) == 1]


def _match(icon: Icon, legend: Sequence[tuple[Icon, str]]) -> str | None:
    """The legend's word for the icon: the entry of its very picture, else the nearest entry
    when it is near and nearer than any entry of another word."""
    for entry, phrase in legend:
        if entry.signature == icon.signature:
            return phrase
    scored = sorted((_distance(icon, entry), phrase) for entry, phrase in legend)
    if not scored or scored[0][0] > _NEAR:
        return None
    rivals = [d for d, p in scored if p.lower() != scored[0][1].lower()]
    return scored[0][1] if not rivals or rivals[0] > 2 * scored[0][0] else None


def _distance(a: Icon, b: Icon) -> float:
    if len(a.signature) != len(b.signature) or not a.signature:
        return float("inf")
    return sum(abs(x - y) for x, y in zip(a.signature, b.signature, strict=True)) / len(a.signature)


def _word_colour(word: str, key: ScoreKey | None, rag_key: Mapping[str, str] | None) -> str | None:
    """The colour the score key gives the word (its place on the scale), else the word's own."""
    low = text_key(word)
    if key is not None:
        for e in key.entries:
            if text_key(e.meaning) == low and e.colour is not None:
                return e.colour
    return normalise_rag(word, rag_key)
