"""Coverage outputs a board officer reads, from the real sample PDFs (samples/): file names,
`--out -`, warnings at the top of every format, the partnership's recommendations apart, the
XLSX read back with openpyxl (header block, frozen headers, filters, dates, % numbers), CSV with
a byte-order mark, Markdown cut at words, printed recommendation numbers everywhere."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.models.coverage import CoverageStatus
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.coverage import build_coverage, coverage_for, file_stem
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.linking import link_documents
from plantrace.pipeline.normalise.dates import parse_day
from plantrace.pipeline.render import render
from plantrace.pipeline.render.tabular import clip
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import StoredLink
from tests import factories as f
from tests.conftest import SAMPLES

REPORT = SAMPLES / "reports" / "northwold-inspection-2016.pdf"
PLAN = SAMPLES / "plans" / "northwold-improvement-plan-2016.pdf"
REFRESH = SAMPLES / "heldout" / "northwold-improvement-plan-refresh-2017.pdf"
OTHER_REPORT = SAMPLES / "reports" / "eastmere-inspection-2024.pdf"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cov") / "store.sqlite"
    store = Store(f"sqlite:///{path}")
    for pdf in (REPORT, PLAN, REFRESH, OTHER_REPORT):
        assert ingest_file(store, pdf).status == "ok"
    store.close()
    return str(path)


def _sha(db: str, pdf: Path) -> str:
    store = Store(f"sqlite:///{db}")
    try:
        sha = store.resolve(str(pdf))
        assert sha is not None
        return sha
    finally:
        store.close()


def _coverage(db: str, plan: Path = PLAN, report: Path = REPORT, **kw):  # type: ignore[no-untyped-def]
    store = Store(f"sqlite:///{db}")
    try:
        return coverage_for(store, _sha(db, report), _sha(db, plan), as_of=date(2017, 3, 31), **kw)
    finally:
        store.close()


def _stored(links):  # type: ignore[no-untyped-def]
    return [StoredLink(id=i, link=lk, origin="auto", note=None) for i, lk in enumerate(links)]


def test_as_of_dates_are_day_first_or_iso_and_nothing_else() -> None:
    assert parse_day("31/03/2025") == date(2025, 3, 31)
    assert parse_day("31.3.25") == date(2025, 3, 31)
    assert parse_day("31 March 2025") == date(2025, 3, 31)
    assert parse_day(" 2025-03-31 ") == date(2025, 3, 31)
    for bad in ("03/31/2025", "2025", "March 2025", "31/02/2025", "2025-13-45", "today"):
        assert parse_day(bad) is None, bad


def test_partnership_recommendations_are_apart_and_not_counted_unless_asked(db: str) -> None:
    cov = _coverage(db)
    apart = [r for r in cov.recommendations if r.partnership]
    # the 2016 report prints the LSCB's recommendations as paragraphs 45-47
    assert [r.label for r in apart] == ["45", "46", "47"]
    assert all(not r.counted for r in apart)
    assert cov.summary.partnership_recommendations == 3
    assert cov.summary.recommendations == 11  # the council's own eleven
    counted = _coverage(db, include_partnership=True)
    assert counted.summary.recommendations == 14 and counted.summary.partnership_included
    assert counted.summary.coverage_pct < cov.summary.coverage_pct  # the LSCB's are not covered


def test_file_names_say_authority_plan_date_and_as_of(db: str, tmp_path: Path) -> None:
    res = CliRunner().invoke(
        app,
        [
            "coverage", "--db", db, "--plan", str(REFRESH), "--report", str(REPORT),
            "--as-of", "31/03/2017", "--format", "html", "--format", "json", "--out",
            str(tmp_path),
        ],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in tmp_path.iterdir())
    # 'Version 3.1 – February 2017' on the refreshed plan's first page
    assert names == [
        "coverage-northwold-plan-2017-02-asof-2017-03-31.html",
        "coverage-northwold-plan-2017-02-asof-2017-03-31.json",
    ]
    # the 2016 plan names only the inspection's and the report's dates, then 'Plan 2016-17'
    assert file_stem(_coverage(db)) == "coverage-northwold-plan-2016-asof-2017-03-31"


def test_two_plans_with_one_name_in_one_run_get_the_plan_file_too(db: str, tmp_path: Path) -> None:
    from plantrace.pipeline.coverage import stems_for

    store = Store(f"sqlite:///{db}")
    try:
        report = _sha(db, REPORT)
        pairs = [(report, _sha(db, PLAN)), (report, _sha(db, PLAN)), (report, _sha(db, REFRESH))]
        stems = stems_for(store, pairs[:1] + pairs[2:], date(2017, 3, 31))
        assert sorted(stems.values()) == [
            "coverage-northwold-plan-2016-asof-2017-03-31",
            "coverage-northwold-plan-2017-02-asof-2017-03-31",
        ]
    finally:
        store.close()
    from plantrace.pipeline.coverage import unique_stem

    taken: set[str] = set()
    stem = "coverage-northwold-plan-2016-asof-2017-03-31"
    assert unique_stem(stem, "a/northwold-plan-2016.pdf", taken) == stem
    assert unique_stem(stem, "b/northwold-cla-strategy-2016.pdf", taken) == (
        "coverage-northwold-plan-2016-northwold-cla-strategy-2016-asof-2017-03-31"
    )


def test_out_dash_writes_one_format_to_stdout(db: str) -> None:
    res = CliRunner().invoke(
        app,
        ["coverage", "--db", db, "--plan", str(PLAN), "--report", str(REPORT), "--as-of",
         "2017-03-31", "--format", "json", "--out", "-"],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["as_of"] == "2017-03-31"
    assert data["report"]["local_authority"] == "Northwold County Council"
    two = CliRunner().invoke(
        app,
        ["coverage", "--db", db, "--plan", str(PLAN), "--format", "json", "--format", "csv",
         "--out", "-"],
    )  # fmt: skip
    assert two.exit_code == 2 and "exactly one --format" in two.output


def test_a_plan_against_another_authoritys_later_report_is_warned_and_can_be_accepted(
    db: str,
) -> None:
    cov = _coverage(db, report=OTHER_REPORT)
    codes = [w.code for w in cov.warnings]
    # the plan prints no status: that none was read is said first (as always)
    assert codes == ["plan_status_unread", "pair.authority", "pair.report_after_plan"]
    assert "Eastmere Borough Council" in cov.warnings[1].message
    data = json.loads(render(cov, "json"))
    assert [w["code"] for w in data["warnings"]] == codes
    assert list(data)[0] == "warnings"  # first key: read before the figures
    accepted = _coverage(db, report=OTHER_REPORT, accept_pairing=True).warnings
    assert [w.code for w in accepted] == ["plan_status_unread"]  # the pairing's are gone
    # the right pair: nothing to say of it (the plan's statuses unread is the plan's own)
    assert [w.code for w in _coverage(db).warnings] == ["plan_status_unread"]


def test_swapped_plan_and_report_is_an_error(db: str) -> None:
    res = CliRunner().invoke(
        app,
        ["coverage", "--db", db, "--plan", str(REPORT), "--report", str(PLAN), "--out", "-",
         "--format", "json"],
    )  # fmt: skip
    assert res.exit_code == 1
    assert "look swapped" in res.output and "Traceback" not in res.output


def _warned_cov():  # type: ignore[no-untyped-def]
    """The realistic factory pair, with the warnings extractors give (dates unread on p. 4)."""
    report, plan = f.report(), f.plan()
    plan.warnings = [
        ExtractionWarning(
            code="dates_unread",
            message="due dates could not be read: coverage by date is unknown",
            page=4,
        )
    ]
    return build_coverage(
        report, plan, _stored(link_documents(report, plan)), as_of=date(2017, 1, 1)
    )


def test_warnings_open_every_format() -> None:
    cov = _warned_cov()
    line = "plan, p. 4: due dates could not be read: coverage by date is unknown"
    md = render(cov, "md").decode()
    assert md.splitlines()[2] == "> **Read first:**" and line in md.splitlines()[3]
    raw = render(cov, "csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [f"# warning: {line}"]
    assert rows[1][:3] == ["recommendation", "status", "category"]
    html = render(cov, "html").decode()
    assert html.index(line) < html.index('id="covered-tile"')
    data = json.loads(render(cov, "json"))
    assert data["warnings"] == [
        {
            "source": "plan",
            "code": "dates_unread",
            "message": "due dates could not be read: coverage by date is unknown",
            "page": 4,
        }
    ]


def test_no_actions_read_is_said_not_shown_as_a_bare_zero() -> None:
    report, plan = f.report(), f.plan()
    plan.actions = []
    cov = build_coverage(report, plan, [], as_of=date(2017, 1, 1))
    assert cov.summary.coverage_pct == 0.0
    assert [w.code for w in cov.warnings] == ["coverage.no_actions"]
    assert "not that nothing is planned" in render(cov, "md").decode()


def test_html_never_calls_an_automatic_link_confirmed(db: str) -> None:
    cov = _coverage(db)
    auto = [a.link for r in cov.recommendations for a in r.actions if a.link]
    assert auto and all(lk.origin == "auto" for lk in auto)
    assert any(lk.state == "confirmed" for lk in auto)  # the store's state for ref/section links
    html = render(cov, "html").decode()
    assert "confirmed by a person" not in html
    assert "linked by recommendation number, automatic" in html
    assert "(confirmed)" not in html
    assert "weakly_covered" not in html.split("<body>")[1].split("<script>")[0].replace(
        'data-status="weakly_covered"', ""
    )
    assert "Ofsted&#39;s recommendations to Northwold County Council" in html  # escaped '
    assert html.count('id="covered-tile"') == 1 and html.count("</b>of Ofsted") == 1


def test_xlsx_reads_back_as_a_spreadsheet_people_can_use(db: str, tmp_path: Path) -> None:
    cov = _coverage(db)
    path = tmp_path / "c.xlsx"
    path.write_bytes(render(cov, "xlsx"))
    wb = load_workbook(path)
    summary = wb["Summary"]
    block = {r[0].value: r[1].value for r in summary.iter_rows(min_row=2, max_row=8)}
    assert block["Authority"] == "Northwold County Council"
    assert block["Inspection report"].endswith("northwold-inspection-2016.pdf")
    assert block["Plan"].endswith("northwold-improvement-plan-2016.pdf")
    assert block["As of"] == datetime(2017, 3, 31)
    assert block["Inspection ended"] == datetime(2016, 3, 31)
    assert block["Extractor version"] == cov.plan.extractor_version
    pct = next(r for r in summary.iter_rows() if r[0].value == "Covered or gap explained (%)")[1]
    assert pct.value == pytest.approx(cov.summary.coverage_pct / 100)
    assert pct.number_format == "0.0%"
    assert isinstance(pct.value, float)
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None, ws.title
        assert ws.auto_filter.ref, ws.title
    recs = wb["Recommendations"]
    assert recs.freeze_panes == "A2" and recs.auto_filter.ref.startswith("A1:")
    header = [c.value for c in recs[1]]
    assert header[:5] == [
        "Recommendation (as printed)", "Status", "Category", "Counted in coverage",
        "Recommendation",
    ]  # fmt: skip
    col = {h: i for i, h in enumerate(header)}
    rows = list(recs.iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in rows} >= {"1", "11", "45", "46", "47"}  # printed numbers, not r12
    first = rows[0]
    assert first[col["Due date"]] == datetime(2016, 7, 31)  # a real date cell
    assert recs.cell(2, col["Due date"] + 1).number_format == "d mmm yyyy"
    assert first[col["Page in plan"]] == 2 and isinstance(first[col["Page in plan"]], int)
    assert first[col["How it was linked"]] == "linked by recommendation number, automatic"
    assert recs.column_dimensions["E"].width == 60
    assert recs.cell(2, 5).alignment.wrap_text
    lscb = [r for r in rows if r[0] == "45"][0]
    assert lscb[col["Counted in coverage"]] == "no"
    assert lscb[col["Category"]] == "safeguarding partnership (LSCB)"


def test_markdown_cuts_at_a_word_with_an_ellipsis(db: str) -> None:
    assert clip("one two three four", 12) == "one two…"
    assert clip("short", 12) == "short"
    md = render(_coverage(db), "md").decode()
    table = [ln for ln in md.splitlines() if ln.startswith("| 1 |")]
    text = table[0].rsplit("|", 2)[1].strip()
    assert text.endswith("…") and len(text) <= 140
    assert text[:-1] == text[:-1].rstrip()  # no dangling space before the ellipsis
    assert "Ensure that all children who are the subject of a strategy" in text
    assert any(ln.startswith("| 45 |") and "not counted" in ln for ln in md.splitlines())


def test_statuses_in_words_in_csv_rows_keep_their_codes(db: str) -> None:
    text = render(_coverage(db), "csv").decode("utf-8-sig")
    # the warnings come first, one a line ('# warning: ...': the plan's statuses unread)
    body = [ln for ln in text.splitlines(keepends=True) if not ln.lstrip('"').startswith("# warn")]
    rows = list(csv.DictReader(io.StringIO("".join(body))))
    assert {r["status"] for r in rows} <= {s.value for s in CoverageStatus}
    assert rows[0]["recommendation"] == "1" and rows[0]["category"] == (
        "priority and immediate action"
    )


def test_link_list_shows_the_texts_it_joins_in_words(db: str) -> None:
    store = Store(f"sqlite:///{db}")
    try:
        from plantrace.pipeline.traceability import set_pair

        set_pair(store, _sha(db, PLAN), _sha(db, REPORT))
    finally:
        store.close()
    res = CliRunner().invoke(app, ["link", "list", "--db", db, "--plan", str(PLAN)])
    assert res.exit_code == 0, res.output
    row = next(ln for ln in res.stdout.splitlines() if "action 1.1:" in ln)
    assert "1: Ensure that all children who are the subject of a strategy…" in row
    assert "action 1.1: Agree a multi-agency protocol for strategy discussions" in row
    assert "linked by recommendation number, automatic" in row
    assert "confirmed" not in res.stdout  # no person has confirmed anything here
    first = json.loads(
        CliRunner()
        .invoke(app, ["link", "list", "--db", db, "--plan", str(PLAN), "--json"])
        .stdout.splitlines()[0]
    )
    assert first["recommendation_number"] == "1"
    assert first["recommendation_text"].startswith("Ensure that all children")


def test_a_coverage_workbook_ingested_back_is_refused_not_read_as_a_plan(
    db: str, tmp_path: Path
) -> None:
    """A report left in an inbox folder must not come back as a 'plan' with its own rows."""
    from plantrace.pipeline.extract import extract_file

    path = tmp_path / "coverage.xlsx"
    path.write_bytes(render(_coverage(db), "xlsx"))
    result = extract_file(path)
    assert result.status.value == "error"
    assert result.error is not None and result.error.code.value == "unsupported_format"
    assert "plantrace wrote" in result.error.message
