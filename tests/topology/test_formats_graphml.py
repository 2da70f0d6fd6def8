"""The GraphML format: Topology Zoo conventions, the round-trip encoding, located errors."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from format_helpers import DATA, assert_error, assert_round_trip

from netops.topology.formats import dumps, load, loads
from netops.topology.model import Topology


def test_zoo_style_file_names_nodes_by_unique_labels():
    """Unique labels name nodes; shared or missing labels fall back to ids and keep label and id."""
    topology = load(DATA / "zoo-style.graphml")
    assert list(topology.graph.nodes) == ["Amsterdam", "London#1", "London#2", "3"]
    assert "label" not in topology.graph.nodes["Amsterdam"]
    assert topology.graph.nodes["London#2"]["label"] == "London"
    assert topology.graph.nodes["London#2"]["id"] == "2"
    assert "id" not in topology.graph.nodes["3"]


def test_zoo_style_file_keeps_typed_attributes_and_defaults():
    """Declared types are honoured and <default> values fill in missing data."""
    topology = load(DATA / "zoo-style.graphml")
    amsterdam = topology.graph.nodes["Amsterdam"]
    assert amsterdam["Latitude"] == 52.37403 and isinstance(amsterdam["Internal"], int)
    assert amsterdam["Country"] == "Netherlands"
    assert topology.graph.nodes["London#1"]["Country"] == "Unknown"
    assert topology.graph.graph == {"Backbone": 1, "Network": "Zooland"}


def test_duplicate_edges_are_parallel_links():
    """Two <edge> elements between the same nodes are two links, each with its own attributes."""
    topology = load(DATA / "zoo-style.graphml")
    links = topology.graph.get_edge_data("Amsterdam", "London#1")
    assert len(links) == 2
    assert links[0]["LinkSpeedRaw"] == 1e10 and links[0]["LinkSpeed"] == "10"
    assert "LinkSpeed" not in links[1]
    assert topology.graph.edges["London#1", "London#2", 0]["LinkLabel"] == "< 1 Gbps"


def test_zoo_style_file_round_trips_through_every_format():
    """What was read from a foreign GraphML file survives every writable format."""
    topology = load(DATA / "zoo-style.graphml")
    for fmt in ("graphml", "gml", "json", "yaml", "clab"):
        assert_round_trip(topology, fmt)


def test_writer_encodes_non_native_values_as_marked_json():
    """Dicts, lists, None and mixed types go into JSON keys listed in the netops marker."""
    topology = Topology(name="enc")
    topology.add_device("r1", tags=["a"], speed=1, note=None)
    topology.add_device("r2", speed=2.5)
    topology.add_link("r1", "r2", interfaces={"r1": "eth1", "r2": "eth1"})
    text = dumps(topology, format="graphml")
    marker = json.loads(text.split('<data key="netops">')[1].split("</data>")[0])
    assert marker["version"] == 1 and marker["ids"] == "name"
    assert len(marker["json"]) == 4  # tags, speed (int and float), note, interfaces
    assert '<key id="g0" for="graph" attr.name="name" attr.type="string"/>' in text
    again = assert_round_trip(topology, "graphml")
    assert again.graph.nodes["r2"]["speed"] == 2.5 and again.graph.nodes["r1"]["speed"] == 1


def test_label_attribute_is_not_a_name_in_netops_files():
    """In a file netops wrote, a node attribute called 'label' stays an attribute."""
    topology = Topology(name="lbl")
    topology.add_device("r1", label="same")
    topology.add_device("r2", label="same")
    again = assert_round_trip(topology, "graphml")
    assert list(again.graph.nodes) == ["r1", "r2"]


def test_names_xml_cannot_hold_round_trip():
    """Node names, attribute names and values with XML-forbidden characters survive."""
    topology = Topology(name="ctl")
    topology.add_device("r\x01", **{"a\x02": "v\x00\r\n", "tab": "\t x \r"})
    topology.add_device("r2")
    topology.add_link("r\x01", "r2", interfaces={"r\x01": "e\x0b1"})
    again = assert_round_trip(topology, "graphml")
    assert again.graph.nodes["r\x01"] == {"a\x02": "v\x00\r\n", "tab": "\t x \r"}


def test_networkx_reads_what_netops_writes():
    """networkx.read_graphml loads the file netops writes, node names as ids."""
    topology = load(DATA / "small.yaml")
    graph = nx.read_graphml(io.BytesIO(dumps(topology, format="graphml").encode()), force_multigraph=True)
    assert set(graph.nodes) == {"r1", "r2", "sw1"}
    assert graph.number_of_edges() == 3
    assert graph.nodes["r1"]["role"] == "router"


def test_networkx_written_graphml_is_read():
    """A multigraph written by networkx.write_graphml reads back with its attributes and parallel links."""
    graph = nx.MultiGraph()
    graph.add_node("a", role="spine", weight=1.5, up=True)
    graph.add_node("b", role="leaf")
    graph.add_edge("a", "b", speed=100)
    graph.add_edge("a", "b", speed=40)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    topology = loads(buffer.getvalue().decode(), format="graphml")
    assert topology.graph.nodes["a"] == {"role": "spine", "weight": 1.5, "up": True}
    assert sorted(d["speed"] for _, _, d in topology.graph.edges(data=True)) == [40, 100]


def test_yed_graphics_keep_the_label_text():
    """yEd's nested graphics data is reduced to its label text, which names the node when unique."""
    text = """<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d7" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1"/><y:NodeLabel>core1</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d7">core2</data></node>
    <edge source="n0" target="n1"/>
  </graph>
</graphml>"""
    topology = loads(text, format="graphml")
    assert set(topology.graph.nodes) == {"n0", "core2"}
    assert topology.graph.nodes["n0"] == {"d6": "core1"}
    assert topology.number_of_links() == 1


HEAD = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
BAD = {
    "malformed": (HEAD + '<graph>\n<node id="a">\n</graph>\n</graphml>', 5, "invalid XML: mismatched tag"),
    "duplicate node": (HEAD + '<graph>\n<node id="a"/>\n<node id="a"/>\n</graph></graphml>', 5, "duplicate node id 'a' (first on line 4)"),
    "dangling": (HEAD + '<graph>\n<node id="a"/>\n<edge source="a" target="b"/>\n</graph></graphml>', 5, "edge target 'b' is not a defined node"),
    "undeclared key": (HEAD + '<graph>\n<node id="a">\n  <data key="d9">x</data>\n</node></graph></graphml>', 5, "undeclared key 'd9'"),
    "bad int": (HEAD + '<key id="d0" for="node" attr.name="n" attr.type="int"/>\n<graph>\n<node id="a"><data key="d0">1.5</data></node>\n</graph></graphml>', 5, "'1.5' of 'n' is not a valid int"),
    "bad type": (HEAD + '<key id="d0" for="node" attr.name="n" attr.type="complex"/>\n<graph/></graphml>', 3, "unknown attr.type 'complex'"),
    "wrong domain": (HEAD + '<key id="d0" for="edge" attr.name="n"/>\n<graph>\n<node id="a"><data key="d0">1</data></node>\n</graph></graphml>', 5, "declared for edge, used on a node"),
    "doctype": ('<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaa">]>\n<graphml/>', 2, "DOCTYPE declarations are not allowed"),
    "nested graph": (HEAD + '<graph>\n<node id="a">\n<graph id="inner"/>\n</node></graph></graphml>', 5, "nested graphs are not supported"),
    "hyperedge": (HEAD + '<graph>\n<node id="a"/>\n<hyperedge><endpoint node="a"/></hyperedge>\n</graph></graphml>', 5, "hyperedges are not supported"),
    "two graphs": (HEAD + '<graph/>\n<graph/>\n</graphml>', 4, "holds 2 graphs"),
    "not graphml": ('<?xml version="1.0"?>\n\n<svg/>', 3, "not a GraphML document"),
    "no graph": (HEAD + "</graphml>", 2, "no <graph> element"),
    "missing source": (HEAD + '<graph>\n<node id="a"/>\n<edge target="a"/>\n</graph></graphml>', 5, "without a 'source'"),
    "duplicate interface": (
        HEAD
        + '<key id="netops" for="graph" attr.name="netops.encoding"/>\n'
        + '<key id="e0" for="edge" attr.name="interfaces"/>\n'
        + '<graph>\n<data key="netops">{"version": 1, "ids": "name", "json": ["e0"]}</data>\n'
        + '<node id="a"/><node id="b"/>\n'
        + '<edge source="a" target="b"><data key="e0">{"a": "e1"}</data></edge>\n'
        + '<edge source="a" target="b"><data key="e0">{"a": "e1"}</data></edge>\n'
        + "</graph></graphml>",
        9,
        "interface a:e1 is already used by the link on line 8",
    ),
    "bad marked json": (
        HEAD
        + '<key id="netops" for="graph" attr.name="netops.encoding"/>\n'
        + '<key id="n0" for="node" attr.name="tags"/>\n'
        + '<graph>\n<data key="netops">{"version": 1, "json": ["n0"]}</data>\n'
        + '<node id="a">\n<data key="n0">[1, 2</data></node>\n'
        + "</graph></graphml>",
        8,
        "value of 'tags' is not valid JSON",
    ),
    "bad marker": (
        HEAD
        + '<key id="netops" for="graph" attr.name="netops.encoding"/>\n'
        + '<graph>\n<data key="netops">{"version": 2}</data>\n'
        + "</graph></graphml>",
        5,
        "netops marker must be",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed GraphML fails with a one-line error at the offending line."""
    text, line, fragment = BAD[case]
    assert_error("graphml", text, line, fragment)
