"""Rasa-independent logic behind the project's NLU components (``custom_components/``).

- :mod:`bot.nlu.encoder`: a local Hugging Face model as a text encoder (sentence and per-token
  vectors aligned to character spans, fine-tuned intent head when present), cached per process.
- :mod:`bot.nlu.intent_head`: a light multinomial logistic-regression head on sentence vectors.
- :mod:`bot.nlu.linker`: service-item mention linking over the knowledge aliases.
"""
