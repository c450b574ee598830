"""Run-in heads: an action paragraph whose fields follow one another inline.

A word processor's plan may print each action as ONE wrapped paragraph under its recommendation's
heading, every field opened by a bold head ending in a colon and run on in the same paragraph,
with no line break between fields: '2.1 Key action: <text>. Lead officer: Head of Service,
Children in Care. Target date: June 2026. RAG: Amber. Comments: <update>.' The lines break
wherever the width falls, mid-field, so no line is a field of its own; the paragraph is the
record, and its fields are the runs after each 'Head:' whose words the header vocabulary knows
(header_role), at a sentence's start. A value runs to the next head whatever it holds (a post
holds commas). The reader splits a line of print at a change of type (the bold heads) and the
status run's shading: the pieces of one line of print are joined again first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.plan_columns import Element, Row, header_role
from plantrace.extractors.plan_prose import (
    ACTION_REF,
    LINKED_ROLES,
    ROLES,
    made_cell,
    opens_update,
    rows_as_tables,
    without_section_number,
)
from plantrace.pipeline.document import Line
from plantrace.pipeline.layout import join_text

MIN_PARAGRAPHS = 3  # numbered paragraphs with run-in fields before a plan is read as them
_MIN_HEADS = 2  # field heads (who, when or status) a paragraph names, besides its text's
_HEAD_WORDS = 4  # a head is short: 'Lead officer', 'Date for completion'
_PITCH = 1.8  # font sizes: a wrapped line of the paragraph is at most this far under the last
_SAME_LINE = 0.35  # font sizes: pieces whose tops differ by less are one line of print
# a head: up to _HEAD_WORDS capitalised-first words and a colon, at the text's start or after a
# sentence's end ('... each term. Lead officer: ...')
_HEAD = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<head>[A-Z][\w'&/()-]*(?:\s+[\w'&/()-]+)"
    + f"{{0,{_HEAD_WORDS - 1}}}"
    + r"):(?:\s|$)"  # a head may end the text: its value is on the next line (_awaits_value)
)
# a head closing the text with no value after it (its value is on the next line of print)
_END_HEAD = re.compile(r"(?:^|(?<=[.;!?]\s))(?P<head>[A-Z][\w'&/()-]*(?:\s+[\w'&/()-]+){0,3}):\s*$")
_FIELD_ROLES = frozenset({"owner", "due", "rag"})  # the heads that make a record of a paragraph
_TRIM = " .;"
_UPDATE_DROP = 3.0  # font sizes: an update line under a paragraph is at most this far below it


@dataclass(slots=True)
class _Paragraph:
    ref: str
    lines: list[Line]  # every piece, in reading order
    text: str  # after the number, lines of print joined
    note: list[Line] = field(default_factory=list)  # an update line under it, in its own type
    note_text: str = ""


def adopt_run_in_fields(elements: list[Element]) -> list[Element]:
    """Elements with the plan's numbered paragraphs of run-in fields read as action tables (one
    per run of paragraphs, as plan_prose makes them); the same list where fewer than
    MIN_PARAGRAPHS paragraphs are such records. Cheapest sign first: lines opening with a
    number and holding a colon."""
    texts = [el for el in elements if el.table is None and el.raw is None]
    opening = sum(
        1 for el in texts for ln in el.lines if ":" in ln.text and ACTION_REF.match(ln.text)
    )
    if opening < MIN_PARAGRAPHS:
        return elements
    read = [(p, _with_note(p, f)) for p in _paragraphs(texts) if (f := fields(p.text)) is not None]
    if len(read) < MIN_PARAGRAPHS:
        return elements
    first = read[0][0].lines[0]
    refs = without_section_number(texts, [p.ref for p, _ in read], (first.page, first.top))
    for (p, _), ref in zip(read, refs, strict=True):
        p.ref = ref  # '2.1.3' in a report's section 2 is action 1.3
    roles = LINKED_ROLES if any("rec" in f for _, f in read) else ROLES
    rows = {id(p.lines[0]): _row(p, f, roles) for p, f in read}
    taken = {id(ln) for p, _ in read for ln in (*p.lines, *p.note)}
    return rows_as_tables(elements, rows, taken, roles)


def _with_note(p: _Paragraph, found: dict[str, str]) -> dict[str, str]:
    """The record's fields with the update line under it as its progress (its label off),
    where the paragraph names none itself."""
    if not p.note_text or "progress" in found:
        return found
    _, _, value = p.note_text.partition(":")
    value = value.strip().removesuffix(".").strip()
    return {**found, "progress": value} if value else found


def holds_run_in(lines: Sequence[Line]) -> bool:
    """Whether the lines hold a numbered paragraph of run-in fields, a head of which falls
    after a line's start (the fields run on in the paragraph, not a field a line as a card's
    are): the card readers leave such lines to adopt_run_in_fields. Cheapest sign first: a line
    opening with a number and holding a colon."""
    if not any(":" in ln.text and ACTION_REF.match(ln.text) for ln in lines):
        return False
    for p in _paragraphs_of(_lines_of_print(lines)):
        if fields(p.text) is not None and any(_runs_in(" ".join(x.text for x in pieces))
                                              for pieces in _prints_of(p)):  # fmt: skip
            return True
    return False


def _runs_in(text: str) -> bool:
    """A known head that starts after the line's start."""
    return any(m.start() > 0 and _head_role(m.group("head")) for m in _HEAD.finditer(text))


def _prints_of(p: _Paragraph) -> list[list[Line]]:
    return _lines_of_print(p.lines)


def fields(text: str) -> dict[str, str] | None:
    """A paragraph's text (after its number) -> its fields by role ('action' its text), each
    value up to the next head, its closing full stop off; None unless it names _MIN_HEADS of
    who, when and status by head (a sentence that happens to hold 'Note: ...' is no record)."""
    heads = [(m, role) for m in _HEAD.finditer(text) if (role := _head_role(m.group("head")))]
    if sum(1 for _, role in heads if role in _FIELD_ROLES) < _MIN_HEADS:
        return None
    out: dict[str, str] = {}
    before = text[: heads[0][0].start()].strip(_TRIM)
    if before:
        out["action"] = before
    for k, (m, role) in enumerate(heads):
        end = heads[k + 1][0].start() if k + 1 < len(heads) else len(text)
        value = text[m.end() : end].strip().removesuffix(".").strip(" ;")
        if value and role not in out:
            out[role] = value
    return out if out.get("action") else None


def _head_role(head: str) -> str | None:
    """The field a head names ('Lead officer' -> owner); the text's own head ('Key action')
    names the action. Words the vocabulary does not know are no head."""
    role = header_role(" ".join(head.split()))
    return role if role in (*LINKED_ROLES, "recommendation_text") else None


def _paragraphs(texts: Sequence[Element]) -> list[_Paragraph]:
    """Every numbered paragraph of the text (_paragraphs_of)."""
    return _paragraphs_of(_lines_of_print([ln for el in texts for ln in el.lines]))


def _paragraphs_of(prints: Sequence[Sequence[Line]]) -> list[_Paragraph]:
    """Every numbered paragraph of the lines of print: its lines (pieces joined) from the one
    opening with a number, on while each next line of print wraps it (its size, not left of
    it, at line pitch under it or the first on the next page) and opens with no number."""
    out: list[_Paragraph] = []
    current: tuple[_Paragraph, list[str], list[str]] | None = None
    for k, pieces in enumerate(prints):
        text = " ".join(ln.text.strip() for ln in pieces)
        m = ACTION_REF.match(text)
        fresh = k == 0 or _opens(prints, k)
        if m is not None:
            body = text[m.end() :]
            current = (_Paragraph(m.group("ref"), list(pieces), join_text([body])), [body], [])
            out.append(current[0])
            continue
        if current is None:
            continue
        p, texts, notes = current
        if p.note:  # the update line's own wraps, in its type
            if not _wraps(p.note, pieces, fresh):
                current = None
                continue
            p.note.extend(pieces)
            notes.append(text)
            p.note_text = join_text(notes)
        elif _wraps(p.lines, pieces, fresh) or _awaits_value(p.lines, pieces, p.text):
            p.lines.extend(pieces)
            texts.append(text)
        elif _update_under(p.lines, pieces, text):
            p.note.extend(pieces)
            notes.append(text)
            p.note_text = join_text(notes)
        else:
            current = None
            continue
        p.text = join_text(texts)
    return out


def _update_under(lines: Sequence[Line], pieces: Sequence[Line], text: str) -> bool:
    """A line under the paragraph in a type of its own (so it wraps nothing on) that opens with
    an update's label ('Progress: ...', 'Update this period: ...'): the record's update, when it
    is not left of the paragraph and under its last line by a paragraph gap at most."""
    first, last, ln = lines[0], lines[-1], pieces[0]
    if ln.page != last.page or ln.x0 < first.x0 - 2:
        return False
    if not 0 < ln.top - last.top <= _UPDATE_DROP * last.font_size:
        return False
    m = _HEAD.match(text)
    return (m is not None and _head_role(m.group("head")) == "progress") or opens_update(ln)


def _opens(prints: Sequence[Sequence[Line]], k: int) -> bool:
    """The line of print is the first of its page's text."""
    return prints[k][0].page != prints[k - 1][0].page


def _wraps(lines: Sequence[Line], pieces: Sequence[Line], first_on_page: bool) -> bool:
    first, last, ln = lines[0], lines[-1], pieces[0]
    if abs(ln.font_size - first.font_size) > 0.5 or ln.x0 < first.x0 - 3:
        return False
    if ln.page == last.page:
        return 0 < ln.top - last.top <= _PITCH * last.font_size
    return ln.page == last.page + 1 and first_on_page


def _awaits_value(lines: Sequence[Line], pieces: Sequence[Line], text: str) -> bool:
    """The line of print right under a paragraph whose text ends with a field's head and no
    value ('... Target date: 28/2/26; Control effectiveness:' over 'Effective'): the head's
    value, set on the next line (a word processor breaks the line after the colon when the
    value, often set in another type, does not fit). The paragraph's last piece may be several
    lines of print joined, so its bottom, not its top, is the line above; not left of the
    paragraph, in its size."""
    m = _END_HEAD.search(text)
    if m is None or _head_role(m.group("head")) is None:
        return False
    first, last, ln = lines[0], lines[-1], pieces[0]
    if ln.page != last.page or abs(ln.font_size - first.font_size) > 0.5 or ln.x0 < first.x0 - 3:
        return False
    drop = min(ln.top - last.top, ln.bottom - last.bottom)
    return 0 < drop <= _PITCH * last.font_size


def _lines_of_print(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines in reading order with the pieces of one line of print (split at a change of
    type or a shaded run) together, left to right."""
    out: list[list[Line]] = []
    for ln in lines:
        prev = out[-1][-1] if out else None
        if (
            prev is not None
            and prev.page == ln.page
            and abs(prev.top - ln.top) < _SAME_LINE * prev.font_size
            and ln.x0 >= prev.bbox[2] - 1.0
        ):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _row(p: _Paragraph, found: dict[str, str], roles: Sequence[str]) -> Row:
    """A row of the made table: each field's value as a cell boxed by the paragraph's lines."""
    values = {"ref": p.ref, **found}
    page_lines = [ln for ln in p.lines if ln.page == p.lines[0].page]
    cells = [made_cell(values[r], page_lines) if r in values else None for r in roles]
    return Row(cells=cells, page=p.lines[0].page, merged_above=[False] * len(cells))
