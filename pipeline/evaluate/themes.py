"""Theme evaluation: per-theme precision and recall of extractors.themes against labels read by people.

Gold files (tests/gold/themes/*.json) hold `theme_labels`: texts with the 1-3 themes a reader gave
them. No PDF is needed, so this runs anywhere. Macro figures average over the themes the gold or
the predictions use (a theme nobody labelled and nothing predicted has no score to average).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.pipeline.evaluate.common import PRF


@dataclass(slots=True)
class ThemeScores:
    per_theme: dict[str, PRF] = field(default_factory=dict)
    texts: int = 0
    exact: int = 0  # texts whose predicted set equals the gold set
    misses: list[dict[str, Any]] = field(default_factory=list)

    def _scored(self) -> list[PRF]:
        return [s for s in self.per_theme.values() if s.tp + s.fp + s.fn]

    @property
    def macro_precision(self) -> float:
        scored = self._scored()
        return sum(s.precision for s in scored) / len(scored) if scored else 1.0

    @property
    def macro_recall(self) -> float:
        scored = self._scored()
        return sum(s.recall for s in scored) / len(scored) if scored else 1.0

    @property
    def micro(self) -> PRF:
        total = PRF()
        for s in self.per_theme.values():
            total.add(s)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "texts": self.texts,
            "exact": self.exact,
            "macro_precision": round(self.macro_precision, 4),
            "macro_recall": round(self.macro_recall, 4),
            "micro": {
                "precision": round(self.micro.precision, 4),
                "recall": round(self.micro.recall, 4),
            },
            "per_theme": {
                k: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for k, s in sorted(self.per_theme.items())
            },  # fmt: skip
            "misses": self.misses,
        }


def is_theme_gold(data: dict[str, Any]) -> bool:
    return "theme_labels" in data


def run_theme_eval(files: list[Path]) -> ThemeScores:
    from plantrace.extractors.themes import assign_themes, labels

    scores = ThemeScores(per_theme={key: PRF() for key in labels()})
    for f in files:
        items = json.loads(f.read_text(encoding="utf-8"))["theme_labels"]
        predicted = assign_themes([it["text"] for it in items])
        for it, pred in zip(items, predicted, strict=True):
            gold, got = set(it["themes"]), set(pred)
            unknown = gold - set(scores.per_theme)
            if unknown:
                raise ValueError(f"{f}: themes not in the taxonomy: {sorted(unknown)}")
            scores.texts += 1
            scores.exact += gold == got
            for k in gold | got:
                s = scores.per_theme[k]
                s.tp += k in gold and k in got
                s.fp += k in got and k not in gold
                s.fn += k in gold and k not in got
            if gold != got:
                scores.misses.append(
                    {"file": f.name, "id": it.get("id"), "gold": sorted(gold),
                     "predicted": pred, "text": it["text"][:160]}
                )  # fmt: skip
    return scores


def format_report(s: ThemeScores) -> str:
    lines = [
        f"Themes ({s.texts} labelled texts)",
        f"  macro precision {s.macro_precision:.3f}  macro recall {s.macro_recall:.3f}"
        f"  (micro P {s.micro.precision:.3f} R {s.micro.recall:.3f}; exact sets {s.exact}/{s.texts})",
        "  per theme:                     P      R    (tp fp fn)",
    ]
    for key, p in sorted(s.per_theme.items()):
        if p.tp + p.fp + p.fn == 0:
            lines.append(f"    {key:<28} (no labels, none predicted)")
            continue
        lines.append(f"    {key:<28} {p.precision:5.2f}  {p.recall:5.2f}   ({p.tp} {p.fp} {p.fn})")
    return "\n".join(lines)
