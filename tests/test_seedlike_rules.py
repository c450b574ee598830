"""General rules found on the seed-like LibreOffice plan (samples/seedlike/), on constructed pages.

Word processors print a recommendation banner and the headings of its parts ('Impact measures',
'Key Performance Indicators') in one paragraph style; these tests pin that such part headings
stay inside the recommendation's section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.evaluate.plans import run_plan_eval
from tests.pages import PageBuilder

REPO = Path(__file__).resolve().parents[1]
SEEDLIKE_GOLD = REPO / "tests" / "gold" / "blind" / "seedlike-northwold-plan-2017.json"


def _section_with_kpis(part_heading: str) -> ParsedDocument:
    """Banner, action table, a same-style bold part heading, then a KPI table (code unheaded)."""
    b = PageBuilder()
    b.styled(50, 60, "1. Improve the quality of assessments for children", bold=True)
    for x, h in zip([54.0, 254.0, 354.0], ["Action", "Who", "Date"], strict=True):
        b.text(x, 104, h)
    b.text(54, 124, "1. Publish practice guidance")
    b.text(254, 124, "Head of Service")
    b.text(354, 124, "31 May 2017")
    b.grid([50.0, 250.0, 350.0, 450.0], [100.0, 120.0, 140.0])
    b.styled(50, 170, part_heading, bold=True)
    xs = [50.0, 100.0, 300.0, 370.0, 440.0, 490.0, 560.0]
    heads = ["", "Indicator", "Figure will:", "March 2017", "RAG", "Target March 2018"]
    for x, h in zip(xs, heads, strict=False):
        if h:
            b.text(x + 4, 194, h)
    for x, v in zip(xs, ["CS3.1", "Assessments audited as good", "Increase", "38%", "Red", "70%"],
                    strict=False):  # fmt: skip
        b.text(x + 4, 214, v)
    b.grid(xs, [190.0, 210.0, 230.0])
    return ParsedDocument(path="constructed.pdf", sha256="0" * 64, pages=[b.build()])


@pytest.mark.parametrize("part", ["Key Performance Indicators", "Impact measures", "KPIs:"])
def test_part_heading_in_banner_style_keeps_the_section(part: str) -> None:
    plan = extract_plan(_section_with_kpis(part))
    assert [r.number for r in plan.recommendations] == ["1"]
    assert [(k.code, k.recommendation) for k in plan.kpis] == [("CS3.1", "r1")]


def test_other_same_style_heading_still_closes_the_section() -> None:
    """A bold heading that names no part of a section (a new document part) still ends it."""
    plan = extract_plan(_section_with_kpis("Governance arrangements"))
    assert [(k.code, k.recommendation) for k in plan.kpis] == [("CS3.1", None)]


@pytest.mark.skipif(not SEEDLIKE_GOLD.exists(), reason="no seed-like gold")
def test_seedlike_plan_non_regression() -> None:
    """The seed-like plan stays at 100% once fixed against it."""
    s = run_plan_eval([SEEDLIKE_GOLD], REPO)
    misses = "\n".join(f"p{m.page} {m.field}: {m.gold!r} != {m.predicted!r}" for m in s.misses)
    assert not s.misses, misses


def _split_action_table(numbered: bool) -> ParsedDocument:
    """An action table (no ref column) whose last row breaks onto the next page, where the
    header row is repeated and only the Action cell goes on."""
    xs = [50.0, 110.0, 300.0, 400.0, 480.0]
    heads = ["", "Action", "Who", "Date"]

    def header(b: PageBuilder, top: float) -> None:
        for x, h in zip(xs, heads, strict=False):
            if h:
                b.text(x + 4, top, h)

    n1, n2 = ("1. ", "2. ") if numbered else ("", "")
    p1 = PageBuilder(1)
    header(p1, 104)
    p1.text(xs[0] + 4, 124, "Practice")
    p1.text(xs[1] + 4, 124, f"{n1}Publish practice guidance")
    p1.text(xs[2] + 4, 124, "Principal Social Worker")
    p1.text(xs[3] + 4, 124, "31 May 2017")
    p1.text(
        xs[1] + 4, 144, f"{n2}Strengthen oversight of casework:", "a) audit supervision records"
    )
    p1.text(xs[2] + 4, 144, "Head of Service")
    p1.text(xs[3] + 4, 144, "30 June 2017")
    p1.grid(xs, [100.0, 120.0, 140.0, 170.0])
    p2 = PageBuilder(2)
    header(p2, 64)
    p2.text(xs[1] + 4, 84, "b) share themes at the practice forum")
    p2.grid(xs, [60.0, 80.0, 100.0])
    return ParsedDocument(path="constructed.pdf", sha256="0" * 64, pages=[p1.build(), p2.build()])


def test_split_row_of_numbered_action_is_joined() -> None:
    """No ref column: the number opening the Action cell is the key of a split row."""
    plan = extract_plan(_split_action_table(numbered=True))
    assert [(a.ref, a.text, a.owner) for a in plan.actions] == [
        ("1", "Publish practice guidance", "Principal Social Worker"),
        (
            "2",
            "Strengthen oversight of casework: a) audit supervision records "
            "b) share themes at the practice forum",
            "Head of Service",
        ),
    ]


def test_unnumbered_actions_are_not_joined_across_pages() -> None:
    """Actions that carry no numbers give no key: the next piece's first row stays its own."""
    plan = extract_plan(_split_action_table(numbered=False))
    assert len(plan.actions) == 3
