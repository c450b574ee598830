"""Recurring recommendations: the same authority asked for the same thing again."""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.extractors.themes import theme_keys
from plantrace.models.grades import DocumentKind, Framework
from plantrace.models.inspection import InspectionMeta, Recommendation
from plantrace.models.results import ExtractionResult, Status
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.national import load_national
from plantrace.pipeline.recurring import Recurring
from plantrace.pipeline.store import Store
from tests import factories as f
from tests.conftest import CORPUS, corpus_or_skip


def _report(sha: str, folder: str, name: str, start: date, recs: list[str]) -> ExtractionResult:
    return ExtractionResult(
        file=f"/corpus/{folder}/children's services inspection.pdf",
        sha256=sha * 64,
        status=Status.ok,
        kind=DocumentKind.inspection_report,
        pages=12,
        extractor_version="t",
        inspection=InspectionMeta(
            local_authority=name, framework=Framework.ilacs, start_date=start
        ),
        recommendations=[
            Recommendation(id=f"r{i}", text=t, provenance=f.prov(sha * 64))
            for i, t in enumerate(recs, start=1)
        ],
    )


def test_same_ask_at_two_inspections_recurs_and_unrelated_ones_do_not(store: Store) -> None:
    store.save_result(
        _report(
            "a",
            "80426_barnsley",
            "Barnsley",
            date(2014, 6, 2),
            [
                "Improve the timeliness of return home interviews for children who go missing from home or care.",
                "Ensure that all care leavers have an up-to-date pathway plan.",
            ],
        )
    )
    store.save_result(
        _report(
            "b",
            "80426_barnsley",
            "Barnsley Metropolitan Borough Council",
            date(2018, 11, 19),
            [
                "The timeliness of return home interviews when children go missing from home or care.",
                "The quality of supervision and management oversight.",
            ],
        )
    )
    store.save_result(  # a statistical neighbour of Barnsley (Doncaster, code 371)
        _report(
            "c",
            "80462_doncaster",
            "Doncaster",
            date(2019, 1, 7),
            ["The response to children who go missing and are at risk of exploitation."],
        )
    )
    data = load_national(store)
    finder = Recurring(data, theme_keys)
    groups = finder.for_authority(data.by_authority()["80426"])
    assert len(groups) == 1
    g = groups[0]
    assert g.theme == "exploitation_missing"
    assert [(a.year, a.recommendation_id) for a in g.asks] == [("2014", "r1"), ("2018", "r1")]
    assert g.sentence() == "asked in 2014, again in 2018"
    shared = finder.shared_with_neighbours(data.lookup.by_urn["80426"])
    assert [(s.theme, s.neighbours) for s in shared] == [("exploitation_missing", ["Doncaster"])]


@pytest.mark.corpus
def test_return_home_interviews_asked_three_times_in_the_corpus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus_or_skip()
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    folder = CORPUS / "80556_south gloucestershire"
    for pdf in sorted(folder.glob("*.pdf")):
        assert ingest_file(store, pdf).status == "ok"
    data = load_national(store)
    groups = Recurring(data, theme_keys).for_authority(data.by_authority()["80556"])
    rhi = [g for g in groups if all("return home interview" in a.text.lower() for a in g.asks)]
    assert len(rhi) == 1
    assert rhi[0].theme == "exploitation_missing"
    assert rhi[0].sentence() == "asked in 2016, again in 2019 and in 2024"
