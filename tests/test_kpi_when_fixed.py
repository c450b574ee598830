"""A measures table whose last column of figures is headed by when the work is done: 'Effect
measure | Baseline | Since | When fixed'. 'When fixed' had the shape of a clause on when
something happened ('When risk raised': the figure as it was then, the start), so the column
read as a second baseline, the target was lost and 'Since' (the figure now) with it.

What is read now: a clause on when the work is done ('When fixed', 'When achieved', 'Once
complete') speaks of the aim (pipeline/normalise/data/figures.json, read by
values.figure_time); with the baseline told, the third column is the latest.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.values import figure_time
from plantrace.pipeline.reader import parse_pdf_bytes

ACTIONS = [
    ("1.1", "Reduce team manager spans of control to no more than seven", "Head of Service",
     "31 March 2027"),
    ("1.2", "Publish a revised supervision standard with a four-weekly minimum",
     "Principal Social Worker", "30 June 2027"),
    ("2.1", "Recruit twenty additional foster carers through a local campaign",
     "Head of Fostering", "31 December 2026"),
]  # fmt: skip
HEAD = ("Effect measure", "Baseline", "Since", "When fixed")
MEASURES = [
    ("Average caseload per social worker", "415", "461", "418"),
    ("Social worker vacancy rate", "33.3%", "38.7%", "87%"),
    ("Care leavers in suitable accommodation", "86%", "44.9%", "73.6%"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "Improvement plan")
    y = h - 90
    for ref, text, owner, due in ACTIONS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"{ref}  {text}")
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 13, f"Owner: {owner} \u00b7 Due: {due} \u00b7 Status: On track")
        y -= 40
    c.showPage()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "Measuring the effect")
    xs = [40, 330, 430, 530, 630]
    top = h - 80
    for k, row in enumerate([HEAD, *MEASURES]):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9)
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 4, top - 14 - 20 * k, cell)
    for k in range(len(MEASURES) + 2):
        c.line(xs[0], top - 20 * k, xs[-1], top - 20 * k)
    for x in xs:
        c.line(x, top, x, top - 20 * (len(MEASURES) + 1))
    c.showPage()
    c.save()
    return buf.getvalue()


def test_when_fixed_speaks_of_the_aim() -> None:
    assert figure_time("When fixed") == "aim"
    assert figure_time("Once complete") == "aim"
    assert figure_time("When risk raised") == "start"  # when something happened: the start


def test_the_measures_keep_baseline_latest_and_target() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "measures.pdf"))
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in result.kpis
    ]  # fmt: skip
    assert got == MEASURES
