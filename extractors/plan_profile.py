"""Layout profiles: a person's fix for a plan template, in a small JSON file (issue 11, part 6).

When a column is read wrongly (`plantrace tables FILE` shows it), a profile says what it is, and
every plan of that template then reads right without asking again:

    {
      "name": "Eastmere delivery plan template",
      "columns": {"Finish": "due", "#3": "owner"},
      "skip_rows": ["^Total\\\\b"],
      "date_order": "dmy"
    }

- columns: a header as printed (case and spacing ignored) or a column position ('#3', counted
  from 1) -> a role (the roles of extractors/data/plan_columns.json, or 'other' to ignore it);
- skip_rows: regular expressions; a data row any of whose cells matches one is left out;
- date_order: 'dmy' (the UK default) or 'mdy' for numeric dates such as 03/31/2026.

`plantrace tables FILE --write-profile P` writes a starter profile from what was inferred.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.normalise.text_keys import text_key

ROLES = frozenset([*PLAN_VOCAB["header_phrases"], "date_label", "other"])
_POSITION = re.compile(r"^#(\d{1,2})$")


class ProfileError(ValueError):
    """A profile file that cannot be used; the message says what to change."""


def _key(text: str) -> str:
    """text_key less a closing colon: a header printed 'Due date:' names the column 'due date'."""
    return text_key(text).rstrip(":").strip()


@dataclass(frozen=True, slots=True)
class LayoutProfile:
    name: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # normalised header or '#N' -> role
    skip_rows: tuple[re.Pattern[str], ...] = ()
    date_order: str = "dmy"
    #: the header rows of the tables it was written from (normalised): how a stored profile
    #: recognises later versions of its plan family
    signature: tuple[tuple[str, ...], ...] = ()
    #: content hash of the profile as written: a changed profile re-extracts the plans it fits
    sha256: str = ""

    @property
    def month_first(self) -> bool:
        return self.date_order == "mdy"

    def role_for(self, label: str, index: int) -> str | None:
        """The role this profile gives a column, by its header text first, then its position."""
        return self.columns.get(_key(label)) or self.columns.get(f"#{index + 1}")

    def skips(self, texts: Sequence[str]) -> bool:
        return any(p.search(t) for p in self.skip_rows for t in texts if t)

    @classmethod
    def from_dict(cls, data: Any) -> LayoutProfile:
        if not isinstance(data, dict):
            raise ProfileError(
                "a layout profile is a JSON object with 'columns', 'skip_rows', 'date_order'"
            )
        unknown = set(data) - {"name", "columns", "skip_rows", "date_order", "signature"}
        if unknown:
            raise ProfileError(f"unknown profile keys: {', '.join(sorted(unknown))}")
        columns: dict[str, str] = {}
        for header, role in (data.get("columns") or {}).items():
            if role not in ROLES:
                raise ProfileError(
                    f"column {header!r}: unknown role {role!r} (one of {', '.join(sorted(ROLES))})"
                )
            m = _POSITION.match(str(header).strip())
            columns[f"#{int(m.group(1))}" if m else _key(str(header))] = str(role)
        order = data.get("date_order", "dmy")
        if order not in ("dmy", "mdy"):
            raise ProfileError(f"date_order must be 'dmy' or 'mdy', not {order!r}")
        try:
            skips = tuple(re.compile(p) for p in data.get("skip_rows") or [])
        except re.error as exc:
            raise ProfileError(f"skip_rows: bad regular expression: {exc}") from exc
        signature = data.get("signature") or []
        if not isinstance(signature, list) or not all(isinstance(r, list) for r in signature):
            raise ProfileError("signature must be a list of header rows (lists of header texts)")
        rows = tuple(tuple(_key(str(x)) for x in r) for r in signature)
        return cls(str(data.get("name", "")), columns, skips, order, rows, profile_hash(data))

    @classmethod
    def load(cls, path: str | Path) -> LayoutProfile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ProfileError(f"{path}: cannot read the profile: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> LayoutProfile:
        """A stored profile's body (the store keeps the JSON a person wrote)."""
        try:
            return cls.from_dict(json.loads(text))
        except json.JSONDecodeError as exc:
            raise ProfileError(f"cannot read the profile: {exc}") from exc


def profile_hash(data: Any) -> str:
    """The profile's content, key order and spacing aside: what decides re-extraction."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def header_signature(tables: Sequence[Any]) -> list[list[str]]:
    """The header texts of the plan tables found (table_report.TableView list): a table read as
    a plan table gives its column headers; one with no header read gives its first row when that
    row looks like headings (2+ short cells), so a person can name its columns in a profile."""
    rows = (
        _signature_row(t.kind, [c.label for c in t.columns], t.grid[0] if t.grid else [])
        for t in tables
    )
    return [row for row in rows if row is not None]


def layout_signature(elements: Sequence[Any]) -> list[list[str]]:
    """header_signature of read_layout's elements (plan_columns.Element), as `plantrace tables`
    shows them: extraction matches stored profiles on these without reading the layout twice.
    Only each table's header and first row are looked at: a whole view of every table (each
    cell's box and text) cost a tenth of a plan's extraction, on every plan, for a few words."""
    rows = (_signature_row(*head) for el in elements if (head := _element_head(el)) is not None)
    return [row for row in rows if row is not None]


def _element_head(el: Any) -> tuple[str | None, list[str], list[str]] | None:
    """An element's table kind, column labels and first row's texts, as table_report's view
    of it gives them; None for a paragraph."""
    if el.table is not None:
        t = el.table
        reading = t.reading
        labels = [c.label for c in reading.columns] if reading is not None else list(t.labels)
        first = t.rows[0] if t.rows else None
        texts = [first.text(i) for i in range(len(first.cells))] if first is not None else []
        return t.kind, labels, texts
    if el.raw is not None:
        rows = el.raw.rows
        return None, [], [c.text if c is not None else "" for c in rows[0]] if rows else []
    return None


def _signature_row(kind: str | None, labels: list[str], first: list[str]) -> list[str] | None:
    """A table's row of the signature: its column labels, or, when no header was read, its
    first row where that looks like headings; None where it gives none."""
    if kind is not None:
        return labels
    head = [" ".join(x.split()) for x in first]
    return head if len(head) >= 2 and all(0 < len(x.split()) <= 6 for x in head) else None


def signature_score(profile: LayoutProfile, headers: Sequence[Sequence[str]]) -> int:
    """How many of the profile's header rows a document has (0: the profile does not fit).

    Every row of the profile's signature must be among the document's table headers (case and
    spacing aside); the document may have more tables (a later version adds a KPI table)."""
    if not profile.signature:
        return 0
    found = {tuple(_key(x) for x in row) for row in headers}
    if not all(row in found for row in profile.signature):
        return 0
    return len(profile.signature)


def matching_profile(
    profiles: Sequence[LayoutProfile], headers: Sequence[Sequence[str]]
) -> LayoutProfile | None:
    """The stored profile for a document with these table headers: the one whose signature fits
    most of its tables (ties: by name, so the choice is stable), else None."""
    fits = [(-signature_score(p, headers), p.name, i) for i, p in enumerate(profiles)]
    fits = [f for f in fits if f[0] < 0]
    return profiles[min(fits)[2]] if fits else None


def starter_profile(name: str, tables: Sequence[Any]) -> dict[str, Any]:
    """A profile of what was inferred (table_report.TableView list): every column's header and
    role, for a person to correct; the header signature identifies the template."""
    columns: dict[str, str] = {}
    for t in tables:
        if t.kind is None:
            # a table no header was read from: its first row, every column 'other', for a
            # person to name ('Narrative': 'action')
            head = [" ".join(x.split()) for x in (t.grid[0] if t.grid else [])]
            if len(head) >= 2 and all(0 < len(x.split()) <= 6 for x in head):
                for x in head:
                    columns.setdefault(x, "other")
            continue
        for c in t.columns:
            key = c.label or f"#{c.index + 1}"
            columns.setdefault(key, c.role or "other")
    return {"name": name, "columns": columns, "skip_rows": [], "date_order": "dmy",
            "signature": header_signature(tables)}  # fmt: skip
