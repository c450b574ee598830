"""Column roles from evidence (issue 11): cell types, joint role reading, the three failure
classes of the issue (built as realistic PDFs in samples/failclass), warnings, and the
`plantrace tables` inspector."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.extractors.cell_types import CellType, cell_type, mended
from plantrace.extractors.column_roles import ACTION_TABLE, KPI_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.evaluate.plans import run_plan_eval
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.reader import parse_pdf_bytes

ROOT = Path(__file__).resolve().parent.parent
FAILCLASS = ROOT / "tests" / "gold" / "failclass"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("31.03.26", CellType.date),
        ("Spring 2025", CellType.date),
        ("End of Q2 2025/26", CellType.date),
        ("September 2025", CellType.date),
        ("by end of May", CellType.date),
        ("Ongoing", CellType.open_date),
        ("tbc", CellType.open_date),
        ("Head of Service, Children in Care", CellType.person),
        ("Jane Smith", CellType.person),
        ("AD CYP", CellType.person),
        ("On track", CellType.rag),
        ("Complete", CellType.rag),
        ("Delayed", CellType.rag),
        ("G", CellType.rag),
        ("Amb er", CellType.rag),
        ("34.7%", CellType.number),
        ("3187", CellType.number),
        ("EH2.0", CellType.code),
        ("EW", CellType.code),
        ("1.1", CellType.code),
        ("Increase", CellType.direction),
        ("Number of active Early Help plans", CellType.prose),
        ("", CellType.empty),
        ("n/a", CellType.empty),
    ],
)
def test_cell_types(text: str, kind: CellType) -> None:
    assert cell_type(text) is kind


def test_seasons_and_short_years_in_the_one_date_normaliser() -> None:
    assert str(parse_due("Spring 2025")) == "2025-05-31"
    assert str(parse_due("Summer 2025")) == "2025-08-31"
    assert str(parse_due("Summer term 2025")) == "2025-07-31"  # a school term ends in July
    assert str(parse_due("Winter 2024")) == "2025-02-28"
    assert str(parse_due("Autumn 2024/25")) == "2024-11-30"
    assert str(parse_due("31.03.26")) == "2026-03-31"


def test_header_variants() -> None:
    assert header_role("Indicat or") == "indicator"  # a word a narrow cell broke
    assert header_role("Owners") == "owner"
    assert header_role("Rec no.") == "rec"
    assert header_role("Start") == "start"
    assert header_role("Finish") is None
    assert mended("Gree n") == "Green"


def test_unknown_due_header_beside_start_is_due() -> None:
    reading = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "start", None, "rag"],
        ["Ref", "Action", "Owner", "Start", "Finish", "Status"],
        [
            ["R1.1", "R1.2", "R2.1", "R2.2"],
            ["Agree a protocol with the police for strategy meetings"] * 4,
            ["Head of Front Door", "MASH Team Manager", "Principal Social Worker", "QA Manager"],
            ["Sep 2024", "Oct 2024", "Sep 2024", "Jan 2025"],
            ["31/12/2024", "Ongoing", "Mar 2025", "Q2 2025/26"],
            ["On track", "On track", "Complete", "Delayed"],
        ],
    )
    finish = reading.columns[4]
    assert finish.role == "due"
    assert 0.5 < finish.confidence < 0.9  # cells only: less sure than a header match
    assert "after the start column 'Start'" in finish.evidence[0]
    assert reading.unplaced == []


def test_codes_under_a_merged_indicator_header() -> None:
    reading = read_roles(
        KPI_TABLE,
        ["indicator", None, "direction", "baseline", "rag", "target"],
        ["Indicator", "", "Figure will:", "March 2024", "RAG", "Target March 2025"],
        [
            ["EH2.0", "EW", "SM1.2"],
            ["Number of active Early Help plans", "Contacts to the Front Door resulting in no"
             " further action", "Strategy meetings held within 1 working day"],
            ["Increase", "Decrease", "Increase"],
            ["3187", "34.7%", "61%"],
            ["n/a", "Red", "Amber"],
            ["3400", "25%", "90%"],
        ],
    )  # fmt: skip
    assert reading.roles[:2] == ["code", "indicator"]
    assert "short codes" in reading.columns[0].evidence[-1]


@pytest.mark.parametrize("name", ["kpi-codes", "hrules-serif", "unknown-due"])
def test_failure_classes_of_issue_11_read_right(name: str) -> None:
    """The three layouts the issue names, scored against their gold (blind figures in
    samples/failclass/results/eval-blind-0.3.1.txt: KPI rows F1 0, actions F1 0.556, due 0.125)."""
    s = run_plan_eval([FAILCLASS / f"{name}.json"], ROOT)
    assert s.actions.f1 == 1.0
    assert s.action_fields["due_date"].rate == 1.0
    assert s.action_fields["rag"].rate == 1.0
    assert s.action_text.rate == 1.0
    assert s.kpis.f1 == 1.0
    assert s.misses == []


def _plan_pdf(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    data = [[Paragraph(x, style) for x in r] for r in [header, *rows]]
    t = Table(data, colWidths=[72, 200, 110, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Children's Services Improvement Plan 2025", style), t])
    return buf.getvalue()


ROWS = [
    ["1.1", "Agree a joint protocol with police and health for strategy meetings", "Head of Service",
     "Mar 2025"],
    ["1.2", "Audit thirty cases every quarter and report the findings to managers",
     "Principal Social Worker", "June 2025"],
]  # fmt: skip


def test_warning_when_tables_give_no_action() -> None:
    data = _plan_pdf(["Workstream", "Narrative", "Person", "Finish"], ROWS)
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    assert plan.actions == []
    assert [w.code for w in plan.warnings] == ["plan_no_actions"]
    assert plan.warnings[0].page == 1


def test_warning_when_a_plan_has_no_table_and_no_card() -> None:
    """Prose only (e.g. a Word card plan whose titles are headings, printed): never silent."""
    buf = io.BytesIO()
    styles = getSampleStyleSheet()
    story = [Paragraph("Improvement plan 2025", styles["Title"])]
    for ref, text, lead, due in ROWS:
        story += [
            Paragraph(f"{ref} {text}", styles["Heading2"]),
            Paragraph(f"Our lead for this work will be the {lead}, and we aim to finish it by {due}"
                      " once the board has agreed the approach.", styles["BodyText"]),
        ]  # fmt: skip
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert plan.actions == [] and plan.kpis == []
    assert [w.code for w in plan.warnings] == ["plan_no_actions"]
    assert "no action table, action card or KPI table" in plan.warnings[0].message


def test_warning_when_due_dates_cannot_be_read() -> None:
    rows = [[*r[:3], "When the board agrees"] for r in ROWS]
    data = _plan_pdf(["Ref", "Action", "Lead officer", "Deadline"], rows)
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2"]
    # no status column either: that no status was read is said too, as always
    w, unrated = plan.warnings
    assert w.code == "plan_due_dates_unread"
    assert "coverage by date is unknown" in w.message
    assert unrated.code == "plan_status_unread"


def test_no_warning_on_a_plan_read_right() -> None:
    data = _plan_pdf(["Ref", "Action", "Lead officer", "Finish"], ROWS)
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    assert [str(a.due_date) for a in plan.actions] == ["2025-03-31", "2025-06-30"]
    # the plan prints no status: only that (plan_status_unread, as always when none is read)
    assert [w.code for w in plan.warnings] == ["plan_status_unread"]


def test_tables_inspector_on_a_sample_plan(tmp_path: Path) -> None:
    plan = ROOT / "samples" / "failclass" / "unknown-due.pdf"
    out = tmp_path / "tables.html"
    result = CliRunner().invoke(
        app, ["tables", str(plan), "--pages", "1", "--json", "--html", str(out)]
    )
    assert result.exit_code == 0, result.output
    import json

    views = json.loads(result.stdout)
    [table] = views
    assert table["kind"] == "action" and table["pages"] == [1]
    roles = {c["label"]: (c["role"], c["confidence"]) for c in table["columns"]}
    assert roles["Finish"][0] == "due" and roles["Start"][0] == "start"
    assert roles["Owner"] == ("owner", 0.95)
    page = out.read_text()
    assert page.count("<img") == 1 and "data:image/png;base64," in page
    assert "due 0." in page and "Finish" in page


def test_tables_inspector_escapes_pdf_text(tmp_path: Path) -> None:
    evil = "<script>alert(1)</script>"
    rows = [[ROWS[0][0], f"Agree a protocol {evil.replace('<', '&lt;')} with partners",
             *ROWS[0][2:]], ROWS[1]]  # fmt: skip
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(_plan_pdf(["Ref", "Action", "Lead officer", "Deadline"], rows))
    out = tmp_path / "t.html"
    result = CliRunner().invoke(app, ["tables", str(pdf), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert evil not in page and "&lt;script&gt;" in page


def test_rag_from_a_wordless_cell_fill_colour() -> None:
    buf = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    head = ["Ref", "Action", "Lead officer", "Deadline", "RAG"]
    data = [[Paragraph(x, style) for x in head]]
    data += [[Paragraph(x, style) for x in r] + [""] for r in ROWS]
    t = Table(data, colWidths=[40, 200, 110, 70, 40])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#dddddd"),  # a grey header band says no colour
        ("BACKGROUND", (4, 1), (4, 1), "#00b050"),
        ("BACKGROUND", (4, 2), (4, 2), "#ff0000"),
    ]))  # fmt: skip
    doc.build([Paragraph("Children's Services Improvement Plan 2025", style), t])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [("1.1", "green"), ("1.2", "red")]


def test_layout_profile_fixes_a_template_in_a_minute(tmp_path: Path) -> None:
    from plantrace.extractors.plan_profile import LayoutProfile, ProfileError

    rows = [[*r[:3], d] for r, d in zip(ROWS, ["03/31/2025", "06/30/2025"], strict=True)]
    rows.append(["", "Total: two actions", "", ""])
    data = _plan_pdf(["Workstream", "Narrative", "Person", "Finish"], rows)
    assert extract_plan(parse_pdf_bytes(data, "plan.pdf")).actions == []
    profile = LayoutProfile.from_dict({
        "columns": {"#1": "ref", "narrative": "action", "Person": "owner", "Finish": "due"},
        "skip_rows": ["^Total"],
        "date_order": "mdy",
    })  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"), profile)
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("1.1", "Head of Service", "2025-03-31"),
        ("1.2", "Principal Social Worker", "2025-06-30"),
    ]
    with pytest.raises(ProfileError, match="unknown role 'deadline'"):
        LayoutProfile.from_dict({"columns": {"Finish": "deadline"}})
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(data)
    written = tmp_path / "p.json"
    result = CliRunner().invoke(app, ["tables", str(pdf), "--write-profile", str(written)])
    assert result.exit_code == 0, result.output
    # nothing was read: the starter names the unread table's header cells for a person to fill in
    assert LayoutProfile.load(written).columns == {
        "workstream": "other",
        "narrative": "other",
        "person": "other",
        "finish": "other",
    }


def test_vertical_rules_only_on_a_landscape_page() -> None:
    from reportlab.lib.pagesizes import landscape

    style = getSampleStyleSheet()["BodyText"]
    rows = [
        ["Ref", "Action", "Lead officer", "Deadline", "RAG"],
        *[[*r, d, rag] for r, d, rag in
          zip([x[:3] for x in ROWS], ["Mar 2025", "Ongoing"], ["Green", "Amber"], strict=True)],
    ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    t = Table([[Paragraph(x, style) for x in r] for r in rows], colWidths=[50, 300, 150, 90, 60])
    t.setStyle(TableStyle([
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, "black"),  # no horizontal rule at all
        ("VALIGN", (0, 0), (-1, -1), "TOP"),  # (bottom-aligned cells are not read: README)
    ]))  # fmt: skip
    doc.build([Paragraph("Children's Services Improvement Plan 2025", style), t])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.owner, str(a.due_date), a.due_raw, a.rag) for a in plan.actions] == [
        ("1.1", "Head of Service", "2025-03-31", "Mar 2025", "green"),
        ("1.2", "Principal Social Worker", "None", "Ongoing", "amber"),
    ]
    assert plan.warnings == []  # an open-ended date is no unread one
