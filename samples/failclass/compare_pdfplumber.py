"""Issue 11, part 3: pdfplumber's table finder against pipeline/tables.py on the plan pages with gold.

For each gold action of the dev plans: is there one table row, among the tables a finder found,
with the action's text in one cell and its owner (and, when printed, its due text) in others?
That is what an extractor needs from a table finder. Timing is the finder's own on the same pages.

    .venv/bin/python samples/failclass/compare_pdfplumber.py tests/gold/plans/*.json tests/gold/blind/*.json
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pdfplumber

from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf

Rows = list[list[str]]


def norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def ours(path: Path) -> Rows:
    doc = parse_pdf(path)
    rows: Rows = []
    for el in read_layout(doc):
        if el.table is not None:
            rows += [[r.text(i) for i in range(len(r.cells))] for r in el.table.rows]
        elif el.raw is not None:
            rows += [[c.text if c else "" for c in r] for r in el.raw.rows]
    doc.close()
    return rows


def plumber(settings: dict[str, str]) -> Callable[[Path], Rows]:
    def find(path: Path) -> Rows:
        rows: Rows = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                for t in page.find_tables(table_settings=settings):
                    rows += [[c or "" for c in r] for r in t.extract()]
        return rows

    return find


def found(action: dict[str, object], rows: Rows) -> bool:
    text = norm(str(action.get("text")))[:40]
    owner = norm(str(action.get("owner") or ""))
    due = norm(str(action.get("due_raw") or ""))
    for r in rows:
        cells = [norm(c) for c in r]
        hit = [i for i, c in enumerate(cells) if text and text in c]
        if not hit:
            continue
        others = [c for i, c in enumerate(cells) if i not in hit]
        if owner and not any(owner == c or owner in c for c in others):
            continue
        if due and not any(due in c for c in others):
            continue
        return True
    return False


def main(golds: Sequence[str]) -> None:
    finders = {
        "plantrace (pipeline/tables.py)": ours,
        "pdfplumber lines": plumber({"vertical_strategy": "lines", "horizontal_strategy": "lines"}),
        "pdfplumber text": plumber({"vertical_strategy": "text", "horizontal_strategy": "text"}),
    }
    for name, finder in finders.items():
        hits = total = 0
        seconds = 0.0
        for g in golds:
            gold = json.loads(Path(g).read_text())
            path = Path(gold["file"])
            t0 = time.perf_counter()
            rows = finder(path)
            seconds += time.perf_counter() - t0
            for a in gold["actions"]:
                total += 1
                hits += found(a, rows)
        print(
            f"{name:32s} action rows recovered {hits}/{total} ({hits / total:.1%}), {seconds:.1f} s"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
