"""Per-execution overhead of the sandbox versus plain ``exec``, by graph size.

Run it directly (it is not collected by pytest)::

    .venv/bin/python tests/benchmarks/bench_sandbox.py            # 1k, 10k, 100k nodes
    .venv/bin/python tests/benchmarks/bench_sandbox.py --sizes 1000 10000 --repeat 20

For each graph size it builds a synthetic leaf-spine fabric (with nested
attributes and a secret per device), then times, side by side in the same
process:

- ``exec``: the program compiled and run with plain ``exec`` over the
  graph, with the real ``networkx`` and the helpers;
- ``sandbox``: ``netops.program.execute.execute(..., read_only=True)``, i.e. fork,
  isolation, policy compile, guarded run, result transfer, run back to
  back (so the previous child's exit competes for the CPUs).

``overhead`` is the difference of the medians. Two read-only programs are
measured: a point query (almost no work, so the figure is the sandbox's
fixed cost) and a scan over every node (the program's own O(n) work is
paid by both sides; the difference adds the guards' per-access cost and
copy-on-write page faults). ``fork floor`` is the time a bare
``os.fork()`` takes to return in the same process: the kernel's page-table
copy, which grows with the process's resident memory (``RSS``) and is the
part of the overhead that is not flat. One-time costs are reported separately: the
first ``execute`` on a topology builds its sanitized view, protected-id set
and digest. A mutating run is shown for reference (it serializes the graph
in the child and rebuilds it here, so it is O(n) by design).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import networkx as nx  # noqa: E402

from netops.program import execute as execute_module  # noqa: E402
from netops.program.execute import execute  # noqa: E402
from netops.topology import Topology  # noqa: E402

__all__ = ["fabric", "main"]

POINT_QUERY = "result = nx.shortest_path_length(G, 'leaf-1', 'leaf-2')"
SCAN = "result = sum(1 for n, d in G.nodes(data=True) if d.get('role') == 'leaf')"
MUTATION = "G.nodes['leaf-1']['status'] = 'maintenance'"


def fabric(nodes: int) -> Topology:
    """A leaf-spine fabric of about ``nodes`` devices, each leaf with two uplinks."""
    graph = nx.MultiGraph()
    spines = max(2, nodes // 50)
    for i in range(spines):
        graph.add_node(f"spine-{i}", role="spine", site=f"site-{i % 4}", vendor="arista", password="s3cret")
    for i in range(nodes - spines):
        name = f"leaf-{i}"
        graph.add_node(name, role="leaf", site=f"site-{i % 4}", vendor="cisco", tags=["prod"], password="s3cret")
        for uplink in (i % spines, (i + 1) % spines):
            spine = f"spine-{uplink}"
            graph.add_edge(
                name,
                spine,
                speed=100000,
                status="up",
                interfaces={name: f"Ethernet{49 + uplink % 2}", spine: f"Ethernet{i % 64 + 1}"},
            )
    return Topology(graph, name=f"fabric-{nodes}")


def _median_seconds(function: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _fork_floor(repeat: int) -> float:
    """Median time for ``os.fork()`` to return in the parent (the child exits; it is reaped untimed)."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        samples.append(time.perf_counter() - started)
        os.waitpid(pid, 0)
    return statistics.median(samples)


def _resident_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)


def _plain_exec(topology: Topology, code: str, helpers: dict[str, object]) -> Callable[[], object]:
    def run() -> object:
        namespace = {"G": topology.graph, "nx": nx, **helpers}
        exec(compile(code, "<program>", "exec"), namespace)  # noqa: S102 - benchmark of trusted code
        return namespace.get("result")

    return run


def _sandboxed(topology: Topology, code: str, read_only: bool) -> Callable[[], object]:
    def run() -> object:
        execution = execute(topology, code, read_only=read_only)
        if not execution.ok:
            raise RuntimeError(f"{execution.failure_kind}: {execution.message}")
        return execution.value

    return run


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=30, help="runs per measurement (median reported)")
    args = parser.parse_args(argv)
    from netops.program.api import helpers as helper_factory

    helpers = dict(helper_factory(read_only=True))

    print(f"# sandbox overhead benchmark — {date.today().isoformat()}")
    print(
        f"# python {platform.python_version()}, networkx {nx.__version__}, {platform.machine()}, "
        f"{_cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, median of {args.repeat} runs"
    )
    print()
    print("| nodes | program | exec (ms) | sandbox (ms) | overhead (ms) | fork floor (ms) | RSS (MiB) |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    one_time = []
    for size in args.sizes:
        topology = fabric(size)
        started = time.perf_counter()
        execute_module.prepare(topology)
        one_time.append((size, time.perf_counter() - started))
        repeat = max(5, args.repeat // 3) if size >= 100_000 else args.repeat
        fork_floor = _fork_floor(repeat)
        rss = _resident_mib()
        for label, code in (("point query", POINT_QUERY), ("scan all nodes", SCAN)):
            plain = _median_seconds(_plain_exec(topology, code, helpers), repeat)
            boxed = _median_seconds(_sandboxed(topology, code, True), repeat)
            print(
                f"| {size:,} | {label} | {plain * 1000:.2f} | {boxed * 1000:.2f} | {(boxed - plain) * 1000:.2f} "
                f"| {fork_floor * 1000:.2f} | {rss:.0f} |"
            )
        mutation = _median_seconds(_sandboxed(topology, MUTATION, False), max(3, repeat // 5))
        print(f"| {size:,} | mutation (reference) | – | {mutation * 1000:.2f} | – | – | – |")
    print()
    print("| nodes | one-time preparation per topology (ms) |")
    print("|---:|---:|")
    for size, seconds in one_time:
        print(f"| {size:,} | {seconds * 1000:.1f} |")
    return 0


def _cpu_count() -> int:
    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    raise SystemExit(main())
