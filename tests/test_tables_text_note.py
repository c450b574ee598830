"""The table inspector on a plan of cards: no table is drawn, yet actions are read. It must say
where they came from (page by page), so a person can tell a page read another way from a page
not read at all, in the terminal and at the top of the HTML page."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.cli.tables_cmd import text_note

CARDS = [
    ("2.1", "Audit twelve case files a month for the quality of management oversight",
     "Principal Social Worker", "31 March 2026"),
    ("2.2", "Train every team manager in reflective supervision with an external facilitator",
     "Workforce Development Lead", "30 June 2026"),
    ("2.3", "Publish a practice standard for supervision and check it through the audit cycle",
     "Head of Quality Assurance", "30 September 2026"),
]  # fmt: skip


def _card_plan() -> bytes:
    styles = getSampleStyleSheet()
    story: list[object] = [
        Paragraph("Improvement plan: supervision and oversight", styles["Title"])
    ]
    for ref, text, lead, due in CARDS:
        story += [
            Paragraph(f"<b>{ref} {text}</b>", styles["BodyText"]),
            Paragraph(f"Accountable officer: {lead}", styles["BodyText"]),
            Paragraph(f"Complete by: {due}", styles["BodyText"]),
            Spacer(1, 8),
        ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def test_a_card_plan_is_said_to_be_read_from_text(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(_card_plan())
    out = tmp_path / "cards.html"
    result = CliRunner().invoke(app, ["tables", str(pdf), "--html", str(out)])
    assert result.exit_code == 0, result.output
    said = "3 action(s) were read from text, not from a table shown here"
    assert said in " ".join(result.stdout.split())
    assert "page 1: 3" in result.stdout
    page = out.read_text()
    assert said in page and page.index(said) < page.index("No tables found.")


def test_nothing_is_said_when_every_action_came_from_a_table() -> None:
    assert text_note({}) is None
    assert text_note({2: 4, 3: 1}) == (
        "5 action(s) were read from text, not from a table shown here (cards, rows of panels,"
        " numbered paragraphs or bullets): page 2: 4, page 3: 1; see them with"
        " `plantrace extract`"
    )
