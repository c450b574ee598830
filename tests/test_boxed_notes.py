"""A list cell's update printed in a shaded box of its own is read as that card's progress."""

from __future__ import annotations

from plantrace.extractors.boxed_notes import NOTE_LABEL, adopt_boxed_notes, boxed_note
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.pipeline.document import Cell, Table


def _cell(text: str, top: float, bottom: float, x0: float = 10.0) -> Cell:
    return Cell(text=text, bbox=(x0, top, 200.0, bottom))


def _cards() -> PlanTable:
    rows = [
        Row(
            cells=[_cell("Hold a monthly panel", 100, 110), _cell("Grace Adebayo", 112, 120)],
            page=1,
        ),
        Row(
            cells=[_cell("Agree a joint protocol", 150, 160), _cell("Tom Ellery", 162, 170)], page=1
        ),
    ]
    return PlanTable(
        kind=ACTION_TABLE,
        roles=["action", "owner"],
        labels=["Title", "Assigned to"],
        rows=rows,
        page=1,
        top=100.0,
    )


def _box(text: str, top: float) -> Element:
    raw = Table(
        page=1,
        bbox=(12.0, top, 200.0, top + 9),
        rows=[[_cell(text, top, top + 9, 12.0)]],
        ruled=True,
    )
    return Element(page=1, top=top, raw=raw)


def test_boxed_note_reads_a_progress_label() -> None:
    box = _box("Latest note: Scoping to begin next quarter", 122)
    assert box.raw is not None
    note = boxed_note(box.raw)
    assert note is not None and note[0] == "Scoping to begin next quarter"
    assert boxed_note(_box("Signed in as Wilhelmina Osei", 300).raw) is None  # type: ignore[arg-type]


def test_note_joins_the_card_above_it() -> None:
    cards = _cards()
    elements = [
        Element(page=1, top=100.0, table=cards),
        _box("Note: Delayed because of staff turnover", 123),
        _box("Last update: Draft agreed by partners", 172),
    ]
    out = adopt_boxed_notes(elements)
    assert len(out) == 1
    assert cards.roles[-1] == "progress" and cards.labels[-1] == NOTE_LABEL
    assert cards.rows[0].text(2) == "Delayed because of staff turnover"
    assert cards.rows[1].text(2) == "Draft agreed by partners"


def test_note_under_no_card_stays() -> None:
    cards = _cards()
    elements = [Element(page=1, top=100.0, table=cards), _box("Note: Far below", 400)]
    assert len(adopt_boxed_notes(elements)) == 2
    assert "progress" not in cards.roles
