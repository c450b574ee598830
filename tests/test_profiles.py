"""Layout profiles (issue 11 part 6): a person's fix for a plan template, given with --profile or
stored for a plan family and applied by header signature; a changed stored profile re-reads the
plans it fits, and only those.

The plan is samples/failclass/unknown-due.pdf (gold: tests/gold/failclass/unknown-due.json): its
due column is headed 'Finish', beside a 'Start' column. The profiles here misread it on purpose
(Finish -> other, Start -> due) and fix it again by position, so the due dates visibly move.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.extractors.plan_profile import (
    LayoutProfile,
    ProfileError,
    matching_profile,
    signature_score,
)
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.reprocess import profile_stale, reprocess, stale_documents
from plantrace.pipeline.store import Store
from tests.conftest import REPO, SAMPLES

PLAN = REPO / "samples" / "failclass" / "unknown-due.pdf"
OTHER_PLAN = SAMPLES / "plans" / "eastmere-improvement-plan-2024.pdf"
GOLD = json.loads((REPO / "tests" / "gold" / "failclass" / "unknown-due.json").read_text())
HEADERS = [["Ref", "Action", "Owner", "Start", "Finish", "Status"]]
FINISH = [a["due_raw"] for a in GOLD["actions"]]  # the plan's real due dates
START = ["Sep 2024", "Oct 2024", "Sep 2024", "Jan 2025", "Oct 2024", "Nov 2024", "Apr 2025",
         "Dec 2024"]  # fmt: skip


def _profile(columns: dict[str, str], name: str = "unknown-due family", **more: object) -> dict:
    return {"name": name, "columns": columns, "skip_rows": [], "date_order": "dmy",
            "signature": HEADERS, **more}  # fmt: skip


MISREAD = _profile({"Finish": "other", "Start": "due"})


def _write(tmp_path: Path, data: dict, name: str = "p.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def _add(store: Store, data: dict, name: str | None = None) -> None:
    p = LayoutProfile.from_dict(data)
    store.save_profile(name or p.name, json.dumps(data), p.sha256)


def _dues(store: Store, sha: str) -> list[str | None]:
    result = store.load_result(sha)
    assert result is not None
    return [a.due_raw for a in result.actions]


# ---- the profile itself, pure -------------------------------------------------------------
def test_without_a_profile_the_finish_column_is_read_as_due() -> None:
    result = extract_file(PLAN)
    assert result.profile is None
    assert result.table_headers == HEADERS
    assert [a.due_raw for a in result.actions] == FINISH
    assert result.to_contract()["profile"] is None


def test_a_profile_moves_the_due_column_and_the_result_names_it() -> None:
    result = extract_file(PLAN, profile=LayoutProfile.from_dict(MISREAD))
    assert [a.due_raw for a in result.actions] == START
    assert result.actions[0].due_date == date(2024, 9, 30)  # 'Sep 2024': the month's end
    assert result.profile == "unknown-due family"
    assert result.to_contract()["profile"] == "unknown-due family"


def test_a_column_position_fixes_a_column_whose_header_was_mapped_away() -> None:
    fixed = _profile({"Finish": "other", "#5": "due"})  # the header says other, the place says due
    found = extract_file(PLAN, profile=LayoutProfile.from_dict(fixed))
    # a header match wins over a position: 'Finish' stays other, so no due date is read
    assert [a.due_raw for a in found.actions] == [None] * 8
    by_place = extract_file(PLAN, profile=LayoutProfile.from_dict(_profile({"#5": "due"})))
    assert [a.due_raw for a in by_place.actions] == FINISH


def test_skip_rows_leave_out_the_rows_they_match() -> None:
    profile = LayoutProfile.from_dict(_profile({}, skip_rows=[r"^R1\.2$"]))
    refs = [a.ref for a in extract_file(PLAN, profile=profile).actions]
    assert refs == [a["ref"] for a in GOLD["actions"] if a["ref"] != "R1.2"]


def test_profile_hash_follows_content_not_key_order() -> None:
    a = LayoutProfile.from_dict(MISREAD)
    b = LayoutProfile.from_dict(dict(reversed(list(MISREAD.items()))))
    c = LayoutProfile.from_dict(_profile({"Finish": "other", "Start": "start"}))
    assert a.sha256 == b.sha256 != c.sha256


def test_matching_by_header_signature() -> None:
    fits = LayoutProfile.from_dict(MISREAD)
    two = LayoutProfile.from_dict(
        _profile({}, name="two tables", signature=[*HEADERS, ["Indicator", "Target"]])
    )
    other = LayoutProfile.from_dict(_profile({}, name="other", signature=[["Ref", "Action"]]))
    spaced = [["  ref", "ACTION", "Owner ", "start", "Finish", "status"], ["Indicator", "Target"]]
    assert signature_score(fits, HEADERS) == 1
    assert signature_score(two, HEADERS) == 0  # its KPI table is missing: not this family
    assert signature_score(other, HEADERS) == 0
    assert matching_profile([other, fits, two], HEADERS) is fits
    assert matching_profile([other, fits, two], spaced) is two  # fits most tables
    assert matching_profile([other], HEADERS) is None
    assert matching_profile([LayoutProfile.from_dict({"columns": {}})], HEADERS) is None


def test_bad_signature_is_a_profile_error() -> None:
    with pytest.raises(ProfileError, match="signature"):
        LayoutProfile.from_dict({"columns": {}, "signature": ["Ref", "Action"]})


# ---- the CLI: extract --profile, tables --write-profile, profile add/list/remove -----------
def test_extract_profile_and_written_starter_profile_round_trip(tmp_path: Path) -> None:
    runner = CliRunner()
    starter = tmp_path / "starter.json"
    res = runner.invoke(app, ["tables", str(PLAN), "--json", "--write-profile", str(starter)])
    assert res.exit_code == 0, res.output
    written = json.loads(starter.read_text())
    assert written["signature"] == HEADERS
    assert written["columns"]["Finish"] == "due"
    written["columns"].update(Finish="other", Start="due")
    edited = _write(tmp_path, written)
    res = runner.invoke(app, ["extract", str(PLAN), "--profile", str(edited)])
    assert res.exit_code == 0, res.output
    contract = json.loads(res.stdout.splitlines()[0])
    assert contract["profile"] == "unknown-due"
    assert [a["due_raw"] for a in contract["actions"]] == START


def test_profile_commands_store_list_and_remove(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.sqlite")
    path = _write(tmp_path, MISREAD)
    res = runner.invoke(app, ["profile", "add", str(path), "--name", "Eastmere", "--db", db])
    assert res.exit_code == 0 and "stored: profile 'Eastmere'" in res.output, res.output
    res = runner.invoke(app, ["profile", "add", str(path), "--name", "Eastmere", "--db", db])
    assert "unchanged: profile 'Eastmere'" in res.output
    res = runner.invoke(app, ["profile", "list", "--db", db, "--json"])
    listed = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(p["name"], p["profile"]["columns"]["Start"]) for p in listed] == [("Eastmere", "due")]
    res = runner.invoke(app, ["profile", "remove", "Eastmere", "--db", db])
    assert res.exit_code == 0 and "removed" in res.output
    res = runner.invoke(app, ["profile", "list", "--db", db])
    assert "no stored profiles" in res.output


# ---- stored profiles: applied on ingest by signature; changes reprocess only their plans ----
def test_stored_profile_is_applied_on_ingest_by_signature(store: Store) -> None:
    _add(store, MISREAD)
    fitted = ingest_file(store, PLAN)
    other = ingest_file(store, OTHER_PLAN)
    assert fitted.actions == 8 and other.actions > 0
    assert (fitted.profile, other.profile) == ("unknown-due family", None)
    assert ingest_file(store, PLAN).as_dict()["profile"] == "unknown-due family"  # unchanged
    result = store.load_result(fitted.sha256)
    assert result is not None and result.profile == "unknown-due family"
    assert result.profile_stored is True
    assert _dues(store, fitted.sha256) == START
    plain = store.load_result(other.sha256)
    assert plain is not None and plain.profile is None
    assert stale_documents(store) == []


def test_changing_a_stored_profile_reprocesses_that_plan_and_only_it(store: Store) -> None:
    plan = ingest_file(store, PLAN)
    other = ingest_file(store, OTHER_PLAN)
    report = ingest_file(store, SAMPLES / "reports" / "eastmere-inspection-2024.pdf")
    assert _dues(store, plan.sha256) == FINISH
    assert stale_documents(store) == []

    _add(store, MISREAD)  # added: the plan it fits is stale
    assert stale_documents(store) == [plan.sha256]
    diffs = reprocess(store)
    assert [d.sha256 for d in diffs] == [plan.sha256]
    assert _dues(store, plan.sha256) == START
    assert len(store.runs_for(plan.sha256)) == 1  # the run of this version, read again
    assert stale_documents(store) == []

    changed = _profile({"Finish": "other", "#4": "due", "Status": "rag"})
    _add(store, changed)  # same name, new content: stale again
    assert profile_stale(store) == [plan.sha256]
    reprocess(store)
    assert _dues(store, plan.sha256) == START
    assert stale_documents(store) == []

    assert store.remove_profile("unknown-due family")  # removed: read as before
    assert stale_documents(store) == [plan.sha256]
    reprocess(store)
    assert _dues(store, plan.sha256) == FINISH
    result = store.load_result(plan.sha256)
    assert result is not None and result.profile is None
    assert stale_documents(store) == []
    for sha in (other.sha256, report.sha256):  # never touched
        assert len(store.runs_for(sha)) == 1


def test_an_explicit_profile_is_kept_and_replaces_a_stored_run(store: Store) -> None:
    plan = ingest_file(store, PLAN)
    assert _dues(store, plan.sha256) == FINISH
    again = ingest_file(store, PLAN, profile=LayoutProfile.from_dict(MISREAD))
    assert again.outcome == "replaced"
    assert _dues(store, plan.sha256) == START
    assert ingest_file(store, PLAN, profile=LayoutProfile.from_dict(MISREAD)).outcome == (
        "unchanged"
    )
    assert stale_documents(store) == []  # a profile given by hand is not undone by reprocess


# ---- plantrace tables on Word and Excel plans (read through the same readers as extract) ----
@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_tables_reads_word_and_excel_plans(kind: str, tmp_path: Path) -> None:
    from tests.test_readers_office import build_docx, build_xlsx

    plan = (build_docx if kind == "docx" else build_xlsx)(tmp_path / f"plan.{kind}")
    html_out, starter = tmp_path / "tables.html", tmp_path / "starter.json"
    res = CliRunner().invoke(app, ["tables", str(plan), "--json", "--html", str(html_out),
                                   "--write-profile", str(starter)])  # fmt: skip
    assert res.exit_code == 0, res.output
    views = json.loads(res.stdout)
    assert [v["kind"] for v in views] == ["action", "kpi"]
    roles = {c["label"]: c["role"] for c in views[0]["columns"]}
    due = "Timescale" if kind == "docx" else "Due date"
    assert roles["Ref"] == "ref" and roles["Action"] == "action" and roles[due] == "due"
    assert roles["Lead officer"] == "owner"
    assert "page images exist only for PDFs" in res.stderr and not html_out.exists()
    written = json.loads(starter.read_text())
    assert written["signature"] == [[c["label"] for c in v["columns"]] for v in views]
    # the starter profile, edited and stored, is applied to the same template by signature
    written["columns"][due] = "other"
    fixed = LayoutProfile.from_dict(written)
    assert [a.due_raw for a in extract_file(plan, stored=[fixed]).actions] == [None] * 5
    assert all(a.due_raw for a in extract_file(plan).actions)


# ---- the flows: --profile passed through, stored profiles applied and reprocessed -----------
@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    storage = tmp_path_factory.mktemp("prefect-results")
    with (
        prefect_test_harness(server_startup_timeout=180),
        temporary_settings(updates={PREFECT_LOCAL_STORAGE_PATH: storage}),
    ):
        yield


@pytest.mark.slow
def test_flows_take_a_profile_and_apply_stored_ones(
    prefect_api: None, store: Store, tmp_path: Path
) -> None:
    from plantrace.flows.ingest import ingest_flow
    from plantrace.flows.reprocess import reprocess_flow

    explicit = _write(tmp_path, _profile({"#5": "other"}, name="by hand"))
    [plan] = ingest_flow([str(PLAN)], db_url=store.url, profile=str(explicit))
    assert plan.outcome == "stored" and _dues(store, plan.sha256) == [None] * 8
    result = store.load_result(plan.sha256)
    assert result is not None and result.profile == "by hand"

    [plain] = ingest_flow([str(PLAN)], db_url=store.url, retry_failed=True)  # no profile now
    assert plain.outcome == "replaced" and _dues(store, plan.sha256) == FINISH

    _add(store, MISREAD)
    [diff] = reprocess_flow(db_url=store.url)
    assert diff.sha256 == plan.sha256
    assert _dues(store, plan.sha256) == START
    assert reprocess_flow(db_url=store.url) == []


def _dated_plan(path: Path, dues: tuple[str, str]) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Children's Services Improvement Plan 2025-26", style="Title")
    d.add_paragraph("This improvement plan answers the recommendations of the Ofsted inspection.")
    d.add_heading("Recommendation 1: Improve the quality of assessments", level=1)
    rows = [("1.1", "Introduce a single assessment framework with practice standards",
             "Head of Early Help", dues[0]),
            ("1.2", "Audit a sample of assessments every month and report the findings",
             "Principal Social Worker", dues[1])]  # fmt: skip
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for row, values in zip(t.rows, [("Ref", "Action", "Lead officer", "Due date"), *rows],
                           strict=True):  # fmt: skip
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(str(path))
    return path


def test_date_order_month_first_reads_us_numeric_dates(tmp_path: Path) -> None:
    """Numeric dates are day first unless the plan's own dates or its profile say otherwise:
    beside 31/12/2025 (only day first) 03/04/2025 is 3 April; beside 12/31/2025 (only month
    first) the plan is month/day/year and 03/04/2025 is 4 March, as a profile's date_order
    'mdy' says for a plan whose dates never show it."""
    uk = extract_file(_dated_plan(tmp_path / "uk-dates.docx", ("03/04/2025", "31/12/2025")))
    assert [a.due_date for a in uk.actions] == [date(2025, 4, 3), date(2025, 12, 31)]

    us_plan = _dated_plan(tmp_path / "us-dates.docx", ("03/04/2025", "12/31/2025"))
    shown = extract_file(us_plan)
    assert [a.due_raw for a in shown.actions] == ["03/04/2025", "12/31/2025"]
    assert [a.due_date for a in shown.actions] == [date(2025, 3, 4), date(2025, 12, 31)]

    ambiguous = _dated_plan(tmp_path / "ambiguous.docx", ("03/04/2025", "05/06/2025"))
    assert [a.due_date for a in extract_file(ambiguous).actions] == [
        date(2025, 4, 3),
        date(2025, 6, 5),
    ]
    said = extract_file(ambiguous, profile=LayoutProfile.from_dict({"date_order": "mdy"}))
    assert [a.due_date for a in said.actions] == [date(2025, 3, 4), date(2025, 5, 6)]
