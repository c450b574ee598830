"""The one place for keys that match printed text: two readers comparing the same words (a
legend's name and the cells that cite it, a profile's header and a table's, a quote and its
source) must agree on what counts as the same text, so each kind of key is written once here.

- text_key: case and runs of white space folded; every other character kept. The default.
- caseless_key: the same with Unicode case folding ('ß' = 'ss'), for names a plan defines and
  then cites, where the two spellings may fold differently under lower().
- word_key: punctuation read as a space ('children’s' -> 'children s'), for fuzzy comparison
  of running text, where a stray comma or quote mark must not cost a match.
- ascii_word_key: only the letters, digits and apostrophes of ASCII words, for the opening words
  of a recommendation found again in a line that prints a part reference beside it: the
  apostrophe stays ('children's' is one word) and hyphens split words the way a line wraps.
"""

from __future__ import annotations

import re

_PUNCT = re.compile(r"[^\w\s]")
_ASCII_WORD = re.compile(r"[a-z0-9']+")


def text_key(text: str) -> str:
    """Lower case, white space runs as one space, ends trimmed: 'Due  Date' = 'due date'."""
    return " ".join(text.lower().split())


def caseless_key(text: str) -> str:
    """text_key with casefold() for lower(): 'STRASSE' = 'Straße' too. Legend names are
    matched with it since the first version of that reader; lower() and casefold() agree on
    every letter but a few (ß, ligatures, final sigma), so the two keys are kept apart."""
    return " ".join(text.split()).casefold()


def word_key(text: str) -> str:
    """text_key with every character that is neither a word character nor a space read as a
    space: quotes, dashes and commas printed differently compare equal."""
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def ascii_word_key(text: str) -> str:
    """The ASCII words of the text (letters, digits, apostrophes), lower case, one space apart:
    unlike word_key an apostrophe stays inside its word and a non-ASCII letter splits one."""
    return " ".join(_ASCII_WORD.findall(text.lower()))
