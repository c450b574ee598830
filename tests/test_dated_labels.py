"""A box's 'Starts: <date>  End: <date>' cell, printed once per box: the end is the due."""

from __future__ import annotations

from plantrace.extractors.dated_labels import dated_label_start


def test_end_after_a_start_date_opens_a_field() -> None:
    texts = ["Starts:", "11.3.2027", "End:", "31.8.2027", "→"]
    assert dated_label_start(texts, 2) == 2


def test_month_dates_and_finish() -> None:
    texts = ["Starts:", "2025-07", "Finish:", "2025-11"]
    assert dated_label_start(texts, 2) == 2


def test_no_date_before_is_no_field() -> None:
    # 'Complete' after a status is no period's end: the words before it are no date
    texts = ["RAG:", "Amber", "Complete:", "yes"]
    assert dated_label_start(texts, 2) is None


def test_unknown_word_is_no_field() -> None:
    texts = ["Starts:", "2025-07", "Reviewed:", "2025-11"]
    assert dated_label_start(texts, 2) is None
