"""Generation settings: off without llm:, switchable per feature, bad values fail loudly."""

from __future__ import annotations

import pytest

from bot.generation.config import GenerationConfigError, GenerationSettings
from bot.settings import SettingsError


def test_everything_is_off_without_an_llm_mapping(settings_with) -> None:
    g = settings_with("sqlite://", generation={"answers": True}).generation
    assert not (g.answers_enabled or g.complaint_summary_enabled or g.rephrase_enabled)


def test_features_are_on_with_llm_and_can_be_switched_off(settings_with) -> None:
    g = settings_with("sqlite://", llm={"backend": "openai"}, generation={"rephrase": False})
    g = g.generation
    assert g.answers_enabled and g.complaint_summary_enabled and not g.rephrase_enabled


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"timeout_s": 0}, "timeout_s must be > 0"),
        ({"history_turns": -1}, "history_turns"),
        ({"answers": "yes"}, "answers must be true or false"),
    ],
)
def test_bad_values_name_the_setting(data: dict, message: str) -> None:
    with pytest.raises(GenerationConfigError, match=message):
        GenerationSettings(llm_configured=True, **data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"answer": True},
            r"unknown setting 'generation.answer' \(did you mean 'generation.answers'",
        ),
        ({"llm_configured": True}, "unknown setting 'generation.llm_configured'"),
        ({"timeout_s": 0}, "load_settings.*timeout_s must be > 0"),
    ],
)
def test_bad_generation_settings_fail_at_load(settings_with, data: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        settings_with("sqlite://", llm={}, generation=data)
