"""EmergencyGate: the detector's decision outvotes every classifier; the classifiers'
report_emergency is kept as "unknown" or demoted for service questions."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from custom_components.emergency_gate import EmergencyGate

CONTEXT = ExecutionContext(GraphSchema({}), "gate")


@pytest.fixture
def gate(tmp_path) -> EmergencyGate:
    return EmergencyGate.create(
        EmergencyGate.get_default_config(), LocalModelStorage(tmp_path), Resource("gate"), CONTEXT
    )


def message(text: str, intent: str, confidence: float, others: dict[str, float]) -> Message:
    ranking = [{"name": intent, "confidence": confidence}] + [
        {"name": n, "confidence": c} for n, c in others.items()
    ]
    entity = {"entity": "district", "start": 0, "end": 2, "value": "东城区", "extractor": "DIET"}
    return Message(
        {
            TEXT: text,
            INTENT: ranking[0],
            "intent_ranking": ranking,
            ENTITIES: [entity],
        }
    )


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我不想活了，准备今晚跳楼", "self_harm"),
        ("楼道里一股很重的煤气味", "gas"),
        ("对方说是公安局的，让我把钱转到安全账户，我刚转了五万", "fraud"),
        ("救命", "unknown"),
    ],
)
def test_detector_outvotes_the_classifiers(gate, text, category) -> None:
    [m] = gate.process([message(text, "cancel", 0.9, {"file_complaint": 0.06, "greet": 0.04})])
    assert m.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    ranking = m.get("intent_ranking")
    assert ranking[0] == {"name": "report_emergency", "confidence": 1.0}
    assert abs(sum(r["confidence"] for r in ranking) - 1.0) < 1e-9
    assert {r["name"] for r in ranking} == {"report_emergency", "cancel", "file_complaint", "greet"}
    entities = m.get(ENTITIES)
    assert entities[0]["entity"] == "district"  # kept
    [emergency] = [e for e in entities if e["entity"] == "emergency_category"]
    assert emergency["value"] == category and emergency["extractor"] == "EmergencyGate"
    decision = m.get("emergency")
    assert decision["category"] == category and decision["source"] == "detector"
    assert text not in decision["reason"]
    assert "emergency" in m.output_properties  # stored in the tracker for audit


def test_fallback_does_not_hide_an_emergency(gate) -> None:
    [m] = gate.process([message("我爸突然倒地不省人事了", "nlu_fallback", 0.4, {"greet": 0.3})])
    assert m.get(INTENT)["name"] == "report_emergency"


def test_classifier_signal_is_kept_as_unknown(gate) -> None:
    [m] = gate.process([message("嗯嗯", "report_emergency", 0.8, {"greet": 0.2})])
    assert m.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    assert m.get("emergency")["category"] == "unknown"
    assert m.get("emergency")["numbers"] == ["110", "119", "120", "122", "12356"]
    assert m.get("emergency")["source"] == "classifier"


@pytest.mark.parametrize("text", ["120急救车收费标准", "燃气费怎么缴", "我想投诉110接警员态度不好"])
def test_classifier_signal_on_a_service_question_is_demoted(gate, text) -> None:
    [m] = gate.process(
        [message(text, "report_emergency", 0.7, {"ask_service": 0.2, "file_complaint": 0.1})]
    )
    assert m.get(INTENT)["name"] != "report_emergency"
    ranking = m.get("intent_ranking")
    assert ranking[-1] == {"name": "report_emergency", "confidence": 0.0}
    assert abs(sum(r["confidence"] for r in ranking) - 1.0) < 1e-9
    assert m.get("emergency")["category"] is None
    assert not [e for e in m.get(ENTITIES) if e["entity"] == "emergency_category"]


def test_weak_classifier_signal_is_demoted(gate) -> None:
    [m] = gate.process([message("嗯", "report_emergency", 0.3, {"greet": 0.7})])
    assert m.get(INTENT) == {"name": "greet", "confidence": 1.0}


def test_ordinary_messages_are_untouched(gate) -> None:
    before = message("社保卡怎么补办", "ask_service", 0.9, {"greet": 0.1})
    [m] = gate.process([before])
    assert m.get(INTENT) == {"name": "ask_service", "confidence": 0.9}
    assert m.get("emergency") is None


def test_bad_config(tmp_path) -> None:
    with pytest.raises(InvalidConfigException, match="classifier_min_confidence"):
        EmergencyGate({"classifier_min_confidence": 2})
