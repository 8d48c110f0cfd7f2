from __future__ import annotations

import pytest

from bot.settings import PROJECT_ROOT, Settings, SettingsError, load_settings


def test_defaults_need_no_file_or_environment(tmp_path) -> None:
    settings = load_settings(env={"BOT_SETTINGS": str(tmp_path / "absent.yml")})
    assert settings.db_url.startswith("sqlite:///")
    assert settings.appointment_capacity == 20


def test_file_then_environment_then_overrides(tmp_path) -> None:
    file = tmp_path / "minsheng.yml"
    file.write_text("db_url: sqlite:///from-file.db\nappointment_capacity: 5\nrephrase: true\n")
    env = {"BOT_SETTINGS": str(file), "BOT_APPOINTMENT_CAPACITY": "7"}
    settings = load_settings(env=env)
    assert settings.db_url == "sqlite:///from-file.db"
    assert settings.appointment_capacity == 7
    assert settings.extra == {"rephrase": True}
    assert load_settings(env=env, db_url="sqlite:///override.db").db_url == "sqlite:///override.db"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"db_url": "not a url"}, "db_url"),
        ({"appointment_capacity": 0}, "appointment_capacity"),
        ({"retrieval_min_score": 3}, "retrieval_min_score"),
    ],
)
def test_bad_values_are_named(kwargs, message) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings(**kwargs)


def test_bad_environment_value_is_named(tmp_path) -> None:
    env = {"BOT_SETTINGS": str(tmp_path / "absent.yml"), "BOT_APPOINTMENT_CAPACITY": "many"}
    with pytest.raises(SettingsError, match="appointment_capacity must be an integer"):
        load_settings(env=env)


def test_unknown_override_is_refused() -> None:
    with pytest.raises(SettingsError, match="unknown setting"):
        load_settings(env={}, colour="blue")


def test_the_generation_demo_settings_file_is_valid() -> None:
    from bot.generation.config import generation_settings
    from bot.llm import llm_config_from_settings

    path = PROJECT_ROOT / "configs" / "settings" / "generation-demo.yml"
    settings = load_settings(path, env={})
    llm = llm_config_from_settings(settings)
    assert llm.backend == "transformers" and llm.model_path == "models/hotline-tiny"
    generation = generation_settings(settings)
    assert generation.answers_enabled and generation.rephrase_enabled
    assert generation.timeout_s < 10  # below the action server's timeout
