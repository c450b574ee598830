"""The inspection recommendations a plan quotes, with the plan's own numbers.

Plans quote them in three ways, all read here: a numbered heading (or shaded banner) above each
section's action table ('1. Work with partners to ...', repeated with '(cont)' after a page
break), a table listing them ('Rec | Ofsted recommendation'), or a heading row inside one long
action table ('1 | Priority 1 - Management oversight ...'). Ids are r1, r2... in document order;
`number` is the number as the plan prints it ('3', 'P2').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrace.extractors.plan_columns import RECOMMENDATION_TABLE, Element, Row
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.inspection import Recommendation
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import BBox
from plantrace.pipeline.layout import join_text

EXTRACTOR = "extractors.plan_recommendations"

# '1. Ensure that ...', '1) ...', 'Recommendation 3: ...', 'Priority 2 - ...', and under a
# document's own section number '4. Recommendation 2: Assessments' (the number is 2, not 4).
# With no punctuation after the number the text must open with a capital (case-sensitive even
# under re.I): 'Recommendation 9 is being taken forward ...' is a sentence about a
# recommendation, not a heading of one.
_KEYWORD = r"(?:ofsted\s+)?recommendation\s+|priority\s+|rec\.?\s*"
# whatever a plan calls them ('Area for improvement 3: ...', 'Finding 2 - ...'): a capitalised
# lead of one to four words, the number, a colon or dash, then a whole sentence
_LEAD = r"(?P<lead>(?-i:[A-Z])[a-z]+(?:\s+[a-z]+){0,3}\s+(?=\d{1,2}\s*[:\-–—]))"
_HEADING = re.compile(
    rf"^\s*(?:\d{{1,2}}\.?\s+(?=(?:{_KEYWORD})\d))?(?:(?P<kw>{_KEYWORD})|{_LEAD})?"
    r"(?P<num>\d{1,2}|[A-Z]{1,2}\d{1,2})\s*(?P<sep>[.):\-–—]\s*|\s+(?=(?-i:[A-Z])))(?!\d)(?P<text>.+)$",
    re.I | re.S,
)
_CONT = re.compile(r"\(\s*cont(?:inued|'d|d)?\.?\s*\)\s*$", re.I)
_NUMBER_TOKEN = re.compile(r"\b([A-Z]{0,2}\d{1,2})(?:\.\d+)?\b", re.I)
MIN_WORDS = 5  # a recommendation is a sentence; '1. Context' is a section heading


@dataclass(slots=True)
class RecommendationIndex:
    """The plan's recommendations with lookups by printed number."""

    items: list[Recommendation] = field(default_factory=list)
    by_number: dict[str, str] = field(default_factory=dict)  # normalised number -> id

    def add(self, number: str, text: str, prov: Provenance) -> str:
        key = number_key(number)
        if key in self.by_number:
            return self.by_number[key]
        rid = f"r{len(self.items) + 1}"
        self.items.append(Recommendation(id=rid, number=number, text=text, provenance=prov))
        self.by_number[key] = rid
        return rid

    def text_of(self, rid: str) -> str | None:
        return next((r.text for r in self.items if r.id == rid), None)

    def extend(self, rid: str, more: str) -> None:
        """Add text to a recommendation whose cell or paragraph was cut by a page break."""
        for i, r in enumerate(self.items):
            if r.id == rid:
                self.items[i] = r.model_copy(update={"text": join_text([r.text, more])})

    def ids_for(self, raw: str) -> list[str]:
        """Ids named by a Rec/Ref cell: '3, 10' -> [r1, r4]; '2.3 / 4.1' -> ids of 2 and 4."""
        out: list[str] = []
        for m in _NUMBER_TOKEN.finditer(raw):
            rid = self.by_number.get(number_key(m.group(1)))
            if rid is not None and rid not in out:
                out.append(rid)
        return out


def number_key(number: str) -> str:
    return number.strip().strip(".").upper().lstrip("0") or "0"


def heading(text: str) -> tuple[str, str] | None:
    """(number, text) when a heading quotes a numbered recommendation, else None.

    A bare number needs a sentence after it ('1. Context' is a section heading); one named as
    a recommendation ('Recommendation 1: Strategy meetings') may carry only a short title.
    """
    text = " ".join(text.split())
    text = _CONT.sub("", text).strip()
    m = _HEADING.match(text)
    if not m:
        return None
    body = m.group("text").strip()
    if m.groupdict().get("lead") and (len(body.split()) < MIN_WORDS or not body[:1].isupper()):
        return None
    if len(body.split()) < (1 if is_explicit(m) else MIN_WORDS):
        return None
    return m.group("num"), body


def named_heading(text: str) -> bool:
    """True for a heading whose number follows a name of the plan's own ('Area for improvement
    3: ...', 'Theme 1: ...'): a recommendation only where the tables below do not name theirs."""
    m = _HEADING.match(_CONT.sub("", " ".join(text.split())).strip())
    return m is not None and bool(m.groupdict().get("lead"))


def is_explicit(m: re.Match[str]) -> bool:
    """The heading names itself a recommendation and punctuates its number ('Recommendation 2:')."""
    return bool(m.group("kw")) and not m.group("sep").isspace()


def explicit_heading(text: str) -> bool:
    """True for a 'Recommendation N: ...' heading, the form a plan repeats for every section."""
    m = _HEADING.match(_CONT.sub("", " ".join(text.split())).strip())
    return m is not None and is_explicit(m)


def is_continuation(text: str) -> bool:
    return bool(_CONT.search(" ".join(text.split())))


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
    bbox = (
        min(ln.bbox[0] for ln in lines), min(ln.bbox[1] for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bbox[3] for ln in lines),
    )  # fmt: skip
    return provenance(sha256, el.page, bbox, (lines[0].index, lines[-1].index))


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

    The number is the Rec column's, else the No./Ref column's, else the row's position.
    """
    t = el.table
    if t is None or t.kind != RECOMMENDATION_TABLE:
        return
    num_col, text_col = t.col("rec"), t.col("recommendation_text")
    if text_col is None:
        return
    for i, row in enumerate(t.rows):
        text = row.text(text_col)
        if not text:
            continue
        number = ""
        for col in (num_col, t.col("ref")):  # 'Rec' first, else the row's 'No.'
            if col is not None and not number:
                number = row.text(col).strip().rstrip(".")
        prov = provenance(sha256, row.page, row.bbox, row.line_span)
        index.add(number or str(i + 1), text, prov)
