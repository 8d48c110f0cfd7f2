from __future__ import annotations

import pytest

from bot.nlu.intent_override import decided_ranking, demoted_ranking, with_whole_text_entity

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
