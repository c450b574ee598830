"""`plantrace link`: pair plans with reports, list links, and take people's decisions on them.

confirm, reject, add and justify go through pipeline/decisions.py, the path the review app
takes: every decision names who took it (--name or PLANTRACE_REVIEWER), is written to the history
the review app shows, and is checked against the version the person saw, so a decision someone
else took in the meantime is never silently overwritten (exit 4, with who and what).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from plantrace.cli.common import EXIT_FAILED, EXIT_USAGE, DbOption, fail
from plantrace.cli.coverage_cmd import _resolve, _store

T = TypeVar("T")

#: A decision refused because the link or gap changed since the version given (README).
EXIT_CONFLICT = 4
REVIEWER_ENV = "PLANTRACE_REVIEWER"
KINDS = ("action", "kpi", "plan_recommendation")

link_app = typer.Typer(
    help="Pair plans with reports; confirm, reject, add or list trace links.", no_args_is_help=True
)

NameOption = Annotated[
    str | None,
    typer.Option(
        "--name",
        envvar=REVIEWER_ENV,
        show_envvar=True,
        help="who decides: recorded in the decision history (required)",
    ),
]
VersionOption = Annotated[
    str | None,
    typer.Option(
        "--version",
        help="the version you decided on, as `link list --json` shows it (default: the link as "
        "the extractor made it; a link a person decided on needs its version)",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="print the result as one JSON object")]


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
    records = _LinkRecords(store, report_sha, plan_sha)
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(records.record(r), ensure_ascii=False) + "\n")
        return
    table = Table()
    # no 'state' column: an automatic link's stored state 'confirmed' is not a person's decision
    for col in ("id", "recommendation", "plan item", "how it was linked", "score", "decided by"):
        table.add_column(col, overflow="fold")
    for r in rows:
        lk = r.link
        record = records.record(r)
        summary = LinkSummary(
            method=lk.method.value, score=lk.score, state=lk.state.value, origin=r.origin
        )
        table.add_row(
            str(r.id),
            f"{record['recommendation_number']}: {clip(record['recommendation_text'] or '', 70)}",
            f"{lk.item_kind.replace('_', ' ')} {record['item_ref']}: "
            f"{clip(record['item_text'] or '', 70)}",
            link_words(summary),
            f"{lk.score:.2f}",
            record["decided_by"] or "",
        )
    print_table(table)


class _LinkRecords:
    """A link as `link list --json` and the decision commands print it: the stored link, the
    texts it joins, its version and who decided on it last (keys are only ever added)."""

    def __init__(self, store: Any, report_sha: str, plan_sha: str) -> None:
        from plantrace.pipeline import decisions

        report = store.load_result(report_sha)
        plan = store.load_result(plan_sha)
        self.recs = {
            r.id: (r.number or str(i), r.text)
            for i, r in enumerate(report.recommendations if report else [], start=1)
        }
        self.items: dict[tuple[str, str], tuple[str, str]] = {}
        if plan is not None:
            self.items |= {("action", a.id): (a.ref or a.id, a.text) for a in plan.actions}
            self.items |= {("kpi", k.id): (k.code or k.id, k.indicator) for k in plan.kpis}
            self.items |= {
                ("plan_recommendation", r.id): (r.number or r.id, r.text)
                for r in plan.recommendations
            }
        self.versions = decisions.link_versions(store, report_sha, plan_sha)
        self.last = decisions.last_decisions(store, plan_sha)

    def record(self, stored: Any) -> dict[str, Any]:
        from plantrace.pipeline.decisions import link_target

        lk = stored.link
        key = (lk.recommendation_id, lk.item_kind, lk.item_id)
        number, rec_text = self.recs.get(lk.recommendation_id, (None, None))
        ref, item_text = self.items.get((lk.item_kind, lk.item_id), (None, None))
        last = self.last.get(link_target(*key)) if stored.origin == "person" else None
        return {
            "id": stored.id,
            "origin": stored.origin,
            **lk.model_dump(mode="json"),
            "recommendation_number": number,
            "recommendation_text": rec_text,
            "item_ref": ref,
            "item_text": item_text,
            "version": self.versions.get(key),
            "note": stored.note,
            "decided_by": None if last is None else last["who"],
            "decided_at": None if last is None else last["at"].isoformat(),
        }


def _decision(act: Callable[[], T], again: str = "give --version {version}") -> T:
    """Run a decision; its refusals become one `error:` line and the README's exit code.

    A Conflict says who decided what, and how to decide on the item as it is now (again).
    """
    from plantrace.pipeline.decisions import Conflict, DecisionError, NoName

    try:
        return act()
    except NoName as exc:
        fail(f"{exc}: give --name NAME or set {REVIEWER_ENV}", EXIT_USAGE)
    except Conflict as exc:
        how = f"; to decide on it as it is now, {again.format(version=exc.version)}"
        fail(f"{exc}{how if exc.version else ''}", EXIT_CONFLICT)
    except DecisionError as exc:
        fail(str(exc), EXIT_FAILED)


def _decide(
    link_id: int,
    state: str,
    name: str | None,
    version: str | None,
    note: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    from plantrace.models.links import LinkState
    from plantrace.pipeline import decisions
    from plantrace.pipeline.traceability import find_link

    store = _store(db)
    found = find_link(store, link_id)
    if found is None:
        fail(f"no link with id {link_id} (ids change when links are recomputed: `link list`)")
    lk = found.link
    _decision(
        lambda: decisions.decide_link(
            store,
            lk.report_sha256,
            lk.plan_sha256,
            lk.recommendation_id,
            lk.item_kind,
            lk.item_id,
            LinkState(state),
            name or "",
            version,
            note,
        )  # fmt: skip
    )
    _print_link(store, link_id, f"link {link_id} {state}", as_json)


def _print_link(store: Any, link_id: int, said: str, as_json: bool) -> None:
    from plantrace.pipeline.traceability import find_link

    stored = find_link(store, link_id)
    assert stored is not None  # a person's link is never removed by relinking
    record = _LinkRecords(store, stored.link.report_sha256, stored.link.plan_sha256).record(stored)
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        typer.echo(f"{said} by {record['decided_by']}")


def _decision_command(state: str, doc: str) -> Callable[..., None]:
    """`link confirm` and `link reject`: the same options, one state each."""

    def command(
        link_id: int,
        name: NameOption = None,
        version: VersionOption = None,
        note: Annotated[str | None, typer.Option()] = None,
        db: DbOption = None,
        as_json: JsonOption = False,
    ) -> None:
        _decide(link_id, state, name, version, note, db, as_json)

    command.__doc__ = doc
    return command


link_app.command("confirm")(
    _decision_command(
        "confirmed", "Confirm a link: it becomes a person's decision and survives reprocessing."
    )
)
link_app.command("reject")(
    _decision_command("rejected", "Reject a link: recomputation will not bring it back.")
)


def _paired(store: Any, plan: str, report: str | None) -> tuple[str, str]:
    """(report sha, plan sha): the report given, else the one the plan is paired with."""
    from plantrace.pipeline.traceability import get_pair

    plan_sha = _resolve(store, plan, "plan")
    report_sha = _resolve(store, report, "report") if report else get_pair(store, plan_sha)
    if report_sha is None:
        fail("the plan is not paired with a report; give --report")
    return report_sha, plan_sha


@link_app.command("add")
def add(
    plan: Annotated[str, typer.Option(help="plan path or id")],
    recommendation: Annotated[str, typer.Option(help="report recommendation id (r3)")],
    item: Annotated[str, typer.Option(help="plan action id (a7), or kpi id with --kind kpi")],
    kind: Annotated[str, typer.Option(help="action | kpi | plan_recommendation")] = "action",
    report: Annotated[
        str | None, typer.Option(help="report path or id (default: the plan's pair)")
    ] = None,
    name: NameOption = None,
    note: Annotated[str | None, typer.Option()] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a link the extractor missed (an automatic one between the same items becomes yours)."""
    from plantrace.pipeline import decisions
    from plantrace.pipeline.traceability import load_links

    if kind not in KINDS:
        fail(f"--kind {kind!r} is not one of {', '.join(KINDS)}", EXIT_USAGE)
    store = _store(db, plan, report)
    report_sha, plan_sha = _paired(store, plan, report)
    existing = [
        s.id
        for s in load_links(store, report_sha, plan_sha)
        if (s.link.recommendation_id, s.link.item_kind, s.link.item_id)
        == (recommendation, kind, item)
    ]
    new_id = _decision(
        lambda: decisions.add_link(
            store, report_sha, plan_sha, recommendation, kind, item, name or "", note
        ),
        again=f"`plantrace link confirm|reject {existing[0] if existing else 'ID'} "
        "--version {version}`",
    )
    _print_link(store, new_id, f"added link {new_id}", as_json)


@link_app.command("justify")
def justify_cmd(
    plan: Annotated[str, typer.Option(help="plan path or id")],
    recommendation: Annotated[str, typer.Option(help="report recommendation id (r3)")],
    reason: Annotated[str, typer.Option(help="why no action is needed ('' withdraws it)")],
    report: Annotated[
        str | None, typer.Option(help="report path or id (default: the plan's pair)")
    ] = None,
    name: NameOption = None,
    version: Annotated[
        str | None,
        typer.Option(
            "--version",
            help="the recorded reason's version, to replace or withdraw it (`link justify` "
            "without it only records a first reason)",
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Mark a recommendation as a deliberate gap: it counts as answered, the reason is shown."""
    from plantrace.pipeline import decisions

    if not reason.strip() and not version:
        fail("--reason '' withdraws a recorded reason: give its --version", EXIT_USAGE)
    store = _store(db, plan, report)
    report_sha, plan_sha = _paired(store, plan, report)
    new_version = _decision(
        lambda: decisions.justify(
            store, report_sha, plan_sha, recommendation, reason, name or "", version or ""
        )
    )
    last = decisions.last_decisions(store, plan_sha).get(f"gap {recommendation}")
    record = {
        "report_sha256": report_sha,
        "plan_sha256": plan_sha,
        "recommendation_id": recommendation,
        "reason": decisions.justification_versions(store, report_sha, plan_sha).get(
            recommendation, (None, "")
        )[0],
        "version": new_version,
        "decided_by": None if last is None else last["who"],
        "decided_at": None if last is None else last["at"].isoformat(),
    }
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif record["reason"] is None:
        typer.echo(f"gap {recommendation} withdrawn by {record['decided_by']}")
    else:
        typer.echo(f"justified {recommendation} by {record['decided_by']}")
