"""Realistic extraction results built in code, for linking and coverage tests without PDFs."""

from __future__ import annotations

from datetime import date

from plantrace.models.grades import DocumentKind, Framework, RecommendationCategory
from plantrace.models.inspection import InspectionMeta, Recommendation
from plantrace.models.plan import KPI, Action, GlossaryEntry, Quantity
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionResult, Status

REPORT_SHA = "1" * 64
PLAN_SHA = "2" * 64

REPORT_RECS = [
    "Ensure that management oversight and supervision of social work practice is consistently effective and recorded.",
    "Improve the quality and timeliness of personal education plans for children looked after.",
    "Ensure that return home interviews are offered to every child who goes missing and that the information is used to reduce risk.",
    "Strengthen the response to children at risk of child sexual exploitation, including timely strategy meetings.",
    "Ensure that care leavers receive their entitlements and that pathway plans are specific and reviewed.",
]


def prov(sha: str, page: int = 2) -> Provenance:
    return Provenance(
        sha256=sha,
        page=page,
        bbox=(72.0, 100.0, 520.0, 140.0),
        extractor="test",
        extractor_version="t",
    )


def report() -> ExtractionResult:
    return ExtractionResult(
        file="northwold-report.pdf",
        sha256=REPORT_SHA,
        status=Status.ok,
        kind=DocumentKind.inspection_report,
        pages=10,
        extractor_version="t",
        inspection=InspectionMeta(
            local_authority="Northwold County Council",
            framework=Framework.sif,
            start_date=date(2016, 3, 7),
            end_date=date(2016, 3, 31),
        ),
        recommendations=[
            Recommendation(
                id=f"r{i}",
                number=str(i),
                text=t,
                category=RecommendationCategory.area_for_improvement,
                provenance=prov(REPORT_SHA),
            )
            for i, t in enumerate(REPORT_RECS, start=1)
        ],
    )


def plan(extra_text: str = "") -> ExtractionResult:
    """A plan answering recommendations 1, 2, 4 and 5 (paraphrased, abbreviated), not 3."""
    recs = [
        Recommendation(
            id="r1",
            number="1",
            text="Management oversight and supervision of SW practice is consistently effective and recorded",
            provenance=prov(PLAN_SHA),
        ),
        Recommendation(
            id="r2",
            number="2",
            text="Improve the quality and timeliness of PEPs for CLA",
            provenance=prov(PLAN_SHA),
        ),
        Recommendation(
            id="r3",
            number="3",
            text="Strengthen the response to CSE, including timely strategy meetings and care leavers' pathway plans",
            provenance=prov(PLAN_SHA),
        ),
    ]
    actions = [
        Action(
            id="a1",
            ref="1.1",
            text="Audit supervision records monthly and report to the Improvement Board"
            + extra_text,
            owner="Head of Service",
            due_date=date(2016, 9, 30),
            due_raw="Sept 16",
            rag="Green",
            recommendations=["r1"],
            provenance=prov(PLAN_SHA, 3),
        ),
        Action(
            id="a2",
            ref="2.1",
            text="Virtual School to quality assure every PEP termly",
            owner=None,
            due_date=date(2017, 3, 31),
            due_raw="Mar 17",
            rag="Amber",
            recommendations=["r2"],
            provenance=prov(PLAN_SHA, 4),
        ),
        Action(
            id="a3",
            ref="3.1",
            text="Weekly CSE strategy meetings chaired by a team manager",
            owner="Service Manager, Exploitation",
            due_date=None,
            due_raw="Ongoing",
            rag="Red",
            recommendations=["r3"],
            provenance=prov(PLAN_SHA, 5),
        ),
        Action(
            id="a4",
            ref="9.9",
            text="Refresh the council's website branding",
            owner="Comms",
            due_date=date(2016, 6, 30),
            due_raw="June 2016",
            rag="Blue",
            recommendations=[],
            provenance=prov(PLAN_SHA, 6),
        ),
    ]
    kpis = [
        KPI(
            id="k1",
            code="CS2.5",
            indicator="PEPs completed on time",
            direction="Increase",
            baseline=Quantity(raw="34.7%", value=34.7, unit="%"),
            latest=Quantity(raw="50%", value=50.0, unit="%"),
            target=Quantity(raw="90%", value=90.0, unit="%"),
            rag="Green",
            recommendation="r2",
            provenance=prov(PLAN_SHA, 4),
        ),
    ]
    return ExtractionResult(
        file="northwold-plan.pdf",
        sha256=PLAN_SHA,
        status=Status.ok,
        kind=DocumentKind.improvement_plan,
        pages=8,
        extractor_version="t",
        recommendations=recs,
        actions=actions,
        kpis=kpis,
        glossary=[
            GlossaryEntry(abbreviation="SW", expansion="social work", provenance=prov(PLAN_SHA, 8))
        ],
        head="Northwold County Council Improvement Plan in response to the Ofsted inspection of March 2016",
    )
