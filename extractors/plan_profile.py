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

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.extractors.plan_vocab import PLAN_VOCAB

ROLES = frozenset([*PLAN_VOCAB["header_phrases"], "date_label", "other"])
_POSITION = re.compile(r"^#(\d{1,2})$")


class ProfileError(ValueError):
    """A profile file that cannot be used; the message says what to change."""


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(":").strip()


@dataclass(frozen=True, slots=True)
class LayoutProfile:
    name: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # normalised header or '#N' -> role
    skip_rows: tuple[re.Pattern[str], ...] = ()
    date_order: str = "dmy"

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
        return cls(str(data.get("name", "")), columns, skips, order)

    @classmethod
    def load(cls, path: str | Path) -> LayoutProfile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ProfileError(f"{path}: cannot read the profile: {exc}") from exc
        return cls.from_dict(data)


def starter_profile(name: str, tables: Sequence[Any]) -> dict[str, Any]:
    """A profile of what was inferred (table_report.TableView list): every column's header and
    role, for a person to correct; the header signature identifies the template."""
    columns: dict[str, str] = {}
    signature: list[list[str]] = []
    for t in tables:
        if t.kind is None:
            # a table no header was read from: its first row, every column 'other', for a
            # person to name ('Narrative': 'action')
            head = [" ".join(x.split()) for x in (t.grid[0] if t.grid else [])]
            if len(head) >= 2 and all(0 < len(x.split()) <= 6 for x in head):
                signature.append(head)
                for x in head:
                    columns.setdefault(x, "other")
            continue
        signature.append([c.label for c in t.columns])
        for c in t.columns:
            key = c.label or f"#{c.index + 1}"
            columns.setdefault(key, c.role or "other")
    return {"name": name, "columns": columns, "skip_rows": [], "date_order": "dmy",
            "signature": signature}  # fmt: skip
