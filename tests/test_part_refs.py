"""A front table listing each recommendation with the part of the pack that holds its actions
('Recommendation 2 | <text> | refer to Annex 4'), the parts in their own order on pages of their
own headed 'Annex 4' (or 'Annex 4 - Delivery plan'), naming no recommendation, and an annex of
another kind among them ('Annex 1 - Terms used'). The actions were read with no recommendation,
and nothing said so.

What is read: each action answers the recommendation whose reference names the part it is
printed under (extractors.part_refs); actions under a part no recommendation names, and a named
part holding no actions, are said (plan_links_partial).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.part_refs import link_by_part_refs
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": (
        "Improve the timeliness of education, health and care plans for children in care and the support given by the virtual school",
        "4",
    ),
    "2": (
        "Strengthen the response to children who go missing from home or care, so that return interviews are used to reduce risk",
        "2",
    ),
    "3": (
        "Increase the range of suitable accommodation for care leavers and improve the quality of their pathway plans",
        "3",
    ),
}
# annex -> its actions (ref, text, owner, due, status), in the annexes' order
ANNEXES = {
    "2": [
        ("01", "Hold a monthly missing children panel", "Helen Markham", "31 July 2025", "Green"),
        ("02", "Commission an independent return home interview service", "Ruth Kowalczyk",
         "6 October 2025", "Amber"),
    ],
    "3": [
        ("03", "Agree a joint housing protocol with district councils", "Martin Hale",
         "30 November 2025", "Red"),
        ("04", "Offer every care leaver a review at 21", "Joseph Mensah", "31 March 2026",
         "Green"),
    ],
    "4": [
        ("05", "Review every personal education plan each term", "Bethan Lloyd",
         "26 May 2025", "Amber"),
        ("06", "Track attendance of children placed out of the area", "Priya Nandakumar",
         "17 August 2025", "Green"),
    ],
}  # fmt: skip
GOLD = {"01": "2", "02": "2", "03": "3", "04": "3", "05": "1", "06": "1"}


def _pdf(refs: dict[str, str] | None = None) -> bytes:
    """The pack; refs: recommendation -> the annex its row names (default RECS')."""
    refs = refs or {n: annex for n, (_, annex) in RECS.items()}
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.4, leading=12)
    bold = ParagraphStyle("bb", fontName="Helvetica-Bold", fontSize=9.4, leading=12)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.6, leading=10.6)
    story: list[Any] = [
        Paragraph("Kelderby Council", bold),
        Paragraph("Improvement plan", title),
        Paragraph("Each recommendation's actions are set out in the annex named beside it.", body),
    ]
    rows = [
        [Paragraph(f"Recommendation {n}", bold), Paragraph(text, body),
         Paragraph(f"refer to Annex {refs[n]}", body)]
        for n, (text, _) in RECS.items()
    ]  # fmt: skip
    t = Table(rows, colWidths=[40 * mm, 96 * mm, 36 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#9FB3C8")]))  # fmt: skip
    story += [Paragraph("What the inspectors asked of us", head), t]
    story += [Paragraph("Annexes", head), Paragraph("Annex 1 - Terms used", body)]
    story += [Paragraph(f"Annex {a} - Delivery plan", body) for a in sorted(ANNEXES)]
    story += [PageBreak(), Paragraph("Annex 1 - Terms used", title)]
    story.append(
        Paragraph("<b>Virtual school</b>: the team that champions children in care.", body)
    )
    for annex in sorted(ANNEXES):
        story += [PageBreak(), Paragraph(f"Annex {annex}", title)]
        head = ("No.", "What we will do", "Who", "By when", "Status")
        grid = [[Paragraph(f"<b>{h}</b>", cell) for h in head]]
        grid += [[Paragraph(v, cell) for v in row] for row in ANNEXES[annex]]
        table = Table(grid, colWidths=[14 * mm, 80 * mm, 32 * mm, 28 * mm, 20 * mm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#777777")]))
        story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(story)
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "annexes.pdf"))


def _links(plan: PlanExtraction) -> dict[str, list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return {a.ref or "": [str(numbers[r]) for r in a.recommendations] for a in plan.actions}


def test_each_action_answers_the_recommendation_naming_its_annex() -> None:
    plan = _read(_pdf())
    assert sorted(r.number for r in plan.recommendations) == ["1", "2", "3"]
    assert _links(plan) == {ref: [n] for ref, n in GOLD.items()}
    assert not [w for w in plan.warnings if w.code == "plan_links_partial"]


def test_an_annex_named_by_no_recommendation_is_said() -> None:
    """Recommendation 3 names annex 5, which the pack does not print: annex 3's actions (03, 04) stand
    under a part no recommendation names, and annex 5 holds none."""
    plan = _read(_pdf({"1": "4", "2": "2", "3": "5"}))
    links = _links(plan)
    assert {ref: links[ref] for ref in ("01", "02", "05", "06")} == {
        "01": ["2"], "02": ["2"], "05": ["1"], "06": ["1"]
    }  # fmt: skip
    assert links["03"] == [] and links["04"] == []
    said = [w.message for w in plan.warnings if w.code == "plan_links_partial"]
    assert any("03, 04" in m and "no recommendation names" in m for m in said)
    assert any("Annex 5" in m and "recommendation 3" in m for m in said)


def test_a_part_named_beside_a_recommendation_not_read_is_said() -> None:
    """The reference to annex 3 stands beside a recommendation the reader missed: annex 3's
    actions (03, 04) are left unlinked and said as plan_links_unread."""
    doc = parse_pdf_bytes(_pdf(), "annexes.pdf")
    plan = extract_plan(doc)
    recs = [r for r in plan.recommendations if r.number != "3"]
    bare = [a.model_copy(update={"recommendations": []}) for a in plan.actions]
    _, actions, said = link_by_part_refs(doc.pages, bare, recs)
    numbers = {r.id: r.number for r in recs}
    got = {a.ref: [numbers[r] for r in a.recommendations] for a in actions}
    assert got == {"01": ["2"], "02": ["2"], "03": [], "04": [], "05": ["1"], "06": ["1"]}
    assert [w.code for w in said] == ["plan_links_unread"]
    assert "Annex 3" in said[0].message and said[0].message.startswith("2 action(s)")


def test_a_reference_read_into_a_recommendation_is_no_part_of_its_text() -> None:
    """The reference cell, level with the text's first line, read between that line and its
    wrap ('... plans for refer to Annex 4 children in care ...'): taken out of the text."""
    doc = parse_pdf_bytes(_pdf(), "annexes.pdf")
    plan = extract_plan(doc)
    first = plan.recommendations[0]
    assert first.number == "1" and first.text.startswith(RECS["1"][0][:60])
    words = RECS["1"][0].split()
    head, tail = " ".join(words[:11]), " ".join(words[11:])
    read = first.model_copy(update={"text": f"{head} refer to Annex 4 {tail}"})
    bare = [a.model_copy(update={"recommendations": []}) for a in plan.actions]
    recs, _, _ = link_by_part_refs(doc.pages, bare, [read, *plan.recommendations[1:]])
    assert recs[0].text == RECS["1"][0]
    assert [r.text for r in recs[1:]] == [r.text for r in plan.recommendations[1:]]


def test_one_recommendation_read_links_its_part_and_says_the_rest() -> None:
    """Only recommendation 1 read: its annex's actions are linked, a link read before stands
    (the references tie one part alone), the other parts' unlinked actions are said."""
    doc = parse_pdf_bytes(_pdf(), "annexes.pdf")
    plan = extract_plan(doc)
    recs = [r for r in plan.recommendations if r.number == "1"]
    other = plan.recommendations[1].id
    bare = [
        a.model_copy(update={"recommendations": [other] if a.ref == "01" else []})
        for a in plan.actions
    ]
    _, actions, said = link_by_part_refs(doc.pages, bare, recs)
    got = {a.ref: a.recommendations for a in actions}
    assert got == {
        "01": [other],
        "02": [],
        "03": [],
        "04": [],
        "05": [recs[0].id],
        "06": [recs[0].id],
    }
    assert [w.code for w in said] == ["plan_links_unread"]
    assert said[0].message.startswith("3 action(s)") and "Annex 2, Annex 3" in said[0].message
