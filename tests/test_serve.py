"""`plantrace serve` against a real Prefect server: a scheduled inbox run happens and stores a PDF.

Two real subprocesses: `prefect server start` (SQLite in a temporary PREFECT_HOME, a free port)
and `plantrace serve` with a 5-second inbox schedule. The test polls the API until a run of the
inbox deployment is COMPLETED, checks the PDF it dropped in the inbox got stored, and always
stops both process groups.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

import pytest

from plantrace.pipeline.reader import sha256_file
from plantrace.pipeline.store import Store
from tests.conftest import REPO, SAMPLES
from tests.pdfs import REPORT_PAGE, text_pdf, write

STARTUP_S = 150
RUN_S = 150


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _process(
    args: list[str], env: dict[str, str], log: IO[Any]
) -> Iterator[subprocess.Popen[bytes]]:
    """A subprocess in its own session, so stopping it stops its children (flow runs, uvicorn)."""
    proc = subprocess.Popen(
        args, env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        yield proc
    finally:
        for sig, wait_s in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
            if proc.poll() is not None:
                break
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(wait_s)
            except subprocess.TimeoutExpired:
                continue
        with suppress(ProcessLookupError, PermissionError):  # children left after the leader
            os.killpg(proc.pid, signal.SIGKILL)


def _wait_healthy(api_url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    import httpx

    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"prefect server exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    pytest.fail(f"prefect server not healthy after {STARTUP_S} s:\n{log.read_text()[-3000:]}")


def _completed_inbox_runs(api_url: str) -> list[Any]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from plantrace.flows.serve import INBOX_DEPLOYMENT

    with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as c:
        try:
            deployment = c.read_deployment_by_name(f"ingest/{INBOX_DEPLOYMENT}")
        except ObjectNotFound:
            return []
        return list(
            c.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=FlowRunFilter(
                    state=FlowRunFilterState(
                        type=FlowRunFilterStateType(any_=[StateType.COMPLETED])
                    )
                ),
            )
        )


@pytest.mark.slow
def test_served_inbox_deployment_runs_on_schedule_and_stores_the_pdf(tmp_path: Path) -> None:
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "PLANTRACE_DB"))}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect-home"),
        PREFECT_API_URL=api_url,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_RUNNER_POLL_FREQUENCY="2",
        PREFECT_LOCAL_STORAGE_PATH=str(tmp_path / "results"),
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sample = next(iter(sorted(SAMPLES.glob("reports/*.pdf"))), None)
    pdf = inbox / "dropped.pdf"
    if sample is not None:
        pdf.write_bytes(sample.read_bytes())
    else:
        write(pdf, text_pdf([REPORT_PAGE]))
    db = tmp_path / "store.sqlite"
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"

    with (
        server_log.open("wb") as slog,
        serve_log.open("wb") as rlog,
        _process(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env,
            slog,
        ) as server,
    ):
        _wait_healthy(api_url, server, server_log)
        with _process(
            [
                sys.executable,
                "-m",
                "plantrace.cli.main",
                "serve",
                "--inbox",
                str(inbox),
                "--inbox-interval",
                "5",
                "--db",
                str(db),
                "--reprocess-cron",
                "0 2 * * *",
            ],
            env,
            rlog,
        ) as serving:
            deadline = time.monotonic() + RUN_S
            runs: list[Any] = []
            while time.monotonic() < deadline and not runs:
                if serving.poll() is not None:
                    pytest.fail(f"plantrace serve exited early:\n{serve_log.read_text()[-3000:]}")
                runs = _completed_inbox_runs(api_url)
                if not runs:
                    time.sleep(2)
            assert runs, f"no completed inbox run in {RUN_S} s:\n{serve_log.read_text()[-3000:]}"

    store = Store(f"sqlite:///{db}")
    try:
        stored = {d["sha256"]: d for d in store.documents()}
        assert sha256_file(pdf) in stored
        assert stored[sha256_file(pdf)]["status"] == "ok"
        assert str(pdf.resolve()) in stored[sha256_file(pdf)]["sources"]
    finally:
        store.close()
