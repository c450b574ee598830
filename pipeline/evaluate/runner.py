"""`plantrace eval`: find gold files, run the matching evaluator, print one report."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from plantrace.pipeline.evaluate.common import resolve_gold_file


def gold_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.json")) if p.is_dir() else [p])
    return out


def run_eval(paths: Iterable[Path], corpus: Path) -> tuple[str, dict[str, Any]]:
    files = gold_files(paths)
    inspections, plans, themes = [], [], []
    for f in files:
        data = json.loads(f.read_text())
        if "theme_labels" in data:  # issue 13: themes labelled by reading, no PDF needed
            themes.append(f)
        elif "actions" in data or "report_file" in data:
            plans.append(f)
        elif "judgements" in data:
            inspections.append(f)
    text_parts: list[str] = []
    payload: dict[str, Any] = {}
    if inspections:
        from plantrace.pipeline.evaluate import inspections as ins

        available = [
            f
            for f in inspections
            if resolve_gold_file(json.loads(f.read_text())["file"], corpus).exists()
        ]
        skipped = len(inspections) - len(available)
        scores = ins.run_inspection_eval(available, corpus)
        text_parts.append(ins.format_report(scores))
        if skipped:
            text_parts.append(
                f"({skipped} inspection gold file(s) skipped: their PDF is not present)"
            )
        payload["inspections"] = scores.to_dict() if hasattr(scores, "to_dict") else str(scores)
    if plans:
        from plantrace.pipeline.evaluate.links import LinkScores, score_links
        from plantrace.pipeline.extract import extract_file

        try:
            from plantrace.pipeline.evaluate import plans as pl
        except ImportError:
            pl = None  # type: ignore[assignment]
        if pl is not None and hasattr(pl, "run_plan_eval"):
            pairs = pl.plan_pairs(plans, corpus)
            pscores = pl.score_plans(pairs)
            text_parts.append(pl.format_report(pscores))
            payload["plans"] = pscores.to_dict() if hasattr(pscores, "to_dict") else str(pscores)
            if any("family" in gold for gold, _ in pairs):  # generated plans (samples/plangen)
                groups = pl.scores_by(pairs, "family")
                splits = {str(g.get("family")): str(g.get("split", "")) for g, _ in pairs}
                text_parts.append(pl.format_by(groups, splits))
                payload["plans_by_family"] = {
                    k: {**v.to_dict(), "split": splits.get(k, "")} for k, v in groups.items()
                }
        lscores = LinkScores()
        for f in plans:
            gold = json.loads(f.read_text())
            if not gold.get("report_file") or not gold.get("links"):
                continue
            plan = extract_file(resolve_gold_file(gold["file"], corpus))
            report = extract_file(resolve_gold_file(gold["report_file"], corpus))
            score_links(gold, report, plan, lscores)
        payload["links"] = lscores.to_dict()
        text_parts.append(format_links(lscores))
    if themes:
        from plantrace.pipeline.evaluate import themes as th

        tscores = th.run_theme_eval(themes)
        text_parts.append(th.format_report(tscores))
        payload["themes"] = tscores.to_dict()
    return "\n\n".join(text_parts) or "no gold files found", payload


def format_links(s: Any) -> str:
    lines = [
        "Links (plan gold)",
        f"  action->recommendation links  P {s.links.precision:.3f}  R {s.links.recall:.3f}  F1 {s.links.f1:.3f}"
        f"  (tp {s.links.tp}, fp {s.links.fp}, fn {s.links.fn})",
        f"  plan rec->report rec          P {s.plan_recommendations.precision:.3f}  R {s.plan_recommendations.recall:.3f}"
        f"  F1 {s.plan_recommendations.f1:.3f}",
        f"  uncovered recommendations exact per plan: {s.uncovered_exact.hits}/{s.uncovered_exact.n}",
    ]
    if s.misses:
        lines.append("  misses:")
        lines += [f"    {m}" for m in s.misses]
    return "\n".join(lines)
