"""What changed between two extraction runs of one document: items added, removed or changed.

Why: `reprocess` re-runs documents under a new extractor version, and a person who confirmed a
link needs to know when the text at one end of it moved. Items are matched by id, because links
point at ids (`r3`, `a12`, `k2`); an id whose text differs is "changed" and its links become
suspect. Ids are ordinals, so one inserted recommendation renumbers the rest: `moved_from` names
the old id that held the new text, so a reader can tell a renumbering from a rewrite.

Pure: no store, no Prefect, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from plantrace.models.links import Link
from plantrace.models.results import ExtractionResult

#: The item groups compared, by the name used in reports and in the store's items.kind.
GROUPS: tuple[str, ...] = ("recommendation", "action", "kpi")


class Change(StrEnum):
    added = "added"
    removed = "removed"
    changed = "changed"


@dataclass(frozen=True, slots=True)
class ItemChange:
    kind: str  # recommendation | action | kpi
    item_id: str
    change: Change
    before: str | None = None  # the item's text (KPI: its indicator) in the old run
    after: str | None = None
    fields: tuple[str, ...] = ()  # for "changed": which fields differ (provenance ignored)
    moved_from: str | None = None  # for "changed"/"added": the old id that held exactly `after`

    @property
    def text_changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True, slots=True)
class LinkChange:
    report_sha256: str
    plan_sha256: str
    recommendation_id: str
    item_kind: str
    item_id: str
    change: Change
    before: str | None = None  # "state/method" before and after, e.g. "confirmed/ref"
    after: str | None = None


@dataclass(slots=True)
class DocumentDiff:
    sha256: str
    file: str
    old_version: str | None
    new_version: str
    old_status: str | None
    new_status: str
    changes: list[ItemChange] = field(default_factory=list)
    links: list[LinkChange] = field(default_factory=list)
    suspect_links: int = 0  # filled by the caller once the store has marked them
    note: str | None = None  # why nothing was re-run (e.g. no source file left)

    @property
    def suspect_item_ids(self) -> set[str]:
        """Ids whose links must be looked at again: removed, or their text changed."""
        return {
            c.item_id
            for c in self.changes
            if c.change is Change.removed or (c.change is Change.changed and c.text_changed)
        }

    def count(self, kind: str, change: Change) -> int:
        return sum(1 for c in self.changes if c.kind == kind and c.change is change)

    def link_count(self, change: Change) -> int:
        return sum(1 for c in self.links if c.change is change)

    @property
    def is_empty(self) -> bool:
        return not self.changes and not self.links and self.old_status == self.new_status

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["changes"] = [
            {**asdict(c), "change": c.change.value, "fields": list(c.fields)} for c in self.changes
        ]
        data["links"] = [{**asdict(c), "change": c.change.value} for c in self.links]
        data["suspect_item_ids"] = sorted(self.suspect_item_ids)
        return data


def diff_results(old: ExtractionResult | None, new: ExtractionResult) -> DocumentDiff:
    """Compare two runs of one document; `old` None (never extracted well) makes all items added."""
    if old is not None and old.sha256 and new.sha256 and old.sha256 != new.sha256:
        raise ValueError("diff_results compares two runs of the same document (same sha256)")
    diff = DocumentDiff(
        sha256=new.sha256,
        file=new.file,
        old_version=None if old is None else old.extractor_version,
        new_version=new.extractor_version,
        old_status=None if old is None else old.status.value,
        new_status=new.status.value,
    )
    for kind in GROUPS:
        before = _items(old, kind)
        after = _items(new, kind)
        diff.changes.extend(_diff_group(kind, before, after))
    return diff


def _items(result: ExtractionResult | None, kind: str) -> list[BaseModel]:
    if result is None:
        return []
    groups: dict[str, Sequence[BaseModel]] = {
        "recommendation": result.recommendations,
        "action": result.actions,
        "kpi": result.kpis,
    }
    return list(groups[kind])


def _text(item: BaseModel) -> str | None:
    value = getattr(item, "text", None) or getattr(item, "indicator", None)
    return None if value is None else str(value)


def _content(item: BaseModel) -> dict[str, Any]:
    """The item's fields without provenance: a page or bbox moving is not a change of content."""
    return item.model_dump(mode="json", exclude={"provenance"})


def _diff_group(kind: str, before: list[BaseModel], after: list[BaseModel]) -> list[ItemChange]:
    old_by_id = {str(getattr(i, "id")): i for i in before}  # noqa: B009 - all three models have id
    new_by_id = {str(getattr(i, "id")): i for i in after}  # noqa: B009
    old_id_of_text: dict[str, str] = {}
    for item_id, item in old_by_id.items():
        text = _text(item)
        if text is not None:
            old_id_of_text.setdefault(text, item_id)
    changes: list[ItemChange] = []
    for item_id in _ordered_ids(before, after):
        old_item, new_item = old_by_id.get(item_id), new_by_id.get(item_id)
        if old_item is None and new_item is not None:
            after_text = _text(new_item)
            changes.append(
                ItemChange(
                    kind,
                    item_id,
                    Change.added,
                    None,
                    after_text,
                    moved_from=old_id_of_text.get(after_text) if after_text else None,
                )
            )
        elif new_item is None and old_item is not None:
            changes.append(ItemChange(kind, item_id, Change.removed, _text(old_item), None))
        elif old_item is not None and new_item is not None:
            old_content, new_content = _content(old_item), _content(new_item)
            if old_content == new_content:
                continue
            fields = tuple(
                sorted(
                    k
                    for k in old_content.keys() | new_content.keys()
                    if old_content.get(k) != new_content.get(k)
                )
            )
            before_text, after_text = _text(old_item), _text(new_item)
            moved = None
            if after_text and before_text != after_text:
                moved = old_id_of_text.get(after_text)
            changes.append(
                ItemChange(
                    kind,
                    item_id,
                    Change.changed,
                    before_text,
                    after_text,
                    fields=fields,
                    moved_from=moved,
                )
            )
    return changes


def diff_links(before: Sequence[Link], after: Sequence[Link]) -> list[LinkChange]:
    """Links of one (report, plan) pair before and after relinking, keyed by their two ends."""

    def key(lk: Link) -> tuple[str, str, str, str, str]:
        return (lk.report_sha256, lk.plan_sha256, lk.recommendation_id, lk.item_kind, lk.item_id)

    def label(lk: Link) -> str:
        return f"{lk.state.value}/{lk.method.value}"

    old = {key(lk): lk for lk in before}
    new = {key(lk): lk for lk in after}
    out: list[LinkChange] = []
    for k in sorted(old.keys() | new.keys()):
        o, n = old.get(k), new.get(k)
        if o is None and n is not None:
            out.append(LinkChange(*k, change=Change.added, after=label(n)))
        elif n is None and o is not None:
            out.append(LinkChange(*k, change=Change.removed, before=label(o)))
        elif o is not None and n is not None and label(o) != label(n):
            out.append(LinkChange(*k, change=Change.changed, before=label(o), after=label(n)))
    return out


def _ordered_ids(before: list[BaseModel], after: list[BaseModel]) -> list[str]:
    """Ids in document order: the new run's order, then ids only the old run had."""
    seen: dict[str, None] = {}
    for item in [*after, *before]:
        seen.setdefault(str(getattr(item, "id")), None)  # noqa: B009
    return list(seen)


def summary_markdown(diffs: Sequence[DocumentDiff], *, title: str = "Reprocess") -> str:
    """One section per document: counts, then each change with the text before and after."""
    lines = [f"# {title}", ""]
    if not diffs:
        lines.append("Nothing to reprocess: every document's latest run is ok with this version.")
        return "\n".join(lines) + "\n"
    lines += [
        "| document | versions | status | "
        + " | ".join(f"{g}s +/-/~" for g in GROUPS)
        + " | links +/-/~ | links suspect |",
        "|---|---|---|" + "---|" * len(GROUPS) + "---|---|",
    ]
    for d in diffs:
        counts = " | ".join(
            f"{d.count(g, Change.added)}/{d.count(g, Change.removed)}/{d.count(g, Change.changed)}"
            for g in GROUPS
        )
        status = f"{d.old_status} → {d.new_status}" if d.note is None else _md(d.note)
        lines.append(
            f"| {_md(_name(d.file))} `{d.sha256[:12]}` | {d.old_version} → {d.new_version} "
            f"| {status} | {counts} | {d.link_count(Change.added)}/"
            f"{d.link_count(Change.removed)}/{d.link_count(Change.changed)} | {d.suspect_links} |"
        )
    for d in diffs:
        if not d.changes and not d.links:
            continue
        lines += ["", f"## {_md(_name(d.file))} (`{d.sha256[:12]}`)", ""]
        for c in d.changes:
            where = f" (was {c.moved_from})" if c.moved_from else ""
            if c.change is Change.added:
                lines.append(f"- **added** {c.kind} `{c.item_id}`{where}: {_md(_short(c.after))}")
            elif c.change is Change.removed:
                lines.append(f"- **removed** {c.kind} `{c.item_id}`: {_md(_short(c.before))}")
            else:
                detail = ", ".join(c.fields)
                lines.append(f"- **changed** {c.kind} `{c.item_id}`{where} [{detail}]")
                if c.text_changed:
                    lines.append(f"  - before: {_md(_short(c.before))}")
                    lines.append(f"  - after: {_md(_short(c.after))}")
        for lc in d.links:
            ends = f"report `{lc.recommendation_id}` ↔ {lc.item_kind} `{lc.item_id}`"
            if lc.change is Change.changed:
                lines.append(f"- **link changed** {ends}: {lc.before} → {lc.after}")
            else:
                lines.append(f"- **link {lc.change.value}** {ends}: {lc.after or lc.before}")
    return "\n".join(lines) + "\n"


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _short(text: str | None, limit: int = 200) -> str:
    if text is None:
        return "—"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _md(text: str) -> str:
    """Text from a PDF goes into markdown: neutralise table pipes and inline HTML."""
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
