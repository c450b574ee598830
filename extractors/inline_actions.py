"""Actions enumerated inside one paragraph: a press release or a letter that says a plan in prose.

Some plans are told as running prose, one paragraph per recommendation: the paragraph quotes
the recommendation ('Recommendation 2 asked the council to “...”') and then lists its actions
inline, each opened by a bracketed marker ('(2a)', '(a)', '(ii)', '2a)') and closed by a
bracketed field list: '(lead: X, target 23rd July 2026, under way; latest: <update>)'. A clause
of the field list opens with a label (the prose reader's field labels and data's own, with or
without a colon: 'led by X', 'target <date>') or is a bare value read by its type: a status the
one status normaliser knows, a date the one date normaliser reads. A clause that is neither
runs on from the one before it (an owner 'Service Manager, Fostering').

Each item becomes a row of an action table made for it, so owner, date and status go through
the table readers and their warnings (an unread status, a missing owner); the recommendation
becomes a heading line the recommendation reader knows. A PDF may cut such a paragraph where a
line opens with a bold marker: text elements are joined while the paragraph's sentence is
unfinished. Quotes by named people and notes to editors carry no field list and stay text.
Only where no action table was read and at least min_items items were found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_prose import (
    FIELD_LABELS,
    alternation,
    made_cell,
    printed_labels,
    reads_as_status,
)
from plantrace.extractors.plan_recommendations import heading
from plantrace.extractors.spoken_actions import rec_heading
from plantrace.pipeline.document import Cell, Line, Word
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.rag import normalise_rag, rag_from_fill
from plantrace.pipeline.normalise.text_keys import text_key

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/inline_actions.json").read_text("utf-8")
)

ROLES = ["ref", "action", "owner", "due", "rag", "progress"]
MIN_ITEMS: int = _DATA["min_items"]
_MARKER = re.compile(_DATA["marker"])
_LABELS: dict[str, str] = {
    **{k: v for k, v in FIELD_LABELS.items() if v in ("owner", "due", "rag")},
    **{w: role for role, words in _DATA["labels"].items() for w in words},
}
_LABEL = re.compile(rf"^(?P<label>{alternation(_LABELS)})(?:\s*:\s*|\s+)(?=\S)", re.I)
_UNFINISHED = re.compile(r"[.!?][”\"’)]?\s*$")
_RUNS_ON = re.compile(r"^(?:[a-z]|[”’\"]\s)")  # a sentence going on: lower case, a closing quote
_TAIL = re.compile(r"[\s;,]*(?:\band\b)?[\s;,.]*$", re.I)
# the paragraph's last item's field list closing a sentence, the paragraph going on after it
# ('... (Jo Bloggs, by 3 May 2026). Jo Bloggs will report to the board in June.')
_SENTENCE_CLOSE = re.compile(r"\)\s*\.(?=\s+[A-Z“\"‘'])")
_ARTICLE = re.compile(r"^the\s+(?=\S)", re.I)
SENTENCE_AFTER: int = _DATA["sentence_after"]
# a marker that is a letter or a numeral alone ('(a)', '(ii)'): the clause of the paragraph's
# recommendation, its ref that number and the marker as printed ('2(a)')
_BARE_REF = re.compile(r"^(?:[a-z]|[ivx]{1,4})$")


def _closing_bracket(text: str) -> tuple[int, int] | None:
    """(open, close) of the last balanced bracket group in text, else None."""
    close = text.rfind(")")
    if close < 0:
        return None
    depth = 0
    for i in range(close, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i, close
    return None


def _is_status(piece: str) -> bool:
    """A bare clause the status normaliser knows as a status or a progress state."""
    return normalise_rag(piece) is not None or reads_as_status(piece)


def read_field_list(inner: str) -> dict[str, str]:
    """Fields by role of a bracketed field list: clauses cut at ',' and ';', each opened by a
    label or read by its type (a status, a date); other clauses run on from the one before.
    After a progress label the rest is the update (it may hold its own ';')."""
    fields: dict[str, str] = {}
    role: str | None = None
    pieces = [p.strip() for p in re.split(r"([,;])", inner)]
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        if piece in (",", ";") or not piece:
            continue
        if role == "progress":
            fields["progress"] += ("; " if pieces[i - 2] == ";" else ", ") + piece
            continue
        m = _LABEL.match(piece)
        if m is not None:
            role = _LABELS[m.group("label").lower()]
            if role in fields:
                role = None
                continue
            fields[role] = piece[m.end() :].strip()
            if role == "due":  # 'by the 3rd day of May 2026': the date without its article
                fields[role] = _ARTICLE.sub("", fields[role])
        elif "rag" not in fields and _is_status(piece):
            role = "rag"
            fields["rag"] = piece
        elif "due" not in fields and parse_date(piece) is not None:
            role = "due"
            fields["due"] = piece
        elif "owner" not in fields and role in (None, "due", "rag"):
            role = "owner"  # a bare clause neither status nor date: the owner, in either order
            fields["owner"] = piece
        elif role is not None:
            fields[role] += ", " + piece
    return {k: v for k, v in fields.items() if v}


def read_items(text: str) -> list[tuple[str, str, dict[str, str], int, int]]:
    """(ref, action, fields, start, end) of each item enumerated in a paragraph's text: an item
    runs from its marker to the next; its action is the text before its closing field list."""
    marks = list(_MARKER.finditer(text))
    items = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        body = _TAIL.sub("", text[m.end() : end])
        if k + 1 == len(marks):
            body = _last_body(body)
        span = _closing_bracket(body)
        if span is None or body[span[1] + 1 :].strip():
            continue  # no field list closes the item (a status after it: a list item's own)
        fields = read_field_list(body[span[0] + 1 : span[1]])
        if not ({"owner", "due"} & fields.keys()):
            continue  # a bracket naming no owner or date is an aside, no field list
        action = " ".join(body[: span[0]].split()).strip(" ,;:")
        if action:
            items.append((m.group("ref"), action, fields, m.start(), end))
    return items


def _last_body(body: str) -> str:
    """The paragraph's last item, cut where its field list closes a sentence and a sentence of
    SENTENCE_AFTER words or more follows (the paragraph goes on: who reports on it, when); a
    short word after the field list (a status) stays the item's own."""
    for m in _SENTENCE_CLOSE.finditer(body):
        if len(body[m.end() :].split()) >= SENTENCE_AFTER:
            return body[: m.start() + 1]
    return body


def clause_ref(ref: str, number: str | None) -> str:
    """An item's ref: a bare letter or numeral ('(a)') under a recommendation's number is that
    number and the marker as printed ('2(a)'); a marker holding its number ('2a') is kept."""
    if number is None or _BARE_REF.match(ref) is None:
        return ref
    return f"{number}({ref})"


def rec_number(text: str) -> str | None:
    """The number of a recommendation's heading line, else None."""
    found = heading(join_text([text]))
    return found[0] if found is not None else None


# the label a line keyed by the items' markers opens with ('Position at 3 May 2026:')
_KEY_LABEL = re.compile(r"^[^()]{2,80}:\s*$")
_VALUE_END = re.compile(r"[\s;,.]*(?:\band\b)?[\s;,.]*$", re.I)
STATUS_WORDS: int = _DATA["status_words"]


def keyed_values(lines: Sequence[Line]) -> list[tuple[str, str, list[Word]]] | None:
    """(marker, value, its words) of each entry of a line keyed by item markers, '<label>: (a)
    <value>; (b) <value>.' (a value may hold its own ';'); None for any other text. Words are
    the printed words the value spans (none where the lines carry no words)."""
    found = _keyed(lines)
    return found[1] if found is not None else None


def _keyed(lines: Sequence[Line]) -> tuple[str, list[tuple[str, str, list[Word]]]] | None:
    """keyed_values with the line's label, lower-cased up to its first figure ('position at')."""
    words = [w for ln in lines for w in ln.words]
    text = " ".join(w.text for w in words) if words else " ".join(ln.text for ln in lines)
    marks = list(_MARKER.finditer(text))
    if not marks or _KEY_LABEL.match(text[: marks[0].start()]) is None:
        return None
    starts, at = [], 0
    for w in words:
        starts.append(at)
        at += len(w.text) + 1
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        value = _VALUE_END.sub("", text[m.end() : end]).strip()
        if not value:
            return None
        held = [w for w, a in zip(words, starts, strict=True) if m.end() <= a < end]
        out.append((m.group("ref"), value, held))
    label = re.split(r"\d", text[: marks[0].start()])[0]
    return text_key(label.strip(" :")), out


def _keyed_role(values: Sequence[tuple[str, str, list[Word]]]) -> str:
    """The field a keyed line gives its items: the status where each value is a few words (no
    figure) and half of them or more are statuses the normaliser reads, or one at least is
    printed in an ink of a status colour; else the update (progress), which may open with a
    status word ('Delayed because of staff turnover')."""
    texts = [v for _, v, _ in values]
    if not _short(values):
        return "progress"
    if 2 * sum(_is_status(t) for t in texts) >= len(texts):
        return "rag"
    if any(rag_from_fill(_one_ink(ws)) is not None for _, _, ws in values):
        return "rag"
    return "progress"


def _short(values: Sequence[tuple[str, str, list[Word]]]) -> bool:
    """Each value a few words with no figure, as a status is."""
    return all(len(v.split()) <= STATUS_WORDS and not re.search(r"\d", v) for _, v, _ in values)


def _one_ink(words: Sequence[Word]) -> str | None:
    """The one ink all the words are printed in, else None."""
    inks = {w.colour for w in words}
    return inks.pop() if len(inks) == 1 else None


def _keyed_cell(value: str, words: Sequence[Word], lines: Sequence[Line]) -> Cell:
    """A made cell for a keyed value, its lines carrying the value's one ink (if any), so a
    status said by its colour reads as one printed in a table (inked_status_column)."""
    cell = made_cell(value, [ln for ln in lines if ln.page == lines[0].page])
    ink = _one_ink(words)
    for ln in cell.lines:
        ln.colour = ln.end_colour = ink
    return cell


def _joined(elements: Sequence[Element]) -> list[Element]:
    """Text elements joined while a paragraph holding an item marker, or followed by a text
    opening with one, is unfinished (its text does not end a sentence): a PDF cuts a paragraph
    where a line opens with a bold marker, at a page's foot after its lead-in ('... will:'), or
    inside the quoted recommendation (the next text runs on in lower case and holds the items)."""
    out: list[Element] = []
    for el in elements:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.table is None
            and prev.raw is None
            and el.table is None
            and el.raw is None
            and prev.lines
            and el.lines
        ):
            text = join_text(ln.text for ln in prev.lines)
            head = el.lines[0].text.strip()
            opens = _MARKER.match(head) is not None
            # a cut mid-sentence (inside a recommendation's quote): the text after it runs on in
            # lower case or closes the quote, and enumerates the items
            runs_on = _RUNS_ON.match(head) is not None and _MARKER.search(
                join_text(ln.text for ln in el.lines)
            )
            if (_MARKER.search(text) or opens or runs_on) and not _UNFINISHED.search(text):
                out[-1] = Element(prev.page, prev.top, lines=[*prev.lines, *el.lines])
                continue
        out.append(el)
    return out


def _line_spans(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Each line's (start, end) in the paragraph's joined text (joined with one space)."""
    spans, at = [], 0
    for ln in lines:
        spans.append((at, at + len(ln.text)))
        at += len(ln.text) + 1
    return spans


def _row(ref: str, action: str, fields: dict[str, str], lines: Sequence[Line]) -> Row:
    """A row of the made table, each cell boxed by the item's lines on its first page."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    values = {"ref": ref, "action": action, **fields}
    cells = [made_cell(values[r], page) if r in values else None for r in ROLES]
    return Row(cells=cells, page=lines[0].page, merged_above=[False] * len(cells))


def adopt_inline_actions(elements: list[Element]) -> list[Element]:
    """Elements with actions enumerated inside paragraphs read as action tables and each such
    paragraph's quoted recommendation as a heading line; unchanged where an action table was
    read or fewer than MIN_ITEMS items were found. A bare marker ('(a)') takes the number of
    the recommendation the paragraph quotes, else of the heading above it (clause_ref); lines
    keyed by the markers under a paragraph give its items' statuses and updates (_keyed_run)."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return elements
    joined = _joined(elements)
    paragraphs: dict[int, list[tuple[str, str, dict[str, str], int, int]]] = {}
    runs: dict[int, list[KeyedLine]] = {}
    for i, el in enumerate(joined):
        if el.table is None and el.raw is None and el.lines:
            items = read_items(" ".join(ln.text for ln in el.lines))
            if len(items) >= 2:
                paragraphs[i] = items
                runs[i] = _keyed_run(joined, i + 1, {ref for ref, *_ in items})
    roles = _keyed_roles(list(runs.values()))
    out: list[Element] = []
    found = 0
    above: str | None = None  # the number of the last recommendation's heading above
    taken = {k for run in runs.values() for k, _, _, _ in run}  # keyed lines, read with items
    for i, el in enumerate(joined):
        if i in taken:
            continue
        if i not in paragraphs:
            if el.table is None and el.raw is None and el.lines:
                above = rec_number(join_text(ln.text for ln in el.lines)) or above
            out.append(el)
            continue
        lines, items = el.lines, paragraphs[i]
        found += len(items)
        spans = _line_spans(lines)
        head = rec_heading(lines)
        if head is not None:
            out.append(Element(el.page, el.top, lines=[head]))
        own = rec_number(head.text) if head is not None else None
        first = lines[0]
        table = PlanTable(
            ACTION_TABLE, list(ROLES), printed_labels(ROLES), [], first.page, first.top
        )
        rows: dict[str, Row] = {}
        for ref, action, fields, start, end in items:
            held = [
                ln for ln, (a, b) in zip(lines, spans, strict=True) if b > start and a < end
            ] or [first]
            rows[ref] = _row(clause_ref(ref, own or above), action, fields, held)
            table.rows.append(rows[ref])
        for (_, keyed_el, _, values), role in zip(runs[i], roles[id(runs[i])], strict=True):
            col = ROLES.index(role)
            for ref, value, words in values:
                if rows[ref].cells[col] is None:
                    rows[ref].cells[col] = _keyed_cell(value, words, keyed_el.lines)
        out.append(Element(first.page, first.top, table=table))
    return out if found >= MIN_ITEMS else elements


# a line keyed by item markers under a paragraph: (its index, the element, its label, values)
KeyedLine = tuple[int, Element, str, list[tuple[str, str, list[Word]]]]


def _keyed_run(elements: Sequence[Element], at: int, refs: set[str]) -> list[KeyedLine]:
    """The text elements from `at` on that are lines keyed by the items' markers ('Position at
    3 May 2026: (a) On track; (b) Delayed.', 'Progress: (a) <update>; (c) ...'), each naming
    only items of the paragraph above; the first other element ends them."""
    run: list[KeyedLine] = []
    for k in range(at, len(elements)):
        el = elements[k]
        if el.table is not None or el.raw is not None or not el.lines:
            break
        found = _keyed(el.lines)
        if found is None or any(ref not in refs for ref, _, _ in found[1]):
            break
        run.append((k, el, found[0], found[1]))
    return run


def _keyed_roles(runs: Sequence[list[KeyedLine]]) -> dict[int, list[str]]:
    """The field each keyed line gives its items (by id of its run), each value put in its
    item's row where the row has none yet. A line is the status or the update by its values
    (_keyed_role); of a line of a few words each and a line of longer values under one
    paragraph, the first is the status even where no word of it is read ('Yet to be begun' in
    grey: the status words' warning then says so); and a line so undecided (a few words each,
    none read, no second line) takes the role its label has under other paragraphs ('Position
    at <date>' read as the status above: the status here too)."""
    decided: dict[int, list[tuple[str, bool]]] = {}
    by_label: dict[str, str] = {}
    for run in runs:
        got = [_keyed_role(values) for _, _, _, values in run]
        short = [_short(values) for _, _, _, values in run]
        sure = [r == "rag" or not sh for r, sh in zip(got, short, strict=True)]
        if "rag" not in got and any(short) and not all(short):
            got = ["rag" if sh else r for r, sh in zip(got, short, strict=True)]
            sure = [True] * len(got)
        decided[id(run)] = list(zip(got, sure, strict=True))
        for role, certain, (_, _, label, _) in zip(got, sure, run, strict=True):
            if certain and label:
                by_label.setdefault(label, role)
    out: dict[int, list[str]] = {}
    for run in runs:
        out[id(run)] = [
            role if certain else by_label.get(label, role)
            for (role, certain), (_, _, label, _) in zip(decided[id(run)], run, strict=True)
        ]
    return out
