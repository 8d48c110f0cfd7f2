"""Generation settings: off without llm:, switchable per feature, bad values fail loudly."""

from __future__ import annotations

import pytest

from bot.generation.config import GenerationConfigError, GenerationSettings, generation_settings


def test_everything_is_off_without_an_llm_mapping(settings_with) -> None:
    g = generation_settings(settings_with("sqlite://", generation={"answers": True}))
    assert not (g.answers_enabled or g.complaint_summary_enabled or g.rephrase_enabled)


def test_features_are_on_with_llm_and_can_be_switched_off(settings_with) -> None:
    g = generation_settings(
        settings_with("sqlite://", llm={"backend": "openai"}, generation={"rephrase": False})
    )
    assert g.answers_enabled and g.complaint_summary_enabled and not g.rephrase_enabled


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"answer": True}, "unknown generation setting"),
        ({"timeout_s": 0}, "timeout_s must be > 0"),
        ({"history_turns": -1}, "history_turns"),
        ({"answers": "yes"}, "answers must be true or false"),
    ],
)
def test_bad_values_name_the_setting(data: dict, message: str) -> None:
    with pytest.raises(GenerationConfigError, match=message):
        GenerationSettings.from_dict(data, llm_configured=True)
