"""`python -m samples.plangen --seed S --n N --families tune|measure|all|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24|holdout25|holdout26|holdout27|holdout28|holdout29|holdout30|holdout31|holdout32|holdout33|holdout34|holdout35|holdout36|holdout37|holdout38|holdout39|holdout40|holdout41|holdout42|holdout43|holdout44|holdout45|holdout46|holdout47|holdout48|holdout49|holdout50|holdout51|holdout52|holdout53|holdout54|holdout55|holdout56|holdout57|holdout58|holdout59|holdout60|holdout61|holdout62|holdout63|holdout64|holdout65|holdout66|NAME,... --out DIR`

Writes, per family, DIR/<family>/<name>.pdf with its gold DIR/<family>/<name>.json (and the
.html/.docx/.xlsx source the PDF was printed from). Score with `plantrace eval DIR`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samples.plangen.generate import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.plangen", description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=4, help="plans per family")
    ap.add_argument(
        "--families",
        default="tune",
        help="tune, measure, all (tune+measure), holdout, holdout2, holdout3, holdout4, holdout5, "
        "holdout6, holdout7, holdout8, holdout9, holdout10, holdout11, holdout12, "
        "holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, "
        "holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, "
        "holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38, holdout39, holdout40, holdout41, holdout42, holdout43, holdout44, holdout45, holdout46, holdout47, holdout48, holdout49, holdout50, holdout51, holdout52, holdout53, holdout54, holdout55, holdout56, holdout57, holdout58, holdout59, holdout60, holdout61, holdout62, holdout63, holdout64, holdout65, holdout66, or names, "
        "comma-separated",
    )
    ap.add_argument("--producers", default="", help="only these producers (e.g. reportlab)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    producers = {p for p in args.producers.split(",") if p} or None
    made = generate(args.out, args.families, args.seed, args.n, producers)
    for fam, names in made.items():
        print(f"{fam}: {len(names)} plans")
    print(f"{sum(len(v) for v in made.values())} plans in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
