"""A self-check on every inspection-report extraction: the invariants a correct reading obeys.

Accuracy on reports nobody has labelled cannot be measured, but a wrong reading usually breaks
something the framework guarantees: SIF grades six areas (and the LSCB when the report reviews
it), ILACS four (five from 2023), the April 2026 framework its own four and no overall grade; a
numbered list runs on without gaps; a recommendations section with list items yields
recommendations, as many as it has top-level items; dates run start <= end <= publication. Each
broken invariant becomes an ExtractionWarning with a stable code, so the product says when it is
unsure instead of failing silently.

The framework facts live in data/inspection_invariants.json. The checks read the extraction and
the already parsed document (no second parse, no spaCy pipeline beyond the cached one), so they
cost a few milliseconds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from plantrace.extractors.inspection_meta import dates_text
from plantrace.extractors.recommendations import LEAD_IN, NONE_FOUND
from plantrace.extractors.report_nlp import (
    HeadingKind,
    body_font,
    footnote_lines,
    heading_kind,
    is_contents_page,
    list_marker,
)
from plantrace.models.inspection import InspectionMeta, Judgement, Recommendation
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, ParsedDocument
from plantrace.pipeline.normalise.dates import parse_date

INDENT = 4.0  # points: a marker this far right of the section's leftmost marker is a sub-point
_RECS_KINDS = (HeadingKind.recs, HeadingKind.recs_lscb)
_SUB_KINDS = (HeadingKind.priority, HeadingKind.areas, HeadingKind.timescale)
_END_PUNCT = (".", ":", ";", "?", "!", ",")


@cache
def invariants() -> dict[str, Any]:
    """The framework facts (read once per process)."""
    text = resources.files("plantrace.extractors").joinpath("data/inspection_invariants.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def check_inspection(
    doc: ParsedDocument,
    meta: InspectionMeta | None,
    judgements: list[Judgement],
    recommendations: list[Recommendation],
) -> list[ExtractionWarning]:
    """Every broken invariant of the extraction, as warnings in a stable order."""
    if meta is None:
        return []
    out: list[ExtractionWarning] = []
    head = " ".join(ln.text for ln in doc.pages[0].lines[:20]).lower() if doc.pages else ""
    out += _check_judgements(meta, judgements, head)
    out += _check_dates(meta)
    out += _check_dates_text(doc, meta)
    if not meta.lead_inspector:
        out.append(
            ExtractionWarning(
                code="lead_inspector_missing",
                message="no lead or reporting inspector found in the report",
                page=None,
            )
        )
    sections = recommendation_sections(doc)
    skipped = {n for sec in sections for n in sec.skipped}
    out += _check_numbering(recommendations, skipped)
    out += _check_sections(sections, recommendations)
    out += _check_texts(doc, recommendations)
    return out


# ---------------------------------------------------------------------------------------------
# Judgements: the areas each framework grades, its grade words, its years


def _check_judgements(
    meta: InspectionMeta, judgements: list[Judgement], head: str
) -> list[ExtractionWarning]:
    rules = invariants()["frameworks"][meta.framework.value]
    page = judgements[0].provenance.page if judgements else 1
    out: list[ExtractionWarning] = []
    if not judgements:
        return [
            ExtractionWarning(
                code="judgements_missing",
                message="no graded judgement found: the judgement table was not read",
                page=1,
            )
        ]
    areas = [j.area for j in judgements]
    required = list(rules["required"])
    for area, phrase in rules.get("required_when_head_says", {}).items():
        if phrase in head:
            required.append(area)
    start = meta.start_date
    for area, since in rules.get("required_from", {}).items():
        if start is not None and start >= date.fromisoformat(since):
            required.append(area)
    missing = [a for a in required if a not in areas]
    if missing:
        out.append(
            ExtractionWarning(
                code="judgement_missing",
                message=f"{rules['name']}: no grade read for {', '.join(missing)}",
                page=page,
            )
        )
    allowed = rules.get("allowed")
    if allowed is not None:
        extra = [a for a in areas if a not in required and a not in allowed]
        extra += [a for a in areas if a in rules.get("forbidden", [])]
        if extra:
            out.append(
                ExtractionWarning(
                    code="judgement_unexpected",
                    message=f"{rules['name']} does not grade {', '.join(sorted(set(extra)))}",
                    page=page,
                )
            )
    wrong = [j for j in judgements if j.grade.value not in rules["grades"]]
    for j in wrong:
        out.append(
            ExtractionWarning(
                code="grade_not_in_framework",
                message=f"{j.area} graded '{j.raw}', a grade the {rules['name']} does not use",
                page=j.provenance.page,
            )
        )
    out += _check_era(meta, rules)
    return out


def _check_era(meta: InspectionMeta, rules: dict[str, Any]) -> list[ExtractionWarning]:
    start = meta.start_date
    if start is None:
        return []
    lo, hi = _day(rules.get("inspected_from")), _day(rules.get("inspected_until"))
    if (lo is None or start >= lo) and (hi is None or start <= hi):
        return []
    return [
        ExtractionWarning(
            code="framework_date_mismatch",
            message=(
                f"read as the {rules['name']}, but inspected from {start.isoformat()}: a judgement"
                " that decides the framework may be missing or misread"
            ),
            page=1,
        )
    ]


# ---------------------------------------------------------------------------------------------
# Dates


def _check_dates(meta: InspectionMeta) -> list[ExtractionWarning]:
    limits = invariants()["dates"]
    page = meta.provenance.page if meta.provenance is not None else 1
    start, end, pub = meta.start_date, meta.end_date, meta.publication_date

    def warn(code: str, message: str) -> list[ExtractionWarning]:
        return [ExtractionWarning(code=code, message=message, page=page)]

    if start is None or end is None:
        return warn("inspection_dates_missing", "the inspection dates were not read")
    if start > end:
        return warn("inspection_dates_order", f"inspection starts {start} after it ends {end}")
    if pub is not None and pub < end:
        return warn(
            "publication_before_inspection", f"published {pub} before the inspection ended {end}"
        )
    if pub is not None and (pub - end).days > limits["max_days_to_publication"]:
        return warn(
            "publication_far_from_inspection",
            f"published {pub}, {(pub - end).days} days after the inspection ended {end}",
        )
    windows = meta.windows or []
    for w in windows:
        if (
            w.start is not None
            and w.end is not None
            and (w.end - w.start).days > limits["max_window_days"]
        ):
            return warn(
                "inspection_window_long",
                f"an inspection window of {(w.end - w.start).days} days ({w.start} to {w.end}):"
                " two windows may have been read as one",
            )
    for a, b in zip(windows, windows[1:], strict=False):
        if a.end is not None and b.start is not None and b.start <= a.end:
            return warn("inspection_windows_order", f"window {b.start} starts before {a.end}")
    return []


def _check_dates_text(doc: ParsedDocument, meta: InspectionMeta) -> list[ExtractionWarning]:
    """The end date is the last date the printed dates name (a window not read would hide it)."""
    text = dates_text(doc)
    if text is None or meta.end_date is None:
        return []
    last = parse_date(text)
    if last is None or last == meta.end_date:
        return []
    return [
        ExtractionWarning(
            code="inspection_end_date_unsure",
            message=(
                f"the inspection dates '{' '.join(text.split())}' name {last.isoformat()} but"
                f" the end date read is {meta.end_date.isoformat()}"
            ),
            page=meta.provenance.page if meta.provenance is not None else 1,
        )
    ]


# ---------------------------------------------------------------------------------------------
# Recommendations: numbering, sections, texts


def _check_numbering(
    recommendations: list[Recommendation], skipped: set[int]
) -> list[ExtractionWarning]:
    """Numbered lists run on without gaps or repeats (the LSCB's list numbers on its own).

    Numbers printed on paragraphs that are rightly no recommendation ('26. The inspection did not
    find any areas for priority action.', a lead-in) are no gap.
    """
    out: list[ExtractionWarning] = []
    prev: Recommendation | None = None
    for rec in recommendations:
        if rec.number is None or not rec.number.isdigit():
            prev = None
            continue
        if prev is not None and prev.number is not None and _same_list(prev, rec):
            last, got = int(prev.number), int(rec.number)
            missing = [n for n in range(last + 1, got) if n not in skipped]
            if got <= last or missing:
                what = "repeated" if got <= last else f"{missing[0]} to {missing[-1]} missing"
                out.append(
                    ExtractionWarning(
                        code="recommendation_numbering_gap",
                        message=f"numbered recommendations jump from {prev.number} to {got} ({what})",
                        page=rec.provenance.page,
                    )
                )
        prev = rec
    return out


def _same_list(a: Recommendation, b: Recommendation) -> bool:
    lscb = "lscb"
    a_lscb = a.category is not None and a.category.value == lscb
    b_lscb = b.category is not None and b.category.value == lscb
    return a_lscb == b_lscb


@dataclass(slots=True)
class Section:
    """A recommendations section as printed: its heading line and its top-level list items."""

    heading: Line
    items: list[Line]
    start: tuple[int, int]
    end: tuple[int, int]
    skipped: set[int] = field(default_factory=set)  # numbers of fillers and lead-ins


def recommendation_sections(doc: ParsedDocument) -> list[Section]:
    """Each 'What needs to improve' / 'Recommendations' section and its top-level list markers.

    Deliberately simpler than the extractor: a section runs from its heading to the next major
    heading (type larger than the body) that is none of its own sub-headings, and its items are
    the list markers at its leftmost marker column. An independent count to compare with.
    """
    body = body_font(doc)
    sections: list[Section] = []
    open_: _Open | None = None
    for p, page in enumerate(doc.pages):
        contents: bool | None = None  # worked out only for pages that need it: a cheap scan
        skip: set[int] | None = None
        for i, line in enumerate(page.lines):
            big = line.font_size >= body + 1.5
            styled = big or (line.bold and line.font_size >= body - 0.5)
            if open_ is None and not styled:
                continue
            if skip is None and open_ is not None:
                skip = footnote_lines(page, body)
            if skip is not None and line.index in skip:
                continue
            marker = list_marker(line)[0]
            styled = styled and marker is None
            kind = heading_kind(line.text) if styled and len(line.text.split()) <= 14 else None
            # 2013 reports open their list at a major 'Areas for improvement' heading
            if kind in _RECS_KINDS or (open_ is None and kind is HeadingKind.areas and big):
                if contents is None:
                    contents = is_contents_page(page)
                if contents:
                    break
                if open_ is not None:
                    sections.append(open_.close(line))
                open_ = _Open(heading=line)
                skip = footnote_lines(page, body)
                continue
            if open_ is None:
                continue
            nxt = _next_line(doc, p, i)
            if styled and kind not in _SUB_KINDS and not _topic_label(line, nxt, body, open_):
                sections.append(open_.close(line))
                open_ = None
                continue
            if marker is not None:
                open_.markers.append(line)
                open_.texts.append([line.text])
                open_.reading = True
            elif styled:
                if open_.reading:  # a sub-heading ends the item text above it
                    open_.cut.add(len(open_.markers) - 1)
                open_.reading = False
            elif open_.reading:
                open_.texts[-1].append(line.text)
    if open_ is not None:
        sections.append(open_.close(None))
    return sections


def _next_line(doc: ParsedDocument, p: int, i: int) -> Line | None:
    lines = doc.pages[p].lines
    if i + 1 < len(lines):
        return lines[i + 1]
    following = doc.pages[p + 1].lines if p + 1 < len(doc.pages) else []
    return following[0] if following else None


@dataclass(slots=True)
class _Open:
    heading: Line
    markers: list[Line] = field(default_factory=list)
    texts: list[list[str]] = field(default_factory=list)  # per marker: its line texts
    reading: bool = False  # lines still join the last marker's text
    cut: set[int] = field(default_factory=set)  # markers whose text a sub-heading ended

    def close(self, stop: Line | None) -> Section:
        """Top-level items: at the leftmost column of markers that are real items.

        Not counted: 'did not find any areas for priority action' fillers, and lead-ins that end
        in 'the following' or ':' right above a sub-heading (2013: '15. ... should take the
        following action.' above 'Immediately:' and its bullets).
        """
        keep: list[Line] = []
        skipped: set[int] = set()
        for k, (mark, text) in enumerate(zip(self.markers, self.texts, strict=True)):
            joined = " ".join(text)
            lead_in = k in self.cut and LEAD_IN.search(joined)
            if NONE_FOUND.search(joined) or lead_in:
                number = list_marker(mark)[0]
                if number is not None and number.isdigit():
                    skipped.add(int(number))
                continue
            keep.append(mark)
        items: list[Line] = []
        if keep:
            left = min(m.x0 for m in keep)
            items = [m for m in keep if m.x0 <= left + INDENT]
        end = (stop.page, stop.index) if stop is not None else (10**6, 0)
        h = self.heading
        return Section(heading=h, items=items, start=(h.page, h.index), end=end, skipped=skipped)


def _topic_label(line: Line, nxt: Line | None, body: float, open_: _Open) -> bool:
    """A body-size label grouping numbered items ('Care leavers'): the numbering runs on below it."""
    text = line.text.strip()
    if line.font_size >= body + 1.5 or len(text.split()) > 6 or text.endswith(_END_PUNCT):
        return False
    marker = list_marker(nxt)[0] if nxt is not None else None
    if marker is None or not marker.isdigit():
        return False
    items = open_.markers
    numbers = [m for m in (list_marker(it)[0] for it in items) if m is not None and m.isdigit()]
    return not items or (bool(numbers) and int(marker) == int(numbers[-1]) + 1)


def _where(rec: Recommendation) -> tuple[int, int]:
    span = rec.provenance.line_span
    return rec.provenance.page, (span[0] if span is not None else 0)


def _check_sections(
    sections: list[Section], recommendations: list[Recommendation]
) -> list[ExtractionWarning]:
    out: list[ExtractionWarning] = []
    for sec in sections:
        inside = [r for r in recommendations if sec.start < _where(r) < sec.end]
        title = " ".join(sec.heading.text.split())
        if sec.items and not inside:
            out.append(
                ExtractionWarning(
                    code="recommendations_missing",
                    message=(
                        f"'{title}' is followed by {len(sec.items)} list item(s) but no"
                        " recommendation was read from it"
                    ),
                    page=sec.heading.page,
                )
            )
        elif sec.items and len(inside) != len(sec.items):
            out.append(
                ExtractionWarning(
                    code="recommendation_count_mismatch",
                    message=(
                        f"'{title}' lists {len(sec.items)} item(s) but {len(inside)}"
                        " recommendation(s) were read from it"
                    ),
                    page=sec.heading.page,
                )
            )
    return out


_INLINE_NUMBER = re.compile(r"(?:^|[.;:]\s+|\s)(\d{1,3})\.\s+[A-Z‘'“\"]")
# a short unpunctuated label after the last sentence: 'Areas for improvement', 'Care leavers'
_HEADING_TAIL = re.compile(r"[.;:]\s+([A-Z][^.;:!?]{2,80})$")


def _check_texts(
    doc: ParsedDocument, recommendations: list[Recommendation]
) -> list[ExtractionWarning]:
    """No recommendation opens with a heading-like line, swallows its neighbours, or is a stub."""
    limits = invariants()["recommendations"]
    out: list[ExtractionWarning] = []
    for rec in recommendations:
        page = rec.provenance.page
        label = f"recommendation {rec.number or rec.id}"
        first = _first_line(doc, rec)
        if (
            first is not None
            and _heading_like(first, limits["heading_max_words"])
            and len(rec.text) > len(list_marker(first[0])[1].strip()) + 1  # runs on below it
        ):
            out.append(
                ExtractionWarning(
                    code="recommendation_heading_start",
                    message=f"{label} begins with a heading-like line: '{list_marker(first[0])[1].strip()}'",
                    page=page,
                )
            )
        inline = [
            m.group(1)
            for m in _INLINE_NUMBER.finditer(rec.text)
            if m.start() > 0 and (rec.number is None or int(m.group(1)) > int(rec.number))
        ]
        if inline:
            out.append(
                ExtractionWarning(
                    code="recommendation_merged",
                    message=f"{label} holds list number(s) {', '.join(inline)}: items may be merged",
                    page=page,
                )
            )
        tail = _HEADING_TAIL.search(rec.text)
        if tail and len(tail.group(1).split()) <= limits["heading_max_words"]:
            out.append(
                ExtractionWarning(
                    code="recommendation_heading_end",
                    message=f"{label} ends with a heading-like line: '{tail.group(1)}'",
                    page=page,
                )
            )
        if len(rec.text) < limits["min_chars"]:
            out.append(
                ExtractionWarning(
                    code="recommendation_too_short",
                    message=f"{label} is only '{rec.text}'",
                    page=page,
                )
            )
    return out


def _first_line(doc: ParsedDocument, rec: Recommendation) -> tuple[Line, float] | None:
    """The recommendation's first printed line and the right edge of its page's text."""
    page_no, index = _where(rec)
    if not 1 <= page_no <= len(doc.pages):
        return None
    lines = doc.pages[page_no - 1].lines
    if not (0 <= index < len(lines) and lines[index].index == index):
        return None
    return lines[index], max(ln.bbox[2] for ln in lines)


def _heading_like(found: tuple[Line, float], max_words: int) -> bool:
    """A short label set on its own line, with no sentence punctuation: 'Care leavers'."""
    line, right = found
    rest = list_marker(line)[1].strip()
    words = rest.split()
    if (
        not words
        or len(words) > max_words
        or rest.endswith(_END_PUNCT)
        or not words[0][:1].isupper()
    ):
        return False
    # the line stops well short of the text measure: a label, not a wrapped sentence
    return line.bbox[2] < line.x0 + 0.6 * (right - line.x0)
