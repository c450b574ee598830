"""Document classification: inspection report, improvement plan, or other.

Decided from the first pages' wording, not the file name (download folders misname files).
"""

from __future__ import annotations

import re
from dataclasses import replace

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
    if (
        plan_score == 1
    ):  # action cards labelled with who and when ('Owner - ...', 'Target date: ...')
        from plantrace.extractors.plan_cards import labelled_roles

        plan_score += {"owner", "due"} <= labelled_roles(head.splitlines())
    if plan_score == 1 and _read_as_plan(doc, head):
        # one plan sign, and the plan reader's own evidence of actions on the first pages: a
        # plan under a title no list holds ('Improving Together 2024/25') with headers no list
        # holds ('Deliverable | Champion | Finish') still is one
        plan_score += 1
    if plan_score >= 2:
        return DocumentKind.improvement_plan
    if plan_score == 0 and report_score == 0 and _reads_actions(doc, head):
        # no wording either way (a tracker exported with no title, its first line the header
        # row; a response to the recommendations whose numbered paragraphs each close with
        # who and when): the plan reader's own reading of actions on the first pages decides
        return DocumentKind.improvement_plan
    # Word and Excel documents in this domain are mostly plans (reports are published as PDF):
    # one plan sign, or a KPI scorecard's, is enough
    if doc.format != "pdf" and (plan_score >= 1 or _KPI.search(head)):
        return DocumentKind.improvement_plan
    if report_score >= 2:
        return DocumentKind.inspection_report
    return DocumentKind.other


def _read_as_plan(doc: ParsedDocument, head: str) -> bool:
    """Numbered action paragraphs that name who and when ('2.1 ... (SRO: DCS; timing: ...)'), a
    cheap test of the text, or else an action or KPI table read on the first pages. Only asked of
    a document with one plan sign that is no inspection report, so reports never pay for it."""
    from plantrace.extractors.plan_prose import has_prose_actions

    return has_prose_actions(head.splitlines()) or _plan_table(doc)


def _reads_actions(doc: ParsedDocument, head: str) -> bool:
    """Numbered action paragraphs that name who and when (a cheap test of the text: a response
    document's '1.1 <text>. Martin Hale is lead, and it is due in June 2027.', no word of a
    plan's in it), or else an action table read on the first pages."""
    from plantrace.extractors.plan_prose import has_prose_actions

    return has_prose_actions(head.splitlines()) or _plan_table(doc, kinds=("action",))


def _plan_table(
    doc: ParsedDocument, pages: int = 3, kinds: tuple[str, ...] = ("action", "kpi")
) -> bool:
    """Whether the plan reader finds a table of these kinds (action, KPI) on the first pages,
    its card readers included: a form per action (a 'label | value' table, or labelled lines,
    each) is read as a table of cards, as extract_plan reads it; commitments in running text
    (bullets ending in who and when, a board's action lines) as extract_plan reads them too."""
    from plantrace.extractors.cell_records import adopt_cell_records
    from plantrace.extractors.field_grid_cards import adopt_field_grids
    from plantrace.extractors.inline_actions import adopt_inline_actions
    from plantrace.extractors.lead_grid import adopt_lead_grids
    from plantrace.extractors.list_cards import adopt_list_cards
    from plantrace.extractors.plan_calendar import adopt_calendar
    from plantrace.extractors.plan_cards import (
        adopt_barred_cards,
        adopt_lone_cards,
        adopt_table_cards,
    )
    from plantrace.extractors.plan_columns import read_layout
    from plantrace.extractors.plan_commitments import adopt_commitments
    from plantrace.extractors.thread_replies import adopt_thread_replies

    head = replace(doc, pages=doc.pages[:pages])
    elements = adopt_thread_replies(read_layout(head))  # a chat thread's replies, as extract_plan
    elements = adopt_field_grids(elements, head)  # cards of small labels over their values
    elements = adopt_barred_cards(elements, head)
    # a one-column ruled list whose rows are cards (a process map's boxes, a cell each)
    elements = adopt_table_cards(adopt_lone_cards(adopt_list_cards(elements)))
    elements = adopt_commitments(elements)  # bullets and action lines naming who and when
    elements, _ = adopt_calendar(elements, head)  # entries in a month calendar's day cells
    elements, _ = adopt_lead_grids(elements)  # recommendations by leads or periods
    elements = adopt_inline_actions(elements)  # actions enumerated inside one paragraph
    elements = adopt_cell_records(elements)  # a grid whose cells each hold several records
    return any(el.table is not None and el.table.kind in kinds for el in elements)


def doubt(doc: ParsedDocument) -> str:
    """Why a document was classed `other`, for the warning that says nothing was extracted."""
    head = "\n".join(line.text for page in doc.pages[:2] for line in page.lines[:60])
    named = _PLAN[0].search(head)
    if named:
        return (
            f"the document names a plan ('{named.group(0)}') but no action table, action card or"
            " KPI table was recognised on its first pages: nothing was extracted (check it with"
            " `plantrace tables`, or give a layout profile with --profile)"
        )
    if not head.strip():
        return "no text on the first pages: nothing was extracted"
    return (
        "neither an inspection report nor an improvement plan was recognised: nothing was extracted"
    )
