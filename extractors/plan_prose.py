"""Actions written as numbered prose paragraphs, in a plan whose actions are in no table.

Some plans set their actions out as text, not as a table: under each priority's heading, one
paragraph per action opening with its number ('2.1', often with a hanging indent), the owner
and the timing inline, in brackets ('(SRO: DCS; timing: Month 7)') or in a closing sentence
('DCS will lead this; to be done by: Winter 2025/26.') or unlabelled at its close ('(SP, Dec
2026)', '– Head of Service, March 2026'), a status in square brackets ('[On course]') or in a
few words after a dash closing it ('– some concern'), and a note under it ('Position now: ...'). Such a paragraph is read into a row of
an action table (ref | action | owner | due | rag | progress | governance) made for it, so the
plan reader treats it as it treats any other action table: its heading opens a recommendation's
section, refs link to recommendations, dates, statuses and owners go through the one
normaliser of each.

Only where no action table was read (or its rows are clearly fewer than the paragraphs read
here), and only paragraphs with the evidence of an action: a number of two levels ('2.1',
'P2.1', '2.1a') opening the paragraph, and fields the paragraph itself names (an inline label,
'X will lead this', a closing who and when, a status in square brackets). A plan qualifies
when at least two of its numbered paragraphs carry fields and most of them do: the numbered
sections of a report-like plan ('2.1 Background') carry none. The labels and phrases are data
(data/plan_prose.json; the owner's and the date's labels are the owner normaliser's).

A paragraph's lines: the numbered line, then lines of its size that carry it on (at the
hanging indent where it has one, at line pitch, or first on the next page), up to a line
opening with a note label; the note's lines follow in the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, NamedTuple

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.enumerated_fields import field_line
from plantrace.extractors.hashtag_lines import wraps_hashtags
from plantrace.extractors.mark_strips import FIELD_SEPARATORS
from plantrace.extractors.mention_fields import mention_fields
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_tab_fields import TAB_GAP, tab_fields
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.extractors.question_labels import (
    QUESTION_LABEL,
    answered_question,
    question_role,
    update_answer_end,
)
from plantrace.extractors.sentence_who_when import sentence_who_when
from plantrace.pipeline.document import Cell, Line, lines_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import MONTHS, parse_due
from plantrace.pipeline.normalise.owners import (
    DEADLINE_AFTER,
    DUE_LABELS,
    OWNER_LABELS,
    split_owner_due,
)
from plantrace.pipeline.normalise.rag import (
    is_status_mark,
    is_status_state,
    normalise_rag,
    rag_from_fill,
)
from plantrace.pipeline.normalise.text_keys import text_key

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/plan_prose.json").read_text("utf-8")
)

ROLES = ["ref", "action", "owner", "due", "rag", "progress", "governance"]
# the made table's roles where the paragraphs' leader lines cite the recommendation each answers
# ('Responds to .... Recommendation 2'); only then, so a plan whose links come from its
# headings is read as before
LINKED_ROLES = [*ROLES, "rec"]
_FIELD_ROLES = ("owner", "due", "rag", "governance")  # a paragraph's own fields (not its note)
MIN_PARAGRAPHS = 2  # a plan's numbered paragraphs with fields, at the least
# the most a wrapped line's top drops below the line above, in font sizes (glyph tops vary with
# the letters): a paragraph gap is more; under a hanging indent, where a line at the indent can
# only carry the paragraph on, a looser bound
PITCH = 1.55
HANGING_PITCH = 2.0
_WRAPS = 3  # lines after a numbered line has_prose_actions looks in for its fields
_SIZE = 0.6  # points: lines of one paragraph share their font size within this
_SPACE = 0.4  # font sizes: the widest gap between words of a line set unjustified


def alternation(words: Iterable[str], lower: bool = True) -> str:
    """Phrases as one alternation, longest first; a space matches any run of spaces. Lowered
    for patterns matched without case; kept as printed (lower=False) for one that is not."""
    parts = sorted(
        {w.lower() if lower else " ".join(w.split()) for w in words}, key=len, reverse=True
    )
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)


def _labels(table: dict[str, list[str]]) -> dict[str, str]:
    return {text_key(w): role for role, words in table.items() for w in words}


# the owner's and the due date's labels are the owner normaliser's: one list for both readers
FIELD_LABELS = _labels({**_DATA["fields"], "owner": list(OWNER_LABELS), "due": list(DUE_LABELS)})
# an action cell saying its row holds no action: 'No task: the Council considers ...', 'None.'
_NO_ACTION = re.compile(rf"^\s*(?:{alternation(_DATA['no_action'])})\s*(?:$|[:.;,–—]|\s-\s)", re.I)
NOTE_LABELS = _labels(_DATA["notes"])
# the paragraph's number: two levels at least ('2.1', 'P2.1', '2.1.3', '2.1a'), then its text
# a numbered section heading of a report: '2. Progress against the recommendations'
_SECTION_HEAD = re.compile(r"^\s*(\d{1,2})\.\s+[A-Z][^.]*$")
# or a number and one letter, the recommendation's number then the action's letter ('2a', '2b':
# an ordinal's two letters, '2nd', are no ref)
_REF_PATTERN = r"[A-Z]{0,2}\d{1,2}(?:(?:\.\d{1,2}){1,2}[a-z]?|[a-z])"
_REF = re.compile(rf"^\s*(?P<ref>{_REF_PATTERN})[.)]?\s+(?=\S)")
ACTION_REF = _REF  # a numbered paragraph's leading ref ('2.1', 'A1.2a', '2a'), for other readers
_REF_WORD = re.compile(rf"^{_REF_PATTERN}[.)]?$")
# the signs printed between fields run in on one line ('·', '•': data/card_fields.json, as
# cards read them), and escaped for a character class
_SEP_CHARS = "".join(sorted(FIELD_SEPARATORS))
_SEPS = re.escape(_SEP_CHARS)
# a clause labelled with a field: at the start, after '(', ';', '|' or a dot between fields
# ('Who: ... · When: ...'), after a spaced dash closing the action's text ('<text> — Deadline:
# ...'), or after a sentence's end; the label ends with a colon, or is a
# question ('On track? Yes')
_LABEL_END = r"(?:\s*:|(?<=\?))\s*"
_LABELLED = re.compile(
    rf"(?:^|(?<=[(;|{_SEPS}])|(?<=[(;|.,–—{_SEPS}]\s))\s*"
    rf"(?P<label>{alternation(FIELD_LABELS)}|{QUESTION_LABEL}){_LABEL_END}",
    re.I,
)
# a clause after a dot or bar between fields, or after a sentence's end ('Deadline: May 2027.
# Standing: On course.'), under a label no vocabulary holds ('... · Where we are: ● On track'): a few capitalised-first words and a colon; its value is the status where
# it reads as one (leader_role reads a leader line's unknown label the same way)
_OTHER_LABEL = re.compile(
    rf"(?:(?<=[|{_SEPS}])|(?<=[.]\s))\s*(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,4}})\s*:\s+"
)
# a line of a paragraph that opens with a field label ('Owned by: ...' under the action's text)
_LINE_LABEL = re.compile(rf"^\s*(?:{alternation(FIELD_LABELS)}|{QUESTION_LABEL}){_LABEL_END}", re.I)
# what ends a field's value (besides a ')' that closes no bracket of the value's own)
_CLAUSE_ENDS = ";[|" + _SEP_CHARS
_LEAD = re.compile(
    rf"(?:^|(?<=[.;]\s))(?P<owner>[^.;()\[\]]+?)\s+(?:{alternation(_DATA['lead_phrases'])})"
    r"(?=\s*(?:[;,.]|$))",
    re.I,
)
# a status in square brackets closing the paragraph: '[On course]', '[Needs attention].'
_STATUS = re.compile(r"\s*\[\s*(?P<status>[^\[\]]{1,40}?)\s*\]\s*\.?\s*$")
_NOTE = re.compile(rf"^\s*(?P<label>{alternation(NOTE_LABELS)})\s*:\s*(?P<value>.*)$", re.I | re.S)
# a paragraph's position under a number of its own one level down ('2.1.1 RAG: Amber. Work
# started'): a status or note label, then the value
_POSITION_LABELS = {
    k: v for k, v in {**FIELD_LABELS, **NOTE_LABELS}.items() if v in ("rag", "progress")
}
_POSITION = re.compile(
    rf"^\s*(?P<label>{alternation(_POSITION_LABELS)})\s*:\s*(?P<value>.*)$", re.I | re.S
)
# a clause of an update line opening with a label of its own words ('Since last board: ...',
# 'Pulse: Limited progress'): a capitalised phrase of a few words and a colon, at the line's
# start, after a sentence's end or after a ' | ' between clauses
_UPDATE_LABEL = re.compile(
    r"(?:^|(?<=[.;!?|])\s+)(?P<label>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5})\s*:\s+(?=\S)"
)
_UPDATE_DROP = 3.0  # font sizes: an update line sits under its paragraph, a paragraph gap at most
# who and when closing a paragraph, unlabelled: in a bracket ('... (SP, Dec 2026).') or after a
# spaced dash ('... – Head of Service by March 2026')
_CLOSING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]+)\)\s*[.;]?\s*$")
# (a bracket the owner holds is closed inside it: '– Head of Service (Fostering) by May 2026')
_CLOSING_DASH = re.compile(r"\s+[–—-]\s+(?P<inner>(?:[^–—()\[\]]|\([^()\[\]–—]*\))+?)\s*[.;]?\s*$")
# who and when opening a commitment sentence, closed by its verb: 'By 31 March 2027, the Head
# of Service will: <text>' (the verbs are data; lower case, so a name 'Will Jones' is none)
_COMMIT_VERB = re.compile(rf"\s+(?:{alternation(_DATA['commitment_verbs'])})\s*:?\s+(?=\S)")
_MAX_LEAD = 160  # characters: the opening who and when is a clause, 'By the end of ..., the ...'
# a word of grammar opening an owner or a date in running text ('the Head of Service'), lower case
_ARTICLE = re.compile(rf"^(?:{'|'.join(map(re.escape, _DATA['articles']))})\s+(?=\S)")
# the same opening a sentence, where it is capitalised ('The Head of Service will ...')
_OPENING_ARTICLE = re.compile(_ARTICLE.pattern, re.I)
_CONNECTORS = frozenset(_DATA["name_connectors"])  # small words of a name or post in title case
# a status closing the paragraph after its who and when: after a spaced dash or a dot ('(SP,
# Dec 2026) – some concern', '... · On track'), or a colon or full stop right after the closing
# bracket ('(SP, Dec 2026). Going well.'); never a labelled clause ('| On track? Yes')
_DASH_STATUS = re.compile(
    rf"(?:\s+[–—-]\s+|\s*[{_SEPS}]\s*|(?<=\))\s*[:.]\s+)"
    rf"(?P<status>[^–—()\[\];:.?|{_SEPS}]{{1,40}}?)\s*\.?\s*$"
)
# an abbreviated month closed by a full stop and followed by a year: the months are the date
# normaliser's names and abbreviations
_MONTH_DOT = re.compile(rf"\b(?:{alternation(MONTHS)})\.", re.I)
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_OWNER_WORDS = 8  # an unlabelled owner is a name, initials or a post: 'Service Manager, Fostering'
_STATUS_WORDS = 4  # a status is a few words: 'Limited progress', 'Not yet commenced'
_TRIM = " \t.;,:|(–—-" + _SEP_CHARS
# a field on a line of its own, its label joined to its value by a leader to a right tab
# ('Lead officer ........ Head of Early Help', '... ···· ...', '... ____ ...'): the label
# starts with a letter and is a few words, the value is what the leader points to; an
# ellipsis in a sentence ('found... that') is no leader
_LEADER = re.compile(
    r"^\s*(?P<label>[A-Za-z][\w '’()/&,-]{0,48}?\??)\s*:?\s*(?:\.{4,}|…{2,}|·{3,}|_{4,}|(?:\.\s){4,})"
    r"[\s.…·_]*(?P<value>[^\s.…·_].*?)\s*$"
)
_LEADER_WORDS = 6  # a leader's label is a few words: 'Recommendation addressed', 'Lead officer'
_TAB_LEADER = 2.0  # font sizes: a gap this wide after a field label is a tab to its value
# a line opening with a known field or note label and no colon after it: perhaps a tab leader
_OPENS_KNOWN = re.compile(
    rf"^\s*(?:{alternation([*FIELD_LABELS, *NOTE_LABELS])})(?=\s+[^\s:])", re.I
)
# a value citing the recommendations the action answers ('Recommendation 2', 'Rec 2, 4', 'R3')
_REC_CITED = re.compile(PLAN_VOCAB["cell_types"]["rec_numbers"], re.I)


@dataclass(slots=True)
class ProseFields:
    """What one action paragraph says: its text without the fields, and each field as printed
    (the normalisers read them later, as they read a table's cells)."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)  # role -> value as printed
    starts: dict[str, int] = field(default_factory=dict)  # role -> offset of the value
    sentence: bool = False  # who and when woven into a commitment sentence (opening_who_when)

    def has_fields(self) -> bool:
        """Whether the paragraph names who, when or its governance, or a status that reads as
        one (a colour or a progress state: '[see annex]' is no evidence of an action)."""
        status = self.fields.get("rag")
        if status is not None and (normalise_rag(status) or is_status_state(status)):
            return True
        return any(role in self.fields for role in _FIELD_ROLES if role != "rag")


@dataclass(slots=True)
class _Paragraph:
    ref: str
    lines: list[Line]
    note: list[Line] = field(default_factory=list)
    indent: float | None = None  # x of the text after the number, when it hangs
    leaders: list[tuple[str, str, Line]] = field(default_factory=list)  # label, value, line
    led_lines: list[Line] = field(default_factory=list)  # the leader lines and their values' wraps
    fields_line: Line | None = None  # its fields' own line, in a type of its own (_fields_line)

    @property
    def body(self) -> str:
        text = join_text(clauses([ln.text for ln in self.lines]))
        m = _REF.match(text)
        return text[m.end() :] if m else text


def read_fields(body: str) -> ProseFields:
    """An action paragraph's text (after its number) -> its text and its inline fields.

    The action's text is what comes before the first field: a bracketed group of labelled
    clauses, a labelled clause after a sentence, the sentence naming who leads it, or an
    unlabelled who and when closing it ('(SP, Dec 2026)', '– Head of Service, March 2026');
    a status in square brackets closes the paragraph, or a few words after a dash once who or
    when has been read ('(SP, Dec 2026) – some concern'): the shape says it is the status, so
    words no status vocabulary holds are kept for the RAG normaliser to judge.
    """
    text = " ".join(body.split())
    dash = _DASH_STATUS.search(text)
    if dash is not None and _status_shaped(dash.group("status")):
        found = _read_fields(text[: dash.start()])
        if _status_after(found, text[: dash.start()], dash.group("status")):
            found.fields["rag"], found.starts["rag"] = dash.group("status"), dash.start("status")
            return found
    found = _read_fields(text)
    if found.fields:
        return found
    chips = mention_fields(text)  # '... @Claire Whitby Mar 31, 2027 AT RISK': unlabelled chips
    if chips is None:
        return found
    fields = {"owner": chips.owner, "due": chips.due}
    if chips.rag is not None:
        fields["rag"] = chips.rag
    return ProseFields(chips.text, fields, dict(chips.starts))


def names_who_or_when(text: str) -> bool:
    """Whether a paragraph's text names who does the action or when in its own words (a field
    read_fields reads: 'X will lead this', a closing who and when), for the card reader, which
    leaves such paragraphs, and the labelled lines under them, to this reader. The text may
    be the paragraph's last lines only (a card's title is its lines over the first field, a
    few at most): its closing sentence alone then counts ('Manager, Care Leavers is lead, and
    it is due in the course of September 2026.')."""
    if {"owner", "due"} & read_fields(text).fields.keys():
        return True
    return sentence_who_when(f". {text}", _names_someone, _CONNECTORS) is not None


def leader_field(text: str) -> tuple[str, str] | None:
    """(label, value) of a line that is one field, its label joined to its value by leader
    dots to a right tab ('Target date ........ March 2027'); None for any other line. The
    leader is the evidence a label stands before it, whatever its words."""
    m = _LEADER.match(text) if _may_lead(text) else None
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    if len(label.split()) > _LEADER_WORDS:
        return None
    return label, m.group("value")


def _may_lead(text: str) -> bool:
    """Whether a text holds what _LEADER's leader needs (four dots at least, spaced or not, or a
    run of ellipses, middle dots or underscores): most lines hold none, and the pattern's lazy
    label is tried at every length before it fails (a line-by-line cost on every page)."""
    return text.count(".") >= 4 or "……" in text or "···" in text or "____" in text


def leader_line(line: Line) -> tuple[str, str] | None:
    """(label, value) of a line that is one field: leader dots (leader_field), or a field label
    a vocabulary knows, with no colon, parted from its value by a tab's gap (_TAB_LEADER font
    sizes: 'Lead officer        Head of Early Help'), the gap standing for the leader. A label
    with a colon is read as any labelled line is. Word boxes are loaded only for a line that
    opens with a known label."""
    found = leader_field(line.text)
    if found is not None or not _OPENS_KNOWN.match(line.text):
        return found
    words = line.words
    if len(words) < 2 or " ".join(w.text for w in words) != " ".join(line.text.split()):
        return None
    for k in range(1, min(len(words), _LEADER_WORDS + 1)):
        if words[k].x0 - words[k - 1].x1 > _TAB_LEADER * line.font_size:
            label = " ".join(w.text for w in words[:k])
            key = label.lower()
            if key in FIELD_LABELS or key in NOTE_LABELS:
                return label, " ".join(w.text for w in words[k:])
            return None
    return None


def leader_text(line: Line) -> str:
    """The line's text, a field parted from its label by a tab's gap written with leader dots,
    as leader_field reads it (has_prose_actions reads text alone)."""
    found = leader_line(line)
    if found is None or leader_field(line.text) is not None:
        return line.text
    return f"{found[0]} .... {found[1]}"


def tab_text(text: str, line: Line) -> str:
    """The line's text with the last tab's gap before the fields closing it written as a
    spaced dash ('... attachment – Tom Ellery, 30 June 2027'), as an unlabelled who and when
    closing a paragraph is written (has_prose_actions reads text alone); the gap after a
    paragraph's number is its hanging indent's, no field's. Any other line as it is."""
    if text != line.text or not any(c.isdigit() for c in " ".join(text.split()[-3:])):
        return text  # no date closing the line: its word boxes are not worth loading
    words = line.words
    if len(words) < 3 or [w.text for w in words] != text.split():
        return text
    first = 2 if _REF_WORD.match(words[0].text) else 1
    for i in range(len(words) - 1, first - 1, -1):
        if words[i].x0 - words[i - 1].x1 > TAB_GAP * line.font_size:
            return " ".join([*text.split()[:i], "–", *text.split()[i:]])
    return text


def leader_role(label: str, value: str) -> str | None:
    """The action field a leader line gives: its label's, where the label is a known field or
    note label; else what its value says: recommendations cited ('Recommendation 2') link the
    action, a status's few words ('On track') are its status, a person or a post its owner,
    anything else is its note. A
    label no vocabulary holds ('Progress rating', 'Responds to') still names a field: the
    leader says so."""
    key = " ".join(label.lower().rstrip(" :").split())
    known = FIELD_LABELS.get(key) or NOTE_LABELS.get(key)
    if known is not None:
        return known
    if _REC_CITED.match(value.strip(" .")):
        return "rec"
    if reads_as_status(value):
        return "rag"
    if cell_type(value) is CellType.person:  # 'Responsible manager .... Head of Early Help'
        return "owner"
    return "progress"


def with_leaders(found: ProseFields, leaders: Iterable[tuple[str, str]]) -> ProseFields:
    """A paragraph's fields with those of the leader lines under it added (a field the text
    itself names comes first)."""
    for label, value in leaders:
        role = leader_role(label, value)
        if role is not None and role not in found.fields:
            found.fields[role] = value
    return found


def closing_status(text: str) -> tuple[str, str] | None:
    """(the text before, the status) where a text closes with a status after a spaced dash
    ('... (SP, Dec 2026) – some concern'): a few words that are no date. Whether they are the
    status is for the caller to judge, by what comes before the dash."""
    dash = _DASH_STATUS.search(text)
    if dash is None or not _status_shaped(dash.group("status")):
        return None
    return text[: dash.start()], dash.group("status")


def _status_shaped(words: str) -> bool:
    """A few words that are no date: what a status after a dash looks like."""
    return 0 < len(words.split()) <= _STATUS_WORDS and parse_due(words) is None


def _status_after(found: ProseFields, before: str, status: str) -> bool:
    """Whether the words after the closing dash are the paragraph's status: it names who or
    when and no status of its own, and the words read as a status, or they follow right on
    its who and when (a closing bracket, or the date closing a dashed clause), where nothing
    but a status stands in a numbered list's items."""
    if not {"owner", "due"} & found.fields.keys() or "rag" in found.fields:
        return False
    if reads_as_status(status):
        return True
    before = before.rstrip(" .;")
    named = [v for v in (found.fields.get("owner"), found.fields.get("due")) if v]
    if before.endswith(")"):  # the bracket closing the text is the one naming who or when
        return any(v in before[before.rfind("(") :] for v in named)
    return any(before.endswith(v) for v in named)


def _read_fields(text: str) -> ProseFields:
    """read_fields on the paragraph's text, whitespace collapsed, bar a status after a dash."""
    found = ProseFields(text)
    cut = len(text)
    m = _STATUS.search(text)
    if m is not None:
        found.fields["rag"], found.starts["rag"] = m.group("status"), m.start("status")
        text = text[: m.start()]
        cut = len(text)
    for m in _LABELLED.finditer(text):
        role = FIELD_LABELS.get(text_key(m.group("label")))
        asked = role is None
        role = role or question_role(m.group("label"))  # a label that asks: 'Who is leading this?'
        if role is None:
            continue
        end = _value_end(text, m.end())
        if asked and role == "progress":  # an answer's update runs on over its ';' (update_answer)
            end = update_answer_end(text, end, _value_end, _LINE_LABEL)
        value = text[m.end() : end].strip(_TRIM)
        if value and role not in found.fields:
            found.fields[role], found.starts[role] = value, m.end()
        start = m.start("label")
        if start > 0 and text[start - 1] == "(":
            start -= 1
        elif start > 1 and text[start - 2] == "(":
            start -= 2
        cut = min(cut, start)
    if "rag" not in found.fields and cut < len(text):
        cut = min(cut, _other_status(text, cut, found))
    lead = _LEAD.search(text)
    if lead is not None and lead.start("owner") > 0:
        found.fields.setdefault("owner", lead.group("owner").strip(_TRIM))
        found.starts.setdefault("owner", lead.start("owner"))
        if "due" not in found.fields:  # 'X is leading on this, and it is due in June 2027'
            _lead_due(text[:cut], found)
        cut = min(cut, lead.start("owner"))
    begin = 0
    opening = None if {"owner", "due"} & found.fields.keys() else opening_who_when(text[:cut])
    if opening is not None:  # 'By 31 March 2027, the Head of Service will: <text>'
        found.fields["owner"], found.starts["owner"] = opening.owner, opening.owner_at
        found.fields["due"], found.starts["due"] = opening.due, opening.due_at
        begin, cut = opening.text_at, min(cut, opening.text_end)
        found.sentence = True
    if not {"owner", "due"} & found.fields.keys():
        cut = min(cut, _closing_who_when(text[:cut], found))
    if not {"owner", "due"} & found.fields.keys():
        cut = min(cut, _sentence_who_when(text[:cut], found))
    found.text = text[begin:cut].strip(_TRIM) if found.has_fields() else text.strip(" \t")
    return found


def _other_status(text: str, after: int, found: ProseFields) -> int:
    """Where a clause after the fields (from `after` on) opens that a label no vocabulary holds
    heads and whose value reads as a status ('· Where we are: ● Slipping'), or opens with a
    status symbol (a coloured dot: '● Humming along', words no vocabulary knows, kept for the
    RAG normaliser to judge and for the unread status's warning to quote), the status put in
    `found`; the text's length where no such clause is."""
    for m in _OTHER_LABEL.finditer(text, after):
        value = text[m.end() : _value_end(text, m.end())].strip(_TRIM)
        marked = is_status_mark(value[:1]) and len(value.split()) <= _STATUS_WORDS + 1
        if value and (reads_as_status(value) or marked):
            found.fields["rag"], found.starts["rag"] = value, m.end()
            return m.start("label")
    return len(text)


class WhoWhen(NamedTuple):
    """An unlabelled who and when closing a text: where it starts, the owner and the due as
    printed, and where each starts in the text."""

    start: int
    owner: str
    due: str
    owner_at: int
    due_at: int


def closing_who_when(text: str) -> WhoWhen | None:
    """The unlabelled who and when closing a text ('... review (SP, Dec 2026)', '... review –
    Head of Service by March 2026'), split by the owner normaliser; None when it closes with
    none. Both must be there, the date one the date normaliser reads and the owner a few words
    that are no date: a bracket citing a year ('(Ofsted, 2025)'), a date range ('Mar 2026 - Oct
    2026') or labelled fields strung with dashes is no evidence of an action."""
    for m in (_CLOSING_BRACKET.search(text), _CLOSING_DASH.search(text)):
        if m is None or m.start() == 0:
            continue
        if _SPACED_DASH.search(m.group("inner")):
            continue  # 'Owner - X Target date - 2026': labelled fields, no clause of who/when
        split = split_owner_due(m.group("inner"))
        if split is None or len(split.owner.split()) > _OWNER_WORDS:
            continue
        if parse_due(split.due_raw) is None or parse_due(split.owner) is not None:
            continue  # 'Group Manager Mar 2026 - Oct 2026': a date range, no owner
        inner = m.start("inner")
        due_at = inner + max(0, m.group("inner").rfind(split.due_raw))
        return WhoWhen(m.start(), split.owner, split.due_raw, inner, due_at)
    return None


class Opening(NamedTuple):
    """Who and when of a commitment sentence: where the action's text starts and ends, the
    owner and the due as printed (bar the article grammar puts before them), where each
    starts."""

    text_at: int
    text_end: int
    owner: str
    due: str
    owner_at: int
    due_at: int


def opening_who_when(text: str) -> Opening | None:
    """The who and when a commitment sentence opens with ('By 31 March 2027, the Head of
    Service will: <text>', 'By the end of May 2026, Tom Ellery will <text>'): the clause before
    the first commitment verb (data) that the owner normaliser splits into an owner of a few
    words and a date the date normaliser reads; 'the' opening either is grammar ('the Head of
    Service', 'by the end of March'), no part of it. Or the other order, the owner before
    the verb and the date after the text's last 'by' ('Tom Ellery will review every plan by
    March 2026': _owner_will_by). None where the text opens with no such clause: 'The service
    will improve ... by March 2026' names no one, so it is the action's own text."""
    for m in _COMMIT_VERB.finditer(text, 0, _MAX_LEAD):
        lead = text[: m.start()]
        if any(c in lead for c in ";()[]") or ". " in lead:
            break  # the clause ended before the verb: the verb is the text's own
        split = split_owner_due(lead)
        if split is None:
            other = _owner_will_by(text, lead, m.end())
            if other is not None:
                return other
            continue
        owner, due = _ARTICLE.sub("", split.owner), _ARTICLE.sub("", split.due_raw)
        if not owner or len(owner.split()) > _OWNER_WORDS:
            continue
        if parse_due(due) is None or parse_due(owner) is not None:
            continue
        at = (max(0, lead.rfind(owner)), max(0, lead.find(due)))
        return Opening(m.end(), len(text), owner, due, *at)
    return None


def _owner_will_by(text: str, lead: str, at: int) -> Opening | None:
    """'<owner> will <text> by <date>': the lead before the verb printed as a name or a post
    (_names_someone), the rest split by the owner normaliser at its last ' by ' into the text
    and a date the date normaliser reads."""
    owner = _OPENING_ARTICLE.sub("", lead)
    if not _names_someone(owner):
        return None
    rest = text[at:].rstrip(" .;")
    split = split_owner_due(rest)
    if split is None or not rest.startswith(split.owner):
        return None
    if not DEADLINE_AFTER.match(rest[len(split.owner) :]):
        return None  # the date after a comma or dash is no deadline of this sentence
    due = _ARTICLE.sub("", split.due_raw)
    if parse_due(due) is None:
        return None
    due_at = at + rest.rfind(due)
    # where each starts, the sentence's start where the normaliser reworded it (never -1)
    return Opening(at, at + len(split.owner), owner, due, max(0, lead.find(owner)), due_at)


def _names_someone(words: str) -> bool:
    """Words printed as a person's name or a post ('Tom Ellery', 'Head of Service, Children in
    Care'): each capitalised but for the small words such names hold, two words at least and
    typed as a person, or one acronym ('DCS'). 'We', 'The service', 'The Council' are none."""
    parts = words.replace(",", " ").split()
    if not parts or len(parts) > _OWNER_WORDS or not parts[0][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w in _CONNECTORS) for w in parts):
        return False
    if len(parts) == 1:
        return words.isupper() and words.isalpha() and 2 <= len(words) <= 6
    return cell_type(words) is CellType.person


def _closing_who_when(text: str, found: ProseFields) -> int:
    """Where an unlabelled who and when closing the paragraph starts, its owner and due put in
    `found`; the text's length when it closes with none (closing_who_when)."""
    closing = closing_who_when(text)
    if closing is None:
        return len(text)
    found.fields["owner"], found.starts["owner"] = closing.owner, closing.owner_at
    found.fields["due"], found.starts["due"] = closing.due, closing.due_at
    return closing.start


def _sentence_who_when(text: str, found: ProseFields) -> int:
    """Where a closing sentence naming who and when in two unlabelled clauses starts ('...
    Ruth Kowalczyk is the lead; ready by late March 2026.': sentence_who_when), its owner and
    due put in `found`; the text's length when it closes with none."""
    said = sentence_who_when(text, _names_someone, _CONNECTORS)
    if said is None:
        return len(text)
    found.fields["owner"], found.starts["owner"] = said.owner, said.owner_at
    found.fields["due"], found.starts["due"] = said.due, said.due_at
    return said.start


def _lead_due(text: str, found: ProseFields) -> None:
    """The due date of a closing sentence whose owner clause a lead phrase gave ('Sian
    Pritchard is leading on this, and it is to be finished in the course of January 2026'):
    the sentence read as two clauses (sentence_who_when), its owner the one the lead phrase
    named; `found` unchanged where it is no such sentence."""
    said = sentence_who_when(text, _names_someone, _CONNECTORS)
    if said is not None and said.owner == found.fields.get("owner"):
        found.fields["due"], found.starts["due"] = said.due, said.due_at


def _value_end(text: str, start: int) -> int:
    """Where a field's value starting at `start` ends: at ';', '[' or '|', at a sentence's end,
    at a ')' closing the bracketed group the field is in ('(SRO: DCS)'), or at the text's end.
    A bracket the value opens itself is part of it: 'Commissioning Manager (Martin Hale)'."""
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif c in _CLAUSE_ENDS or (
            c == "." and (i + 1 == len(text) or text[i + 1].isspace()) and not _month_dot(text, i)
        ):
            return i
    return len(text)


def _month_dot(text: str, at: int) -> bool:
    """Whether the full stop at `at` closes an abbreviated month before its year ('Oct. 2026',
    'Sept. 2026'), not a sentence: a date field's value runs on over it."""
    m = _MONTH_DOT.search(text, 0, at + 1)
    return m is not None and m.end() == at + 1 and _YEAR_NEXT.match(text, at + 1) is not None


def clauses(texts: Sequence[str]) -> list[str]:
    """A paragraph's lines as the parts to join, each line that opens with a field label
    ('Owned by: ...' / 'Complete by: ...' on lines of their own under the action's text)
    starting a clause: the line before it is closed with ';', as the inline forms close theirs.
    """
    parts = [field_line(t, _opens_known_label) for t in texts]  # '(a) Owner: ...' -> 'Owner: ...'
    for k in range(1, len(parts)):
        if _opens_label(parts[k - 1], parts[k]) and not parts[k - 1].rstrip().endswith(
            (";", "(", "|")
        ):
            parts[k - 1] = parts[k - 1].rstrip() + ";"
    return parts


def _opens_known_label(text: str) -> bool:
    """A text opening with a field or note label the vocabulary holds and its colon."""
    return bool(_LINE_LABEL.match(text) or _NOTE.match(text))


def _opens_label(prev: str, line: str) -> bool:
    """A line opening with a field label of its own: not the end of a label the line above
    began ('(Held' / 'by: ...' is 'Held by:' wrapped, not a 'By:' field)."""
    if not _LINE_LABEL.match(line):
        return False
    tail = prev.split()[-1:]
    return not tail or not _LINE_LABEL.match(f"{tail[0].lstrip('([')} {line.lstrip()}")


def read_note(lines: Sequence[Line]) -> tuple[str, str] | None:
    """(role, value) of a note under an action paragraph ('Position now: ...')."""
    texts = [ln.text for ln in lines]
    m = _NOTE.match(join_text([field_line(texts[0], _opens_known_label), *texts[1:]]))
    if m is None:
        return None
    value = " ".join(m.group("value").split())
    return (NOTE_LABELS[text_key(m.group("label"))], value) if value else None


def read_update(text: str) -> dict[str, str]:
    """The fields of an update line under an action, clause by labelled clause ('Since last
    board: Monthly reports in place. Pulse: Limited progress'): a clause under a field label
    gives that field; the status is the clause whose value is a status's few words the RAG
    normaliser reads, one naming a colour before one naming only a state ('Since last board:
    Not yet started. Pulse: Good progress' is green); the first other clause is the progress
    note. The label words need not be known: a council's own label for its rating ('Pulse',
    'Assurance') is read by what its value says."""
    clauses = _update_clauses(text)
    out: dict[str, str] = {}
    status = _status_clause(clauses)
    if status is not None:
        out["rag"] = clauses[status][1].rstrip(" .")
    for k, (label, value) in enumerate(clauses):
        role = FIELD_LABELS.get(label) or NOTE_LABELS.get(label) or "progress"
        if k != status and value.strip(" .") and role not in out:
            out[role] = value.rstrip(" .")  # the full stop parts it from the next clause
    return out


def _update_clauses(text: str) -> list[tuple[str, str]]:
    """(label in lower case, value) of each labelled clause of an update line."""
    text = " ".join(text.split())
    marks = list(_UPDATE_LABEL.finditer(text))
    out: list[tuple[str, str]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        out.append((text_key(m.group("label")), text[m.end() : end].strip(" ;|")))
    return out


def _status_clause(clauses: Sequence[tuple[str, str]]) -> int | None:
    """Which clause is the status: under a status label, else a colour's words, else a state's,
    the last of equals (the rating closes an update line: 'Where things stand: Two pilots done |
    Confidence: Minor slippage'); a clause under another field's label is never the status."""
    open_roles = (None, "rag", "progress")
    ranked: list[tuple[int, int]] = []
    for k, (label, value) in enumerate(clauses):
        role = FIELD_LABELS.get(label) or NOTE_LABELS.get(label)
        if role not in open_roles or not reads_as_status(value):
            continue
        colour = normalise_rag(value.rstrip(" .")) is not None
        ranked.append((0 if role == "rag" else 1 if colour else 2, -k))
    return -min(ranked)[1] if ranked else None


def reads_as_status(value: str) -> bool:
    """A value that is a status: a few words the RAG normaliser reads as a colour or a state
    ('Limited progress', 'Not yet commenced', a note's first sentence 'Major slippage'); a
    sentence using a status word is a note ('Delayed because of staff turnover'). Shared by
    the paragraph and commitment readers."""
    words = value.rstrip(" .").split()
    if not words or len(words) > _STATUS_WORDS:
        return False
    status = " ".join(words)
    return normalise_rag(status) is not None or is_status_state(status)


def has_prose_actions(lines: Iterable[str]) -> bool:
    """Whether a document's lines hold numbered action paragraphs with fields: at least
    MIN_PARAGRAPHS lines opening with a two-level number whose text, with the few lines after
    it up to the next number or a line closing with a status in square brackets (and the
    leader lines under them: leader_field), names an owner, a date or a status. From the text
    alone (no layout read): a sign of a plan for classification, and the cheap test before the
    layout is read for paragraphs."""
    texts = [" ".join(t.split()) for t in lines]
    found = 0
    for i, text in enumerate(texts):
        m = _REF.match(text)
        if m is None:
            continue
        parts = [text[m.end() :]]
        leaders: list[tuple[str, str]] = []
        for k, nxt in enumerate(texts[i + 1 :], start=1):
            led = leader_field(nxt)
            if _REF.match(nxt) or (led is None and (leaders or k > _WRAPS)):
                break
            if not leaders and _closes_with_status(parts[-1]):
                break  # a status in square brackets closes the paragraph: the next is a note
            if led is not None:
                leaders.append(led)
            else:
                parts.append(nxt)
        body = join_text(clauses(parts))
        fields = with_leaders(read_fields(body), leaders)
        found += (
            fields.has_fields()
            or (not leaders and tab_fields(body, ()) is not None)
            or _chips_closing(parts)
            or _sentence_closing(parts)
        )
        if found >= MIN_PARAGRAPHS:
            return True
    return False


def _chips_closing(parts: Sequence[str]) -> bool:
    """Whether the numbered line, with some of the lines after it, closes with unlabelled
    chips (mention_fields): a note line under the chips ('Note: ...') would hide them."""
    return any(
        mention_fields(join_text(clauses(parts[:n]))) is not None for n in range(1, len(parts))
    )


def _sentence_closing(parts: Sequence[str]) -> bool:
    """Whether the numbered line, with some of the lines after it, closes with a sentence
    naming who and when in two unlabelled clauses (sentence_who_when): a line under it in a
    label of the plan's own ('Check: ...') would hide it."""
    return any(
        sentence_who_when(join_text(clauses(parts[:n])), _names_someone, _CONNECTORS) is not None
        for n in range(1, len(parts))
    )


def _closes_with_status(text: str) -> bool:
    """A line closing with a status in square brackets that reads as one ('... [On track]'):
    the end of its paragraph."""
    m = _STATUS.search(text)
    return m is not None and reads_as_status(m.group("status"))


def adopt_prose_actions(elements: list[Element]) -> list[Element]:
    """Elements with a plan's numbered action paragraphs read as action tables, one per run of
    paragraphs (a section); unchanged where the paragraphs are no actions (see the module
    docstring), or where the plan's action tables hold its actions: unless its paragraphs with
    fields clearly outnumber their rows (twice as many and MIN_PARAGRAPHS more), the plan is
    a table plan whose text only mentions who does what."""
    rows = _table_actions(elements)
    texts = (tab_text(leader_text(ln), ln) for el in _texts(elements) for ln in el.lines)
    if not has_prose_actions(texts):
        return elements
    paragraphs = _paragraphs(elements)
    read = [
        (p, _at_tab(p, with_leaders(read_fields(p.body), (lf[:2] for lf in p.leaders))))
        for p in paragraphs
    ]
    with_fields = [(p, f) for p, f in read if f.has_fields() and f.text]
    if len(with_fields) < MIN_PARAGRAPHS or 2 * len(with_fields) < len(read):
        return elements
    if rows and len(with_fields) < 2 * rows + MIN_PARAGRAPHS:
        return elements
    size = _body_size([p for p, _ in with_fields])
    depth = _depth([p for p, _ in with_fields])
    actions = [
        (p, f)
        for p, f in read
        if f.text
        and abs(p.lines[0].font_size - size) < _SIZE
        and (f.has_fields() or p.ref.count(".") == depth)
    ]
    _drop_section_number(elements, [p for p, _ in actions])
    return _rebuild(elements, actions)


def _at_tab(p: _Paragraph, found: ProseFields) -> ProseFields:
    """The paragraph's fields, with its owner and due date read where it names neither inline
    but closes with them set at a right tab ('... attachment <tab> Martin Hale | 30 September
    2026': plan_tab_fields)."""
    if {"owner", "due"} & found.fields.keys():
        return found
    at_tab = tab_fields(p.body, p.lines, len(p.ref.split()))
    if at_tab is None:
        return found
    fields = {**found.fields, "due": at_tab.due}
    starts = {**found.starts, "due": at_tab.due_at}
    if at_tab.owner is not None:
        fields["owner"], starts["owner"] = at_tab.owner, at_tab.owner_at
    return ProseFields(p.body[: at_tab.start].strip(_TRIM), fields, starts)


def _depth(paragraphs: Sequence[_Paragraph]) -> int:
    """How many levels most action paragraphs' numbers have (dots in '2.1.3': 2). A numbered
    paragraph with no fields at another depth is the paper's own text ('1.1 To update the
    Committee ...' above actions numbered '2.1.1'), no action."""
    depths = [p.ref.count(".") for p in paragraphs]
    return max(set(depths), key=depths.count)


def _drop_section_number(elements: Sequence[Element], paragraphs: Sequence[_Paragraph]) -> None:
    """Action refs with the number of the paper's section they sit in taken off
    (without_section_number)."""
    if not paragraphs:
        return
    first = paragraphs[0].lines[0]
    refs = without_section_number(elements, [p.ref for p in paragraphs], (first.page, first.top))
    for p, ref in zip(paragraphs, refs, strict=True):
        p.ref = ref


def without_section_number(
    elements: Sequence[Element], refs: Sequence[str], first_at: tuple[int, float]
) -> list[str]:
    """Action refs with the number of the paper's section they sit in taken off: in a report
    numbered by section ('2. Progress against the recommendations'), '2.1.3' is the section's
    recommendation 1, action 3 (ref '1.3'). Only when every action is three levels deep under
    one first number, and that number heads a section of the text above the first action
    (first_at: its page and top). Any reader of numbered action paragraphs uses it."""
    parts = [ref.split(".") for ref in refs]
    if len(parts) < MIN_PARAGRAPHS or any(len(x) != 3 for x in parts):
        return list(refs)
    firsts = {x[0] for x in parts}
    if len(firsts) != 1:
        return list(refs)
    (section,) = firsts
    heads = {
        m.group(1)
        for el in _texts(elements)
        for ln in el.lines
        if (ln.page, ln.top) < first_at and (m := _SECTION_HEAD.match(ln.text))
    }
    if section not in heads:
        return list(refs)
    return [".".join(x[1:]) for x in parts]


def _texts(elements: Sequence[Element]) -> list[Element]:
    return [el for el in elements if el.table is None and el.raw is None]


def _table_actions(elements: Sequence[Element]) -> int:
    """How many action rows the plan's printed action tables hold (heading rows left out).
    Cards read from labelled lines (plan_cards: tables with no printed piece) are text as the
    paragraphs are, and do not count: a plan's numbered paragraphs read as cards on one page
    are no table that holds its actions."""
    return sum(
        sum(1 for r in el.table.rows if not r.section)
        for el in elements
        if el.table is not None and el.table.kind == ACTION_TABLE and el.table.pieces
    )


def _body_size(paragraphs: Sequence[_Paragraph]) -> float:
    """The font size most of the action paragraphs with fields are set in."""
    sizes = [round(p.lines[0].font_size, 1) for p in paragraphs]
    return max(set(sizes), key=sizes.count)


def _paragraphs(elements: Sequence[Element]) -> list[_Paragraph]:
    """Every numbered paragraph of the plan's text, with its note, in reading order; a table
    ends the paragraph before it."""
    out: list[_Paragraph] = []
    current: _Paragraph | None = None
    for el in elements:
        if el.table is not None or el.raw is not None:
            current = None
            continue
        for ln in el.lines:
            m = _REF.match(ln.text)
            if m is not None and current is not None and _position_of(current, ln, m):
                current.note.append(ln)
            elif m is not None:
                current = _Paragraph(m.group("ref"), [ln], indent=_hanging(ln, m.end()))
                out.append(current)
            elif current is not None and not _add(current, ln):
                current = None
    return out


def _position_of(p: _Paragraph, line: Line, m: re.Match[str]) -> bool:
    """A numbered line one level under the paragraph's number that opens with a status or note
    label ('2.1.1 RAG: Amber. Work started' under '2.1 <action>'): the paragraph's position, a
    third level of the list, not an action of its own."""
    if p.note or p.leaders or not m.group("ref").startswith(f"{p.ref}."):
        return False
    return m.group("ref").count(".") == p.ref.count(".") + 1 and bool(
        _POSITION.match(line.text[m.end() :])
    )


def _hanging(line: Line, ref_end: int) -> float | None:
    """The x where the text after the number starts, when a gap wider than a space (a tab to
    a hanging indent) parts it from the number; else None. A justified line spreads every
    space it holds, the ones after its number too: there the gap is scaled back by the
    line's spread (its word gaps over a plain space), or the indent would stand right of
    where the paragraph's wrapped lines start and they would be taken for other text."""
    words = line.words
    if len(words) < 2 or not _REF_WORD.match(words[0].text):
        return None
    gap = words[1].x0 - words[0].x1
    if gap <= 0.8 * line.font_size:
        return None
    spaces = sorted(b.x0 - a.x1 for a, b in zip(words[1:], words[2:], strict=False))
    plain = _SPACE * line.font_size
    if len(spaces) >= 3 and spaces[len(spaces) // 2] > plain:
        gap *= plain / spaces[len(spaces) // 2]
    return words[0].x1 + gap


def _add(p: _Paragraph, line: Line) -> bool:
    """Add a line to the paragraph (its text, its leader lines or its note) when it carries it
    on; after its leader lines only another carries it on."""
    led = leader_line(line)
    if led is not None and not p.note:
        last = p.led_lines[-1] if p.led_lines else p.lines[-1]
        if carries_on(last, line, None, p.lines[0].x0 - 2):
            p.leaders.append((*led, line))
            p.led_lines.append(line)
            return True
        return False
    if p.leaders:
        return _wraps_leader(p, line)
    if not p.note:
        if wraps_hashtags(p.lines[0], p.lines[-1], line):  # '#offtrack' wrapped alone
            p.lines.append(line)
            if p.fields_line is not None:
                p.fields_line = line  # a note under the pill is under the fields
            return True
        if p.fields_line is not None:
            if _wraps_fields(p.fields_line, line):
                p.lines.append(line)
                p.fields_line = line
                return True
            if _under_fields(p, line) or _note_under_fields(p, line):
                p.note.append(line)
                return True
            return False
        noted = _NOTE.match(field_line(line.text, _opens_known_label))  # '(d) Position: ...'
        if (noted or _update_line(p, line)) and not _open_bracket(p.lines):
            if line.x0 >= p.lines[0].x0 - 2:
                p.note.append(line)
                return True
            return False
        if carries_on(p.lines[-1], line, p.indent, p.lines[0].x0):
            p.lines.append(line)
            return True
        if _wraps_to_margin(p, line):
            p.lines.append(line)
            p.indent = None
            return True
        if _wraps_chips(p, line):
            p.lines.append(line)
            return True
        if _status_line(p, line):
            p.note.append(line)
            return True
        if _fields_line(p, line):
            p.lines.append(line)
            p.fields_line = line
            return True
        return False
    if beside(p.note[-1], line) or (
        not _NOTE.match(line.text) and carries_on(p.note[-1], line, None, p.note[0].x0)
    ):
        p.note.append(line)
        return True
    if _note_under_status(p.note, line):
        p.note.append(line)
        return True
    return False


def _note_under_status(note: Sequence[Line], line: Line) -> bool:
    """A labelled note ('Latest position: ...') under a status line that is a status alone
    ('Standing: On course.', the paragraph's status wrapped onto a line of its own): the
    action's note still, as it is under the paragraph (_note_fields reads the two apart); the
    paragraph had ended there, its note lost. Under a status said by its colour ('Check:
    Simmering', inked_status) the note's label may be the plan's own words too ('Cook's
    note: ...')."""
    first = note[0]
    inked = _UPDATE_LABEL.match(line.text) is not None and inked_status(first) is not None
    if len(note) != 1 or _NOTE.match(first.text) or not (inked or _NOTE.match(line.text)):
        return False
    if _REF.match(line.text) or line.x0 < first.x0 - 2:
        return False
    if inked:  # a line of its own, its note perhaps set apart by a paragraph's space
        return _under_by_gap(first, line)
    fields = _note_fields(note, False)
    return set(fields) == {"rag"} and _next_under(first, line)


def _wraps_chips(p: _Paragraph, line: Line) -> bool:
    """A wrapped line of a task-list line's chips ('... @Leon Fairweather Jan 25,' over '2027
    AT RISK'): set in the chips' smaller type (and their padding may start it left of the
    line), so carries_on does not take it; taken where it completes the line's unlabelled
    owner, date and status (mention_fields) and sits at line pitch under it."""
    last = p.lines[-1]
    if line.page != last.page or not 0 < line.top - last.top <= HANGING_PITCH * last.font_size:
        return False
    if line.x0 < p.lines[0].x0 - 2 * last.font_size:
        return False
    before = mention_fields(p.body)
    after = mention_fields(f"{p.body} {line.text}")
    # a status lozenge alone on the wrap ('ON TRACK' under '... @X Jul 31, 2027') completes it
    return after is not None and (before is None or (before.rag is None and after.rag is not None))


def _status_line(p: _Paragraph, line: Line) -> bool:
    """A line under the paragraph, in a type of its own (so it carries no text on), that opens
    with a status label ('RAG: Amber. Work started'): the action's position, once the paragraph
    has named its who or when; not left of it, and under it by a paragraph gap at most."""
    if not _POSITION.match(line.text) or _NOTE.match(line.text) or line.x0 < p.lines[0].x0 - 2:
        return False
    last = p.lines[-1]
    if line.page != last.page or not 0 < line.top - last.top <= _UPDATE_DROP * last.font_size:
        return False
    found = read_fields(p.body)
    return bool({"owner", "due"} & found.fields.keys()) or (
        tab_fields(p.body, p.lines, len(p.ref.split())) is not None
    )


def _fields_line(p: _Paragraph, line: Line) -> bool:
    """A line under the numbered paragraph, in a type of its own (a smaller or lighter size, so
    it carries no text on), that opens with a field label and holds the paragraph's fields run
    in one after another ('Who: ... · When: ... · Where we are: ● On track'): part of the
    paragraph, where its text names no field itself. Not left of it, and under it at a line's
    pitch or a paragraph gap (or first on the next page)."""
    if p.note or p.leaders or not _LINE_LABEL.match(line.text):
        return False
    if line.x0 < p.lines[0].x0 - 3 or _REF.match(line.text) or read_fields(p.body).has_fields():
        return False
    found = read_fields(f"; {line.text}")
    # a line's weight is its first letters': a strip of fields with bold labels opens bold, a
    # bold line with one field at most is a heading's
    # ('Who is responsible? Helen Markham', its question set bold, is a field: answered_question)
    if line.bold and len(found.fields) < 2 and not answered_question(line.text):
        return False
    return _under_by_gap(p.lines[-1], line) and found.has_fields()


def _note_under_fields(p: _Paragraph, line: Line) -> bool:
    """A labelled note ('Latest: ...') right under the paragraph's own fields line, not left
    of the paragraph: the action's note, as it is under the paragraph's text."""
    if p.fields_line is None or _NOTE.match(line.text) is None or _REF.match(line.text):
        return False
    return line.x0 >= p.lines[0].x0 - 2 and _under_by_gap(p.fields_line, line)


def _under_by_gap(prev: Line, line: Line) -> bool:
    """The line under `prev` at a line's pitch or a paragraph gap (a fields line set as a
    paragraph of its own, with space before it), or first on the next page."""
    if line.page == prev.page:
        drop = min(line.top - prev.top, line.bottom - prev.bottom)
        return 0 < drop <= _UPDATE_DROP * max(line.font_size, prev.font_size)
    return _next_under(prev, line)


def _wraps_fields(prev: Line, line: Line) -> bool:
    """A line carrying the fields line on (its fields wrapped in a narrow column): in its type
    (size, weight and colour), right under it at its left edge or right of it, no number of
    its own. A line in another type is the note under the fields (_under_fields)."""
    if line.bold != prev.bold or abs(line.font_size - prev.font_size) >= _SIZE:
        return False
    if line.colour != prev.colour or line.x0 < prev.x0 - 3 or _REF.match(line.text):
        return False
    return _next_under(prev, line)


def _under_fields(p: _Paragraph, line: Line) -> bool:
    """A line right under the paragraph's own fields line, in plain type at its left edge,
    opening with no label: the action's note (its progress sentence), as a note under a label
    is; a bold line (a heading) or a numbered one is not."""
    if p.fields_line is None or line.bold or _REF.match(line.text):
        return False
    if line.x0 < p.lines[0].x0 - 3 or _LINE_LABEL.match(line.text) or _NOTE.match(line.text):
        return False
    return _next_under(p.fields_line, line)


def _next_under(prev: Line, line: Line) -> bool:
    """The line next under `prev` at a line's pitch (whatever the two sizes), or first on the
    next page."""
    if line.page == prev.page:
        drop = min(line.top - prev.top, line.bottom - prev.bottom)
        return 0 < drop <= PITCH * max(line.font_size, prev.font_size)
    return line.page == prev.page + 1 and line.index <= 1


def _wraps_leader(p: _Paragraph, line: Line) -> bool:
    """A line carrying the last leader line's value on (a long note wrapped back to the margin):
    in its style, at line pitch under it, with no label of its own; the value takes its text.
    Any other line after the leader lines ends the paragraph."""
    label, value, first = p.leaders[-1]
    last = p.led_lines[-1]
    if line.bold != last.bold or _NOTE.match(line.text) or _LINE_LABEL.match(line.text):
        return False
    if _REF.match(line.text) or not carries_on(last, line, None, p.lines[0].x0 - 2):
        return False
    p.leaders[-1] = (label, join_text([value, line.text]), first)
    p.led_lines.append(line)
    return True


def _wraps_to_margin(p: _Paragraph, line: Line) -> bool:
    """A numbered line set off from its text by a tab whose text wraps back to the margin
    ('2.1<tab>Hold a monthly ... of the' / 'safeguarding', a word processor's numbered
    heading): the line under the first, at its left edge, in its font, and no further below
    it than a hanging paragraph's line may be (the shape is as sure as a hanging indent). A
    line's weight is its first run's, so under a bold number the wrap may read as another
    weight: a line opening in lower case under a first line that closed no sentence still
    carries it on."""
    first = p.lines[0]
    if p.indent is None or len(p.lines) != 1 or abs(line.x0 - first.x0) > 3:
        return False
    same = line.bold == first.bold or (
        line.text[:1].islower() and not first.text.rstrip().endswith((".", ":", ";"))
    )
    return same and carries_on(first, line, first.x0)


def beside(prev: Line, line: Line) -> bool:
    """The next clause of a note on the same line of print, set apart by a tab ('Since last
    board: ...' <tab> 'Pulse: Limited progress'): right of the note's last piece, on its line."""
    if line.page != prev.page or line.x0 <= prev.bbox[2]:
        return False
    return abs(line.top - prev.top) < 0.5 * prev.font_size and line.index - prev.index in (0, 1)


def opens_update(line: Line) -> bool:
    """A line that opens with a label of its own words and a colon, not a field label (which
    carries the action's own text on: 'Owned by: ...') and not bold (a heading): the shape of
    an update line under an action."""
    return (
        not line.bold and not _LINE_LABEL.match(line.text) and bool(_UPDATE_LABEL.match(line.text))
    )


def _update_line(p: _Paragraph, line: Line) -> bool:
    """A line under an action paragraph that opens with a label in words no vocabulary holds
    ('Since last board: ...', 'Where we are up to: ...'): the action's update, when the
    paragraph has closed with its own fields (its who and when read, or its status in closing
    square brackets) and the line is not left
    of it, under it by a paragraph gap at most and not bold (a heading). A field label opening
    the line ('Owned by:') carries the paragraph on instead."""
    if not opens_update(line):
        return False
    last = p.lines[-1]
    if line.x0 < p.lines[0].x0 - 2 or not last.text.rstrip().endswith((".", ")", "]")):
        return False
    if line.page == last.page:
        drop = line.top - last.top
        if not 0 < drop <= _UPDATE_DROP * last.font_size:
            return False
    elif not (line.page == last.page + 1 and line.index <= 1):
        return False
    return read_fields(p.body).has_fields()


def _open_bracket(lines: Sequence[Line]) -> bool:
    text = " ".join(ln.text for ln in lines)
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def carries_on(prev: Line, line: Line, indent: float | None, left: float | None = None) -> bool:
    """A wrapped line of the same paragraph: its size, at its hanging indent (where it has one)
    or not left of its first line, at line pitch below the line above, first on the next
    page, or next in the page's text at the head of the next column (a page set in columns)."""
    edge = indent if indent is not None else left
    if abs(line.font_size - prev.font_size) >= _SIZE or (edge is not None and line.x0 < edge - 3):
        return False
    if line.page == prev.page and line.x0 > prev.bbox[2] and line.top < prev.top:
        return line.index == prev.index + 1  # the column broke the paragraph
    if line.page == prev.page:
        # a line's box is its first and last glyphs' ('reading at age eleven' has no capital):
        # its top or its bottom may be off the line's pitch by a glyph's height, not both
        drop = min(line.top - prev.top, line.bottom - prev.bottom)
        return 0 < drop <= (PITCH if indent is None else HANGING_PITCH) * prev.font_size
    return line.page == prev.page + 1 and line.index <= 1


def _rebuild(
    elements: Sequence[Element], actions: Sequence[tuple[_Paragraph, ProseFields]]
) -> list[Element]:
    """The elements with each action paragraph's lines taken out and read as a row of an action
    table; paragraphs in a run (no other text between them) share a table."""
    roles = LINKED_ROLES if any("rec" in f.fields for _, f in actions) else ROLES
    rows = {id(p.lines[0]): _row(p, f, roles) for p, f in actions}
    taken = {id(ln) for p, _ in actions for ln in (*p.lines, *p.note, *p.led_lines)}
    return rows_as_tables(elements, rows, taken, roles)


def rows_as_tables(
    elements: Sequence[Element],
    rows: Mapping[int, Row],
    taken: set[int],
    roles: Sequence[str] = ROLES,
) -> list[Element]:
    """The elements with the `taken` lines (by id) taken out, and the row made of each run of
    text set where its first line (`rows`, by line id) stood: rows in a run (no other text
    between them) share one action table. Prose actions and running-text commitments both
    become tables this way, so owner, date and status go through the table readers."""
    out: list[Element] = []
    table: PlanTable | None = None
    for el in elements:
        if el.table is not None or el.raw is not None:
            out.append(el)
            table = None
            continue
        rest: list[Line] = []
        for ln in el.lines:
            if id(ln) not in taken:
                rest.append(ln)
                continue
            if rest:
                out.append(Element(rest[0].page, rest[0].top, lines=rest))
                rest, table = [], None
            if id(ln) in rows:
                if table is None:
                    table = PlanTable(
                        ACTION_TABLE, list(roles), printed_labels(roles), [], ln.page, ln.top
                    )
                    out.append(Element(ln.page, ln.top, table=table))
                table.rows.append(rows[id(ln)])
        if rest:
            out.append(Element(rest[0].page, rest[0].top, lines=rest))
            table = None
    return out


def printed_labels(roles: Sequence[str] = ROLES) -> list[str]:
    """Column labels for the made table: the role names (the paragraphs print no header)."""
    return [role.capitalize() for role in roles]


def _row(p: _Paragraph, f: ProseFields, roles: Sequence[str]) -> Row:
    """A row of the made table: each cell holds a field's value, boxed by the line it is on."""
    offsets = _offsets(p)
    first = p.lines[0]
    page_lines = [ln for ln in p.lines if ln.page == first.page]
    values: dict[str, tuple[str, Line | None]] = {
        "ref": (p.ref, first),
        "action": (f.text, None),
        **{
            role: (value, _line_at(p, offsets, f.starts.get(role, 0)))
            for role, value in f.fields.items()
        },
    }
    for label, value, led in p.leaders:  # a leader line boxes its own field
        role = leader_role(label, value)
        if role is not None and values.get(role, ("", None))[0] == value:
            values[role] = (value, led)
    for role, value in _note_fields(p.note, p.fields_line is not None).items():
        if role not in f.fields:
            values[role] = (value, p.note[0])
    cells: list[Cell | None] = []
    for role in roles:
        if role not in values:
            cells.append(None)
            continue
        text, line = values[role]
        lines = page_lines if line is None else [line if line.page == first.page else first]
        cells.append(made_cell(text, lines))
    return Row(cells=cells, page=first.page, merged_above=[False] * len(cells))


def _note_fields(note: Sequence[Line], under_fields: bool) -> dict[str, str]:
    """The fields the note under a paragraph gives: a note under a known label is that field
    ('Position now: ...'); under_fields (the paragraph's fields on a line of their own, the
    note a sentence under it: _under_fields), a note opening with no label of its own is the
    progress, all of it; else an update line read clause by clause (read_update), its status
    the clause that reads as one."""
    if not note:
        return {}
    for k, line in enumerate(note):
        inked = inked_status(line)
        if inked is not None:  # 'Check: Slipping', the word in its colour: the status
            return {**_note_fields([*note[:k], *note[k + 1 :]], under_fields), "rag": inked}
    if len(note) >= 2 and _note_under_status(note[:1], note[1]):  # 'Standing: On course.'
        known = read_note(note[1:])  # the labelled note under the status line
        return _note_fields(note[:1], under_fields) | (dict([known]) if known else {})
    numbered = _REF.match(note[0].text)
    if numbered is not None:  # the position under a number of its own: '2.1.1 RAG: Amber. ...'
        return position_fields(join_text(ln.text for ln in note)[numbered.end() :])
    if _POSITION.match(note[0].text) and not _NOTE.match(note[0].text):  # 'RAG: Amber. ...'
        return position_fields(join_text(ln.text for ln in note))
    known = read_note(note)
    if known is not None and known[0] == "progress" and reads_as_status(known[1].rstrip(" .")):
        # a note that is a status word alone ('Position: Achieved.', the paragraph's status
        # field wrapped onto a line of its own under a label the notes share) is the status
        return {"rag": known[1].rstrip(" .")}
    if known is not None:
        return dict([known])
    if under_fields and not opens_update(note[0]):  # a sentence under the fields line
        text = join_text(ln.text for ln in note).strip()
        return {"progress": text[:-1] if text.endswith(".") else text} if text else {}
    return read_update(clause_text(note))


def inked_status(line: Line) -> str | None:
    """The status a note line under an action gives by its value's colour: a label of the
    plan's own words (or a status label) opening the line, then a status's few words printed in
    a colour other than the label's ('Check: Simmering', the word green; 'Check: Not yet
    stirred', the words grey). The colour is the evidence the words are the status, whatever
    they say: a RAG colour is named after the words where the vocabulary reads them otherwise
    or not at all ('Simmering (green)', which the RAG normaliser reads as green); a colour that
    is none (grey) leaves the words to the normaliser, a state or an unread status that the
    plan's warnings then name. None for any other line."""
    m = _UPDATE_LABEL.match(line.text)
    if m is None or line.colour is None or line.end_colour in (None, line.colour):
        return None
    label = text_key(m.group("label"))
    if (FIELD_LABELS.get(label) or NOTE_LABELS.get(label)) not in (None, "rag"):
        return None  # a note under a note's or another field's label: its own field
    value = " ".join(line.text[m.end() :].split()).rstrip(" .")
    if not value or len(value.split()) > _STATUS_WORDS or parse_due(value) is not None:
        return None
    colour = rag_from_fill(line.end_colour)
    if colour is not None and normalise_rag(value) != colour:
        return f"{value} ({colour})"  # the RAG normaliser reads the colour named in brackets
    return value


def position_fields(text: str) -> dict[str, str]:
    """The fields of an action's position under a status or note label ('RAG: Amber. Work
    started'): the value's first sentence is the status where it reads as one, the rest (or
    all of it) the progress note."""
    m = _POSITION.match(text)
    if m is None:
        return {}
    value = " ".join(m.group("value").split())
    out: dict[str, str] = {}
    first, _, rest = value.partition(". ")
    if reads_as_status(first):
        out["rag"], value = first.rstrip(" ."), rest
    elif _POSITION_LABELS[text_key(m.group("label"))] == "rag":
        return {"rag": value.rstrip(" .")} if value.strip(" .") else {}
    if value.strip(" ."):
        out["progress"] = value.strip().rstrip(".")
    return out


def clause_text(note: Sequence[Line]) -> str:
    """The note's text, a piece set beside the one before it (a tab apart on one line of
    print) opening a clause of its own, as ' | ' opens one."""
    parts: list[str] = []
    for k, ln in enumerate(note):
        text = _tabbed(ln)
        if k and beside(note[k - 1], ln):
            parts[-1] = f"{parts[-1]} | {text}"
        elif k:
            parts[-1] = join_text([parts[-1], text])
        else:
            parts.append(text)
    return parts[0] if parts else ""


_TAB_GAP = 1.5  # font sizes: a gap between words this wide is a tab, not a space


def _tabbed(line: Line) -> str:
    """A line's text with ' | ' where a tab parts its words (a gap far wider than a space)."""
    words = line.words
    if len(words) < 2 or " ".join(w.text for w in words) != " ".join(line.text.split()):
        return line.text
    out = [words[0].text]
    for prev, word in zip(words, words[1:], strict=False):
        gap = word.x0 - prev.x1
        out.append(f"| {word.text}" if gap > _TAB_GAP * line.font_size else word.text)
    return " ".join(out)


def _offsets(p: _Paragraph) -> list[int]:
    """Where each of the paragraph's lines starts in its body text (after the number)."""
    parts = clauses([ln.text for ln in p.lines])
    ref_len = len(join_text(parts[:1])) - len(p.body)
    return [
        max(0, len(join_text(parts[:k])) + (1 if k else 0) - ref_len) for k in range(len(p.lines))
    ]


def _line_at(p: _Paragraph, offsets: Sequence[int], offset: int) -> Line:
    """The line of the paragraph a character of its body text is on."""
    k = max((i for i, start in enumerate(offsets) if start <= offset), default=0)
    return p.lines[k]


def made_cell(text: str, lines: Sequence[Line]) -> Cell:
    """A cell of the made table: the value as its one line, boxed by the lines it was read
    from, carrying the first line's index for the row's line span."""
    box = lines_bbox(lines)
    first = lines[0]
    line = Line(text, box, first.font_size, first.bold, first.page, first.index)
    line.words = []
    cells = [line]
    if len(lines) > 1:  # the last line too, so the row's line span covers the paragraph
        last = lines[-1]
        tail = Line("", last.bbox, last.font_size, last.bold, last.page, last.index)
        tail.words = []
        cells.append(tail)
    return Cell(text, box, cells)


def says_no_action(text: str) -> bool:
    """An action cell that says there is no action ('No task: <the reason>', 'No further
    action required.', 'None'): its row, naming no owner and no date, is a reason for not
    acting, not an action."""
    return _NO_ACTION.match(text) is not None
