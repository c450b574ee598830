"""Actions written as commitments in running text: bullets and action lines naming who and when.

Plans inside reports and minutes set their actions out in neither a table nor numbered
paragraphs: a committee report lists them as BULLETS under a lead-in ('We will:'), each ending
in who and when, in a closing bracket ('(Head of Service, March 2026)', '(HoVS; May 2027)') or
a trailing clause ('– Head of Service by March 2026'); minutes of a board record them as ACTION
LINES, a reference then '<who> to <do something> by <when>.' ('ACTION IB25/07: DCS to ... by
March 2026.', 'AP-3: Head of Service to ... (Life of the plan).'). The evidence is the shape of
the item, never the words: a closing bracket or clause that splits into an owner and a date,
or an owner of a few words, ' to ' and a verb's clause, then a date after its last ' by '.
A list's own numbers or letters ('1.', '(a)') open items as bullets do, and a few words after a
dash closing a bullet's who and when are its status ('(SP, Dec 2026) – some concern').

A line under an item that opens with a note or status label ('Position: Major slippage. Work
started.', 'Board rating: On schedule') is the item's: a status its first sentence reads as,
a note the rest. A progress report that sorts its items into lists by status prints a line of
its own over each list ('Completed', 'Delayed'): an item with no status of its own takes the
status of the list it sits in. Each run of items (no other text between them) is read into an action table
(ref | action | owner | due | rag | progress), so the plan reader links them to the
recommendation whose section they are in, as it does a table's rows.

Only where the plan's action tables hold no actions, and only when at least MIN_ITEMS items
name a date: a bullet list of a report's achievements names no owner and date, and is left
as text. An item whose who/when part names no date ('(DN; Life of the plan)') counts once
the plan has dated items of the same kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row
from plantrace.extractors.plan_prose import (
    FIELD_LABELS,
    NOTE_LABELS,
    ROLES,
    beside,
    carries_on,
    clause_text,
    closing_status,
    closing_who_when,
    made_cell,
    opens_update,
    read_fields,
    read_update,
    reads_as_status,
    rows_as_tables,
)
from plantrace.extractors.plan_tags import tag_cell
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.owners import split_owner_due
from plantrace.pipeline.normalise.rag import normalise_rag, rag_from_fill

MIN_ITEMS = 2  # dated items a plan needs before any of its items is read as an action
_MAX_OWNER_WORDS = 8  # an owner is a name or a post: 'Service Manager, Care Leavers'
BULLET = "bullet"  # kinds of item: a bullet, a list's number, or a line opening with its ref
NUMBER = "number"
LINE = "line"
# an item whose bullet is drawn, not printed as text (a browser draws a list's discs): no mark
# opens it, its indent under the line above does, or the close of the item above it
DRAWN = "drawn"
# a bullet glyph opening a line: one character, a symbol, a dash or a private-use glyph (a
# Symbol font's bullet), then a space; a letter, digit, bracket or quote opens text instead
_BULLET = re.compile(r"^\s*(?P<glyph>[^\w\s()\[\]'\"‘’“”£$€#%&@.,;:!?])\s+")
_GLYPH_KINDS = ("So", "Sm", "Pd", "Po", "Co")
# a list item's own number or letter opening a line: '1.', '2)', '(3)', 'a)', '(b)', 'iv.'; a
# number of two levels ('2.1') opens a prose action paragraph instead (plan_prose)
_NUMBER = re.compile(
    r"^\s*(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(?=\S)"
)
# a reference then a colon opening a line: 'ACTION IB25/07:', 'AP-3:', 'Action point 7:'; the
# reference holds a digit, and at most two words (the log's own label) come before it
_LINE_REF = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,2}?(?P<ref>[A-Za-z]{0,4}[-/]?\d[\w/.-]*)\s*:\s+(?=\S)"
)
_NO_MARK = re.compile(r"(?!)")  # a drawn bullet leaves no mark in the text
# what opens an item of each kind, bar a bullet
_KIND_MARK = {LINE: _LINE_REF, NUMBER: _NUMBER, DRAWN: _NO_MARK}
# '<who> to <do>' then when, after its last ' by ' or in a closing bracket
_WHO_TO = re.compile(r"^(?P<owner>[^.;:()]+?)\s+to\s+(?P<text>[a-z].*)$", re.S)
_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_TAIL_BRACKET = re.compile(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.;]?\s*$")
# a bullet's inline fields (inline_fields): the status after a closing bracket naming who and
# when, no dash between ('(Lead: X; May 2027) On target'); a spaced dash parting each field
# ('<do> – <who> – <when> – <status>')
_AFTER_BRACKET = re.compile(r"^(?P<before>.*\))\s*(?P<status>[^()]+?)\s*[.;]?\s*$", re.S)
_FIELD_DASH = re.compile(r"\s+[–—-]\s+")
_STATUS_WORDS = 4  # words of a status printed after the closing who/when
# where the who/when inside a bracket part, when the date normaliser reads no date: the last
# semicolon or spaced dash ('(DN; Life of the plan)')
_STRONG_SEP = re.compile(r"\s*;\s+|\s+[–—]\s+")
# else the last comma before a date ('(DN, July 2024 Corporate Parenting Board)': titles hold
# commas, 'Service Manager, Fostering, end of spring term 2025'), or the last comma at all
_COMMA = re.compile(r",\s+")
_DUE_WORDS = 6  # an undated due is a short phrase: 'Life of the plan'
# a note or status label opening a line under an item: a label, or a label after a word or two
# ('Board rating:'); the labels are plan_prose's data
_NOTE = re.compile(
    r"^\s*(?P<label>(?:[A-Za-z]+\s+){0,2}?[A-Za-z?]+(?:\s+[A-Za-z]+)?)\s*:\s*(?P<value>.*)$", re.S
)
_SENTENCE = re.compile(r"(?<=[.;])\s+|\.$")
_UPDATE_DROP = 3.0  # font sizes: an update line sits under its item, a paragraph gap at most


@dataclass(slots=True)
class Item:
    """One commitment: its lines, the note lines under it, and what it says."""

    kind: str
    lines: list[Line]
    ref: str = ""
    notes: list[Line] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # role -> value as printed
    dated: bool = False  # its who/when names a date the date normaliser reads
    listed: str | None = None  # the status heading of the list it sits in ('Completed')

    @property
    def body(self) -> str:
        text = join_text(ln.text for ln in self.lines)
        m = bullet_mark(text) if self.kind == BULLET else _KIND_MARK[self.kind].match(text)
        return " ".join((text[m.end() :] if m else text).split())


def adopt_commitments(elements: list[Element]) -> list[Element]:
    """Elements with a plan's commitment bullets and action lines read as action tables; the
    elements unchanged where its action tables hold actions or too few items name a date."""
    if any(
        el.table is not None and el.table.kind == ACTION_TABLE and el.table.rows for el in elements
    ):
        return elements
    items = [it for it in _items(elements) if _read(it)]
    kinds = {it.kind for it in items if it.dated}
    if sum(it.dated for it in items) < MIN_ITEMS:
        return elements
    return _rebuild(elements, [it for it in items if it.kind in kinds])


def status_lists(elements: Sequence[Element]) -> int:
    """How many different status headings ('Completed', 'Delayed') head the lists of the plan's
    bullets: two or more, and the plan prints its actions sorted into lists by status, not in
    its own order (plan.py warns where the actions carry no numbers to restore it)."""
    return len({it.listed for it in _items(elements) if it.listed is not None})


def _items(elements: Sequence[Element]) -> list[Item]:
    """Every bullet and referenced line of the plan's text, with the lines that carry it on
    and the note lines under it, in reading order; a table ends the item before it."""
    out: list[Item] = []
    current: Item | None = None
    heading: str | None = None  # the status the lone line over the items names
    hued = _hued_headings(elements)
    above: Line | None = None  # the last line read, while no item is open
    for el in elements:
        if tag_cell(el) is not None:
            continue  # a status tag beside an item's line (plan_tags), no table between items
        if el.table is not None or el.raw is not None:
            current, heading, above = None, None, None
            continue
        for ln in el.lines:
            kind = _opens(ln) or _drawn(current, above, ln)
            note = note_role(_strip_bullet(ln.text))
            if current is not None and note is not None and ln.x0 >= current.lines[0].x0 - 2:
                current.notes.append(ln)
            elif current is not None and current.notes and beside(current.notes[-1], ln):
                current.notes.append(ln)  # the next clause of the note, a tab along its line
            elif current is not None and kind is None and _update_under(current, ln):
                current.notes.append(ln)
            elif current is not None and _open_bracket(current.lines) and _carries(current, ln):
                current.lines.append(ln)  # '– mid-Apr 2026)' ends the bracket a line opened
            elif current is not None and kind == BULLET and _dash_wrap(current, ln):
                current.lines.append(ln)  # '– Service Manager, by July 2026' wrapped
            elif kind is not None:
                current = Item(kind, [ln], listed=heading)
                out.append(current)
            elif current is not None and _carries(current, ln):
                (current.notes or current.lines).append(ln)
            else:
                current = None
                heading = _status_heading(el, ln, hued)
            above = ln if current is None else None
    return out


def _drawn(current: Item | None, above: Line | None, line: Line) -> str | None:
    """DRAWN where a line with no mark opens an item of a list whose bullets are drawn: indented
    under the line above it (a lead-in or a heading) by a font size or more, or at the left
    edge of the drawn item above once that item has closed with its who and when. A line
    opening with a label and its number that says no '<who> to <do>' ('Recommendation 2: ...')
    is a heading over the list, no item."""
    if current is not None and current.kind == LINE and _who_to(current.body) is None:
        above, current = current.lines[-1], None  # 'Recommendation 2: ...' heads the list
    if current is None:
        return DRAWN if above is not None and line.x0 - above.x0 >= line.font_size else None
    if current.kind != DRAWN or current.notes or abs(line.x0 - current.lines[0].x0) > 2:
        return None
    return DRAWN if _closing_status(current.body)[0] is not None else None


def _status_heading(el: Element, line: Line, hued: bool = False) -> str | None:
    """The status a line standing alone over a list names ('Completed', 'Delayed'): a progress
    report sorts its items into lists by status, and the list an item sits in is its status.
    A line of its own (a paragraph of one line) that reads as a status, else None: any other
    text between lists ends the heading's reach. Where the plan colours its status headings
    by status (hued), the heading's colour is its RAG: 'Delayed' printed red is red, whatever
    the word alone would read as."""
    text = " ".join(line.text.split()).rstrip(":")
    if len(el.lines) != 1 or not reads_as_status(text):
        return None
    colour = rag_from_fill(line.colour) if hued else None
    if colour is not None and normalise_rag(text) != colour:
        return f"{text} ({colour})"  # the RAG normaliser reads the colour named in brackets
    return text


def _hued_headings(elements: Sequence[Element]) -> bool:
    """Whether the plan's status headings (lone lines reading as a status) are printed in
    colours that tell statuses apart: two or more RAG colours among them. One colour for all
    is the template's heading style, which says nothing of any status."""
    colours = {
        rag_from_fill(el.lines[0].colour)
        for el in elements
        if el.table is None and el.raw is None and len(el.lines) == 1
        if reads_as_status(" ".join(el.lines[0].text.split()).rstrip(":"))
    }
    return len(colours - {None}) >= 2


def _dash_wrap(item: Item, line: Line) -> bool:
    """A line opening with a dash at the item's hanging indent, the item not yet closed by its
    who and when: the item's text wrapped right before its trailing '– <who>, <when>' clause,
    so the dash that opens the clause opens the line; no bullet of a list of its own, which
    would stand at the item's bullet, not right of it where its text hangs."""
    m = bullet_mark(line.text)
    first = item.lines[0]
    if m is None or unicodedata.category(m.group("glyph")) != "Pd" or item.kind != BULLET:
        return False
    own = bullet_mark(first.text)
    if own is None or own.group("glyph") == m.group("glyph"):
        return False  # a list whose bullets are dashes: the line is the next item
    hangs = line.x0 > first.x0 + 0.8 * first.font_size
    last = item.lines[-1]
    return (
        hangs and carries_on(last, line, None, first.x0) and _closing_status(item.body)[0] is None
    )


def bullet_mark(text: str) -> re.Match[str] | None:
    m = _BULLET.match(text)
    return m if m and unicodedata.category(m.group("glyph")) in _GLYPH_KINDS else None


def _open_bracket(lines: Sequence[Line]) -> bool:
    text = " ".join(ln.text for ln in lines)
    return text.count("(") > text.count(")")


def _opens(line: Line) -> str | None:
    if bullet_mark(line.text):
        return BULLET
    if _LINE_REF.match(line.text):
        return LINE
    return NUMBER if _NUMBER.match(line.text) else None


def _strip_bullet(text: str) -> str:
    m = bullet_mark(text)
    return text[m.end() :] if m else text


def _carries(item: Item, line: Line) -> bool:
    """A wrapped line of the item or its note: plan_prose's test, in the item's weight (a bold
    heading right under a note opens the next section), or in another weight at the item's
    hanging indent, right of where the item starts, where no heading stands (a status word in
    bold wrapped to a line of its own: '... (SP, Dec 2026) –' / 'some concern')."""
    last = (item.notes or item.lines)[-1]
    first = item.lines[0]
    hangs = not item.notes and line.x0 > first.x0 + first.font_size
    return (line.bold == last.bold or hangs) and carries_on(last, line, None, first.x0)


def _update_under(item: Item, line: Line) -> bool:
    """A line under an item that opens with a label in the council's own words ('Where things
    stand: ...', 'Confidence: Minor slippage'): the item's update, once the item has closed with
    its who and when, when the line is not left of the item and follows it in print."""
    if item.notes or not opens_update(line) or line.x0 < item.lines[0].x0 - 2:
        return False
    last = item.lines[-1]
    if line.page == last.page and not 0 < line.top - last.top <= _UPDATE_DROP * last.font_size:
        return False
    if line.page not in (last.page, last.page + 1):
        return False
    body = item.body
    if item.kind == LINE:
        return _who_to(body) is not None
    return _closing_status(body)[0] is not None or _sentence(body)[0] is not None


def note_role(text: str) -> str | None:
    """The field a note line gives by its label ('Position:' a note, 'Board rating:' a status):
    the label, or its last words, is one of plan_prose's note or field labels."""
    m = _NOTE.match(text)
    if m is None:
        return None
    words = m.group("label").lower().split()
    for k in range(len(words)):
        label = " ".join(words[k:])
        if label in NOTE_LABELS:
            return NOTE_LABELS[label]
        if FIELD_LABELS.get(label) == "rag":
            return "rag"
    return None


def _read(item: Item) -> bool:
    """Read the item's fields; whether it names an owner and when (a date or not)."""
    body = item.body
    if item.kind == LINE:
        m = _LINE_REF.match(join_text(ln.text for ln in item.lines))
        item.ref = m.group("ref") if m else ""
        found = _who_to(body)
        status = None
    else:
        found, status = _closing_status(body)
        if found is None:  # who and when woven into the sentence, not closing it
            found, status = _sentence(body)
    if found is None:
        return False
    # else the status of the list the item sits in
    set_fields(item, found, status if status is not None else item.listed)
    return True


def set_fields(item: Item, found: tuple[str, str, str], status: str | None) -> None:
    """The item's fields from its closing who and when (text, owner, when) and the status read
    with them, where one is; whether it is dated; and its notes (read_notes)."""
    text, owner, due = found
    item.fields = {"action": text, "owner": owner, "due": due}
    if status is not None:
        item.fields["rag"] = status
    item.dated = parse_due(due) is not None
    read_notes(item)


def _who_to(body: str) -> tuple[str, str, str] | None:
    """'<who> to <do> by <when>.' or '<who> to <do> (<when>).' -> (text, owner, when)."""
    m = _WHO_TO.match(body)
    if m is None or len(m.group("owner").split()) > _MAX_OWNER_WORDS:
        return None
    rest = m.group("text")
    bracket = _TAIL_BRACKET.search(rest)
    if bracket is not None:
        due = re.sub(r"^by\s+", "", bracket.group("inner").strip(), flags=re.I)
        return rest[: bracket.start()].strip(" ,;"), m.group("owner"), due
    rest = rest.rstrip(" .;")
    for by in reversed(list(_BY.finditer(rest))):
        due = rest[by.end() :]
        if parse_due(due) is not None:
            return rest[: by.start()].strip(" ,;"), m.group("owner"), due
    return None


def _sentence(body: str) -> tuple[tuple[str, str, str] | None, str | None]:
    """An item written as a commitment sentence, who and when woven in ('By May 2026, the Head
    of Service will: <do> [On track]': plan_prose's reader of it), and its status in square
    brackets where it closes with one; (None, None) for any other item."""
    found = read_fields(body)
    if not found.sentence or not found.text:
        return None, None
    return (found.text, found.fields["owner"], found.fields["due"]), found.fields.get("rag")


def _closing_status(body: str) -> tuple[tuple[str, str, str] | None, str | None]:
    """An item's closing who and when (_closing), and the status after it where a few words
    follow it after a dash ('(SP, Dec 2026) – some concern'), else None."""
    found = _closing(body)
    if found is not None:
        return found, None
    split = closing_status(body)
    if split is None:
        return None, None
    found = _closing(split[0])
    return found, split[1] if found is not None else None


def inline_fields(body: str) -> tuple[tuple[str, str, str] | None, str | None]:
    """A bullet's fields printed inline after its text, as a table cell's bullets print them:
    the closing who and when with a status after a dash (_closing_status), or after the closing
    bracket with no dash ('(Lead: X; May 2027) On target'), or every field parted by spaced
    dashes ('<do> – <who> – <when> – <status>'). (None, None) where none is read."""
    found, status = _closing_status(body)
    if found is None:
        m = _AFTER_BRACKET.match(body)
        words = m.group("status").split() if m else []
        if m is not None and 0 < len(words) <= _STATUS_WORDS and parse_due(" ".join(words)) is None:
            found = _closing(m.group("before"))
            status = " ".join(words) if found is not None else None
    if found is None:
        found, status = _dashed(body)
    return found, status


def _dashed(body: str) -> tuple[tuple[str, str, str] | None, str | None]:
    """'<do> – <who> – <when> – <status>' (the status may be left out): the fields parted by
    spaced dashes, read from the end: a few words that are no date are the status, then a date,
    then who (a few words), the rest the action's text."""
    parts = [p.strip(" .;") for p in _FIELD_DASH.split(body)]
    status: str | None = None
    if len(parts) >= 4 and len(parts[-1].split()) <= _STATUS_WORDS and parse_due(parts[-1]) is None:
        status = parts.pop()
    if len(parts) < 3 or parse_due(parts[-1]) is None:
        return None, None
    due, owner = parts[-1], parts[-2]
    if not owner or len(owner.split()) > _MAX_OWNER_WORDS:
        return None, None
    text = " – ".join(parts[:-2]).strip()
    return ((text, owner, due), status) if text else (None, None)


def _closing(body: str) -> tuple[str, str, str] | None:
    """'<do> (<who>, <when>)', '<do> – <who> by <when>' or '<do> – <who>, <when>' -> (text,
    owner, when)."""
    bracket = _TAIL_BRACKET.search(body)
    if bracket is not None:
        split = _who_when(bracket.group("inner"))
        text = body[: bracket.start()].strip(" ,;")
        if split is not None and text:
            return text, split[0], split[1]
    # '<do> – <who> by <when>', '<do> – <who>, <when>': plan_prose's one reader of a spaced
    # dash's who and when, split by the owner normaliser
    closing = closing_who_when(body)
    if closing is not None and body[: closing.start].strip(" ,;"):
        return body[: closing.start].strip(" ,;"), closing.owner, closing.due
    return None


def _who_when(inner: str) -> tuple[str, str] | None:
    """A bracket's who and when: by the owner normaliser's split, else at its last semicolon
    or spaced dash (a due that names a meeting or no date: 'HoVS; May 2027 Scrutiny
    Committee', 'DN; Life of the plan')."""
    split = split_owner_due(inner)
    if split is not None:
        return split.owner, split.due_raw
    commas = list(_COMMA.finditer(inner))
    dated = [m for m in commas if parse_due(inner[m.end() :]) is not None]
    parts = list(_STRONG_SEP.finditer(inner)) or dated or commas
    if not parts:
        return None
    last = parts[-1]
    owner, due = inner[: last.start()].strip(), inner[last.end() :].strip(" .")
    if owner and due and len(owner.split()) <= _MAX_OWNER_WORDS and len(due.split()) <= _DUE_WORDS:
        return owner, due
    return None


def read_notes(item: Item) -> None:
    """The item's notes: a status label's value is its status; a note's first sentence is a
    status when it reads as one ('Position: Major slippage. Work started.'), the rest a note.
    An update line under labels of the council's own words is read clause by clause
    (plan_prose.read_update)."""
    if item.notes and note_role(_strip_bullet(item.notes[0].text)) is None:
        for name, said in read_update(clause_text(item.notes)).items():
            item.fields.setdefault(name, said)
        return
    for k, ln in enumerate(item.notes):
        text = _strip_bullet(ln.text)
        role = note_role(text)
        if role is None:
            continue
        m = _NOTE.match(join_text([text, *(x.text for x in _run_on(item.notes, k))]))
        value = " ".join(m.group("value").split()) if m else ""
        if role == "rag":
            item.fields.setdefault("rag", value.rstrip(" ."))
            continue
        first, _, rest = value.partition(". ")
        first = first.rstrip(" .")
        if reads_as_status(first):  # 'Major slippage': the note's status
            item.fields.setdefault("rag", first)
            value = rest
        if value.strip(" ."):
            item.fields.setdefault(role, value.strip().rstrip("."))


def _run_on(notes: Sequence[Line], k: int) -> list[Line]:
    """The lines after a note's first that carry it on (no label of their own)."""
    out: list[Line] = []
    for ln in notes[k + 1 :]:
        if note_role(_strip_bullet(ln.text)) is not None:
            break
        out.append(ln)
    return out


def _rebuild(elements: Sequence[Element], items: Sequence[Item]) -> list[Element]:
    """The elements with each item's lines taken out and read as a row of an action table;
    items in a run (no other text between them) share a table."""
    rows = {id(it.lines[0]): item_row(it) for it in items}
    taken = {id(ln) for it in items for ln in (*it.lines, *it.notes)}
    return rows_as_tables(elements, rows, taken)


def item_row(item: Item) -> Row:
    """A row of the made table: the text boxed by the item's lines, who and when by its last
    line, the status and note by the note lines."""
    first = item.lines[0]
    page_lines = [ln for ln in item.lines if ln.page == first.page]
    tail = [item.lines[-1] if item.lines[-1].page == first.page else first]
    notes = [ln for ln in item.notes if ln.page == first.page] or tail
    where = {"ref": [first], "action": page_lines, "owner": tail, "due": tail}
    values = {**item.fields, "ref": item.ref}
    cells: list[Cell | None] = []
    for role in ROLES:
        value = values.get(role)
        cells.append(made_cell(value, where.get(role, notes)) if value else None)
    return Row(cells=cells, page=first.page, merged_above=[False] * len(cells))
