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
    assert "4 due 0.95" in m["labels"] and "6 rag" in m["labels"]  # a narrow column: no score
    assert errors == []


LAYOUT = """(() => {
  const boxes = [...document.querySelectorAll('svg g.label text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
  });
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5
          && b.top < a.bottom - 0.5) overlaps.push([a.text, b.text]);
    }
  const cells = [...document.querySelectorAll('table.cols tbody tr')];
  return {
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    labels: boxes.map(b => b.text),
    overlaps: overlaps,
    evidence: cells.map(r => r.querySelector('td.e').textContent),
    // the narrowest block a column's row of the evidence table gets: squeezed columns break
    // words mid-way, as the phone view did before each column became a block of its own
    narrowestHeader: Math.min(...cells.map(r => r.querySelector('td.h').getBoundingClientRect().width)),
    rowWidth: Math.min(...cells.map(r => r.getBoundingClientRect().width)),
  };
})()"""


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian chromium not installed")
@pytest.mark.parametrize("width", [1400, 390])
def test_matrix_columns_are_labelled_without_overlap_and_explained_once(
    tmp_path: Path, width: int
) -> None:
    """A responsibility matrix: four narrow columns of one reason. Their labels over the page
    lose their score (and, narrower still, their role) rather than print over each other, the evidence table gives the
    matrix reason once and names it for the other three, and on a phone each column reads as a
    block of its own instead of five squeezed table columns."""
    from tests.chromium import Chromium
    from tests.test_plan_matrix import _raci

    plan = tmp_path / "raci.pdf"
    plan.write_bytes(_raci())
    out = tmp_path / "tables.html"
    result = CliRunner().invoke(app, ["tables", str(plan), "--html", str(out)])
    assert result.exit_code == 0, result.output
    with Chromium(tmp_path / "profile") as browser:
        browser.open(out.as_uri(), width)
        m = browser.eval(LAYOUT)
        errors = list(browser.errors)
    assert m["scroll"] <= m["viewport"] == width
    assert m["overlaps"] == []
    assert m["labels"] == ["1 ref 0.95", "2 action 0.85", "3 matrix", "4 matrix", "5 matrix",
                           "6 matrix", "7 due 0.95", "8 rag 0.95"]  # fmt: skip
    assert m["evidence"][2].startswith("header 'Head of Service, Front Door' over cells of single")
    assert m["evidence"][3:6] == ["as column 3"] * 3
    if width == 390:
        assert m["rowWidth"] > 300  # a block as wide as the screen, not a squeezed column
    assert errors == []
