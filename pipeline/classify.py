"""Document classification: inspection report, improvement plan, or other.

Decided from the first pages' wording, not the file name (download folders misname files).
"""

from __future__ import annotations

import re

from models.grades import DocumentKind
from pipeline.document import ParsedDocument

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
_PLAN = [
    re.compile(r"\b(improvement|action|delivery|post[- ]inspection)\s+plan\b", re.I),
    re.compile(
        r"\b(lead officer|responsible officer|who|lead|timescale|by when|rag|governance)\b", re.I
    ),
    re.compile(r"\b(actions?|milestones?)\b", re.I),
]


def classify(doc: ParsedDocument) -> DocumentKind:
    head = "\n".join(line.text for page in doc.pages[:2] for line in page.lines[:60])
    report_score = sum(1 for p in _REPORT if p.search(head))
    ofsted = (
        "ofsted" in doc.text[:20000].lower()
        or "her majesty" in head.lower()
        or "his majesty" in head.lower()
    )
    # cover pages that name the inspector only as "HMI" (2018-2019 ILACS) and Ofsted only at the end
    ofsted = ofsted or re.search(r"\bHMI\b", head) is not None
    # ...or none at all on the cover: Ofsted's back page (copyright, contact) still names it
    if not ofsted and doc.pages:
        ofsted = "ofsted" in " ".join(ln.text for ln in doc.pages[-1].lines).lower()
    if report_score >= 2 and ofsted:
        return DocumentKind.inspection_report
    plan_score = sum(1 for p in _PLAN if p.search(head))
    if plan_score >= 2:
        return DocumentKind.improvement_plan
    if report_score >= 2:
        return DocumentKind.inspection_report
    return DocumentKind.other
