from pathlib import Path

import pytest

import bot.finetune.config as config_module
from bot.finetune.config import FinetuneConfig, FinetuneConfigError, profile, profile_names
from bot.settings import PROJECT_ROOT


@pytest.mark.parametrize("suffix", [".yml", ".json"])
def test_round_trip(tmp_path: Path, suffix: str):
    cfg = FinetuneConfig(
        method="full",
        beta_intent=0.25,
        task_weights={"lm": 2.0, "nlu": 1.0},
        lora_target_modules=["q_proj"],
    )
    cfg.save(tmp_path / f"c{suffix}")
    assert FinetuneConfig.load(tmp_path / f"c{suffix}") == cfg


@pytest.mark.parametrize(
    "bad",
    [
        {"method": "qlora"},
        {"alpha_lm": -1},
        {"alpha_lm": 0, "beta_intent": 0, "gamma_ner": 0, "delta_routing": 0},
        {"task_weights": {"chitchat": 1.0}},
        {"task_weights": {"lm": 0.0}},
        {"lora_dropout": 1.5},
        {"micro_batch_size": 0},
        {"dtype": "float16"},
    ],
)
def test_bad_values_name_the_field(bad: dict):
    with pytest.raises(FinetuneConfigError) as e:
        FinetuneConfig.from_dict(bad)
    assert next(iter(bad)) in str(e.value) or "loss weight" in str(e.value)


def test_unknown_key_and_profiles(tmp_path: Path):
    with pytest.raises(FinetuneConfigError, match="unknown settings"):
        FinetuneConfig.from_dict({"learning_rat": 1e-4})
    (tmp_path / "c.yml").write_text("profile: tiny\nmax_steps: 7\n", "utf-8")
    cfg = FinetuneConfig.load(tmp_path / "c.yml")
    assert cfg.max_steps == 7 and cfg.lora_r == profile("tiny").lora_r
    assert all(FinetuneConfig.help().values()), "every field documents itself"


@pytest.mark.parametrize("name", ["tiny", "default"])
def test_shipped_configs_load(name: str):
    cfg = FinetuneConfig.load(PROJECT_ROOT / "configs" / "finetune" / f"{name}.yml")
    assert cfg.max_steps >= 1


def test_profiles_live_only_in_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    assert {"tiny", "default"} <= set(profile_names())
    assert not hasattr(config_module, "PROFILES"), "profiles are YAML files, not a Python table"
    assert profile("tiny") == FinetuneConfig.load(
        PROJECT_ROOT / "configs" / "finetune" / "tiny.yml"
    )
    assert profile("default") == FinetuneConfig(), "default.yml spells out the dataclass defaults"
    with pytest.raises(FinetuneConfigError, match="unknown profile 'huge'"):
        profile("huge")
    # a profile may start from another one; a cycle is reported, not followed forever
    monkeypatch.setattr(config_module, "PROFILE_DIR", tmp_path)
    (tmp_path / "a.yml").write_text("profile: b\nmax_steps: 3\n", "utf-8")
    (tmp_path / "b.yml").write_text("max_steps: 9\nlora_r: 4\n", "utf-8")
    assert (profile("a").max_steps, profile("a").lora_r) == (3, 4)
    (tmp_path / "b.yml").write_text("profile: a\n", "utf-8")
    with pytest.raises(FinetuneConfigError, match="profile cycle"):
        profile("a")
