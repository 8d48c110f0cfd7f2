"""The one loader and its process-wide cache: every kind of model folder, errors that name the
folder, one copy per (folder, device, dtype), and the heads.json format fine-tuning writes."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
import torch

from bot.model import loader
from bot.model.heads_format import HEADS_META, HeadsMeta, has_heads, read_heads_meta, write_heads
from bot.model.labels import LabelMaps
from bot.model.loader import ModelLoadError, ModelNotFoundError, load_model, load_multitask

MAPS = LabelMaps(
    intents=["greet", "file_complaint"], entities=["district"], departments=["甲", "乙"]
)
TEXTS = ["南湖区路灯坏了", "你好"]


@pytest.fixture(scope="module")
def heads_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bot.finetune.model import build_model, save_model

    torch.manual_seed(0)
    model, tokenizer = build_model(tiny_model_dir, MAPS, method="full", head_dropout=0.0)
    out = tmp_path_factory.mktemp("heads") / "model"
    save_model(model, tokenizer, out, max_len=64)
    return out


def test_a_plain_causal_lm_is_loaded_once_per_folder_device_and_dtype(tiny_model_dir: Path):
    loaded = load_model(tiny_model_dir, "cpu", "float32")
    assert loaded.lm is not None and loaded.multitask is None and loaded.heads is None
    assert loaded.backbone is loaded.lm.base_model
    assert load_model(str(tiny_model_dir) + "/", "auto", "auto") is loaded  # same on a CPU box
    other = load_model(tiny_model_dir, "cpu", "bfloat16")
    assert other is not loaded and next(other.lm.parameters()).dtype == torch.bfloat16


def test_concurrent_first_loads_build_one_copy(tiny_model_dir: Path, tmp_path: Path, monkeypatch):
    path = tmp_path / "copy"
    shutil.copytree(tiny_model_dir, path)
    calls = []
    real = loader._load
    monkeypatch.setattr(loader, "_load", lambda *a: calls.append(a) or real(*a))
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(load_model(path, "cpu", "float32")))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and all(r is results[0] for r in results)


def test_a_fine_tuned_folder_gives_its_heads(heads_dir: Path):
    loaded = load_multitask(heads_dir, "cpu", "float32")
    assert loaded.heads == HeadsMeta(MAPS, loaded.lm.config.hidden_size, 64)
    assert loaded.multitask.lm is loaded.lm and loaded.backbone is loaded.lm.base_model
    (prediction, _) = loaded.multitask.predict(loaded.tokenizer, TEXTS)
    assert set(prediction["intent"]) == {"greet", "file_complaint"}
    assert sum(prediction["routing"].values()) == pytest.approx(1.0)


def test_heads_json_keeps_the_format_models_were_saved_with(heads_dir: Path, tmp_path: Path):
    """Persisted models (models/hotline-tiny) must keep loading: the file's keys and values."""
    data = json.loads((heads_dir / HEADS_META).read_text("utf-8"))
    assert list(data) == ["format", "hidden_size", "pooling", "input", "max_len", "labels"]
    assert data["format"] == 1 and data["max_len"] == 64
    assert data["labels"] == {
        "intents": MAPS.intents,
        "entities": ["district"],
        "bio": ["O", "B-district", "I-district"],
        "departments": ["甲", "乙"],
    }
    # Written and read back through the one writer and reader.
    write_heads(tmp_path, {"w": torch.ones(2)}, read_heads_meta(heads_dir))
    assert has_heads(tmp_path) and read_heads_meta(tmp_path) == read_heads_meta(heads_dir)
    (tmp_path / HEADS_META).write_text(json.dumps({**data, "format": 2}), "utf-8")
    with pytest.raises(ValueError, match="format 2"):
        read_heads_meta(tmp_path)


def test_a_peft_adapter_is_merged_into_its_local_base(tiny_model_dir: Path, tmp_path: Path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    peft_model = get_peft_model(
        base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"])
    )
    with torch.no_grad():  # LoRA B starts at zero: make the adapter matter
        for name, p in peft_model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.5)
    adapter = tmp_path / "adapter"
    peft_model.save_pretrained(adapter)
    assert not (adapter / "config.json").exists()
    loaded = load_model(adapter, "cpu", "float32")
    ids = loaded.tokenizer(TEXTS[0], add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        expected = peft_model.eval()(input_ids=ids).logits
        plain = load_model(tiny_model_dir, "cpu", "float32").lm(input_ids=ids).logits
        got = loaded.lm(input_ids=ids).logits
    torch.testing.assert_close(got, expected, rtol=1e-4, atol=1e-5)
    assert not torch.allclose(got, plain, atol=1e-4)


def test_errors_name_the_folder_or_the_value(tiny_model_dir: Path, tmp_path: Path):
    with pytest.raises(ModelNotFoundError, match="not a directory"):
        load_model(tmp_path / "nowhere")
    with pytest.raises(ModelNotFoundError, match="has no config.json"):
        load_model(tmp_path)
    (tmp_path / "adapter_config.json").write_text(
        json.dumps({"base_model_name_or_path": "Qwen/Qwen2.5-0.5B"}), "utf-8"
    )
    with pytest.raises(ModelNotFoundError, match="Qwen/Qwen2.5-0.5B.*not a local model folder"):
        load_model(tmp_path)
    with pytest.raises(ModelLoadError, match="dtype"):
        load_model(tiny_model_dir, "cpu", "float64")
    with pytest.raises(ModelLoadError, match="no heads.json"):
        load_multitask(tiny_model_dir, "cpu", "float32")
