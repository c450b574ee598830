"""Daily use of the CLI as a person meets it (issue 15): help that reads right, ingest tables that
keep every column when piped, stored counts for unchanged files, warnings shown wherever a
document is shown, `list` saying whose and when, `show` naming candidates of a short prefix.

Real runs of `python -m plantrace` on the sample reports and plans.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from plantrace.cli.main import app
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.store import Store
from tests.conftest import REPO, SAMPLES

REPORT = SAMPLES / "reports" / "eastmere-inspection-2024.pdf"
PLAN = SAMPLES / "plans" / "eastmere-improvement-plan-2024.pdf"


def _cli(
    *args: str, cwd: Path = REPO, columns: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANTRACE_DB")}
    env.pop("COLUMNS", None)  # a pipe, as in CI logs and `| tee`
    if columns:
        env["COLUMNS"] = columns
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "plantrace", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _commands(group: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subs = getattr(group, "commands", None)
    if not subs:
        return [path]
    return [path] + [c for name, sub in subs.items() for c in _commands(sub, (*path, name))]


def test_help_shows_no_python_types_or_braces() -> None:
    """typer 0.27-0.29 printed `<bool>` on every flag, `<list[Path]>` and `{files}...`; the
    pin (pyproject.toml) keeps a typer whose help reads as a person expects."""
    for command in _commands(typer.main.get_command(app)):
        res = _cli(*command, "--help", columns="200")
        assert res.returncode == 0, (command, res.stderr)
        text = res.stdout
        assert "Usage: plantrace" in text, command
        for bad in ("<bool>", "<list[", "<str>", "<int>", "<path>", "{files}", "{paths}"):
            assert bad not in text, (command, bad, text)
    extract = _cli("extract", "--help", columns="200").stdout
    assert "Usage: plantrace extract [OPTIONS] FILES..." in extract
    assert "--pretty" in extract and "--no-pretty" in extract
    ingest = _cli("ingest", "--help", columns="200").stdout
    assert "--workers" in ingest and "INTEGER" in ingest and "PATHS..." in ingest


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A download folder: two reports, two plans and a web page saved as .pdf."""
    folder = tmp_path_factory.mktemp("downloads")
    for pdf in [*sorted((SAMPLES / "reports").glob("*.pdf")), PLAN]:
        shutil.copy(pdf, folder / pdf.name)
    (folder / "report-not-found.pdf").write_text(
        "<html><head><title>Report not found - Ofsted</title></head><body>gone</body></html>"
    )
    return folder


def test_unchanged_files_show_their_stored_counts_and_piped_tables_keep_every_column(
    downloads: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.sqlite")
    first = _cli("ingest", str(downloads), "--db", db, "--json")
    assert first.returncode == 0, first.stderr
    stored = {Path(o["file"]).name: o for o in map(json.loads, first.stdout.splitlines())}
    assert stored[REPORT.name]["recommendations"] == 7
    assert stored["northwold-inspection-2016.pdf"]["recommendations"] == 14
    assert stored[PLAN.name]["actions"] > 0
    assert stored["report-not-found.pdf"]["error_code"] == "not_pdf"

    again = _cli("ingest", str(downloads), "--db", db, "--json")
    for o in map(json.loads, again.stdout.splitlines()):
        first_time = stored[Path(o["file"]).name]
        if o["status"] != "ok":
            continue
        assert o["outcome"] == "unchanged"
        for key in ("kind", "pages", "recommendations", "actions", "kpis", "warnings"):
            assert o[key] == first_time[key], (o["file"], key)

    table = _cli("ingest", str(downloads), "--db", db)  # piped, no COLUMNS
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    header = next(line for line in lines if "status" in line and "outcome" in line)
    for column in ("file", "kind", "pages", "recs", "actions", "kpis", "warnings", "error"):
        assert f" {column} " in header, header
    bad = next(line for line in lines if "report-not-found.pdf" in line)
    assert "not_pdf: this is an HTML page saved with a .pdf name" in bad
    assert "'Report not found - Ofsted'" in bad  # the whole message, not cut at 80 columns
    row = next(line for line in lines if REPORT.name in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    assert cells[1:9] == ["ok", "unchanged", "inspection_report", "4", "7", "0", "0", "0"]
    assert "3 ok, 1 with errors" in table.stdout


def _store_with_warning(db: Path) -> tuple[str, str]:
    """The sample report stored as read, plus a warning an extractor could give."""
    result = extract_file(REPORT)
    result = result.model_copy(
        update={
            "warnings": [
                ExtractionWarning(
                    code="recommendations_count",
                    message="the summary says 8 recommendations [/bold] but 7 were read",
                    page=3,
                )
            ]
        }
    )
    store = Store(f"sqlite:///{db}")
    store.save_result(result, REPORT.stat().st_size)
    store.close()
    return result.sha256, "the summary says 8 recommendations [/bold] but 7 were read"


def test_warnings_are_shown_by_ingest_list_and_show(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    sha, message = _store_with_warning(db)
    ingested = _cli("ingest", str(REPORT), str(PLAN), "--db", str(db))
    assert ingested.returncode == 0, ingested.stderr
    out = ingested.stdout
    assert f"warning {REPORT.name} p. 3: recommendations_count: {message}" in out
    assert "2 ok, 0 with errors, 1 with warnings (listed above)" in out

    as_json = _cli("ingest", str(REPORT), "--db", str(db), "--json")
    (outcome,) = map(json.loads, as_json.stdout.splitlines())
    assert outcome["outcome"] == "unchanged" and outcome["recommendations"] == 7
    assert outcome["warnings"] == [{"code": "recommendations_count", "message": message, "page": 3}]

    listed = _cli("list", "--db", str(db), "--warnings", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["sha256"] for r in rows] == [sha]  # only the document with warnings
    assert rows[0]["warnings"][0]["message"] == message
    text = _cli("list", "--db", str(db), "--warnings").stdout
    assert f"{sha[:12]} {REPORT.name} p. 3: recommendations_count: {message}" in text
    assert PLAN.name not in text

    shown = _cli("show", sha[:12], "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["warnings"][0]["code"] == "recommendations_count"
    assert f"warning: {REPORT.name} p. 3: recommendations_count: {message}" in shown.stderr


def test_list_says_whose_what_and_when(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    _cli("ingest", str(SAMPLES / "reports"), str(PLAN), "--db", db, "--json")
    rows = {
        Path(r["sources"][0]).name: r
        for r in map(json.loads, _cli("list", "--db", db, "--json").stdout.splitlines())
    }
    report = rows[REPORT.name]
    assert (report["authority"], report["kind"]) == (
        "Eastmere Borough Council",
        "inspection_report",
    )
    assert (report["date_kind"], report["date"]) == ("inspection", "2024-06-21")
    north = rows["northwold-inspection-2016.pdf"]
    assert (north["authority"], north["date"]) == ("Northwold County Council", "2016-03-31")
    plan = rows[PLAN.name]  # a plan prints no authority field: its report's, found by name
    assert (plan["authority"], plan["kind"], plan["date_kind"]) == (
        "Eastmere Borough Council",
        "improvement_plan",
        "plan",
    )
    assert plan["date"].startswith("2024")
    table = _cli("list", "--db", db).stdout
    line = next(line for line in table.splitlines() if "northwold-inspection" in line)
    assert "Northwold County Council" in line and "inspection 2016-03-31" in line


def test_show_names_the_candidates_of_a_short_prefix(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    _cli("ingest", str(REPORT), "--db", db, "--json")
    sha = hashlib.sha256(REPORT.read_bytes()).hexdigest()
    short = _cli("show", sha[:4], "--db", db)
    assert short.returncode == 1
    assert short.stderr.strip() == (
        f"error: '{sha[:4]}' is too short: give at least 6 characters of the sha256 or a"
        f" source path; documents starting with it: {sha[:12]} {REPORT.name}"
    )
    assert json.loads(_cli("show", sha[:6], "--db", db).stdout)["sha256"] == sha
    assert json.loads(_cli("show", str(REPORT), "--db", db).stdout)["sha256"] == sha


def test_extract_takes_a_folder_like_ingest() -> None:
    res = _cli("extract", str(SAMPLES / "reports"))
    assert res.returncode == 0, res.stderr
    names = [Path(json.loads(line)["file"]).name for line in res.stdout.splitlines()]
    assert names == ["eastmere-inspection-2024.pdf", "northwold-inspection-2016.pdf"]


def test_reading_commands_never_create_a_store(tmp_path: Path) -> None:
    for args in (["list"], ["show", "abcdef"], ["list", "--db", "typo/x.sqlite"]):
        res = _cli(*args, cwd=tmp_path)
        assert res.returncode == 2 and res.stderr.startswith("error: no store at"), res.stderr
    assert list(tmp_path.iterdir()) == []
