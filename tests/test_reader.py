"""Reader details that a broken PDF can reach: text that no UTF-8 consumer would accept."""

from __future__ import annotations

import json

from plantrace.pipeline.reader import _page_text


class _FakeTextPage:
    """What pdfium gives for a font with a damaged ToUnicode map: lone UTF-16 surrogates."""

    def __init__(self, text: str) -> None:
        self.text = text

    def count_chars(self) -> int:
        return len(self.text)

    def get_text_range(self, index: int, count: int) -> str:
        return self.text[index : index + count]


def test_lone_surrogates_become_replacement_characters_at_the_same_index() -> None:
    raw = "Ensure \udd00 plans \ud83d are reviewed"
    text = _page_text(_FakeTextPage(raw))  # type: ignore[arg-type]
    assert len(text) == len(raw)  # char indices still line up with pdfium's boxes
    assert text == "Ensure \ufffd plans \ufffd are reviewed"
    json.dumps(text).encode("utf-8")  # and every consumer downstream accepts it
    text.encode("utf-8")
