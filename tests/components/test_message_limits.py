"""MessageLengthLimiter and MessageLengthResponder: long messages are cut before NLU and answered."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.input_limits import INPUT_LIMITS, MESSAGE_TOO_LONG, limit_text
from bot.settings import load_settings
from custom_components.message_limits import (
    UNTRUNCATED_TEXT,
    MessageLengthLimiter,
    MessageLengthResponder,
)

CONTEXT = ExecutionContext(GraphSchema({}), "limits")


def make(cls, tmp_path, **config):
    return cls.create(
        {**cls.get_default_config(), **config}, LocalModelStorage(tmp_path), Resource("x"), CONTEXT
    )


def ranked(text: str, **extra) -> Message:
    ranking = [
        {"name": "file_complaint", "confidence": 0.7},
        {"name": "greet", "confidence": 0.2},
        {"name": "ask_service", "confidence": 0.1},
    ]
    return Message({TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking, **extra})


def test_limit_text() -> None:
    assert limit_text("你好", 5) == limit_text("你好", 2)
    assert limit_text("你好", 2).truncated is False
    cut = limit_text("一二三四五", 3)
    assert (cut.text, cut.original_length, cut.truncated) == ("一二三", 5, True)
    assert cut.record() == {"original_length": 5, "truncated": True}
    assert limit_text(None, 3).record() == {"original_length": 0, "truncated": False}
    with pytest.raises(ValueError):
        limit_text("x", 0)


def test_default_limit_comes_from_settings(tmp_path) -> None:
    limiter = make(MessageLengthLimiter, tmp_path)
    assert limiter.max_chars == load_settings().limits.max_message_chars


@pytest.mark.parametrize("bad", [0, -1, "2000", 1.5, True])
def test_bad_limit_is_a_config_error(tmp_path, bad) -> None:
    with pytest.raises(InvalidConfigException, match="max_chars"):
        make(MessageLengthLimiter, tmp_path, max_chars=bad)


@pytest.mark.parametrize("unit", [" ", "1", "投诉", "😀", "138 0013 "])
def test_long_messages_are_cut_and_recorded(tmp_path, unit) -> None:
    text = unit * (100_000 // len(unit))
    message = Message({TEXT: text})
    make(MessageLengthLimiter, tmp_path, max_chars=2000).process([message])
    assert message.get(TEXT) == text[:2000]
    assert message.get(INPUT_LIMITS) == {"original_length": len(text), "truncated": True}
    assert message.get(UNTRUNCATED_TEXT) == text
    parse_data = message.as_dict(only_output_properties=True)
    assert parse_data[INPUT_LIMITS]["truncated"] is True
    assert len(parse_data[TEXT]) == 2000
    assert UNTRUNCATED_TEXT not in parse_data  # the whole text is not stored twice


def test_short_messages_are_untouched(tmp_path) -> None:
    message = Message({TEXT: "我要投诉小区噪音"})
    make(MessageLengthLimiter, tmp_path, max_chars=8).process([message])
    assert message.get(TEXT) == "我要投诉小区噪音"
    assert message.get(INPUT_LIMITS) == {"original_length": 8, "truncated": False}
    assert message.get(UNTRUNCATED_TEXT) is None


def test_training_examples_are_cut_like_messages(tmp_path) -> None:
    data = TrainingData([Message({TEXT: "一二三四五", INTENT: "greet"}), Message({TEXT: "好"})])
    make(MessageLengthLimiter, tmp_path, max_chars=3).process_training_data(data)
    assert [m.get(TEXT) for m in data.training_examples] == ["一二三", "好"]


def test_responder_overrides_the_intent_of_cut_messages(tmp_path) -> None:
    limiter = make(MessageLengthLimiter, tmp_path, max_chars=4)
    entity = {"entity": "district", "start": 0, "end": 3, "value": "南湖区"}
    cut, kept = ranked("南湖区噪音太吵了", **{ENTITIES: [entity]}), ranked("南湖区")
    limiter.process([cut, kept])
    make(MessageLengthResponder, tmp_path).process([cut, kept])

    assert cut.get(INTENT) == {"name": MESSAGE_TOO_LONG, "confidence": 1.0}
    ranking = cut.get(INTENT_RANKING_KEY)
    assert ranking[0] == {"name": MESSAGE_TOO_LONG, "confidence": 1.0}
    assert {r["name"] for r in ranking[1:]} == {"file_complaint", "greet", "ask_service"}
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert cut.get(ENTITIES) == [entity]
    assert cut.as_dict(only_output_properties=True)[INTENT]["name"] == MESSAGE_TOO_LONG

    assert kept.get(INTENT) == {"name": "file_complaint", "confidence": 0.7}


def test_responder_requires_the_limiter() -> None:
    assert MessageLengthResponder.required_components() == [MessageLengthLimiter]


def test_pipeline_order_in_config() -> None:
    """Limiter first; responder after FallbackClassifier and before the safety components, which
    must be able to outvote message_too_long (an emergency in a long message still wins)."""
    import yaml

    from bot.settings import PROJECT_ROOT

    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    names = [step["name"].rsplit(".", 1)[-1] for step in config["pipeline"]]
    assert names[0] == "MessageLengthLimiter"
    responder = names.index("MessageLengthResponder")
    assert names.index("FallbackClassifier") < responder
    for later in ("PolicyGuard", "EmergencyGate"):
        if later in names:
            assert responder < names.index(later), f"{later} must come after the responder"
