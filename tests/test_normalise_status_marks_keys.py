"""Status cells as plans print them beyond the colour words: a symbol before or after the word
('◆ On track', 'Slipped ►'), a colour emoji alone ('🔴'), tolerance wording of project
highlight reports, words that are a status only alone ('Critical'), a plan's own key or legend
line in any order ('Green: delivering to plan', 'G = on plan', '◆ On track ◇ Slipped'), and a
status column's pale tints, read by hue when the column's tints vary with the status."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.rag import (
    is_status_mark,
    is_status_state,
    normalise_rag,
    rag_from_fill,
    read_key_rows,
    read_rag_key,
    strip_marks,
    tint_rags,
)


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("◆ On track", "green"),
        ("► Slipped", "amber"),
        ("✗ Off track", "red"),
        ("★ Complete", "blue"),
        ("Behind schedule ▼", "amber"),
        ("🔴", "red"),
        ("🟢 Green", "green"),
        ("Out of tolerance", "amber"),
        ("Within tolerances", "green"),
        ("On plan", "green"),
        ("CRITICAL.", "red"),
        ("◼ Critical", "red"),
        ("Implemented", "blue"),
        ("Critical path agreed with partners", None),  # ordinary prose: no status
        ("Training delivered to forty staff", None),
        ("◇ On hold", None),  # a progress state, no colour
        ("Partly achieved", "amber"),  # part of the work done is not done
        ("Partially completed", "amber"),
        ("Not done", None),  # a state, as 'Not complete' is
        ("Deferred", None),
        ("Limited progress", "amber"),
        ("No progress", "red"),
        ("Good progress", "green"),
        ("High risk", "red"),
        ("Low risk", "green"),
        ("Exceeded tolerance", "amber"),
        ("Exceeded", "green"),
        ("Deadline exceeded", None),  # 'exceeded' is green only alone
        ("Late", "red"),
        ("Completed late", "blue"),
        ("(G)", "green"),  # a letter bracketed or stopped is the letter
        ("A.", "amber"),
        ("G/A", "amber"),  # a split rating: the worse of the two, as 'Amber/Green' reads
        ("R-A", "red"),
        ("Grn", "green"),
        ("Amber (previously Red)", "amber"),  # the rating now, not the one before
        ("Green; was Amber", "green"),
        ("Off track, last quarter On track", "red"),
        ("Blocked", "red"),
        ("Signed off", "blue"),  # alone: done
        ("Policy signed off by the board", None),  # in prose: a step, no status
        ("Awaiting", None),
    ],
)
def test_marks_and_standard_words(raw: str, rag: str | None) -> None:
    assert normalise_rag(raw) == rag


def test_marks_are_taken_off_round_the_word() -> None:
    assert strip_marks(" ◆  On track ✓ ") == "On track"
    assert strip_marks("Off-track") == "Off-track"  # a hyphen inside the word stays
    assert is_status_state("○ Not yet started") and is_status_state("⏸ On hold")


def test_a_key_with_the_colour_first_defines_new_words() -> None:
    key = read_rag_key(
        "Key – Green: delivering to plan; Amber: risk to delivery; Red: will not be delivered"
    )
    assert key == {
        "delivering to plan": "green",
        "risk to delivery": "amber",
        "will not be delivered": "red",
    }
    assert normalise_rag("Risk to delivery", key) == "amber"
    assert normalise_rag("Will not be delivered.", key) == "red"
    letters = read_rag_key("Legend: G = Secure   A = Fragile   R = Failing   B = Banked")
    assert letters == {
        "secure": "green",
        "fragile": "amber",
        "failing": "red",
        "banked": "blue",
    }
    # words the built-in vocabulary already reads the same way add nothing
    assert read_rag_key("G = Good progress   A = Limited progress") == {}


def test_a_key_of_symbols_lets_a_cell_print_only_the_symbol() -> None:
    key = read_rag_key("◆ On track  ◇ Slipped  ✖ Off track  ✓ Complete")
    assert key == {"◆": "green", "◇": "amber", "✖": "red", "✓": "blue"}
    assert normalise_rag("◇", key) == "amber" and normalise_rag("✖", key) == "red"
    assert normalise_rag("◇") is None  # no key, no meaning for a bare shape


@pytest.mark.parametrize(
    "text",
    [
        "• Improve the front door • Reduce caseloads",  # a bulleted list, not a key
        "A - Improve the quality of every assessment and plan so that it reflects the child",
        "The panel met in May; green shoots of progress",
    ],
)
def test_lists_and_prose_are_no_key(text: str) -> None:
    assert read_rag_key(text) == {}


def test_a_status_column_of_pale_tints_reads_each_by_hue() -> None:
    # Office 'lighter 80%' shades: too pale to be a status alone, but they vary with it here
    column = ["#E2EFDA", "#FFF2CC", "#F4CCCC", "#DDEBF7", "#F2F2F2", None]
    assert [rag_from_fill(f) for f in column[:4]] == [None, "amber", "red", None]
    assert tint_rags(column) == ["green", "amber", "red", "blue", None, None]


def test_one_tint_down_a_column_is_banding() -> None:
    assert tint_rags(["#E2EFDA", None, "#E2EFDA", None]) == [None, None, None, None]
    assert tint_rags(["#DDEBF7", "#DDEBF7"]) == [None, None]
    assert tint_rags(["#00B050", None]) == ["green", None]  # a strong fill reads alone


def test_a_key_printed_as_a_table_of_colours_and_words() -> None:
    named = [
        [("Green", None), ("Delivering to plan", None)],
        [("A", None), ("Some risk to delivery", None)],
        [("Red", None), ("Will not deliver", None)],
    ]
    assert read_key_rows(named) == {
        "delivering to plan": "green",
        "some risk to delivery": "amber",
        "will not deliver": "red",
    }
    # swatches: a blank cell filled beside the word, pale tints read together
    swatches = [
        [("", "#E2EFDA"), ("Secure", None)],
        [("", "#FFF2CC"), ("Fragile", None)],
        [("", "#F4CCCC"), ("Failing", None)],
        [("", "#DDEBF7"), ("Banked", None)],
    ]
    assert read_key_rows(swatches) == {
        "secure": "green",
        "fragile": "amber",
        "failing": "red",
        "banked": "blue",
    }


def test_a_small_table_of_labels_is_no_key() -> None:
    rows = [[("Name", None), ("Jane Smith", None)], [("Role", None), ("Head of Service", None)]]
    assert read_key_rows(rows) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Key: ◆ Secure = green; ◇ Fragile = amber; ✖ Failing = red",  # a symbol and the pair
        "RAG key: Secure – Green | Fragile – Amber | Failing – Red",  # the colour after a dash
        "Key: Green – Secure Amber – Fragile Red – Failing",  # run together, colour first
    ],
)
def test_keys_name_the_colour_before_or_after_the_word(text: str) -> None:
    key = read_rag_key(text)
    assert {p: key[p] for p in ("secure", "fragile", "failing")} == {
        "secure": "green",
        "fragile": "amber",
        "failing": "red",
    }
    assert normalise_rag("◇ Fragile", key) == "amber"


def test_one_dot_before_every_colour_tells_none_apart() -> None:
    key = read_rag_key("Status key: ● Green = delivering  ● Amber = wavering  ● Red = halted")
    assert key == {"delivering": "green", "wavering": "amber", "halted": "red"}
    assert read_rag_key("Plan A - improve; Plan B - reduce") == {}


def test_a_status_mark_is_a_shape_not_an_arrow() -> None:
    assert is_status_mark("▲") and is_status_mark("◆ ◆") and is_status_mark("✖")
    assert not is_status_mark("→") and not is_status_mark("↑")  # a trend's movement
    assert not is_status_mark("▲ Outside tolerance") and not is_status_mark("")
