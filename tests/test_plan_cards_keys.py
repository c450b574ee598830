"""plan_cards' keys of the labels it prints nowhere are written out, not built at import."""

from __future__ import annotations

import subprocess
import sys

from plantrace.extractors import plan_cards


def test_unlabelled_keys_are_their_label_keys() -> None:
    """Why: the keys stand for label_key(label), spelt out so that importing plan_cards builds
    no spaCy pipeline; a change to label_key or the header vocabulary must not part them."""
    pairs = [
        (plan_cards.CHIP_KEY, plan_cards.CHIP_LABEL),
        (plan_cards.CODE_KEY, plan_cards.CODE_LABEL),
        (plan_cards.NUMBER_KEY, plan_cards.NUMBER_LABEL),
        (plan_cards.BYLINE_KEY, plan_cards.BYLINE_LABEL),
        (plan_cards.CRUMB_KEY, plan_cards.CRUMB_LABEL),
        (plan_cards.BUBBLE_KEY, plan_cards.BUBBLE_LABEL),
    ]
    for key, label in pairs:
        assert key == plan_cards.label_key(label)


def test_import_builds_no_header_pipeline() -> None:
    """Importing the extractor builds no spaCy pipeline: the first header read does."""
    code = (
        "from plantrace.pipeline.extract import extract_file\n"
        "from plantrace.extractors.plan_columns import _nlp\n"
        "print(_nlp.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
