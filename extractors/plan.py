"""Improvement plan extraction: quoted recommendations, actions, KPIs, glossary.

The plan is read once into elements in reading order (paragraphs and tables whose columns are
known by their headers, see plan_columns.read_layout); then one pass walks them, keeping the
recommendation whose section we are in, so that each action and KPI row is tied to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.glossary import read_glossary
from extractors.kpis import read_kpis
from extractors.plan_actions import Draft, read_actions, to_actions
from extractors.plan_columns import (
    ACTION_TABLE,
    KPI_TABLE,
    RECOMMENDATION_TABLE,
    Element,
    read_layout,
)
from extractors.plan_recommendations import (
    RecommendationIndex,
    element_provenance,
    from_table,
    heading,
    number_key,
)
from models.inspection import Recommendation
from models.plan import KPI, Action, GlossaryEntry
from pipeline.document import ParsedDocument


@dataclass(slots=True)
class PlanExtraction:
    recommendations: list[Recommendation] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    kpis: list[KPI] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)


def extract_plan(doc: ParsedDocument) -> PlanExtraction:
    """Pure: a parsed plan -> its recommendations, actions, KPIs and glossary."""
    elements = read_layout(doc)
    index = RecommendationIndex()
    headings = _section_headings(elements)
    drafts: list[Draft] = []
    kpis: list[KPI] = []
    section: str | None = None
    for i, el in enumerate(elements):
        if i in headings:
            number, text = headings[i]
            section = index.add(number, text, element_provenance(doc.sha256, el))
            continue
        t = el.table
        if t is None:
            continue
        if t.kind == RECOMMENDATION_TABLE:
            from_table(index, el, doc.sha256)
        elif t.kind == ACTION_TABLE:
            drafts += read_actions(t, index, section, doc.sha256)
        elif t.kind == KPI_TABLE:
            kpis += read_kpis(t, index, section, doc.sha256, len(kpis))
    return PlanExtraction(
        recommendations=index.items,
        actions=to_actions(drafts, index, doc.sha256),
        kpis=kpis,
        glossary=read_glossary(elements, doc.sha256),
    )


def _section_headings(elements: list[Element]) -> dict[int, tuple[str, str]]:
    """Numbered headings that open a section of action tables: element index -> (number, text).

    A numbered sentence is a recommendation heading only when the next thing that is either
    another such heading or a table is an action table; this keeps out numbered lists in the
    introduction and the plan's own section numbers. A '(cont)' heading repeats a known one.
    """
    found: dict[int, tuple[str, str]] = {}
    candidates = {
        i: h
        for i, el in enumerate(elements)
        if el.table is None and (h := heading(el.text)) is not None
    }
    seen: set[str] = set()
    for i, h in candidates.items():
        for el in elements[i + 1 :]:
            if el.table is not None and el.table.kind in (ACTION_TABLE, KPI_TABLE):
                if el.table.kind == ACTION_TABLE or number_key(h[0]) in seen:
                    found[i] = h
                    seen.add(number_key(h[0]))
                break
            if elements.index(el) in candidates:
                break
    return found
