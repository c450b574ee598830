"""Score a generated set with the extractor importable now and record it under results/LABEL/.

    .venv/bin/python -m samples.plangen.score samples/plangen/out/s1 --label 0.3.1 [--split measure]

Writes eval.txt (the `plantrace eval` report without its miss list, then F1 per family),
scores.json (totals and per family) and misses-<family>.txt (the first misses of each family),
plus README.md saying when, with which commit and extractor version, from which command.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.pipeline.evaluate import plans as pl
from plantrace.pipeline.evaluate.common import Miss
from plantrace.pipeline.evaluate.runner import gold_files

RESULTS = Path(__file__).resolve().parent / "results"
KEEP_MISSES = 60


def _summary(scores: pl.PlanScores) -> dict[str, object]:
    d = scores.to_dict()
    d.pop("misses")
    ff = scores.field_facts
    d["f1"] = {
        "actions": round(scores.actions.f1, 4),
        "owner": round(ff["owner"].f1, 4),
        "due_date": round(ff["due_date"].f1, 4),
        "rag": round(ff["rag"].f1, 4),
        "action_recommendation": round(ff["recommendations"].f1, 4),
        "kpi_rows": round(scores.kpi_rows.f1, 4),
        "kpi_values": round(scores.kpis.f1, 4),
        "recommendations": round(scores.recommendations.f1, 4),
    }
    return d


def _miss_line(m: Miss) -> str:
    return (f"- {m.file} p{m.page if m.page is not None else '?'} {m.field}: "
            f"gold={pl._short(m.gold)} predicted={pl._short(m.predicted)}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.plangen.score")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--label", required=True, help="results/<label>/")
    ap.add_argument("--split", default="", help="only families of this split (tune or measure)")
    ap.add_argument("--commit", default="", help="the commit whose extractor ran (default HEAD)")
    ap.add_argument("--note", default="", help="a line for the README")
    ap.add_argument(
        "--by",
        default="ruling,grouping,status,producer",
        help="features to break each split down by (gold 'features' keys, producer)",
    )
    args = ap.parse_args(argv)
    files = gold_files([args.folder])
    if args.split:
        files = [f for f in files if json.loads(f.read_text()).get("split") == args.split]
    started = datetime.now(UTC)
    pairs = pl.plan_pairs(files, ".")
    total = pl.score_plans(pairs)
    groups = pl.scores_by(pairs, "family")
    splits = {str(g.get("family")): str(g.get("split", "")) for g, _ in pairs}
    out = RESULTS / args.label
    out.mkdir(parents=True, exist_ok=True)
    report = pl.format_report(total).split("\nMisses (")[0].rstrip()
    table = pl.format_by(groups, splits)
    by_split = {}
    for split in sorted(set(splits.values())):
        sel = [(g, p) for g, p in pairs if g.get("split") == split]
        by_split[split] = pl.score_plans(sel)
    split_lines = ["F1 per split"] + [
        f"  {k:<8} plans {v.documents:>4}  actions {v.actions.f1:.3f}  owner "
        f"{v.field_facts['owner'].f1:.3f}  due {v.field_facts['due_date'].f1:.3f}  rag "
        f"{v.field_facts['rag'].f1:.3f}  a->rec {v.field_facts['recommendations'].f1:.3f}  "
        f"kpi rows {v.kpi_rows.f1:.3f}  kpi values {v.kpis.f1:.3f}"
        for k, v in by_split.items()
    ]
    by_feature: dict[str, pl.PlanScores] = {}
    for key in [k for k in args.by.split(",") if k]:
        labelled = [({**g, "_group": f"{g.get('split')} {key}={_feature(g, key)}"}, p)
                    for g, p in pairs]  # fmt: skip
        by_feature.update(pl.scores_by(labelled, "_group"))
    feature_table = pl.format_by(by_feature).replace("F1 per family", "F1 per split and feature")
    (out / "eval.txt").write_text(f"{report}\n\n{table}\n\n" + "\n".join(split_lines)
                                  + f"\n\n{feature_table}\n")  # fmt: skip
    payload = {
        "extractor_version": EXTRACTOR_VERSION,
        "commit": args.commit or _git("rev-parse", "HEAD"),
        "scored_at": started.strftime("%Y-%m-%d %H:%M UTC"),
        "plans": len(pairs),
        "total": _summary(total),
        "by_split": {k: _summary(v) for k, v in by_split.items()},
        "by_family": {k: {"split": splits[k], **_summary(v)} for k, v in groups.items()},
        "by_feature": {k: _summary(v) for k, v in by_feature.items()},
    }
    (out / "scores.json").write_text(json.dumps(payload, indent=1) + "\n")
    for name, sc in groups.items():
        lines = [f"{name}: first {KEEP_MISSES} of {len(sc.misses)} misses"]
        lines += [_miss_line(m) for m in sc.misses[:KEEP_MISSES]]
        (out / f"misses-{name}.txt").write_text("\n".join(lines) + "\n")
    (out / "README.md").write_text(
        f"# plangen scores: {args.label}\n\n"
        f"- scored {payload['scored_at']}, extractor version {EXTRACTOR_VERSION}, commit "
        f"{payload['commit']}\n- {len(pairs)} plans from `{args.folder}`"
        f"{' (split ' + args.split + ')' if args.split else ''}\n"
        f"- command: `python -m samples.plangen.score {' '.join(sys.argv[1:] if argv is None else argv)}`\n"
        + (f"- {args.note}\n" if args.note else "")
        + "\nSee eval.txt (F1 per family and per split), scores.json, misses-<family>.txt.\n"
    )
    print((out / "eval.txt").read_text())
    return 0


def _feature(gold: dict[str, object], key: str) -> object:
    features = gold.get("features")
    if key in gold:
        return gold[key]
    return features.get(key) if isinstance(features, dict) else None


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, check=True,
                              cwd=RESULTS.parent).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
