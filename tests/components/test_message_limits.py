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
@pytest.mark.parametrize("key", ["max_chars", "max_tokens", "nlu_chars"])
def test_bad_limit_is_a_config_error(tmp_path, bad, key) -> None:
    with pytest.raises(InvalidConfigException, match=key):
        make(MessageLengthLimiter, tmp_path, **{key: bad})


@pytest.mark.parametrize("unit", [" ", "1", "投诉", "😀", "138 0013 "])
def test_long_messages_are_cut_and_recorded(tmp_path, unit) -> None:
    text = unit * (100_000 // len(unit))
    message = Message({TEXT: text})
    limiter = make(
        MessageLengthLimiter, tmp_path, max_chars=2000, max_tokens=10_000, nlu_chars=2000
    )
    limiter.process([message])
    assert message.get(TEXT) == text[:2000]
    assert message.get(INPUT_LIMITS) == {"original_length": len(text), "truncated": True}
    assert message.get(UNTRUNCATED_TEXT) == text
    parse_data = message.as_dict(only_output_properties=True)
    assert parse_data[INPUT_LIMITS]["truncated"] is True
    assert len(parse_data[TEXT]) == 2000
    assert UNTRUNCATED_TEXT not in parse_data  # the whole text is not stored twice


@pytest.mark.parametrize(
    ("unit", "kept"),
    [
        ("😀", 600),  # one token each
        ("，", 600),
        ("投诉", 1000),  # 0.6 each: the character cap comes first
        ("路灯", 1000),
        ("abc ", 1000),  # 250 runs of letters, within 600
        (" ", 1000),
    ],
)
def test_messages_are_also_cut_by_estimated_tokens(tmp_path, unit, kept) -> None:
    text = unit * (100_000 // len(unit))
    message = Message({TEXT: text})
    limiter = make(MessageLengthLimiter, tmp_path, max_chars=1000, max_tokens=600, nlu_chars=1000)
    limiter.process([message])
    assert len(message.get(TEXT)) == kept


def test_token_estimate_on_a_real_letter() -> None:
    from bot.input_limits import token_cut

    letter = "我家楼下的餐馆每天晚上十点以后还在营业，油烟和噪音很大，希望有关部门处理。" * 20
    cut = token_cut(letter, 600)
    assert cut == len(letter) or 0.6 * cut <= 600
    assert token_cut("😀" * 10, 5) == 5 and token_cut("", 5) == 0


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


def _classified_too_long(text: str) -> Message:
    ranking = [
        {"name": MESSAGE_TOO_LONG, "confidence": 0.6},
        {"name": "ask_service", "confidence": 0.3},
        {"name": "greet", "confidence": 0.1},
    ]
    return Message({TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})


@pytest.mark.parametrize("text", ["有年龄限制吗", "办下来要多长时间", "这个有没有次数限制"])
def test_responder_demotes_a_look_alike_of_message_too_long(tmp_path, text) -> None:
    # Classified message_too_long without a word about message length: a service follow-up.
    message = _classified_too_long(text)
    make(MessageLengthResponder, tmp_path).process([message])
    assert message.get(INTENT) == {"name": "ask_service", "confidence": pytest.approx(0.75)}
    ranking = message.get(INTENT_RANKING_KEY)
    assert ranking[-1] == {"name": MESSAGE_TOO_LONG, "confidence": 0.0}
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["发一大段话你能看完吗", "最多能打多少字", "材料太长了贴不进来"])
def test_responder_keeps_a_real_question_about_length(tmp_path, text) -> None:
    message = _classified_too_long(text)
    make(MessageLengthResponder, tmp_path).process([message])
    assert message.get(INTENT) == {"name": MESSAGE_TOO_LONG, "confidence": 0.6}


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


EMERGENCY = "我家厨房着火了，火很大"


@pytest.mark.parametrize("unit", [" ", "1", "投诉", "😀", "我的电话 138 0013 8000 😀 "])
@pytest.mark.parametrize("separator", ["。", "\n", "！"])
def test_an_emergency_after_the_cut_is_still_answered(tmp_path, unit, separator) -> None:
    """An emergency sentence at the end of a 100,000-character message: the limiter finds it in
    the part it cuts off, NLU reads that sentence, and EmergencyGate outvotes message_too_long."""
    from custom_components.emergency_gate import EmergencyGate

    text = unit * (100_000 // len(unit)) + separator + EMERGENCY
    message = ranked(text)
    make(MessageLengthLimiter, tmp_path, max_chars=500).process([message])
    assert message.get(TEXT) == EMERGENCY
    assert message.get(INPUT_LIMITS) == {
        "original_length": len(text),
        "truncated": True,
        "emergency_sentence": True,
    }
    make(MessageLengthResponder, tmp_path).process([message])
    assert message.get(INTENT)["name"] == MESSAGE_TOO_LONG
    make(EmergencyGate, tmp_path).process([message])
    assert message.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    assert message.get("emergency")["category"] == "fire"


def test_without_an_emergency_the_head_is_kept(tmp_path) -> None:
    text = "小区路灯坏了。" * 20_000
    message = ranked(text)
    make(MessageLengthLimiter, tmp_path, max_chars=500, nlu_chars=500).process([message])
    assert message.get(TEXT) == text[:500]
    assert "emergency_sentence" not in message.get(INPUT_LIMITS)


@pytest.mark.parametrize("unit", [" ", "1", "投诉", "😀", "我的电话 138 0013 8000 😀 "])
def test_nlu_reads_a_short_head_of_a_cut_message(tmp_path, unit) -> None:
    """A cut message's reply is decided (message_too_long), so NLU reads only its first
    nlu_chars characters (the default from settings); a message within the cap is read whole,
    and an emergency anywhere in a cut message is still the text NLU reads."""
    from custom_components.emergency_gate import EmergencyGate

    limiter = make(MessageLengthLimiter, tmp_path)
    nlu_chars = load_settings().limits.cut_message_nlu_chars
    assert limiter.nlu_chars == nlu_chars < limiter.max_chars
    text = unit * (100_000 // len(unit))
    message = ranked(text)
    limiter.process([message])
    kept = limit_text(text, limiter.max_chars, limiter.max_tokens).text
    assert message.get(TEXT) == kept[:nlu_chars]
    assert message.get(INPUT_LIMITS) == {"original_length": len(text), "truncated": True}
    make(MessageLengthResponder, tmp_path).process([message])
    assert message.get(INTENT)["name"] == MESSAGE_TOO_LONG

    letter = "我家楼下的餐馆每天晚上十点以后还在营业，油烟和噪音很大。" * 30  # within the cap
    assert nlu_chars < len(letter) <= limiter.max_chars
    whole = Message({TEXT: letter})
    limiter.process([whole])
    assert whole.get(TEXT) == letter and not whole.get(INPUT_LIMITS)["truncated"]

    # An emergency sentence longer than the NLU head is read whole (not cut to nlu_chars).
    long_fire = "我家厨房着火了，" + "火越烧越大，" * 30 + "快来人"
    assert nlu_chars < len(long_fire) <= 200
    message = ranked(text + "。" + long_fire)
    limiter.process([message])
    assert message.get(TEXT) == long_fire
    make(EmergencyGate, tmp_path).process([message])
    assert message.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}


def test_nlu_chars_comes_from_settings(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BOT_LIMITS_CUT_MESSAGE_NLU_CHARS", "40")
    limiter = make(MessageLengthLimiter, tmp_path)
    assert limiter.nlu_chars == 40
    message = Message({TEXT: "小区路灯坏了。" * 1000})
    limiter.process([message])
    assert message.get(TEXT) == ("小区路灯坏了。" * 10)[:40]
    monkeypatch.setenv("BOT_LIMITS_CUT_MESSAGE_NLU_CHARS", "0")
    with pytest.raises(ValueError, match="cut_message_nlu_chars"):
        load_settings()


def test_segments_are_distinct_wordy_and_overlapping() -> None:
    from bot.input_limits import SEGMENT_OVERLAP, SEGMENT_WINDOW, segments

    assert list(segments("你好。你好！  。123。😀😀\nhello")) == ["你好", "hello"]
    run = "".join(chr(0x4E00 + i) for i in range(1000))  # no sentence end, all distinct
    pieces = list(segments(run))
    assert all(len(p) <= SEGMENT_WINDOW for p in pieces)
    # Every stretch of SEGMENT_OVERLAP characters lies whole inside one window.
    for start in range(0, len(run) - SEGMENT_OVERLAP):
        assert any(run[start : start + SEGMENT_OVERLAP] in p for p in pieces)
    with pytest.raises(ValueError):
        list(segments("x", window=10, overlap=10))


def test_a_channels_cut_is_taken_as_the_limiters_own(tmp_path) -> None:
    """Our channels cut before Rasa and say so in the metadata: the limiter records their cut, so
    the reply is message_too_long as for a message it cut itself; emergencies still win."""
    from custom_components.emergency_gate import EmergencyGate

    cut = {"original_length": 100_000, "truncated": True}
    message = ranked("小区路灯坏了。" * 10, metadata={INPUT_LIMITS: cut})
    make(MessageLengthLimiter, tmp_path, max_chars=500).process([message])
    assert message.get(INPUT_LIMITS) == cut
    make(MessageLengthResponder, tmp_path).process([message])
    assert message.get(INTENT)["name"] == MESSAGE_TOO_LONG

    flagged = {**cut, "emergency_sentence": True}
    message = ranked(EMERGENCY, metadata={INPUT_LIMITS: flagged})
    make(MessageLengthLimiter, tmp_path, max_chars=500).process([message])
    assert message.get(TEXT) == EMERGENCY and message.get(INPUT_LIMITS) == flagged
    make(MessageLengthResponder, tmp_path).process([message])
    make(EmergencyGate, tmp_path).process([message])
    assert message.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}

    # A record that does not fit the text (a client's forgery on another channel) is ignored.
    message = ranked("你好", metadata={INPUT_LIMITS: {"original_length": 1, "truncated": True}})
    make(MessageLengthLimiter, tmp_path, max_chars=500).process([message])
    assert message.get(INPUT_LIMITS) == {"original_length": 2, "truncated": False}
