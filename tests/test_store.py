"""The store against SQLite and PostgreSQL: no-op re-ingest, versions kept, one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.models.grades import DocumentKind
from plantrace.models.inspection import Recommendation
from plantrace.models.provenance import Provenance
from plantrace.models.results import ErrorCode, ExtractionError, ExtractionResult, Status
from plantrace.pipeline.store import SaveOutcome, Store


def _result(sha: str = "a" * 64, version: str = "1.0", recs: int = 2) -> ExtractionResult:
    prov = Provenance(
        sha256=sha, page=3, bbox=(1, 2, 3, 4), extractor="test", extractor_version=version
    )
    return ExtractionResult(
        file="x.pdf",
        sha256=sha,
        status=Status.ok,
        kind=DocumentKind.inspection_report,
        pages=5,
        extractor_version=version,
        recommendations=[
            Recommendation(
                id=f"r{i}",
                number=str(i),
                text=f"Ensure <b>'{i}'; DROP TABLE runs;--",
                provenance=prov,
            )
            for i in range(1, recs + 1)
        ],
    )


def test_same_version_is_noop_and_new_version_adds_a_run(store: Store) -> None:
    assert store.save_result(_result()) is SaveOutcome.stored
    assert store.save_result(_result()) is SaveOutcome.unchanged
    assert store.save_result(_result(version="2.0", recs=3)) is SaveOutcome.stored
    runs = store.runs_for("a" * 64)
    assert [r.extractor_version for r in runs] == ["1.0", "2.0"]
    latest = store.load_result("a" * 64)
    assert latest is not None and len(latest.recommendations) == 3
    old = store.load_result("a" * 64, "1.0")
    assert old is not None and len(old.recommendations) == 2
    assert store.counts()["documents"] == 1


def test_untrusted_text_is_stored_verbatim(store: Store) -> None:
    store.save_result(_result())
    loaded = store.load_result("a" * 64)
    assert loaded is not None
    assert loaded.recommendations[0].text == "Ensure <b>'1'; DROP TABLE runs;--"
    assert loaded.recommendations[0].provenance.bbox == (1, 2, 3, 4)


def test_failed_run_then_retry(store: Store) -> None:
    failed = ExtractionResult(
        file="x.pdf",
        sha256="b" * 64,
        status=Status.error,
        extractor_version="1.0",
        error=ExtractionError(code=ErrorCode.timeout, message="slow"),
    )
    assert store.save_result(failed) is SaveOutcome.stored
    assert store.stale("1.0") == ["b" * 64]
    # a timeout may pass on a second try, so the same version is re-run
    assert store.save_result(_result(sha="b" * 64, version="1.0")) is SaveOutcome.replaced
    assert store.stale("1.0") == []


def test_deterministic_error_is_not_rerun(store: Store) -> None:
    bad = ExtractionResult(
        file="x.pdf",
        sha256="c" * 64,
        status=Status.error,
        extractor_version="1.0",
        error=ExtractionError(code=ErrorCode.not_pdf, message="html"),
    )
    assert store.save_result(bad) is SaveOutcome.stored
    assert store.save_result(bad) is SaveOutcome.unchanged


def test_a_failing_document_write_leaves_nothing_half_written(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plantrace.pipeline.store as st

    def boom(run_id: int, result: ExtractionResult):  # type: ignore[no-untyped-def]
        yield from st.__dict__["_orig_item_rows"](run_id, result)
        raise RuntimeError("disk full")

    monkeypatch.setitem(st.__dict__, "_orig_item_rows", st._item_rows)
    monkeypatch.setattr(st, "_item_rows", boom)
    with pytest.raises(RuntimeError):
        store.save_result(_result(sha="d" * 64))
    assert store.runs_for("d" * 64) == []
    assert store.counts()["items"] == 0


def test_two_sources_one_document(store: Store) -> None:
    store.save_result(_result())
    store.record_source("a" * 64, "copy/of/x.pdf")
    assert store.source_paths("a" * 64) == ["x.pdf", "copy/of/x.pdf"]
    assert store.resolve("aaaaaaaa") == "a" * 64
    assert store.resolve("copy/of/x.pdf") == "a" * 64


def test_unreachable_store_is_a_clear_error(tmp_path: Path) -> None:
    from plantrace.pipeline.store import StoreError

    with pytest.raises(StoreError, match="cannot open the store"):
        Store("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path}/missing/dir/x.sqlite")


def test_warnings_are_stored_in_order_and_reach_the_contract(store: Store) -> None:
    """A warning is part of the result: it survives the store and reaches `extract`'s JSON."""
    from plantrace.models.results import ExtractionWarning

    result = _result()
    result.warnings = [
        ExtractionWarning(code="no_actions", message="tables found but no action", page=4),
        ExtractionWarning(code="dates_unread", message="due dates could not be read"),
    ]
    store.save_result(result)
    loaded = store.load_result("a" * 64)
    assert loaded is not None
    assert [(w.code, w.page) for w in loaded.warnings] == [
        ("no_actions", 4),
        ("dates_unread", None),
    ]
    assert loaded.to_contract()["warnings"][0] == {
        "code": "no_actions",
        "message": "tables found but no action",
        "page": 4,
    }
    assert len(loaded.recommendations) == 2  # warnings are not mistaken for records
