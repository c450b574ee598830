"""Shared scoring helpers: text normalisation, fuzzy similarity, P/R/F1 and exact-match counters.

Kept free of any one gold schema so the plan and link evaluators reuse the same definitions, and
every evaluator's numbers mean the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "–": "-", "—": "-", "─": "-"}
)
_PUNCT = re.compile(r"[^\w\s]")

T = TypeVar("T")
U = TypeVar("U")


def normalise_text(text: str | None) -> str:
    """Casefolded, quotes/dashes unified, punctuation dropped, whitespace collapsed.

    Two renderings of the same printed text ('children’s' vs "children's", a stray space before a
    comma) compare equal; wording differences do not.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def similarity(a: str | None, b: str | None) -> float:
    """rapidfuzz ratio of the normalised texts, 0..1."""
    return fuzz.ratio(normalise_text(a), normalise_text(b)) / 100.0


@dataclass(slots=True)
class Miss:
    """One disagreement with the gold, locatable in the PDF."""

    file: str
    page: int | None
    field: str
    gold: Any
    predicted: Any

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "page": self.page, "field": self.field, "gold": self.gold,
                "predicted": self.predicted}  # fmt: skip


@dataclass(slots=True)
class PRF:
    """True/false positives and false negatives, with the derived precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }  # fmt: skip


@dataclass(slots=True)
class Rate:
    """How many of n comparisons were exactly right."""

    hits: int = 0
    n: int = 0

    @property
    def rate(self) -> float:
        return self.hits / self.n if self.n else 1.0

    def count(self, ok: bool) -> None:
        self.hits += int(ok)
        self.n += 1

    def to_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "n": self.n, "rate": round(self.rate, 4)}


def score_value(gold: object, predicted: object, prf: PRF, rate: Rate) -> bool:
    """One scalar field: a missing value is a false negative, a wrong one both FP and FN."""
    ok = gold == predicted
    rate.count(ok)
    if ok:
        if gold is not None:
            prf.tp += 1
        return True
    if predicted is not None:
        prf.fp += 1
    if gold is not None:
        prf.fn += 1
    return False


def align(
    gold: Sequence[T], predicted: Sequence[U], same: Callable[[T, U], bool]
) -> list[tuple[int, int]]:
    """In-order matching (longest common subsequence under `same`): index pairs (gold, predicted).

    Order matters: the third recommendation matches the third, so a list read out of order, or an
    item split in two, costs what it should.
    """
    n, m = len(gold), len(predicted)
    ok = [[same(gold[i], predicted[j]) for j in range(m)] for i in range(n)]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(
                best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + 1 if ok[i][j] else 0
            )
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if ok[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def match_any_order(
    gold: Sequence[T], predicted: Sequence[U], same: Callable[[T, U], bool]
) -> list[tuple[int, int]]:
    """The most one-to-one pairs under `same` whatever the order (a maximum bipartite matching).

    Some plans print their actions grouped by status or by lead officer, so the order on the page
    is not the order of the recommendations, and gold can fix no single order. `align` then counts
    a right action read in the printed order as missed and extra; this count says how much of a
    score is order alone. Seeded with the in-order pairs, then grown by augmenting paths.
    """
    ok = [[j for j in range(len(predicted)) if same(g, predicted[j])] for g in gold]
    owner: dict[int, int] = {j: i for i, j in align(gold, predicted, same)}
    for i in range(len(gold)):
        if i not in owner.values():
            _augment(i, ok, owner, set())
    return sorted((i, j) for j, i in owner.items())


def _augment(i: int, ok: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's step: give gold item i a predicted partner, moving earlier owners where they can."""
    for j in ok[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in owner or _augment(owner[j], ok, owner, seen):
            owner[j] = i
            return True
    return False


_REPO = Path(__file__).resolve().parents[2]


def resolve_gold_file(file: str, corpus_root: str | Path) -> Path:
    """Gold `file` values: 'samples/...' relative to the repository, others to the corpus root."""
    repo_path = _REPO / file
    if file.startswith("samples/") and repo_path.exists():
        return repo_path
    return Path(corpus_root) / file
