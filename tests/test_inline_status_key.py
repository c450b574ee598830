"""A status key printed after other text on its line, its codes in brackets: 'Version 3 as at
1 Dec 2025, prepared by A. Lee. Status: [OK] on track, [WATCH] at risk, ...'. The key is read
from its label on, whole codes, and a status column's '[WATCH]' reads through it."""

from __future__ import annotations

from plantrace.pipeline.normalise.rag import normalise_rag, read_rag_key

LINE = (
    "Version v3.5 as at 1 Dec 2025, prepared by Ann Lee. Status: [OK] on track, [WATCH] at"
    " risk, [LATE] overdue, [DONE] complete, [TBC] not started."
)


def test_inline_bracketed_key_reads_each_code() -> None:
    key = read_rag_key(LINE)
    got = {c: normalise_rag(c, key) for c in ("[OK]", "[WATCH]", "[LATE]", "[DONE]", "[TBC]")}
    assert got == {
        "[OK]": "green",
        "[WATCH]": "amber",
        "[LATE]": "red",
        "[DONE]": "blue",
        "[TBC]": None,
    }


def test_unbracketed_whole_codes_after_a_sentence() -> None:
    key = read_rag_key("Updated monthly. Key: WATCH = at risk; LATE = overdue; OK = on track")
    assert normalise_rag("WATCH", key) == "amber"
    assert normalise_rag("LATE", key) == "red"


def test_a_sentence_with_a_status_label_is_no_key() -> None:
    assert read_rag_key("We met on 3 May. Status: the board agreed the plan, all fine.") == {}


def test_key_opening_its_line_still_read() -> None:
    key = read_rag_key("Status key: OT on track; AR at risk; C complete")
    assert key["ot"] == "green" and key["ar"] == "amber" and key["c"] == "blue"
