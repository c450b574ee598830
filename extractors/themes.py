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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

MAX_THEMES = 3
WEAK = 0.5
GIVEN_AT = 1.0
RELATIVE = 0.34  # a theme needs a third of the strongest theme's weight


NEUTRAL = "_"  # a key starting so holds phrases that block shorter matches and are never given


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    label: str
    description: str
    phrases: tuple[str, ...]
    weak: tuple[str, ...]
    forms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Rules:
    lemmas: PhraseMatcher  # lower-cased phrases on LEMMA
    forms: PhraseMatcher  # exact lower-case word forms ("records", never "recorded")
    abbreviations: PhraseMatcher  # capitalised phrases on ORTH
    weights: dict[str, float]  # match id -> weight


_DASHES = str.maketrans({"-": " ", "/": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ",
                         "\u2019": "'", "\u2018": "'"})  # fmt: skip


# 2025-26 reports tag each recommendation with the national framework outcome or enabler it serves:
# "(Enabler 3, National Framework)", "Enabler three: National Framework." Words such as
# "workforce" in the tag are not what the recommendation asks for.
_FRAMEWORK_TAG = re.compile(
    r"\((?:[^()]*\bnational framework\b[^()]*)\)|\b(?:outcome|enabler)\b[^.()]*\bnational framework\b\.?",
    re.IGNORECASE,
)


def _prepare(text: str) -> str:
    """Framework tags dropped; hyphens and dashes as spaces ("early-help", "16- and 17-year-olds")."""
    return _FRAMEWORK_TAG.sub(" ", text).translate(_DASHES)


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
                forms=tuple(d.get("forms", ())),
            )
        )
    return tuple(themes)


def labels() -> dict[str, str]:
    """The themes that can be given (not the neutral phrases), in taxonomy order."""
    return {t.key: t.label for t in taxonomy() if not t.key.startswith(NEUTRAL)}


def _is_abbreviation(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _variants(phrase: str) -> tuple[str, ...]:
    """The phrase with its last word singular and plural.

    The lookup lemmatizer is not consistent across number ("meetings" -> "meeting" but "meeting"
    -> "meet"), so a pattern written in one number would miss the other.
    """
    words = phrase.split()
    if not words or not words[-1].isalpha():
        return (phrase,)
    last = words[-1]
    if last.endswith("ies"):
        forms = {last, last[:-3] + "y"}
    elif last.endswith("s") and not last.endswith("ss"):
        forms = {last, last[:-1]}
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = {last, last[:-1] + "ies"}
    else:
        forms = {last, last + ("es" if last.endswith(("s", "x", "ch", "sh")) else "s")}
    return tuple(" ".join([*words[:-1], f]) for f in sorted(forms))


@cache
def _rules() -> _Rules:
    from plantrace.pipeline.similarity import lemmatizer  # the one lemmatizing pipeline

    nlp = lemmatizer()
    lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
    forms = PhraseMatcher(nlp.vocab, attr="LOWER")
    abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
    weights: dict[str, float] = {}
    for theme in taxonomy():
        for weight, phrases in ((1.0, theme.phrases), (WEAK, theme.weak)):
            if not phrases:
                continue
            match_id = f"{theme.key}|{weight}"
            weights[match_id] = weight
            abbr = [_prepare(p) for p in phrases if _is_abbreviation(p)]
            plain = sorted(
                {
                    v
                    for p in phrases
                    if not _is_abbreviation(p)
                    for v in _variants(_prepare(p).lower())
                }
            )
            if plain:
                lemmas.add(match_id, list(nlp.pipe(plain)))
            if abbr:
                abbreviations.add(match_id, [nlp.make_doc(p) for p in abbr])
        if theme.forms:
            match_id = f"{theme.key}|1.0"
            weights[match_id] = 1.0
            forms.add(match_id, [nlp.make_doc(_prepare(p).lower()) for p in theme.forms])
    return _Rules(lemmas, forms, abbreviations, weights)


def _score(lower: Doc, orig: Doc, rules: _Rules) -> list[str]:
    """Longest matches win: "personal education plan" is education, not also a plan; then each
    theme adds up its phrases' weights."""
    vocab = lower.vocab.strings
    spans: list[tuple[int, int, str]] = []  # char start, char end, match id
    for doc, matches in (
        (lower, rules.lemmas(lower)),
        (lower, rules.forms(lower)),
        (orig, rules.abbreviations(orig)),
    ):
        for match_id, start, end in matches:
            span = doc[start:end]
            spans.append((span.start_char, span.end_char, vocab[match_id]))
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    for start, end, mid in spans:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        key = mid.split("|", 1)[0]
        score[key] = score.get(key, 0.0) + rules.weights[mid]
        first[key] = min(first.get(key, start), start)
    given = [k for k, s in score.items() if s >= GIVEN_AT and not k.startswith(NEUTRAL)]
    given.sort(key=lambda k: (-score[k], first[k]))
    if given:  # a passing mention beside a text's main subject is not a theme of it
        given = [k for k in given if score[k] >= RELATIVE * score[given[0]]]
    return given[:MAX_THEMES]


def assign_themes(texts: Sequence[str]) -> list[list[str]]:
    """Theme keys of each text, strongest first, at most three; [] when no theme is clear."""
    from plantrace.pipeline.similarity import lemmatizer

    rules = _rules()
    nlp = lemmatizer()
    prepared = [_prepare(t) for t in texts]
    lowers = nlp.pipe([t.lower() for t in prepared], batch_size=128)
    origs = (nlp.make_doc(t) for t in prepared)
    return [_score(lo, og, rules) for lo, og in zip(lowers, origs, strict=True)]


@lru_cache(maxsize=8192)
def _themes_of(text: str) -> tuple[str, ...]:
    return tuple(assign_themes([text])[0])


def theme_keys(text: str) -> list[str]:
    return list(_themes_of(text))
