"""The HTML coverage report in a real headless Chromium (Debian package) at 1400 and 390 px.

Rendered from the sample PDFs with their evidence crops: no sideways scrolling at either width,
no chart label cut at the chart's edge, every crop shown at its own size with body text at least
11 CSS px, an action split by a page break marked 'continues on p. N', tables as cards on a phone,
no console error.
Set PLANTRACE_COVERAGE_SHOTS to a folder to keep screenshots (every <details> opened).
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from plantrace.pipeline.coverage import coverage_for
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.render import render
from plantrace.pipeline.store import Store
from tests.conftest import SAMPLES

pytestmark = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Debian package chromium not installed"
)

REPORT = SAMPLES / "reports" / "northwold-inspection-2016.pdf"
PLAN = SAMPLES / "heldout" / "northwold-improvement-plan-refresh-2017.pdf"
EASTMERE_REPORT = SAMPLES / "reports" / "eastmere-inspection-2024.pdf"
EASTMERE_PLAN = SAMPLES / "plans" / "eastmere-improvement-plan-2024.pdf"

MEASURE = """(() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const imgs = [...document.querySelectorAll('details.evidence img')];
  return {
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    crops: imgs.map(i => ({
      shown: i.clientWidth, width: +i.getAttribute('width'), natural: i.naturalWidth,
      px: parseFloat(i.dataset.textPx), complete: i.complete,
    })),
    continues: [...document.querySelectorAll('.continues')].map(p => p.innerText),
    tiles: document.querySelectorAll('#covered-tile').length,
    cellDisplay: getComputedStyle(document.querySelector('table.cards td')).display,
    headDisplay: getComputedStyle(document.querySelector('table.cards thead')).display,
    partnership: document.querySelectorAll('#partnership section.rec').length,
    clipped: [...document.querySelectorAll('.chart svg text')].filter(t => {
      const b = t.getBoundingClientRect(), s = t.ownerSVGElement.getBoundingClientRect();
      return b.left < s.left - 0.5 || b.right > s.right + 0.5;
    }).map(t => t.textContent),
    chartWidths: [...document.querySelectorAll('.chart svg')].map(s => s.viewBox.baseVal.width),
  };
})()"""


def _coverage_page(folder: Path, report: Path, plan: Path, as_of: date) -> Path:
    store = Store(f"sqlite:///{folder / 'store.sqlite'}")
    try:
        outcomes = [ingest_file(store, pdf) for pdf in (report, plan)]
        assert [o.status for o in outcomes] == ["ok", "ok"]
        cov = coverage_for(store, outcomes[0].sha256, outcomes[1].sha256, as_of=as_of)
        html = folder / "coverage.html"
        html.write_bytes(render(cov, "html", store=store))
    finally:
        store.close()
    return html


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _coverage_page(tmp_path_factory.mktemp("browser"), REPORT, PLAN, date(2017, 3, 31))


@pytest.mark.parametrize("width", [1400, 390])
def test_coverage_report_reads_in_chromium(page: Path, width: int, tmp_path: Path) -> None:
    from tests.chromium import Chromium

    with Chromium(tmp_path / "profile") as browser:
        browser.open(page.as_uri(), width)
        m = browser.eval(MEASURE)
        shots = os.environ.get("PLANTRACE_COVERAGE_SHOTS")
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            browser.screenshot(Path(shots) / f"coverage-{width}.png")
        errors = list(browser.errors)
    assert m["scroll"] <= m["viewport"] == width, m["scroll"]  # no sideways scrolling
    crops = m["crops"]
    assert len(crops) > 20  # every recommendation and action has its crop
    for c in crops:
        assert c["complete"] and c["natural"] > 0
        assert abs(c["shown"] - c["width"]) <= 1, c  # shown at its own size, never squeezed
        assert c["px"] >= 11, c  # so body text is at least 11 CSS px on screen
        assert c["natural"] >= 1.4 * c["width"]  # and sharp (1.5 image pixels per CSS px)
    # action 1.1 runs from page 1 onto page 2 of the refreshed plan
    assert "continues on p. 2" in m["continues"]
    assert m["tiles"] == 1
    assert m["clipped"] == [], m["chartWidths"]  # every label and axis title inside its chart
    assert m["partnership"] == 3  # the LSCB's recommendations, apart
    if width == 390:
        assert m["cellDisplay"] == "block" and m["headDisplay"] == "none"  # cards
    else:
        assert m["cellDisplay"] == "table-cell"
    assert errors == []


@pytest.mark.parametrize("width", [1400, 390])
def test_a_short_chart_keeps_its_axis_title(tmp_path: Path, width: int) -> None:
    """Six recommendations make a narrow chart: its x-axis title must still fit inside it."""
    from tests.chromium import Chromium

    html = _coverage_page(tmp_path, EASTMERE_REPORT, EASTMERE_PLAN, date(2024, 12, 31))
    with Chromium(tmp_path / "profile") as browser:
        browser.open(html.as_uri(), width)
        m = browser.eval(MEASURE)
    assert len(m["chartWidths"]) == 2
    assert m["clipped"] == [], m["chartWidths"]
    assert m["scroll"] <= width
