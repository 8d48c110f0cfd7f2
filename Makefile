# minsheng: every step a new machine needs. README command one: `make run`; command two: `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Nothing may wait on a network that is not there.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
# uv trusts the system certificate store (TLS-intercepting proxies, private CAs).
export UV_SYSTEM_CERTS := 1
export PYTHONWARNINGS := ignore::DeprecationWarning

PYTHON_BOOT ?= $(shell command -v python3.10 2>/dev/null || command -v python 2>/dev/null)
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
ENDPOINTS ?= endpoints.yml
RASA_PORT ?= 5005
ACTIONS_PORT ?= 5055
CONSOLE_PORT ?= 5006
STAMPS := var/stamps
NLU_ACCURACY_FLOOR ?= 0.80

.PHONY: help install build run shell test unit validate train rasa-test model-tests check format clean run-replicas

help:
	@echo "make run    - install, build and start the assistant (REST + socket.io on :$(RASA_PORT))"
	@echo "make shell  - the same, chatting in this terminal"
	@echo "make test   - unit tests, data validation, rasa train, rasa test"
	@echo "make check  - ruff lint and format check, import contract (lint-imports)"

# --- install: a Python 3.10 venv with everything (fast when pyproject.toml did not change) -------
$(VENV)/.installed: pyproject.toml
	@$(PYTHON_BOOT) -c 'import sys; assert sys.version_info[:2] == (3, 10), "Python 3.10 is required (Rasa 3.6 does not run on " + sys.version.split()[0] + "); install it, e.g. pyenv install 3.10"'
	@test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	@$(VENV)/bin/python -m pip install -q --disable-pip-version-check uv
	$(VENV)/bin/uv pip install --python $(PY) -q -e '.[dev]'
	$(PY) -m pip check
	@touch $@

install: $(VENV)/.installed

# --- build: database, knowledge base, Rasa model; each step skips when its inputs did not change --
$(STAMPS)/kb: $(VENV)/.installed $(wildcard data/knowledge/*.yml) $(wildcard bot/migrations/versions/*.py)
	@mkdir -p $(STAMPS)
	$(PY) -m bot kb build
	@touch $@

# What `rasa train` runs besides Rasa: config.yml's components, every bot/ module they import, and
# the files those read (safety training data, the banks' tune split). tests/test_build_inputs.py
# checks the lists below against the import graph.
PIPELINE_SOURCES = $(wildcard custom_components/*.py bot/nlu/*.py bot/model/*.py bot/safety/*.py \
  bot/safety/data/*.yml tests/safety/banks/tune/*.yml bot/knowledge/*.py bot/llm/*.py \
  bot/privacy/__init__.py bot/privacy/masking.py bot/privacy/log_masking.py bot/__init__.py \
  bot/generation/__init__.py bot/generation/config.py bot/settings.py bot/security.py \
  bot/handoff.py bot/input_limits.py bot/pii.py bot/complaints.py bot/districts.py \
  bot/service_items.py bot/cpu_threads.py bot/db.py bot/models.py bot/sentence_encoder.py)
models/.rasa-trained: $(VENV)/.installed $(STAMPS)/llm config.yml domain.yml $(shell find data -name '*.yml' -o -name '*.txt' 2>/dev/null) $(PIPELINE_SOURCES)
	$(RASA) train --fixed-model-name hotline --out models
	@touch $@

# The hotline LLM: training data, the project's own small base model (only when settings name no
# base_model), then multi-task fine-tuning. Each command also skips work whose inputs are unchanged.
LLM_OUT ?= models/hotline-tiny
LLM_CONFIG ?= configs/finetune/tiny.yml
# What the LLM build runs: bot/finetune, the model package it writes, the commands and their imports.
LLM_SOURCES = $(wildcard bot/finetune/*.py bot/model/*.py bot/cli/__init__.py bot/cli/data.py \
  bot/cli/llm.py bot/__main__.py bot/prompts.py bot/generation/config.py bot/generation/grounding.py \
  bot/knowledge/__init__.py bot/knowledge/schema.py bot/llm/*.py bot/districts.py bot/pii.py \
  bot/__init__.py bot/generation/__init__.py bot/settings.py bot/security.py bot/versions.py)
$(STAMPS)/llm: $(VENV)/.installed $(wildcard data/nlu/*.yml data/knowledge/*.yml data/routing/*.yml) data/stories.yml data/rules.yml $(LLM_CONFIG) $(LLM_SOURCES)
	@mkdir -p $(STAMPS)
	$(PY) -m bot data build
	@if [ -z "$$($(PY) -c 'from bot.settings import load_settings; print(load_settings().base_model)')" ]; then \
	  $(PY) -m bot llm init-base; fi
	$(PY) -m bot llm finetune --config $(LLM_CONFIG) --output $(LLM_OUT)
	@touch $@

build: install $(STAMPS)/kb $(STAMPS)/llm models/.rasa-trained
	$(PY) -m bot.safety.model_cache  # safety classifiers trained once into models/safety (keyed by their data)

# --- run: action server + Rasa server, stopped together on Ctrl-C --------------------------------
# The tracker store encrypts personal data with MINSHENG_DATA_KEY; for a local run it is kept in
# var/data_key (generated once, mode 600). With other endpoints (production) there is no fallback:
# set the variable from your secret store, or the Rasa server refuses to start.
DATA_KEY_ENV = $(if $(filter endpoints.yml,$(ENDPOINTS)),export MINSHENG_DATA_KEY="$${MINSHENG_DATA_KEY:-$$(cat var/data_key)}",true)
var/data_key: | $(VENV)/.installed
	@mkdir -p var; umask 077; $(PY) -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())' > $@

# Shared secrets of the internal services (python -m actions.server, python -m bot serve) and the
# key that signs the web channel's conversation ids: generated once into var/ (mode 600) for a
# local run; a variable already set in the environment wins.
SERVICE_SECRETS = var/action_token var/model_token var/session_key var/operator_token
SECRETS_ENV = export MINSHENG_ACTION_TOKEN="$${MINSHENG_ACTION_TOKEN:-$$(cat var/action_token)}" \
  MINSHENG_MODEL_TOKEN="$${MINSHENG_MODEL_TOKEN:-$$(cat var/model_token)}" \
  MINSHENG_SESSION_KEY="$${MINSHENG_SESSION_KEY:-$$(cat var/session_key)}" \
  MINSHENG_OPERATOR_TOKEN="$${MINSHENG_OPERATOR_TOKEN:-$$(cat var/operator_token)}"
$(SERVICE_SECRETS): | $(VENV)/.installed
	@mkdir -p var; umask 077; $(PY) -c 'import secrets; print(secrets.token_urlsafe(32))' > $@

run: build var/data_key $(SERVICE_SECRETS)
	@mkdir -p var; test -s var/api_token || $(PY) -c 'import secrets; print(secrets.token_urlsafe(24))' > var/api_token
	@echo ""
	@echo "minsheng is starting (first start loads TensorFlow: about a minute)."
	@echo "  REST:      POST http://localhost:$(RASA_PORT)/webhooks/rest/webhook  {\"sender\": \"u1\", \"message\": \"你好\"}"
	@echo "  Web chat:  http://localhost:$(RASA_PORT)/chat/  (citizen page; open it on a phone or in a browser)"
	@echo "  socket.io: http://localhost:$(RASA_PORT)/socket.io (the page's channel; Rasa web chat widgets work too)"
	@echo "  HTTP API:  http://localhost:$(RASA_PORT)/status?token=$$(cat var/api_token)"
	@echo "  operator console: http://localhost:$(CONSOLE_PORT)/ (first account: python -m bot console create-operator --username NAME)"
	@echo "  Ctrl-C stops all servers."
	@trap 'kill $$(jobs -p) 2>/dev/null; wait' INT TERM EXIT; $(DATA_KEY_ENV); $(SECRETS_ENV); \
	$(PY) -m actions.server --port $(ACTIONS_PORT) & \
	MINSHENG_API_TOKEN="$$(cat var/api_token)" BOT_CONSOLE_RASA_URL="http://127.0.0.1:$(RASA_PORT)" \
	  $(PY) -m bot console serve --port $(CONSOLE_PORT) & \
	$(RASA) run --model models/hotline.tar.gz --enable-api --auth-token="$$(cat var/api_token)" \
	  --cors "*" --endpoints $(ENDPOINTS) --credentials credentials.yml --port $(RASA_PORT) & \
	wait -n

shell: build var/data_key $(SERVICE_SECRETS)
	@trap 'kill $$(jobs -p) 2>/dev/null; wait' INT TERM EXIT; $(DATA_KEY_ENV); $(SECRETS_ENV); \
	$(PY) -m actions.server --port $(ACTIONS_PORT) >var/actions.log 2>&1 & \
	$(RASA) shell --model models/hotline.tar.gz --endpoints $(ENDPOINTS)

# --- web chat: the vendored socket.io client (webchat/vendor), refreshed or verified from npm -----
SOCKETIO_CLIENT_VERSION := 4.8.1
.PHONY: webchat-vendor
webchat-vendor:
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	(cd "$$tmp" && npm pack --silent socket.io-client@$(SOCKETIO_CLIENT_VERSION) >/dev/null && tar xzf socket.io-client-$(SOCKETIO_CLIENT_VERSION).tgz); \
	cp "$$tmp/package/dist/socket.io.min.js" webchat/vendor/socket.io.min.js; \
	cp "$$tmp/package/LICENSE" webchat/vendor/socket.io-client.LICENSE; \
	sum=$$(sha256sum webchat/vendor/socket.io.min.js | cut -d' ' -f1); \
	grep -q "$$sum" webchat/vendor/README.md && echo "webchat/vendor: socket.io-client $(SOCKETIO_CLIENT_VERSION) ($$sum) matches the pinned checksum" \
	  || { echo "webchat/vendor/socket.io.min.js ($$sum) differs from the checksum in webchat/vendor/README.md"; exit 1; }

# --- scale-out: REPLICAS Rasa servers + ACTION_REPLICAS action servers behind HAProxy on loopback,
# over endpoints.production.yml (PostgreSQL tracker store, Redis lock store; README "Operations").
REPLICAS ?= 2
ACTION_REPLICAS ?= 1
run-replicas: build $(SERVICE_SECRETS)
	@mkdir -p var; test -s var/api_token || $(PY) -c 'import secrets; print(secrets.token_urlsafe(24))' > var/api_token
	@$(SECRETS_ENV); ENDPOINTS=endpoints.production.yml PY=$(PY) RASA=$(RASA) RASA_PORT=$(RASA_PORT) \
	  ACTIONS_PORT=$(ACTIONS_PORT) scripts/run-replicas.sh $(REPLICAS) $(ACTION_REPLICAS)

# --- test: README command two --------------------------------------------------------------------
unit: install
	$(VENV)/bin/pytest -q -m "not trained_model"

validate: install
	$(RASA) data validate --fail-on-warnings

# config.yml's LLM components read the fine-tuned model, so it is built (or found unchanged) first.
train: install $(STAMPS)/llm
	$(RASA) train --fixed-model-name ci --out results/model

# The test stories' hand-over holds at any time of day: operators' hours around the clock here
# (outside them HandoverPolicy answers utter_handoff_unanswered instead of utter_handoff_hold).
rasa-test: train
	BOT_HANDOVER_AGENT_HOURS_START=00:00 BOT_HANDOVER_AGENT_HOURS_END=24:00 \
	$(RASA) test core --model results/model/ci.tar.gz --stories tests/test_stories.yml \
	  --fail-on-prediction-errors --out results/core
	$(RASA) test nlu --model results/model/ci.tar.gz --nlu tests/nlu/nlu_heldout.yml --out results/nlu
	@$(PY) -c 'import json, sys; r = json.load(open("results/nlu/intent_report.json")); a = r["accuracy"]; f = r["macro avg"]["f1-score"]; print(f"held-out NLU intent accuracy {a:.3f}, macro-F1 {f:.3f} (floor $(NLU_ACCURACY_FLOOR))"); sys.exit(a < $(NLU_ACCURACY_FLOOR))'

# Dialogue tests against the trained model in-process (action server stopped): emergencies in
# every form, during a hand-over (tests/dialogue); the web chat page and the operator console in
# headless Chromium against the real servers (tests/browser); two Rasa replicas over PostgreSQL + Redis (tests/ops).
model-tests: train
	BOT_TEST_RASA_MODEL=results/model/ci.tar.gz $(VENV)/bin/pytest -q -m trained_model tests/dialogue tests/browser tests/ops tests/bench/test_fault_run.py

test: install
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory unit validate rasa-test model-tests; \
	echo "make test finished in $$(( $$(date +%s) - start ))s"

check: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# `make print-VAR` prints a variable (tests/test_build_inputs.py reads the build's input lists).
print-%:
	@echo $($*)

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf results models/.rasa-trained $(STAMPS) build .pytest_cache .ruff_cache
