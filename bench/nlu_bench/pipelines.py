"""The pipelines under test: config files or built-in ones, adapted to each data set."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from bench.nlu_bench.paths import PROJECT_ROOT

LLM_CLASSIFIER = "llm-classifier"
# config.yml with LLMFeaturizer switched on (its vectors as extra DIET input): config.yml keeps it
# commented out for the demo model, and this measures what it would do.
LLM_FEATURES = "llm-features"
LLM_FEATURIZER: dict[str, Any] = {
    "name": "custom_components.llm_featurizer.LLMFeaturizer",
    "model_path": "models/hotline-tiny",
    "batch_size": 32,
}
DEFAULT_CONFIGS = ("config-baseline.yml", "config.yml", LLM_CLASSIFIER)
# The LLM intent classifier alone; paths are relative to the project root (the child's cwd).
LLM_CLASSIFIER_PIPELINE: tuple[dict[str, Any], ...] = (
    {
        "name": "custom_components.jieba_domain_tokenizer.DomainJiebaTokenizer",
        "dictionary_path": "data/dictionary",
    },
    {
        "name": "custom_components.llm_intent_classifier.LLMIntentClassifier",
        "model_path": "models/hotline-tiny",
    },
)
# Hotline-specific components: removed from pipelines trained on public data.
HOTLINE_ONLY_COMPONENTS = ("ServiceItemLinker", "HotlinePIIExtractor", "FallbackClassifier")
# Classifiers that only predict intents: removed for entity-only data (one dummy intent would
# make them fail or learn nothing).
INTENT_ONLY_COMPONENTS = (
    "LLMIntentClassifier",
    "LogisticRegressionClassifier",
    "SklearnIntentClassifier",
    "KeywordIntentClassifier",
    "MitieIntentClassifier",
    "ResponseSelector",
    "FallbackClassifier",
)
# Extractors that learn entity types from the training data.
LEARNED_ENTITY_EXTRACTORS = ("DIETClassifier", "CRFEntityExtractor", "MitieEntityExtractor")
DIET = "DIETClassifier"
DIET_DEFAULT_EPOCHS = 300  # Rasa 3.6's default when a config gives none


def component_class(component: dict[str, Any]) -> str:
    """``custom_components.x.ServiceItemLinker`` -> ``ServiceItemLinker``."""
    return str(component.get("name", "")).rsplit(".", 1)[-1]


def adapt_pipeline(
    pipeline: Sequence[dict[str, Any]], *, public: bool, entity_only: bool, epochs: int | None
) -> tuple[list[dict[str, Any]], list[str]]:
    """The pipeline to train for one data set, and a description of every change made."""
    adapted, changes = [], []
    for original in pipeline:
        component = dict(original)
        name = component_class(component)
        if public and name in HOTLINE_ONLY_COMPONENTS:
            changes.append(f"removed {name} (hotline-specific)")
            continue
        if entity_only and name in INTENT_ONLY_COMPONENTS:
            changes.append(f"removed {name} (data set has no intents)")
            continue
        if name == DIET:
            if entity_only and component.get("intent_classification", True):
                component["intent_classification"] = False
                changes.append(f"{DIET}: intent_classification false (data set has no intents)")
            if epochs is not None and component.get("epochs") != epochs:
                changes.append(
                    f"{DIET}: epochs {component.get('epochs', DIET_DEFAULT_EPOCHS)} -> {epochs}"
                )
                component["epochs"] = epochs
        adapted.append(component)
    return adapted, changes


def diet_epochs(pipeline: Sequence[dict[str, Any]]) -> list[int]:
    return [
        int(c.get("epochs", DIET_DEFAULT_EPOCHS)) for c in pipeline if component_class(c) == DIET
    ]


def has_entity_extractor(pipeline: Sequence[dict[str, Any]]) -> bool:
    return any(
        component_class(c) in LEARNED_ENTITY_EXTRACTORS
        and c.get("entity_recognition", True) is not False
        for c in pipeline
    )


def load_config(label: str) -> dict[str, Any]:
    """A config file's content, or a built-in pipeline (``llm-classifier``, ``llm-features``)."""
    if label == LLM_FEATURES:
        config = load_config("config.yml")
        pipeline = [c for c in config["pipeline"] if component_class(c) != "LLMFeaturizer"]
        diet = [i for i, c in enumerate(pipeline) if component_class(c) == "DIETClassifier"]
        if not diet:
            raise ValueError("config.yml has no DIETClassifier for LLMFeaturizer to feed")
        pipeline.insert(diet[0], dict(LLM_FEATURIZER))
        return {**config, "pipeline": pipeline}
    if label == LLM_CLASSIFIER:
        return {
            "recipe": "default.v1",
            "language": "zh",
            "assistant_id": "minsheng-bench",
            "pipeline": [dict(c) for c in LLM_CLASSIFIER_PIPELINE],
        }
    path = Path(label)
    path = path if path.is_absolute() else PROJECT_ROOT / path
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(config, dict) or not isinstance(config.get("pipeline"), list):
        raise ValueError(f"{path}: no NLU pipeline (a 'pipeline:' list) found")
    return config
