"""The rule vocabulary of Ofsted reports: judgement areas, grade phrases and section headings.

One blank English spaCy pipeline (tokenizer plus PhraseMatcher/Matcher rules, no statistical
model, nothing downloaded) is built once per process. Phrase lists read like the printed reports,
which keeps the rules reviewable: adding a new heading wording is one line here, not a new regex.
Layout helpers shared by the report extractors (body font, contents pages, footnotes, list
markers) live here too so the three extractors agree on what a heading or a footnote is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from plantrace.pipeline.document import Line, Page, ParsedDocument
from plantrace.pipeline.layout import strip_marker

# Printed names of the judgement areas -> canonical keys (models.grades.AREAS). Longest match wins,
# so "children in care and care leavers" (the 2018-2022 combined judgement) beats "care leavers".
AREA_PHRASES: dict[str, tuple[str, ...]] = {
    "overall_effectiveness": ("overall effectiveness",),
    "impact_of_leaders": (
        "impact of leaders on social work practice with children and families",
        "impact of leaders",
        "leadership, management and governance",
        "leadership management and governance",
    ),
    "help_and_protection": (
        "children who need help and protection",
        "children in need of help and protection",
    ),
    "children_in_care": (
        "children in care and care leavers",
        "children in care",
        "children looked after and achieving permanence",
        "looked after children and achieving permanence",
    ),
    "care_leavers": ("experiences and progress of care leavers", "care leavers"),
    "adoption": ("adoption performance",),
    "lscb": ("local safeguarding children board", "lscb"),
}


class HeadingKind(StrEnum):
    """What a heading line means for the recommendation reader."""

    recs = "recs"  # opens a list of recommendations ("What needs to improve?")
    recs_lscb = "recs_lscb"  # opens the LSCB's own list ("What does the LSCB need to improve?")
    priority = "priority"  # SIF sub-heading "Priority and immediate action"
    areas = "areas"  # "Areas for improvement" (SIF sub-heading; 2013 section heading)
    timescale = "timescale"  # 2013 groups: "Immediately:", "Within three months:"


# Heading wordings, matched at the start of a heading line (case-insensitive).
HEADING_PHRASES: dict[HeadingKind, tuple[str, ...]] = {
    HeadingKind.recs: (
        "what needs to improve",
        "what does the local authority need to improve",
        "what the local authority needs to improve",
        "recommendations",
    ),
    HeadingKind.recs_lscb: (
        "what does the lscb need to improve",
        "what does the local safeguarding children board need to improve",
        "what the lscb needs to improve",
    ),
    HeadingKind.priority: ("priority and immediate action", "priority and immediate actions"),
    HeadingKind.areas: ("areas for improvement", "area for improvement"),
    HeadingKind.timescale: ("immediately",),
}
_TIMESCALE = re.compile(
    r"^(immediately|within\s+(one|two|three|four|six|nine|twelve|\d+)\s+(weeks?|months?))\s*:?\s*$",
    re.I,
)

# Token patterns of the printed grades. Heads first so "requires improvement to be good" is one
# span, never "good" alone; normalise_grade (pipeline.normalise.grades) maps the span to a Grade.
_GRADE_PATTERNS: list[list[dict[str, object]]] = [
    [
        {"LOWER": {"IN": ["requires", "require", "required"]}},
        {"LOWER": "improvement"},
        {"LOWER": "to", "OP": "?"},
        {"LOWER": "be", "OP": "?"},
        {"LOWER": "good", "OP": "?"},
    ],
    [{"LOWER": {"IN": ["outstanding", "good", "adequate", "inadequate"]}}],
    [{"LOWER": "grade"}, {"TEXT": {"REGEX": r"^[1-4]$"}}],
]
GRADE_WORDS = frozenset(
    {"requires", "require", "improvement", "to", "be", "good", "outstanding", "adequate",
     "inadequate", "grade", "1", "2", "3", "4", "(", ")", "."}
)  # fmt: skip
_GRADE_HEADS = frozenset(
    {"requires", "require", "improvement", "good", "outstanding", "adequate", "inadequate"}
)
_FULL_GRADES = (
    "requires improvement to be good",
    "require improvement to be good",
    "requires improvement",
    "require improvement",
    "outstanding",
    "good",
    "adequate",
    "inadequate",
)


@dataclass(frozen=True, slots=True)
class ReportRules:
    nlp: Language
    areas: PhraseMatcher
    headings: PhraseMatcher
    grades: Matcher


@cache
def rules() -> ReportRules:
    """The blank pipeline and its matchers, built once per process (spaCy set-up is ~50 ms)."""
    nlp = spacy.blank("en")
    areas = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, phrases in AREA_PHRASES.items():
        areas.add(key, [nlp.make_doc(p) for p in phrases])
    headings = PhraseMatcher(nlp.vocab, attr="LOWER")
    for kind, phrases in HEADING_PHRASES.items():
        headings.add(kind.value, [nlp.make_doc(p) for p in phrases])
    grades = Matcher(nlp.vocab)
    grades.add("GRADE", _GRADE_PATTERNS)  # type: ignore[arg-type]
    return ReportRules(nlp=nlp, areas=areas, headings=headings, grades=grades)


def _doc(text: str) -> Doc:
    return rules().nlp.make_doc(text)


def find_areas(text: str) -> list[tuple[int, int, str]]:
    """Judgement areas named in text as (start_char, end_char, area), longest match, in order."""
    r = rules()
    doc = _doc(text)
    found = r.areas(doc)
    spans = [doc[s:e] for _, s, e in found]
    keyed = {(s, e): r.nlp.vocab.strings[m] for m, s, e in found}
    return [(sp.start_char, sp.end_char, keyed[(sp.start, sp.end)]) for sp in filter_spans(spans)]


def find_grades(text: str) -> list[tuple[int, int]]:
    """Character spans of printed grades in text, longest first-come ('requires improvement ...')."""
    doc = _doc(text)
    spans = filter_spans([doc[s:e] for _, s, e in rules().grades(doc)])
    return [(sp.start_char, sp.end_char) for sp in spans]


_FIRST_WORDS = frozenset(p.split()[0] for phrases in HEADING_PHRASES.values() for p in phrases)


def heading_kind(text: str) -> HeadingKind | None:
    """Classify a heading line by the wording it starts with; None for any other heading."""
    clean = " ".join(text.replace("?", " ").replace(":", " ").split())
    if _TIMESCALE.match(clean):
        return HeadingKind.timescale
    if clean.split(" ", 1)[0].lower() not in _FIRST_WORDS:  # cheap test before tokenising
        return None
    doc = _doc(clean)
    best: tuple[int, HeadingKind] | None = None
    for match_id, start, end in rules().headings(doc):
        if start != 0:
            continue
        kind = HeadingKind(rules().nlp.vocab.strings[match_id])
        # the heading must be (nearly) all phrase: "Recommendations made at ..." is a sentence
        if len(doc) - end > 4:
            continue
        if best is None or end > best[0]:
            best = (end, kind)
    return None if best is None else best[1]


def grade_tokens(text: str) -> list[str]:
    return [t.strip(".,;:()").lower() for t in text.split() if t.strip(".,;:()")]


def is_grade_fragment(text: str) -> bool:
    """A table cell piece that holds only grade words: 'Requires', 'improvement to be', 'Good'."""
    toks = grade_tokens(text)
    return (
        bool(toks) and all(t in GRADE_WORDS for t in toks) and any(t in _GRADE_HEADS for t in toks)
    )


def grade_prefix(text: str) -> bool:
    """True when text is a grade phrase or the start of one ('requires improvement to')."""
    joined = " ".join(grade_tokens(text))
    return any(g.startswith(joined) for g in _FULL_GRADES) or bool(
        re.fullmatch(r"(grade )?[1-4]( \w+)?", joined)
    )


# ---------------------------------------------------------------------------------------------
# Layout helpers shared by the report extractors


def body_font(doc: ParsedDocument) -> float:
    """The commonest font size: the running text, against which headings and footnotes stand out."""
    counts: Counter[float] = Counter()
    for page in doc.pages[:40]:
        for line in page.lines:
            counts[round(line.font_size)] += len(line.text)
    return float(counts.most_common(1)[0][0]) if counts else 12.0


_ENDS_WITH_PAGE = re.compile(r"\s\d{1,3}$")


def is_contents_page(page: Page) -> bool:
    """A table of contents: a 'Contents' heading or mostly lines ending in page numbers."""
    lines = page.lines
    if any(ln.text.strip().lower() in ("contents", "table of contents") for ln in lines[:5]):
        return True
    numbered = sum(1 for ln in lines if _ENDS_WITH_PAGE.search(ln.text))
    return len(lines) >= 4 and numbered >= 0.6 * len(lines)


def footnote_lines(page: Page, body: float) -> set[int]:
    """Indexes of footnote text and superscript markers on a page.

    A footnote block starts at a tiny-font marker line ('1') in the lower part of the page and
    runs to the page end; superscript markers elsewhere are tiny lines holding only digits.
    """
    out: set[int] = set()
    start: int | None = None
    for line in page.lines:
        tiny = line.font_size <= body * 0.8
        if start is None and tiny and line.top > page.height * 0.55 and line.text[:1].isdigit():
            start = line.index
        in_block = start is not None and line.index >= start
        if in_block or (tiny and re.fullmatch(r"[\d*†,\s]+", line.text)):
            out.add(line.index)
    return out


_GLYPHS = ("So", "Sm", "Co", "Pd")  # symbol, maths, private-use and dash characters
_GLUED_NUMBER = re.compile(r"^(\d{1,3})\.(?=[A-Z‘'“\"(])")


def list_marker(line: Line) -> tuple[str | None, str]:
    """('•' | '12' | 'a' | None, rest of the text): a bullet or list number opening the line."""
    m = _GLUED_NUMBER.match(line.text)
    if m:  # "10.The local authority..." printed without a space
        return m.group(1), line.text[m.end() :]
    marker, rest = strip_marker(line.text)
    # line.text is the words joined by single spaces: reading it avoids loading word boxes
    first, _, tail = line.text.partition(" ")
    # any other bullet glyph ('◼', symbol-font private-use characters) standing alone
    if marker is None and tail and len(first) == 1 and unicodedata.category(first) in _GLYPHS:
        return "•", line.text[1:].lstrip()
    return marker, rest
