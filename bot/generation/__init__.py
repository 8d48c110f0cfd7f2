"""LLM generation inside the assistant, always behind a grounding guard with a safe fallback.

- :mod:`bot.generation.grounding`: the guard (claims in a text must be in its facts).
- :mod:`bot.generation.answer`: knowledge-grounded answers (fallback: the composed answer).
- :mod:`bot.generation.complaint`: ticket summary and routing department.
- :mod:`bot.generation.rephrase`: rephrasing domain responses (fallback: the template text).
- :mod:`bot.generation.config`: which features are on (off unless ``llm:`` is configured).
- :mod:`bot.generation.engines`: one engine per process and configuration.
"""
