"""A printed chat thread read whole: an action whose text opens with the sender's heading, or
whose owner is a recommendation's label, is said doubtful; a thread read right is not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_thread_replies import _pdf  # noqa: E402

from plantrace.extractors.chrome_actions import chrome_action_warnings  # noqa: E402
from plantrace.extractors.plan import extract_plan  # noqa: E402
from plantrace.pipeline.reader import parse_pdf_bytes  # noqa: E402


def test_chrome_in_actions_warned() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "channel.pdf"))
    assert not any("sender line" in w.message for w in plan.warnings)
    good = plan.actions[0]
    sender = good.model_copy(update={"text": "Planner Bot (Bot) 14/06/2027 09:10 " + good.text})
    timed = good.model_copy(update={"text": "Ruth Kowalczyk 10/06/2025 09:10 Task T1.1"})
    label = good.model_copy(update={"owner": "Recommendation 2"})
    assert chrome_action_warnings([good]) == []
    for bad in (sender, timed, label):
        (w,) = chrome_action_warnings([good, bad])
        assert w.code == "plan_actions_doubtful"
        assert "'T1.1'" in w.message
