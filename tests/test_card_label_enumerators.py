"""A label's own letter or number is what tells it apart, never a misspelling to mend.

A plan's contents paragraph lists its appendices one a line ('Appendix A: Members of the
board', 'Appendix B: Action schedule', ...) and each appendix page is headed 'Appendix A: ...'
again. The card reader's spelling step (plan_cards._misspelt_labels) took 'Appendix B' as a
one-letter typo of 'Appendix A', the label the plan prints twice, and rewrote every letter to
A: the parsed text then said words the PDF does not print.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from plantrace.extractors.plan_cards import _misspelt_labels, label_counts
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

LETTERS = "ABCDE"


def _pdf() -> bytes:
    styles = getSampleStyleSheet()
    body, head = styles["BodyText"], styles["Heading1"]
    story = [
        Paragraph("Westshire Council - Improvement plan", head),
        Paragraph("The actions for each recommendation are set out in the appendix named.", body),
        Paragraph("Appendices", styles["Heading2"]),
        Paragraph("Appendix A: Members of the board", body),
    ]
    story += [Paragraph(f"Appendix {x}: Action schedule", body) for x in LETTERS[1:]]
    story += [PageBreak(), Paragraph("Appendix A: Members of the board", head)]
    story.append(Paragraph("Chair: Lachlan Oduya. Vice chair: Priya Shah.", body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _appendix_lines() -> list[str]:
    doc = parse_pdf_bytes(_pdf(), "appendices.pdf")
    return [
        " ".join(ln.text.split())
        for el in read_layout(doc, None)
        if el.page == 1
        for ln in el.lines
        if ln.text.startswith("Appendix")
    ]


def test_each_appendix_keeps_its_printed_letter() -> None:
    assert _appendix_lines() == [
        "Appendix A: Members of the board",
        *(f"Appendix {x}: Action schedule" for x in LETTERS[1:]),
    ]


def _line(text: str, k: int) -> Line:
    return Line(text, (50.0, 100.0 + 12 * k, 300.0, 110.0 + 12 * k), 10.0, False, 1, k)


def test_numbers_and_numerals_are_not_respelt_but_a_typo_is() -> None:
    texts = ["Step 1: Audit files", "Step 1: Audit cases", "Step 12: Train staff",
             "Part iv: Leads", "Part v: Leads", "Part v: Board",
             "Completion by: May 2026", "Completion by: June 2026", "Competion by: July 2026"]  # fmt: skip
    lines = [_line(t, k) for k, t in enumerate(texts)]
    fixed = _misspelt_labels(lines, label_counts(lines))
    assert sorted(ln.text for ln in fixed.values()) == ["Completion by: July 2026"]
