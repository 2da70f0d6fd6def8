"""Hostile and foreign input files through the real CLI: exit 3 with one located line, never a hang.

Regression tests for issue 14 (#1 YAML alias loops and "billion laughs" hung
every YAML reader; #3 long integers, deep GML, non-regular files and
unreadable files gave tracebacks, endless reads or the wrong exit code) and
issue 15 (#2 networkx's own node-link graphs, with integer or tuple ids and
the ``edges`` key; #3 GraphML ``attr.type="integer"``).

Every command runs in a subprocess with a timeout, and every test has a
pytest-timeout bound too, so a regression to "spins forever" fails instead of
stalling the suite. The bounds are generous; nothing here asserts speed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.errors import EXIT_INPUT
from netops.topology.formats import guards

#: Seconds one CLI run may take before the test calls it a hang.
RUN_TIMEOUT = 120

pytestmark = pytest.mark.timeout(300)


def _cap_memory() -> None:
    """In the child: cap the address space, so a regression that reads /dev/zero fails fast, not by swapping."""
    import resource

    limit = 4 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_netops(tmp_path: Path, *args: str, cap_memory: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``netops ARGS`` in a fresh interpreter with its own home, bounded by RUN_TIMEOUT.

    ``cap_memory`` limits the child's address space (POSIX only) for inputs
    that, read naively, never end.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETOPS_")}
    env.update(
        NETOPS_HOME=str(tmp_path / "home"),
        NETOPS_CACHE_DIR=str(tmp_path / "cache"),
        NETOPS_CONFIG=str(tmp_path / "none.yaml"),
        COLUMNS="1000",  # rich wraps at 80 columns without a terminal; one message is one line here
        CI="true",
    )
    command = [sys.executable, "-c", "from netops.cli import main; main()", *args]
    return subprocess.run(
        command,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,  # the exit code is what the tests examine
        preexec_fn=_cap_memory if cap_memory and os.name == "posix" else None,
    )


def assert_input_error(done: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit 3, no traceback, one line on stderr holding every fragment; return that line."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == EXIT_INPUT, (done.returncode, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def converted(tmp_path: Path, source: Path) -> dict:
    """Load ``source`` with netops and return what it writes as node-link JSON (checks exit 0)."""
    target = tmp_path / "out.json"
    done = run_netops(tmp_path, "topo", "convert", "-t", str(source), str(target), "--force")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(target.read_text())


# -- issue 14 #1: YAML aliases ------------------------------------------------------------

#: Nine levels of ten aliases: under 600 bytes, 10**9 values when expanded.
ALIAS_BOMB = (
    "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))
)


def test_yaml_merge_key_loop_is_refused(tmp_path):
    """A merge key inside its own anchor (``a: &a {<<: *a}``) hung the duplicate-key check."""
    path = tmp_path / "loop.yaml"
    path.write_text("a: &a\n  <<: *a\nnodes: []\n")
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "loop.yaml:2:", "loop")


def test_yaml_alias_inside_its_own_sequence_is_refused(tmp_path):
    """A sequence that contains itself is a loop too."""
    path = tmp_path / "self.yaml"
    path.write_text("nodes: []\nx: &a [*a]\n")
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "self.yaml:2:", "loop")


def test_yaml_alias_bomb_is_refused(tmp_path):
    """Nested aliases that expand to a billion values are refused by line, not walked."""
    path = tmp_path / "laughs.yaml"
    path.write_text(ALIAS_BOMB + "nodes: []\n")
    assert len(path.read_bytes()) < 600
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "laughs.yaml:", "alias")


def test_alias_bomb_in_a_containerlab_file_is_refused(tmp_path):
    """Every YAML topology reader shares the bound (containerlab here)."""
    path = tmp_path / "lab.clab.yml"
    path.write_text("name: lab\n" + ALIAS_BOMB + "topology:\n  nodes:\n    r1: {kind: linux}\n")
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "lab.clab.yml:", "alias")


def _checks_and_topology(tmp_path: Path) -> tuple[Path, Path]:
    topology = tmp_path / "lab.yaml"
    topology.write_text("nodes:\n  - name: r1\n  - name: r2\nlinks:\n  - endpoints: [r1, r2]\n")
    checks = tmp_path / "lab.checks.yaml"
    checks.write_text(
        "version: 1\nchecks:\n  - id: no-isolated\n    question: Which devices have no links?\n"
        "    expect: empty\n"
    )
    return checks, topology


def test_audit_checks_file_alias_bomb_is_refused(tmp_path):
    """``netops audit`` on a checks file built as an alias bomb exits 3 naming the checks file."""
    checks, topology = _checks_and_topology(tmp_path)
    checks.write_text(ALIAS_BOMB + checks.read_text())
    done = run_netops(tmp_path, "audit", str(checks), "-t", str(topology), "--no-llm")
    assert_input_error(done, "lab.checks.yaml:", "alias")


def test_audit_lock_file_alias_loop_is_refused(tmp_path):
    """The lock file goes through the same bounded reader."""
    checks, topology = _checks_and_topology(tmp_path)
    lock = tmp_path / "lab.checks.lock.yaml"
    lock.write_text("version: 1\nx: &x\n  <<: *x\nchecks: {}\n")
    done = run_netops(tmp_path, "audit", str(checks), "-t", str(topology), "--no-llm")
    assert_input_error(done, "lab.checks.lock.yaml:3:", "loop")


def test_small_use_of_anchors_and_merge_keys_still_works(tmp_path):
    """Anchors shared by a few nodes (the reason YAML has them) load as before."""
    path = tmp_path / "anchors.yaml"
    path.write_text(
        "defaults: &leaf {role: leaf, vendor: acme}\n"
        "tags: &tags [lab, edge]\n"
        "nodes:\n"
        "  - name: a\n    <<: *leaf\n    tags: *tags\n"
        "  - name: b\n    <<: *leaf\n    role: spine\n    tags: *tags\n"
        "links:\n  - endpoints: [a, b]\n"
    )
    data = converted(tmp_path, path)
    nodes = {node["id"]: node for node in data["nodes"]}
    assert nodes["a"] == {"id": "a", "role": "leaf", "vendor": "acme", "tags": ["lab", "edge"]}
    assert nodes["b"]["role"] == "spine" and nodes["b"]["vendor"] == "acme"


# -- issue 14 #3: values and files no reader should choke on -------------------------------

DIGITS = "7" * 5000

LONG_INTEGERS = {
    "yaml": ("big.yaml", f"nodes:\n  - name: a\n    n: {DIGITS}\n", "big.yaml:3:"),
    "json": ("big.json", f'{{"nodes": [\n  {{"id": "a", "n": {DIGITS}}}\n], "links": []}}', "big.json:2:"),
    "gml": ("big.gml", f"graph [\n  node [\n    id 0\n    n {DIGITS}\n  ]\n]\n", "big.gml:4:"),
    "graphml": (
        "big.graphml",
        (
            '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
            '<key id="d0" for="node" attr.name="n" attr.type="long"/>\n<graph edgedefault="undirected">\n'
            f'<node id="a"><data key="d0">{DIGITS}</data></node>\n</graph>\n</graphml>\n'
        ),
        "big.graphml:5:",
    ),
}


@pytest.mark.parametrize("fmt", sorted(LONG_INTEGERS))
def test_integers_longer_than_python_reads_are_located_errors(tmp_path, fmt):
    """A 5,000-digit integer is a located error (was ``ValueError: Exceeds the limit``), and is not echoed whole."""
    name, text, where = LONG_INTEGERS[fmt]
    path = tmp_path / name
    path.write_text(text)
    line = assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), where, "too long")
    assert len(line) < 300, line


def test_long_invalid_graphml_value_is_cut_in_the_message(tmp_path):
    """A bad value is shown shortened, with its length, not 5,000 characters of it."""
    path = tmp_path / "bad.graphml"
    path.write_text(LONG_INTEGERS["graphml"][1].replace(DIGITS, "x" * 5000))
    line = assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "bad.graphml:5:", "characters")
    assert len(line) < 300, line


def test_invalid_yaml_date_is_a_located_error(tmp_path):
    """PyYAML raises a bare ValueError for 2020-13-45; it is a bad value on its line."""
    path = tmp_path / "date.yaml"
    path.write_text("nodes:\n  - name: a\n    born: 2020-13-45\n")
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "date.yaml:3:", "2020-13-45")


def test_gml_nested_50000_deep_is_a_located_error(tmp_path):
    """Closed but absurdly deep GML lists were a RecursionError."""
    path = tmp_path / "deep.gml"
    path.write_text("graph [\n  node [ id 0 ]\n  x " + "[ a " * 50000 + "1" + " ]" * 50000 + "\n]\n")
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "deep.gml:3:", "nested")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_not_read_forever(tmp_path, device):
    """A character device given as -t is refused before a byte is read."""
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    done = run_netops(tmp_path, "topo", "validate", "-t", device, cap_memory=True)
    assert_input_error(done, device, "not a topology file")


def test_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    """Opening a FIFO with no writer used to block forever."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "topo.yaml"
    os.mkfifo(pipe)
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(pipe)), "topo.yaml", "named pipe")


def test_device_as_checks_file_is_refused(tmp_path):
    """Checks files get the same guards as topologies."""
    _checks, topology = _checks_and_topology(tmp_path)
    done = run_netops(tmp_path, "audit", "/dev/zero", "-t", str(topology), "--no-llm", cap_memory=True)
    assert_input_error(done, "/dev/zero", "not a checks file")


def test_file_over_the_size_cap_is_refused_unread(tmp_path):
    """A (sparse) file just over MAX_INPUT_BYTES is refused by its size, not read into memory."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(guards.MAX_INPUT_BYTES + 1)
    assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "huge.yaml", "MiB")


def test_unreadable_file_exits_3(tmp_path, monkeypatch):
    """A file the process may not open is a bad input file (exit 3), not a usage error.

    Root may open anything, so the refusal is simulated at ``os.open`` for this
    one path; the chmod test below covers it for real when not root.
    """
    path = tmp_path / "secret.yaml"
    path.write_text("nodes: []\n")
    real_open = os.open

    def refusing_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(guards.os, "open", refusing_open)
    result = CliRunner().invoke(app, ["topo", "validate", "-t", str(path)])
    assert result.exit_code == EXIT_INPUT, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Permission denied" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads chmod 000 files")
def test_chmod_000_file_exits_3(tmp_path):
    """The real thing: a topology file with no read permission."""
    path = tmp_path / "secret.yaml"
    path.write_text("nodes: []\n")
    path.chmod(0)
    try:
        assert_input_error(run_netops(tmp_path, "topo", "validate", "-t", str(path)), "secret.yaml", "cannot read")
    finally:
        path.chmod(0o600)


# -- issue 15 #2 and #3: networkx's own files, Topology Zoo GraphML --------------------------


def _write_json(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data))
    return path


def test_networkx_integer_ids_are_read_as_text_with_one_warning(tmp_path):
    """``node_link_data(path_graph(3), edges="links")`` loads: ids 0, 1, 2 become "0", "1", "2"."""
    path = _write_json(tmp_path / "path.json", nx.node_link_data(nx.path_graph(3), edges="links"))
    done = run_netops(tmp_path, "topo", "validate", "-t", str(path))
    assert done.returncode == 0, done.stderr
    assert "3 devices, 2 links" in done.stdout
    warnings = [line for line in done.stderr.splitlines() if "not strings" in line]
    assert len(warnings) == 1, done.stderr
    data = converted(tmp_path, path)
    assert [node["id"] for node in data["nodes"]] == ["0", "1", "2"]


def test_networkx_tuple_ids_are_read_as_text(tmp_path):
    """``grid_2d_graph`` ids are tuples, saved as JSON arrays; they become "(0, 1)"-style names."""
    path = _write_json(tmp_path / "grid.json", nx.node_link_data(nx.grid_2d_graph(2, 3), edges="links"))
    data = converted(tmp_path, path)
    names = {node["id"] for node in data["nodes"]}
    assert names == {str((i, j)) for i in range(2) for j in range(3)}
    assert len(data["edges"]) == 7


def test_networkx_default_edges_key_is_read(tmp_path):
    """networkx 3.6 writes links under "edges" by default; that file loads as it is."""
    path = _write_json(tmp_path / "default.json", nx.node_link_data(nx.path_graph(4)))
    done = run_netops(tmp_path, "topo", "validate", "-t", str(path))
    assert done.returncode == 0, done.stderr
    assert "4 devices, 3 links" in done.stdout


def test_json_netops_writes_loads_with_networkx_defaults(tmp_path):
    """``nx.node_link_graph(data)`` with no arguments rebuilds what netops wrote (installed networkx)."""
    path = tmp_path / "lab.yaml"
    path.write_text(
        "nodes:\n  - name: r1\n    role: core\n  - name: r2\n"
        "links:\n  - endpoints: [r1:e1, r2:e1]\n  - endpoints: [r1:e2, r2:e2]\n"
    )
    graph = nx.node_link_graph(converted(tmp_path, path))
    assert sorted(graph.edges(keys=True)) == [("r1", "r2", 0), ("r1", "r2", 1)]
    assert graph.nodes["r1"] == {"role": "core"}


def test_graphml_integer_type_is_read_as_int(tmp_path):
    """``attr.type="integer"`` (Topology Zoo's Psnc, Uninett) is read like ``int``, defaults included."""
    path = tmp_path / "zoo.graphml"
    path.write_text(
        '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<key id="d0" for="node" attr.name="Internal" attr.type="integer"><default>1</default></key>\n'
        '<key id="d1" for="node" attr.name="label" attr.type="string"/>\n'
        '<graph edgedefault="undirected">\n'
        '<node id="0"><data key="d0">0</data><data key="d1">Poznan</data></node>\n'
        '<node id="1"><data key="d1">Warsaw</data></node>\n'
        '<edge source="0" target="1"/>\n</graph>\n</graphml>\n'
    )
    nodes = {node["id"]: node for node in converted(tmp_path, path)["nodes"]}
    assert nodes["Poznan"]["Internal"] == 0 and nodes["Warsaw"]["Internal"] == 1
    assert isinstance(nodes["Poznan"]["Internal"], int)


@pytest.mark.parametrize("target", ["out.yaml", "out.clab.yml"])
def test_values_nested_too_deep_for_yaml_are_refused_on_writing(tmp_path, target):
    """JSON reads values ~900 deep; the YAML dumper recursed into a RecursionError writing them."""
    source = tmp_path / "deep.json"
    source.write_text('{"nodes": [{"id": "a", "x": ' + "[" * 900 + "]" * 900 + '}], "links": []}')
    done = run_netops(tmp_path, "topo", "convert", "-t", str(source), str(tmp_path / target))
    assert_input_error(done, "nested too deeply")
