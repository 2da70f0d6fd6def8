"""Every containerlab file netops writes validates against containerlab's own JSON schema.

The schema is ``schemas/clab.schema.json`` of srl-labs/containerlab, stored in
``data/clab.schema.json`` (source, commit and licence: ``data/clab.schema.NOTICE.md``).
It is a draft-07 schema, so it is checked with ``jsonschema.Draft7Validator``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from format_helpers import DATA, RESERVED_GRAPH, RESERVED_LINK, RESERVED_NODE, attr_dicts, text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netops.topology.formats import clab, dumps, load
from netops.topology.model import Topology

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = DATA / "clab.schema.json"


def _schema() -> dict:
    raw = SCHEMA_PATH.read_text(encoding="utf-8")
    # A few of the schema's patterns use \p{N} and \p{L} (Unicode number and letter classes, which
    # Go and JavaScript know and Python's re does not); \d and \w are the nearest Python classes.
    # They occur only in the zone suffix of management addresses ("...%eth0").
    return json.loads(raw.replace("\\\\p{N}", "\\\\d").replace("\\\\p{L}", "\\\\w"))


SCHEMA = _schema()
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)


def assert_valid(document_text: str) -> None:
    """The YAML text is a containerlab file by the schema; on failure, the first problems and where."""
    errors = sorted(VALIDATOR.iter_errors(yaml.safe_load(document_text)), key=lambda e: list(map(str, e.absolute_path)))
    assert not errors, "\n".join(f"{e.json_path}: {e.message[:300]}" for e in errors[:10])


# Every sample in topologies/ and the fixtures whose device names containerlab accepts. (The
# zoo-style fixtures name devices "Lyon#1": containerlab refuses '#', and netops writes names as
# they are -- renaming devices would break the round trip.)
SAMPLES = sorted(
    [p for p in (ROOT / "topologies").iterdir() if p.suffix in (".yaml", ".yml", ".graphml", ".gml", ".json")]
    + [DATA / name for name in ("dc1.clab.yml", "small.yaml", "small.json")]
)


def test_the_stored_schema_is_containerlabs():
    """The stored file is the containerlab topology schema and a valid draft-07 schema."""
    assert SCHEMA["$id"] == "https://containerlab.dev/clab.schema.json"
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_writer_knows_the_schemas_keys():
    """The node and top-level keys the writer treats as containerlab's are the schema's."""
    assert clab.NODE_SETTINGS == set(SCHEMA["definitions"]["node-config"]["properties"])
    assert {"name", "topology", *clab.TOP_LEVEL_KEYS} == set(SCHEMA["properties"])


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_written_samples_validate(path):
    """Each sample topology, converted to containerlab, is a valid containerlab file."""
    assert_valid(dumps(load(path), format="clab"))


@pytest.mark.parametrize("name", ["lab.clab.yml", "dc1.clab.yml"])
def test_containerlab_fixtures_validate_as_they_are(name):
    """The hand-written containerlab files validate too (the check accepts real files)."""
    path = ROOT / "topologies" / name if name == "lab.clab.yml" else DATA / name
    assert_valid(path.read_text(encoding="utf-8"))


def test_the_check_refuses_what_netops_used_to_write():
    """Attributes as node keys, link keys or top-level keys are outside the schema: the check is real."""
    base = "name: x\ntopology:\n  nodes:\n    r1: {kind: linux}\n    r2: {kind: linux}\n"
    for bad in (
        "name: x\ndescription: HQ\ntopology:\n  nodes:\n    r1: {kind: linux}\n",
        "name: x\ntopology:\n  nodes:\n    r1: {kind: linux, asn: 65001}\n",
        base + '  links:\n    - endpoints: ["r1:e1", "r2:e1"]\n      speed: 10000\n',
        "name: x\ntopology:\n  nodes:\n    r1: {kind: linux, labels: {up: true}}\n",
    ):
        with pytest.raises(AssertionError):
            assert_valid(bad)


def test_converted_topology_with_awkward_values_validates():
    """Values labels cannot hold as they are, dollars, graph metadata and odd link attributes still validate."""
    topology = Topology(name="awkward")
    topology.graph.graph.update({"name": "awkward", "description": "x", "year": 2012, "tags": ["a"]})
    topology.add_device("r1", vendor="arista", flag=True, negative=-1, nothing=None, empty="", image=5, group=["g"])
    topology.add_device("r2", platform="nxos", note="$HOME", nested={"a": [1, {"b": None}]}, type="router")
    topology.add_device("h1", kind="linux", asn=65001, labels={"image": "kept"}, env={"A": "1"})
    topology.add_link("r1", "r2", interfaces={"r1": "e1", "r2": "e1"}, mtu=0, type="fiber", ipv4=["bad"], status="up")
    topology.add_link("r1", "h1", interfaces={"r1": "e2", "h1": "eth1"}, type="veth", mtu=9000, ipv6=["2001:db8::1/64"])
    topology.add_link("r2", "h1")
    assert_valid(dumps(topology, format="clab"))


VALID_NAME = st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9._-]{0,8}", fullmatch=True)
KINDS = st.sampled_from([None, "linux", "nokia_srlinux", "arista_ceos"])


@st.composite
def clab_ready_topologies(draw: st.DrawFn) -> Topology:
    """Random topologies whose names containerlab accepts; attributes and values are anything.

    Nodes with a kind are containerlab nodes, whose settings netops writes as
    they are, so those draw no attribute named like a containerlab setting
    (and the others no random ``kind``).
    Self-loops are left out: containerlab has no link from a node to itself.
    """
    name = draw(VALID_NAME)
    topology = Topology(name=name)
    topology.graph.graph["name"] = name
    topology.graph.graph.update(draw(attr_dicts(RESERVED_GRAPH | set(clab.TOP_LEVEL_KEYS))))
    names = draw(st.lists(VALID_NAME, max_size=5, unique=True))
    for node in names:
        kind = draw(KINDS)
        attrs = draw(attr_dicts(RESERVED_NODE | (set(clab.NODE_SETTINGS) if kind else {"kind"})))
        topology.add_device(node, **({"kind": kind} if kind else {}))
        topology.graph.nodes[node].update(attrs)
    port = 0
    for _ in range(draw(st.integers(min_value=0, max_value=5)) if len(names) > 1 else 0):
        a, b = draw(st.lists(st.sampled_from(names), min_size=2, max_size=2, unique=True))
        port += 1
        interfaces = draw(st.sampled_from([None, {a: f"eth{port}", b: f"eth{port}"}]))
        key = topology.add_link(a, b, interfaces=interfaces)
        topology.graph.edges[a, b, key].update(draw(attr_dicts(RESERVED_LINK | {"vars"}, max_size=3)))
    return topology


@settings(derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(topology=clab_ready_topologies(), label=text())
def test_random_topologies_validate(topology, label):
    """Any topology with containerlab-valid names is written as a valid containerlab file."""
    if topology.number_of_devices():
        first = next(iter(topology.graph.nodes))
        topology.graph.nodes[first]["free text"] = label
    assert_valid(dumps(topology, format="clab"))


@pytest.mark.parametrize("sample", ["lab.clab.yml", "dc1.clab.yml"])
def test_node_added_to_a_containerlab_topology_validates(sample):
    """A device without a kind added to a containerlab lab inherits what the lab gives it, listed as unset."""
    from format_helpers import assert_round_trip

    topology = load(ROOT / "topologies" / sample if sample == "lab.clab.yml" else DATA / sample)
    topology.add_device("new1", vendor="arista", role="leaf", image=3)
    topology.add_link("new1", "spine1", interfaces={"new1": "eth1"})
    written = dumps(topology, format="clab")
    assert_valid(written)
    again = assert_round_trip(topology, "clab")
    assert again.graph.nodes["new1"] == {"vendor": "arista", "role": "leaf", "image": 3}
