"""Action records printed as web forms: a label on the left, its value inside a drawn box.

A case-management system prints each record as the browser draws its form: every field's
value inside the frame of its control (a text input, a drop-down showing the chosen option, a
text area), its label left of the frame on the frame's first line (or, where the form sets its
labels over the controls, just above the frame). The frames are no table of actions (each holds one value, no header row is printed over them) and the labels are no
paragraph: each record is one action whose labels name its fields. A run of such records whose
labels recur is read as one action table (record_tables.record_table), its columns the labels,
their roles from the column vocabulary (header_role), so what a field holds still decides.

Only PDF pages are looked at (a Word or Excel file states its tables); a page is read only when
it draws frames with a label beside them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from math import inf

from plantrace.extractors.control_marks import MARK_CLASS
from plantrace.extractors.plan_columns import Element, PlanTable, header_role
from plantrace.extractors.record_tables import record_table
from plantrace.pipeline.document import BBox, Cell, Line, Page, Ruling, Word, words_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.text_keys import text_key

EVIDENCE = "a form: each value in a drawn field frame, its label beside or over the frame"
MIN_RECORDS = 2  # records of the same labels that make a form print
MIN_FIELDS = 3  # labelled frames a record needs
_SLACK = 3.0  # points a frame's sides may miss its corners by (a browser draws each side apart)
_MIN_WIDTH = 24.0  # narrower frames are a control's parts (a drop-down's arrow), no field
_MIN_HEIGHT = 8.0
_MAX_HEIGHT = 160.0
_MAX_RULINGS = 3000  # a page drawn in more pieces than this is a chart, not a form
_MAX_LABEL_WORDS = 6
_ABOVE = 10.0  # points between a label set over its frame and the frame
_INDENT = 8.0  # a label over its frame starts within this of the frame's left edge
# what a control prints beside its value: a drop-down's arrow, a mandatory field's star (data)
_CONTROL_MARKS = re.compile(rf"[{MARK_CLASS}]+$")
_LABEL_MARKS = re.compile(r"[\s*:]+$")


@dataclass(slots=True)
class _Field:
    label: str
    frame: BBox
    label_box: BBox
    lines: list[Line]
    page: int

    @property
    def value(self) -> str:
        return _CONTROL_MARKS.sub("", join_text(ln.text for ln in self.lines)).strip()


@dataclass(slots=True)
class _Record:
    fields: list[_Field] = field(default_factory=list)

    def labels(self) -> list[str]:
        return [f.label for f in self.fields]


def adopt_form_records(elements: list[Element], pages: Sequence[Page]) -> list[Element]:
    """The elements with a run of form records read as action tables (one per page the records
    start on), the paragraphs their labels and values made dropped; the same list where no
    page prints MIN_RECORDS records of MIN_FIELDS labelled frames."""
    found = [f for page in pages if page.tables is None for f in _page_fields(page)]
    heads = _header_cells(elements)
    found = [f for f in found if not _holds_header(f, heads)]
    if len(found) < MIN_RECORDS * MIN_FIELDS:
        return elements
    records = [r for r in _without_head(_records(found)) if len(r.fields) >= MIN_FIELDS]
    if len(records) < MIN_RECORDS or not _recurring(records):
        return elements
    tables: list[Element] = []
    for page_no in sorted({r.fields[0].page for r in records}):
        on_page = [r for r in records if r.fields[0].page == page_no]
        el = _table(on_page)
        if el is not None:
            tables.append(el)
    if not tables:
        return elements
    read = [r for r in records if r.fields[0].page in {el.page for el in tables}]
    taken = [(f.page, box) for r in read for f in r.fields for box in (f.frame, f.label_box)]
    kept = [el for el in elements if not _consumed(el, taken)]
    out = [*kept, *tables]
    out.sort(key=lambda el: (el.page, el.top))
    return out


def _header_cells(elements: Sequence[Element]) -> dict[int, list[BBox]]:
    """The cells of the header rows of the tables the layout read (by page): each piece of a
    plan table whose first row prints the table's labels (a header repeated over each piece)."""
    out: dict[int, list[BBox]] = {}
    for el in elements:
        t = el.table
        if t is None or not any(t.labels):
            continue
        labels = text_key(" ".join(t.labels))
        for piece in t.pieces:
            if not piece.rows:
                continue
            head = [c for c in piece.rows[0] if c is not None]
            if text_key(" ".join(c.text for c in head)) == labels:
                out.setdefault(piece.page, []).extend(c.bbox for c in head)
    return out


def _holds_header(f: _Field, heads: dict[int, list[BBox]]) -> bool:
    """A frame whose words are all a read table's header cells, two cells or more, is that
    header row's band (a tinted strip behind white labels, drawn as a rectangle), no control: the line just over it
    (a heading's last wrapped words) is no label, and the header no value. Read as a form, a
    plan restating its headings over each table made a record of the bands, an action of the
    headers' words."""
    boxes = heads.get(f.page, [])
    words = [w for ln in f.lines for w in ln.words if w.text.strip()]
    if not boxes or not words:
        return False
    if not all(any(_holds(b, w) for b in boxes) for w in words):
        return False
    # a band runs behind the whole row: its words fill two header cells or more; a frame
    # holding one cell's words is a form's own field that a table read also took
    return sum(any(_holds(b, w) for w in words) for b in boxes) >= 2


def _recurring(records: Sequence[_Record]) -> bool:
    """The records share their labels: MIN_FIELDS labels each in at least half of them."""
    counts: dict[str, int] = {}
    for r in records:
        for label in set(r.labels()):
            counts[label] = counts.get(label, 0) + 1
    shared = [lb for lb, n in counts.items() if 2 * n >= len(records) and n >= MIN_RECORDS]
    return len(shared) >= MIN_FIELDS


def _table(records: Sequence[_Record]) -> Element | None:
    labels: list[str] = []
    for r in records:
        for label in r.labels():
            if label not in labels:
                labels.append(label)
    by_label = [{f.label: f for f in r.fields} for r in records]
    texts = [[fields[lb].value if lb in fields else "" for lb in labels] for fields in by_label]
    roles = [header_role(lb) for lb in labels]

    def cell(i: int, j: int) -> Cell | None:
        f = by_label[i].get(labels[j])
        if f is None:
            return None
        return Cell(f.value, f.frame, lines=list(f.lines))

    first = records[0].fields[0]
    table = record_table(texts, cell, roles, labels, EVIDENCE, first.page, first.frame[1])
    if table is None:
        return None
    for row, r in zip(table.rows, records, strict=True):
        row.page = r.fields[0].page
    return Element(first.page, first.frame[1], table=table)


def _consumed(el: Element, taken: Sequence[tuple[int, BBox]]) -> bool:
    """A paragraph made only of the records' labels and values (and of nothing else); or a
    table the layout built from them (their rows aligned as columns: the label rows of blocks
    stacked down the page read as a transposed table), most of its words the records' own."""
    if el.raw is not None:
        return False
    if el.table is not None:
        words = [(ln.page, w) for ln in _table_lines(el.table) for w in ln.words if w.text.strip()]
        inside = sum(1 for page, w in words if _in_any(w, [b for p, b in taken if p == page]))
        return bool(words) and inside >= _TABLE_SHARE * len(words)
    boxes = [box for page, box in taken if page == el.page]
    if not el.lines:
        return False
    for ln in el.lines:
        for w in ln.words or []:
            if not w.text.strip() or _CONTROL_MARKS.fullmatch(w.text):
                continue
            if not _in_any(w, boxes):
                return False
    return True


_TABLE_SHARE = 0.8  # a table this much of whose words are the records' is made of the form


def _table_lines(t: PlanTable) -> list[Line]:
    """The lines of every cell of a table's pieces as printed (its header rows included)."""
    return [ln for piece in t.pieces for row in piece.rows for c in row if c for ln in c.lines]


def _in_any(w: Word, boxes: Sequence[BBox]) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return any(b[0] - 1 <= x <= b[2] + 1 and b[1] - 1 <= y <= b[3] + 1 for b in boxes)


def _records(fields: Sequence[_Field]) -> list[_Record]:
    """Fields in reading order cut into records: a label the open record already has opens
    the next one."""
    out: list[_Record] = []
    for f in fields:
        if not out or f.label in out[-1].labels():
            out.append(_Record())
        out[-1].fields.append(f)
    return out


def _without_head(records: list[_Record]) -> list[_Record]:
    """The records with the form's own fields taken off the first record's start and the last
    record's end: a form prints its head once (`Service`, `Completed by`, `Date completed`)
    over the repeated blocks, and may close with a sign-off, whose labels no other record has;
    read in order they open the first record (a person's name read as its owner, the date the
    form was completed as its due date). Only a run of such labels before (after) a label
    other records share is taken: the record keeps its own fields."""
    if len(records) < MIN_RECORDS:
        return records
    counts: dict[str, int] = {}
    for r in records:
        for label in set(r.labels()):
            counts[label] = counts.get(label, 0) + 1
    first, last = records[0].fields, records[-1].fields
    lead = next((i for i, f in enumerate(first) if counts[f.label] > 1), 0)
    tail = next((i for i, f in enumerate(reversed(last)) if counts[f.label] > 1), 0)
    out = list(records)
    out[0] = _Record(first[lead:])
    out[-1] = _Record(out[-1].fields[: len(out[-1].fields) - tail])
    return out


def _page_fields(page: Page) -> list[_Field]:
    rulings = page.rulings
    if len(rulings) > _MAX_RULINGS:
        return []
    frames = _frames(rulings)
    if not frames:
        return []
    # a page's first record row may have been taken for a running header (its label and
    # frame recur at the top of each page, the values alone differing): read it all the same
    lines = [*page.lines, *page.header_footer]
    words = [(w, ln) for ln in lines for w in ln.words if w.text.strip()]
    inside = [[(w, ln) for w, ln in words if _holds(b, w)] for b in frames]
    boxed = {id(w) for group in inside for w, _ in group}
    fields: list[_Field] = []
    for b, held in zip(frames, inside, strict=True):
        label = _label(b, frames, [(w, ln) for w, ln in words if id(w) not in boxed])
        if label is None:
            continue
        text, box = label
        fields.append(_Field(text, b, box, _value_lines(held), page.number))
    return _in_rows(fields)


def _in_rows(fields: list[_Field]) -> list[_Field]:
    """Fields top down, those whose labels share a line left to right."""
    fields.sort(key=lambda f: (f.label_box[1], f.frame[0]))
    out: list[list[_Field]] = []
    for f in fields:
        if out and abs(out[-1][0].label_box[1] - f.label_box[1]) <= _SLACK:
            out[-1].append(f)
        else:
            out.append([f])
    return [f for row in out for f in sorted(row, key=lambda f: f.frame[0])]


def _label(
    frame: BBox, frames: Sequence[BBox], loose: Sequence[tuple[Word, Line]]
) -> tuple[str, BBox] | None:
    """The words on the frame's first line left of it, back to the nearest frame or the
    margin: a few words naming a field (a star marking it mandatory dropped)."""
    first = _first_line_band(frame)
    left = max(
        (b[2] for b in frames if b[2] <= frame[0] + 1 and _overlap_y(b, first) and b != frame),
        default=0.0,
    )
    near = [
        w
        for w, _ in loose
        if left - 1 <= w.x0
        and w.x1 <= frame[0] + 1
        and first[1] <= (w.top + w.bottom) / 2 <= first[3]
    ]
    if not near:
        near = _label_above(frame, loose)
    if not near:
        return None
    near.sort(key=lambda w: w.x0)
    text = _LABEL_MARKS.sub("", " ".join(w.text for w in near)).strip()
    if not text or len(text.split()) > _MAX_LABEL_WORDS or not any(c.isalpha() for c in text):
        return None
    return text, words_bbox(near)


def _label_above(frame: BBox, loose: Sequence[tuple[Word, Line]]) -> list[Word]:
    """A label set over its control instead (a form laid out in one column): the line just
    above the frame, starting at the frame's left edge, within _ABOVE points of it."""
    above = [
        w
        for w, _ in loose
        if frame[0] - _SLACK <= w.x0 < frame[2] and 0 <= frame[1] - w.bottom <= _ABOVE
    ]
    if not above:
        return []
    nearest = max(w.bottom for w in above)
    line = [w for w in above if abs(w.bottom - nearest) <= _SLACK]
    if min(w.x0 for w in line) > frame[0] + _INDENT:
        return []  # words over the frame's middle: a heading or a note, no label of it
    return line


def _first_line_band(frame: BBox) -> BBox:
    """The band of a frame's first line of text: a text area's label sits at its top."""
    height = min(frame[3] - frame[1], 20.0)
    return (frame[0], frame[1] - 2, frame[2], frame[1] + height)


def _overlap_y(a: BBox, b: BBox) -> bool:
    return a[1] < b[3] and b[1] < a[3]


def _holds(frame: BBox, w: Word) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return frame[0] <= x <= frame[2] and frame[1] <= y <= frame[3]


def _value_lines(held: Sequence[tuple[Word, Line]]) -> list[Line]:
    """The frame's words as lines top down, each visual line left to right: a wrapped value
    whose line break the text layer hid ('seventy-' / 'two hours' as one source line) is cut
    where its words' heights part."""
    rows: list[tuple[Line, list[Word]]] = []
    for w, ln in sorted(held, key=lambda wl: ((wl[0].top + wl[0].bottom) / 2, wl[0].x0)):
        mid = (w.top + w.bottom) / 2
        row = rows[-1][1] if rows else None
        if row is not None and abs(mid - (row[0].top + row[0].bottom) / 2) <= 0.5 * (
            row[0].bottom - row[0].top
        ):
            row.append(w)
        else:
            rows.append((ln, [w]))
    out = []
    for ln, ws in rows:
        ws.sort(key=lambda w: w.x0)
        out.append(
            Line(
                " ".join(w.text for w in ws),
                words_bbox(ws),
                ln.font_size,
                ln.bold,
                ln.page,
                ln.index,
                words=ws,
            )
        )
    return out


def _frames(rulings: Sequence[Ruling]) -> list[BBox]:
    """Closed rectangles drawn by the rulings, each side within _SLACK of its corners, that
    hold no smaller one (a fieldset's frame around its fields is no field)."""
    hs = sorted((r for r in rulings if r.horizontal and r.x1 - r.x0 >= _MIN_WIDTH),
                key=lambda r: r.top)  # fmt: skip
    vs = [r for r in rulings if not r.horizontal and r.bottom - r.top >= _MIN_HEIGHT / 2]
    at_x: dict[float, list[Ruling]] = {}  # the rules standing at each x asked (a gantt: thousands)

    def near(x: float) -> list[Ruling]:
        if x not in at_x:
            at_x[x] = [v for v in vs if abs((v.x0 + v.x1) / 2 - x) <= _SLACK]
        return at_x[x]

    found: set[tuple[float, float, float, float]] = set()
    for i, top in enumerate(hs):
        for bottom in hs[i + 1 :]:
            height = bottom.top - top.top
            if height > _MAX_HEIGHT:
                break
            if height < _MIN_HEIGHT:
                continue
            if abs(bottom.x0 - top.x0) > _SLACK or abs(bottom.x1 - top.x1) > _SLACK:
                continue
            if _side(near(top.x0), top.x0, top.top, bottom.bottom) and _side(
                near(top.x1), top.x1, top.top, bottom.bottom
            ):
                box = (min(top.x0, bottom.x0), top.top, max(top.x1, bottom.x1), bottom.bottom)
                found.add(tuple(round(v, 1) for v in box))  # type: ignore[arg-type]
                break  # the nearest closing rule: a frame, not frames stacked
    boxes = sorted(found)
    # (each box tested against the boxes that can be within it or abut it, not all: boxes
    # are sorted by their left edge, and such a box starts no farther right than _REACH
    # beyond the box's right edge, nor, within it, left of its left edge's point of slack)
    lefts = [b[0] for b in boxes]
    boxes = [
        b for b in boxes
        if not any(o != b and _within(o, b) for o in _starting(boxes, lefts, b[0] - 1, b[2] + 1))
    ]  # fmt: skip
    # a table's cells share their rules with the cells beside them; a form's field frames
    # stand apart, a gap of margin between each
    lefts = [b[0] for b in boxes]
    return [
        b for b in boxes
        if not any(o != b and _abut(b, o) for o in _starting(boxes, lefts, -inf, b[2] + _REACH))
    ]  # fmt: skip


def _starting(boxes: list[BBox], lefts: list[float], lo: float, hi: float) -> list[BBox]:
    """The boxes (sorted by their left edge, lefts) whose left edge lies within lo..hi."""
    return boxes[bisect.bisect_left(lefts, lo) : bisect.bisect_right(lefts, hi)]


_GAP = 1.5  # points between frames that still share a rule
# the farthest right of a box's right edge that a box abutting it can start (_touch: a frame
# drawn over the other's rule, 2 * _SLACK, or a gap of _GAP)
_REACH = 2 * _SLACK + _GAP


def _touch(end: float, start: float) -> bool:
    """A frame ending at `end` meets one starting at `start`: no gap, or the two drawn over
    each other's rule (a rule's width apart)."""
    return -2 * _SLACK <= start - end <= _GAP


def _abut(a: BBox, b: BBox) -> bool:
    """Two frames side by side or one over the other with (nearly) no gap between them."""
    across = a[1] < b[3] - _GAP and b[1] < a[3] - _GAP  # overlapping heights
    down = a[0] < b[2] - _GAP and b[0] < a[2] - _GAP  # overlapping widths
    side = _touch(a[2], b[0]) or _touch(b[2], a[0])
    stacked = _touch(a[3], b[1]) or _touch(b[3], a[1])
    return (across and side) or (down and stacked)


def _side(vs: Sequence[Ruling], x: float, top: float, bottom: float) -> bool:
    """A vertical rule at x covering most of the span top..bottom."""
    span = bottom - top
    return any(
        abs((v.x0 + v.x1) / 2 - x) <= _SLACK
        and min(v.bottom, bottom) - max(v.top, top) >= 0.6 * span
        for v in vs
    )


def _within(inner: BBox, outer: BBox) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[2] <= outer[2] + 1
        and inner[3] <= outer[3] + 1
    )
