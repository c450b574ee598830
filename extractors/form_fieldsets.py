"""Actions printed as a web form's fieldsets: a legend, the action's text, then its questions.

An online return printed before it is sent (a government service's form) groups each action's
questions in a framed fieldset whose legend names it ('Action 2.1'): the action's text first,
then one question after another, each a label over its control. The controls hold the answers:
a text box or text area (a drawn frame holding the value), a date input (a row of small
frames, the parts' names 'Day Month Year' printed over them, read as one date '31 3 2027'), and
a group of radio buttons, every option printed, the chosen one shown only by its filled circle
(a ring with a dot inside: a drawn ball whose share filled is above nothing). A hint printed
between a question and its control, in a smaller type ('For example, 27 3 2026'), is no answer.

Such a page is no table (no header row, each value alone in its frame) and its words read as
paragraphs give every option of every radio group at once. The evidence is the drawing: a
frame holding frames or radio circles, a line crossing its top edge (the legend), a text run
before its first question (the action), and labels over controls. Each fieldset is read as one
record of an action table (record_tables.record_table): the legend its ref, the text its
action, each question a column named by its label, so what a column holds decides its role as
for any table; a radio group whose options are statuses is the status column.

A radio group of statuses with no option filled, or several, is said (plan_status_unread): the
status was asked for but which one holds is not known.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.form_records import _frames as field_frames
from plantrace.extractors.plan_columns import Element, header_role
from plantrace.extractors.plan_prose import _REF_WORD
from plantrace.extractors.record_tables import record_table
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Page, Ruling, words_bbox
from plantrace.pipeline.fill_scale import page_balls
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.rag import normalise_rag

EVIDENCE = "a form's fieldsets: a legend, the action's text, each answer in its drawn control"
MIN_GROUPS = 2  # fieldsets of questions that make a form of actions
MIN_FIELDS = 2  # answered questions a fieldset needs besides its text
MIN_HEIGHT = 40.0  # points: a fieldset's frame is taller than any one control
MAX_RULINGS = 3000  # a page drawn in more pieces than this is a chart, not a form
SLACK = 3.0  # points a frame's sides may miss its corners by
ROW = 2.0  # points: the frames of one date input share their top within this
OPTION_GAP = 12.0  # points between a radio circle's right edge and its option's first word
FILLED = 0.1  # share of a circle filled over which a radio button is chosen
HINT_SIZE = 0.5  # points smaller than the question's type: a hint, not the question
MAX_LEGEND_WORDS = 3  # 'Action 2.1', 'Priority action 3': a name and a number
LEGEND_REF = "Ref"  # the column made of the legends
TEXT_LABEL = "Action"  # the column made of each fieldset's text


@dataclass(slots=True)
class _Answer:
    label: str
    value: str
    box: BBox
    lines: list[Line]
    options: list[str] = field(default_factory=list)  # a radio group's options, in order
    chosen: int = 1  # how many of the options are filled
    circles: list[BBox] = field(default_factory=list)  # the radio buttons drawn


@dataclass(slots=True)
class _Group:
    page: int
    box: BBox
    legend: Line
    text: list[Line]
    answers: list[_Answer]


def adopt_form_fieldsets(elements: list[Element], pages: Sequence[Page]) -> list[Element]:
    """The elements with a form's fieldsets read as action tables (one record per fieldset, one
    table per run of fieldsets with nothing printed between them: a section's heading between
    two fieldsets starts a new table under it), the paragraphs inside the fieldsets dropped; the
    same list where fewer than MIN_GROUPS fieldsets of a legend, a text and MIN_FIELDS answers
    are printed."""
    groups = read_fieldsets(pages, for_tables=True)
    if len(groups) < MIN_GROUPS:
        return elements
    kept = [el for el in elements if el.table is not None or not _inside(el, groups)]
    tables = [el for run in _runs(groups, kept) if (el := _table(run))]
    if not tables:
        return elements
    out = [*kept, *tables]
    out.sort(key=lambda el: (el.page, el.top))
    return out


def fieldset_warnings(
    pages: Sequence[Page],
) -> tuple[list[ExtractionWarning], set[tuple[int, BBox]]]:
    """plan_status_unread for each radio group of statuses printed with none or several of its
    options filled; and the circles read as radio buttons (page, box): a ring with a dot in it
    is a choice made, no status printed as a circle partly filled."""
    groups = read_fieldsets(pages)
    if len(groups) < MIN_GROUPS:
        return [], set()
    said: list[ExtractionWarning] = []
    circles: set[tuple[int, BBox]] = set()
    for g in groups:
        for a in g.answers:
            circles.update((g.page, b) for b in a.circles)
            if a.options and a.chosen != 1 and _statuses(a.options):
                state = "none" if a.chosen == 0 else f"{a.chosen}"
                said.append(
                    ExtractionWarning(
                        code="plan_status_unread",
                        message=(
                            f"'{a.label}' of '{g.legend.text}' prints its options as radio "
                            f"buttons ({', '.join(repr(o) for o in a.options)}) with {state} "
                            "filled: its status is not known"
                        ),
                        page=g.page,
                    )
                )
    return said, circles


# the fieldsets last read, the pages they were read of (held, so compared by identity) and
# whether they went into tables: a plan is read for its fieldsets twice, by read_layout's
# adopt_form_fieldsets and by extract_plan's fieldset_warnings, of the same pages unless a pass
# between rebuilt the document (a rebuilt page is a new Page; no pass changes a page's lines,
# rulings or fills in place). The second asker takes the groups read for the first instead of
# reading the pages again, once only; groups whose lines went into tables are taken only by
# fieldset_warnings, which reads their strings and boxes, never by a second table reader.
# Kept per thread: a flow's task runner may extract several documents at once in one process.
_Read = tuple[tuple[Page, ...], list[_Group], bool]
_held = threading.local()


def _last() -> list[_Read]:
    """This thread's last read (at most one)."""
    if not hasattr(_held, "last"):
        _held.last = []
    last: list[_Read] = _held.last
    return last


def read_fieldsets(pages: Sequence[Page], for_tables: bool = False) -> list[_Group]:
    """Every fieldset of the PDF pages read with its legend, text and answers (the previous
    read's groups where it was of the very same pages, see _last); `for_tables`: the groups'
    lines are to be put into tables."""
    held = tuple(pages)
    last = _last()
    if last:
        ((was, groups, tabled),) = last
        last.clear()
        same = len(was) == len(held) and all(a is b for a, b in zip(was, held, strict=True))
        if same and not (tabled and for_tables):
            return groups
    groups = _read_fieldsets(held)
    last.append((held, groups, for_tables))
    return groups


def _read_fieldsets(pages: Sequence[Page]) -> list[_Group]:
    groups: list[_Group] = []
    for page in pages:
        if page.sheet is not None:
            continue
        rulings = page.rulings
        if len(rulings) > MAX_RULINGS:
            continue
        found = _fieldset_boxes(rulings)
        if not found:
            continue
        legends = _Legends(page.lines)
        boxes = [b for b in found if legends.crossed(b)]
        if not boxes:
            continue  # no frame with a legend: the page's field frames are not needed
        frames = field_frames(rulings)
        balls = page_balls(page)
        for box in boxes:
            g = _group(page, box, frames, balls)
            if g is not None:
                groups.append(g)
    return groups


def _fieldset_boxes(rulings: Sequence[Ruling]) -> list[BBox]:
    """Closed frames taller than MIN_HEIGHT: a pair of rules of one span, closed at both ends
    by uprights, the nearest such bottom rule under each top rule. The rules are paired within
    runs of one span only (sorted by their ends), so a chart's thousands of rules of many spans
    cost a sort, not every pair."""
    wide = [r for r in rulings if r.horizontal and r.x1 - r.x0 >= 4 * MIN_HEIGHT]
    vs = [r for r in rulings if not r.horizontal and r.bottom - r.top >= MIN_HEIGHT]
    spans: list[list[Ruling]] = []
    for r in sorted(wide, key=lambda r: (r.x0, r.x1)):
        last = spans[-1][0] if spans else None
        if last is not None and r.x0 - last.x0 <= SLACK and abs(r.x1 - last.x1) <= SLACK:
            spans[-1].append(r)
        else:
            spans.append([r])
    found: list[BBox] = []
    for run in spans:
        run.sort(key=lambda r: r.top)
        for i, top in enumerate(run):
            bottom = next((b for b in run[i + 1 :] if b.top - top.top >= MIN_HEIGHT), None)
            if bottom is None:
                continue
            if _upright(vs, top.x0, top.top, bottom.top) and _upright(
                vs, top.x1, top.top, bottom.top
            ):
                found.append((top.x0, top.top, top.x1, bottom.bottom))
    found.sort(key=lambda b: (b[1], b[0]))
    return found


class _Legends:
    """The page's lines by their tops, so that a frame's legend (a line within the frame's
    width that its top rule runs through) is looked for only among the lines whose top lies
    less than the page's tallest line above the rule, not among all the page's lines."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.boxes = sorted((ln.bbox for ln in lines), key=lambda b: b[1])
        self.tops = [b[1] for b in self.boxes]
        self.tallest = max((b[3] - b[1] for b in self.boxes), default=0.0)

    def crossed(self, box: BBox) -> bool:
        x0, top, x1, _ = box
        lo = bisect_left(self.tops, top - self.tallest - 1.0)
        hi = bisect_left(self.tops, top)
        return any(
            b[0] >= x0 - SLACK and b[2] <= x1 + SLACK and b[1] < top < b[3]
            for b in self.boxes[lo:hi]
        )


def _upright(vs: Sequence[Ruling], x: float, top: float, bottom: float) -> bool:
    return any(
        abs((v.x0 + v.x1) / 2 - x) <= SLACK and v.top <= top + SLACK and v.bottom >= bottom - SLACK
        for v in vs
    )


def _group(
    page: Page, box: BBox, frames: Sequence[BBox], balls: Sequence[tuple[BBox, float]]
) -> _Group | None:
    x0, top, x1, bottom = box
    inner = [f for f in frames if _within(f, box) and f != box]
    circles = [b for b in balls if _within(b[0], box)]
    if not inner and not circles:
        return None
    legend: Line | None = None
    lines: list[Line] = []
    for ln in page.lines:
        b = ln.bbox
        if b[0] < x0 - SLACK or b[2] > x1 + SLACK:
            continue
        if b[1] < top < b[3] and legend is None:
            legend = ln  # the line the frame's top rule runs through
        elif b[1] >= top and b[3] <= bottom + SLACK:
            lines.append(ln)
    if legend is None:
        return None
    items = _items(lines, inner, circles)
    text, answers = _answers(items)
    if not text or len(answers) < MIN_FIELDS:
        return None
    return _Group(page.number, box, legend, text, answers)


# an item of a fieldset in reading order: ("text", [line]), ("row", frames with their lines)
# or ("radio", options each (line, share filled))
_Option = tuple[Line, float, BBox]  # an option's line, its circle's share filled, the circle
_Item = tuple[str, list[Line], list[tuple[BBox, list[Line]]], list[_Option]]


def _items(
    lines: list[Line], frames: Sequence[BBox], circles: Sequence[tuple[BBox, float]]
) -> list[tuple[float, _Item]]:
    held: dict[int, list[Line]] = {i: [] for i in range(len(frames))}
    loose: list[Line] = []
    for ln in lines:
        cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
        at = next(
            (i for i, f in enumerate(frames) if f[0] <= cx <= f[2] and f[1] <= cy <= f[3]), None
        )
        if at is None:
            loose.append(ln)
        else:
            held[at].append(ln)
    items: list[tuple[float, _Item]] = []
    rows: list[list[int]] = []
    for i in sorted(range(len(frames)), key=lambda i: (frames[i][1], frames[i][0])):
        if rows and abs(frames[rows[-1][0]][1] - frames[i][1]) <= ROW:
            rows[-1].append(i)
        else:
            rows.append([i])
    for row in rows:
        parts = [(frames[i], held[i]) for i in row]
        items.append((frames[row[0]][1], ("row", [], parts, [])))
    options: list[_Option] = []
    for ln in loose:
        found = _options_of(ln, circles)
        if not found:
            items.append((ln.bbox[1], ("text", [ln], [], [])))
        options.extend(found)
    # options one under another (or side by side on a line) are one group while no other
    # item comes between them
    options.sort(key=lambda o: (o[0].bbox[1], o[0].bbox[0]))
    others = sorted(t for t, _ in items)
    run: list[_Option] = []
    for opt in options:
        if run and any(run[-1][0].bbox[1] < t < opt[0].bbox[1] for t in others):
            items.append((run[0][0].bbox[1], ("radio", [], [], run)))
            run = []
        run.append(opt)
    if run:
        items.append((run[0][0].bbox[1], ("radio", [], [], run)))
    items.sort(key=lambda it: it[0])
    return items


def _options_of(ln: Line, circles: Sequence[tuple[BBox, float]]) -> list[_Option]:
    """The radio options a line prints: the words after each radio circle on its line (one
    option under another, each its own line, or several side by side on one line); none where
    no circle stands just before the line's first word."""
    on_line = sorted(
        (c for c in circles if ln.bbox[1] <= (c[0][1] + c[0][3]) / 2 <= ln.bbox[3]),
        key=lambda c: c[0][0],
    )
    words = [w for w in ln.words if w.text.strip()]
    if not on_line or not words or not 0 <= words[0].x0 - on_line[0][0][2] <= OPTION_GAP:
        return []
    out: list[_Option] = []
    for k, (box, share) in enumerate(on_line):
        end = on_line[k + 1][0][0] if k + 1 < len(on_line) else ln.bbox[2] + 1
        mine = [w for w in words if box[2] - 1 <= w.x0 < end]
        if not mine:
            return []  # a circle with no words after it: no option of this line
        text = " ".join(w.text for w in mine)
        part = Line(
            text, words_bbox(mine), ln.font_size, ln.bold, ln.page, ln.index, words=mine,
            colour=ln.colour,
        )  # fmt: skip
        out.append((part, share, box))
    return out


def _answers(items: list[tuple[float, _Item]]) -> tuple[list[Line], list[_Answer]]:
    """The fieldset's text (the paragraphs before its first question) and its answers."""
    pending: list[Line] = []
    text: list[Line] = []
    answers: list[_Answer] = []
    for _, (kind, lines, parts, options) in items:
        if kind == "text":
            pending.extend(lines)
            continue
        if kind == "row" and len(parts) >= 2 and pending and _part_names(pending[-1], parts):
            pending.pop()  # 'Day Month Year' over a date input's boxes: no question
        paragraphs = _paragraphs(pending)
        pending = []
        if not paragraphs:
            continue
        sizes = [max(ln.font_size for ln in p) for p in paragraphs]
        asked = max(i for i, s in enumerate(sizes) if s >= max(sizes) - HINT_SIZE)
        if not answers and not text:
            text = [ln for p in paragraphs[:asked] for ln in p]
        label = join_text(ln.text for ln in paragraphs[asked])
        answers.append(_answer(label, parts, options))
    return text, answers


def _answer(label: str, parts: list[tuple[BBox, list[Line]]], options: list[_Option]) -> _Answer:
    if options:
        chosen = [ln for ln, share, _ in options if share > FILLED]
        value = chosen[0].text if len(chosen) == 1 else ""
        box = chosen[0].bbox if len(chosen) == 1 else _span([o[0].bbox for o in options])
        names = [o[0].text for o in options]
        lines = chosen[:1] if len(chosen) == 1 else []
        return _Answer(label, value, box, lines, names, len(chosen), [o[2] for o in options])
    value = " ".join(join_text(ln.text for ln in held) for _, held in parts).strip()
    value = " ".join(value.split())
    lines = [ln for _, held in parts for ln in held]
    return _Answer(label, value, _span([f for f, _ in parts]), lines)


def _part_names(line: Line, parts: list[tuple[BBox, list[Line]]]) -> bool:
    """Each word of the line stands over one of the row's boxes: the parts' names."""
    words = [w for w in line.words if w.text.strip()]
    if len(words) != len(parts) or line.bbox[3] > parts[0][0][1] + SLACK:
        return False
    return all(
        f[0] - SLACK <= (w.x0 + w.x1) / 2 <= f[2] + SLACK
        for w, (f, _) in zip(words, parts, strict=True)
    )


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines parted where the gap between two is wider than half a line."""
    out: list[list[Line]] = []
    for ln in lines:
        if out:
            last = out[-1][-1]
            gap = ln.bbox[1] - last.bbox[3]
            if gap <= 0.5 * (last.bbox[3] - last.bbox[1]) and ln.font_size == last.font_size:
                out[-1].append(ln)
                continue
        out.append([ln])
    return out


def _statuses(options: Sequence[str]) -> bool:
    """Half the options at least read as a status colour."""
    return 2 * sum(normalise_rag(o) is not None for o in options) >= len(options)


def _runs(groups: Sequence[_Group], kept: Sequence[Element]) -> list[list[_Group]]:
    """The fieldsets of each page in runs that no other element parts."""
    runs: list[list[_Group]] = []
    for g in groups:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.page == g.page
            and not any(
                el.page == g.page and last.box[3] <= el.top <= g.legend.bbox[1] for el in kept
            )
        ):
            runs[-1].append(g)
        else:
            runs.append([g])
    return runs


def _table(mine: Sequence[_Group]) -> Element | None:
    page = mine[0].page
    labels: list[str] = [LEGEND_REF, TEXT_LABEL]
    statuses: set[str] = set()
    for g in mine:
        for a in g.answers:
            if a.label not in labels:
                labels.append(a.label)
            if a.options and _statuses(a.options):
                statuses.add(a.label)
    by_label = [{a.label: a for a in g.answers} for g in mine]

    def text_of(g: _Group, fields: dict[str, _Answer], lb: str) -> str:
        if lb == LEGEND_REF:
            return _legend_ref(g.legend.text)
        if lb == TEXT_LABEL:
            return join_text(ln.text for ln in g.text)
        return fields[lb].value if lb in fields else ""

    texts = [[text_of(g, f, lb) for lb in labels] for g, f in zip(mine, by_label, strict=True)]
    roles = ["rag" if lb in statuses else header_role(lb) for lb in labels]
    roles[0], roles[1] = "ref", "action"

    def cell(i: int, j: int) -> Cell | None:
        g, lb = mine[i], labels[j]
        if lb == LEGEND_REF:
            return Cell(texts[i][j], g.legend.bbox)
        if lb == TEXT_LABEL:
            return Cell(texts[i][j], _span([ln.bbox for ln in g.text]), lines=list(g.text))
        a = by_label[i].get(lb)
        if a is None:
            return None
        return Cell(a.value, a.box, lines=list(a.lines))

    table = record_table(texts, cell, roles, labels, EVIDENCE, page, mine[0].box[1])
    if table is None:
        return None
    return Element(page, mine[0].legend.bbox[1], table=table)


def _legend_ref(legend: str) -> str:
    """The number a legend gives its fieldset ('Action 2.1' -> '2.1'); a legend that ends in
    no number is kept whole."""
    words = legend.split()
    if 1 < len(words) <= MAX_LEGEND_WORDS and _REF_WORD.match(words[-1]):
        return words[-1].rstrip(".)")
    return legend


def _inside(el: Element, groups: Sequence[_Group]) -> bool:
    """A paragraph every line of which lies in one read fieldset (its legend included), or a
    control's frame read as a table of its own."""
    if el.raw is not None:
        return any(el.page == g.page and _within(el.raw.bbox, g.box) for g in groups)
    if not el.lines:
        return False
    return all(
        any(
            ln.page == g.page and _within(ln.bbox, (g.box[0], g.legend.bbox[1], g.box[2], g.box[3]))
            for g in groups
        )
        for ln in el.lines
    )


def _span(boxes: Sequence[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _within(inner: BBox, outer: BBox) -> bool:
    return (
        inner[0] >= outer[0] - SLACK
        and inner[1] >= outer[1] - SLACK
        and inner[2] <= outer[2] + SLACK
        and inner[3] <= outer[3] + SLACK
    )
