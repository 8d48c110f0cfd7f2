from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.nlu.intent_override import (
    DEMOTED_FALLBACK_THRESHOLD,
    decided_ranking,
    demoted_ranking,
    with_whole_text_entity,
)

RANKING = [
    {"name": "ask_service", "confidence": 0.6},
    {"name": "report_emergency", "confidence": 0.3},
    {"name": "greet", "confidence": 0.1},
]


def test_a_decided_intent_is_first_at_one_and_the_ranking_still_sums_to_one() -> None:
    top, ranking = decided_ranking(RANKING, "report_emergency")
    assert top == {"name": "report_emergency", "confidence": 1.0}
    assert ranking[0] == top and [e["name"] for e in ranking[1:]] == ["ask_service", "greet"]
    assert sum(e["confidence"] for e in ranking) == pytest.approx(1.0)
    # An intent the classifiers did not rank at all is decided the same way.
    top, ranking = decided_ranking(RANKING, "message_too_long")
    assert ranking[0]["name"] == "message_too_long" and len(ranking) == 4


def test_a_demoted_intent_gives_its_mass_to_the_others() -> None:
    ranking = demoted_ranking(RANKING, "report_emergency")
    assert ranking is not None
    assert [e["name"] for e in ranking] == ["ask_service", "greet", "report_emergency"]
    assert ranking[0]["confidence"] == pytest.approx(0.6 / 0.7)
    assert ranking[-1]["confidence"] == 0.0
    assert sum(e["confidence"] for e in ranking) == pytest.approx(1.0)
    assert (
        demoted_ranking([{"name": "report_emergency", "confidence": 1.0}], "report_emergency")
        is None
    )


def test_an_unsure_next_intent_after_a_demotion_becomes_nlu_fallback() -> None:
    ranking = [
        {"name": "request_harmful", "confidence": 0.55},
        {"name": "goodbye", "confidence": 0.15},
        {"name": "file_complaint", "confidence": 0.1},
        {"name": "nlu_fallback", "confidence": 0.05},
        {"name": "greet", "confidence": 0.15},
    ]
    out = demoted_ranking(ranking, "request_harmful", 0.4)
    assert out is not None
    assert out[0] == {"name": "nlu_fallback", "confidence": 0.4}
    assert [e["name"] for e in out].count("nlu_fallback") == 1
    assert out[-1] == {"name": "request_harmful", "confidence": 0.0}
    assert sum(e["confidence"] for e in out) == pytest.approx(1.0)
    # Sure enough, or a service question (its action says when it finds nothing): kept.
    sure = [{"name": "request_harmful", "confidence": 0.5}, {"name": "greet", "confidence": 0.45}]
    assert demoted_ranking(sure, "request_harmful", 0.4)[0]["name"] == "greet"
    service = [
        {"name": "report_emergency", "confidence": 0.7},
        {"name": "ask_service", "confidence": 0.2},
        {"name": "greet", "confidence": 0.1},
    ]
    assert demoted_ranking(service, "report_emergency", 0.4)[0]["name"] == "ask_service"
    # Without a threshold (the default), the next intent is taken whatever its confidence.
    assert demoted_ranking(ranking, "request_harmful")[0]["name"] in {"goodbye", "greet"}


def test_the_demotion_threshold_is_fallback_classifiers() -> None:
    config = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "config.yml").read_text(encoding="utf-8")
    )
    [fallback] = [c for c in config["pipeline"] if c["name"] == "FallbackClassifier"]
    assert fallback["threshold"] == DEMOTED_FALLBACK_THRESHOLD


def test_the_whole_text_entity_replaces_an_earlier_one_and_keeps_the_rest() -> None:
    entities = [
        {"entity": "district", "start": 0, "end": 3, "value": "东城区"},
        {"entity": "emergency_category", "start": 0, "end": 2, "value": "fire"},
    ]
    out = with_whole_text_entity(
        entities, "东城区着火了", "emergency_category", "gas", "EmergencyGate"
    )
    assert out[0]["entity"] == "district"
    assert out[1] == {
        "entity": "emergency_category",
        "start": 0,
        "end": 6,
        "value": "gas",
        "confidence": 1.0,
        "extractor": "EmergencyGate",
    }
