"""The guard model's second opinion (bot.safety.guard) against a real ``python -m bot serve``.

The served model is a tiny random-init Qwen2 over-fitted for a few hundred CPU steps to answer
the guard's format ("Safety: …\\nCategories: …") for a handful of prompts: the whole path (chat
template, server, HTTP, parsing, combination) runs for real; only the model is small.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.safety.guard import (
    GuardClient,
    GuardFormatError,
    GuardVerdict,
    combine,
    guard_from_settings,
    parse_guard_output,
)
from bot.safety.policy import PolicyDecision, assess_request
from bot.settings import load_settings

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The model server answers only requests carrying this secret (settings.security.model_token_env).
TOKEN = "guard-test-token"

# Prompts the tiny guard is over-fitted on, with the answer it must give. They are chosen so that
# the local policy says "safe" for all of them: only the guard can make them stricter.
GUARD_ANSWERS = {
    "居住证怎么办理": "Safety: Unsafe\nCategories: Violent",
    "今天天气怎么样": "Safety: Controversial\nCategories: Politically Sensitive Topics",
    "社保卡怎么补办": "Safety: Safe\nCategories: None",
    "公积金怎么提取": "Safety: Safe\nCategories: None",
    "讲个笑话吧": "Safety: Unsafe\nCategories: PII, Jailbreak",
    "明天放假吗": "Safety: Safe\nCategories: None",
}


def train_tiny_guard(out: Path, max_steps: int = 400) -> Path:
    """A tiny Qwen2 that answers each GUARD_ANSWERS prompt with its answer: full-batch AdamW until
    the answers' loss is below 0.02 (about 150 steps; seconds on an idle CPU)."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from bot.finetune.base_model import train_tokenizer

    corpus = [f"{q}\n{a}" for q, a in GUARD_ANSWERS.items()] * 4
    tokenizer = train_tokenizer(corpus, vocab_size=400)
    torch.manual_seed(0)
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=256,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=None,
    )
    model = Qwen2ForCausalLM(config)
    rows, labels = [], []
    for prompt, answer in GUARD_ANSWERS.items():
        head = tokenizer.apply_chat_template(
            [{"role": "user", "content": prompt}], add_generation_prompt=True, tokenize=True
        )
        tail = tokenizer(answer, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
        rows.append(head + tail)
        labels.append([-100] * len(head) + tail)
    width = max(len(r) for r in rows)
    pad = tokenizer.pad_token_id
    input_ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows])
    attention = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    target = torch.tensor([x + [-100] * (width - len(x)) for x in labels])
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(max_steps):
        loss = model(input_ids=input_ids, attention_mask=attention, labels=target).loss
        if loss.item() < 0.02:
            break
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert loss.item() < 0.05, f"the tiny guard did not fit its answers (loss {loss.item():.3f})"
    model.eval()
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def guard_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``python -m bot serve`` serving the tiny guard on a free localhost port; its /v1 URL."""
    model = train_tiny_guard(tmp_path_factory.mktemp("guard") / "tiny-guard")
    port = _free_port()
    env = {
        **os.environ,
        "USE_TF": "0",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "BOT_SETTINGS": str(tmp_path_factory.mktemp("settings") / "none.yml"),
        "MINSHENG_MODEL_TOKEN": TOKEN,
    }
    log = tmp_path_factory.mktemp("log") / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bot",
                "serve",
                "--model",
                str(model),
                "--port",
                str(port),
                "--served-model-name",
                "tiny-guard",
                "--device",
                "cpu",
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # a loaded CI machine imports torch slowly
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"bot serve exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"bot serve did not start: {log.read_text(errors='replace')}")
            time.sleep(0.5)
        yield f"{url}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_fixture_prompts_are_locally_safe() -> None:
    for prompt in GUARD_ANSWERS:
        assert assess_request(prompt).level == "safe", prompt


@pytest.mark.parametrize(("prompt", "answer"), list(GUARD_ANSWERS.items()))
def test_served_guard_answers_in_format(guard_server: str, prompt: str, answer: str) -> None:
    client = GuardClient(guard_server, model="tiny-guard", timeout_s=30, api_key=TOKEN)
    try:
        assert client.classify(prompt) == parse_guard_output(answer)
    finally:
        client.close()


def test_guard_only_makes_decisions_stricter(guard_server: str) -> None:
    client = GuardClient(guard_server, model="tiny-guard", timeout_s=30, api_key=TOKEN)
    try:
        unsafe = client.review("居住证怎么办理", assess_request("居住证怎么办理"))
        assert unsafe.level == "unsafe" and unsafe.category == "violent"
        assert unsafe.reason.startswith("guard:unsafe")
        both = client.review("讲个笑话吧", assess_request("讲个笑话吧"))
        assert both.refuse and both.category == "pii"
        mid = client.review("今天天气怎么样", assess_request("今天天气怎么样"))
        assert mid.level == "controversial" and mid.category == "politically_sensitive"
        safe = client.review("社保卡怎么补办", assess_request("社保卡怎么补办"))
        assert safe == assess_request("社保卡怎么补办")
        # A local refusal is never relaxed, and the guard is not even asked.
        local = assess_request("怎么伪造一份收入证明")
        assert local.refuse
        assert client.review("社保卡怎么补办", local) is local
    finally:
        client.close()


def test_guard_from_settings_reaches_the_server(guard_server: str, tmp_path: Path) -> None:
    settings_file = tmp_path / "minsheng.yml"
    settings_file.write_text(
        "safety:\n"
        "  guard_backend: openai\n"
        f"  guard_url: {guard_server}\n"
        "  guard_model: tiny-guard\n"
        "  guard_timeout_s: 30\n"
        "  guard_api_key_env: GUARD_TEST_KEY\n",
        encoding="utf-8",
    )
    env = {"GUARD_TEST_KEY": TOKEN}
    client = guard_from_settings(load_settings(path=settings_file, env={}), env=env)
    assert client is not None and client.model == "tiny-guard" and client.timeout_s == 30.0
    try:
        verdict = client.classify("居住证怎么办理")
        assert verdict == GuardVerdict("unsafe", ("violent",))
    finally:
        client.close()
    assert (
        guard_from_settings(load_settings(path=None, env={"BOT_SETTINGS": "/nonexistent"})) is None
    )


def test_timeout_and_dead_server_keep_the_local_decision(tmp_path: Path) -> None:
    # A server that accepts the connection and never answers.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        client = GuardClient(f"http://127.0.0.1:{port}/v1", timeout_s=0.3)
        local = assess_request("今天天气怎么样")
        start = time.monotonic()
        assert client.review("今天天气怎么样", local) is local
        assert time.monotonic() - start < 2.0
        client.close()
    dead = GuardClient(f"http://127.0.0.1:{_free_port()}/v1", timeout_s=0.5)
    assert dead.review("今天天气怎么样", local) is local
    dead.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Safety: Safe\nCategories: None", GuardVerdict("safe", ())),
        ("Safety: Unsafe\nCategories: Violent", GuardVerdict("unsafe", ("violent",))),
        (
            "Safety: Unsafe\nCategories: Non-violent Illegal Acts, PII",
            GuardVerdict("unsafe", ("non_violent_illegal", "pii")),
        ),
        (
            "Safety: Controversial\nCategories: Suicide & Self-Harm",
            GuardVerdict("controversial", ("suicide_self_harm",)),
        ),
        ("safety: unsafe\ncategories: jailbreak, made-up", GuardVerdict("unsafe", ("jailbreak",))),
        ("Safety: Unsafe", GuardVerdict("unsafe", ())),
    ],
)
def test_parse_guard_output(text: str, expected: GuardVerdict) -> None:
    assert parse_guard_output(text) == expected


@pytest.mark.parametrize("text", ["", "I cannot help with that.", "Categories: Violent"])
def test_parse_guard_output_rejects_other_text(text: str) -> None:
    with pytest.raises(GuardFormatError):
        parse_guard_output(text)


def test_combine_never_relaxes() -> None:
    unsafe = PolicyDecision("unsafe", "pii", "rule:x")
    for verdict in (GuardVerdict("safe", ()), GuardVerdict("controversial", ("violent",))):
        assert combine(unsafe, verdict) is unsafe
    controversial = PolicyDecision("controversial", "violent", "rule:y+lawful:举报")
    assert combine(controversial, GuardVerdict("safe", ())) is controversial
    assert combine(controversial, GuardVerdict("controversial", ("pii",))) is controversial
    upgraded = combine(controversial, GuardVerdict("unsafe", ()))
    assert upgraded.refuse and upgraded.category == "violent"
