"""A plan released under the Freedom of Information Act: officers' names withheld.

The plan is a ruled table 'Ref | Action | Lead | Due | RAG'; some leads are posts, printed as
they are, and the people are redacted: the lead cell is a black box with the exemption cited in
white ('s.40(2)'), or '[REDACTED]' on white. A redaction mark is no owner (None), and the plan
says how many owners were withheld (plan_owners_redacted) instead of passing them off as
ownerless or as a lead called 's.40(2)'.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.box_heads import own_by_box_heads
from plantrace.extractors.owner_redactions import blacked_out
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_actions import read_actions
from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.plan_recommendations import RecommendationIndex
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.owners import is_withheld, normalise_owner
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, action, lead as printed, blacked out, due, RAG
ROWS = [
    ("1.1", "Recruit twenty additional foster carers through a targeted campaign",
     "Head of Fostering", False, "31-Mar-2027", "Green"),
    ("1.2", "Track the timeliness of care proceedings weekly through the legal panel",
     "s.40(2)", True, "30-Jun-2027", "Amber"),
    ("2.1", "Reduce the time taken to issue education, health and care plans",
     "s.40(2)", True, "30-Sep-2027", "Red"),
    ("2.2", "Offer tuition to every child in care who is behind in reading",
     "[REDACTED]", False, "31-Dec-2027", "Green"),
    ("2.3", "Audit the quality of pathway plans for care leavers every quarter",
     "Principal Social Worker", False, "31-Mar-2028", "Amber"),
]  # fmt: skip


def _pdf(rows: list[tuple[str, str, str, bool, str, str]]) -> bytes:
    buf = io.BytesIO()
    data = [["Ref", "Action", "Lead", "Due", "RAG"]]
    data += [[r[0], r[1], r[2], r[4], r[5]] for r in rows]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]
    for i, r in enumerate(rows, start=1):
        if r[3]:
            style += [
                ("BACKGROUND", (2, i), (2, i), colors.black),
                ("TEXTCOLOR", (2, i), (2, i), colors.white),
            ]
    table = Table(data, colWidths=[35, 250, 110, 65, 45], style=TableStyle(style))
    SimpleDocTemplate(buf, pagesize=A4).build([table])
    return buf.getvalue()


def test_redaction_marks_are_no_owner() -> None:
    for mark in ("s.40(2)", "S40(2)", "Section 40(2)", "[REDACTED]", "[name withheld]",
                 "Name withheld", "XXXX", "█████", "Redacted - s.40(2) personal data",
                 "Reg 13"):  # fmt: skip
        assert is_withheld(mark), mark
        assert normalise_owner(mark) is None, mark
    # names, posts and words that only go with a mark are values
    for name in ("Head of Service", "Jane Smith", "Xavier Holt", "Name", "Officer",
                 "Section 17 team manager"):  # fmt: skip
        assert not is_withheld(name), name
        assert normalise_owner(name) == name


def test_black_fill_is_a_redaction_box() -> None:
    box = (0.0, 0.0, 10.0, 10.0)
    assert blacked_out(Cell(text="Jane Smith", bbox=box, fill="#000000"))
    assert blacked_out(Cell(text="", bbox=box, fill="#111111"))
    assert not blacked_out(Cell(text="Jane Smith", bbox=box, fill="#1f3864"))  # a navy header
    assert not blacked_out(Cell(text="Red", bbox=box, fill="#ff0000"))
    assert not blacked_out(Cell(text="Jane Smith", bbox=box, fill=None))


def test_withheld_owners_read_as_none_and_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(ROWS), "foi.pdf"))
    owners = {a.ref: a.owner for a in result.actions}
    assert owners == {
        "1.1": "Head of Fostering",
        "1.2": None,
        "2.1": None,
        "2.2": None,
        "2.3": "Principal Social Worker",
    }
    codes = [w.code for w in result.warnings]
    assert "plan_owners_redacted" in codes
    said = next(w for w in result.warnings if w.code == "plan_owners_redacted")
    assert said.message.startswith("3 owner(s) are withheld")
    assert "plan_owners_unread" not in codes


def test_every_owner_withheld_is_said_as_withheld_not_unread() -> None:
    rows = [(r[0], r[1], "s.40(2)", True, r[4], r[5]) for r in ROWS]
    result = extract_plan(parse_pdf_bytes(_pdf(rows), "foi.pdf"))
    assert all(a.owner is None for a in result.actions)
    codes = [w.code for w in result.warnings]
    assert "plan_owners_redacted" in codes
    assert "plan_owners_unread" not in codes  # no owner printed to read: withheld, said so


def test_plan_without_redactions_says_none_withheld() -> None:
    rows = [(r[0], r[1], f"Officer {r[0]}", False, r[4], r[5]) for r in ROWS]
    result = extract_plan(parse_pdf_bytes(_pdf(rows), "plan.pdf"))
    assert all(a.owner for a in result.actions)
    assert "plan_owners_redacted" not in [w.code for w in result.warnings]


def test_withheld_owner_is_marked_so_no_other_reader_fills_it() -> None:
    doc = parse_pdf_bytes(_pdf(ROWS), "foi.pdf")
    table = next(el.table for el in read_layout(doc) if el.table is not None)
    drafts = read_actions(table, RecommendationIndex(), None, doc.sha256)
    assert [d.owner_withheld for d in drafts] == [False, True, True, True, False]
    own_by_box_heads(drafts, doc.pages)  # a lead's box never fills a withheld owner
    assert [d.owner for d in drafts][1:4] == [None, None, None]
