#!/usr/bin/env bash
# N Rasa servers + M action servers behind HAProxy on loopback, over the shared PostgreSQL
# tracker store and Redis lock store of endpoints.production.yml (README "Operations").
#
#   scripts/run-replicas.sh N M        (make run-replicas REPLICAS=N ACTION_REPLICAS=M)
#
# Needs in the environment what endpoints.production.yml reads (TRACKER_DB_*, LOCK_STORE_*),
# the secrets (MINSHENG_DATA_KEY, MINSHENG_ACTION_TOKEN, MINSHENG_MODEL_TOKEN,
# MINSHENG_SESSION_KEY) and BOT_DATABASE_URL (the project database every action server shares).
# Ports: RASA_PORT (HAProxy, default 5005), ACTIONS_PORT (HAProxy, default 5055); replicas take
# REPLICA_BASE_PORT+i (default 5100) and ACTION_BASE_PORT+j (default 5150). Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."

replicas=${1:-${REPLICAS:-2}}
action_replicas=${2:-${ACTION_REPLICAS:-1}}
rasa_port=${RASA_PORT:-5005}
actions_port=${ACTIONS_PORT:-5055}
replica_base=${REPLICA_BASE_PORT:-5100}
action_base=${ACTION_BASE_PORT:-5150}
bind=${BIND:-127.0.0.1}
model=${MODEL:-models/hotline.tar.gz}
endpoints=${ENDPOINTS:-endpoints.production.yml}
run_dir=${RUN_DIR:-var/replicas}
py=${PY:-.venv/bin/python}
rasa=${RASA:-.venv/bin/rasa}

[[ $replicas =~ ^[1-9][0-9]*$ && $action_replicas =~ ^[1-9][0-9]*$ ]] \
  || { echo "usage: $0 REPLICAS ACTION_REPLICAS (positive integers)" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "haproxy is not installed (apt-get install haproxy)" >&2; exit 2; }
for v in MINSHENG_DATA_KEY MINSHENG_ACTION_TOKEN TRACKER_DB_HOST LOCK_STORE_HOST; do
  [[ -n ${!v:-} ]] || { echo "$v is not set (see README \"Operations\")" >&2; exit 2; }
done
api_token=${RASA_API_TOKEN:-$(cat var/api_token)}
mkdir -p "$run_dir"
export ACTION_ENDPOINT_URL="http://127.0.0.1:${actions_port}/webhook"

pids=()
stop() { trap - INT TERM EXIT; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait; }
trap stop INT TERM EXIT

rasa_lines="" action_lines=""
for ((j = 0; j < action_replicas; j++)); do
  port=$((action_base + j))
  "$py" -m actions.server --port "$port" >"$run_dir/actions-$port.log" 2>&1 &
  pids+=($!)
  action_lines+="    server actions$j 127.0.0.1:$port check inter 2s"$'\n'
done
for ((i = 0; i < replicas; i++)); do
  port=$((replica_base + i))
  "$rasa" run --model "$model" --enable-api --auth-token="$api_token" --endpoints "$endpoints" \
    --credentials credentials.yml --interface 127.0.0.1 --port "$port" >"$run_dir/rasa-$port.log" 2>&1 &
  pids+=($!)
  rasa_lines+="    server rasa$i 127.0.0.1:$port check inter 2s"$'\n'
done

# Render the template (placeholders replaced, server lists inserted).
awk -v rs="$rasa_lines" -v as="$action_lines" -v bind="$bind" -v rp="$rasa_port" -v ap="$actions_port" '
  /^@RASA_SERVERS@$/ { printf "%s", rs; next }
  /^@ACTION_SERVERS@$/ { printf "%s", as; next }
  { gsub(/@BIND@/, bind); gsub(/@RASA_PORT@/, rp); gsub(/@ACTIONS_PORT@/, ap); print }
' deploy/haproxy.cfg.tmpl >"$run_dir/haproxy.cfg"
haproxy -c -q -f "$run_dir/haproxy.cfg"
haproxy -db -f "$run_dir/haproxy.cfg" >"$run_dir/haproxy.log" 2>&1 &
pids+=($!)

echo "waiting for $replicas Rasa server(s) and $action_replicas action server(s) (logs in $run_dir/)"
for ((i = 0; i < replicas; i++)); do
  until curl -fsS "http://127.0.0.1:$((replica_base + i))/" >/dev/null 2>&1; do
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || { echo "a server exited; see $run_dir/" >&2; exit 1; }; done
    sleep 2
  done
done
echo "ready: http://$bind:$rasa_port (REST: /webhooks/rest/webhook) -> $replicas Rasa replicas; actions via :$actions_port -> $action_replicas"
wait -n
