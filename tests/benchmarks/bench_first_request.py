"""Benchmark the latency of requests on topologies the model has not seen yet.

Usage::

    python tests/benchmarks/bench_first_request.py                # 1.5B, 6 never-seen topologies
    python tests/benchmarks/bench_first_request.py --topologies 3 --json out.json

Measured side by side in one run, for each schema style of the prompt (the
``schema_style`` setting: ``compact``, the default, and ``full``, the longer
attribute list it replaced), with the two-level prompt prefix (the part every
topology shares, then the schema segment):

* **cold, never seen**: a new process runs ``netops ask --json --dry-run`` on a
  topology whose schema no request has used (the shared level is on disk, as
  after any earlier request with this model and prompt version);
* **cold, known**: the same request again in a new process;
* **warm, never seen**: one long-lived process (a REPL) asks about a topology
  for the first time, after a request on another topology;
* **warm, known**: a second request on that topology in that process;
* **after a schema-changing apply, at once**: in the same process, a program
  gives every device an attribute the topology did not have (``owner``), the
  change is applied (``Session.apply``, as the REPL's ``:apply``) and the next
  request is sent at once: it waits for the background prefill the apply
  started (``netops.answering.prefill``), if that has not finished;
* **after a schema-changing apply, typed after the prefill**: a second change
  (``tier``), applied, and the request sent once the prefill has finished, as
  when the operator takes longer to read and type than it takes; the row's
  ``prefill s`` is how long the prefill took.

Each row gives the median wall time and the median prompt and cached token
counts. Every mode has its own empty prefix-state directory (the assembled
weights are shared through a symlink), so no mode sees another's states.
Timings on a shared 2-core machine are noisy: compare columns of one run.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

__all__ = ["main"]

REQUESTS = [
    "how many devices are there per role?",
    "which devices have the most links?",
    "list the links that are down",
    "how many links does each site have?",
]
SCHEMA_CHANGES = (
    "result = set_attrs(G, list(G.nodes), owner='noc')\n",
    "result = set_attrs(G, list(G.nodes), tier='gold')\n",
)
MODES = ("compact", "full")


def _topologies(workdir: Path, count: int) -> list[Path]:
    """Topology files no request has used: the samples, then generated fabrics."""
    from netops.topology import load, save
    from netops.topology.generate import leaf_spine

    sources = [
        ROOT / "topologies" / "campus.yaml",
        ROOT / "topologies" / "dc-fabric.yaml",
        ROOT / "topologies" / "geant2012.graphml",
        ROOT / "topologies" / "lab.clab.yml",
        ROOT / "tests" / "eval" / "topologies" / "metro.yaml",
    ]
    paths = []
    for i in range(count):
        target = workdir / f"never-seen-{i}.yaml"
        if i < len(sources):
            topology = load(sources[i])
        else:
            topology = leaf_spine(2 + i % 3, 4 + i, site=f"bench{i}")
        save(topology, target)
        paths.append(target)
    return paths


def _cache_dir(workdir: Path, mode: str) -> Path:
    """An empty cache dir for one mode that shares the assembled weights."""
    from netops.settings import cache_dir

    target = workdir / f"cache-{mode}"
    target.mkdir()
    models = cache_dir() / "models"
    if models.is_dir():
        (target / "models").symlink_to(models)
    return target


def _child_env(cache: Path, home: Path, mode: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(NETOPS_CACHE_DIR=str(cache), NETOPS_HOME=str(home), NETOPS_SCHEMA_STYLE=mode)
    return env


def _cold(topology: Path, request: str, env: dict[str, str]) -> dict[str, Any]:
    """One ``netops ask`` in a new process; wall time and token counts."""
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from netops.cli import main\n"
        "sys.argv = ['netops', 'ask', sys.argv[1], '-t', sys.argv[2], '--json', '--dry-run', '--no-cache']\n"
        "main()\n"
    )
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, request, str(topology)], env=env, capture_output=True, text=True, timeout=600
    )
    seconds = time.perf_counter() - t0
    try:
        data = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"netops ask failed (exit {done.returncode}):\n{done.stderr[-2000:]}") from None
    return {"seconds": seconds, "prompt": data["tokens"]["prompt"], "cached": data["tokens"]["cached"], "ok": data["ok"]}


def _answer_row(answer: Any, seconds: float) -> dict[str, Any]:
    tokens = answer.to_json()["tokens"]
    return {"seconds": seconds, "prompt": tokens["prompt"], "cached": tokens["cached"], "ok": answer.ok}


AT_ONCE = "after a schema-changing apply, at once"
AFTER_PREFILL = "after a schema-changing apply, typed after the prefill"


def _warm(topologies: list[Path], workdir: Path, model: str) -> dict[str, list[dict[str, Any]]]:
    """In this process: first and second request per topology, then requests after schema-changing applies."""
    from netops.answering.prefill import BackgroundPrefill
    from netops.answering.session import Session
    from netops.app import build_pipeline
    from netops.settings import load_settings
    from netops.store.database import Store
    from netops.topology import load

    settings = load_settings(model=model, cache=False)
    store = Store()
    pipeline = build_pipeline(settings, frontend="repl", store=store)
    labels = ("warm, never seen", "warm, known", AT_ONCE, AFTER_PREFILL)
    rows: dict[str, list[dict[str, Any]]] = {label: [] for label in labels}
    pipeline.ask(REQUESTS[0], load(topologies[0]))  # untimed: model loaded, shared level in the KV cache
    for i, path in enumerate(topologies[1:], start=1):
        request = REQUESTS[i % len(REQUESTS)]
        topology = load(path)
        for label in labels[:2]:
            t0 = time.perf_counter()
            answer = pipeline.ask(request, topology)
            rows[label].append(_answer_row(answer, time.perf_counter() - t0))
        copy = workdir / f"repl-{i}.yaml"
        shutil.copyfile(path, copy)
        prefill = BackgroundPrefill()
        session = Session(copy, pipeline, store, prefill=prefill)
        session.ask(request)  # the session's topology is known before the change
        for label, change in zip((AT_ONCE, AFTER_PREFILL), SCHEMA_CHANGES, strict=True):
            changed = session.run_program(change)
            if not changed.ok:
                raise SystemExit(f"the schema change failed on {path}: {changed.error}")
            session.apply()
            t_prefill = time.perf_counter()
            if label == AFTER_PREFILL:
                prefill.wait()
            prefill_seconds = time.perf_counter() - t_prefill
            t0 = time.perf_counter()
            answer = session.ask(REQUESTS[(i + 1) % len(REQUESTS)])
            row = _answer_row(answer, time.perf_counter() - t0)
            if label == AFTER_PREFILL:
                row["prefill"] = prefill_seconds
            rows[label].append(row)
        prefill.stop()
    return rows


def _median(rows: list[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in rows) if rows else float("nan")


def _run_mode(mode: str, topologies: list[Path], workdir: Path, model: str) -> dict[str, list[dict[str, Any]]]:
    cache = _cache_dir(workdir, mode)
    home = workdir / f"home-{mode}"
    env = _child_env(cache, home, mode) | {"NETOPS_MODEL": model}
    # Untimed: the shared level is saved once per model and prompt version.
    _cold(topologies[0], REQUESTS[0], env)
    rows: dict[str, list[dict[str, Any]]] = {"cold, never seen": [], "cold, known": []}
    for i, path in enumerate(topologies[1:], start=1):
        request = REQUESTS[i % len(REQUESTS)]
        rows["cold, never seen"].append(_cold(path, request, env))
        rows["cold, known"].append(_cold(path, request, env))
    script = (
        "import sys, json\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from bench_first_request import _warm\n"
        "from pathlib import Path\n"
        "paths = [Path(p) for p in sys.argv[3:]]\n"
        "print(json.dumps(_warm(paths, Path(sys.argv[1]), sys.argv[2])))\n"
    )
    warm_dir = workdir / f"warm-{mode}"
    warm_dir.mkdir()
    # Its own empty cache: the cold rows above left every topology's states on disk.
    warm_env = _child_env(_cache_dir(workdir, f"{mode}-warm"), home, mode) | {"NETOPS_MODEL": model}
    done = subprocess.run(
        [sys.executable, "-c", script, str(warm_dir), model, *map(str, topologies)],
        env=warm_env, capture_output=True, text=True, timeout=1800,
    )
    if done.returncode != 0:
        raise SystemExit(f"warm run failed:\n{done.stderr[-3000:]}")
    rows.update(json.loads(done.stdout.strip().splitlines()[-1]))
    return rows


def _table(results: dict[str, dict[str, list[dict[str, Any]]]]) -> str:
    labels = list(next(iter(results.values())))
    head = "| request | " + " | ".join(f"{m}: s | {m}: prompt / cached tokens" for m in results) + " |"
    lines = [head, "|---|" + "---|---|" * len(results)]
    for label in labels:
        cells = []
        for rows in results.values():
            data = rows[label]
            prefill = [r["prefill"] for r in data if "prefill" in r]
            # The time the operator must take before sending, for the request to find the prefix ready.
            waited = f" (prefill {statistics.median(prefill):.2f})" if prefill else ""
            cells.append(f"{_median(data, 'seconds'):.2f}{waited}")
            cells.append(f"{_median(data, 'prompt'):.0f} / {_median(data, 'cached'):.0f}")
        lines.append(f"| {label} (n={len(rows[label])}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table (and JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="qwen2.5-coder-1.5b", help="embedded model name or GGUF path")
    parser.add_argument("--topologies", type=int, default=6, help="topologies per run (the first is untimed)")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated schema styles: compact,full")
    parser.add_argument("--json", type=Path, help="also write the raw rows here")
    args = parser.parse_args(argv)
    started = _dt.datetime.now(_dt.UTC)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="netops-bench-") as tmp:
        workdir = Path(tmp)
        topologies = _topologies(workdir, max(2, args.topologies))
        results = {mode: _run_mode(mode, topologies, workdir, args.model) for mode in args.modes.split(",")}
    print(
        f"bench_first_request: {started:%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
        f"load average {load:.1f} at start, {platform.python_version()}, model {args.model}"
    )
    print(_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
