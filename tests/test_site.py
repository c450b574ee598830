"""`plantrace site`: the static national site, checked in a real headless Chromium."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.national import load_national
from plantrace.pipeline.site import build_site
from plantrace.pipeline.site.model import grades_by_year, themes_by_year
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import relink, set_pair
from tests import factories as f
from tests.conftest import CORPUS, corpus_or_skip

# Barnsley (three reports) and two of its statistical neighbours, Doncaster and Calderdale
FOLDERS = ["80426_barnsley", "80462_doncaster", "80444_calderdale"]
needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Debian package chromium not installed"
)


def _fill(store: Store, corpus: bool) -> None:
    report, plan = f.report(), f.plan()
    report.recommendations[0].text = "<script>alert(1)</script> Ensure supervision is recorded."
    store.save_result(report)  # Northwold: no such authority, so the site must say so
    store.save_result(plan)
    set_pair(store, plan.sha256, report.sha256)
    relink(store, report.sha256, plan.sha256)
    if corpus:
        for folder in FOLDERS:
            for pdf in sorted((CORPUS / folder).glob("*.pdf")):
                assert ingest_file(store, pdf).status == "ok"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus_or_skip()
    root = tmp_path_factory.mktemp("site")
    store = Store(f"sqlite:///{root / 'store.sqlite'}")
    _fill(store, corpus=True)
    build_site(store, root / "out")
    return root / "out"


def test_site_pages_links_and_escaping(store: Store, tmp_path: Path) -> None:
    _fill(store, corpus=False)
    result = build_site(store, tmp_path)
    index = (tmp_path / "index.html").read_text()
    page = (tmp_path / "authority" / "unmatched-northwold-county-council.html").read_text()
    assert result.warnings == ["no authority in la_lookup.csv for northwold-report.pdf"]
    assert "no authority in la_lookup.csv for northwold-report.pdf" in index
    assert "could not be joined to the authority table" in page
    assert (
        "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    )
    cov = result.coverage_pages
    assert [p.name for p in cov] == [f"coverage-{f.PLAN_SHA[:12]}.html"]
    assert f'href="../coverage/{cov[0].name}"' in page
    assert "http://" not in index.replace("http://www.w3.org/2000/svg", "")  # nothing fetched
    assert "<script src" not in index and "<link" not in index


@pytest.mark.corpus
def test_site_figures_come_from_the_store(site: Path, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{site.parent / 'store.sqlite'}")
    data = load_national(store)
    grades = grades_by_year(data)
    barnsley_2014 = next(b for b in grades["bars"] if b["label"] == "2014")
    # Barnsley 2014 (SIF, requires improvement) is the only 2014 report of the three authorities
    assert barnsley_2014["framework"] == "SIF"
    assert barnsley_2014["segments"] == [("requires_improvement", 1)]
    themes = themes_by_year(data, {"exploitation_missing": "Exploitation and missing children"})
    assert sum(themes["per_year"]) == sum(len(r.result.recommendations) for r in data.inspections)
    page = (site / "authority" / "80426-barnsley.html").read_text()
    assert "Private fostering: asked in 2018, again in 2023" in page
    calderdale = (site / "authority" / "80444-calderdale.html").read_text()
    assert "Homeless 16- and 17-year-olds: asked in 2015, again in 2018 and in 2024" in calderdale
    assert 'href="80462-doncaster.html"' in page  # a neighbour with reports links to its page
    assert "Requires improvement" in page and "Jansy Kelly" in page


@needs_chromium
@pytest.mark.corpus
@pytest.mark.parametrize("width", [1400, 390])
def test_every_page_renders_without_errors_or_sideways_scroll(site: Path, width: int) -> None:
    from tests.chromium import Chromium

    pages = [site / "index.html", *sorted((site / "authority").glob("*.html"))]
    pages += sorted((site / "coverage").glob("*.html"))
    assert len(pages) == 1 + len(FOLDERS) + 1 + 1  # index, authorities, Northwold, its coverage
    with Chromium(site.parent / f"profile-{width}") as browser:
        for page in pages:
            browser.open(page.as_uri(), width)
            assert browser.errors == [], (page.name, browser.errors)
            scroll = browser.eval("document.documentElement.scrollWidth")
            assert scroll <= width, (page.name, scroll)
            assert browser.eval("document.querySelectorAll('svg[role=img] title').length") >= (
                1 if page.parent.name != "coverage" and "northwold" not in page.name else 0
            )


@needs_chromium
@pytest.mark.corpus
def test_authority_table_filters_and_sorts(site: Path) -> None:
    from tests.chromium import Chromium

    visible = "Array.from(document.querySelectorAll('#las tbody tr')).filter(r => !r.hidden)"
    names = f"{visible}.map(r => r.querySelector('th').textContent.trim())"
    with Chromium(site.parent / "profile-filter") as browser:
        browser.open((site / "index.html").as_uri(), 1400)
        assert browser.eval(f"{visible}.length") == 4
        browser.eval(
            "const q = document.getElementById('q'); q.value = 'barn';"
            "q.dispatchEvent(new Event('input'))"
        )
        assert browser.eval(names) == ["Barnsley"]
        assert browser.eval("document.getElementById('shown').textContent") == (
            "1 of 4 authorities shown."
        )
        browser.eval(
            "q.value = ''; q.dispatchEvent(new Event('input'));"
            "const r = document.getElementById('region'); r.value = 'Yorkshire and the Humber';"
            "r.dispatchEvent(new Event('change'))"
        )
        assert browser.eval(names) == ["Barnsley", "Calderdale", "Doncaster"]
        browser.eval(
            "r.value = ''; r.dispatchEvent(new Event('change'));"
            "document.querySelector('button[data-key=n]').click();"
            "document.querySelector('button[data-key=n]').click()"
        )
        counts = browser.eval(f"{visible}.map(r => Number(r.dataset.n))")
        assert counts == [4, 3, 3, 1]  # Doncaster's four reports first, Northwold's one last
        assert browser.eval(names)[0] == "Doncaster"
        assert browser.eval("document.querySelector('th[aria-sort]').textContent.trim()") == (
            "Reports"
        )
        charts = "Array.from(document.querySelectorAll('.grade-chart')).filter(s => !s.hidden)"
        assert browser.eval(f"{charts}.map(s => s.id)") == ["chart-overall_effectiveness"]
        browser.eval(
            "const a = document.getElementById('area'); a.value = 'help_and_protection';"
            "a.dispatchEvent(new Event('change'))"
        )
        assert browser.eval(f"{charts}.map(s => s.id)") == ["chart-help_and_protection"]
        assert browser.errors == []


def test_cli_site_json(store: Store, tmp_path: Path) -> None:
    store.save_result(f.report())
    res = CliRunner().invoke(app, ["site", "--db", store.url, "--out", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["pages"] == 2 and summary["coverage_pages"] == 0
    assert summary["warnings"] == ["no authority in la_lookup.csv for northwold-report.pdf"]


@pytest.mark.corpus
def test_year_axis_runs_in_time_order_where_two_frameworks_share_a_year(
    store: Store, tmp_path: Path
) -> None:
    """2018 had SIF's last inspections (Darlington, from 27 Feb) and ILACS's first (Oxfordshire,
    from 16 Apr): SIF's bar comes first, not ILACS's because 'ilacs' sorts before 'sif'."""
    corpus = corpus_or_skip()
    for folder, name in (
        ("80462_doncaster", "19 january 2018"),  # SIF, inspected from 9 November 2017
        ("80536_oxfordshire", "22 may 2018"),
        ("80458_darlington", "21 may 2018"),
    ):
        pdf = corpus / folder / f"children's services inspection - {name}.pdf"
        assert ingest_file(store, pdf).status == "ok"
    data = load_national(store)
    starts = sorted((str(r.start_date), r.framework, r.name) for r in data.inspections)
    assert starts == [
        ("2017-11-09", "sif", "Doncaster"),
        ("2018-02-27", "sif", "Darlington"),
        ("2018-04-16", "ilacs", "Oxfordshire"),
    ]
    bars = grades_by_year(data)["bars"]  # overall effectiveness, as each report prints it
    assert [(b["label"], b["framework"], b["segments"]) for b in bars] == [
        ("2017", "SIF", [("good", 1)]),  # Doncaster
        ("2018", "SIF", [("requires_improvement", 1)]),  # Darlington
        ("2018", "ILACS", [("good", 1)]),  # Oxfordshire
    ]
    build_site(store, tmp_path)
    index = (tmp_path / "index.html").read_text()
    assert (
        0
        < index.index('<th scope="row">2018</th><td>SIF</td>')
        < index.index('<th scope="row">2018</th><td>ILACS</td>')
    )
