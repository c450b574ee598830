"""Every subcommand with the mistakes people make: one `error:` line on stderr, the right exit
code, no traceback, and nothing created where the command ran (issue 15).

Each case runs the real CLI (`python -m plantrace`) in a fresh empty folder; the cases that need
stored documents share one store holding the sample reports and plans. Exit codes (README):
1 = nothing to do or nothing found, 2 = bad arguments or a store that cannot be used.

A new subcommand must get its cases here: `test_every_subcommand_has_cases` fails until it does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import typer

from plantrace.cli.main import app
from tests.conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow  # about 80 CLI runs in subprocesses: a few minutes

REPORT = SAMPLES / "reports" / "eastmere-inspection-2024.pdf"
PLAN = SAMPLES / "plans" / "eastmere-improvement-plan-2024.pdf"


@dataclass(frozen=True)
class Case:
    """`args` may hold {store}, {report}, {plan}, {outside}, {textfile}, {empty}, {closed}."""

    id: str
    args: tuple[str, ...]
    code: int
    says: str  # words the error line must hold
    xfail: str | None = None
    env: dict[str, str] = field(default_factory=dict)


def C(id: str, *args: str, code: int = 2, says: str, xfail: str | None = None) -> Case:  # noqa: N802
    return Case(id, tuple(args), code, says, xfail)


# fmt: off
CASES: list[Case] = [
    # the app itself
    C("unknown-command", "ingets", "samples", says="No such command 'ingets'"),
    C("unknown-global-option", "--versoin", says="No such option: --versoin"),
    # extract
    C("extract-missing-file", "extract", "/no/such.pdf", says="no such file or folder: /no/such.pdf"),
    C("extract-empty-folder", "extract", "{empty}", code=1, says="no document to read in"),
    C("extract-no-argument", "extract", says="Missing argument 'FILES...'"),
    C("extract-option-typo", "extract", "--prety", "{report}", says="No such option: --prety"),
    # ingest
    C("ingest-missing-path", "ingest", "/no/such/path", says="no such file or folder: /no/such/path"),
    C("ingest-folder-without-pdf", "ingest", "{textfolder}", code=1, says="no document to read in"),
    C("ingest-store-folder-unwritable", "ingest", "{report}", "--db", "/proc/x/y.sqlite", says="cannot open the store at /proc/x/y.sqlite"),
    C("ingest-store-not-a-database", "ingest", "{report}", "--db", "{textfile}", says="cannot open the store"),
    C("ingest-store-unknown-url", "ingest", "{report}", "--db", "nosuchdb://x/y", says="cannot open the store at nosuchdb://x/y"),
    C("ingest-store-unreachable", "ingest", "{report}", "--db", "{closed}", says="Connection refused"),
    C("ingest-workers-zero", "ingest", "{report}", "--workers", "0", says="0 is not in the range x>=1"),
    C("ingest-workers-not-a-number", "ingest", "{report}", "--workers", "two", says="'two' is not a valid integer"),
    C("ingest-dask-address-not-an-address", "ingest", "{report}", "--dask-address", "my laptop", says="not a Dask scheduler address"),
    C("ingest-option-typo", "ingest", "{report}", "--dbb", "x.sqlite", says="No such option: --dbb"),
    # show
    C("show-prefix-too-short", "show", "{prefix4}", "--db", "{store}", code=1, says="is too short"),
    C("show-no-match", "show", "ffffffffffff", "--db", "{store}", code=1, says="no stored document matches 'ffffffffffff'"),
    C("show-no-store", "show", "abcdef", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("show-unknown-version", "show", "{report}", "--db", "{store}", "--version", "9.9.9", code=1, says="no run of"),
    C("show-no-argument", "show", says="Missing argument 'DOC'"),
    # list
    C("list-no-store", "list", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("list-default-store-absent", "list", says="no store at .plantrace/plantrace.sqlite"),
    C("list-store-not-a-database", "list", "--db", "{textfile}", says="cannot open the store"),
    C("list-store-unreachable", "list", "--db", "{closed}", says="Connection refused"),
    # schema
    C("schema-extra-argument", "schema", "extra", says="unexpected extra argument"),
    # eval
    C("eval-missing-path", "eval", "/no/such/gold", says="no such file or folder: /no/such/gold"),
    C("eval-no-gold-files", "eval", "{empty}", code=1, says="no gold files"),
    C("eval-not-json", "eval", "{textfile}", code=1, says="not a gold file"),
    # coverage (plantrace/cli/coverage_cmd.py)
    C("coverage-bad-date", "coverage", "--all", "--db", "{store}", "--as-of", "2025-13-45", "--out", "{outside}", says="2025-13-45"),
    C("coverage-us-date", "coverage", "--all", "--db", "{store}", "--as-of", "03/31/2025", "--out", "{outside}", says="03/31/2025"),
    C("coverage-out-unwritable", "coverage", "--all", "--db", "{store}", "--out", "/proc/cov", says="/proc/cov"),
    C("coverage-rag-scheme-missing", "coverage", "--all", "--db", "{store}", "--rag-scheme", "/tmp/nope-h15a.json", "--out", "{outside}", says="/tmp/nope-h15a.json"),
    C("coverage-rag-scheme-not-json", "coverage", "--all", "--db", "{store}", "--rag-scheme", "{textfile}", "--out", "{outside}", says="rag"),
    C("coverage-swapped-plan-report", "coverage", "--plan", "{report}", "--report", "{plan}", "--db", "{store}", "--out", "{outside}", code=1, says="they look swapped"),
    C("coverage-nothing-asked", "coverage", "--db", "{store}", "--out", "{outside}", says="--plan"),
    C("coverage-unknown-format", "coverage", "--all", "--db", "{store}", "--format", "pdf", "--out", "{outside}", says="pdf"),
    C("coverage-no-store", "coverage", "--all", "--db", "typo/x.sqlite", "--out", "{outside}", says="no store at typo/x.sqlite"),
    C("coverage-nothing-to-pair", "coverage", "--all", "--db", "{reportsonly}", "--out", "{outside}", code=1, says="no plan"),
    # link (plantrace/cli/coverage_cmd.py)
    C("link-list-unknown-plan", "link", "list", "--plan", "nosuchplan", "--db", "{store}", code=1, says="nosuchplan"),
    C("link-list-no-plan", "link", "list", "--db", "{store}", says="Missing option '--plan'"),
    C("link-list-no-store", "link", "list", "--plan", "abcdef", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("link-confirm-not-a-number", "link", "confirm", "abc", says="'abc' is not a valid integer"),
    C("link-confirm-unknown-link", "link", "confirm", "999999", "--db", "{store}", code=1, says="999999"),
    C("link-reject-unknown-link", "link", "reject", "999999", "--db", "{store}", code=1, says="999999"),
    C("link-add-unknown-recommendation", "link", "add", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r99", "--item", "a1", "--db", "{store}", code=1, says="r99"),
    C("link-add-unknown-kind", "link", "add", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--item", "a1", "--kind", "nonsense", "--db", "{store}", says="nonsense"),
    C("link-justify-unknown-plan", "link", "justify", "--plan", "nosuchplan", "--recommendation", "r1", "--reason", "x", "--db", "{store}", code=1, says="nosuchplan"),
    C("link-run-unknown-plan", "link", "run", "--plan", "nosuchplan", "--db", "{store}", code=1, says="nosuchplan"),
    C("link-pair-missing-file", "link", "pair", "--plan", "/no/such.pdf", "--report", "{report}", "--db", "{store}", code=1, says="/no/such.pdf"),
    # people's link decisions name who takes them (--name or PLANTRACE_REVIEWER) and quote a version
    C("link-add-no-name", "link", "add", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--item", "a1", "--db", "{store}", says="no decision without a name: say who you are first: give --name NAME or set PLANTRACE_REVIEWER"),
    C("link-add-blank-name", "link", "add", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--item", "a1", "--name", "   ", "--db", "{store}", says="no decision without a name"),
    C("link-add-unknown-item", "link", "add", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--item", "a999", "--name", "Ann", "--db", "{store}", code=1, says="the plan has no action a999"),
    C("link-justify-no-name", "link", "justify", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--reason", "x", "--db", "{store}", says="no decision without a name"),
    C("link-justify-unknown-recommendation", "link", "justify", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r99", "--reason", "x", "--name", "Ann", "--db", "{store}", code=1, says="the report has no recommendation r99"),
    C("link-justify-stale-version", "link", "justify", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--reason", "x", "--name", "Ann", "--version", "2020-01-01T00:00:00", "--db", "{store}", code=4, says="gap r1 was changed: it is now open"),
    C("link-justify-withdraw-without-version", "link", "justify", "--plan", "{plan}", "--report", "{report}", "--recommendation", "r1", "--reason", "", "--name", "Ann", "--db", "{store}", says="--reason '' withdraws a recorded reason: give its --version"),
    # reprocess / serve
    C("reprocess-no-store", "reprocess", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("reprocess-workers-zero", "reprocess", "--db", "{store}", "--workers", "0", says="0 is not in the range x>=1"),
    C("serve-interval-zero", "serve", "--db", "{store}", "--inbox-interval", "0", says="--inbox-interval must be positive"),
    C("serve-bad-cron", "serve", "--db", "{store}", "--reprocess-cron", "every night", says="every night"),
    C("serve-bad-timezone", "serve", "--db", "{store}", "--timezone", "Mars/Olympus", says="Mars/Olympus"),
    C("serve-inbox-is-a-file", "serve", "--db", "{store}", "--inbox", "{textfile}", says="not a folder"),
    C("serve-limit-zero", "serve", "--db", "{store}", "--limit", "0", says="0 is not in the range x>=1"),
    # bench / fuzz
    C("bench-missing-path", "bench", "/no/such", says="no such file or folder: /no/such"),
    C("bench-empty-folder", "bench", "{empty}", code=1, says="no PDF files"),
    C("bench-unknown-stage", "bench", "{report}", "--stages", "floor,nosuch", says="nosuch"),
    C("fuzz-cases-zero", "fuzz", "--cases", "0", says="0 is not in the range x>=1"),
    C("fuzz-share-over-one", "fuzz", "--pdf-share", "2", says="2.0 is not in the range"),
    C("fuzz-samples-missing", "fuzz", "--cases", "1", "--samples", "/no/such", says="no such file or folder: /no/such"),
    C("fuzz-save-failures-unwritable", "fuzz", "--cases", "1", "--save-failures", "/proc/fuzz", says="/proc/fuzz"),
    # tables (issue 11), export (issue 13), review (issue 14)
    C("tables-missing-file", "tables", "/no/such.pdf", says="/no/such.pdf"),
    C("tables-bad-pages", "tables", "{report}", "--pages", "two", says="two"),
    C("export-unwritable-out", "export", "--out", "/proc/export", "--db", "{store}", says="/proc/export"),
    C("export-unknown-format", "export", "--out", "{outside}", "--format", "nope", "--db", "{store}", says="nope"),
    C("export-no-store", "export", "--out", "{outside}", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("site-unwritable-out", "site", "--out", "/proc/site", "--db", "{store}", says="/proc/site"),
    C("site-no-store", "site", "--out", "{outside}", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("review-no-store", "review", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("review-bad-port", "review", "--db", "{store}", "--port", "99999", says="99999"),
    C("review-bad-date", "review", "--db", "{store}", "--as-of", "2025-13-45", says="2025-13-45"),
    # layout profiles (issue 11 part 6): --profile on extract/ingest/reprocess, profile add/list/remove
    C("extract-profile-missing", "extract", "{plan}", "--profile", "/no/such.json", says="--profile /no/such.json: no such file"),
    C("extract-profile-not-json", "extract", "{plan}", "--profile", "{textfile}", says="cannot read the profile"),
    C("extract-profile-unknown-role", "extract", "{plan}", "--profile", "{badrole}", says="unknown role 'deadline'"),
    C("ingest-profile-missing", "ingest", "{plan}", "--profile", "/no/such.json", says="--profile /no/such.json: no such file"),
    C("ingest-profile-unknown-role", "ingest", "{plan}", "--profile", "{badrole}", says="unknown role 'deadline'"),
    C("reprocess-profile-not-json", "reprocess", "--db", "{store}", "--profile", "{textfile}", says="cannot read the profile"),
    C("profile-add-missing-file", "profile", "add", "/no/such.json", "--db", "{store}", says="no such file"),
    C("profile-add-no-signature", "profile", "add", "{nosignature}", "--db", "{store}", says="no 'signature'"),
    C("profile-add-bad-date-order", "profile", "add", "{badorder}", "--db", "{store}", says="date_order must be 'dmy' or 'mdy'"),
    C("profile-list-no-store", "profile", "list", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
    C("profile-remove-unknown", "profile", "remove", "nosuchprofile", "--db", "{store}", says="no stored profile named 'nosuchprofile'"),
    C("profile-remove-no-store", "profile", "remove", "x", "--db", "typo/x.sqlite", says="no store at typo/x.sqlite"),
]
# fmt: on

# Accepted, not errors: a UK officer's day-first date (issue 15)
ACCEPTED: list[tuple[str, tuple[str, ...]]] = [
    ("coverage-day-first-date", ("coverage", "--all", "--db", "{store}", "--as-of", "31/03/2025", "--format", "json", "--out", "{outside}")),
    ("coverage-iso-date", ("coverage", "--all", "--db", "{store}", "--as-of", "2025-03-31", "--format", "json", "--out", "{outside}")),
]  # fmt: skip


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A store with the sample reports and plans; a reports-only store; odd files and folders."""
    root = tmp_path_factory.mktemp("world")
    store, reports_only = root / "store.sqlite", root / "reports.sqlite"
    for db, paths in (
        (store, [SAMPLES / "reports", SAMPLES / "plans"]),
        (reports_only, [SAMPLES / "reports"]),
    ):
        res = _cli("ingest", *map(str, paths), "--db", str(db), "--json", cwd=root)
        assert res.returncode == 0, res.stderr
    (root / "empty").mkdir()
    (root / "texts").mkdir()
    (root / "texts" / "notes.txt").write_text("not a report\n")
    (root / "texts" / "page.html").write_text("<html></html>\n")
    (root / "not-a-database.txt").write_text("hello, I am not a database\n")
    (root / "badrole.json").write_text('{"columns": {"Finish": "deadline"}}\n')
    (root / "nosignature.json").write_text('{"columns": {"Finish": "due"}}\n')
    (root / "badorder.json").write_text(
        '{"columns": {}, "date_order": "ymd", "signature": [["A", "B"]]}\n'
    )
    import hashlib

    prefix = hashlib.sha256(REPORT.read_bytes()).hexdigest()[:4]
    return {
        "store": str(store),
        "reportsonly": str(reports_only),
        "report": str(REPORT),
        "plan": str(PLAN),
        "outside": str(root / "out"),
        "textfile": str(root / "not-a-database.txt"),
        "badrole": str(root / "badrole.json"),
        "nosignature": str(root / "nosignature.json"),
        "badorder": str(root / "badorder.json"),
        "textfolder": str(root / "texts"),
        "empty": str(root / "empty"),
        "closed": f"postgresql://plantrace@127.0.0.1:{_closed_port()}/plantrace",
        "prefix4": prefix,
    }


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANTRACE_DB")}
    env.pop("PREFECT_API_URL", None)  # serve's bad arguments must fail before Prefect is asked
    env.pop("PLANTRACE_REVIEWER", None)  # the no-name cases must not find a name here
    # one logical line: rich would wrap a long message at the pipe's 80 columns
    env.update(COLUMNS="2000", PYTHONPATH=str(REPO))
    return env


def _cli(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plantrace", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _check_one_line_error(res: subprocess.CompletedProcess[str], case: Case) -> None:
    shown = f"exit {res.returncode}\nstdout: {res.stdout[-2000:]}\nstderr: {res.stderr[-2000:]}"
    assert "Traceback" not in res.stderr + res.stdout, shown
    assert "internal error" not in res.stderr, shown
    lines = [ln for ln in res.stderr.splitlines() if ln.strip() and not ln.startswith("warning")]
    assert len(lines) == 1 and lines[0].startswith("error: "), shown
    assert case.says in lines[0], shown
    assert res.returncode == case.code, shown


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=c.xfail)])
        if c.xfail
        else pytest.param(c, id=c.id)
        for c in CASES
    ],
)
def test_bad_arguments_give_one_line_and_the_right_exit_code(
    case: Case, ran: dict[str, tuple[subprocess.CompletedProcess[str] | None, list[str]]]
) -> None:
    res, left = ran[case.id]
    assert res is not None, "still running after 60 s (did it start serving?)"
    _check_one_line_error(res, case)
    assert left == [], f"the failed command left {left} behind"


@pytest.fixture(scope="module")
def ran(
    world: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[subprocess.CompletedProcess[str] | None, list[str]]]:
    """Every case run once, a few at a time (each is mostly Python starting up), each in an
    empty folder of its own: its result and what it left in that folder."""

    def run(case: Case) -> tuple[subprocess.CompletedProcess[str] | None, list[str]]:
        cwd = tmp_path_factory.mktemp(case.id)
        try:  # a command that starts serving never ends
            res = _cli(*[a.format(**world) for a in case.args], cwd=cwd, timeout=60)
        except subprocess.TimeoutExpired:
            res = None
        return res, sorted(p.relative_to(cwd).as_posix() for p in cwd.rglob("*"))

    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        return dict(zip((c.id for c in CASES), pool.map(run, CASES), strict=True))


@pytest.mark.parametrize("args", [pytest.param(a, id=i) for i, a in ACCEPTED])
def test_day_first_and_iso_dates_are_accepted(
    args: tuple[str, ...], world: dict[str, str], tmp_path: Path
) -> None:
    out = Path(world["outside"])
    shutil.rmtree(out, ignore_errors=True)
    res = _cli(*[a.format(**world) for a in args], cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "error" not in res.stderr.lower() and "Traceback" not in res.stderr
    written = sorted(p.name for p in out.glob("*.json"))
    assert written and all("asof-2025-03-31" in name for name in written), written


def _commands(group: object, path: tuple[str, ...] = ()) -> list[str]:
    subs = getattr(group, "commands", None)
    if not subs:
        return [" ".join(path)]
    return [c for name, sub in subs.items() for c in _commands(sub, (*path, name))]


def test_every_subcommand_has_cases() -> None:
    """Every command of the app, those added since included, is in the matrix above."""
    commands = _commands(typer.main.get_command(app))
    covered = {" ".join(a for a in c.args[:2] if not a.startswith(("-", "{", "/"))) for c in CASES}
    covered |= {c.args[0] for c in CASES}
    missing = [c for c in commands if c not in covered]
    assert missing == [], f"subcommands without bad-argument cases: {missing}"
    assert len(CASES) >= 60
