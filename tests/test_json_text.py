"""A JSON response printed from a browser's JSON viewer (line-number gutter, wrapped strings)
read as the plan's tables: actions with owner, due, status and recommendation, and KPIs."""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.json_text import header_words
from plantrace.pipeline.reader import parse_pdf

_DATA = {
    "id": 507,
    "authority": "Example Council",
    "createdBy": {"displayName": "Ngozi Penrose"},
    "recommendations": [
        {
            "number": "1",
            "text": "Improve the timeliness of decisions at the front door",
            "actions": [
                {
                    "actionRef": "IMP-101",
                    "title": "Audit repeat referrals each quarter to learn why help did not last",
                    "owner": {"displayName": "Leon Fairweather"},
                    "targetDate": "2027-10-26T00:00:00Z",
                    "state": "AT_RISK",
                    "note": "Work started; scoping meeting held with partners",
                    "updatedBy": "Torquil Makinde",
                    "updatedAt": "2027-02-01T09:14:07Z",
                },
                {
                    "actionRef": "IMP-102",
                    "title": "Complete all contacts within twenty-four hours and record the decision",
                    "owner": {"displayName": "Ruth Kowalczyk"},
                    "targetDate": "2027-04",
                    "state": "ON_TRACK",
                    "updatedBy": "Torquil Makinde",
                    "updatedAt": "2027-01-11T09:14:07Z",
                },
            ],
        },
        {
            "number": "2",
            "text": "Ensure that health assessments for children in care are completed on time",
            "actions": [
                {
                    "actionRef": "IMP-201",
                    "title": "Report health assessment timeliness monthly to the corporate parenting board",
                    "owner": {"displayName": "Priya Nandakumar"},
                    "targetDate": "2027-07-31T00:00:00Z",
                    "state": "OFF_TRACK",
                    "updatedBy": "Esperanza Whitlow",
                    "updatedAt": "2026-11-02T09:14:07Z",
                }
            ],
        },
    ],
}


def _viewer_pdf(path: Path, text: str) -> None:
    """The listing as a JSON viewer prints it: a URL box, tabs, then numbered lines; a line too
    long for the page wraps onto a line with no number."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 8)
    y = 810.0
    c.drawString(30, y, "https://plans.example.gov.uk/api/v2/plans/507?expand=actions")
    y -= 16
    c.drawString(30, y, "JSON Raw Data Headers Save Copy Collapse All Filter JSON")
    y -= 20
    for n, line in enumerate(text.splitlines(), 1):
        c.drawRightString(40, y, str(n))
        body = line.strip()
        while body:
            cut = len(body) if len(body) <= 90 else body.rfind(" ", 0, 90)
            c.drawString(50, y, body[:cut])
            body = body[cut:].strip()
            y -= 10
            if y < 40:
                c.showPage()
                c.setFont("Helvetica", 8)
                y = 810.0
    c.save()


def test_header_words_split_keys() -> None:
    assert header_words("targetDate") == "Target date"
    assert header_words("action_ref") == "Action ref"


def test_json_viewer_plan_read_as_tables(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    _viewer_pdf(pdf, json.dumps(_DATA, indent=2))
    result = extract_document(parse_pdf(pdf))
    got = {a.ref: a for a in result.actions}
    assert sorted(got) == ["IMP-101", "IMP-102", "IMP-201"]
    first = got["IMP-101"]
    assert first.owner == "Leon Fairweather"
    assert str(first.due_date) == "2027-10-26"  # the target date, not the updatedAt stamp
    assert first.rag == "amber"
    assert first.progress == "Work started; scoping meeting held with partners"
    assert str(got["IMP-102"].due_date) == "2027-04-30"
    assert got["IMP-102"].rag == "green"
    assert got["IMP-201"].rag == "red"
    assert first.provenance.page == 1


def test_broken_json_is_said(tmp_path: Path) -> None:
    pdf = tmp_path / "broken.pdf"
    text = json.dumps(_DATA, indent=2).replace('"state": "ON_TRACK",', '"state" "ON_TRACK",')
    _viewer_pdf(pdf, text)
    doc = parse_pdf(pdf)
    assert [w.code for w in doc.warnings] == ["json_unparsed"]
