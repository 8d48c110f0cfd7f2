"""Multi-task fine-tuning of the hotline LLM (data pipeline, base model, training, evaluation).

Importing this package never loads a model; the heavy libraries are imported where used.
"""

import os

# transformers imports TensorFlow when it is installed (Rasa installs it): seconds of start-up and
# hundreds of MB for nothing, since everything here is PyTorch. setdefault keeps a caller's choice.
os.environ.setdefault("USE_TF", "0")
os.environ.setdefault("USE_TORCH", "1")
