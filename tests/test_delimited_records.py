"""A CSV export opened without being split: quoted ;-parted records, one a line, wrapped in
print, read as a table (pipeline.delimited_records)."""

from __future__ import annotations

from plantrace.pipeline.delimited_records import add_record_tables, header_fields
from plantrace.pipeline.document import Line, Page, ParsedDocument

TEXT = [
    "# plan_export.csv - exported by A Person at 2025-09-08 08:57",
    '"record_type";"rec_id";"ACT_REF";"description";"responsible";"ACT_DUE";"rag_code"',
    '"REC";"1";"";"Improve the stability of the workforce";"";"";""',
    '"ACT";"1";"A101";"Offer a protected caseload to newly qualified workers";"Service Manager, Front',
    'Door";"20250630";"OFFTR"',
    '"ACT";"1";"A102";"Introduce a career pathway";"Head of Service";"20260115";"ONTRK"',
    "# 3 rows written",
]


def _doc() -> ParsedDocument:
    lines = [
        Line(t, (50.0, 70.0 + 12 * k, 700.0, 79.0 + 12 * k), 8.0, False, 1, k)
        for k, t in enumerate(TEXT)
    ]
    return ParsedDocument("p.pdf", "x", [Page(1, 842.0, 595.0, lines=lines)])


def test_header_record_sniffed() -> None:
    found = header_fields(TEXT[1])
    assert found is not None and found[0] == ";" and found[1][2] == "ACT_REF"
    assert header_fields(TEXT[0]) is None


def test_records_read_as_table_with_wrapped_lines_joined() -> None:
    doc = _doc()
    add_record_tables(doc)
    tables = doc.pages[0].tables
    assert tables is not None and len(tables) == 1
    rows = [[c.text if c else "" for c in r] for r in tables[0].rows]
    # the record-type column is left out; identifier headers read as words; the parent
    # records (a number and a text only) are carried into their children as 'Recommendation';
    # fields stay as printed (the due column's undivided dates are typed by cell_types)
    rec = "Improve the stability of the workforce"
    assert rows[0] == [
        "rec id", "ACT REF", "description", "responsible", "ACT DUE", "rag code", "Recommendation",
    ]  # fmt: skip
    assert rows[1] == [
        "1", "A101", "Offer a protected caseload to newly qualified workers",
        "Service Manager, Front Door", "20250630", "OFFTR", rec,
    ]  # fmt: skip
    assert rows[2][1] == "A102" and rows[2][-1] == rec
    assert len(rows) == 3


def test_compact_dates_read_only_in_a_date_column() -> None:
    from datetime import date

    from plantrace.pipeline.normalise.dates import compact_date, parse_date

    assert compact_date("20270331") == date(2027, 3, 31)
    assert compact_date("202703") == date(2027, 3, 31)
    assert compact_date("20271332") is None
    assert parse_date("20270331") is None  # elsewhere eight digits are an id


def test_kpi_section_with_abbreviated_value_headers() -> None:
    """A KPI section whose value fields are named as a system abbreviates them ('curr_val',
    'tgt_val') is read as a KPI table: its latest and target columns known."""
    from plantrace.extractors.plan import extract_plan

    text = [
        *TEXT[1:6],
        '"record_type";"measure";"baseline";"curr_val";"tgt_val"',
        '"KPI";"Assessments completed within 45 working days";"53%";"70.1%";"76.8%"',
        '"KPI";"Care leavers in education, employment or training";"53.3%";"53.7%";"35%"',
    ]
    lines = [
        Line(t, (50.0, 70.0 + 12 * k, 700.0, 79.0 + 12 * k), 8.0, False, 1, k)
        for k, t in enumerate(text)
    ]
    doc = ParsedDocument("p.pdf", "x", [Page(1, 842.0, 595.0, lines=lines)])
    add_record_tables(doc)
    kpis = extract_plan(doc).kpis
    assert [k.indicator for k in kpis] == [
        "Assessments completed within 45 working days",
        "Care leavers in education, employment or training",
    ]
    first = kpis[0]
    assert first.baseline is not None and first.latest is not None and first.target is not None
    assert (first.baseline.value, first.latest.value, first.target.value) == (53, 70.1, 76.8)


def test_a_column_of_undivided_dates_is_a_date_column() -> None:
    """Every filled cell 'yyyymmdd' or 'yyyymm' (two at the least): the column holds dates; one
    such figure alone, or beside other numbers, stays an id or a figure."""
    from plantrace.extractors.cell_types import CellType, type_counts

    assert type_counts(["20270331", "", "202703"]) == {CellType.date: 2}
    assert CellType.date not in type_counts(["20270331"])
    assert CellType.date not in type_counts(["20270331", "1234"])
