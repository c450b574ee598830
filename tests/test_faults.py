"""Faults (issue 7): kill -9 mid-ingest, two ingests at once, a read-only or unreachable store, a
document that hangs or crashes an extractor. Nothing half-written, nothing lost, nothing twice.

The ingests run as real `plantrace` processes (python -m cli.main) against both stores. Kills are
placed by what the process has done (runs in the store, or a marker it prints from inside its
write transaction), never by sleeping for a guessed time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

import plantrace.pipeline.store as st
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.results import ErrorCode, Status
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.limits import Limits
from plantrace.pipeline.store import Store, metadata
from tests.conftest import REPO, SAMPLES
from tests.pdfs import html_not_found_page, text_pdf

GENERATED = 24


def _folder(root: Path) -> dict[str, bytes]:
    """A bad file, a sample report and plan (they carry items), generated PDFs, and a copy.

    Ingest goes in path order: bad/, council/ (the samples), gen/.
    """
    files: dict[str, bytes] = {}
    for i in range(GENERATED):
        lines = [
            f"Document {i}: children's services, paragraph {k} of the narrative." for k in range(30)
        ]
        files[f"gen/doc-{i:03d}.pdf"] = text_pdf([lines, lines[:10]])
    for kind in ("reports", "plans"):
        for p in sorted((SAMPLES / kind).glob("*.pdf"))[:1]:
            files[f"council/{p.name}"] = p.read_bytes()
    files["bad/report-not-found.pdf"] = html_not_found_page()
    files["gen/zz-copy-of-doc-000.pdf"] = files["gen/doc-000.pdf"]
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return files


@functools.cache
def _expected_items(data: bytes) -> int:
    """How many item rows a complete run of this document has (same rows the store writes)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        result = extract_file(path)
    return len(list(st._item_rows(0, result))) if result.sha256 else 0


def _env(url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANTRACE_DB")}
    env.update(PLANTRACE_DB_URL=url, COLUMNS="200", PYTHONUNBUFFERED="1")
    return env


def _ingest_cmd(folder: Path) -> list[str]:
    return [sys.executable, "-m", "plantrace.cli.main", "ingest", str(folder), "--json"]


def _check_consistent(store: Store, files: dict[str, bytes]) -> dict[str, int]:
    """No half-written document: every run has its document and all its items, no (sha, version)
    twice, no document without a run. Returns runs per sha."""
    expected = {hashlib.sha256(d).hexdigest(): _expected_items(d) for d in files.values()}
    with store.engine.connect() as conn:
        orphans = conn.execute(
            select(func.count())
            .select_from(st.runs)
            .where(st.runs.c.sha256.not_in(select(st.documents.c.sha256)))
        ).scalar_one()
        lonely = conn.execute(
            select(func.count())
            .select_from(st.documents)
            .where(st.documents.c.sha256.not_in(select(st.runs.c.sha256)))
        ).scalar_one()
        run_rows = conn.execute(
            select(st.runs.c.id, st.runs.c.sha256, st.runs.c.extractor_version)
        ).all()
        item_counts = dict(
            conn.execute(select(st.items.c.run_id, func.count()).group_by(st.items.c.run_id)).all()
        )
    assert orphans == 0, "a run without its document"
    assert lonely == 0, "a document without a run (half-written)"
    per_version = Counter((r.sha256, r.extractor_version) for r in run_rows)
    assert max(per_version.values(), default=1) == 1, "a document ingested twice"
    for r in run_rows:
        assert r.sha256 in expected, "a run for a file that is not in the folder"
        assert item_counts.get(r.id, 0) == expected[r.sha256], f"run {r.id} lost items"
    return Counter(r.sha256 for r in run_rows)


def _check_complete(store: Store, folder: Path, files: dict[str, bytes]) -> None:
    runs = _check_consistent(store, files)
    distinct = {hashlib.sha256(d).hexdigest() for d in files.values()}
    assert set(runs) == distinct, "a file was never ingested"
    assert set(runs.values()) == {1}
    counts = store.counts()
    assert counts["documents"] == len(distinct)
    assert counts["sources"] == len(files)
    for name, data in files.items():
        assert str(folder / name) in store.source_paths(hashlib.sha256(data).hexdigest())


def _run_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(st.runs)).scalar_one())


@pytest.fixture
def fresh_store_url(store: Store, tmp_path: Path) -> str:
    """A store URL (SQLite, PostgreSQL) with no tables yet, as on a first run."""
    if store.url.startswith("postgresql"):
        metadata.drop_all(store.engine)
        return store.url
    return f"sqlite:///{tmp_path / 'fresh.sqlite'}"


_KILL_INSIDE_TRANSACTION = """
import sys, time
import plantrace.pipeline.store as st
original, calls, target = st.Store._save, [0], int(sys.argv[1])
def save_then_block(self, conn, result, size, retry):
    outcome = original(self, conn, result, size, retry)  # run, document and items written...
    calls[0] += 1
    if calls[0] == target:  # ...but not committed: wait here for the kill
        print("IN-TRANSACTION", result.sha256, flush=True)
        time.sleep(600)
    return outcome
st.Store._save = save_then_block
from plantrace.cli.main import app
sys.argv = ["plantrace", *sys.argv[2:]]
app()
"""


def test_kill_9_during_ingest_then_run_again(store: Store, tmp_path: Path) -> None:
    """Killed inside a document's write transaction, then killed mid-run, then run to the end."""
    folder = tmp_path / "downloads"
    files = _folder(folder)
    distinct = len({hashlib.sha256(d).digest() for d in files.values()})
    env = _env(store.url)

    # 1. kill -9 while a document's run, document row and items are written but not committed:
    # the third write is the sample plan's (with its items), or a generated document's.
    target = 3
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILL_INSIDE_TRANSACTION, str(target), "ingest", str(folder)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        marker = proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert marker.startswith("IN-TRANSACTION"), proc.stderr.read() if proc.stderr else ""
    killed_sha = marker.split()[1]
    assert store.runs_for(killed_sha) == []  # its run, document and items rolled back together
    partial = _check_consistent(store, files)
    assert killed_sha not in partial and sum(partial.values()) == target - 1

    # 2. the real command, killed as soon as it has stored two more documents
    proc = subprocess.Popen(
        _ingest_cmd(folder), cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        limit = time.monotonic() + 300
        while proc.poll() is None and _run_count(store) < target + 1:
            if time.monotonic() > limit:
                break
            time.sleep(0.02)
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert alive, proc.stderr.read().decode()[-2000:] if proc.stderr else "ended before the kill"
    assert proc.returncode == -signal.SIGKILL
    partial = _check_consistent(store, files)
    assert target <= sum(partial.values()) < distinct

    # 3. run again: every file exactly once, nothing half-written, the killed document included
    again = subprocess.run(
        _ingest_cmd(folder), cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )
    assert again.returncode == 0, again.stderr[-3000:]
    outcomes = [json.loads(line) for line in again.stdout.splitlines()]
    assert len(outcomes) == len(files)
    assert all(o["outcome"] in ("stored", "unchanged") for o in outcomes)
    _check_complete(store, folder, files)
    assert len(store.runs_for(killed_sha)) == 1


def test_two_ingests_of_one_folder_at_once(fresh_store_url: str, tmp_path: Path) -> None:
    """Both start on a store without tables, so creating the schema races too."""
    folder = tmp_path / "downloads"
    files = _folder(folder)
    env = _env(fresh_store_url)
    procs = [
        subprocess.Popen(
            _ingest_cmd(folder),
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err[-3000:]
        assert "Traceback" not in err
    stored: Counter[str] = Counter()
    for out, _ in results:
        outcomes = [json.loads(line) for line in out.splitlines()]
        assert len(outcomes) == len(files)  # each run reports every file
        for o in outcomes:
            assert o["outcome"] in ("stored", "unchanged"), o
            stored[o["sha256"]] += o["outcome"] == "stored"
    distinct = {hashlib.sha256(d).hexdigest() for d in files.values()}
    assert stored == Counter({sha: 1 for sha in distinct})  # each document stored by one of them
    check = Store(fresh_store_url)
    try:
        _check_complete(check, folder, files)
    finally:
        check.close()


def _run_cli(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plantrace.cli.main", *args],
        cwd=REPO,
        env=_env(url),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_read_only_store_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(
        text_pdf([["Improvement plan: actions for children in care."] * 12])
    )
    (folder / "b.pdf").write_bytes(text_pdf([["Another document with a text layer."] * 12]))
    s = Store(f"sqlite:///{db}")
    ingest_file(s, folder / "a.pdf")
    before = s.counts()
    s.close()
    # SQLite's own read-only mode: as root, file permissions would not stop a write
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"

    res = _run_cli("ingest", str(folder), url=read_only)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    message = " ".join(res.stderr.split())
    assert "cannot write to the store" in message and "readonly database" in message
    assert "stopped after 1 of 2 file(s)" in message  # a.pdf: stored, no write

    listed = _run_cli("list", url=read_only)  # reading a read-only store still works
    assert listed.returncode == 0, listed.stderr
    assert before["documents"] == 1 and "a.pdf" in listed.stdout
    assert Store(f"sqlite:///{db}").counts() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_read_only_file_permissions_are_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "ro" / "store.sqlite"
    db.parent.mkdir()
    Store(f"sqlite:///{db}").close()
    (tmp_path / "a.pdf").write_bytes(
        text_pdf([["A document with a text layer, long enough."] * 12])
    )
    db.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        res = _run_cli("ingest", str(tmp_path / "a.pdf"), url=f"sqlite:///{db}")
    finally:
        db.parent.chmod(0o755)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr and "error:" in res.stderr


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (a read-only filesystem)")
def test_store_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(
        text_pdf([["A document with a text layer, long enough."] * 12])
    )
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "plantrace.cli.main",
            "ingest",
            str(tmp_path),
            "--db",
            "/proc/plantrace/x.sqlite",
        ],
        cwd=REPO,
        env=_env(""),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    assert "cannot open the store at /proc/plantrace/x.sqlite" in " ".join(res.stderr.split())


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", [["ingest", "."], ["list"], ["show", "abcdef12"]])
def test_unreachable_store_is_a_clear_error(command: list[str]) -> None:
    url = f"postgresql://plantrace@127.0.0.1:{_closed_port()}/plantrace"
    res = _run_cli(*command, url=url)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    message = " ".join(res.stderr.split())
    assert "cannot open the store at postgresql://***@127.0.0.1:" in message
    assert "Connection refused" in message


def test_a_hanging_document_times_out_and_the_run_goes_on(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plantrace.pipeline.extract as ex
    import plantrace.pipeline.ingest as ing

    hang_on = tmp_path / "hangs.pdf"
    hang_on.write_bytes(text_pdf([["Improvement plan: a page the extractor loops on."] * 12]))
    fine = tmp_path / "fine.pdf"
    fine.write_bytes(text_pdf([["An ordinary document with enough text on it."] * 12]))
    real = ex.extract_document

    def loops_on_one(doc, *profiles):  # type: ignore[no-untyped-def]
        while doc.path == str(hang_on):
            pass
        return real(doc, *profiles)

    monkeypatch.setattr(ex, "extract_document", loops_on_one)
    monkeypatch.setattr(
        ing, "extract_file", functools.partial(extract_file, limits=Limits(document_seconds=0.5))
    )
    first, second = ingest_file(store, hang_on), ingest_file(store, fine)
    assert (first.status, first.error_code) == ("error", ErrorCode.timeout.value)
    assert "PLANTRACE_DOC_SECONDS" in (first.error_message or "")
    assert (second.status, second.outcome) == ("ok", "stored")
    run = store.latest_run(first.sha256)
    assert run is not None and run.error_code == "timeout"
    # a timeout may pass on a second try: the next ingest re-runs it and replaces the failed run
    monkeypatch.setattr(ex, "extract_document", real)
    again = ingest_file(store, hang_on)
    assert (again.status, again.outcome) == ("ok", "replaced")
    assert [r.status for r in store.runs_for(first.sha256)] == ["ok"]


def test_an_extractor_crash_is_an_internal_error_and_the_run_goes_on(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plantrace.pipeline.extract as ex

    crash = tmp_path / "crash.pdf"
    crash.write_bytes(text_pdf([["A document that trips a bug in an extractor."] * 12]))
    fine = tmp_path / "fine.pdf"
    fine.write_bytes(text_pdf([["An ordinary document with enough text on it."] * 12]))
    real = ex.extract_document

    def crashes_on_one(doc, *profiles):  # type: ignore[no-untyped-def]
        if doc.path == str(crash):
            raise IndexError("list index out of range")
        return real(doc, *profiles)

    monkeypatch.setattr(ex, "extract_document", crashes_on_one)
    first, second = ingest_file(store, crash), ingest_file(store, fine)
    assert (first.status, first.error_code) == ("error", "internal")
    assert first.error_message == "internal error: IndexError: list index out of range"
    assert (second.status, second.outcome) == ("ok", "stored")
    loaded = store.load_result(first.sha256)
    assert loaded is not None and loaded.status is Status.error
    assert loaded.extractor_version == EXTRACTOR_VERSION
