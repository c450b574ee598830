"""Themes of children's social care practice a recommendation or plan action is about.

The taxonomy and its patterns are data (extractors/data/themes.jsonl, one theme a line: key,
label, description, `phrases`, `weak`). Phrases are matched on lemmas of the lower-cased text
(so "assessments were updated" meets "assessment" and "update"); a phrase written in capitals
("MASH", "IRO", "PEP") is an abbreviation and matched case-sensitively on the words as printed, so
"send" the verb never reads as SEND. A phrase counts 1, a weak phrase 0.5; a theme needs 1 to be
given, and a text gets at most three themes, strongest first (ties: the one named first).

The spaCy pipeline (blank English, lookup lemmatizer, PhraseMatchers) is built once per process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

MAX_THEMES = 3
WEAK = 0.5
GIVEN_AT = 1.0


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    label: str
    description: str
    phrases: tuple[str, ...]
    weak: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    lemmas: PhraseMatcher  # lower-cased phrases on LEMMA
    abbreviations: PhraseMatcher  # capitalised phrases on ORTH
    weights: dict[str, float]  # match id -> weight
    themes: dict[str, Theme]


@cache
def taxonomy() -> tuple[Theme, ...]:
    text = resources.files("plantrace.extractors").joinpath("data/themes.jsonl").read_text("utf-8")
    themes = []
    for line in text.splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        themes.append(
            Theme(
                key=d["key"],
                label=d["label"],
                description=d["description"],
                phrases=tuple(d["phrases"]),
                weak=tuple(d.get("weak", ())),
            )
        )
    return tuple(themes)


def labels() -> dict[str, str]:
    return {t.key: t.label for t in taxonomy()}


def _is_abbreviation(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@cache
def _rules() -> _Rules:
    from plantrace.pipeline.similarity import lemmatizer  # the one lemmatizing pipeline

    nlp = lemmatizer()
    lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
    abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
    weights: dict[str, float] = {}
    for theme in taxonomy():
        for weight, phrases in ((1.0, theme.phrases), (WEAK, theme.weak)):
            if not phrases:
                continue
            match_id = f"{theme.key}|{weight}"
            weights[match_id] = weight
            abbr = [p for p in phrases if _is_abbreviation(p)]
            plain = [p.lower() for p in phrases if not _is_abbreviation(p)]
            if plain:
                lemmas.add(match_id, list(nlp.pipe(plain)))
            if abbr:
                abbreviations.add(match_id, [nlp.make_doc(p) for p in abbr])
    return _Rules(lemmas, abbreviations, weights, {t.key: t for t in taxonomy()})


def _score(lower: Doc, orig: Doc, rules: _Rules) -> list[str]:
    vocab = lower.vocab.strings
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    seen: set[tuple[str, int, int]] = set()
    hits = [(m, s, e) for m, s, e in rules.lemmas(lower)] + list(rules.abbreviations(orig))
    for match_id, start, _end in hits:
        mid = vocab[match_id]
        key = mid.split("|", 1)[0]
        # one phrase per theme per token start: "child protection plan" and "plan" count once
        if (key, start, 0) in seen:
            continue
        seen.add((key, start, 0))
        score[key] = score.get(key, 0.0) + rules.weights[mid]
        first[key] = min(first.get(key, start), start)
    given = [k for k, s in score.items() if s >= GIVEN_AT]
    given.sort(key=lambda k: (-score[k], first[k]))
    return given[:MAX_THEMES]


def assign_themes(texts: Sequence[str]) -> list[list[str]]:
    """Theme keys of each text, strongest first, at most three; [] when no theme is clear."""
    rules = _rules()
    from plantrace.pipeline.similarity import lemmatizer

    nlp = lemmatizer()
    lowers = nlp.pipe([t.lower() for t in texts], batch_size=128)
    origs = (nlp.make_doc(t) for t in texts)
    return [_score(lo, og, rules) for lo, og in zip(lowers, origs, strict=True)]


@lru_cache(maxsize=8192)
def _themes_of(text: str) -> tuple[str, ...]:
    return tuple(assign_themes([text])[0])


def theme_keys(text: str) -> list[str]:
    return list(_themes_of(text))
