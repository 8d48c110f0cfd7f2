"""Can one huge message stall the hotline? Server time of a 100,000-character message and the turn
latency of other callers while it is processed, against running servers.

Start the assistant first (`make run`, or `rasa run` on a port of your choice), then:

    .venv/bin/python bench/stall.py --url http://127.0.0.1:5005

For each kind of huge message (blanks, digits, Chinese, emoji, mixed), ``--repeats`` times, the
script times ``--probes`` "你好" turns of other callers one after another (before), then sends the
huge message and keeps sending "你好" turns every ``--interval`` seconds until its reply arrives
(during; both pooled over the repeats); then it times a message of the same kind of ``--baseline-chars`` characters (the length the assistant
keeps: what NLU costs on any message of the cap's length) twice, keeping the faster. Every request
has its own sender id, so the per-sender rate limit does not interfere. Starts nothing itself and
sends traffic only to ``--url``. Results JSON (with machine and versions) goes to
``bench/results/stall.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.versions import package_versions  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
PROBE_TEXT = "你好"
# One repeating unit per kind; the message is the unit repeated to --chars characters.
KINDS: dict[str, str] = {
    "spaces": " ",
    "digits": "1",
    "chinese": "投诉",
    "emoji": "😀",
    "mixed": "我的电话 138 0013 8000 😀 ",
}


# An ordinary complaint letter (154 characters; real letters of TipDM 2020: median 193): the
# control, what an ordinary turn of another caller costs the probes.
CONTROL_LETTER = (
    "您好，我是幸福小区3栋的住户。小区东门外的烧烤摊每天晚上营业到凌晨两点，油烟直接飘进"
    "我们楼里，噪音也很大，老人和孩子都休息不好。之前跟物业反映过好几次，物业说管不了，"
    "让我们找城管。我们也打过电话，但一直没有人来处理。希望有关部门能尽快过来看看，"
    "规范一下经营时间，安装油烟净化设备，还居民一个安静的环境。谢谢！"
)


def huge_message(kind: str, chars: int) -> str:
    unit = KINDS[kind]
    return (unit * (chars // len(unit) + 1))[:chars]


async def turn(client: httpx.AsyncClient, url: str, text: str, timeout_s: float) -> dict[str, Any]:
    """One REST turn: wall time, status and what came back (reply texts cut to 80 chars)."""
    sender = f"stall-{uuid.uuid4().hex[:12]}"
    start = time.perf_counter()
    try:
        reply = await client.post(
            f"{url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=timeout_s,
        )
        seconds = time.perf_counter() - start
        body = reply.json() if reply.content else []
        texts = [str(m.get("text", ""))[:80] for m in body if isinstance(m, dict)]
        return {"seconds": seconds, "status": reply.status_code, "replies": texts}
    except (httpx.HTTPError, ValueError) as e:
        return {"seconds": time.perf_counter() - start, "status": None, "error": repr(e)}


def summary(turns: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = sorted(t["seconds"] for t in turns)
    ok = [t for t in turns if t.get("status") == 200 and t.get("replies")]
    if not seconds:
        return {"n": 0}
    return {
        "n": len(seconds),
        "answered": len(ok),
        "median_s": round(statistics.median(seconds), 4),
        "p95_s": round(seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))], 4),
        "max_s": round(seconds[-1], 4),
    }


async def alongside(
    client: httpx.AsyncClient, args: argparse.Namespace, text: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Others' "你好" turns before and while ``text`` is handled, and ``text``'s own turns."""
    before: list[dict[str, Any]] = []
    during: list[dict[str, Any]] = []
    huge: list[dict[str, Any]] = []
    # Each repeat: probes alone (before), then the huge message with probes alongside (during);
    # a huge message handled in well under a second leaves room for one or two probes only, so
    # the repeats pool enough of them for a median.
    for _ in range(args.repeats):
        for _ in range(args.probes):
            before.append(await turn(client, args.url, PROBE_TEXT, args.timeout))
        big = asyncio.create_task(turn(client, args.url, text, args.timeout))
        while not big.done():
            probe = asyncio.create_task(turn(client, args.url, PROBE_TEXT, args.timeout))
            await asyncio.sleep(args.interval)
            during.append(await probe)
        huge.append(await big)
    return before, during, huge


def ratio_of_medians(before: dict[str, Any], during: dict[str, Any]) -> float | None:
    if before.get("median_s") and during.get("median_s"):
        return round(during["median_s"] / before["median_s"], 2)
    return None


async def measure_control(client: httpx.AsyncClient, args: argparse.Namespace) -> dict[str, Any]:
    """The same measurement with an ordinary letter in place of the huge
    message: what any other caller's turn costs the probes (one event loop serves them all)."""
    before, during, own = await alongside(client, args, CONTROL_LETTER)
    before_s, during_s = summary(before), summary(during)
    return {
        "message_chars": len(CONTROL_LETTER),
        "message_seconds": summary(own),
        "others_before": before_s,
        "others_during": during_s,
        "others_during_over_before": ratio_of_medians(before_s, during_s),
    }


async def measure_kind(
    client: httpx.AsyncClient, args: argparse.Namespace, kind: str
) -> dict[str, Any]:
    text = huge_message(kind, args.chars)
    before, during, huge = await alongside(client, args, text)
    result = max(huge, key=lambda t: t["seconds"])  # the slowest repeat
    # The same kind cut to what the assistant keeps: what NLU costs on a message of the cap's
    # length, against which the huge message's server time is compared in the same run.
    kept = [
        await turn(client, args.url, huge_message(kind, args.baseline_chars), args.timeout)
        for _ in range(2)
    ]
    kept_s = min(t["seconds"] for t in kept)
    before_s, during_s = summary(before), summary(during)
    ratio = ratio_of_medians(before_s, during_s)
    return {
        "kind": kind,
        "huge_message": {
            "chars": len(text),
            "utf8_bytes": len(text.encode("utf-8")),
            "server_seconds": round(result["seconds"], 4),
            "server_seconds_all": [round(t["seconds"], 4) for t in huge],
            "status": result.get("status"),
            "replies": result.get("replies"),
            "error": result.get("error"),
        },
        "cap_length_message": {
            "chars": args.baseline_chars,
            "server_seconds": round(kept_s, 4),
            "status": kept[-1].get("status"),
        },
        "huge_over_cap_length": round(result["seconds"] / kept_s, 2) if kept_s else None,
        "others_before": before_s,
        "others_during": during_s,
        # Others' median turn while the huge message is handled over their median without it.
        "others_during_over_before": ratio,
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    load_at_start = round(os.getloadavg()[0], 2)
    async with httpx.AsyncClient() as client:
        warm = await turn(client, args.url, PROBE_TEXT, args.timeout)
        if warm.get("status") != 200:
            raise SystemExit(f"{args.url} did not answer a REST turn: {warm}")
        control = await measure_control(client, args)
        kinds = [await measure_kind(client, args, kind) for kind in args.kinds]
    return {
        "benchmark": "stall",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "url": args.url,
        "chars": args.chars,
        "probes_before": args.probes,
        "repeats": args.repeats,
        "probe_interval_s": args.interval,
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "load_average_1m_at_start": load_at_start,
            "load_average_1m_at_end": round(os.getloadavg()[0], 2),
            "shared": args.shared,
        },
        "versions": package_versions(("rasa", "rasa-sdk", "tensorflow", "torch", "httpx")),
        "note": "server_seconds is the wall time of the REST request on the given URL "
        "(loopback: the server's own time plus a few ms), the slowest of the repeats.",
        "control_letter": control,
        "kinds": kinds,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:5005", help="Rasa server base URL")
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS))
    parser.add_argument("--chars", type=int, default=100_000, help="length of the huge message")
    parser.add_argument(
        "--baseline-chars",
        type=int,
        default=1000,
        help="length of the same kind's message timed for comparison (the cap: 1000)",
    )
    parser.add_argument("--probes", type=int, default=10, help="'你好' turns timed before")
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between probes")
    parser.add_argument(
        "--repeats", type=int, default=3, help="huge messages per kind (probes pooled)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="per-request timeout (s)")
    parser.add_argument("--out", type=Path, default=RESULTS / "stall.json")
    parser.add_argument(
        "--shared", action="store_true", help="record that other work shared the machine"
    )
    args = parser.parse_args(argv)
    args.url = args.url.rstrip("/")
    results = asyncio.run(run(args))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    control = results["control_letter"]
    print(
        f" control: a {control['message_chars']}-char letter; others median "
        f"{control['others_before'].get('median_s')}s before, "
        f"{control['others_during'].get('median_s')}s during "
        f"(ratio {control['others_during_over_before']})"
    )
    for kind in results["kinds"]:
        print(
            f"{kind['kind']:>8}: huge message {kind['huge_message']['server_seconds']:.3f}s max "
            f"(HTTP {kind['huge_message']['status']}; {args.baseline_chars} chars "
            f"{kind['cap_length_message']['server_seconds']:.3f}s); others median "
            f"{kind['others_before'].get('median_s')}s before, "
            f"{kind['others_during'].get('median_s')}s during (max "
            f"{kind['others_during'].get('max_s')}s; ratio {kind['others_during_over_before']})"
        )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
