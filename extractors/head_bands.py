"""An action card's head band: a filled strip across the card's top holding its ref, its status
word and, at the strip's right end, a round badge with the number of the recommendation it answers.

Why: a dashboard's action cards (ReportLab, a web page's grid of cards) open each card with a
band in the status colour, the ref and the status word in white on it ('C03   Run aground'), and
a badge in the card's top right corner holding only a number: the recommendation the action
answers, which nothing else on the card names. Read as text the band is one line, 'C03 Run
aground 3'; the card reader cut it apart from the card (white space under it) or ran it into
the card's title ('Run aground 3 Step down cases ...'), so the action lost its ref, its status
(a word no vocabulary knows, said by the band's fill) and its only link.

Evidence, not words: a band is a filled shape on the page (Page.fills) a line high and many
times as wide, holding words whose first is a ref ('C03', '2.1', 'A4'); a number alone at its
right end, set off by a gap of several letters' heights, is the badge. A band belongs to the
card read right under it: the action whose row (its title and fields) starts at the band or
within the band's height below it, across no wider than the band. Two such cards at least make
the plan's cards banded (one filled strip over a paragraph is a heading's).

What each band gives its action, where the action has none of its own:

- the ref; the band's words are taken out of the action's text where the card reader ran them
  into its title;
- the status: the status words as the one RAG normaliser reads them (the plan's key first),
  else the band's fill, where the plan's bands show two status colours or more (one colour on
  every band is the template's, no status); a grey band says no colour (a status with none);
- the link: the badge's number, where it is the number of a recommendation the plan prints
  (read as a Rec cell naming it is).

What stays unread is said: bands whose status neither the words nor the fill give
(plan_status_unread), badges whose number is no recommendation's (plan_links_partial).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_recommendations import RecommendationIndex
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Page, Word
from plantrace.pipeline.normalise.rag import (
    hueless_fill,
    is_status_state,
    normalise_rag,
    rag_from_fill,
)

MAX_BAND_HEIGHT = 24.0  # points: a filled strip no taller holds one line (a badge's height)
MIN_BAND_SHAPE = 6.0  # a band is at least this many times as wide as it is high
SLACK = 3.0  # points: a card's text stands this far past the band's ends at most
MIN_BANDS = 2  # banded cards that make the plan's cards banded
MAX_STATUS_WORDS = 5  # a status phrase's words at most: more is a sentence, no band
BADGE_GAP = 3.0  # word heights between the band's words and a badge at its right end
# a card's ref as a band prints it: 'C03', '2.1', 'A4', '12', '3b'
_REF = re.compile(r"^[A-Z]{0,3}\d{1,3}(?:[.-]\d{1,3}){0,2}[a-z]?$")
_BADGE = re.compile(r"^\d{1,2}$")


@dataclass(slots=True)
class Band:
    """One head band as printed: its box and fill, its ref, status words and badge number."""

    page: int
    box: BBox
    fill: str
    ref: str
    status: str
    badge: str | None
    words: list[str]


def page_bands(page: Page) -> list[Band]:
    """The head bands the page prints, top down: filled strips opened by a ref."""
    _ = page.rulings  # the fills are read with the rulings
    out: list[Band] = []
    for box, fill in page.fills:
        height, width = box[3] - box[1], box[2] - box[0]
        if height > MAX_BAND_HEIGHT or width < MIN_BAND_SHAPE * height:
            continue
        band = _band(page, box, fill)
        if band is not None:
            out.append(band)
    return sorted(out, key=lambda b: (b.box[1], b.box[0]))


def _band(page: Page, box: BBox, fill: str) -> Band | None:
    lines = [
        ln for ln in page.lines
        if box[1] <= (ln.bbox[1] + ln.bbox[3]) / 2 <= box[3] and ln.bbox[0] < box[2]
        and ln.bbox[2] > box[0]
    ]  # fmt: skip
    words = sorted(
        (w for ln in lines for w in ln.words if box[0] <= (w.x0 + w.x1) / 2 <= box[2]),
        key=lambda w: w.x0,
    )
    if not words or not _REF.match(words[0].text):
        return None
    badge = _badge(words)
    rest = words[1 : len(words) - 1 if badge is not None else len(words)]
    if len(rest) > MAX_STATUS_WORDS:
        return None
    return Band(
        page.number, box, fill, words[0].text, " ".join(w.text for w in rest),
        badge.text if badge is not None else None, [w.text for w in words],
    )  # fmt: skip


def _badge(words: Sequence[Word]) -> Word | None:
    """The band's last word where it is a number alone set off from the words before it by a
    gap of BADGE_GAP word heights: the badge in the card's corner."""
    if len(words) < 2 or not _BADGE.match(words[-1].text):
        return None
    last, before = words[-1], words[-2]
    height = max(last.bottom - last.top, 1.0)
    return last if last.x0 - before.x1 >= BADGE_GAP * height else None


def _card_band(d: Draft, bands: Sequence[Band], taken: set[int]) -> Band | None:
    """The band right over (or opening) the draft's card: across the card's width, its top at or
    above the card's first line, the card starting within the band's height under it."""
    x0, top, x1, _ = d.row.bbox
    found = [
        b for b in bands
        if id(b) not in taken and b.page == d.row.page
        and b.box[0] - SLACK <= x0 and x1 <= b.box[2] + SLACK
        and b.box[1] - SLACK <= top <= b.box[3] + (b.box[3] - b.box[1])
    ]  # fmt: skip
    return min(found, key=lambda b: top - b.box[1], default=None)


def _without_band(text: str, band: Band) -> str:
    """The action's text without the band's words run into its opening (with or without the
    ref, which a ref reader may have taken already)."""
    said = " ".join(text.split())
    for words in (band.words, band.words[1:]):
        head = " ".join(words)
        if head and said.startswith(f"{head} "):
            return said[len(head) + 1 :]
    return text


def read_head_bands(
    drafts: Sequence[Draft],
    pages: Sequence[Page],
    index: RecommendationIndex,
    rag_key: Mapping[str, str] | None,
) -> list[ExtractionWarning]:
    """Each card's ref, status and recommendation from the head band over it (module doc), where
    the card has none of its own; the warnings for what the bands leave unread."""
    on = {d.row.page for d in drafts}
    bands = {p.number: page_bands(p) for p in pages if p.number in on}
    if sum(len(b) for b in bands.values()) < MIN_BANDS:
        return []
    taken: set[int] = set()
    joined: list[tuple[Draft, Band]] = []
    for d in drafts:
        band = _card_band(d, bands.get(d.row.page, []), taken)
        if band is None or d.ref not in (None, band.ref):
            continue  # no band; or the card prints a ref of its own, not the band's
        taken.add(id(band))
        joined.append((d, band))
    if len(joined) < MIN_BANDS or len({b.ref for _, b in joined}) < len(joined):
        return []
    hues = {rag_from_fill(b.fill, rag_key) for _, b in joined} - {None}
    badged = all(b.badge is not None for _, b in joined)
    worded = any(_worded(b.status, rag_key) for _, b in joined)
    if not (badged or worded or len(hues) >= 2):
        return []  # strips that say no status and link nothing: a heading's shading, no band
    unrated: list[str] = []
    unlinked: list[str] = []
    for d, band in joined:
        d.text, d.ref = _without_band(d.text, band), band.ref
        if d.rag is None:
            d.rag = _status(band, rag_key, len(hues) >= 2)
            if d.rag is None and not _no_colour(band, rag_key, len(hues) >= 2):
                unrated.append(band.ref)
        if band.badge is not None and d.rec_cell is None:
            if index.ids_for(band.badge, note=False):
                d.rec_cell = band.badge
            else:
                unlinked.append(band.ref)
    page = joined[0][1].page
    warnings: list[ExtractionWarning] = []
    if unrated:
        warnings.append(ExtractionWarning(
            code="plan_status_unread",
            message=f"{len(unrated)} of {len(joined)} cards' head bands ({', '.join(unrated[:4])})"
            " print a status neither a known word nor the band's colour reads: left unrated",
            page=page,
        ))  # fmt: skip
    if unlinked:
        warnings.append(ExtractionWarning(
            code="plan_links_partial",
            message=f"{len(unlinked)} of {len(joined)} cards' badges ({', '.join(unlinked[:4])})"
            " print a number that is no recommendation's the plan prints: not linked",
            page=page,
        ))  # fmt: skip
    return warnings


def _worded(status: str, rag_key: Mapping[str, str] | None) -> bool:
    """Whether a band's words read as a status: a colour, or a state with none."""
    return bool(status) and (normalise_rag(status, rag_key) is not None or is_status_state(status))


def _status(band: Band, rag_key: Mapping[str, str] | None, hued: bool) -> str | None:
    """The band's status: its words, else its fill where the bands vary in colour."""
    if _worded(band.status, rag_key):
        return normalise_rag(band.status, rag_key)
    return rag_from_fill(band.fill, rag_key) if hued else None


def _no_colour(band: Band, rag_key: Mapping[str, str] | None, hued: bool) -> bool:
    """Whether an unrated band says it has no colour: a state with none ('Not started'), or a
    grey band among bands of status colours."""
    if band.status and is_status_state(band.status):
        return True
    return hued and hueless_fill(band.fill)
