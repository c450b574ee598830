"""The table inspector shows a headerless table of labelled parts as the reader reads it.

A Word plan's action table with no header row keeps each action's code and 'From:' / 'To:'
parts in its main cell and small labels over values in a shaded sidebar (the table of
test_labelled_cell_parts). cell_fields makes each recurring label a column after the first
pass of the layout; `plantrace tables` showed the first pass (two unnamed columns, 'not a plan
table') and then said the actions were read from text: a person inspecting the plan was told
the table went unread. It must show the table read, its columns and roles, like any other.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from plantrace.cli.main import app
from tests.pdfs import libreoffice_pdf
from tests.test_labelled_cell_parts import N, _plan


def test_a_headerless_table_of_labelled_parts_is_shown_read(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_plan(tmp_path / "plan.docx", True), tmp_path)
    runner = CliRunner()
    got = runner.invoke(app, ["tables", str(pdf), "--json"])
    assert got.exit_code == 0, got.output
    action = [v for v in json.loads(got.stdout) if v["kind"] == "action"]
    assert len(action) == 1  # its pieces over the page break, one table
    table = action[0]
    assert table["pages"][:2] == [1, 2] and table["rows"] == N
    roles = {c["label"]: c["role"] for c in table["columns"]}
    assert roles["To"] == "action" and roles["Champion"] == "owner" and roles["Finish"] == "due"
    assert table["columns"][0]["role"] == "ref"
    said = runner.invoke(app, ["tables", str(pdf)])
    assert said.exit_code == 0, said.output
    text = " ".join(said.stdout.split())
    assert "read from text" not in text
    assert "Table 2: action, page 1, 2" in text
