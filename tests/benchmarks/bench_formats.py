"""Save and load time of every writable topology format on a k=32 fat-tree.

Run from the repository root::

    python tests/benchmarks/bench_formats.py            # k=32: 1,280 switches, 8,192 hosts
    python tests/benchmarks/bench_formats.py --k 16 --repeat 3

It builds the fabric with ``netops.topology.generate.fat_tree``, then for
each writable format saves it to a temporary file with ``netops.topology.formats.save`` and
loads it back with ``load`` (which includes the structural checks), checks
the round trip with ``same_topology``, and prints a markdown table with the
best time of ``--repeat`` runs. Figures go to BENCHMARKS.md with the machine
and the date; they are never asserted in unit tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from netops.topology.formats import format_module, load, save, writable_formats
from netops.topology.model import Topology, same_topology


def build(k: int) -> tuple[Topology, str]:
    from netops.topology.generate import fat_tree

    return fat_tree(k), "netops.topology.generate.fat_tree"


def measure(topology: Topology, fmt: str, repeat: int, folder: Path) -> dict[str, Any]:
    extension = format_module(fmt).EXTENSIONS[0]
    path = folder / f"fabric{extension}"
    save_times, load_times = [], []
    loaded = None
    for _ in range(repeat):
        start = time.perf_counter()
        save(topology, path, format=fmt)
        save_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        loaded = load(path, format=fmt)
        load_times.append(time.perf_counter() - start)
    assert loaded is not None and same_topology(topology, loaded, graph_attrs=False), f"{fmt} round trip"
    return {
        "format": fmt,
        "bytes": path.stat().st_size,
        "save": min(save_times),
        "load": min(load_times),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=32, help="fat-tree radix (default 32)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per format; the best is reported")
    parser.add_argument("--formats", nargs="*", default=None, help="formats to measure (default: all writable)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    topology, origin = build(args.k)
    built = time.perf_counter() - start
    print(
        f"fat-tree k={args.k}: {topology.number_of_devices():,} devices, "
        f"{topology.number_of_links():,} links ({origin}, {built:.2f} s)"
    )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{dt.date.today().isoformat()}"
    )
    print()
    print("| format | file size | save (s) | load (s) |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats or writable_formats():
            row = measure(topology, fmt, args.repeat, Path(tmp))
            print(f"| {fmt} | {row['bytes'] / 1e6:.1f} MB | {row['save']:.2f} | {row['load']:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
