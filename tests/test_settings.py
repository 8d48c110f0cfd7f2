from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.llm import SamplingParams
from bot.settings import (
    PROJECT_ROOT,
    DatabaseSettings,
    LimitsSettings,
    PrivacySettings,
    RetrievalSettings,
    Settings,
    SettingsError,
    load_settings,
)


def _file(tmp_path: Path, text: str, name: str = "minsheng.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_need_no_file_or_environment(tmp_path) -> None:
    settings = load_settings(env={"BOT_SETTINGS": str(tmp_path / "absent.yml")})
    assert settings.database.url.startswith("sqlite:///")
    assert settings.appointment_capacity == 20
    assert settings.llm is None and not settings.generation.answers_enabled
    assert settings.limits.max_message_chars == 1000
    assert settings.privacy.retention_days == 180
    assert settings.security.action_token_env == "MINSHENG_ACTION_TOKEN"


def test_file_then_environment_then_overrides(tmp_path) -> None:
    file = _file(
        tmp_path,
        "database:\n  url: sqlite:///from-file.db\n  connect_timeout_s: 3\n"
        "appointment_capacity: 5\nretrieval:\n  min_score: 0.3\n",
    )
    env = {"BOT_SETTINGS": str(file), "BOT_APPOINTMENT_CAPACITY": "7"}
    settings = load_settings(env=env)
    assert settings.database.url == "sqlite:///from-file.db"
    assert settings.database.connect_timeout_s == 3.0
    assert settings.appointment_capacity == 7
    assert settings.retrieval.min_score == 0.3
    overridden = load_settings(env=env, db_url="sqlite:///override.db")
    assert overridden.database.url == "sqlite:///override.db"
    # the rest of the section the file set is kept
    assert overridden.database.connect_timeout_s == 3.0


def test_nested_environment_variables_and_old_flat_names(tmp_path) -> None:
    env = {
        "BOT_SETTINGS": str(tmp_path / "absent.yml"),
        "BOT_DB_URL": "sqlite:///legacy.db",
        "BOT_LIMITS_MAX_MESSAGE_CHARS": "500",
        "BOT_RETRIEVAL_MIN_SCORE": "0.4",
        "BOT_DENSE_MODEL_DIR": str(tmp_path),
        "BOT_LLM_SAMPLING_TEMPERATURE": "0.5",
        "BOT_GENERATION_ANSWERS": "false",
        "BOT_PRIVACY_DATA_KEY_ENV": "",  # empty variables are ignored
    }
    settings = load_settings(env=env)
    assert settings.database.url == "sqlite:///legacy.db"
    assert settings.limits.max_message_chars == 500
    assert settings.retrieval.min_score == 0.4
    assert settings.retrieval.dense_model_dir == tmp_path
    assert settings.privacy.data_key_env == "MINSHENG_DATA_KEY"
    # an llm.* variable configures the engine section
    assert settings.llm is not None and settings.llm.sampling.temperature == 0.5
    assert settings.generation.llm_configured and not settings.generation.answers_enabled
    # the section's own name wins over the old flat alias
    both = load_settings(env=env | {"BOT_DATABASE_URL": "sqlite:///new.db"})
    assert both.database.url == "sqlite:///new.db"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "retreival_min_score: 0.3\n",
            r"unknown setting 'retreival_min_score' \(did you mean " r"'retrieval_min_score'\?\)",
        ),
        (
            "retrieval:\n  min_scor: 0.3\n",
            r"unknown setting 'retrieval.min_scor' \(did you mean " r"'retrieval.min_score'\?\)",
        ),
        ("llm:\n  sampling:\n    temprature: 0.3\n", "unknown setting 'llm.sampling.temprature'"),
        ("colour: blue\n", "unknown setting 'colour'"),
        ("database: sqlite:///x.db\n", "database must be a mapping"),
        ("db_url: sqlite:///a.db\ndatabase:\n  url: sqlite:///b.db\n", "both given"),
    ],
)
def test_unknown_keys_fail_at_load_with_the_key_and_file_named(tmp_path, text, message) -> None:
    file = _file(tmp_path, text)
    with pytest.raises(SettingsError, match=message) as e:
        load_settings(file, env={})
    assert str(file) in str(e.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("database:\n  url: not a url\n", "database.url"),
        ("retrieval:\n  min_score: 3\n", "retrieval.min_score"),
        ("retrieval:\n  dense_encoder: bge\n", "retrieval.dense_encoder"),
        ("limits:\n  max_message_chars: 0\n", "limits.max_message_chars"),
        ("privacy:\n  audit_retention_days: 30\n", "privacy.audit_retention_days"),
        ("safety:\n  guard_backend: magic\n", "safety.guard_backend"),
        ("llm:\n  backend: vllm\n", "llm.backend"),
        ("llm:\n  sampling: {temperature: 9}\n", "llm.sampling.*temperature"),
        ("timezone: Mars/Olympus\n", "timezone"),
    ],
)
def test_bad_values_in_a_file_name_the_file_and_setting(tmp_path, text, message) -> None:
    file = _file(tmp_path, text)
    with pytest.raises(SettingsError, match=message) as e:
        load_settings(file, env={})
    assert str(file) in str(e.value)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: DatabaseSettings(url="not a url"), "database.url"),
        (lambda: Settings(appointment_capacity=0), "appointment_capacity"),
        (lambda: RetrievalSettings(min_score=3), "retrieval.min_score"),
        (lambda: LimitsSettings(rate_limit_window_s=0), "limits.rate_limit_window_s"),
        (lambda: PrivacySettings(data_key_env="not a name"), "privacy.data_key_env"),
    ],
)
def test_bad_values_are_named(build, message) -> None:
    with pytest.raises(SettingsError, match=message):
        build()


def test_bad_environment_value_is_named(tmp_path) -> None:
    env = {"BOT_SETTINGS": str(tmp_path / "absent.yml"), "BOT_APPOINTMENT_CAPACITY": "many"}
    with pytest.raises(
        SettingsError, match="BOT_APPOINTMENT_CAPACITY: appointment_capacity must be an integer"
    ):
        load_settings(env=env)


def test_unknown_override_is_refused() -> None:
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        load_settings(env={}, colour="blue")
    with pytest.raises(SettingsError, match="unknown setting 'limits.max_chars'"):
        load_settings(env={}, limits={"max_chars": 5})


def test_round_trip_through_to_dict(tmp_path) -> None:
    file = _file(
        tmp_path,
        "llm:\n  backend: openai\n  sampling: {stop: ['。'], temperature: 0.2}\n"
        "retrieval:\n  dense_model_dir: models/dense\nlimits:\n  rate_limit_messages: 5\n",
    )
    settings = load_settings(file, env={})
    assert settings.llm.sampling == SamplingParams(stop=("。",), temperature=0.2)
    dumped = _file(tmp_path, yaml.safe_dump(settings.to_dict(), allow_unicode=True), "dump.yml")
    assert load_settings(dumped, env={}) == settings
    defaults = load_settings(env={"BOT_SETTINGS": str(tmp_path / "absent.yml")})
    again = _file(tmp_path, yaml.safe_dump(defaults.to_dict()), "defaults.yml")
    assert load_settings(again, env={}) == defaults


def test_every_field_is_documented_in_the_source() -> None:
    """Each field of every section has a comment right above it (why the default is what it is)."""
    import dataclasses
    import inspect

    from bot import settings as module

    for cls in (module.Settings, *module.SECTIONS):
        lines = inspect.getsource(cls).splitlines()
        for f in dataclasses.fields(cls):
            (index,) = [i for i, line in enumerate(lines) if line.strip().startswith(f"{f.name}:")]
            assert lines[index - 1].strip().startswith("#"), f"{cls.__name__}.{f.name}: no comment"


def test_the_generation_demo_settings_file_is_valid() -> None:
    from bot.llm import llm_config_from_settings

    path = PROJECT_ROOT / "configs" / "settings" / "generation-demo.yml"
    settings = load_settings(path, env={})
    llm = llm_config_from_settings(settings)
    assert llm.backend == "transformers" and llm.model_path == "models/hotline-tiny"
    generation = settings.generation
    assert generation.answers_enabled and generation.rephrase_enabled
    assert generation.timeout_s < 10  # below the action server's timeout
