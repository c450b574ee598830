"""`plantrace coverage` and `plantrace link` (issue 5): traceability from the command line."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from plantrace.cli.common import DbOption

link_app = typer.Typer(
    help="Pair plans with reports; confirm, reject, add or list trace links.", no_args_is_help=True
)


def _store(db: str | None, *paths: str | None):  # type: ignore[no-untyped-def]
    """The store; made only when a file named on the command line is to be ingested into it
    (a reading command with a typo in --db must not leave an empty database behind)."""
    from plantrace.cli.common import open_store

    return open_store(db, create=any(p is not None and Path(p).is_file() for p in paths))


def _resolve(store, ref: str, what: str) -> str:  # type: ignore[no-untyped-def]
    """A document by id/path; a path not yet stored is ingested first (the user pointed at it)."""
    from plantrace.cli.common import err

    sha = store.resolve(ref)
    if sha is None and Path(ref).is_file():
        from plantrace.pipeline.ingest import ingest_file

        outcome = ingest_file(store, ref)
        if outcome.status != "ok":
            err.print(
                f"[red]error:[/red] {what} {ref}: {outcome.error_code}: {outcome.error_message}"
            )
            raise typer.Exit(1)
        sha = outcome.sha256
    if sha is None:
        err.print(f"[red]error:[/red] no stored {what} matches {ref!r}")
        raise typer.Exit(1)
    return str(sha)


def _as_of(text: str | None) -> date:
    from plantrace.cli.common import as_of_date

    return as_of_date(text)


def _scheme(path: Path | None):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from plantrace.cli.common import EXIT_USAGE, fail
    from plantrace.pipeline.kpi_rag import RagScheme

    try:
        return RagScheme.load(path)
    except FileNotFoundError:
        fail(f"--rag-scheme {path}: no such file", EXIT_USAGE)
    except IsADirectoryError:
        fail(f"--rag-scheme {path} is a folder, not a JSON file", EXIT_USAGE)
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"--rag-scheme {path}: cannot be read ({exc.__class__.__name__})", EXIT_USAGE)
    except json.JSONDecodeError as exc:
        fail(f"--rag-scheme {path} is not valid JSON (line {exc.lineno}: {exc.msg})", EXIT_USAGE)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "the file"
        fail(f"--rag-scheme {path}: {where}: {first['msg']}", EXIT_USAGE)


def _out_dir(out: str) -> Path | None:
    """None for `-` (standard output); else a folder that exists or can be made."""
    from plantrace.cli.common import EXIT_USAGE, fail

    if out == "-":
        return None
    path = Path(out)
    if path.exists() and not path.is_dir():
        fail(f"--out {out} is a file: give a folder (or - for standard output)", EXIT_USAGE)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"--out {out}: cannot make the folder ({exc.strerror or exc})", EXIT_USAGE)
    return path


def coverage(
    report: Annotated[
        str | None,
        typer.Option(help="inspection report: path or stored id (default: the plan's pair)"),
    ] = None,
    plan: Annotated[str | None, typer.Option(help="improvement plan: path or stored id")] = None,
    all_pairs: Annotated[
        bool, typer.Option("--all", help="every stored plan with its paired report")
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            help="date for overdue actions: 31/03/2025 (day first) or 2025-03-31; default today"
        ),
    ] = None,
    fmt: Annotated[
        list[str], typer.Option("--format", help="html, json, csv, xlsx, md (repeatable)")
    ] = ["html"],  # noqa: B006
    out: Annotated[
        str, typer.Option(help="output folder, or - to write one format to standard output")
    ] = "out/coverage",
    rag_scheme: Annotated[
        Path | None, typer.Option(help="JSON RAG scheme (colours, tolerance)")
    ] = None,
    fail_under: Annotated[
        float | None, typer.Option(help="exit 3 when coverage % is below this")
    ] = None,
    include_partnership: Annotated[
        bool,
        typer.Option(
            help="count the safeguarding partnership's (LSCB's) own recommendations as the "
            "council's (default: shown apart, not counted)"
        ),
    ] = False,
    accept_pairing: Annotated[
        bool,
        typer.Option(
            help="the pairing is right although the plan does not name the report's authority "
            "or predates it: no warning"
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Write coverage reports: every recommendation's actions, owners, dates, RAG and status."""
    from plantrace.cli.common import EXIT_USAGE, fail, warn
    from plantrace.cli.common import err as console_err
    from plantrace.cli.common import out as console_out
    from plantrace.pipeline.coverage import FORMATS, CoverageError, write_coverage
    from plantrace.pipeline.render.words import warning_line
    from plantrace.pipeline.traceability import pair_all, set_pair

    bad = [f for f in fmt if f not in FORMATS]
    if bad:
        fail(f"unknown format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}", EXIT_USAGE)
    to_stdout = out == "-"
    if to_stdout and len(set(fmt)) != 1:
        fail("--out - writes one format to standard output: give exactly one --format", EXIT_USAGE)
    if to_stdout and plan is None:
        fail("--out - writes one report: give --plan", EXIT_USAGE)
    if plan is None and not all_pairs:
        fail("give --plan (and optionally --report), or --all", EXIT_USAGE)
    when = _as_of(as_of)
    scheme = _scheme(rag_scheme)
    out_dir = _out_dir(out)
    console = console_err if to_stdout else console_out  # stdout carries the report itself
    store = _store(db, plan, report)
    jobs: list[tuple[str | None, str]] = []
    if plan is not None:
        plan_sha = _resolve(store, plan, "plan")
        report_sha = _resolve(store, report, "report") if report else None
        jobs.append((report_sha, plan_sha))
    else:
        jobs = [(r, p) for r, p in pair_all(store)]
        if not jobs:
            fail(
                "no plan could be paired with a stored inspection report: ingest both, or pair "
                "them with `plantrace link pair --plan PLAN --report REPORT`"
            )
    worst = 100.0
    taken: set[str] = set()
    for report_sha, plan_sha in jobs:
        try:
            output = write_coverage(
                store,
                report_sha,
                plan_sha,
                when,
                list(dict.fromkeys(fmt)),
                out_dir,
                scheme,
                include_partnership=include_partnership,
                accept_pairing=accept_pairing,
                taken=taken,
            )
        except CoverageError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"--out {out}: cannot write ({exc.strerror or exc})", EXIT_USAGE)
        if plan is not None and report_sha is not None:
            set_pair(store, plan_sha, report_sha)  # the person's pairing, once it is valid
        s = output.report.summary
        worst = min(worst, s.coverage_pct)
        console.print(
            f"{output.report.plan.file}: {s.coverage_pct}% of Ofsted's recommendations covered, "
            f"{s.uncovered} not covered, {s.overdue_actions} overdue, "
            f"{s.orphan_actions} action{'' if s.orphan_actions == 1 else 's'} answering no "
            "recommendation",
            soft_wrap=True,
            markup=False,
            highlight=False,
        )
        for w in output.report.warnings:
            warn(warning_line(w))
        for f in output.files:
            console.print(f"  wrote {f}", soft_wrap=True, markup=False, highlight=False)
        for data in output.rendered.values():
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
    if fail_under is not None and jobs and worst < fail_under:
        console_err.print(f"coverage {worst}% is below --fail-under {fail_under}%")
        raise typer.Exit(3)


@link_app.command("pair")
def pair(
    plan: Annotated[str, typer.Option(help="plan path or id")],
    report: Annotated[str, typer.Option(help="report path or id")],
    db: DbOption = None,
) -> None:
    """Say which inspection report a plan answers (overrides automatic pairing)."""
    from plantrace.pipeline.traceability import set_pair

    store = _store(db, plan, report)
    set_pair(store, _resolve(store, plan, "plan"), _resolve(store, report, "report"))
    typer.echo("paired")


@link_app.command("run")
def run_links(
    plan: Annotated[
        str | None, typer.Option(help="plan path or id (default: every paired plan)")
    ] = None,
    db: DbOption = None,
) -> None:
    """Pair plans with reports and (re)compute automatic links; people's decisions are kept."""
    from plantrace.pipeline.traceability import get_pair, pair_all, relink

    store = _store(db, plan)
    pairs = pair_all(store)
    if plan is not None:
        sha = _resolve(store, plan, "plan")
        report = get_pair(store, sha)
        pairs = [(report, sha)] if report else []
    for report_sha, plan_sha in pairs:
        stored = relink(store, report_sha, plan_sha)
        typer.echo(f"{plan_sha[:12]} -> {report_sha[:12]}: {len(stored)} links")


@link_app.command("list")
def list_links(
    plan: Annotated[str, typer.Option(help="plan path or id")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List a plan's links with ids and the texts they join, for confirm/reject."""
    from rich.table import Table

    from plantrace.cli.common import print_table
    from plantrace.models.coverage import LinkSummary
    from plantrace.pipeline.render.tabular import clip
    from plantrace.pipeline.render.words import link_words
    from plantrace.pipeline.traceability import get_pair, load_links

    store = _store(db, plan)
    plan_sha = _resolve(store, plan, "plan")
    report_sha = get_pair(store, plan_sha)
    if report_sha is None:
        typer.echo(
            "the plan is not paired with a report: run `plantrace link pair` or `link run`",
            err=True,
        )
        raise typer.Exit(1)
    rows = load_links(store, report_sha, plan_sha)
    recs, items = _link_texts(store, report_sha, plan_sha)
    if as_json:
        for r in rows:
            number, rec_text = recs.get(r.link.recommendation_id, (None, None))
            ref, item_text = items.get((r.link.item_kind, r.link.item_id), (None, None))
            record = {"id": r.id, "origin": r.origin, **r.link.model_dump(mode="json")}
            record |= {
                "recommendation_number": number,
                "recommendation_text": rec_text,
                "item_ref": ref,
                "item_text": item_text,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table()
    # no 'state' column: an automatic link's stored state 'confirmed' is not a person's decision
    for col in ("id", "recommendation", "plan item", "how it was linked", "score"):
        table.add_column(col, overflow="fold")
    for r in rows:
        lk = r.link
        number, rec_text = recs.get(lk.recommendation_id, (lk.recommendation_id, ""))
        ref, item_text = items.get((lk.item_kind, lk.item_id), (lk.item_id, ""))
        summary = LinkSummary(
            method=lk.method.value, score=lk.score, state=lk.state.value, origin=r.origin
        )
        table.add_row(
            str(r.id),
            f"{number}: {clip(rec_text or '', 70)}",
            f"{lk.item_kind.replace('_', ' ')} {ref}: {clip(item_text or '', 70)}",
            link_words(summary),
            f"{lk.score:.2f}",
        )
    print_table(table)


def _link_texts(  # type: ignore[no-untyped-def]
    store, report_sha: str, plan_sha: str
) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], tuple[str, str]]]:
    """Printed numbers and texts of the report's recommendations and the plan's items."""
    report = store.load_result(report_sha)
    plan = store.load_result(plan_sha)
    recs = {
        r.id: (r.number or str(i), r.text)
        for i, r in enumerate(report.recommendations if report else [], start=1)
    }
    items: dict[tuple[str, str], tuple[str, str]] = {}
    if plan is not None:
        items |= {("action", a.id): (a.ref or a.id, a.text) for a in plan.actions}
        items |= {("kpi", k.id): (k.code or k.id, k.indicator) for k in plan.kpis}
        items |= {
            ("plan_recommendation", r.id): (r.number or r.id, r.text) for r in plan.recommendations
        }
    return recs, items


def _decide(link_id: int, state: str, note: str | None, db: str | None) -> None:
    from plantrace.models.links import LinkState
    from plantrace.pipeline.traceability import decide

    store = _store(db)
    try:
        decide(store, link_id, LinkState(state), note)
    except LookupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"link {link_id} {state}")


@link_app.command("confirm")
def confirm(
    link_id: int, note: Annotated[str | None, typer.Option()] = None, db: DbOption = None
) -> None:
    """Confirm a link: it becomes a person's decision and survives reprocessing."""
    _decide(link_id, "confirmed", note, db)


@link_app.command("reject")
def reject(
    link_id: int, note: Annotated[str | None, typer.Option()] = None, db: DbOption = None
) -> None:
    """Reject a link: recomputation will not bring it back."""
    _decide(link_id, "rejected", note, db)


@link_app.command("add")
def add(
    plan: Annotated[str, typer.Option(help="plan path or id")],
    recommendation: Annotated[str, typer.Option(help="report recommendation id (r3)")],
    item: Annotated[str, typer.Option(help="plan action id (a7), or kpi id with --kind kpi")],
    kind: Annotated[str, typer.Option(help="action | kpi | plan_recommendation")] = "action",
    report: Annotated[
        str | None, typer.Option(help="report path or id (default: the plan's pair)")
    ] = None,
    note: Annotated[str | None, typer.Option()] = None,
    db: DbOption = None,
) -> None:
    """Add a link the extractor missed."""
    from plantrace.cli.common import EXIT_USAGE, fail
    from plantrace.pipeline.traceability import add_link, get_pair

    kinds = ("action", "kpi", "plan_recommendation")
    if kind not in kinds:
        fail(f"--kind {kind!r} is not one of {', '.join(kinds)}", EXIT_USAGE)
    store = _store(db, plan, report)
    plan_sha = _resolve(store, plan, "plan")
    report_sha = _resolve(store, report, "report") if report else get_pair(store, plan_sha)
    if report_sha is None:
        typer.echo("error: the plan is not paired with a report; give --report", err=True)
        raise typer.Exit(1)
    try:
        new_id = add_link(store, report_sha, recommendation, plan_sha, item, kind, note)
    except LookupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"added link {new_id}")


@link_app.command("justify")
def justify_cmd(
    plan: Annotated[str, typer.Option(help="plan path or id")],
    recommendation: Annotated[str, typer.Option(help="report recommendation id (r3)")],
    reason: Annotated[str, typer.Option(help="why no action is needed")],
    db: DbOption = None,
) -> None:
    """Mark a recommendation as a deliberate gap: it counts as answered, the reason is shown."""
    from plantrace.pipeline.traceability import get_pair, justify

    store = _store(db, plan)
    plan_sha = _resolve(store, plan, "plan")
    report_sha = get_pair(store, plan_sha)
    if report_sha is None:
        typer.echo("error: the plan is not paired with a report", err=True)
        raise typer.Exit(1)
    justify(store, report_sha, recommendation, plan_sha, reason)
    typer.echo("justified")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("coverage")(coverage)
    app.add_typer(link_app, name="link")
