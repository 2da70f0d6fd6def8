"""The bad-input matrix (issue 14, "Done when"): every case ends in its documented exit code.

Each case runs the real CLI (in-process through ``typer.testing.CliRunner``,
so the matrix stays fast; a subprocess only where in-process cannot show the
behaviour) under a per-case pytest-timeout bound, and requires:

* the exit code documented in README.md ("Exit codes") and ``netops.errors``;
* no traceback, and the exception (if any) is the ``SystemExit`` of the exit;
* for exits 3, 4 and 5: stderr starts with the one ``error:`` line;
* bounded time (``CASE_SECONDS`` per invocation) and memory (peak RSS).

The cases cover every topology format (native YAML, containerlab, node-link
JSON, GraphML, GML, NetBox, Nornir), audit checks and lock files, program
files, CLI flags, model specs and URLs, and a damaged netops database.
Property-based cases (hypothesis) mutate valid files byte by byte.

No case can load the real model: ``NETOPS_HOME``, ``NETOPS_CACHE_DIR`` and
``NETOPS_CONFIG`` point into the test's tmp dir, every other ``NETOPS_*``
variable is cleared, and the embedded-model entry points are replaced by
ones that fail the test (``no_real_model``). Model cases only use specs that
fail before any weights load, or ``scripted:`` replies.

The last part checks README's exit-code table against ``netops.errors``.
"""

from __future__ import annotations

import json
import os
import re
import resource
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import netops.errors as errors
from netops.cli import app
from netops.store.database import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "topology" / "data"
CAMPUS = ROOT / "topologies" / "campus.yaml"
FABRIC = ROOT / "topologies" / "dc-fabric.yaml"
CHECKS = ROOT / "topologies" / "audits" / "dc-fabric.checks.yaml"
SMALL_YAML = DATA / "small.yaml"

#: Wall-clock seconds one CLI invocation may take (generous: this is a hang detector, not a benchmark).
CASE_SECONDS = 45
#: Peak resident memory, of this process and of any child (the sandbox), that no case may pass.
MAX_RSS_BYTES = 3 * 1024**3

runner = CliRunner()

pytestmark = pytest.mark.timeout(120)


# -- isolation ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private home, cache and config; no NETOPS_* settings from outside; CI mode (no model for audit)."""
    for name in list(os.environ):
        if name.startswith("NETOPS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NETOPS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.setenv("NETOPS_SAMPLES", "0")
    monkeypatch.setenv("NETOPS_RETRIES", "0")
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("COLUMNS", "1000")
    return tmp_path


class RealModelRequested(AssertionError):
    """A case reached the embedded model or a real GGUF: the matrix must never load weights."""


@pytest.fixture(autouse=True)
def no_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the case (loudly, as a traceback) if it would assemble or load real weights."""
    import netops.llm.llama_cpp as llama_cpp
    import netops.llm.models as models

    def refuse(*_args, **_kwargs):
        raise RealModelRequested("this case tried to assemble the embedded model")

    monkeypatch.setattr(models, "ensure_model", refuse)
    monkeypatch.setattr(models, "assemble", refuse)
    real_load_engine = llama_cpp.load_engine

    def small_files_only(path, *args, **kwargs):
        candidate = Path(path).expanduser()
        if candidate.is_file() and candidate.stat().st_size > 1024 * 1024:
            raise RealModelRequested(f"this case tried to load real weights from {path}")
        return real_load_engine(path, *args, **kwargs)

    monkeypatch.setattr(llama_cpp, "load_engine", small_files_only)


# -- running the CLI and judging the outcome -------------------------------------------------------


_HWM = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _own_peak_kib() -> int:
    """This process's peak RSS in KiB: VmHWM, which ``_reset_own_peak`` can reset (ru_maxrss cannot)."""
    try:
        for line in _HWM.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_own_peak() -> None:
    # Writing 5 to clear_refs resets VmHWM (Linux >= 4.0). Without it, the peak of whatever ran
    # earlier in this pytest process (the real-model tests load GiBs) would be charged to every case.
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        pass


def invoke(argv: list[str], *, input: str | None = None):
    """Run ``netops ARGV`` in-process; return (result, seconds), with ``result.peak_rss`` (bytes).

    The peak is this case's own: this process's high-water mark reset before the run, and the
    children's peak only if a child of this case raised it (RUSAGE_CHILDREN is a lifetime maximum).
    """
    _reset_own_peak()
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    result = runner.invoke(app, [str(a) for a in argv], input=input)
    seconds = time.monotonic() - started
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    children = children_after if children_after > children_before else 0
    result.peak_rss = max(_own_peak_kib(), children) * 1024  # Linux reports KiB
    return result, seconds


def check_outcome(result, seconds: float, allowed: int | set[int]) -> None:
    """The documented exit code, no traceback, the error line, bounded time and memory."""
    allowed = {allowed} if isinstance(allowed, int) else allowed
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        text = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"uncaught {type(result.exception).__name__} (exit {result.exit_code}):\n{text}\n{output}")
    assert result.exit_code in allowed, f"exit {result.exit_code}, expected {sorted(allowed)}:\n{output[-3000:]}"
    assert "Traceback" not in output, output[-3000:]
    if result.exit_code in (errors.EXIT_INPUT, errors.EXIT_EXECUTION, errors.EXIT_NOTHING_RAN):
        first = result.stderr.strip().split("\n")[0]
        assert first.startswith("error: "), result.stderr[-3000:]
    if result.exit_code == errors.EXIT_USAGE:
        assert "error" in output.lower() or "usage" in output.lower(), output[-3000:]
    assert seconds < CASE_SECONDS, f"took {seconds:.1f}s"
    assert result.peak_rss < MAX_RSS_BYTES, f"peak RSS {result.peak_rss / 2**20:.0f} MiB"


# -- the table of file cases ----------------------------------------------------------------------


FIFO = None  # in Case.files: make a named pipe with this name


@dataclass(frozen=True)
class Case:
    """One CLI run: files to write into the case dir ``{d}``, the argv (``{d}`` substituted), the exit code."""

    id: str
    argv: tuple[str, ...]
    code: int | set[int]
    files: dict[str, str | bytes | None] = field(default_factory=dict)  # None: a named pipe
    bug: str | None = None  # a real defect: the case is xfail(strict) with this reason


def _param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=case.bug)] if case.bug else []
    return pytest.param(case, id=case.id, marks=marks)


def _validate(name: str, content: str | bytes, code: int = 3, *extra: str, cid: str | None = None) -> Case:
    return Case(cid or f"validate-{name}", ("topo", "validate", "-t", f"{{d}}/{name}", *extra), code, {name: content})


DEEP = 20_000
HUGE_INT = "9" * 5000

# Native YAML (.yaml) --------------------------------------------------------------------------------
YAML_OK = SMALL_YAML.read_text()
YAML_CASES = [
    _validate("ok.yaml", YAML_OK, 0, cid="yaml-valid"),
    _validate("bom.yaml", b"\xef\xbb\xbf" + YAML_OK.encode(), 0, cid="yaml-bom"),
    _validate("crlf.yaml", YAML_OK.replace("\n", "\r\n"), 0, cid="yaml-crlf"),
    _validate("empty.yaml", "", cid="yaml-empty"),
    _validate("latin1.yaml", b"name: caf\xe9\nnodes: []\n", cid="yaml-not-utf8"),
    _validate("nul.yaml", b"name: a\x00b\nnodes: []\n", cid="yaml-nul-byte"),
    _validate("syntax.yaml", "nodes: [\n  - {name: a\n", cid="yaml-unclosed-bracket"),
    _validate("tabs.yaml", "nodes:\n\t- name: a\n", cid="yaml-tab-indent"),
    _validate("list.yaml", "- a\n- b\n", cid="yaml-top-level-list"),
    _validate("scalar.yaml", "just a string\n", cid="yaml-top-level-scalar"),
    _validate("nodesmap.yaml", "nodes: {a: 1}\n", cid="yaml-nodes-not-list"),
    _validate("noname.yaml", "nodes:\n  - role: leaf\n", cid="yaml-node-without-name"),
    _validate("dupnode.yaml", "nodes:\n  - name: a\n  - name: a\n", cid="yaml-duplicate-device"),
    _validate("dupkey.yaml", "nodes: []\nnodes: []\n", cid="yaml-duplicate-key"),
    _validate("dangling.yaml", "nodes:\n  - name: a\nlinks:\n  - endpoints: [a:e1, zz:e1]\n", cid="yaml-dangling-link"),
    _validate(
        "iface2.yaml",
        "nodes:\n  - name: a\n  - name: b\n  - name: c\nlinks:\n  - endpoints: [a:e1, b:e1]\n  - endpoints: [a:e1, c:e1]\n",
        cid="yaml-interface-used-twice",
    ),
    _validate("oneend.yaml", "nodes:\n  - name: a\nlinks:\n  - endpoints: [a:e1]\n", cid="yaml-link-one-endpoint"),
    _validate("linkstr.yaml", "nodes:\n  - name: a\nlinks: a-b\n", cid="yaml-links-not-list"),
    _validate("bigint.yaml", f"nodes:\n  - name: a\n    asn: {HUGE_INT}\n", cid="yaml-5000-digit-int"),
    _validate("loop.yaml", "a: &a\n  <<: *a\nnodes: []\n", cid="yaml-merge-key-loop"),
    _validate(
        "laughs.yaml",
        "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))
        + "nodes: []\n",
        cid="yaml-alias-bomb",
    ),
    _validate("deep.yaml", "nodes: " + "[" * DEEP + "]" * DEEP + "\n", cid="yaml-deep-nesting"),
    _validate("pyobj.yaml", "nodes: !!python/object/apply:os.system ['true']\n", cid="yaml-python-tag"),
    _validate("badanchor.yaml", "nodes: *nowhere\n", cid="yaml-undefined-alias"),
    _validate("docs.yaml", "nodes: []\n---\nnodes: []\n", cid="yaml-two-documents"),
    Case("yaml-show-garbage", ("topo", "show", "-t", "{d}/g.yaml"), 3, {"g.yaml": "nodes: [[[\n"}),
    Case("yaml-stats-garbage", ("topo", "stats", "-t", "{d}/g.yaml"), 3, {"g.yaml": "nodes: {\n"}),
    Case("yaml-convert-garbage", ("topo", "convert", "-t", "{d}/g.yaml", "{d}/out.json"), 3, {"g.yaml": ": :\n"}),
]

# containerlab (.clab.yml) ---------------------------------------------------------------------------
CLAB_OK = (DATA / "dc1.clab.yml").read_text()
CLAB_CASES = [
    _validate("ok.clab.yml", CLAB_OK, 0, cid="clab-valid"),
    _validate("empty.clab.yml", "", cid="clab-empty"),
    _validate("syntax.clab.yml", "name: x\ntopology: {nodes: [\n", cid="clab-syntax"),
    _validate("notopo.clab.yml", "name: x\n", cid="clab-no-topology"),
    _validate("nodeslist.clab.yml", "name: x\ntopology:\n  nodes: [a, b]\n", cid="clab-nodes-not-mapping"),
    _validate(
        "badend.clab.yml",
        "name: x\ntopology:\n  nodes: {a: {}, b: {}}\n  links:\n    - endpoints: [a-e1, b-e1]\n",
        cid="clab-endpoint-without-colon",
    ),
    _validate(
        "unknown.clab.yml",
        "name: x\ntopology:\n  nodes: {a: {}}\n  links:\n    - endpoints: ['a:e1', 'zz:e1']\n",
        cid="clab-link-to-unknown-node",
    ),
    _validate(
        "endstr.clab.yml",
        "name: x\ntopology:\n  nodes: {a: {}}\n  links:\n    - endpoints: 'a:e1'\n",
        cid="clab-endpoints-not-list",
    ),
    _validate(
        "bigint.clab.yml",
        f"name: x\ntopology:\n  nodes:\n    a: {{labels: {{asn: {HUGE_INT}}}}}\n",
        cid="clab-5000-digit-int",
    ),
    _validate("loop.clab.yml", "name: x\ntopology: &t\n  <<: *t\n", cid="clab-alias-loop"),
    _validate("latin1.clab.yml", b"name: \xff\xfe\ntopology: {}\n", cid="clab-not-utf8"),
    _validate(
        "kind.clab.yml",
        "name: x\ntopology:\n  nodes:\n    a: {kind: [not, a, string]}\n",
        0,  # kept as an attribute
        cid="clab-kind-not-string",
    ),
]

# node-link JSON (.json) -----------------------------------------------------------------------------
JSON_OK = (DATA / "small.json").read_text()
JSON_CASES = [
    _validate("ok.json", JSON_OK, 0, cid="json-valid"),
    _validate("empty.json", "", cid="json-empty"),
    _validate("syntax.json", '{"nodes": [', cid="json-truncated"),
    _validate("comma.json", '{"nodes": [{"id": "a"},], "links": []}', cid="json-trailing-comma"),
    _validate("array.json", "[1, 2, 3]", cid="json-top-level-array"),
    _validate("noid.json", '{"nodes": [{"role": "x"}], "links": []}', cid="json-node-without-id"),
    _validate("dupid.json", '{"nodes": [{"id": "a"}, {"id": "a"}], "links": []}', cid="json-duplicate-id"),
    _validate(
        "dangling.json", '{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "zz"}]}', cid="json-dangling-link"
    ),
    _validate("nodesobj.json", '{"nodes": {"a": 1}, "links": []}', cid="json-nodes-not-list"),
    _validate("bigint.json", f'{{"nodes": [{{"id": "a", "asn": {HUGE_INT}}}], "links": []}}', cid="json-5000-digit-int"),
    _validate("deep.json", '{"nodes": ' + "[" * DEEP + "]" * DEEP + ', "links": []}', cid="json-deep-nesting"),
    _validate("latin1.json", b'{"nodes": [{"id": "caf\xe9"}], "links": []}', cid="json-not-utf8"),
    _validate("nan.json", '{"nodes": [{"id": "a", "x": NaN}], "links": []}', 0, cid="json-nan-literal"),
]

# GraphML (.graphml) ---------------------------------------------------------------------------------
GRAPHML_OK = (DATA / "zoo-style.graphml").read_text()
_GRAPHML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
GRAPHML_CASES = [
    _validate("ok.graphml", GRAPHML_OK, 0, cid="graphml-valid"),
    _validate("empty.graphml", "", cid="graphml-empty"),
    _validate("notxml.graphml", "this is not xml at all", cid="graphml-not-xml"),
    _validate("trunc.graphml", GRAPHML_OK[: len(GRAPHML_OK) // 2], cid="graphml-truncated"),
    _validate("root.graphml", '<?xml version="1.0"?><notgraphml/>', cid="graphml-wrong-root"),
    _validate(
        "xxe.graphml",
        '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
        '<node id="&x;"/></graph></graphml>',
        cid="graphml-xxe",
    ),
    _validate(
        "laughs.graphml",
        '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY a{i} "{("&a;" if i == 0 else f"&a{i - 1};") * 10}">' for i in range(9))
        + ']>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
        '<node id="&a8;"/></graph></graphml>',
        cid="graphml-billion-laughs",
    ),
    _validate(
        "badtype.graphml",
        _GRAPHML_HEAD + '<key id="d0" for="node" attr.name="x" attr.type="int"/>'
        '<graph edgedefault="undirected"><node id="a"><data key="d0">not-a-number</data></node></graph></graphml>',
        cid="graphml-value-not-int",
    ),
    _validate(
        "bigint.graphml",
        _GRAPHML_HEAD + '<key id="d0" for="node" attr.name="x" attr.type="long"/>'
        f'<graph edgedefault="undirected"><node id="a"><data key="d0">{HUGE_INT}</data></node></graph></graphml>',
        cid="graphml-5000-digit-int",
    ),
    _validate(
        "nokey.graphml",
        _GRAPHML_HEAD + '<graph edgedefault="undirected"><node id="a"><data key="zz">1</data></node></graph></graphml>',
        cid="graphml-undeclared-key",
    ),
    _validate(
        "unkattr.graphml",
        _GRAPHML_HEAD + '<key id="d0" for="node" attr.name="x" attr.type="complex"/>'
        '<graph edgedefault="undirected"><node id="a"/></graph></graphml>',
        cid="graphml-unknown-attr-type",
    ),
    _validate("nograph.graphml", _GRAPHML_HEAD + "</graphml>", cid="graphml-no-graph"),
]

# GML (.gml) -----------------------------------------------------------------------------------------
GML_OK = (DATA / "zoo-style.gml").read_text()
GML_CASES = [
    _validate("ok.gml", GML_OK, 0, cid="gml-valid"),
    _validate("empty.gml", "", cid="gml-empty"),
    _validate("garbage.gml", "graph [ node [ id 0 ] ] ] ] [", cid="gml-unbalanced"),
    _validate("open.gml", "graph [ node [ id 0 ", cid="gml-unclosed"),
    _validate("deep.gml", "graph [ " + "a [ " * 50_000 + "] " * 50_000 + "]", cid="gml-50000-deep"),
    _validate("bigint.gml", f"graph [ node [ id 0 label \"a\" asn {HUGE_INT} ] ]", cid="gml-5000-digit-int"),
    _validate(
        "dangling.gml", 'graph [ node [ id 0 label "a" ] edge [ source 0 target 7 ] ]', cid="gml-edge-to-unknown-id"
    ),
    _validate("dupid.gml", 'graph [ node [ id 0 label "a" ] node [ id 0 label "b" ] ]', cid="gml-duplicate-id"),
    _validate("noid.gml", 'graph [ node [ label "a" ] ]', cid="gml-node-without-id"),
    _validate("nograph.gml", 'node [ id 0 label "a" ]', cid="gml-no-graph"),
    _validate("latin1.gml", b'graph [ node [ id 0 label "caf\xe9" ] ]', cid="gml-not-utf8"),
]

# NetBox (--format netbox) ---------------------------------------------------------------------------
NETBOX_OK = (DATA / "legacy.netbox.yaml").read_text()
NB = ("-f", "netbox")
NETBOX_CASES = [
    _validate("ok.yaml", NETBOX_OK, 0, *NB, cid="netbox-valid"),
    _validate("ok.json", (DATA / "fabric.netbox.json").read_text(), 0, *NB, cid="netbox-valid-json"),
    _validate("empty.json", "", 3, *NB, cid="netbox-empty"),
    _validate("garbage.json", '{"devices": [', 3, *NB, cid="netbox-truncated-json"),
    _validate("list.json", "[1, 2]", 3, *NB, cid="netbox-top-level-list"),
    _validate("devmap.json", '{"devices": {"a": 1}}', 3, *NB, cid="netbox-devices-not-list"),
    # An unnamed device (a patch panel) is skipped with a warning, not the whole export (issue 15).
    _validate("noname.json", '{"devices": [{"id": 1}, {"id": 2, "name": "r1"}]}', 0, *NB, cid="netbox-device-without-name"),
    _validate(
        "cable.json",
        '{"devices": [{"id": 1, "name": "r1"}], "interfaces": [], "cables": '
        '[{"id": 5, "a_terminations": [{"object_type": "dcim.interface", "object_id": 99}], '
        '"b_terminations": [{"object_type": "dcim.interface", "object_id": 98}]}]}',
        3,
        *NB,
        cid="netbox-cable-to-unknown-interface",
    ),
    _validate("bigint.json", f'{{"devices": [{{"id": {HUGE_INT}, "name": "r1"}}]}}', 3, *NB, cid="netbox-5000-digit-id"),
    _validate("loop.yaml", "devices: &d\n  <<: *d\n", 3, *NB, cid="netbox-alias-loop"),
]

# Nornir (--format nornir) ---------------------------------------------------------------------------
NORNIR_HOSTS = (DATA / "nornir" / "hosts.yaml").read_text()
NORNIR_GROUPS = (DATA / "nornir" / "groups.yaml").read_text()
NORNIR_DEFAULTS = (DATA / "nornir" / "defaults.yaml").read_text()
NR = ("-f", "nornir")


def _nornir(cid: str, hosts: str, code: int = 3, groups: str | None = None, defaults: str | None = None) -> Case:
    files: dict[str, str | bytes] = {"hosts.yaml": hosts}
    if groups is not None:
        files["groups.yaml"] = groups
    if defaults is not None:
        files["defaults.yaml"] = defaults
    return Case(f"nornir-{cid}", ("topo", "validate", "-t", "{d}/hosts.yaml", *NR), code, files)


NORNIR_CASES = [
    _nornir("valid", NORNIR_HOSTS, 0, NORNIR_GROUPS, NORNIR_DEFAULTS),
    _nornir("empty", "", 0),  # an empty inventory
    _nornir("hosts-list", "- a\n- b\n"),
    _nornir("host-not-mapping", "r1: 42\n"),
    _nornir("unknown-group", "r1:\n  groups: [nowhere]\n", 3, "{}\n"),
    _nornir("group-cycle", "r1:\n  groups: [g1]\n", 3, "g1:\n  groups: [g2]\ng2:\n  groups: [g1]\n"),
    _nornir("groups-file-garbage", "r1:\n  groups: [g1]\n", 3, "g1: [unclosed\n"),
    _nornir("defaults-with-groups", "r1: {}\n", 3, None, "groups: [x]\n"),
    _nornir("port-not-int", "r1:\n  port: twenty-two\n"),
    _nornir("data-not-mapping", "r1:\n  data: [1, 2]\n"),
    _nornir("link-to-unknown-peer", "r1:\n  data:\n    links:\n      - {peer: nobody}\n"),
    _nornir("link-to-itself", "r1:\n  data:\n    links:\n      - {peer: r1}\n"),
    _nornir("links-not-list", "r1:\n  data:\n    links: r2\n"),
    _nornir("groups-not-list", "r1:\n  groups: g1\n", 3, "g1: {}\n"),
]

# Any file: kind, size, extension, --format --------------------------------------------------------
OTHER_TOPOLOGY_CASES = [
    Case("topology-missing-file", ("topo", "validate", "-t", "{d}/nope.yaml"), 3),
    Case("topology-is-a-directory", ("topo", "validate", "-t", "{d}/sub"), 3, {"sub/keep.yaml": "nodes: []\n"}),
    Case("topology-dev-null", ("topo", "validate", "-t", "/dev/null"), 3),
    _validate("garbage.txt", "hello, world\n", cid="topology-unknown-extension"),
    _validate("binary.bin", bytes(range(256)) * 4, cid="topology-binary-unknown-extension"),
    _validate("ok.yaml", YAML_OK, 3, "-f", "no-such-format", cid="topology-unknown-format-flag"),
    _validate("ok.yaml", YAML_OK, 3, "-f", "gml", cid="topology-wrong-format-flag"),
    _validate("ok.yaml", YAML_OK, 3, "-f", "nornir", cid="topology-yaml-read-as-nornir"),
    Case("run-against-bad-topology", ("run", "{d}/p.py", "-t", "{d}/bad.yaml"), 3, {"p.py": "result = 1\n", "bad.yaml": "["}),
    Case(
        "ask-against-bad-topology",
        ("ask", "how many devices?", "-t", "{d}/bad.json", "--model", "http://127.0.0.1:1/v1"),
        3,
        {"bad.json": "{"},
    ),
    Case(
        "audit-against-bad-topology",
        ("audit", "{d}/c.yaml", "-t", "{d}/bad.gml", "--no-llm"),
        3,
        {"c.yaml": "checks:\n  - {id: a, question: q?, program: 'result = []'}\n", "bad.gml": "graph ["},
    ),
]

# Audit checks files ---------------------------------------------------------------------------------
GOOD_PROGRAM = "result = []"


def _audit(cid: str, checks: str | bytes, code: int, *extra: str, lock: str | bytes | None = None) -> Case:
    files: dict[str, str | bytes] = {"c.yaml": checks}
    if lock is not None:
        files["c.lock.yaml"] = lock
    return Case(f"audit-{cid}", ("audit", "{d}/c.yaml", "-t", str(SMALL_YAML), "--no-llm", *extra), code, files)


CHECKS_CASES = [
    _audit("valid-passing", f"checks:\n  - {{id: a, question: q?, program: '{GOOD_PROGRAM}'}}\n", 0),
    _audit("valid-failing", "checks:\n  - {id: a, question: q?, program: 'result = [1]'}\n", 1),
    _audit("valid-failing-warning-below-fail-on", "checks:\n  - {id: a, question: q?, severity: warning, program: 'result = [1]'}\n", 0),
    _audit("program-raises", "checks:\n  - {id: a, question: q?, program: 'result = 1 / 0'}\n", 4),
    _audit("program-imports", "checks:\n  - {id: a, question: q?, program: 'import os; result = []'}\n", 4),
    _audit(
        "program-loops-past-timeout",
        "checks:\n  - {id: a, question: q?, program: 'while True: pass'}\n",
        4,
        "--timeout",
        "1",
    ),
    _audit("empty-file", "", 5),
    _audit("empty-checks-list", "checks: []\n", 5),
    _audit("not-utf8", b"checks:\n  - {id: caf\xe9, question: q?}\n", 3),
    _audit("syntax", "checks: [\n", 3),
    _audit("top-level-scalar", "42\n", 3),
    _audit("unknown-key", "chekcs: []\n", 3),
    _audit("version-2", "version: 2\nchecks: []\n", 3),
    _audit("missing-checks-key", "description: x\n", 3),
    _audit("checks-not-list", "checks: {a: 1}\n", 3),
    _audit("check-not-mapping", "checks: [just-a-string]\n", 3),
    _audit("bad-id", "checks:\n  - {id: 'no spaces allowed', question: q?, program: 'result = []'}\n", 3),
    _audit(
        "duplicate-id",
        "checks:\n  - {id: a, question: q?, program: 'result = []'}\n  - {id: a, question: r?, program: 'result = []'}\n",
        3,
    ),
    _audit("missing-question", "checks:\n  - {id: a, program: 'result = []'}\n", 3),
    _audit("bad-severity", "checks:\n  - {id: a, question: q?, severity: fatal, program: 'result = []'}\n", 3),
    _audit("bad-expect", "checks:\n  - {id: a, question: q?, expect: 'banana', program: 'result = []'}\n", 3),
    _audit("program-syntax-error", "checks:\n  - {id: a, question: q?, program: 'result = ('}\n", 3),
    _audit("program-not-string", "checks:\n  - {id: a, question: q?, program: [1, 2]}\n", 3),
    _audit("tags-not-list", "checks:\n  - {id: a, question: q?, tags: {x: 1}, program: 'result = []'}\n", 3),
    _audit("check-unknown-key", "checks:\n  - {id: a, question: q?, programme: 'result = []'}\n", 3),
    _audit("alias-loop", "checks: &c\n  <<: *c\n", 3),
    _audit("bigint", f"checks:\n  - {{id: a, question: q?, expect: 'count <= {HUGE_INT}', program: 'result = []'}}\n", 3),
    _audit("no-program-no-lock-in-ci", "checks:\n  - {id: a, question: how many devices?}\n", 3),
    _audit("check-flag-unknown-id", f"checks:\n  - {{id: a, question: q?, program: '{GOOD_PROGRAM}'}}\n", 3, "--check", "zz"),
    Case("audit-missing-checks-file", ("audit", "{d}/nope.yaml", "-t", str(SMALL_YAML), "--no-llm"), 3),
    Case("audit-checks-file-is-directory", ("audit", "{d}/sub", "-t", str(SMALL_YAML), "--no-llm"), 3, {"sub/x": "x"}),
    Case(
        "audit-diff-base-missing",
        ("audit", "{d}/c.yaml", "-t", str(SMALL_YAML), "--no-llm", "--diff", "{d}/nope.yaml"),
        3,
        {"c.yaml": f"checks:\n  - {{id: a, question: q?, program: '{GOOD_PROGRAM}'}}\n"},
    ),
]

# Audit lock files -----------------------------------------------------------------------------------
LOCK_CHECKS = "checks:\n  - {id: a, question: Which devices are down?}\n"
_Q_SHA = __import__("netops.audit.checks", fromlist=["question_sha256"]).question_sha256("Which devices are down?")
_P_SHA = __import__("netops.audit.checks", fromlist=["program_sha256"]).program_sha256("result = []\n")


def _lock(entry: str, *, version: int = 1) -> str:
    return f"version: {version}\nchecks:\n  a:\n{entry}"


_ENTRY_OK = f"    question_sha256: {_Q_SHA}\n    program_sha256: {_P_SHA}\n    program: |\n      result = []\n"
LOCK_CASES = [
    _audit("lock-valid", LOCK_CHECKS, 0, lock=_lock(_ENTRY_OK)),
    _audit("lock-missing-in-ci", LOCK_CHECKS, 3),
    _audit("lock-garbage", LOCK_CHECKS, 3, lock="checks: {a: [\n"),
    _audit("lock-not-utf8", LOCK_CHECKS, 3, lock=b"checks:\n  \xff: 1\n"),
    _audit("lock-not-mapping", LOCK_CHECKS, 3, lock="- a\n- b\n"),
    _audit("lock-version-2", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK, version=2)),
    _audit("lock-entry-not-mapping", LOCK_CHECKS, 3, lock="version: 1\nchecks:\n  a: 42\n"),
    _audit("lock-entry-unknown-key", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK + "    colour: red\n")),
    _audit("lock-bad-question-sha", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK.replace(_Q_SHA, "abc"))),
    _audit("lock-stale-question", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK.replace(_Q_SHA, "0" * 64))),
    _audit("lock-bad-program-sha", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK.replace(_P_SHA, "xyz"))),
    _audit("lock-tampered-program", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK.replace("result = []", "result = [] or []"))),
    _audit("lock-no-program-sha", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK.replace(f"    program_sha256: {_P_SHA}\n", ""))),
    _audit("lock-program-syntax-error", LOCK_CHECKS, 3, lock=_lock(_ENTRY_OK.replace("result = []", "result = ("))),
    _audit("lock-alias-bomb", LOCK_CHECKS, 3, lock="a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
           + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))),
    Case(
        "audit-lock-flag-points-at-garbage",
        ("audit", "{d}/c.yaml", "-t", str(SMALL_YAML), "--no-llm", "--lock", "{d}/other.lock"),
        3,
        {"c.yaml": LOCK_CHECKS, "other.lock": "[[[\n"},
    ),
    Case(
        "audit-real-checks-real-lock",
        ("audit", str(CHECKS), "-t", str(FABRIC), "--no-llm", "--fail-on", "never", "--format", "json", "-o", "{d}/r.json"),
        0,
    ),
]

# Program files (netops run) -------------------------------------------------------------------------


def _run(cid: str, program: str | bytes, code: int | set[int], *extra: str) -> Case:
    return Case(f"run-{cid}", ("run", "{d}/p.py", "-t", str(SMALL_YAML), *extra), code, {"p.py": program})


PROGRAM_CASES = [
    _run("valid", "result = len(G)\n", 0),
    _run("bom", b"\xef\xbb\xbfresult = len(G)\n", 0),
    _run("empty-file", "", 0),  # result is None
    _run("no-result", "x = 1\n", 0),
    _run("syntax-error", "result = (\n", 4),
    _run("deep-parens", "result = " + "(" * 5000 + "1" + ")" * 5000 + "\n", 4),
    _run("not-utf8", b"result = 'caf\xe9'\n", 3),
    _run("nul-byte", b"result = 1\x00\n", 4),  # a policy failure: the parser refuses it
    _run("import-os", "import os\nresult = os.getcwd()\n", 4),
    _run("open-file", "result = open('/etc/passwd').read()\n", 4),
    _run("dunder-escape", "result = ().__class__.__mro__[1].__subclasses__()\n", 4),
    _run("raises", "raise ValueError('boom')\n", 4),
    _run("recursion", "def f(n):\n    return f(n + 1)\nresult = f(0)\n", 4),
    _run("infinite-loop", "while True:\n    pass\n", 4, "--timeout", "1"),
    _run("memory-bomb", "x = [0] * (10 ** 10)\nresult = 1\n", 4),
    _run("output-limit", "result = 'x' * (4 * 1024 * 1024)\n", 4),
    _run("mutation-read-only", "remove_device(G, 'r1')\nresult = 1\n", 4, "--read-only"),
    _run("big-int-result", "result = 10 ** 100000\n", {0, 4}),
    Case("run-missing-program", ("run", "{d}/nope.py", "-t", str(SMALL_YAML)), 3),
    Case("run-program-is-directory", ("run", "{d}/sub", "-t", str(SMALL_YAML)), 3, {"sub/x.py": "result = 1\n"}),
    Case("run-program-dev-null", ("run", "/dev/null", "-t", str(SMALL_YAML)), {0, 3}),  # an empty program, or refused
    Case("run-save-as-missing-dir", ("run", "{d}/p.py", "-t", str(SMALL_YAML), "--save-as", "{d}/no/x.yaml"), 2,
         {"p.py": "remove_device(G, 'r1')\nresult = 1\n"}),
]

# CLI flags ------------------------------------------------------------------------------------------
PROG = {"p.py": "result = 1\n"}
RUN = ("run", "{d}/p.py", "-t", str(SMALL_YAML))
BAD_TOPO = {"bad.yaml": "["}
ASK_BAD = ("ask", "how many devices?", "-t", "{d}/bad.yaml")  # fails on the topology if the flags pass
FLAG_CASES = [
    Case("flags-no-arguments", (), 2),
    Case("flags-version", ("--version",), 0),
    Case("flags-help", ("--help",), 0),
    Case("flags-unknown-command", ("frobnicate",), 2),
    Case("flags-unknown-topo-subcommand", ("topo", "frobnicate"), 2),
    Case("flags-unknown-root-option", ("--bogus",), 2),
    Case("flags-ask-unknown-option", (*ASK_BAD, "--bogus"), 2, BAD_TOPO),
    Case("flags-run-unknown-option", (*RUN, "--bogus"), 2, PROG),
    Case("flags-audit-unknown-option", ("audit", str(CHECKS), "-t", str(FABRIC), "--bogus"), 2),
    Case("flags-history-unknown-option", ("history", "--bogus"), 2),
    Case("flags-undo-unknown-option", ("undo", "--bogus"), 2),
    Case("flags-validate-unknown-option", ("topo", "validate", "-t", str(SMALL_YAML), "--bogus"), 2),
    Case("flags-cache-clear-unknown-option", ("cache", "clear", "--bogus"), 2),
    Case("flags-ask-missing-topology", ("ask", "how many devices?"), 2),
    Case("flags-ask-missing-question", ("ask", "-t", str(SMALL_YAML)), 2),
    Case("flags-run-missing-topology", ("run", "{d}/p.py"), 2, PROG),
    Case("flags-run-missing-program", ("run", "-t", str(SMALL_YAML)), 2),
    Case("flags-audit-missing-topology", ("audit", str(CHECKS)), 2),
    Case("flags-audit-missing-checks", ("audit", "-t", str(FABRIC)), 2),
    Case("flags-validate-missing-topology", ("topo", "validate"), 2),
    Case("flags-convert-missing-output", ("topo", "convert", "-t", str(SMALL_YAML)), 2),
    Case("flags-option-missing-value", ("topo", "validate", "-t"), 2),
    Case("flags-run-timeout-zero", (*RUN, "--timeout", "0"), 2, PROG),
    Case("flags-run-timeout-negative", (*RUN, "--timeout=-1"), 2, PROG),
    Case("flags-run-timeout-nan", (*RUN, "--timeout", "nan"), 2, PROG),
    Case("flags-run-timeout-inf", (*RUN, "--timeout", "inf"), 2, PROG),
    Case("flags-run-timeout-text", (*RUN, "--timeout", "soon"), 2, PROG),
    Case("flags-run-timeout-empty", (*RUN, "--timeout", ""), 2, PROG),
    Case("flags-ask-timeout-negative", (*ASK_BAD, "--timeout=-5"), 2, BAD_TOPO),
    Case("flags-ask-timeout-nan", (*ASK_BAD, "--timeout", "nan"), 2, BAD_TOPO),
    Case("flags-ask-timeout-text", (*ASK_BAD, "--timeout", "later"), 2, BAD_TOPO),
    Case("flags-ask-samples-negative", (*ASK_BAD, "--samples=-1"), 2, BAD_TOPO),
    Case("flags-ask-samples-text", (*ASK_BAD, "--samples", "many"), 2, BAD_TOPO),
    Case("flags-ask-samples-float", (*ASK_BAD, "--samples", "2.5"), 2, BAD_TOPO),
    Case("flags-ask-retries-text", (*ASK_BAD, "--retries", "x"), 2, BAD_TOPO),
    Case("flags-ask-retries-negative", (*ASK_BAD, "--retries=-1"), {2, 3}, BAD_TOPO),  # refused, or read as 0
    Case("flags-ask-dry-run-and-yes", (*ASK_BAD, "--dry-run", "--yes"), 2, BAD_TOPO),
    Case("flags-ask-save-as-missing-dir", (*ASK_BAD, "--save-as", "{d}/no/such/out.yaml"), 2, BAD_TOPO),
    Case("flags-audit-timeout-nan", ("audit", str(CHECKS), "-t", str(FABRIC), "--timeout", "nan"), 2),
    Case("flags-audit-timeout-text", ("audit", str(CHECKS), "-t", str(FABRIC), "--timeout", "x"), 2),
    Case("flags-audit-jobs-zero", ("audit", str(CHECKS), "-t", str(FABRIC), "--jobs", "0"), 2),
    Case("flags-audit-format-unknown", ("audit", str(CHECKS), "-t", str(FABRIC), "--format", "pdf"), 2),
    Case("flags-audit-fail-on-unknown", ("audit", str(CHECKS), "-t", str(FABRIC), "--fail-on", "sometimes"), 2),
    Case("flags-audit-freeze-and-no-llm", ("audit", str(CHECKS), "-t", str(FABRIC), "--freeze", "--no-llm"), 2),
    Case("flags-audit-output-missing-dir", ("audit", str(CHECKS), "-t", str(FABRIC), "-o", "{d}/no/r.json"), 2),
    Case("flags-history-limit-zero", ("history", "--limit", "0"), 2),
    Case("flags-history-limit-text", ("history", "-n", "ten"), 2),
    Case("flags-history-show-text", ("history", "--show", "abc"), 2),
    Case("flags-history-show-huge", ("history", "--show", "99999999999999999999999"), 2),
    Case("flags-history-show-absent", ("history", "--show", "7"), 2),
    Case("flags-history-show-negative", ("history", "--show=-1"), 2),
    Case("flags-convert-to-unknown", ("topo", "convert", "-t", str(SMALL_YAML), "{d}/o.out", "--to", "pdf"), {2, 3}),
    Case("flags-convert-to-read-only-format", ("topo", "convert", "-t", str(SMALL_YAML), "{d}/o.json", "--to", "netbox"), {2, 3}),
    Case("flags-convert-output-exists", ("topo", "convert", "-t", str(SMALL_YAML), "{d}/o.json"), {1, 2}, {"o.json": "{}"}),
    Case("flags-convert-missing-dir", ("topo", "convert", "-t", str(SMALL_YAML), "{d}/no/o.json"), 2),
    Case("flags-generate-leaf-spine-negative", ("topo", "generate", "leaf-spine", "--spines=-1"), 2),
    Case("flags-generate-fat-tree-odd-k", ("topo", "generate", "fat-tree", "--k", "3"), 2),
    Case("flags-undo-nothing-to-undo", ("undo", "--yes"), 1),
    Case("flags-undo-missing-topology", ("undo", "-t", "{d}/nope.yaml", "--yes"), 1),
    Case("flags-model-info-unknown", ("model", "info", "no-such-model"), 5),
    Case("flags-model-verify-unknown", ("model", "verify", "no-such-model"), 5),
    Case("flags-model-path-unknown", ("model", "path", "no-such-model"), 5),
]

# Model specs and URLs (ask with a valid topology: the model is needed, and must fail fast) -----------
ASK = ("ask", "how many devices?", "-t", str(SMALL_YAML), "--timeout", "20")


def _model(cid: str, spec: str, code: int = 5, files: dict[str, str | bytes] | None = None) -> Case:
    return Case(f"model-{cid}", (*ASK, "--model", spec), code, files or {})


MODEL_CASES = [
    _model("http-unreachable", "http://127.0.0.1:1/v1"),
    _model("https-unreachable", "https://127.0.0.1:1/v1"),
    _model("http-unreachable-named", "http://127.0.0.1:1/v1#some-model"),
    _model("http-empty-host", "http://", 2),
    _model("http-port-not-number", "http://127.0.0.1:abc/v1", 2),
    _model("http-unclosed-ipv6", "http://[::1", 2),
    _model("garbage-name", "no-such-model-xyz"),
    _model("gguf-missing-absolute", "/nonexistent/dir/model.gguf"),
    _model("gguf-missing-relative", "missing-model.gguf"),
    _model("gguf-prefix-missing", "gguf:/nonexistent/model.gguf"),
    _model("llama-cpp-prefix-missing", "llama_cpp:/nonexistent/model.gguf"),
    _model("gguf-not-gguf", "{d}/fake.gguf", 5, {"fake.gguf": "this is not a model\n"}),
    _model("gguf-empty-file", "{d}/empty.gguf", 5, {"empty.gguf": b""}),
    _model("gguf-is-directory", "{d}/dir.gguf", 5, {"dir.gguf/x": "x"}),
    _model("path-with-slash-missing", "./no/such/model"),
    _model("scripted-missing-file", "scripted:{d}/nope.json"),
    _model("scripted-garbage", "scripted:{d}/r.json", 5, {"r.json": "{not json"}),
    _model("scripted-not-a-list", "scripted:{d}/r.json", 5, {"r.json": '{"a": 1}'}),
    _model("scripted-bad-delay", "scripted:{d}/r.json", 5, {"r.json": '[{"text": "x", "delay": -1}]'}),
    _model("scripted-no-code", "scripted:{d}/r.json", 4, {"r.json": json.dumps(["I cannot help with that."] * 3)}),
    _model("scripted-policy-violation", "scripted:{d}/r.json", 4,
           {"r.json": json.dumps(["```python\nimport os\nresult = 1\n```"] * 3)}),
    Case(
        "model-scripted-slow-past-timeout",
        (*ASK, "--model", "scripted:{d}/r.json", "--timeout", "3"),  # the later --timeout wins
        4,
        {"r.json": json.dumps([{"text": "```python\nresult = 1\n```", "delay": 60}])},
    ),
    Case(
        "model-audit-freeze-unreachable",
        ("audit", "{d}/c.yaml", "-t", str(SMALL_YAML), "--freeze", "--model", "http://127.0.0.1:1/v1"),
        5,
        {"c.yaml": "checks:\n  - {id: a, question: how many devices?}\n"},
    ),
    Case(
        "model-audit-freeze-garbage-name",
        ("audit", "{d}/c.yaml", "-t", str(SMALL_YAML), "--freeze", "--model", "no-such-model-xyz"),
        5,
        {"c.yaml": "checks:\n  - {id: a, question: how many devices?}\n"},
    ),
]

FILE_CASES = [
    *YAML_CASES,
    *CLAB_CASES,
    *JSON_CASES,
    *GRAPHML_CASES,
    *GML_CASES,
    *NETBOX_CASES,
    *NORNIR_CASES,
    *OTHER_TOPOLOGY_CASES,
    *CHECKS_CASES,
    *LOCK_CASES,
    *PROGRAM_CASES,
    *FLAG_CASES,
    *MODEL_CASES,
]


def _materialize(case: Case, directory: Path) -> list[str]:
    for name, content in case.files.items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if content is FIFO:
            os.mkfifo(target)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return [a.replace("{d}", str(directory)) for a in case.argv]


def test_case_ids_are_unique():
    ids = [case.id for case in FILE_CASES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.timeout(90)
@pytest.mark.parametrize("case", [_param(c) for c in FILE_CASES])
def test_bad_input(case: Case, tmp_path: Path):
    directory = tmp_path / "in"
    directory.mkdir()
    argv = _materialize(case, directory)
    before = {p: p.read_bytes() for p in directory.rglob("*") if p.is_file()}
    result, seconds = invoke(argv)
    check_outcome(result, seconds, case.code)
    # A failing command never changes the operator's input files.
    for path, content in before.items():
        assert path.read_bytes() == content, f"{path} was changed"


# -- inputs a table cannot describe ------------------------------------------------------------------


#: Address-space cap for a subprocess case: a regression that reads an endless input dies of
#: MemoryError well before it can hurt the machine.
SUBPROCESS_MEMORY = 2 * 1024**3
#: Seconds a subprocess case may take before it is called a hang (and killed).
SUBPROCESS_SECONDS = 25
#: ``ask`` with a config file: the config is read before the (unreachable) model is tried.
ASK_CONFIG = ("ask", "how many devices?", "-t", str(SMALL_YAML), "--model", "http://127.0.0.1:1/v1")

#: Endless inputs (devices, pipes, alias bombs): each runs in a capped subprocess, since a regression
#: here blocks forever in open() or reads until memory runs out, which in-process would take pytest
#: (or the machine) down with it.
ENDLESS_CASES = [
    Case("endless-topology-dev-zero", ("topo", "validate", "-t", "/dev/zero"), 3),
    Case("endless-topology-dev-urandom", ("topo", "show", "-t", "/dev/urandom"), 3),
    Case("endless-topology-fifo", ("topo", "validate", "-t", "{d}/pipe.yaml"), 3, {"pipe.yaml": FIFO}),
    Case("endless-checks-dev-zero", ("audit", "/dev/zero", "-t", str(SMALL_YAML), "--no-llm"), 3),
    Case("endless-checks-fifo", ("audit", "{d}/pipe.yaml", "-t", str(SMALL_YAML), "--no-llm"), 3, {"pipe.yaml": FIFO}),
    Case(
        "endless-lock-fifo",
        ("audit", "{d}/c.yaml", "-t", str(SMALL_YAML), "--no-llm", "--lock", "{d}/pipe.lock"),
        3,
        {"c.yaml": "checks:\n  - {id: a, question: q?}\n", "pipe.lock": FIFO},
    ),
    Case(
        "endless-program-dev-zero",
        ("run", "/dev/zero", "-t", str(SMALL_YAML)),
        3,
    ),
    Case(
        "endless-program-dev-urandom",
        ("run", "/dev/urandom", "-t", str(SMALL_YAML)),
        3,
    ),
    Case(
        "endless-program-fifo",
        ("run", "{d}/pipe.py", "-t", str(SMALL_YAML)),
        3,
        {"pipe.py": FIFO},
    ),
    # The config file ($NETOPS_CONFIG) is a YAML reader too (issue 14 #1: bound every one).
    Case(
        "config-alias-bomb-under-known-key",
        ASK_CONFIG,
        3,
        {"config.yaml": "tiers: [&a0 [x, x, x, x, x, x, x, x, x, x], "
         + ", ".join(f"&a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)) + "]\n"},
    ),
    Case(
        "config-5000-digit-int",
        ASK_CONFIG,
        3,
        {"config.yaml": f"retries: {HUGE_INT}\n"},
    ),
    Case(
        "config-self-referencing-tiers",
        ASK_CONFIG,
        3,
        {"config.yaml": "tiers: &t [*t]\n"},
    ),
    Case("config-alias-loop-unknown-key", ASK_CONFIG, 3, {"config.yaml": "a: &a\n  <<: *a\nretries: 1\n"}),
    # Refused (3), or skipped like a missing config since it is not a regular file; then the
    # unreachable model is what stops the request (5). Either way: never read.
    Case("config-is-dev-zero", ASK_CONFIG, {3, 5}, {}),
]


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (SUBPROCESS_MEMORY, SUBPROCESS_MEMORY))


@pytest.mark.timeout(SUBPROCESS_SECONDS + 30)
@pytest.mark.parametrize("case", [_param(c) for c in ENDLESS_CASES])
def test_endless_input_in_a_capped_subprocess(case: Case, tmp_path: Path):
    directory = tmp_path / "in"
    directory.mkdir()
    argv = _materialize(case, directory)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETOPS_")}
    env.update(
        NETOPS_HOME=str(tmp_path / "home"),
        NETOPS_CACHE_DIR=str(tmp_path / "cache"),
        NETOPS_CONFIG=str(tmp_path / "none.yaml"),
        NETOPS_SAMPLES="0",
        COLUMNS="1000",
        CI="true",
    )
    if "config.yaml" in case.files:
        env["NETOPS_CONFIG"] = str(directory / "config.yaml")
    elif case.id == "config-is-dev-zero":
        env["NETOPS_CONFIG"] = "/dev/zero"
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", "from netops.cli import main; main()", *argv],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=SUBPROCESS_SECONDS,
            check=False,
            preexec_fn=_cap_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"netops {' '.join(argv)} hung (killed after {SUBPROCESS_SECONDS}s)")
    seconds = time.monotonic() - started
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr[-3000:]
    allowed = case.code if isinstance(case.code, set) else {case.code}
    assert done.returncode in allowed, (done.returncode, done.stderr[-3000:])
    assert done.stderr.strip().startswith("error: "), done.stderr[-3000:]
    assert seconds < CASE_SECONDS


@pytest.mark.timeout(60)
@pytest.mark.parametrize("suffix", [".yaml", ".json", ".graphml", ".gml", ".clab.yml"])
def test_oversized_topology_is_refused_by_size(tmp_path: Path, suffix: str):
    """A (sparse) file over the input cap is refused from its size, not read."""
    from netops.topology.formats.guards import MAX_INPUT_BYTES

    path = tmp_path / f"huge{suffix}"
    with open(path, "wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    result, seconds = invoke(["topo", "validate", "-t", path])
    check_outcome(result, seconds, errors.EXIT_INPUT)


@pytest.mark.timeout(60)
def test_oversized_program_is_refused(tmp_path: Path):
    from netops.topology.formats.guards import MAX_INPUT_BYTES

    path = tmp_path / "huge.py"
    with open(path, "wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    result, seconds = invoke(["run", path, "-t", SMALL_YAML])
    # Refused as a file (3) or by the sandbox's program-length policy (4).
    check_outcome(result, seconds, {errors.EXIT_INPUT, errors.EXIT_EXECUTION})


@pytest.mark.timeout(60)
@pytest.mark.parametrize("reply", [b"", b"garbage\r\n\r\n", b"HTTP/1.1 500 Oops\r\nContent-Length: 5\r\n\r\nerror",
                                   b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nnot json!"],
                         ids=["closes-at-once", "not-http", "http-500", "200-not-json"])
def test_model_server_misbehaving_is_exit_5(tmp_path: Path, reply: bytes):
    """A loopback 'model server' that answers wrongly: no usable model, exit 5 (never a traceback)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve() -> None:
        listener.settimeout(30)
        try:
            while True:
                conn, _ = listener.accept()
                with conn:
                    conn.settimeout(5)
                    try:
                        conn.recv(65536)
                        conn.sendall(reply)
                    except OSError:
                        pass
        except OSError:
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        result, seconds = invoke([*ASK, "--model", url])
    finally:
        listener.close()
    check_outcome(result, seconds, {errors.EXIT_NOTHING_RAN, errors.EXIT_EXECUTION})


@pytest.mark.timeout(120)
def test_truncated_gguf_fails_in_a_subprocess_with_exit_5(tmp_path: Path):
    """A file with the GGUF magic and a junk header reaches llama.cpp: a subprocess, in case it crashes."""
    fake = tmp_path / "junk.gguf"
    fake.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + os.urandom(200))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETOPS_")}
    env.update(
        NETOPS_HOME=str(tmp_path / "home"),
        NETOPS_CACHE_DIR=str(tmp_path / "cache"),
        NETOPS_CONFIG=str(tmp_path / "none.yaml"),
        NETOPS_SAMPLES="0",
        COLUMNS="1000",
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", "from netops.cli import main; main()", *map(str, (*ASK, "--model", fake))],
        env=env, capture_output=True, text=True, timeout=100, check=False,
    )
    seconds = time.monotonic() - started
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == errors.EXIT_NOTHING_RAN, (done.returncode, done.stderr)
    assert done.stderr.strip().startswith("error: "), done.stderr
    assert seconds < CASE_SECONDS * 2


@pytest.mark.timeout(60)
def test_netops_model_env_with_garbage_is_exit_5(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NETOPS_MODEL", "no-such-model-xyz")
    result, seconds = invoke(["ask", "how many devices?", "-t", SMALL_YAML, "--timeout", "20"])
    check_outcome(result, seconds, errors.EXIT_NOTHING_RAN)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "config",
    [
        pytest.param("retries: [1, 2\n", id="syntax"),
        pytest.param("no_such_setting: 1\n", id="unknown-key"),
        pytest.param("retries: many\n", id="bad-value"),
        pytest.param("- a list\n", id="not-a-mapping"),
        pytest.param(b"model: \xff\n", id="not-utf8"),
    ],
)
def test_broken_config_file_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str | bytes):
    """The config file is a bad input file like any other: exit 3, one line."""
    path = tmp_path / "config.yaml"
    path.write_bytes(config if isinstance(config, bytes) else config.encode())
    monkeypatch.setenv("NETOPS_CONFIG", str(path))
    result, seconds = invoke(["ask", "how many devices?", "-t", SMALL_YAML, "--model", "http://127.0.0.1:1/v1"])
    check_outcome(result, seconds, errors.EXIT_INPUT)


# -- the netops database ------------------------------------------------------------------------------


def _filled_store(home: Path) -> Path:
    with Store() as store:
        for i in range(60):
            store.log_interaction(f"request {i} " * 10, frontend="cli", outcome="ok", code="x = 1\n" * 20)
    return home / "netops.db"


def _junk_pages(db: Path) -> None:
    with open(db, "r+b") as handle:
        handle.seek(4096)
        handle.write(bytes(range(256)) * 16)


def _truncate_half(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 7])


def _drop(table: str):
    def damage(db: Path) -> None:
        with sqlite3.connect(db) as conn:
            conn.execute(f"DROP TABLE {table}")
        conn.close()

    return damage


def _newer_schema(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()


def _as_directory(db: Path) -> None:
    db.unlink()
    db.mkdir()
    (db / "x").write_text("x")


STORE_DAMAGE = {
    "garbage": lambda db: db.write_bytes(b"this is not a database\n" * 100),
    "zero-bytes": lambda db: db.write_bytes(b""),
    "header-only": lambda db: db.write_bytes(db.read_bytes()[:100]),
    "truncated-half": _truncate_half,
    "junk-pages": _junk_pages,
    "dropped-journal": _drop("apply_journal"),
    "newer-schema": _newer_schema,
    "is-a-directory": _as_directory,
}
STORE_COMMANDS = {
    "history": ["history"],
    "history-json": ["history", "--json"],
    "undo": ["undo", "--yes"],
    "cache-info": ["cache", "info"],
}
#: Junk over one page is found only by a command that reads that page: the journal may be intact.
_UNDO_MAY_MISS = {("junk-pages", "undo")}


def _store_cases():
    for damage in STORE_DAMAGE:
        for command in STORE_COMMANDS:
            yield pytest.param(damage, command, id=f"{damage}-{command}")
    for damage in ("garbage", "zero-bytes", "header-only", "newer-schema", "is-a-directory"):
        yield pytest.param(damage, "cache-clear", id=f"{damage}-cache-clear")


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("damage", "command"), list(_store_cases()))
def test_damaged_store_is_exit_3(isolated: Path, damage: str, command: str):
    """Every way of breaking $NETOPS_HOME/netops.db: exit 3 and a line naming the file.

    ``cache info`` is a report that never fails (``caches.inventory``): it exits 0 but must name
    the damaged file. Undo after junk over a page it never reads may find the journal intact.
    """
    db = _filled_store(isolated / "home")
    STORE_DAMAGE[damage](db)
    argv = ["cache", "clear", "--programs"] if command == "cache-clear" else STORE_COMMANDS[command]
    result, seconds = invoke(argv)
    if command == "cache-info":
        check_outcome(result, seconds, {errors.EXIT_OK, errors.EXIT_INPUT})
        if damage != "junk-pages":  # the program cache's pages may be intact
            assert str(db) in result.output and "damaged" in result.output, result.output
        return
    if (damage, command) in _UNDO_MAY_MISS:
        check_outcome(result, seconds, {errors.EXIT_FAILED, errors.EXIT_INPUT})
        return
    check_outcome(result, seconds, errors.EXIT_INPUT)
    assert str(db) in result.stderr, result.stderr


@pytest.mark.timeout(60)
def test_home_that_is_a_file_is_exit_3(isolated: Path):
    """NETOPS_HOME names a regular file: the database cannot be created there."""
    (isolated / "home").write_text("not a directory")
    result, seconds = invoke(["history"])
    check_outcome(result, seconds, errors.EXIT_INPUT)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("damage", ["junk-pages", "dropped-journal", "zero-bytes"])
def test_ask_with_a_damaged_store_never_touches_the_topology(isolated: Path, damage: str):
    topo = isolated / "campus.yaml"
    topo.write_bytes(CAMPUS.read_bytes())
    db = _filled_store(isolated / "home")
    STORE_DAMAGE[damage](db)
    replies = isolated / "replies.json"
    replies.write_text(json.dumps(['```python\nset_attrs(G, "acc-n1", status="maintenance")\nresult = "done"\n```']))
    result, seconds = invoke(["ask", "put acc-n1 in maintenance", "-t", topo, "--yes", "--model", f"scripted:{replies}"])
    if damage != "junk-pages":
        check_outcome(result, seconds, errors.EXIT_INPUT)
        assert topo.read_bytes() == CAMPUS.read_bytes()
        return
    # Junk over pages the apply never reads: the change may go through, but then it must be undoable.
    check_outcome(result, seconds, {errors.EXIT_OK, errors.EXIT_INPUT})
    if result.exit_code == errors.EXIT_OK:
        undone, seconds = invoke(["undo", "-t", topo, "--yes"])
        check_outcome(undone, seconds, errors.EXIT_OK)
    assert topo.read_bytes() == CAMPUS.read_bytes()


# -- property-based: byte mutations of valid files ---------------------------------------------------

#: One edit: overwrite a byte, delete a run, insert bytes, or truncate (positions are fractions of the length).
_EDIT = st.one_of(
    st.tuples(st.just("set"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 16)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.sampled_from([b"[", b"{", b"<", b":", b"&a", b"*a", b'"', b"\n  ", b"\t"])),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
)
MUTATIONS = st.lists(_EDIT, min_size=1, max_size=6)


def mutate(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for kind, where, arg in edits:
        at = min(int(where * len(buf)), max(len(buf) - 1, 0))
        if kind == "set" and buf:
            buf[at] = arg
        elif kind == "delete":
            del buf[at : at + arg]
        elif kind == "insert":
            buf[at:at] = arg
        elif kind == "truncate":
            del buf[at:]
    return bytes(buf)


PROPERTY = settings(
    max_examples=30,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

MUTATED_FORMATS = {
    "yaml": ("t.yaml", SMALL_YAML.read_bytes(), ()),
    "clab": ("t.clab.yml", CLAB_OK.encode(), ()),
    "json": ("t.json", JSON_OK.encode(), ()),
    "graphml": ("t.graphml", GRAPHML_OK.encode(), ()),
    "gml": ("t.gml", GML_OK.encode(), ()),
    "netbox": ("t.json", (DATA / "fabric.netbox.json").read_bytes(), ("-f", "netbox")),
    "nornir": ("hosts.yaml", NORNIR_HOSTS.encode(), ("-f", "nornir")),
}


@pytest.mark.timeout(600)
@pytest.mark.parametrize("fmt", list(MUTATED_FORMATS))
def test_mutated_topology_is_exit_0_or_3(tmp_path: Path, fmt: str):
    """Random edits of a valid file in each format: it loads (0) or is refused with one line (3), quickly."""
    name, base, extra = MUTATED_FORMATS[fmt]
    if fmt == "nornir":
        (tmp_path / "groups.yaml").write_text(NORNIR_GROUPS)
        (tmp_path / "defaults.yaml").write_text(NORNIR_DEFAULTS)
    target = tmp_path / name
    seen: Counter[int] = Counter()

    @PROPERTY
    @given(edits=MUTATIONS)
    def check(edits) -> None:
        target.write_bytes(mutate(base, edits))
        result, seconds = invoke(["topo", "validate", "-t", target, *extra])
        check_outcome(result, seconds, {errors.EXIT_OK, errors.EXIT_INPUT})
        seen[result.exit_code] += 1

    check()
    assert sum(seen.values()) >= 20 and seen[errors.EXIT_INPUT] > 0, seen  # it ran, and the edits broke files


@pytest.mark.timeout(600)
def test_mutated_checks_file_never_crashes(tmp_path: Path):
    """Random edits of a checks file: any documented exit (a mutated program may fail in the sandbox)."""
    checks = tmp_path / "c.yaml"
    base = (
        b"version: 1\nchecks:\n"
        b"  - id: few-devices\n    question: How many devices?\n    expect: count <= 10\n"
        b"    program: |\n      result = list(G)\n"
    )

    @settings(PROPERTY, max_examples=20)
    @given(edits=MUTATIONS)
    def check(edits) -> None:
        checks.write_bytes(mutate(base, edits))
        result, seconds = invoke(["audit", checks, "-t", SMALL_YAML, "--no-llm", "--timeout", "5"])
        check_outcome(result, seconds, {0, 1, 3, 4, 5})
        seen[result.exit_code] += 1

    seen: Counter[int] = Counter()
    check()
    assert sum(seen.values()) >= 15 and seen[errors.EXIT_INPUT] > 0, seen


@pytest.mark.timeout(600)
def test_mutated_lock_file_is_refused_or_runs(tmp_path: Path):
    """Random edits of a lock file: a program edit is caught by its hash, anything else is 0 or 3."""
    (tmp_path / "c.yaml").write_text(LOCK_CHECKS)
    lock = tmp_path / "c.lock.yaml"
    base = _lock(_ENTRY_OK).encode()

    @settings(PROPERTY, max_examples=20)
    @given(edits=MUTATIONS)
    def check(edits) -> None:
        lock.write_bytes(mutate(base, edits))
        result, seconds = invoke(["audit", tmp_path / "c.yaml", "-t", SMALL_YAML, "--no-llm"])
        check_outcome(result, seconds, {errors.EXIT_OK, errors.EXIT_INPUT})
        seen[result.exit_code] += 1

    seen: Counter[int] = Counter()
    check()
    assert sum(seen.values()) >= 15 and seen[errors.EXIT_INPUT] > 0, seen


@pytest.mark.timeout(600)
def test_mutated_store_is_exit_0_or_3(isolated: Path):
    """Random edits of a valid netops database: history works (0) or names the damage (3)."""
    db = _filled_store(isolated / "home")
    base = db.read_bytes()

    @settings(PROPERTY, max_examples=30)
    @given(edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=64)), min_size=1, max_size=4))
    def check(edits) -> None:
        buf = bytearray(base)
        for where, junk in edits:
            at = int(where * (len(buf) - len(junk)))
            buf[at : at + len(junk)] = junk
        db.write_bytes(bytes(buf))
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        result, seconds = invoke(["history", "--json"])
        check_outcome(result, seconds, {errors.EXIT_OK, errors.EXIT_INPUT})
        seen[result.exit_code] += 1

    seen: Counter[int] = Counter()
    check()
    assert sum(seen.values()) >= 20, seen


@pytest.mark.timeout(600)
def test_random_flag_values_are_usage_errors_or_accepted(tmp_path: Path):
    """Random text for numeric flags: accepted (the command then fails on the bad topology, 3) or exit 2."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("[")

    @settings(PROPERTY, max_examples=40)
    @given(
        flag=st.sampled_from(["--timeout", "--samples", "--retries"]),
        value=st.one_of(
            st.text(max_size=12),
            st.floats(allow_nan=True, allow_infinity=True).map(repr),
            st.integers(-(10**30), 10**30).map(str),
        ),
    )
    def check(flag: str, value: str) -> None:
        result, seconds = invoke(["ask", "how many devices?", "-t", bad, f"{flag}={value}"])
        check_outcome(result, seconds, {errors.EXIT_USAGE, errors.EXIT_INPUT})
        seen[result.exit_code] += 1

    seen: Counter[int] = Counter()
    check()
    assert seen[errors.EXIT_USAGE] > 0 and seen[errors.EXIT_INPUT] > 0, seen


# -- README's exit-code table and netops.errors agree ------------------------------------------------

#: What each code's README row must say (a phrase of its meaning), by constant.
MEANINGS = {
    "EXIT_OK": ["ok"],
    "EXIT_FAILED": ["audit check failed", "declined"],
    "EXIT_USAGE": ["usage"],
    "EXIT_INPUT": ["bad input file", "topology", "checks", "lock", "program", "netops database"],
    "EXIT_EXECUTION": ["code generation", "sandbox"],
    "EXIT_NOTHING_RAN": ["nothing ran", "no usable model"],
}


def _readme_exit_codes() -> dict[int, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^### Exit codes[^\n]*\n(.*?)(?=^#{1,3} )", text, re.S | re.M)
    assert match, "README.md has no '### Exit codes' section"
    rows: dict[int, str] = {}
    for line in match.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].isdigit():
            code = int(cells[0])
            assert code not in rows, f"README lists exit code {code} twice"
            rows[code] = cells[1]
    assert rows, "README's exit-code table has no rows"
    return rows


def _exit_constants() -> dict[str, int]:
    return {name: getattr(errors, name) for name in dir(errors) if name.startswith("EXIT_")}


def test_readme_exit_code_table_matches_the_constants():
    """Every README row is an EXIT_* constant with that meaning, and every constant has a row."""
    rows = _readme_exit_codes()
    constants = _exit_constants()
    assert set(constants) == set(MEANINGS), "a new EXIT_* constant needs a README row and an entry in MEANINGS"
    by_code = {code: name for name, code in constants.items()}
    assert len(by_code) == len(constants), f"two EXIT_* constants share a code: {constants}"
    assert set(rows) == set(by_code), f"README codes {sorted(rows)} != netops.errors codes {sorted(by_code)}"
    assert sorted(rows) == list(range(len(rows))), f"exit codes are not numbered 0..n: {sorted(rows)}"
    for code, meaning in rows.items():
        name = by_code[code]
        for phrase in MEANINGS[name]:
            assert phrase in meaning.lower(), f"README row {code} ({name}) should mention {phrase!r}: {meaning!r}"
    assert set(errors.__all__) >= set(constants)


def test_every_error_class_exits_with_a_documented_code():
    """Each NetOpsError subclass maps to the README row for its kind of failure."""
    rows = _readme_exit_codes()
    expected = {
        errors.UsageError: errors.EXIT_USAGE,
        errors.InputError: errors.EXIT_INPUT,
        errors.TopologyError: errors.EXIT_INPUT,
        errors.UnknownFormatError: errors.EXIT_INPUT,
        errors.TopologyFormatError: errors.EXIT_INPUT,
        errors.ChecksFileError: errors.EXIT_INPUT,
        errors.ProgramFileError: errors.EXIT_INPUT,
        errors.StoreError: errors.EXIT_INPUT,
        errors.ExecutionError: errors.EXIT_EXECUTION,
        errors.SandboxFailure: errors.EXIT_EXECUTION,
        errors.RetriesExhausted: errors.EXIT_EXECUTION,
        errors.DeadlineExceeded: errors.EXIT_EXECUTION,
        errors.ModelError: errors.EXIT_NOTHING_RAN,
        errors.ModelNotFoundError: errors.EXIT_NOTHING_RAN,
        errors.ModelCorruptError: errors.EXIT_NOTHING_RAN,
        errors.BackendUnavailableError: errors.EXIT_NOTHING_RAN,
        errors.ChangeRejected: errors.EXIT_FAILED,
        errors.AuditFailed: errors.EXIT_FAILED,
    }

    def subclasses(cls: type) -> list[type]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    for cls in subclasses(errors.NetOpsError):
        assert cls.exit_code in rows, f"{cls.__name__}.exit_code {cls.exit_code} has no README row"
        if cls in expected:
            assert cls.exit_code == expected[cls], f"{cls.__name__} exits {cls.exit_code}, not {expected[cls]}"
    assert errors.NetOpsError.exit_code == errors.EXIT_FAILED
    for name in errors.__all__:
        if name == "NetOpsError":
            continue
        if isinstance(getattr(errors, name), type) and issubclass(getattr(errors, name), errors.NetOpsError):
            assert getattr(errors, name) in expected, f"{name}: add it to this test's table"


def test_the_error_tree_in_netops_errors_agrees_with_the_classes():
    """The tree in netops.errors' docstring states codes; each stated code is the class's."""
    stated = re.findall(r"[─└├]── (\w+)\s+(\d)\b", errors.__doc__ or "")
    assert len(stated) >= 6, "the docstring's error tree went missing"
    for name, code in stated:
        assert getattr(errors, name).exit_code == int(code), f"{name}: docstring says {code}"


def test_cli_docstring_lists_the_same_codes():
    """netops/cli/__init__.py's summary line of exit codes names every README code."""
    import netops.cli

    rows = _readme_exit_codes()
    summary = re.search(r"^0 ok ·.*?(?:\n\n|\Z)", netops.cli.__doc__ or "", re.M | re.S)
    assert summary, "netops.cli's docstring lost its exit-code summary"
    for code in rows:
        assert re.search(rf"\b{code} ", summary.group(0)), f"netops.cli's docstring does not mention exit {code}"
