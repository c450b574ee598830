"""A key naming a grid's columns by marker gives those columns their header words."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.column_key import column_key, key_in_lines, keyed_labels
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.reader import parse_pdf


def test_a_numbered_key_over_a_grid_headed_by_numbers() -> None:
    """'Columns: [1] Ref, [2] What we will do ...' over '1 | 2 | 3 | 4': the key's words name
    the columns, and they read as any header does."""
    key = column_key("How to read the tables. Columns: [1] Ref, [2] What we will do, "
                     "[3] Lead officer, [4] By when")  # fmt: skip
    assert key == {"1": "Ref", "2": "What we will do", "3": "Lead officer", "4": "By when"}
    labels = keyed_labels(["1", "2", "3", "4"], key)
    assert labels == ["Ref", "What we will do", "Lead officer", "By when"]
    assert [header_role(x) for x in labels] == ["ref", "action", "owner", "due"]


def test_a_lettered_key_on_lines_of_its_own() -> None:
    key = column_key("Key\nA) Progress this quarter\nB) Named lead\nC) Completion date")
    assert keyed_labels(["a)", "B)", "(c)"], key) == [
        "Progress this quarter", "Named lead", "Completion date",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "We will (a) recruit more staff and (b) train every one of them in the new model of "
        "practice so that all children are seen",  # prose that enumerates, no key
        "Status key: Progressing well; Some concerns; Significant concerns",  # no markers
        "(a) Ref; (c) Action; (d) Owner",  # markers out of sequence
        "(a) Ref",  # one entry explains no grid
    ],
)
def test_no_key(text: str) -> None:
    assert column_key(text) == {}


def test_a_header_of_words_or_of_markers_the_key_does_not_explain_is_left_alone() -> None:
    key = column_key("(a) Ref; (b) Action; (c) Owner")
    assert keyed_labels(["Ref", "Action", "Owner"], key) is None
    assert keyed_labels(["(a)", "(b)", "(c)", "(d)"], key) is None
    assert keyed_labels(["(a)", "(b)"], {}) is None


def test_a_key_wrapping_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    """The key's paragraph wraps mid-name ('(c) Date agreed for' / 'completion'): read over
    its lines, not line by line; the paragraphs round it are no key."""
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12.5)
    story = [
        Paragraph("Appendix 2 sets out each commitment in a table of its own.", body),
        Spacer(1, 8),
        Paragraph(
            "Reading the tables: (a) Ref; (b) Commitment we have made; (c) Date agreed for "
            "completion; (d) Senior responsible officer; (e) Notes from the last board",
            body,
        ),  # fmt: skip
        Spacer(1, 8),
        Paragraph("The board reviews the commitments every quarter.", body),
    ]
    path = tmp_path / "key.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60).build(story)
    doc = parse_pdf(path)
    lines = [ln for p in doc.pages for ln in p.lines]
    assert len(lines) >= 4  # the key took two lines
    key = key_in_lines(lines)
    assert key["c"] == "Date agreed for completion"
    assert keyed_labels(["(a)", "(b)", "(c)", "(d)", "(e)"], key) == [
        "Ref", "Commitment we have made", "Date agreed for completion",
        "Senior responsible officer", "Notes from the last board",
    ]  # fmt: skip
