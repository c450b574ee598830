"""Boxes of 'label | value' rows that state the recommendation a page or section answers.

A board report, a highlight report or a delivery plan often opens each page (or section) with a
boxed summary: the recommendation beside its label ('R2 | Improve ...', 'Inspectors'
recommendation 2 | ...'), then rows that describe it (its senior officer, an overall rating, a
count of milestones not reported). Such a box is the section's heading: the tables below it
answer that recommendation until the next box or heading. Its other rows are context, not
actions, and its rating is not an action's.

The box is known by its shape, not by its words: every row two filled cells, the left one a
short label; the recommendation's row is the one whose label ends in a number and whose value is
a sentence. The cell boundary stands in for the colon or dash a heading would print, so the
label may be any words ('Recommendation no. 3', 'Finding 3', 'R3'). A table of several such rows
is a list of recommendations, not the box of one (box_list). A box printed with no rules
between its cells (a tint, an outline only) is the same rows as lines: the wide gap between a
line's label and its value is the cell boundary (stated_in_lines).
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import Element, header_role
from plantrace.extractors.plan_recommendations import (
    CODE_LETTERS,
    MIN_WORDS,
    explicit_heading,
    heading,
    numbered_from_one,
)
from plantrace.pipeline.document import Cell, Line, Table, Word
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.rag import normalise_rag

# a label cell ending in the recommendation's number: 'R2', 'Recommendation no. 2',
# "Inspectors' recommendation (2):"; the words before it are the label, whatever they are. A
# number's letters start a word: in 'REC1' the label is 'REC' and the number 1, not 'R' and 'EC1'
NUMBERED_LABEL = re.compile(
    r"^(?P<label>\D{0,60}?)\s*\(?(?P<num>\d{1,2}|(?<![A-Za-z])[A-Z]{1,2}\d{1,2})\)?"
    r"\s*[.:\-–—]?\s*$"
)
CAPTION_WORDS = 3  # a box's caption over its heading: a label and a number ('DIVIDER 2')
LABEL_WORDS = 5  # a box's label is a few words; more is a sentence in a two-column table
# between a label and its value on one line, a gap this many times the font size is a cell
# boundary: word spaces, even in justified text, are well under it
COLUMN_GAP_EMS = 1.5
LEVEL_EMS = 0.25  # lines whose tops differ by less than this many font sizes stand level
# label roles (plan_columns' header vocabulary) that name a recommendation or what a plan calls
# one; a label naming an action's field ('Action 2', 'Milestone 2') is an action card's
_RECOMMENDATION_ROLES = (None, "rec", "recommendation_text", "theme")
_NAMING_ROLES = ("rec", "recommendation_text")  # labels that call the row a recommendation

Stated = tuple[str, str]  # (number as printed, text)


def box_rows(t: Table) -> list[tuple[Cell, Cell]] | None:
    """The (label, value) pairs of a box: at least two rows, each of exactly two filled cells
    whose left one is a short label; else None (a grid, a banner, a table of prose)."""
    pairs: list[tuple[Cell, Cell]] = []
    for row in t.rows:
        cells = [c for c in row if c is not None and c.text.strip()]
        if len(cells) != 2 or len(cells[0].text.split()) > LABEL_WORDS:
            return None
        pairs.append((cells[0], cells[1]))
    return pairs if len(pairs) >= 2 else None


def stated_in_row(label: str, value: str) -> Stated | None:
    """(number, text) when a label | value row states a numbered recommendation: the label
    ends in the number and the value is a sentence ('R2' | 'Improve the ...'); or the value is
    itself a numbered heading beside a label of no number ('Recommendation' | '2. Improve ...')."""
    label, value = " ".join(label.split()), " ".join(value.split())
    m = NUMBERED_LABEL.match(label)
    if m is None:
        h = heading(value)
        return h if h is not None and header_role(label) in _RECOMMENDATION_ROLES else None
    words = m.group("label").strip()
    role = header_role(words) if words else None
    if role not in _RECOMMENDATION_ROLES:
        return None  # 'Action 2', 'Milestone 2': an action card's label
    # a label that names a recommendation may carry its short title ('Recommendation 2 |
    # Strategy meetings'); any other label ('R2', 'Finding 2') a sentence
    n = len(value.split())
    if n < (2 if role in _NAMING_ROLES else MIN_WORDS) or not value[:1].isupper():
        return None  # no sentence beside the number
    if n < MIN_WORDS and normalise_rag(value) is not None:
        return None  # its rating, not its title ('Recommendation 2 | Partly met')
    num = m.group("num")
    if not words and num.rstrip("0123456789").lower() in CODE_LETTERS:
        return _digits(num), value  # 'R2' | 'Improve ...': recommendation 2, as 'Rec 2' is
    return num, value


def _stated_rows(t: Table) -> list[Stated] | None:
    pairs = box_rows(t)
    if pairs is None:
        return None
    return [s for label, value in pairs if (s := stated_in_row(label.text, value.text))]


def box_recommendation(t: Table) -> Stated | None:
    """The one recommendation a box states, with the rows that describe it; None when the
    table is no box or states none or several (a list of them: box_list)."""
    stated = _stated_rows(t)
    if not stated or len(stated) != 1:
        return None
    return stated[0]


def captioned_box(t: Table) -> Stated | None:
    """The recommendation a one-cell box states under a caption of its own: a first line that
    is only a short label and a number ('DIVIDER 2', 'Tab 2', 'Section 2') over a heading that
    names recommendation 2 ('Recommendation 2: Strengthen ...'). A card index's dividers, a
    binder's tabs or a slide's corner number print such a caption; read with it, the box's text
    opens with the caption and is no heading at all, so the recommendation went unread. The
    caption must repeat the heading's number: a box whose first line is any other short line (a
    status, a date) is not read so. None for any other table."""
    cells = [c for r in t.rows for c in r if c is not None and c.text.strip()]
    if len(t.rows) != 1 or len(cells) != 1 or len(cells[0].lines) < 2:
        return None
    m = _caption(cells[0].lines[0])
    if m is None:
        return None
    h = heading(join_text(ln.text for ln in cells[0].lines[1:]))
    return h if h is not None and _digits(h[0]) == _digits(m.group("num")) else None


def caption_label(t: Table) -> str:
    """The label words of a captioned box's caption ('divider'), '' for any other table."""
    cells = [c for r in t.rows for c in r if c is not None and c.lines]
    m = _caption(cells[0].lines[0]) if len(cells) == 1 else None
    return _label_words(m.group("label")) if m is not None else ""


def _caption(line: Line) -> re.Match[str] | None:
    first = " ".join(line.text.split())
    m = NUMBERED_LABEL.match(first)
    if m is None or not m.group("label").strip() or len(first.split()) > CAPTION_WORDS:
        return None
    return m


def part_captions(elements: list[Element]) -> list[Element]:
    """The paragraphs with each caption that repeats the number of the recommendation heading
    printed under it ('DIVIDER 2' over 'Recommendation 2: ...') taken out, the heading opening
    a paragraph of its own. Read from the Word file, a tinted one-cell box (or one drawn with
    paragraph borders) gives its caption and heading as lines of the text, and the layout
    groups a box's caption with the box above it ('Recommendation 1: ... DIVIDER 2') or its heading under the caption ('DIVIDER 1
    Recommendation 1: ...'), so a recommendation read with the next box's caption glued to
    its text, or not at all. The same list where no caption is found."""
    text = [(i, ln) for i, el in enumerate(elements) if el.table is None and el.raw is None
            for ln in el.lines]  # fmt: skip
    captions = {
        id(ln)
        for (_, ln), (_, nxt) in zip(text, text[1:], strict=False)
        if (m := _caption(ln)) is not None
        and explicit_heading(nxt.text)
        and (h := heading(nxt.text)) is not None
        and _digits(h[0]) == _digits(m.group("num"))
    }
    if not captions:
        return elements
    heads = {
        id(nxt) for (_, ln), (_, nxt) in zip(text, text[1:], strict=False) if id(ln) in captions
    }
    out: list[Element] = []
    for el in elements:
        if (
            el.table is not None
            or el.raw is not None
            or not any(id(ln) in captions for ln in el.lines)
        ):
            out.append(el)
            continue
        run: list[Line] = []
        for ln in el.lines:
            if id(ln) in heads and run:
                out.append(Element(el.page, run[0].top, lines=run))
                run = []
            if id(ln) not in captions:
                run.append(ln)
        if run:
            out.append(Element(el.page, run[0].top, lines=run))
    return out


def box_list(t: Table) -> list[Stated]:
    """The recommendations a table of 'label N | sentence' rows lists, numbered from one; a
    header row of no number is passed over. Empty for a box of one, or any other table."""
    stated = _stated_rows(_without_header(t))
    if not stated or len(stated) < 2 or len(stated) != len(_without_header(t).rows):
        return []
    return stated if numbered_from_one([_digits(n) for n, _ in stated]) else []


def _without_header(t: Table) -> Table:
    """The table less a first row that states nothing (its column headers)."""
    first = [c for c in t.rows[0] if c is not None and c.text.strip()] if t.rows else []
    if len(first) == 2 and stated_in_row(first[0].text, first[1].text) is None and len(t.rows) > 2:
        return Table(page=t.page, bbox=t.bbox, rows=t.rows[1:], ruled=t.ruled)
    return t


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def stated_in_lines(lines: list[Line]) -> list[Stated]:
    """The recommendations label | value rows printed as lines state: a line whose words part
    at a column gap into a label ending in a number and a sentence ('Finding 3    Make sure
    ...'), its value going on in the lines under it that start at the value's left edge; or a
    label alone on its line beside the lines of its value (a value that wraps, the label
    centred on it: join_side_labels)."""
    out: list[Stated] = []
    for i, line in enumerate(lines):
        cut = column_gap(line)
        if cut is None:
            beside = _beside(line, lines) if lone_label(line.text) else []
            if beside and (found := stated_in_row(line.text, join_text(beside))) is not None:
                out.append(found)
            continue
        label, value = line.words[:cut], line.words[cut:]
        parts = [" ".join(w.text for w in value)]
        above = line
        for more in lines[i + 1 :]:
            if column_gap(more) is not None or not _wraps_value(more, above, value[0].x0):
                break
            parts.append(more.text)
            above = more
        stated = stated_in_row(" ".join(w.text for w in label), join_text(parts))
        if stated is not None:
            out.append(stated)
    return out


def _wraps_value(more: Line, above: Line, value_x: float) -> bool:
    """A line that carries on the value above it: it starts at the value's left edge, or runs
    back under the label (a hanging list's wrap: 'R2   Ensure that ...' then '... are
    recorded' at the code's edge) right under the line above, no paragraph gap between."""
    if abs(more.bbox[0] - value_x) <= above.font_size:
        return True
    height = max(above.bottom - above.top, 1.0)
    return abs(more.bbox[0] - above.bbox[0]) <= 2.0 and 0 <= more.top - above.bottom <= height


def column_gap(line: Line) -> int | None:
    """The index of the first word after a column gap within the label's reach, else None.
    The gap is measured in the height of the line's words, not its font size: some producers
    (Chromium) report sizes in other units than the page's."""
    words = line.words
    if len(words) < 2:
        return None
    heights = sorted(w.bottom - w.top for w in words)
    em = max(heights[len(heights) // 2], 4.0)
    for k in range(1, min(len(words), LABEL_WORDS + 1)):
        if words[k].x0 - words[k - 1].x1 >= COLUMN_GAP_EMS * em:
            return k
    return None


def lone_label(text: str) -> bool:
    """A line that is only a label ending in a number ('Finding 3', 'R3', 'Recommendation no.
    3'), as a box prints it in its left column. The word count is checked before the pattern:
    its lazy label part backtracks across every position of a long line before failing."""
    if len(text.split()) > LABEL_WORDS:
        return False
    m = NUMBERED_LABEL.match(" ".join(text.split()))
    if m is None:
        return False
    words = m.group("label").strip()
    return not words or header_role(words) in _RECOMMENDATION_ROLES


def _beside(label: Line, lines: list[Line]) -> list[str]:
    """The texts of the value's lines beside a label, top to bottom (_run_beside)."""
    return [ln.text for ln in _run_beside(label, lines)]


def _run_beside(label: Line, lines: list[Line]) -> list[Line]:
    """The lines right of a label, past a column gap, that run down with no gap between them
    through the label's height: its value, the label centred on it or level with its top."""
    edge = label.bbox[2] + COLUMN_GAP_EMS * max(label.font_size, 4.0)
    right = sorted((ln for ln in lines if ln.bbox[0] >= edge), key=lambda ln: ln.bbox[1])
    kept: list[Line] = []
    for ln in right:
        if kept and ln.bbox[1] - kept[-1].bbox[3] > 1.2 * label.font_size:
            if kept[-1].bbox[3] >= label.bbox[1]:
                break
            kept = []
        kept.append(ln)
    if not kept or kept[0].bbox[1] > label.bbox[3] or kept[-1].bbox[3] < label.bbox[1]:
        return []
    return kept


def join_side_labels(elements: list[Element]) -> list[Element]:
    """A box row printed without rules whose value wraps, its label set beside it (centred on
    it, as a browser sets a table cell): the reader sees the value's lines and the label's as
    paragraphs of their own, interleaved. Each such label and the value lines beside it, a
    run of lines right of the label's column that reaches the label's height, become one
    paragraph, which stated_in_lines reads as the row."""
    elements = _part_trailing_labels(elements)
    out: list[Element] = []
    taken: set[int] = set()
    for i, el in enumerate(elements):
        if i in taken:
            continue
        if _plain(el) and (below := _value_below(elements, i)):
            taken.update(below)
            lines = [*el.lines, *(ln for j in below for ln in elements[j].lines)]
            out.append(Element(el.page, el.top, lines=lines))
            continue
        if not (_plain(el) and len(el.lines) == 1 and lone_label(el.text)):
            out.append(el)
            continue
        run = _value_run(elements, i)
        kept = [e for e in out if not any(e is elements[j] for j in run if j < i)]
        if not run or len(out) - len(kept) != sum(1 for j in run if j < i):
            out.append(el)  # no value beside it, or a piece of it already read otherwise
            continue
        out = kept  # the value's lines before the label: taken back out, joined to it
        taken.update(run)
        lines = sorted([*el.lines, *(ln for j in run for ln in elements[j].lines)],
                       key=lambda ln: ln.bbox[1])  # fmt: skip
        out.append(Element(el.page, lines[0].top, lines=lines))
    return out


def _part_trailing_labels(elements: list[Element]) -> list[Element]:
    """A paragraph whose last line is a lone label ('R1', 'Finding 3') set under its other
    lines, its value beside it in the next paragraph (a line right of the label's column, level
    with it), parted into the paragraph and the label: in small print (a sheet fitted to the
    page) the gap over the label is no wider than a line's, and the reader runs the label into
    the heading above it ('Inspection findings' over 'R1'), while its wrapped value stands
    apart. Left so, the list read no first item, and the plan none of its recommendations."""
    out: list[Element] = []
    for i, el in enumerate(elements):
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        if not (_plain(el) and len(el.lines) >= 2 and nxt is not None and _plain(nxt)):
            out.append(el)
            continue
        label, above = el.lines[-1], el.lines[-2]
        if label.bbox[1] < above.bbox[3] or not lone_label(label.text):
            out.append(el)  # side by side with the line before it, or no label
            continue
        edge = label.bbox[2] + COLUMN_GAP_EMS * max(label.font_size, 4.0)
        beside = any(
            ln.page == label.page and ln.bbox[0] >= edge
            and ln.bbox[1] < label.bbox[3] and ln.bbox[3] > label.bbox[1]
            for ln in nxt.lines
        )  # fmt: skip
        if not beside:
            out.append(el)
            continue
        out.append(Element(el.page, el.top, lines=list(el.lines[:-1])))
        out.append(Element(label.page, label.top, lines=[label]))
    return out


def _value_run(elements: list[Element], i: int) -> list[int]:
    """Indexes of the paragraphs next to label i (before and after it) that lie right of it on
    its page and run down without a gap through its height, and of the label's own earlier
    lines above it in its column (a label that wraps: 'Area of concern' over '3')."""
    label = elements[i].lines[0]
    edge = label.bbox[2] + COLUMN_GAP_EMS * max(label.font_size, 4.0)

    def beside(j: int) -> bool:
        el = elements[j]
        return _plain(el) and el.page == label.page and all(ln.bbox[0] >= edge for ln in el.lines)

    def label_part(j: int) -> bool:
        el = elements[j]
        return (
            _plain(el) and el.page == label.page and len(el.lines) == 1
            and abs(el.lines[0].bbox[0] - label.bbox[0]) <= label.font_size
            and el.lines[0].bbox[3] <= label.bbox[1] + 1.0 and not lone_label(el.text)
        )  # fmt: skip

    run: list[int] = []
    parts: list[int] = []
    j = i - 1
    while j >= 0 and (beside(j) or (len(parts) < LABEL_WORDS and label_part(j))):
        if beside(j) and _labelled_by(elements, j, i):
            break  # the value of the label above, whose wrap runs on close to this one
        run.insert(0, j)
        if not beside(j):
            parts.append(j)
        j -= 1
    k = i + 1
    while k < len(elements) and beside(k) and not _labelled_by(elements, k, i):
        run.append(k)
        k += 1
    lines = [ln for j in run if j not in parts for ln in elements[j].lines]
    ids = {id(ln) for ln in _run_beside(label, lines)}
    values = [j for j in run if j not in parts and all(id(ln) in ids for ln in elements[j].lines)]
    values = _from_level_line(elements, values, label)
    if not values:
        return []
    first = min(values)  # the label's lines above its value's first line are no part of it
    return [j for j in run if j in values or (j in parts and j > first)]


def _from_level_line(elements: list[Element], values: list[int], label: Line) -> list[int]:
    """A label level with the first line of a paragraph of its value (a list's number beside
    its item, a sheet's cells aligned at the top) starts its value there: a paragraph above
    it is the wrap of the item above, run on close over this label."""
    near = LEVEL_EMS * label.font_size
    tops = [t for j in values if abs((t := elements[j].lines[0].bbox[1]) - label.bbox[1]) <= near]
    if not tops:
        return values  # a label centred on its value: its lines above it are its own
    return [j for j in values if elements[j].lines[0].bbox[1] >= min(tops) - near]


def _labelled_by(elements: list[Element], j: int, i: int) -> bool:
    """Whether paragraph j is the value of another lone label than i, next to it in reading
    order and level with it (its middle within the paragraph's height): a list whose numbers
    stand in a column of their own, a wrapped item close over the next item's label."""
    el = elements[j]
    top, bottom = el.lines[0].bbox[1], max(ln.bbox[3] for ln in el.lines)
    for k in (j - 1, j + 1):
        if k == i or not 0 <= k < len(elements):
            continue
        other = elements[k]
        if not (_plain(other) and len(other.lines) == 1 and lone_label(other.text)):
            continue
        box = other.lines[0].bbox
        if other.page == el.page and top <= (box[1] + box[3]) / 2 <= bottom:
            return True
    return False


def _value_below(elements: list[Element], i: int) -> list[int]:
    """Indexes of the paragraphs after i that go on with the value of its last line, a label
    and its value parted by a column gap ('Finding 3    Make sure that ...'): lines that start
    at the value's left edge, one under the other."""
    last = elements[i].lines[-1]
    cut = column_gap(last)
    if cut is None or not lone_label(" ".join(w.text for w in last.words[:cut])):
        return []
    left, bottom = last.words[cut].x0, last.bbox[3]
    out: list[int] = []
    for j in range(i + 1, len(elements)):
        el = elements[j]
        if not _plain(el) or el.page != last.page:
            break
        if any(abs(ln.bbox[0] - left) > last.font_size for ln in el.lines):
            break
        if el.lines[0].bbox[1] - bottom > 1.2 * last.font_size:
            break
        if _labelled_by(elements, j, i):
            break  # level with a label of its own beside it: the next row's value
        out.append(j)
        bottom = el.lines[-1].bbox[3]
    return out


def _plain(el: Element) -> bool:
    return el.table is None and el.raw is None and bool(el.lines)


def box_label(t: Table) -> str:
    """The label words of the row stating the box's recommendation ('r', "inspectors'
    recommendation"): boxes of one plan that state theirs alike share them."""
    for label, value in box_rows(t) or []:
        if stated_in_row(label.text, value.text) is not None:
            return _label_words(label.text)
    return ""


def lines_label(lines: list[Line]) -> str:
    """The label words of the first box row among lines: a label before a gap, or alone on its
    line with the lines it wrapped from just above it in its column ('Area of concern' / '3')."""
    ordered = sorted(lines, key=lambda ln: ln.bbox[1])
    for i, line in enumerate(ordered):
        cut = column_gap(line)
        if cut is not None:
            text = " ".join(w.text for w in line.words[:cut])
            if lone_label(text):
                return _label_words(text)
            continue
        if lone_label(line.text):
            parts = [line]
            for ln in reversed(ordered[:i]):  # the label's earlier lines, one over the other
                near = parts[0].bbox[1] - ln.bbox[3] <= line.bbox[3] - line.bbox[1]
                if abs(ln.bbox[0] - line.bbox[0]) > 2.0 or column_gap(ln) is not None:
                    continue  # a value line beside it
                if not near or len(parts) > 2:
                    break
                parts.insert(0, ln)
            return _label_words(" ".join(ln.text for ln in parts))
    return ""


def _label_words(label: str) -> str:
    m = NUMBERED_LABEL.match(" ".join(label.split()))
    return m.group("label").strip().lower() if m else ""


MIN_PAIRS = 2  # a list of one label and one text says nothing of which way they pair


def join_labels_under_values(elements: list[Element]) -> list[Element]:
    """A list whose labels print under their texts ('text', then 'Rec 1' below it at the left:
    a spreadsheet's label cell aligned to the bottom of its row, the text cell to the top):
    the run opens with a text and goes on text, label, each label alone on its line in a
    column left of the texts (a row one line high, label and text on one line, may stand
    between). Each label and the text above it become one paragraph, the label set level with
    the text's first line, as a box's 'label | value' row reads; a run that opens with a label
    is the usual label over text and is left alone."""
    elements = _split_labels(elements)
    out: list[Element] = []
    i = 0
    while i < len(elements):
        run = _under_run(elements, i)
        if not _settled(run):
            out.append(elements[i])
            i += 1
            continue
        for k in run:
            if k < 0:  # rows of one line: label and text side by side, a paragraph each
                out += _side_rows(elements[i])
                i += 1
                continue
            text, label = elements[i], elements[i + 1]
            lines = [_raised(label.lines[0], text.lines[0]), *text.lines]
            out.append(Element(label.page, text.top, lines=lines))
            i += 2
    return out


def _split_labels(elements: list[Element]) -> list[Element]:
    """Paragraphs that open with a label alone under the text above ('Rec 3', then the next
    row 'Rec 4  Build ...' set on one line) parted after that label: the layout reader ran
    the label into the row below it."""
    out: list[Element] = []
    for el in elements:
        if out and _plain(el) and len(el.lines) >= 2:
            head = Element(el.page, el.top, lines=el.lines[:1])
            if _label_under(out[-1], head):
                rest = el.lines[1:]
                out += [head, Element(el.page, rest[0].top, lines=rest)]
                continue
        out.append(el)
    return out


def _under_run(elements: list[Element], i: int) -> list[int]:
    """The run from i: 1 for each text, label pair with the label under its text, -1 for a
    row of label and text side by side on one line between them."""
    run: list[int] = []
    while i < len(elements):
        if (
            i + 1 < len(elements)
            and _label_under(elements[i], elements[i + 1])
            and not _level_with_next(elements, i + 1)
        ):
            run.append(1)
            i += 2
        elif _side_row(elements[i]):
            run.append(-1)
            i += 1
        else:
            break
    return run


def _level_with_next(elements: list[Element], i: int) -> bool:
    """Whether label i stands level with the first line of the paragraph after it (a list's
    number beside its item, the item above wrapping close over it): that item's label, not a
    label printed under the text above."""
    if i + 1 >= len(elements) or not _plain(elements[i + 1]):
        return False
    lab, first = elements[i].lines[0], elements[i + 1].lines[0]
    return first.page == lab.page and abs(first.bbox[1] - lab.bbox[1]) <= LEVEL_EMS * lab.font_size


def _settled(run: list[int]) -> bool:
    """Whether the run shows its labels go under their texts: MIN_PAIRS pairs that open with
    a text, or each label followed by a row carrying its own label (so the label cannot be
    over that row: it is the text's above)."""
    pairs = [n for n, k in enumerate(run) if k > 0]
    if len(pairs) >= MIN_PAIRS:
        return True
    return bool(pairs) and all(n + 1 < len(run) and run[n + 1] < 0 for n in pairs)


def _side_rows(el: Element) -> list[Element]:
    """A paragraph of rows set one line high, each opening with its label, one per row (the
    layout reader ran them together); any other paragraph as it is."""
    one = [Element(el.page, ln.top, lines=[ln]) for ln in el.lines]
    return one if len(one) > 1 and all(_side_row(e) for e in one) else [el]


def _side_row(el: Element) -> bool:
    """A paragraph opening with a label, a column gap, then its text ('Rec 4   Build ...')."""
    if not _plain(el):
        return False
    cut = column_gap(el.lines[0])
    return cut is not None and lone_label(" ".join(w.text for w in el.lines[0].words[:cut]))


def _label_under(text: Element, label: Element) -> bool:
    """A one-line label alone ('Rec 1') straight under a text on the same page, in a column
    left of the text's, past a column gap."""
    if not (_plain(text) and _plain(label)) or len(label.lines) != 1 or text.page != label.page:
        return False
    lab = label.lines[0]
    if not lone_label(lab.text) or lone_label(text.text) or len(text.text.split()) < 3:
        return False
    edge = lab.bbox[2] + COLUMN_GAP_EMS * max(lab.font_size, 4.0)
    gap = lab.bbox[1] - text.lines[-1].bbox[3]
    return all(ln.bbox[0] >= edge for ln in text.lines) and -1.0 <= gap <= 1.5 * lab.font_size


def _raised(label: Line, first: Line) -> Line:
    """The label line moved up to the top of the row it labels (its text's first line)."""
    dy = first.bbox[1] - label.bbox[1]
    x0, top, x1, bottom = label.bbox
    words = [Word(w.text, w.x0, w.top + dy, w.x1, w.bottom + dy) for w in label.words]
    return Line(
        label.text, (x0, top + dy, x1, bottom + dy), label.font_size, label.bold, label.page,
        label.index, words=words, span=label.span,
    )  # fmt: skip
