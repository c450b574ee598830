"""Themes of recommendations and plan actions: the taxonomy, the rules, and their score on labels."""

from __future__ import annotations

import json
from pathlib import Path

from plantrace.extractors.themes import _rules, assign_themes, labels, taxonomy, theme_keys
from plantrace.pipeline.evaluate.runner import run_eval
from plantrace.pipeline.evaluate.themes import run_theme_eval
from tests import factories as f

GOLD = Path(__file__).parent / "gold" / "themes"


def test_taxonomy_is_documented_data_with_unique_keys() -> None:
    keys = [t.key for t in taxonomy()]
    assert len(keys) == len(set(keys))
    given = labels()
    assert 20 <= len(given) <= 30
    assert given["private_fostering"] == "Private fostering"
    assert all(t.description and t.phrases for t in taxonomy())
    assert _rules() is _rules()  # the spaCy pipeline and matchers are built once


def test_labelled_recommendations_meet_the_target() -> None:
    scores = run_theme_eval([GOLD / "recommendations.json"])
    assert scores.texts >= 150
    assert scores.macro_precision >= 0.85 and scores.macro_recall >= 0.85, scores.to_dict()


def test_labelled_plan_actions_are_themed_too() -> None:
    scores = run_theme_eval([GOLD / "actions.json"])
    assert scores.texts == 60
    assert scores.macro_precision >= 0.8 and scores.macro_recall >= 0.85, scores.to_dict()


def test_every_label_is_a_known_theme_and_every_era_is_labelled() -> None:
    keys = set(labels())
    years = set()
    for path in GOLD.glob("*.json"):
        for item in json.loads(path.read_text())["theme_labels"]:
            assert set(item["themes"]) <= keys and len(item["themes"]) <= 3
            if "start_date" in item:  # recommendations carry their era; plan actions do not
                years.add(item["start_date"][:4])
    assert {str(y) for y in range(2013, 2027)} <= years


def test_longest_phrase_wins_and_word_forms_matter() -> None:
    got = assign_themes(
        [
            "The identification and response to children who live in private fostering arrangements.",
            "Ensure all social workers receive regular, recorded supervision.",
            "The quality of case recording so that children's progress can be tracked.",
            "The focus on reading in personal education plans.",
            "The response to 16- and 17-year-olds who are homeless.",
            "Improve support to care-experienced young people up to 25.",
            "Timeliness of strategy meetings and discussions.",
        ]
    )
    assert got[0] == ["private_fostering"]  # not placement_sufficiency for "fostering"
    assert got[1] == ["management_oversight"]  # "recorded" is not "recording"
    assert got[2] == ["recording"]
    assert got[3] == ["education_pep"]  # a PEP is not a child's plan
    assert got[4] == ["homeless_16_17"]
    assert got[5] == ["care_leavers_support"]
    assert got[6] == ["strategy_s47"]  # "meetings" as well as "meeting"


def test_abbreviations_are_case_sensitive_and_framework_tags_are_ignored() -> None:
    assert "front_door" in theme_keys("Decision-making in the MASH is timely.")
    assert theme_keys("Send the report to parents.") == []
    assert theme_keys(
        "The quality of written records for children. (enabler: the workforce is equipped and "
        "effective, national framework)"
    ) == ["recording"]


def test_plan_actions_get_themes_too() -> None:
    plan = f.plan()
    got = {a.id: theme_keys(a.text) for a in plan.actions}
    assert (
        "qa_performance" in got["a1"] and "management_oversight" in got["a1"]
    )  # audit supervision
    assert got["a2"] == ["education_pep"]  # Virtual School ... every PEP
    assert "exploitation_missing" in got["a3"] and "strategy_s47" in got["a3"]


def test_plantrace_eval_scores_themes(tmp_path: Path) -> None:
    text, payload = run_eval([GOLD], tmp_path)
    assert "Themes (" in text and "private_fostering" in text
    assert payload["themes"]["texts"] == sum(
        len(json.loads(p.read_text())["theme_labels"]) for p in GOLD.glob("*.json")
    )
