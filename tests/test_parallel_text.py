"""A plan printed in two languages, '<other language> / <English>' in every heading, header,
status and date (a Welsh council's bilingual publishing duty): each value is read by its English
half where the other half is not English, the raw values stay as printed; English text with a
spaced slash ('Amber / Red', 'March / April 2027') reads as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.parallel_text import is_foreign, one_alternative, understood_half
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


def _month(word: str) -> bool:
    return word.lower() in {"march", "april", "may"}


def test_half_read_only_where_the_other_is_not_english() -> None:
    assert is_foreign("Ar y trywydd iawn")
    assert not is_foreign("see the report")
    known = lambda h: normalise_rag(h) is not None  # noqa: E731
    assert understood_half("Rhywfaint o oedi / Some delay", known) == "Some delay"
    assert understood_half("Amber / Red", known) is None  # both read: as printed
    assert understood_half("On track / see the board report", known) is None  # English both
    assert one_alternative("31 Mawrth / March 2027", _month) == "31 March 2027"
    assert one_alternative("Mawrth / March 2027", _month) == "March 2027"
    assert one_alternative("March / April 2027", _month) == "March / April 2027"


def test_dates_statuses_and_headings_in_two_languages() -> None:
    assert parse_due("31 Mawrth / March 2027") == date(2027, 3, 31)
    assert parse_due("20 Ebrill / April 2027") == date(2027, 4, 20)  # the day, not month end
    assert parse_due("Mawrth / March 2027") == date(2027, 3, 31)
    assert parse_due("March / April 2027") == date(2027, 4, 30)
    assert cell_type("Rhywfaint o oedi / Some delay") is CellType.rag
    assert cell_type("Ddim ar y trywydd / Off track") is CellType.rag
    assert is_status_state("Heb ddechrau / Not started")
    assert not is_status_state("Not started / see the board report")
    assert heading("Argymhelliad 2 / Recommendation 2 Improve the timeliness of plans") == (
        "2",
        "Improve the timeliness of plans",
    )


RECS = {
    "1": "Strengthen the quality of supervision so that social workers reflect on children's plans",
    "2": "Improve the timeliness of assessments for disabled children and their families",
}
ROWS = [
    ("1", "1.1", "Audit supervision records every quarter", "Head of Quality Assurance",
     "20 Ebrill / April 2027", "Ar y trywydd iawn / On track"),
    ("1", "1.2", "Train team managers in reflective supervision", "Principal Social Worker",
     "Mawrth / March 2027", "Rhywfaint o oedi / Some delay"),
    ("2", "2.1", "Set up a duty rota for the disabled children's team", "Service Manager",
     "9 Mehefin / June 2027", "Ddim ar y trywydd / Off track"),
    ("2", "2.2", "Publish a timescale standard for assessments", "Head of Early Help",
     "31 Mai / May 2027", "Heb ddechrau / Not started"),
]  # fmt: skip
HEADERS = [("Cyf", "Ref"), ("Gweithgaredd", "Activity"), ("Arweinydd", "Lead"),
           ("Dyddiad targed", "Target date"), ("Statws", "Status")]  # fmt: skip


def test_bilingual_word_plan(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Cynllun Gwella Gwasanaethau Plant", 1)
    d.add_paragraph("Children's Services Improvement Plan")
    for number, text in RECS.items():
        d.add_heading(f"Argymhelliad {number} / Recommendation {number}", 2)
        d.add_paragraph(text)
        rows = [r for r in ROWS if r[0] == number]
        table = d.add_table(rows=1 + len(rows), cols=len(HEADERS))
        table.style = "Table Grid"
        for c, (welsh, english) in enumerate(HEADERS):
            cell = table.cell(0, c)
            cell.text = welsh
            cell.add_paragraph(english)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row[1:]):
                table.cell(r, c).text = value
    path = tmp_path / "bilingual.docx"
    d.save(str(path))
    result = extract_file(path)
    got = [
        (a.ref, a.due_raw, a.due_date, a.rag, a.progress, a.recommendations) for a in result.actions
    ]
    assert got == [
        ("1.1", "20 Ebrill / April 2027", date(2027, 4, 20), "green", None, ["r1"]),
        ("1.2", "Mawrth / March 2027", date(2027, 3, 31), "amber", None, ["r1"]),
        ("2.1", "9 Mehefin / June 2027", date(2027, 6, 9), "red", None, ["r2"]),
        ("2.2", "31 Mai / May 2027", date(2027, 5, 31), None, None, ["r2"]),
    ]  # fmt: skip
    assert [(r.number, r.text) for r in result.recommendations] == list(RECS.items())
    assert not [w for w in result.warnings if w.code == "plan_status_unread"]
