"""One record per page: a web site's pages printed to PDF, one page per action.

A council may publish its plan as a small site and print it page by page: each action has a
page of its own, opened by a BREADCRUMB trail ('Home › Children › Our plan › Recommendation 2 ›
Action'), its main heading the action's text, a ref line ('Action number: 2.1') and headed
sections, each a heading line over its value ('Who is responsible' / 'Owen Tremayne'). The
record spans the page; the breadcrumb is the one place that names its recommendation (the crumb
before the record's own). A recommendation's landing page ('Recommendation 2' as its main
heading, 'Ofsted told us: <text>') lists its actions' titles as links: navigation, no further
actions. Every page repeats the site's furniture (a site bar, a contact panel naming a person,
'Page last updated <date>'): none of it is a field of the record, so a record page is read
for its record alone.

Where at least MIN_RECORDS pages carry a breadcrumb, a main heading and two or more of the
owner, due and status headings, each such page becomes a row of an action table made for it
(plan_prose.rows_as_tables), so owner, date and status go through the one normaliser of
each; a landing page becomes a heading line 'Recommendation N: text' the recommendation
reader knows, its link list dropped. Headings, ref labels and the separators are data
(data/page_records.json); a crumb or a landing page's title names its recommendation in the
label words every plan reader uses (plan_recommendations.label_number). What a record page
leaves unread (a field heading with no value under it, a breadcrumb naming no recommendation,
a landing page quoting no text) is said in one warning, plan_page_records_unread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row
from plantrace.extractors.plan_prose import alternation, made_cell, rows_as_tables
from plantrace.extractors.plan_recommendations import label_number
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Line, ParsedDocument
from plantrace.pipeline.normalise.text_keys import text_key

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/page_records.json").read_text("utf-8")
)

ROLES = ["ref", "action", "rec", "owner", "due", "rag", "progress"]
MIN_RECORDS = 2  # record pages a document needs before it is read this way
MIN_FIELDS = 2  # owner, due or status headings a record page needs
COLUMN_SLACK = 24.0  # points a value line may sit right of its heading (a tag's padding)
MAX_CRUMB_WORDS = 8  # words a crumb may hold: a trail of short names, not a sentence

_CRUMB_SEP = re.compile(_DATA["crumb_separators"])
_REF = re.compile(
    rf"^(?:{alternation(_DATA['ref_labels'])})\s*:\s*(?P<ref>[A-Z]{{0,3}}\d{{1,2}}(?:\.\d{{1,2}})*[a-z]?)\s*$",
    re.I,
)
_QUOTE = re.compile(_DATA["rec_quote"], re.I)
_HEADINGS: dict[str, str] = {
    text_key(w): role for role, words in _DATA["headings"].items() for w in words
}


def crumbs(text: str) -> list[str] | None:
    """The crumbs of a breadcrumb line ('Home › Plan › Recommendation 2'), else None: three
    or more short parts joined by one separator."""
    parts = [p.strip() for p in _CRUMB_SEP.split(text)]
    if len(parts) < 3 or any(not p or len(p.split()) > MAX_CRUMB_WORDS for p in parts):
        return None
    return parts


def heading_role(ln: Line) -> str | None:
    """The field a heading line names ('Timescale' -> due), else None."""
    return _HEADINGS.get(text_key(ln.text.rstrip(":")))


def _main(lines: Sequence[Line], left: float) -> list[Line]:
    """The page's main column: lines starting near its left edge (a side panel is dropped)."""
    return [ln for ln in lines if ln.x0 <= left + COLUMN_SLACK]


def _value(lines: Sequence[Line], i: int) -> list[Line]:
    """The value lines under the heading at lines[i]: the lines close under it, up to the next
    heading or a gap wider than a line's height (the page's foot)."""
    out: list[Line] = []
    prev = lines[i]
    for ln in lines[i + 1 :]:
        if heading_role(ln) is not None or _REF.match(ln.text):
            break
        height = max(ln.bottom - ln.top, ln.font_size, 6.0)
        if ln.top - prev.bottom > 1.6 * height:
            break
        out.append(ln)
        prev = ln
    return out


def _title(lines: Sequence[Line], start: int) -> list[Line]:
    """The page's main heading: the run of lines after the breadcrumb in its largest font."""
    body = [ln for ln in lines[start:] if ln.text.strip()]
    if not body:
        return []
    size = max(ln.font_size for ln in body)
    out: list[Line] = []
    for ln in lines[start:]:
        if abs(ln.font_size - size) < 0.5:
            out.append(ln)
        elif out:
            break
    return out


def _record(
    lines: Sequence[Line], trail: list[str], empty: list[str]
) -> tuple[dict[str, str], list[Line]] | None:
    """(fields by role, lines read) of a record page whose lines follow its breadcrumb; the
    headings of owner, due or status printed with no value under them are added to empty."""
    title = _title(lines, 0)
    if not title:
        return None
    values: dict[str, str] = {"action": " ".join(" ".join(ln.text for ln in title).split())}
    used = list(title)
    fields = 0
    blank: list[str] = []
    for i, ln in enumerate(lines):
        if (m := _REF.match(ln.text)) is not None:
            values.setdefault("ref", m.group("ref"))
            used.append(ln)
            continue
        role = heading_role(ln)
        if role is None or role in values:
            continue
        val = _value(lines, i)
        if not val:
            if role in ("owner", "due", "rag"):
                blank.append(ln.text.rstrip(": "))
            continue
        values[role] = " ".join(" ".join(v.text for v in val).split())
        used.extend([ln, *val])
        fields += role in ("owner", "due", "rag")
    if fields < MIN_FIELDS:
        return None
    empty.extend(blank)
    for crumb in reversed(trail[:-1]):
        if (num := label_number(crumb)) is not None:
            values["rec"] = num
            break
    return values, used


def _landing(lines: Sequence[Line]) -> Line | str | None:
    """A recommendation's landing page as a heading line 'Recommendation N: text': its main
    heading a recommendation's label, its text the paragraph under it (a leading 'Ofsted told
    us:' taken off); the title's text alone where no paragraph quotes the recommendation; None
    where the page is no landing page."""
    title = _title(lines, 0)
    if len(title) != 1 or (num := label_number(title[0].text)) is None:
        return None
    k = lines.index(title[0]) + 1
    text: list[Line] = []
    for ln in lines[k:]:
        if ln.bold or (text and abs(ln.font_size - text[0].font_size) > 0.5):
            break
        text.append(ln)
    words = _QUOTE.sub("", " ".join(" ".join(ln.text for ln in text).split()))
    if not words:
        return title[0].text
    label = title[0]
    line = Line(
        f"Recommendation {num}: {words}", label.bbox, label.font_size, label.bold,
        label.page, label.index,
    )  # fmt: skip
    line.words = []
    return line


def _row(values: dict[str, str], lines: Sequence[Line]) -> Row:
    """A row of the made table, each cell boxed by the record's lines."""
    cells: list[Cell | None] = [
        made_cell(values[role], lines) if role in values else None for role in ROLES
    ]
    return Row(cells=cells, page=lines[0].page, merged_above=[False] * len(cells))


def _pages(elements: Sequence[Element]) -> dict[int, list[Line]]:
    """Each page's lines outside tables, top to bottom."""
    pages: dict[int, list[Line]] = {}
    for el in elements:
        if el.table is None and el.raw is None:
            pages.setdefault(el.page, []).extend(el.lines)
    for lines in pages.values():
        lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return pages


def adopt_page_records(
    elements: list[Element], doc: ParsedDocument
) -> tuple[list[Element], list[ExtractionWarning]]:
    """Elements with each record page read as a row of an action table and each landing page
    as a recommendation heading; unchanged where fewer than MIN_RECORDS record pages are
    found, or where an action table was read. A breadcrumb repeated on most pages may have
    been set aside as a running header: the page's header lines are looked at too. The
    warnings say what the record pages left unread."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return elements, []
    rows: dict[int, Row] = {}
    taken: set[int] = set()
    dropped: set[int] = set()
    headings: dict[int, Line] = {}
    unread: list[tuple[int, str]] = []  # (page, what a record or landing page left unread)
    for lines in _pages(elements).values():
        number = lines[0].page
        heads = doc.pages[number - 1].header_footer if 0 < number <= len(doc.pages) else []
        top = [ln for ln in heads if ln.top < lines[0].top]
        crumb = next((ln for ln in [*top, *lines[:4]] if crumbs(ln.text)), None)
        if crumb is None:
            continue
        trail = crumbs(crumb.text) or []
        main = _main([ln for ln in lines if ln.top > crumb.top], crumb.x0)
        empty: list[str] = []
        read = _record(main, trail, empty)
        if read is not None:
            values, used = read
            unread.extend((number, f"'{h}' has no value") for h in empty)
            if "rec" not in values:
                unread.append((number, f"breadcrumb '{crumb.text}' names no recommendation"))
            ordered = sorted(used, key=lambda ln: (round(ln.top), ln.x0))
            first = min((ln for ln in main if ln in used), key=lambda ln: ln.top)
            rows[id(first)] = _row(values, ordered)
            taken.add(id(first))
            dropped.update(id(ln) for ln in lines if ln is not first)
            continue
        landing = _landing(main)
        if isinstance(landing, str):
            unread.append((number, f"landing page '{landing}' quotes no recommendation text"))
        elif landing is not None:
            head = _title(main, 0)[0]
            headings[id(head)] = landing
            dropped.update(id(ln) for ln in lines if ln is not head)
    if len(rows) < MIN_RECORDS:
        return elements, []
    split: list[Element] = []
    for el in elements:
        if el.table is not None or el.raw is not None:
            split.append(el)
            continue
        run: list[Line] = []
        for ln in el.lines:
            if id(ln) in dropped:
                continue
            if id(ln) in headings or id(ln) in taken:
                if run:
                    split.append(Element(run[0].page, run[0].top, lines=run))
                    run = []
                line = headings.get(id(ln), ln)
                split.append(Element(line.page, line.top, lines=[line]))
                continue
            run.append(ln)
        if run:
            split.append(Element(run[0].page, run[0].top, lines=run))
    return rows_as_tables(split, rows, taken, ROLES), _unread_said(unread, len(rows))


def _unread_said(unread: list[tuple[int, str]], records: int) -> list[ExtractionWarning]:
    """One warning naming what record and landing pages left unread, page by page."""
    if not unread:
        return []
    shown = "; ".join(f"page {page}: {what}" for page, what in unread[:6])
    more = f" and {len(unread) - 6} more" if len(unread) > 6 else ""
    return [
        ExtractionWarning(
            code="plan_page_records_unread",
            message=(
                f"a site printed page by page ({records} record pages) left {len(unread)} "
                f"thing(s) unread ({shown}{more}): those actions' fields or links are unknown, "
                "not empty; check the pages"
            ),
            page=unread[0][0],
        )
    ]
