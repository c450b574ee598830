"""A plan printed in sections out of their numbers' order, a section's refs not 1, 2, 3 as
printed ('D2.1', 'D2.3', 'D2.2', then 'D3.1', then 'D1.1'), keeps the printed order
(plan_actions.sections_out_of_order gives no order) and says so: plan_sections_out_of_order,
though one step back between sections is under ref_order's fifth of the steps.
The same plan with each section's refs in order is put in its refs' order and says nothing;
a slip (one action printed among the next section's) says nothing either.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.ref_order import out_of_order_warnings
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.extract import extract_file

HEADER = ["Ref", "Deliverable", "Lead officer", "Target date"]


def _workstreams(second: tuple[str, str, str]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Three workstreams: the first prints section 2's refs in the order `second` gives."""
    texts = {
        "D2.1": ("Rewrite the pathway plan with care leavers", "Service Manager", "30/09/27"),
        "D2.2": ("Offer every care leaver a review with a personal adviser",
                 "Head of Safeguarding", "26/12/26"),
        "D2.3": ("Open a second supported lodgings scheme", "Commissioning Lead", "31/03/27"),
    }  # fmt: skip
    return {
        "Workstream 1: Workforce": [(r, *texts[r]) for r in second],
        "Workstream 2: Safety": [
            ("D3.1", "Hold a monthly missing children panel", "Designated Nurse", "30/11/27")
        ],
        "Workstream 3: Practice": [
            ("D1.1", "Quality assure a sample of assessments every month",
             "Head of Safeguarding", "31/12/27"),
            ("D1.2", "Introduce a practice standard for chronologies", "Designated Nurse",
             "30/06/27"),
        ],
    }  # fmt: skip


def _plan(path: Path, second: tuple[str, str, str]) -> Path:
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=colors.HexColor("#2F5496"), spaceBefore=10)  # fmt: skip
    story: list[object] = [Paragraph("Eastmere Children's Services: workstream plan", head)]
    for heading, rows in _workstreams(second).items():
        story += [Paragraph(heading, head), Spacer(1, 4)]
        data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEADER]]
        data += [[Paragraph(v, cell) for v in row] for row in rows]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        story.append(Table(data, colWidths=[45, 360, 170, 80], style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                      topMargin=40, bottomMargin=40).build(story)  # fmt: skip
    return path


def _said(warnings: list[ExtractionWarning]) -> list[str]:
    return [w.code for w in warnings if w.code.endswith("out_of_order")]


def test_sections_out_of_order_left_as_printed_are_said(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf", ("D2.1", "D2.3", "D2.2")))
    assert [a.ref for a in result.actions] == ["D2.1", "D2.3", "D2.2", "D3.1", "D1.1", "D1.2"]
    assert _said(result.warnings) == ["plan_sections_out_of_order"]
    said = next(w for w in result.warnings if w.code == "plan_sections_out_of_order")
    assert "sections 2, 3, 1" in said.message


def test_sections_put_in_their_refs_order_say_nothing(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf", ("D2.1", "D2.2", "D2.3")))
    assert [a.ref for a in result.actions] == ["D1.1", "D1.2", "D2.1", "D2.2", "D2.3", "D3.1"]
    assert _said(result.warnings) == []


def _actions(refs: list[str]) -> list[Action]:
    prov = Provenance(sha256="0" * 64, page=2, extractor="test", extractor_version="test")
    return [
        Action(id=f"a{i}", ref=r, text=f"Action {r} of the plan", provenance=prov)
        for i, r in enumerate(refs, start=1)
    ]


def test_a_slip_or_a_section_zero_says_nothing() -> None:
    assert out_of_order_warnings(_actions(["1.1", "1.2", "2.1", "1.3", "2.2", "3.1"])) == []
    assert out_of_order_warnings(_actions(["1.1", "1.2", "2.1", "0.1", "0.2"])) == []
    assert out_of_order_warnings(_actions(["1.1", "1.3", "1.2", "2.1"])) == []  # sections in order
    short = out_of_order_warnings(_actions(["2.1", "2.3", "1.1"]))
    assert [w.code for w in short] == ["plan_sections_out_of_order"]
