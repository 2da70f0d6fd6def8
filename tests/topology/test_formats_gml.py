"""The GML format: Topology Zoo conventions, the round-trip encoding, located errors."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from format_helpers import DATA, assert_error, assert_round_trip

from netops.topology.formats import dumps, load, loads
from netops.topology.model import Topology


def test_zoo_style_file_names_nodes_by_unique_labels():
    """Unique labels name nodes; shared or missing labels fall back to ids and keep label and id."""
    topology = load(DATA / "zoo-style.gml")
    assert list(topology.graph.nodes) == ["Paris", "Lyon#1", "Lyon#2", "3"]
    assert topology.graph.nodes["Lyon#2"] == {"label": "Lyon", "Internal": 1, "id": 2}
    assert topology.graph.nodes["3"] == {"Internal": 0}


def test_zoo_style_file_keeps_values_nested_lists_and_entities():
    """Reals, ints, nested lists (as mappings) and character references are read exactly."""
    topology = load(DATA / "zoo-style.gml")
    paris = topology.graph.nodes["Paris"]
    assert paris["Latitude"] == 48.85341 and paris["Internal"] == 1
    assert paris["graphics"] == {"x": 10.0, "y": -5}
    assert topology.graph.edges["Lyon#1", "Lyon#2", 0]["LinkNote"] == 'café & "bar"'
    assert topology.graph.graph["Network"] == "Zooland"
    assert "Creator" not in topology.graph.graph


def test_duplicate_edges_without_multigraph_flag_are_parallel_links():
    """Repeated edges are parallel links even without 'multigraph 1' (networkx refuses them)."""
    topology = load(DATA / "zoo-style.gml")
    assert len(topology.graph.get_edge_data("Paris", "Lyon#1")) == 2


def test_zoo_style_file_round_trips_through_every_format():
    """What was read from a foreign GML file survives every writable format."""
    topology = load(DATA / "zoo-style.gml")
    for fmt in ("gml", "graphml", "json", "yaml", "clab"):
        assert_round_trip(topology, fmt)


def test_invalid_keys_and_reserved_names_are_mapped_back():
    """Attribute names GML keys cannot hold ('mgmt-ipv4', 'label', 'id') are sanitized and restored."""
    topology = Topology(name="keys")
    topology.add_device("r1", **{"mgmt-ipv4": "10.0.0.1", "label": "L", "id": 7, "1st": True})
    topology.add_device("r2")
    key = topology.add_link("r1", "r2", interfaces={"r1": "e1"})
    topology.graph.edges["r1", "r2", key]["source"] = "patch"
    text = dumps(topology, format="gml")
    assert "mgmt_ipv4 " in text and "label_2 " in text and "x1st 1" in text
    again = assert_round_trip(topology, "gml")
    assert again.graph.nodes["r1"] == topology.graph.nodes["r1"]


def test_floats_integers_and_booleans_keep_their_types():
    """1.0 stays a float, 1 an int, True a bool, and infinities and NaN survive."""
    topology = Topology(name="types")
    topology.add_device("r1", f=1.0, i=1, b=True, big=2**40, inf=float("inf"), tiny=1e-300)
    topology.add_device("r2", f=2.5, i=-3, b=False, big=1, inf=float("nan"), tiny=-0.0)
    again = assert_round_trip(topology, "gml")
    assert type(again.graph.nodes["r1"]["f"]) is float
    assert again.graph.nodes["r1"]["b"] is True


def test_networkx_reads_what_netops_writes():
    """networkx.read_gml(label='label') loads the file netops writes, with the parallel links."""
    topology = load(DATA / "small.yaml")
    graph = nx.read_gml(io.BytesIO(dumps(topology, format="gml").encode()), label="label")
    assert set(graph.nodes) == {"r1", "r2", "sw1"}
    assert graph.number_of_edges() == 3
    assert graph.nodes["r1"]["role"] == "router"


def test_networkx_written_gml_is_read():
    """A multigraph written by networkx.write_gml reads back with its keys, lists and attributes."""
    graph = nx.MultiGraph(name="nx")
    graph.add_node("a", role="spine", tags=["x", "y"])
    graph.add_node("b", weight=1.5)
    graph.add_edge("a", "b", key=3, speed=100)
    graph.add_edge("a", "b", speed=40)
    buffer = io.BytesIO()
    nx.write_gml(graph, buffer)
    topology = loads(buffer.getvalue().decode(), format="gml")
    assert topology.graph.nodes["a"] == {"role": "spine", "tags": ["x", "y"]}
    assert sorted(topology.graph.edges(keys=True)) == [("a", "b", 1), ("a", "b", 3)]
    assert topology.graph.graph == {"name": "nx"}


BAD = {
    "unclosed": ("graph [\n  node [\n    id 0\n", 4, "'[' opened on line 2 is never closed"),
    "stray close": ("graph [\n]\n]\n", 3, "']' without a matching '['"),
    "bad token": ("graph [\n  node [ id 0 ]\n  label @x\n]\n", 3, "cannot read '@x'"),
    "missing value": ("graph [\n  node [ id 0 label ]\n]\n", 2, "expected a value for 'label'"),
    "value without key": ('graph [\n  node [ id 0 ]\n  "orphan"\n]\n', 3, "expected a key"),
    "key at end": ("graph [ ]\nname\n", 2, "key 'name' has no value"),
    "duplicate id": ("graph [\n  node [ id 0 ]\n  node [\n    id 0\n  ]\n]\n", 3, "duplicate node id 0 (first on line 2)"),
    "dangling": ("graph [\n  node [ id 0 ]\n  edge [\n    source 0\n    target 9\n  ]\n]\n", 5, "edge target 9 is not a defined node id"),
    "missing id": ("graph [\n  node [ label \"a\" ]\n]\n", 2, "node has no 'id'"),
    "no graph": ('Creator "x"\n', 1, "no 'graph [ ... ]' section"),
    "graph not list": ("graph 1\n", 1, "'graph' must be a list"),
    "bad directed": ("graph [\n  directed 2\n]\n", 2, "'directed' must be 0 or 1"),
    "duplicate interface": (
        (
            'graph [\n  netopsEncoding "{&quot;version&quot;: 1, &quot;edge&quot;: {&quot;interfaces&quot;: {&quot;type&quot;: &quot;json&quot;}}}"\n'
            '  node [ id 0 label "a" ]\n  node [ id 1 label "b" ]\n'
            '  edge [ source 0 target 1 interfaces "{&quot;a&quot;: &quot;e1&quot;}" ]\n'
            '  edge [ source 0 target 1 interfaces "{&quot;a&quot;: &quot;e1&quot;}" ]\n]\n'
        ),
        6,
        "interface a:e1 is already used by the link on line 5",
    ),
    "duplicate label in netops file": (
        'graph [\n  netopsEncoding "{&quot;version&quot;: 1}"\n  node [ id 0 label "a" ]\n  node [\n    id 1\n    label "a"\n  ]\n]\n',
        6,
        "duplicate node name 'a'",
    ),
    "bad marker": ('graph [\n  netopsEncoding "{}"\n]\n', 2, "netopsEncoding must be JSON"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed GML fails with a one-line error at the offending line."""
    text, line, fragment = BAD[case]
    assert_error("gml", text, line, fragment)


def test_deep_nesting_is_an_error_not_a_crash():
    """Deeply nested lists parse iteratively; an unclosed one is a located error."""
    assert_error("gml", "a [ " * 50000, 1, "is never closed")
