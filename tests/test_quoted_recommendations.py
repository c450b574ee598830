"""A plan written as questions and answers: recommendations quoted in sentences that name them,
numbered questions that are no recommendations, and a KPI table whose measure column is headed
'How we will know' (the statement form of 'How will we know'), not an action column."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.column_roles import _header_role
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.reader import parse_pdf_bytes

REC_1 = (
    "Strengthen the response to children who go missing from home or care, so that return "
    "home interviews are offered promptly and used to reduce risk"
)
REC_2 = (
    "Reduce delay in achieving permanence for children in care, including through timely use "
    "of special guardianship and adoption"
)
KPIS = [
    ("Social worker vacancy rate", "63%", "88%", "79%"),
    ("Supervision held within four weeks", "93.5%", "71%", "35%"),
    ("Re-referrals within 12 months", "21%", "34.6%", "27.2%"),
]


def test_sentence_naming_a_recommendation_quotes_it() -> None:
    head, tail = REC_2.split(" through ")
    text = f"Ofsted's recommendation 2 was: \u201c{head}\nthrough {tail}\u201d"  # wraps
    assert heading(text) == ("2", REC_2)
    assert heading('Recommendation 3 said: "Improve the quality of plans for children".') == (
        "3",
        "Improve the quality of plans for children",
    )
    # a sentence about a recommendation, quoting nothing, is no heading of one
    assert heading("Recommendation 9 is being taken forward by the board.") is None


def test_numbered_question_is_no_recommendation() -> None:
    assert heading("Q2. What are we doing about it?") is None
    assert heading("Q1. What did Ofsted say about children missing from home and care?") is None


def test_how_we_will_know_heads_measures() -> None:
    assert _header_role("How we will know") == "indicator"
    assert _header_role("How will we know") == "indicator"
    assert _header_role("What we will do") == "action"


def _faq_pdf() -> bytes:
    styles = getSampleStyleSheet()
    body, bold = styles["BodyText"], styles["Heading4"]
    story: list = [
        Paragraph("Our improvement plan: your questions answered", styles["Title"]),
        Paragraph("Q1. What did Ofsted say about children missing from home and care?", bold),
        Paragraph(f"Ofsted's recommendation 1 was: \u201c{REC_1}\u201d", body),
        Paragraph("Q2. What are we doing about it?", bold),
        Paragraph("<b>1.1 Hold a monthly missing children panel chaired by the head</b>", body),
        Paragraph("<b>Who is responsible?</b> Sian Pritchard", body),
        Paragraph("<b>By when?</b> December 2026", body),
        Paragraph("<b>How are we doing?</b> Not started yet", body),
        Paragraph("Q3. Why has Ofsted asked us to improve?", bold),
        Paragraph("Ofsted found that some things need to get better. We agree with them.", body),
        Paragraph("Q4. What did Ofsted say about permanence for children in care?", bold),
        Paragraph(f"Ofsted's recommendation 2 was: \u201c{REC_2}\u201d", body),
        Paragraph("Q5. What are we doing about it?", bold),
        Paragraph(
            "<b>2.1 Recruit twenty additional foster carers through a local campaign</b>", body
        ),
        Paragraph("<b>Who is responsible?</b> Grace Adebayo", body),
        Paragraph("<b>By when?</b> April 2027", body),
        Paragraph("<b>How are we doing?</b> Finished", body),
        Paragraph("Q6. How will we know things are getting better?", bold),
        Spacer(1, 6),
    ]
    rows = [["How we will know", "When Ofsted visited", "Latest figure", "What we are aiming for"]]
    rows += [list(k) for k in KPIS]
    table = Table(rows)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ]
        )
    )
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_faq_plan_reads_quoted_recommendations_and_measures() -> None:
    result = extract_plan(parse_pdf_bytes(_faq_pdf(), "faq.pdf"))
    recs = {r.number: r.text for r in result.recommendations}
    assert recs == {"1": REC_1, "2": REC_2}  # the numbered questions are none
    assert [a.ref for a in result.actions] == ["1.1", "2.1"]  # the measures are no actions
    rec_ids = {r.id: r.number for r in result.recommendations}
    assert [[rec_ids[i] for i in a.recommendations] for a in result.actions] == [["1"], ["2"]]
    kpis = {k.indicator: k for k in result.kpis}
    assert sorted(kpis) == sorted(k[0] for k in KPIS)
    vacancy = kpis["Social worker vacancy rate"]
    assert vacancy.latest is not None and vacancy.target is not None
    assert vacancy.latest.value == 88 and vacancy.target.value == 79
