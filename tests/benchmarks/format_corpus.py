"""Files tried and read per source and format: the real-world corpus of issue 15.

Run from the repository root::

    .venv/bin/python tests/benchmarks/format_corpus.py

It loads every file of ``tests/topology/data/corpus/`` with ``netops.topology.formats.load``,
the format chosen by ending or content as for a user, and counts a file read when it loads in the
format its ending (or, for containerlab's plain ``.yml`` labs, its content) says, with devices.
Then the graphs networkx writes itself (int, str and tuple node ids; node-link JSON with ``links``
and with ``edges``, GraphML, GML), the multi-site NetBox export and the NAPALM LLDP answers of the
format tests. It prints a Markdown table (source, format, files tried, files read, devices, links,
load seconds, failures with their reasons) and how the containerlab labs fare written back
against containerlab's schema. The corpus, what it expects and why a file may fail are
``tests/topology/test_corpus.py``'s; this script reports them. Results go to BENCHMARKS.md with
the machine and the date.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "topology"))

import networkx as nx  # noqa: E402
import test_corpus as corpus  # noqa: E402

from netops.topology.formats import dumps, load  # noqa: E402
from netops.topology.formats.lldp import attach_links, load_lldp  # noqa: E402
from netops.topology.model import Topology  # noqa: E402

SOURCES = {
    "containerlab": "containerlab labs (srl-labs/containerlab@39ff2b7)",
    "topology-zoo": "Topology Zoo (mroughan/InternetTopologyZoo@a725bbc)",
    "topohub": "TopoHub (piotrjurkiewicz/topohub@db1a312)",
    "sndlib": "SNDlib shape, own content (TopoHub's layout)",
}


class Row:
    def __init__(self) -> None:
        self.tried = self.read = self.devices = self.links = 0
        self.seconds = 0.0
        self.failures: dict[str, list[str]] = defaultdict(list)


def attempt(row: Row, name: str, expected: str, read: Callable[[], Topology], known: str | None = None) -> None:
    """Load one file into ``row``: read if it loads as ``expected`` with devices, else a failure."""
    row.tried += 1
    start = time.perf_counter()
    try:
        topology = read()
    except Exception as exc:  # noqa: BLE001 - every failure is reported, not raised
        row.seconds += time.perf_counter() - start
        reason = str(exc).split(": ", 1)[-1] if str(exc).startswith(str(corpus.CORPUS)) else str(exc)
        row.failures[f"{known} ({reason})" if known else reason].append(name)
        return
    row.seconds += time.perf_counter() - start
    if topology.source_format != expected:
        row.failures[f"read as {topology.source_format}, not {expected}"].append(name)
    elif topology.number_of_devices() == 0:
        row.failures["no devices"].append(name)
    else:
        row.read += 1
        row.devices += topology.number_of_devices()
        row.links += topology.number_of_links()


def inventory_with_lldp(answers: Path) -> Callable[[], Topology]:
    def read() -> Topology:
        topology = load(corpus.DATA / "lldp" / "inventory" / "hosts.yaml")
        if not attach_links(topology, load_lldp(answers)).added:
            raise ValueError("no links from LLDP")
        return topology

    return read


def main() -> int:
    logging.disable(logging.WARNING)  # the readers' warnings (ids read as text, ...) are expected
    rows: dict[tuple[str, str], Row] = defaultdict(Row)
    order = list(SOURCES)
    for path in sorted(corpus.CORPUS_FILES, key=lambda p: (order.index(corpus.relative(p).split("/")[0]), p)):
        name = corpus.relative(path)
        source, expected = name.split("/")[0], corpus.expected_format(path)
        known = corpus.KNOWN_UNREADABLE.get(name, (None, None))[1]
        attempt(rows[SOURCES[source], expected], name.split("/")[-1], expected, lambda p=path: load(p), known)
    generated = f"networkx {nx.__version__}, written by networkx (int, str, tuple ids)"
    with tempfile.TemporaryDirectory() as tmp:
        for style in corpus.NETWORKX_FILES:
            fmt = style.split(".")[-1]
            label = f"{fmt} (`{style.split('.')[0]}`)" if fmt == "json" else fmt
            for ids in corpus.NETWORKX_GRAPHS:
                path = corpus.write_networkx_graph(ids, style, Path(tmp))
                attempt(rows[generated, label], path.name, fmt, lambda p=path: load(p))
    attempt(rows["NetBox export, multi-site (tests/topology/data)", "netbox"], "multisite.netbox.json", "netbox",
            lambda: load(corpus.DATA / "multisite.netbox.json"))
    for answers in ("napalm.json", "per-device"):
        attempt(rows["NAPALM LLDP answers + Nornir inventory (tests/topology/data/lldp)", "nornir + `--lldp`"],
                answers, "nornir", inventory_with_lldp(corpus.DATA / "lldp" / answers))

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"networkx {nx.__version__}, {dt.date.today().isoformat()}")
    print()
    print("| source | format | files tried | files read | devices | links | load (s) | failures |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for (source, fmt), row in rows.items():
        failures = "; ".join(f"{len(names)}: {reason}: {', '.join(f'`{n}`' for n in names)}"
                             for reason, names in row.failures.items()) or "none"
        print(f"| {source} | {fmt} | {row.tried} | {row.read} | {row.devices:,} | {row.links:,} | "
              f"{row.seconds:.2f} | {failures} |")
    total = sum(r.tried for r in rows.values()), sum(r.read for r in rows.values())
    print(f"| **all** | | **{total[0]}** | **{total[1]}** | | | | |")
    clab_schema_summary()
    return 0


def clab_schema_summary() -> None:
    """How the containerlab labs netops read fare against containerlab's schema once written back."""
    try:
        import test_formats_clab_schema as schema_tests
        import yaml
    except ImportError as exc:  # jsonschema is a dev dependency
        print(f"\n(containerlab schema check skipped: {exc})")
        return
    valid = inherited = worse = 0
    for path in corpus.CLAB:
        written = yaml.safe_load(dumps(load(path), format="clab"))
        problems = {(e.json_path, e.validator) for e in schema_tests.VALIDATOR.iter_errors(written)}
        if not problems:
            valid += 1
            continue
        published = {(e.json_path, e.validator)
                     for e in schema_tests.VALIDATOR.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))}
        if problems <= published:
            inherited += 1
        else:
            worse += 1
    print()
    print(f"containerlab labs written back with `format=\"clab\"`: {valid} of {len(corpus.CLAB)} valid by "
          f"containerlab's schema; {inherited} break it only where the lab as published does; {worse} otherwise.")


if __name__ == "__main__":
    raise SystemExit(main())
