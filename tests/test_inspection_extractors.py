"""Inspection-report extractors: real reports from ../shared/corpus, and the tricky rules on small
hand-built line sequences (so CI without the corpus still exercises the logic).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from plantrace.extractors.inspection import extract_inspection
from plantrace.extractors.inspection_meta import (
    extract_meta,
    framework,
    inspection_windows,
    lead_inspector,
    local_authority,
)
from plantrace.extractors.judgements import extract_judgements, read_table
from plantrace.extractors.recommendations import extract_recommendations
from plantrace.extractors.report_nlp import HeadingKind, find_areas, heading_kind, is_grade_fragment
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.grades import Framework, Grade, RecommendationCategory
from plantrace.pipeline.document import Line, Page, ParsedDocument, Ruling, Word
from plantrace.pipeline.extract import extract_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OFSTED = CORPUS / "ofsted"
CHAR_W = 5.5  # points per character in the hand-built lines


# ---------------------------------------------------------------------------------------------
# building documents by hand


def make_line(
    parts: list[tuple[str, float]] | str,
    top: float,
    *,
    x0: float = 72.0,
    size: float = 12.0,
    bold: bool = False,
    page: int = 1,
) -> Line:
    """A line from (text, x0) segments; words inside a segment sit 3 pt apart."""
    if isinstance(parts, str):
        parts = [(parts, x0)]
    words: list[Word] = []
    for text, x in parts:
        for w in text.split():
            words.append(Word(w, x, top, x + CHAR_W * len(w), top + size * 0.9))
            x += CHAR_W * len(w) + 3.0
    bbox = (words[0].x0, top, max(w.x1 for w in words), top + size * 0.9)
    text = " ".join(w.text for w in words)
    return Line(text=text, bbox=bbox, font_size=size, bold=bold, page=page, index=0, words=words)


def make_doc(pages: list[list[Line]], rulings: list[list[Ruling]] | None = None) -> ParsedDocument:
    out: list[Page] = []
    for n, lines in enumerate(pages, start=1):
        for i, ln in enumerate(lines):
            ln.page, ln.index = n, i
        out.append(Page(number=n, width=595, height=842, lines=lines,
                        rulings=(rulings or [[]] * len(pages))[n - 1]))  # fmt: skip
    return ParsedDocument(path="test.pdf", sha256="0" * 64, pages=out)


def body(text: str, top: float, **kw: object) -> Line:
    return make_line(text, top, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# vocabulary


def test_heading_kinds_cover_the_printed_wordings() -> None:
    assert heading_kind("What needs to improve?") is HeadingKind.recs
    assert heading_kind("What needs to improve in this local authority?") is HeadingKind.recs
    assert heading_kind("What does the local authority need to improve?") is HeadingKind.recs
    assert heading_kind("What needs to improve?1") is HeadingKind.recs  # footnote marker glued
    assert heading_kind("What does the LSCB need to improve?") is HeadingKind.recs_lscb
    assert heading_kind("Priority and immediate action") is HeadingKind.priority
    assert heading_kind("Areas for improvement:") is HeadingKind.areas
    assert heading_kind("Within three months:") is HeadingKind.timescale
    assert heading_kind("Immediately:") is HeadingKind.timescale
    # a sentence that merely starts with the word is not a heading
    assert (
        heading_kind("Recommendations made at the last inspection have been addressed well") is None
    )
    assert heading_kind("The local authority has the following strengths:") is None


def test_areas_prefer_the_longest_printed_name() -> None:
    combined = find_areas("The experiences and progress of children in care and care leavers")
    assert [a for _, _, a in combined] == ["children_in_care"]
    separate = find_areas("The experiences and progress of care leavers")
    assert [a for _, _, a in separate] == ["care_leavers"]
    assert find_areas("3. Leadership, management and governance")[0][2] == "impact_of_leaders"
    assert find_areas("2.1 Adoption performance")[0][2] == "adoption"


def test_grade_fragments() -> None:
    assert is_grade_fragment("Requires")
    assert is_grade_fragment("improvement to be")
    assert not is_grade_fragment("Judgement Grade")  # the table header
    assert not is_grade_fragment("and families")


# ---------------------------------------------------------------------------------------------
# judgement table read by position


def test_scrambled_sif_table_pairs_each_grade_with_its_row() -> None:
    """Grade cells printed above their labels and split over lines, as pdfium returns them."""
    lines = [
        body("Metropolitan Borough of Anytown", 80, size=26),
        make_line([("Requires", 410)], 407, bold=True),
        make_line([("1. Children who need help and protection", 72)], 416, bold=True),
        make_line([("improvement", 410)], 421, bold=True),
        make_line([("Good", 410)], 447, bold=True),
        make_line([("2. Children looked after and achieving", 72)], 452, bold=True),
        make_line([("permanence", 90)], 466, bold=True),
        make_line([("2.1 Adoption performance", 127), ("Inadequate", 410)], 497),
        make_line(
            [("2.2 Experiences and progress of care leavers", 127), ("Outstanding", 410)], 527
        ),
        make_line([("3. Leadership, management and governance", 72)], 564, bold=True),
        make_line([("Requires improvement", 410)], 555, bold=True),
        make_line([("to be good", 410)], 569, bold=True),
    ]
    doc = make_doc([lines])
    found = {f.area: f.raw for f in read_table(doc.pages[0])}
    assert found == {
        "help_and_protection": "Requires improvement",
        "children_in_care": "Good",
        "adoption": "Inadequate",
        "care_leavers": "Outstanding",
        "impact_of_leaders": "Requires improvement to be good",
    }


def test_ilacs_rows_with_grade_merged_into_the_label_line() -> None:
    """'and families Good': one text line, two cells, split at the wide gap."""
    lines = [
        body("Inspection of Northtown local authority children’s services", 136, size=26),
        make_line([("Judgement", 79), ("Grade", 300)], 301, bold=True),
        body("The impact of leaders on social work practice with children", 337, x0=79, size=11),
        make_line([("and families", 79), ("Good", 396)], 344, size=11),
        body("The experiences and progress of children who need help and", 380, x0=79, size=11),
        make_line([("protection", 79), ("Requires improvement", 396)], 393, size=11),
        make_line([("to be good", 396)], 406, size=11),
        body("The experiences and progress of children in care", 440, x0=79, size=11),
        make_line([("Inadequate", 396)], 440, size=11),
        make_line([("Overall effectiveness", 79), ("Requires improvement", 396)], 480, size=11),
        make_line([("to be good", 396)], 493, size=11),
        body("Children in Northtown who need help and protection receive a good service.", 530),
    ]
    doc = make_doc([lines])
    judgements = extract_judgements(doc)
    assert [(j.area, j.grade) for j in judgements] == [
        ("impact_of_leaders", Grade.good),
        ("help_and_protection", Grade.requires_improvement),
        ("children_in_care", Grade.inadequate),
        ("overall_effectiveness", Grade.requires_improvement),
    ]
    assert judgements[0].provenance.page == 1
    assert judgements[0].provenance.extractor == "extractors.judgements"
    meta = extract_meta(doc, judgements)
    assert meta.framework is Framework.ilacs
    assert meta.local_authority == "Northtown"


def test_a_ruling_separates_rows_that_sit_close_together() -> None:
    lines = [
        make_line([("Children who need help and protection", 72), ("Good", 400)], 300),
        make_line([("Children in care", 72), ("Inadequate", 400)], 312),
    ]
    doc = make_doc([lines], rulings=[[Ruling(70, 311, 500, 311.5)]])
    assert {f.area: f.raw for f in read_table(doc.pages[0])} == {
        "help_and_protection": "Good",
        "children_in_care": "Inadequate",
    }


def test_sif_overall_and_lscb_statements() -> None:
    page1 = [
        body("Eastshire County Council", 100, size=26),
        body("Inspection of services for children in need of help and", 134, size=14, bold=True),
        body("protection, children looked after and care leavers", 151, size=14, bold=True),
        body("Report published: 3 March 2016", 260, size=14, bold=True),
        body("Children’s services in Eastshire require improvement to be", 312, size=14, bold=True),
        body("good", 329, size=14, bold=True),
        make_line(
            [("1. Children who need help and protection", 72), ("Inadequate", 389)], 358, bold=True
        ),
        make_line([("2.1 Adoption performance", 119), ("Good", 389)], 426),
    ]
    page2 = [
        body("The Local Safeguarding Children Board (LSCB)", 97, size=16, bold=True),
        body("The Local Safeguarding Children Board is outstanding", 134, size=14, bold=True),
        body("The board meets its statutory duties and its chair is effective.", 160),
    ]
    doc = make_doc([page1, page2])
    judgements = extract_judgements(doc)
    assert [(j.area, j.grade, j.provenance.page) for j in judgements] == [
        ("overall_effectiveness", Grade.requires_improvement, 1),
        ("help_and_protection", Grade.inadequate, 1),
        ("adoption", Grade.good, 1),
        ("lscb", Grade.outstanding, 2),
    ]
    assert framework(doc, judgements) is Framework.sif


def test_wrapped_label_split_over_two_rows_keeps_its_grade() -> None:
    """Wide leading cuts '2. Children looked after and achieving / permanence' into two rows."""
    lines = [
        make_line(
            [("1. Children who need help and protection", 72), ("Good", 389)], 318, bold=True
        ),
        make_line([("2. Children looked after and achieving", 72)], 345, bold=True),
        make_line([("Requires improvement", 389)], 356, bold=True),
        make_line([("permanence", 90)], 367, bold=True),
        make_line([("2.1 Adoption performance", 119), ("Good", 389)], 396),
    ]
    found = {f.area: f.raw for f in read_table(make_doc([lines]).pages[0])}
    assert found == {
        "help_and_protection": "Good",
        "children_in_care": "Requires improvement",
        "adoption": "Good",
    }


def test_sif_overall_statement_in_plain_type_above_the_table() -> None:
    page1 = [
        body("Westshire County Council", 100, size=26),
        body("The overall judgement is that children’s services are", 280),
        body("inadequate", 294),
        body(
            "The judgements on areas of the service that contribute to overall effectiveness", 330
        ),
        make_line(
            [("1. Children who need help and protection", 72), ("Inadequate", 389)], 358, bold=True
        ),
        make_line([("2.1 Adoption performance", 119), ("Good", 389)], 426),
    ]
    judgements = extract_judgements(make_doc([page1]))
    assert [(j.area, j.grade) for j in judgements][:2] == [
        ("overall_effectiveness", Grade.inadequate),
        ("help_and_protection", Grade.inadequate),
    ]


def test_2013_section_grade_below_a_heading_that_ends_the_page() -> None:
    page1 = [
        body("Overall effectiveness of services for looked", 84, size=18, bold=True),
        body("after children and young people", 109, size=18, bold=True),
        body("Grade 3 (adequate)", 138, size=14, bold=True),
        *[
            body(f"{k}. Services for children looked after meet the minimum requirements.", t)
            for k, t in ((4, 170), (5, 200), (6, 230))
        ],
        body("Leadership and management", 760, size=18, bold=True),
    ]
    page2 = [
        body("Grade 3: adequate", 84, size=14, bold=True),
        body("Leaders know their services.", 110),
    ]
    judgements = extract_judgements(make_doc([page1, page2]))
    assert [(j.area, j.grade, j.provenance.page) for j in judgements] == [
        ("overall_effectiveness", Grade.adequate, 1),
        ("leadership_and_management", Grade.adequate, 1),
    ]


def test_2026_framework_without_overall_effectiveness() -> None:
    lines = [
        make_line([("The impact of leaders on social work practice", 77), ("Good", 360)], 306),
        make_line([("The experiences and progress of care leavers", 77), ("Good", 360)], 430),
    ]
    doc = make_doc([lines])
    assert framework(doc, extract_judgements(doc)) is Framework.ilacs_2026


# ---------------------------------------------------------------------------------------------
# metadata


def test_lead_inspectors_lose_their_titles_but_keep_both_names() -> None:
    doc = make_doc([[
        body("Inspection dates: 3 to 14 October 2022", 207, bold=True),
        body("Lead inspectors: Ann Example, His Majesty’s Inspector, and Bo Sample,", 234, bold=True),
        body("His Majesty’s Inspector", 249),
    ]])  # fmt: skip
    assert lead_inspector(doc) == "Ann Example and Bo Sample"
    doc = make_doc([[body("Reporting inspector Gary Sample HMI", 583, bold=True)]])
    assert lead_inspector(doc) == "Gary Sample"
    # a narrative sentence starting with the words is not the label
    doc = make_doc([[body("lead inspector attended by both the director and", 441)]])
    assert lead_inspector(doc) is None


def test_authority_from_title_or_subtitle() -> None:
    doc = make_doc([[
        body("Inspection of the Royal Borough of Somewhere local", 136, size=26),
        body("authority children’s services", 172, size=26),
        body("Inspection dates: 11 to 15 November 2024", 207, bold=True),
    ]])  # fmt: skip
    assert local_authority(doc)[0] == "Royal Borough of Somewhere"
    doc = make_doc([[
        body("Inspection of looked after children", 170, size=26),
        body("services", 207, size=26),
        body("Westshire County Council", 234, size=18),
        body("Inspection dates: 8 – 12 July 2013", 567, size=10, bold=True),
        body("Published: 16 August 2013", 731, size=10, bold=True),
    ]])  # fmt: skip
    assert local_authority(doc)[0] == "Westshire County Council"
    meta = extract_meta(doc, [])
    assert (str(meta.start_date), str(meta.end_date), str(meta.publication_date)) == (
        "2013-07-08", "2013-07-12", "2013-08-16",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# recommendations


def _ilacs_pages() -> list[list[Line]]:
    page1 = [
        body("The experiences of children are improving.", 84),
        body("What needs to improve?", 97, size=14, bold=True),
        make_line("1", 96, x0=243, size=9, bold=True),  # footnote marker beside the heading
        body("◼ The quality of assessments for disabled children, so that their", 125),
        body("needs are understood. (outcome 1, national framework)", 140, x0=89),
        body("◼ The oversight of plans for children in care, including:", 160),
        body("– the timeliness of reviews", 175, x0=107),
        body("– the quality of written records", 190, x0=107),
        body("◼ The sufficiency of homes for children, so that fewer live at a", 740),
        body(
            "1 The areas for improvement have been cross-referenced with the outcomes.",
            751,
            size=6.5,
        ),
        body("the Children’s Social Care: National Framework.", 764, size=10),
    ]
    page2 = [
        body("distance from their families.", 96, x0=89),  # the item runs on over the page break
        body("The experiences and progress of children who need help and", 125, size=14, bold=True),
        body("protection: good", 142, size=14, bold=True),
        body("1. Children receive help at the right time from a range of services.", 170),
    ]
    return [page1, page2]


def test_ilacs_bullets_across_page_breaks_with_sub_points() -> None:
    doc = make_doc(_ilacs_pages())
    recs = extract_recommendations(doc, Framework.ilacs)
    assert [r.text for r in recs] == [
        "The quality of assessments for disabled children, so that their needs are understood. "
        "(outcome 1, national framework)",
        "The oversight of plans for children in care, including: the timeliness of reviews the "
        "quality of written records",
        "The sufficiency of homes for children, so that fewer live at a distance from their families.",
    ]
    assert [r.id for r in recs] == ["r1", "r2", "r3"]
    assert all(r.number is None and r.category is None for r in recs)
    assert recs[2].provenance.page == 1  # where it starts
    assert recs[0].provenance.line_span == (3, 4)
    assert recs[0].provenance.extractor_version == EXTRACTOR_VERSION


def test_sif_groups_topics_and_lscb_list() -> None:
    page1 = [
        body("What does the local authority need to improve?", 97, size=14, bold=True),
        body("Priority and immediate action", 125, bold=True),
        body("Looked after children", 150),  # a topic sub-heading: not a recommendation
        body(
            "1. Ensure that the profile and attainment of looked after children are raised by", 175
        ),
        body("partners and the local authority as corporate parents.", 190, x0=100),
        body("Areas for improvement", 220, bold=True),
        body("2. Improve the quality of assessments.", 245),
        body("The local authority has the following strengths:", 280, bold=True),
        body("3. When children are at risk they receive a good service.", 305),
    ]
    page2 = [
        body(
            "Section 2: The effectiveness of the Local Safeguarding Children Board",
            97,
            size=16,
            bold=True,
        ),
        body("What does the LSCB need to improve?", 130, size=14, bold=True),
        body("Areas for improvement", 155, bold=True),
        body("40. Evaluate the impact of multi-agency training.", 180),
        body("Inspection findings – the LSCB", 220, size=14, bold=True),
        body("41. The board meets its statutory duties.", 245),
    ]
    recs = extract_recommendations(make_doc([page1, page2]), Framework.sif)
    assert [(r.number, r.category, r.provenance.page) for r in recs] == [
        ("1", RecommendationCategory.priority_and_immediate, 1),
        ("2", RecommendationCategory.area_for_improvement, 1),
        ("40", RecommendationCategory.lscb, 2),
    ]
    assert recs[0].text.endswith("as corporate parents.")
    assert "Looked after" not in recs[0].text


def test_2013_timescales_and_lead_in() -> None:
    lines = [
        body("Areas for improvement", 675, x0=85, size=14, bold=True),
        body(
            "15. In order to improve the quality of provision, the local authority should take the",
            704,
            x0=86,
        ),
        body("following action.", 718, x0=114),
        body("Immediately:", 760, x0=114, bold=True),
        body("• ensure all children have a care plan", 780, x0=114),
    ]
    page2 = [
        body("Within three months:", 77, x0=114, bold=True),
        body("• ensure all social workers receive supervision", 103, x0=114),
        body("Record of main findings", 140, size=18, bold=True),
    ]
    recs = extract_recommendations(make_doc([lines, page2]), Framework.other)
    assert [(r.text, r.timescale, r.category) for r in recs] == [
        ("ensure all children have a care plan", "immediately", RecommendationCategory.area_for_improvement),
        ("ensure all social workers receive supervision", "within three months",
         RecommendationCategory.area_for_improvement),
    ]  # fmt: skip


def test_empty_priority_group_statement_is_not_a_recommendation() -> None:
    lines = [
        body("What does the local authority need to improve?", 97, size=14, bold=True),
        body("Priority and immediate action", 125, bold=True),
        body("26. The inspection did not find any areas for priority and immediate action.", 150),
        body("Areas for improvement", 180, bold=True),
        body("27. Ensure that strategy meetings involve health partners.", 205),
    ]
    recs = extract_recommendations(make_doc([lines]), Framework.sif)
    assert [r.number for r in recs] == ["27"]


def test_contents_page_entries_do_not_open_a_list() -> None:
    contents = [
        body("Contents", 100, size=26),
        body("Executive summary 2", 135),
        body("Recommendations 7", 189, size=14),
        body("Summary for children and young people 8", 211),
    ]
    text = [body("Narrative paragraph without a list.", 100)]
    assert extract_recommendations(make_doc([contents, text]), Framework.sif) == []


# ---------------------------------------------------------------------------------------------
# real reports (../shared/corpus)


def _report(rel: str) -> Path:
    if not OFSTED.is_dir():
        pytest.skip(f"Ofsted corpus not present at {OFSTED}")
    path = OFSTED / rel
    if not path.exists():
        pytest.skip(f"{rel} not in this corpus")
    return path


@pytest.mark.corpus
def test_sif_2014_report() -> None:
    r = extract_file(_report("80426_barnsley/children's services inspection - 08 august 2014.pdf"))
    assert r.status.value == "ok" and r.kind.value == "inspection_report"
    m = r.inspection
    assert m is not None
    assert (m.framework, str(m.start_date), str(m.end_date), str(m.publication_date), m.lead_inspector) == (
        Framework.sif, "2014-06-02", "2014-06-25", "2014-08-08", "Jansy Kelly",
    )  # fmt: skip
    assert {(j.area, j.grade) for j in r.judgements} == {
        ("overall_effectiveness", Grade.requires_improvement),
        ("help_and_protection", Grade.requires_improvement),
        ("children_in_care", Grade.requires_improvement),
        ("adoption", Grade.requires_improvement),
        ("care_leavers", Grade.good),
        ("impact_of_leaders", Grade.requires_improvement),
        ("lscb", Grade.requires_improvement),
    }
    recs = r.recommendations
    assert len(recs) == 32
    assert [x.number for x in recs[:2]] == ["10", "11"]
    assert recs[24].number == "34" and recs[24].provenance.page == 6
    assert recs[25].number == "135" and recs[25].category is RecommendationCategory.lscb
    assert recs[25].provenance.page == 33
    assert recs[11].text.startswith(
        "The quality of the review reports for children subject to a child"
    )
    assert recs[11].text.endswith("easily read and understand the review records.")
    assert all(x.provenance.sha256 == r.sha256 for x in recs)


@pytest.mark.corpus
def test_ilacs_2026_framework_and_cross_references() -> None:
    r = extract_file(
        _report("80523_middlesbrough/children's services inspection - 28 july 2026.pdf")
    )
    assert r.inspection is not None and r.inspection.framework is Framework.ilacs_2026
    assert [j.area for j in r.judgements] == [
        "impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers",
    ]  # fmt: skip
    assert len(r.recommendations) == 6
    assert r.recommendations[2].text == (
        "The identification and quality of support to young carers. (outcome 1, national framework)"
    )


@pytest.mark.corpus
def test_2013_report_timescales() -> None:
    r = extract_file(
        _report("80418_norfolk/children's services inspection,  pdf - 16 august 2013.pdf")
    )
    assert r.inspection is not None and r.inspection.framework is Framework.other
    assert r.inspection.lead_inspector == "Gary Lamb"
    assert [j.area for j in r.judgements][:2] == ["overall_effectiveness", "capacity_to_improve"]
    groups = [x.timescale for x in r.recommendations]
    assert groups.count("immediately") == 6 and groups.count("within six months") == 7
    assert not any("following action" in x.text for x in r.recommendations)


@pytest.mark.corpus
def test_two_lead_inspectors() -> None:
    r = extract_file(
        _report("80564_stoke-on-trent/children's services inspection - 25 november 2022.pdf")
    )
    assert r.inspection is not None
    assert r.inspection.lead_inspector == "Rebecca Quested and Matthew Reed"


@pytest.mark.corpus
def test_report_without_recommendations_and_report_without_lead_inspector() -> None:
    r = extract_file(
        _report("80527_north lincolnshire/children's services inspection - 25 november 2022.pdf")
    )
    assert r.kind.value == "inspection_report"
    assert len(r.judgements) == 4 and r.recommendations == []  # narrative only under the heading
    r = extract_file(
        _report("80576_warwickshire/children's services inspection - 14 october 2025.pdf")
    )
    assert r.kind.value == "inspection_report"
    assert r.inspection is not None and r.inspection.lead_inspector is None
    assert len(r.judgements) == 5 and len(r.recommendations) == 4


@pytest.mark.corpus
def test_every_corpus_report_extracts() -> None:
    if not OFSTED.is_dir():
        pytest.skip(f"Ofsted corpus not present at {OFSTED}")
    files = sorted(OFSTED.glob("*/*.pdf"))
    without_recs = []
    warned: dict[str, list[str]] = {}
    for f in files:
        r = extract_file(f)
        assert r.status.value == "ok", f
        assert r.judgements, f
        if not r.recommendations:
            without_recs.append(f.name)
        if r.warnings:
            warned[f"{f.parent.name}/{f.name}"] = [w.code for w in r.warnings]
    assert len(without_recs) <= 1  # North Lincolnshire 2022 prints none
    # the self-check (issue 12): the one report that prints no lead inspector, nothing else
    assert warned == {
        "80576_warwickshire/children's services inspection - 14 october 2025.pdf": [
            "lead_inspector_missing"
        ]
    }


def test_extract_inspection_on_a_built_document() -> None:
    doc = make_doc(_ilacs_pages())
    found = extract_inspection(doc)
    assert found.meta is not None and len(found.recommendations) == 3


def test_grade_without_a_wide_gap_is_cut_at_the_grade_column() -> None:
    lines = [
        make_line([("1. Children who need help and protection", 72), ("Good", 400)], 300),
        # the label runs almost into the column: only a normal word gap before "Inadequate"
        make_line([("2.2 Experiences and progress of care leavers and more words", 72)], 330),
    ]
    lines[1].words.append(Word("Inadequate", 400, 330, 455, 341))
    lines[1].text += " Inadequate"
    lines[1].words[-2].x1 = 396  # three points short of the grade column
    found = {f.area: f.raw for f in read_table(make_doc([lines]).pages[0])}
    assert found == {"help_and_protection": "Good", "care_leavers": "Inadequate"}


def test_continuation_line_with_a_large_first_glyph_stays_in_its_item() -> None:
    lines = [
        body("What needs to improve?", 97, size=14, bold=True),
        body("◼ The response to children aged 16 and 17 years who present as homeless.", 195),
        body("(Outcome 4, National Framework)", 210, x0=90, size=13.6),
        body("◼ The quality of recorded supervision.", 232),
        body("The experiences and progress of children who need help and", 273, size=14, bold=True),
    ]
    recs = extract_recommendations(make_doc([lines]), Framework.ilacs)
    assert [r.text for r in recs] == [
        "The response to children aged 16 and 17 years who present as homeless. "
        "(Outcome 4, National Framework)",
        "The quality of recorded supervision.",
    ]


def test_a_window_splits_only_after_a_month_the_date_normaliser_knows() -> None:
    """'Marginal' is no month: the old stem pattern took its 'mar' for March and split
    '3 and 4 June 2024' into a year-only window and 4 June; the one date normaliser says
    what a month is."""
    assert [(w.start, w.end) for w in inspection_windows("Marginal 3 and 4 June 2024")] == [
        (date(2024, 6, 3), date(2024, 6, 4))
    ]
    two = inspection_windows("30 September to 11 October 2024 and 13 to 16 January 2025")
    assert [(w.start, w.end) for w in two] == [
        (date(2024, 9, 30), date(2024, 10, 11)),
        (date(2025, 1, 13), date(2025, 1, 16)),
    ]
