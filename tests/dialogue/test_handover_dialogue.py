"""Hand-over timing through a trained Rasa model, in-process, with the action server stopped:
nobody took the conversation in time -> 12345 and the 留言 button; an operator took it -> the
assistant is quiet but an emergency still gets its number; handed back -> the assistant answers.

The model is `make train`'s (results/model/ci.tar.gz) unless BOT_TEST_RASA_MODEL names another;
without it these tests skip (fail when BOT_REQUIRE_SERVICES=1). The wait is made "over" by the
hand-over's slot event being an hour old, so the outcome does not depend on the time of day.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from dialogue_helpers import closed_port, trained_model

UNANSWERED = "人工坐席都在忙"

pytestmark = pytest.mark.trained_model


@pytest.fixture(scope="module")
def agent() -> Any:
    model = trained_model()
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig

    url = f"http://127.0.0.1:{closed_port()}/webhook"
    return Agent.load(str(model), action_endpoint=EndpointConfig(url))


async def replies(agent: Any, sender: str, text: str) -> list[dict[str, Any]]:
    return await agent.handle_text(text, sender_id=sender) or []


async def say(agent: Any, sender: str, text: str) -> str:
    return "\n".join(r.get("text") or "" for r in await replies(agent, sender, text))


async def write(agent: Any, sender: str, *events: Any) -> None:
    tracker = await agent.tracker_store.get_or_create_tracker(sender)
    for event in events:
        tracker.update(event)
    await agent.tracker_store.save(tracker)


async def test_nobody_in_time_then_an_operator_then_handed_back(agent) -> None:
    from rasa.shared.core.events import SlotSet

    if "utter_handoff_unanswered" not in agent.domain.action_names_or_texts:
        pytest.skip("model trained before utter_handoff_unanswered existed")
    sender = "handover-timing"
    await say(agent, sender, "你好")
    await write(agent, sender, SlotSet("handoff_active", True, timestamp=time.time() - 3600))

    answer = await replies(agent, sender, "请问社保卡怎么补办")
    text = "\n".join(r.get("text") or "" for r in answer)
    assert UNANSWERED in text and "12345" in text
    buttons = [b for r in answer for b in r.get("buttons") or []]
    assert [b["payload"] for b in buttons] == ["/file_complaint"]
    reply = await say(agent, sender, "救命啊，有人拿刀砍人")
    assert "110" in reply and UNANSWERED not in reply

    # an operator takes it: the assistant stays quiet, emergencies are still answered
    await write(agent, sender, SlotSet("handoff_operator", "坐席07"))
    assert await say(agent, sender, "你好，在吗") == ""
    reply = await say(agent, sender, "楼道里一股很重的煤气味，好像哪家漏气了")
    assert "119" in reply

    # handed back: the assistant answers again
    await write(agent, sender, SlotSet("handoff_active", False), SlotSet("handoff_operator", None))
    reply = await say(agent, sender, "谢谢")
    assert reply and UNANSWERED not in reply
