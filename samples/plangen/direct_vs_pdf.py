"""Compare the actions plantrace reads from a Word or Excel plan directly with those it reads
from the same plan's PDF print, for the generated families whose source is .docx or .xlsx.

The README says the direct readers give what the PDFs give; this checks it: per plan, the
actions matched by reference (else by text) and, for each pair, the fields that differ (text,
owner, due, rag, links), plus the actions only one side reads. Usage (from the repository root):

    .venv/bin/python -m samples.plangen.direct_vs_pdf SET [SET..] [--plans N]

SET: a folder under samples/plangen/out (e.g. holdout59-s1); --plans: plans per family (2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from plantrace.pipeline.extract import extract_file

OUT = Path(__file__).parent / "out"
FIELDS = ("text", "owner", "due_date", "rag")


def _actions(path: Path) -> list[dict[str, Any]]:
    """The actions of one file as the JSON contract gives them."""
    result = extract_file(path).model_dump(mode="json")
    return list(result.get("actions") or [])


def _key(action: dict[str, Any]) -> str:
    """An action's identity across the two readings: its ref, else its text's first words."""
    return action.get("ref") or " ".join(str(action.get("text") or "").split()[:8]).lower()


def _links(action: dict[str, Any]) -> list[str]:
    return sorted(str(r) for r in action.get("recommendations") or [])


def _norm(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def compare(direct: Path, pdf: Path) -> list[str]:
    """The differences between the direct file's actions and the print's, one line each."""
    a, b = _actions(direct), _actions(pdf)
    by_a = {_key(x): x for x in a}
    by_b = {_key(x): x for x in b}
    out: list[str] = []
    if len(a) != len(b):
        out.append(f"  count: direct {len(a)}, pdf {len(b)}")
    for k, x in by_a.items():
        y = by_b.get(k)
        if y is None:
            out.append(f"  only direct: {k!r} rag={x.get('rag')} owner={x.get('owner')!r}")
            continue
        for f in FIELDS:
            if _norm(x.get(f)) != _norm(y.get(f)):
                out.append(
                    f"  {k}: {f} direct={_norm(x.get(f))[:60]!r} pdf={_norm(y.get(f))[:60]!r}"
                )
        if _links(x) != _links(y):
            out.append(f"  {k}: links direct={_links(x)} pdf={_links(y)}")
    for k in sorted(by_b.keys() - by_a.keys()):
        out.append(f"  only pdf: {k!r} rag={by_b[k].get('rag')} owner={by_b[k].get('owner')!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--plans", type=int, default=2)
    args = parser.parse_args()
    for name in args.sets:
        for family in sorted((OUT / name).iterdir()):
            if not family.name.startswith(("docx-", "xlsx-")):
                continue
            suffix = "." + family.name.split("-")[0]
            for direct in sorted(family.glob(f"*{suffix}"))[: args.plans]:
                pdf = direct.with_suffix(".pdf")
                if not pdf.exists():
                    continue
                diffs = compare(direct, pdf)
                print(f"{name}/{family.name}/{direct.name}: {'same' if not diffs else ''}")
                for line in diffs:
                    print(line)


if __name__ == "__main__":
    main()
