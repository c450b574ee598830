"""The table inspector shows what was READ: each column's role with where it came from, and,
where the columns as read are not the physical grid's, the read columns' own cells.

A status column told by its inks alone ('Account': words no vocabulary reads, each printed in
its colour) was placed by extract_plan after the layout the inspector showed was read, so
`plantrace tables` printed its role as '-' while every action's status was read from it. A
headerless Word table whose cells hold labelled parts ('From:' / 'To:', a shaded sidebar of
small labels) is read as columns by cell_fields; the overlay coloured its two physical cells by
their grid index, so no colour said which part was read as the action, the owner or the date.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.table_report import (
    CellView,
    ColumnView,
    PieceView,
    TableView,
    describe_tables,
)
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.render.tables_page import (
    ROLE_COLOURS,
    PageImage,
    regrouped,
    role_shown,
    tables_html,
)
from tests.test_inked_status_column import WANT, _pdf


def _action(views: list[TableView]) -> TableView:
    found = [v for v in views if v.kind == "action"]
    assert len(found) == 1
    return found[0]


def test_an_inked_status_column_shows_its_role_and_that_the_inks_gave_it() -> None:
    doc = parse_pdf_bytes(_pdf(), "invoice.pdf")
    table = _action(describe_tables(doc))
    got = [(c.label, c.role, c.source) for c in table.columns]
    assert got == [("Ref", "ref", "header"), ("Action", "action", "header"),
                   ("Due date", "due", "header"), ("Account", "rag", "inks"),
                   ("Amount (£)", None, None)]  # fmt: skip
    assert table.columns[3].evidence[-1].startswith("each cell's words printed in an ink")
    # the inspector reads copies: the plan read afterwards from the same document is unchanged
    assert [(a.ref, a.rag) for a in extract_plan(doc).actions] == WANT


def test_one_ink_for_every_word_shows_no_status_role() -> None:
    table = _action(describe_tables(parse_pdf_bytes(_pdf(one_ink=True), "invoice.pdf")))
    assert table.columns[3].role is None and table.columns[3].source is None


def test_the_text_json_and_html_say_where_the_role_came_from(tmp_path: Path) -> None:
    plan = tmp_path / "invoice.pdf"
    plan.write_bytes(_pdf())
    runner = CliRunner()
    text = runner.invoke(app, ["tables", str(plan)])
    assert text.exit_code == 0, text.output
    row = next(ln for ln in text.stdout.splitlines() if "Account" in ln and "│ 4 │" in ln)
    assert "rag (inks)" in row
    as_json = runner.invoke(app, ["tables", str(plan), "--json"])
    columns = _action_json(json.loads(as_json.stdout))["columns"]
    assert [c["source"] for c in columns] == ["header", "header", "header", "inks", None]
    out = tmp_path / "tables.html"
    assert runner.invoke(app, ["tables", str(plan), "--html", str(out)]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert '<td class="r">rag (inks)</td>' in page
    assert '<td class="r">ref (header)</td>' in page
    assert "column 4: Account -&gt; rag (from inks) 0.60" in page  # the label's tooltip
    assert 'class="grid"' not in page  # read as printed: the physical grid is the columns


def _action_json(views: list[dict[str, object]]) -> dict[str, object]:
    return next(v for v in views if v["kind"] == "action")


def test_role_shown() -> None:
    col = ColumnView(0, "Soil check", "rag", 0.6, [], {}, "siblings")
    assert role_shown(col) == "rag (siblings)"
    assert role_shown(ColumnView(1, "x", None, 0.0, [], {})) == "-"


def _view(read: list[CellView], source: str = "<b>") -> TableView:
    """A table of one physical cell holding two labelled parts, read as two columns."""
    whole = CellView(0, 0, (10.0, 10.0, 200.0, 40.0), "From: <i>x</i> To: y")
    piece = PieceView(1, (10.0, 10.0, 200.0, 40.0), True, [whole], read)
    cols = [ColumnView(0, "From", "other", 0.8, [], {}, "header"),
            ColumnView(1, "To", "action", 0.95, [], {}, source)]  # fmt: skip
    return TableView(1, "action", [1], 1, cols, 0.8, [piece], [["x", "y"]])


def test_read_columns_drawn_over_the_physical_grid_where_they_differ() -> None:
    parts = [CellView(0, 0, (10.0, 10.0, 100.0, 40.0), "From: <i>x</i>"),
             CellView(0, 1, (100.0, 10.0, 200.0, 40.0), "To: y")]  # fmt: skip
    view = _view(parts)
    assert regrouped(view.pieces[0])
    page = tables_html("p", [view], [PageImage(1, 300.0, 300.0, b"")])
    grid = re.findall(r'<rect class="grid" x="([\d.]+)"[^>]*width="([\d.]+)"', page)
    assert grid == [("10.0", "190.0")]  # the physical cell: an outline
    cells = re.findall(r'<rect class="cell" x="([\d.]+)"[^>]*width="([\d.]+)"[^>]*fill="(#\w+)"',
                       page)  # fmt: skip
    assert cells == [("10.0", "90.0", ROLE_COLOURS["other"]),
                     ("100.0", "100.0", ROLE_COLOURS["action"])]  # fmt: skip
    assert "<i>" not in page and "&lt;i&gt;x&lt;/i&gt;" in page  # PDF text escaped
    assert "(from &lt;b&gt;)" in page and "(from <b>)" not in page


def test_a_grid_read_as_printed_is_drawn_as_before() -> None:
    same = [CellView(0, 0, (10.0, 10.0, 200.0, 40.0), "From: x To: y")]
    view = _view(same)
    assert not regrouped(view.pieces[0])
    page = tables_html("p", [view], [PageImage(1, 300.0, 300.0, b"")])
    assert 'class="grid"' not in page and page.count('<rect class="cell"') == 1


@pytest.fixture(scope="module")
def parts_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.pdfs import libreoffice_pdf
    from tests.test_labelled_cell_parts import _plan

    tmp = tmp_path_factory.mktemp("parts")
    return libreoffice_pdf(_plan(tmp / "plan.docx", True), tmp)


def test_labelled_parts_drawn_as_the_columns_read(parts_pdf: Path) -> None:
    table = _action(describe_tables(parse_pdf_bytes(parts_pdf.read_bytes(), "plan.pdf")))
    assert [c.role for c in table.columns] == ["ref", "other", "action", "progress", "owner",
                                               "due", "rag"]  # fmt: skip
    first = table.pieces[0]
    assert regrouped(first)
    assert len(first.read) > len(first.cells)  # the parts: more boxes than physical cells
    # every read column has its cells on the page, each inside its row's physical cells
    assert {c.col for c in first.read} == set(range(7))


MEASURE = """(() => ({
  scroll: document.documentElement.scrollWidth,
  viewport: window.innerWidth,
  grid: document.querySelectorAll('rect.grid').length,
  cells: document.querySelectorAll('rect.cell').length,
  labels: [...document.querySelectorAll('svg g.label text')].map(t => t.textContent),
  roles: [...document.querySelectorAll('table.cols td.r')].map(t => t.textContent),
}))()"""


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian chromium not installed")
@pytest.mark.parametrize("width", [1400, 390])
def test_read_columns_in_chromium(tmp_path: Path, parts_pdf: Path, width: int) -> None:
    from tests.chromium import Chromium

    out = tmp_path / "tables.html"
    result = CliRunner().invoke(app, ["tables", str(parts_pdf), "--pages", "1", "--html", str(out)])
    assert result.exit_code == 0, result.output
    with Chromium(tmp_path / "profile") as browser:
        browser.open(out.as_uri(), width)
        m = browser.eval(MEASURE)
        errors = list(browser.errors)
    assert m["scroll"] <= m["viewport"] == width
    assert m["grid"] > 0 and m["cells"] > m["grid"]  # the parts drawn over the outlined grid
    assert {lab.split()[0] for lab in m["labels"]} >= {str(i) for i in range(1, 8)}
    assert "3 action" in " ".join(m["labels"])
    assert "action (header)" in m["roles"] and "due (cells)" in m["roles"]
    assert errors == []
