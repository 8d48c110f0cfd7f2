from __future__ import annotations

from pathlib import Path

import pytest

from bot.llm import LLMConfig, LLMConfigError, SamplingParams, llm_config_from_settings
from bot.settings import load_settings


def test_llm_config_from_minsheng_yml(tmp_path: Path) -> None:
    settings_file = tmp_path / "minsheng.yml"
    settings_file.write_text(
        "llm:\n"
        "  backend: openai\n"
        "  base_url: http://127.0.0.1:9000/v1/\n"
        "  model: hotline\n"
        "  api_key_env: HOTLINE_KEY\n"
        "  max_batch_size: 4\n"
        "  sampling: {max_new_tokens: 64, temperature: 0.7, stop: ['。']}\n",
        encoding="utf-8",
    )
    config = llm_config_from_settings(load_settings(settings_file, env={}))
    assert config.backend == "openai"
    assert config.base_url == "http://127.0.0.1:9000/v1"
    assert config.max_batch_size == 4
    assert config.sampling == SamplingParams(max_new_tokens=64, temperature=0.7, stop=("。",))
    assert config.model_name == "hotline"


def test_default_model_path_is_the_base_model(tmp_path: Path) -> None:
    settings = load_settings(env={"BOT_SETTINGS": str(tmp_path / "none.yml")})
    config = llm_config_from_settings(settings)
    assert config.backend == "transformers"
    assert config.model_path == str(settings.models_dir / "base")


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"backend": "vllm"}, "llm.backend"),
        ({"device": "tpu"}, "llm.device"),
        ({"max_batch_size": 0}, "llm.max_batch_size"),
        ({"queue_size": "many"}, "llm.queue_size"),
        ({"timeout_s": -1}, "llm.timeout_s"),
        ({"batch_wait_ms": 5000}, "llm.batch_wait_ms"),
        ({"backend": "openai", "base_url": "localhost:8000"}, "llm.base_url"),
        ({"sampling": {"temperature": 9}}, "temperature"),
        ({"sampling": {"beams": 4}}, "llm.sampling"),
        ({"modle_path": "x"}, "modle_path"),
    ],
)
def test_bad_values_are_named(data: dict, named: str) -> None:
    with pytest.raises(LLMConfigError, match=named):
        LLMConfig.from_dict(data)


def test_every_field_has_help() -> None:
    assert all(text.strip() for text in LLMConfig.help().values())
    assert LLMConfig.from_dict(LLMConfig().to_dict()) == LLMConfig()
