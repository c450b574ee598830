"""Plan extraction: the column vocabulary (seed plans' real headers), a constructed plan, and the
sample plans in samples/plans scored against their hand-written gold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from plantrace.extractors.glossary import is_abbreviation
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import header_role, is_header, table_kind
from plantrace.pipeline.document import Page, ParsedDocument
from plantrace.pipeline.evaluate.plans import run_plan_eval
from plantrace.pipeline.normalise.dates import parse_date, parse_due
from plantrace.pipeline.normalise.direction import normalise_direction
from plantrace.pipeline.normalise.rag import normalise_rag, read_rag_key
from tests.pages import LEADING, PageBuilder, ruled_action_page

REPO = Path(__file__).resolve().parents[1]
GOLD = sorted((REPO / "tests" / "gold" / "plans").glob("*.json"))
DEV_GOLD = [g for g in GOLD if not g.name.startswith("heldout-")]
HELDOUT_GOLD = [g for g in GOLD if g.name.startswith("heldout-")]


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
    # impossible as written in the convention in force: no date, never the end of its year
    assert parse_due("03/31/2026") is None
    assert parse_date("30/11/2024", month_first=True) is None
    assert parse_date("11/30/2024", month_first=True) == date(2024, 11, 30)
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
        "1.1",
        "Head of Service, Safeguarding",
        date(2016, 7, 31),
        "Improvement Board",
    )
    assert a1.text == (
        "Agree a protocol for strategy discussions with the police: a) attendance of health"
    )
    assert (a2.ref, a2.due_raw, a2.due_date, a2.governance) == (
        "1.2",
        "Sept 16",
        date(2016, 9, 30),
        "Improvement Board",  # merged governance cell
    )
    assert a1.recommendations == ["r1"] and a2.recommendations == ["r1"]
    assert a1.provenance.page == 1 and a1.provenance.extractor == "extractors.plan_actions"
    [k] = plan.kpis
    assert (k.code, k.direction, k.rag, k.baseline_label, k.target_label, k.recommendation) == (
        "CS4.2",
        "increase",
        "red",
        "March 2018",
        "Target March 2019",
        "r1",
    )
    assert k.baseline is not None and (k.baseline.value, k.baseline.unit) == (87.4, "%")
    assert k.target is not None and k.target.value == 95.0


def _assert_targets(gold: list[Path]) -> None:
    """The issue's targets: actions F1 >= 0.97; owner, due date and governance exact >= 0.95;
    action -> recommendation >= 0.98; KPI rows F1 >= 0.97 with baseline and target values exact;
    plus recommendations and glossary F1 >= 0.95."""
    s = run_plan_eval(gold, REPO)
    misses = "\n".join(f"{m.file} p{m.page} {m.field}: {m.gold!r} != {m.predicted!r}"
                       for m in s.misses)  # fmt: skip
    assert s.actions.f1 >= 0.97, misses
    for f in ("owner", "due_date", "governance"):
        assert s.action_fields[f].rate >= 0.95, misses
    assert s.assignment.rate >= 0.98, misses
    assert s.kpis.f1 >= 0.97, misses
    assert s.recommendations.f1 >= 0.95, misses
    assert s.glossary.f1 >= 0.95, misses


@pytest.mark.skipif(not DEV_GOLD, reason="no plan gold files")
def test_sample_plans_meet_targets() -> None:
    """The four ReportLab sample plans (samples/plans) the extractors were developed on."""
    _assert_targets(DEV_GOLD)


@pytest.mark.skipif(not HELDOUT_GOLD, reason="no held-out plan gold files")
def test_heldout_plans_meet_targets_non_regression() -> None:
    """The three LibreOffice plans in samples/heldout: a NON-REGRESSION guard, not a blind score.

    They were held out until extractor 0.2.0, whose general rules (split rows, merged
    recommendation cells, 'Recommendation N:' headings, status keys, glossary tables, ...) were
    fixed against their failures; they now meet the same targets as the samples, but a fresh
    held-out set is needed to measure generalisation again. Before/after figures are kept in
    samples/heldout/results/.
    """
    _assert_targets(HELDOUT_GOLD)


# --------------------------------------------------------------------------- general layout rules
# Constructed pages for the rules the LibreOffice-made plans in samples/heldout revealed.


def _doc(*pages: Page) -> ParsedDocument:
    return ParsedDocument(path="c.pdf", sha256="f" * 64, pages=list(pages))


def test_row_split_over_a_page_break_is_one_action_and_section_fields_apply() -> None:
    """A tall row breaks over the page: its rest sits under the repeated header with an empty
    No. cell and is joined back cell by cell. The header row repeated atop page 2 was taken for
    a running header by page cleaning (it sits in the margin) and is read from header_footer.
    A wrapped bold 'Recommendation 1: ...' paragraph keeps all its lines, and the 'Reporting to:'
    line under it is the governance of every action in the section."""
    xs = [50.0, 80.0, 250.0, 350.0, 430.0, 540.0]
    heads = ["No.", "Action", "Lead officer", "Target date", "Progress"]
    b = PageBuilder(1)
    b.styled(50, 40, "Recommendation 1: Ensure that every strategy discussion has its")
    b.styled(50, 40 + LEADING, "rationale recorded clearly on the child's file.")
    b.text(50, 64, "Reporting to: Improvement Board")
    for x, h in zip(xs, heads, strict=False):
        b.text(x + 4, 84, h)
    b.text(54, 104, "1.1")
    b.text(84, 104, "Agree the joint protocol")
    b.text(254, 104, "Head of Service")
    b.text(354, 104, "30/04/2017")
    b.text(434, 104, "Signed off.")
    b.text(54, 144, "1.2")
    b.text(84, 144, "Add mandatory fields for", "attendance to the multi-")
    b.text(254, 144, "ICS Manager")
    b.text(354, 144, "End of March 2017")
    b.text(434, 144, "Change request")
    b.grid(xs, [80.0, 100.0, 140.0, 800.0])
    p1 = b.build()
    b = PageBuilder(2)
    for x, h in zip(xs, heads, strict=False):
        b.text(x + 4, 54, h)
    b.text(84, 74, "agency form in ICS.")
    b.text(434, 74, "approved in May.")
    b.text(54, 104, "1.3")
    b.text(84, 104, "Audit 20 discussions a month")
    b.text(254, 104, "Principal Social Worker")
    b.text(354, 104, "Ongoing")
    b.grid(xs, [50.0, 70.0, 100.0, 130.0])
    p2 = b.build()
    p2.header_footer = [ln for ln in p2.lines if ln.top == 54]  # the repeated header, cleaned
    p2.lines = [ln for ln in p2.lines if ln.top != 54]
    plan = extract_plan(_doc(p1, p2))
    [rec] = plan.recommendations
    assert rec.number == "1" and rec.text.endswith(
        "rationale recorded clearly on the child's file."
    )
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3"]
    a2 = plan.actions[1]
    assert a2.text == "Add mandatory fields for attendance to the multi-agency form in ICS."
    assert a2.progress == "Change request approved in May." and a2.owner == "ICS Manager"
    assert {a.governance for a in plan.actions} == {"Improvement Board"}
    assert all(a.recommendations == [rec.id] for a in plan.actions)


def test_recommendation_cell_merged_down_beside_its_actions() -> None:
    """'Ref | Ofsted recommendation | What we will do | ...': each recommendation is a cell merged
    vertically over its actions, labelled 'R1', whose text runs beside later rows and is cut by
    the page break; 'R2.2 / R1.3' answers two. A 'Status key' paragraph defines the plan's own
    status words."""
    xs = [40.0, 90.0, 250.0, 400.0, 480.0, 560.0]
    heads = ["Ref", "Ofsted recommendation", "What we will do", "Who", "Status"]
    b = PageBuilder(1, width=842.0, height=595.0)
    b.text(40, 30, "Status key: Done (blue); Going well (green); Paused (amber); Stuck (red).")
    for x, h in zip(xs, heads, strict=False):
        b.text(x + 4, 54, h)
    b.text(94, 74, "R1 The timeliness and quality of", "strategy meetings, including the")
    b.text(94, 74 + 3 * LEADING, "attendance of health partners.")
    rows = [(74, "R1.1", "Convene meetings within a day", "Going well"),
            (104, "R1.2", "Agree a health rota", "Paused"),
            (134, "R2.1", "Roll out the assessment template", "Done"),
            (164, "R2.2 / R1.3", "Introduce a plan review panel", "Stuck")]  # fmt: skip
    for top, ref, action, status in rows:
        b.text(44, top, ref)
        b.text(254, top, action)
        b.text(404, top, "Head of Service")
        b.text(484, top, status)
    b.text(94, 134, "R2 The quality of assessments and", "plans for children in need, so")
    # R1's cell spans rows 1-2 and R2's rows 3-4: no ruling under R1.1 and R2.1 in column 1
    b.grid(xs, [50.0, 70.0, 100.0, 130.0, 160.0, 560.0], skip_h=[(2, 1), (4, 1)])
    p1 = b.build()
    b = PageBuilder(2, width=842.0, height=595.0)
    for x, h in zip(xs, heads, strict=False):
        b.text(x + 4, 54, h)
    b.text(44, 74, "R2.3")
    b.text(94, 74, "that they reflect identity.")
    b.text(254, 74, "Observe every social worker")
    b.text(404, 74, "Heads of Service")
    b.text(484, 74, "Going well")
    b.grid(xs, [50.0, 70.0, 100.0])
    plan = extract_plan(_doc(p1, b.build()))
    nums = {r.id: r.number for r in plan.recommendations}
    assert sorted(str(n) for n in nums.values()) == ["R1", "R2"]
    r1, r2 = plan.recommendations
    assert r1.text == (
        "The timeliness and quality of strategy meetings, including the attendance of health "
        "partners."
    )
    assert r2.text == (
        "The quality of assessments and plans for children in need, so that they reflect identity."
    )
    got = [(a.ref, [nums[i] for i in a.recommendations], a.rag) for a in plan.actions]
    assert got == [
        ("R1.1", ["R1"], "green"), ("R1.2", ["R1"], "amber"), ("R2.1", ["R2"], "blue"),
        ("R2.2 / R1.3", ["R2", "R1"], "red"), ("R2.3", ["R2"], "green"),
    ]  # fmt: skip


def test_recommendation_headings_under_section_numbers_quotes_appendix_and_glossary() -> None:
    """A committee report: sections '2. Recommendation 1: Strategy meetings' (the number is the
    recommendation's, not the section's), the text quoted below ("Ofsted said: ‘...’"), a
    section with no action table, then appendices: a KPI scorecard '2023/24 | Q1 | Q2 | Target'
    that belongs to no recommendation, and an 'Acronym | Meaning' glossary table."""
    b = PageBuilder(1)
    b.styled(50, 30, "1. Purpose of the report", size=12)
    b.text(50, 46, "1.1 This report updates the Board on progress.")
    b.styled(50, 64, "2. Recommendation 1: Strategy meetings", size=12)
    b.styled(50, 82, "Ofsted said: ‘The timeliness and quality of strategy")
    b.text(50, 82 + LEADING, "meetings, including the attendance of police.’")
    xs = [50.0, 200.0, 300.0, 440.0, 540.0]
    for x, h in zip(xs, ["Action", "Owner", "Deadline", "Update"], strict=False):
        b.text(x + 4, 114, h)
    b.text(54, 134, "Daily meeting slots")
    b.text(204, 134, "Head of Service")
    b.text(304, 134, "Revised: Feb 2025 (was Nov 2024)")
    b.text(444, 134, "Complete.")
    b.grid(xs, [110.0, 130.0, 150.0])
    b.styled(50, 170, "3. Recommendation 2: Housing for care leavers", size=12)
    b.text(50, 188, "3.1 Actions will come to the January Board.")
    b.styled(50, 206, "4. Recommendation 3: Pathway plans", size=12)
    for x, h in zip(xs, ["Action", "Owner", "Deadline", "Update"], strict=False):
        b.text(x + 4, 228, h)
    b.text(54, 248, "Redesign the pathway plan")
    b.text(204, 248, "Participation Lead")
    b.text(304, 248, "End of 2025/26")
    b.text(444, 248, "Drafted.")
    b.grid(xs, [224.0, 244.0, 264.0])
    b.styled(50, 290, "Appendix A: KPI scorecard", size=12)
    kx = [50.0, 90.0, 250.0, 300.0, 340.0, 380.0, 430.0, 480.0]
    for x, h in zip(kx, ["Ref", "KPI", "2023/24", "Q1", "Q2", "Target", "RAG"], strict=False):
        b.text(x + 4, 314, h)
    for x, v in zip(kx, ["SC1", "Meetings in time", "71%", "76%", "83%", "95%", "Amber"],
                    strict=False):  # fmt: skip
        b.text(x + 4, 334, v)
    b.grid(kx, [310.0, 330.0, 350.0])
    b.styled(50, 380, "Appendix B: Glossary", size=12)
    gx = [50.0, 120.0, 400.0]
    for top, (term, meaning) in zip([404.0, 424.0, 444.0], [("Acronym", "Meaning"),
                                    ("CIN", "Child in Need"), ("SGO", "Special Guardianship Order")],
                                    strict=True):  # fmt: skip
        b.text(54, top, term)
        b.text(124, top, meaning)
    b.grid(gx, [400.0, 420.0, 440.0, 460.0])
    plan = extract_plan(_doc(b.build()))
    got = [(r.number, r.text) for r in plan.recommendations]
    assert got == [
        (
            "1",
            "The timeliness and quality of strategy meetings, including the attendance of police.",
        ),
        ("2", "Housing for care leavers"),
        ("3", "Pathway plans"),
    ]
    a1, a2 = plan.actions
    assert a1.recommendations == ["r1"] and a1.due_date == date(2025, 2, 28)
    assert a2.recommendations == ["r3"] and a2.due_date == date(2026, 3, 31)  # financial year end
    [k] = plan.kpis
    assert k.recommendation is None and (k.baseline_label, k.target_label) == ("2023/24", "Target")
    assert k.baseline is not None and k.baseline.value == 71.0
    assert k.latest is not None and k.latest.value == 83.0  # right-most period before the target
    assert [(g.abbreviation, g.expansion) for g in plan.glossary] == [
        ("CIN", "Child in Need"), ("SGO", "Special Guardianship Order"),
    ]  # fmt: skip


def test_status_keys_synonyms_and_superseded_dates() -> None:
    key = read_rag_key("Status key: Complete (blue) – finished; On track (green); Slipped (amber)")
    assert key == {"complete": "blue", "on track": "green", "slipped": "amber"}
    assert read_rag_key("• Green – on track to be delivered by the target date") == {}
    assert normalise_rag("Slipped") == "amber" and normalise_rag("Not met") == "red"
    assert normalise_rag("Paused", {"paused": "amber"}) == "amber"
    assert parse_due("End of 2025/26") == date(2026, 3, 31)
    assert parse_due("2024-25") == date(2025, 3, 31)
    assert parse_due("Revised: Feb 2025 (was Nov 2024)") == date(2025, 2, 28)
    assert parse_due("March 2025, previously Nov 2024") == date(2025, 3, 31)


def test_a_priority_label_alone_over_its_text_opens_its_section() -> None:
    """A Word plan prints 'Priority 2' as a heading and the priority's text in the paragraph
    under it, above the priority's table: extract_plan reads the two as the recommendation
    (plan_recommendations.join_label_headings) and ties the table's actions to it."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from plantrace.pipeline.reader import parse_pdf_bytes

    styles = getSampleStyleSheet()
    label = ParagraphStyle("label", parent=styles["Heading2"], fontSize=14, leading=18)
    text = ParagraphStyle("text", parent=styles["BodyText"], fontName="Helvetica-Bold", fontSize=11)
    recs = [
        "Improve the timeliness of initial health assessments for children in care",
        "Strengthen management oversight of work with children in need",
    ]
    story: list[object] = [
        Paragraph("Children's services improvement plan 2025/26", styles["Title"])
    ]
    for n, rec in enumerate(recs, start=1):
        grid = Table([["Nº", "Action", "Lead officer", "Deadline"],
                      [f"{n}.1", f"Audit ten cases for priority {n}", "Head of Service", "March 2026"]])  # fmt: skip
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [Paragraph(f"Priority {n}", label), Paragraph(rec, text), Spacer(1, 4), grid]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == [("1", recs[0]), ("2", recs[1])]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[r] for r in a.recommendations]) for a in plan.actions] == [
        ("1.1", ["1"]), ("2.1", ["2"])
    ]  # fmt: skip
