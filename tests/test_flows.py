"""The Prefect flows against a real (temporary) Prefect API: ingest, reprocess, coverage.

The store comparisons are exact: a 2-worker Dask run and the flow against PostgreSQL must store
the same documents, runs, items and sources as the plain sequential ingest on SQLite.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.store import Store, documents, items, runs, sources
from tests.conftest import SAMPLES
from tests.pdfs import REPORT_PAGE, text_pdf, write


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One temporary Prefect server for the module; task results (the cache) in a temp folder."""
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    storage = tmp_path_factory.mktemp("prefect-results")
    with (
        prefect_test_harness(server_startup_timeout=180),
        temporary_settings(updates={PREFECT_LOCAL_STORAGE_PATH: storage}),
    ):
        yield


def _files(tmp_path: Path) -> list[Path]:
    """The sample PDFs when present, else generated ones, plus two bad files."""
    found = sorted(SAMPLES.glob("reports/*.pdf")) + sorted(SAMPLES.glob("plans/*.pdf"))
    if not found:
        found = [
            write(tmp_path / "report.pdf", text_pdf([REPORT_PAGE, ["Recommendations", "1. Do."]])),
            write(tmp_path / "other.pdf", text_pdf([["Minutes of a meeting", "Nothing else"]])),
        ]
    bad = [
        write(tmp_path / "not-a-pdf.pdf", b"<html>an error page saved as .pdf</html>"),
        write(tmp_path / "empty.pdf", b""),
    ]
    return [p.resolve() for p in [*found, *bad]]


def snapshot(store: Store) -> dict[str, list[str]]:
    """Everything the store holds about documents, independent of ids and timestamps."""
    with store.connect() as conn:
        run_sha = {r.id: r.sha256 for r in conn.execute(select(runs.c.id, runs.c.sha256))}
        return {
            "documents": sorted(
                repr((r.sha256, r.kind, r.pages, r.size_bytes))
                for r in conn.execute(select(documents))
            ),
            "runs": sorted(
                repr(
                    (r.sha256, r.extractor_version, r.status, r.error_code, r.kind, r.pages, r.file)
                )
                for r in conn.execute(select(runs))
            ),
            "items": sorted(
                repr(
                    (
                        run_sha[r.run_id],
                        r.kind,
                        r.item_id,
                        r.ordinal,
                        r.page,
                        r.text,
                        json.dumps(r.data, sort_keys=True),
                    )
                )
                for r in conn.execute(select(items))
            ),
            "sources": sorted(repr((r.sha256, r.path)) for r in conn.execute(select(sources))),
        }


def sequential_snapshot(files: list[Path], tmp_path: Path) -> dict[str, list[str]]:
    """The reference: the CLI's plain loop (no Prefect) on SQLite."""
    ref = Store(f"sqlite:///{tmp_path / 'reference.sqlite'}")
    try:
        for f in files:
            ingest_file(ref, f)
        return snapshot(ref)
    finally:
        ref.close()


def latest_artifact(key: str) -> Any:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key]))
        )
    assert found, f"no artifact {key!r}"
    return max(found, key=lambda a: str(a.created))


def bump_extractor_version(monkeypatch: pytest.MonkeyPatch, new: str) -> None:
    """EXTRACTOR_VERSION is imported by name in several modules: patch it everywhere."""
    for name, module in list(sys.modules.items()):
        if name.startswith("plantrace.") and isinstance(
            getattr(module, "EXTRACTOR_VERSION", None), str
        ):
            monkeypatch.setattr(module, "EXTRACTOR_VERSION", new)


@pytest.mark.slow
def test_two_dask_workers_store_exactly_what_sequential_ingest_stores(
    prefect_api: None, store: Store, tmp_path: Path
) -> None:
    """Parallel on Dask processes, on SQLite and on PostgreSQL: the same store contents."""
    from plantrace.flows.ingest import ingest_flow

    files = _files(tmp_path)
    expected = sequential_snapshot(files, tmp_path)
    outcomes = ingest_flow([str(f) for f in files], db_url=store.url, workers=2)
    assert [o.file for o in outcomes] == [str(f) for f in files]  # one each, input order
    assert snapshot(store) == expected
    bad = {Path(o.file).name: o for o in outcomes if o.status != "ok"}
    assert bad["not-a-pdf.pdf"].error_code == "not_pdf"
    assert bad["empty.pdf"].error_code == "empty"


def test_ingest_flow_caches_skips_and_survives_bad_documents(
    prefect_api: None, tmp_path: Path
) -> None:
    from plantrace.flows.ingest import ingest, ingest_flow

    files = _files(tmp_path)
    missing = tmp_path / "gone.pdf"
    paths = [str(f) for f in files] + [str(missing)]
    store = Store(f"sqlite:///{tmp_path / 'a.sqlite'}")
    state = ingest(paths, db_url=store.url, return_state=True)
    assert state.is_completed()  # bad and missing files never fail the flow
    first = state.result()
    assert {o.outcome for o in first[:-3]} == {"stored"}
    assert (first[-1].outcome, first[-1].error_code) == ("not_stored", "not_found")
    before = snapshot(store)

    again = ingest_flow(paths, db_url=store.url)
    # cached on file hash + version: nothing new stored, every good file reported unchanged
    assert {o.outcome for o in again[:-3]} == {"unchanged"}
    assert snapshot(store) == before

    # a different store (a re-created database) is never served from that cache
    other = Store(f"sqlite:///{tmp_path / 'b.sqlite'}")
    fresh = ingest_flow(paths, db_url=other.url)
    assert {o.outcome for o in fresh[:-3]} == {"stored"}
    assert snapshot(other) == before

    table = latest_artifact("ingest-summary")
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert len(rows) == len(paths) and {r["file"] for r in rows} >= {"not-a-pdf.pdf"}


def test_reingest_skips_on_file_hash_and_extractor_version(
    prefect_api: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is skipped (not extracted again) is decided by the file's sha256 + extractor
    version in this store, never by its path (another store: the test above)."""
    import plantrace.flows.ingest as flows_ingest
    from plantrace.flows.ingest import ingest_flow

    real_extract = flows_ingest.extract_file
    extracted: list[str] = []

    def counting(path: Any, **kwargs: Any) -> Any:  # kwargs: the layout profile(s)
        extracted.append(Path(path).name)
        return real_extract(path, **kwargs)

    monkeypatch.setattr(flows_ingest, "extract_file", counting)
    pdf = write(tmp_path / "a.pdf", text_pdf([REPORT_PAGE]))
    store = Store(f"sqlite:///{tmp_path / 'k.sqlite'}")
    [first] = ingest_flow([str(pdf)], db_url=store.url)
    assert (first.outcome, extracted) == ("stored", ["a.pdf"])

    extracted.clear()  # same bytes, same version: not extracted, whatever the path
    copy = write(tmp_path / "copy.pdf", pdf.read_bytes())
    again = ingest_flow([str(pdf), str(copy)], db_url=store.url)
    assert [o.outcome for o in again] == ["unchanged", "unchanged"] and extracted == []
    assert sorted(Path(p).name for p in store.source_paths(first.sha256)) == ["a.pdf", "copy.pdf"]

    # retry_failed re-extracts even what is stored ok; the store keeps one run
    [retried] = ingest_flow([str(pdf)], db_url=store.url, retry_failed=True)
    assert (retried.outcome, extracted) == ("unchanged", ["a.pdf"])

    extracted.clear()  # new bytes: a new document
    pdf.write_bytes(text_pdf([REPORT_PAGE, ["one more page"]]))
    [changed] = ingest_flow([str(pdf)], db_url=store.url)
    assert (changed.outcome, extracted) == ("stored", ["a.pdf"]) and changed.sha256 != first.sha256

    extracted.clear()  # a new extractor version: a new run of the same bytes, beside the old
    bump_extractor_version(monkeypatch, "99.0.0")
    [bumped] = ingest_flow([str(pdf)], db_url=store.url)
    assert (bumped.outcome, extracted) == ("stored", ["a.pdf"])
    assert [r.extractor_version for r in store.runs_for(bumped.sha256)][-1] == "99.0.0"


def test_store_write_is_retried_on_transient_errors_only(
    prefect_api: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from plantrace.flows.ingest import ingest_flow

    pdf = write(tmp_path / "r.pdf", text_pdf([REPORT_PAGE]))
    real_save = Store.save_result
    calls: list[str] = []

    def flaky(self: Store, *args: Any, **kwargs: Any) -> Any:
        calls.append("save")
        if len(calls) == 1:
            raise OperationalError("INSERT INTO runs", {}, Exception("database is locked"))
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Store, "save_result", flaky)
    store = Store(f"sqlite:///{tmp_path / 'r.sqlite'}")
    [outcome] = ingest_flow([str(pdf)], db_url=store.url)
    assert outcome.outcome == "stored" and len(calls) == 2
    assert store.counts()["runs"] == 1

    def broken(self: Store, *args: Any, **kwargs: Any) -> Any:
        calls.append("bug")
        raise ValueError("a bug of ours, the same every time")

    monkeypatch.setattr(Store, "save_result", broken)
    calls.clear()
    other = write(tmp_path / "o.pdf", text_pdf([REPORT_PAGE, ["another"]]))
    [failed] = ingest_flow([str(other)], db_url=store.url)
    assert calls == ["bug"]  # not retried
    assert (failed.status, failed.outcome, failed.error_code) == (
        "error",
        "not_stored",
        "task_failed",
    )


def test_reprocess_reruns_stale_documents_keeps_history_and_reports_changes(
    prefect_api: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plantrace.extractors.version as extractors_version
    import plantrace.pipeline.extract as pipeline_extract
    from plantrace.flows.reprocess import reprocess_flow
    from plantrace.pipeline.decisions import add_link
    from plantrace.pipeline.traceability import load_links

    files = sorted(SAMPLES.glob("reports/*.pdf")) + sorted(SAMPLES.glob("plans/*.pdf"))
    if not files:
        pytest.skip("samples/ PDFs not built (make samples)")
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    outcomes = [ingest_file(store, f) for f in files]
    old_version = extractors_version.EXTRACTOR_VERSION
    report = next(o for o in outcomes if o.kind == "inspection_report" and o.recommendations)
    plan = next(o for o in outcomes if o.kind == "improvement_plan" and o.actions)
    link_id = add_link(store, report.sha256, plan.sha256, "r1", "action", "a1", "Ann")

    # a new extractor version that reads the first recommendation of every report differently
    bump_extractor_version(monkeypatch, "99.0.0")
    real = pipeline_extract.extract_inspection

    def reworded(doc: Any) -> Any:
        found = real(doc)
        if found.recommendations:
            first = found.recommendations[0]
            found.recommendations[0] = first.model_copy(update={"text": "Reworded: " + first.text})
        return found

    monkeypatch.setattr(pipeline_extract, "extract_inspection", reworded)
    diffs = reprocess_flow(db_url=store.url)
    assert sorted(d.sha256 for d in diffs) == sorted(o.sha256 for o in outcomes)
    by_sha = {d.sha256: d for d in diffs}
    changed = by_sha[report.sha256]
    assert (changed.old_version, changed.new_version) == (old_version, "99.0.0")
    assert [(c.kind, c.item_id, c.change.value) for c in changed.changes] == [
        ("recommendation", "r1", "changed")
    ]
    assert changed.suspect_links == 1
    [link] = [s for s in load_links(store, report.sha256, plan.sha256) if s.id == link_id]
    assert link.link.state.value == "suspect"
    assert by_sha[plan.sha256].changes == []  # plans read the same
    # history kept: the old run beside the new one
    assert [r.extractor_version for r in store.runs_for(report.sha256)] == [old_version, "99.0.0"]
    md = latest_artifact("reprocess-changes").data
    assert "Reworded:" in md and report.sha256[:12] in md

    assert reprocess_flow(db_url=store.url) == []  # nothing stale any more


def test_coverage_flow_writes_files_and_publishes_artifacts(
    prefect_api: None, tmp_path: Path
) -> None:
    from plantrace.flows.coverage import artifact_key, coverage_report

    files = sorted(SAMPLES.glob("reports/*.pdf")) + sorted(SAMPLES.glob("plans/*.pdf"))
    if not files:
        pytest.skip("samples/ PDFs not built (make samples)")
    store = Store(f"sqlite:///{tmp_path / 'c.sqlite'}")
    for f in files:
        ingest_file(store, f)
    out = tmp_path / "coverage"
    results = coverage_report(db_url=store.url, formats=["md", "csv"], out_dir=str(out))
    done = [r for r in results if r.error is None]
    assert done, [r.error for r in results]
    for r in done:
        assert r.report_sha256 and {Path(f).suffix for f in r.files} == {".md", ".csv"}
        assert all(Path(f).is_file() for f in r.files)
        assert "recommendations" in r.summary
    first = done[0]
    assert latest_artifact(artifact_key(first.plan_sha256, "report")).data.startswith("# Coverage")
    summary = latest_artifact("coverage-summary")
    rows = json.loads(summary.data) if isinstance(summary.data, str) else summary.data
    assert len(rows) == len(results)
