"""The containerlab format: inheritance, labels, link forms, round trips and located errors."""

from __future__ import annotations

import pytest
import yaml
from format_helpers import DATA, assert_error, assert_round_trip

from netops.errors import TopologyFormatError
from netops.topology.formats import dumps, load
from netops.topology.model import Topology

FIXTURE = DATA / "dc1.clab.yml"


def test_nodes_resolve_defaults_kinds_and_groups():
    """A node's attributes are defaults < kind < group < own, with labels and env merged."""
    topology = load(FIXTURE)
    spine1 = topology.graph.nodes["spine1"]
    assert spine1["kind"] == "nokia_srlinux"  # from defaults
    assert spine1["image"] == "ghcr.io/nokia/srlinux:24.10"  # from kinds
    assert spine1["type"] == "ixrd3"
    assert spine1["role"] == "spine" and spine1["site"] == "ams"  # group label, defaults label
    assert spine1["env"] == {"TIER": "2"}
    assert topology.graph.nodes["spine2"]["type"] == "ixrd2l"  # own value wins
    assert topology.graph.nodes["h1"]["image"] == "alpine:3.20"
    assert topology.graph.nodes["leaf2"]["site"] == "fra"  # own label wins


def test_lifted_labels_become_attributes_other_labels_stay():
    """role/site/rack labels are plain attributes and leave 'labels'; other labels remain there."""
    leaf1 = load(FIXTURE).graph.nodes["leaf1"]
    assert leaf1["role"] == "leaf" and leaf1["rack"] == "r1"
    assert leaf1["labels"] == {"graph-icon": "switch"}
    assert "labels" not in load(FIXTURE).graph.nodes["leaf2"]


def test_inherited_values_are_copies_per_node():
    """Changing an inherited mapping on one node leaves the other nodes alone."""
    topology = load(FIXTURE)
    topology.graph.nodes["spine1"]["env"]["TIER"] = "changed"
    assert topology.graph.nodes["spine2"]["env"] == {"TIER": "2"}


def test_links_brief_extended_and_parallel():
    """Brief and extended links become links with interfaces, attributes and endpoint options."""
    topology = load(FIXTURE)
    assert topology.graph.edges["spine1", "leaf1", 0] == {
        "mtu": 9000, "interfaces": {"spine1": "e1-1", "leaf1": "e1-49"}
    }
    veth = topology.graph.edges["spine2", "leaf1", 0]
    assert veth["type"] == "veth" and veth["vars"] == {"cost": 10}
    assert veth["endpoint_options"] == {"spine2": {"mac": "02:00:00:00:02:01"}}
    assert len(topology.graph.get_edge_data("spine2", "leaf2")) == 2


def test_links_netops_cannot_model_are_kept_verbatim():
    """Host and mgmt-net links are not graph links but stay in the 'topology' graph attribute."""
    topology = load(FIXTURE)
    assert topology.number_of_links() == 6
    kept = topology.graph.graph["topology"]["links"]
    assert kept[0] == {"endpoints": ["leaf1:e1-10", "host:leaf1-e1-10"]}
    assert kept[1]["type"] == "mgmt-net"


def test_writer_writes_each_node_with_its_own_settings_only():
    """Written back, nodes carry exactly their own keys and labels; defaults/kinds/groups are unchanged."""
    original = yaml.safe_load(FIXTURE.read_text())
    written = yaml.safe_load(dumps(load(FIXTURE), format="clab"))
    assert written["topology"]["nodes"] == original["topology"]["nodes"]
    for section in ("defaults", "kinds", "groups"):
        assert written["topology"][section] == original["topology"][section]
    assert written["mgmt"] == original["mgmt"] and written["name"] == "dc1"
    assert written["topology"]["links"][0] == {"endpoints": ["spine1:e1-1", "leaf1:e1-49"], "mtu": 9000}
    assert written["topology"]["links"][2]["endpoints"][0] == {
        "node": "spine2", "interface": "e1-1", "mac": "02:00:00:00:02:01"
    }
    assert len(written["topology"]["links"]) == len(original["topology"]["links"])


def test_changed_values_are_written_as_own_values():
    """A value that no longer matches what the node inherits is written on the node."""
    topology = load(FIXTURE)
    topology.graph.nodes["spine1"]["image"] = "ghcr.io/nokia/srlinux:25.3"
    topology.graph.nodes["spine1"]["role"] = "super-spine"
    written = yaml.safe_load(dumps(topology, format="clab"))
    assert written["topology"]["nodes"]["spine1"] == {
        "group": "spines",
        "mgmt-ipv4": "172.20.20.11",
        "image": "ghcr.io/nokia/srlinux:25.3",
        "labels": {"role": "super-spine"},
    }
    again = assert_round_trip(topology, "clab")
    assert again.graph.nodes["spine2"]["image"] == "ghcr.io/nokia/srlinux:24.10"


def test_removing_an_inherited_value_cannot_be_written():
    """Deleting an inherited attribute is a TopologyFormatError on writing, not silent data change."""
    topology = load(FIXTURE)
    del topology.graph.nodes["spine1"]["image"]
    with pytest.raises(TopologyFormatError, match="inherited setting 'image' cannot be removed"):
        dumps(topology, format="clab")


def test_fixture_round_trips_through_every_format():
    """The containerlab fixture survives every writable format."""
    topology = load(FIXTURE)
    for fmt in ("clab", "yaml", "json", "graphml", "gml"):
        assert_round_trip(topology, fmt)


def test_converted_topology_gets_role_and_site_as_labels():
    """A native topology written as containerlab carries role/site as labels and other data as keys."""
    topology = Topology(name="conv")
    topology.add_device("r1", role="router", site="ams", asn=65001, tags=["edge"])
    topology.add_device("r2", role="router")
    topology.add_link("r1", "r2", interfaces={"r1": "eth1", "r2": "eth1"}, speed=10000)
    written = yaml.safe_load(dumps(topology, format="clab"))
    assert written["name"] == "conv"
    assert written["topology"]["nodes"]["r1"] == {
        "asn": 65001, "tags": ["edge"], "labels": {"role": "router", "site": "ams"}
    }
    assert written["topology"]["links"] == [{"endpoints": ["r1:eth1", "r2:eth1"], "speed": 10000}]
    assert_round_trip(topology, "clab")


def test_links_without_interfaces_and_odd_names_round_trip():
    """Endpoints without interfaces and node names with ':' are written so they read back the same."""
    topology = Topology(name="odd")
    topology.add_device("a:1")
    topology.add_device("b")
    topology.add_link("a:1", "b", interfaces={"b": "eth1"})
    topology.add_link("a:1", "b")
    topology.add_link("b", "b")
    assert_round_trip(topology, "clab")


HEAD = "name: bad\ntopology:\n  nodes:\n    r1: {}\n    r2:\n"
BAD = {
    "dangling": (HEAD + '  links:\n    - endpoints: ["r1:e1", "r9:e1"]\n', 7, "link endpoint 'r9' is not a defined node"),
    "dangling extended": (
        HEAD + "  links:\n    - type: veth\n      endpoints:\n        - {node: r1, interface: e1}\n        - {node: r7, interface: e1}\n",
        10,
        "'r7' is not a defined node",
    ),
    "duplicate interface": (
        HEAD + '  links:\n    - endpoints: ["r1:e1", "r2:e1"]\n    - endpoints: ["r1:e1", "r2:e2"]\n',
        8,
        "interface r1:e1 is already used by the link on line 7",
    ),
    "duplicate interface with host link": (
        HEAD + '  links:\n    - endpoints: ["r1:e1", "host:x"]\n    - endpoints: ["r2:e1", "r1:e1"]\n',
        8,
        "interface r1:e1 is already used by the link on line 7",
    ),
    "duplicate node": ("name: bad\ntopology:\n  nodes:\n    r1: {}\n    r1: {}\n", 5, "duplicate key 'r1' (first on line 4)"),
    "label and key": ("name: bad\ntopology:\n  nodes:\n    r1:\n      role: a\n      labels: {role: b}\n", 6, "sets 'role' both as a label and as a node key"),
    "kinds sets kind": ("name: bad\ntopology:\n  kinds:\n    linux:\n      kind: x\n  nodes: {}\n", 5, "kinds.linux must not set 'kind'"),
    "labels not mapping": ("name: bad\ntopology:\n  nodes:\n    r1:\n      labels: [a]\n", 5, "'labels' must be a mapping"),
    "three endpoints": (HEAD + '  links:\n    - endpoints: ["r1:e1", "r2:e1", "r2:e2"]\n', 7, "exactly two entries"),
    "endpoint type": (HEAD + "  links:\n    - endpoints: [r1:e1, 5]\n", 7, "endpoint must be 'node:interface'"),
    "no topology": ("name: bad\nnodes: {}\n", 1, "missing 'topology' mapping"),
    "node name type": ("name: bad\ntopology:\n  nodes:\n    1: {}\n", 4, "node name must be a non-empty string"),
    "node settings type": ("name: bad\ntopology:\n  nodes:\n    r1: [a]\n", 4, "settings of node 'r1' must be a mapping"),
    "yaml syntax": ("name: bad\ntopology:\n  nodes:\n    r1: {\n", 5, "invalid YAML"),
    "mgmt-net dangling": (HEAD + "  links:\n    - type: mgmt-net\n      endpoint: {node: r5, interface: e1}\n", 8, "'r5' is not a defined node"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed containerlab file fails with a one-line error at the offending line."""
    text, line, fragment = BAD[case]
    assert_error("clab", text, line, fragment)


def test_detected_by_extension_and_content(tmp_path):
    """'.clab.yml' selects containerlab, and so does the content of an extensionless file."""
    from netops.topology.formats import detect_format

    text = FIXTURE.read_text()
    assert detect_format(tmp_path / "x.clab.yaml") == "clab"
    assert detect_format(tmp_path / "lab", text) == "clab"
