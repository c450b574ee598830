"""An intranet page of action cards printed by headless Chromium: per card a bold title, then a
byline of fields set apart by a middle dot ('Lead officer: Sian Pritchard · Due: 28 Feb 2026 ·
Status: Achieved', the status a tinted pill) and an italic latest note. The last card of the run
stands alone at the top of page 2.

What is read: the lone card's byline splits into its fields as the run's bylines do, though no
second card on its page shows its labels recurring: a label right after a separator sign opens a
field of its own, so the owner is the name alone, the due date and the status are read too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

CARDS = [
    ("Deliver contextual safeguarding training to every social work team", "Bethan Lloyd",
     "30 Sep 2026", "Behind schedule", "#f6d1d5"),
    ("Appoint two specialist exploitation social workers", "David Osei", "30 Nov 2025",
     "On track", "#cce8d4"),
    ("Step down cases to early help with a warm handover meeting", "Tom Ellery", "31 Jan 2027",
     "Needs attention", "#fff0a6"),
    ("Record the findings of every return home interview in a structured form", "Sian Pritchard",
     "28 Feb 2026", "Achieved", "#c9daf0"),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:15mm} body{font-family:'Liberation Sans',sans-serif;font-size:9pt}"
    ".card{border-bottom:1px dotted #888;padding:6pt 0} .t{font-weight:bold;font-size:10.5pt}"
    ".pill{border-radius:8pt;padding:0 5pt} .note{font-style:italic}"
)


def _page(tmp_path: Path) -> Path:
    parts = [f"<html><head><style>{CSS}</style></head><body><h1>Our improvement plan</h1>",
             "<h2>Recommendation 1</h2><p>Improve the response to children at risk of "
             "exploitation outside the home</p>"]  # fmt: skip
    for n, (title, lead, due, status, tint) in enumerate(CARDS):
        brk = ' style="page-break-before:always"' if n == len(CARDS) - 1 else ""
        parts.append(
            f'<div class="card"{brk}><div class="t">{title}</div><div>Lead officer: {lead} '
            f'&middot; Due: {due} &middot; Status: <span class="pill" style="background:{tint}">'
            f'{status}</span></div><div class="note">Latest: work under way</div></div>'
        )
    parts.append("</body></html>")
    page, out = tmp_path / "cards.html", tmp_path / "cards.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_the_lone_card_at_the_top_of_a_page_reads_its_byline_fields(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_page(tmp_path)))
    got = [(a.text, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        (CARDS[0][0], "Bethan Lloyd", "30 Sep 2026", "red"),
        (CARDS[1][0], "David Osei", "30 Nov 2025", "green"),
        (CARDS[2][0], "Tom Ellery", "31 Jan 2027", "amber"),
        (CARDS[3][0], "Sian Pritchard", "28 Feb 2026", "blue"),
    ]
    assert [a.provenance.page for a in plan.actions] == [1, 1, 1, 2]
