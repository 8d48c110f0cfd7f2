"""RephrasingNLG as Rasa builds it from endpoints.yml: rephrases flagged responses, falls back."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import yaml
from rasa.core.nlg import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.generation.config import GenerationSettings
from bot.generation.rephrase import check_rephrasing
from custom_components.rephrasing_nlg import RephrasingNLG, conversation_turns

HOURS = "东城区政务服务中心工作日9:00-12:00办理，咨询电话0755-12345101。"
BUTTONS = [{"title": "预约", "payload": "/book_appointment"}]
DOMAIN = Domain.from_dict(
    {
        "responses": {
            "utter_hours": [{"text": HOURS, "buttons": BUTTONS, "metadata": {"rephrase": True}}],
            "utter_thank": [{"text": "不客气，很高兴能帮到您。"}],
        }
    }
)
GOOD = "您好，东城区政务服务中心在工作日9:00-12:00办理业务，有疑问可拨打0755-12345101。"


def _tracker() -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "c1",
        [UserUttered("东城区几点上班"), BotUttered("请问您问的是哪个中心？"), UserUttered("东城")],
    )


def _nlg(tmp_path: Path, base_url: str, **generation) -> NaturalLanguageGenerator:
    """The NLG exactly as Rasa creates it from ``nlg: type: ...`` in endpoints.yml."""
    settings = tmp_path / "minsheng.yml"
    settings.write_text(
        yaml.safe_dump(
            {
                "db_url": f"sqlite:///{tmp_path / 'x.db'}",
                "llm": {"backend": "openai", "base_url": base_url},
                "generation": {"timeout_s": 2, **generation},
            }
        ),
        encoding="utf-8",
    )
    endpoint = EndpointConfig(
        type="custom_components.rephrasing_nlg.RephrasingNLG", settings=str(settings)
    )
    return NaturalLanguageGenerator.create(endpoint, DOMAIN)


async def test_flagged_responses_are_rephrased_with_the_conversation(tmp_path, chat_server) -> None:
    chat_server.reply = GOOD
    nlg = _nlg(tmp_path, chat_server.base_url)
    assert isinstance(nlg, RephrasingNLG)
    response = await nlg.generate("utter_hours", _tracker(), "rest")
    assert response["text"] == GOOD
    assert response["buttons"] == BUTTONS
    prompt = chat_server.requests[0]["messages"][1]["content"]
    assert "市民：东城区几点上班" in prompt and "助手：请问您问的是哪个中心？" in prompt
    assert HOURS in prompt


async def test_responses_without_the_flag_pass_through(tmp_path, chat_server) -> None:
    nlg = _nlg(tmp_path, chat_server.base_url)
    response = await nlg.generate("utter_thank", _tracker(), "rest")
    assert response["text"] == "不客气，很高兴能帮到您。"
    assert await nlg.generate("utter_unknown", _tracker(), "rest") is None
    assert chat_server.requests == []


@pytest.mark.parametrize(
    "reply",
    [
        GOOD + "周六也可以办理，电话0755-88886666。",  # adds a phone
        "您好，东城区政务服务中心在工作日办理业务。",  # drops the hours and the phone
        "请到南湖区政务服务中心办理，工作日9:00-12:00，电话0755-12345101。",  # wrong office
        "<PHONE>",
    ],
    ids=["added-phone", "dropped-facts", "other-office", "placeholder"],
)
async def test_a_rephrasing_that_changes_facts_falls_back_to_the_template(
    tmp_path, chat_server, reply: str
) -> None:
    chat_server.reply = reply
    nlg = _nlg(tmp_path, chat_server.base_url)
    response = await nlg.generate("utter_hours", _tracker(), "rest")
    assert response["text"] == HOURS
    assert len(chat_server.requests) == 1


async def test_dead_and_slow_backends_fall_back_within_the_timeout(
    tmp_path, chat_server, dead_base_url
) -> None:
    chat_server.reply, chat_server.delay_s = GOOD, 5.0
    for url in (dead_base_url, chat_server.base_url):
        nlg = _nlg(tmp_path, url, timeout_s=0.5)
        start = time.monotonic()
        response = await nlg.generate("utter_hours", _tracker(), "rest")
        assert time.monotonic() - start < 1.5
        assert response["text"] == HOURS and response["buttons"] == BUTTONS


async def test_without_llm_settings_it_is_the_template_nlg(tmp_path, chat_server) -> None:
    nlg = RephrasingNLG(
        EndpointConfig(type="x"), DOMAIN, generation=GenerationSettings(llm_configured=False)
    )
    response = await nlg.generate("utter_hours", _tracker(), "rest")
    assert response["text"] == HOURS
    nlg = _nlg(tmp_path, chat_server.base_url, rephrase=False)
    assert (await nlg.generate("utter_hours", _tracker(), "rest"))["text"] == HOURS
    assert chat_server.requests == []


def test_turns_come_from_user_and_bot_events() -> None:
    assert [(t.role, t.text) for t in conversation_turns(_tracker())] == [
        ("user", "东城区几点上班"),
        ("assistant", "请问您问的是哪个中心？"),
        ("user", "东城"),
    ]


def test_the_check_works_both_ways() -> None:
    assert check_rephrasing(GOOD, HOURS) == []
    assert any(
        r.startswith("phone") for r in check_rephrasing(GOOD + "或拨打0755-12345102。", HOURS)
    )
    assert any(r.startswith("dropped") for r in check_rephrasing("工作日办理。", HOURS))


PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
async def test_both_endpoint_files_use_it_and_the_domain_marks_small_talk_only(
    tmp_path, endpoints, monkeypatch
) -> None:
    from rasa.core.utils import read_endpoints_from_path

    # Without an llm: mapping (the embedded default) it renders the domain's templates verbatim.
    settings = tmp_path / "minsheng.yml"
    settings.write_text(yaml.safe_dump({"db_url": f"sqlite:///{tmp_path / 'x.db'}"}), "utf-8")
    monkeypatch.setenv("BOT_SETTINGS", str(settings))
    for line in (PROJECT_ROOT / endpoints).read_text("utf-8").splitlines():
        for name in re.findall(r"\$\{(\w+)\}", line.split("#")[0]):
            monkeypatch.setenv(name, "1")
    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    config = read_endpoints_from_path(PROJECT_ROOT / endpoints)
    nlg = NaturalLanguageGenerator.create(config.nlg, domain)
    assert isinstance(nlg, RephrasingNLG)
    marked = {
        name
        for name, variations in domain.responses.items()
        if any((v.get("metadata") or {}).get("rephrase") is True for v in variations)
    }
    assert {"utter_greet", "utter_goodbye", "utter_ask_rephrase"} <= marked
    # Safety, identity, form questions and hand-over texts are never reworded.
    assert not marked & {"utter_iamabot", "utter_default"}
    assert not {m for m in marked if m.startswith("utter_ask_") and m != "utter_ask_rephrase"}
    text = domain.responses["utter_greet"][0]["text"]
    assert (await nlg.generate("utter_greet", _tracker(), "rest"))["text"] == text


async def test_a_running_server_gives_it_the_models_responses(tmp_path, monkeypatch) -> None:
    """`rasa run` creates the NLG before the model's domain is known and fills in `responses`
    afterwards (Agent.load_model); a regression once left every response empty in the server."""
    import rasa.core.agent as rasa_agent

    settings = tmp_path / "minsheng.yml"
    settings.write_text(yaml.safe_dump({"db_url": f"sqlite:///{tmp_path / 'x.db'}"}), "utf-8")
    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))

    class LoadedModel:  # stands in for MessageProcessor: what load_model reads from it
        def __init__(self, **kwargs) -> None:
            self.domain = domain

    monkeypatch.setattr(rasa_agent, "MessageProcessor", LoadedModel)
    endpoint = EndpointConfig(
        type="custom_components.rephrasing_nlg.RephrasingNLG", settings=str(settings)
    )
    agent = rasa_agent.Agent(generator=endpoint)
    assert isinstance(agent.nlg, RephrasingNLG)
    agent.load_model("unused.tar.gz")
    for name in ("utter_greet", "utter_ask_address"):
        response = await agent.nlg.generate(name, _tracker(), "rest")
        assert response and response["text"] == domain.responses[name][0]["text"]
