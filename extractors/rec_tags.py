"""A recommendation tag printed before an action's own ref: 'R2 2.1 Train foster carers ...'.

A plan that lists its actions by who leads them, or by when they are due, not under their
recommendations, often marks each action with a small tag naming the recommendation it answers
(a coloured chip 'R2', 'Rec 2'), set before the action's ref and text. A card or line reader
then takes the tag for the action's ref and leaves the real ref at the start of the text
('R2' | '2.1 Train ...'), or leaves both in the text.

The evidence is the pair's agreement, not the tag's letters: a short code of letters and a
number, then a ref in parts ('2.1', '2.1.3') whose first part is that same number. Where most
of the plan's actions open so (two at least), each such tag is the action's printed link to its
recommendation (read as a Rec cell would be) and the ref in parts is its ref.

A board's box prints its plain ref ('1') and the tag ('Rec 2') side by side on its top line, so
the tag opens the text, the ref before or after it where the box's lines were read out of order
('2 Rec 1 Launch ...', 'Rec 3 4 Give ...'). A plain number does not agree with the tag, so
there the evidence is the plan's list: most actions (two at least) open with a tag of ONE word
and a number, every such number is a recommendation the plan lists, and the tag's word is the
opening of the word the plan prints before its recommendations' numbers ('Rec' of
'Recommendation 2:', 'R' of 'R2') or that word itself (split_list_tags). 'Phase 2' or 'Year 2'
opening most actions of a plan whose recommendations are labelled otherwise stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.pipeline.document import Page

# a tag: up to five letters, an optional point or space, then a number ('R2', 'Rec 2', 'REC.2')
_TAG = re.compile(r"^\s*(?P<tag>[A-Za-z]{1,5}\.?\s?(?P<num>\d{1,2}))\s*$")
# a ref in parts opening a text ('2.1 Train ...'), its first part captured
_PARTED_REF = re.compile(r"^\s*(?P<ref>(?P<first>\d{1,2})(?:\.\d{1,3}){1,2}[a-z]?)\s+(?=\S)")
# both opening a text: 'R2 2.1 Train ...'
_TAGGED_TEXT = re.compile(
    r"^\s*(?P<tag>[A-Za-z]{1,5}\.?\s?(?P<num>\d{1,2}))\s+"
    r"(?P<ref>(?P<first>\d{1,2})(?:\.\d{1,3}){1,2}[a-z]?)\s+(?=\S)"
)
# a tag opening a text, a plain ref (none, or before it, or after it) with it: 'Rec 1 Set up
# ...', '2 Rec 1 Launch ...', 'Rec 3 4 Give ...'
_LEAD_TAG = re.compile(
    r"^\s*(?:(?P<ref0>\d{1,3}[a-z]?)\s+)?"
    r"(?P<tag>(?P<word>[A-Za-z]{1,5})\.?\s?(?P<num>\d{1,2}))\s+"
    r"(?:(?P<ref1>\d{1,3}[a-z]?)\s+)?(?=\S)"
)
# a line opening with a word and a number: 'Recommendation 2: ...', '• Rec 2 ...'
_LABELLED = re.compile(r"^[\W_]*(?P<word>[A-Za-z]{1,20})\.?\s?(?P<num>\d{1,2})\b")
TAGGED_SHARE = 0.6  # of the plan's actions, this share at least opens with an agreeing tag


def _tagged(d: Draft) -> tuple[str, str, str] | None:
    """(tag, ref, rest of the text) where the action opens with a tag and a ref that agree."""
    if d.ref is not None:
        tag = _TAG.match(d.ref)
        ref = _PARTED_REF.match(d.text)
        if tag and ref and int(tag.group("num")) == int(ref.group("first")):
            return tag.group("tag"), ref.group("ref"), d.text[ref.end() :]
        return None
    both = _TAGGED_TEXT.match(d.text)
    if both and int(both.group("num")) == int(both.group("first")):
        return both.group("tag"), both.group("ref"), d.text[both.end() :]
    return None


def split_rec_tags(drafts: Sequence[Draft]) -> None:
    """Each action opening with a recommendation tag and its own ref in parts gets the ref as
    its ref and the tag as its printed link (where it has none), the text left after both.
    Nothing changes unless most actions open so: one action opening 'KS2 2.1 ...' is text."""
    found = [(d, _tagged(d)) for d in drafts]
    tagged = [(d, t) for d, t in found if t is not None]
    if len(tagged) < 2 or len(tagged) < TAGGED_SHARE * len(drafts):
        return
    for d, (tag, ref, rest) in tagged:
        if not rest.strip():
            continue  # a tag and a ref with no text after them: no action text to leave
        d.ref, d.text = ref, rest.strip()
        if d.rec_cell is None:
            d.rec_cell = tag


def _list_tagged(d: Draft) -> tuple[str, str, str, str | None, str] | None:
    """(tag word, its number, tag, plain ref or None, rest of the text) where the text opens
    with a tag; a number beside the tag is the ref only where the action has none of its own."""
    m = _LEAD_TAG.match(d.text)
    if m is None:
        return None
    ref = m.group("ref0") or m.group("ref1")
    if d.ref is not None:
        if m.group("ref0") or m.group("ref1"):
            return None  # a number beside the tag and a ref of its own: not this shape
        ref = None
    if m.group("ref0") and m.group("ref1"):
        return None
    return m.group("word").upper(), m.group("num"), m.group("tag"), ref, d.text[m.end() :]


def rec_label_words(pages: Sequence[Page], numbers: Sequence[str]) -> set[str]:
    """The words (upper case) the plan prints before its recommendations' numbers at the start
    of a line ('RECOMMENDATION' of 'Recommendation 2: Improve ...')."""
    listed = {n.strip().upper().lstrip("0") for n in numbers}
    words: set[str] = set()
    for page in pages:
        for ln in page.lines:
            m = _LABELLED.match(ln.text)
            if m is not None and m.group("num").lstrip("0") in listed:
                words.add(m.group("word").upper())
    return words


def split_list_tags(
    drafts: Sequence[Draft], numbers: Sequence[str], words: set[str] | frozenset[str]
) -> None:
    """Each action whose text opens with a recommendation's tag ('Rec 2', its plain ref before
    or after it where it has none) gets the tag as its printed link (where it has none) and the
    ref as its ref, the text left after them. numbers: the recommendations the plan lists
    (number_key); words: the words the plan labels them with (rec_label_words, its codes'
    letters). Nothing changes unless most actions open with a tag, all of one word that opens a
    longer label word (or is one of the codes' letters), and every tag's number is one the plan
    lists: 'KS2 pupils ...' opening one action is text."""
    listed = {n.strip().upper().lstrip("0") for n in numbers}
    if not listed:
        return
    found = [(d, _list_tagged(d)) for d in drafts if d.rec_cell is None]
    tagged = [(d, t) for d, t in found if t is not None and t[4].strip()]
    if len(tagged) < 2 or len(tagged) < TAGGED_SHARE * len(drafts):
        return
    tag_words = {t[0] for _, t in tagged}
    if len(tag_words) != 1:
        return
    (word,) = tag_words
    if not any(w == word or (w.startswith(word) and len(w) > len(word)) for w in words):
        return
    if any(t[1].lstrip("0") not in listed for _, t in tagged):
        return
    for d, (_, _, tag, ref, rest) in tagged:
        d.text = rest.strip()
        d.rec_cell = tag
        if ref is not None:
            d.ref = ref
