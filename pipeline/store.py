"""The store: SQLite file by default, PostgreSQL when PLANTRACE_DB_URL says so (SQLAlchemy Core).

Documents are keyed by content sha256; each extraction run by (sha256, extractor version), so the
same file and version again is a no-op and a newer version adds a run beside the old one. One
transaction per document: a run and all its items land together or not at all. Every value from a
PDF goes through bound parameters, never string-built SQL.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from plantrace.models.grades import DocumentKind
from plantrace.models.inspection import InspectionMeta, Judgement, Recommendation
from plantrace.models.plan import KPI, Action, GlossaryEntry
from plantrace.models.results import (
    ErrorCode,
    ExtractionError,
    ExtractionResult,
    ExtractionWarning,
    Status,
)

DEFAULT_DB = Path(".plantrace") / "plantrace.sqlite"

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("pages", Integer, nullable=False, default=0),
    Column("size_bytes", Integer),
    Column("first_seen", DateTime(timezone=True), nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False),
    Column("path", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "path", name="uq_source"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("documents.sha256"), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("error_code", String(32)),
    Column("error_message", Text),
    Column("kind", String(32), nullable=False),
    Column("pages", Integer, nullable=False, default=0),
    Column("file", Text, nullable=False),
    Column("partial_pages", JSON, nullable=False, default=list),
    Column("timings", JSON, nullable=False, default=dict),
    Column("seconds", Float),
    Column("head", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "extractor_version", name="uq_run_version"),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column(
        "kind", String(24), nullable=False
    ),  # inspection|judgement|recommendation|action|kpi|glossary|warning
    Column("item_id", String(64), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("page", Integer),
    Column("text", Text),
    Column("data", JSON, nullable=False),
)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_sha256", String(64), nullable=False, index=True),
    Column("recommendation_id", String(64), nullable=False),
    Column("plan_sha256", String(64), nullable=False, index=True),
    Column("item_kind", String(24), nullable=False),
    Column("item_id", String(64), nullable=False),
    Column("method", String(24), nullable=False),
    Column("score", Float, nullable=False),
    Column("state", String(16), nullable=False),
    Column("evidence", Text, nullable=False, default=""),
    Column("origin", String(8), nullable=False),  # auto | person
    Column("note", Text),
    Column("recommendation_text", Text),  # the texts a person decided on, to detect later change
    Column("item_text", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint(
        "report_sha256", "recommendation_id", "plan_sha256", "item_kind", "item_id", name="uq_link"
    ),
)

pairs = Table(
    "pairs",
    metadata,
    Column("plan_sha256", String(64), primary_key=True),
    Column("report_sha256", String(64), nullable=False),
    Column("method", String(16), nullable=False),  # auto | person
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

justifications = Table(
    "justifications",
    metadata,
    Column("report_sha256", String(64), primary_key=True),
    Column("recommendation_id", String(64), primary_key=True),
    Column("plan_sha256", String(64), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# A person's correction of one extracted field, and every decision made (pipeline/decisions.py).
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("item_kind", String(24), nullable=False),  # action | kpi
    Column("item_id", String(64), nullable=False),
    Column("field", String(32), nullable=False),
    Column("value", Text),  # the person's value (None: the field is empty)
    Column("original", Text),  # the extracted value it replaced, and the item's text, when made
    Column("item_text", Text),
    Column("state", String(16), nullable=False),  # active | suspect
    Column("note", Text),
    Column("decided_by", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "item_kind", "item_id", "field", name="uq_correction"),
)

decision_log = Table(
    "decision_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("who", Text, nullable=False),
    Column("verb", String(24), nullable=False),
    Column("plan_sha256", String(64), index=True),
    Column("report_sha256", String(64)),
    Column("target", Text, nullable=False),
    Column("before", Text),
    Column("after", Text),
    Column("note", Text),
    Column("texts", JSON, nullable=False, default=dict),
)

store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Layout profiles stored for a plan family (issue 11 part 6): the JSON a person wrote, its hash.
profiles = Table(
    "profiles",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

ITEM_KINDS: dict[str, Any] = {
    "judgement": Judgement,
    "recommendation": Recommendation,
    "action": Action,
    "kpi": KPI,
    "glossary": GlossaryEntry,
}


RETRYABLE = {ErrorCode.timeout.value, ErrorCode.internal.value}


class StoreError(Exception):
    """The store cannot be used (unreachable, read-only, bad URL): a clear message, no traceback."""


class SaveOutcome(StrEnum):
    stored = "stored"
    unchanged = "unchanged"  # same file + same extractor version already stored
    replaced = "replaced"  # an earlier failed run of this version was retried


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    sha256: str
    extractor_version: str
    status: str
    error_code: str | None
    error_message: str | None
    kind: str
    pages: int
    file: str
    created_at: datetime


def now() -> datetime:
    return datetime.now(UTC)


def resolve_url(db: str | Path | None = None, *, create: bool = True) -> str:
    """An explicit --db (file or URL) wins, then PLANTRACE_DB_URL, then the embedded SQLite file.

    `create=False` (reading commands) makes no folder: `list --db typo/x.sqlite` used to leave
    an empty database and its folder behind.
    """
    if db is not None and "://" in str(db):
        return str(db)
    env = os.environ.get("PLANTRACE_DB_URL")
    if env and db is None:
        return env
    path = Path(db) if db is not None else DEFAULT_DB
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _missing_sqlite_file(url: str) -> Path | None:
    """The file a sqlite URL names, when it does not exist (None for other URLs or memory)."""
    if not url.startswith("sqlite:///"):
        return None
    name = url[len("sqlite:///") :].split("?", 1)[0]
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return None if Path(name).is_file() else Path(name)


class Store:
    def __init__(self, url: str, *, create: bool = True) -> None:
        """`create=False`: open an existing store only (reading commands never make one)."""
        self.url = url
        missing = None if create else _missing_sqlite_file(url)
        if missing is not None:
            raise StoreError(_NO_STORE.format(where=missing))
        try:
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://") :]
            kwargs: dict[str, Any] = {"future": True}
            if url.startswith("sqlite"):
                kwargs["connect_args"] = {"timeout": 60}
            else:
                kwargs["pool_pre_ping"] = True
            self.engine: Engine = create_engine(url, **kwargs)
            if url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
            if not create and not _has_tables(self.engine):
                self.engine.dispose()
                raise StoreError(_NO_STORE.format(where=_redact(self.url)))
            _create_schema(self.engine)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(
                f"cannot open the store at {_redact(self.url)}: {_reason(exc)}"
            ) from exc

    @classmethod
    def open(cls, db: str | Path | None = None, *, create: bool = True) -> Store:
        try:
            url = resolve_url(db, create=create)
        except OSError as exc:  # the store's folder cannot be made: read-only disk, missing drive
            raise StoreError(f"cannot open the store at {db or DEFAULT_DB}: {exc}") from exc
        return cls(url, create=create)

    def close(self) -> None:
        self.engine.dispose()

    # ---- writes -------------------------------------------------------------------------
    def record_source(self, sha256: str, path: str) -> None:
        with self._begin() as conn:
            exists = conn.execute(
                select(sources.c.id).where(sources.c.sha256 == sha256, sources.c.path == path)
            ).first()
            if exists is None:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            insert(sources).values(sha256=sha256, path=path, seen_at=now())
                        )
                except IntegrityError:
                    pass  # another process recorded it first

    def has_ok_run(self, sha256: str, version: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(runs.c.status).where(
                    runs.c.sha256 == sha256, runs.c.extractor_version == version
                )
            ).first()
        return row is not None and row.status == Status.ok.value

    def save_result(
        self, result: ExtractionResult, size_bytes: int | None = None, *, retry: bool = False
    ) -> SaveOutcome:
        """Store one document's run and items in one transaction.

        A run of the same version already stored makes this a no-op, except a failed run that a
        retry may fix (timeout, internal error), or any failed run when retry is asked for.
        """
        if not result.sha256:
            raise ValueError("a result without sha256 (unreadable file) has no document to store")
        try:
            with self._begin() as conn:
                outcome = self._save(conn, result, size_bytes, retry)
        except IntegrityError:
            return SaveOutcome.unchanged  # a concurrent ingest stored this (sha, version) first
        self.record_source(result.sha256, result.file)
        return outcome

    def _save(
        self, conn: Connection, result: ExtractionResult, size: int | None, retry: bool
    ) -> SaveOutcome:
        doc = conn.execute(select(documents).where(documents.c.sha256 == result.sha256)).first()
        if doc is None:
            conn.execute(
                insert(documents).values(
                    sha256=result.sha256,
                    kind=result.kind.value,
                    pages=result.pages,
                    size_bytes=size,
                    first_seen=now(),
                )
            )
        elif result.status is Status.ok:
            conn.execute(
                update(documents)
                .where(documents.c.sha256 == result.sha256)
                .values(kind=result.kind.value, pages=result.pages)
            )
        existing = conn.execute(
            select(runs.c.id, runs.c.status, runs.c.error_code).where(
                runs.c.sha256 == result.sha256,
                runs.c.extractor_version == result.extractor_version,
            )
        ).first()
        outcome = SaveOutcome.stored
        if existing is not None:
            if existing.status == Status.ok.value:
                if _run_profile(conn, existing.id) == result.profile_sha256:
                    return SaveOutcome.unchanged
            elif not (retry or existing.error_code in RETRYABLE):
                return SaveOutcome.unchanged
            conn.execute(delete(items).where(items.c.run_id == existing.id))
            conn.execute(delete(runs).where(runs.c.id == existing.id))
            outcome = SaveOutcome.replaced
        run_id = conn.execute(
            insert(runs)
            .values(
                sha256=result.sha256,
                extractor_version=result.extractor_version,
                status=result.status.value,
                error_code=None if result.error is None else result.error.code.value,
                error_message=None if result.error is None else result.error.message,
                kind=result.kind.value,
                pages=result.pages,
                file=result.file,
                partial_pages=list(result.partial_pages),
                timings=dict(result.timings),
                seconds=sum(result.timings.values()) if result.timings else None,
                head=result.head,
                created_at=now(),
            )
            .returning(runs.c.id)
        ).scalar_one()
        rows = list(_item_rows(run_id, result))
        if rows:
            conn.execute(insert(items), rows)
        return outcome

    # ---- reads --------------------------------------------------------------------------
    def runs_for(self, sha256: str) -> list[RunInfo]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(runs).where(runs.c.sha256 == sha256).order_by(runs.c.id)
            ).all()
        return [_run_info(r) for r in rows]

    def latest_run(self, sha256: str, ok_only: bool = False) -> RunInfo | None:
        q = select(runs).where(runs.c.sha256 == sha256)
        if ok_only:
            q = q.where(runs.c.status == Status.ok.value)
        with self.engine.connect() as conn:
            row = conn.execute(q.order_by(runs.c.id.desc()).limit(1)).first()
        return None if row is None else _run_info(row)

    def resolve(self, ref: str) -> str | None:
        """A document by sha256, a unique sha256 prefix, or a source path."""
        with self.engine.connect() as conn:
            if len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref.lower()):
                found = conn.execute(
                    select(documents.c.sha256).where(documents.c.sha256.like(ref.lower() + "%"))
                ).all()
                if len(found) == 1:
                    return str(found[0].sha256)
            row = conn.execute(
                select(sources.c.sha256)
                .where(sources.c.path == ref)
                .order_by(sources.c.id.desc())
                .limit(1)
            ).first()
            if row is None:
                path = str(Path(ref).resolve()) if Path(ref).exists() else None
                if path:
                    row = conn.execute(
                        select(sources.c.sha256).where(sources.c.path == path).limit(1)
                    ).first()
        return None if row is None else str(row.sha256)

    def matching(self, prefix: str, limit: int = 10) -> list[str]:
        """Documents whose sha256 starts with prefix (any length), to name the candidates when
        a short or ambiguous prefix resolves to none."""
        with self.engine.connect() as conn:
            return [
                str(r.sha256)
                for r in conn.execute(
                    select(documents.c.sha256)
                    .where(documents.c.sha256.like(prefix.lower() + "%"))
                    .order_by(documents.c.sha256)
                    .limit(limit)
                ).all()
            ]

    def run_summary(self, run_id: int) -> tuple[dict[str, int], list[ExtractionWarning]]:
        """A stored run's item counts by kind and its warnings, without rebuilding the result:
        what `ingest` shows for a file it finds `unchanged`."""
        with self.engine.connect() as conn:
            counts = conn.execute(
                select(items.c.kind, func.count())
                .where(items.c.run_id == run_id)
                .group_by(items.c.kind)
            ).all()
            warned = conn.execute(
                select(items.c.data)
                .where(items.c.run_id == run_id, items.c.kind == "warning")
                .order_by(items.c.ordinal)
            ).all()
        return {str(k): int(n) for k, n in counts}, [_warning(r.data) for r in warned]

    def overview(self) -> list[dict[str, Any]]:
        """documents() with what `list` shows of each latest run: its first-page text (`head`),
        its inspection meta (or None) and its warnings."""
        docs = self.documents()
        latest = {d["run_id"] for d in docs if d["run_id"] is not None}
        heads: dict[int, str] = {}
        meta: dict[int, InspectionMeta] = {}
        warned: dict[int, list[ExtractionWarning]] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(select(runs.c.id, runs.c.head)).all():
                if r.id in latest:
                    heads[r.id] = r.head or ""
            for item in conn.execute(
                select(items.c.run_id, items.c.kind, items.c.data)
                .where(items.c.kind.in_(["inspection", "warning"]))
                .order_by(items.c.run_id, items.c.ordinal)
            ).all():
                if item.run_id not in latest:
                    continue
                if item.kind == "inspection":
                    meta[item.run_id] = InspectionMeta.model_validate(_json(item.data))
                else:
                    warned.setdefault(item.run_id, []).append(_warning(item.data))
        for d in docs:
            run_id = d["run_id"]
            d["head"] = heads.get(run_id, "")
            d["inspection"] = meta.get(run_id)
            d["warnings"] = warned.get(run_id, [])
        return docs

    def load_result(self, sha256: str, version: str | None = None) -> ExtractionResult | None:
        """The stored result of the latest run (or of one version), rebuilt into models."""
        q = select(runs).where(runs.c.sha256 == sha256)
        if version is not None:
            q = q.where(runs.c.extractor_version == version)
        with self.engine.connect() as conn:
            run = conn.execute(q.order_by(runs.c.id.desc()).limit(1)).first()
            if run is None:
                return None
            rows = conn.execute(
                select(items)
                .where(items.c.run_id == run.id)
                .order_by(items.c.kind, items.c.ordinal)
            ).all()
        return _rebuild(run, rows)

    def documents(self) -> list[dict[str, Any]]:
        """Every document with its latest run and its source paths."""
        with self.engine.connect() as conn:
            docs = conn.execute(select(documents).order_by(documents.c.first_seen)).all()
            latest = {r.sha256: r for r in conn.execute(select(runs).order_by(runs.c.id)).all()}
            paths: dict[str, list[str]] = {}
            for s in conn.execute(select(sources).order_by(sources.c.id)).all():
                paths.setdefault(s.sha256, []).append(s.path)
        out = []
        for d in docs:
            run = latest.get(d.sha256)
            out.append(
                {
                    "sha256": d.sha256,
                    "kind": d.kind,
                    "pages": d.pages,
                    "sources": paths.get(d.sha256, []),
                    "status": None if run is None else run.status,
                    "run_id": None if run is None else run.id,
                    "extractor_version": None if run is None else run.extractor_version,
                    "error_code": None if run is None else run.error_code,
                }
            )
        return out

    def stale(self, version: str) -> list[str]:
        """Documents whose latest run used another extractor version or failed."""
        return [
            d["sha256"]
            for d in self.documents()
            if d["extractor_version"] != version or d["status"] != Status.ok.value
        ]

    def source_paths(self, sha256: str) -> list[str]:
        with self.engine.connect() as conn:
            return [
                str(r.path)
                for r in conn.execute(
                    select(sources.c.path).where(sources.c.sha256 == sha256).order_by(sources.c.id)
                ).all()
            ]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                "runs": conn.execute(select(func.count()).select_from(runs)).scalar_one(),
                "items": conn.execute(select(func.count()).select_from(items)).scalar_one(),
                "sources": conn.execute(select(func.count()).select_from(sources)).scalar_one(),
            }

    def instance_id(self) -> str:
        """A random id made when this store was created: it tells a re-created store from the old.

        Caches outside the store (Prefect's task cache in flows/ingest.py) key on it, so a deleted
        and re-created database never looks like it already holds a document.
        """
        with self._begin() as conn:
            row = conn.execute(
                select(store_meta.c.value).where(store_meta.c.key == "instance_id")
            ).first()
            if row is not None:
                return str(row.value)
            new = uuid.uuid4().hex
            try:
                with conn.begin_nested():
                    conn.execute(insert(store_meta).values(key="instance_id", value=new))
            except IntegrityError:  # another process made it first: use theirs
                pass
            else:
                return new
            return str(
                conn.execute(
                    select(store_meta.c.value).where(store_meta.c.key == "instance_id")
                ).scalar_one()
            )

    # ---- layout profiles (issue 11 part 6) --------------------------------------------
    def save_profile(self, name: str, body: str, sha256: str) -> bool:
        """Add or replace a stored profile; True when it is new or its content changed."""
        with self._begin() as conn:
            row = conn.execute(select(profiles.c.sha256).where(profiles.c.name == name)).first()
            if row is not None and row.sha256 == sha256:
                return False
            conn.execute(delete(profiles).where(profiles.c.name == name))
            conn.execute(
                insert(profiles).values(name=name, sha256=sha256, body=body, updated_at=now())
            )
        return True

    def profiles(self) -> list[dict[str, Any]]:
        """Every stored profile: name, sha256, body (JSON text), updated_at; by name."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(profiles).order_by(profiles.c.name)).all()
        return [dict(r._mapping) for r in rows]

    def remove_profile(self, name: str) -> bool:
        with self._begin() as conn:
            return bool(conn.execute(delete(profiles).where(profiles.c.name == name)).rowcount)

    def run_profile(self, run_id: int) -> str | None:
        """The hash of the layout profile a run was read with (None: none)."""
        return (self.run_layout(run_id) or {}).get("profile_sha256")

    def run_layout(self, run_id: int) -> dict[str, Any] | None:
        """A plan run's layout record: profile (name), profile_sha256, profile_stored,
        table_headers; None for a run that has none (not a plan, or stored before profiles)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(items.c.data).where(items.c.run_id == run_id, items.c.kind == "layout")
            ).first()
        return None if row is None else dict(_json(row.data))

    def latest_layouts(self) -> dict[str, dict[str, Any]]:
        """Per document whose latest run is an ok plan run: the profile hash it was read with and
        its table headers (what a stored profile is matched on)."""
        found: dict[str, dict[str, Any]] = {}
        latest = {d["run_id"]: d["sha256"] for d in self.documents()
                  if d["status"] == Status.ok.value and d["kind"] == DocumentKind.improvement_plan.value}  # fmt: skip
        with self.engine.connect() as conn:
            for r in conn.execute(
                select(items.c.run_id, items.c.data).where(items.c.kind == "layout")
            ).all():
                if r.run_id in latest:
                    found[latest[r.run_id]] = _json(r.data)
        return found

    def mark_links_suspect(self, sha256: str, item_ids: set[str]) -> int:
        """A person's link decision whose end changed text is suspect until looked at again.

        item_ids are ids of the document's items (recommendation or action ids) whose text
        changed between two runs; only links decided by a person are marked, automatic links are
        recomputed anyway.
        """
        if not item_ids:
            return 0
        changed = 0
        with self._begin() as conn:
            for col_sha, col_id in (
                (links.c.report_sha256, links.c.recommendation_id),
                (links.c.plan_sha256, links.c.item_id),
            ):
                res = conn.execute(
                    update(links)
                    .where(
                        col_sha == sha256, col_id.in_(sorted(item_ids)), links.c.origin == "person"
                    )
                    .values(state="suspect", updated_at=now())
                )
                changed += res.rowcount or 0
        return changed

    # ---- plumbing -----------------------------------------------------------------------
    def _begin(self) -> Any:
        return _transaction(self.engine, self.url)

    def connect(self) -> Any:
        return self.engine.connect()

    def begin(self) -> Any:
        return self._begin()


@contextmanager
def _transaction(engine: Engine, url: str) -> Iterator[Connection]:
    """engine.begin(), with a failing store (read-only, gone away, locked past the busy timeout)
    turned into a StoreError: callers print one clear line instead of a driver traceback."""
    try:
        with engine.begin() as conn:
            yield conn
    except OperationalError as exc:
        raise StoreError(f"cannot write to the store at {_redact(url)}: {_reason(exc)}") from exc


_NO_STORE = (
    "no store at {where}: nothing has been ingested there (check --db or PLANTRACE_DB_URL,"
    " or run `plantrace ingest` first)"
)


def _has_tables(engine: Engine) -> bool:
    """Whether a plantrace store lives here (its documents table exists)."""
    with engine.connect() as conn:
        return "documents" in inspect(conn).get_table_names()


_SCHEMA_LOCK = 0x706C616E  # PostgreSQL advisory lock id that serialises schema creation


def _create_schema(engine: Engine) -> None:
    """Create missing tables, serialised so processes opening one fresh store at once don't race.

    Two `plantrace ingest` runs started together on a new store both saw no tables and the later
    CREATE failed ("table documents already exists" on SQLite, a pg_type unique violation on
    PostgreSQL). A store whose tables all exist is only read here, so a read-only store still
    opens for `show` and `list`.
    """
    with engine.connect() as conn:
        if set(metadata.tables) <= set(inspect(conn).get_table_names()):
            return
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
        elif engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock first, then look and create
        metadata.create_all(conn)
        conn.commit()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _item_rows(run_id: int, result: ExtractionResult) -> Iterator[dict[str, Any]]:
    if result.inspection is not None:
        yield {
            "run_id": run_id,
            "kind": "inspection",
            "item_id": "meta",
            "ordinal": 0,
            "page": None
            if result.inspection.provenance is None
            else result.inspection.provenance.page,
            "text": result.inspection.local_authority,
            "data": result.inspection.model_dump(mode="json"),
        }
    groups: Sequence[tuple[str, Sequence[Any]]] = (
        ("judgement", result.judgements),
        ("recommendation", result.recommendations),
        ("action", result.actions),
        ("kpi", result.kpis),
        ("glossary", result.glossary),
    )
    for kind, models in groups:
        for i, m in enumerate(models):
            yield {
                "run_id": run_id,
                "kind": kind,
                "item_id": str(
                    getattr(m, "id", None)
                    or getattr(m, "area", None)
                    or getattr(m, "abbreviation", i)
                ),
                "ordinal": i,
                "page": m.provenance.page,
                "text": getattr(m, "text", None)
                or getattr(m, "indicator", None)
                or getattr(m, "expansion", None),
                "data": m.model_dump(mode="json"),
            }
    for i, w in enumerate(
        result.warnings
    ):  # items, not a runs column: older stores need no migration
        yield {
            "run_id": run_id,
            "kind": "warning",
            "item_id": f"{w.code}:{i}",
            "ordinal": i,
            "page": w.page,
            "text": w.message,
            "data": w.model_dump(mode="json"),
        }
    if result.profile_sha256 or result.table_headers:  # an item too: no runs column to migrate
        yield {
            "run_id": run_id,
            "kind": "layout",
            "item_id": "layout",
            "ordinal": 0,
            "page": None,
            "text": result.profile,
            "data": {"profile": result.profile, "profile_sha256": result.profile_sha256,
                     "profile_stored": result.profile_stored,
                     "table_headers": result.table_headers},
        }  # fmt: skip


def _run_profile(conn: Connection, run_id: int) -> str | None:
    """The hash of the layout profile a run was read with (None: no profile)."""
    row = conn.execute(
        select(items.c.data).where(items.c.run_id == run_id, items.c.kind == "layout")
    ).first()
    return None if row is None else _json(row.data).get("profile_sha256")


def _json(data: Any) -> Any:
    return data if isinstance(data, dict) else json.loads(data)


def _warning(data: Any) -> ExtractionWarning:
    return ExtractionWarning.model_validate(_json(data))


def _run_info(row: Any) -> RunInfo:
    return RunInfo(
        id=row.id,
        sha256=row.sha256,
        extractor_version=row.extractor_version,
        status=row.status,
        error_code=row.error_code,
        error_message=row.error_message,
        kind=row.kind,
        pages=row.pages,
        file=row.file,
        created_at=row.created_at,
    )


def _rebuild(run: Any, rows: Sequence[Any]) -> ExtractionResult:
    grouped: dict[str, list[Any]] = {}
    for r in sorted(rows, key=lambda r: (r.kind, r.ordinal)):
        grouped.setdefault(r.kind, []).append(
            r.data if isinstance(r.data, dict) else json.loads(r.data)
        )
    meta = grouped.get("inspection", [None])[0]
    return ExtractionResult(
        file=run.file,
        sha256=run.sha256,
        status=Status(run.status),
        error=None
        if run.error_code is None
        else ExtractionError(code=ErrorCode(run.error_code), message=run.error_message or ""),
        kind=DocumentKind(run.kind),
        pages=run.pages,
        extractor_version=run.extractor_version,
        partial_pages=list(run.partial_pages or []),
        timings=dict(run.timings or {}),
        head=run.head or "",
        inspection=None if meta is None else InspectionMeta.model_validate(meta),
        judgements=[Judgement.model_validate(d) for d in grouped.get("judgement", [])],
        recommendations=[
            Recommendation.model_validate(d) for d in grouped.get("recommendation", [])
        ],
        actions=[Action.model_validate(d) for d in grouped.get("action", [])],
        kpis=[KPI.model_validate(d) for d in grouped.get("kpi", [])],
        glossary=[GlossaryEntry.model_validate(d) for d in grouped.get("glossary", [])],
        warnings=[ExtractionWarning.model_validate(d) for d in grouped.get("warning", [])],
        **{k: v for k, v in (grouped.get("layout") or [{}])[0].items()
           if k in ("profile", "profile_sha256", "profile_stored", "table_headers")},
    )  # fmt: skip
