"""The shared text keys (pipeline/normalise/text_keys.py) stand for the private keys that
register_rows, legend_dues, part_refs, linking, plan_profile, quoted_links, marks and rag each
wrote for themselves: the old bodies are copied here and compared on tricky strings, and on
every Unicode code point, so that a later edit of a shared key shows which readers it moves."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from plantrace.pipeline.normalise.text_keys import (
    ascii_word_key,
    caseless_key,
    text_key,
    word_key,
)

TRICKY = [
    "",
    "   ",
    "Due  Date",
    " Due\tdate:\n",
    "Children’s   Services – Board",
    "STRASSE Straße",
    "İstanbul ΣΊΣΥΦΟΣ",
    "ﬁnance ﬂow",
    "A\u00a0B\u2003C\u200bD",
    "Rec 07/R2 — ‘Now’ = “by August”",
    "self-harm, (CSE); snake_case",
    "café naïve Ærø",
    "x's 's' '",
    "DONE.",
    "Line\u2028break\x1cfile",
]


def _old_register_rows(text: str) -> str:
    return " ".join(text.split()).lower()


def _old_rag_phrase(text: str) -> str:
    return " ".join(text.lower().split())


def _old_legend_dues(text: str) -> str:
    return " ".join(text.split()).casefold()


def _old_linking(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _old_link_gaps(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _old_part_refs(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _code_points() -> Iterator[str]:
    """Every Unicode character a str may hold alone (surrogates left out)."""
    return (chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)


@pytest.mark.parametrize("text", TRICKY)
def test_each_shared_key_is_the_old_private_one(text: str) -> None:
    assert text_key(text) == _old_register_rows(text) == _old_rag_phrase(text)
    assert caseless_key(text) == _old_legend_dues(text)
    assert word_key(text) == _old_linking(text) == _old_link_gaps(text)
    assert ascii_word_key(text) == _old_part_refs(text)


def test_text_key_is_both_old_orders_on_every_code_point() -> None:
    """register_rows split before lowering, rag lowered before splitting: no code point lowers
    into or out of white space, so the one key serves both, around spaces and alone."""
    for c in _code_points():
        s = f" A{c} b{c}"
        assert text_key(s) == _old_register_rows(s), hex(ord(c))


def test_word_key_is_both_old_word_keys_on_every_code_point() -> None:
    """linking turned punctuation into spaces and split, link_gaps found the runs of word
    characters: the same words wherever re's white space is str.split's, on every code point."""
    for c in _code_points():
        s = f"A{c}b {c}c,{c}"
        assert word_key(s) == _old_link_gaps(s), hex(ord(c))


def test_the_keys_that_differ_say_how() -> None:
    """The differences kept apart: casefold joins what lower() keeps two, and the word keys
    treat apostrophes and non-ASCII letters differently."""
    assert text_key("Straße") == "straße" and caseless_key("Straße") == "strasse"
    assert word_key("children's café") == "children s café"
    assert ascii_word_key("children's café") == "children's caf"
    assert text_key("Rec 07/R2 — ‘Now’") == "rec 07/r2 — ‘now’"
