"""The table inspector prints a one-cell box (a ruled banner, a boxed note, a form field's frame)
as one line: its column table and grid said nothing a person needs, and a page of such boxes
buried the plan's own tables."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from typer.testing import CliRunner

from plantrace.cli.main import app

ROWS = [
    ["Ref", "Action", "Lead officer", "Due date"],
    ["1.1", "Audit twelve case files a month for management oversight", "Head of Quality", "31/03/2026"],
    ["1.2", "Train every team manager in reflective supervision", "Workforce Lead", "30/06/2026"],
]  # fmt: skip


def _plan() -> bytes:
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    banner = Table([["Oakridge Council: children's services"]], colWidths=[480])
    banner.setStyle(grid)
    plan = Table(ROWS, colWidths=[40, 260, 100, 80])
    plan.setStyle(grid)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([banner, Spacer(1, 24), plan])
    return buf.getvalue()


def test_a_one_cell_banner_prints_as_one_line(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(_plan())
    result = CliRunner().invoke(app, ["tables", str(pdf)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert (
        'Table 1: a one-cell box, not a plan table, page 1: "Oakridge Council: children\'s services"'
        in text
    )
    assert "Table 2: action, page 1, 2 rows x 4 columns" in text
    assert "not a plan table (no header of plan columns)" not in text


def test_the_html_page_shows_the_box_as_its_text(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(_plan())
    page = tmp_path / "plan.html"
    result = CliRunner().invoke(app, ["tables", str(pdf), "--html", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text()
    assert (
        '<h3>Table 1: a one-cell box, not a plan table</h3><p class="box">'
        "Oakridge Council: children&#x27;s services</p>"
    ) in text
    assert "<h3>Table 2: action, 2 rows" in text
