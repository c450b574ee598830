"""Document classification: inspection report, improvement plan, or other.

Decided from the first pages' wording, not the file name (download folders misname files).
"""

from __future__ import annotations

import re

from plantrace.models.grades import DocumentKind
from plantrace.pipeline.document import ParsedDocument

_REPORT = [
    re.compile(
        r"inspection of [\w\s,'’&-]{0,80}(local authority children|children’s services|children's services)",
        re.I,
    ),
    re.compile(r"inspection of (services for children in need|looked after children)", re.I),
    re.compile(r"local authority children[’']s services inspection", re.I),
    re.compile(r"\bLead inspector\b|\bReporting inspector\b", re.I),
    re.compile(r"\bInspection dates?\s*:", re.I),
]
_OFSTED = re.compile(r"ofsted|\b(her|his) majesty|\bHMI\b", re.I)
_PLAN = [
    re.compile(r"\b(improvement|action|delivery|post[- ]inspection)\s+plan\b", re.I),
    re.compile(
        r"\b(lead officer|responsible officer|who|lead|timescale|by when|rag|governance)\b", re.I
    ),
    re.compile(r"\b(actions?|milestones?)\b", re.I),
]

_KPI = re.compile(r"\b(kpis?|performance indicators?|baseline|target)\b", re.I)


def classify(doc: ParsedDocument) -> DocumentKind:
    head = "\n".join(line.text for page in doc.pages[:2] for line in page.lines[:60])
    report_score = sum(1 for p in _REPORT if p.search(head))
    # Ofsted is named on the cover ("His Majesty's Inspector", "HMI" on 2018-2019 ILACS covers) or,
    # when the cover names no inspector, on its back page (copyright, contact details)
    pages = doc.pages[:3] + doc.pages[-1:]
    ofsted = _OFSTED.search(head) is not None or any(
        "ofsted" in line.text.lower() for page in pages for line in page.lines
    )
    if report_score >= 2 and ofsted:
        return DocumentKind.inspection_report
    plan_score = sum(1 for p in _PLAN if p.search(head))
    if plan_score >= 2:
        return DocumentKind.improvement_plan
    # Word and Excel documents in this domain are mostly plans (reports are published as PDF):
    # one plan sign, or a KPI scorecard's, is enough
    if doc.format != "pdf" and (plan_score >= 1 or _KPI.search(head)):
        return DocumentKind.improvement_plan
    if report_score >= 2:
        return DocumentKind.inspection_report
    return DocumentKind.other
