"""Survey the one date normaliser against every generated plan's gold due dates.

Each gold action keeps its due date as printed (`due_raw`) and as its split's conventions
normalise it (`due_date`). This reads every distinct printed form through the normaliser's entry
point exactly as the plan extractor calls it (plan_actions.to_actions: parse_due with the plan's
earliest due date as `after` and month first where the plan's numeric dates show it), and prints
where it disagrees with gold, grouped by the printed form's shape, then the disagreement count.
Two kinds need what the layout prints beside the cell and are counted apart, not as
disagreements: a due timed from the plan's own start ('Month 6', 'Week 12', its anchor printed
elsewhere), and a cell whose gold is finer than it names (a calendar's day under 'April 2025',
a quarter grid's year over '1 Jan' or 'end Apr' where the plan's cells name no year at all).

    .venv/bin/python -m samples.plangen.date_survey [OUT_DIR] [--all]

Sets without `.done` (still being generated) are skipped, and so is every blind split's.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from plantrace.pipeline.normalise.dates import (
    compact_date,
    names_plan_time,
    parse_due,
    written_month_first,
)

_OUT = Path(__file__).parent / "out"
_BLIND = re.compile(r"holdout60")  # blind splits: never read
_SHOWN = 6  # examples printed per form without --all


def shape(raw: str) -> str:
    """A printed form's shape: digits as 9, letters as a, runs of each collapsed."""
    s = re.sub(r"\d+", "9", raw)
    s = re.sub(r"[A-Za-z]+", "a", s)
    return re.sub(r"\s+", " ", s).strip()


def plan_rows(gold: dict[str, Any]) -> list[tuple[str, str | None, date | None]]:
    """(due_raw, gold due_date, what parse_due reads) for each dated action of one plan."""
    acts = [a for a in gold.get("actions") or [] if isinstance(a, dict) and a.get("due_raw")]
    raws = [str(a["due_raw"]) for a in acts]
    if all(compact_date(r) is not None for r in raws):  # a system export's undivided dates
        return [(r, a.get("due_date"), compact_date(r)) for r, a in zip(raws, acts, strict=True)]
    month_first = written_month_first(raws)
    known = [d for r in raws if (d := parse_due(r, month_first=month_first)) is not None]
    after = min(known) if known else None
    return [
        (str(a["due_raw"]), a.get("due_date"), parse_due(str(a["due_raw"]), after=after, month_first=month_first))
        for a in acts
    ]  # fmt: skip


def _laid_out(raw: str, want: object, got: date | None) -> bool:
    """Whether gold's date is finer than the cell names, the layout giving the rest: a day in
    the month the cell names (a calendar's), or any date for a cell naming no year where the
    plan names none either (got None: no date of the plan to count on from)."""
    if not isinstance(want, str):
        return False
    gold = date.fromisoformat(want)
    if got is None:
        return not re.search(r"\d{4}|['’‘]\d{2}\b", raw)
    return (
        (got.year, got.month) == (gold.year, gold.month)
        and got.day != gold.day
        and re.fullmatch(r"[A-Za-z]+\.?,?\s+\d{4}", raw.strip()) is not None
    )


def main(argv: list[str]) -> int:
    out = Path(next((a for a in argv if not a.startswith("--")), _OUT))
    show_all = "--all" in argv
    by_form: dict[str, set[tuple[str, str | None, str | None, str]]] = defaultdict(set)
    checked = timed = laid_out = 0
    for done in sorted(out.glob("*/.done")):
        if _BLIND.search(done.parent.name):
            continue
        for path in sorted(done.parent.glob("*/*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            for raw, want, got in plan_rows(gold):
                checked += 1
                if got is None and names_plan_time(raw):
                    timed += 1
                    continue
                read = got.isoformat() if got else None
                if read != want and _laid_out(raw, want, got):
                    laid_out += 1
                elif read != want:
                    by_form[shape(raw)].add(
                        (raw, want, read, f"{done.parent.name}/{path.parent.name}")
                    )
    total = sum(len(v) for v in by_form.values())
    for form, rows in sorted(by_form.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(rows):4d}  {form}")
        for raw, want, read, where in sorted(rows)[: None if show_all else _SHOWN]:
            print(f"        {raw!r:40} gold {want}  read {read}  ({where})")
    print(
        f"actions checked {checked}, timed from the plan's start {timed}, "
        f"dated by the layout beside the cell {laid_out}"
    )
    print(f"disagreements {total} (distinct printed forms per plan set)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
