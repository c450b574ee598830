"""The national_refresh flow against a real (temporary) Prefect API, and its place in serve."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from plantrace.pipeline.store import Store
from tests import factories as f
from tests.pdfs import REPORT_PAGE, text_pdf, write


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    storage = tmp_path_factory.mktemp("prefect-results")
    with (
        prefect_test_harness(server_startup_timeout=180),
        temporary_settings(updates={PREFECT_LOCAL_STORAGE_PATH: storage}),
    ):
        yield


def _artifact(key: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key]))
        )
    assert found, f"no artifact {key!r}"
    return str(max(found, key=lambda a: str(a.created)).data)


@pytest.mark.slow
def test_national_refresh_ingests_exports_builds_and_says_what_changed(
    prefect_api: None, tmp_path: Path
) -> None:
    from plantrace.flows.national import national_refresh

    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    store = Store(db)
    store.save_result(f.report())
    inbox, out = tmp_path / "inbox", tmp_path / "national"
    first = national_refresh(db_url=db, inbox=str(inbox), out=str(out), formats=["csv"])
    assert first["rows"]["inspections"] == 1
    assert (out / "export" / "csv" / "history.csv").exists()
    assert (out / "site" / "index.html").exists()
    assert "First refresh into this folder" in _artifact("national-refresh")

    write(inbox / "report.pdf", text_pdf([REPORT_PAGE, ["Recommendations", "1. Do."]]))
    second = national_refresh(db_url=db, inbox=str(inbox), out=str(out), formats=["csv", "jsonl"])
    assert second["rows"]["inspections"] == 2 and len(second["new_inspections"]) == 1
    text = _artifact("national-refresh")
    assert "1 new, 0 no longer in the store" in text and "| inspections | 2 | +1 |" in text
    summary = json.loads((out / "national-summary.json").read_text())
    assert set(summary["inspections"]) == {f.REPORT_SHA, second["new_inspections"][0]}
    assert (out / "export" / "jsonl" / "recommendations.jsonl").exists()


def test_serve_schedules_the_national_refresh_after_the_reprocess(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plantrace.flows.national import NATIONAL_DEPLOYMENT
    from plantrace.flows.serve import ServeConfig, build_deployments

    monkeypatch.setenv("PLANTRACE_NATIONAL_DIR", str(tmp_path / "nat"))
    deployments = build_deployments(ServeConfig(db_url="sqlite:///x.sqlite", inbox=tmp_path / "in"))
    national = next(d for d in deployments if d.name == NATIONAL_DEPLOYMENT)
    assert national.parameters == {
        "db_url": "sqlite:///x.sqlite",
        "inbox": str((tmp_path / "in").resolve()),
        "out": str((tmp_path / "nat").resolve()),
    }
    assert national.schedules[0].schedule.cron == "0 4 * * *"
