"""Plan extraction: the column vocabulary (seed plans' real headers), a constructed plan, and the
sample plans in samples/plans scored against their hand-written gold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.glossary import is_abbreviation
from extractors.kpis import normalise_direction
from extractors.plan import extract_plan
from extractors.plan_columns import header_role, is_header, table_kind
from pipeline.document import ParsedDocument
from pipeline.evaluate.plans import run_plan_eval
from pipeline.normalise.dates import parse_due
from tests.pages import PageBuilder, ruled_action_page

REPO = Path(__file__).resolve().parents[1]
GOLD = sorted((REPO / "tests" / "gold" / "plans").glob("*.json"))


@pytest.mark.parametrize(
    ("header", "role"),
    [
        # the 2018 improvement plan seed
        ("Action", "action"), ("Who", "owner"), ("Date", "due"), ("Governance", "governance"),
        ("What we have already achieved", "progress"), ("Indicator", "indicator"),
        ("Figure will:", "direction"), ("March 2018", "date_label"), ("RAG", "rag"),
        ("Target March 2019", "target"),
        # the 2019-20 CLA strategy action plan seed
        ("Actions", "action"), ("Milestones (if applicable)", "milestones"),
        ("Link to other plans", "other"), ("Update to CPB", "governance"),
        ("CPB lead member", "sponsor"), ("CPB lead", "sponsor"), ("Service lead(s)", "owner"),
        ("Service Lead", "owner"),
        # other councils' words
        ("Lead officer", "owner"), ("Responsible", "owner"), ("By when", "due"),
        ("Timescale", "due"), ("Deadline", "due"), ("Progress", "progress"), ("Update", "progress"),
        ("Status", "rag"), ("Measure", "indicator"), ("Baseline (Sep 2024)", "baseline"),
        ("Target (Mar 2026)", "target"), ("Latest", "latest"), ("Trend", "trend"),
        ("Good is", "direction"), ("Ref", "ref"), ("Rec", "rec"),
        ("Ofsted recommendation (March 2016)", "recommendation_text"),
    ],
)  # fmt: skip
def test_header_vocabulary(header: str, role: str) -> None:
    assert header_role(header) == role


def test_header_rows_and_table_kinds() -> None:
    seed_kpi = ["", "Indicator", "Figure will:", "March 2018", "RAG", "Target March 2019"]
    assert is_header(seed_kpi)
    assert table_kind([header_role(h) if h else None for h in seed_kpi]) == "kpi"
    cla = ["Actions", "Milestones (if applicable)", "Link to other plans", "Update to CPB",
           "CPB lead member", "Service lead(s)"]  # fmt: skip
    assert table_kind([header_role(h) for h in cla]) == "action"
    # a data row is not a header
    row = ["1. Review and relaunch the Thresholds document", "LSCB", "31 August 2018"]
    assert not is_header(row)


def test_due_dates_and_directions() -> None:
    assert parse_due("31 October2018") == date(2018, 10, 31)
    assert parse_due("Sept 19") == date(2019, 9, 30)
    assert parse_due("Q2 2025/26") == date(2025, 9, 30)
    assert parse_due("Nov 24 - Feb 25") == date(2025, 2, 28)
    assert parse_due("Milestone – plan developed 31 July 2018") == date(2018, 7, 31)
    assert parse_due("by end of May", after=date(2018, 7, 31)) == date(2019, 5, 31)
    assert parse_due("Ongoing") is None and parse_due("tbc") is None
    assert parse_due("Two cohorts per term from Sept 16") is None
    assert normalise_direction("Increase") == "increase"
    assert normalise_direction("Low") == "decrease"
    assert normalise_direction("n/a") is None
    assert is_abbreviation("CLA") and is_abbreviation("CiC") and not is_abbreviation("Description")


def test_constructed_plan_sections_actions_and_seed_style_kpis() -> None:
    """A numbered recommendation heading, a ruled action table, and a KPI table whose code
    column has no header (as in the 2018 seed)."""
    page = ruled_action_page()
    b = PageBuilder()
    b.text(50, 60, "1. Work with partners to ensure that children are seen at the right time")
    xs, ys = [50.0, 90.0, 250.0, 310.0, 370.0, 410.0, 540.0], [220.0, 240.0, 260.0]
    heads = ["", "Indicator", "Figure will:", "March 2018", "RAG", "Target March 2019"]
    for x, h in zip(xs, heads, strict=False):
        if h:
            b.text(x + 4, 224, h)
    for x, v in zip(xs, ["CS4.2", "Eligible CLA with pathway plans", "Increase", "87.4%", "Red",
                         "95%"], strict=False):  # fmt: skip
        b.text(x + 4, 244, v)
    b.grid(xs, ys)
    extra = b.build()
    page.lines = extra.lines + page.lines
    page.rulings += extra.rulings
    for i, ln in enumerate(sorted(page.lines, key=lambda ln: ln.top)):
        ln.index = i
    page.lines.sort(key=lambda ln: ln.index)
    plan = extract_plan(ParsedDocument(path="c.pdf", sha256="f" * 64, pages=[page]))
    [rec] = plan.recommendations
    assert (rec.id, rec.number) == ("r1", "1")
    assert rec.text.startswith("Work with partners")
    a1, a2 = plan.actions
    assert (a1.ref, a1.owner, a1.due_date, a1.governance) == (
        "1.1", "Head of Service, Safeguarding", date(2016, 7, 31), "Improvement Board"
    )
    assert a1.text == (
        "Agree a protocol for strategy discussions with the police: a) attendance of health"
    )
    assert (a2.ref, a2.due_raw, a2.due_date, a2.governance) == (
        "1.2", "Sept 16", date(2016, 9, 30), "Improvement Board"  # merged governance cell
    )
    assert a1.recommendations == ["r1"] and a2.recommendations == ["r1"]
    assert a1.provenance.page == 1 and a1.provenance.extractor == "extractors.plan_actions"
    [k] = plan.kpis
    assert (k.code, k.direction, k.rag, k.baseline_label, k.target_label, k.recommendation) == (
        "CS4.2", "increase", "red", "March 2018", "Target March 2019", "r1"
    )
    assert k.baseline is not None and (k.baseline.value, k.baseline.unit) == (87.4, "%")
    assert k.target is not None and k.target.value == 95.0


@pytest.mark.skipif(not GOLD, reason="no plan gold files")
def test_sample_plans_meet_targets() -> None:
    s = run_plan_eval(GOLD, REPO)
    misses = "\n".join(f"{m.file} p{m.page} {m.field}: {m.gold!r} != {m.predicted!r}"
                       for m in s.misses)  # fmt: skip
    assert s.actions.f1 >= 0.97, misses
    for f in ("owner", "due_date", "governance"):
        assert s.action_fields[f].rate >= 0.95, misses
    assert s.assignment.rate >= 0.98, misses
    assert s.kpis.f1 >= 0.97, misses
    assert s.recommendations.f1 >= 0.95, misses
    assert s.glossary.f1 >= 0.95, misses
