"""The inspection evaluator: every number it reports, on small gold/prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from plantrace.pipeline.evaluate.common import PRF, align, normalise_text, similarity
from plantrace.pipeline.evaluate.inspections import (
    format_report,
    gold_files,
    load_gold,
    normalise_authority,
    score_inspections,
)

REC_A = "Ensure that all children have a timely assessment of their needs."
REC_B = "Improve the quality of supervision so that it is reflective and recorded."
REC_C = "Strengthen the oversight of care plans by independent reviewing officers."


def gold(**over: Any) -> dict[str, Any]:
    g: dict[str, Any] = {
        "file": "x/report.pdf",
        "local_authority": "London Borough of Camden",
        "framework": "sif",
        "start_date": "2017-09-11",
        "end_date": "2017-10-05",
        "publication_date": "2017-11-24",
        "lead_inspector": "Nick Stacey",
        "judgements": [
            {"area": "overall_effectiveness", "grade": "good"},
            {"area": "adoption", "grade": "outstanding"},
        ],
        "recommendations": [
            {"number": "1", "category": "area_for_improvement", "page": 7, "text": REC_A},
            {"number": "2", "category": "area_for_improvement", "page": 7, "text": REC_B},
            {"number": "40", "category": "lscb", "page": 30, "text": REC_C},
        ],
    }
    g.update(over)
    return g


def predicted(g: dict[str, Any]) -> dict[str, Any]:
    """A contract dict that agrees with the gold (what a perfect extractor returns)."""
    return {
        "file": g["file"],
        "inspection": {
            k: g[k]
            for k in (
                "local_authority",
                "framework",
                "start_date",
                "end_date",
                "publication_date",
                "lead_inspector",
            )
        },  # fmt: skip
        "judgements": [{**j, "page": 1} for j in g["judgements"]],
        "recommendations": [{"id": f"r{i + 1}", **r} for i, r in enumerate(g["recommendations"])],
    }


def test_perfect_prediction_scores_one_everywhere() -> None:
    g = gold()
    s = score_inspections([(g, predicted(g))])
    assert s.misses == []
    assert s.recommendations.f1 == 1.0 and s.judgements.f1 == 1.0
    assert s.rec_category.rate == 1.0 and s.rec_category.n == 3
    assert all(r.rate == 1.0 for r in s.exact.values())


def test_authority_names_compare_without_council_words() -> None:
    g = gold()
    p = predicted(g)
    p["inspection"]["local_authority"] = "Camden"
    s = score_inspections([(g, p)])
    assert s.exact["local_authority"].rate == 1.0
    assert normalise_authority("St. Helens Metropolitan Borough Council") == normalise_authority(
        "St Helens"
    )
    assert (
        normalise_authority("Royal Borough of Kensington and Chelsea") == "kensington and chelsea"
    )
    assert normalise_authority("Camden") != normalise_authority("Barnet")


def test_wrong_and_missing_scalars_count_as_fp_and_fn() -> None:
    g = gold()
    p = predicted(g)
    p["inspection"]["lead_inspector"] = "Someone Else"
    p["inspection"]["publication_date"] = None
    s = score_inspections([(g, p)])
    lead = s.fields["lead_inspector"]
    assert (lead.tp, lead.fp, lead.fn) == (0, 1, 1)
    pub = s.fields["publication_date"]
    assert (pub.tp, pub.fp, pub.fn) == (0, 0, 1)
    assert {m.field for m in s.misses} == {"lead_inspector", "publication_date"}
    assert all(m.page == 1 and m.file == "x/report.pdf" for m in s.misses)


def test_a_null_gold_value_predicted_null_is_exact() -> None:
    g = gold(publication_date=None)
    s = score_inspections([(g, predicted(g))])
    assert s.exact["publication_date"].rate == 1.0
    assert s.fields["publication_date"].tp == 0


def test_judgements_exact_per_document_and_per_item() -> None:
    g = gold()
    p = predicted(g)
    p["judgements"][1]["grade"] = "good"
    p["judgements"].append({"area": "lscb", "grade": "good", "page": 33})
    s = score_inspections([(g, p)])
    assert (s.judgements.tp, s.judgements.fp, s.judgements.fn) == (1, 2, 1)
    assert s.judgements_exact.rate == 0.0
    fields = {m.field: m for m in s.misses}
    assert fields["judgement.adoption"].gold == "outstanding"
    assert fields["judgement.adoption"].predicted == "good"
    assert fields["judgement.lscb"].page == 33


def test_recommendations_match_in_order_above_the_threshold() -> None:
    g = gold()
    p = predicted(g)
    # tiny rendering differences still match: curly quote, double space, a dropped full stop
    p["recommendations"][0]["text"] = REC_A.replace("children", "children’s").rstrip(".")
    p["recommendations"][1]["text"] = REC_B[:40]  # truncated: not the same text
    p["recommendations"][2]["category"] = "area_for_improvement"
    s = score_inspections([(g, p)])
    assert (s.recommendations.tp, s.recommendations.fp, s.recommendations.fn) == (2, 1, 1)
    assert s.rec_category.hits == 1 and s.rec_category.n == 2
    # ... but the text is not exactly what was printed: counted apart (rec text exact)
    assert s.rec_text.hits == 1 and s.rec_text.n == 2
    kinds = sorted(m.field for m in s.misses)
    assert kinds == [
        "recommendation.category",
        "recommendation.missed",
        "recommendation.spurious",
        "recommendation.text",
    ]
    missed = next(m for m in s.misses if m.field == "recommendation.missed")
    assert missed.page == 7


def test_order_matters_for_matching() -> None:
    g = gold()
    p = predicted(g)
    p["recommendations"] = [
        p["recommendations"][2],
        p["recommendations"][0],
        p["recommendations"][1],
    ]
    s = score_inspections([(g, p)])
    assert s.recommendations.tp == 2  # the LSCB item read first cannot also match third


def test_align_and_similarity_helpers() -> None:
    assert align("abc", "xbc", lambda a, b: a == b) == [(1, 1), (2, 2)]
    assert align([], [1], lambda a, b: True) == []
    assert normalise_text("Children’s  services – good.") == "children s services good"
    assert similarity("A, b", "a b") == 1.0
    assert PRF(tp=0, fp=0, fn=0).f1 == 1.0
    assert PRF(tp=1, fp=1, fn=0).precision == 0.5


def test_format_report_lists_every_figure_and_miss() -> None:
    g = gold()
    p = predicted(g)
    p["recommendations"].pop()
    text = format_report(score_inspections([(g, p)]))
    assert "recommendations" in text and "lead_inspector" in text
    assert "x/report.pdf p30 recommendation.missed" in text


def test_gold_files_skip_plan_gold(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(gold()), encoding="utf-8")
    (tmp_path / "plan.json").write_text(
        json.dumps({"file": "p.pdf", "actions": []}), encoding="utf-8"
    )
    assert [p.name for p in gold_files([tmp_path])] == ["a.json"]
    assert load_gold(tmp_path / "a.json")["lead_inspector"] == "Nick Stacey"


@pytest.mark.corpus
def test_dev_gold_meets_the_targets() -> None:
    root = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ofsted"
    if not root.is_dir():
        pytest.skip(f"Ofsted corpus not present at {root}")
    from plantrace.pipeline.evaluate.inspections import run_inspection_eval

    s = run_inspection_eval([Path(__file__).parent / "gold" / "inspections"], root)
    assert s.judgements_exact.rate == 1.0
    for f in ("start_date", "end_date", "lead_inspector"):
        assert s.exact[f].rate >= 0.99, f
    assert s.recommendations.f1 >= 0.98
    assert s.rec_category.rate >= 0.98
