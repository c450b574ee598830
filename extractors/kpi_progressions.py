"""KPIs written as a progression: where a measure started, an arrow, where it is now, and its
target in brackets ('Care leavers in suitable accommodation   62% → 71% (80%)').

A bulletin or a short progress report often gives its measures in a two-column list (a table
with no header, or lines with the figures set apart on the right), each value cell holding all
three figures in one: then → now (target). A line under a heading may explain the form ('Each
measure shows where we started → where we are now (and our target in brackets)') or not: the
bracketed figure after a then → now pair is the target by the common convention, unless a line
explaining the form says the brackets hold something else, in which case no target is read and
the plan is warned of (kpi_form_unsure).

A progression is read only where the whole value is one: a figure, an arrow, a figure, and
optionally one figure in brackets (a signed one, '(+9)', is a change, not a target); the text
before it, two words or more opening with a letter, is the indicator. A list of them is read
where it prints two or more, outside the plan's action and KPI tables (whose cells are read by
their columns: kpis.py reads a column of progressions itself, through `progression`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.plan import KPI, Quantity
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, lines_bbox
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.normalise.values import parse_quantity, split_figures

EXTRACTOR = "extractors.kpi_progressions"
_FORMS: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/kpi_forms.json").read_text("utf-8")
)
_ARROWS = sorted(_FORMS["progression_arrows"], key=len, reverse=True)
_ARROW = re.compile(r"\s*(?:" + "|".join(re.escape(a) for a in _ARROWS) + r")\s*")
_BRACKET_WORDS = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _FORMS["bracket_words"]) + r")\b", re.I
)
_TARGET_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in [*PLAN_VOCAB["header_phrases"]["target"], *_FORMS["bracket_target_words"]]
    )
    + r")\b",
    re.I,
)
_BRACKETED = re.compile(r"^(?P<now>.*?)\s*[(\[](?P<target>[^()\[\]]+)[)\]]\s*$")
_PLACE_WORDS = frozenset(w.lower() for w in _FORMS["place_words"])
_SIGNED = re.compile(r"^\s*[-+−]")  # noqa: RUF001 (the minus sign is meant)
MIN_LIST = 2  # progressions printed, at the least, before lines of them are read as KPIs
_INDICATOR_WORDS = 2  # an indicator names a measure in two words or more
_WRAP_PITCH = 1.8  # font sizes: a wrapped indicator's next line sits this near, at the most


@dataclass(slots=True, frozen=True)
class Progression:
    """The figures of one progression cell, as printed."""

    then: str
    now: str
    target: str | None


def progression(text: str) -> Progression | None:
    """'62% → 71% (80%)' -> then '62%', now '71%', target '80%'; None for any other text (one
    figure, words among the figures, two arrows)."""
    clean = " ".join(text.split())
    parts = _ARROW.split(clean)
    if len(parts) != 2:
        return None
    then, rest = parts
    target: str | None = None
    m = _BRACKETED.match(rest)
    if m is not None:
        rest, target = m.group("now"), m.group("target").strip()
        if _SIGNED.match(target):
            return None  # '(+9)': the change since, no target
        if _is_year(target):
            target = None  # '71% (2025)': when the figure was taken, no target
        elif not _one_figure(target):
            return None  # '(see note)': no figure
    if not (_one_figure(then) and _one_figure(rest)):
        return None
    if target is not None and _unit(target) != _unit(rest):
        target = None  # '62% → 71% (5 days)': a figure of another kind is no target of this
    return Progression(then.strip(), rest.strip(), target)


def _one_figure(text: str) -> bool:
    """One figure, and no year: '2021 → 2023' is a span of time, not a measure's progress."""
    figures = split_figures(text)
    return len(figures) == 1 and parse_quantity(figures[0]) is not None and not _is_year(text)


def _is_year(text: str) -> bool:
    """A figure the date reader takes for a year alone ('2025', '2021/22')."""
    clean = text.strip()
    return clean[:1].isdigit() and clean[-1:].isdigit() and parse_date(clean) is not None


def _unit(text: str) -> str | None:
    q = parse_quantity(text)
    return q.unit if q is not None else None


def split_line(text: str) -> tuple[str, Progression] | None:
    """A line printing an indicator then its progression ('Care leavers in suitable
    accommodation 66% → 83% (79%)') -> the indicator and the progression; None where the line
    ends in no progression or what comes before it names no measure."""
    clean = " ".join(text.split())
    m = _ARROW.search(clean)
    if m is None:
        return None
    words = clean[: m.start()].split()
    # the figure before the arrow: the longest run of the last words that is one figure
    for k in range(min(len(words), 4), 0, -1):
        then = " ".join(words[-k:])
        indicator = " ".join(words[:-k])
        if not _one_figure(then):
            continue
        found = progression(f"{then}{clean[m.start() :]}")
        if found is None or not _names_a_measure(indicator):
            return None
        return indicator.rstrip(" :–-"), found  # noqa: RUF001 (the dash is meant)
    return None


def _names_a_measure(text: str) -> bool:
    """Two words or more, opening with a letter, not ending in a place's word ('See page 4 →
    5': the figures name pages, not a measure's progress)."""
    words = text.split()
    return (
        len(words) >= _INDICATOR_WORDS
        and words[0][:1].isalpha()
        and words[-1].lower().rstrip(".:") not in _PLACE_WORDS
    )


@dataclass(slots=True)
class _Found:
    indicator: str
    figures: Progression
    page: int
    lines: list[Line]
    figures_x: float  # where the figures start: a wrapped indicator's line ends short of it


def progression_kpis(
    elements: Sequence[Element], sha256: str, start: int, read: Collection[str] = ()
) -> tuple[list[KPI], list[ExtractionWarning]]:
    """The KPIs of the plan's progression lines (paragraphs, and the cells of tables that are
    no plan table), two at least, each one not already read (`read`: indicators from the KPI
    tables); a warning where a line explains the brackets as holding no target."""
    found: list[_Found] = []
    explained: list[tuple[int, str]] = []  # (page, line) lines explaining the form
    for el in elements:
        if el.table is not None:
            continue
        for block in _line_blocks(el):
            found += _read_block(block, el.page)
            explained += [(el.page, ln.text) for ln in block if _explains(ln.text)]
    seen = {text_key(r) for r in read}
    found = [f for f in found if text_key(f.indicator) not in seen]
    if len(found) < MIN_LIST:
        return [], _unread(explained, len(found)) if not seen else []
    warnings: list[ExtractionWarning] = []
    no_target = [(p, t) for p, t in explained if not _TARGET_WORDS.search(t)]
    if no_target:
        page, said = no_target[0]
        warnings.append(ExtractionWarning(
            code="kpi_form_unsure",
            message=f"the plan's KPIs print their figures as 'then → now (...)' and explain the"
            f" brackets as {said[:80]!r}, which names no target: the bracketed figures were not"
            " read as targets; check them",
            page=page,
        ))  # fmt: skip
    out: list[KPI] = []
    for f in found:
        target = f.figures.target if not no_target else None
        out.append(
            KPI(
                id=f"k{start + len(out) + 1}",
                indicator=f.indicator,
                baseline=_quantity(f.figures.then),
                latest=_quantity(f.figures.now),
                target=_quantity(target),
                provenance=Provenance(
                    sha256=sha256,
                    page=f.page,
                    bbox=lines_bbox(f.lines),
                    line_span=(f.lines[0].index, f.lines[-1].index),
                    extractor=EXTRACTOR,
                    extractor_version=EXTRACTOR_VERSION,
                ),
            )
        )
    return out, warnings


def _unread(explained: Sequence[tuple[int, str]], n: int) -> list[ExtractionWarning]:
    """A page that explains the progression form over fewer progressions than a list: its
    measures are printed some other way (a figure apiece, the arrow drawn), not read."""
    if not explained:
        return []
    page, said = explained[0]
    return [ExtractionWarning(
        code="kpi_form_unsure",
        message=f"the plan explains its KPIs' figures as 'then → now (...)' ({said[:80]!r}) but"
        f" {n} line(s) print them so, fewer than {MIN_LIST}: its measures were not read as"
        " KPIs; check them",
        page=page,
    )]  # fmt: skip


def _quantity(raw: str | None) -> Quantity | None:
    return parse_quantity(raw) if raw else None


def _explains(text: str) -> bool:
    """A line explaining the progression form: an arrow and what the brackets hold."""
    return _ARROW.search(text) is not None and _BRACKET_WORDS.search(text) is not None


def _line_blocks(el: Element) -> list[list[Line]]:
    """The runs of lines an element prints: its own lines, or each cell's of a table that is no
    plan table, a row's cells side by side joined into one line (indicator | progression)."""
    if el.raw is None:
        return [el.lines] if el.lines else []
    blocks: list[list[Line]] = []
    for row in el.raw.rows:
        cells = [c for c in row if c is not None and c.text.strip()]
        if len(cells) == 2 and progression(cells[1].text) is not None:
            joined = f"{' '.join(cells[0].text.split())} {' '.join(cells[1].text.split())}"
            first = cells[0].lines[0] if cells[0].lines else None
            if first is not None:
                blocks.append([_renamed(first, joined, [*cells[0].lines, *cells[1].lines])])
            continue
        blocks += [c.lines for c in cells if c.lines]
    return blocks


def _renamed(like: Line, text: str, lines: Sequence[Line]) -> Line:
    words = [w for ln in lines for w in ln.words]
    return Line(
        text, lines_bbox(list(lines)), like.font_size, like.bold, like.page, like.index, words
    )


def _read_block(lines: Sequence[Line], page: int) -> list[_Found]:
    """The progression lines of a run of lines; a line under one, closer than a paragraph's
    gap, that starts where its indicator starts and holds no figures is the indicator's wrap."""
    out: list[_Found] = []
    before: Line | None = None  # the line just above, of no progression
    for ln in lines:
        split = split_line(ln.text)
        if split is None:
            if out and _wraps(out[-1], out[-1].lines[-1], ln):
                out[-1].indicator = f"{out[-1].indicator} {' '.join(ln.text.split())}"
                out[-1].lines.append(ln)
                before = None
            else:
                before = ln
            continue
        words = ln.words
        at = len(split[0].split())
        x = words[at].x0 if len(words) > at else ln.bbox[2]
        found = _Found(split[0], split[1], page, [ln], x)
        if before is not None and _wraps(found, before, ln, above=True):
            # the indicator's first line above, the figures set level with its last
            found.indicator = f"{' '.join(before.text.split())} {found.indicator}"
            found.lines.insert(0, before)
        out.append(found)
        before = None
    return out


def _wraps(found: _Found, upper: Line, lower: Line, above: bool = False) -> bool:
    """Two lines of one indicator: close (a line's pitch), starting level, the one without
    figures ending short of the figures' column; a line of figures or a sentence's end (a
    heading's colon, a full stop) above the figures is no part of it."""
    size = max(upper.font_size, 1.0)
    loose = upper if above else lower  # the line holding no figures
    text = loose.text.strip()
    return (
        0 < lower.top - upper.top <= _WRAP_PITCH * size
        and abs(lower.bbox[0] - upper.bbox[0]) <= size
        and not any(ch.isdigit() for ch in text)
        and not (above and text.endswith((".", ":", "?", "!")))
        and loose.bbox[2] < found.figures_x  # ends short of the figures' column
    )
