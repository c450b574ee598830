"""The table inspector shows the roles the extraction USED, from the extraction's own tables.

Roles placed late in extract_plan, after the columns were read (a score key printed above the
table turning a 'Score' column into the status), were not shown: the inspector read the layout
again by itself and printed the column's first role, so it could say "no status column" for a
plan whose every status was read from that column by its key. And a worksheet in Word whose
cells hold the actions as cards (a header row of three questions, the cards in the third cell)
was shown "not a plan table" while its actions were said to be "read from text": the inspector
now says how many actions were read from the table's cells and the roles of those cards.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.extractors.table_report import TableView, describe_tables, inspect_tables
from plantrace.pipeline.reader import parse_pdf_bytes, sha256_bytes
from plantrace.pipeline.readers.docx import parse_docx_bytes
from tests.test_cell_card_lists import _docx
from tests.test_score_key import HEADER, ROWS, SCORE_KEY, _pdf


def _action(views: list[TableView]) -> TableView:
    found = [v for v in views if v.kind == "action"]
    assert len(found) == 1
    return found[0]


def test_a_score_column_keyed_by_a_printed_legend_shows_the_status_role(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "plan.pdf", SCORE_KEY, HEADER, ROWS)
    table = _action(describe_tables(parse_pdf_bytes(path.read_bytes(), "plan.pdf")))
    score = next(c for c in table.columns if c.label == "Score")
    assert (score.role, score.source) == ("rag", "score key")
    # the other columns as the header named them
    got = {c.label: (c.role, c.source) for c in table.columns if c.label != "Score"}
    assert got["Action"] == ("action", "header")
    assert got["Deadline"] == ("due", "header")
    # --json says the same, with its source
    out = CliRunner().invoke(app, ["tables", str(path), "--json"])
    assert out.exit_code == 0, out.output
    cols = {c["label"]: c for v in json.loads(out.output) for c in v["columns"]}
    assert (cols["Score"]["role"], cols["Score"]["source"]) == ("rag", "score key")


def test_the_roles_shown_are_the_extractions_tables(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "plan.pdf", SCORE_KEY, HEADER, ROWS)
    views, plan = inspect_tables(parse_pdf_bytes(path.read_bytes(), "plan.pdf"))
    used = next(t for t in plan.tables if t.kind == "action")
    assert [c.role for c in _action(views).columns] == used.roles
    # and the statuses were read by that role: the key's words, not the scores' numbers
    assert {a.ref: a.rag for a in plan.actions}["2.2"] == "red"


def test_a_worksheet_whose_cells_hold_the_action_cards_says_what_was_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "worksheet.docx"
    _docx(path)
    data = path.read_bytes()
    views = describe_tables(parse_docx_bytes(data, "worksheet.docx", sha256_bytes(data)))
    sheets = [v for v in views if v.kind is None]
    assert [v.cell_actions for v in sheets] == [2, 2]
    assert [v.card_roles for v in sheets] == [["action", "owner", "due", "rag"]] * 2
    out = CliRunner().invoke(app, ["tables", str(path), "--rows", "0"])
    assert out.exit_code == 0, out.output
    text = " ".join(out.output.split())
    assert text.count("2 action(s) read from its cells as cards (") == 2
    assert "read from text" not in text  # every action is one of a table shown


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian chromium not installed")
@pytest.mark.parametrize("width", [1400, 390])
def test_the_html_page_shows_the_keyed_role_in_chromium(tmp_path: Path, width: int) -> None:
    from tests.chromium import Chromium

    path = _pdf(tmp_path / "plan.pdf", SCORE_KEY, HEADER, ROWS)
    out = tmp_path / "tables.html"
    result = CliRunner().invoke(app, ["tables", str(path), "--html", str(out)])
    assert result.exit_code == 0, result.output
    with Chromium(tmp_path / "profile") as browser:
        browser.open(out.as_uri(), width)
        m = browser.eval(
            "(() => ({scroll: document.documentElement.scrollWidth, vw: window.innerWidth,"
            " roles: [...document.querySelectorAll('td.r')].map(t => t.textContent),"
            " labels: [...document.querySelectorAll('svg text')].map(t => t.textContent)}))()"
        )
        errors = list(browser.errors)
    assert m["scroll"] <= m["vw"] == width  # no sideways scrolling
    assert m["roles"][4] == "rag (score key)"
    assert any(label.startswith("5 rag") for label in m["labels"])  # drawn over the page too
    assert errors == []
