"""People's decisions: field corrections, checked link/gap/pair decisions, and their history.

A correction (an action's owner, due date or RAG; a KPI's baseline, latest value, target or RAG)
is stored like a link decision: with the item's text and the extracted value it was made on. It
is applied on every later read (`apply_corrections`, used by coverage and its exports) and kept
across reprocessing, because it is keyed on the document, not on a run. When the item's text
under it changes, the correction turns `suspect`, as link decisions do, and is *not* applied: item
ids are ordinals, so a changed text may be another action, and a date applied to the wrong action
is worse than none. When only the extracted value changed, the person's value still wins, but the
correction is suspect too, so someone looks. Either way the result carries a warning.

Every decision names who made it and is written to `decision_log` with the texts it was made on.
Two people deciding on one item at once: each decision carries the version of the item it was
made on, and the write is one conditional UPDATE (compare and set), so the second gets `Conflict`
with the first's decision and nothing is silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from plantrace.models.links import Link, LinkMethod, LinkState
from plantrace.models.plan import KPI, Action
from plantrace.models.results import ExtractionResult, ExtractionWarning
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.values import parse_quantity
from plantrace.pipeline.store import (
    Store,
    corrections,
    decision_log,
    justifications,
    links,
    now,
    pairs,
)
from plantrace.pipeline.traceability import item_texts, justification_rows, link_key, link_row

FIELDS: dict[str, tuple[str, ...]] = {
    "action": ("owner", "due_date", "rag"),
    "kpi": ("baseline", "latest", "target", "rag"),
}
SYSTEM = "plantrace"  # the name on entries the product writes itself (a correction turned suspect)
MAX_NAME = 80


class DecisionError(ValueError):
    """The decision cannot be taken as given: no name, an unknown item or field, an unreadable value."""


class NoName(DecisionError):
    """No name, or one too long: a decision says who took it (the CLI's usage error, exit 2)."""


class Conflict(Exception):
    """Someone else decided on this item since the page was shown; their decision stands.

    version, where known, is the item's version now: quoting it decides on the item as it is now
    (the CLI's --version), after reading what the other person decided.
    """

    def __init__(
        self, target: str, current: str, last: dict[str, Any] | None, version: str | None = None
    ) -> None:
        self.target = target
        self.current = current
        self.last = last
        self.version = version
        who = f" by {last['who']} at {last['at']:%Y-%m-%d %H:%M}" if last else ""
        super().__init__(f"{target} was changed{who}: it is now {current}")


@dataclass(frozen=True, slots=True)
class Correction:
    id: int
    sha256: str
    item_kind: str
    item_id: str
    field: str
    value: str | None
    original: str | None
    item_text: str | None
    state: str
    note: str | None
    decided_by: str
    version: int
    updated_at: datetime


# ---- fields -----------------------------------------------------------------------------------
def item_text(item: Action | KPI) -> str:
    return item.text if isinstance(item, Action) else item.indicator


def field_value(item: Action | KPI, field: str) -> str | None:
    """The field as text, the form a correction stores and compares."""
    if isinstance(item, Action):
        if field == "due_date":
            return None if item.due_date is None else item.due_date.isoformat()
        return getattr(item, field)  # type: ignore[no-any-return]
    if field == "rag":
        return item.rag
    q = getattr(item, field)
    return None if q is None else str(q.raw)


def normalise_value(kind: str, field: str, raw: str | None) -> str | None:
    """A person's entry through the project's one normaliser of that concept."""
    if field not in FIELDS.get(kind, ()):
        raise DecisionError(f"a {kind} has no correctable field {field!r}")
    text = " ".join((raw or "").split())
    if not text:
        return None
    if field == "owner":
        return normalise_owner(text)
    if field == "due_date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            due = parse_due(text)
            if due is None:
                raise DecisionError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
            return due.isoformat()
    if field == "rag":
        colour = normalise_rag(text)
        if colour is None:
            raise DecisionError(f"not a RAG status: {text!r} (red, amber, green or blue)")
        return colour
    return text  # a KPI figure: the raw text is the truth, parse_quantity reads it on apply


def _as_read(kind: str, field: str, extracted: str | None) -> str | None:
    """The extracted value as a person's entry of it would be normalised (itself if unreadable)."""
    try:
        return normalise_value(kind, field, extracted)
    except DecisionError:
        return extracted


def _with_value(item: Action | KPI, field: str, value: str | None) -> Action | KPI:
    if field == "due_date":
        return item.model_copy(update={"due_date": date.fromisoformat(value) if value else None})
    if isinstance(item, KPI) and field != "rag":
        return item.model_copy(update={field: parse_quantity(value)})
    return item.model_copy(update={field: value})


def _items(result: ExtractionResult, kind: str) -> dict[str, Action | KPI]:
    found: list[Action | KPI] = list(result.actions if kind == "action" else result.kpis)
    return {i.id: i for i in found}


# ---- reading ----------------------------------------------------------------------------------
def load_corrections(store: Store, sha256: str) -> list[Correction]:
    with store.connect() as conn:
        rows = conn.execute(
            select(corrections).where(corrections.c.sha256 == sha256).order_by(corrections.c.id)
        ).all()
    return [_correction(r) for r in rows]


def _correction(r: Any) -> Correction:
    return Correction(
        id=r.id,
        sha256=r.sha256,
        item_kind=r.item_kind,
        item_id=r.item_id,
        field=r.field,
        value=r.value,
        original=r.original,
        item_text=r.item_text,
        state=r.state,
        note=r.note,
        decided_by=r.decided_by,
        version=r.version,
        updated_at=r.updated_at,
    )


def apply_corrections(
    store: Store,
    result: ExtractionResult | None,
    *,
    mark: bool = True,
    rows: list[Correction] | None = None,
) -> ExtractionResult | None:
    """The result as people corrected it: every read for coverage and exports goes through here.

    A correction whose item text changed is suspect and not applied; one whose item kept its text
    but whose extracted value changed is applied and suspect. Suspect ones add a warning. With
    mark, newly suspect corrections are stored as such (and logged), like links on relinking.
    """
    if result is None:
        return None
    if rows is None:  # a caller that shows them too passes the ones it loaded
        rows = load_corrections(store, result.sha256)
    if not rows:
        return result
    found = {kind: _items(result, kind) for kind in FIELDS}
    warnings = list(result.warnings)
    newly_suspect: list[Correction] = []
    for c in rows:
        item = found.get(c.item_kind, {}).get(c.item_id)
        same_text = item is not None and item_text(item) == c.item_text
        drifted = item is None or not same_text or field_value(item, c.field) != c.original
        if item is not None and same_text:
            found[c.item_kind][c.item_id] = _with_value(item, c.field, c.value)
        if drifted and c.state != "suspect":
            newly_suspect.append(c)
        if drifted or c.state == "suspect":
            warnings.append(_suspect_warning(c, item, applied=same_text))
    if mark and newly_suspect:
        _mark_suspect(store, newly_suspect, result)
    return result.model_copy(
        update={
            "actions": [found["action"][a.id] for a in result.actions],
            "kpis": [found["kpi"][k.id] for k in result.kpis],
            "warnings": warnings,
        }
    )


def _suspect_warning(c: Correction, item: Action | KPI | None, applied: bool) -> ExtractionWarning:
    where = "is gone" if item is None else "now reads differently"
    effect = "still applied" if applied else "not applied"
    return ExtractionWarning(
        code="correction_suspect",
        message=(
            f"{c.decided_by}'s correction of {c.item_kind} {c.item_id} {c.field} to "
            f"{c.value!r} is suspect: the text it was made on {where}; {effect} until someone "
            "looks again"
        ),
        page=None if item is None else item.provenance.page,
    )


def _mark_suspect(store: Store, rows: list[Correction], result: ExtractionResult) -> None:
    with store.begin() as conn:
        for c in rows:
            done = conn.execute(
                update(corrections)
                .where(corrections.c.id == c.id, corrections.c.version == c.version)
                .values(state="suspect", version=c.version + 1, updated_at=now())
            ).rowcount
            if done:
                _log(
                    conn,
                    SYSTEM,
                    "suspect",
                    f"{c.item_kind} {c.item_id} {c.field}",
                    plan=result.sha256,
                    before=c.value,
                    after=c.value,
                    note="the text under this correction changed",
                    texts={"item": c.item_text},
                )


# ---- deciding ---------------------------------------------------------------------------------
def check_name(who: str | None) -> str:
    """No decision without a name: the history says who decided."""
    name = " ".join((who or "").split())
    if not name:
        raise NoName("no decision without a name: say who you are first")
    if len(name) > MAX_NAME:
        raise NoName(f"a name of at most {MAX_NAME} characters, please")
    return name


def correct(
    store: Store,
    sha256: str,
    item_kind: str,
    item_id: str,
    changes: Mapping[str, tuple[str | None, int]],
    who: str,
    note: str | None = None,
) -> int:
    """Correct fields of one item: {field: (value, version seen)}; returns fields changed.

    Setting a field back to the extracted value withdraws the correction. All fields change in
    one transaction, or none when another person changed one of them since (Conflict).
    """
    who = check_name(who)
    result = store.load_result(sha256)
    item = None if result is None else _items(result, item_kind).get(item_id)
    if item is None:
        raise DecisionError(f"no {item_kind} {item_id} in this document")
    values = {f: normalise_value(item_kind, f, v) for f, (v, _) in changes.items()}
    existing = {
        c.field: c
        for c in load_corrections(store, sha256)
        if (c.item_kind, c.item_id) == (item_kind, item_id)
    }
    target = f"{item_kind} {item_id}"
    texts = {"item": item_text(item)}
    changed = 0
    try:
        with store.begin() as conn:
            for field, value in values.items():
                seen = changes[field][1]
                old = existing.get(field)
                extracted = field_value(item, field)
                if value == _as_read(item_kind, field, extracted):
                    value = extracted  # 'green' for a cell that reads 'Green' is what was read
                if old is None and value == extracted:
                    if seen != 0:
                        raise Conflict(f"{target} {field}", "as extracted", None)
                    continue  # nothing to correct
                if (
                    old is not None
                    and old.version == seen
                    and old.value == value
                    and old.state == "active"
                ):
                    continue  # the same decision again
                key = and_(
                    corrections.c.sha256 == sha256,
                    corrections.c.item_kind == item_kind,
                    corrections.c.item_id == item_id,
                    corrections.c.field == field,
                    corrections.c.version == seen,
                )
                if old is not None and value == extracted:
                    done = conn.execute(delete(corrections).where(key)).rowcount
                    verb = "withdraw"
                else:
                    if old is None and seen != 0:
                        raise Conflict(f"{target} {field}", "as extracted (withdrawn)", None)
                    new = {"sha256": sha256, "item_kind": item_kind, "item_id": item_id,
                           "field": field}  # fmt: skip
                    written: dict[str, Any] = {
                        "value": value, "original": extracted, "item_text": item_text(item),
                        "state": "active", "note": note, "decided_by": who,
                        "version": seen + 1, "updated_at": now(),
                    }  # fmt: skip
                    done, verb = _put(conn, corrections, old, key, written, new), "correct"
                if not done:
                    raise Conflict(f"{target} {field}", "changed", None)
                before = extracted if old is None else old.value
                _log(
                    conn, who, verb, f"{target} {field}", plan=sha256, before=before,
                    after=value, note=note, texts=texts,
                )  # fmt: skip
                changed += 1
    except IntegrityError:  # another person's first correction of this field landed first
        raise _conflict(store, sha256, f"{target}", "corrected") from None
    except Conflict as exc:
        raise _conflict(
            store, sha256, exc.target, _current_correction(store, sha256, exc.target)
        ) from None
    return changed


def _current_correction(store: Store, sha256: str, target: str) -> str:
    kind, item_id, field = target.split(" ", 2)
    for c in load_corrections(store, sha256):
        if (c.item_kind, c.item_id, c.field) == (kind, item_id, field):
            return f"{c.value!r} ({c.state})"
    return "as extracted"


def link_version(origin: str, state: str, updated_at: datetime | None) -> str:
    """The version a page shows with a link: automatic links keep theirs across relinking."""
    stamp = updated_at.isoformat() if origin == "person" and updated_at else ""
    return f"{origin}:{state}:{stamp}"


def link_target(rec_id: str, item_kind: str, item_id: str) -> str:
    return f"link {rec_id} <- {item_kind} {item_id}"


def decide_link(
    store: Store,
    report_sha: str,
    plan_sha: str,
    rec_id: str,
    item_kind: str,
    item_id: str,
    state: LinkState,
    who: str,
    version: str | None,
    note: str | None = None,
) -> str:
    """Confirm or reject a link, if it is still as the person saw it; returns its new version.

    version None (the CLI without --version) means "as the extractor linked it": a link a person
    has decided on since is refused, so no one overwrites a decision they have not seen.
    """
    key = (report_sha, plan_sha, rec_id, item_kind, item_id)
    target = link_target(rec_id, item_kind, item_id)
    row = _stored_link(store, *key)
    if row is None:
        raise DecisionError(f"no {target}")
    who = check_name(who)
    if state not in (LinkState.confirmed, LinkState.rejected):
        raise DecisionError("a person confirms or rejects a link")
    current = link_version(row.origin, row.state, row.updated_at)
    if version is None and row.origin == "auto":
        version = current
    if current != version:
        raise _link_conflict(store, plan_sha, target, row)
    origin, seen_state, _ = (version.split(":", 2) + ["", ""])[:3]
    rec_text, text = _texts(store, *key)
    cas = [links.c.origin == origin, links.c.state == seen_state]
    if origin == "person":
        cas.append(links.c.updated_at == row.updated_at)
    values = {"state": state.value, "origin": "person", "note": note,
              "recommendation_text": rec_text, "item_text": text, "updated_at": now()}  # fmt: skip
    done = _decided(
        store,
        lambda conn: _put(conn, links, row, and_(link_key(*key), *cas), values),
        who=who, verb="confirm" if state is LinkState.confirmed else "reject", target=target,
        plan=plan_sha, report=report_sha, before=f"{row.state} ({row.origin})",
        after=f"{state.value} (person)", note=note,
        texts={"recommendation": rec_text, "item": text},
    )  # fmt: skip
    after = _stored_link(store, *key)
    if not done:
        raise _link_conflict(store, plan_sha, target, after)
    return link_version(after.origin, after.state, after.updated_at)


def add_link(
    store: Store,
    report_sha: str,
    plan_sha: str,
    rec_id: str,
    item_kind: str,
    item_id: str,
    who: str,
    note: str | None = None,
) -> int:
    """A link the extractor missed; returns its id. A person's decision on it is not overwritten.

    An automatic link between the same two items becomes the person's (same id); the write is
    conditional on it still being automatic, and a link someone added first is a Conflict.
    """
    key = (report_sha, plan_sha, rec_id, item_kind, item_id)
    rec_text, text = _texts(store, *key)
    if rec_text is None:
        raise DecisionError(f"the report has no recommendation {rec_id}")
    if text is None:
        raise DecisionError(f"the plan has no {item_kind} {item_id}")
    who = check_name(who)
    target = link_target(rec_id, item_kind, item_id)
    row = _stored_link(store, *key)
    if row is not None and row.origin == "person":
        raise _link_conflict(store, plan_sha, target, row)
    values = link_row(
        Link(
            report_sha256=report_sha,
            recommendation_id=rec_id,
            plan_sha256=plan_sha,
            item_kind=item_kind,
            item_id=item_id,
            method=LinkMethod.manual,
            score=1.0,
            state=LinkState.confirmed,
            evidence=note or "added by a person",
        ),
        "person",
        rec_text,
        text,
        note,
    )
    still_auto = None if row is None else and_(links.c.id == row.id, links.c.origin == "auto")
    done = _decided(
        store,
        lambda conn: _put(conn, links, row, still_auto, values),
        who=who, verb="add", target=target, plan=plan_sha, report=report_sha,
        before=None if row is None else f"{row.state} ({row.origin})",
        after="confirmed (person)", note=note, texts={"recommendation": rec_text, "item": text},
    )  # fmt: skip
    after = _stored_link(store, *key)
    if not done:  # someone decided on it, or added it, first
        raise _link_conflict(store, plan_sha, target, after)
    return int(after.id)


def _stored_link(
    store: Store, report_sha: str, plan_sha: str, rec_id: str, item_kind: str, item_id: str
) -> Any:
    """The stored link a decision is checked against (None: there is none)."""
    with store.connect() as conn:
        return conn.execute(
            select(links).where(link_key(report_sha, plan_sha, rec_id, item_kind, item_id))
        ).first()


def _link_conflict(store: Store, plan_sha: str, target: str, row: Any) -> Conflict:
    """The link as it is now, with the version that decides on it as it is now."""
    if row is None:
        return _conflict(store, plan_sha, target, "no such link")
    return _conflict(
        store,
        plan_sha,
        target,
        f"{row.state} ({row.origin})",
        version=link_version(row.origin, row.state, row.updated_at),
    )


def justification_version(updated_at: datetime | None) -> str:
    return "" if updated_at is None else updated_at.isoformat()


def justify(
    store: Store,
    report_sha: str,
    plan_sha: str,
    rec_id: str,
    reason: str | None,
    who: str,
    version: str,
) -> str:
    """Record (or, with an empty reason, withdraw) why a recommendation needs no action.

    version is the gap's as the person saw it ('' for none recorded); returns the new one.
    """
    rec_text, _ = _texts(store, report_sha, plan_sha, rec_id, None, None)
    if rec_text is None:
        raise DecisionError(f"the report has no recommendation {rec_id}")
    who = check_name(who)
    reason = " ".join((reason or "").split()) or None
    target = f"gap {rec_id}"
    key = and_(
        justifications.c.report_sha256 == report_sha,
        justifications.c.plan_sha256 == plan_sha,
        justifications.c.recommendation_id == rec_id,
    )
    row = _stored_gap(store, key)
    if justification_version(None if row is None else row.updated_at) != version:
        raise _gap_conflict(store, plan_sha, target, row)
    if row is None and reason is None:
        return ""
    seen: Any = None if row is None else and_(key, justifications.c.updated_at == row.updated_at)
    new = {"report_sha256": report_sha, "recommendation_id": rec_id, "plan_sha256": plan_sha}

    def write(conn: Any) -> int:
        if reason is None:  # a withdrawal: there is a row (withdrawing none returned above)
            return int(conn.execute(delete(justifications).where(seen)).rowcount)
        return _put(conn, justifications, row, seen, {"reason": reason, "updated_at": now()}, new)

    done = _decided(
        store, write, who=who, verb="justify" if reason else "unjustify", target=target,
        plan=plan_sha, report=report_sha, before=None if row is None else row.reason,
        after=reason, texts={"recommendation": rec_text},
    )  # fmt: skip
    after = _stored_gap(store, key)
    if not done:
        raise _gap_conflict(store, plan_sha, target, after)
    return justification_version(None if after is None else after.updated_at)


def _stored_gap(store: Store, key: Any) -> Any:
    with store.connect() as conn:
        return conn.execute(select(justifications).where(key)).first()


def _gap_conflict(store: Store, plan_sha: str, target: str, row: Any) -> Conflict:
    now_is = "open" if row is None else f"justified ({row.reason!r})"
    version = justification_version(None if row is None else row.updated_at)
    return _conflict(store, plan_sha, target, now_is, version)


def repair(store: Store, plan_sha: str, report_sha: str, who: str, version: str) -> None:
    """Pair the plan with another report; version is the report it was paired with ('' none)."""
    who = check_name(who)
    with store.connect() as conn:
        row = conn.execute(select(pairs).where(pairs.c.plan_sha256 == plan_sha)).first()
    current = "" if row is None else str(row.report_sha256)
    if current != version:
        raise _conflict(store, plan_sha, "pair", f"paired with {current[:12] or 'nothing'}")
    seen = and_(pairs.c.plan_sha256 == plan_sha, pairs.c.report_sha256 == version)
    values = {"report_sha256": report_sha, "method": "person", "updated_at": now()}
    done = _decided(
        store,
        lambda conn: _put(conn, pairs, row, seen, values, {"plan_sha256": plan_sha}),
        who=who, verb="pair", target="pair", plan=plan_sha, report=report_sha,
        before=current or None, after=report_sha,
    )  # fmt: skip
    if not done:
        raise _conflict(store, plan_sha, "pair", "changed by someone else")


def _put(
    conn: Any,
    table: Table,
    row: Any,
    seen: Any,
    values: Mapping[str, Any],
    new: Mapping[str, Any] | None = None,
) -> int:
    """Insert the row (none was seen: its key plus values) or update it where it is still as it
    was seen; how many rows were written (0: someone else changed it first)."""
    if row is None:
        conn.execute(insert(table).values(**(new or {}), **values))
        return 1
    return int(conn.execute(update(table).where(seen).values(**values)).rowcount)


def _decided(store: Store, write: Callable[[Any], int], **entry: Any) -> bool:
    """The decision's conditional write and, when it wrote, its history entry: one transaction.

    False when someone else got there first: the row is no longer as seen, or the key of a row
    this decision inserts was just taken.
    """
    try:
        with store.begin() as conn:
            done = write(conn)
            if done:
                _log(conn, **entry)
    except IntegrityError:
        return False
    return bool(done)


# ---- history ----------------------------------------------------------------------------------
def history(store: Store, plan_sha: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Decisions, newest first: who, when, what, on which text."""
    q = select(decision_log).order_by(decision_log.c.id.desc()).limit(limit)
    if plan_sha is not None:
        q = q.where(decision_log.c.plan_sha256 == plan_sha)
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q).all()]


def last_decision(store: Store, plan_sha: str, target: str) -> dict[str, Any] | None:
    with store.connect() as conn:
        row = conn.execute(
            select(decision_log)
            .where(
                decision_log.c.plan_sha256 == plan_sha,
                or_(  # 'action a2' also finds 'action a2 owner', never 'action a21'
                    decision_log.c.target == target,
                    decision_log.c.target.startswith(target + " ", autoescape=True),
                ),
            )
            .order_by(decision_log.c.id.desc())
            .limit(1)
        ).first()
    return None if row is None else dict(row._mapping)


def last_decisions(store: Store, plan_sha: str) -> dict[str, dict[str, Any]]:
    """target -> the newest decision on it, for a plan: who decided each link and gap last."""
    with store.connect() as conn:
        rows = conn.execute(
            select(decision_log)
            .where(decision_log.c.plan_sha256 == plan_sha)
            .order_by(decision_log.c.id)
        ).all()
    return {r.target: dict(r._mapping) for r in rows}


def _conflict(
    store: Store, plan_sha: str, target: str, current: str, version: str | None = None
) -> Conflict:
    return Conflict(target, current, last_decision(store, plan_sha, target), version)


def _log(
    conn: Any,
    who: str,
    verb: str,
    target: str,
    *,
    plan: str | None = None,
    report: str | None = None,
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
    texts: Mapping[str, str | None] | None = None,
) -> None:
    conn.execute(
        insert(decision_log).values(
            at=now(),
            who=who,
            verb=verb,
            plan_sha256=plan,
            report_sha256=report,
            target=target,
            before=before,
            after=after,
            note=note,
            texts=dict(texts or {}),
        )
    )


def _texts(
    store: Store,
    report_sha: str,
    plan_sha: str,
    rec_id: str,
    item_kind: str | None,
    item_id: str | None,
) -> tuple[str | None, str | None]:
    """The texts a decision is made on: the recommendation's and the plan item's (None: no such)."""
    report = store.load_result(report_sha)
    rec_text = (
        None if report is None else {r.id: r.text for r in report.recommendations}.get(rec_id)
    )
    text = None
    if item_kind is not None and item_id is not None:
        plan = store.load_result(plan_sha)
        text = None if plan is None else item_texts(plan).get((item_kind, item_id))
    return rec_text, text


# ---- what a page shows with each item, to send back with a decision -------------------------
def link_versions(store: Store, report_sha: str, plan_sha: str) -> dict[tuple[str, str, str], str]:
    """(recommendation id, item kind, item id) -> the version a decision on it must quote."""
    with store.connect() as conn:
        rows = conn.execute(
            select(
                links.c.recommendation_id,
                links.c.item_kind,
                links.c.item_id,
                links.c.origin,
                links.c.state,
                links.c.updated_at,
            ).where(links.c.report_sha256 == report_sha, links.c.plan_sha256 == plan_sha)
        ).all()
    return {
        (r.recommendation_id, r.item_kind, r.item_id): link_version(r.origin, r.state, r.updated_at)
        for r in rows
    }


def justification_versions(
    store: Store, report_sha: str, plan_sha: str
) -> dict[str, tuple[str, str]]:
    """recommendation id -> (reason, version) of its recorded gap."""
    return {
        r.recommendation_id: (r.reason, justification_version(r.updated_at))
        for r in justification_rows(store, report_sha, plan_sha)
    }
