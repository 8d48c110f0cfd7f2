#!/usr/bin/env bash
# GPU benchmark of the fine-tuning loop on one NVIDIA H200 (or any CUDA GPU), in one prepared run.
#
#   bash bench/gpu.sh            # results JSON in bench/results/ (or in $OUT when set)
#
# What it measures:
# - training: tokens/s, MFU and peak memory of our multi-task training loop against a plain
#   Hugging Face Trainer on the same model and data in the same process: a ~0.5B-parameter
#   Qwen2-shaped model (Qwen2.5-0.5B's config, random init), bf16 autocast, packed 2048-token
#   sequences; full fine-tuning, then LoRA;
# - generation: tokens/s of the in-process engine (bot.llm), dynamic batching against one request
#   at a time, on Qwen2.5-0.5B's layers and widths (random init, bf16, greedy).
# No Rasa imports; nothing is downloaded. Budget: under 9 minutes including start-up (each step is
# capped with `timeout`).
#
# Runs with the machine's own python3 (torch, transformers, peft, accelerate are expected there);
# wheels for anything missing can be carried in .whl/ and are installed to /tmp/site first.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
RESULTS=${OUT:-bench/results}
mkdir -p "$RESULTS"
export USE_TF=0 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false

if compgen -G ".whl/*.whl" >/dev/null; then
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi

nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv || true
"$PY" - <<'PYEOF' || { echo "environment check failed"; exit 1; }
import importlib, torch
for m in ("transformers", "peft", "accelerate", "yaml", "tqdm", "safetensors"):
    mod = importlib.import_module(m)
    print(m, getattr(mod, "__version__", "?"))
print("torch", torch.__version__, "cuda", torch.version.cuda, "device", torch.cuda.get_device_name(0))
assert torch.cuda.is_available(), "no CUDA device"
import bot.finetune.trainer  # our loop imports cleanly, without Rasa
PYEOF

status=0
run() {  # name, seconds, args...
  local name=$1 limit=$2; shift 2
  echo "=== $name (limit ${limit}s) ==="
  timeout "$limit" "$PY" bench/train_throughput.py "$@" --out "$RESULTS/train_throughput-h200-$name.json" \
    2>&1 | grep -v -E "Warning|warn\(" | tee "$RESULTS/train_throughput-h200-$name.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" -eq 0 ] || { echo "$name failed (exit $rc)"; status=1; }
}

COMMON=(--random-init qwen2-0.5b --seq-len 2048 --batch-size 8 --grad-accum 1 --warmup 5 --steps 30)
run full 240 "${COMMON[@]}" --method full
run lora 180 "${COMMON[@]}" --method lora

echo "=== generation (limit 120s) ==="
timeout 120 "$PY" bench/generation_throughput.py --shape qwen2-0.5b --device cuda --dtype bfloat16 \
  --requests 64 --batch-size 32 --max-new-tokens 128 --out "$RESULTS/generation_throughput-h200.json" \
  2>&1 | grep -v -E "Warning|warn\(" | tee "$RESULTS/generation_throughput-h200.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "generation failed"; status=1; }

echo "=== summary ==="
"$PY" - "$RESULTS" <<'PYEOF'
import json, pathlib, sys
for f in sorted(pathlib.Path(sys.argv[1]).glob("train_throughput-h200-*.json")):
    r = json.loads(f.read_text())
    o, h = r["ours"], r["hf_trainer"] or {}
    print(f"{r['method']:5s} ours {o['tokens_per_s']:>9.0f} tok/s MFU {o['mfu']:.1%} peak {o['peak_memory_mb']/1024:.1f} GiB | "
          f"HF {h.get('tokens_per_s', 0):>9.0f} tok/s MFU {h.get('mfu', 0):.1%} peak {h.get('peak_memory_mb', 0)/1024:.1f} GiB")
g = pathlib.Path(sys.argv[1]) / "generation_throughput-h200.json"
if g.exists():
    r = json.loads(g.read_text())
    print(f"generation: batched {r['batched']['tokens_per_s']:.0f} tok/s vs one at a time "
          f"{r['one_at_a_time']['tokens_per_s']:.0f} tok/s (x{r['speedup']}), same outputs {r['same_outputs']}")
PYEOF
exit $status
