"""`plantrace bench`: the same files through each stage, side by side with the raw-text floor.

Each stage runs as its own process so its wall time includes start-up (imports, spaCy pipelines)
and its peak RSS is its own. The work time (the sum of the per-file times inside the process) is
reported beside it: with few files start-up is much of the wall time, and a throughput ratio
to the floor is a ratio of work, the start-up a cost paid once per process. Run as a module for one stage:
`python -m pipeline.bench STAGE OUT.json FILE...`.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STAGES = ("floor", "pdfplumber", "read", "extract", "ingest")
DESCRIPTIONS = {
    "floor": "raw pypdfium2 text (get_text_range per page)",
    "pdfplumber": "pdfplumber extract_text per page (reference)",
    "read": "plantrace PDF reading (ParsedDocument)",
    "extract": "plantrace extract (all extractors)",
    "ingest": "plantrace ingest into a fresh SQLite store",
}


@dataclass(slots=True)
class StageResult:
    stage: str
    seconds: float
    pages: int
    documents: int
    peak_rss_mb: float
    slowest: list[tuple[str, float]]
    work_seconds: float = 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def run_stage(stage: str, files: list[str], out: Path) -> None:
    """Inside the child process: do the stage's work and write per-file seconds and page counts."""
    per_file: list[tuple[str, float]] = []
    pages = 0
    if stage == "floor":
        import pypdfium2 as pdfium

        for f in files:
            t = time.perf_counter()
            pdf = pdfium.PdfDocument(f)
            for page in pdf:
                page.get_textpage().get_text_range()
                pages += 1
            pdf.close()
            per_file.append((f, time.perf_counter() - t))
    elif stage == "pdfplumber":
        import pdfplumber

        for f in files:
            t = time.perf_counter()
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    pages += 1
                    page.flush_cache()
            per_file.append((f, time.perf_counter() - t))
    elif stage == "read":
        from plantrace.pipeline.reader import parse_pdf

        for f in files:
            t = time.perf_counter()
            pages += len(parse_pdf(f).pages)
            per_file.append((f, time.perf_counter() - t))
    elif stage == "extract":
        from plantrace.pipeline.extract import extract_file

        for f in files:
            t = time.perf_counter()
            result = extract_file(f)
            json.dumps(result.to_contract())
            pages += result.pages
            per_file.append((f, time.perf_counter() - t))
    elif stage == "ingest":
        from plantrace.pipeline.ingest import ingest_file
        from plantrace.pipeline.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.sqlite")
            for f in files:
                t = time.perf_counter()
                pages += ingest_file(store, f).pages
                per_file.append((f, time.perf_counter() - t))
            store.close()
    else:
        raise SystemExit(f"unknown stage {stage}")
    out.write_text(json.dumps({"pages": pages, "per_file": per_file}))


def measure(stage: str, files: list[str]) -> StageResult:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stage.json"
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(files))
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "plantrace.pipeline.bench", stage, str(out), "@" + str(listing)]
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        if status != 0:
            raise RuntimeError(f"stage {stage} failed with status {status}")
        data = json.loads(out.read_text())
    slowest = sorted(((Path(f).name, s) for f, s in data["per_file"]), key=lambda x: -x[1])[:3]
    work = sum(s for _, s in data["per_file"])
    return StageResult(
        stage, seconds, data["pages"], len(files), usage.ru_maxrss / 1024, slowest, work
    )


def profile_extract(files: list[str], top: int = 10) -> str:
    """The most expensive functions of `extract` over the files (cProfile, cumulative own time)."""
    from plantrace.pipeline.extract import extract_file

    prof = cProfile.Profile()
    prof.enable()
    for f in files:
        extract_file(f)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def find_pdfs(paths: list[str]) -> list[str]:
    found: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found.extend(str(f) for f in sorted(path.rglob("*.pdf")))
        elif path.is_file():
            found.append(str(path))
    return found


def report(results: list[StageResult]) -> list[dict[str, Any]]:
    floor = next((r for r in results if r.stage == "floor"), None)
    rows = []
    for r in results:
        rows.append(
            {
                "stage": r.stage,
                "what": DESCRIPTIONS[r.stage],
                "seconds": round(r.seconds, 2),
                "pages": r.pages,
                "documents": r.documents,
                "pages_per_s": round(r.pages_per_s, 1),
                "docs_per_s": round(r.docs_per_s, 2),
                "ratio_to_floor": None
                if floor is None or not floor.pages_per_s
                else round(r.pages_per_s / floor.pages_per_s, 3),
                "work_seconds": round(r.work_seconds, 3),
                "ratio_to_floor_work": None
                if floor is None or not floor.work_seconds or not r.work_seconds
                else round(floor.work_seconds / r.work_seconds * r.pages / floor.pages, 3),
                "peak_rss_mb": round(r.peak_rss_mb, 1),
                "slowest_file_s": round(r.slowest[0][1], 2) if r.slowest else None,
                "slowest_file": r.slowest[0][0] if r.slowest else None,
            }
        )
    return rows


def _main() -> None:
    stage, out, *files = sys.argv[1:]
    if len(files) == 1 and files[0].startswith("@"):
        files = Path(files[0][1:]).read_text().splitlines()
    run_stage(stage, files, Path(out))
    # peak RSS is read by the parent from wait4; print nothing on stdout
    _ = resource.getrusage(resource.RUSAGE_SELF)


if __name__ == "__main__":
    _main()
