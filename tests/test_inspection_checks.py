"""The inspection self-check (issue 12) and the shapes it guards: generated report PDFs laid out like
the real ones, known-wrong extractions of them, and real corpus reports (skipped without it).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from plantrace.extractors.inspection import extract_inspection
from plantrace.extractors.inspection_checks import check_inspection, invariants
from plantrace.extractors.inspection_meta import inspection_windows
from plantrace.models.inspection import Recommendation
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.reader import parse_pdf
from tests.report_pdfs import Gap, Item, ReportSpec, Text, build, ilacs_recommendations

BULLETS = [
    ["The quality of plans for children in care, so that they are specific,", "measurable."],
    ["The recording of management oversight and supervision of social work."],
    ["The response to children who go missing from home or care, and the return interviews."],
]


def _write(tmp_path: Path, spec: ReportSpec, name: str = "report.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build(spec))
    return path


def _codes(result: ExtractionResult) -> list[str]:
    return [w.code for w in result.warnings]


def _numbered(groups: list[tuple[Text | None, list[list[str]]]], first: int = 1) -> list[Item]:
    """A SIF 'What does the local authority need to improve?' list: labels over numbered items."""
    out: list[Item] = [
        Text("What does the local authority need to improve?", size=14, bold=True),
        Gap(8),
        Text("Areas for improvement", bold=True),
        Gap(8),
    ]
    n = first
    for label, items in groups:
        if label is not None:
            out += [label, Gap(8)]
        for lines in items:
            out.append(Text(f"{n}. {lines[0]}"))
            out += [Text(more, x=100) for more in lines[1:]]
            out.append(Gap(8))
            n += 1
    out += [Text("The local authority’s strengths", size=14, bold=True), Gap(8)]
    out.append(Text(f"{n}. Senior leaders know their services well and act on what they find."))
    return out


GROUPS = [
    ["Ensure that assessments consistently analyse risk and protective factors", "for children."],
    ["Strengthen the consistency of core groups in reviewing children’s plans."],
    ["Improve the quality of pathway plans so that care leavers understand them", "and use them."],
]


# ---------------------------------------------------------------------------------------------
# a correct reading carries no warning; windows


def test_correct_generated_report_has_no_warning(tmp_path: Path) -> None:
    r = extract_file(_write(tmp_path, ReportSpec(pages=[ilacs_recommendations(BULLETS)])))
    assert r.kind.value == "inspection_report"
    assert r.inspection is not None and r.inspection.framework.value == "ilacs"
    assert len(r.judgements) == 5 and len(r.recommendations) == 3
    assert r.warnings == []
    assert r.to_contract()["inspection"]["windows"] == [
        {"start": "2024-06-10", "end": "2024-06-21"}
    ]


@pytest.mark.parametrize(
    "dates",
    [
        ["Inspection dates: 30 September to 11 October 2024 and 13 to 16 January 2025"],
        ["Inspection dates: 30 September to 11 October 2024", "and 13 to 16 January 2025"],
        ["Inspection dates: 30 September to 11 October 2024 and", "13 to 16 January 2025"],
    ],
)
def test_inspection_in_two_windows_ends_on_the_last_day_of_the_last(
    tmp_path: Path, dates: list[str]
) -> None:
    spec = ReportSpec(dates=dates, pages=[ilacs_recommendations(BULLETS)])
    r = extract_file(_write(tmp_path, spec))
    assert r.inspection is not None
    assert r.inspection.start_date == date(2024, 9, 30)
    assert r.inspection.end_date == date(2025, 1, 16)
    assert r.to_contract()["inspection"]["windows"] == [
        {"start": "2024-09-30", "end": "2024-10-11"},
        {"start": "2025-01-13", "end": "2025-01-16"},
    ]
    assert r.warnings == []


def test_window_forms_read_by_the_one_date_normaliser() -> None:
    # one window, ranges with 'and', a first window printed without its year
    assert [(w.start, w.end) for w in inspection_windows("8 and 12 July 2013")] == [
        (date(2013, 7, 8), date(2013, 7, 12))
    ]
    got = inspection_windows("30 September to 11 October and 13 to 16 January 2025")
    assert [(w.start, w.end) for w in got] == [
        (date(2024, 9, 30), date(2024, 10, 11)),
        (date(2025, 1, 13), date(2025, 1, 16)),
    ]
    assert [(w.start, w.end) for w in inspection_windows("1/06/2015 – 25/06/2015")] == [
        (date(2015, 6, 1), date(2015, 6, 25))
    ]


# ---------------------------------------------------------------------------------------------
# broken invariants become warnings


def test_a_judgement_area_not_read_is_named(tmp_path: Path) -> None:
    spec = ReportSpec(pages=[ilacs_recommendations(BULLETS)])
    spec.judgements = [row for row in spec.judgements if row[0][-1] != "leavers"]
    r = extract_file(_write(tmp_path, spec))
    assert _codes(r) == ["judgement_missing"]
    assert "care_leavers" in r.warnings[0].message and r.warnings[0].page == 1


def test_before_2023_ilacs_grades_four_areas(tmp_path: Path) -> None:
    spec = ReportSpec(
        dates=["Inspection dates: 7 to 18 March 2022"], pages=[ilacs_recommendations(BULLETS)]
    )
    spec.judgements = [row for row in spec.judgements if row[0][-1] != "leavers"]
    assert extract_file(_write(tmp_path, spec)).warnings == []


def test_overall_grade_not_read_shows_as_the_wrong_framework(tmp_path: Path) -> None:
    spec = ReportSpec(pages=[ilacs_recommendations(BULLETS)])
    spec.judgements = spec.judgements[:-1]  # the overall effectiveness row missing
    r = extract_file(_write(tmp_path, spec))
    assert r.inspection is not None and r.inspection.framework.value == "ilacs_2026"
    assert _codes(r) == ["framework_date_mismatch"]


def test_2026_framework_grades_its_own_four_areas(tmp_path: Path) -> None:
    spec = ReportSpec(
        dates=["Inspection dates: 8 to 19 June 2026"], pages=[ilacs_recommendations(BULLETS)]
    )
    spec.judgements = spec.judgements[:-1]
    r = extract_file(_write(tmp_path, spec))
    assert r.inspection is not None and r.inspection.framework.value == "ilacs_2026"
    assert r.warnings == []


def test_dates_out_of_order_and_missing_lead_inspector(tmp_path: Path) -> None:
    spec = ReportSpec(
        published="Report published: 1 June 2024",  # before the inspection ended
        lead=None,
        pages=[ilacs_recommendations(BULLETS)],
    )
    r = extract_file(_write(tmp_path, spec))
    assert _codes(r) == ["publication_before_inspection", "lead_inspector_missing"]


def test_known_wrong_recommendation_readings_are_flagged(tmp_path: Path) -> None:
    """The extraction is right; the same document with a wrong reading breaks the invariants."""
    doc = parse_pdf(_write(tmp_path, ReportSpec(pages=[ilacs_recommendations(BULLETS)])))
    found = extract_inspection(doc)
    recs = found.recommendations
    assert check_inspection(doc, found.meta, found.judgements, recs) == []

    def codes(rs: list[Recommendation]) -> list[str]:
        return [w.code for w in check_inspection(doc, found.meta, found.judgements, rs)]

    assert codes(recs[:2]) == ["recommendation_count_mismatch"]  # an item dropped
    assert codes([]) == ["recommendations_missing"]  # the section read as empty
    glued = recs[0].model_copy(update={"text": join_text(r.text for r in recs)})
    assert codes([glued]) == ["recommendation_count_mismatch"]


def test_grouped_numbered_list_read_item_by_item(tmp_path: Path) -> None:
    """Bold topic labels over numbered items, the first right under 'Areas for improvement'."""
    groups = [
        (Text("Quality and effectiveness of practice", bold=True), GROUPS[:2]),
        (Text("Oversight and scrutiny by senior leaders", bold=True), GROUPS[2:]),
    ]
    r = extract_file(_write(tmp_path, ReportSpec(pages=[_numbered(groups)])))
    assert [x.number for x in r.recommendations] == ["1", "2", "3"]
    assert r.recommendations[0].text == (
        "Ensure that assessments consistently analyse risk and protective factors for children."
    )
    assert r.warnings == []


def test_indented_topic_label_is_not_glued_to_the_item_above(tmp_path: Path) -> None:
    groups = [
        (None, GROUPS[:1]),
        (Text("Children looked after", x=100), GROUPS[1:]),  # set at the text column
    ]
    r = extract_file(_write(tmp_path, ReportSpec(pages=[_numbered(groups)])))
    assert [x.text for x in r.recommendations] == [
        "Ensure that assessments consistently analyse risk and protective factors for children.",
        "Strengthen the consistency of core groups in reviewing children’s plans.",
        "Improve the quality of pathway plans so that care leavers understand them and use them.",
    ]
    assert all("looked after" not in x.text for x in r.recommendations)
    assert len(r.recommendations) == 3 and r.warnings == []


def test_marked_topic_label_over_numbered_items_is_no_recommendation(tmp_path: Path) -> None:
    """'• Care leavers' with the numbered items indented under it: a group, not one item."""
    page: list[Item] = [
        Text("What needs to improve?", size=14, bold=True),
        Gap(8),
        Text("• Care leavers"),
        Text("1. Improve the quality of pathway plans so that care leavers understand", x=90),
        Text("them.", x=110),
        Text("2. Increase the number of care leavers in education, employment or training.", x=90),
        Gap(8),
        Text("The experiences and progress of children who need help and", size=14, bold=True),
    ]
    r = extract_file(_write(tmp_path, ReportSpec(pages=[page])))
    assert [x.text for x in r.recommendations] == [
        "Improve the quality of pathway plans so that care leavers understand them.",
        "Increase the number of care leavers in education, employment or training.",
    ]
    assert [x.number for x in r.recommendations] == ["1", "2"]


def test_heading_glued_to_its_first_item_is_flagged(tmp_path: Path) -> None:
    groups = [(Text("Quality and effectiveness of practice"), GROUPS)]
    doc = parse_pdf(_write(tmp_path, ReportSpec(pages=[_numbered(groups)])))
    found = extract_inspection(doc)
    assert [r.number for r in found.recommendations] == ["1", "2", "3"]
    label = next(ln for ln in doc.pages[1].lines if ln.text.startswith("Quality and"))
    first = found.recommendations[0]
    prov = first.provenance.model_copy(update={"line_span": (label.index, label.index + 2)})
    glued = first.model_copy(
        update={
            "text": "Quality and effectiveness of practice "
            + join_text(
                f"{r.number}. {r.text}" if k else r.text
                for k, r in enumerate(found.recommendations)
            ),
            "provenance": prov,
        }
    )
    codes = [w.code for w in check_inspection(doc, found.meta, found.judgements, [glued])]
    assert "recommendation_heading_start" in codes
    assert "recommendation_merged" in codes
    assert "recommendation_count_mismatch" in codes


def test_numbering_gap_and_heading_echo(tmp_path: Path) -> None:
    doc = parse_pdf(_write(tmp_path, ReportSpec(pages=[_numbered([(None, GROUPS)])])))
    found = extract_inspection(doc)
    recs = found.recommendations
    gap = [recs[0], recs[2]]
    codes = [w.code for w in check_inspection(doc, found.meta, found.judgements, gap)]
    assert codes == ["recommendation_numbering_gap", "recommendation_count_mismatch"]
    echo = [recs[0].model_copy(update={"text": recs[0].text + " Areas for improvement"}), *recs[1:]]
    codes = [w.code for w in check_inspection(doc, found.meta, found.judgements, echo)]
    assert codes == ["recommendation_heading_end"]


def test_filler_paragraph_number_is_no_gap(tmp_path: Path) -> None:
    """'1. The inspection did not find any areas for priority...' is numbered but no recommendation."""
    page = _numbered([(None, GROUPS)], first=2)
    page[2:2] = [
        Text("Priority and immediate action", bold=True),
        Gap(8),
        Text("1. The inspection did not find any areas for priority and immediate action."),
        Gap(8),
    ]
    r = extract_file(_write(tmp_path, ReportSpec(pages=[page])))
    assert [x.number for x in r.recommendations] == ["2", "3", "4"]
    assert r.warnings == []


def test_short_one_line_bullets_without_full_stop_are_no_headings(tmp_path: Path) -> None:
    bullets = [
        ["Return home interviews"],
        ["Private fostering"],
        ["Pathway plans for care leavers"],
    ]
    r = extract_file(_write(tmp_path, ReportSpec(pages=[ilacs_recommendations(bullets)])))
    assert [x.text for x in r.recommendations] == [b[0] for b in bullets]
    assert r.warnings == []


def test_invariants_are_data() -> None:
    frameworks = invariants()["frameworks"]
    assert set(frameworks) == {"sif", "ilacs", "ilacs_2026", "other"}
    assert "overall_effectiveness" in frameworks["ilacs_2026"]["forbidden"]
    assert len(frameworks["sif"]["required"]) == 6


# ---------------------------------------------------------------------------------------------
# real reports (skipped without ../shared/corpus)


def test_grouped_sif_lists_in_real_reports(corpus: Path) -> None:
    r = extract_file(corpus / "80444_calderdale/children's services inspection - 20 march 2015.pdf")
    assert [x.number for x in r.recommendations][:17] == [str(n) for n in range(1, 18)]
    assert r.recommendations[2].text.endswith("when children are missing from home and care.")
    assert [x.number for x in r.recommendations][17:] == [str(n) for n in range(166, 172)]
    assert r.warnings == []
    r = extract_file(corpus / "80471_halton/children's services inspection - 03 february 2015.pdf")
    assert len(r.recommendations) == 28 and r.warnings == []
    assert r.recommendations[3].text.startswith("Ensure that single assessments")


def test_real_report_warnings(corpus: Path) -> None:
    r = extract_file(
        corpus / "80576_warwickshire/children's services inspection - 14 october 2025.pdf"
    )
    assert [(w.code, w.page) for w in r.warnings] == [("lead_inspector_missing", None)]
    doc = parse_pdf(corpus / "80471_halton/children's services inspection - 03 february 2015.pdf")
    found = extract_inspection(doc)
    without_cic = [j for j in found.judgements if j.area != "children_in_care"]
    warnings = check_inspection(doc, found.meta, without_cic, found.recommendations)
    assert [w.code for w in warnings] == ["judgement_missing"]
    assert "children_in_care" in warnings[0].message
    without_lscb = [j for j in found.judgements if j.area != "lscb"]  # the title says it reviews it
    assert [w.code for w in check_inspection(doc, found.meta, without_lscb, [])] == [
        "judgement_missing",
        "recommendations_missing",
        "recommendations_missing",
    ]


def test_contract_round_trip_keeps_windows(corpus: Path) -> None:
    r = extract_file(corpus / "80426_barnsley/children's services inspection - 27 october 2023.pdf")
    contract = json.loads(json.dumps(r.to_contract()))
    assert contract["inspection"]["windows"] == [{"start": "2023-09-11", "end": "2023-09-15"}]
    assert contract["warnings"] == []
