"""A cell merged down over several rows of an unruled table, its text set at the bottom or in
the middle of the rows it covers (docx-vcentre-shared): each covered row's value
(extractors/plan_merged_cells.py). Where the table sets its cells is read from its rows: a
one-line reference beside a two-line action sits at the action's bottom or middle."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.normalise.owners import ends_open
from tests.pages import LEADING, PageBuilder

COLS = [45.0, 90.0, 300.0, 420.0]


def _plan(
    rows: list[tuple[str, str, str, str | None, float]], lone: tuple[str, float] | None = None
) -> list[tuple[str | None, str | None]]:
    """rows: (ref, action line 1, action line 2, owner or None, where the one-line cells sit
    below the action's first line: 0 at its top, LEADING / 2 in its middle, LEADING at its
    bottom); lone: an owner set between two rows, at that height below the table's first row."""
    b = PageBuilder()
    for x, head in zip(COLS, ["Ref", "Action", "Lead officer", "Timescale"], strict=True):
        b.styled(x, 100.0, head, bold=True)
    y = 124.0
    first = y
    for ref, one, two, owner, shift in rows:
        b.text(COLS[1], y, one, two)
        b.text(COLS[0], y + shift, ref)
        b.text(COLS[3], y + shift, "Mar 2026")
        if owner is not None:
            b.text(COLS[2], y + shift, owner)
        y += 2 * LEADING + 12.0
    if lone is not None:
        b.text(COLS[2], first + lone[1], lone[0])
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    return [(a.ref, a.owner) for a in extract_plan(doc).actions]


def test_bottom_set_owner_covers_the_blank_rows_above_it() -> None:
    got = _plan([
        ("1.1", "Relaunch the supervision", "policy with a new template", None, LEADING),
        ("1.2", "Complete the reflective", "supervision programme", None, LEADING),
        ("1.3", "Create two team manager", "posts in the front door", "Head of Service", LEADING),
        ("2.1", "Audit twelve records", "each month and report", "Workforce Lead", LEADING),
    ])  # fmt: skip
    assert got == [
        ("1.1", "Head of Service"),
        ("1.2", "Head of Service"),
        ("1.3", "Head of Service"),
        ("2.1", "Workforce Lead"),
    ]


def test_top_set_rows_keep_their_blank_owner() -> None:
    got = _plan([
        ("1.1", "Relaunch the supervision", "policy with a new template", None, 0.0),
        ("1.2", "Complete the reflective", "supervision programme", None, 0.0),
        ("1.3", "Create two team manager", "posts in the front door", "Head of Service", 0.0),
    ])  # fmt: skip
    assert [owner for _, owner in got] == [None, None, "Head of Service"]


def test_middle_set_owner_between_two_rows_covers_both() -> None:
    """The owner's text centred on the break between 1.1 and 1.2: theirs, not 1.3's."""
    middle = LEADING / 2
    got = _plan(
        [
            ("1.1", "Relaunch the supervision", "policy with a new template", None, middle),
            ("1.2", "Complete the reflective", "supervision programme", None, middle),
            ("1.3", "Create two team manager", "posts in the front door", "Workforce Lead", middle),
        ],
        # 1.1's text starts at 0, 1.2's ends at 2 rows of 2 lines and a gap on (51.2 pt): the
        # owner's line (8 pt) centred on their middle
        lone=("Head of Service", (3 * LEADING + 12.0 + 8.0) / 2 - 4.0),
    )
    assert got == [
        ("1.1", "Head of Service"),
        ("1.2", "Head of Service"),
        ("1.3", "Workforce Lead"),
    ]


def test_recommendation_number_between_rows_does_not_end_the_owner_s_rows() -> None:
    """Two cells merged down and set in the middle of their rows: the recommendation number over
    a group's four actions sits between its second and third rows (a row of its own holding
    nothing else), the owner over the last three actions beside the third. The owner is still
    the second and fourth actions': the number's row is passed over, not the end of the blank
    rows above the owner."""
    cols = [45.0, 80.0, 120.0, 330.0, 450.0]
    b = PageBuilder()
    for x, head in zip(cols, ["Area", "Ref", "Action", "Lead officer", "Timescale"], strict=True):
        b.styled(x, 100.0, head, bold=True)
    pitch = 2 * LEADING + 12.0
    groups = [
        ("1", ["1.1", "1.2", "1.3", "1.4"], "Workforce Lead", "Head of Service"),
        ("2", ["2.1", "2.2", "2.3", "2.4"], "Practice Lead", "Principal Social Worker"),
    ]
    y = 124.0
    for num, refs, first_owner, shared in groups:
        top = y
        for k, ref in enumerate(refs):
            b.text(cols[2], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[1], y + LEADING / 2, ref)
            b.text(cols[4], y + LEADING / 2, "Mar 2026")
            if k == 0:
                b.text(cols[3], y + LEADING / 2, first_owner)
            if k == 2:
                b.text(cols[3], y + LEADING / 2, shared)
            y += pitch
        # the number centred on the group's four rows: between its second and third
        b.text(cols[0], top + (4 * pitch - 12.0) / 2 - 4.0, num)
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    got = [(a.ref, a.owner) for a in extract_plan(doc).actions]
    assert got == [
        ("1.1", "Workforce Lead"),
        ("1.2", "Head of Service"),
        ("1.3", "Head of Service"),
        ("1.4", "Head of Service"),
        ("2.1", "Practice Lead"),
        ("2.2", "Principal Social Worker"),
        ("2.3", "Principal Social Worker"),
        ("2.4", "Principal Social Worker"),
    ]


def test_number_level_with_an_action_s_first_line_opens_no_row_of_its_own() -> None:
    """Cells set in the middle of their rows: the one-line reference and date of an action of
    two lines sit between its lines. A recommendation number merged down beside the action,
    printed level with its first line, ends where it starts: the action's first line is still
    the row's, not a row of its own (an action with no reference) above it."""
    cols = [45.0, 80.0, 120.0, 330.0, 450.0]
    b = PageBuilder()
    for x, head in zip(cols, ["Area", "Ref", "Action", "Lead officer", "Timescale"], strict=True):
        b.styled(x, 100.0, head, bold=True)
    y = 124.0
    for k, ref in enumerate(["1.1", "1.2", "2.1", "2.2"]):
        b.text(cols[2], y, f"Hold a monthly panel {ref} chaired", "by the head of safeguarding")
        b.text(cols[3], y, "Head of Service", "for Safeguarding")
        b.text(cols[1], y + LEADING / 2, ref)
        b.text(cols[4], y + LEADING / 2, "Mar 2026")
        if k in (0, 2):
            b.text(cols[0], y, str(k // 2 + 1))
        y += 2 * LEADING + 12.0
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    got = [(a.ref, a.text, a.owner) for a in extract_plan(doc).actions]
    assert got == [
        (
            ref,
            f"Hold a monthly panel {ref} chaired by the head of safeguarding",
            "Head of Service for Safeguarding",
        )
        for ref in ["1.1", "1.2", "2.1", "2.2"]
    ]


def test_centred_owner_ending_inside_an_action_s_row_does_not_part_it() -> None:
    """Cells set in the middle of their rows: an owner merged over four actions sits across the
    break between the second and third, its last line level with the third action's first. The
    owner ends there while the third action's cells run on past it: the third action's first
    line is still its row's, not a row of its own (an action with no reference) above the rest,
    and the owner covers all four."""
    cols = [45.0, 80.0, 300.0, 430.0]
    b = PageBuilder()
    for x, head in zip(cols, ["Ref", "Action", "Lead officer", "Timescale"], strict=True):
        b.styled(x, 100.0, head, bold=True)
    heights = {"1.1": 3, "1.2": 3, "1.3": 4, "1.4": 3}
    gap = 12.0
    y = 124.0
    tops: dict[str, float] = {}
    for ref, n in heights.items():
        tops[ref] = y
        b.text(
            cols[1], y, f"Record the findings {ref} of every", *["return home interview"] * (n - 1)
        )
        middle = y + (n - 1) * LEADING / 2
        b.text(cols[0], middle, ref)
        b.text(cols[3], middle, "Mar 2026")
        y += n * LEADING + gap
    # the owner's two lines centred on the four rows: across the break above 1.3
    block = (tops["1.1"] + y - gap) / 2
    b.text(cols[2], block - LEADING, "Virtual School", "Headteacher")
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    got = [(a.ref, a.text, a.owner) for a in extract_plan(doc).actions]
    assert [(r, t.split()[3]) for r, t, _ in got] == [(r, r) for r in heights]
    assert [o for _, _, o in got] == ["Virtual School Headteacher"] * 4


def test_centred_owner_cut_by_the_page_covers_its_group_on_both_pages() -> None:
    """Cells set in the middle of their rows: an owner merged over a group's four actions, the
    page breaking after the second, prints its text in its first page's part, at that part's
    top (level with the first action's, not in the middle of the rows it covers). The group's
    rows on the next page hold no owner of their own: the owner is all four's, and the next
    group keeps its own."""
    cols = [45.0, 80.0, 300.0, 430.0]
    heads = ["Ref", "Action", "Lead officer", "Timescale"]
    pitch = 2 * LEADING + 12.0

    def page(number: int, rows: list[tuple[str, str | None]]) -> PageBuilder:
        b = PageBuilder(number=number)
        for x, head in zip(cols, heads, strict=True):
            b.styled(x, 100.0, head, bold=True)
        y = 124.0
        for ref, owner in rows:
            b.text(cols[1], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[0], y + LEADING / 2, ref)
            b.text(cols[3], y + LEADING / 2, "Mar 2026")
            if owner is not None:
                b.text(cols[2], y, *owner.split(" | "))
            y += pitch
        return b

    first = page(1, [("1.1", "Workforce Lead"), ("2.1", "DCS & AD Children's | Social Care")])
    first.text(cols[1], 124.0 + 2 * pitch, "Relaunch the supervision 2.2", "policy with a new")
    first.text(cols[0], 124.0 + 2 * pitch + LEADING / 2, "2.2")
    first.text(cols[3], 124.0 + 2 * pitch + LEADING / 2, "Mar 2026")
    second = page(2, [("2.3", None), ("2.4", None), ("3.1", "Practice Lead")])
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[first.build(), second.build()])
    got = [(a.ref, a.owner) for a in extract_plan(doc).actions]
    shared = "DCS & AD Children's Social Care"
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", shared),
        ("2.2", shared),
        ("2.3", shared),
        ("2.4", shared),
        ("3.1", "Practice Lead"),
    ]


def test_centred_owner_split_by_the_page_is_read_whole() -> None:
    """Cells set in the middle of their rows: an owner merged over a group's four actions, the
    page cutting the first of them (its last line on the next page) and so the owner's cell:
    its lines split between the pages, each part centred on its page's part of the cell ('AC
    (Head of', level with the page's last action; 'Business Intelligence)' in the middle of the
    next page's part, from the cut action's last line down to the group's last row, between
    two rows). Each part was read as an owner of its own (the first action's 'AC (Head of', the
    rest given to no action or one): the cell's text is both parts, every action of the
    group's."""
    cols = [45.0, 80.0, 300.0, 430.0]
    heads = ["Ref", "Action", "Lead officer", "Timescale"]
    pitch = 2 * LEADING + 12.0

    def page(number: int, rows: list[tuple[str, str | None]], top: float = 124.0) -> PageBuilder:
        b = PageBuilder(number=number)
        for x, head in zip(cols, heads, strict=True):
            b.styled(x, 100.0, head, bold=True)
        y = top
        for ref, owner in rows:
            b.text(cols[1], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[0], y + LEADING / 2, ref)
            b.text(cols[3], y + LEADING / 2, "Mar 2026")
            if owner is not None:
                b.text(cols[2], y + LEADING / 2, owner)
            y += pitch
        return b

    first = page(1, [("1.1", "Workforce Lead")])
    first.text(cols[1], 124.0 + pitch, "Relaunch the supervision 2.1")  # cut by the page
    first.text(cols[0], 124.0 + pitch, "2.1")
    first.text(cols[3], 124.0 + pitch, "Mar 2026")
    first.text(cols[2], 124.0 + pitch, "AC (Head of")
    top = 124.0 + LEADING + 12.0  # the rows under the cut action's last line
    second = page(2, [("2.2", None), ("2.3", None), ("2.4", None), ("3.1", "Practice Lead")], top)
    second.text(cols[1], 124.0, "policy with a new template")  # 2.1's last line
    # the rest centred on the next page's part of the cell: 2.1's last line to 2.4's foot
    middle = (124.0 + top + 2 * pitch + 2 * LEADING) / 2
    second.text(cols[2], middle - LEADING / 2, "Business Intelligence)")
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[first.build(), second.build()])
    got = [(a.ref, a.owner) for a in extract_plan(doc).actions]
    shared = "AC (Head of Business Intelligence)"
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", shared),
        ("2.2", shared),
        ("2.3", shared),
        ("2.4", shared),
        ("3.1", "Practice Lead"),
    ]


def test_centred_owner_parted_by_a_centred_number_is_read_whole() -> None:
    """Cells set in the middle of their rows: an owner of three lines merged over a group's two
    actions, and the recommendation's number merged over them too, centred level with the
    owner's middle line in the space between the two actions' texts. The number opened a row
    of its own between the two actions, taking the owner's lower lines with it: the first
    action's owner was the first line alone, the second's none. The lines going on at the line
    pitch are one text, every action's."""
    cols = [45.0, 80.0, 115.0, 280.0, 370.0, 430.0]
    heads = ["Rec", "Ref", "Action", "Lead officer", "Timescale", "Update"]
    b = PageBuilder(number=1)
    for x, head in zip(cols, heads, strict=True):
        b.styled(x, 100.0, head, bold=True)
    b.text(cols[2], 124.0, "Relaunch the supervision policy", "with a new template", "for all")
    b.text(cols[1], 124.0 + LEADING, "1a")
    b.text(cols[3], 124.0 + LEADING, "Workforce Lead")
    b.text(cols[4], 124.0 + LEADING, "Mar 2026")
    b.text(cols[0], 124.0 + LEADING, "1")
    b.text(cols[5], 124.0 + LEADING, "Not yet started")
    # as a word processor centres them, 12 points a line: the first action's three lines, the
    # second's two; the owner's three lines and the number centred on both rows
    b.text(cols[2], 172.0, "Audit the case records 2a")
    b.text(cols[2], 184.0, "each month and report")
    b.text(cols[2], 196.0, "the themes")
    b.text(cols[1], 184.0, "2a")
    b.text(cols[4], 184.0, "Jun 2026")
    b.text(cols[5], 178.0, "Monthly reports now in")
    b.text(cols[5], 190.0, "place")
    b.text(cols[3], 189.0, "HoS Fostering /")
    b.text(cols[3], 201.0, "Head of Business")
    b.text(cols[0], 201.0, "2")
    b.text(cols[3], 213.0, "Intelligence")
    b.text(cols[2], 218.0, "Hold a practice week 2b")
    b.text(cols[2], 230.0, "every quarter")
    b.text(cols[1], 224.0, "2b")
    b.text(cols[4], 218.0, "Sep 2026")
    b.text(cols[5], 218.0, "First cohort completed;")
    b.text(cols[5], 230.0, "second cohort booked")
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    got = [(a.ref, a.owner) for a in extract_plan(doc).actions]
    shared = "HoS Fostering / Head of Business Intelligence"
    assert got == [("1a", "Workforce Lead"), ("2a", shared), ("2b", shared)]


def _two_pages(
    shift: float,
    first: list[tuple[str, str | None, float]],
    second: list[tuple[str, str | None, float]],
) -> list[tuple[str | None, str | None]]:
    """An unruled table over two pages whose references and dates sit `shift` below their
    two-line action's first line (LEADING / 2: in the middle; LEADING: at the bottom); each row
    (ref, owner or None, the owner's line's place below the action's first line)."""
    cols = [45.0, 80.0, 300.0, 430.0]
    heads = ["Ref", "Action", "Lead officer", "Timescale"]
    pitch = 2 * LEADING + 12.0
    pages = []
    for number, rows in ((1, first), (2, second)):
        b = PageBuilder(number=number)
        for x, head in zip(cols, heads, strict=True):
            b.styled(x, 100.0, head, bold=True)
        y = 124.0
        for ref, owner, at in rows:
            b.text(cols[1], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[0], y + shift, ref)
            b.text(cols[3], y + shift, "Mar 2026")
            if owner is not None:
                b.text(cols[2], y + at, owner)
            y += pitch
        pages.append(b.build())
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=pages)
    return [(a.ref, a.owner) for a in extract_plan(doc).actions]


def test_centred_table_s_owner_at_its_cut_cell_s_top_covers_the_rows_to_the_next_one() -> None:
    """Cells set in the middle of their rows: an owner merged over a group's actions 2.1 to 2.3,
    the page breaking after 2.2, prints its one line at the top of its first page's part (level
    with 2.1's first line, in the middle of no rows). It is 2.2's and the next page's 2.3's,
    though the group's 2.4 there has an owner of its own, centred on 2.4 alone."""
    mid = LEADING / 2
    got = _two_pages(
        mid,
        [("1.1", "Workforce Lead", mid), ("2.1", "Head of Service", 0.0), ("2.2", None, 0.0)],
        [
            ("2.3", None, 0.0),
            ("2.4", "Principal Social Worker", mid),
            ("3.1", "Practice Lead", mid),
        ],
    )
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", "Head of Service"),
        ("2.2", "Head of Service"),
        ("2.3", "Head of Service"),
        ("2.4", "Principal Social Worker"),
        ("3.1", "Practice Lead"),
    ]


def test_bottom_set_table_s_owner_at_its_cut_cell_s_top_covers_the_rows_to_the_page_end() -> None:
    """Cells set at the bottom of their rows: an owner merged over 2.1 to 2.3, the page breaking
    after 2.2, prints its line at the top of its first page's part (level with 2.1's first
    line, at the bottom of no rows): 2.2's too, and 2.3's on the next page. The next group's 3.1
    and 3.2 share an owner set at 3.2's bottom: 3.1's too, though the rows above 3.1 are the
    cut cell's rest."""
    low = LEADING
    got = _two_pages(
        low,
        [("1.1", "Workforce Lead", low), ("2.1", "Head of Service", 0.0), ("2.2", None, 0.0)],
        [("2.3", None, 0.0), ("3.1", None, 0.0), ("3.2", "Practice Lead", low)],
    )
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", "Head of Service"),
        ("2.2", "Head of Service"),
        ("2.3", "Head of Service"),
        ("3.1", "Practice Lead"),
        ("3.2", "Practice Lead"),
    ]


def test_owner_centred_on_the_rows_a_page_opens_with_covers_them() -> None:
    """Cells set in the middle of their rows: 2.1, the first page's last action, has an owner
    of its own; the next page opens with the group's 2.2 to 2.4, blank in the owner column but
    for one owner centred on all three (beside 2.3): theirs, not left to no one as the rest of
    a cell merged down from the page before."""
    mid = LEADING / 2
    got = _two_pages(
        mid,
        [("1.1", "Workforce Lead", mid), ("2.1", "Head of Service", mid)],
        [("2.2", None, 0.0), ("2.3", "Principal Social Worker", mid), ("2.4", None, 0.0)],
    )
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", "Head of Service"),
        ("2.2", "Principal Social Worker"),
        ("2.3", "Principal Social Worker"),
        ("2.4", "Principal Social Worker"),
    ]


def test_centred_owner_split_by_the_page_over_one_row_there_is_read_whole() -> None:
    """As above, the next page's part of the cell holding the cut action's last line and one
    action more (2.2): the owner's rest, centred on that part, prints between the two (a row
    of its own holding nothing else) or level with 2.2's first line (2.2's own cell). Either
    way the cell's text is both parts, 2.1's and 2.2's."""
    cols = [45.0, 80.0, 300.0, 430.0]
    heads = ["Ref", "Action", "Lead officer", "Timescale"]
    pitch = 2 * LEADING + 12.0

    def page(number: int, rows: list[tuple[str, str | None]], top: float = 124.0) -> PageBuilder:
        b = PageBuilder(number=number)
        for x, head in zip(cols, heads, strict=True):
            b.styled(x, 100.0, head, bold=True)
        y = top
        for ref, owner in rows:
            b.text(cols[1], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[0], y + LEADING / 2, ref)
            b.text(cols[3], y + LEADING / 2, "Mar 2026")
            if owner is not None:
                b.text(cols[2], y + LEADING / 2, owner)
            y += pitch
        return b

    shared = "AC (Head of Business Intelligence)"
    for gap in (24.0, 12.0):
        first = page(1, [("1.1", "Workforce Lead")])
        first.text(cols[1], 124.0 + pitch, "Relaunch the supervision 2.1")  # cut by the page
        first.text(cols[0], 124.0 + pitch, "2.1")
        first.text(cols[3], 124.0 + pitch, "Mar 2026")
        first.text(cols[2], 124.0 + pitch, "AC (Head of")
        top = 124.0 + LEADING + gap  # 2.2, under the cut action's last line
        second = page(2, [("2.2", None), ("3.1", "Practice Lead")], top)
        second.text(cols[1], 124.0, "policy with a new template")  # 2.1's last line
        middle = (124.0 + top + 2 * LEADING) / 2  # the part: 2.1's last line to 2.2's foot
        second.text(cols[2], middle - LEADING / 2, "Business Intelligence)")
        doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[first.build(), second.build()])
        got = [(a.ref, a.owner) for a in extract_plan(doc).actions]
        assert got == [
            ("1.1", "Workforce Lead"),
            ("2.1", shared),
            ("2.2", shared),
            ("3.1", "Practice Lead"),
        ], gap


def test_centred_owner_cut_between_rows_at_a_joining_word_is_read_whole() -> None:
    """The page falls between two actions of one group (2.1 the page's last, 2.2 the next
    page's first), and the owner merged over both is printed in two parts, each centred on its
    own page's row: 'Team Manager / Quality &' beside 2.1, 'Practice Lead' beside 2.2. An owner
    never ends on '&', so the first part was cut and the second is its rest: both actions get
    the whole. A part that ends as an owner can ('Head of Service') stays its row's own."""
    mid = LEADING / 2
    got = _two_pages(
        mid,
        [("1.1", "Workforce Lead", mid), ("2.1", "Team Manager / Quality &", mid)],
        [("2.2", "Practice Lead", mid), ("3.1", "Head of Service", mid)],
    )
    shared = "Team Manager / Quality & Practice Lead"
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", shared),
        ("2.2", shared),
        ("3.1", "Head of Service"),
    ]
    got = _two_pages(
        mid,
        [("1.1", "Workforce Lead", mid), ("2.1", "Head of Service", mid)],
        [("2.2", "Practice Lead", mid), ("3.1", "Head of Service", mid)],
    )
    assert got == [
        ("1.1", "Workforce Lead"),
        ("2.1", "Head of Service"),
        ("2.2", "Practice Lead"),
        ("3.1", "Head of Service"),
    ]


def test_an_owner_ends_open_only_on_a_joining_word_or_mark() -> None:
    assert ends_open("Team Manager, Care Leavers / Quality &")
    assert ends_open("AD Children's Social Care & Named GP for")
    assert ends_open("DCS /")
    assert ends_open("Head of Fostering and")
    assert not ends_open("Head of Service")
    assert not ends_open("Grand")  # a word ending in 'and' is no joining word
    assert not ends_open("Team Manager, Care")  # cut, but no word says so


def test_owner_set_at_its_first_row_s_top_covers_its_group_s_blank_rows() -> None:
    """A centring table whose merged owner cell the printer set at its first row's top (holdout
    docx-vcentre-shared 1-017: 'HoS Fostering' level with 1.2's first line over 1.2 to 1.4): the
    text is centred on no rows, so it covers the blank rows of its group under it, up to the
    next owner (1.5's, centred on its own row)."""
    b = PageBuilder()
    for x, head in zip(COLS, ["Ref", "Action", "Lead officer", "Timescale"], strict=True):
        b.styled(x, 100.0, head, bold=True)
    owners = {"1.1": ("Workforce Lead", True), "1.2": ("HoS Fostering", False),
              "1.5": ("Quality Lead", True), "2.1": ("Director", True)}  # fmt: skip
    y = 124.0
    for ref in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1"):
        b.text(
            COLS[1], y, f"Audit the records of team {ref}", "each month and report the", "themes"
        )
        b.text(COLS[0], y + LEADING, ref)  # one-line cells in the middle of their rows
        b.text(COLS[3], y + LEADING, "Mar 2026")
        if ref in owners:
            name, centred = owners[ref]
            b.text(COLS[2], y + (LEADING if centred else 0.0), name)
        y += 3 * LEADING + 12.0
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    got = [(a.ref, a.owner) for a in extract_plan(doc).actions]
    assert got == [
        ("1.1", "Workforce Lead"),
        ("1.2", "HoS Fostering"),
        ("1.3", "HoS Fostering"),
        ("1.4", "HoS Fostering"),
        ("1.5", "Quality Lead"),
        ("2.1", "Director"),
    ]
