"""Benchmark: 100 pinned audit checks against a k=32 fat-tree (9,472 devices, 24,576 links).

Usage::

    .venv/bin/python tests/benchmarks/bench_audit.py [--k 32] [--jobs 1 2] [--repeat 1] [--json]

It writes a checks file and its lock (100 programs pinned as if frozen; no
model is involved, as in CI) and the fat-tree as native YAML into a temporary
folder, then measures:

- ``load``: reading the topology file (what every CI run pays once);
- ``run jobs=N``: the 100 checks in the sandbox with N worker threads;
- ``cli``: the whole ``netops audit ... --no-llm --format junit`` command in
  a fresh process (import, load, run, report), as CI runs it.

The checks mix what real audits ask: attribute filters over all devices,
per-pod redundancy, link status and speed, aggregations, connectivity and
articulation points, and what-if questions that copy the graph. Figures go
to BENCHMARKS.md with the machine and the date; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from netops.audit import (
    LockEntry,
    LockFile,
    load_checks,
    load_lock,
    lock_path_for,
    question_sha256,
    resolve_programs,
    run_audit,
    write_lock,
)
from netops.topology import load, save
from netops.topology.generate import fat_tree


def checks_and_programs(k: int) -> list[dict]:
    """100 checks with their pinned programs for a k-ary fat-tree."""
    half = k // 2
    checks: list[dict] = []

    def add(check_id: str, question: str, program: str, expect: object = "empty", severity: str = "error") -> None:
        checks.append(
            {
                "id": check_id,
                "question": question,
                "expect": expect,
                "severity": severity,
                "program": program.strip() + "\n",
            }
        )

    # Per-role attribute hygiene (4 roles x 4 attributes = 16).
    for role in ("core", "aggregation", "edge", "host"):
        for attribute in ("site", "vendor", "model", "os_version"):
            add(
                f"{role}-has-{attribute}",
                f"Which {role} devices have no {attribute}?",
                f'result = nodes(G, role="{role}", where=lambda d: not d.get("{attribute}"))',
                severity="warning" if role == "host" else "error",
            )
    # Fabric-wide link and inventory checks.
    add("links-down", "Which links are down?", 'result = [(a, b) for a, b, k, d in links(G, status="down")]')
    add(
        "fabric-speed",
        "Which fabric links are slower than 100G?",
        'result = [(a, b) for a, b, k, d in links(G, kind="fabric", where=lambda d: d.get("speed", 0) < 100000)]',
    )
    add(
        "links-by-kind",
        "How many links of each kind are there?",
        'result = count_links_by(G, "kind")',
        expect="nonempty",
    )
    add(
        "core-count",
        "How many core switches are there?",
        'result = len(nodes(G, role="core"))',
        expect={"equals": half * half},
    )
    add(
        "edge-count",
        "How many edge switches are there?",
        'result = nodes(G, role="edge")',
        expect=f"count == {k * half}",
    )
    add(
        "host-count", "How many hosts are there?", 'result = len(nodes(G, role="host"))', expect=f"count >= {k**3 // 4}"
    )
    add(
        "one-vendor",
        "Which vendors are used by switches?",
        'result = sorted(count_by(G, "vendor", role=["core", "aggregation", "edge"]))',
        expect="count <= 2",
    )
    add(
        "os-versions",
        "Which switches do not run the most common os_version?",
        'counts = count_by(G, "os_version", role=["core", "aggregation", "edge"])\n'
        "best = argmax_all(counts)[0]\n"
        'result = nodes(G, role=["core", "aggregation", "edge"], where=lambda d: d.get("os_version") != best)',
    )
    add("connected", "Is the fabric connected?", "result = nx.is_connected(G)", expect=True)
    add("one-component", "How many connected groups are there?", "result = len(components(G))", expect="count == 1")
    add(
        "no-spof-switches",
        "Which switches are single points of failure?",
        'result = single_points_of_failure(G, role=["core", "aggregation"])',
    )
    add(
        "host-single-homed",
        "Which hosts have only one link?",
        'result = [n for n in nodes(G, role="host") if len(links(G, n)) < 2]',
        severity="warning",
    )
    add(
        "core1-loss",
        "If core1 fails, which edge switches in pod 1 lose every path to core2?",
        'H = without(G, nodes=["core1"])\n'
        'result = [n for n in nodes(H, role="edge", pod=1) if not reachable(H, n, "core2")]',
    )
    add(
        "pod1-agg-loss",
        "If pod1-agg1 fails, is the network still connected?",
        'result = nx.is_connected(without(G, nodes=["pod1-agg1"]))',
        expect=True,
    )
    add(
        "host-path",
        "How many hops between the first and the last host?",
        'hosts = nodes(G, role="host")\nresult = path_length(G, hosts[0], hosts[-1])',
        expect="count <= 6",
    )
    add(
        "edge-degree",
        f"Which edge switches have a degree other than {k}?",
        f'result = [n for n in nodes(G, role="edge") if G.degree(n) != {k}]',
    )
    add(
        "agg-degree",
        f"Which aggregation switches have a degree other than {k}?",
        f'result = [n for n in nodes(G, role="aggregation") if G.degree(n) != {k}]',
    )
    add(
        "core-degree",
        f"Which core switches have a degree other than {k}?",
        f'result = [n for n in nodes(G, role="core") if G.degree(n) != {k}]',
    )
    add(
        "interfaces-named",
        "Which fabric links do not name both interfaces?",
        'result = [(a, b) for a, b, k, d in links(G, kind="fabric") if len(d.get("interfaces") or {}) < 2]',
    )
    add(
        "capacity-core1",
        "What is the total capacity of core1's links?",
        'result = capacity(G, "core1")',
        expect="count >= 1",
    )
    add(
        "pods-balanced",
        "Which pods have a different number of hosts than the others?",
        'counts = count_by(G, "pod", role="host")\n'
        "common = argmax_all({v: list(counts.values()).count(v) for v in counts.values()})[0]\n"
        "result = [p for p, c in counts.items() if c != common]",
    )
    # Per-pod redundancy, up to 100 checks in all (k pods x 2 would be 64 for k=32).
    for pod in range(1, k + 1):
        add(
            f"pod{pod}-edge-uplinks",
            f"Which edge switches in pod {pod} have fewer than {half} aggregation neighbors?",
            f'result = [n for n in nodes(G, role="edge", pod={pod})\n'
            f'          if len(neighbors(G, n, role="aggregation")) < {half}]',
        )
        add(
            f"pod{pod}-agg-core",
            f"Which aggregation switches in pod {pod} have fewer than {half} core neighbors?",
            f'result = [n for n in nodes(G, role="aggregation", pod={pod})\n'
            f'          if len(neighbors(G, n, role="core")) < {half}]',
        )
    return checks[:100]


def write_inputs(folder: Path, k: int) -> tuple[Path, Path]:
    """The fat-tree as YAML, and the checks file with its lock, under ``folder``."""
    import yaml

    topology_path = folder / f"fat-tree-k{k}.yaml"
    save(fat_tree(k), topology_path)
    checks = checks_and_programs(k)
    checks_path = folder / "fat-tree.checks.yaml"
    body = [{key: value for key, value in check.items() if key != "program"} for check in checks]
    checks_path.write_text(yaml.safe_dump({"version": 1, "checks": body}, sort_keys=False))
    lock = LockFile(
        lock_path_for(checks_path),
        {
            c["id"]: LockEntry(
                question_sha256(c["question"]),
                c["program"],
                question=c["question"],
                model="hand-written (benchmark)",
                prompt_version="-",
                topology=f"fat-tree-k{k}",
            )
            for c in checks
        },
    )
    write_lock(lock, checks_name=checks_path.name)
    return topology_path, checks_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--k", type=int, default=32)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-cli", action="store_true", help="Skip the end-to-end CLI measurement.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args(argv)

    figures: dict[str, object] = {
        "k": args.k,
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        folder = Path(tmp)
        topology_path, checks_path = write_inputs(folder, args.k)
        figures["topology_bytes"] = topology_path.stat().st_size

        t0 = time.perf_counter()
        topology = load(topology_path)
        figures["load_s"] = round(time.perf_counter() - t0, 3)
        figures["devices"], figures["links"] = topology.number_of_devices(), topology.number_of_links()

        checks = load_checks(checks_path)
        programs = resolve_programs(checks.checks, load_lock(lock_path_for(checks_path)))
        figures["checks"] = len(checks.checks)
        runs = {}
        for jobs in args.jobs:
            seconds = []
            for _ in range(args.repeat):
                run = run_audit(checks.checks, programs, [topology], jobs=jobs)
                seconds.append(run.seconds)
            outcomes = run.counts()
            per_check = sorted(run.results, key=lambda r: -r.seconds)
            runs[jobs] = {
                "wall_s": round(statistics.median(seconds), 3),
                "checks_per_s": round(len(run.results) / statistics.median(seconds), 1),
                "mean_check_s": round(statistics.mean(r.seconds for r in run.results), 4),
                "slowest": [(r.check.id, round(r.seconds, 3)) for r in per_check[:3]],
                "outcomes": {k: outcomes[k] for k in ("passed", "failed", "errors")},
            }
            errors = [(r.check.id, r.message) for r in run.results if r.outcome == "error"]
            if errors:
                runs[jobs]["error_examples"] = errors[:3]
        figures["runs"] = runs

        if not args.no_cli:
            command = [
                sys.executable,
                "-m",
                "netops.cli",
                "audit",
                str(checks_path),
                "-t",
                str(topology_path),
                "--no-llm",
                "--fail-on",
                "never",
                "--format",
                "junit",
                "--output",
                str(folder / "out.xml"),
            ]
            t0 = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CI": "true"})
            figures["cli_s"] = round(time.perf_counter() - t0, 3)
            figures["cli_exit"] = done.returncode
            if done.returncode not in (0, 1):
                figures["cli_stderr"] = done.stderr[-500:]

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"netops audit benchmark, {figures['date']}, {figures['machine']}")
        print(
            f"fat-tree k={args.k}: {figures['devices']} devices, {figures['links']} links, "
            f"{figures['topology_bytes'] / 1e6:.1f} MB YAML; load {figures['load_s']} s"
        )
        for jobs, data in runs.items():
            print(
                f"{figures['checks']} checks, jobs={jobs}: {data['wall_s']} s ({data['checks_per_s']} checks/s, "
                f"mean {data['mean_check_s']} s per check); outcomes {data['outcomes']}; slowest {data['slowest']}"
            )
            if "error_examples" in data:
                print(f"  errors: {data['error_examples']}")
        if "cli_s" in figures:
            print(
                f"end to end (netops audit --no-llm --format junit, fresh process): {figures['cli_s']} s, "
                f"exit {figures['cli_exit']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
