"""The inspection recommendations a plan quotes, with the plan's own numbers.

Plans quote them in three ways, all read here: a numbered heading (or shaded banner) above each
section's action table ('1. Work with partners to ...', repeated with '(cont)' after a page
break), a table listing them ('Rec | Ofsted recommendation'), or a heading row inside one long
action table ('1 | Priority 1 - Management oversight ...'). Ids are r1, r2... in document order;
`number` is the number as the plan prints it ('3', 'P2').
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from rapidfuzz import fuzz

from plantrace.extractors.label_rows import text_rows
from plantrace.extractors.mark_strips import FIELD_SEPARATORS, glyph_word
from plantrace.extractors.plan_columns import (
    RECOMMENDATION_TABLE,
    Element,
    Row,
    header_role,
    prompt_label,
)
from plantrace.extractors.roman_numerals import roman_key, roman_tokens
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.inspection import Recommendation
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Table, lines_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.parallel_text import understood_half
from plantrace.pipeline.normalise.rag import is_key_line
from plantrace.pipeline.normalise.text_keys import text_key, word_key

EXTRACTOR = "extractors.plan_recommendations"

# '1. Ensure that ...', '1) ...', 'Recommendation 3: ...', 'Recommendation 2 of 4: ...', 'Priority
# 2 - ...', and under a document's own section number '4. Recommendation 2: Assessments' (the
# number is 2, not 4). With no punctuation after the number the text must open with a capital
# (case-sensitive even under re.I): 'Recommendation 9 is being taken forward ...' is a sentence
# about a recommendation, not a heading of one. The label words are data
# (data/recommendation_labels.json).
_LABELS: dict[str, list[str]] = json.loads(
    resources.files("plantrace.extractors")
    .joinpath("data/recommendation_labels.json")
    .read_text("utf-8")
)


# a letter that abbreviates 'recommendation' before a number ('R2'): recommendation 2
CODE_LETTERS: frozenset[str] = frozenset(_LABELS["code_letters"])


def _label_pattern(words: str) -> str:
    r"""'ofsted recommendation' -> r'ofsted\s+recommendation\s+'; 'rec.' -> r'rec[.:-]?\s*'.

    An abbreviation may be joined to its number by a hyphen as a code is ('REC-2', 'Rec-2'),
    or by a colon as a label chip is ('rec: 2', a tracker's 'key: value' label)."""
    body = r"\s+".join(re.escape(w) for w in words.rstrip(".").split())
    return body + (r"[.:-]?\s*" if words.endswith(".") else r"\s+")


_KEYWORD = "|".join(
    _label_pattern(w) for w in sorted(_LABELS["label_words"], key=len, reverse=True)
)
_COUNT = rf"(?:\s+(?:{'|'.join(map(re.escape, _LABELS['count_words']))})\s+\d{{1,2}})?"
# between a label and its number: 'Recommendation no. 2', 'Finding number 3'
_NUMBER_WORD = "|".join(
    _label_pattern(w) if w[:1].isalpha() else rf"{re.escape(w)}\s*" for w in _LABELS["number_words"]
)  # a sign ('#') may stand right against the number
_NUMBER_WORDS = rf"(?:(?:(?<=\s)|(?<=^))(?:{_NUMBER_WORD}))?"
# a symbol a heading may open with before its label (a bar's chevron '▾ R1 – ...', a bullet):
# one character that is no letter, digit, quote or bracket, then a space
_MARK = r"(?:[^\w\s'\"‘’“”(\[{.]\s+)?"
_SEPS = "".join(re.escape(s) for s in _LABELS["separators"])
# after a name of the plan's own a closing bracket ends the number too ('Priority for action
# 1) ...'); a full stop does not (a word and a number before it may end a sentence)
_LEAD_SEPS = "".join(re.escape(s) for s in _LABELS["separators"] if s != ".")
# whatever a plan calls them ('Area for improvement 3: ...', 'Finding 2 - ...'): a capitalised
# lead of one to four words, the number, a colon or dash, then a whole sentence
# a possessive word too ('Inspectors' recommendation 2: ...')
_LEAD_WORD = r"[a-z]+(?:['’]s?)?"
# words naming whose recommendation it is, before a label word ('Inspectors' recommendation 2')
_OWNED = rf"(?:(?-i:[A-Z]){_LEAD_WORD}\s+(?:{_LEAD_WORD}\s+)?)?"
# an abbreviated name in capitals ('AFI 2. ...', 'AOI 3. ...': area for/of improvement) may
# also end its number with a full stop: capitals and a number are a label's shape, where a
# word and a number before a full stop may be a sentence's end ('... in phase 2. Then ...')
_ACRONYM = r"(?-i:[A-Z]{2,5})"
_LEAD = (
    rf"(?P<lead>(?-i:[A-Z]){_LEAD_WORD}(?:\s+{_LEAD_WORD}){{0,3}}\s+"
    rf"(?=(?:{_NUMBER_WORD})?\(?(?:[A-Z]{{1,2}})?\d{{1,2}}\)?{_COUNT}\s*[{_LEAD_SEPS}])"
    rf"|{_ACRONYM}\s+(?=\d{{1,2}}\s*[{_LEAD_SEPS}.]\s))"
)
# the report's own section number before a label ('3. Rec. 1: ...', '4.2 Improvement area 2 –
# ...'): one to three levels
# ...'): one to three levels, or an annex's lettered paragraph number ('A2. R2 – ...')
_SECTION_NUMBER = r"(?:\d{1,2}|[A-Z]\d{1,2})(?:\.\d{1,2}){0,2}\.?\s+"
_LEAD_AHEAD = _LEAD.replace("(?P<lead>", "(?:", 1)
# a recommendation's code before a dash ('R2 – ...'), after a paragraph number
_CODE_AHEAD = r"[A-Z]{1,2}\d{1,2}\s*[–—-]\s"
# after a label the number may stand in brackets ('What must improve (2): ...'); a bare '(2)'
# opens no heading (the bracket needs the label's space before it)
# a form's section named in a word and numbered as the recommendation it quotes ('Section 2:
# Inspection recommendation 2'): the same number twice, so the section's is no other label's
_SECTION_WORD = (
    r"(?-i:[A-Z])[a-z]+\s+(?P<section>\d{1,2})\s*[:.\-–]\s+"
    rf"(?=(?:{_KEYWORD})\s*(?P=section)(?!\d))"
)
_HEADING = re.compile(
    rf"^\s*{_MARK}(?:{_SECTION_WORD}|"
    rf"{_SECTION_NUMBER}(?=(?:{_KEYWORD})\(?\d|{_LEAD_AHEAD}|{_CODE_AHEAD}))?"
    rf"(?:(?P<kw>{_OWNED}(?:{_KEYWORD}))|{_LEAD})?"
    rf"{_NUMBER_WORDS}(?P<bracket>(?<=\s)\()?(?P<num>\d{{1,2}}|[A-Z]{{1,2}}\d{{1,2}})(?(bracket)\))"
    rf"{_COUNT}"
    rf"\s*(?P<sep>[{_SEPS}]\s*|\s+(?=(?-i:[A-Z])))(?!\d)(?P<text>.+)$",
    re.I | re.S,
)
# '(cont)' after the text, or after the label's number ('Priority 2 (continued) Front door')
_CONT = re.compile(r"\s*\(\s*cont(?:inued|'d|d)?\.?\s*\)(?=\s|$)", re.I)
# a label alone on its line, the text in the paragraph under it ('Priority 2', 'What must
# improve (2)', 'Improvement priority 2:'); an outline number may stand before the label
# where it is the label's own ('2. Recommendation 2': a page's numbered section heading)
_LABEL_ALONE = re.compile(
    rf"^\s*{_MARK}(?:(?:(?-i:[A-Z])[a-z]+\s+)?(?P<outline>\d{{1,2}})\s*[.):\-–]\s+(?=(?:{_KEYWORD})))?"
    rf"(?:{_KEYWORD}){_NUMBER_WORDS}(?P<bracket>\()?(?(outline)(?P=outline)|\d{{1,2}})"
    rf"(?(bracket)\))(?!\d)\s*[{_LEAD_SEPS}]?\s*$",
    re.I,
)
# a cell holding only a recommendation's label: some words (none needed), its number or code,
# a separator ('Recommendation no. 2', 'Inspectors' finding 3:', 'R2', '2.')
_LABEL_CELL = re.compile(
    rf"^\s*{_MARK}(?P<words>(?:{_LEAD_WORD}\s+){{0,4}}){_NUMBER_WORDS}"
    rf"(?P<num>\d{{1,2}}|[A-Z]{{1,2}}\d{{1,2}})\s*[{_SEPS}]?\s*$",
    re.I,
)
# a number in a link cell, with an action's or a part's number after it ('2.3', '2a': 2)
_NUMBER_TOKEN = re.compile(r"\b([A-Z]{0,2}\d{1,2})(?:\.\d+|(?-i:[a-z]))?\b", re.I)
MIN_WORDS = 5  # a recommendation is a sentence; '1. Context' is a section heading
SHORT_NAME_WORDS = 8  # a summary's name for a recommendation is this short at most
OPENING_WORDS = 3  # a line going on with a recommendation's first words states it
LINE_SPACING = 1.6  # baseline to baseline, in font sizes: the next line of one paragraph
# short titles as links (title_links): the one reading of data/title_links.json
TITLE_LINKS: dict[str, float] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/title_links.json").read_text("utf-8")
)
# how near (rapidfuzz ratio, 0-100) a link cell must be to a recommendation's short title to
# name it
TITLE_RATIO = TITLE_LINKS["ratio"]


@dataclass(slots=True)
class RecommendationIndex:
    """The plan's recommendations with lookups by printed number."""

    items: list[Recommendation] = field(default_factory=list)
    by_number: dict[str, str] = field(default_factory=dict)  # normalised number -> id
    # a link cell named a recommendation by the bare number of its code ('1' for 'R1')
    bare_links: bool = False
    # a link cell named one by its code, letter and all ('P2'): the letter is part of the number
    lettered_links: bool = False
    # the letters the plan prints tight against its recommendations' numbers ('REC' of 'REC2',
    # 'R' of 'R2 Improve ...'), upper case: a code opening an action's ref names one by them
    labels: set[str] = field(default_factory=set)
    # a second key the list prints for each recommendation ('para 52': the report paragraph it
    # came from), normalised ('para 52') -> id, which the actions may cite (second_keys)
    second_keys: dict[str, str] = field(default_factory=dict)
    # the letter kept in the numbers ('R' of 'R2') only because the actions' links name the
    # code whole while the actions are numbered bare: the letter may as well be a label
    # (unlabel_numbers; said by coded_numbers_said)
    kept_letter: str | None = None
    # every action's code ENDS with the recommendation it answers ('07/R2', 'A07-2': the
    # action's own serial, then the recommendation's number), read against the numbers the
    # plan prints (read_suffix_codes); suffix_doubt: why the first part might name it instead
    suffix_coded: bool = False
    suffix_doubt: str | None = None
    # the short title a lookup table prints beside each recommendation's number ('2 | Health of
    # children in care | <text>'), word_key -> id ('' where two share one: it names neither).
    # A tracker may name the recommendation by its title alone (title_links)
    titles: dict[str, str] = field(default_factory=dict)

    def add(self, number: str, text: str, prov: Provenance) -> str:
        """The id of the recommendation with this number, added if new. Given again in full
        after a short name (a priorities-at-a-glance slide or summary sheet of number and theme
        names, then a heading per priority with its whole text), it takes the full text."""
        if (m := _PRINTED_CODE.fullmatch(number.strip())) is not None:
            self.labels.add(m.group("label").upper())  # a number printed with its code ('REC2')
        key = number_key(number)
        if key in self.by_number:
            rid = self.by_number[key]
            self._fuller(rid, text, prov)
            return rid
        rid = f"r{len(self.items) + 1}"
        self.items.append(Recommendation(id=rid, number=number, text=text, provenance=prov))
        self.by_number[key] = rid
        return rid

    def note_codes(self, texts: Iterable[str]) -> None:
        """The labels the plan prints tight against its recommendations' numbers, read from the
        lines (or cells) that state them: one opening with a code ('REC2', 'R-2:') whose number
        is a recommendation's and going on with the opening words of that recommendation's
        text ('REC2  Increase the range ...', wherever the list stands: a heading, a list, an
        appendix after the actions). A label spelt out with a space ('Recommendation 2') codes
        nothing."""
        opening = {r.id: _text_key(r.text).split()[:OPENING_WORDS] for r in self.items}
        for text in texts:
            m = _PRINTED_CODE.match(text)
            if m is None:
                continue
            label, num = m.group("label"), m.group("num")
            rid = self.by_number.get(number_key(label + num)) or self.by_number.get(number_key(num))
            words = opening.get(rid or "", [])
            rest = _text_key(text[m.end() :].lstrip(" :.)-–—")).split()
            if words and rest[: len(words)] == words:
                self.labels.add(label.upper())

    def _fuller(self, rid: str, text: str, prov: Provenance) -> None:
        """Replace a short name (a few words, no sentence) by the full text given for it."""
        for i, r in enumerate(self.items):
            if r.id == rid and _short_name(r.text) and len(text.split()) > 2 * len(r.text.split()):
                self.items[i] = r.model_copy(update={"text": text, "provenance": prov})
                self.note_title(rid, r.text)  # the short name may still name it in a tracker

    def note_title(self, rid: str, title: str) -> None:
        """A short title printed for one recommendation (note_titles); a title two of them
        share names neither, so it is kept as ''."""
        key = word_key(title)
        if key:
            self.titles[key] = rid if self.titles.get(key, rid) == rid else ""

    def id_of_title(self, text: str) -> str | None:
        """The recommendation a cell names by its short title: the title itself, spaced,
        cased or punctuated otherwise, or near it (a letter or word changed: TITLE_RATIO),
        nearer than to any other title; None where it names none or none alone."""
        if not self.titles:
            return None
        key = word_key(text)
        if not key:
            return None
        if key in self.titles:
            return self.titles[key] or None
        scored = sorted(((fuzz.ratio(key, k), rid) for k, rid in self.titles.items()), reverse=True)
        best, rid = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        return (rid or None) if best >= TITLE_RATIO and best > second else None

    def text_of(self, rid: str) -> str | None:
        return next((r.text for r in self.items if r.id == rid), None)

    def extend(self, rid: str, more: str) -> None:
        """Add text to a recommendation whose cell or paragraph was cut by a page break."""
        for i, r in enumerate(self.items):
            if r.id == rid:
                self.items[i] = r.model_copy(update={"text": join_text([r.text, more])})

    def with_text(self, text: str) -> str | None:
        """The id of the recommendation quoted in these words, if one is known: a tracker repeats
        its recommendation's text in every row, and a list elsewhere may have quoted it first."""
        key = _text_key(text)
        return next((r.id for r in self.items if _text_key(r.text) == key), None)

    def id_of_coded(self, ref: str | None) -> str | None:
        """The recommendation an action's coded ref names ('A1.3', '1.3', '1c' -> 1), when the
        plan numbers its recommendations so: a prefix ('A' for action) that no recommendation
        number carries is dropped, the number itself must be a recommendation's."""
        m = _CODED_REF.match(ref or "")
        if m is None:
            return self._id_of_labelled(ref)
        for key in (number_key(m.group("prefix") + m.group("num")), number_key(m.group("num"))):
            if key in self.by_number:
                return self.by_number[key]
        return self._id_of_labelled(ref)

    def read_suffix_codes(self, refs: list[str]) -> None:
        """Whether the actions' codes end with the recommendation each answers ('07/R2',
        'A07-2' -> 2). Why: a plan printing its actions in due order, recommendations mixed,
        keeps the link only as the code's last part; read as a prefix code or not at all, no
        action is linked. The evidence is the set of codes, not one: every code is an own part
        and a last number after a dash or slash (suffix_coded_refs), and every last number
        names a recommendation the plan prints, two of them at least. Where the own parts could
        name recommendations too (each one a recommendation's number, not numbered through the
        plan 1, 2, 3 ..., no last number repeated), the reading is a guess: suffix_doubt says so."""
        if not self.items or not suffix_coded_refs(refs):
            return
        found = [m for r in refs if (m := _SUFFIX_REF.match(r)) is not None]
        named = [self.ids_for(m.group("label") + m.group("num"), note=False) for m in found]
        if any(len(ids) != 1 for ids in named) or len({ids[0] for ids in named}) < min(
            2, len(self.items)
        ):
            return
        self.suffix_coded = True
        own = [_digits_of(m.group("own")) for m in found]
        serial = own == [str(k) for k in range(int(own[0] or 0), int(own[0] or 0) + len(own))]
        tails = [ids[0] for ids in named]
        if (
            not serial
            and len(set(tails)) == len(tails)
            and all(len(self.ids_for(n, note=False)) == 1 for n in own)
        ):
            self.suffix_doubt = (
                f"'{found[0].group(0).strip()}' may name recommendation {own[0].lstrip('0')}"
            )

    def id_of_suffix(self, ref: str | None) -> str | None:
        """The recommendation the last number of an action's code names ('07/R2' -> 2), where
        the plan's codes end so (read_suffix_codes), else None."""
        m = _SUFFIX_REF.match(ref or "") if self.suffix_coded else None
        if m is None:
            return None
        ids = self.ids_for(m.group("label") + m.group("num"), note=False)
        return ids[0] if len(ids) == 1 else None

    def _id_of_labelled(self, ref: str | None) -> str | None:
        """The recommendation a ref names by the code the plan prints for it, then the action's
        own number after a dash, slash or point ('REC2/01', 'R2-01' where the plan lists 'REC2
        ...', 'R2 ...'): its letters must be a label the plan prints against its
        recommendations' numbers, in whatever order the rows run. A code of other letters
        ('AP-12', 'CP1-2') names none."""
        m = _LABELLED_REF.match(ref or "")
        if m is None or m.group("label").upper() not in self.labels:
            return None
        for key in (number_key(m.group("label") + m.group("num")), number_key(m.group("num"))):
            if key in self.by_number:
                return self.by_number[key]
        return None

    def unlabel_numbers(self, refs: list[str]) -> None:
        """'R1', 'R2' ... are recommendations 1, 2 ... where the actions' refs number them so
        ('A1.3', '1.3', '1c'; an exception report lists only some, but every ref's number is a
        recommendation's and two at least are named), or their link cells name them by the
        bare number ('1, 3'): the shared letter is a label ('R' for recommendation), not part
        of the number. Kept where any ref carries it ('R1.2'). Where nothing names them by
        number at all (refs 'AL-007', '14'; no link column), the letter is a label too: the
        plan's own number for 'R2 – ...' is 2; kept where a link or a ref names the code whole
        ('P2')."""
        found = [_PREFIXED.fullmatch(r.number or "") for r in self.items]
        prefixes = {m.group(1).upper() for m in found if m is not None}
        coded = [m for m in map(_CODED_REF.match, refs) if m is not None]
        if not found or None in found or len(prefixes) != 1:
            return
        if not (coded or self.bare_links) and _carried(refs, prefixes):
            return
        if not (coded or self.bare_links) and self.lettered_links and not _own_codes(refs):
            # 'R2' named whole by the links, the actions numbered 1, 2, 3: the letter may be
            # what tells the two numberings apart ('P2') or a label ('R' for recommendation,
            # as 'Rec' is in 'Rec 2'); nothing printed tells which, so it is kept and said
            self.kept_letter = prefixes.pop()
            return
        digits = {m.group(2).lstrip("0") for m in found if m is not None}
        named = {m.group("num").lstrip("0") for m in coded}
        if coded and (
            any(m.group("prefix").upper() in prefixes for m in coded)
            or not named <= digits
            or len(named) < min(2, len(digits))
        ):
            return  # a ref carries the letter, or numbers no recommendation, or too few do
        self.renumber([m.group(2) for m in found if m is not None])

    def renumber(self, numbers: list[str]) -> None:
        """Every recommendation given the number printed for it (one each, in order), and the
        numbers that find them rebuilt from these: a label taken off ('R2', 'Rec 2' -> '2')
        finds the recommendation by its number alone, and the labelled form no longer does."""
        self.items = [
            r.model_copy(update={"number": n}) for r, n in zip(self.items, numbers, strict=True)
        ]
        self.by_number = {number_key(r.number or ""): r.id for r in self.items}

    def ids_for(self, raw: str, *, note: bool = True) -> list[str]:
        """Ids named by a Rec/Ref cell: '3, 10' -> [r1, r4]; '2.3 / 4.1' -> ids of 2 and 4; a
        roman '(iii)' -> the id of 3 where the cell names no number in figures ('3(ii)' is 3).
        note=False only looks: a column tried and turned down must not change how the plan's
        links are read (lettered_links, bare_links)."""
        out: list[str] = []
        if _NUMBER_TOKEN.search(raw) is None:  # '(iii)': a list keyed by roman numerals; in
            for value in roman_tokens(raw):  # '3(ii)' or 'Rec 3 (i)' the numeral is a sub-point
                rid = self.by_number.get(str(value))
                if rid is not None and rid not in out:
                    out.append(rid)
        for m in _NUMBER_TOKEN.finditer(raw):
            rid = self.by_number.get(number_key(m.group(1)))
            if note:
                self.lettered_links |= rid is not None and not m.group(1).isdigit()
            rid = rid or self._by_digits(m.group(1), note) or self._by_label(m.group(1))
            if rid is not None and rid not in out:
                out.append(rid)
        return out

    def _by_digits(self, token: str, note: bool = True) -> str | None:
        """The recommendation a bare number names where every number carries one shared
        letter ('1' -> 'R1'): the letter is then the plan's label, not part of the number."""
        if not token.isdigit():
            return None
        found = [_PREFIXED.fullmatch(r.number or "") for r in self.items]
        if not found or None in found or len({m.group(1).upper() for m in found if m}) != 1:
            return None
        rid = next((r.id for r, m in zip(self.items, found, strict=True)
                    if m and m.group(2).lstrip("0") == token.lstrip("0")), None)  # fmt: skip
        if note:
            self.bare_links = self.bare_links or rid is not None
        return rid

    def _by_label(self, token: str) -> str | None:
        """The recommendation a lettered code names ('R2') where the plan numbers them bare
        (1, 2, 3: a list 'R1 – ...' read as numbers): the letter is then a label, as 'Rec'
        is in 'Rec 2'."""
        m = _PREFIXED.fullmatch(token)
        if m is None or any(_PREFIXED.fullmatch(r.number or "") for r in self.items):
            return None
        if not _label_fits(m.group(1).upper(), self.labels):
            return None  # 'O1' beside 'W2' where the list reads 'W1 <text>': another list's
        return self.by_number.get(number_key(m.group(2)))


def _label_fits(letters: str, labels: set[str]) -> bool:
    """A code's letters name the recommendations where the plan printed no label tight against
    their numbers, or one of them begins the other ('R2' for 'REC2'); another letter ('O1'
    where the list reads 'W1 <text>', 'W2 <text>') is another coded list's item, no link."""
    return not labels or any(a.startswith(letters) or letters.startswith(a) for a in labels)


# an action's ref coding its recommendation's number: 'A1.3' (recommendation 1, third action),
# '1.3', '1c', and '1C' (a ref alone: its capital letters the action, lettered_refs)
_CODED_REF = re.compile(
    r"^\s*(?P<prefix>[A-Z]{0,2})(?P<num>\d{1,2})(?:\.\d{1,2}|(?<=\d)[a-z])[.)]?\s*$", re.I
)


_PREFIXED = re.compile(r"([A-Z]{1,2})(\d{1,2})", re.I)
# a recommendation's code as printed: letters tight against its number, a hyphen or point
# between at most ('REC2', 'R2', 'Rec.2', 'R-2'), ending the word
_PRINTED_CODE = re.compile(r"\W*(?P<label>[A-Z]{1,5})[-.]?(?P<num>\d{1,2})\b(?!\.\d)", re.I)
# an action's ref opening with such a code, then the action's own number ('REC2/01', 'R2-01')
_LABELLED_REF = re.compile(
    r"^\s*(?P<label>[A-Z]{1,5})[-.]?(?P<num>\d{1,2})\s*(?P<sep>[-/.])\s*\d{1,3}(?-i:[a-z])?[.)]?\s*$",
    re.I,
)


# an action's code ending with its recommendation: its own part (a serial, under a letter or
# two at most), a dash or slash, the recommendation's number bare or under its label ('07/R2',
# 'A07-2')
_SUFFIX_REF = re.compile(
    r"^\s*(?P<own>[A-Z]{0,2}\d{1,3})\s*[-/]\s*(?P<label>[A-Z]{0,3})(?P<num>\d{1,2})\s*$", re.I
)


def suffix_coded_refs(refs: Sequence[str]) -> bool:
    """Every ref (two at least) is an own part and a last number ('07/R2', 'A07-2'), the own
    parts all different (each action's own) and the last numbers two or more: the shape of
    codes that end with the recommendation. Own parts that repeat group the actions under
    them ('2-1', '2-2': the first part is the recommendation's), so they are no suffix codes."""
    found = [_SUFFIX_REF.match(r) for r in refs]
    if len(refs) < 2 or any(m is None for m in found):
        return False
    own = [number_key(m.group("own")) for m in found if m is not None]
    last = {m.group("num").lstrip("0") for m in found if m is not None}
    return len(set(own)) == len(own) and len(last) >= 2


def _digits_of(code: str) -> str:
    return re.sub(r"\D", "", code)


def suffix_doubt_said(index: RecommendationIndex, linked: int) -> list[ExtractionWarning]:
    """A warning where the actions were linked by the last number of their codes while the
    first part could name a recommendation as well (read_suffix_codes): nothing printed
    tells which, and every link depends on it."""
    if index.suffix_doubt is None or not linked or not index.items:
        return []
    return [
        ExtractionWarning(
            code="plan_links_partial",
            message=f"{linked} actions are linked by the last number of their codes, but the "
            f"first part of each names a recommendation too ({index.suffix_doubt}): check the "
            "links",
            page=index.items[0].provenance.page,
        )
    ]


_OWN_CODE = re.compile(r"[A-Z]{1,4}[-/]?\d{1,6}", re.I)


def coded_numbers_said(index: RecommendationIndex, linked: int) -> list[ExtractionWarning]:
    """A warning where the recommendations' numbers keep a letter only because the actions'
    links name the code whole while the actions are numbered bare (unlabel_numbers): 'R2' may
    be the plan's own code or recommendation 2 under a one-letter label, and every link read
    depends on which. linked: how many actions link to one of them."""
    if index.kept_letter is None or not linked or not index.items:
        return []
    first = index.items[0]
    number = first.number or ""
    return [
        ExtractionWarning(
            code="plan_rec_codes_kept",
            message=f"the {len(index.items)} recommendations are printed with a code "
            f"('{number}' ..) that the links of {linked} actions name whole, while the "
            f"actions are numbered 1, 2, 3: the letter '{index.kept_letter}' is read as part "
            "of each recommendation's number, though it may be a label (recommendation "
            f"{number[len(index.kept_letter) :]}): check the recommendation numbers",
            page=first.provenance.page,
        )
    ]


def _own_codes(refs: list[str]) -> bool:
    """Every action carries a lettered code of its own ('T05', 'IMP0007'): a link naming 'R2'
    whole then needs the letter to tell nothing apart, and it is a label ('R' for
    recommendation). Where actions are numbered bare (1, 2, 3) the letter is what tells a
    recommendation's number from an action's, and stays ('P2')."""
    return bool(refs) and all(_OWN_CODE.fullmatch(r.strip()) for r in refs)


def _carried(refs: list[str], prefixes: set[str]) -> bool:
    """Some ref opens with a recommendation's letter and a number ('R2', 'R2-1', 'P1a')."""
    return any(
        (m := _PREFIXED.match(r.strip())) is not None and m.group(1).upper() in prefixes
        for r in refs
    )


def printed_code(text: str) -> tuple[str, str] | None:
    """'R2 Ensure ...' -> ('R', '2'); 'REC-02' -> ('REC', '2'): the label and number a code
    opens with, for comparing a list's codes with the codes that cite them."""
    m = _PRINTED_CODE.match(text)
    if m is None:
        return None
    return m.group("label").upper(), m.group("num").lstrip("0")


def cited_by_codes(first: str, numbers: Sequence[str], cells: Iterable[str]) -> bool:
    """Whether the actions' ref cells code the items of a list opening with `first` ('REC1
    Reduce ...', 'R1: Reduce ...'): a cell that is the list's code, letters tight against an
    item's number, then the action's own number ('REC1/01', 'R1-02'). The list may stand
    anywhere, an appendix after the actions too; letters no item prints cite nothing."""
    m = _PRINTED_CODE.match(first)
    if m is None:
        return False
    label = m.group("label").upper()
    digits = {re.sub(r"\D", "", n).lstrip("0") for n in numbers}
    for text in cells:
        ref = _LABELLED_REF.match(text)
        if (
            ref is not None
            and ref.group("label").upper() == label
            and ref.group("num").lstrip("0") in digits
        ):
            return True
    return False


def recommendation_codes(
    refs: Sequence[str | None], printed: Collection[str] | None = None
) -> list[str] | None:
    """Each ref's code of its recommendation (placed_recommendation_codes), wherever the ref
    prints it; None where the refs code none."""
    placed = placed_recommendation_codes(refs, printed)
    return placed[0] if placed is not None else None


def placed_recommendation_codes(
    refs: Sequence[str | None], printed: Collection[str] | None = None
) -> tuple[list[str], bool] | None:
    """Each ref's opening code, where the refs code their recommendation as the plan's label
    and number then the action's own ('REC1/01', 'R2-03', 'R2.01'): one label for all, two
    numbers at least, and the label one for recommendations. printed: the labels the plan
    prints against the recommendations read (RecommendationIndex.labels), None where none was
    read; then the vocabulary's code letters and abbreviations of 'recommendation' ('R',
    'REC') are the only labels. A label that is neither names no recommendation ('AP1-01',
    'CP1-2', 'P1-1', 'Q1-2': an action's own code, a quarter), nor does one that no
    recommendation read carries. Codes that END the refs under such a label ('07/R2',
    suffix_coded_refs) are read so too. Else None. Three refs at least. With the codes,
    whether they end the refs: a warning citing them says which part of the ref it read."""
    found = [_LABELLED_REF.match(r or "") for r in refs]
    if len(found) < 3:
        return None
    at_end = None in found
    if at_end:  # the code may END the ref instead ('07/R2': suffix_coded_refs)
        found = [_SUFFIX_REF.match(r or "") for r in refs]
        if None in found or not suffix_coded_refs([r or "" for r in refs]):
            return None
    matched = [m for m in found if m is not None]
    labels = {m.group("label").upper() for m in matched}
    if len(labels) != 1 or len({m.group("num").lstrip("0") for m in matched}) < 2:
        return None
    label = labels.pop()
    if not label or not _names_recommendations(label, printed):
        return None
    return [f"{m.group('label')}{m.group('num')}" for m in matched], at_end


def _names_recommendations(label: str, printed: Collection[str] | None) -> bool:
    """A code's label is one for recommendations: one the plan prints against those read,
    else (none read) a code letter or abbreviation of the vocabulary ('R', 'REC')."""
    if printed is not None:
        return label in {p.upper() for p in printed}
    return label.lower() in CODE_LETTERS or f"{label.lower()}." in _LABELS["label_words"]


def names_number(raw: str) -> bool:
    """A Rec cell naming at least one number ('3, 10', 'P2', a roman '(iii)'); else it is blank
    in effect (a header's broken-off word, a dash)."""
    if _NUMBER_TOKEN.search(raw) is not None:
        return True
    return bool(roman_tokens(raw))


def coded_ref(ref: str) -> bool:
    """An action ref that codes its recommendation's number ('A1.3', '1.3', '1c')."""
    return _CODED_REF.match(ref) is not None


def _short_name(text: str) -> bool:
    """A theme's name ('Care leavers' accommodation and pathway plans'), not a sentence."""
    return len(text.split()) <= SHORT_NAME_WORDS and not text.rstrip().endswith(".")


def _text_key(text: str) -> str:
    """text_key less closing punctuation: a recommendation quoted again may end otherwise."""
    return text_key(text).rstrip(".;: ")


def number_key(number: str) -> str:
    return number.strip().strip(".").upper().lstrip("0") or "0"


# a list's label and the text after it ('(iii) Reduce delay ...', 'iii) ...'): the label is a
# roman key when roman_key reads it (the bracket is the sign; a bare 'i' or 'vi' may be a word)
_FIRST_WORD = re.compile(r"(?P<pad>\s*)(?P<label>\S+)\s+(?=\S)")


def arabic_label(text: str) -> str:
    """The text with a roman label in brackets at its start written as the number it is
    ('(iii) Reduce ...' -> '3) Reduce ...'): a list keyed i, ii, iii is numbered 1, 2, 3, and
    its items are linked by the same numbers (ids_for reads '(iii)' as 3)."""
    m = _FIRST_WORD.match(text)
    if m is None or (value := roman_key(m.group("label"))) is None:
        return text
    return f"{m.group('pad')}{value}) {text[m.end() :]}"


_WORD = re.compile(r"(?<![\w'’])[^\W\d_]{2,}(?![\w'’])")  # a word of letters, no code ('R2')
_DIGIT = re.compile(r"\d")


def heading(text: str) -> tuple[str, str] | None:
    """(number, text) when a heading quotes a numbered recommendation, else None.

    A bare number needs a sentence after it ('1. Context' is a section heading); one named as
    a recommendation ('Recommendation 1: Strategy meetings') may carry only a short title.
    """
    # the pattern's number is no option, and the text's readings before it only take away: a
    # text with no digit is no numbered heading (most lines asked; the readings cost more than
    # the match)
    m = _HEADING.match(_unquoted(_uncontinued(text))) if _DIGIT.search(text) else None
    if not m:
        return _named_quote(text)
    body = _RESTATED_LABEL.sub("", m.group("text").strip(), count=1)
    if body.endswith("?"):
        return None  # 'Q2. What are we doing about it?': a numbered question, no recommendation
    if _WORD.search(body) is None:
        return None  # '1 R1 2 3 4 5 R2': numbers and codes (a drawing's labels), no sentence
    if m.groupdict().get("lead") and (len(body.split()) < MIN_WORDS or not body[:1].isupper()):
        return None
    if len(body.split()) < (1 if is_explicit(m) else MIN_WORDS):
        return None
    if not (m.group("kw") or m.groupdict().get("lead")) and _PAGE_NUMBER_END.search(body):
        return None  # a contents entry ('3. How we will know it worked ..... 6'), no heading
    return m.group("num"), body


# a sentence naming a recommendation by its label and number, then quoting it ('Ofsted's
# recommendation 2 was: “Reduce delay ...”', 'Recommendation 3 said: "..."'): one to four
# lower-case words and a colon or comma between the number and the opening quotation mark
_NAMED_QUOTE = re.compile(
    rf"^\s*{_MARK}{_OWNED}(?:{_KEYWORD}){_NUMBER_WORDS}(?P<num>\d{{1,2}})(?!\d)"
    r"\s+(?-i:(?:[a-z]+\s+){0,3}[a-z]+)\s*[:,]\s*[“\"‘](?P<text>[^“”\"]+?)[”\"’]?\s*\.?\s*$",
    re.I | re.S,
)


def _named_quote(text: str) -> tuple[str, str] | None:
    """(number, text) of a sentence that names a recommendation and quotes it whole (the
    quotation may wrap over lines), else None."""
    m = _NAMED_QUOTE.match(text)
    if m is None:
        return None
    body = " ".join(m.group("text").split())
    return (m.group("num"), body) if len(body.split()) >= MIN_WORDS else None


# the text under a section's own name and number opening with a label word and no number of
# its own ('Outcome 2: Ofsted recommendation: Improve ...', the box under a section heading
# saying what it quotes): the label says what the sentence is, it is no part of it
_RESTATED_LABEL = re.compile(
    rf"^{_MARK}{_OWNED}(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.rstrip(".").split()))
        for w in sorted(_LABELS["label_words"], key=len, reverse=True)
    )
    + r")s?\s*[:–—-]\s+(?=\S)",
    re.I,
)


# a label's number, then the recommendation quoted between quotation marks ('Area of weakness
# 1 “Raise the quality ...”'): the marks quote it, they are no part of its text
_QUOTED_AFTER_NUMBER = re.compile(
    r"^(?P<head>.*?\d{1,2}\)?\s*[:.\-–—]?\s+)[“\"‘](?P<body>[^“”\"]+?)[”\"’]?\s*$"
)


_OPENING_QUOTES = '“"‘'


def _unquoted(text: str) -> str:
    """The text with the quotation marks round the sentence after a label's number removed.
    A text with no opening quote has none to remove (the pattern needs one): most end there,
    before the pattern's lazy head backtracks across the line."""
    if not any(q in text for q in _OPENING_QUOTES):
        return text
    m = _QUOTED_AFTER_NUMBER.match(text)
    return f"{m.group('head')}{m.group('body')}" if m else text


# a contents entry's page number: the last word of the line a small number, after a space or
# dot leaders; a sentence ends with a word (a year has four digits)
_PAGE_NUMBER_END = re.compile(r"(?:\s|\.{2,}|…)\d{1,3}$")


def join_label_headings(elements: list[Element]) -> list[Element]:
    """A recommendation's label printed alone as a heading ('Improvement priority 2', 'What must
    improve (2)') with its text in the paragraph under it, read as one heading: the label's
    paragraph and the next one become one paragraph, so that heading() reads the number and
    the text together; so too a heading whose sentence runs on into the next paragraph
    (_wraps_into). The paragraph under it must be a sentence on the same page (an opening
    quotation is left to the heading's own reading); a continued label ('Priority 2
    (continued)') repeats a known one and is left alone."""
    out: list[Element] = []
    skip = False
    named = _recurring_names(
        [p for el in elements for p in (_titled_box(el) or [_box_paragraph(el)])]
    )  # (a name on a filled band counts: a one-cell box read as the paragraph it frames)
    elements = text_rows(elements, lambda el: _label_alone(el, named))  # 'Ofsted | text' rows
    for el, after in zip(elements, [*elements[1:], None], strict=True):
        if skip:
            skip = False
            continue
        titled = _titled_box(el)
        if titled is not None:
            label, body = titled
            if _label_over_text(label, body):
                out.append(_label_joined(label, body))
                continue
            if _named_over_text(label, body, named):
                out.append(_named_joined(label, body))
                continue
        nxt = _box_paragraph(after) if after is not None else None
        band = _box_paragraph(el) if el.raw is not None and after is not None else el
        if nxt is not None and _label_over_text(el, nxt):
            quote, rest = quoted_block(el, nxt)
            out.append(_label_joined(el, quote))
            out.extend([rest] if rest is not None else [])
            skip = True
        elif nxt is not None and _wraps_into(el, nxt):
            out.append(Element(el.page, el.top, lines=[*el.lines, *nxt.lines]))
            skip = True
        elif band is not el and after is not None and _label_over_text(band, after):
            # the label alone on a filled band (a one-cell box), its text the paragraph under it
            out.append(_label_joined(band, after))
            skip = True
        elif band is not el and nxt is not None and _split_box(band, nxt):
            # a header box cut by a page break: its label alone at the page's foot, its text
            # in the box's part atop the next page
            out.append(_label_joined(band, nxt))
            skip = True
        elif band is not el and after is not None and _named_over_text(band, after, named):
            out.append(_named_joined(band, after))
            skip = True
        elif nxt is not None and _named_over_text(el, nxt, named):
            quote, rest = quoted_block(el, nxt)
            out.append(_named_joined(el, quote))
            out.extend([rest] if rest is not None else [])
            skip = True
        else:
            out.append(el)
    return out


def quoted_block(label: Element, text: Element) -> tuple[Element, Element | None]:
    """The paragraph under a recommendation's label cut where its quotation ends: the text
    quoted as a block (its lines set in from the label's left edge, a blockquote's indent)
    and, where the reader ran the block on into the lines after it (a response, a context
    paragraph flush with the label again: 'Response: Accepted in part', 'This response was
    agreed ...'), those lines as a paragraph of their own, no part of the recommendation's
    text. A paragraph not set in, or set in throughout, is the text whole (None after it)."""
    left = label.lines[0].bbox[0]
    size = text.lines[0].font_size
    if text.lines[0].bbox[0] - left < size:
        return text, None  # not set in: no blockquote
    for k, ln in enumerate(text.lines[1:], start=1):
        if ln.page != text.lines[0].page:
            break
        if abs(ln.bbox[0] - left) < size / 2:  # back at the label's edge: the quote has ended
            rest = text.lines[k:]
            return (
                Element(text.page, text.top, lines=text.lines[:k]),
                Element(rest[0].page, rest[0].bbox[1], lines=list(rest)),
            )
    return text, None


def _split_box(label: Element, text: Element) -> bool:
    """A boxed label alone at a page's foot ('REC 3' on its grey band) and the boxed sentence
    opening the next page: one section header the page break cut in two."""
    return text.page == label.page + 1 and _label_over_text(label, text)


def _label_joined(el: Element, nxt: Element) -> Element:
    """A label printed alone on its line ('Recommendation 2') and the paragraph under it as one
    heading. The line break after the label punctuates its number as a colon would: joined
    with a colon, the heading reads as the explicit 'Recommendation 2: ...' it is, so a
    section stating no table of its own (its cards read with the next section's on one page's
    board) is still taken for a recommendation in the style of its fellows."""
    if el.lines and el.lines[-1].text.rstrip()[-1:] in _LEAD_SEPS:
        return Element(el.page, el.top, lines=[*el.lines, *nxt.lines])
    return _named_joined(el, nxt)


def _named_joined(el: Element, nxt: Element) -> Element:
    """A recurring name's label and the paragraph under it as one heading, a colon after the
    number ('Work package 2:' then the text)."""
    label = _undashed(el).lines[-1]
    ended = Line(f"{label.text.rstrip()}:", label.bbox, label.font_size, label.bold,
                 label.page, label.index, words=label.words, span=label.span)  # fmt: skip
    return Element(el.page, el.top, lines=[*el.lines[:-1], ended, *nxt.lines])


def _titled_box(el: Element) -> tuple[Element, Element] | None:
    """A box of two rows of one filled cell each, no header naming it: a title bar over the
    text it frames ('Work package 2' on a dark bar, then 'Ofsted recommendation: Improve ...'
    on a light one), read as a label paragraph over a text paragraph, as a heading over a
    one-cell box is (_box_paragraph). Anything else: None."""
    if el.raw is None or len(el.raw.rows) != 2:
        return None
    cells = [[c for c in row if c is not None and c.text.strip()] for row in el.raw.rows]
    if any(len(row) != 1 for row in cells) or not all(row[0].lines for row in cells):
        return None
    (title,), (body,) = cells
    if _card_fields(body):
        return None  # a one-column action card with a title bar: the card reader's
    first = body.lines[0]
    return (
        Element(el.page, el.top, lines=list(title.lines)),
        Element(el.page, first.bbox[1], lines=list(body.lines)),
    )


# the roles of a card's own fields: a box whose body prints one of them is an action's card
CARD_FIELD_ROLES = frozenset({"owner", "due", "rag", "progress"})


def _card_fields(body: Cell) -> bool:
    """Whether a box's body holds a field line naming a card's owner, due date, status or
    progress ('Lead: Head of Service', 'Status: On track'): a quoted text holds none (at most
    an 'Ofsted recommendation:' label)."""
    from plantrace.extractors.plan_cards import field_line  # plan_cards imports this module

    return any(
        (f := field_line(ln)) is not None and header_role(f[0]) in CARD_FIELD_ROLES
        for ln in body.lines
    )


def _box_paragraph(el: Element) -> Element:
    """A one-cell box (a table of one filled cell no header names, shaded or ruled round) read
    as the paragraph it frames: a section's heading over a box quoting the recommendation
    ('Outcome 2', then a box 'Ofsted recommendation: Improve ...') is a label over its text
    as a heading over a paragraph is; so is a form's row of its prompt and the answer ('What
    needs to change? | Build ...'), read as the answer. Anything else is returned as it is."""
    if el.raw is None or len(el.raw.rows) != 1:
        return el
    lines = _boxed_lines(el)
    filled = [c for c in el.raw.rows[0] if c is not None and c.text.strip()]
    if not lines and len(filled) == 2 and prompt_label(filled[0].text):
        lines = filled[1].lines  # a form's prompt and its answer: the answer is the text
    return Element(el.page, el.top, lines=list(lines)) if lines else el


# a name of the plan's own alone on its line with a number ('CONCERN RAISED 2', 'What needs to
# change #3', 'Inspectors told us (1)'): one to five words, a sign or word before the number;
# a dash may part the name from a number word ('Ofsted said - number 2')
_NAME_ALONE = re.compile(
    rf"^\s*(?P<name>(?-i:[A-Z]){_LEAD_WORD}(?:\s+{_LEAD_WORD}){{0,4}})\s+"
    rf"(?:[-–—]\s+(?=(?:{_NUMBER_WORD})))?{_NUMBER_WORDS}"
    rf"(?P<bracket>\()?(?P<num>\d{{1,2}})(?(bracket)\))\s*[{_LEAD_SEPS}]?\s*$",
    re.I,
)


def _recurring_names(elements: Sequence[Element]) -> set[str]:
    """The names printed alone with a number over two or more paragraphs, with two or more
    numbers: the plan's own label for the recommendations it quotes ('CONCERN RAISED 1' ..
    'CONCERN RAISED 4'); a name printed once ('Appendix 1') labels nothing here."""
    numbers: dict[str, set[str]] = {}
    for el in elements:
        if _plain_paragraph(el) and len(el.lines) == 1:
            m = _NAME_ALONE.match(" ".join(el.text.split()))
            if m is not None:
                numbers.setdefault(text_key(m.group("name")), set()).add(m.group("num"))
    return {name for name, nums in numbers.items() if len(nums) >= 2}


def _named_over_text(label: Element, text: Element, named: set[str]) -> bool:
    """A one-line paragraph of a recurring name and number alone ('CONCERN RAISED 2'), then a
    paragraph of a sentence on the same page: a recommendation's label over its text."""
    if not named or len(label.lines) != 1:
        return False
    m = _NAME_ALONE.match(" ".join(label.text.split()))
    if m is None or text_key(m.group("name")) not in named:
        return False
    return _over_text(_undashed(label), text, _NAME_ALONE, ": ")


def _undashed(label: Element) -> Element:
    """A name's label with the dash before its number word taken out ('Ofsted said - number
    2' -> 'Ofsted said number 2'): the dash parts the name from its number as a space does, and
    the heading reader takes a name then its number."""
    last = label.lines[-1]
    text = _NAME_DASH.sub(" ", last.text)
    if text == last.text:
        return label
    line = Line(text, last.bbox, last.font_size, last.bold, last.page, last.index,
                words=last.words, span=last.span)  # fmt: skip
    return Element(label.page, label.top, lines=[*label.lines[:-1], line])


_NAME_DASH = re.compile(rf"\s+[-–—]\s+(?=(?:{_NUMBER_WORD}))", re.I)


_LAST_NUMBER = re.compile(r"(\d{1,2})\)?\s*[^\w\s]?\s*$")


def label_number(text: str) -> str | None:
    """The number of a recommendation's label standing alone ('Recommendation 2', 'Priority
    2', 'What must improve (2)'), in the label words every plan reader uses; else None. A
    trail's crumb or a page's title names its recommendation this way."""
    if _LABEL_ALONE.match(text) is None or (m := _LAST_NUMBER.search(text)) is None:
        return None
    return m.group(1)


def _label_alone(el: Element, named: set[str]) -> bool:
    """A one-line paragraph of a recommendation's label alone, in the label words or a name the
    plan gives two or more recommendations ('Ofsted said - number 2')."""
    if not _plain_paragraph(el) or len(el.lines) != 1 or is_continuation(el.text):
        return False
    text = one_language(el.text)
    if _LABEL_ALONE.match(text):
        return True
    m = _NAME_ALONE.match(text)
    return m is not None and text_key(m.group("name")) in named


def _label_over_text(label: Element, text: Element) -> bool:
    """A paragraph of a label alone ('Improvement priority 2'), then a paragraph of a sentence
    on the same page."""
    return _over_text(label, text, _LABEL_ALONE, " ")


def _over_text(label: Element, text: Element, alone: re.Pattern[str], sep: str) -> bool:
    """A paragraph that `alone` reads as a label alone, then a paragraph of a sentence (no
    label alone itself) on the same page or opening the next (a page break between a label at
    a page's foot and its text), the two reading as one heading joined by sep. A continued
    label ('Priority 2 (continued)') repeats a known one and is left alone."""
    if not _plain_paragraph(label) or not _plain_paragraph(text):
        return False
    if text.page not in (label.page, label.page + 1):
        return False
    if is_continuation(label.text) or not alone.match(one_language(label.text)):
        return False
    body = " ".join(text.text.split())
    return (
        body.lstrip(_OPENING_QUOTES)[:1].isupper()  # a quoted recommendation opens with a mark
        and len(body.split()) >= MIN_WORDS
        and alone.match(body) is None
        and heading(f"{label.text.rstrip()}{sep}{body}") is not None
    )


def _wraps_into(head: Element, rest: Element) -> bool:
    """A heading quoting a recommendation whose sentence wraps onto a line the reader set
    apart (a bold label and the text's first line, then the rest in body type): the next
    paragraph opens in lower case mid-sentence, straight under it on the same page, in the
    same size of type, within a line's height."""
    if not _plain_paragraph(head) or not _plain_paragraph(rest) or head.page != rest.page:
        return False
    last, first = head.lines[-1], rest.lines[0]
    size = last.font_size
    return (
        first.text[:1].islower()
        and abs(first.font_size - size) <= 0.5
        and first.bbox[1] >= last.bbox[1]
        and first.bbox[3] - last.bbox[3] <= LINE_SPACING * size
        and abs(first.bbox[0] - head.lines[0].bbox[0]) <= size
        and heading(head.text) is not None
        and not head.text.rstrip().endswith((".", ":", ";"))
    )


def _plain_paragraph(el: Element) -> bool:
    return el.table is None and el.raw is None and bool(el.lines)


def named_heading(text: str) -> bool:
    """True for a heading whose number follows a name of the plan's own ('Area for improvement
    3: ...', 'Theme 1: ...'): a recommendation only where the tables below do not name theirs."""
    m = _HEADING.match(_uncontinued(text))
    return m is not None and bool(m.groupdict().get("lead"))


def is_explicit(m: re.Match[str]) -> bool:
    """The heading names itself a recommendation and punctuates its number ('Recommendation 2:')."""
    return bool(m.group("kw")) and not m.group("sep").isspace()


def section_label(text: str) -> bool:
    """A heading that labels a recommendation in words or by a lettered code before a dash
    ('Inspectors' recommendation 2: ...', 'R2 – ...'), not an action's own number ('2.1 ...',
    '3 Agree ...'): a section's heading, even where it stands right above a card."""
    m = _HEADING.match(_uncontinued(text))
    if m is None or heading(text) is None:
        return False
    if m.group("kw") or m.groupdict().get("lead"):
        # a label chip ('rec: 2 Improve ...') puts its colon before the number, not after it
        return not m.group("sep").isspace() or (m.group("kw") or "").rstrip().endswith(":")
    sep = m.group("sep").strip()
    return bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2}", m.group("num"))) and sep in ("-", "–", "—")


def explicit_heading(text: str) -> bool:
    """True for a 'Recommendation N: ...' heading, the form a plan repeats for every section."""
    m = _HEADING.match(_uncontinued(text))
    return m is not None and is_explicit(m)


def label_over_text(lines: Sequence[Line]) -> str | None:
    """The label words ('recommendation') of lines whose first is a recommendation's label
    alone ('Recommendation 2') and whose lines under it state the recommendation (a box's bold
    label over its sentence), else None: the line break says what 'Recommendation 2:' says
    with a colon."""
    if len(lines) < 2 or (m := _LABEL_ALONE.match(one_language(lines[0].text))) is None:
        return None
    text = join_text([ln.text for ln in lines])
    if is_continuation(text) or heading(text) is None:
        return None
    words = re.sub(r"[\d().:\-–\s]+$", "", m.group(0)).strip()
    return text_key(words) or None


def label_box(t: Table) -> str | None:
    """The label words of a one-cell box that states a recommendation as its label alone on
    the first line over its sentence ('Recommendation 2' / 'Improve ...'), else None. Boxes
    alike numbered in turn state the plan's recommendations wherever they stand: a band of
    boxes read left to right may put this one last, after its actions (a theory of change's
    impact), so no action table follows the plan's last one to confirm it. A cell with no
    word beside it (a coloured edge drawn down the box's side, cut off as a cell of its own)
    is the box's decoration, not a second cell."""
    if len(t.rows) != 1:
        return None
    cells = [c for c in t.rows[0] if c is not None and c.text.strip()]
    if len(cells) != 1 or len(t.rows[0]) > 2:
        return None
    return label_over_text(cells[0].lines)


def label_of(text: str) -> str | None:
    """The words a heading names its recommendation with, punctuated after the number
    ('Area for improvement 2: ...' -> 'area for improvement'; 'R2 – ...' -> 'r', the code's
    letter), else None ('2. ...')."""
    m = _HEADING.match(_uncontinued(text))
    if m is None or m.group("sep").isspace():
        return None
    label = m.group("kw") or m.groupdict().get("lead")
    if not label and (code := _PREFIXED.fullmatch(m.group("num"))) is not None:
        label = code.group(1)  # 'R4 – ...': the letter is the label ('R' for recommendation)
    return text_key(label) if label else None


def is_continuation(text: str) -> bool:
    return bool(_CONT.search(" ".join(text.split())))


def _uncontinued(text: str) -> str:
    """The text in one-space form with its '(cont)' mark taken out: a continued heading names
    the recommendation it continues; and without a rule typed in characters before it (the
    underline '-----' of the title above, in a report printed in a fixed-width font)."""
    return _ungrouped(_CONT.sub("", _TYPED_RULE.sub("", one_language(text))).strip())


def _label_half(text: str) -> bool:
    return bool(_HEADING.match(text) or _LABEL_ALONE.match(text))


def one_language(text: str) -> str:
    """A heading printed in two languages read by its half that is a recommendation's label
    ('Argymhelliad 2 / Recommendation 2' -> 'Recommendation 2'), the other half being in a
    language the label words are not (parallel_text); any other text in one-space form."""
    text = " ".join(text.split())
    return understood_half(text, _label_half) or text


# a list view's group row: the field grouped by, a colon, the value the rows under it share,
# then how many rows the group holds ('⌄ Recommendation : Rec 1 - Improve ... (4)')
_FIELD = "|".join(
    r"\s+".join(map(re.escape, w.rstrip(".").split()))
    for w in sorted(_LABELS["label_words"], key=len, reverse=True)
)
_GROUP_ROW = re.compile(
    rf"^\s*{_MARK}(?:{_FIELD})\.?\s*:\s+(?P<value>.+?)(?:\s+\(\d{{1,3}}\))?$", re.I
)


def _ungrouped(text: str) -> str:
    """The group row's value where it is itself a numbered heading ('Recommendation : Rec 1 -
    Improve ... (4)' -> 'Rec 1 - Improve ...'): the field's name and the row count are the
    list's, not the recommendation's; any other text unchanged. A number with no sign after it
    and no label ('rec: 2 Improve ...', a label chip) is the label's own, kept with it."""
    m = _GROUP_ROW.match(text)
    value = _HEADING.match(m.group("value")) if m is not None else None
    if m is None or value is None or _bare_number(value) and "(" not in text[m.end("value") :]:
        return text
    return m.group("value")


def _bare_number(m: re.Match[str]) -> bool:
    """The heading is a number and a sentence with no label nor sign between them ('2 Improve')."""
    return not (m.group("kw") or m.groupdict().get("lead")) and m.group("sep").isspace()


# a rule typed as a run of one character ('-----', '=====') in a fixed-width print: no words
_TYPED_RULE = re.compile(r"^(?:[-=_~*]{3,}(?:\s+|$))+")


def provenance(
    sha256: str, page: int, bbox: BBox | None, span: tuple[int, int] | None
) -> Provenance:
    return Provenance(
        sha256=sha256,
        page=page,
        bbox=bbox,
        line_span=span,
        extractor=EXTRACTOR,
        extractor_version=EXTRACTOR_VERSION,
    )


def element_provenance(sha256: str, el: Element) -> Provenance:
    if el.raw is not None:
        return provenance(sha256, el.page, el.raw.bbox, None)
    lines = el.lines
    return provenance(sha256, el.page, lines_bbox(lines), (lines[0].index, lines[-1].index))


def section_row(row: Row, ref_col: int | None) -> tuple[str, str] | None:
    """(number, text) of a heading row inside an action or KPI table ('1 | Priority 1 - ...')."""
    texts: list[str] = []
    for c in row.cells:
        if c is not None and c.text and (not texts or texts[-1] != c.text):
            texts.append(c.text)
    if not texts:
        return None
    if len(texts) >= 2 and re.fullmatch(r"[A-Z]{0,2}\d{1,2}\.?", texts[0].strip(), re.I):
        return texts[0].strip().rstrip("."), " ".join(texts[1:])
    found = heading(" ".join(texts))
    if found is not None:
        return found
    m = re.match(r"^\s*([A-Z]{1,2}\d{1,2})\b[\s.:\-–—]*(.+)$", " ".join(texts))
    if m:
        return m.group(1), m.group(2).strip()
    return None


def from_table(index: RecommendationIndex, el: Element, sha256: str) -> None:
    """A table listing the recommendations: number column + text column.

    The number is the Rec column's, else the label the text opens with ('1. Ensure ...'), else
    the No./Ref column's, else the row's position. A text seen in a row above (a tracker repeats
    it for each of its actions) is that recommendation again, not a new one.
    """
    t = el.table
    if t is None or t.kind != RECOMMENDATION_TABLE:
        return
    num_col, text_col = t.col("rec"), t.col("recommendation_text")
    if text_col is None:
        return
    for i, row in enumerate(t.rows):
        text = " ".join(row.text(text_col).split())
        if not text or is_key_line(text):
            continue  # a key of status marks a grid of tiles ran into: no recommendation
        labelled = heading(text)
        if labelled is not None:
            text = labelled[1]
        if index.with_text(text) is not None:
            continue
        number = row.text(num_col).strip().rstrip(".") if num_col is not None else ""
        if not number and labelled is not None:
            number = labelled[0]
        if not number and t.col("ref") is not None:  # else the row's 'No.'
            number = row.text(t.col("ref")).strip().rstrip(".")
        number = cell_number(number)
        prov = provenance(sha256, row.page, row.bbox, row.line_span)
        index.add(number or str(i + 1), text, prov)


def cell_number(number: str) -> str:
    """A number cell's label spelt with a space before the number ('REC 2', 'Recommendation
    2') is that number, as a link cell naming it is read: the cell's words are no part of the
    number. A code printed tight ('REC2', 'R2') is kept whole (index.add learns its letters).
    A key's tag is read by the same rule (tagged_key: 'Rec. 2 <text>' is recommendation 2)."""
    if _PRINTED_CODE.fullmatch(number.strip()) is not None:
        return number
    return label_number(number) or number


# ---- a list of the recommendations printed apart from the action tables ------------------------

Listed = list[tuple[str, str, Provenance]]
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s*$")


def numbered_from_one(numbers: list[str]) -> bool:
    """1, 2, 3 ... in order: a list of the recommendations, not stray figures."""
    return len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def has_bare_number(el: Element) -> bool:
    """A paragraph with a line that is only a number: part of a list printed in two columns."""
    return (
        el.table is None and el.raw is None and any(_BARE_NUMBER.match(ln.text) for ln in el.lines)
    )


def listed_in_lines(els: list[Element], sha256: str) -> Listed:
    """A list printed as two columns with no rules (a findings sheet as a spreadsheet prints it):
    a narrow column of numbers 1, 2, 3 ... left of the sentences they number, read as one
    paragraph or a paragraph a row. Each sentence is a block of lines set apart from the next by
    more than a line's height; the numbers, at the top, middle or foot of their rows, pair in
    order."""
    lines = [ln for el in els for ln in el.lines]
    numbers = [ln for ln in lines if _BARE_NUMBER.match(ln.text)]
    texts = [ln for ln in lines if not _BARE_NUMBER.match(ln.text)]
    if not numbers or not texts or max(n.bbox[2] for n in numbers) > min(t.bbox[0] for t in texts):
        return []
    blocks: list[list[Line]] = [[texts[0]]]
    for prev, ln in zip(texts, texts[1:], strict=False):
        height = prev.bbox[3] - prev.bbox[1]
        if ln.page != prev.page or ln.bbox[1] - prev.bbox[3] > height:
            blocks.append([ln])
        else:
            blocks[-1].append(ln)
    nums = [_BARE_NUMBER.match(n.text).group(1) for n in numbers]  # type: ignore[union-attr]
    if len(blocks) != len(nums) or not numbered_from_one(nums):
        return []
    out: Listed = []
    for num, block in zip(nums, blocks, strict=True):
        text = join_text(ln.text for ln in block)
        if len(text.split()) < MIN_WORDS:
            return []
        prov = provenance(
            sha256, block[0].page, lines_bbox(block), (block[0].index, block[-1].index)
        )
        out.append((num, text, prov))
    return out


def list_item(text: str) -> bool:
    """A paragraph that may open an item of a list: a numbered heading, or one keyed by a
    roman numeral ('(iii) Reduce ...'), which only listed_by_label may read as a number (a
    sub-point '(i)' under recommendation 3 is no recommendation 1)."""
    return heading(text) is not None or heading(arabic_label(text)) is not None


MAX_LIST_HEADING_WORDS = 8  # a heading over a list ('Inspection recommendations') is short
MIN_HEADED_ITEMS = 2  # items opening lines under it, at the least


def part_list_headings(elements: list[Element]) -> list[Element]:
    """A paragraph that opens with a heading over a list of labelled items ('Inspection
    recommendations' over 'R1 Improve ...', 'R2 ...'), read as one paragraph where the gap
    under the heading is no wider than the list's own (a small print, a sheet fitted to the
    page), parted into the heading and the list: the heading is set in a style of its own
    (bolder, or larger), holds no number and no list item, and two lines or more under it open
    items. Otherwise the list reads as a paragraph that opens with no item, and is lost."""
    out: list[Element] = []
    for el in elements:
        lines = el.lines
        if el.table is not None or el.raw is not None or len(lines) < 2:
            out.append(el)
            continue
        head, first = lines[0], lines[1]
        text = " ".join(head.text.split())
        items = sum(1 for ln in lines[1:] if list_item(ln.text))
        styled = head.font_size >= first.font_size + 0.3 or head.bold and not first.bold
        if _lead_in(text) and list_item(first.text) and not list_item(text):
            # a sentence announcing the list ('..., grouped by the inspection's
            # recommendations:'): whatever its style and length, its first item opens the next
            # line, and the items after it may stand as paragraphs of their own
            out.append(Element(el.page, head.top, lines=[head]))
            out.append(Element(el.page, first.top, lines=list(lines[1:])))
            continue
        if (
            not styled
            or items < MIN_HEADED_ITEMS
            or not list_item(first.text)
            or list_item(text)
            or len(text.split()) > MAX_LIST_HEADING_WORDS
            or any(ch.isdigit() for ch in text)
        ):
            out.append(el)
            continue
        out.append(Element(el.page, head.top, lines=[head]))
        out.append(Element(el.page, first.top, lines=list(lines[1:])))
    return out


def _lead_in(text: str) -> bool:
    """A line that announces what follows: it ends with a colon after some words of prose
    ('About this channel: one post per action ..., grouped by the recommendations:')."""
    return text.endswith(":") and len(text.split()) >= 2


def listed_by_label(
    els: list[Element], sha256: str, *, roman: bool = False, any_start: bool = False
) -> Listed:
    """Labelled items one after another ('Area for improvement 1: ...', '2) ...'), a paragraph
    each or several run into one: an item starts at a line whose label carries the next number,
    so a wrapped line that happens to open with a figure stays in its item. roman=True reads a
    run of items keyed by roman numerals ('(i)', '(ii)') as numbered 1, 2 (where the plan
    numbers no list in figures); a run whose every item is not so keyed is then no list.
    any_start=True lets the run open at any number, the next items counting on from it: a
    section's head citing the recommendations it answers ('Ofsted recommendation 3. ...',
    'Ofsted recommendation 4. ...'), the caller asking only where each item names itself one."""
    read = arabic_label if roman else _same
    groups: list[list[Line]] = []
    start = 1
    for el in els:
        lines = [ln for ln in _boxed_lines(el) if _TYPED_RULE.sub("", ln.text.strip())]
        if roman and (not lines or arabic_label(lines[0].text) == lines[0].text):
            return []  # an item not keyed by a numeral: a mixed run is no roman list
        for k, ln in enumerate(lines):  # a typed rule over the list is no line of it
            m = _HEADING.match(read(" ".join(ln.text.split())))
            if m is not None and any_start and not groups and _digits(m.group("num")).isdigit():
                start = int(_digits(m.group("num")))
            if m is not None and _digits(m.group("num")) == str(len(groups) + start):
                groups.append([ln])
            elif k == 0 and len(lines) > 1 and _opens_item(ln.text, len(groups) + start):
                groups.append([ln])  # 'Recommendation 2' alone over its text: the break a colon
            elif k == 0 or not groups:
                return []  # a paragraph that opens with no item of the list
            else:
                groups[-1].append(ln)
    out: Listed = []
    for g in groups:
        text = join_text(ln.text for ln in g)
        found = heading(read(text))
        if found is None:
            return []
        prov = provenance(sha256, g[0].page, lines_bbox(g), (g[0].index, g[-1].index))
        # 'R2 – ...': the letter labels recommendation 2 (a link 'R2' still finds it)
        out.append((_digits(found[0]) if _coded_label(text) else found[0], found[1], prov))
    numbers = [n for n, _, _ in out]
    if any_start and start > 1:  # counting on from where the run opens: 3, 4 ...
        return out if _counted_from(numbers, start) else []
    return out if _numbered_alike(numbers) else []


def _opens_item(text: str, number: int) -> bool:
    """A paragraph's first line that is the list's next label alone ('Recommendation 2'), the
    item's text in the lines under it (a shape's label over its sentence, set apart by a line
    break where a run-on item puts a colon): label_over_text's reading, item by item."""
    return _LABEL_ALONE.match(" ".join(text.split())) is not None and label_number(text) == str(
        number
    )


def _same(text: str) -> str:
    return text


def _boxed_lines(el: Element) -> list[Line]:
    """A paragraph's lines, or those of the one cell of a table no header names (a box ruled
    round the list, read as a one-cell table): a list framed is still a list, no heading."""
    if el.raw is None:
        return el.lines
    filled = [c for r in el.raw.rows for c in r if c is not None and c.text.strip()]
    return filled[0].lines if len(filled) == 1 else []


def _counted_from(numbers: list[str], start: int) -> bool:
    """start, start + 1 ... under one letter: the items a section's head names (3, 4)."""
    letters = {n[: len(n) - len(_digits(n))].upper() for n in numbers}
    digits = [_digits(n) for n in numbers]
    return len(letters) == 1 and digits == [str(k) for k in range(start, start + len(digits))]


def _numbered_alike(numbers: list[str]) -> bool:
    """1, 2, 3 ... or R1, R2, R3 ...: one list, its codes all under the same letter."""
    letters = {n[: len(n) - len(_digits(n))].upper() for n in numbers}
    return len(letters) == 1 and numbered_from_one([_digits(n) for n in numbers])


def listed_in_raw(el: Element, sha256: str) -> Listed:
    """A table no header names (a findings sheet read from the workbook, a table of what the
    inspectors asked): rows of a number 1, 2, 3 ..., or a label and its number ('Finding no.
    2', 'R2'), beside a sentence, or in one cell before it ('Finding 2: ...'); a row of
    neither (its header) is passed over."""
    t = el.raw
    if t is None:
        return []
    out: Listed = []
    ended = False  # a row of neither after the list: its total ('All recommendations | 13')
    for row in stacked_rows(t):
        one = [c for c in row if c is not None and c.text.strip()]
        got = _row_item(row, one)
        if got is not None:
            if ended:
                return []  # a list broken by a row of something else: no list of them
            (num, text), cell = got
            out.append((num, text, provenance(sha256, t.page, cell.bbox, None)))
        elif out:
            if ended:
                return []  # more than a total under the list: the list is of something else
            ended = True
    return out if numbered_from_one([_digits(n) for n, _, _ in out]) else []


MAX_BOX_HEAD = 2  # a framed list's own title over its items ('Key: the recommendations')
BOX_HEAD_WORDS = 8  # such a title is short: no sentence, no item's text


def _marked(text: str) -> bool:
    """A line opening with a mark glyph as a word of its own ('★ Recommendation 1: ...',
    '⚑ = raised at the board'): a key's entry, never the wrap of the entry above it."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return glyph_word(first) and first not in FIELD_SEPARATORS  # a shape, no bullet ('•')


def stacked_rows(t: Table) -> list[Sequence[Cell | None]]:
    """A table's rows with each framed list's one cell parted into its items (_stacked_items)."""
    return [part for r in t.rows for part in _stacked_items(r)]


def lists_every_row(t: Table) -> bool:
    """Whether every row of a table no header names states a recommendation (listed_in_raw):
    rows parted by rules read as a table only where they are the list (ruled_lists)."""
    items = listed_in_raw(Element(t.page, t.bbox[1], raw=t), "")
    return len(items) == len(t.rows) >= 2


def _stacked_items(row: Sequence[Cell | None]) -> list[Sequence[Cell | None]]:
    """A row whose one cell stacks several labelled recommendations, each opening a line
    ('Recommendation 1. ...' over 'Recommendation 2. ...': a framed box of the list, read as a
    one-cell table), as one row per recommendation; any other row as it is.

    The box may print a short title over its items (a key's 'Key: the recommendations'), kept
    as a row of its own that states nothing (the list passes over it). Where the items open
    with a mark (a key giving each recommendation its shape: '★ Recommendation 1: ...'), a
    line opening with a mark is a new entry of the key (its note '⚑ = raised at the board'),
    never the last item's wrap: it is a row of its own too."""
    filled = [c for c in row if c is not None and c.text.strip()]
    if len(filled) != 1 or len(filled[0].lines) < 2:
        return [row]
    lines = filled[0].lines
    starts = [i for i, ln in enumerate(lines) if _labelled_cell(ln.text) is not None]
    if len(starts) < 2 or starts[0] > MAX_BOX_HEAD:
        return [row]
    if any(len(ln.text.split()) > BOX_HEAD_WORDS for ln in lines[: starts[0]]):
        return [row]  # a paragraph before the items: no list's title
    if all(_marked(lines[i].text) for i in starts):
        starts = sorted(
            {*starts, *(i for i in range(starts[0], len(lines)) if _marked(lines[i].text))}
        )
    if starts[0]:
        starts = [0, *starts]  # the title: a row of its own
    parts = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    return [
        [Cell(join_text(ln.text for ln in part), lines_bbox(part), list(part))] for part in parts
    ]


def _row_item(
    row: Sequence[Cell | None], filled: Sequence[Cell]
) -> tuple[tuple[str, str], Cell] | None:
    """((number, text), the text's cell) of a row stating a recommendation: a number or label
    beside a sentence (labelled_row), or a labelled sentence alone or before figures (_tallied)."""
    got = labelled_row(row)
    if got is not None:
        text = " ".join(got[1].text.split())
        return _restated(got[0], text) or (got[0], text), got[1]
    return _tallied(filled) or _noted(filled)


# a short note in a cell of its own after a recommendation: a label, a colon, a few words
# ('Checked: <name>', 'Sponsor: <name>', a sign-off beside each recommendation of a list)
_NOTE_CELL = re.compile(r"^\s*(?-i:[A-Z])[\w'’]*(?:\s+[\w'’]+){0,2}\s*:\s*\S", re.I)
NOTE_WORDS = 6  # a note is short: a name or a date after its label


def _note(text: str) -> bool:
    return bool(_NOTE_CELL.match(text)) and len(text.split()) <= NOTE_WORDS


def _noted(filled: Sequence[Cell]) -> tuple[tuple[str, str], Cell] | None:
    """((number, text), its cell) of a row that states a recommendation with its label, alone
    or after its number ('2' | 'Recommendation 2: ...'), and then short notes in cells of their
    own ('Checked: <name>'): a print runs the row as one line and the list reads it, so the
    notes are left out as a print's list reads them. The label is the evidence: a row of a
    bare number and a sentence with a note after it (an action and its owner) is no list."""
    cells = list(filled)
    while len(cells) > 1 and _note(cells[-1].text):
        cells.pop()
    if len(cells) == len(filled) or not cells:
        return None
    found = _labelled_cell(" ".join(cells[-1].text.split()))
    if found is None or len(found[1].split()) < MIN_WORDS:
        return None
    if len(cells) == 2:
        m = _LABEL_CELL.match(" ".join(cells[0].text.split()))
        if m is None or _digits(m.group("num")) != _digits(found[0]):
            return None
    elif len(cells) != 1:
        return None
    return found, cells[-1]


def _restated(number: str, text: str) -> tuple[str, str] | None:
    """(number, text) of a sentence whose cell opens with the label beside it again ('R2' |
    'Recommendation 2: Improve ...'): the label in the sentence names the recommendation in
    full (its number '2', as the plan's links name it), and is no part of its text."""
    found = _labelled(text)
    if found is None or _digits(found[0]) != _digits(number):
        return None
    return found


def _tallied(cells: Sequence[Cell]) -> tuple[tuple[str, str], Cell] | None:
    """((number, text), its cell) of a row that states a recommendation with its label in its
    first cell ('Finding 2: ...'), every other cell a figure: a recommendation alone, or with
    counts of its actions by status (a monitoring workbook's summary sheet)."""
    if not cells or (found := _labelled_cell(cells[0].text)) is None:
        return None
    if not all(_FIGURE_CELL.match(c.text) for c in cells[1:]):
        return None
    return found, cells[0]


# a count or a share in a cell of its own ('3', '40%', '-' for none)
_FIGURE_CELL = re.compile(r"^\s*(?:\d{1,5}(?:\.\d+)?%?|[-–—])\s*$")


def _labelled_cell(text: str) -> tuple[str, str] | None:
    """(number, text) of a cell that holds a recommendation with its label ('Finding 2: ...',
    'R2 – ...'), not a bare number and a sentence (a numbered list item of any kind)."""
    found = heading(text)
    return found if found is not None and section_label(text) else None


def labelled_row(row: Sequence[Cell | None]) -> tuple[str, Cell] | None:
    """(number, the sentence's cell) of a row of two cells: a number or a recommendation's
    label with its number, and a sentence. Or of a row of more: a label naming a
    recommendation in words ('Recommendation 2'), one sentence, and short cells beside it (a
    reference, 'see Appendix E'): the label word tells the row from an action's (a number, a
    sentence, an owner, a date)."""
    cells = [c for c in row if c is not None and c.text.strip()]
    if len(cells) > 2:
        return _named_row(cells)
    if len(cells) != 2 or len(cells[1].text.split()) < MIN_WORDS:
        return None
    m = _LABEL_CELL.match(" ".join(cells[0].text.split()))
    return (m.group("num"), cells[1]) if m is not None else None


def _named_row(cells: Sequence[Cell]) -> tuple[str, Cell] | None:
    """(number, the sentence's cell) of a row whose first cell is a recommendation's label
    alone, in words, and one other cell alone a sentence (see labelled_row)."""
    num = label_number(" ".join(cells[0].text.split()))
    said = [c for c in cells[1:] if len(c.text.split()) >= MIN_WORDS]
    return (num, said[0]) if num is not None and len(said) == 1 else None


def _digits(number: str) -> str:
    """'R2' -> '2': a list's codes count as their numbers do."""
    return number.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") or number


# ---- an outline's parent rows: a project tool's summary tasks, a plan indented under headings --

INDENT_STEP = 2.0  # points: a child's text starts this much further in than its parent's
OUTLINE_LEVELS = 4  # a left-aligned outline indents its rows to a few levels at most


@dataclass(frozen=True, slots=True)
class OutlineRow:
    """A row that heads the rows indented under it. found: the recommendation it states
    (number, text), else None (the project's own summary row, a workstream). closes: a heading
    that states none, at or above the level of the recommendations' rows, ends the section in
    force (the rows under it answer none of them)."""

    found: tuple[str, str] | None
    closes: bool


def outline_rows(
    rows: Sequence[Row], col: int | None, owner: int | None = None
) -> dict[int, OutlineRow]:
    """Rows of an outline that head the rows under them, by row index.

    A project tool's export (and a plan kept as an indented list) prints each recommendation
    as a parent row: its text starts left of the next row's, which is indented under it, and
    it is set apart in bold or opens with the recommendation's label ('R2 – ...', 'Priority
    2: ...'); its dates and % complete are rolled up from the rows under it, so it is no
    action. A parent that states no recommendation (the project's summary row, the plan's
    title) heads rows too and is no action either. Read only where the column's text starts
    at a few indents (a left-aligned outline): centred text starts wherever its width puts it.
    An outline printed without its indents is read from its labels (_labelled_rows). owner:
    the owner column, where known: a parent that states no label and names its own owner is an
    action with sub-steps indented under it, not a summary (a summary row is nobody's work).
    """
    if col is None:
        return {}
    owned = {n for n, r in enumerate(rows) if owner is not None and r.text(owner).strip()}
    marks = [_indent(r, col) for r in rows]
    found = [m for m in marks if m is not None]
    levels = len({round(m[0] / INDENT_STEP) for m in found})
    indented = _indented(rows, col, marks, owned) if levels <= OUTLINE_LEVELS else {}
    return indented or _labelled_rows(rows, col, marks)


def _indented(
    rows: Sequence[Row], col: int, marks: list[tuple[float, bool] | None], owned: set[int]
) -> dict[int, OutlineRow]:
    """The parents of an indented outline (outline_rows); owned: rows naming an owner."""
    out: dict[int, OutlineRow] = {}
    rec_level: float | None = None  # indent of the rows that state recommendations
    for n, mark in enumerate(marks):
        below = next((m for m in marks[n + 1 :] if m is not None), None)
        if mark is None or below is None or below[0] - mark[0] < INDENT_STEP:
            continue
        text = rows[n].text(col)
        stated = heading(text)
        if not mark[1] and (stated is None or not section_label(text)):
            continue  # neither bold nor labelled: an item whose next row wraps further in
        stated = _numbered(text, stated)
        if n in owned and (stated is None or not section_label(text)):
            continue  # an action of its own, its sub-steps under it
        if stated is not None and rec_level is None:
            rec_level = mark[0]
        closes = stated is None and rec_level is not None and mark[0] <= rec_level + 1
        out[n] = OutlineRow(found=stated, closes=closes)
    if rec_level is None:
        out.update(_sentence_parents(rows, col, marks, list(out)))
    return out


def _sentence_parents(
    rows: Sequence[Row], col: int, marks: list[tuple[float, bool] | None], parents: list[int]
) -> dict[int, OutlineRow]:
    """An outline whose parents state their recommendations with no label or number: under
    the project's own row (one parent at the outermost level, first, heading all the rest),
    two or more parents at one level, each a sentence, every row at that level one of them, each
    leaving blank a column its rows fill (_rolls_up), are recommendations 1, 2, 3 in order (a workstream's name, 'Front door', is no sentence: then
    none are; actions of which only some have sub-steps under them are no outline of them)."""
    levels = {n: m[0] for n in parents if (m := marks[n]) is not None}
    if not levels:
        return {}
    top = min(levels.values())
    at_top = [n for n, x in levels.items() if x - top < INDENT_STEP]
    if len(at_top) == 1 and at_top[0] == parents[0] and len(parents) > 1:
        parents = parents[1:]  # the project's summary row
    inner = [levels[n] for n in parents]
    if len(parents) < 2 or max(inner) - min(inner) >= INDENT_STEP:
        return {}
    level = min(inner)
    peers = [n for n, m in enumerate(marks) if m is not None and abs(m[0] - level) < INDENT_STEP]
    if set(peers) != set(parents):
        return {}  # a row at their level with nothing under it: they are actions, some stepped
    ends = [*parents[1:], len(rows)]
    if not all(_rolls_up(rows, n, end) for n, end in zip(parents, ends, strict=True)):
        return {}
    texts = [" ".join(rows[n].text(col).split()) for n in parents]
    if not all(len(t.split()) >= MIN_WORDS and t[:1].isupper() for t in texts):
        return {}
    return {
        n: OutlineRow(found=(str(i), t), closes=False)
        for i, (n, t) in enumerate(zip(parents, texts, strict=True), start=1)
    }


def _rolls_up(rows: Sequence[Row], n: int, end: int) -> bool:
    """Row n leaves blank a column that every row under it (up to end) fills: a summary of its
    tasks (a project tool's summary task names no resource), not an action of its own with
    sub-steps, which fills what they fill."""
    under = [r for r in rows[n + 1 : end] if not r.section]
    width = len(rows[n].cells)
    return bool(under) and any(
        not rows[n].text(i).strip() and all(r.text(i).strip() for r in under) for i in range(width)
    )


def _labelled_rows(
    rows: Sequence[Row], col: int, marks: list[tuple[float, bool] | None]
) -> dict[int, OutlineRow]:
    """Rows that state a recommendation with its label ('Priority 2: ...', 'R2 – ...') among
    rows that state none: each heads the rows after it up to the next, whatever their indent
    or type (an outline exported without its indents, a summary row in body type). Read only
    where every such row is followed by a row stating none, they are fewer than half the rows,
    and their numbers rise (1, 2, 4: a table whose every row names its recommendation so is
    a list of actions, not an outline)."""
    texts = [rows[n].text(col) if m is not None else "" for n, m in enumerate(marks)]
    labelled = {n: h for n, t in enumerate(texts) if (h := _labelled(t)) is not None}
    with_text = [n for n, t in enumerate(texts) if t]
    if not labelled or 2 * len(labelled) > len(with_text):
        return {}
    for n in labelled:
        after = next((k for k in with_text if k > n), None)
        if after is None or after in labelled:
            return {}
    numbers = [int(_digits(h[0]) or 0) for h in labelled.values()]
    if numbers != sorted(set(numbers)):
        return {}
    return {n: OutlineRow(found=h, closes=False) for n, h in labelled.items()}


def _labelled(text: str) -> tuple[str, str] | None:
    """(number, text) of a cell that states a recommendation with its label, else None."""
    return _numbered(text, heading(text)) if text and section_label(text) else None


def _numbered(text: str, stated: tuple[str, str] | None) -> tuple[str, str] | None:
    """'R2 – ...' states recommendation 2: the letter is its label."""
    if stated is not None and _coded_label(text):
        return _digits(stated[0]), stated[1]
    return stated


def _coded_label(text: str) -> bool:
    """'R2 – ...' or 'R2 Improve ...': a letter and a number before a dash or a space, the
    letter the label (label_of; a list set as a column of codes beside the sentences puts no
    sign between them)."""
    m = _HEADING.match(_uncontinued(text))
    if m is None or m.group("kw"):
        return False
    if m.group("sep").isspace():
        return _PREFIXED.fullmatch(m.group("num")) is not None
    return label_of(text) == m.group("num")[:1].lower()


def _indent(row: Row, col: int) -> tuple[float, bool] | None:
    """(how far in from its cell's left edge the cell's first line starts, whether all its
    lines are bold), for a cell with text of its own."""
    cell = row.cells[col] if col < len(row.cells) else None
    if cell is None or not cell.lines or row.section:
        return None
    if col < len(row.merged_above) and row.merged_above[col]:
        return None
    return cell.lines[0].bbox[0] - cell.bbox[0], all(ln.bold for ln in cell.lines)


# the recommendation's number at the head of an action's ref ('R3.2' -> R3, '4a' -> 4, '2.1' -> 2)
_REF_HEAD = re.compile(r"^\s*([A-Z]{0,2}\d{1,2})(?:\.\d{1,2}|(?-i:[a-z]))\b", re.I)
_LONE_NUMBER = re.compile(r"^\s*([A-Z]{0,2}\d{1,2})[.):]?\s*$", re.I)


def group_cell(
    row: Row,
    col: int,
    keys: tuple[int | None, int | None],
    index: RecommendationIndex,
    current: str | None,
    new_page: bool,
    sha256: str,
    labelled: bool = False,
) -> str | None:
    """The recommendation in force after a row's recommendation-text cell.

    A tracker prints a recommendation's text (and the council's response) on its group's first
    row only, or merged down over its actions; the rows below answer it until a row prints
    another. A cell of its own opens a recommendation, numbered by its label ('R1 The
    timeliness ...', '2. Improve ...'), else by the number the row prints in its rec column,
    else by the head of the row's ref ('R3.2', '4a' -> 4); the text of a known recommendation
    (a tracker repeats it in every row) is that one again. Text with no label atop a new page
    is the rest of the cell above, cut by the page break, unless the row's keys (keys: its rec
    number and ref columns) name another recommendation than the one in force: a cell merged
    down over '1.1' .. '1.3' and cut before '1.3' goes on beside it, but a group '4' starting a
    page ('4' | its text | '4a') is the next one. So is text with no label in a column whose
    cells label their recommendations (labelled: labels_groups), on the same page: a cell merged
    down over several actions whose wrapped lines the rows split ('2. Improve the response to
    children at risk of criminal and sexual' | 'exploitation outside the home' beside the next
    action); numbered as the next recommendation, it took the number of the one below, whose
    own cell then linked to it, and the actions beside the cut lines linked to the wrong one.
    """
    cell = row.cells[col] if col < len(row.cells) else None
    text = " ".join(row.text(col).split())
    if cell is None or not text or _covered(row, col):
        return current
    found = heading(text)
    known = index.with_text(found[1] if found else text)
    if known is not None:
        return known  # the recommendation's text again, repeated in every row
    number = _group_number(row, *keys)
    if found is None and current is not None and (new_page or labelled):
        now = next((r.number for r in index.items if r.id == current), None)
        if number is None or number_key(number) == number_key(now or ""):
            index.extend(current, text)
            return current
    if found is None:
        found = (number or str(len(index.items) + 1), text)
    rid = index.by_number.get(number_key(found[0]))
    if rid is not None:
        return rid
    return index.add(found[0], found[1], provenance(sha256, row.page, cell.bbox, row.line_span))


def labels_groups(rows: Sequence[Row], col: int) -> bool:
    """A recommendation-text column whose cells state their recommendations by label: two or
    more cells of their own read as numbered headings ('1. Improve ...', 'R2 Reduce ...') and
    these outnumber the cells with no label (group_cell reads those as the rest of the cell
    above, cut where the rows split a cell merged down over them)."""
    labelled = unlabelled = 0
    for row in rows:
        text = " ".join(row.text(col).split()) if col < len(row.cells) else ""
        if row.section or not text or _covered(row, col):
            continue
        if heading(text) is not None:
            labelled += 1
        else:
            unlabelled += 1
    return labelled >= 2 and labelled > unlabelled


def _covered(row: Row, col: int | None) -> bool:
    """The row's cell in col is a merged cell's, from a row above."""
    return col is not None and col < len(row.merged_above) and row.merged_above[col]


def _group_number(row: Row, num_col: int | None, ref_col: int | None) -> str | None:
    """The number a group's first row gives its recommendation: a lone number in its own rec
    cell, else the head of its own ref."""
    for col, pattern in ((num_col, _LONE_NUMBER), (ref_col, _REF_HEAD)):
        if col is not None and not _covered(row, col):
            m = pattern.match(row.text(col))
            if m is not None:
                return m.group(1)
    return None
