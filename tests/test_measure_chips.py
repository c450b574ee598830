"""Measures listed as an indicator then labelled value chips (an outliner's or a notes app's
export, no table) are read as KPIs; labels naming no KPI figure are warned of, never dropped
silently."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.measure_chips import split_chips
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes


def _pdf(measures: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 800, "Children's services improvement plan")
    c.setFont("Helvetica", 10)
    y = 770
    c.drawString(
        40, y, "Recommendation 1 - Improve the timeliness of assessments for children in need"
    )
    y -= 18
    c.drawString(60, y, "1.1 Introduce weekly performance clinics for team managers")
    c.drawString(360, y, "lead: Ruth Kowalczyk   when: March 2027   #atrisk")
    y -= 30
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "Measures")
    c.setFont("Helvetica", 10)
    for text in measures:
        y -= 16
        c.drawString(60, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_split_chips_reads_labelled_figures_not_an_actions_chips() -> None:
    assert split_chips("Average days to adoption was: 616 days now: 512 days goal: 300 days") == (
        "Average days to adoption",
        [("was", "616 days"), ("now", "512 days"), ("goal", "300 days")],
    )
    assert split_chips("Run an audit lead: Owen Tremayne when: December 2026 #ontrack") is None


def test_listed_measures_with_value_chips_are_kpis() -> None:
    plan = extract_plan(
        parse_pdf_bytes(
            _pdf(
                [
                    "Care leavers in suitable accommodation was: 42.5% now: 51% target: 70%",
                    "Social worker vacancy rate baseline: 39% latest: 30% aim: 15%",
                    "Children seen within timescales start: 48% is: 88.3% goal: 95%",
                ]
            ),
            "measures.pdf",
        )
    )
    got = {
        k.indicator: (k.baseline and k.baseline.value, k.latest and k.latest.value,
                      k.target and k.target.value)
        for k in plan.kpis
    }  # fmt: skip
    assert got == {
        "Care leavers in suitable accommodation": (42.5, 51.0, 70.0),
        "Social worker vacancy rate": (39.0, 30.0, 15.0),
        "Children seen within timescales": (48.0, 88.3, 95.0),
    }
    assert plan.kpis[0].provenance.page == 1
    assert not [w for w in plan.warnings if w.code == "kpi_chips_unread"]


def test_chips_naming_no_kpi_figure_are_warned() -> None:
    plan = extract_plan(
        parse_pdf_bytes(
            _pdf(
                [
                    "Care leavers in suitable accommodation q1: 42.5% q2: 51%",
                    "Social worker vacancy rate q1: 39% q2: 30%",
                ]
            ),
            "measures.pdf",
        )
    )
    assert not plan.kpis
    said = [w for w in plan.warnings if w.code == "kpi_chips_unread"]
    assert said and "'q1'" in said[0].message
