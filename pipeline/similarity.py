"""Text similarity for linking: lemmas, abbreviations expanded, domain synonyms folded.

Plans paraphrase, truncate and abbreviate the recommendations they answer ('CLA' for 'children
looked after', 'PEPs' for 'personal education plans'). Comparing lemma bags after expanding the
plan's own glossary and a domain synonym list catches that; TF-IDF weighting keeps words every
recommendation shares ('ensure', 'children') from deciding a match.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

# Abbreviations that children's services documents use without always defining them.
DOMAIN_ABBREVIATIONS: dict[str, str] = {
    "CLA": "children looked after",
    "LAC": "looked after children",
    "CIC": "children in care",
    "CiC": "children in care",
    "CSE": "child sexual exploitation",
    "CCE": "child criminal exploitation",
    "IRO": "independent reviewing officer",
    "IROs": "independent reviewing officers",
    "PEP": "personal education plan",
    "PEPs": "personal education plans",
    "EHA": "early help assessment",
    "MASH": "multi-agency safeguarding hub",
    "LSCB": "local safeguarding children board",
    "LADO": "local authority designated officer",
    "CIN": "children in need",
    "CP": "child protection",
    "CPP": "child protection plan",
    "SGO": "special guardianship order",
    "UASC": "unaccompanied asylum-seeking children",
    "PA": "personal adviser",
    "PAs": "personal advisers",
    "SW": "social worker",
    "SWs": "social workers",
    "QA": "quality assurance",
    "PLO": "public law outline",
    "NEET": "not in education employment or training",
    "EET": "education employment or training",
    "SEND": "special educational needs and disabilities",
    "DCS": "director of children's services",
    "CAMHS": "child and adolescent mental health services",
    "ICPC": "initial child protection conference",
    "RHI": "return home interview",
    "RHIs": "return home interviews",
}

# Phrases that mean the same population or thing, folded to one token before comparison.
SYNONYMS: list[tuple[str, str]] = [
    (r"\bchildren (who are )?looked after\b", "childincare"),
    (r"\blooked[- ]after children\b", "childincare"),
    (r"\bchildren in care\b", "childincare"),
    (r"\bchild(ren)? in our care\b", "childincare"),
    (r"\bcare[- ]experienced young people\b", "careleaver"),
    (r"\bcare leavers?\b", "careleaver"),
    (r"\byoung people leaving care\b", "careleaver"),
    (r"\b(harm )?outside the home\b", "extrafamilial"),
    (r"\b(homes?|housing|accommodation|placements? to live)\b", "accommodation"),
    (r"\bchild sexual exploitation\b", "exploitation"),
    (r"\bexploitation\b", "exploitation"),
    (r"\bsocial work(er)?s?\b", "socialwork"),
    (r"\bpractitioners?\b", "socialwork"),
    (r"\bmanagement oversight\b", "oversight"),
    (r"\bsupervision\b", "oversight"),
    (r"\bpersonal education plans?\b", "pep"),
    (r"\bindependent reviewing officers?\b", "iro"),
    (r"\bstrategy (meetings?|discussions?)\b", "strategymeeting"),
    (r"\breturn (home )?interviews?\b", "returninterview"),
    (r"\bmissing from (home|care)\b", "missing"),
    (r"\bpathway plans?\b", "pathwayplan"),
    (r"\bquality assurance\b", "audit"),
    (r"\baudits?\b", "audit"),
]
_SYNONYMS = [(re.compile(p, re.I), t) for p, t in SYNONYMS]
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
EXTRA_STOP = {
    "ensure",
    "local",
    "authority",
    "improve",
    "improvement",
    "need",
    "action",
    "take",
    "make",
}


@cache
def lemmatizer() -> Language:
    """A blank English pipeline with the lookup lemmatizer (spacy-lookups-data), built once."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def expand_abbreviations(text: str, glossary: Mapping[str, str] | None = None) -> str:
    table = dict(DOMAIN_ABBREVIATIONS)
    if glossary:
        table.update({k: v for k, v in glossary.items() if k and v})
    if not table:
        return text
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b"
    )
    return pattern.sub(lambda m: table[m.group(1)], text)


def fold_synonyms(text: str) -> str:
    for pattern, token in _SYNONYMS:
        text = pattern.sub(token, text)
    return text


def lemma_bags(
    texts: Sequence[str], glossary: Mapping[str, str] | None = None
) -> list[Counter[str]]:
    """Content lemmas of each text, with abbreviations expanded and synonyms folded."""
    prepared = [fold_synonyms(expand_abbreviations(t, glossary).lower()) for t in texts]
    bags: list[Counter[str]] = []
    for doc in lemmatizer().pipe(prepared, batch_size=64):
        bag: Counter[str] = Counter()
        for tok in doc:
            lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
            if not _TOKEN.fullmatch(lemma) or len(lemma) < 3:
                continue
            if lemma in STOP_WORDS or lemma in EXTRA_STOP:
                continue
            bag[lemma] += 1
        bags.append(bag)
    return bags


class TfIdf:
    """Cosine similarity of lemma bags, weighted by rarity across the documents being linked."""

    def __init__(self, bags: Iterable[Counter[str]]) -> None:
        bags = list(bags)
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(set(bag))
        n = max(len(bags), 1)
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

    def vector(self, bag: Counter[str]) -> dict[str, float]:
        return {t: (1 + math.log(c)) * self.idf.get(t, 1.0) for t, c in bag.items()}

    def cosine(self, a: Counter[str], b: Counter[str]) -> float:
        va, vb = self.vector(a), self.vector(b)
        dot = sum(w * vb.get(t, 0.0) for t, w in va.items())
        na = math.sqrt(sum(w * w for w in va.values()))
        nb = math.sqrt(sum(w * w for w in vb.values()))
        return 0.0 if na == 0 or nb == 0 else dot / (na * nb)

    def weight(self, bag: Counter[str]) -> float:
        return sum(self.vector(bag).values())

    def containment(self, part: Counter[str], whole: Counter[str]) -> float:
        """How much of `part`'s weight is found in `whole`: a truncated quote scores high."""
        vp = self.vector(part)
        total = sum(vp.values())
        return 0.0 if total == 0 else sum(w for t, w in vp.items() if t in whole) / total
