"""The hotline's multi-task model at run time: what :mod:`bot.finetune` writes, read here.

- :mod:`bot.model.labels`: the label maps (intents, entity types / BIO tags, departments).
- :mod:`bot.model.heads_format`: the ``heads.json`` / ``heads.safetensors`` files beside a
  fine-tuned model (one reader, one writer).
- :mod:`bot.model.multitask`: :class:`MultiTaskLM`, a causal LM with intent, NER and routing
  heads, and how the heads read raw text.
- :mod:`bot.model.chat_template`: the ChatML template applied when a tokenizer has none.
- :mod:`bot.model.tokenizer`: the project's byte-level BPE tokenizer recipe.
- :mod:`bot.model.loader`: the one loader (device, dtype, heads, PEFT adapters) behind the one
  process-wide cache (:mod:`bot.model.cache`): the generation engine, complaint routing and the
  NLU encoder share a model folder's weights instead of loading them once each.

Importing this package never loads a model or torch; the heavy libraries are imported where used.
"""

import os

# transformers imports TensorFlow when it is installed (Rasa installs it): seconds of start-up and
# hundreds of MB for nothing, since everything here is PyTorch. setdefault keeps a caller's choice.
os.environ.setdefault("USE_TF", "0")
os.environ.setdefault("USE_TORCH", "1")
