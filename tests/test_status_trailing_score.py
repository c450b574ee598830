"""A status printed with a bracketed score after it ('Healthy (weighting 7)') reads as its
status word: the score is set aside, and words the plan uses for states read by meaning."""

from plantrace.pipeline.normalise.rag import normalise_rag


def test_trailing_score_set_aside() -> None:
    assert normalise_rag("Healthy (weighting 7)") == "green"
    assert normalise_rag("Strained (weighting 2)") == "amber"
    assert normalise_rag("Critical (score 10)") == "red"
    assert normalise_rag("Finished (weighting 9)") == "blue"


def test_score_alone_or_pending_is_no_status() -> None:
    assert normalise_rag("(weighting 3)") is None
    assert normalise_rag("Pending (weighting 3)") is None
