"""Field labels phrased as questions are read by what they ask (extractors/question_labels.py)."""

from plantrace.extractors.question_labels import question_role
from plantrace.pipeline.normalise.rag import normalise_rag


def test_question_labels_read_by_what_they_ask() -> None:
    assert question_role("Who is leading this?") == "owner"
    assert question_role("Who will make sure it happens?") == "owner"
    assert question_role("By when?") == "due"
    assert question_role("When will this be finished?") == "due"
    assert question_role("Are we on track?") == "rag"
    assert question_role("How is it going?") == "rag"
    assert question_role("What has happened so far?") == "progress"
    assert question_role("Any news?") == "progress"


def test_questions_asking_no_field_name_none() -> None:
    assert question_role("What did Ofsted say about the front door?") is None
    assert question_role("What are we doing about it?") is None
    assert question_role("Lead officer") is None


def test_some_delays_is_amber() -> None:
    assert normalise_rag("Some delays") == "amber"
