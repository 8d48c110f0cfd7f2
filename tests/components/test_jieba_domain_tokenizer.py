"""DomainJiebaTokenizer: domain words stay whole, dictionary edits change the fingerprint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jieba
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.engine.training import fingerprinting
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from custom_components.jieba_domain_tokenizer import DomainJiebaTokenizer, _jieba_with

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# A made-up word: no jieba dictionary knows it unless ours is loaded.
INVENTED_WORD = "便民服务甲站点"


@pytest.fixture
def dictionary_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "dictionary"
    folder.mkdir()
    (folder / "userdict.txt").write_text(
        "社保卡挂失 20 n\n灵活就业\n滨江新区 20 ns\n", encoding="utf-8"
    )
    (folder / "extra.txt").write_text(f"{INVENTED_WORD}\n", encoding="utf-8")
    return folder


@pytest.fixture
def storage(tmp_path: Path) -> LocalModelStorage:
    (tmp_path / "model").mkdir()
    return LocalModelStorage(tmp_path / "model")


def create(storage: LocalModelStorage, **config: Any) -> DomainJiebaTokenizer:
    return DomainJiebaTokenizer.create(
        {**DomainJiebaTokenizer.get_default_config(), **config},
        storage,
        Resource("tokenizer"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def words(tokenizer: DomainJiebaTokenizer, text: str) -> list[str]:
    return [token.text for token in tokenizer.tokenize(Message(data={TEXT: text}), TEXT)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我想办理社保卡挂失", "社保卡挂失"),
        ("社保卡挂失怎么办", "社保卡挂失"),
        ("灵活就业人员怎么交养老保险", "灵活就业"),
        ("滨江新区的政务中心在哪", "滨江新区"),
        (f"请问{INVENTED_WORD}几点开门", INVENTED_WORD),
    ],
)
def test_dictionary_words_become_one_token(storage, dictionary_dir, text: str, word: str) -> None:
    assert word not in _jieba_with(()).lcut(text), "plain jieba already keeps it whole"
    tokens = words(create(storage, dictionary_path=str(dictionary_dir)), text)
    assert word in tokens
    assert "".join(tokens) == text


def test_token_offsets_index_the_text(storage, dictionary_dir) -> None:
    text = "我想办理社保卡挂失，电话13800138000"
    tokens = create(storage, dictionary_path=str(dictionary_dir)).tokenize(
        Message(data={TEXT: text}), TEXT
    )
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_a_single_dictionary_file_works(storage, dictionary_dir) -> None:
    tokenizer = create(storage, dictionary_path=str(dictionary_dir / "userdict.txt"))
    assert "社保卡挂失" in words(tokenizer, "我想办理社保卡挂失")
    assert INVENTED_WORD not in words(tokenizer, f"请问{INVENTED_WORD}")


def test_does_not_touch_the_global_jieba_dictionary(storage, dictionary_dir) -> None:
    create(storage, dictionary_path=str(dictionary_dir))
    assert INVENTED_WORD not in jieba.dt.FREQ


def test_process_and_training_data_get_tokens(storage, dictionary_dir) -> None:
    tokenizer = create(storage, dictionary_path=str(dictionary_dir))
    message = Message(data={TEXT: "社保卡挂失", INTENT: "ask_service"})
    empty = Message(data={TEXT: ""})
    tokenizer.process([empty])
    assert empty.get(TOKENS_NAMES[TEXT]) == []
    tokenizer.process_training_data(TrainingData([message]))
    assert [t.text for t in message.get(TOKENS_NAMES[TEXT])] == ["社保卡挂失"]


def test_trained_model_carries_its_dictionary(storage, dictionary_dir) -> None:
    resource = create(storage, dictionary_path=str(dictionary_dir)).train(TrainingData())
    for file in dictionary_dir.iterdir():
        file.unlink()
    dictionary_dir.rmdir()
    loaded = DomainJiebaTokenizer.load(
        {**DomainJiebaTokenizer.get_default_config(), "dictionary_path": str(dictionary_dir)},
        storage,
        resource,
        ExecutionContext(GraphSchema({}), "test"),
    )
    assert INVENTED_WORD in words(loaded, f"请问{INVENTED_WORD}")


# --- fingerprint --------------------------------------------------------------------------------


def fingerprint_key(path: Path) -> str:
    """The key `rasa train` computes for the tokenizer's training node."""
    return fingerprinting.calculate_fingerprint_key(
        DomainJiebaTokenizer,
        {**DomainJiebaTokenizer.get_default_config(), "dictionary_path": str(path)},
        inputs={},
    )


def test_fingerprint_follows_dictionary_content(dictionary_dir) -> None:
    config = {"dictionary_path": str(dictionary_dir)}
    first = DomainJiebaTokenizer.fingerprint_addon(config)
    first_key = fingerprint_key(dictionary_dir)
    assert first is not None and len(first) == 64
    assert DomainJiebaTokenizer.fingerprint_addon(config) == first
    assert fingerprint_key(dictionary_dir) == first_key

    (dictionary_dir / "notes.md").write_text("not a dictionary", encoding="utf-8")
    assert DomainJiebaTokenizer.fingerprint_addon(config) == first

    userdict = dictionary_dir / "userdict.txt"
    userdict.write_text(userdict.read_text(encoding="utf-8") + "公积金提取\n", encoding="utf-8")
    edited = DomainJiebaTokenizer.fingerprint_addon(config)
    assert edited != first
    assert fingerprint_key(dictionary_dir) != first_key

    (dictionary_dir / "more.txt").write_text("异地就医备案\n", encoding="utf-8")
    assert DomainJiebaTokenizer.fingerprint_addon(config) not in {first, edited}


def test_fingerprint_of_a_missing_path_names_it(tmp_path) -> None:
    missing = tmp_path / "nowhere"
    addon = DomainJiebaTokenizer.fingerprint_addon({"dictionary_path": str(missing)})
    assert addon is not None and str(missing) in addon


def test_project_dictionary_is_the_default(storage, monkeypatch) -> None:
    monkeypatch.chdir(PROJECT_ROOT)
    assert DomainJiebaTokenizer.get_default_config()["dictionary_path"] == "data/dictionary"
    assert any((PROJECT_ROOT / "data" / "dictionary").glob("*.txt"))
    assert len(DomainJiebaTokenizer.fingerprint_addon({}) or "") == 64
    assert words(create(storage), "") == []


# --- configuration errors -----------------------------------------------------------------------


def test_missing_dictionary_path_is_a_config_error(storage, tmp_path) -> None:
    missing = tmp_path / "no_such_folder"
    with pytest.raises(InvalidConfigException, match=str(missing)):
        create(storage, dictionary_path=str(missing))


def test_folder_without_dictionaries_is_a_config_error(storage, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InvalidConfigException, match=r"no \*\.txt"):
        create(storage, dictionary_path=str(empty))


@pytest.mark.parametrize("path", [None, ""])
def test_no_dictionary_path_is_a_config_error(storage, path) -> None:
    with pytest.raises(InvalidConfigException, match="dictionary_path"):
        create(storage, dictionary_path=path)


def test_non_utf8_dictionary_is_a_config_error(storage, tmp_path) -> None:
    folder = tmp_path / "gbk"
    folder.mkdir()
    (folder / "userdict.txt").write_bytes("社保卡挂失\n".encode("gbk"))
    with pytest.raises(InvalidConfigException, match="UTF-8"):
        create(storage, dictionary_path=str(folder))


def test_load_without_saved_dictionaries_reads_the_configured_path(storage, dictionary_dir) -> None:
    loaded = DomainJiebaTokenizer.load(
        {**DomainJiebaTokenizer.get_default_config(), "dictionary_path": str(dictionary_dir)},
        storage,
        Resource("never_trained"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    assert "社保卡挂失" in words(loaded, "我想办理社保卡挂失")
