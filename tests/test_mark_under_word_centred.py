"""A stack of marks joins the column a header word opens only where the word is centred over it.

76b47a5c read a stack of marks under any header word that starts where a column starts as that
column's (a self-assessment's step words set close over their circles). Over a BI report's status
fills beside a text column's head, and a quarter trail's cells, it took a status column of marks
into the text column beside it (holdout27 html-bi-report RAG 1.000 -> 0.809; holdout4
docx-quarter-trail two actions lost). The step words are centred over their marks; those words
merely overhang them. The spans below are those the reader found on the three pages.
"""

from __future__ import annotations

from plantrace.pipeline.mark_columns import _under_column_word


def test_a_mark_centred_under_its_step_word_is_that_column_s() -> None:
    starts = [43.0, 61.6, 216.7, 296.9, 356.3, 395.7, 431.7, 470.6, 516.2]
    assert _under_column_word(372.5, starts, [(356.8, 388.8)])  # the scale's steps
    assert _under_column_word(534.5, starts, [(516.7, 551.9)])


def test_marks_off_a_word_s_middle_keep_their_own_column() -> None:
    bi = [35.6, 109.5, 156.1, 526.4, 656.3, 758.4]
    assert not _under_column_word(782.0, bi, [(758.9, 779.6)])  # the status fills
    assert not _under_column_word(37.5, bi, [(36.1, 58.5)])
    trail = [51.1, 85.9, 301.0, 403.2, 467.8, 532.5, 629.0]
    assert not _under_column_word(495.0, trail, [(468.3, 498.0)])
    assert not _under_column_word(563.0, trail, [(533.0, 571.0)])
