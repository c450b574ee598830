"""A status column of short codes ('OT', 'AR', 'C', 'NS') that a printed key explains
('Status key: OT on track; AR at risk; C complete; NS not started.'), under a header naming a
note ('Progress') or nothing: where the table has no status column, the column of codes the
key explains is its status. A column of codes no key explains (initials of leads) stays."""

from __future__ import annotations

from plantrace.extractors.plan_columns import Element, PlanTable, Row
from plantrace.extractors.symbol_status import adopt_keyed_codes
from plantrace.pipeline.document import Cell

KEY = {"ot": "green", "ar": "amber", "d": "red", "c": "blue"}


def _table(rows: list[list[str]]) -> PlanTable:
    def cell(text: str, x: float) -> Cell:
        return Cell(text=text, bbox=(x, 0.0, x + 10.0, 10.0))

    return PlanTable(
        kind="action",
        roles=["due", "ref", "action", "owner", None, "progress"],
        labels=["Target date", "Ref", "Task", "Lead", "Progress", "Commentary"],
        rows=[Row([cell(t, 10.0 * j) for j, t in enumerate(r)], page=1) for r in rows],
        page=1,
        top=0.0,
    )


ROWS = [
    ["30.06.26", "1b", "Publish a revised standard", "Head of Service", "C", "Published in May"],
    ["31.07.26", "2a", "Recruit foster carers", "Fostering Manager", "AR", "Campaign late"],
    ["30.09.26", "1a", "Train team managers", "Principal SW", "OT", ""],
    ["31.12.26", "2b", "Agree a housing protocol", "Head of Service", "NS", ""],
]


def test_a_column_of_codes_the_key_explains_is_the_status() -> None:
    t = _table(ROWS)
    adopt_keyed_codes([Element(page=1, top=0.0, table=t)], KEY)
    assert t.roles[4] == "rag"


def test_codes_no_key_explains_stay_unplaced() -> None:
    rows = [
        [*r[:4], initials, r[5]] for r, initials in zip(ROWS, ["JB", "AK", "PS", "MO"], strict=True)
    ]
    t = _table(rows)
    adopt_keyed_codes([Element(page=1, top=0.0, table=t)], KEY)
    assert t.roles[4] is None


def test_a_rec_column_of_roman_keys_links_the_actions() -> None:
    """'Rec' over '(i)', '(iii)': the keys of a list of recommendations numbered in roman
    numerals are numbers, not a ranking in words."""
    from plantrace.extractors.plan_columns import settle_roles

    cols = [["1b", "3a"], ["(i)", "(iii)"], ["High", "Low"]]
    assert settle_roles(["ref", "rec", "rec"], "action", cols)[1:] == ["rec", "other"]


def test_an_unnamed_column_of_roman_keys_is_the_rec_column() -> None:
    """'Links to' (a header naming no role) over '(i)', '(iii)': the recommendations' keys."""
    from plantrace.extractors.column_roles import read_roles

    cols = [
        ["31.12.26", "22.01.27", "27.02.27"],
        ["1a", "3a", "1d"],
        ["Hold a permanence planning meeting", "Agree a housing protocol", "Track timeliness"],
        ["(i)", "(iii)", "(i)"],
        ["Fatima Rahman", "Priya Nandakumar", "Fatima Rahman"],
    ]
    labels = ["Due by", "Code", "Deliverable", "Links to", "Owner"]
    got = read_roles("action", ["due", "ref", "action", None, "owner"], labels, cols)
    assert got.roles[3] == "rec"
