"""The `plantrace tables --html` page in a real headless Chromium (Debian package) at 1400 and
390 px: the page image loads, the tables and roles are drawn over it, nothing scrolls sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from plantrace.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "samples" / "failclass" / "hrules-serif.pdf"

MEASURE = """(() => {
  const img = document.querySelector('.page img');
  const svg = document.querySelector('.page svg');
  return {
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    images: document.querySelectorAll('.page img').length,
    loaded: img.complete && img.naturalWidth > 0,
    imgWidth: img.getBoundingClientRect().width,
    svgWidth: svg.getBoundingClientRect().width,
    tables: document.querySelectorAll('rect.table').length,
    cells: document.querySelectorAll('rect.cell').length,
    labels: [...document.querySelectorAll('svg text')].map(t => t.textContent),
  };
})()"""


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian chromium not installed")
@pytest.mark.parametrize("width", [1400, 390])
def test_tables_page_reads_in_chromium(tmp_path: Path, width: int) -> None:
    from tests.chromium import Chromium

    out = tmp_path / "tables.html"
    result = CliRunner().invoke(app, ["tables", str(PLAN), "--html", str(out)])
    assert result.exit_code == 0, result.output
    with Chromium(tmp_path / "profile") as browser:
        browser.open(out.as_uri(), width)
        m = browser.eval(MEASURE)
        errors = list(browser.errors)
    assert m["scroll"] <= m["viewport"] == width  # no sideways scrolling
    assert m["images"] == 2 and m["loaded"]  # both pages with tables, rendered
    assert abs(m["imgWidth"] - m["svgWidth"]) <= 1  # the drawing lies exactly over the image
    assert m["tables"] == 4  # three theme tables, the last broken over two pages
    assert m["cells"] > 40
    assert "due 0.95" in m["labels"] and "rag 0.95" in m["labels"]
    assert errors == []
