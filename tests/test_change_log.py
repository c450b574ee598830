"""A performance system's change log (record history) read as the plan it records.

The log prints one row per change, `Changed | Changed by | Record | Field | Old value | New
value`, in time order: recommendation records (`REC 1`) state their text, action records
(`IP/1/01`) their text, the recommendation they answer, lead, target date and status. The
records' changes are interleaved, and the log opens records out of their ids' order. A lead is
handed over, a target moved and a status moves on, so a field is changed more than once.

What is read: each action once, in its ids' order, with the LAST value of each field (the new
lead, the moved date, the latest status), its recommendation through the record it names; the
timestamps, users and old values as nothing.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.change_log import natural_key
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["Changed", "Changed by", "Record", "Field", "Old value", "New value"]
REC1 = "Improve the timeliness of decisions at the front door"
REC2 = "Strengthen the response to children who go missing from home or care"
A11 = "Publish a revised threshold document with partners and schools"
A12 = "Audit repeat referrals each quarter and report the themes to the board"
A21 = "Commission an independent return home interview service"
# (record, field, old, new), in time order: records interleaved, IP/2/01 opened first
CHANGES = [
    ("REC 2", "Recommendation text", "", REC2),
    ("REC 1", "Recommendation text", "", REC1),
    ("IP/2/01", "Action", "", A21),
    ("IP/2/01", "Recommendation", "", "REC 2"),
    ("IP/1/01", "Action", "", A11),
    ("IP/2/01", "Lead officer", "", "David Osei"),
    ("IP/1/01", "Recommendation", "", "REC 1"),
    ("IP/1/01", "Lead officer", "", "Helen Markham"),
    ("IP/2/01", "Target date", "", "30-JUN-2026"),
    ("IP/1/02", "Action", "", A12),
    ("IP/1/01", "Target date", "", "MAR-2026"),
    ("IP/1/02", "Recommendation", "", "REC 1"),
    ("IP/2/01", "Status", "", "Not opened"),
    ("IP/1/02", "Lead officer", "", "Tom Ellery"),
    ("IP/1/01", "Status", "", "Not opened"),
    ("IP/1/02", "Target date", "", "06-DEC-2026"),
    ("IP/1/02", "Status", "", "Not opened"),
    ("IP/1/01", "Lead officer", "Helen Markham", "Fatima Rahman"),  # handed over
    ("IP/2/01", "Status", "Not opened", "Progressing"),
    ("IP/1/01", "Status", "Not opened", "Concern"),
    ("IP/1/02", "Target date", "06-DEC-2026", "31-JAN-2027"),  # moved
    ("IP/1/01", "Status", "Concern", "Off track"),
    ("IP/2/01", "Status", "Progressing", "Closed"),
]
USERS = ["Karen Whitlow", "Gareth Pym", "Lucy Ferreira"]
EXPECTED = {  # ref: (text, owner, due, rag, recommendation number)
    "IP/1/01": (A11, "Fatima Rahman", "2026-03-31", "red", "1"),
    "IP/1/02": (A12, "Tom Ellery", "2027-01-31", None, "1"),
    "IP/2/01": (A21, "David Osei", "2026-06-30", "blue", "2"),
}


def _log() -> PlanExtraction:
    rows = [HEADER]
    for k, (record, field, old, new) in enumerate(CHANGES):
        when = f"{3 + k // 4:02d}/02/2026 {9 + k % 8:02d}:{(7 * k) % 60:02d}"
        rows.append([when, USERS[k % 3], record, field, old, new])
    table = Table(rows, repeatRows=1, colWidths=[80, 80, 55, 95, 120, 330])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, "#cccccc"),
                               ("FONTSIZE", (0, 0), (-1, -1), 7)]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "history.pdf"))


def test_change_log_read_as_last_values_in_id_order() -> None:
    ex = _log()
    numbers = {r.id: r.number for r in ex.recommendations}
    assert [a.ref for a in ex.actions] == list(EXPECTED)  # ids' order, not first change
    for a in ex.actions:
        text, owner, due, rag, rec = EXPECTED[a.ref or ""]
        assert a.text == text, a.ref
        assert a.owner == owner, a.ref
        assert (a.due_date.isoformat() if a.due_date else None) == due, a.ref
        assert a.rag == rag, a.ref
        assert [numbers.get(r) for r in a.recommendations] == [rec], a.ref
    recs = {(r.number, r.text) for r in ex.recommendations}
    # the log's first change (REC 2's text, right under the header row) is read too
    assert ("1", REC1) in recs and ("2", REC2) in recs
    assert not [w for w in ex.warnings if w.code == "plan_links_unread"]
    # 'Not opened' (no status yet) is left unrated and said
    assert [w for w in ex.warnings if w.code == "plan_status_unread"]


def test_natural_key_orders_numbers_as_numbers() -> None:
    ids = ["IP/10/01", "IP/2/02", "IP/2/01", "REC 10", "REC 2"]
    assert sorted(ids, key=natural_key) == ["IP/2/01", "IP/2/02", "IP/10/01", "REC 2", "REC 10"]


def test_header_columns_carried_to_rows_with_an_empty_cell() -> None:
    """A log's header row (no plan column named, its table not kept) gives its six columns to
    the table starting under it, whose first row (no old value) shows only five gaps."""
    from types import SimpleNamespace
    from typing import Any, cast

    from plantrace.extractors.plan_columns import _carried_columns

    header = [40.0, 120.0, 216.0, 273.0, 375.0, 545.0]
    own = [40.0, 120.0, 216.0, 273.0, 545.0]  # Field and Old value run into one
    lines = [SimpleNamespace(x0=x) for x in (40.0, 120.0, 216.0, 273.0, 375.0, 545.0)]
    region = cast(Any, lines)
    assert _carried_columns(own, (header, 9), 3, region) == header
    # no header carried, or the table starts past the header's region: its own columns
    assert _carried_columns(own, None, 3, region) == own
    assert _carried_columns(own, (header, 9), 12, region) == own
    # the rows' lines do not start at the header's edges: its own columns
    off = cast(Any, [SimpleNamespace(x0=x + 30.0) for x in header])
    assert _carried_columns(own, (header, 9), 3, off) == own


LONG_REC1 = (
    "Improve the multi-agency response to children at risk of criminal and sexual exploitation"
    " outside the home, so that risks are understood and plans reduce them"
)


def test_first_change_a_wrapped_recommendation_links_all_actions() -> None:
    """The log's first change is a recommendation's text, wrapped over lines, with no old
    value; the recommendations after it are read as their numbers ('REC 2' is 2), so every
    action links to the one it names and none is left unlinked."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("cell", fontSize=7, leading=8.5)
    changes = [("REC 1", "Recommendation text", "", LONG_REC1), *CHANGES[:1], *CHANGES[2:]]
    rows: list[list[object]] = [list(HEADER)]
    for k, (record, field, old, new) in enumerate(changes):
        when = f"{3 + k // 4:02d}/02/2026 {9 + k % 8:02d}:{(7 * k) % 60:02d}"
        rows.append([when, USERS[k % 3], record, field, old, Paragraph(new, style)])
    table = Table(rows, repeatRows=1, colWidths=[80, 80, 55, 95, 120, 330])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, "#cccccc"),
                               ("FONTSIZE", (0, 0), (-1, -1), 7),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    ex = extract_plan(parse_pdf_bytes(buf.getvalue(), "history.pdf"))
    numbers = {r.id: r.number for r in ex.recommendations}
    assert sorted(numbers.values()) == ["1", "2"]
    for a in ex.actions:
        assert [numbers.get(r) for r in a.recommendations] == [EXPECTED[a.ref or ""][4]], a.ref
    assert not [w for w in ex.warnings if w.code == "plan_links_unread"]
