"""Ordinary service questions for the safety classifiers' "not an emergency" / "safe" side.

The character classifiers of :mod:`bot.safety.emergency` and :mod:`bot.safety.policy` learn what an
emergency or a harmful request looks like against examples of ordinary messages. The hotline's NLU
examples cover chat and forms; service questions that merely share characters with a crisis
("我和女朋友想去领证需要准备什么", "感染了艾滋病以后吃药要自己花钱吗") were still read as self-harm
or refused. The curated knowledge folder (``data/knowledge``) holds the questions the hotline
exists to answer: every item's name, aliases and FAQ questions are added as such examples.

Measured with ``bench/safety_cv.py`` (grouped CV on the tune banks) and on the knowledge
questions' tune split, README "Safety".
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

logger = logging.getLogger(__name__)

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "data" / "knowledge"


@functools.lru_cache(maxsize=4)
def _questions(knowledge_dir: str) -> tuple[str, ...]:
    from bot.knowledge.schema import KnowledgeSchemaError, load_knowledge_dir

    try:
        items = load_knowledge_dir(Path(knowledge_dir))
    except (OSError, KnowledgeSchemaError) as error:
        # The detectors must still load: they then train without these examples.
        logger.warning("knowledge questions not used by the safety classifiers: %s", error)
        return ()
    texts = []
    for item in items:
        texts += [item.name, *item.aliases, *(faq.q for faq in item.faqs)]
    return tuple(dict.fromkeys(t.strip() for t in texts if t and t.strip()))


def knowledge_questions(knowledge_dir: Path | None = KNOWLEDGE_DIR) -> list[str]:
    """Names, aliases and FAQ questions of the curated knowledge items (deduplicated, in file
    order); empty for ``None`` or a folder that is missing or invalid (logged)."""
    if knowledge_dir is None or not Path(knowledge_dir).is_dir():
        return []
    return list(_questions(str(knowledge_dir)))
