"""Links given by a cross reference: each recommendation names the part of the document that
holds its actions ('see Appendix E', 'Annex 2', 'Part C'), and the action pages, headed by
that part's name, name no recommendation.

Such a plan lists its recommendations on a front page, each with a reference printed level
with its text or closing it, and sets each recommendation's actions out in a part of their
own, in the parts' order (not the recommendations'), among parts holding no actions (a
glossary, the board's members). Read by place the actions answer no recommendation (or the
last one listed), and nothing said so. contents_links.py reads the same idea where the
reference is a page number; this reads it where it is a part's name.

The evidence, no plan's wording:

- the references: a line, or a line's close, reading a part word of data/part_refs.json
  (parts) and a label ('see Appendix E'), level with a line holding a recommendation's opening
  words or inside the recommendation's own text;
- the parts: a heading line reading the part word and a label alone, or a title after a
  separator ('Appendix B', 'Appendix A: Members of the board'), set apart as a heading (bold, or
  printed larger than the document's body text): a contents list of the parts, in body text,
  heads nothing;
- the link: an action printed after a part's heading and before the next heading of a part of
  that word answers the recommendations that reference that part.

Where the references tie two parts or more that head actions to recommendations read, they
decide the link of every action under a part (as a traceability matrix does,
rec_action_lists.py): a link read before by place (a part's number read as a recommendation's,
the last recommendation listed) gives way.
Actions under a part no recommendation references, and a referenced part holding no actions
read, are said (plan_links_partial): the link is unread, or the recommendation's actions are;
actions under a part named by a reference printed alone beside no recommendation read are said
as plan_links_unread (the recommendation went unread). Where the references tie fewer parts to
recommendations read, they link only the actions read with no link, and say the others.

Pure: copies actions; no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from statistics import median
from typing import Any

from plantrace.extractors.contents_links import level_text
from plantrace.extractors.drawn_links import SHOWN, apply_drawn_links
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.normalise.text_keys import ascii_word_key

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/part_refs.json").read_text("utf-8")
)
_PART = "(?i:(?P<part>" + "|".join(sorted(_DATA["parts"], key=len, reverse=True)) + "))"
_LABEL = _DATA["label"]
# a reference closing a line (or a recommendation's text), its cue optional
_REFERENCE = re.compile(
    rf"(?:^|[\s(\[])(?i:{_DATA['cue']})?{_PART}\s+{_LABEL}[)\].]?\s*$"
)  # fmt: skip
# a part's heading: the word and label alone, or a title after a separator
_HEADING = re.compile(rf"^{_PART}\s+{_LABEL}\s*(?:{_DATA['title_sep']}\s*\S.*)?$")
_PARTS: tuple[str, ...] = tuple(p.casefold() for p in _DATA["parts"])
# a case-blind pattern reads 'ı' and 'İ' as 'i', which casefold does not ('ſ', 'K' it does)
_DOTTED_I = str.maketrans({"\u0131": "i", "\u0130": "i"})


def _names_part(text: str) -> bool:
    """Whether a text holds a part's word (case-blind, as the pattern reads it): a reference
    needs one, and a line without (nearly every line of a page) is not searched, the pattern
    being tried at each of its characters."""
    if "\u0131" in text or "\u0130" in text:
        text = text.translate(_DOTTED_I)
    folded = text.casefold()
    return any(p in folded for p in _PARTS)


OPENING = 6  # opening words of a recommendation that the line level with its reference holds
LARGER = 1.15  # a heading printed this much larger than the body text (else bold)
MIN_LINKED = 2  # actions placed by the references that make the plan read so
MIN_PARTS = 2  # parts referenced by recommendations and heading actions


@dataclass(frozen=True)
class _Heading:
    key: tuple[str, str]  # part word, label (lower case)
    name: str  # as printed ('Appendix B')
    page: int
    top: float


def link_by_part_refs(
    pages: Sequence[Page], actions: list[Action], recs: list[Recommendation]
) -> tuple[list[Recommendation], list[Action], list[ExtractionWarning]]:
    """The recommendations with a reference printed beside them taken out of their text; the
    actions with the recommendations that reference the part they are printed under; and
    warnings naming the actions under a part no recommendation read references, and the
    referenced parts holding no action (their links are the ones read before)."""
    if len(actions) < MIN_LINKED:
        return recs, actions, []
    refs, orphans, printed = _references(pages, recs)
    named = {k for ks in refs.values() for k in ks} | set(orphans)
    if len(named) < MIN_PARTS:
        return recs, actions, []
    heads = [h for h in _headings(pages) if h.key[0] in {k[0] for k in named}]
    under = [_under(a, heads) for a in actions]
    if len({h.key for h in under if h is not None and h.key in named}) < MIN_PARTS:
        return recs, actions, []
    cited: dict[tuple[str, str], set[str]] = {}
    for rid, keys in refs.items():
        for k in keys:
            cited.setdefault(k, set()).add(rid)
    decide = len({h.key for h in under if h is not None and h.key in cited}) >= MIN_PARTS
    out, said = _link(actions, under, cited, orphans, decide)
    held = {h.key for h in under if h is not None}
    return _without_references(recs, printed), out, [*said, *_empty_parts(recs, cited, held)]


def _without_references(
    recs: list[Recommendation], printed: dict[str, set[str]]
) -> list[Recommendation]:
    """A reference printed in a cell of its own beside a recommendation, read into its text
    between the text's first line and its wrap ('... workforce and reduce see Appendix A
    reliance on agency staff'): taken out, as contents_links does a page reference."""
    out: list[Recommendation] = []
    for r in recs:
        text = r.text
        for phrase in printed.get(r.id, set()):
            stray = re.compile(rf"(?<!\S)\s*{re.escape(phrase)}(?=\s|$)")
            text = " ".join(stray.sub(" ", text, count=1).split())
        if text != r.text and text:
            r = r.model_copy(update={"text": text})
        out.append(r)
    return out


def _link(
    actions: list[Action],
    under: list[_Heading | None],
    cited: dict[tuple[str, str], set[str]],
    orphans: dict[tuple[str, str], int],
    decide: bool,
) -> tuple[list[Action], list[ExtractionWarning]]:
    """decide: the references tie two parts or more holding actions to recommendations read,
    and decide every link under a part; else they only give the unlinked actions theirs."""
    links: dict[int, list[str]] = {}
    unplaced: list[tuple[int, int]] = []
    unread: list[tuple[int, _Heading]] = []
    for i, h in enumerate(under):
        if h is None or (actions[i].recommendations and not decide):
            continue
        if h.key in cited:
            links[i] = sorted(cited[h.key])
            continue
        links[i] = []  # a link read by place (the part's number read as a recommendation's)
        if h.key in orphans:
            unread.append((i, h))
        else:
            unplaced.append((i, actions[i].provenance.page))
    out, said = apply_drawn_links(
        actions,
        links,
        unplaced,
        "each recommendation names the part of the plan holding its actions, but {count}"
        " action(s) stand under a part no recommendation names ({shown}): their recommendation"
        " is unread",
    )
    return out, [*said, *_unread(actions, unread, orphans)]


def _unread(
    actions: list[Action],
    unread: list[tuple[int, _Heading]],
    orphans: dict[tuple[str, str], int],
) -> list[ExtractionWarning]:
    """Actions under a part a reference names beside no recommendation read: the
    recommendation printed there went unread, and so did their link."""
    if not unread:
        return []
    parts = list(dict.fromkeys(h.name for _, h in unread))
    first = min(orphans[h.key] for _, h in unread)
    return [
        ExtractionWarning(
            code="plan_links_unread",
            message=f"{len(unread)} action(s) stand under parts ({', '.join(parts[:SHOWN])}) that"
            " a reference names beside a recommendation that was not read: their"
            " recommendation is unread; check the recommendations read",
            page=first,
        )
    ]


def _empty_parts(
    recs: list[Recommendation], cited: dict[tuple[str, str], set[str]], held: set[tuple[str, str]]
) -> list[ExtractionWarning]:
    """A part a recommendation references that heads no action read: said, its actions
    unread (or printed where no heading was read)."""
    numbers = {r.id: r.number or r.id for r in recs}
    pages = {r.id: r.provenance.page for r in recs}
    out: list[ExtractionWarning] = []
    for key, rids in sorted(cited.items()):
        if key in held:
            continue
        names = ", ".join(numbers[r] for r in sorted(rids))
        out.append(
            ExtractionWarning(
                code="plan_links_partial",
                message=f"recommendation {names} names {key[0].title()} {key[1].upper()} as"
                " holding its actions, but no action was read under that part: its actions"
                " are unread or linked to none",
                page=min(pages[r] for r in rids),
            )
        )
    return out


def _key(m: re.Match[str]) -> tuple[str, str]:
    return m.group("part").lower(), m.group("label").lower()


def _references(
    pages: Sequence[Page], recs: Sequence[Recommendation]
) -> tuple[dict[str, set[tuple[str, str]]], dict[tuple[str, str], int], dict[str, set[str]]]:
    """Recommendation id -> the parts it references: closing its own text, or printed level
    with the line that opens it; the parts a reference names beside no recommendation read
    (-> the page it is printed on); and recommendation id -> its references printed alone on
    a line beside it ('see Appendix E')."""
    out: dict[str, set[tuple[str, str]]] = {}
    printed: dict[str, set[str]] = {}
    orphans: dict[tuple[str, str], int] = {}
    openings = {r.id: ascii_word_key(" ".join(r.text.split()[:OPENING])) for r in recs}
    for r in recs:
        if (m := _REFERENCE.search(r.text)) is not None:
            out.setdefault(r.id, set()).add(_key(m))
    for page in pages:
        for ln in page.lines:
            m = _REFERENCE.search(ln.text) if _names_part(ln.text) else None
            if m is None or _HEADING.match(ln.text.strip()):
                continue  # a part's own heading, or its name in a list of the parts
            before = ln.text[: m.start()].strip()
            words = before or " ".join(w.text for w in level_text(ln, page.lines, every=True))
            text = ascii_word_key(words)
            rid = next((r for r, o in openings.items() if o and o in text), None)
            if rid is not None:
                out.setdefault(rid, set()).add(_key(m))
                if not before:
                    printed.setdefault(rid, set()).add(ln.text.strip())
            elif (
                text and not before
            ):  # alone in its cell, beside a row that is no recommendation read
                orphans.setdefault(_key(m), page.physical)
    for keys in out.values():
        for k in keys:
            orphans.pop(k, None)
    return out, orphans, printed


def _headings(pages: Sequence[Page]) -> list[_Heading]:
    """The parts' headings in reading order: a line reading a part word and label (and a
    title), bold or printed larger than the body text."""
    sizes = [ln.font_size for p in pages for ln in p.lines if ln.font_size > 0]
    body = median(sizes) if sizes else 0.0
    out: list[_Heading] = []
    for page in pages:
        for ln in page.lines:
            m = _HEADING.match(ln.text.strip())
            if m is None or not _set_apart(ln, body):
                continue
            name = ln.text.strip()[: m.end("label")]
            out.append(_Heading(_key(m), name, page.physical, ln.bbox[1]))
    return sorted(out, key=lambda h: (h.page, h.top))


def _set_apart(ln: Line, body: float) -> bool:
    return ln.bold or (body > 0 and ln.font_size >= body * LARGER)


def _under(a: Action, heads: Sequence[_Heading]) -> _Heading | None:
    """The last heading printed before the action, of a part word the references use."""
    box = a.provenance.bbox
    at = (a.provenance.page, box[1] if box is not None else float("inf"))
    last: _Heading | None = None
    for h in heads:
        if (h.page, h.top) <= at:
            last = h
    return last
