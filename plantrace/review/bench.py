"""How fast `plantrace review` answers: every page of every plan in a store, median of N requests.

    python -m plantrace.review.bench --db STORE            # a store you have
    python -m plantrace.review.bench --samples samples     # ingest the sample PDFs into a temp store

Times are in-process (Starlette's test client: the app's own work, no socket), printed in ms and
as a ratio to serving the app's stylesheet in the same run, the cheapest response it has.
A benchmark prints figures; no test asserts them.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from plantrace.pipeline.store import Store

TARGET_MS = 300.0


def _store(db: str | None, samples: Path | None, tmp: Path) -> Store:
    if db is not None:
        return Store.open(db)
    from plantrace.pipeline.ingest import ingest_file
    from plantrace.pipeline.traceability import pair_all

    store = Store.open(tmp / "bench.sqlite")
    root = samples or Path("samples")
    for pdf in sorted((root / "reports").glob("*.pdf")) + sorted((root / "plans").glob("*.pdf")):
        ingest_file(store, pdf)
    pair_all(store)
    return store


def _median_ms(client: object, url: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
    return statistics.median(times)


def _crop_times(client: object, plans: list[str]) -> list[float]:
    """Each crop a plan page links to, requested once: the cost of rendering it from the PDF."""
    times = []
    for sha in plans:
        page = client.get(f"/plan/{sha}").text  # type: ignore[attr-defined]
        for url in sorted(set(re.findall(r'src="(/crop/[^"]+)"', page))):
            start = time.perf_counter()
            client.get(url)  # type: ignore[attr-defined]
            times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store file or URL (default: the samples in a temp store)")
    parser.add_argument("--samples", type=Path, help="samples folder with reports/ and plans/")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from plantrace.models.grades import DocumentKind
    from plantrace.review.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        store = _store(args.db, args.samples, Path(tmp))
        docs = store.documents()
        plans = [d["sha256"] for d in docs if d["kind"] == DocumentKind.improvement_plan.value]
        reports = [d["sha256"] for d in docs if d["kind"] == DocumentKind.inspection_report.value]
        with TestClient(create_app(store)) as client:
            for sha in plans:  # first view links never-linked pairs: not what a person waits for
                client.get(f"/plan/{sha}")
            baseline = _median_ms(client, "/static/review.css", args.repeat)
            urls = ["/", "/history"] + [f"/doc/{sha}" for sha in reports[:3]]
            for sha in plans:
                urls += [f"/plan/{sha}", f"/plan/{sha}/fields", f"/plan/{sha}/coverage"]
            rows = [(url, _median_ms(client, url, args.repeat)) for url in urls]
            crops = _crop_times(client, plans)
        store.close()
    print(f"{len(docs)} documents, {len(plans)} plans; median of {args.repeat} requests")
    print(f"baseline (stylesheet): {baseline:.1f} ms")
    worst = 0.0
    for url, ms in rows:
        worst = max(worst, ms)
        flag = "" if ms < TARGET_MS else f"  over {TARGET_MS:.0f} ms"
        print(f"{ms:8.1f} ms  x{ms / baseline:6.1f}  {url}{flag}")
    print(f"slowest page: {worst:.1f} ms (target < {TARGET_MS:.0f} ms)")
    if crops:
        print(
            f"evidence crops (first request, rendered from the PDF): {len(crops)} images,"
            f" median {statistics.median(crops):.1f} ms, slowest {max(crops):.1f} ms"
            " (loaded lazily, after the page)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
