"""Column roles from what the cells hold where the header names another role: a 'progress'
header over status words is the rating; a 'target' header over dates in an action table is the
due date. Words and order differ from any generated family's."""

from __future__ import annotations

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles

_BASE = [
    ["A1", "A2", "A3"],
    [
        "Set up a weekly panel for children on the edge of care",
        "Publish a guide to family network meetings for schools",
        "Recruit two family group conference coordinators",
    ],
    ["Head of Early Help", "Team Manager", "Principal Social Worker"],
]


def test_progress_header_over_status_words_is_the_rating() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, ["Behind plan", "Complete", "On track"]],
    )
    assert roles.roles[3] == "rag"


def test_progress_header_over_notes_stays_progress() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, ["Panel met twice; referrals rising", "Draft with schools", "One post filled"]],
    )
    assert roles.roles[3] == "progress"


def test_progress_notes_that_open_with_a_status_word_stay_progress() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, ["Complete; evaluation due in spring", "On track, two panels held", "Delayed"]],
    )
    assert roles.roles[3] == "progress"


def test_progress_header_over_fills_and_a_hollow_mark_is_the_rating() -> None:
    """'Delivery progress' over cells of no word but a colour, one a hollow mark: no note."""
    from plantrace.pipeline.document import Cell, Table

    def cell(text: str, x: float, y: float, fill: str | None = None) -> Cell:
        return Cell(text=text, bbox=(x, y, x + 90.0, y + 20.0), fill=fill)

    fills = ["#d4351c", None, "#2e8540"]
    marks = ["", "○", ""]
    rows = [[cell(h, 90.0 * i, 0.0) for i, h in enumerate(["No.", "Step", "Lead", "Progress"])]]
    for r in range(3):
        y = 20.0 * (r + 1)
        texts = [_BASE[0][r], _BASE[1][r], _BASE[2][r]]
        rows.append([*(cell(t, 90.0 * i, y) for i, t in enumerate(texts)),
                     cell(marks[r], 270.0, y, fills[r])])  # fmt: skip
    table = Table(page=1, bbox=(0.0, 0.0, 360.0, 80.0), rows=rows, ruled=True)  # type: ignore[arg-type]
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, marks],
        table=table,
    )
    assert roles.roles[3] == "rag"


_FOUR = [
    ["2.1", "2.2", "2.3", "2.4"],
    [
        "Review every child in need plan at least every three months",
        "Redesign the child in need plan template with outcomes in plain language",
        "Include identity and cultural needs prompts in the assessment form",
        "Quality assure a sample of assessments every month",
    ],
    ["Grace Adebayo", "Bethan Lloyd", "Martin Hale", "Fatima Rahman"],
]
_MOSTLY_NOT_STARTED = ["Not yet started", "Amber", "Not yet started", "Not yet started"]


def test_header_naming_progress_and_rag_over_states_and_one_colour_is_the_rating() -> None:
    """'Progress (RAG)' names the rating too: one colour among states not yet started is
    enough to read the column as the status (most rows of a new plan are not started)."""
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Task", "Who", "Progress (RAG)"],
        [*_FOUR, _MOSTLY_NOT_STARTED],
    )
    assert roles.roles[3] == "rag"


def test_progress_header_alone_over_states_and_one_colour_stays_progress() -> None:
    """With a header naming progress only, one colour word in four states is too little."""
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Task", "Who", "Delivery progress"],
        [*_FOUR, _MOSTLY_NOT_STARTED],
    )
    assert roles.roles[3] == "progress"
