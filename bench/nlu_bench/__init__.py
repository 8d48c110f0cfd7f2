"""NLU benchmark: the project's pipelines on the held-out set and on public Chinese data, one run.

    python bench/nlu.py [--datasets project,smp2017,kuake_qic,cluener]
                        [--configs config-baseline.yml,config.yml,llm-classifier]
                        [--epochs N] [--max-train N] [--max-test N] [--seed 42]
                        [--out bench/results/nlu.json] [--workdir DIR] [--run-timeout S]

(``python -m bench.nlu_bench`` is the same.) Every (config, data set) pair is trained and tested in
its own child process (TensorFlow's memory is returned between runs, and one failing run is
recorded with its error while the rest go on; Rasa's training cache is off, so every run trains
from scratch and ``train_s`` is honest):

- ``project``: train on ``data/`` (the project's NLU, synonyms and lookups), test on
  ``tests/nlu/nlu_heldout.yml``. The pipeline is used as it is, FallbackClassifier included, so two
  intent accuracies are reported: ``intent_accuracy`` (the top intent of ``intent_ranking`` other
  than ``nlu_fallback``) and ``intent_accuracy_raw`` (``nlu_fallback`` counted as wrong).
- ``smp2017``: SMP2017-ECDT task 1, train -> test (31 intents).
- ``kuake_qic``: KUAKE-QIC, train -> dev (11 intents).
- ``cluener``: CLUENER2020, a fixed-seed 80/20 split of the labelled file; entities only.

Public data sets are read from ``bot.settings.shared_data_dir()`` (``$MINSHENG_SHARED_DATA`` or
``../shared/data``) and converted into Rasa JSON training data in the work folder (exact character
spans; Rasa's YAML annotation syntax breaks on texts with brackets). Their labels become intent
names ``<prefix>_<index>`` (the mapping is kept in the results). Components that only make sense
for the hotline (ServiceItemLinker, HotlinePIIExtractor, FallbackClassifier) are removed from the
pipeline for public data; for CLUENER the intent-only classifiers are removed too and DIET is set
to ``intent_classification: false``. Every change is listed in the results.

``llm-features`` is ``config.yml`` with LLMFeaturizer feeding DIET (off in config.yml for the
demo model). ``llm-classifier`` is the LLM intent classifier alone (DomainJiebaTokenizer + LLMIntentClassifier
on ``models/hotline-tiny``); it has no entity extractor, so it is not run on CLUENER.

Metrics: intent accuracy and macro-F1 (over the test set's intents), entity precision/recall/F1
with exact span + type matches (micro over the data set's own entity types, plus per type and the
share of gold entities whose boundaries fall on token boundaries, an upper bound on recall), seconds
to train, milliseconds per test message. For scale on 2 CPU cores: DIET with 100 epochs took about
15 minutes on SMP2017-ECDT and about 90 minutes on KUAKE-QIC; use ``--epochs``, ``--max-train``
and ``--datasets`` for shorter runs (the results record what was run). Writes the results JSON,
a bar chart PNG beside it, and prints a Markdown table.

Modules, one concept each (none imports Rasa at import time; Rasa is loaded in the child process
and by ``datasets.load_project``):

- ``examples``: the benchmark's example / data set records and Rasa's JSON training format
- ``formats``: readers of the public data sets' files
- ``sampling``: fixed-seed hold-out split and stratified subsamples
- ``datasets``: loading each data set (the project's through Rasa's own reader) and writing its files
- ``pipelines``: config files and built-in pipelines, adapted per data set
- ``metrics``: intent and entity scores
- ``child``: one (config, data set) run in a child process (train, load, predict, score)
- ``report``: machine, versions, commit and the Markdown table; ``plot``: the bar chart
- ``cli``: arguments, planning, running and the results JSON
"""
