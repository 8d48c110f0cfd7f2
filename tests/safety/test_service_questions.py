"""The curated knowledge items' questions are "ordinary" training examples of both classifiers."""

from __future__ import annotations

from pathlib import Path

from bot.safety import emergency, policy
from bot.safety.service_questions import KNOWLEDGE_DIR, knowledge_questions


def test_names_aliases_and_faq_questions_are_read() -> None:
    questions = knowledge_questions()
    assert len(questions) > 300
    assert len(questions) == len(set(questions))
    assert "社保卡挂失补换" in questions  # an item name
    assert any(q.endswith(("吗", "？", "?")) for q in questions)  # FAQ questions


def test_both_classifiers_train_on_them_as_ordinary(tmp_path: Path) -> None:
    questions = set(knowledge_questions())
    emergency_examples = emergency.training_examples()
    policy_examples = policy.training_examples()
    none = {t for t, label in emergency_examples if label == emergency.NONE_LABEL}
    safe = {t for t, label in policy_examples if label == policy.SAFE}
    assert questions <= none
    assert questions <= safe
    # Without the folder they are left out, and nothing fails.
    added = len(knowledge_questions())
    assert len(emergency.training_examples(knowledge_dir=None)) == len(emergency_examples) - added
    assert len(policy.training_examples(knowledge_dir=None)) == len(policy_examples) - added
    assert knowledge_questions(tmp_path / "missing") == []


def test_an_invalid_folder_is_skipped_with_a_warning(tmp_path: Path, caplog) -> None:
    (tmp_path / "broken.yml").write_text("items: [{id: x}]\n", encoding="utf-8")
    assert knowledge_questions(tmp_path) == []
    assert "not used by the safety classifiers" in caplog.text
    assert KNOWLEDGE_DIR.is_dir()
