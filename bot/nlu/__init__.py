"""Rasa-independent logic behind the project's NLU components (``custom_components/``).

- :mod:`bot.nlu.encoder`: a local Hugging Face model as a text encoder (sentence and per-token
  vectors aligned to character spans, fine-tuned intent head when present), cached per process.
- :mod:`bot.nlu.encoder_config`: the encoder's settings in a Rasa pipeline (shared by the two
  LLM components), the encoder they name and the model folder's fingerprint.
- :mod:`bot.nlu.intent_head`: a light multinomial logistic-regression head on sentence vectors.
- :mod:`bot.nlu.experts`: two intent distributions combined as a product of experts.
- :mod:`bot.nlu.linker`: service-item mention linking over the knowledge aliases.
"""
