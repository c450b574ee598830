"""KPIs listed as an indicator followed by labelled value chips, with no table.

An outliner, a notes app or a web dashboard exported to PDF often prints its measures as a list:
each item names the indicator, then its figures each behind a short lower-case label ('Care
leavers in education, employment or training  was: 38%  now: 25.8%  target: 34.8%'). Nothing
ties the figures to columns; the label is all that says which figure is the baseline, which the
latest and which the target. The labels are the KPI table's header words (plan_columns.json's
header_phrases) and a few shorter ones a chip uses ('was', 'is', 'aim'; kpi_forms.json's
value_chip_words).

A line is a measure's where its text ends in two or more `label: figure` pairs, each value one
figure (no date), after two words or more opening with a letter (the indicator). Such lines are
read where the plan prints two or more of them, outside its tables. A line whose chips have
labels naming no baseline, latest or target, or two chips for one of them, is never read
silently: kpi_chips_unread says which labels were not understood.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.plan import KPI
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, lines_bbox
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.normalise.values import parse_quantity, split_figures

EXTRACTOR = "extractors.measure_chips"
_FORMS: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/kpi_forms.json").read_text("utf-8")
)
_ROLES = ("baseline", "latest", "target")
_ROLE_OF: dict[str, str] = {
    text_key(w): role
    for role in _ROLES
    for w in [*PLAN_VOCAB["header_phrases"][role], *_FORMS["value_chip_words"][role]]
}
# a chip's label: one to three words of letters just before a colon and a space
_CHIP = re.compile(
    r"(?<![\w:])(?P<label>[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z][A-Za-z0-9\-]*){0,2}):\s+"
)
MIN_CHIPS = 2  # labelled figures on a line, at the least, to make it a measure's
MIN_LIST = 2  # such lines printed, at the least, before they are read as KPIs
_INDICATOR_WORDS = 2
_WRAP_PITCH = 1.8  # font sizes: a wrapped measure's next line sits this near, at the most


@dataclass(slots=True)
class _Measure:
    indicator: str
    chips: list[tuple[str, str]]  # (label as printed, figure)
    page: int
    lines: list[Line] = field(default_factory=list)


def split_chips(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """'Social worker vacancy rate start: 65% is: 10% goal: 77.5%' -> the text before the
    chips and each chip's (label, figure); None where the line does not end in a run of
    labelled figures (a value of words or a date: an action's 'when: March 2027' chip)."""
    clean = " ".join(text.split())
    if ":" not in clean:
        return None  # every chip's label ends in a colon: no colon, no scan of every word for one
    found = list(_CHIP.finditer(clean))
    if not found:
        return None
    # the run of chips closing the line: from the last chip back while each value is a figure
    chips: list[tuple[str, str]] = []
    end = len(clean)
    start = end
    for m in reversed(found):
        value = clean[m.end() : end].strip()
        label = m.group("label")
        # a label of several words may have taken the indicator's last words: keep the
        # longest tail of them that is a known label, else the last word alone
        words = label.split()
        tail = next(
            (
                " ".join(words[k:])
                for k in range(len(words))
                if " ".join(words[k:]).lower() in _ROLE_OF
            ),
            words[-1],
        )
        if not _one_figure(value):
            break
        chips.insert(0, (tail, value))
        end = m.start() + len(label) - len(tail)
        start = end
    if not chips:
        return None
    return clean[:start].strip(" ·|,;–-"), chips  # noqa: RUF001 (the dash is meant)


def _one_figure(text: str) -> bool:
    figures = split_figures(text)
    if len(figures) != 1 or parse_date(text) is not None:
        return False
    q = parse_quantity(figures[0])
    return q is not None and q.value is not None


def _names_a_measure(text: str) -> bool:
    words = text.split()
    return len(words) >= _INDICATOR_WORDS and words[0][:1].isalpha()


def _close_below(upper: Line, lower: Line) -> bool:
    size = max(upper.font_size, 1.0)
    return 0 < lower.top - upper.top <= _WRAP_PITCH * size


def _element_lines(el: Element) -> list[list[Line]]:
    if el.table is not None:
        return []
    if el.raw is None:
        return [el.lines] if el.lines else []
    return [c.lines for row in el.raw.rows for c in row if c is not None and c.lines]


def _measures(block: Sequence[Line], page: int) -> list[_Measure]:
    """The measure lines of a run of lines; a line of chips alone continues the measure above
    (its chips wrapped) or takes the line just above as its indicator."""
    out: list[_Measure] = []
    before: Line | None = None
    for ln in block:
        split = split_chips(ln.text)
        if split is None:
            before = ln
            continue
        indicator, chips = split
        if not indicator:
            if out and out[-1].lines and _close_below(out[-1].lines[-1], ln):
                out[-1].chips += chips
                out[-1].lines.append(ln)
                before = None
                continue
            if before is not None and _close_below(before, ln):
                indicator = " ".join(before.text.split())
                out.append(_Measure(indicator, chips, page, [before, ln]))
                before = None
                continue
        out.append(_Measure(indicator, chips, page, [ln]))
        before = None
    return [m for m in out if len(m.chips) >= MIN_CHIPS and _names_a_measure(m.indicator)]


def chip_kpis(
    elements: Sequence[Element], sha256: str, start: int, read: Collection[str] = ()
) -> tuple[list[KPI], list[ExtractionWarning]]:
    """The KPIs of the plan's measure lines with labelled value chips (two lines at least),
    each not already read (`read`: indicators read from tables or progressions); a warning
    for the lines whose chips' labels name no figure of a KPI."""
    # the lines of consecutive elements on a page in one run: a chip wrapped onto its own
    # line may be set apart as a paragraph of its own
    runs: list[tuple[int, list[Line]]] = []
    for el in elements:
        for block in _element_lines(el):
            if runs and runs[-1][0] == el.page:
                runs[-1][1].extend(block)
            else:
                runs.append((el.page, list(block)))
        if el.table is not None:
            runs.append((-1, []))  # a table between closes the run
    found = [m for page, run in runs for m in _measures(run, page)]
    seen = {text_key(r) for r in read}
    found = [m for m in found if text_key(m.indicator) not in seen]
    if len(found) < MIN_LIST:
        return [], []
    out: list[KPI] = []
    unread: dict[str, int] = {}  # label not understood -> lines
    first_page: int | None = None
    for m in found:
        roles: dict[str, str] = {}
        strange = [lab for lab, _ in m.chips if lab.lower() not in _ROLE_OF]
        for lab, value in m.chips:
            role = _ROLE_OF.get(lab.lower())
            if role is None:
                continue
            if role in roles:
                strange.append(lab)  # two figures for one role: which is meant is unsure
                continue
            roles[role] = value
        for lab in strange:
            unread[lab] = unread.get(lab, 0) + 1
            first_page = m.page if first_page is None else first_page
        if not roles:
            continue
        out.append(
            KPI(
                id=f"k{start + len(out) + 1}",
                indicator=m.indicator,
                baseline=parse_quantity(roles["baseline"]) if "baseline" in roles else None,
                latest=parse_quantity(roles["latest"]) if "latest" in roles else None,
                target=parse_quantity(roles["target"]) if "target" in roles else None,
                provenance=Provenance(
                    sha256=sha256,
                    page=m.page,
                    bbox=lines_bbox(m.lines),
                    line_span=(m.lines[0].index, m.lines[-1].index),
                    extractor=EXTRACTOR,
                    extractor_version=EXTRACTOR_VERSION,
                ),
            )
        )
    warnings: list[ExtractionWarning] = []
    if unread:
        labels = ", ".join(f"{lab!r} ({n} line(s))" for lab, n in sorted(unread.items()))
        warnings.append(ExtractionWarning(
            code="kpi_chips_unread",
            message=f"{len(found)} measure(s) are listed with labelled figures, but the label(s)"
            f" {labels} name no baseline, latest or target (or repeat one): those figures were"
            " not read; check the plan's KPIs",
            page=first_page,
        ))  # fmt: skip
    return out, warnings
