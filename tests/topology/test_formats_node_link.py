"""The node-link JSON format: the lossless canonical export."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from format_helpers import DATA, assert_error, assert_round_trip

from netops.topology.formats import dumps, load, loads, node_link
from netops.topology.model import Topology, same_topology


def test_fixture_reads_nodes_links_keys_and_invariants():
    """The small fixture gives its devices, parallel links with keys, graph attributes and invariants."""
    topology = load(DATA / "small.json")
    assert topology.name == "small"
    assert topology.graph.graph == {"name": "small", "description": "two routers and a switch"}
    assert topology.graph.nodes["r1"] == {"role": "router", "site": "ams"}
    assert sorted(topology.graph.edges("r1", keys=True)) == [("r1", "r2", 0), ("r1", "r2", 1), ("r1", "sw1", 0)]
    assert topology.interface_of("r1", "r2", 1, "r2") == "eth2"
    assert topology.invariants[0]["id"] == "routers-connected"


def test_written_json_is_valid_and_one_entry_per_line():
    """The writer emits standard node-link JSON with one node and one link per line."""
    topology = load(DATA / "small.yaml")
    text = dumps(topology, format="json")
    data = json.loads(text)
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "edges", "invariants"}
    assert data["edges"][0] == {
        "source": "r1", "target": "r2", "key": 0, "speed": 10000, "interfaces": {"r1": "eth1", "r2": "eth1"}
    }
    assert sum(1 for line in text.splitlines() if line.strip().startswith('{"id"')) == 3


def test_networkx_reads_what_netops_writes():
    """networkx.node_link_graph with its defaults (installed networkx) rebuilds the same multigraph, keys included."""
    topology = load(DATA / "small.json")
    graph = nx.node_link_graph(json.loads(dumps(topology, format="json")))
    assert sorted(graph.edges(keys=True)) == sorted(topology.graph.edges(keys=True))
    assert graph.nodes["r2"] == topology.graph.nodes["r2"]


def test_networkx_output_with_edges_key_is_read():
    """Files written by networkx 3.6 (links under 'edges') are read."""
    graph = nx.MultiGraph(name="nx")
    graph.add_edge("a", "b", weight=2)
    graph.add_edge("a", "b", weight=3)
    text = json.dumps(nx.node_link_data(graph, edges="edges"))
    topology = loads(text, format="json")
    assert topology.number_of_links() == 2
    assert topology.graph.graph == {"name": "nx"}


def test_multigraph_keys_are_preserved():
    """Edge keys, including non-sequential and string keys, survive a round trip."""
    topology = Topology(name="k")
    topology.add_device("a")
    topology.add_device("b")
    topology.graph.add_edge("a", "b", key=7, speed=1)
    topology.graph.add_edge("a", "b", key="wan", speed=2)
    again = assert_round_trip(topology, "json")
    assert set(again.graph.edges(keys=True)) == {("a", "b", 7), ("a", "b", "wan")}
    assert again.graph.edges["a", "b", "wan"] == {"speed": 2}


def test_attributes_named_like_structure_fields_round_trip():
    """Node attribute 'id' and link attributes 'source'/'target'/'key' move the fields, not the data."""
    topology = Topology(name="f")
    topology.add_device("a")
    topology.graph.nodes["a"]["id"] = 42
    topology.add_device("b")
    key = topology.add_link("a", "b")
    topology.graph.edges["a", "b", key].update({"source": "x", "target": "y", "key": "z"})
    text = dumps(topology, format="json")
    assert '"fields": {"id": "_id", "source": "_source", "target": "_target", "key": "_key"}' in text
    again = assert_round_trip(topology, "json")
    assert again.graph.nodes["a"] == {"id": 42}


def test_dates_are_written_as_iso_strings():
    """YAML dates, which JSON has no type for, become ISO 8601 strings."""
    topology = loads("nodes:\n  - {name: r1, installed: 2021-03-04}\n", format="yaml")
    data = json.loads(dumps(topology, format="json"))
    assert data["nodes"][0]["installed"] == "2021-03-04"


def test_unrepresentable_values_fail_with_the_attribute_named():
    """A set attribute cannot be written and the error names the node and attribute."""
    topology = Topology(name="s")
    topology.add_device("r1", tags={"a"})
    with pytest.raises(Exception) as info:
        dumps(topology, format="json")
    assert "node 'r1'" in str(info.value) and "set" in str(info.value)


def test_directed_files_are_read_as_undirected():
    """A directed node-link file becomes undirected links, one per edge."""
    text = json.dumps(
        {"directed": True, "multigraph": False, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}],
         "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}]}
    )
    assert loads(text, format="json").number_of_links() == 2


BAD = {
    "syntax": ('{\n  "nodes": [\n    {"id": "a"},\n    {"id": "b"}\n  ],\n  "links": [,]\n}\n', 6, "invalid JSON"),
    "duplicate key": ('{\n  "nodes": [\n    {"id": "a", "role": 1,\n     "role": 2}\n  ]\n}\n', 4, "duplicate key 'role'"),
    "duplicate node": ('{"nodes": [\n {"id": "a"},\n {"id": "a"}\n]}\n', 3, "duplicate node name 'a'"),
    "dangling": ('{"nodes": [{"id": "a"}],\n "links": [\n  {"source": "a", "target": "a"},\n  {"source": "a", "target": "zz"}\n]}', 4, "'zz' is not a defined node"),
    # Integer and array ids are networkx's own (tests/topology/test_bad_input.py); true is no id.
    "node id type": ('{"nodes": [\n {"id": true}\n]}', 2, "must be a non-empty string"),
    "duplicate interface": (
        (
            '{"nodes": [{"id": "a"}, {"id": "b"}],\n "links": [\n'
            '  {"source": "a", "target": "b", "interfaces": {"a": "e1"}},\n'
            '  {"source": "a", "target": "b", "interfaces": {"a": "e1"}}\n]}'
        ),
        4,
        "interface a:e1 is already used by the link on line 3",
    ),
    "foreign interface": (
        '{"nodes": [{"id": "a"}, {"id": "b"}],\n "links": [\n  {"source": "a", "target": "b", "interfaces": {"c": "e1"}}\n]}',
        3,
        "names an interface of 'c'",
    ),
    "unknown top-level": ('{"nodes": [],\n "extra": 1}', 2, "unknown top-level key 'extra'"),
    "not an object": ("[1, 2]", 1, "must be a JSON object"),
    "duplicate key and link key": (
        '{"nodes": [{"id": "a"}, {"id": "b"}],\n "links": [\n  {"source": "a", "target": "b", "key": 0},\n  {"source": "b", "target": "a", "key": 0}]}',
        4,
        "duplicate link b--a with key 0",
    ),
    "bad invariants": ('{"nodes": [],\n "invariants": [\n  {"program": "x"}\n]}', 3, "needs a string 'id'"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed node-link file fails with a one-line error at the offending line."""
    text, line, fragment = BAD[case]
    assert_error("json", text, line, fragment)


def test_deep_nesting_is_an_error_not_a_crash():
    """Pathologically nested JSON raises TopologyFormatError, not RecursionError."""
    assert_error("json", "[" * 100000 + "]" * 100000, None, "nested too deeply")


def test_located_json_finds_lines_of_nested_values():
    """LocatedJSON.line_of walks objects and arrays to the requested value."""
    doc = node_link.load_located_json('{\n "a": [\n  1,\n  {"b":\n    "x"}\n ]\n}', "t")
    assert doc.line_of("a") == 2
    assert doc.line_of("a", 1) == 4
    assert doc.line_of("a", 1, "b") == 5
    assert doc.line_of("a", 9) == 2  # missing: deepest existing ancestor


def test_round_trip_keeps_everything():
    """Attributes of every JSON type, nested values and invariants survive a round trip."""
    topology = load(DATA / "small.yaml")
    topology.graph.nodes["r1"].update({"tags": ["a", {"b": None}], "ratio": 0.5, "ok": False, "none": None})
    again = assert_round_trip(topology, "json")
    assert same_topology(topology, again)
    assert again.invariants == topology.invariants
