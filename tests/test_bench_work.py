"""The bench's work time and the heap freeze that extraction does once per process."""

from __future__ import annotations

import gc

from plantrace.pipeline.bench import StageResult, report
from plantrace.pipeline.heap import freeze_imports


def test_work_ratio_is_pages_per_work_second_against_the_floors() -> None:
    floor = StageResult("floor", 0.5, 100, 10, 50.0, [("a.pdf", 0.05)], work_seconds=0.2)
    extract = StageResult("extract", 6.0, 100, 10, 300.0, [("a.pdf", 0.9)], work_seconds=4.0)
    rows = {r["stage"]: r for r in report([floor, extract])}
    # wall: 100/6 pages/s against 100/0.5; work: 100/4 against 100/0.2
    assert rows["extract"]["ratio_to_floor"] == round((100 / 6.0) / (100 / 0.5), 3)
    assert rows["extract"]["ratio_to_floor_work"] == 0.05
    assert rows["extract"]["work_seconds"] == 4.0
    assert rows["floor"]["ratio_to_floor_work"] == 1.0


def test_work_ratio_counts_pages_when_stages_read_different_files() -> None:
    floor = StageResult("floor", 0.5, 100, 10, 50.0, [], work_seconds=0.2)
    plumber = StageResult("pdfplumber", 3.0, 20, 2, 80.0, [], work_seconds=2.0)
    row = next(r for r in report([floor, plumber]) if r["stage"] == "pdfplumber")
    assert row["ratio_to_floor_work"] == round((20 / 2.0) / (100 / 0.2), 3)


def test_no_work_ratio_without_a_floor() -> None:
    extract = StageResult("extract", 6.0, 100, 10, 300.0, [], work_seconds=4.0)
    assert report([extract])[0]["ratio_to_floor_work"] is None


def test_imports_are_frozen_once() -> None:
    freeze_imports()
    frozen = gc.get_freeze_count()
    assert frozen > 1000  # the modules and what they made at import
    kept = [[n] for n in range(100)]  # containers the collector tracks, alive now
    freeze_imports()  # a second document: nothing more is frozen
    assert gc.get_freeze_count() == frozen
    assert all(gc.is_tracked(k) for k in kept)
