"""A bottom-aligned unruled table whose header wraps one label over two lines ('Traffic' over
'light') above a column of RAG fills with no words: the label's second line is the header's,
not a body row opened beside a cell merged down from the header (pipeline/tables.py
stream_table). Read as a body row it was merged down from the header with the first action's
lines: the first action's status cell read the header's label (its fill lost)."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import ParsedDocument
from tests.pages import LEADING, PageBuilder

COLS = [45.0, 80.0, 300.0, 420.0, 500.0]
FILLS = {"green": "#00b050", "amber": "#ffc000", "red": "#ff0000"}


def test_wrapped_header_label_over_bottom_set_rows() -> None:
    b = PageBuilder()
    for x, head in zip(
        COLS, ["Ref", "Action", "Lead officer", "Timescale", "Traffic"], strict=True
    ):
        b.styled(x, 100.0, head, bold=True)
    b.styled(COLS[4], 100.0 + LEADING, "light", bold=True)
    y = 100.0 + LEADING + 22.0
    for ref, status in [("1.1", "red"), ("1.2", "amber"), ("1.3", "green")]:
        b.text(COLS[1], y, f"Relaunch the supervision policy {ref}", "with a new template")
        bottom = y + LEADING  # every other cell set at the foot of the row
        b.text(COLS[0], bottom, ref)
        b.text(COLS[2], bottom, "Head of Service")
        b.text(COLS[3], bottom, "Mar 2026")
        b.page.fills.append(((COLS[4] - 2.0, y - 6.0, 560.0, bottom + 14.0), FILLS[status]))
        y += 2 * LEADING + 12.0
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[b.build()])
    got = [(a.ref, a.owner, a.rag) for a in extract_plan(doc).actions]
    assert got == [
        ("1.1", "Head of Service", "red"),
        ("1.2", "Head of Service", "amber"),
        ("1.3", "Head of Service", "green"),
    ]
