"""Score inspection-report extraction against the dev gold (tests/gold/inspections, README there).

`score_inspections` is pure: (gold dict, predicted contract dict) pairs in, scores out, so tests
and the CLI share one definition of every number. `run_inspection_eval` adds the I/O: it extracts
each gold file with pipeline.extract.extract_file and scores it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.pipeline.evaluate.common import (
    PRF,
    Miss,
    Rate,
    align,
    normalise_text,
    resolve_gold_file,
    score_value,
    similarity,
)

REC_SIMILARITY = 0.95
SCALAR_FIELDS = (
    "local_authority",
    "framework",
    "start_date",
    "end_date",
    "publication_date",
    "lead_inspector",
)
# Words the README says to ignore when comparing authority names ("Knowsley Council" = "Knowsley").
_LA_NOISE = re.compile(
    r"\b(london borough of|royal borough of|city of|metropolitan|borough|county|district|council|city)\b"
)


@dataclass(slots=True)
class InspectionScores:
    documents: int = 0
    fields: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in SCALAR_FIELDS})
    exact: dict[str, Rate] = field(default_factory=lambda: {f: Rate() for f in SCALAR_FIELDS})
    judgements: PRF = field(default_factory=PRF)
    judgements_exact: Rate = field(default_factory=Rate)  # per document: every judgement right
    recommendations: PRF = field(default_factory=PRF)
    recommendations_exact: Rate = field(default_factory=Rate)  # per document: the whole list
    rec_category: Rate = field(default_factory=Rate)  # over matched recommendations
    rec_number: Rate = field(default_factory=Rate)
    rec_page: Rate = field(default_factory=Rate)
    rec_text: Rate = field(default_factory=Rate)  # matched texts equal after normalising space/case
    misses: list[Miss] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "fields": {
                k: {**self.fields[k].to_dict(), "exact": self.exact[k].to_dict()}
                for k in SCALAR_FIELDS
            },
            "judgements": {
                **self.judgements.to_dict(),
                "document_exact": self.judgements_exact.to_dict(),
            },
            "recommendations": {
                **self.recommendations.to_dict(),
                "document_exact": self.recommendations_exact.to_dict(),
                "category_exact": self.rec_category.to_dict(),
                "number_exact": self.rec_number.to_dict(),
                "page_exact": self.rec_page.to_dict(),
                "text_exact": self.rec_text.to_dict(),
            },
            "misses": [m.to_dict() for m in self.misses],
        }


def normalise_authority(name: str | None) -> str | None:
    """'London Borough of Camden' and 'Camden' compare equal (tests/gold/README.md)."""
    if not name:
        return None
    text = normalise_text(name)
    return " ".join(_LA_NOISE.sub(" ", text).split()) or text


def _scalar(field_name: str, value: Any) -> Any:
    if field_name == "local_authority":
        return normalise_authority(value)
    if field_name == "lead_inspector":
        return normalise_text(value) or None
    return value or None


def score_inspections(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> InspectionScores:
    """Score (gold, predicted contract) pairs; predicted is ExtractionResult.to_contract()."""
    s = InspectionScores()
    for gold, pred in pairs:
        s.documents += 1
        name = gold["file"]
        meta = pred.get("inspection") or {}
        for f in SCALAR_FIELDS:
            g, p = _scalar(f, gold.get(f)), _scalar(f, meta.get(f))
            if not score_value(g, p, s.fields[f], s.exact[f]):
                s.misses.append(Miss(name, 1, f, gold.get(f), meta.get(f)))
        _score_judgements(s, name, gold.get("judgements", []), pred.get("judgements", []))
        _score_recommendations(
            s, name, gold.get("recommendations", []), pred.get("recommendations", [])
        )
    return s


def _score_judgements(s: InspectionScores, name: str, gold: list[dict], pred: list[dict]) -> None:
    remaining = [(j["area"], j["grade"]) for j in pred]
    pages = {(j["area"], j["grade"]): j.get("page") for j in pred}
    exact = True
    for j in gold:
        key = (j["area"], j["grade"])
        if key in remaining:
            remaining.remove(key)
            s.judgements.tp += 1
        else:
            exact = False
            s.judgements.fn += 1
            got = next((p["grade"] for p in pred if p["area"] == j["area"]), None)
            s.misses.append(Miss(name, j.get("page"), f"judgement.{j['area']}", j["grade"], got))
    for key in remaining:
        exact = False
        s.judgements.fp += 1
        if not any(g["area"] == key[0] for g in gold):
            s.misses.append(Miss(name, pages.get(key), f"judgement.{key[0]}", None, key[1]))
    s.judgements_exact.count(exact)


def _score_recommendations(
    s: InspectionScores, name: str, gold: list[dict], pred: list[dict]
) -> None:
    gold_texts = [normalise_text(r["text"]) for r in gold]
    pred_texts = [normalise_text(r["text"]) for r in pred]
    pairs = align(
        range(len(gold)), range(len(pred)),
        lambda i, j: similarity(gold_texts[i], pred_texts[j]) >= REC_SIMILARITY,
    )  # fmt: skip
    prf = PRF(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    s.recommendations.add(prf)
    exact_doc = prf.fp == 0 and prf.fn == 0
    for i, j in pairs:
        g, p = gold[i], pred[j]
        for rate, key in (
            (s.rec_category, "category"),
            (s.rec_number, "number"),
            (s.rec_page, "page"),
        ):
            ok = g.get(key) == p.get(key)
            rate.count(ok)
            if not ok:
                exact_doc = False
                s.misses.append(
                    Miss(name, g.get("page"), f"recommendation.{key}", g.get(key), p.get(key))
                )
        same = gold_texts[i] == pred_texts[j]
        s.rec_text.count(same)
        if not same:
            exact_doc = False
            s.misses.append(Miss(name, g.get("page"), "recommendation.text", g["text"], p["text"]))
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            best = max(pred, key=lambda p: similarity(g["text"], p["text"]), default=None)
            near = (
                None
                if best is None
                else f"[{similarity(g['text'], best['text']):.2f}] {best['text']}"
            )
            s.misses.append(Miss(name, g.get("page"), "recommendation.missed", g["text"], near))
    for j, p in enumerate(pred):
        if j not in matched_pred:
            s.misses.append(Miss(name, p.get("page"), "recommendation.spurious", None, p["text"]))
    s.recommendations_exact.count(exact_doc)


def load_gold(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Inspection gold JSON files named directly or found under folders (plans gold skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        candidates = sorted(p.rglob("*.json")) if p.is_dir() else [p]
        for c in candidates:
            if "judgements" in load_gold(c):
                out.append(c)
    return out


def run_inspection_eval(
    gold_paths: Iterable[str | Path], corpus_root: str | Path
) -> InspectionScores:
    from plantrace.pipeline.extract import extract_file  # the I/O half, kept out of the pure scorer

    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for path in gold_files(gold_paths):
        gold = load_gold(path)
        result = extract_file(resolve_gold_file(gold["file"], corpus_root))
        pairs.append((gold, result.to_contract()))
    return score_inspections(pairs)


def format_report(scores: InspectionScores) -> str:
    """Plain-text table of every figure, then every miss with file and page."""
    rows: list[tuple[str, str, str, str, str]] = []

    def pct(x: float) -> str:
        return f"{100 * x:6.1f}%"

    for f in SCALAR_FIELDS:
        prf, ex = scores.fields[f], scores.exact[f]
        rows.append(
            (
                f,
                pct(prf.precision),
                pct(prf.recall),
                pct(prf.f1),
                f"{pct(ex.rate)} ({ex.hits}/{ex.n})",
            )
        )
    j = scores.judgements
    jx = scores.judgements_exact
    rows.append(("judgements (items)", pct(j.precision), pct(j.recall), pct(j.f1),
                 f"{pct(jx.rate)} ({jx.hits}/{jx.n} docs)"))  # fmt: skip
    r = scores.recommendations
    rx = scores.recommendations_exact
    rows.append(("recommendations", pct(r.precision), pct(r.recall), pct(r.f1),
                 f"{pct(rx.rate)} ({rx.hits}/{rx.n} docs)"))  # fmt: skip
    for label, rate in (("rec category", scores.rec_category), ("rec number", scores.rec_number),
                        ("rec page", scores.rec_page), ("rec text", scores.rec_text)):  # fmt: skip
        rows.append((label, "", "", "", f"{pct(rate.rate)} ({rate.hits}/{rate.n} matched)"))
    head = ("field", "precision", "recall", "F1", "exact")
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(5)]
    lines = [f"Inspection reports: {scores.documents} gold documents", ""]
    for row in [head, *rows]:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append("")
    lines.append(f"Misses ({len(scores.misses)}):" if scores.misses else "No misses.")
    for m in scores.misses:
        g = _short(m.gold)
        p = _short(m.predicted)
        lines.append(
            f"- {m.file} p{m.page if m.page is not None else '?'} {m.field}: gold={g} predicted={p}"
        )
    return "\n".join(lines)


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
