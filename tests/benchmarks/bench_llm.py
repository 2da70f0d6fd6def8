"""Benchmark the embedded models side by side in one run.

Usage::

    python tests/benchmarks/bench_llm.py                 # both models, 6 requests
    python tests/benchmarks/bench_llm.py --models 0.5b --requests 3
    python tests/benchmarks/bench_llm.py --json bench.json

For each embedded model it reports:

* model load time (weights memory-mapped as they are, vs repacked by llama.cpp);
* prompt tokens/s and decode tokens/s;
* cold one-shot latency (a fresh process per request, as ``netops ask`` runs)
  and warm latency (later requests in one process), each with the prefix
  cache on and off, median over a fixed set of requests;
* decode speed without drafting, with prompt-lookup drafting and (for the
  1.5B model) with the 0.5B model drafting, and whether the output changed;
* decode tokens/s as a fraction of the memory-bandwidth bound: bytes read per
  token (weights plus the KV cache in use) over the measured bandwidth.

The prompts are the real ones (``netops.answering.pipeline.TopologyContext`` over
``topologies/dc-fabric.yaml`` with retrieved examples and resolved entities)
when that machinery imports, otherwise a synthetic prefix of similar size.
Timings on a shared 2-core machine are noisy: compare columns of one run,
not runs.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as _dt
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from netops.llm import models  # noqa: E402
from netops.llm.base import CompletionOptions, Message  # noqa: E402

__all__ = ["main"]

REQUESTS = [
    "which leaf switches in ams have a down uplink?",
    "list all spine switches with their os version",
    "how many devices does each vendor have?",
    "what is the shortest path from ams-leaf1 to fra-leaf2?",
    "which border routers are in fra?",
    "set the status of ams-leaf3 to maintenance",
    "which links between sites have a speed below 100G?",
    "count the devices per rack in ams",
]
OPTIONS = CompletionOptions(max_tokens=160, stop=("\n```",))


# --------------------------------------------------------------------------- prompts


def build_prompts(n: int) -> tuple[list[list[Message]], str]:
    """Messages for the first ``n`` benchmark requests, and where they came from."""
    requests = REQUESTS[:n]
    try:
        from netops.answering.pipeline import TopologyContext
        from netops.answering.retrieval import ExampleIndex, load_examples
        from netops.topology import load

        context = TopologyContext(load(ROOT / "topologies" / "dc-fabric.yaml"))
        index = ExampleIndex(load_examples())
        prompts = [
            context.builder.messages(
                r, examples=index.search(r, k=4), entities=context.resolver.resolve(r)
            )
            for r in requests
        ]
        return prompts, "netops.answering.pipeline prompts over topologies/dc-fabric.yaml"
    except Exception as exc:  # noqa: BLE001 - fall back to a self-contained prompt
        api = "\n".join(
            f"def helper_{i}(G, name, **filters):\n    '''Return the devices matching name and filters ({i}).'''"
            for i in range(60)
        )
        system = "You write short Python programs over a network graph G.\n" + api
        prompts = [[Message("system", system), Message("user", f"Request: {r}\n")] for r in requests]
        return prompts, f"synthetic prompts ({type(exc).__name__}: {exc})"


# --------------------------------------------------------------------------- machine


def memory_bandwidth(size_mb: int = 256, threads: int = 2, rounds: int = 3) -> float:
    """Copy bandwidth in GB/s (bytes read + written) with ``threads`` parallel memmoves."""
    size = size_mb * 1024 * 1024
    buffers = [(ctypes.create_string_buffer(size), ctypes.create_string_buffer(size)) for _ in range(threads)]
    for src, dst in buffers:  # touch every page first
        ctypes.memmove(dst, src, size)
    best = 0.0
    for _ in range(rounds):
        workers = [threading.Thread(target=ctypes.memmove, args=(dst, src, size)) for src, dst in buffers]
        t0 = time.perf_counter()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        elapsed = time.perf_counter() - t0
        best = max(best, 2 * size * threads / elapsed / 1e9)
    return best


def machine() -> dict[str, Any]:
    """CPU, core count, date and library versions."""
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import llama_cpp

    from netops.llm.llama_cpp import physical_cores

    return {
        "date": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "logical_cpus": os.cpu_count(),
        "physical_cores": physical_cores(),
        "llama_cpp_python": llama_cpp.__version__,
        "python": platform.python_version(),
    }


# --------------------------------------------------------------------------- measurements


def _backend(name: str, *, prefix_cache: str, drafter: Any = None, repack: bool = False) -> Any:
    from netops.llm.llama_cpp import LlamaCppBackend

    model = models.get_model(name)
    return LlamaCppBackend(
        models.ensure_model(model),
        name=model.name,
        prefix_cache=prefix_cache,
        drafter=drafter,
        identity=model.sha256,
        repack=repack,
    )


def _worker(args: argparse.Namespace) -> None:
    """One cold one-shot: load, answer one request, print JSON (run in a fresh process)."""
    t_start = time.perf_counter()
    prompts, _ = build_prompts(args.index + 1)
    backend = _backend(args.model, prefix_cache=args.prefix_cache, repack=args.repack)
    t_ready = time.perf_counter()
    backend.load()
    completion = backend.complete(prompts[args.index], OPTIONS)
    t_end = time.perf_counter()
    print(
        json.dumps(
            {
                "total": t_end - t_start,
                "load": backend.load().load_seconds,
                "setup": t_ready - t_start,
                "request": completion.timings["total"],
                "timings": completion.timings,
                "prompt_tokens": completion.prompt_tokens,
                "cached_tokens": completion.cached_tokens,
                "completion_tokens": completion.completion_tokens,
                "prefix_source": completion.details.get("prefix_source"),
                "text": completion.text,
            }
        )
    )


def cold_run(model: str, index: int, prefix_cache: str, *, repack: bool = False) -> dict[str, Any]:
    """Run one request in a fresh interpreter; wall time as the user sees it."""
    cmd = [
        sys.executable, __file__, "--worker", "--model", model, "--index", str(index), "--prefix-cache", prefix_cache,
    ]
    if repack:
        cmd.append("--repack")
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"worker failed ({done.returncode}): {done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    return result


def engine_options(name: str, prompt: list[Message]) -> list[dict[str, Any]]:
    """Load time, prompt and decode speed for weight layouts and attention kernels (fresh processes)."""
    rows = []
    from netops.llm.llama_cpp import physical_cores

    cores = physical_cores()
    variants = [(False, True, cores), (True, True, cores), (False, False, cores)]
    if cores > 1:
        variants.append((False, True, 1))
    for repack, flash, threads in variants:
        code = (
            "import json, sys, time\n"
            f"sys.path.insert(0, {str(ROOT)!r})\n"
            "from netops.llm import models\n"
            "from netops.llm.llama_cpp import LlamaCppBackend\n"
            "from netops.llm.base import Message, CompletionOptions\n"
            f"m = models.get_model({name!r})\n"
            f"b = LlamaCppBackend(models.ensure_model(m), name=m.name, prefix_cache='off', repack={repack}, "
            f"flash_attn={flash}, threads={threads})\n"
            "e = b.load()\n"
            f"msgs = [Message(**d) for d in json.loads({json.dumps(json.dumps([vars(x) for x in prompt]))})]\n"
            "c = b.complete(msgs, CompletionOptions(max_tokens=64, stop=()))\n"
            "print(json.dumps({'load': e.load_seconds, 'prompt_tokens': c.prompt_tokens, 'prompt': c.timings['prompt'],"
            " 'completion_tokens': c.completion_tokens, 'decode': c.timings['decode']}))\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        r = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(
            {
                "weights": "repacked" if repack else "mmap (as stored)",
                "flash_attn": flash,
                "threads": threads,
                "load_s": r["load"],
                "prompt_tps": r["prompt_tokens"] / r["prompt"],
                "decode_tps": (r["completion_tokens"] - 1) / r["decode"] if r["decode"] > 0 else 0.0,
            }
        )
    return rows


def warm_runs(backend: Any, prompts: list[list[Message]]) -> list[Any]:
    """Answer every prompt in one process after one untimed warm-up request."""
    backend.complete(prompts[-1], OPTIONS)
    return [backend.complete(p, OPTIONS) for p in prompts]


def _decode_tps(completions: list[Any]) -> float:
    tokens = sum(max(0, c.completion_tokens - 1) for c in completions)
    seconds = sum(c.timings["decode"] for c in completions)
    return tokens / seconds if seconds else 0.0


def bench_model(name: str, prompts: list[list[Message]], bandwidth: float, *, quick: bool) -> dict[str, Any]:
    """All measurements for one model."""
    from netops.llm.llama_cpp import ModelDrafter, PromptLookupDrafter, load_engine

    model = models.get_model(name)
    print(f"== {model.name}", file=sys.stderr)
    result: dict[str, Any] = {"model": model.name, "file_bytes": model.size}

    print("   engine options (fresh processes)", file=sys.stderr)
    result["engine_options"] = engine_options(name, prompts[0])

    print("   warm, prefix cache on/off", file=sys.stderr)
    on = _backend(name, prefix_cache="disk")
    warm_on = warm_runs(on, prompts)
    engine = on.load()
    off = _backend(name, prefix_cache="off")
    warm_off = warm_runs(off, prompts)
    result["prompt_tokens_median"] = statistics.median(c.prompt_tokens for c in warm_off)
    result["prefix_tokens"] = warm_on[0].details.get("prefix_tokens")
    result["prompt_tps"] = sum(c.prompt_tokens for c in warm_off) / sum(c.timings["prompt"] for c in warm_off)
    result["decode_tps"] = _decode_tps(warm_off)
    result["warm_on_s"] = statistics.median(c.timings["total"] for c in warm_on)
    result["warm_off_s"] = statistics.median(c.timings["total"] for c in warm_off)
    result["same_output_cache_on_off"] = [c.text for c in warm_on] == [c.text for c in warm_off]

    print("   cold one-shots (a fresh process per request)", file=sys.stderr)
    indices = range(min(len(prompts), 3 if quick else len(prompts)))
    cold_on = [cold_run(name, i, "disk") for i in indices]
    cold_off = [cold_run(name, i, "off") for i in indices]
    result["cold_on_s"] = statistics.median(r["wall"] for r in cold_on)
    result["cold_off_s"] = statistics.median(r["wall"] for r in cold_off)
    result["cold_on_detail"] = {
        "load_s": statistics.median(r["load"] for r in cold_on),
        "prefix_s": statistics.median(r["timings"].get("prefix", 0.0) for r in cold_on),
        "prompt_s": statistics.median(r["timings"]["prompt"] for r in cold_on),
        "decode_s": statistics.median(r["timings"]["decode"] for r in cold_on),
        "prefix_sources": sorted({r["prefix_source"] for r in cold_on}),
    }
    result["same_output_cold_warm"] = [r["text"] for r in cold_on] == [c.text for c in warm_on[: len(cold_on)]]

    print("   drafting", file=sys.stderr)
    drafting: dict[str, Any] = {"none": {"decode_tps": _decode_tps(warm_on), "accept": None, "same_output": True}}
    candidates: list[tuple[str, Any]] = [("prompt-lookup", PromptLookupDrafter())]
    if model.name != models.DRAFT_MODEL:
        small = models.get_model(models.DRAFT_MODEL)
        small_engine = load_engine(models.ensure_model(small), identity=small.sha256)
        candidates.append((f"model:{small.name}", ModelDrafter(small_engine)))
    for label, drafter in candidates:
        backend = _backend(name, prefix_cache="disk", drafter=drafter)
        runs = warm_runs(backend, prompts)
        proposed = sum(c.details.get("draft_proposed", 0) for c in runs)
        accepted = sum(c.details.get("draft_accepted", 0) for c in runs)
        drafting[label] = {
            "decode_tps": _decode_tps(runs),
            "warm_s": statistics.median(c.timings["total"] for c in runs),
            "accept": accepted / proposed if proposed else 0.0,
            "same_output": [c.text for c in runs] == [c.text for c in warm_on],
        }
    result["drafting"] = drafting

    tokens_in_kv = result["prompt_tokens_median"] + 40
    layers = int(engine.meta("qwen2.block_count") or 0)
    kv_heads = int(engine.meta("qwen2.attention.head_count_kv") or 0)
    heads = int(engine.meta("qwen2.attention.head_count") or 1)
    head_dim = int(engine.meta("qwen2.embedding_length") or 0) // heads
    kv_bytes = layers * kv_heads * head_dim * 2 * 2 * tokens_in_kv  # K and V, f16
    per_token = engine.model_bytes + kv_bytes
    bound = bandwidth * 1e9 / per_token
    result["bandwidth"] = {
        "model_bytes": engine.model_bytes,
        "kv_bytes": kv_bytes,
        "bound_tps": bound,
        "fraction": result["decode_tps"] / bound,
    }
    return result


# --------------------------------------------------------------------------- report


def report(results: list[dict[str, Any]], info: dict[str, Any], prompt_source: str, n: int) -> str:
    """A markdown report with the models side by side."""
    names = [r["model"] for r in results]
    out = [
        f"### LLM backend benchmark — {info['date']}",
        "",
        f"Machine: {info['cpu']}, {info['logical_cpus']} logical CPUs ({info['physical_cores']} physical cores "
        f"used), memory copy bandwidth {info['bandwidth_gbs']:.1f} GB/s; llama-cpp-python "
        f"{info['llama_cpp_python']}, Python {info['python']}; load average {info['loadavg_start']} at start, "
        f"{info.get('loadavg_end', '?')} at end (other work on the machine slows every column).",
        f"Prompts: {prompt_source}; {n} requests; greedy, max 160 tokens, stop at the closing fence.",
        "",
        "| | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]

    def row(label: str, fmt: Any) -> None:
        out.append(f"| {label} | " + " | ".join(fmt(r) for r in results) + " |")

    row("prompt tokens (median) / fixed prefix", lambda r: f"{r['prompt_tokens_median']:.0f} / {r['prefix_tokens']}")
    for i, option in enumerate(results[0]["engine_options"]):
        tag = f"{option['weights']}, flash-attn {'on' if option['flash_attn'] else 'off'}, {option['threads']} thr"
        row(f"load s · prompt tok/s · decode tok/s ({tag})",
            lambda r, i=i: "{:.2f} · {:.0f} · {:.1f}".format(
                r["engine_options"][i]["load_s"], r["engine_options"][i]["prompt_tps"],
                r["engine_options"][i]["decode_tps"]))
    row("prompt tok/s (default engine)", lambda r: f"{r['prompt_tps']:.0f}")
    row("decode tok/s (no drafting)", lambda r: f"{r['decode_tps']:.1f}")
    row("cold one-shot, prefix cache on (median s)", lambda r: f"{r['cold_on_s']:.2f}")
    row("cold one-shot, prefix cache off (median s)", lambda r: f"{r['cold_off_s']:.2f}")
    row("  cold on: load · prefix restore · prompt · decode (s)",
        lambda r: "{load_s:.2f} · {prefix_s:.2f} · {prompt_s:.2f} · {decode_s:.2f}".format(**r["cold_on_detail"]))
    row("warm request, prefix cache on (median s)", lambda r: f"{r['warm_on_s']:.2f}")
    row("warm request, prefix cache off (median s)", lambda r: f"{r['warm_off_s']:.2f}")
    row("same answers: cache on vs off / cold vs warm",
        lambda r: f"{'yes' if r['same_output_cache_on_off'] else 'NO'} / {'yes' if r['same_output_cold_warm'] else 'NO'}")
    labels = sorted({k for r in results for k in r["drafting"]}, key=lambda k: (k != "none", k))
    for label in labels:
        def fmt(r: dict[str, Any], label: str = label) -> str:
            d = r["drafting"].get(label)
            if d is None:
                return "n/a"
            accept = "" if d["accept"] is None else f", accept {d['accept']:.0%}"
            same = "" if d["same_output"] else ", OUTPUT CHANGED"
            return f"{d['decode_tps']:.1f}{accept}{same}"
        row(f"decode tok/s, drafting {label}", fmt)
    row("bytes per token (weights + KV)", lambda r: f"{(r['bandwidth']['model_bytes'] + r['bandwidth']['kv_bytes']) / 1e6:.0f} MB")
    row("bandwidth bound tok/s", lambda r: f"{r['bandwidth']['bound_tps']:.1f}")
    row("decode as fraction of the bound", lambda r: f"{r['bandwidth']['fraction']:.0%}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--worker``, one cold request)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default="0.5b,1.5b", help="comma-separated embedded model names")
    parser.add_argument("--requests", type=int, default=6, help="how many of the fixed requests to run")
    parser.add_argument("--quick", action="store_true", help="3 cold one-shots per mode instead of all")
    parser.add_argument("--json", dest="json_path", help="also write the raw results here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--index", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--prefix-cache", default="disk", help=argparse.SUPPRESS)
    parser.add_argument("--repack", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args)
        return 0
    n = max(1, min(args.requests, len(REQUESTS)))
    prompts, source = build_prompts(n)
    info = machine()
    info["loadavg_start"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    info["bandwidth_gbs"] = memory_bandwidth(threads=info["physical_cores"])
    results = [bench_model(name, prompts, info["bandwidth_gbs"], quick=args.quick) for name in args.models.split(",")]
    info["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = report(results, info, source, n)
    print(text)
    if args.json_path:
        Path(args.json_path).write_text(json.dumps({"machine": info, "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
