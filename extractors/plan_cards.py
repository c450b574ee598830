"""Plans that are not tables: one card per action, a title then short labelled lines (issue 11).

Word templates, web pages and slide decks often print each action as a small block:

    1.1 Report health assessment timeliness monthly          <- the title: the action
    Owner - Owen Tremayne                                    <- field lines: label, separator,
    Target date - By 30 Sep 2027                                value
    Rating - At risk

Nothing here depends on the words one template uses. A *field line* is a short title-ish label
(one to four words, no digits) then a separator (a colon, a spaced hyphen or dash, or a gap as
wide as a tab) then its value. What makes such lines a run of cards is their repetition: the
same labels come back, block after block, in the same order. A label counts only when it
recurs (or, for a lone card, when the plan's other cards use it); the rest are prose. The title
is the prose just above a card's first field: a heading or a bold line, numbered or not,
possibly wrapped over lines, down from a change of style, a paragraph gap or its own number.

Each run of cards is read as the action table it stands for, its columns being the labels:
a label's role comes from the header vocabulary tables use (plan_columns.header_role) and from
what its values are (cell_types: dates are when it is due, job titles who leads it, status
words its RAG), jointly, by column_roles.read_roles: so 'Target date', 'Finish' or a label no
vocabulary has are read the same way a table's header would be. Labels naming KPI figures
(baseline, target) make the cards a KPI table instead, the title its indicator.

Cards laid side by side (a grid of cards two or more to a row, a swimlane's row of boxes) are
first put back in reading order box by box (card_grid): a box then bounds its card, its status
chip is a field, and a lane label beside a row of boxes is that row's heading.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import resources

from plantrace.extractors.card_grid import MAX_CHIP_WORDS, Grid, box_grid, chip_text
from plantrace.extractors.card_sections import card_sections
from plantrace.extractors.cell_fields import adopt_cell_fields
from plantrace.extractors.cell_types import CellType, cell_type, type_counts
from plantrace.extractors.column_roles import (
    ColumnRole,
    TableRoles,
    card_update_notes,
    read_roles,
)
from plantrace.extractors.control_marks import without_control_marks
from plantrace.extractors.counter_titles import counter_title, dotted_ref
from plantrace.extractors.dated_labels import dated_label_start
from plantrace.extractors.edge_chips import edge_chip
from plantrace.extractors.edit_stamps import is_edit_stamp
from plantrace.extractors.facet_lists import without_facets
from plantrace.extractors.field_chips import chip_after, chips_among
from plantrace.extractors.header_grids import headed_grid
from plantrace.extractors.inline_labels import inline_labels, only_note_label, opens_inline
from plantrace.extractors.mark_strips import (
    FIELD_SEPARATORS,
    NOTE_LABEL,
    Marks,
    mark_labels,
    mark_runs,
    marked_block,
    page_marks,
    settle_labels,
)
from plantrace.extractors.picture_rows import picture_field
from plantrace.extractors.plan_board import adopt_board, page_fills
from plantrace.extractors.plan_boxes import join_labels_under_values
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    KPI_TABLE,
    LEADING_REF,
    PHRASES,
    Element,
    PlanTable,
    Row,
    header_label,
    header_role,
    settle_roles,
)
from plantrace.extractors.plan_diagram import adopt_diagrams
from plantrace.extractors.plan_group_rows import adopt_group_rows
from plantrace.extractors.plan_prose import leader_field, names_who_or_when
from plantrace.extractors.plan_recommendations import heading, section_label
from plantrace.extractors.plan_spread import join_facing_pages
from plantrace.extractors.post_heads import byline, code_first, crumb_link, plan_order, posted_on
from plantrace.extractors.speech_bubbles import aside_start, aside_tagged, is_aside, promise
from plantrace.extractors.title_chips import chip_line, title_tail
from plantrace.extractors.type_badges import without_badge
from plantrace.pipeline.document import (
    BBox,
    Cell,
    Line,
    Page,
    ParsedDocument,
    Table,
    Word,
    box_within,
    words_bbox,
)
from plantrace.pipeline.layout import blocks, join_text, tag_led_wrap
from plantrace.pipeline.normalise.dates import opens_with_date, parse_due
from plantrace.pipeline.normalise.rag import (
    is_status_state,
    lightness,
    normalise_rag,
    rag_from_fill,
    strip_marks,
)
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.tables import lattice_tables

# A label: one to six words ('When it will be done by', a plan in plain words), the first
# capitalised, letters only (a number makes it a title: 'Action 1.1: Introduce ...', 'Theme 2:
# Workforce'); then a colon, or a spaced dash.
_WORD = r"[A-Za-z][A-Za-z'’()&/.-]*"  # 'No.', 'Ref.': an abbreviation's stop
# 'Milestone met?' too, and a share's label ('% done', '% complete')
_LABEL = rf"(?P<label>(?:(?=[A-Z]){_WORD}|% ?{_WORD})(?: {_WORD}){{0,5}}\??)"
SHORT_LABEL_WORDS = 4  # a longer label before a colon or dash must be one the vocabulary knows

_COLON = re.compile(rf"^{_LABEL} ?: ?(?P<value>.*)$")
_DASH = re.compile(rf"^{_LABEL} [-–—] (?P<value>\S.*)$")
# a run-in label trailing off into its value ('Meanwhile… Delayed by the new system'): a short
# label closed by an ellipsis is one as a colon closes it
_TRAIL = re.compile(
    r"^(?P<label>[A-Z][A-Za-z'’&/-]*(?: [A-Za-z][A-Za-z'’&/-]*){0,2})(?:…|\.\.\.) (?P<value>\S.*)$"
)
_LABEL_ONLY = re.compile(rf"^{_LABEL}$")
MAX_LABEL_CHARS = 32
# a line holding only a card's reference: a word or two, then a numbered ref ('Item 1.1'); a
# word may be joined by a hyphen or an apostrophe ('Way-mark no. 1.1', 'Leader's ref 2.1')
_REF_PHRASES = frozenset(PHRASES["ref"])  # the labels that name a ref ('Ref', 'Action no.')
_REF_LINE = re.compile(
    r"^(?:[A-Za-z](?:[A-Za-z.]|[-'’](?=[A-Za-z])){0,11} ){0,2}"
    r"(?P<ref>(?:\d{1,2}\.)+\d{1,2}|[A-Z]\d{1,2}(?:\.\d{1,2})?|\d{1,2}[A-Z])$"
)  # '2A': an action lettered under its recommendation's number ('Stop 2A')
# a badge's ref alone: '1a' (an action lettered under its recommendation's number), '2.1', 'A3', '4'
_BADGE = re.compile(r"^(?P<ref>(?:\d{1,2}\.)+\d{1,2}|\d{1,2}[A-Za-z]?|[A-Z]\d{1,2}(?:\.\d{1,2})?)$")
TAB_GAP = 2.0  # a gap this many line heights wide between label and value is a tab stop
WRAP = 1.35  # a line within this many field pitches of the one above continues it
TITLE_GAP = 3.0  # a title ends at most this many field pitches above its first field
MAX_TITLE_LINES = 6
LINE_SPACING = 1.6  # baseline to baseline, in font sizes: the next line of one sentence
CAPTION_WORDS = 5  # a numbered line this short over a card is its caption, not its action
MAX_BANDS = 3  # a boxed card cut across into bands (body, footer strip) has at most this many
STRIP_HEIGHT = 6.0  # points: a filled row no taller is a rule along a card's edge, not a row
# roles a KPI card's labels give: such cards are KPI rows, their title the indicator
KPI_FIGURES = frozenset({"baseline", "target", "latest", "date_label"})
# a card run needs one of these among its columns (from labels or values): who or when
NEEDS = frozenset({"owner", "due", "baseline", "target", "latest"})
CARD_EVIDENCE = "card title: the prose above the card's first field"
BAR_REACH = 48.0  # points: a card's bar stands at most this far from its text's left edge
BAR_LABEL = "(bar colour)"  # the column a boxed card's side bar gives: no printed label
CHIP_LABEL = "(chip)"  # the column of a status printed apart in a card's box, with no label
BUBBLE_LABEL = "(promised)"  # the column of the date a panel's speaker promises in a bubble
CODE_LABEL = "(code)"  # the column of a code printed beside a card's number, with no label
NUMBER_LABEL = "(number)"  # the column of the number printed before that code: the card's ref
BYLINE_LABEL = "(posted by)"  # a post's byline naming its poster as owner (post_heads.byline)
CRUMB_LABEL = "(posted in)"  # a post's breadcrumb naming its recommendation (post_heads)
# a card title's first line: its number, then a code ('7 R2', '1.3 P1'), then perhaps its text
_NUMBER_CODE = re.compile(
    r"^(?P<num>\d{1,3}[a-z]?|(?:\d{1,2}\.)+\d{1,2})\s+(?P<code>[A-Z]{1,3}\d{1,2})(?:\s+\S.*)?$"
)


@dataclass(slots=True)
class _Field:
    label: str
    key: str
    value: str
    lines: list[Line]
    whole: bool = False  # the value is all of it (a table cell), not its first line's part
    inked: bool = False  # a status by its ink: the label's values all inked apart (_inked_labels)


@dataclass(slots=True)
class _Card:
    title: list[Line]
    fields: list[_Field] = field(default_factory=list)
    ref: list[Line] = field(default_factory=list)  # 'Item 1.1' on its own line over the title
    code: str | None = None  # a code printed beside the number on the title's first line: a field
    chip_words: int = 0  # words at the title's end that are its label chips (_title_chips)
    aside: list[Line] = field(default_factory=list)  # a bubble no field holds (_speech_bubbles)

    def keys(self) -> list[str]:
        return [f.key for f in self.fields]


def field_line(line: Line) -> tuple[str, str] | None:
    """(label, value) of a line that reads as 'Label: value', 'Label - value' or 'Label<tab>value'.

    The value may be empty after a colon (it is then on the lines below). Whether the line is
    really a field is decided by the run it is in (labels that recur), not here.
    """
    text = " ".join(line.text.split())
    # each pattern needs its separator printed: most lines hold none of them (asked of every
    # line by many readers), so a pattern is tried only on a text that holds its separator
    m = _COLON.match(text) if ":" in text else None
    if m is None and ("-" in text or "–" in text or "—" in text):
        m = _DASH.match(text)
    if m is None and ("…" in text or "..." in text):
        m = _TRAIL.match(text)
    if m is not None and line.words and _clause(m.group("label")):
        m = None  # 'We agreed on the following: a joint protocol': the action's own sentence
    if m is not None:
        label = m.group("label")
        # a tab-wide gap before the colon or dash parts the label there: the dash is the
        # value's own ('Status<tab>In progress - on schedule')
        gap = _gap_field(line) if line.words else None
        if gap is not None and len(gap[0]) < len(label):
            return gap
        return (label, m.group("value").strip()) if len(label) <= MAX_LABEL_CHARS else None
    # leader dots to a right tab ('Lead officer ........ Head of Early Help') part them too
    return leader_field(text) or _gap_field(line) or _colonless_field(text) or _caps_field(text)


# a label printed in capitals with no separator: one to three words of capitals ('BEST BEFORE')
_CAPS_WORD = re.compile(r"^[A-Z][A-Z'’&/.-]*[A-Z.]$")
# what may open its value: a word in mixed case ('Head', 'Oct.'), a mark set round a word
# ('** IN STOCK **'), or a date (_dated: the date normaliser's, so no dotted ref 'ACTION 1.3
# Offer ...'); not a number alone
_CAPS_VALUE = re.compile(r"^(?:[A-Z][a-z]|[*•▪■●◆>\[(]+$)")
MAX_CAPS_LABEL_WORDS = 3
MAX_MONOGRAM_LETTERS = 4  # the most initials an avatar prints ('GA', 'RKW', 'J.A.S.')
# a heading naming a kind and its number ('Recommendation 2', 'Action 3.1:')
_NUMBERED = re.compile(r"^\S+\s+\d{1,3}(?:\.\d{1,3})?[.:)]?$")
MAX_DATE_WORDS = 4  # '14 March 2027', 'w/c 3 May 2027'


def _caps_field(text: str) -> tuple[str, str] | None:
    """('BEST BEFORE', 'Oct. 26, 2025') of a line opening with a label in capitals and no
    colon, then its value in another case: a receipt's or a ticket's printed fields, set in
    capitals to part them from their values where a form would print a colon. The label is the
    run of capital words (one to MAX_CAPS_LABEL_WORDS) before the first word that is not; a
    value opening with a number alone ('RECOMMENDATION 2', 'ITEMS 3') is a label's number, no
    field, where the value is no date ('USE BY 14 March 2027' is one). Whether the line is a field is decided by the run, as for any label (recurrence)."""
    if not "A" <= text.lstrip()[:1] <= "Z":
        return None  # a label in capitals opens with one (most lines asked do not)
    words = text.split()
    k = 0
    while k < len(words) and _CAPS_WORD.match(words[k]):
        k += 1
    if not 1 <= k <= MAX_CAPS_LABEL_WORDS or k >= len(words):
        return None
    value = " ".join(words[k:])
    if not _CAPS_VALUE.match(words[k]) and not _dated(value):
        return None
    if words[k].casefold() in {w.casefold() for w in words[:k]} and _NUMBERED.match(value):
        return None  # 'RECOMMENDATION Recommendation 2': a kind's badge by the heading it names
    if k == 1 and _monogram(words[0], words[1:]):
        return None  # 'GA Grace Adebayo 31.07.2026': an avatar's initials, then the name in full
    return " ".join(words[:k]), value


def _monogram(word: str, after: Sequence[str]) -> bool:
    """A word of capitals that is the initials of the words after it ('GA' before 'Grace
    Adebayo', 'R.K.' before 'Ruth Kowalczyk'): a card's avatar, a badge of its owner's initials
    printed before the name in full, no label. Read as one ('GA' the label, 'Grace Adebayo
    31.07.2026' its value), the initials of the owners named card after card recurred as the
    labels of a run of fields, and a board's cards were cut at them: their owners and dues
    unread, their text run together."""
    letters = word.replace(".", "")
    if not 2 <= len(letters) <= MAX_MONOGRAM_LETTERS or len(after) < len(letters):
        return False
    return all(w[:1] == c for w, c in zip(after, letters, strict=False))


def _dated(value: str) -> bool:
    """A value that opens with a date ('14/03/2027 at the latest', '31-Mar-27, after the
    audit', '14 March 2027', or '31 January' where a narrow column wraps its year to the next
    line), or a short one that names one ('by March 2027'): no number alone. Whether it opens
    with a date is the one date normaliser's to say (dates.opens_with_date), not a shape of
    this module's own."""
    if opens_with_date(value):
        return True
    return len(value.split()) <= MAX_DATE_WORDS and parse_due(value) is not None


def _colonless_field(text: str) -> tuple[str, str] | None:
    """('Led by', 'Head of Virtual School') of a line opening with a label printed with no colon:
    a phrase of up to SHORT_LABEL_WORDS words ending in a preposition (card_fields.json
    colonless_label_ends) that the header vocabulary gives the OWNER's role, then a capitalised
    value. Why: a plan written as posts or notes says 'Led by X' where a form prints 'Lead: X'.
    Only the owner's role: a sentence opening with a verb and 'by' ('Reviewed by Yasmin Sheikh
    on 23/05/2026: 4 of 7 records met the standard') is a finding, not a due-date field."""
    words = text.split()
    for k in range(2, min(SHORT_LABEL_WORDS, len(words) - 1) + 1):
        if words[k - 1].lower() not in COLONLESS_LABEL_ENDS:
            continue
        label = " ".join(words[:k])
        if not _LABEL_ONLY.match(label) or not words[k][:1].isupper():
            return None
        if header_role(label) != "owner":
            return None
        return label, " ".join(words[k:])
    return None


def _clause(label: str) -> bool:
    """Whether words before a printed colon or dash are a clause of a sentence, not a label: more
    than four words the header vocabulary gives no role ('We agreed on the following', 'The
    board will consider'), where 'When it will be done by' is a label. A label printed alone
    over its value and joined to it by the card reader (a line of no word boxes of its own)
    has its own evidence, its line, and is not tried."""
    return len(label.split()) > SHORT_LABEL_WORDS and header_role(label) in (None, "other")


def _gap_field(line: Line) -> tuple[str, str] | None:
    """A label set off from its value by a tab-wide gap, read from the word boxes."""
    if not line.text[:1].isupper() or " " not in line.text:
        return None
    words = line.words
    height = max(line.bottom - line.top, 1.0)
    for k in range(1, min(4, len(words) - 1) + 1):
        gap = words[k].x0 - words[k - 1].x1
        if gap >= TAB_GAP * height:
            label = " ".join(w.text for w in words[:k])
            if len(label) > MAX_LABEL_CHARS or not _LABEL_ONLY.match(label):
                return None
            return label, " ".join(w.text for w in words[k:])
        if gap > 0.8 * height:
            return None
    return None


def side_by_side(line: Line) -> list[Line] | None:
    """A line holding two or more fields set apart by tab-wide gaps ('Lead: Jane Smith<tab>
    Deadline: March 2025'), as one line per field; None when it is not such a line."""
    if ":" not in line.text and " - " not in line.text and "–" not in line.text:
        return None
    words = line.words
    height = max(line.bottom - line.top, 1.0)
    parts: list[list[Word]] = [[]]
    for w in words:
        if parts[-1] and w.x0 - parts[-1][-1].x1 >= TAB_GAP * height:
            parts.append([])
        parts[-1].append(w)
    if len(parts) < 2:
        return None
    out: list[Line] = []
    for part in parts:
        text = " ".join(w.text for w in part)
        if not (_COLON.match(text) or _DASH.match(text)):
            return None
        box = (part[0].x0, line.top, part[-1].x1, line.bottom)
        out.append(Line(text, box, line.font_size, line.bold, line.page, line.index, words=part))
    return out


def labelled_roles(texts: Iterable[str]) -> set[str]:
    """The roles the labels of field-like lines name ('Owner - Jane Smith' -> owner), from the
    text alone: a plan's sign for the classifier, whatever words its template labels with."""
    out: set[str] = set()
    for text in texts:
        clean = " ".join(text.split())
        m = _COLON.match(clean) or _DASH.match(clean)
        if m is not None and m.group("value").strip() and len(m.group("label")) <= MAX_LABEL_CHARS:
            role = header_role(m.group("label"))
            if role is not None:
                out.add(role)
    return out


def label_key(label: str) -> str:
    return header_label(label).lower()


# label_key of each printed-nowhere label above is the label itself (lower case, bracketed, no
# header phrase): written out, as label_key would build the header pipeline (spacy.blank, a
# third of a second) at import, for every process, even one that reads no plan
# (tests/test_plan_cards_keys.py holds them to label_key)
CHIP_KEY = CHIP_LABEL
CODE_KEY = CODE_LABEL
NUMBER_KEY = NUMBER_LABEL
BYLINE_KEY = BYLINE_LABEL
CRUMB_KEY = CRUMB_LABEL
BUBBLE_KEY = BUBBLE_LABEL
# the role of a field printed with no label, read from where it stands in the card
_UNLABELLED = {
    CHIP_KEY: "rag",
    CODE_KEY: "rec",
    NUMBER_KEY: "ref",
    BYLINE_KEY: "owner",
    CRUMB_KEY: "rec",
    BUBBLE_KEY: "due",
}


def split_cards(
    lines: Sequence[Line],
    paragraphs: Callable[[list[Line]], list[Element]],
    known: Mapping[str, str | None] | None = None,
    drawn: Sequence[Sequence[Line]] = (),
    spelling: Counter[str] | None = None,
    marks: Marks | None = None,
) -> list[Element]:
    """The lines as paragraphs, with each run of action cards made one action table.

    known: labels (label_key -> role) of the cards read elsewhere in the plan; with them a lone
    card (the last of a run, at the top of a page) is recognised by its labels alone. drawn:
    the lines of each box drawn around a card (card_grid.box_grid). spelling: how often each
    card label is printed in the whole plan (label_counts), else in these lines. marks: the
    shapes drawn on each page (mark_strips.page_marks): with them, a box whose fields are led by
    drawn marks, no label, is a card (_marked_cards). Given known labels and no spelling, each
    known label counts as printed twice: a lone card repeats none of its labels within its own
    lines, and its strip ('Status: Some concerns Timescale: ...', one of each) is split at the
    labels the plan's other cards print (a box read alone by list_cards, adopt_lone_cards).
    """
    if spelling is None and known:
        spelling = Counter(dict.fromkeys(known, 2))
    parts = card_sections(lines, label_counts)
    if len(parts) > 1:  # a heading parts two runs of cards that share no label: each on its own
        return [
            el
            for part in parts
            for el in split_cards(
                part, paragraphs, known, _boxes_within(drawn, part), spelling, marks
            )
        ]
    lines, drawn = _fields_apart(list(lines), drawn, spelling)
    chips = CHIP_KEY in (known or {})  # the plan's cards have status chips
    is_field = _recurring_fields(lines, known)
    grid = box_grid(lines, is_field, chips, lambda ln: bool(field_line(ln)), drawn, _label_of)
    plain = _split(lines, paragraphs, known, None)
    if grid is not None:  # cards side by side: read box by box, unless that finds fewer
        boxed = _split(grid.lines, _box_paragraphs(paragraphs, grid), known, grid)
        if 0 < _card_rows(boxed) >= _card_rows(plain):
            return boxed
    marked = _marked_cards(drawn, known, marks) if marks is not None else []
    if marked:  # fields led by drawn marks, no label word: read unless labels read more
        read = _split(lines, paragraphs, known, None, marked)
        if _card_rows(read) > _card_rows(plain):
            return read
    return plain


def _boxes_within(drawn: Sequence[Sequence[Line]], part: Sequence[Line]) -> list[Sequence[Line]]:
    """The drawn boxes whose lines all lie in this part of the lines."""
    ids = {id(ln) for ln in part}
    return [box for box in drawn if all(id(ln) in ids for ln in box)]


def _marked_cards(
    drawn: Sequence[Sequence[Line]], known: Mapping[str, str | None] | None, marks: Marks
) -> list[_Card]:
    """The boxes that hold a card whose fields are led by drawn marks, no label word
    (mark_strips): the lines above the marked line are its title, the lines under it its
    note. Two such boxes at least, or one where the plan's other cards were read so."""
    cards = [c for box in drawn if box and (c := _marked_card(box, marks(box[0].page)))]
    marked = [[f.label for f in c.fields if f.label != NOTE_LABEL] for c in cards]
    for c, labels in zip(cards, settle_labels(marked), strict=True):
        for f, label in zip(c.fields, labels, strict=False):
            f.label, f.key = label, label_key(label)
    if len(cards) >= 2 or cards and known and all(f.key in known for f in cards[0].fields):
        return cards
    return []


def _marked_card(box: Sequence[Line], drawn: Sequence[BBox]) -> _Card | None:
    """The card a box holds when the lines under its title are its marked fields: a line of
    them, or a column of lines each led by a mark (mark_strips.marked_block)."""
    found = marked_block(box, drawn)
    if found is None or any(field_line(ln) is not None for ln in box[: found[0]]):
        return None
    at, end, runs, homes = found
    card = _Card(list(box[:at]))
    for label, run, home in zip(mark_labels(runs), runs, homes, strict=True):
        value = " ".join(w.text for w in run)  # the field's line: the line it is printed on
        card.fields.append(_Field(label, label_key(label), value, [home], True))
    below = list(box[end:])
    if below:
        note = join_text(ln.text for ln in below)
        card.fields.append(_Field(NOTE_LABEL, label_key(NOTE_LABEL), note, below, True))
    return card


def _fields_apart(
    lines: list[Line], drawn: Sequence[Sequence[Line]], spelling: Counter[str] | None = None
) -> tuple[list[Line], list[list[Line]]]:
    """The lines (and the drawn boxes' lines) with a strip of fields set along one line split
    into a line per field, where side_by_side finds no tab-wide gaps between them.

    A card's footer strip ('Lead: A. Khan (Head of Service)  Due: Sept 2026  [On track]') sets
    each field at a fixed position; a long value runs up to, or over, the next field's label,
    so no gap parts them (the words may even run backwards, or touch: 'Service)Due:'). The next
    field starts at a label ending in a colon (see _next_label), and a status printed last, set
    off by a tab-wide gap with no label, is a line of its own (the card's chip)."""
    lines, drawn = join_strip_wraps(lines, drawn)
    labels = _inner_labels(lines)
    if spelling:  # a run printed as a label across the plan outweighs one these lines repeat
        for run in list(labels):  # (two cards of one owner: 'A. Khan Due:' twice on a page)
            labels[run] += spelling.get(label_key(run), 0)
    parts: dict[int, list[Line]] = {}
    opening = [(p[0], label_key(p[0])) for ln in lines if ":" in ln.text and (p := field_line(ln))]
    inline = inline_labels(lines, opening)  # a paragraph's wrapped fields: one line, no strip
    for ln in lines:
        if not _labelled(ln) or not ln.words or opens_inline(ln, inline, field_line, label_key):
            continue
        apart = side_by_side(ln)
        got = _tabbed_strip(apart, labels) if apart is not None else _strip_fields(ln, labels)
        if got is not None:
            parts[id(ln)] = got

    def split(seq: Sequence[Line]) -> list[Line]:
        return [p for ln in seq for p in parts.get(id(ln), [ln])]

    lines, boxes = split(lines), [split(box) for box in drawn]
    fixed = _misspelt_labels(lines, spelling)
    if not fixed:
        return lines, boxes
    return [fixed.get(id(ln), ln) for ln in lines], [
        [fixed.get(id(ln), ln) for ln in box] for box in boxes
    ]


def _tabbed_strip(apart: list[Line], labels: Counter[str]) -> list[Line] | None:
    """A strip whose fields are set apart by tab-wide gaps only here and there, its fields
    each on a line of their own: the gaps a word processor sets between fields vary with the
    values' widths, so a gap just under a tab's width leaves two fields in one part
    ('Checkpoint: Oct-26  Delivery confidence: Low'); such a part is split at its recurring
    labels as a strip with no gaps is. None when no part holds more than one field (the
    line is then read as side_by_side parts it, as before)."""
    out: list[Line] = []
    split = False
    for part in apart:
        got = _strip_fields(part, labels) if _labelled(part) else None
        if got is not None and len(got) >= STRIP_FIELDS:
            out.extend(got)
            split = True
        else:
            out.append(part)
    return out if split else None


def join_strip_wraps(
    lines: list[Line], drawn: Sequence[Sequence[Line]] = ()
) -> tuple[list[Line], list[list[Line]]]:
    """The lines (and the drawn boxes' lines) with a strip of two fields or more that runs on
    to the next line joined to that line: 'Lead: A. Khan · By: May 2026 · Status:' over
    'On track', or '... | When: November' over '2025 | Progress: Not yet due'. The strip runs
    on where its line ends with a sign between fields or a label's colon (card_fields.json
    wrap_ends), or fills its box's width; the next line carries it on where it is in the
    strip's type, right under it at its left edge, and neither a field line of its own nor a
    numbered line (the next card's title). The joined line's words go on along the strip's
    line, in order, so the strip reads as printed on one line."""
    box_right = {id(ln): max(x.bbox[2] for x in box) for box in drawn if box for ln in box}
    joined: dict[int, Line] = {}
    gone: set[int] = set()
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _strip_runs_on(ln, nxt, box_right.get(id(ln)), lines, i):
            one = _strip_line(ln, nxt)
            joined[id(ln)] = one
            gone.add(id(nxt))
            out.append(one)
            i += 2
            continue
        out.append(ln)
        i += 1
    if not joined:
        return lines, [list(box) for box in drawn]
    boxes = [[joined.get(id(ln), ln) for ln in box if id(ln) not in gone] for box in drawn]
    return out, boxes


_CARD_FIELDS = json.loads(
    resources.files("plantrace.extractors").joinpath("data/card_fields.json").read_text("utf-8")
)
WRAP_ENDS: frozenset[str] = frozenset(_CARD_FIELDS["wrap_ends"])
# a bar or semicolon printed between a strip's fields ends the one before
PIECE_ENDS: frozenset[str] = frozenset(_CARD_FIELDS["piece_ends"])
# a word cut over a strip's line end ('2027-' over '01') ends with one of these
CUT_WORD_ENDS: tuple[str, ...] = tuple(_CARD_FIELDS["cut_word_ends"])
# a label printed with no colon ends with one of these ('Led by X')
COLONLESS_LABEL_ENDS: frozenset[str] = frozenset(_CARD_FIELDS["colonless_label_ends"])
STRIP_FIELDS = 2  # labels on a line, at the least, for it to be a strip of fields
FULL_LINE = 3.0  # font sizes: a line ending this close to its box's right edge fills it


def _strip_runs_on(ln: Line, nxt: Line, right: float | None, lines: Sequence[Line], i: int) -> bool:
    if nxt.page != ln.page or ":" not in ln.text:
        return False  # (no colon, no label of a strip: the text's test first, words load lazily)
    if not ln.words or not nxt.words:
        return False
    text = " ".join(ln.text.split())
    nxt_text = " ".join(nxt.text.split())
    cut = _cut_label(text, nxt_text)  # '... · Promised' over 'for: ...': one more label
    if _strip_labels(ln, text) + cut < STRIP_FIELDS or not _labelled_or_open(text):
        return False
    ends = cut or text[-1] in WRAP_ENDS or text.split()[-1] in WRAP_ENDS
    right = min(right, _column_right(lines, i)) if right is not None else _column_right(lines, i)
    full = ln.bbox[2] >= right - FULL_LINE * ln.font_size or _next_word_wont_fit(ln, nxt, right)
    if not (ends or full):
        return False
    # a label left bare at the line's end ('Status:') takes the next line as its value, even
    # one that reads like a field of its own by a dash ('Blue - complete')
    bare = text.endswith(":")
    own_field = _COLON.match(nxt_text) is not None if bare else field_line(nxt) is not None
    own_field = own_field and not cut  # (the next line opens with the cut label's rest)
    # a strip ending on a sign between fields goes on with its next field ('... (end) ·' over
    # 'Status: On track'): that line is the strip's, not a field line of its own
    own_field = own_field and not (text[-1] in FIELD_SEPARATORS and _value_wrapped_sign(ln, nxt))
    return (
        abs(nxt.font_size - ln.font_size) <= 0.6
        and (nxt.bold == ln.bold or _value_wrapped(ln, text, nxt, nxt_text))
        and 0 < nxt.top - ln.top <= LINE_SPACING * max(ln.font_size, 1.0)
        and abs(nxt.bbox[0] - ln.bbox[0]) <= ln.font_size
        and not own_field
        and not LEADING_REF.match(nxt.text)
    )


def _strip_labels(ln: Line, text: str) -> int:
    """How many fields' labels a line holds: those at its opening or after a sign between
    fields, or, where a word processor set its fields apart by tab-wide gaps and no sign
    ('Lead: A. Khan      Land by: 31-Jan-26      Lead's'), the parts that open with one."""
    signed = len(_COLON_LABELS.findall(text))
    words = ln.words
    height = max(ln.bottom - ln.top, 1.0)
    parts: list[list[str]] = [[]]
    for k, w in enumerate(words):
        if k and w.x0 - words[k - 1].x1 >= TAB_GAP * height:
            parts.append([])
        parts[-1].append(w.text)
    if len(parts) < 2:
        return signed
    return max(signed, sum(1 for part in parts if _COLON.match(" ".join(part))))


def _next_word_wont_fit(ln: Line, nxt: Line, right: float) -> bool:
    """Whether the next line's first word would not have fitted after the line's last one
    within the column: a word processor wraps a strip there however far short of the edge
    the line ends ('... Land by: 31-Jan-26 Lead's' over 'confidence: Low', a long word left
    a wide room). A space is taken as half the font size."""
    first = nxt.words[0] if nxt.words else None
    if first is None:
        return False
    return ln.bbox[2] + 0.5 * ln.font_size + (first.x1 - first.x0) > right


def _value_wrapped(ln: Line, text: str, nxt: Line, nxt_text: str) -> bool:
    """A strip whose labels are bold and values regular ('**Lead:** A. Khan · **Due:** May')
    wraps a value on to a line that opens in regular type (a line's weight is its first
    letters'): the next line carries the strip on where the strip opens bold, the next line
    does not, and the strip ends on a bare label or the next line sets a further label after
    a sign between fields ('2026 (end) · Status: On track')."""
    if not ln.bold or nxt.bold:
        return False
    return text.endswith(":") or any(m.start() > 0 for m in _COLON_LABELS.finditer(nxt_text))


def _value_wrapped_sign(ln: Line, nxt: Line) -> bool:
    """The next line sets the strip's next field where it stands right under the strip at its
    left edge, in its type size."""
    return (
        abs(nxt.font_size - ln.font_size) <= 0.6
        and abs(nxt.bbox[0] - ln.bbox[0]) <= ln.font_size
        and 0 < nxt.top - ln.top <= LINE_SPACING * max(ln.font_size, 1.0)
    )


COLUMN_REACH = 12  # lines either side of a strip that show how wide its column is


def _column_right(lines: Sequence[Line], i: int) -> float:
    """The right edge of the widest line set at this line's left edge, in its type size, on
    its page, among the lines around it: the measure its column wraps at (a heading in larger
    type runs wider)."""
    ln = lines[i]
    near = lines[max(0, i - COLUMN_REACH) : i + COLUMN_REACH + 1]
    return max(
        x.bbox[2] for x in near
        if x.page == ln.page and abs(x.bbox[0] - ln.bbox[0]) <= ln.font_size
        and abs(x.font_size - ln.font_size) <= 0.6
    )  # fmt: skip


# a strip's labels: the line's first, and each one right after a sign between fields (a label
# after a sentence's full stop, 'Since last board: ... . Rating: Good', is a note's, no strip's)
_SIGNS = "".join(re.escape(ch) for ch in sorted(FIELD_SEPARATORS | PIECE_ENDS))
_COLON_LABELS = re.compile(rf"(?:^|[{_SIGNS}] *){_LABEL} ?:")


# a strip's label cut by its line's wrap: the line ends on a sign and the label's opening
# words ('... (Owen Tremayne) · Promised'), the next line opens with the rest of the label, in
# lower case as a label's later words are, and its colon ('for: February '25 · Sound')
_CUT_HEAD = re.compile(rf"[{_SIGNS}] *(?P<head>(?=[A-Z]){_WORD}(?: {_WORD}){{0,4}})$")
_CUT_TAIL = re.compile(rf"^(?P<tail>(?=[a-z]){_WORD}(?: {_WORD}){{0,4}}) ?:")


def _cut_label(text: str, nxt_text: str) -> bool:
    """The strip's last label is cut by the wrap: its opening words end the line, the rest and
    its colon open the next ('· Promised' over 'for: ...'): one label of six words at most."""
    head, tail = _CUT_HEAD.search(text), _CUT_TAIL.match(nxt_text)
    if head is None or tail is None:
        return False
    label = f"{head.group('head')} {tail.group('tail')}"
    return len(label.split()) <= 6 and _COLON.match(f"{label}:") is not None


def _labelled_or_open(text: str) -> bool:
    """The line opens with a field's label (its value may be all on the next line)."""
    return bool(_COLON.match(text) or _DASH.match(text))


def _strip_line(ln: Line, nxt: Line) -> Line:
    """The two lines as one: the second's words set on along the first's line, so a strip's
    cuts read them as one line's (gaps, a chip after a sign); each such word remembers where it
    is printed (Word.printed), and a field cut from the strip is boxed where its words stand (a
    chip on the second line keeps its place over its pill). The line is the first line's
    height, which a field's cut reads gaps against (_next_label)."""
    words = list(ln.words)
    last = words[-1]
    rest = list(nxt.words)
    if len(last.text) > 1 and last.text.endswith(CUT_WORD_ENDS):  # '2027-' over '01': one word
        first = rest.pop(0)
        words[-1] = Word(last.text + first.text, *_box(last))
    x = words[-1].x1 + 0.25 * ln.font_size
    shift = x - rest[0].x0 if rest else 0.0
    for w in rest:
        words.append(Word(w.text, w.x0 + shift, ln.top, w.x1 + shift, ln.bottom, printed=w))
    box = (min(ln.bbox[0], nxt.bbox[0]), ln.bbox[1], max(ln.bbox[2], nxt.bbox[2]), ln.bbox[3])
    text = " ".join(w.text for w in words)
    return Line(text, box, ln.font_size, ln.bold, ln.page, ln.index, words=words)


def _printed(w: Word) -> Word:
    """The word where it is printed: a strip's run-on word set along the strip's line keeps
    the word it was (Word.printed), so the map lives with the joined line's words, no longer."""
    return w.printed if w.printed is not None else w


MIN_TYPO_LABEL = 5  # characters: a shorter label one letter off another is a label of its own


def label_counts(lines: Sequence[Line]) -> Counter[str]:
    """How many field lines print each label (label_key), strips of fields split apart."""
    split, _ = _fields_apart(list(lines), (), Counter())
    return Counter(label_key(p[0]) for ln in split if (p := field_line(ln)) is not None)


def _misspelt_labels(lines: Sequence[Line], spelling: Counter[str] | None) -> dict[int, Line]:
    """id(line) -> the line with its label spelt as the plan's other cards spell it, for a
    field whose label is printed once and is one letter off (dropped, added or changed) a
    label that recurs ('Competion by' among 'Completion by'): a typo in one card of a deck is
    still that card's field."""
    if spelling is not None and not spelling:
        # counts would be this empty spelling, and no label is respelt (label_counts' pass):
        # field_line, the pass's cost, need not read every line for labels first
        return {}
    labels = {id(ln): p[0] for ln in lines if (p := field_line(ln)) is not None}
    counts = spelling if spelling is not None else Counter(label_key(x) for x in labels.values())
    if not counts:
        return {}
    spelt = {label_key(x): x for x in labels.values()}
    common = [k for k, n in counts.items() if n >= 2 and len(k) >= MIN_TYPO_LABEL]
    out: dict[int, Line] = {}
    for ln in lines:
        label = labels.get(id(ln))
        if label is None or counts[label_key(label)] != 1:
            continue
        key = label_key(label)
        near = [k for k in common if _one_edit(key, k) and not _enumerated_apart(key, k)]
        if len(near) != 1:
            continue
        right = spelt.get(near[0], near[0].capitalize())
        text = " ".join(ln.text.split()).replace(label, right, 1)
        out[id(ln)] = Line(text, ln.bbox, ln.font_size, ln.bold, ln.page, ln.index, words=ln.words)
    return out


_ENUMERATOR = re.compile(r"^[(]?(\d+[a-z]?|[a-z]\d*|[ivx]+)[.):]?$")


def _enumerated_apart(a: str, b: str) -> bool:
    """Whether two labels differ only in a word that numbers them ('Appendix B' and 'Appendix
    A', 'Step 12' and 'Step 1', 'Part iv' and 'Part v'): a letter, a number or a numeral is
    what tells such labels apart, not a misspelling, and the label printed is kept as it is."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    apart = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(apart) == 1 and any(_ENUMERATOR.match(w) for w in apart[0])


def _one_edit(a: str, b: str) -> bool:
    """Whether two different strings are one letter apart: one dropped, added or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _labelled(line: Line) -> bool:
    """A line that opens with a label and a colon or dash, and a value after it (a label set
    off by a gap alone, 'Status<tab>On track', is one field: its value is no chip)."""
    text = " ".join(line.text.split())
    # (each pattern tried only on a text holding its separator, as field_line does)
    m = _COLON.match(text) if ":" in text else None
    if m is None and ("-" in text or "–" in text or "—" in text):
        m = _DASH.match(text)
    return m is not None and bool(m.group("value").strip())


def _inner_labels(lines: Sequence[Line]) -> Counter[str]:
    """How many lines hold each label-like run ('Land by') just before a colon inside a field
    line's text: labels that recur are the fields a strip repeats on every card."""
    counts: Counter[str] = Counter()
    for ln in lines:
        if ":" not in ln.text or field_line(ln) is None:
            continue  # (no colon, no run: the text's test first, field_line's costs more)
        words = [w.text for w in _glued_words(ln.words)]
        seen = {c for e in range(1, len(words)) for c in _label_runs(words, e)}
        counts.update(seen)
    return counts


# a capitalised word (or label, 'Go-live:') glued to a word ending in a letter, digit or bracket
_GLUED = re.compile(r"(?<=[a-z0-9)\]])(?=[A-Z][a-z][A-Za-z'’-]*:?$)")


def _label_runs(words: Sequence[str], end: int) -> list[str]:
    """The label-like runs of one to four words ending at words[end], which ends in a colon."""
    if not words[end].endswith(":") or end == 0:
        return []
    out = []
    for k in range(max(1, end - 3), end + 1):
        if any(w.endswith((")", ",")) for w in words[k:end]):
            continue  # a bracket or comma closes a value ('(Director of Services)'), no label
        text = " ".join(words[k : end + 1])[:-1].strip()
        if text[:1].isupper() and _LABEL_ONLY.match(text):
            out.append(text)
    return out


def _strip_fields(line: Line, labels: Counter[str]) -> list[Line] | None:
    """A field line's fields and its trailing chip as lines of their own, or None when it holds
    one field only."""
    words = _glued_words(line.words)
    h = max(line.bottom - line.top, 1.0)
    chip: list[Word] = []
    for k in range(len(words) - 1, 0, -1):
        if words[k].x0 - words[k - 1].x1 >= TAB_GAP * h:
            if chip_text(" ".join(w.text for w in words[k:])):
                words, chip = words[:k], words[k:]
            break
    # the chip was set off by a sign ('... · On track'), a mark drawn after the sign widening
    # the gap or not: it is read as a signed chip, whatever its words
    signed = bool(chip) and bool(words) and words[-1].text in FIELD_SEPARATORS
    if not chip:
        words, chip = _separated_chip(words, labels)
        signed = bool(chip)
    words, bare = _bare_labels(words)
    # words right after a sign, or a bar standing alone between two fields ('AP07 | Rec ref:'):
    # a label there opens a field, however rarely it recurs
    signed_at = {
        id(b) for a, b in zip(words, words[1:], strict=False)
        if a.text in FIELD_SEPARATORS or a.text in PIECE_ENDS
    }  # fmt: skip
    # the signs between fields go; one closing the line stays: the strip runs on below it
    words = [
        w for k, w in enumerate(words) if w.text not in FIELD_SEPARATORS or k == len(words) - 1
    ]
    cuts = [0]
    for e in range(1, len(words)):
        texts = [w.text for w in words]
        start = _next_label(texts, e, words, h, labels)
        if start is None and id(words[e]) in bare:
            start = e - bare[id(words[e])] + 1
        if start is None:
            start = _signed_label(texts, e, words, signed_at)
        if start is not None and _status_after_label(words, start, e):
            start = None
        if start is not None and start > cuts[-1] + 1:
            cuts.append(start)
    pieces = [words[a:b] for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True)]
    if len(pieces) < 2 and not chip:
        return None
    pieces = [_unbarred(p) for p in pieces]
    if signed and len(pieces) >= 2:  # the strip's last field keeps it, after its sign: a line
        pieces[-1] += chip  # of a status alone reads as a label over the next card's title
        chip = []  # (_separated_status parts it from the value as the card's chip)
    return [_words_line(line, p) for p in pieces if p] + ([_words_line(line, chip)] if chip else [])


def _status_after_label(words: Sequence[Word], start: int, end: int) -> bool:
    """A 'label' that is a status word printed right after another label's colon ('Where we
    are: Green: on course'): a status written '<colour>: <words>' is the value of the label
    before it, whose value would otherwise be empty, not a field of its own."""
    if start == 0 or not words[start - 1].text.endswith(":"):
        return False
    return normalise_rag(" ".join(w.text for w in words[start : end + 1])[:-1]) is not None


def _unbarred(piece: list[Word]) -> list[Word]:
    """A strip's field without the bar or semicolon printed after it, before the next field's
    label ('When: July 2026 |', 'Lead: A. Khan;'): it parts the fields, as a sign does."""
    if len(piece) > 1 and piece[-1].text in PIECE_ENDS:
        return piece[:-1]
    last = piece[-1] if piece else None
    if last is not None and len(last.text) > 1 and last.text[-1] in PIECE_ENDS:
        return [*piece[:-1], Word(last.text[:-1], *_box(last))]
    return piece


MAX_BARE_LABEL_WORDS = 2  # 'due', 'due by': a label printed with no colon after a separator


def _bare_labels(words: list[Word]) -> tuple[list[Word], dict[int, int]]:
    """The strip's words with a label printed with no colon right after a separator sign
    ('Holder: S. Pritchard · due March 2027 · ...') given one, so the strip is cut there.

    Such a byline sets its fields apart by the signs alone; a part that opens with a word or
    two the header vocabulary names (a due, an owner) and goes on is a field of its own, not
    the words of the field before it. Only a strip that has a labelled field (a colon) and
    separators is read so, and the run must be followed by its value. Returns the words and,
    by id of the last word of each such label, how many words the label has."""
    if not any(w.text.endswith(":") for w in words):
        return words, {}
    out = list(words)
    bare: dict[int, int] = {}
    for k in range(1, len(out)):
        if out[k - 1].text not in FIELD_SEPARATORS or _opens_colon_label(out[k:]):
            continue
        for n in range(1, MAX_BARE_LABEL_WORDS + 1):  # the shortest: a month names no label
            run = out[k : k + n]
            rest = out[k + n : k + n + 1]
            if len(run) < n or not rest or rest[0].text in FIELD_SEPARATORS:
                continue
            if any(":" in w.text or w.text in FIELD_SEPARATORS for w in run):
                continue
            if header_role(" ".join(w.text for w in run)) is None:
                continue
            first = out[k]  # a label opens capitalised: 'due' is read as 'Due:'
            out[k] = Word(first.text[:1].upper() + first.text[1:], *_box(first))
            last = out[k + n - 1]
            out[k + n - 1] = Word(last.text + ":", *_box(last))
            bare[id(out[k + n - 1])] = n
            break
    return out, bare


def _opens_colon_label(part: Sequence[Word]) -> bool:
    """The part after a separator opens with a label of its own colon ('Current RAG: Slipping'):
    its first words are that label's, not a bare label ('Current') with the rest its value."""
    for w in part[: MAX_BARE_LABEL_WORDS + 1]:
        if w.text in FIELD_SEPARATORS:
            return False
        if w.text.endswith(":"):
            return True
    return False


def _box(w: Word) -> tuple[float, float, float, float]:
    return w.x0, w.top, w.x1, w.bottom


def _separated_chip(
    words: list[Word], labels: Counter[str] | None = None
) -> tuple[list[Word], list[Word]]:
    """(the strip's words, its chip) where the strip's last part, after a separator sign,
    names no label and is a few words: a status printed last with no label ('... · Sound'),
    whatever its words; ([words], []) otherwise. A part that opens a label the strips repeat
    ('... | Deliver' / 'by: 28/02/27': the strip wrapped inside a label) is no chip."""
    seps = [k for k, w in enumerate(words) if w.text in FIELD_SEPARATORS]
    if not seps or not any(w.text.endswith(":") for w in words[: seps[-1]]):
        return words, []
    tail = words[seps[-1] + 1 :]
    if not 0 < len(tail) <= MAX_CHIP_WORDS or any(":" in w.text for w in tail):
        return words, []
    if _opens_label(" ".join(w.text for w in tail), labels or Counter()):
        return words, []
    return words[: seps[-1] + 1], tail  # the sign stays: the value ends there, wrapped or not


def _signed_label(
    texts: list[str], end: int, words: Sequence[Word], signed_at: set[int]
) -> int | None:
    """Where a label ending at words[end] starts when it opens right after a separator sign
    ('Sian Pritchard · Due: 28 Feb 2026'): the sign says a field ends there, so the label
    opens the next one even on a card alone (the last of a run, at the top of a page), where
    no other card's strip shows the label recurring."""
    for text in _label_runs(texts, end):  # longest first
        k = end + 1 - len(text.split())
        if id(words[k]) in signed_at:
            return k
    return None


def _next_label(
    texts: list[str], end: int, words: Sequence[Word], h: float, labels: Counter[str]
) -> int | None:
    """Where a label ending at words[end] ('Land by:') starts, when it starts a field of its
    own: its run recurs on two or more lines (the longest of the most frequent), or it opens
    where the text restarts (the word before it ends right of where it starts, or touches it)."""
    runs = _label_runs(texts, end)
    if not runs:
        return None
    for text in runs:  # longest first: the run starting where the text restarts
        k = end + 1 - len(text.split())
        gap = words[k].x0 - words[k - 1].x1
        if gap < 0.1 * h:
            return k
    # a run opening right after another label's colon leaves that field empty: on two cards of
    # one status ('Status: Awaiting update Completion date:' twice) the status words recur as
    # often as the label after them, and the longest run took them in; a shorter run is the
    # label wherever one is left (else the field is empty as printed: 'Owner: Due: ...').
    # A shorter run ending such a run and recurring no more often holds that value's tail: two
    # cards of one owner ('Owner: Claire Whitby Target date:' twice, no other card on the
    # page) recur 'Whitby Target date' as often as the whole run, and it cut the name. Where
    # every run left is such a tail, the shortest is the label (the value's words recur with
    # it, no more often: 'update Completion date', 'Completion date').
    after = [t for t in runs if texts[end - len(t.split())].endswith(":")]
    left = [t for t in runs if t not in after]
    tails = [t for t in left if any(a.endswith(" " + t) and labels[t] <= labels[a] for a in after)]
    fair = [t for t in left if t not in tails] or tails[-1:] or runs  # runs: longest first
    best = max((labels[t], len(t.split())) for t in fair)
    if best[0] < 2:  # printed once: a period's end labelled after a start date is still a field
        return dated_label_start(texts, end)
    return end + 1 - best[1]


def _glued_words(words: Sequence[Word]) -> list[Word]:
    """The words with a capitalised word glued to the one before it ('Manager)Land') cut in
    two, each part's box by its share of the letters."""
    out: list[Word] = []
    for w in words:
        pieces = [x for x in _GLUED.split(w.text) if x]
        if len(pieces) < 2:
            out.append(w)
            continue
        per = (w.x1 - w.x0) / max(len(w.text), 1)
        x = w.x0
        for piece in pieces:
            out.append(Word(piece, x, w.top, x + per * len(piece), w.bottom))
            x += per * len(piece)
    return out


def _words_line(line: Line, words: list[Word]) -> Line:
    top, bottom = line.top, line.bottom
    printed = [_printed(w) for w in words]
    if all(p is not w for p, w in zip(printed, words, strict=True)):  # a piece of a strip's
        box = words_bbox(printed)  # run-on line: boxed where it is printed
    else:
        box = (min(w.x0 for w in words), top, max(w.x1 for w in words), bottom)
    text = " ".join(w.text for w in words)
    # the inks the part keeps (as tables._sub_line): a status inked in its colour at the end of a
    # strip of fields ('Owner: X · Status: Delayed', the word in red) stays inked in its field
    ends = line.words
    colour = line.colour if ends and words[0] is ends[0] else words[0].colour
    end_colour = line.end_colour if ends and words[-1] is ends[-1] else words[-1].colour
    return Line(
        text,
        box,
        line.font_size,
        line.bold,
        line.page,
        line.index,
        words=words,
        colour=colour,
        end_colour=end_colour,
    )


def _recurring_fields(
    lines: Sequence[Line], known: Mapping[str, str | None] | None
) -> Callable[[Line], bool]:
    """Whether a line is a field: a field line, or a label alone on its line (its value under
    it), whose label comes back on another line (or is one of the plan's known card labels)."""
    labels = {id(ln): _field_label(ln) for ln in lines}
    counts = Counter(x.lower() for x in labels.values() if x is not None)
    known = known or {}

    def is_field(line: Line) -> bool:
        label = labels[id(line)] if id(line) in labels else _field_label(line)
        if label is None:
            return False
        return counts[label.lower()] >= 2 or bool(known) and label_key(label) in known

    return is_field


def _field_label(line: Line) -> str | None:
    """The label of a field line or of a label alone on its line, else None."""
    p = field_line(line)
    if p is not None:
        return p[0]
    text = " ".join(line.text.split()).rstrip(":").strip()
    return text if len(text) <= MAX_LABEL_CHARS and _LABEL_ONLY.match(text) else None


def _card_rows(elements: Sequence[Element]) -> int:
    """The cards read that say who or when (a field of a NEEDS role filled): a status and a note
    taken for a card of their own, naming neither, are no card to prefer a reading for. A field
    only one card of the run prints (over all the tables its reading made) is no evidence of a
    card: a page's title block read as a card ('<council>' over 'Stage lead: <name>', a grid's
    column head) outnumbered the cards read box by box, and its lead took the owner's role from
    the cards' own label. Nor is a card whose action has no text (a reading of titleless
    'cards' whose action is a title block's label, 'Improvement plan: <title>')."""
    tables = [el.table for el in elements if el.table is not None]
    filled: Counter[tuple[tuple[str, ...], int]] = Counter()
    for t in tables:
        for k, r in enumerate(t.roles):
            if r in NEEDS:
                filled[(tuple(t.labels), k)] += sum(1 for row in t.rows if row.text(k).strip())
    runs = Counter(tuple(t.labels) for t in tables for _ in t.rows)
    count = 0
    for t in tables:
        head = tuple(t.labels)
        shared = [
            k
            for k, r in enumerate(t.roles)
            if r in NEEDS and (runs[head] < 2 or filled[(head, k)] > 1)
        ]
        act = t.col("action")  # a card with no text of its action is none to count
        count += sum(
            1
            for row in t.rows
            if any(row.text(k).strip() for k in shared) and (act is None or row.text(act).strip())
        )
    return count


def _split(
    lines: list[Line],
    paragraphs: Callable[[list[Line]], list[Element]],
    known: Mapping[str, str | None] | None,
    grid: Grid | None,
    cards: list[_Card] | None = None,
) -> list[Element]:
    """The lines as paragraphs and tables of cards: those found among them (find_cards), or
    the cards given."""
    cards = find_cards(lines, known, grid) if cards is None else cards
    cards = [c for c in cards if not _off_column(c, cards)]  # a box of another kind: its lines
    cards = [c for c in cards if not _head_row(c, cards)]  # the heads over the cards' columns
    if not cards:
        return paragraphs(lines)
    reading = _reading(cards, known)
    if reading is None:
        return paragraphs(lines)
    if reading.title_col is None:  # a field names the action: the lines above are not titles
        for c in cards:
            c.title = []
    used = {id(ln) for c in cards for ln in _card_lines(c)}
    first = {id(_card_lines(c)[0]): c for c in cards}
    out: list[Element] = []
    rest: list[Line] = []
    run: list[_Card] = []
    for ln in lines:
        if id(ln) in first:
            if rest:
                out += _table(run, reading) + paragraphs(rest)
                run, rest = [], []
            run.append(first[id(ln)])
        elif id(ln) not in used:
            if run and not rest:
                out += _table(run, reading)
                run = []
            rest.append(ln)
    out += _table(run, reading)
    if rest:
        out += paragraphs(rest)
    return out


def _speech_bubbles(cards: Sequence[_Card]) -> list[_Card]:
    """A panel's speech bubbles (speech_bubbles): its lead's quoted promise leaves the title and
    is the card's due field; another's quoted question, and its tag, leave the field they ran on
    into. A question read as the title of a card of its own, opened by its tag ('Asked by:'),
    is the card above's aside: the fields under the tag are that card's."""
    out: list[_Card] = []
    for c in cards:
        # the line under an aside whose field ends with its bubble: the aside's tag, where it
        # was read as a field of its own ('Asked by: ...'), the asker's, no field. An aside
        # whose tag its field holds has no other: the field under it ('Cue: Plot twist') is
        # the card's own.
        tags: set[tuple[int, int]] = set()
        for f in c.fields:
            cut = aside_start(f.lines)
            if cut is not None:
                if not aside_tagged(f.lines, cut):
                    tags.add((f.lines[-1].page, f.lines[-1].index + 1))
                c.aside += f.lines[cut:]
                del f.lines[cut:]
        for f in [f for f in c.fields if (f.lines[0].page, f.lines[0].index) in tags]:
            c.aside += f.lines
            c.fields.remove(f)
        said = promise(c.title)
        if said is not None and all(f.key != BUBBLE_KEY for f in c.fields):
            c.title = said[0]
            c.fields.append(_Field(BUBBLE_LABEL, BUBBLE_KEY, said[2], said[1], whole=True))
        if out and c.fields and is_aside(c.title):
            prev = out[-1]
            prev.aside += [*c.ref, *c.title, *c.fields[0].lines]
            keys = {f.key for f in prev.fields}
            for f in c.fields[1:]:
                if f.key in keys:
                    prev.aside += f.lines
                else:
                    prev.fields.append(f)
            continue
        out.append(c)
    return out


def _card_lines(card: _Card) -> list[Line]:
    return [*card.ref, *card.title, *(ln for f in card.fields for ln in f.lines), *card.aside]


def _box_paragraphs(
    paragraphs: Callable[[list[Line]], list[Element]], grid: Grid
) -> Callable[[list[Line]], list[Element]]:
    """Paragraphs of lines read box by box, a box beside a row of cards (a swimlane's label:
    'R2' over the recommendation's text, in another size) kept whole as one paragraph."""

    def read(lines: list[Line]) -> list[Element]:
        out: list[Element] = []
        part: list[Line] = []
        for n, ln in enumerate(lines):
            part.append(ln)
            nxt = lines[n + 1] if n + 1 < len(lines) else None
            if nxt is not None and grid.same_box(ln, nxt):
                continue
            if grid.box.get(id(ln)) in grid.beside:
                out.append(Element(part[0].page, part[0].top, lines=part))
            else:
                out += paragraphs(part)
            part = []
        return out

    return read


# --------------------------------------------------------------------------- finding cards


def find_cards(
    lines: Sequence[Line],
    known: Mapping[str, str | None] | None = None,
    grid: Grid | None = None,
) -> list[_Card]:
    """The cards among the lines: blocks of field lines whose labels recur, each with its title.

    Without `known` labels at least two cards must share their labels; a card opens at the label
    that opens most cards, or where a label comes back. grid: the lines are read box by box
    (card_grid); a card then never runs over from one box into another, and a box that holds
    one card is all of it: its lines above the first field are the title whatever their style.
    """
    known = known or {}
    lines = without_facets(lines)  # a search page's filter options: counts, not fields
    lines = without_control_marks(lines)  # a list cell's chevron between its title's lines
    lines, origin = _one_field_a_line(lines, known, grid)
    box = _boxes(lines, origin, grid)
    parsed = [field_line(ln) for ln in lines]
    counts = Counter(label_key(p[0]) for p in parsed if p is not None)
    fields = [
        i for i, p in enumerate(parsed)
        if p is not None and (counts[label_key(p[0])] >= 2 or label_key(p[0]) in known)
    ]  # fmt: skip
    # a post's byline or breadcrumb is its head, never a field, whatever an avatar beside it
    # makes of it ('PN: Improvement plan › Recommendation 1', the initials read as a label)
    fields = [i for i in fields if byline(lines[i].text) is None and not crumb_link(lines[i].text)]
    # labels a paragraph prints inline, a wrapped line opening with one now and then: no card's
    inline = inline_labels(lines, ((p[0], label_key(p[0])) for p in parsed if p is not None))
    fields = [i for i in fields if (p := parsed[i]) is None or label_key(p[0]) not in inline]
    if len(fields) < 2 or only_note_label(
        inline, (label_key(p[0]) for i in fields if (p := parsed[i]))
    ):
        return []
    pitch = _pitch(lines, fields)
    fields = _with_neighbours(lines, parsed, fields, pitch)
    groups = _group(lines, parsed, fields, opening=None, box=box)
    # boxes bound the cards: the space a chip taken out of a box leaves above the field under
    # it is no gap between cards, so the opening label is the one that opens most boxes' groups
    opening = _spaced_opening(lines, parsed, fields, pitch) if grid is None else None
    if opening is None:
        opening = Counter(lines_key(parsed, g[0]) for g in groups).most_common(1)[0][0]
    heads = _section_head(
        lines, parsed, fields, opening, _group(lines, parsed, fields, opening, box)
    )
    if heads:  # a section's own labels over its cards (its chair, its scope): read as prose
        fields = [i for i in fields if lines_key(parsed, i) not in heads]
    groups = _group(lines, parsed, fields, opening=opening, box=box)
    cards: list[_Card] = []
    floor = 0
    for n, g in enumerate(groups):
        end = groups[n + 1][0] if n + 1 < len(groups) else len(lines)
        title = _box_title(lines, g[0], floor, box)
        headed = title == [] and _head_strip(lines, parsed, g, box)
        if title is None:  # several cards to a box: read as a column of cards is
            title = _title(lines, g[0], floor, pitch, box)
        elif not title and not headed:  # a box of fields alone, its title cut off above it
            title = _title(lines, g[0], floor, pitch)
        head = _post_head(lines, floor, g[0])
        if head and 0 < g[0] - 1 - max(head) <= MAX_TITLE_LINES:
            title = list(lines[max(head) + 1 : g[0]])  # a post's title: all under its head
        if cards:  # what lies between the last card's fields and this title carries it on
            stop = min([g[0] - len(title), *head])
            _continue(cards[-1], lines, floor, stop, pitch, box)
        card = _Card(title, ref=_ref_line(lines, g[0] - len(title), floor) if title else [])
        card.fields += head.values()
        if box is not None and len(title) > 1 and _REF_LINE.match(" ".join(title[0].text.split())):
            card.ref, card.title = title[:1], title[1:]  # the box's first line: its ref alone
        _badge_apart(card)  # a round badge left of the title printing its ref: no title words
        for k, i in enumerate(g):
            label, value = parsed[i] or ("", "")
            stop = g[k + 1] if k + 1 < len(g) else end
            card.fields.append(_Field(header_label(label), label_key(label), value, [lines[i]]))
            if k + 1 < len(g):  # lines between two of a card's fields carry the first one on
                card.fields[-1].lines += lines[i + 1 : stop]
        if headed:
            _head_strip_title(card)
        floor = g[-1] + 1
        cards.append(card)
    if cards:  # the last card's last value may wrap onto the lines after it
        _continue(cards[-1], lines, floor, len(lines), pitch, box)
    cards = _speech_bubbles(cards)
    _inked_labels(cards)
    cards = _chips_apart(cards, lines, pitch)
    _edge_chips(cards, lines, box)  # a list cell's status pill level with its first line
    bare = [_bare_card(c) for c in cards]
    if _untitled(cards) and _reading(bare, known) is not None:
        cards = bare  # blocks of fields alone: one of them names the action
        keep = [len(c.fields) >= 2 for c in cards]
    else:
        if grid is not None:  # a boxed card's chip is one of its fields
            _add_chips(cards, grid)
        keep = [_is_card(c, known) or _single(c, grid) for c in cards]
    if len(cards) >= 2 and not keep[-1] and any(keep) and cards[-1].title and cards[-1].fields:
        keep[-1] = True  # the page break cut the last card after its first field
    cards = [c for c, k in zip(cards, keep, strict=True) if k]
    if (len(cards) < 2 and not (cards and known)) or _prose_paragraphs(cards):
        return []
    for c in cards:  # each field's value as read, its lines those of the page it came from
        for f in c.fields:
            f.value, f.whole = _text(c, f.key), True
            f.lines = list(dict.fromkeys(x for ln in f.lines for x in origin.get(id(ln), [ln])))
    for c in cards:
        _separated_status(c)
    _title_codes(cards, CODE_KEY in known)
    _title_chips(cards, known)
    if grid is not None:
        _add_chips(cards, grid)
    return cards


_WHO_WHEN = {CellType.date, CellType.person, CellType.owner_date}  # a field saying who or when


def _prose_paragraphs(cards: Sequence[_Card]) -> bool:
    """Whether most 'cards' are action paragraphs whose own text names who and when in a
    sentence ('1.1 <text>. Leon Fairweather is lead, and it is due in March 2027.'), the
    labelled lines under each (a status, an update) its notes: the prose reader's paragraphs
    (plan_prose), no cards whose fields carry the action's who and when: where a card's field
    label's values are dates or people, most of them ('Completion expected: Oct. 2027.',
    whatever its label), the fields are the cards' who and when, and a title naming who or when
    (a field run into its last line: '.. each term. Responsible: Tom Ellery.') is no paragraph
    of prose; an update naming a term ('Sessions booked for the autumn term') is one value."""
    values: dict[str, list[str]] = {}
    for c in cards:
        for f in c.fields:
            values.setdefault(f.key, []).append(f.value)
    for texts in values.values():
        said = sum(cell_type(t) in _WHO_WHEN for t in texts)
        if said >= 2 and 2 * said > len(texts):
            return False
    named = sum(names_who_or_when(join_text(ln.text for ln in c.title)) for c in cards)
    return named >= 2 and 2 * named > len(cards)


OFF_COLUMN = 2.0  # font sizes: a card's left edge this far from the run's own stands apart
MIN_RUN = 2  # cards sharing their labels that make a run another card can stand apart from


def _printed_keys(card: _Card) -> set[str]:
    """The labels the card prints (not those its position gives: a chip, a bar, a code)."""
    return {f.key for f in card.fields if not f.label.startswith("(")}


def _left(card: _Card) -> float:
    lines = card.title or [ln for f in card.fields for ln in f.lines]
    return min((ln.bbox[0] for ln in lines), default=0.0)


def _off_column(card: _Card, cards: Sequence[_Card]) -> bool:
    """A card printing labels of its own, none of those the cards of the other columns share,
    its column holding fewer cards than theirs, is no card of the run: a box of another kind
    set beside the cards. General shape: a band of boxes read left to right (a logic model, a
    theory of change) whose actions box holds the cards ('Steward: .. | Completion point:
    ..'), the box at its left listing what goes in under a label of its own ('Sponsor:
    <name>', once a band, so twice a page). Read as a card, its quantities became an action
    ('4.0 FTE advanced practitioners', '4.0' its ref), and an output box's line level with it
    its status chip, a status column that took the place of the cards' own: the band's actions
    were left unrated. Its lines stay paragraphs (nothing is lost: they were never an action).
    """
    own = _printed_keys(card)
    size = max((ln.font_size for ln in card.title), default=0.0) or 10.0
    apart = [c for c in cards if abs(_left(card) - _left(c)) > OFF_COLUMN * size]
    shared = [
        c for c in apart if any(_printed_keys(c) & _printed_keys(o) for o in apart if o is not c)
    ]
    mine = len(cards) - len(apart)  # the cards in its own column, itself among them
    return (
        bool(own)
        and len(shared) >= MIN_RUN
        and len(apart) > mine
        and not any(own & _printed_keys(c) for c in apart)
    )


def _head_row(card: _Card, cards: Sequence[_Card]) -> bool:
    """A card of one ROW of boxes over the run, each printing labels of its own, none of those
    the cards under them share, is no card: the heads of a grid's columns. General shape: a
    matrix of cards (recommendations down, stages of a service across) heads each column with
    a box naming the stage and its lead ('Child protection' over 'Stage lead: <name>'); read as
    cards, the heads became actions and their lead label took the owner's role from the
    cards' own owner label (read as a second person's). The evidence is the layout: the heads
    stand level with each other (their first lines within a line's height), above every card of
    the run on their page, and the cards under them, MIN_RUN at least, share labels among
    themselves and none with the heads. Their lines stay paragraphs."""
    own = _printed_keys(card)
    if not own:
        return False
    kin = [c for c in cards if _printed_keys(c) & own]
    rest = [c for c in cards if not _printed_keys(c) & own]
    if len(kin) < MIN_RUN or len(rest) < MIN_RUN or any(_printed_keys(c) != own for c in kin):
        return False
    if not any(_printed_keys(c) & _printed_keys(o) for c in rest for o in rest if o is not c):
        return False
    firsts = [_card_lines(c)[0] for c in kin]
    page, pitch = firsts[0].page, max(ln.bottom - ln.top for ln in firsts)
    if any(ln.page != page or abs(ln.top - firsts[0].top) > pitch for ln in firsts):
        return False
    foot = max(ln.bottom for c in kin for ln in _card_lines(c))
    under = [ln for c in rest for ln in _card_lines(c)[:1] if ln.page == page]
    return bool(under) and all(ln.top > foot for ln in under)


def _chips_apart(cards: list[_Card], lines: Sequence[Line], pitch: float) -> list[_Card]:
    """A status chip on a line of its own among a card's field lines, or right under its last
    one, taken out of the field it would carry on and made the card's chip (field_chips). A
    'card' whose title is that chip alone is the rest of the card above: its fields join it."""
    used = {
        id(ln) for c in cards for ln in (*c.title, *c.ref, *(x for f in c.fields for x in f.lines))
    }
    at = {id(ln): i for i, ln in enumerate(lines)}
    titles = {id(c.title[0]): c for c in cards if len(c.title) == 1 and not c.ref}
    merged: set[int] = set()
    for c in cards:
        if id(c) in merged or not c.fields or any(f.key == CHIP_KEY for f in c.fields):
            continue
        chip: Line | None = None
        below: Line | None = None
        joined = False
        for f in c.fields:
            found = chips_among(f.lines)
            if found and chip is None:
                chip = f.lines[found[0]]
                f.lines = [ln for k, ln in enumerate(f.lines) if k != found[0]]
        last = c.fields[-1].lines[-1] if c.fields[-1].lines else None
        nxt = at.get(id(last), len(lines)) + 1 if last is not None else len(lines)
        if chip is None and last is not None and nxt < len(lines):
            below = lines[nxt]
            rest = titles.get(id(below))
            if (id(below) not in used or rest is not None) and chip_after(last, below, pitch):
                chip = below
                if rest is not None and rest is not c and not set(rest.keys()) & set(c.keys()):
                    c.fields += rest.fields  # the chip read as the next card's title
                    merged.add(id(rest))
                    joined = True
                elif rest is not None:
                    chip = None
        if chip is not None:
            text = " ".join(chip.text.split())
            c.fields.append(_Field(CHIP_LABEL, CHIP_KEY, text, [chip], whole=True))
            used.add(id(chip))
            if chip is below and last is not None and not joined:
                _fields_under_chip(c, lines, at.get(id(chip), len(lines)) + 1, last, pitch, used)
    return [c for c in cards if id(c) not in merged]


def _edge_chips(
    cards: Sequence[_Card], lines: Sequence[Line], box: Mapping[int, int] | None = None
) -> None:
    """Each chipless card's status pill set at the right of its first line (edge_chips), in
    the card's own box where boxes are drawn: a line of the box beside it, level with the
    card's first line (a heading's last words, 'needs are met'), is no pill of the card; a box
    of short lines alone (the pills' own column, cut as a box of its own) may hold it."""
    for c in cards:
        _title_edge_chip(c)
    used = {
        id(ln) for c in cards for ln in (*c.title, *c.ref, *(x for f in c.fields for x in f.lines))
    }
    long_lines = [ln for ln in lines if len(ln.text.split()) > CHIP_WORDS]
    wordy = {box.get(id(ln), -1) for ln in long_lines} - {-1} if box is not None else set()
    for c in cards:
        head = (c.ref or c.title)[:1]
        if not head or not c.fields or any(f.key == CHIP_KEY for f in c.fields):
            continue
        near = [ln for ln in lines if _pill_of(head[0], ln, box, wordy)]
        chip = edge_chip(head[0], near, used, partial(_status_apart, title=head[:1]))
        if chip is not None:
            text = " ".join(chip.text.split())
            c.fields.append(_Field(CHIP_LABEL, CHIP_KEY, text, [chip], whole=True))
            used.add(id(chip))


def _title_edge_chip(card: _Card) -> None:
    """A status word read into the card's title because it stands level with the title's
    first line, set well apart at its right (a service-status page's component row, 'C1-2
    Audit ...      Degraded'): the card's chip, out of its title. Read by height the word
    lands before or after the title's words ('Operational C3-4 Commission ...'), and the
    status is lost into the text. Its place says what it is: level with another line of the
    title, a gap of a line height or more right of its end (as edge_chips asks of a pill)."""
    if not card.fields or any(f.key == CHIP_KEY for f in card.fields) or len(card.title) < 2:
        return
    for ln in card.title:
        others = [t for t in card.title if t is not ln]
        if any(edge_chip(t, [ln], (), partial(_status_apart, title=others)) for t in others):
            card.title = others
            text = " ".join(ln.text.split())
            card.fields.append(_Field(CHIP_LABEL, CHIP_KEY, text, [ln], whole=True))
            return


def _status_apart(ln: Line, title: Sequence[Line]) -> bool:
    """Whether a line set apart right of a card's title may be its status: a status phrase
    (chip_text), or a few words (no mark alone), no figure or label, in an ink of their own
    (a status word the vocabulary does not know, coloured apart from the title's words:
    rated later by the plan's key of colours, else said unrated)."""
    text = " ".join(ln.text.split())
    if len(text.split()) > CHIP_WORDS or any(ch.isdigit() or ch == ":" for ch in text):
        return False
    if sum(ch.isalpha() for ch in text) < STATUS_LETTERS:
        return False  # a mark ('➜' between a drawing's columns, '›'), no word
    inked = (
        ln.colour is not None and not _pale(ln.colour) and all(t.colour != ln.colour for t in title)
    )
    return chip_text(text) or inked


STATUS_LETTERS = 3  # letters of a status word at the least: fewer make a mark
PALE = 0.85  # an ink this light (HSL lightness) or lighter: a pill's text on its fill


def _pale(colour: str) -> bool:
    """Whether an ink is white or near it: the text of a pill printed on its fill ('To do' in
    white on grey), whose status the fill tells (chip tints), not its words' ink; a word
    printed in its own ink on the page is one the ink rates."""
    light = lightness(colour)
    return light is not None and light >= PALE


def _fields_under_chip(
    card: _Card, lines: Sequence[Line], start: int, field: Line, pitch: float, used: set[int]
) -> None:
    """Field lines right under a card's chip, in its fields' type, that no card took (a label
    this run of cards prints once: an update only this card has), with the lines their values
    wrap onto: the card's too."""
    prev = lines[start - 1] if start > 0 else field
    have = set(card.keys())
    k = start
    while k < len(lines):
        ln = lines[k]
        p = field_line(ln)
        near = ln.page == prev.page and 0 < ln.top - prev.top <= 2 * WRAP * max(pitch, 1.0)
        if id(ln) in used or p is None or not near or abs(ln.font_size - field.font_size) > 0.6:
            return
        if label_key(p[0]) in have:
            return
        f = _Field(header_label(p[0]), label_key(p[0]), p[1], [ln])
        card.fields.append(f)
        have.add(f.key)
        k += 1
        while k < len(lines) and id(lines[k]) not in used and field_line(lines[k]) is None:
            nxt = lines[k]
            if nxt.page != ln.page or not 0 < nxt.top - f.lines[-1].top <= WRAP * max(pitch, 1.0):
                break
            f.lines.append(nxt)
            k += 1
        prev = f.lines[-1]


def _bare_card(card: _Card) -> _Card:
    """The card as a block of fields alone, its title dropped; a title that is the card's ref
    alone ('Ref 2.1', 'Action ref 2.1' in the head of a boxed record whose action is one of
    its fields, or '2.1' with no label) is kept as its ref field, the number without its label.
    Only a label a ref column's header would name (plan_columns.json header_phrases 'ref':
    'Ref', 'ID', 'Action no.') makes the number the action's ref: a heading numbered under
    another label ('Finding 3.2', 'Section 4.1', 'Phase 2.1') names what the action sits under,
    not the action, and is dropped as any other title is."""
    fields = list(card.fields)
    lines = card.title if len(card.title) == 1 else card.ref
    text = " ".join(lines[0].text.split()) if len(lines) == 1 else ""
    m = _REF_LINE.match(text) if text else None
    if m is None:
        return _Card([], fields)
    label = text[: m.start("ref")].strip()
    if (not label or _ref_label(label)) and all(f.key != NUMBER_KEY for f in fields):
        fields.insert(0, _Field(NUMBER_LABEL, NUMBER_KEY, m.group("ref"), list(lines), True))
    return _Card([], fields)


def _ref_label(label: str) -> bool:
    """Whether a label, whole, is one a ref column's header prints ('Ref', 'ID', 'Action ref',
    'Action no.'; plan_columns.json header_phrases 'ref'), not one that merely holds such a
    word ('Finding no.')."""
    said = text_key(label)
    return said in _REF_PHRASES or said.rstrip(".") in _REF_PHRASES


def _head_strip(
    lines: Sequence[Line],
    parsed: Sequence[tuple[str, str] | None],
    g: Sequence[int],
    box: Mapping[int, int] | None,
) -> bool:
    """Whether a boxed card opens with a head strip: its first two fields or more set along
    the box's first line, then a line of no field (its text) before its next field."""
    if box is None or len(g) < 3:
        return False
    first = lines[g[0]]
    head = [i for i in g if _level(lines[i], first)]
    if len(head) < 2 or len(head) == len(g):
        return False
    between = lines[head[-1] + 1 : g[len(head)]]
    return bool(between) and all(parsed[head[-1] + 1 + k] is None for k in range(len(between)))


def _head_strip_title(card: _Card) -> None:
    """A boxed card whose first fields are a head strip (set along the box's first printed
    line, 'No.: AP03 | Rec ref: Rec 2') and whose text opens the body under them: the lines
    between the strip and the next field are the card's title, not the strip's last value
    wrapped on. Only prose lines (no field) are taken, and only where a field follows them."""
    head = [f for f in card.fields if f.lines and _level(f.lines[0], card.fields[0].lines[0])]
    if len(head) < 2 or len(head) >= len(card.fields):
        return
    last = head[-1]
    rest = [ln for ln in last.lines[1:] if ln.top > last.lines[0].bottom]
    if not rest or len(rest) != len(last.lines) - 1:
        return
    card.title = rest
    last.lines = last.lines[:1]


def _level(a: Line, b: Line) -> bool:
    """Whether two lines are printed level, on one line of the page."""
    return a.page == b.page and min(a.bottom, b.bottom) - max(a.top, b.top) > 0


def _title_codes(cards: Sequence[_Card], known: bool = False) -> None:
    """A code printed beside each card's number, with no label ('7  R2': a chip naming the
    recommendation the action answers), as a field of its own, out of the title: where two
    cards or more print one, under one letter, and the codes come back from card to card (a
    code shared by several cards names the group they belong to; a card's own reference would
    differ on every card). The number before it is the card's reference, a field too. known:
    the plan's other cards printed such codes (a lone card, the last on its page)."""
    found: list[tuple[_Card, Line, re.Match[str]]] = []
    for c in cards:
        first = c.title[0] if c.title else None
        m = _NUMBER_CODE.match(" ".join(first.text.split())) if first is not None else None
        if first is not None and m is not None:
            found.append((c, first, m))
    codes = [m.group("code") for _, _, m in found]
    letters = {code.rstrip("0123456789") for code in codes}
    if not known and (len(found) < 2 or len(set(codes)) >= len(codes)) or len(letters) != 1:
        return
    for c, first, m in found:
        words = first.words
        at = next((k for k, w in enumerate(words) if w.text == m.group("code")), None)
        if at is None or at != 1:
            continue
        c.code = m.group("code")
        number, chip = _words_line(first, [words[0]]), _words_line(first, [words[at]])
        c.fields.append(_Field(NUMBER_LABEL, NUMBER_KEY, m.group("num"), [number], True))
        c.fields.append(_Field(CODE_LABEL, CODE_KEY, c.code, [chip], True))


def _separated_status(card: _Card) -> None:
    """A field's value cut at the last separator sign in it ('2025-04 · Sound', the strip
    wrapped so that its last part runs on under the field): what stands after it, a few words
    naming no label, is the card's status chip whatever its words; a sign left trailing
    ('Head of Service (A. Khan) ·') is no part of the value. A longer part after a sign is the
    value's own text and stays."""
    if not _in_strip(card):
        return
    for f in card.fields:
        words = f.value.split()
        seps = [k for k, w in enumerate(words) if w in FIELD_SEPARATORS]
        if not seps or f.key == CHIP_KEY or not f.lines:
            continue
        tail = words[seps[-1] + 1 :]
        if len(tail) > MAX_CHIP_WORDS or any(":" in w for w in tail):
            continue
        if tail and _opens_label(" ".join(tail), [x.label for x in card.fields]):
            continue  # (a sign closing the value, nothing after it, is dropped)
        f.value = " ".join(w for w in words[: seps[-1]] if w not in FIELD_SEPARATORS)
        if tail and f.lines and all(x.key != CHIP_KEY for x in card.fields):
            chip = _tail_words(f.lines[-1], tail)
            card.fields.append(_Field(CHIP_LABEL, CHIP_KEY, " ".join(tail), [chip], True))


def _opens_label(text: str, labels: Iterable[str]) -> bool:
    """Whether a text is the opening words of one of the labels ('Deliver' of 'Deliver by')."""
    key = text.lower().split()
    return any(
        lab.lower().split()[: len(key)] == key for lab in labels if len(lab.split()) > len(key)
    )


def _in_strip(card: _Card) -> bool:
    """Whether two of the card's fields start on one printed line: a strip of fields (a note's
    bullets under one label are no strip, and keep their signs)."""
    starts = [(f.lines[0].page, round(f.lines[0].top)) for f in card.fields if f.lines]
    return len(set(starts)) < len(starts)


def _tail_words(line: Line, tail: Sequence[str]) -> Line:
    """The part of a line made of its last words, where they are these (the chip's own box,
    not the whole strip's line it ends), else the line."""
    words = line.words
    if len(words) < len(tail) or [w.text for w in words[-len(tail) :]] != list(tail):
        return line
    return _words_line(line, list(words[-len(tail) :]))


def _boxes(
    lines: Sequence[Line], origin: Mapping[int, list[Line]], grid: Grid | None
) -> dict[int, int] | None:
    """id(line) -> the box it stands in, lines made from others in their first source's box."""
    if grid is None:
        return None
    out = dict(grid.box)
    for ln in lines:
        if id(ln) not in out:
            src = origin.get(id(ln), [])
            out[id(ln)] = grid.box.get(id(src[0]), -1) if src else -1
    return out


CHIP_WORDS = 3  # a pill's words at most: a box of lines no longer is a column of pills


def _pill_of(head: Line, ln: Line, box: Mapping[int, int] | None, wordy: set[int]) -> bool:
    """Whether a line may be the pill of the card headed by head: one in the card's own box, or
    one in a box of short lines alone (a column of status pills cut as a box of its own). A line
    of a box that prints longer lines is a neighbour's (a slip beside it: 'needs are met'); a
    line in no box may be any card's, as where no boxes are drawn."""
    return box is None or _together(head, ln, box) or box.get(id(ln), -1) not in wordy


def _together(a: Line, b: Line, box: Mapping[int, int] | None) -> bool:
    """Whether two lines may belong to one card: always, unless boxes say they stand apart."""
    return box is None or box.get(id(a), -1) == box.get(id(b), -2)


def _box_title(
    lines: Sequence[Line], i: int, floor: int, box: Mapping[int, int] | None
) -> list[Line] | None:
    """A boxed card's title: every line of its box above its first field, when no card before
    it shares the box (else None: the title is read from its style, as in a column of cards),
    and the numbered line above the box, alone in a box of its own, whose sentence its first
    line carries on (_cut_ref_line, _runs_on: lower case, same edge, a line's spacing down).
    General shape: a card drawn free on a page (a
    fishbone's fix at a bone's end) whose two-line title stands a little further apart than
    its fields, a card beside it opening level with the gap: the box grid cut the title's
    numbered first line into a box of its own, and the card read its wrap alone as its title,
    its ref lost (an action of no ref, said as doubtful, and the fix missed)."""
    if box is None:
        return None
    k = i
    while k > floor and _together(lines[k - 1], lines[i], box):
        k -= 1
    if k == floor and floor > 0 and _together(lines[floor - 1], lines[i], box):
        return None  # the card above ends in this box: several cards to a box
    if k > floor and k < i and _cut_ref_line(lines, k, box):
        k -= 1  # the title's numbered first line cut into a box of its own: its sentence runs on
    return list(lines[_under_box_heading(lines, k, i) : i])


def _cut_ref_line(lines: Sequence[Line], k: int, box: Mapping[int, int]) -> bool:
    """The line above a box's first line is a numbered line alone in a box of its own, and
    the box's first line carries its sentence on (_runs_on)."""
    above = lines[k - 1]
    alone = sum(1 for ln in lines if box.get(id(ln), -1) == box.get(id(above), -2)) == 1
    return alone and LEADING_REF.match(above.text) is not None and _runs_on(above, lines[k])


def _under_box_heading(lines: Sequence[Line], k: int, i: int) -> int:
    """Where a box's first card's title opens: at the box's top (k), or, where the box opens
    with a heading naming a recommendation in a style of its own (a larger or bolder type) and
    a numbered line follows it ('1.1 Make sure ...'), at that numbered line: the box is the
    recommendation's panel, its heading stated over its cards, not the first card's title.
    The heading may name the recommendation alone ('Recommendation 2'), its text on the line
    under it: the two lines read as one heading."""
    if heading(lines[k].text) is None and (
        k + 1 >= i or heading(f"{lines[k].text} {lines[k + 1].text}") is None
    ):
        return k
    for j in range(k + 1, i):
        ln = lines[j]
        if LEADING_REF.match(ln.text) and (
            ln.font_size < lines[k].font_size - 0.6 or ln.bold != lines[k].bold
        ):
            return j
    return k


def _single(card: _Card, grid: Grid | None) -> bool:
    """A titled card of one field in a box that card_grid counted as a card beside boxes of more
    fields that print the same label (an action with no update: 'By: <date> <status>')."""
    lines = [ln for f in card.fields for ln in f.lines]
    if grid is None or not lines or not card.title:
        return False
    return grid.box.get(id(lines[0]), -1) in grid.single


def _add_chips(cards: Sequence[_Card], grid: Grid) -> None:
    """Each boxed card's status chip (a status printed apart, with no label) as a field."""
    key = CHIP_KEY
    for c in cards:
        lines = [ln for f in c.fields for ln in f.lines]
        chip = grid.chips.get(grid.box.get(id(lines[0]), -1)) if lines else None
        if chip is not None and all(f.key != key for f in c.fields):
            text = " ".join(chip.text.split())
            c.fields.append(_Field(CHIP_LABEL, key, text, [chip], whole=True))


def _one_field_a_line(
    lines: Sequence[Line], known: Mapping[str, str | None], grid: Grid | None = None
) -> tuple[list[Line], dict[int, list[Line]]]:
    """The lines with every field on a line of its own: fields side by side split apart, a
    label printed alone above its value (a definition list, a stacked form) joined to it; a
    label's value stands in its box (grid), never in the next card's."""
    out: list[Line] = []
    origin: dict[int, list[Line]] = {}
    for ln in lines:
        parts = side_by_side(ln) if field_line(ln) is not None else None
        if parts is None:
            out.append(ln)
            continue
        for part in parts:
            origin[id(part)] = [ln]
            out.append(part)
    out = _label_rows(out, known, origin)

    def together(a: Line, b: Line) -> bool:
        if grid is None:
            return True
        home = [grid.box.get(id(x), -1) for ln in (a, b) for x in origin.get(id(ln), [ln])[:1]]
        return home[0] == home[1]

    stacked = _stacked_labels(out, known, together)
    if not stacked:
        return out, origin
    joined: list[Line] = []
    i = 0
    while i < len(out):
        ln = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else None
        if i in stacked and nxt is not None:
            label = " ".join(ln.text.split()).rstrip(":").strip()
            box = (min(ln.x0, nxt.x0), ln.top, max(ln.bbox[2], nxt.bbox[2]), nxt.bottom)
            both = Line(f"{label}: {nxt.text}", box, nxt.font_size, nxt.bold, nxt.page, ln.index)
            both.words = []
            origin[id(both)] = [*origin.get(id(ln), [ln]), *origin.get(id(nxt), [nxt])]
            joined.append(both)
            i += 2
            continue
        joined.append(ln)
        i += 1
    return joined, origin


def _label_rows(
    lines: list[Line], known: Mapping[str, str | None], origin: dict[int, list[Line]]
) -> list[Line]:
    """A row of labels printed above a row of values (a card as a one-row table, its labels
    in a header line), as one field line per label: 'Label: value'.

    The header line must come back card after card (or name only the plan's known labels). A
    column starts at a header word set off by more than a word space, that no value word below
    runs across, and that stands at the left edge of a value word (cells are left-aligned) or
    after a tab-wide gap; where the header comes back, the split most of its copies show wins.
    The value lines are those right below it, at one size and pitch; each word goes to the
    column it starts in.
    """
    texts = Counter(_row_key(ln) for ln in lines)
    found: dict[int, tuple[list[Line], tuple[int, ...]]] = {}
    for i, ln in enumerate(lines):
        if (texts[_row_key(ln)] >= 2 or known) and len(ln.words) >= 2 and not _separated(ln):
            values = _value_lines(lines, i)
            if _field_label_row(ln, lines):
                continue
            starts = _starts(ln, values) if values else None
            if starts is not None:
                found[i] = (values, starts)
    if found:
        # values that are field lines of labels in capitals printed card after card ('BEST
        # BEFORE Oct. 26, 2025'): the line over them is a wrapped value's tail, no row of labels.
        # Only a label set apart by case: a row of values read as a field at its first gap
        # ('HoS Fostering   31st March 2027 ...', its owner recurring) is what a row of labels
        # stands over; nor is a line of labels all in capitals ('DRIVEN BY   EXPECTED BY') a tail
        parsed = {id(ln): _caps_field(ln.text) for ln in lines}
        fields = Counter(label_key(p[0]) for p in parsed.values() if p is not None)
        found = {
            i: got for i, got in found.items()
            if _in_capitals(lines[i]) or not _recurring_field(parsed[id(got[0][0])], fields)
        }  # fmt: skip
    votes: dict[str, Counter[tuple[int, ...]]] = {}
    for i, (_, starts) in found.items():
        votes.setdefault(_row_key(lines[i]), Counter())[starts] += 1
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        got = None
        if i in found:
            values = found[i][0]
            starts = votes[_row_key(ln)].most_common(1)[0][0]
            got = _columns(ln, values, starts, known, texts[_row_key(ln)] >= 2)
        if got is None:
            out.append(ln)
            i += 1
            continue
        first = values[0]
        for label, words in got:
            src = [ln, *(v for v in values if any(w in v.words for w in words))]
            box = (min(x.x0 for x in src), ln.top, max(x.bbox[2] for x in src), src[-1].bottom)
            value = " ".join(w.text for w in words)
            part = Line(f"{label}: {value}", box, first.font_size, first.bold, ln.page, ln.index)
            part.words = []
            origin[id(part)] = src
            out.append(part)
        i += 1 + len(values)
    return out


def _field_label_row(head: Line, lines: Sequence[Line]) -> bool:
    """Whether a would-be row of labels is a field line whose value recurs ('Deadline<tab>Once
    funded' twice): its first label opens other lines too, with other text after it."""
    p = field_line(head)
    if p is None:
        return False
    key = _row_key(head)
    label = p[0].lower()
    # the header wrapped at another width is the same row of labels: one text opens the other
    return any(
        _row_key(ln).startswith(label + " ")
        and not (_row_key(ln).startswith(key) or key.startswith(_row_key(ln)))
        for ln in lines
    )


def _separated(line: Line) -> bool:
    """A line with a colon or spaced dash after its label: a field line, not a row of labels."""
    text = " ".join(line.text.split())
    return bool(_COLON.match(text) or _DASH.match(text))


def _row_key(line: Line) -> str:
    return text_key(line.text)


def _value_lines(lines: Sequence[Line], i: int) -> list[Line]:
    """The lines right below a header line holding a row of values (wrapped at one pitch); a
    header label wrapped onto a line of the header's own type below is among them (it is put
    back in its column's label)."""
    head = lines[i]
    out: list[Line] = []
    bottom = head.bottom
    for ln in lines[i + 1 :]:
        # a row's cells may come as lines of their own, each column's below the last
        if ln.page != head.page or ln.top < head.bottom - 1.0:
            break
        if ln.top - bottom > 1.2 * height(ln):
            break
        wrapped_head = bool(out) and _same_type(out[0], head) and not _same_type(ln, head)
        if not wrapped_head and out and not _same_type(ln, out[-1]):
            break  # values keep one type; after a wrapped header line, the values' own
        if ln.x0 < head.x0 - 2.0 or _row_key(ln) == _row_key(head):
            break
        out.append(ln)
        bottom = max(bottom, ln.bottom)
    return out


def _same_type(a: Line, b: Line) -> bool:
    return abs(a.font_size - b.font_size) <= 0.3 and a.bold == b.bold


def _split_head(head: Line, values: Sequence[Line]) -> tuple[list[Word], list[Word]]:
    """(header words wrapped below the header line, value words)."""
    wrapped = [w for v in values if _same_type(v, head) for w in v.words]
    if len(wrapped) == sum(len(v.words) for v in values):
        return [], wrapped  # values in the labels' own type: nothing is the header's
    return wrapped, [w for v in values if not _same_type(v, head) for w in v.words]


def _starts(head: Line, values: Sequence[Line]) -> tuple[int, ...] | None:
    """The indices of the header words that start a column, else None (fewer than two)."""
    vwords = _split_head(head, values)[1]
    if not vwords or min(w.x0 for w in vwords) < head.words[0].x0 - 2.0:
        return None
    h = height(head)
    starts = [0]
    for k in range(1, len(head.words)):
        w = head.words[k]
        gap = w.x0 - head.words[k - 1].x1
        across = any(v.x0 < w.x0 - 1.0 and v.x1 > w.x0 + 1.0 for v in vwords)
        aligned = any(abs(w.x0 - v.x0) <= 1.5 for v in vwords)
        if gap > 0.5 * head.font_size and not across and (aligned or gap >= TAB_GAP * h):
            starts.append(k)
    return tuple(starts) if len(starts) >= 2 else None


def _columns(
    head: Line,
    values: Sequence[Line],
    starts: tuple[int, ...],
    known: Mapping[str, str | None],
    recurs: bool,
) -> list[tuple[str, list[Word]]] | None:
    """(label, value words) per column of a label row over its values, else None."""
    words = head.words
    bounds = [*starts, len(words)]
    edges = [words[a].x0 for a in starts]
    wrapped, vwords = _split_head(head, values)
    parts = [[w.text for w in words[a:b]] for a, b in zip(bounds, bounds[1:], strict=False)]
    for w in wrapped:
        parts[max([0, *(j for j, e in enumerate(edges) if e <= w.x0 + 1.5)])].append(w.text)
    labels = [" ".join(p).rstrip(":?").strip() for p in parts]
    for label in labels:
        if len(label) > MAX_LABEL_CHARS or not _LABEL_ONLY.match(label):
            return None
    if not recurs and not all(label_key(x) in known for x in labels):
        return None
    got: list[list[Word]] = [[] for _ in labels]
    for w in vwords:
        got[max([0, *(j for j, e in enumerate(edges) if e <= w.x0 + 1.5)])].append(w)
    if 2 * sum(1 for ws in got if ws) < len(got) + 1:
        return None  # most columns hold a value
    return [(header_label(x), ws) for x, ws in zip(labels, got, strict=True)]


def _stacked_labels(
    lines: Sequence[Line],
    known: Mapping[str, str | None],
    together: Callable[[Line, Line], bool] = lambda a, b: True,
) -> set[int]:
    """Indices of labels printed alone on their line above their value: a line of a label only
    whose text comes back above other values (titles and values do not repeat so). A value
    may read like a field of a label that never comes back ('OT – Group Manager': initials and
    a role). together: whether two lines may be one card's (not in two boxes)."""
    parsed = [field_line(ln) for ln in lines]
    fields = Counter(label_key(p[0]) for p in parsed if p is not None)
    alone: dict[int, str] = {}
    for i, ln in enumerate(lines[:-1]):
        text = " ".join(ln.text.split()).rstrip(":").strip()
        nxt, got = lines[i + 1], parsed[i + 1]
        value = got is None or fields[label_key(got[0])] < 2 and label_key(got[0]) not in known
        if (
            len(text) <= MAX_LABEL_CHARS and _LABEL_ONLY.match(text)
            and not _recurring_field(parsed[i], fields)  # 'ASSISTANT Head of': cut at a wrap
            and nxt.page == ln.page and nxt.top > ln.top and value and together(ln, nxt)
            and _gap_field(ln) is None  # 'Rating<tab>RED' is a field, not a label alone
            and _over(ln, nxt)  # a pill at a list cell's right edge is no label of its title
            and not _ref_title(nxt)  # 'Deliverables' over 'D1.1 ...': a heading over a card
            and not _wraps_value(lines, parsed, fields, i)  # '... escalated to the' / 'Board'
        ):  # fmt: skip
            alone[i] = label_key(text)
    counts = Counter(alone.values())
    out: set[int] = set()
    for i in sorted(alone):
        recurs = counts[alone[i]] >= 2 or alone[i] in known
        if recurs and i - 1 not in out:  # a label's value is never a label
            out.add(i)
    return out if len({alone[i] for i in out}) >= 2 else set()


def _wraps_value(
    lines: Sequence[Line],
    parsed: Sequence[tuple[str, str] | None],
    fields: Counter[str],
    i: int,
) -> bool:
    """Whether a line that reads as a label alone is the last line of a field's value wrapped
    at its column's edge: the lines above it, up to a field line of a recurring label with its
    value on it ('PS: No lead in post since the' / 'restructure; escalated to the' /
    'Improvement Board'), run on one under the other in the same type, ink and weight, each
    full to the column, so the line's first word would not have fitted on the line above
    (_next_word_wont_fit). A value that wraps so ends on whatever words are left, a title-cased
    name ('Improvement Board') as well as any; read as a label it took the next line (a
    receipt's price) for its value. A label printed alone over its value stands under a line
    of its own value, not under a field line's."""
    k = i
    while k > 0:
        above, ln = lines[k - 1], lines[k]
        if (
            above.page != ln.page or above.colour != ln.colour or above.bold != ln.bold
            or abs(above.font_size - ln.font_size) > 0.6
            or abs(above.bbox[0] - ln.bbox[0]) > ln.font_size
            or not 0 < ln.top - above.top <= LINE_SPACING * max(ln.font_size, 1.0)
            or not _next_word_wont_fit(above, ln, _column_right(lines, k - 1))
        ):  # fmt: skip
            return False
        got = parsed[k - 1]
        if got is not None and got[1] and fields[label_key(got[0])] >= 2:
            return True
        if got is not None:
            return False
        k -= 1
    return False


def _in_capitals(line: Line) -> bool:
    """Whether every word of a line with letters is printed in capitals ('DRIVEN BY
    EXPECTED BY'): a row of labels, no wrapped value's tail."""
    words = [w for w in line.text.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(w == w.upper() for w in words)


def _recurring_field(got: tuple[str, str] | None, fields: Counter[str]) -> bool:
    """Whether a line reads as a field, its label and a value, of a label other lines print
    too: a field whose value wrapped to the next line ('ASSISTANT Head of' over
    'Safeguarding', a label in capitals then its value), no label alone over a value."""
    return got is not None and bool(got[1]) and fields[label_key(got[0])] >= 2


def _ref_title(line: Line) -> bool:
    """Whether a line is a card's title: bold, opening with a dotted ref and going on in words
    ('D3.1   Offer every care leaver a review'). A label printed over it heads the cards that
    follow; the title is never that label's value."""
    first, _, rest = " ".join(line.text.split()).partition(" ")
    return bool(line.bold and rest and dotted_ref(first))


def _over(label: Line, value: Line) -> bool:
    """Whether a label printed alone may stand over the line under it: it starts before that
    line ends (over it, or at its left as a label column sets it: an activity feed's labels sit
    left of their indented values); a status pill set at a list cell's right edge, clear past
    the title lines under it, labels none of them."""
    return label.x0 < value.bbox[2]


def _section_head(
    lines: Sequence[Line],
    parsed: Sequence[tuple[str, str] | None],
    fields: Sequence[int],
    opening: str,
    groups: Sequence[Sequence[int]],
) -> set[str]:
    """Labels of a section's head, not of its cards: the run of fields before the first card
    (no opening label among them, on the page the first card opens) whose labels each come
    back fewer times than the cards do ('Chair: ...', 'Members: ...' over each workstream's
    deliverables). Labels that do not recur card after card head the cards; read as fields
    they make a card of their own and run on into the card above the next section."""
    if len(groups) < 3 or any(lines_key(parsed, i) == opening for i in groups[0]):
        return set()
    first = groups[1][0]
    if lines[groups[0][0]].page != lines[first].page or lines_key(parsed, first) != opening:
        return set()
    counts = Counter(lines_key(parsed, i) for i in fields)
    keys = {lines_key(parsed, i) for i in groups[0]}
    if len(keys) < 2 or any(counts[k] >= counts[opening] for k in keys):
        return set()
    return keys


def lines_key(parsed: Sequence[tuple[str, str] | None], i: int) -> str:
    p = parsed[i]
    return label_key(p[0]) if p is not None else ""


def _group(
    lines: Sequence[Line],
    parsed: Sequence[tuple[str, str] | None],
    fields: Sequence[int],
    opening: str | None,
    box: Mapping[int, int] | None = None,
) -> list[list[int]]:
    """Field lines grouped by card: a new card where a label comes back, or at the opening one,
    or in another box."""
    groups: list[list[int]] = []
    seen: set[str] = set()
    for i in fields:
        key = lines_key(parsed, i)
        prev = groups[-1][-1] if groups else None
        apart = prev is None or lines[prev].page != lines[i].page
        apart = apart or (prev is not None and not _together(lines[prev], lines[i], box))
        apart = apart or (prev is not None and _titled_between(lines, prev, i))
        if apart or key in seen or (key == opening and groups):
            groups.append([i])
            seen = {key}
        else:
            groups[-1].append(i)
            seen.add(key)
    return groups


def _titled_between(lines: Sequence[Line], prev: int, i: int) -> bool:
    """A bold line led by a ref stands between two field lines: a card's title, so the field
    under it opens that card. General shape: notes labelled like fields ('Cause: ...', one by
    each action of a drawn chart) set apart from the cards; where such a note is the label
    found to open the cards, the fields under the next card's title ran on in the note's card,
    the title read as the note's wrap, and that card was lost.

    Only where the field under the title prints its label ('Owner: ...', 'Owner - ...'): a
    strip of values parted by gaps ('Leon Fairweather   31-Jul-2027   Complete', icons
    between) has no label of its own, its first value read as one; cut at each title, every
    strip became a card of one field and those cards took the plan from the strip reader
    (owners, dates and whole actions lost)."""
    text = " ".join(lines[i].text.split())
    if _COLON.match(text) is None and _DASH.match(text) is None:
        return False
    return any(
        lines[k].bold and LEADING_REF.match(lines[k].text) is not None for k in range(prev + 1, i)
    )


def _with_neighbours(
    lines: Sequence[Line],
    parsed: Sequence[tuple[str, str] | None],
    fields: list[int],
    pitch: float,
) -> list[int]:
    """The field lines with those of labels seen once that stand in a run of recurring ones,
    one field pitch apart: a page that opens inside a card shows that card's first fields
    once, as the page break left its last ones alone on the page before."""
    found = set(fields)
    grew = True
    while grew:
        grew = False
        for i, p in enumerate(parsed):
            if p is None or i in found:
                continue
            near = [
                j for j in (i - 1, i + 1)
                if j in found and lines[j].page == lines[i].page
                and abs(lines[j].top - lines[i].top) <= 1.3 * pitch
            ]  # fmt: skip
            if near:
                found.add(i)
                grew = True
    return sorted(found)


def _spaced_opening(
    lines: Sequence[Line],
    parsed: Sequence[tuple[str, str] | None],
    fields: Sequence[int],
    pitch: float,
) -> str | None:
    """The label that opens each card where the cards stand apart (a gap, a rule or a title
    between them): the label set off most from the line above it (or, cards with titles, from
    the field above it), when it is set off clearly more than the fields within a card are. A page that opens in the middle of a card
    shows the cycle of labels from its middle, so which label comes first on the page does
    not tell."""
    line_gaps: dict[str, list[float]] = {}  # from the line above: a wrapped value is no gap
    field_gaps: dict[str, list[float]] = {}  # from the field above: a title between is one
    for a, b in zip([-1, *fields], fields, strict=False):
        for gaps, k in ((line_gaps, b - 1), (field_gaps, a)):
            above, line = lines[k] if k >= 0 else None, lines[b]
            if above is not None and line.page == above.page and line.top > above.top:
                gaps.setdefault(lines_key(parsed, b), []).append(line.top - above.bottom)
    return _most_apart(line_gaps, pitch) or _most_apart(field_gaps, pitch)


def _most_apart(gaps: Mapping[str, list[float]], pitch: float) -> str | None:
    """The label whose median gap above it is clearly the widest, else None."""
    if len(gaps) < 2:
        return None
    spread = {k: statistics.median(v) for k, v in gaps.items()}
    ranked = sorted(spread, key=lambda k: spread[k], reverse=True)
    first, second = spread[ranked[0]], spread[ranked[1]]
    if first < 1.5 * pitch or first < 2.0 * max(second, 1.0):
        return None
    return ranked[0]


def _pitch(lines: Sequence[Line], fields: Sequence[int]) -> float:
    """The distance from one field line to the next within a card (their baseline pitch)."""
    steps = [
        lines[b].top - lines[a].top
        for a, b in zip(fields, fields[1:], strict=False)
        if b == a + 1 and lines[a].page == lines[b].page and lines[b].top > lines[a].top
    ]
    if steps:
        low = min(steps)
        return statistics.median([s for s in steps if s <= 2.0 * low])
    first = lines[fields[0]]
    return 1.25 * max(first.bottom - first.top, first.font_size)


def _title(
    lines: Sequence[Line],
    i: int,
    floor: int,
    pitch: float,
    box: Mapping[int, int] | None = None,
    pass_beside: bool = True,
) -> list[Line]:
    """The card's title: the lines of one style just above its first field, up from its number;
    an edit stamp between them ('Last edited by X on <date>', edit_stamps) is passed over, its
    editor and date no field of the card and no line of its title. A line of the column beside
    (_beside) is passed over only where the card has a title of its own column: where it has
    none, a title read with the lines beside whose top line stands level with the first field,
    a labelled one, is the card's after all (a card wrapped across a page's columns: its title
    at the head of the left, its fields level with it at the head of the right); a title beside
    opening higher is another card's (callouts side by side), and unlabelled values level with
    a text are a table's row: the card keeps none."""
    first = lines[i]
    title: list[Line] = []
    passed = False
    k = i - 1
    below = first  # the line the title stands over: the first field, or the stamp over it
    while k >= floor and lines[k].page == first.page and is_edit_stamp(lines[k].text):
        below, k = lines[k], k - 1
    while k >= floor and len(title) < MAX_TITLE_LINES:
        ln = lines[k]
        if ln.page != first.page or not _together(ln, first, box):
            break
        if _pill_beside(lines, k, floor):
            k -= 1  # a status pill level with a title line, right of it: the card's chip
            continue  # (_edge_chips), no line of the title, which goes on above it
        if pass_beside and _beside(ln, first):
            passed = True
            k -= 1  # a line of the column beside the card's (what was found, left of the
            continue  # actions), level with its title: no line of the title, passed over
        if not title:
            if below.top - ln.top > TITLE_GAP * pitch * _scale(ln, first):
                break
        else:
            top = title[0]
            if (
                LEADING_REF.match(top.text)
                or heading(top.text) is not None
                or _tab_edge(top) is not None
            ):
                break  # a numbered title starts at its number ('Action 2.1<tab>...' too)
            # the title's top line carries on the sentence of the line above (a bold ref
            # makes the first line bold, the wrap is in body type), else one style, one pitch
            # a line of chips alone ('#115 rec: 2') is the title's labels wrapped under it,
            # in the chips' own type: the title goes on above it, its style unweighed but not
            # its distance (a section heading far above is no line of the title)
            if not _runs_on(ln, top) and not _figure_runs_on(ln, top) and (
                (not _chips_alone(title)
                 and (abs(ln.font_size - top.font_size) > 0.6 or ln.bold != top.bold))
                or top.top - ln.top > WRAP * pitch * _scale(top, first)
            ):  # fmt: skip
                break
        title.insert(0, ln)
        k -= 1
    if passed and not title:
        wrapped = _title(lines, i, floor, pitch, box, pass_beside=False)
        level = wrapped and abs(wrapped[0].top - first.top) <= 0.5 * (first.bottom - first.top)
        if level and _COLON.match(first.text):  # a labelled field, level with the title: a
            return wrapped  # card's carried over (a row's values level with its text are not)
    return title


def _pill_beside(lines: Sequence[Line], k: int, floor: int) -> bool:
    """Whether lines[k] is a status pill set right of the line read next to it (the title's
    first line, read before or after it by height): level with it, a gap apart (edge_chip),
    its words a status (_status_apart). A wrapped title read up from its first field would
    stop at the pill, and keep only its last line ('chronology')."""
    ln = lines[k]
    for j in (k - 1, k + 1):
        if floor <= j < len(lines) and edge_chip(
            lines[j], [ln], (), partial(_status_apart, title=[lines[j]])
        ):
            return True
    return False


BESIDE_WORDS = 3  # words, at the least, of a line of prose in the column beside a card's


def _beside(line: Line, first: Line) -> bool:
    """A line of prose in the column beside the card's, clear of its first field's width: no
    line of its title (a ref's badge left of the title is a word or two, and is the title's)."""
    clear = line.bbox[2] < first.bbox[0] or line.bbox[0] > first.bbox[2]
    return clear and len(line.text.split()) >= BESIDE_WORDS


def _figure_runs_on(line: Line, below: Line) -> bool:
    """A numbered title's first line (its ref in bold, so the line reads bold) carried on by a
    line opening with a figure of its sentence ('3.2 Offer every care leaver aged' over '21 to
    25 a review ...'): as a line opening in lower case does (_runs_on), where the figure opens
    no numbered item or heading of its own."""
    text = below.text.lstrip()
    if not text[:1].isdigit() or LEADING_REF.match(line.text) is None:
        return False
    if LEADING_REF.match(text) is not None or heading(text) is not None:
        return False
    lowered = Line("x" + text[1:], below.bbox, below.font_size, below.bold, below.page, below.index)
    lowered.words = []
    return _runs_on(line, lowered)


def _chips_alone(title: Sequence[Line]) -> bool:
    """Whether the title read so far (from below) is lines of label chips alone."""
    return all(chip_line(ln.text) for ln in title)


def _title_chips(cards: Sequence[_Card], known: Mapping[str, str | None]) -> None:
    """The label chips ('rec: 2', 'status: at-risk') and the number ('#128') printed at the end
    of each card's title (title_chips), as fields of the card, out of its title: the chip's key
    its label, the number the card's ref. A key counts where two cards or more end their titles
    with it, or the plan's other cards use it (a title ending 'in phase: 2' once keeps those
    words); the number where two cards or more print one, or it stands before counted chips."""
    tails = {id(c): title_tail(_title_text(c).split()) for c in cards if c.title}
    keys = Counter(
        k for t in tails.values() if t is not None for k in {label_key(a) for a, _ in t.chips}
    )
    numbers = sum(1 for t in tails.values() if t is not None and t.number is not None)
    for c in cards:
        tail = tails.get(id(c))
        if tail is None:
            continue
        k = len(tail.chips)  # the chips read: the run of counted keys at the title's very end
        while k > 0 and (keys[label_key(tail.chips[k - 1][0])] >= 2 or
                         label_key(tail.chips[k - 1][0]) in known):  # fmt: skip
            k -= 1
        chips = tail.chips[k:]
        number = tail.number if k == 0 and (numbers >= 2 or chips) else None
        c.chip_words = sum(1 + len(v.split()) for _, v in chips) + (number is not None)
        if not c.chip_words:
            continue
        rest = _lines_of_words(c.title, c.chip_words)
        if number is not None:
            c.fields.append(_Field(NUMBER_LABEL, NUMBER_KEY, number, rest, True))
        for a, v in chips:
            c.fields.append(_Field(header_label(a), label_key(a), v, rest, True))


def _lines_of_words(lines: Sequence[Line], last: int) -> list[Line]:
    """The lines that hold the last `last` words of these lines."""
    out: list[Line] = []
    for ln in reversed(lines):
        if last <= 0:
            break
        out.insert(0, ln)
        last -= len(ln.text.split())
    return out


def _runs_on(line: Line, below: Line) -> bool:
    """The line below carries on the line's sentence at its own line spacing (a title in larger
    type than the fields, whose lines stand further apart than the fields' pitch): it opens in
    lower case, at the same left edge, a line's spacing down, after no sentence end. A numbered
    paragraph set with a hanging indent ('2.1<tab>Revise ...') wraps under its text, not its
    number: that edge is the same edge. Centred type (a stepped box's title, centred in each
    course) wraps under the same middle, its left edge further in: that middle is the edge."""
    return (
        below.text[:1].islower()
        and (abs(below.font_size - line.font_size) <= 0.6 or tag_led_wrap(line, below))
        and (
            abs(below.x0 - line.x0) <= line.font_size
            or abs(below.x0 - _hung_edge(line)) <= line.font_size
            or _centred_under(line, below)
        )
        and below.bottom - line.bottom <= LINE_SPACING * line.font_size
        and not line.text.rstrip().endswith((".", ":", ";", "?", "!"))
    )


def _centred_under(line: Line, below: Line) -> bool:
    """The line below is centred under the line, no wider than it: the same middle (within
    a font size), its left edge further in."""
    (x0, _, x1, _), (u0, _, u1, _) = line.bbox, below.bbox
    return abs((x0 + x1) / 2 - (u0 + u1) / 2) <= line.font_size and u1 - u0 < x1 - x0


def _hung_edge(line: Line) -> float:
    """Where a numbered line's text starts after its number (its hanging indent's edge); the
    line's own left edge when it opens with no number. A label and its number set off from
    the text by a tab stop ('Action 2.1<tab>Convert ...', a label | value block with no rules)
    hang the text at that stop: the wrap is under the text, not the label."""
    tab = _tab_edge(line)
    if tab is not None:
        return tab
    if not LEADING_REF.match(line.text) or len(line.words) < 2:
        return line.x0
    return line.words[1].x0


def _tab_edge(line: Line) -> float | None:
    """Where the text starts after a short numbered label set off by a tab-wide gap ('Action
    2.1', 'Item 3'); None when the line opens with no such label."""
    words = line.words
    k = len(_tab_label(line).split())
    return words[k].x0 if k else None


def _tab_label(line: Line) -> str:
    """The numbered label ('Action 2.1') a line opens with, set off from its text by a
    tab-wide gap; '' when there is none."""
    words = line.words
    height = max(line.bottom - line.top, 1.0)
    for k in range(1, min(3, len(words) - 1) + 1):
        if words[k].x0 - words[k - 1].x1 >= TAB_GAP * height:
            label = " ".join(w.text for w in words[:k])
            return label if _REF_LINE.match(label) else ""
    return ""


def _ref_line(lines: Sequence[Line], k: int, floor: int) -> list[Line]:
    """The line just above a title that holds only its reference ('Item 1.1', 'Seq. 2.3')."""
    if k - 1 < floor or k >= len(lines):
        return []
    ln, title = lines[k - 1], lines[k]
    if ln.page != title.page or not 0 < title.top - ln.top <= 3 * height(title):
        return []
    return [ln] if _REF_LINE.match(" ".join(ln.text.split())) else []


def _badge_apart(card: _Card) -> None:
    """A line of the title holding only a ref ('1a', 'Item 2.1') and standing wholly left of the
    title's other lines (a badge beside the card's text, level with its title, read in among its
    lines by height: 'Recruit twenty ... campaign 1a', '... financial 1c offer') is the card's
    ref, out of its title, as a ref line printed over the title is (_ref_line). One such line
    alone: two are a column of something else."""
    if card.ref or len(card.title) < 2:
        return
    refs = [ln for ln in card.title if _BADGE.match(" ".join(ln.text.split()))]
    if len(refs) != 1:
        return
    rest = [ln for ln in card.title if ln is not refs[0]]
    if refs[0].bbox[2] < min(ln.bbox[0] for ln in rest):
        card.ref, card.title = refs, rest


def _scale(ln: Line, field_line: Line) -> float:
    """How much larger this line's type is than the fields' (a heading's lines are further apart)."""
    return max(1.0, ln.font_size / max(field_line.font_size, 1.0))


def _continue(
    card: _Card,
    lines: Sequence[Line],
    start: int,
    stop: int,
    pitch: float,
    box: Mapping[int, int] | None = None,
) -> None:
    """Lines right after a card's last field, at its line pitch and size, carry its value on;
    a line that starts right of where the value starts does not (_set_apart)."""
    last = card.fields[-1]
    number = _card_number(card)
    for ln in lines[start:stop]:
        prev = last.lines[-1]
        if (
            ln.page != prev.page
            or not _together(ln, prev, box)
            or not 0 < ln.top - prev.top <= WRAP * pitch
            or abs(ln.font_size - prev.font_size) > 0.6
            or _set_apart(last, ln)
            or _restyled(ln, prev)
            or _sub_item(ln, number)
            or is_edit_stamp(ln.text)  # the card's review stamp under its last value
        ):
            return
        last.lines.append(ln)


# an outline number one level under a card's own ('2.3.1' or '2.3a' under '2.3'), alone or
# over an item's text, which opens with a capital ('2.3.1 Agree ...'; '3.5 million' is words)
_SUB_LEVEL = r"(?:\.\d{1,3}|[a-z]|\([a-z]\))\.?(?:\s+[A-Z]|\s*$)"
_OUTLINE_NUMBER = re.compile(
    r"^(?:[A-Za-z][A-Za-z.]{0,11} )?(?P<num>\d{1,3}(?:\.\d{1,3})*)\.?(?:\s|$)"
)


def _card_number(card: _Card) -> str | None:
    """The outline number the card's ref line or title opens with ('2.3', 'Action 2.3'), or
    None: the number its sub-items extend (_sub_item)."""
    first = card.ref[0] if card.ref else card.title[0] if card.title else None
    if first is None:
        return None
    m = _OUTLINE_NUMBER.match(" ".join(first.text.split()))
    return m.group("num") if m else None


def _sub_item(ln: Line, number: str | None) -> bool:
    """Whether a line opens with an outline number one level under the card's own ('2.3.1
    Agree the audit questions' under action '2.3'): an item of the outline's next level (a
    step towards the action, printed under its fields), never a wrap of the card's last value,
    which runs on as words, not as a new number. The number is the evidence, whatever the
    line's type or ink: a wrap that opened with the card's own number and one level more is
    a numbering, not prose."""
    if number is None:
        return False
    return re.match(rf"^{re.escape(number)}{_SUB_LEVEL}", ln.text.strip()) is not None


INK_SIZE_STEP = 0.2  # points: type this much smaller or larger is set in another style


def _restyled(ln: Line, prev: Line) -> bool:
    """Whether a line under a card's last value is set in another ink AND another type size
    than that value ends in (a card's small grey footnote, 'Reviewed 3 Aug 2026 by ...', under
    its black 'Due: Week 37 of 2026'): a note of the card's own, no wrap of the value, which
    runs on in the ink and size it was printed in. Either alone is no evidence (a value's
    words in a second ink, a line a point smaller)."""
    ink, end = ln.colour, prev.end_colour or prev.colour
    return (
        ink is not None
        and end is not None
        and ink != end
        and abs(ln.font_size - prev.font_size) > INK_SIZE_STEP
    )


def _set_apart(f: _Field, ln: Line) -> bool:
    """Whether a line under a field starts right of where the field's value starts on its
    first line: a figure set flush right under it (a receipt's price at the item's end), no
    wrap of the value, which runs on at the value's edge (a hanging value) or left of it."""
    first = f.lines[0]
    n = len(f.label.split())
    if f.whole or not first.words or len(first.words) <= n:
        return False
    return ln.x0 > first.words[n].x0 + 0.5 * max(ln.bottom - ln.top, 1.0)


def _post_head(lines: Sequence[Line], floor: int, start: int) -> dict[int, _Field]:
    """The byline and breadcrumb over a post's title (post_heads), by line index, as the
    card's fields: who posted it as its owner, where it was posted as its recommendation.
    Empty for a card with no such head, or one whose head lines are not right over its title
    (two lines of a head, then a title of up to MAX_TITLE_LINES)."""
    found: dict[int, _Field] = {}
    for i in range(max(floor, start - MAX_TITLE_LINES - 2), start):
        text = lines[i].text
        if (by := byline(text)) is not None:
            found[i] = _Field(BYLINE_LABEL, BYLINE_KEY, by[1], [lines[i]], True)
        elif (link := crumb_link(text)) is not None:
            found[i] = _Field(CRUMB_LABEL, CRUMB_KEY, link, [lines[i]], True)
    return found


def _untitled(cards: Sequence[_Card]) -> bool:
    """Whether the cards are blocks of fields with no title of their own: no block stands
    under a line of its own (a line that labels a recommendation, 'Finding 2: ...' or 'R2 –
    ...', is the section's heading, however close above its first block; a short numbered
    caption, 'Commitment 2 of 5', names no action: _no_title), or half the blocks
    or more (two at least) open straight after the block above, their labels the same set
    block after block. (Whether one of the fields reads as the action decides it:
    find_cards.) A definition list or form per action prints the action as one of its fields
    ('Step: ...'), whatever its label says, and which field it is is read from the values
    (column_roles)."""
    blocks = [c for c in cards if len(c.fields) >= 2]
    bare = [c for c in blocks if not c.title]
    titled = [c for c in blocks if c.title and not _no_title(_title_text(c))]
    return bool(blocks) and not titled or len(bare) >= 2 and 2 * len(bare) >= len(blocks)


def _no_title(text: str) -> bool:
    """A line above a card that does not name its action: a recommendation's label and text
    (the section's heading) or a short numbered caption ('Commitment 2 of 5', 'Card 3')."""
    short = len(text.split()) <= CAPTION_WORDS and any(ch.isdigit() for ch in text)
    return short or section_label(text)


def _title_text(card: _Card) -> str:
    return join_text(ln.text for ln in card.title)


def _is_card(card: _Card, known: Mapping[str, str | None]) -> bool:
    """A title (or a field naming the action) and at least two fields."""
    if len(card.fields) < 2:
        return False
    return bool(card.title) or any(known.get(f.key) == "action" or
                                   header_role(f.label) == "action" for f in card.fields)  # fmt: skip


# --------------------------------------------------------------------------- reading cards


@dataclass(slots=True)
class _Reading:
    kind: str
    keys: list[str | None]  # the column each key is read into; None: the title column
    roles: list[str | None]
    labels: list[str]
    title_col: int | None  # the column the title goes to (None: a field names the action)
    reading: TableRoles


def _reading(cards: Sequence[_Card], known: Mapping[str, str | None] | None) -> _Reading | None:
    """The column reading of a run of cards: one column per label, in the cards' order."""
    known = known or {}
    order: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for c in cards:
        for pos, f in enumerate(c.fields):
            order.setdefault(f.key, []).append(pos)
            labels.setdefault(f.key, f.label)
    keys = sorted(order, key=lambda k: (statistics.mean(order[k]), k))
    # a chip is a status by where it stands (card_grid), whatever its words
    stated = [
        known[k] if k in known else _UNLABELLED.get(k) or header_role(labels[k]) for k in keys
    ]
    # a chip is the status by its place: a label naming a status over sentences beside it
    # ('Status message: Draft agreed by partners; ...') is a note on the work, no second
    # status (read as one, the chip's status was lost): its values decide its role
    notes = {
        k for k, r in zip(keys, stated, strict=True)
        if CHIP_KEY in keys and r == "rag" and k != CHIP_KEY
        and _mostly_prose([_text(c, k) for c in cards])
    }  # fmt: skip
    stated = [None if k in notes else r for k, r in zip(keys, stated, strict=True)]
    # a label whose values are all printed in inks of their own is the status (_inked_labels)
    # (a label naming a figure too: its inked values were words, no figure: _may_ink)
    inked = {f.key for c in cards for f in c.fields if f.inked}
    stated = [
        "rag" if k in inked and (r is None or r in KPI_FIGURES) else r
        for k, r in zip(keys, stated, strict=True)
    ]
    # a label naming a figure makes KPI cards where its values are figures, not sentences
    # ('Latest happenings: Recruitment under way; two posts filled' is a progress note)
    # and where some value holds a figure: words alone ('Current: Still at source') are no
    # measure's reading, whatever the label's name
    figures = {
        r for k, r in zip(keys, stated, strict=True)
        if r in KPI_FIGURES and not _mostly_prose(texts := [_text(c, k) for c in cards])
        and any(re.search(r"\d", t) for t in texts)
    }  # fmt: skip
    kind = KPI_TABLE if figures and "owner" not in stated else ACTION_TABLE
    text_role = "indicator" if kind == KPI_TABLE else "action"
    titled = any(c.title for c in cards)
    title_col: int | None = None if text_role in stated or not titled else 0
    cols: list[str | None] = [None, *keys] if title_col == 0 else list(keys)
    header: list[str | None] = [text_role, *stated] if title_col == 0 else list(stated)
    names = (["Title"] if title_col == 0 else []) + [labels[k] for k in keys]
    columns = [[_text(c, key) for c in cards] for key in cols]
    roles = settle_roles(header, kind, columns)
    reading = read_roles(kind, roles, names, columns)
    # a label no vocabulary knows over updates (or one overruled above): the progress
    card_update_notes(reading, columns, {n for n, k in enumerate(cols) if k in notes})
    for k, col in zip(cols, reading.columns, strict=True):
        if k is None:
            col.evidence.insert(0, CARD_EVIDENCE)
        elif k in known:
            col.evidence.insert(
                0, f"card label {col.label!r} read as {known[k]} in the plan's cards"
            )
        else:
            col.evidence.insert(0, f"card label {col.label!r} on {len(order[k])} cards")
    if not NEEDS & set(reading.roles) and not known:
        return None
    if not titled and text_role not in reading.roles:
        return None  # untitled blocks none of whose fields reads as the action
    return _Reading(reading.kind or kind, cols, reading.roles, names, title_col, reading)


def _mostly_prose(values: Sequence[str]) -> bool:
    """Half or more of the filled values are sentences (cell_types)."""
    counts = type_counts(values)
    return bool(counts) and counts[CellType.prose] * 2 >= sum(counts.values())


def _text(card: _Card, key: str | None) -> str:
    if key is None:
        texts = [ln.text for ln in card.title]
        if texts:  # a listing's type badge ('ACTION 2.1 ...') is the item's kind, not its text
            texts[0] = without_badge(texts[0], card.title[0])
        if card.code is not None and texts:  # number and code are fields (_title_codes)
            texts[0] = " ".join(texts[0].split()).partition(f" {card.code}")[2].strip()
        title = join_text(texts)
        if card.chip_words:  # its label chips are fields (_title_chips)
            title = " ".join(title.split()[: -card.chip_words])
        ref = " ".join(card.ref[0].text.split()) if card.ref else ""
        m = _REF_LINE.match(ref) or _BADGE.match(ref) if card.ref else None
        if m is None and card.title and _tab_edge(card.title[0]) is not None:
            label = _tab_label(card.title[0])  # 'Action 2.1<tab>Convert ...': '2.1 Convert ...'
            m = _REF_LINE.match(label)
            title = " ".join(title.split()[len(label.split()) :])
        if m is None and any(f.key in (BYLINE_KEY, CRUMB_KEY) for f in card.fields):
            return code_first(title)  # a post's title closing with its code: '... (ACT-044)'
        return f"{m.group('ref')} {title}" if m and not LEADING_REF.match(title) else title
    for f in card.fields:
        if f.key == key:
            if f.whole:
                return f.value
            return _inked(f, join_text([f.value, *(ln.text for ln in f.lines[1:])]).strip())
    return ""


INK_WORDS = 4  # a status inked in its colour is a few words: 'OUT OF STOCK', 'Simmering'
_INK_ROLES = {None, "rag", "other"}  # labels that may print a status: no owner's, no date's


def _ink(f: _Field) -> str | None:
    """The colour a field's value ends in where it is not its label's ('#9e9e9e'), for a value
    of a few words that is no date under a label that may print a status; else None. A value
    wrapped onto the next line ('Status:' ending a line, 'Delayed' in red under it) ends in its
    last line's ink."""
    first, end = f.lines[0], f.lines[-1].end_colour  # a value wrapped on: its last line's ink
    if f.whole or first.colour is None or end in (None, first.colour):
        return None
    value = join_text([f.value, *(ln.text for ln in f.lines[1:])]).strip()
    words = re.findall(r"[A-Za-z]+", value)
    if not words or len(words) > INK_WORDS or parse_due(value) is not None:
        return None
    return end if _may_ink(f.label, value) else None


def _may_ink(label: str, value: str) -> bool:
    """Whether a label may print a status in ink: one of no role of its own, or a status's; or
    one naming a KPI figure ('Current', 'Latest') over a value with no figure in it (a word
    is no measure's reading: 'Current: Dammed' in red is a status)."""
    role = header_role(label)
    return role in _INK_ROLES or role in KPI_FIGURES and not re.search(r"\d", value)


def _inked_labels(cards: Sequence[_Card]) -> None:
    """Mark as inked the fields of each label (no role of its own) whose values, on two
    cards or more, are all printed in an ink other than the label's, in two inks or more of
    which one at least is a RAG colour ('STOCK' in black over '** LOW STOCK **' in amber, '**
    PURCHASED **' in blue, '** ON ORDER **' in grey): the inks are the evidence the label's
    values are the status, a grey one a status of no colour (a state, or a word left unread
    and said), read so even on a card that is a run of its own (a price set apart between the
    cards parts them). Values all in one ink are styled so, no status told by colour."""
    by_key: dict[str, list[_Field]] = {}
    for c in cards:
        for f in c.fields:
            by_key.setdefault(f.key, []).append(f)
    for fields in by_key.values():
        inks = [_ink(f) for f in fields]
        if len(fields) < 2 or any(i is None for i in inks):
            continue
        if len(set(inks)) < 2 or not any(rag_from_fill(i) is not None for i in inks):
            continue  # one ink for all: the values' style, no status told by colour
        for f in fields:
            f.inked = True


def _inked(f: _Field, text: str) -> str:
    """A field's value printed in a RAG colour other than its label's ('AVAILABILITY' in
    black, '** LOW STOCK **' in amber) with its colour named after it ('** LOW STOCK **
    (amber)'), as a note's inked status is (plan_prose.inked_status): the colour is the
    evidence the words are the status, whatever they say, and the RAG normaliser reads the
    colour named in brackets; the column's role is then read from its values as any card
    label's is; the marks printed round the words ('**') go. A value of more than INK_WORDS words, a date, a colour that is no RAG colour
    (grey: a state, or words left unread and said) or a label the vocabulary gives another
    role is left as printed."""
    first, end = f.lines[0], f.lines[-1].end_colour  # a value wrapped on: its last line's ink
    if first.colour is None or end in (None, first.colour):
        return text
    colour = rag_from_fill(end)
    words = re.findall(r"[A-Za-z]+", text)
    if colour is None or not words or len(words) > INK_WORDS or parse_due(text) is not None:
        return text
    if not _may_ink(f.label, text) or normalise_rag(text) == colour:
        return text
    return f"{strip_marks(text) or text} ({colour})"  # the marks round it repeat the status


def _table(run: Sequence[_Card], r: _Reading) -> list[Element]:
    if not run:
        return []
    rows = [_row(c, r) for c in run]
    if r.title_col is not None:
        _bold_numbers(run, rows, r.title_col)
    top = _card_lines(run[0])[0]
    heads = [next((f for f in c.fields if f.key == BYLINE_KEY), None) for c in run]
    if r.title_col is not None and all(heads):  # posts: printed in the order they were posted
        posted = [posted_on(f.lines[0].text) if f is not None else None for f in heads]
        order = plan_order([_title_text(c) for c in run], posted)
        rows = [rows[k] for k in order] if order is not None else rows
    table = PlanTable(r.kind, list(r.roles), list(r.labels), rows, top.page, top.top, [], r.reading)
    return [Element(top.page, top.top, table=table)]


_BOLD_NUMBER = re.compile(r"^(\d{1,2}) (?=[A-Z][a-z])")  # '7 Launch a campaign ..'


def _bold_numbers(run: Sequence[_Card], rows: list[Row], col: int) -> None:
    """A bare number opening each title of a run, the line set bold from its first character,
    is the card's ref ('<b>7</b> Launch a recruitment campaign ..', a callout's marker number
    printed at the head of its box): its title cell then reads '7. Launch ..', the number split
    off as any ref leading an action's text is (plan_columns.LEADING_REF). Only where two
    cards or more all open so, with numbers all different: one title led by a number ('3 Hold
    ..') may be a count, a run of distinct ones is a numbering."""
    if len(run) < 2 or len(rows) != len(run):
        return
    cells = [r.cells[col] for r in rows]
    found = [_BOLD_NUMBER.match(c.text) if c is not None else None for c in cells]
    if not all(found) or not all(c.title and c.title[0].bold for c in run):
        return
    numbers = [m.group(1) for m in found if m]
    if len(set(numbers)) < len(numbers):
        return
    for row, m in zip(rows, found, strict=True):
        cell = row.cells[col]
        if cell is not None and m is not None:
            text = f"{m.group(1)}. {cell.text[m.end() :]}"
            row.cells[col] = _cell(cell.lines, text)


def _row(card: _Card, r: _Reading) -> Row:
    cells: list[Cell | None] = []
    for key in r.keys:
        if key is None:
            cells.append(_cell(card.title, _text(card, None)))
            continue
        f = next((f for f in card.fields if f.key == key), None)
        cells.append(None if f is None else _cell(f.lines, _text(card, key)))
    page = _card_lines(card)[0].page
    return Row(cells=cells, page=page, merged_above=[False] * len(cells))


def _cell(lines: list[Line], text: str) -> Cell:
    box = (
        min(ln.x0 for ln in lines), min(ln.top for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bottom for ln in lines),
    )  # fmt: skip
    # the cell's own text (a field's value without its label) as its one line
    line = Line(text, box, lines[0].font_size, lines[0].bold, lines[0].page, lines[0].index)
    line.colour = line.end_colour = _value_ink(lines, text)
    line.words = []
    return Cell(text, box, [line])


def _value_ink(lines: Sequence[Line], text: str) -> str | None:
    """The one ink a field's value is printed in, else None. Why: a card prints its status in
    the status's colour ('Headway: Gathering pace' in green), often in words no vocabulary
    knows; the value's cell is made anew from its text, and without the ink the status column's
    inks (inked_status_column) had nothing to read and every such status was lost. The value
    is the end of the field's lines (its label opens the first): the lines after the first are
    all value, and of the first, the words the value's text ends on."""
    inks = {ln.end_colour for ln in lines} | {ln.colour for ln in lines[1:]}
    if len(inks) != 1 or None in inks:
        return None
    ink = next(iter(inks))
    if lines[0].colour == ink:
        return ink
    head = len(text.split()) - sum(len(ln.text.split()) for ln in lines[1:])
    words = lines[0].words[-head:] if head > 0 else []
    return ink if words and all(w.colour == ink for w in words) else None


# --------------------------------------------------------------------------- across pages


def read_in_boxes(el: Element, page: Page) -> bool:
    """A card table read from boxes the page draws round its cards (_adopt_barred): each of
    its lines stands inside a box of one cell, of a card's lines or more. Such boxes were
    read box by box, each its own flow; a row of them is no text set in columns to read
    again. So is a table read from drawn card shapes (drawn_cards), each shape on its own."""
    from plantrace.extractors.drawn_cards import read_in_shapes  # builds on this module

    if el.table is not None and read_in_shapes(el.table):
        return True
    if el.table is None or not is_card_table(el.table):
        return False
    lines = [ln for r in el.table.rows for c in r.cells if c is not None for ln in c.lines]
    if not lines or any(ln.page != page.number for ln in lines):
        return False
    boxes = [
        t.bbox for t in lattice_tables(page)
        if len(t.rows) == 1 and len(t.rows[0]) == 1 and t.rows[0][0] is not None
        and len(t.rows[0][0].lines) >= BOX_LINES
    ]  # fmt: skip
    # where each line starts: a strip run on from the line below is set on along its line
    return bool(boxes) and all(
        any(box_within((ln.bbox[0], ln.bbox[1], ln.bbox[0], ln.bbox[1]), b) for b in boxes)
        for ln in lines
    )


BOX_LINES = 3  # a box round a card holds its title and a field line at the least


def is_card_table(table: PlanTable) -> bool:
    """A table read from a run of cards (not from a ruled or aligned grid)."""
    r = table.reading
    return bool(
        not table.pieces and r is not None
        and any(e.startswith(("card title", "card label")) for c in r.columns for e in c.evidence[:1])
    )  # fmt: skip


def adopt_lone_cards(elements: list[Element]) -> list[Element]:
    """Paragraphs that hold a card labelled like the plan's other cards, read as cards too.

    A page reads its cards alone. A run's last card may stand alone at the top of the next page:
    its labels are known from the runs, so it needs no second card beside it. A deck or a
    template that prints one card a page has no run on any page: labels that come back page
    after page (at least two of them, naming who or when) make its cards.

    A card drawn in a box of its own (a feed's post) is found as a one-cell table where it
    stands alone: a page of such boxes is read as stripes, their lines as paragraphs, but the
    last post alone at the top of the next page stays a box and was lost. A one-cell box whose
    lines print two fields at least under the labels of the plan's card runs is read as its
    lines here (_boxed_lone_card).
    """
    known = _run_labels(elements)
    across_pages = not known
    if across_pages:
        known = _labels_across_pages(elements)
    if not known:
        return elements
    if not across_pages:
        elements = [_boxed_lone_card(el, known) or el for el in elements]
    out: list[Element] = []
    groups = _paragraph_groups(elements)
    adopted = 0
    for n, group in enumerate(groups):
        nxt = groups[n + 1][0] if n + 1 < len(groups) else None
        if group[0].table is not None or group[0].raw is not None:
            out.extend(group)
            continue
        if (
            across_pages and nxt is not None and nxt.table is not None
            and nxt.page == group[0].page and _label_of(group[-1].lines[-1]) in known
        ):  # fmt: skip
            out.extend(group)  # field lines right above a table speak for it: no card
            continue  # (a card above the table's own heading, 'Measures', is still a card)
        lines = [ln for el in group for ln in el.lines]
        if not across_pages and out and out[-1].table is not None:
            lines = _finish_card(out[-1].table, lines)  # a card broken by the page break
            if not lines:
                continue
            group = _paragraphs(lines) if len(lines) < sum(len(el.lines) for el in group) else group
        if across_pages:
            lines = trim_tally_lines(lines, known)
        fields = sum(_known_fields(ln, known) for ln in lines)
        # the card's strip of fields ('Lead: X; Due: Y; Status: Z') is split at the labels the
        # plan's other cards print (split_cards spells them from known): a lone card repeats
        # none of them within its own lines
        read = split_cards(lines, _paragraphs, known) if fields >= 2 else group
        tables = [el.table for el in read if el.table is not None]
        if across_pages and not any(NEEDS & set(t.roles) for t in tables):
            read, tables = group, []
        adopted += sum(len(t.rows) for t in tables)
        out.extend(read)
    if across_pages and adopted < 2:
        return elements  # one card a page needs two pages of them
    if across_pages:  # a memo's unlabelled body under its fields: the record's update
        from plantrace.extractors.record_bodies import adopt_record_bodies  # builds on this

        out = adopt_record_bodies(out)
    return _join_cut_cards(out)


def trim_tally_lines(lines: list[Line], known: dict[str, str | None]) -> list[Line]:
    """A record's closing tally ('Total Work: 0 hours  Actual Work: 0 hours'), set aside.

    A task or mail client prints bookkeeping fields after the record's body; read as fields they
    make the body above them a new card's title and the record's own fields are lost. Trailing
    lines whose every label is a bookkeeping one (role 'other') go, as the page's footer would."""
    end = len(lines)
    while end > 0:
        labels = re.findall(r"\b([A-Z%][\w%]*(?: [A-Za-z%][\w%]*){0,3}?)\s*:", lines[end - 1].text)
        keys = [label_key(x) for x in labels]
        if not keys or any(k not in known or known[k] != "other" for k in keys):
            break
        end -= 1
    return lines[:end] if 0 < end < len(lines) else lines


def _join_cut_cards(elements: list[Element]) -> list[Element]:
    """A card the page break cut in two, read as the last row of one page's run of cards and
    the first row of the next page's: the two rows fill different fields (the first none of
    those the second has), so they are one card, kept in the first row."""
    tables = [el.table for el in elements if el.table is not None]
    for a, b in zip(tables, tables[1:], strict=False):
        if not (is_card_table(a) and is_card_table(b)) or not a.rows or not b.rows:
            continue
        last, first = a.rows[-1], b.rows[0]
        if first.page != last.page + 1 or len(b.rows) < 2 and len(a.rows) < 2:
            continue
        cols = {label_key(x): i for i, x in enumerate(a.labels)}
        moved = {cols.get(label_key(x)): c for x, c in zip(b.labels, first.cells, strict=False)
                 if c is not None and c.text.strip()}  # fmt: skip
        if None in moved or not moved:
            continue
        taken = {i for i, c in enumerate(last.cells) if c is not None and c.text.strip()}
        if taken & set(moved) or len(taken) + len(moved) < len(a.labels) - 1:
            continue
        for i, c in moved.items():
            if i is not None and i < len(last.cells):
                last.cells[i] = c
        b.rows.pop(0)
    return [el for el in elements if el.table is None or el.table.rows]


def _boxed_lone_card(el: Element, known: Mapping[str, str | None]) -> Element | None:
    """A box of one cell (a table with no known header) whose lines print two fields at least
    under the labels the plan's card runs use, as a paragraph of those lines; else None. A
    panel drawn round the card (its section's panel carried over a page break, its edges the
    card's own at the top and foot) makes the box a row of three: the card between two empty
    slivers of margin, read as the card's box alone (_framed_cell)."""
    raw = el.raw
    if raw is None or el.table is not None or len(raw.rows) != 1:
        return None
    cell = _framed_cell(raw.rows[0])
    if cell is None or len(cell.lines) < BOX_LINES:
        return None
    if sum(_known_fields(ln, known) for ln in cell.lines) < 2:
        return None
    lines = sorted(cell.lines, key=lambda ln: (ln.top, ln.x0))
    return Element(el.page, lines[0].top, lines=lines)


FRAME_SLIVER = 0.25  # an empty cell this share of the filled one's width or less: a margin


def _framed_cell(cells: Sequence[Cell | None]) -> Cell | None:
    """The row's one cell where it is one cell, or one cell holding text between empty cells
    each a sliver beside it (a frame's margins ruled as cells); else None. Between: a sliver
    on one side only narrower than the card's type is the card's own accent rule (a thick
    coloured left edge: a stroke, where no character fits), no frame; its lines are left to the
    page's reading (taken from the box, a label row printed in two runs came apart and its
    capitals were read as an action's text). A sliver on one side as wide as a character or
    wider is space ruled off by a line standing apart from the card (a timeline's spine down
    the page beside a card set off it): the card is the filled cell, as between two."""
    if len(cells) == 1:
        return cells[0]
    filled = [c for c in cells if c is not None and c.lines]
    if len(filled) != 1:
        return None
    if filled[0] is cells[0] or filled[0] is cells[-1]:
        size = statistics.median(ln.font_size for ln in filled[0].lines)
        if any(
            c is not None and c is not filled[0] and c.bbox[2] - c.bbox[0] < size for c in cells
        ):
            return None  # a stroke's width on one side only: a card's accent rule, no frame
    width = filled[0].bbox[2] - filled[0].bbox[0]
    slivers = all(
        c is filled[0] or c is None or c.bbox[2] - c.bbox[0] <= FRAME_SLIVER * width for c in cells
    )
    return filled[0] if slivers else None


def _finish_card(table: PlanTable, lines: list[Line]) -> list[Line]:
    """The lines left once the fields opening a page that finish the previous page's last card
    (a card the page break cut after some of its fields) are put in that card's row."""
    if not is_card_table(table) or not table.rows or not lines:
        return lines
    row = table.rows[-1]
    if row.page != lines[0].page - 1:
        return lines
    cols = {label_key(x): i for i, x in enumerate(table.labels) if i < len(row.cells)}
    taken: list[tuple[int, str, list[Line]]] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        p = field_line(ln)
        key = label_key(p[0]) if p is not None else None
        free = (
            key in cols
            and row.cells[cols[key]] is None
            and all(c != cols[key] for c, _, _ in taken)
        )
        if p is not None and key is not None and free:
            taken.append((cols[key], p[1], [ln]))
        elif p is None and taken and ln.top - taken[-1][2][-1].top <= 1.6 * height(ln):
            taken[-1][2].append(ln)  # the value wraps
        else:
            break
        k += 1
    for col, value, lns in taken:
        row.cells[col] = _cell(lns, join_text([value, *(x.text for x in lns[1:])]).strip())
    return lines[k:] if taken else lines


def _known_fields(line: Line, known: Mapping[str, str | None]) -> int:
    """How many fields of the plan's card labels a line prints: one for a field line, each of
    them for a strip of fields run on along one line ('Lead: X; Due: Y; Status: Z')."""
    if _label_of(line) not in known:
        return 0
    text = text_key(line.text)
    return max(1, sum(1 for k in known if k and re.search(rf"(?<![\w-]){re.escape(k)}\s*:", text)))


def _label_of(line: Line) -> str | None:
    """The key of a field line's label, or of a line that is a label alone."""
    p = field_line(line)
    if p is not None:
        return label_key(p[0])
    text = " ".join(line.text.split()).rstrip(":").strip()
    return label_key(text) if len(text) <= MAX_LABEL_CHARS and _LABEL_ONLY.match(text) else None


def _run_labels(elements: Sequence[Element]) -> dict[str, str | None]:
    """label_key -> role of the labels of the card runs read so far."""
    known: dict[str, str | None] = {}
    for el in elements:
        t = el.table
        if t is None or not is_card_table(t) or t.reading is None:
            continue
        for c in t.reading.columns:
            if not c.evidence or not c.evidence[0].startswith("card title"):
                known.setdefault(label_key(c.label), c.role)
    return known


def agree_run_labels(elements: list[Element]) -> list[Element]:
    """A card label left unplaced in one run of cards takes the role the plan's other runs read
    it as. Each run (a page's cards, a column's, a section's) is read alone, and a few cards may
    not carry the evidence a label of the plan's own words needs ('Storyline' over four updates,
    two of them as short as a status, 'Not yet started', is no column of sentences; two values
    are too few to tell): where the runs that place the label all read it as one role, and this
    run holds no column of that role, the label is read so here too (its values were lost, said
    only as an unplaced label or not at all). A label the vocabulary names 'other' stays so.
    Only the progress is so agreed: a status, a date or an owner is told by each cell's own type,
    so a run that placed none had its reason (a status read by ink, a wrapped value running into
    the next label: 'Grip: Giving way What we found: Delayed ...' read amber by 'Delayed')."""
    cards = [
        el.table for el in elements
        if el.table is not None and el.table.reading is not None and is_card_table(el.table)
    ]  # fmt: skip
    said: dict[str, set[str | None]] = {}
    for t in cards:
        assert t.reading is not None
        for c in t.reading.columns:
            if not c.evidence or not c.evidence[0].startswith("card title"):
                said.setdefault(label_key(c.label), set()).add(c.role)
    agreed: set[int] = set()  # the columns given a role here
    for t in cards:
        assert t.reading is not None
        for c in t.reading.columns:
            if c.role is not None and (c.role != "other" or header_role(c.label) is not None):
                continue  # placed, or named 'other' by the vocabulary ('Success looks like')
            roles = said.get(label_key(c.label), set()) - {None, "other"}
            role = next(iter(roles)) if len(roles) == 1 else None
            if role != "progress" or role in t.reading.roles or c.index >= len(t.roles):
                continue  # typed roles (a status, a date, an owner) are told by each cell
            c.role, c.confidence = role, 0.6
            c.evidence.append(
                f"card label {c.label!r} read as {role} in the plan's other card runs"
            )
            agreed.add(id(c))
    # the boxes of one run read as a table each share the run's reading: each takes the role
    # agreed on it (a page's second box kept 'other' where its first took the progress)
    for t in cards:
        assert t.reading is not None
        for c in t.reading.columns:
            if id(c) in agreed and c.index < len(t.roles):
                t.roles[c.index] = c.role
    return elements


def _labels_across_pages(elements: Sequence[Element]) -> dict[str, str | None]:
    """Labels of field lines that come back on two or more pages, when two or more do."""
    pages: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for group in _paragraph_groups(elements):
        keys: set[str] = set()
        for el in group:
            for ln in el.lines:
                if (p := field_line(ln)) is not None:
                    keys.add(label_key(p[0]))
                    labels.setdefault(label_key(p[0]), p[0])
        pages.update(keys)
    recurring = [k for k, n in pages.items() if n >= 2]
    if len(recurring) < 2:
        return {}
    return {k: header_role(labels[k]) for k in recurring}


def _paragraph_groups(elements: Sequence[Element]) -> list[list[Element]]:
    """The elements in runs of paragraphs on one page; each table or grid a run of its own."""
    groups: list[list[Element]] = []
    for el in elements:
        para = el.table is None and el.raw is None and bool(el.lines)
        last = groups[-1] if groups else None
        if (
            para and last is not None and last[-1].table is None and last[-1].raw is None
            and last[-1].lines and last[-1].page == el.page
        ):  # fmt: skip
            last.append(el)
        else:
            groups.append([el])
    return groups


def _paragraphs(lines: list[Line]) -> list[Element]:
    return [Element(b.page, b.lines[0].top, lines=list(b.lines)) for b in blocks(lines)]


# --------------------------------------------------------------------------- cards as tables


def tables_as_read(elements: list[Element]) -> list[Element]:
    """The elements with each table read again as a whole, before its rows are taken as cards:
    a table's columns on the facing page joined in, label | value parts inside its cells made
    columns (a headerless table of 'From:' / 'To:' parts), group bands and labels printed under
    their text placed, a numbered 'label | value' table and one cut by a page break left raw
    for the card reader. The inspector (table_report.describe_tables) shows the tables so, the
    way the reader takes them, not as the first pass left them."""
    elements = join_facing_pages(elements)  # a table's further columns on the facing page
    elements = adopt_cell_fields(elements)  # label | value grids nested in a table's rows
    elements = adopt_group_rows(elements)  # a list view's group bands between a table's rows
    elements = join_labels_under_values(elements)  # 'Rec 1' printed under its text
    elements = [_numbered_head_unread(el) for el in elements]  # 'Action 2.1 | ...' no header
    return _join_broken_forms(elements)  # a card's table cut by a page break: one table


def adopt_table_cards(elements: list[Element]) -> list[Element]:
    """Small tables of 'label | value' rows, one per action, read as cards.

    Word templates often print a card as a two-column table: the action as a caption row across
    it (or a bold line just above it), then 'Lead officer | ...', 'Deadline | ...' rows. None of
    them has a header row, so each is a raw table; the same labels coming back table after table
    make them a run of cards, read like the cards of lines above. Tables of fields alone (the
    action one of the rows: 'Step | ...') are a run of untitled cards, as blocks of lines are.
    """
    elements = tables_as_read(elements)
    found: list[tuple[int, int | None, _Card]] = []  # (table element, title element, card)
    stamps: dict[int, list[int]] = {}  # title element -> the edit stamps between it and its table
    for i, el in enumerate(elements):
        if el.raw is None:
            continue
        k = _past_stamps(elements, i)
        above = elements[k - 1] if k > 0 else None
        for card, titled_above in _table_cards(el, above, elements[k].top if k < i else None):
            found.append((i, k - 1 if titled_above else None, card))
            if titled_above:
                stamps[k - 1] = list(range(k, i))
    if len(found) < 2:
        return elements
    counts = Counter(k for _, _, c in found for k in dict.fromkeys(c.keys()))
    for _, _, c in found:
        c.fields = [f for f in c.fields if counts[f.key] >= 2]
    found = [x for x in found if len(x[2].fields) >= 2]
    found = _carried_titles(elements, found)
    bare: list[tuple[int, int | None, _Card]] = [
        (i, None, _Card([], c.fields)) for i, _, c in found
    ]
    if (
        len(found) >= 2
        and _untitled([c for _, _, c in found])
        and _reading([c for _, _, c in bare], None)
    ):
        found = bare  # tables of fields alone: one of them is the action
    else:
        found = [x for x in found if x[2].title]
    reading = _reading([c for _, _, c in found], None) if len(found) >= 2 else None
    if reading is None:
        return elements
    at: dict[int, list[_Card]] = {}
    for i, _, c in found:
        at.setdefault(i, []).append(c)
    titles = {t for _, t, _ in found if t is not None}
    titles |= {k for t in titles for k in stamps.get(t, [])}  # a titled card's stamps: no content
    out: list[Element] = []
    run: list[_Card] = []
    for i, el in enumerate(elements):
        if i in titles:
            continue
        if i in at:
            run += at[i]
            continue
        out += _table(run, reading)
        run = []
        out.append(el)
    out += _table(run, reading)
    return out


FORM_EDGE = 3.0  # points: the pieces of one table cut by a page break share their side edges


def _join_broken_forms(elements: list[Element]) -> list[Element]:
    """The elements with each 'label | value' table cut by a page break joined into one: the
    piece closing a page (nothing under it there) and the piece opening the next (nothing over
    it), their side edges and columns the same. A card's table with its first row at the foot of
    a page ('Sponsor | ...') and its other rows on the next, under an empty row the cut left,
    was two tables: the first too small to be a card, the second a card without its title (the
    line over the first): the action was lost, unsaid. The empty rows are dropped."""
    elements = _seat_cut_values(elements)
    out: list[Element] = []
    for el in elements:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, el, elements) and prev.raw and el.raw:
            rows = [r for r in el.raw.rows if any(c is not None and c.text.strip() for c in r)]
            a, b = prev.raw.bbox, el.raw.bbox
            table = Table(prev.raw.page, (min(a[0], b[0]), a[1], max(a[2], b[2]), a[3]),
                          [*prev.raw.rows, *rows], prev.raw.ruled)  # fmt: skip
            out[-1] = Element(prev.page, prev.top, raw=table)
            continue
        out.append(el)
    return out


CUT_GAP = 24.0  # points: the most a value starts right of its label cell's edge


def _seat_cut_values(elements: list[Element]) -> list[Element]:
    """The elements with a 'label | value' table cut to its labels at the foot of a page made
    whole again: a table of one column (a shaded label cell or more), the last thing on its
    page but for a paragraph printed beside it (each of its lines inside one of the table's
    rows, just right of the label cells), takes that paragraph as its value column. The
    reader finds a form's value column from its rows; a card cut after its first row
    ('Responsible manager' at the foot, the rest on the next page) left one label cell with
    its value as a loose paragraph after it: no piece to join to the next page's, the card
    lost its title and its owner."""
    out: list[Element] = []
    for i, el in enumerate(elements):
        prev = out[-1] if out else None
        seated = _seated(prev, el, elements[i + 1 :]) if prev is not None else None
        if seated is not None:
            out[-1] = seated
            continue
        out.append(el)
    return out


def _seated(table: Element, para: Element, rest: Sequence[Element]) -> Element | None:
    """Table element with paragraph para seated as its value column, None where para is no
    value printed beside the table's label cells at the foot of their page."""
    raw = table.raw
    if raw is None or table.table is not None or para.table is not None or para.raw is not None:
        return None
    if para.page != table.page or not para.lines or any(x.page == table.page for x in rest):
        return None  # a value beside a cut table is the last thing on its page
    cells = [r[0] if len(r) == 1 else None for r in raw.rows]
    if not cells or any(c is None for c in cells):
        return None
    right = raw.bbox[2]
    values: list[list[Line]] = [[] for _ in cells]
    for ln in para.lines:
        mid = (ln.bbox[1] + ln.bbox[3]) / 2
        at = [n for n, c in enumerate(cells) if c is not None and c.bbox[1] <= mid <= c.bbox[3]]
        if not at or not right - FORM_EDGE <= ln.bbox[0] <= right + CUT_GAP:
            return None
        values[at[0]].append(ln)
    if any(not v for v in values):
        return None  # a label without its value: no form's row
    rows: list[list[Cell | None]] = []
    for c, v in zip(cells, values, strict=True):
        assert c is not None
        box = (right, c.bbox[1], max(ln.bbox[2] for ln in v), c.bbox[3])
        rows.append([c, Cell(" ".join(ln.text for ln in v), box, list(v))])
    end = max(ln.bbox[2] for ln in para.lines)
    bbox = (raw.bbox[0], raw.bbox[1], max(end, right), raw.bbox[3])
    return Element(table.page, table.top, raw=Table(raw.page, bbox, rows, raw.ruled))


def _continues(prev: Element, el: Element, elements: Sequence[Element]) -> bool:
    """Whether table el opens the page after table prev's and carries its columns on: prev the
    last element of its page, el the first of its own, both tables of two columns (a form's
    label and value) whose edges line up."""
    if prev.raw is None or el.raw is None or prev.table is not None or el.table is not None:
        return False
    if el.page != prev.page + 1:
        return False
    if any(x.page == prev.page and x.top > prev.top for x in elements):
        return False  # something under the first piece on its page
    if any(x.page == el.page and x.top < el.top for x in elements):
        return False  # something over the second piece on its page
    widths = {len(r) for t in (prev.raw, el.raw) for r in t.rows}
    a, b = prev.raw.bbox, el.raw.bbox
    if widths != {2} or abs(a[0] - b[0]) > FORM_EDGE:
        return False
    # the right edges line up, or the label column's do (a value seated by _seat_cut_values
    # ends where its words end)
    return (
        abs(a[2] - b[2]) <= FORM_EDGE
        or abs(_label_edge(prev.raw) - _label_edge(el.raw)) <= FORM_EDGE
    )


def _label_edge(table: Table) -> float:
    """The right edge of a two-column table's label column (its first row's first cell)."""
    first = table.rows[0][0]
    return first.bbox[2] if first is not None else table.bbox[2]


def _carried_titles(
    elements: Sequence[Element], found: list[tuple[int, int | None, _Card]]
) -> list[tuple[int, int | None, _Card]]:
    """The cards whose title was taken from the foot of the page before (_titles) keep it only
    where their table holds every field the cards titled on their own page all hold: a table
    opening a page without one of them is the rest of a card cut by the page break (its first
    rows and its value printed at the foot of the page before), and the line over it there is
    that card's value, not a title."""
    same = [
        set(c.keys()) for i, t, c in found if t is not None and elements[t].page == elements[i].page
    ]
    if not same:
        return found
    every = set.intersection(*same)
    out: list[tuple[int, int | None, _Card]] = []
    for i, t, c in found:
        if t is not None and elements[t].page != elements[i].page and not every <= set(c.keys()):
            out.append((i, None, _Card([], c.fields)))  # untitled: left as it was printed
        else:
            out.append((i, t, c))
    return out


def _past_stamps(elements: Sequence[Element], i: int) -> int:
    """The index of the first of the paragraphs just above element i that are edit stamps
    (edit_stamps: 'Last edited by X on <date>' under a wiki record's title), i when there are
    none: the card's title is the paragraph above them, its fields the table under them."""
    k = i
    while k > 0:
        el = elements[k - 1]
        if el.table is not None or el.raw is not None or not el.lines:
            break
        if not 0 <= elements[i].page - el.page <= 1:
            break
        if not all(is_edit_stamp(ln.text) for ln in el.lines):
            break
        k -= 1
    return k


def _table_cards(
    el: Element, above: Element | None, under: float | None = None
) -> list[tuple[_Card, bool]]:
    """(card, whether its title is the paragraph above) of each card a 'label | value' table
    holds: one, or several where the labels come back row after row (a form repeated down one
    table, block after block); a row of one cell across the table is the caption (title) of
    the block under it. [] for any other table. under: the top of the edit stamps printed
    between the paragraph above and the table (they stand for the table in the gap's measure)."""
    raw = el.raw
    if raw is None or len(raw.rows) < 2:
        return []
    rows = [[c for c in r if c is not None and c.text.strip()] for r in raw.rows]
    rows = [r for r in rows if r]
    if headed_grid([[c.text for c in r] for r in rows]):
        return []  # 'Milestone | Date | Done' over its rows: a grid, not a form's fields
    blocks: list[tuple[list[Line], list[_Field]]] = [([], [])]
    countered: set[int] = set()  # blocks titled by a form's counter (counter_titles)
    for r in rows:
        title, fields = blocks[-1]
        if (head := _head_fields(r)) is not None:  # 'Ref 2.1 | Priority: High' opens a record
            if fields:
                blocks.append(([], []))
            blocks[-1][1].extend(head)
            continue
        if len({c.text.strip() for c in r}) == 1 and len(r) <= 2 and not _label_cell(r[0]):
            blocks.append((list(r[0].lines), []))  # a caption row across the table
            continue
        if (numbered := _numbered_title(r)) is not None:
            blocks.append((numbered, []))  # 'Action 2.1 | Convert ...': the record's title
            continue
        if (counted := counter_title(r, rows)) is not None:
            blocks.append((counted, []))  # 'Objective 1 | Agree ...': the form's own counter
            countered.add(len(blocks) - 1)  # its ref: the row holding a dotted ref alone
            continue
        if (pictured := picture_field([c.text for c in r])) is not None:
            said, value = pictured  # a symbol | 'Who is in charge: Dana Shah' (picture_rows)
            if any(f.key == label_key(said) for f in fields):
                blocks.append(([], []))
                title, fields = blocks[-1]
            lines = [ln for c in r for ln in c.lines] or [_line_of(r[-1])]
            fields.append(_Field(header_label(said), label_key(said), value, lines, whole=True))
            continue
        label = _label_cell(r[0])
        if len(r) < 2 or label is None:
            return []
        if any(f.key == label_key(label) for f in fields):
            blocks.append(([], []))  # the labels come back: the next card
            title, fields = blocks[-1]
        value = join_text(c.text for c in r[1:])
        lines = [ln for c in r for ln in c.lines] or [_line_of(r[0])]
        if len(blocks) - 1 in countered and dotted_ref(value) and not _has_ref(fields):
            fields.append(_Field(NUMBER_LABEL, NUMBER_KEY, value.strip(), lines, whole=True))
            continue
        fields.append(_Field(header_label(label), label_key(label), value, lines, whole=True))
    blocks = [b for b in blocks if b[0] or b[1]]
    if not blocks or any(len(fields) < 2 for _, fields in blocks):
        return []
    first_title, titled_above = blocks[0][0], False
    if not first_title and above is not None and above.table is None and above.raw is None:
        last = above.lines[-1] if above.lines else None
        if last is not None and _titles(last, el, under):
            first_title, titled_above = list(above.lines), True
    cards = [(_Card(first_title, blocks[0][1]), titled_above)]
    return cards + [(_Card(title, fields), False) for title, fields in blocks[1:]]


def _has_ref(fields: Sequence[_Field]) -> bool:
    return any(f.key == NUMBER_KEY for f in fields)


def _titles(last: Line, el: Element, under: float | None) -> bool:
    """The paragraph whose last line is `last` stands just over the table el (or over the edit
    stamps whose top is `under`), or at the foot of the page before a table that opens its
    page: a web page printed to PDF breaks the page wherever the table falls, leaving a
    record's heading at the foot of one page and its table at the top of the next."""
    if last.page == el.page - 1:
        return True
    gap = (under if under is not None else el.top) - last.bottom
    return last.page == el.page and -0.5 * height(last) <= gap <= 3 * height(last)


def _numbered_head_unread(el: Element) -> Element:
    """A two-column table read with a numbered label as its first header cell ('Action 2.1 |
    Convert agency posts ...' over 'Target date | March 2027' rows) as the raw 'label | value'
    table it is: a column's name carries no record's number, so the top row is the record's
    title, and the rows under it, labels each, are its fields."""
    t = el.table
    if t is None or len(t.pieces) != 1 or len(t.labels) != 2 or t.printed:
        return el
    raw = t.pieces[0]
    if len(raw.rows) < 3 or any(len(r) != 2 for r in raw.rows):
        return el
    if _numbered_title([c for c in raw.rows[0] if c is not None]) is None:
        return el
    if not all(r[0] is not None and _label_cell(r[0]) for r in raw.rows[1:]):
        return el
    return Element(el.page, el.top, raw=raw)


def _numbered_title(row: Sequence[Cell]) -> list[Line] | None:
    """A 'label | value' row whose label is an action's number, in parts ('Action 2.1 |
    Convert agency posts ...'): the title of the record it opens, as its number then its text
    ('2.1 Convert ...'), the way a card's numbered title reads; None for any other row. A box
    numbered whole ('Finding F2', 'Point 3') over fields is as often a recommendation's summary
    opening its section, its actions numbered under it."""
    if len(row) != 2 or not row[1].text.strip():
        return None
    m = _REF_LINE.match(" ".join(row[0].text.split()))
    if m is None or "." not in m.group("ref"):
        return None  # 'Finding F2 | ...' over 'Sponsor', 'Overall status': a heading's box
    lines = list(row[1].lines) or [_line_of(row[1])]
    first = lines[0]
    text = f"{m.group('ref')} {first.text.strip()}"
    head = Line(text, first.bbox, first.font_size, first.bold, first.page, first.index)
    return [head, *lines[1:]]


def _label_cell(cell: Cell) -> str | None:
    label = " ".join(cell.text.split()).rstrip(":").strip()
    return label if len(label) <= MAX_LABEL_CHARS and _LABEL_ONLY.match(label) else None


def height(line: Line) -> float:
    return max(line.bottom - line.top, 1.0)


def _line_of(cell: Cell) -> Line:
    line = Line(cell.text, cell.bbox, 10.0, False, 1, 0)
    line.words = []
    return line


def _head_fields(row: Sequence[Cell]) -> list[_Field] | None:
    """The fields of a record's head row: a cell holding the ref alone, with or without its
    label ('Ref 2.1', 'Action ref 2.1'), beside cells of 'label: value' ('Priority: High'); the
    ref is the card's ref field (the number without its label). None for any other row (a
    'label | value' row, a caption)."""
    if len(row) < 2 or any(len(c.lines) != 1 for c in row):
        return None
    if sum(1 for c in row if _ref_cell(c.text) is not None) != 1:
        return None
    out: list[_Field] = []
    for c in row:
        text = " ".join(c.text.split())
        if (ref := _ref_cell(text)) is not None:
            out.insert(0, _Field(NUMBER_LABEL, NUMBER_KEY, ref, list(c.lines), True))
            continue
        m = _COLON.match(text)
        if m is None or not m.group("value").strip() or len(m.group("label")) > MAX_LABEL_CHARS:
            return None
        label, value = m.group("label"), m.group("value").strip()
        out.append(_Field(header_label(label), label_key(label), value, list(c.lines), True))
    return out


_LABEL_COLON = re.compile(r"^(?P<label>[A-Za-z][A-Za-z. ]{0,23}):")  # 'Ref:' before a ref


def _ref_cell(text: str) -> str | None:
    """The ref a cell holds alone, after its label or not, a colon after the label or not
    ('Ref 2.1', 'Ref: 2.1', '2.1'), else None."""
    text = _LABEL_COLON.sub(r"\g<label>", " ".join(text.split()), count=1)
    m = _REF_LINE.match(text)
    return m.group("ref") if m is not None else None


# --------------------------------------------------------------------------- cards in a box


def adopt_barred_cards(elements: list[Element], doc: ParsedDocument | None = None) -> list[Element]:
    """Boxed cards (a border, or a coloured bar down one side), read as cards; the bar's colour
    is the card's RAG. Then a column of lane labels (shaded cells) beside rows of cards is
    read as each row's heading (_lane_labels).

    A boxed card is found as a one-row table: one cell that holds the whole card, or a narrow
    filled cell with no word (the bar) beside it. Its lines are read as cards with the page's
    other paragraphs; each card then takes the colour of the bar beside it as its status, as a
    RAG cell with no word is read from its fill (a card that states its status in words keeps
    the word).

    First, columns of cards headed by a status (a board: plan_board) are read as one table;
    doc, when given, holds the page fills its coloured column bars are read from, and the
    shapes drawn on its pages: a box whose fields are led by drawn icons, no label word, is a
    card too (mark_strips).
    """
    from plantrace.extractors.plan_kicker_cards import adopt_kicker_cards  # builds on this

    if doc is not None:
        elements = adopt_kicker_cards(elements, doc)  # cards opened by a ref, no labels
    fills = page_fills(doc) if doc is not None else None
    marks = page_marks(doc) if doc is not None else None
    if doc is not None:
        elements = adopt_diagrams(elements, doc)  # boxes joined by connectors (plan_diagram)
    read = _lane_labels(_adopt_barred(adopt_board(elements, fills), marks))
    return _adopt_marked(read, marks) if marks is not None else read


def _adopt_marked(elements: list[Element], marks: Marks) -> list[Element]:
    """Runs of paragraphs holding cards with no box round them whose fields are led by drawn
    marks (mark_strips), read as cards: each marked line is a card's fields, the paragraph
    right above it its title (the action), a paragraph between it and the next card's title
    (or a heading) its note. Where the plan holds two such lines at least (a card alone in its section, under
    a heading, is read with the others)."""
    groups = _paragraph_groups(elements)
    found = [_marked_paragraphs(group, marks) for group in groups]
    if sum(len(cards) for cards in found) < 2:
        return elements
    out: list[Element] = []
    for group, cards in zip(groups, found, strict=True):
        if not cards:
            out.extend(group)
            continue
        lines = [ln for el in group for ln in el.lines]
        read = _split(lines, _paragraphs, None, None, cards)
        out.extend(read if any(el.table is not None for el in read) else group)
    return out


def _marked_paragraphs(group: Sequence[Element], marks: Marks) -> list[_Card]:
    """The cards of a run of paragraphs with no box: a paragraph that opens with a line of
    marked fields, under a paragraph that is no recommendation's heading (its title)."""
    paras = [el for el in group if el.table is None and el.raw is None and el.lines]
    at = [
        k for k, el in enumerate(paras)
        if k > 0 and mark_runs(el.lines[0], marks(el.page)) is not None
    ]  # fmt: skip
    cards: list[_Card] = []
    for n, k in enumerate(at):
        title = paras[k - 1]
        if (n > 0 and at[n - 1] == k - 1) or heading(title.text) is not None:
            continue  # no title of its own: a heading, or the card above
        line = paras[k].lines[0]
        runs = mark_runs(line, marks(line.page)) or []
        card = _Card(list(title.lines))
        for label, run in zip(mark_labels(runs), runs, strict=True):
            value = " ".join(w.text for w in run)
            card.fields.append(_Field(label, label_key(label), value, [line], True))
        end = at[n + 1] - 1 if n + 1 < len(at) else len(paras)  # the next card's title
        end = next((j for j in range(k + 1, end) if heading(paras[j].text)), end)
        below = [*paras[k].lines[1:], *(ln for el in paras[k + 1 : end] for ln in el.lines)]
        if below:
            note = join_text(ln.text for ln in below)
            card.fields.append(_Field(NOTE_LABEL, label_key(NOTE_LABEL), note, below, True))
        cards.append(card)
    marked = [[f.label for f in c.fields if f.label != NOTE_LABEL] for c in cards]
    for c, labels in zip(cards, settle_labels(marked), strict=True):
        for f, label in zip(c.fields, labels, strict=False):
            f.label, f.key = label, label_key(label)
    return cards


def _lane_labels(elements: list[Element]) -> list[Element]:
    """A one-column table of labels (a swimlane's shaded label cells: 'R2' over its
    recommendation) standing left of a run of cards, read lane by lane: each label as a
    paragraph (its heading) before the cards level with it."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el, nxt = elements[i], elements[i + 1] if i + 1 < len(elements) else None
        cells = _label_column(el)
        t = nxt.table if nxt is not None else None
        if cells and el.raw is not None and t is not None and is_card_table(t):
            lanes = _by_lane(t, cells, el.raw.bbox)
            if lanes is not None and nxt is not None:
                for cell, rows in lanes:
                    out.append(Element(el.page, cell.bbox[1], lines=list(cell.lines)))
                    if rows:
                        piece = PlanTable(t.kind, t.roles, t.labels, rows, t.page, rows[0].bbox[1],
                                          [], t.reading)  # fmt: skip
                        out.append(Element(nxt.page, piece.top, table=piece))
                i += 2
                continue
        out.append(el)
        i += 1
    return out


def _label_column(el: Element) -> list[Cell] | None:
    """The cells of a table that is one column of two or more labels with text, else None."""
    if el.raw is None or len(el.raw.rows) < 2:
        return None
    cells: list[Cell] = []
    for row in el.raw.rows:
        texts = [c for c in row if c is not None and c.text.strip()]
        if len(texts) != 1 or not texts[0].lines:
            return None
        cells.append(texts[0])
    return cells


def _by_lane(
    table: PlanTable, cells: Sequence[Cell], column: BBox
) -> list[tuple[Cell, list[Row]]] | None:
    """The table's rows by the label level with each (right of the labels' column), or None
    when a row stands level with no label."""
    lanes: list[tuple[Cell, list[Row]]] = [(c, []) for c in cells]
    for row in table.rows:
        box = row.bbox
        mid = (box[1] + box[3]) / 2
        at = next((k for k, c in enumerate(cells) if c.bbox[1] - 2 <= mid <= c.bbox[3] + 2), None)
        if at is None or box[0] < column[2] - 2 or row.page != table.page:
            return None
        lanes[at][1].append(row)
    return lanes


def _adopt_barred(elements: list[Element], marks: Marks | None = None) -> list[Element]:
    bars: list[tuple[int, BBox, str]] = []
    tints: list[tuple[int, BBox, str]] = []  # boxes drawn round cards, in a status colour
    out: list[Element] = []
    boxed: dict[int, Element] = {}  # the card's paragraph -> the table it was found as
    for el in elements:
        got = _barred_box(el)
        if got is None:
            out.append(el)
            continue
        lines, bar = got
        if bar is not None:
            (tints if box_within(lines[0].bbox, bar[1]) else bars).append(bar)
        new = Element(el.page, lines[0].top, lines=lines)
        boxed[id(new)] = el
        out.append(new)
    if len(boxed) < 2:
        return elements
    out = _column_heads(out, boxed)
    out = _open_containers(out, boxed)
    groups = _paragraph_groups(out)
    spelling = label_counts([ln for group in groups for el in group for ln in el.lines])
    reads = [_read_boxes(group, boxed, None, spelling, marks) for group in groups]
    # a box alone (a deck's continuation slide with one card) is read with the labels the
    # plan's other boxes of cards showed
    known = _run_labels([el for read in reads if read is not None for el in read])
    result: list[Element] = []
    for group, read in zip(groups, reads, strict=True):
        if read is None and known and any(id(el) in boxed for el in group):
            read = _read_boxes(group, boxed, known, spelling, marks)
        elif read is not None and known and _known_left(read, known):
            # a label the page prints once (one card of two has a note) is a field where the
            # plan's other boxes of cards show it
            again = _read_boxes(group, boxed, known, spelling, marks)
            if again is not None and _card_rows(again) >= _card_rows(read):
                read = again
        if read is not None:
            result.extend(read)
        else:  # no card in the boxes: they stay the tables they were found as
            result.extend(boxed.get(id(el), el) for el in group)
    for el in result:
        if el.table is not None and is_card_table(el.table):
            _bar_colours(el.table, bars, tints)
    return result


def _known_left(read: Sequence[Element], known: Mapping[str, str | None]) -> bool:
    """Whether a card run was read and a paragraph left beside it opens with a label the
    plan's cards use (known), as a field line does."""
    if not any(el.table is not None and is_card_table(el.table) for el in read):
        return False
    return any(
        (p := field_line(el.lines[0])) is not None and label_key(p[0]) in known
        for el in read
        if el.table is None and el.raw is None and el.lines
    )


HEAD_GAP = 3.0  # font sizes: a column's head stands at most this far above its first box


def _column_heads(elements: list[Element], boxed: dict[int, Element]) -> list[Element]:
    """A box of a line or two (too short for a card) right above a boxed card and as wide as
    its column, as a boxed paragraph too: the head of a column of cards (a coloured heading
    over the notes stacked under it), read with them so its column is read under it."""
    cards = [b.raw.bbox for b in boxed.values() if b.raw is not None]
    out: list[Element] = []
    for el in elements:
        raw = el.raw
        cells = [c for r in raw.rows for c in r if c is not None] if raw is not None else []
        if raw is None or len(raw.rows) != 1 or len(cells) != 1 or not cells[0].lines:
            out.append(el)
            continue
        size = max(ln.font_size for ln in cells[0].lines)
        x0, _, x1, y1 = raw.bbox
        tol = 0.05 * (x1 - x0)
        heads = any(
            0 <= b[1] - y1 <= HEAD_GAP * size and x0 - tol <= b[0] and b[2] <= x1 + tol
            and b[2] - b[0] >= 0.8 * (x1 - x0)
            for b in cards
        )  # fmt: skip
        if not heads:
            out.append(el)
            continue
        new = Element(el.page, cells[0].lines[0].top, lines=list(cells[0].lines))
        boxed[id(new)] = el
        out.append(new)
    return out


def _read_boxes(
    group: list[Element],
    boxed: Mapping[int, Element],
    known: Mapping[str, str | None] | None,
    spelling: Counter[str] | None = None,
    marks: Marks | None = None,
) -> list[Element] | None:
    """A page's run of paragraphs read as cards, the boxed ones each a box; None when it holds
    no box, or no card was found in its boxes."""
    drawn = [el.lines for el in group if id(el) in boxed]
    if not drawn:
        return group
    lines = [ln for el in group for ln in el.lines]
    read = split_cards(lines, _paragraphs, known, drawn, spelling, marks)
    if not any(el.table is not None for el in read):
        return None
    return _idle_boxes(read, group, boxed)


def _idle_boxes(
    read: list[Element], group: list[Element], boxed: Mapping[int, Element]
) -> list[Element]:
    """The read elements with each box that held no card (a slide's band: the priority over
    its text) back as the table it was found as, where its lines were read as paragraphs of
    their own: its lines stay together, as printed in one box."""
    home = {id(ln): id(el) for el in group if id(el) in boxed for ln in el.lines}
    paras = [el for el in read if el.table is None]
    owners = [{home.get(id(ln)) for ln in el.lines} for el in paras]
    mixed = {k for keys in owners if len(keys) > 1 for k in keys}
    free = {id(ln) for el in paras for ln in el.lines}
    idle = {
        id(el) for el in group
        if id(el) in boxed and id(el) not in mixed and all(id(ln) in free for ln in el.lines)
    }  # fmt: skip
    out: list[Element] = []
    done: set[int] = set()
    for el in read:
        key = home.get(id(el.lines[0])) if el.table is None and el.lines else None
        if key is None or key not in idle:
            out.append(el)
        elif key not in done:
            out.append(boxed[key])
            done.add(key)
    return out


def _open_containers(elements: list[Element], boxed: Mapping[int, Element]) -> list[Element]:
    """A table whose cells hold two or more of the boxed cards (a swimlane: the lane's label in
    its first cell, its row of boxes in the next) as the paragraph of its own lines, those
    outside the boxes (the lanes' labels), so they read with the cards, box by box."""
    out: list[Element] = []
    for el in elements:
        raw = el.raw
        if raw is None:
            out.append(el)
            continue
        inner = [
            b.raw.bbox for b in boxed.values()
            if b.raw is not None and b is not el and b.page == el.page and box_within(b.raw.bbox, raw.bbox)
        ]  # fmt: skip
        if len(inner) < 2:
            out.append(el)
            continue
        lines = [
            ln for row in raw.rows for c in row if c is not None for ln in c.lines
            if not any(box_within(ln.bbox, b) for b in inner)
        ]  # fmt: skip
        lines = sorted(dict.fromkeys(lines), key=lambda ln: (ln.top, ln.x0))
        if lines:
            out.append(Element(el.page, lines[0].top, lines=lines))
    return out


def _barred_box(el: Element) -> tuple[list[Line], tuple[int, BBox, str] | None] | None:
    """(the card's lines, (page, bar box, bar colour) or None) of a one-row table that is a
    boxed card, with or without a coloured bar down its side, else None."""
    raw = el.raw
    if raw is None:
        return None
    rows = [r for r in raw.rows if not _strip(r)]  # a coloured rule across the top of the box
    if (
        1 < len(rows) <= MAX_BANDS
        and all(_one_cell(r) for r in rows)
        and (_strips_below(rows) or _fields_head(rows))
    ):
        lines = [ln for r in rows for c in r if c is not None for ln in c.lines]
        return (lines, None) if len(lines) >= 2 else None  # a box cut across by a footer strip
    flagged = _flagged_box(raw)
    if flagged is not None:
        return flagged
    headed = _headed_box(raw)
    if headed is not None:
        return headed, None
    from plantrace.extractors.titled_grids import titled_grid_box  # reads cards as these do

    titled = titled_grid_box(raw)
    if titled is not None:
        return titled, None
    if len(rows) != 1:
        return None
    cells = [c for c in rows[0] if c is not None]
    if len(cells) == 1 and len(cells[0].lines) >= 3:  # a box around the card
        box = cells[0]  # its colour, where it says a status (its tint, or its status dot's)
        tinted = box.fill is not None and rag_from_fill(box.fill) is not None
        return list(box.lines), (el.page, box.bbox, box.fill) if tinted and box.fill else None
    if len(cells) != 2:
        return None
    bar = next((c for c in cells if not c.text.strip() and c.fill), None)
    body = next((c for c in cells if c.text.strip() and c.lines), None)
    if bar is None or body is None or bar.fill is None:
        return None
    if bar.bbox[2] - bar.bbox[0] > 0.1 * (body.bbox[2] - body.bbox[0]):
        return None
    return list(body.lines), (el.page, bar.bbox, bar.fill)


def _headed_box(raw: Table) -> list[Line] | None:
    """The lines of a box around a card whose head row is cut into short cells ('Ref 2.1' |
    'Priority: High') over one body cell of field lines ('Owner<tab>Jane Smith'), the head
    read cell by cell then the body; None for any other table.

    An audit report's record of an agreed action prints it so: the ref and a rating side by
    side in a shaded head, the label | value pairs under it with no rule between them, so the
    body is one cell. A coloured bar drawn in the head (its rulings cut the box into slivers
    and rows of no word, dropped here) marks the head's field beside it, a rating, not the
    card: it spans the head alone, not the card's side, so it gives no status colour."""
    rows = [
        list({id(c): c for c in r if c is not None and c.text.strip()}.values()) for r in raw.rows
    ]
    rows = [r for r in rows if r]
    if len(rows) != 2 or len(rows[1]) != 1 or not rows[0]:
        return None
    head, body = rows[0], rows[1][0]
    if any(len(c.lines) != 1 for c in head) or len(body.lines) < 2:
        return None
    if not all(c.bbox[3] <= body.bbox[1] + 1 for c in head):
        return None  # the head's cells stand over the body, not beside it
    if sum(1 for ln in body.lines if field_line(ln) is not None) < 2:
        return None
    top = min(c.lines[0].top for c in head)  # one row: level, so read left to right
    level = [_level_with(c.lines[0], top) for c in sorted(head, key=lambda c: c.bbox[0])]
    return [*level, *body.lines]


def _level_with(line: Line, top: float) -> Line:
    """The line with its box's top at `top` (a cell of a row whose type sits a hair higher)."""
    box = (line.x0, top, line.bbox[2], line.bottom)
    return Line(line.text, box, line.font_size, line.bold, line.page, line.index,
                words=line.words, span=line.span, colour=line.colour)  # fmt: skip


MAX_FLAG_SHARE = 0.3  # of the box's width and height: a flag or badge in a corner, no column


def _flagged_box(raw: Table) -> tuple[list[Line], tuple[int, BBox, str] | None] | None:
    """(the card's lines, (page, its box, the flag's colour)) of a box around a card that holds,
    besides the card, only small wordless filled shapes of one colour (a flag folded over a
    corner, a badge): the rulings of such a shape cut the box into a grid of one text cell and
    the shape's cells. The shape stands inside the card's box, so its colour is the box's, read
    as a box's tint is (several status colours across the plan's boxes; grey says none). None
    otherwise."""
    cells = list({id(c): c for r in raw.rows for c in r if c is not None}.values())
    body = [c for c in cells if c.text.strip()]
    marks = [c for c in cells if not c.text.strip()]
    if len(body) != 1 or len(body[0].lines) < 3 or not marks or len(raw.rows) > MAX_BANDS:
        return None
    box = body[0].bbox
    width, height = box[2] - box[0], box[3] - box[1]
    colours = {c.fill for c in marks}
    if len(colours) != 1 or not all(
        box_within(c.bbox, box)
        and c.bbox[2] - c.bbox[0] <= MAX_FLAG_SHARE * width
        and c.bbox[3] - c.bbox[1] <= MAX_FLAG_SHARE * height
        for c in marks
    ):
        return None
    fill = marks[0].fill
    if fill is None:
        return None
    return list(body[0].lines), (raw.page, box, fill)


def _strips_below(rows: Sequence[Sequence[Cell | None]]) -> bool:
    """Whether every band under a box's first is a strip: one line of text (a footer where the
    card's fields are set along its foot), not a box of its own stacked under a head."""
    for row in rows[1:]:
        lines = [ln for c in row if c is not None for ln in c.lines]
        if not lines or max(ln.top for ln in lines) > min(ln.bottom for ln in lines):
            return False
    return True


def _fields_head(rows: Sequence[Sequence[Cell | None]]) -> bool:
    """Whether a box's first band is a head strip of fields over its body: one line of
    `label: value` pairs ('No.: AP03 | Rec ref: Rec 2', often white on a dark band), every band
    under it but the body a strip too. The card's ref and recommendation are printed in its head
    rather than along its foot; its text opens the body under them."""
    head = [ln for c in rows[0] if c is not None for ln in c.lines]
    if len(head) != 1 or field_line(head[0]) is None:
        return False
    return _strips_below(rows[1:])


def _one_cell(row: Sequence[Cell | None]) -> bool:
    """A row of a box that is one cell across, holding text: a band of a card (its body, or the
    strip along its foot where its fields are set)."""
    cells = [c for c in row if c is not None]
    return len(cells) == 1 and bool(cells[0].lines)


def _strip(row: Sequence[Cell | None]) -> bool:
    """A row that is only a thin coloured rule (a card's accent along its top edge): no word, a
    fill, thinner than a line of text. It is the box's decoration, no bar beside the card."""
    cells = [c for c in row if c is not None]
    return bool(cells) and all(
        not c.text.strip() and c.fill is not None and c.bbox[3] - c.bbox[1] <= STRIP_HEIGHT
        for c in cells
    )


def _bar_colours(
    table: PlanTable,
    bars: Sequence[tuple[int, BBox, str]],
    tints: Sequence[tuple[int, BBox, str]] = (),
) -> None:
    """A status column of the bars' colours, for a run of cards with no status column; where
    the cards print a status column, the colour of each card whose word no vocabulary reads
    ('Wobbling' beside an amber dot) is its cell's fill, read where its word is not.

    tints: the colours of boxes drawn round cards (their tint, or their status dot's); a box's
    colour says a status only where the boxes show two status colours or more: one colour on
    every card is the template's decoration."""
    if table.reading is None:
        return
    if len({rag_from_fill(f) for _, _, f in tints} - {None}) < 2:
        tints = ()
    boxes = [_box_of(row, tints) for row in table.rows]
    fills = [b or _bar_of(row, bars) for row, b in zip(table.rows, boxes, strict=True)]
    if "rag" in table.roles:
        _fill_unread(table, fills)
        return
    if sum(1 for f in fills if f and rag_from_fill(f)) * 2 < len(fills):
        return
    for row, fill in zip(table.rows, fills, strict=True):
        box = next((c.bbox for c in row.cells if c is not None), (0.0, 0.0, 0.0, 0.0))
        row.cells.append(Cell("", box, [], fill=fill))
        row.merged_above.append(False)
    table.roles.append("rag")
    table.labels.append(BAR_LABEL)
    n = sum(1 for f in fills if f)
    table.reading.columns.append(
        ColumnRole(
            len(table.reading.columns), BAR_LABEL, "rag", 0.8,
            [f"the colour of the bar beside each card ({n} of {len(fills)} cards)"], {"fill": n},
        )
    )  # fmt: skip


def _fill_unread(table: PlanTable, fills: Sequence[str | None]) -> None:
    """Each card's colour as the fill of its status cell, where the cell has none and its word
    reads no status and no state (so the colour is read where the word is not)."""
    col = table.roles.index("rag")
    for row, fill in zip(table.rows, fills, strict=True):
        cell = row.cells[col] if col < len(row.cells) else None
        if fill is None or cell is None or cell.fill is not None:
            continue
        text = " ".join(cell.text.split())
        if normalise_rag(text) is None and not is_status_state(text):
            cell.fill = fill


def _box_of(row: Row, bars: Sequence[tuple[int, BBox, str]]) -> str | None:
    """The colour of the box drawn round a card (a bar whose box holds all its cells)."""
    boxes = [c.bbox for c in row.cells if c is not None]
    held = [
        ((b[2] - b[0]) * (b[3] - b[1]), f) for p, b, f in bars
        if p == row.page and boxes and all(box_within(x, b) for x in boxes)
    ]  # fmt: skip
    return min(held)[1] if held else None


def _bar_of(row: Row, bars: Sequence[tuple[int, BBox, str]]) -> str | None:
    """The colour of the bar beside a card: level with it, the nearest to its left edge (cards
    in a row stand level with each other's bars), within BAR_REACH of it: a bar across the
    page (another box's coloured edge, a recommendation's on the left of a diagram whose
    action boxes stand on the right) is that box's, not this card's status."""
    boxes = [c.bbox for c in row.cells if c is not None]
    if not boxes:
        return None
    mid = (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2
    left = min(b[0] for b in boxes)
    level = [
        (abs(left - b[2]), f) for p, b, f in bars
        if p == row.page and b[1] - 2 <= mid <= b[3] + 2 and abs(left - b[2]) <= BAR_REACH
    ]  # fmt: skip
    return min(level)[1] if level else None
