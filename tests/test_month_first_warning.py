"""Dates read month first because the plan's own dates show it are never read so silently: the
result says so (dates_month_first), naming the date that settled it, unless a layout profile
said the order (then nothing was inferred)."""

from __future__ import annotations

from pathlib import Path

import docx

from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.pipeline.extract import extract_file


def _plan(path: Path, dues: tuple[str, ...]) -> Path:
    d = docx.Document()
    d.add_heading("Brackenford Council: improvement plan for children's services", 1)
    tasks = [
        ("T1", "Publish revised threshold guidance for partner agencies", "Head of MASH"),
        ("T2", "Hold quarterly audits of child in need plans", "Service Manager, Quality"),
        ("T3", "Recruit four permanent team managers", "Workforce Lead"),
    ]
    t = d.add_table(rows=1 + len(tasks), cols=4)
    t.style = "Table Grid"
    header = ("No.", "Task", "Responsible", "Deadline")
    rows = [header, *[(*task, due) for task, due in zip(tasks, dues, strict=True)]]
    for row, values in zip(t.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(str(path))
    return path


def _codes(result: object) -> list[str]:
    return [w.code for w in getattr(result, "warnings", [])]


def test_inferred_month_first_order_is_warned(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "us.docx", ("02/05/2026", "11/30/2026", "01/08/2027"))
    read = extract_file(plan)
    warned = [w for w in read.warnings if w.code == "dates_month_first"]
    assert len(warned) == 1 and "'11/30/2026'" in warned[0].message
    profiled = extract_file(plan, profile=LayoutProfile.from_dict({"date_order": "mdy"}))
    assert "dates_month_first" not in _codes(profiled)
    day_first = extract_file(
        _plan(tmp_path / "uk.docx", ("02/05/2026", "30/11/2026", "01/08/2027"))
    )
    assert "dates_month_first" not in _codes(day_first)
