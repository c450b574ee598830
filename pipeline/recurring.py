"""Recommendations that come back: the same authority asked for the same thing again.

Two recommendations of different inspections of one authority ask for the same thing when they
share a theme and their texts are close: cosine of TF-IDF-weighted lemma bags (pipeline.similarity,
the measure linking uses), with IDF over every recommendation in the dataset so words every
report uses ("ensure", "children", "quality") decide nothing. Linked recommendations form groups;
a group that spans two or more inspections is a recurrence: "asked in 2014, again in 2018 and in
2022". Across statistical neighbours, the themes an authority's latest inspection shares with its
neighbours' latest inspections are listed with those neighbours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from plantrace.pipeline.authorities import Authority
from plantrace.pipeline.national import InspectionRecord, NationalData
from plantrace.pipeline.similarity import TfIdf, lemma_bags

CLOSE_TEXT = 0.30  # cosine of two recommendations' weighted lemma bags (see module docstring)

ThemeFn = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class Ask:
    inspection_id: str
    start_date: date | None
    recommendation_id: str
    text: str
    themes: tuple[str, ...]

    @property
    def year(self) -> str:
        return str(self.start_date.year) if self.start_date else "undated"


@dataclass(slots=True)
class Recurrence:
    theme: str
    asks: list[Ask]  # one per inspection, oldest first
    similarity: float  # the weakest link that holds the group together

    def sentence(self) -> str:
        years = [a.year for a in self.asks]
        if len(years) == 2:
            return f"asked in {years[0]}, again in {years[1]}"
        return f"asked in {years[0]}, again in " + ", ".join(years[1:-1]) + f" and in {years[-1]}"


@dataclass(slots=True)
class SharedTheme:
    theme: str
    neighbours: list[str] = field(default_factory=list)  # neighbour names sharing the theme


class Recurring:
    """Holds the dataset-wide IDF so every authority is judged by the same measure."""

    def __init__(self, data: NationalData, themes_of: ThemeFn) -> None:
        self.data = data
        self.themes_of = themes_of
        recs = [(r, rec) for r in data.inspections for rec in r.result.recommendations]
        bags = lemma_bags([rec.text for _, rec in recs])
        self.bags = {(r.sha256, rec.id): bag for (r, rec), bag in zip(recs, bags, strict=True)}
        self.tfidf = TfIdf(bags)

    def asks(self, r: InspectionRecord) -> list[Ask]:
        return [
            Ask(r.sha256, r.start_date, rec.id, rec.text, tuple(self.themes_of(rec.text)))
            for rec in r.result.recommendations
        ]

    def for_authority(self, inspections: Sequence[InspectionRecord]) -> list[Recurrence]:
        """Groups are made within one theme, so a chain never wanders from supervision through
        private fostering to disabled children; a group spanning 2+ inspections recurs."""
        asks = [a for r in inspections for a in self.asks(r)]
        by_theme: dict[str, list[tuple[int, int, float]]] = {}
        for i, a in enumerate(asks):
            for j in range(i + 1, len(asks)):
                b = asks[j]
                shared = [t for t in a.themes if t in b.themes]
                if a.inspection_id == b.inspection_id or not shared:
                    continue
                sim = self.tfidf.cosine(
                    self.bags[(a.inspection_id, a.recommendation_id)],
                    self.bags[(b.inspection_id, b.recommendation_id)],
                )
                if sim >= CLOSE_TEXT:
                    for t in shared:
                        by_theme.setdefault(t, []).append((i, j, sim))
        out: list[Recurrence] = []
        seen: set[frozenset[tuple[str, str]]] = set()
        for theme, edges in by_theme.items():
            for members, inner in _components(edges):
                chosen = _one_per_inspection(members, inner, asks)
                key = frozenset((a.inspection_id, a.recommendation_id) for a in chosen)
                if len(chosen) < 2 or key in seen:
                    continue
                seen.add(key)
                out.append(Recurrence(theme, chosen, round(min(s for _, _, s in inner), 3)))
        out.sort(key=lambda g: (-len(g.asks), g.asks[0].start_date or date.min, g.theme))
        return out

    def shared_with_neighbours(self, authority: Authority) -> list[SharedTheme]:
        by_urn = self.data.by_authority()
        own = by_urn.get(authority.urn, [])
        if not own:
            return []
        mine = _latest_themes(own[-1], self.themes_of)
        shared: dict[str, SharedTheme] = {t: SharedTheme(t) for t in mine}
        for n in self.data.lookup.neighbours(authority):
            theirs = by_urn.get(n.urn, [])
            if not theirs:
                continue
            for t in _latest_themes(theirs[-1], self.themes_of) & set(mine):
                shared[t].neighbours.append(n.name)
        return sorted(
            (s for s in shared.values() if s.neighbours),
            key=lambda s: (-len(s.neighbours), s.theme),
        )


def _latest_themes(r: InspectionRecord, themes_of: ThemeFn) -> set[str]:
    return {t for rec in r.result.recommendations for t in themes_of(rec.text)}


def _components(
    edges: list[tuple[int, int, float]],
) -> list[tuple[set[int], list[tuple[int, int, float]]]]:
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _ in edges:
        parent[find(i)] = find(j)
    groups: dict[int, tuple[set[int], list[tuple[int, int, float]]]] = {}
    for i, j, s in edges:
        members, inner = groups.setdefault(find(i), (set(), []))
        members.update((i, j))
        inner.append((i, j, s))
    return list(groups.values())


def _one_per_inspection(
    members: set[int], inner: list[tuple[int, int, float]], asks: list[Ask]
) -> list[Ask]:
    """Where one inspection has several recommendations in the group, keep its best-linked one."""
    strength: dict[int, float] = {}
    for i, j, s in inner:
        strength[i] = strength.get(i, 0.0) + s
        strength[j] = strength.get(j, 0.0) + s
    best: dict[str, int] = {}
    for i in sorted(members):
        key = asks[i].inspection_id
        if key not in best or strength[i] > strength[best[key]]:
            best[key] = i
    chosen = [asks[i] for i in best.values()]
    return sorted(chosen, key=lambda a: (a.start_date or date.min, a.recommendation_id))
