"""A score key cut by the page break, its later entries printed under the next page's repeated
print title.

A tracker kept in a spreadsheet and printed with its header row repeated on every page may end
page 1 with the key's first entries ('Position key', '4 Complete: ...', '3 On track: ...'); page
2 opens with the repeated header row and then the key's other entries, one a line ('2 Some
slippage: ...', '1 ...', '0 Not started'). The key is one key: its entries over the page carry
on its sequence (4, 3 then 2, 1, 0). Read as two keys, the first (4 and 3 only) covers too few
of the scores and every action was left unrated.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, Spacer

from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.score_key import placed_keys
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf
from tests.test_listed_score_key import HEADER, KEY, RAGS, _story_pdf, _tracker


def _plan(path: Path) -> Path:
    small = getSampleStyleSheet()["Normal"]
    entries = [Paragraph(f"{s} {m}", small) for s, m in KEY]
    title = Paragraph(" ".join(HEADER), small)  # the repeated print title over page 2
    parts: list[object] = [_tracker(), Spacer(1, 10), Paragraph("Position key", small),
                           *entries[:2], PageBreak(), title, *entries[2:]]  # fmt: skip
    return _story_pdf(path, parts)


def test_a_key_goes_on_under_the_next_pages_repeated_title(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf"))
    assert {a.ref: a.rag for a in result.actions} == RAGS
    assert not [w for w in result.warnings if w.code == "plan_status_unread"]


def test_the_lines_over_the_page_are_no_key_of_their_own(tmp_path: Path) -> None:
    """The entries carried over are the key's: one key of five entries, no key of three."""
    doc = parse_pdf(_plan(tmp_path / "plan.pdf"))
    keys = placed_keys(read_layout(doc), None)
    assert [[e.low for e in k.key.entries] for k in keys] == [[0, 1, 2, 3, 4]]
    assert keys[0].key.name == "Position"
