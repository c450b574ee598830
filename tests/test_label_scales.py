"""The label over a status decides its scale: 'High' confidence is green, 'High' risk is red."""

from plantrace.pipeline.normalise.label_scales import keyed_by_label, label_scale
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


def test_confidence_scale_reads_high_as_green() -> None:
    key = keyed_by_label("Delivery confidence", None)
    assert normalise_rag("High", key) == "green"
    assert normalise_rag("Medium", key) == "amber"
    assert normalise_rag("Low", key) == "red"
    assert normalise_rag("Delivered", key) == "blue"


def test_risk_scale_reads_high_as_red() -> None:
    key = keyed_by_label("Risk rating", {"g": "green"})
    assert normalise_rag("High", key) == "red"
    assert normalise_rag("Low", key) == "green"
    assert normalise_rag("G", key) == "green"  # the plan's own key kept


def test_other_labels_pick_no_scale() -> None:
    assert label_scale("Status") == {}
    assert keyed_by_label("Status", None) is None
    assert normalise_rag("High") is None  # no colour without a label to say its scale


def test_not_yet_assessed_is_a_state() -> None:
    assert is_status_state("Not yet assessed")
    assert normalise_rag("Not yet assessed", keyed_by_label("Confidence", None)) is None
