"""A label or header holding a date word ('Word from the frontline') over sentences with no
date: the sentences are the actions' updates, not start dates read as nothing; a real
'From | To' pair of date columns still reads as start and due."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

_SS = getSampleStyleSheet()
_ITEMS = [
    ("1.1", "Embed the new supervision framework across all social work teams so that every "
     "worker has monthly reflective supervision.", "Head of Service", "31 March 2026", "Green",
     "Teams told us supervision now happens every month and workers feel more supported."),
    ("1.2", "Review the front door threshold guidance with partners and publish a revised "
     "version to all referrers.", "Service Manager MASH", "30 June 2026", "Amber",
     "Partners said the draft guidance is clearer but schools asked for more examples."),
    ("1.3", "Introduce a quality assurance audit cycle for children in need plans with findings"
     " reported to the board.", "Principal Social Worker", "30 September 2026", "Red",
     "Practitioners reported the audit tool is too long and only two audits were finished."),
]  # fmt: skip
_DUES = ["31 March 2026", "30 June 2026", "30 September 2026"]


def _build(story: list) -> bytes:  # type: ignore[type-arg]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _cards() -> bytes:
    story = [Paragraph("Children's Services Improvement Plan 2025", _SS["Title"])]
    for ref, act, lead, due, rag, word in _ITEMS:
        story += [
            Paragraph(f"<b>Action {ref}</b>", _SS["Heading3"]),
            Paragraph(act, _SS["Normal"]),
            Paragraph(f"<b>Lead:</b> {lead}", _SS["Normal"]),
            Paragraph(f"<b>Due:</b> {due}", _SS["Normal"]),
            Paragraph(f"<b>Status:</b> {rag}", _SS["Normal"]),
            Paragraph(f"<b>Word from the frontline:</b> {word}", _SS["Normal"]),
            Spacer(1, 12),
        ]
    return _build(story)


def _table(header: list[str], last: list[str]) -> bytes:
    starts = ["1 April 2025", "1 May 2025", "1 June 2025"]
    rows = [header] + [
        [ref, act[:45], lead, start, due, note]
        for (ref, act, lead, due, _, _), start, note in zip(_ITEMS, starts, last, strict=True)
    ]
    data = [[Paragraph(c, _SS["Normal"]) for c in r] for r in rows]
    t = Table(data, colWidths=[30, 120, 80, 60, 60, 150])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    return _build([Paragraph("Improvement Plan", _SS["Title"]), t])


def _plan(pdf: bytes):  # type: ignore[no-untyped-def]
    return extract_plan(parse_pdf_bytes(pdf, "plan.pdf"))


def test_card_label_with_date_word_over_sentences_is_progress() -> None:
    plan = _plan(_cards())
    assert [a.due_raw for a in plan.actions] == _DUES
    assert [a.rag for a in plan.actions] == ["green", "amber", "red"]
    assert [a.progress for a in plan.actions] == [i[5] for i in _ITEMS]


def test_table_column_with_date_word_over_sentences_is_progress() -> None:
    notes = ["Teams told us supervision now happens every month.",
             "Partners said the draft guidance is clearer than before.",
             "Practitioners reported only two audits were finished."]  # fmt: skip
    plan = _plan(
        _table(["Ref", "Action", "Lead", "Start", "Due", "Word from the frontline"], notes)
    )
    assert [a.due_raw for a in plan.actions] == _DUES
    assert [a.progress for a in plan.actions] == notes


def test_from_to_date_columns_still_read_as_dates() -> None:
    notes = ["On track.", "Draft shared with partners.", "Audit tool agreed."]
    plan = _plan(_table(["Ref", "Action", "Lead", "From", "To", "Progress"], notes))
    assert [a.due_raw for a in plan.actions] == _DUES
    assert [a.progress for a in plan.actions] == notes
    assert [a.owner for a in plan.actions] == [i[2] for i in _ITEMS]
