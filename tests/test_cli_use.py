"""Daily use of the CLI as a person meets it (issue 15): help that reads right, ingest tables that
keep every column when piped, stored counts for unchanged files, warnings shown wherever a
document is shown, `list` saying whose and when, `show` naming candidates of a short prefix.

Real runs of `python -m plantrace` on the sample reports and plans.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
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


# ---- people's link decisions from the CLI: the review app's one path (pipeline/decisions.py) ----
LIST_KEYS = {  # `link list --json` before the decision path was shared: kept, only added to
    "id", "origin", "report_sha256", "recommendation_id", "plan_sha256", "item_kind", "item_id",
    "method", "score", "state", "evidence", "recommendation_number", "recommendation_text",
    "item_ref", "item_text",
}  # fmt: skip


def _decided(store: Store) -> dict[tuple[str, str], int]:
    """The factories' report and plan stored, paired and linked: (rec, item) -> link id."""
    from plantrace.pipeline.traceability import relink, set_pair
    from tests import factories as f

    store.save_result(f.report())
    store.save_result(f.plan())
    set_pair(store, f.PLAN_SHA, f.REPORT_SHA)
    return {(s.link.recommendation_id, s.link.item_id): s.id for s in relink(store, f.REPORT_SHA, f.PLAN_SHA)}  # fmt: skip


def _link_cli(store: Store, *args: str, name: str | None = None) -> typer.testing.Result:
    from typer.testing import CliRunner

    env = {"PLANTRACE_REVIEWER": name} if name else {}
    return CliRunner(env=env).invoke(app, ["link", *args, "--db", store.url])


def _listed(store: Store) -> dict[int, dict[str, object]]:
    from tests import factories as f

    res = _link_cli(store, "list", "--plan", f.PLAN_SHA, "--json")
    assert res.exit_code == 0, res.output
    return {r["id"]: r for r in map(json.loads, res.stdout.splitlines())}


def test_cli_link_decisions_take_a_name_write_history_and_check_versions(store: Store) -> None:
    from plantrace.pipeline import decisions
    from tests import factories as f

    os.environ.pop("PLANTRACE_REVIEWER", None)
    link = _decided(store)[("r5", "r3")]  # suggested by similar wording: a person must look
    before = _listed(store)[link]
    assert set(before) >= LIST_KEYS
    assert (before["version"], before["decided_by"], before["state"]) == (
        "auto:suggested:",
        None,
        "suggested",
    )

    nameless = _link_cli(store, "confirm", str(link))
    assert nameless.exit_code == 2
    assert nameless.stderr.strip() == (
        "error: no decision without a name: say who you are first: give --name NAME or set "
        "PLANTRACE_REVIEWER"
    )
    assert decisions.history(store) == [] and _listed(store)[link]["state"] == "suggested"

    ok = _link_cli(store, "confirm", str(link), "--name", "Ann", "--note", "same topic")
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.strip() == f"link {link} confirmed by Ann"
    [entry] = decisions.history(store, f.PLAN_SHA)
    assert (entry["who"], entry["verb"], entry["target"], entry["before"], entry["after"]) == (
        "Ann", "confirm", "link r5 <- plan_recommendation r3", "suggested (auto)",
        "confirmed (person)",
    )  # fmt: skip
    assert entry["note"] == "same topic" and entry["texts"]["recommendation"] == f.REPORT_RECS[4]
    now = _listed(store)[link]
    assert now["decided_by"] == "Ann" and now["note"] == "same topic"
    assert str(now["version"]).startswith("person:confirmed:") and now["state"] == "confirmed"

    # Bo, named by the environment, did not see Ann's decision: refused, nothing written
    stale = _link_cli(store, "reject", str(link), name="Bo")
    assert stale.exit_code == 4
    assert stale.stderr.strip().startswith(
        "error: link r5 <- plan_recommendation r3 was changed by Ann at "
    )
    assert stale.stderr.strip().endswith(
        f": it is now confirmed (person); to decide on it as it is now, give --version "
        f"{now['version']}"
    )
    assert len(decisions.history(store)) == 1 and _listed(store)[link]["state"] == "confirmed"

    # having read it, Bo decides on it as it is now (--json: the link as `link list` shows it)
    res = _link_cli(
        store, "reject", str(link), "--version", str(now["version"]), "--json", name="Bo"
    )
    assert res.exit_code == 0, res.output
    printed = json.loads(res.stdout)
    assert printed == _listed(store)[link]
    assert (printed["state"], printed["origin"], printed["decided_by"]) == (
        "rejected",
        "person",
        "Bo",
    )
    assert printed["version"] != now["version"]
    again = _link_cli(store, "confirm", str(link), "--version", str(now["version"]), name="Cy")
    assert again.exit_code == 4 and "was changed by Bo at" in again.stderr
    assert [(e["who"], e["verb"]) for e in decisions.history(store)] == [("Bo", "reject"), ("Ann", "confirm")]  # fmt: skip


def test_cli_link_add_and_justify_are_decisions_the_review_history_shows(store: Store) -> None:
    import warnings

    from plantrace.pipeline import decisions
    from plantrace.pipeline.traceability import load_justifications
    from tests import factories as f

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from plantrace.review.app import create_app

    os.environ.pop("PLANTRACE_REVIEWER", None)
    ids = _decided(store)
    assert ("r3", "a4") not in ids
    nameless = _link_cli(store, "add", "--plan", f.PLAN_SHA, "--recommendation", "r3", "--item", "a4")  # fmt: skip
    assert nameless.exit_code == 2 and "no decision without a name" in nameless.stderr
    res = _link_cli(
        store, "add", "--plan", f.PLAN_SHA, "--recommendation", "r3", "--item", "a4", "--json",
        "--note", "covers missing children", name="Cy",
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    added = json.loads(res.stdout)
    assert set(added) >= LIST_KEYS and added == _listed(store)[added["id"]]
    assert (added["method"], added["state"], added["origin"], added["decided_by"]) == (
        "manual", "confirmed", "person", "Cy",
    )  # fmt: skip
    twice = _link_cli(store, "add", "--plan", f.PLAN_SHA, "--recommendation", "r3", "--item", "a4", name="Di")  # fmt: skip
    assert twice.exit_code == 4
    assert f"`plantrace link confirm|reject {added['id']} --version {added['version']}`" in twice.stderr  # fmt: skip

    # an automatic link added by a person becomes theirs, keeping its id
    auto = ids[("r1", "a1")]
    res = _link_cli(store, "add", "--plan", f.PLAN_SHA, "--recommendation", "r1", "--item", "a1", name="Cy")  # fmt: skip
    assert res.exit_code == 0 and res.stdout.strip() == f"added link {auto} by Cy"
    assert _listed(store)[auto]["method"] == "manual"

    gap = ["justify", "--plan", f.PLAN_SHA, "--recommendation", "r2"]
    res = _link_cli(store, *gap, "--reason", "police lead this", "--json", name="Di")
    assert res.exit_code == 0, res.output
    first = json.loads(res.stdout)
    assert (first["reason"], first["decided_by"], first["recommendation_id"]) == (
        "police lead this", "Di", "r2",
    )  # fmt: skip
    stale = _link_cli(store, *gap, "--reason", "not needed", name="Ed")
    assert stale.exit_code == 4
    assert stale.stderr.strip() == (
        f"error: gap r2 was changed by Di at {decisions.history(store)[0]['at']:%Y-%m-%d %H:%M}: "
        f"it is now justified ('police lead this'); to decide on it as it is now, give --version "
        f"{first['version']}"
    )
    res = _link_cli(store, *gap, "--reason", "not needed", "--version", first["version"], name="Ed")
    assert res.exit_code == 0 and res.stdout.strip() == "justified r2 by Ed"
    assert load_justifications(store, f.REPORT_SHA, f.PLAN_SHA) == {"r2": "not needed"}
    unknown = _link_cli(store, "justify", "--plan", f.PLAN_SHA, "--recommendation", "r9", "--reason", "x", name="Ed")  # fmt: skip
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == "error: the report has no recommendation r9"

    log = decisions.history(store, f.PLAN_SHA)
    assert [(e["who"], e["verb"], e["target"]) for e in log] == [
        ("Ed", "justify", "gap r2"),
        ("Di", "justify", "gap r2"),
        ("Cy", "add", "link r1 <- action a1"),
        ("Cy", "add", "link r3 <- action a4"),
    ]
    assert log[-1]["note"] == "covers missing children" and log[-1]["before"] is None
    assert log[1]["before"] is None and log[0]["before"] == "police lead this"
    with TestClient(create_app(store, read_only=True)) as client:
        page = client.get(f"/history?plan={f.PLAN_SHA}")
    assert page.status_code == 200
    rows = re.findall(r"<tr>\s*<td>[^<]+</td>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>", page.text)
    assert rows == [("Ed", "justify"), ("Di", "justify"), ("Cy", "add"), ("Cy", "add")]
