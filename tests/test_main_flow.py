"""`make run`'s job as a newcomer meets it (issue 15): the Prefect flows on the samples, on a
fresh Prefect home with no server configured (a temporary one starts), with no telemetry error
and the places to look at printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow


def test_main_flow_ingests_then_writes_coverage_and_says_where_to_look(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLANTRACE_DB", "PREFECT_"))}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PYTHONPATH=str(REPO))
    plan = SAMPLES / "plans" / "eastmere-improvement-plan-2024.pdf"
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "plantrace.flows.run",
            str(SAMPLES / "reports"),
            str(plan),
            "--db",
            str(tmp_path / "out" / "plantrace.sqlite"),
            "--out",
            str(tmp_path / "out" / "coverage"),
            "--format",
            "html",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    lines = res.stdout.splitlines()
    assert lines[0] == "ingest: 3 file(s), 3 ok, 0 with errors"
    assert lines[1].startswith("coverage: 1 plan(s), 1 file(s) written under ")
    assert "plantrace-main, with ingest and coverage_report as subflows" in lines[2]
    assert f"The runs are stored in {tmp_path / 'prefect-home' / 'prefect.db'}" in res.stdout
    assert "`prefect server start`, then open http://127.0.0.1:4200/runs/flow-run/" in res.stdout
    (html,) = (tmp_path / "out" / "coverage").glob("*.html")
    assert "eastmere" in html.name
    for noise in ("telemetry", "Traceback", "ERROR"):
        assert noise not in res.stderr, res.stderr[-3000:]
    assert "Flow run" in res.stderr and "Finished in state Completed()" in res.stderr
