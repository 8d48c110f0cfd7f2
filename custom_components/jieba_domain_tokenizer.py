"""Jieba tokenizer that knows the hotline's vocabulary and retrains when it changes.

Rasa's ``JiebaTokenizer`` loads user dictionaries into jieba's process-wide default tokenizer and
does not fingerprint them, so ``rasa train`` silently keeps a model tokenised with an old
dictionary. This subclass

- reads every ``*.txt`` in ``dictionary_path`` (default ``data/dictionary``, relative to the
  directory ``rasa`` runs in; a single ``.txt`` file also works),
- hashes their content in :meth:`fingerprint_addon`, so an edit retrains the tokenizer and
  everything downstream of it,
- uses its own ``jieba.Tokenizer`` instead of the global one, so a word removed from the dictionary
  is really gone and other jieba users in the process (retrieval, tests) are not affected,
- copies the dictionaries into the model, so a trained model tokenises the same way on a machine
  without ``data/``.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
from pathlib import Path
from typing import Any

import jieba
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.jieba_tokenizer import JiebaTokenizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.training_data.message import Message

logger = logging.getLogger(__name__)

# (file name, file content) pairs, sorted by name: hashable, so loaded tokenizers can be shared.
Dictionaries = tuple[tuple[str, str], ...]

DICTIONARY_GLOB = "*.txt"


@functools.lru_cache(maxsize=4)
def _jieba_with(dictionaries: Dictionaries) -> jieba.Tokenizer:
    """A jieba tokenizer with the main dictionary plus ``dictionaries``.

    Cached by content: each instance holds jieba's ~350k-word prefix dictionary (tens of MB, about
    a second to load), and training, loading and cross-validation folds ask for the same one.
    """
    tokenizer = jieba.Tokenizer()
    for name, content in dictionaries:
        logger.info("Loading jieba user dictionary %s", name)
        tokenizer.load_userdict(io.StringIO(content))
    return tokenizer


def _read_dictionaries(path: Path) -> Dictionaries:
    if path.is_file():
        files = [path]
    elif path.is_dir():
        files = sorted(path.glob(DICTIONARY_GLOB))
    else:
        raise InvalidConfigException(
            f"DomainJiebaTokenizer: dictionary_path '{path}' does not exist "
            f"(resolved against the working directory '{Path.cwd()}')."
        )
    if not files:
        raise InvalidConfigException(
            f"DomainJiebaTokenizer: dictionary_path '{path}' contains no {DICTIONARY_GLOB} files."
        )
    try:
        return tuple((file.name, file.read_text(encoding="utf-8-sig")) for file in files)
    except UnicodeDecodeError as e:
        raise InvalidConfigException(
            f"DomainJiebaTokenizer: dictionary files in '{path}' must be UTF-8: {e}"
        ) from e


def _configured_path(config: dict[str, Any]) -> Path:
    path = config.get("dictionary_path")
    if not path:
        raise InvalidConfigException(
            "DomainJiebaTokenizer needs a 'dictionary_path' (a folder of jieba *.txt "
            "dictionaries); use JiebaTokenizer for none."
        )
    return Path(path)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True)
class DomainJiebaTokenizer(JiebaTokenizer):
    """Jieba tokenizer with the project's domain dictionary, fingerprinted by content."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """JiebaTokenizer's defaults, with the project's dictionary folder."""
        return {
            **JiebaTokenizer.get_default_config(),
            # Folder of jieba user dictionaries ("word [freq] [tag]" per line), every *.txt is
            # loaded in name order; relative to the working directory of `rasa`.
            "dictionary_path": "data/dictionary",
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """A hash of the dictionaries' names and content, so edits retrain the model.

        An unreadable or missing path gives a marker instead of an error: `create` reports it.
        """
        merged = {**cls.get_default_config(), **config}
        try:
            dictionaries = _read_dictionaries(_configured_path(merged))
        except InvalidConfigException as e:
            return f"invalid:{e}"
        digest = hashlib.sha256()
        for name, content in dictionaries:
            digest.update(name.encode("utf-8") + b"\0" + content.encode("utf-8") + b"\0")
        return digest.hexdigest()

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        dictionaries: Dictionaries = (),
    ) -> None:
        super().__init__(config, model_storage, resource)
        self._dictionaries = dictionaries
        self._jieba = _jieba_with(dictionaries)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DomainJiebaTokenizer:
        """Reads the dictionaries from `dictionary_path` (training)."""
        config = {**cls.get_default_config(), **config}
        dictionaries = _read_dictionaries(_configured_path(config))
        return cls(config, model_storage, resource, dictionaries)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> DomainJiebaTokenizer:
        """Reads the dictionaries saved in the model; falls back to `dictionary_path`."""
        config = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as directory:
                dictionaries = _read_dictionaries(Path(directory))
        except (ValueError, InvalidConfigException):
            logger.warning(
                "%s: no dictionaries in the model (resource '%s'); reading '%s' instead.",
                cls.__name__,
                resource.name,
                config.get("dictionary_path"),
            )
            dictionaries = _read_dictionaries(_configured_path(config))
        return cls(config, model_storage, resource, dictionaries)

    def persist(self) -> None:
        """Saves the dictionaries into the model (called by `train`)."""
        with self._model_storage.write_to(self._resource) as directory:
            for name, content in self._dictionaries:
                (Path(directory) / name).write_text(content, encoding="utf-8")

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        """Tokenizes ``attribute`` of ``message`` with the domain-aware jieba instance."""
        text = message.get(attribute) or ""
        tokens = [Token(word, start) for word, start, _ in self._jieba.tokenize(text)]
        return self._apply_token_pattern(tokens)
