"""The containerlab format: inheritance, labels, link forms, round trips and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from format_helpers import DATA, assert_error, assert_round_trip

from netops.errors import TopologyFormatError
from netops.topology.formats import dumps, load, loads
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


def test_labels_become_attributes():
    """Every label is a plain attribute; only labels named like a containerlab setting stay in 'labels'."""
    leaf1 = load(FIXTURE).graph.nodes["leaf1"]
    assert leaf1["role"] == "leaf" and leaf1["rack"] == "r1" and leaf1["graph-icon"] == "switch"
    assert "labels" not in leaf1 and "labels" not in load(FIXTURE).graph.nodes["leaf2"]
    text = "name: x\ntopology:\n  nodes:\n    r1:\n      kind: linux\n      labels: {image: note, level: 2}\n"
    r1 = loads(text, format="clab").graph.nodes["r1"]
    assert r1["labels"] == {"image": "note"} and r1["level"] == 2
    assert yaml.safe_load(dumps(loads(text, format="clab"), format="clab")) == yaml.safe_load(text)


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
    assert veth["type"] == "veth" and veth["cost"] == 10 and "vars" not in veth
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


def test_removing_an_inherited_value_is_written_as_netops_unset():
    """A node without a value it would inherit lists it in the netops.unset label, and reads back without it."""
    topology = load(FIXTURE)
    del topology.graph.nodes["spine1"]["image"]
    del topology.graph.nodes["spine1"]["site"]
    written = yaml.safe_load(dumps(topology, format="clab"))
    assert written["topology"]["nodes"]["spine1"]["labels"] == {"netops.unset": '["image", "site"]'}
    again = assert_round_trip(topology, "clab")
    assert "image" not in again.graph.nodes["spine1"] and again.graph.nodes["spine2"]["site"] == "ams"
    del topology.graph.nodes["spine1"]["env"]  # a whole inherited mapping can be unset too
    assert "env" not in assert_round_trip(topology, "clab").graph.nodes["spine1"]
    text = "name: x\ntopology:\n  defaults:\n    env: {A: '1', B: '2'}\n  nodes:\n    r1: {kind: linux}\n"
    partial = loads(text, format="clab")
    del partial.graph.nodes["r1"]["env"]["B"]  # part of one cannot: containerlab has no way to say so
    with pytest.raises(TopologyFormatError, match="inherited env entry 'B' cannot be removed"):
        dumps(partial, format="clab")


def test_fixture_round_trips_through_every_format():
    """The containerlab fixture survives every writable format."""
    topology = load(FIXTURE)
    for fmt in ("clab", "yaml", "json", "graphml", "gml"):
        assert_round_trip(topology, fmt)


def test_a_lab_saved_as_native_yaml_reads_back_as_native_yaml(tmp_path):
    """The lab's own ``topology:`` block rides along as a graph attribute; it must not make the
    saved file look like a containerlab file with no nodes (which emptied it on reload)."""
    from netops.topology.formats import detect_format, save

    lab = load(FIXTURE)
    target = tmp_path / "converted.yaml"
    save(lab, target)
    assert "topology" in lab.graph.graph and detect_format(target, target.read_text()) == "yaml"
    again = load(target)
    assert sorted(again.graph.nodes) == sorted(lab.graph.nodes)
    assert again.graph.number_of_edges() == lab.graph.number_of_edges()


def test_converted_topology_keeps_its_attributes_in_labels_and_vars():
    """A native topology written as containerlab: node data in labels, link data in vars, a kind per node."""
    topology = Topology(name="conv")
    topology.add_device("r1", role="router", site="ams", asn=65001, tags=["edge"])
    topology.add_device("r2", role="router")
    topology.add_link("r1", "r2", interfaces={"r1": "eth1", "r2": "eth1"}, speed=10000)
    written = yaml.safe_load(dumps(topology, format="clab"))
    assert written["name"] == "conv"
    assert written["topology"]["nodes"]["r1"] == {
        "kind": "linux",
        "labels": {
            "role": "router", "site": "ams", "asn": 65001, "netops.json/tags": '["edge"]',
            "netops.unset": '["kind"]',
        },
    }
    assert written["topology"]["links"] == [{"endpoints": ["r1:eth1", "r2:eth1"], "vars": {"speed": 10000}}]
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


# -- labels and vars written by netops: typed round trips ------------------------------


def test_label_values_keep_their_types():
    """Values a label cannot hold as they are go through netops.json/ labels and come back with their type."""
    topology = Topology(name="typed")
    values = {
        "text": "x", "count": 3, "ratio": 0.5, "zero": 0, "negative": -1, "flag": True, "nothing": None,
        "empty": "", "list": [1, "a"], "map": {"a": {"b": None}}, "nan": float("nan"), "dollar": "$HOME ${X}",
    }
    topology.add_device("r1", **values)
    topology.graph.nodes["r1"].update({"": "no name", "netops.unset": "mine", "netops.json/x": 1, "image": "mine"})
    written = yaml.safe_load(dumps(topology, format="clab"))
    labels = written["topology"]["nodes"]["r1"]["labels"]
    assert labels["text"] == "x" and labels["count"] == 3 and labels["zero"] == 0 and labels["ratio"] == 0.5
    assert labels["netops.json/negative"] == "-1" and labels["netops.json/flag"] == "true"
    assert labels["netops.json/nothing"] == "null" and labels["netops.json/empty"] == '""'
    assert labels["netops.json/"] == '"no name"' and labels["netops.json/netops.unset"] == '"mine"'
    assert labels["netops.json/image"] == '"mine"'  # a node without a kind is not a containerlab node
    assert all(isinstance(v, (str, int, float)) and v != "" for v in labels.values())
    again = assert_round_trip(topology, "clab")
    assert again.graph.nodes["r1"]["dollar"] == "$HOME ${X}"


def test_link_attributes_go_to_vars_and_come_back():
    """mtu (a valid one), ipv4/ipv6 and type veth are link keys; everything else is in vars, typed."""
    topology = Topology(name="links")
    for name in ("a", "b"):
        topology.add_device(name, kind="linux")
    topology.add_link("a", "b", interfaces={"a": "e1", "b": "e1"}, mtu=9000, status="up", speed=100000, cost=None)
    topology.add_link("a", "b", interfaces={"a": "e2", "b": "e2"}, mtu="jumbo", type="fiber", ipv4=["10.0.0.0/31"])
    topology.add_link("a", "b", interfaces={"a": "e3", "b": "e3"}, type="veth", mtu=1500, vars={"mtu": 1})
    written = yaml.safe_load(dumps(topology, format="clab"))["topology"]["links"]
    assert written[0] == {"endpoints": ["a:e1", "b:e1"], "mtu": 9000, "vars": {"status": "up", "speed": 100000, "cost": None}}
    assert written[1] == {"endpoints": ["a:e2", "b:e2"], "ipv4": ["10.0.0.0/31"], "vars": {"mtu": "jumbo", "type": "fiber"}}
    assert written[2]["type"] == "veth" and written[2]["mtu"] == 1500 and written[2]["vars"] == {"mtu": 1}
    assert_round_trip(topology, "clab")
    # A 'vars' attribute (older netops kept containerlab vars so) is merged into vars: its entries come back as attributes.
    topology.add_link("a", "b", interfaces={"a": "e4", "b": "e4"}, vars={"cost": 10})
    assert loads(dumps(topology, format="clab"), format="clab").graph.edges["a", "b", 3] == {
        "cost": 10, "interfaces": {"a": "e4", "b": "e4"}
    }


def test_vars_entries_named_like_link_keys_stay_in_vars():
    """A vars entry whose name is also a link key is kept in the 'vars' attribute, not merged."""
    text = 'name: x\ntopology:\n  nodes: {a: {kind: linux}, b: {kind: linux}}\n  links:\n    - endpoints: ["a:e1", "b:e1"]\n      mtu: 1500\n      vars: {mtu: 9000, cost: 5}\n'
    link = loads(text, format="clab").graph.edges["a", "b", 0]
    assert link["mtu"] == 1500 and link["cost"] == 5 and link["vars"] == {"mtu": 9000}
    assert yaml.safe_load(dumps(loads(text, format="clab"), format="clab")) == yaml.safe_load(text)


def test_graph_attributes_live_in_defaults_labels():
    """Graph attributes containerlab has no top-level key for are netops.graph/ labels in defaults."""
    topology = Topology(name="g")
    topology.graph.graph.update({"name": "g", "description": "HQ", "year": 2012, "mgmt": {"network": "m"}})
    topology.add_device("r1", kind="linux")
    written = yaml.safe_load(dumps(topology, format="clab"))
    assert set(written) == {"name", "mgmt", "topology"}
    assert written["topology"]["defaults"] == {"labels": {"netops.graph/description": '"HQ"', "netops.graph/year": "2012"}}
    again = assert_round_trip(topology, "clab")
    assert "topology" not in again.graph.graph  # the graph labels are not kept as containerlab defaults
    assert "description" not in again.graph.nodes["r1"]


def test_graph_labels_are_added_to_existing_defaults():
    """The fixture's own defaults keep their labels next to the graph labels, and nodes do not get them."""
    topology = load(FIXTURE)
    topology.graph.graph["owner"] = "noc"
    written = yaml.safe_load(dumps(topology, format="clab"))
    assert written["topology"]["defaults"]["labels"] == {"site": "ams", "netops.graph/owner": '"noc"'}
    again = assert_round_trip(topology, "clab")
    assert again.graph.graph["topology"]["defaults"] == {"kind": "nokia_srlinux", "labels": {"site": "ams"}}


# -- kinds and vendors ---------------------------------------------------------------


def test_every_written_node_has_a_kind():
    """A node keeps its kind; without one it gets one from platform, then vendor, else linux, listed as unset."""
    topology = Topology(name="kinds")
    topology.add_device("own", kind="nokia_srlinux", vendor="nokia")
    topology.add_device("odd", kind=None)
    topology.add_device("eos", platform="eos")
    topology.add_device("arista", vendor="arista")
    topology.add_device("cisco", vendor="cisco")
    topology.add_device("server")
    nodes = yaml.safe_load(dumps(topology, format="clab"))["topology"]["nodes"]
    assert nodes["own"] == {"kind": "nokia_srlinux"}  # vendor nokia is implied by the kind
    assert nodes["odd"] == {"kind": "linux", "labels": {"netops.json/kind": "null"}}  # not a containerlab kind
    assert nodes["eos"] == {"kind": "arista_ceos", "labels": {"platform": "eos", "netops.unset": '["kind", "vendor"]'}}
    assert nodes["arista"] == {"kind": "arista_ceos", "labels": {"netops.unset": '["kind"]'}}
    assert nodes["cisco"]["kind"] == "linux" and nodes["cisco"]["labels"]["vendor"] == "cisco"
    assert nodes["server"] == {"kind": "linux", "labels": {"netops.unset": '["kind"]'}}
    again = assert_round_trip(topology, "clab")
    assert "kind" not in again.graph.nodes["eos"] and "vendor" not in again.graph.nodes["eos"]


def test_vendor_comes_from_the_kind_unless_a_label_says_otherwise():
    """No vendor label: the kind's vendor; a vendor label wins; linux has no vendor."""
    text = (
        "name: x\ntopology:\n  nodes:\n    a: {kind: arista_ceos}\n    b: {kind: nokia_srlinux, labels: {vendor: Nokia}}\n"
        "    c: {kind: linux}\n    d: {kind: juniper_crpd, labels: {netops.unset: '[\"vendor\"]'}}\n"
    )
    topology = loads(text, format="clab")
    vendors = {name: attrs.get("vendor") for name, attrs in topology.devices()}
    assert vendors == {"a": "arista", "b": "Nokia", "c": None, "d": None}
    assert yaml.safe_load(dumps(topology, format="clab")) == yaml.safe_load(text)


def test_stats_count_containerlab_nodes_by_role_site_and_vendor():
    """netops topo stats by role/site/vendor finds the containerlab sample's labels and kinds."""
    lab = load(Path(__file__).resolve().parents[2] / "topologies" / "lab.clab.yml")
    assert lab.counts_by("vendor") == {"nokia": 3, "arista": 2, "-": 3}
    assert lab.counts_by("role") == {"spine": 2, "leaf": 3, "host": 3}
    assert lab.counts_by("site") == {"lab": 8}


# -- detection, environment variables, lines --------------------------------------------


def test_topology_yml_is_detected_by_content(tmp_path):
    """A containerlab file named topology.yml loads as containerlab; native YAML named .yml stays native."""
    from netops.topology.formats import detect_format

    lab = tmp_path / "topology.yml"
    lab.write_text(FIXTURE.read_text())
    assert detect_format(lab, lab.read_text()) == "clab"
    assert load(lab).source_format == "clab" and load(lab).number_of_devices() == 5
    native = tmp_path / "net.yml"
    native.write_text("nodes:\n  - name: a\n")
    assert load(native).source_format == "yaml"
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: x\n")
    assert detect_format(broken, broken.read_text()) == "yaml"  # nothing claims it: the extension's format
    assert detect_format(tmp_path / "topology.yml") == "yaml"  # without content, the extension decides


ENV_TEXT = (
    "name: ${LAB_NAME:=lab1}\ntopology:\n  nodes:\n    r1:\n      kind: linux\n      image: alpine:${ALPINE_VERSION:=3}\n"
    "      labels: {owner: '${OWNER}', team: '${TEAM:-net}', cost: '$$HOME'}\n"
)


def test_environment_variables_are_expanded_as_containerlab_does(monkeypatch):
    """${VAR:=default} gives the variable, else the default; an unset ${VAR} stays; $$ escapes."""
    for name in ("LAB_NAME", "ALPINE_VERSION", "OWNER", "TEAM"):
        monkeypatch.delenv(name, raising=False)
    topology = loads(ENV_TEXT, format="clab")
    r1 = topology.graph.nodes["r1"]
    assert topology.name == "lab1" and r1["image"] == "alpine:3"
    assert r1["owner"] == "${OWNER}" and r1["team"] == "net" and r1["cost"] == "$HOME"
    monkeypatch.setenv("ALPINE_VERSION", "3.20")
    monkeypatch.setenv("OWNER", "noc")
    monkeypatch.setenv("TEAM", "")
    r1 = loads(ENV_TEXT, format="clab").graph.nodes["r1"]
    assert r1["image"] == "alpine:3.20" and r1["owner"] == "noc" and r1["team"] == "net"
    # Written back, a "$" that would start a reference is doubled, so the value does not expand again.
    assert yaml.safe_load(dumps(topology, format="clab"))["topology"]["nodes"]["r1"]["labels"]["cost"] == "$$HOME"
    assert_round_trip(topology, "clab")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${SET}|${UNSET}|$SET|$UNSET", "v|${UNSET}|v|$UNSET"),
        ("${EMPTY:-d}|${EMPTY-d}|${UNSET-d}|${UNSET:=d}|${EMPTY=d}", "d||d|d|"),
        ("${SET:+o}|${EMPTY:+o}|${EMPTY+o}|${UNSET+o}", "o||o|"),
        ("${UNSET:-$SET}|$${SET}|$$SET|$1|$", "v|${SET}|$SET|$1|$"),
    ],
)
def test_expand_env_forms(text, expected):
    """Each expansion form containerlab documents, against a fixed environment."""
    from netops.topology.formats.clab import expand_env

    assert expand_env(text, {"SET": "v", "EMPTY": ""}) == expected


def test_expansion_cannot_grow_past_the_input_cap():
    """Many references to a long variable are refused instead of filling memory."""
    from netops.topology.formats.clab import expand_env
    from netops.topology.formats.guards import MAX_INPUT_BYTES

    with pytest.raises(TopologyFormatError, match="beyond the input size limit"):
        expand_env("${BIG}" * 1000, {"BIG": "x" * (MAX_INPUT_BYTES // 500)}, path="lab.clab.yml")


NETOPS_BAD = {
    "json label": ("name: x\ntopology:\n  nodes:\n    r1:\n      labels:\n        netops.json/a: '{'\n", 6, "must hold a JSON value"),
    "unset label": ("name: x\ntopology:\n  nodes:\n    r1:\n      labels:\n        netops.unset: '\"kind\"'\n", 6, "JSON list"),
    "graph label": ("name: x\ntopology:\n  defaults:\n    labels:\n      netops.graph/a: 5\n  nodes: {}\n", 5, "must hold a JSON value"),
    "graph twice": ("name: x\nowner: a\ntopology:\n  defaults:\n    labels:\n      netops.graph/owner: '\"b\"'\n  nodes: {}\n", 6, "'owner' is given twice"),
    "env var in yaml": ("name: x\ntopology:\n  nodes:\n    r1: ${NETOPS_TEST_UNSET_VAR}\n", 4, "must be a mapping"),
}


@pytest.mark.parametrize("case", list(NETOPS_BAD))
def test_bad_netops_labels_name_the_line(case):
    """Broken netops labels fail with the line of the label, like every other containerlab error."""
    text, line, fragment = NETOPS_BAD[case]
    assert_error("clab", text, line, fragment)


def test_audit_findings_are_located_at_the_containerlab_lines():
    """The audit locator finds devices at their key under nodes and links at their entry, parallel ones in order."""
    from netops.audit import TopologyLocator
    from netops.topology.formats.yaml_lines import load_located

    topology = load(FIXTURE)
    locator = TopologyLocator(topology)
    lines = FIXTURE.read_text().splitlines()
    for name in topology.graph.nodes:
        assert lines[locator.device_line(name) - 1].strip().startswith(f"{name}:")
    doc = load_located(FIXTURE.read_text(), str(FIXTURE))
    assert locator.link_line("leaf1", "spine1") == doc.line_of("topology", "links", 0)
    assert locator.link_line("spine2", "leaf1") == doc.line_of("topology", "links", 2)
    assert locator.link_line("spine2", "leaf2", 0) == doc.line_of("topology", "links", 3)
    assert locator.link_line("spine2", "leaf2", 1) == doc.line_of("topology", "links", 4)
    finding = locator.describe(["spine2", "leaf2", 1, {}])
    assert finding.kind == "link" and finding.line == doc.line_of("topology", "links", 4)
