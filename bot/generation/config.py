"""Which generation features are on, and their budgets: the ``generation`` section of the
settings tree (:class:`bot.settings.Settings`, read as ``settings.generation``).

Generation is off unless the settings have an ``llm:`` mapping (the engine settings, see
:class:`bot.llm.LLMConfig`): the embedded demo and the tests stay deterministic and fast. With
``llm:`` present every feature below is on unless switched off in a ``generation:`` mapping::

    llm:
      backend: openai
      base_url: http://127.0.0.1:8000/v1
    generation:
      answers: true            # action_answer_question writes the answer with the LLM
      complaint_summary: true  # one-sentence ticket summary
      rephrase: true           # RephrasingNLG rephrases responses marked rephrase: true
      history_turns: 3
      timeout_s: 8
      routing_model_dir: models/finetuned   # routing head for complaint departments
"""

from __future__ import annotations

from dataclasses import dataclass, field


class GenerationConfigError(ValueError):
    """A ``generation:`` setting has a value we cannot use; the message names it."""


@dataclass(frozen=True)
class GenerationSettings:
    # Whether an ``llm:`` mapping exists at all; every feature needs an engine. Derived by
    # bot.settings.Settings from ``settings.llm``, never read from a file.
    llm_configured: bool = field(default=False, metadata={"settable": False})
    # Grounded answers in action_answer_question (fallback: the composed structured answer).
    answers: bool = True
    # One-sentence complaint summary on the ticket (fallback: the truncated description).
    complaint_summary: bool = True
    # Rephrasing of responses marked ``metadata: {rephrase: true}`` by RephrasingNLG.
    rephrase: bool = True
    # Conversation turns (user + bot messages) given to the model as context.
    history_turns: int = 3
    # Per-request budget in seconds, queueing included: the user waits at most this long for the
    # model before the fallback text is sent. Kept well below Rasa's action timeout.
    timeout_s: float = 8.0
    # Upper bound on generated tokens for an answer; summaries and rephrasings use less.
    max_new_tokens: int = 256
    # A fine-tuned model directory (with heads.json) whose routing head picks the department of
    # a complaint. Empty: llm.model_path when that directory has heads, else no routing.
    routing_model_dir: str = ""

    @property
    def answers_enabled(self) -> bool:
        return self.llm_configured and self.answers

    @property
    def complaint_summary_enabled(self) -> bool:
        return self.llm_configured and self.complaint_summary

    @property
    def rephrase_enabled(self) -> bool:
        return self.llm_configured and self.rephrase

    def __post_init__(self) -> None:
        for name in ("llm_configured", "answers", "complaint_summary", "rephrase"):
            if not isinstance(getattr(self, name), bool):
                raise GenerationConfigError(
                    f"generation.{name} must be true or false, got {getattr(self, name)!r}"
                )
        for name in ("history_turns", "max_new_tokens"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise GenerationConfigError(
                    f"generation.{name} must be an integer >= 0, got {value!r}"
                )
        if self.max_new_tokens < 1:
            raise GenerationConfigError("generation.max_new_tokens must be >= 1")
        if isinstance(self.timeout_s, bool) or not isinstance(self.timeout_s, int | float):
            raise GenerationConfigError(
                f"generation.timeout_s must be a number, got {self.timeout_s!r}"
            )
        if not self.timeout_s > 0:
            raise GenerationConfigError(f"generation.timeout_s must be > 0, got {self.timeout_s!r}")
        object.__setattr__(self, "timeout_s", float(self.timeout_s))
        object.__setattr__(self, "routing_model_dir", str(self.routing_model_dir or ""))
