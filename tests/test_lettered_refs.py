"""Actions lettered in capitals under their recommendation's number ('1A', '2B') are read as
coded refs, so each links to the recommendation its number names."""

from __future__ import annotations

from plantrace.extractors.lettered_refs import lettered_texts, split_lettered
from plantrace.extractors.plan_recommendations import coded_ref


def test_lettered_texts_need_every_action_lettered() -> None:
    texts = ["1A Report timeliness monthly", "1B Use scores to refer", "2A Convert agency posts"]
    assert lettered_texts(texts)
    assert not lettered_texts([*texts, "Hold exit interviews with every leaver"])
    assert not lettered_texts(["4G network rollout to offices", "4G network rollout to schools"])
    assert not lettered_texts(["1A Report timeliness monthly"])


def test_split_and_coded() -> None:
    assert split_lettered("2A Convert agency posts") == ("2A", "Convert agency posts")
    assert split_lettered("2 As agreed") is None
    assert coded_ref("2A") and coded_ref("1c") and coded_ref("A1.3")
    assert not coded_ref("2 As")
