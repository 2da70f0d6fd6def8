"""Facts about the sample topologies in topologies/: sizes, deliberate imperfections, invariants, reproducibility."""

from __future__ import annotations

import ast
import importlib.util
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
import yaml

from netops.program.validate import invariant_holds
from netops.topology import Topology, load
from netops.topology.formats import FORMAT_MODULES

ROOT = Path(__file__).resolve().parents[2]
TOPOLOGIES = ROOT / "topologies"

_CACHE: dict[str, Topology] = {}


def _sample(filename: str) -> Topology:
    """Load a sample once per session (tests that change it take a copy)."""
    if filename not in _CACHE:
        _CACHE[filename] = load(TOPOLOGIES / filename)
    return _CACHE[filename]


def _require_reader(name: str) -> None:
    """Skip when the format's reader module has not been written yet."""
    if importlib.util.find_spec(FORMAT_MODULES[name]) is None:
        pytest.skip(f"the {name} reader ({FORMAT_MODULES[name]}) is not there yet")


def _regenerate_module():
    spec = importlib.util.spec_from_file_location("topologies_regenerate", TOPOLOGIES / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _links(G: nx.MultiGraph, **wanted):
    return [(a, b, d) for a, b, d in G.edges(data=True) if all(d.get(k) == v for k, v in wanted.items())]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


# -- reproducibility -----------------------------------------------------------------------


def test_regenerate_reproduces_the_committed_files_byte_for_byte(tmp_path):
    """Running the builders again writes exactly the committed campus.yaml and dc-fabric.yaml."""
    written = _regenerate_module().build(tmp_path)
    assert sorted(p.name for p in written) == ["campus.yaml", "dc-fabric.yaml"]
    for path in written:
        assert path.read_bytes() == (TOPOLOGIES / path.name).read_bytes(), path.name


def test_regenerate_check_passes_on_the_committed_files():
    """``regenerate.py --check`` exits 0 while the committed files are current."""
    assert _regenerate_module().main(["--check"]) == 0


def test_regenerate_check_fails_on_a_stale_file(tmp_path, capsys):
    """``regenerate.py --check`` exits 1 and names the file when a committed file differs."""
    module = _regenerate_module()
    module.build(tmp_path)
    (tmp_path / "campus.yaml").write_text("name: stale\nnodes: []\n")
    assert module.main(["--check", "--out", str(tmp_path)]) == 1
    assert "campus.yaml" in capsys.readouterr().err


# -- dc-fabric.yaml ------------------------------------------------------------------------


def test_dc_fabric_counts_by_site_and_role():
    """Each site has the documented number of borders, spines, leaves and hosts."""
    topo = _sample("dc-fabric.yaml")
    counts = Counter((d["site"], d["role"]) for _, d in topo.devices())
    assert counts == {
        ("ams", "border"): 2, ("ams", "spine"): 4, ("ams", "leaf"): 20, ("ams", "host"): 160,
        ("fra", "border"): 2, ("fra", "spine"): 2, ("fra", "leaf"): 4, ("fra", "host"): 48,
    }
    assert topo.number_of_devices() == 242
    assert topo.number_of_links() == 526
    assert topo.structural_problems() == []


def test_dc_fabric_devices_carry_the_conventional_attributes():
    """Every device has role, site, vendor, model, serial and status; network devices also os_version, rack and asn."""
    for name, d in _sample("dc-fabric.yaml").devices():
        assert {"role", "site", "vendor", "model", "serial", "status", "rack"} <= set(d), name
        assert d["status"] in {"active", "maintenance"}
        if d["role"] != "host":
            assert isinstance(d["asn"], int) and d["os_version"] and d["mgmt_ip"], name


def test_dc_fabric_links_carry_the_conventional_attributes():
    """Every link has interfaces for both ends, an int speed, a float latency, status, utilization, kind and mtu."""
    for a, b, d in _sample("dc-fabric.yaml").graph.edges(data=True):
        assert set(d["interfaces"]) == {a, b}
        assert isinstance(d["speed"], int) and d["speed"] > 0
        assert isinstance(d["latency_ms"], float)
        assert d["status"] in {"up", "down"}
        assert 0.0 <= d["utilization"] <= 1.0
        assert d["kind"] in {"fabric", "wan", "access", "uplink", "mgmt"}
        assert isinstance(d["mtu"], int)


def test_dc_fabric_interface_names_follow_each_vendor():
    """Arista ports look like Ethernet49, Cisco NX-OS like Ethernet1/49, Junos like et-0/0/1, hosts like eth0."""
    patterns = {
        "arista": r"Ethernet\d+",
        "cisco": r"Ethernet1/\d+",
        "juniper": r"(et|xe)-\d/\d/\d+",
    }
    topo = _sample("dc-fabric.yaml")
    for _, _, d in topo.graph.edges(data=True):
        for node, ifname in d["interfaces"].items():
            attrs = topo.graph.nodes[node]
            pattern = r"eth\d" if attrs["role"] == "host" else patterns[attrs["vendor"]]
            assert re.fullmatch(pattern, ifname), (node, ifname)


def test_dc_fabric_wan_circuits_join_the_border_routers_with_parallel_links():
    """Three WAN circuits with circuit_id, provider and latency join the sites; two of them are parallel."""
    G = _sample("dc-fabric.yaml").graph
    wan = _links(G, kind="wan")
    assert len(wan) == 3
    assert {_pair(a, b) for a, b, _ in wan} == {("ams-border1", "fra-border1"), ("ams-border2", "fra-border2")}
    assert {d["provider"] for _, _, d in wan} == {"Lumen", "Zayo", "Colt"}
    assert len({d["circuit_id"] for _, _, d in wan}) == 3
    assert all(d["latency_ms"] > 5 for _, _, d in wan)
    assert G.number_of_edges("ams-border1", "fra-border1") == 2


def test_dc_fabric_fra_leaves_have_two_parallel_uplinks_to_each_spine():
    """In fra every leaf has two links to each spine (parallel links in the fabric)."""
    G = _sample("dc-fabric.yaml").graph
    for leaf in ("fra-leaf1", "fra-leaf2", "fra-leaf3", "fra-leaf4"):
        for spine in ("fra-spine1", "fra-spine2"):
            assert G.number_of_edges(leaf, spine) == 2


def test_dc_fabric_fra_is_the_mixed_vendor_site():
    """fra mixes Cisco, Arista and Juniper network devices; ams runs Arista with Juniper borders."""
    topo = _sample("dc-fabric.yaml")
    vendors = {
        site: {d["vendor"] for _, d in topo.devices() if d["site"] == site and d["role"] != "host"}
        for site in ("ams", "fra")
    }
    assert vendors == {"ams": {"arista", "juniper"}, "fra": {"arista", "cisco", "juniper"}}
    fra_leaves = {n: d["vendor"] for n, d in topo.devices() if d["site"] == "fra" and d["role"] == "leaf"}
    assert set(fra_leaves.values()) == {"arista", "cisco"}


def test_dc_fabric_down_links_are_the_deliberate_ones():
    """Exactly four links are down: ams-leaf3--ams-spine2, one fra-leaf2--fra-spine1, the Zayo circuit, ams-host17--ams-leaf4."""
    G = _sample("dc-fabric.yaml").graph
    down = sorted(_pair(a, b) for a, b, _ in _links(G, status="down"))
    assert down == sorted(
        [
            ("ams-leaf3", "ams-spine2"),
            ("fra-leaf2", "fra-spine1"),
            ("ams-border1", "fra-border1"),
            ("ams-host17", "ams-leaf4"),
        ]
    )
    assert [d["provider"] for _, _, d in _links(G, status="down", kind="wan")] == ["Zayo"]
    assert all(d["utilization"] == 0.0 for _, _, d in _links(G, status="down"))
    # the parallel fra link stays up, so fra-leaf2 still has a working path to fra-spine1
    assert len([d for d in G["fra-leaf2"]["fra-spine1"].values() if d["status"] == "up"]) == 1


def test_dc_fabric_leaves_with_a_down_uplink():
    """The question 'which leaves in ams have a down uplink' has exactly one answer, ams-leaf3."""
    G = _sample("dc-fabric.yaml").graph
    answer = sorted(
        {
            leaf
            for a, b, d in _links(G, status="down")
            for leaf, other in ((a, b), (b, a))
            if G.nodes[leaf]["role"] == "leaf" and G.nodes[other]["role"] == "spine" and G.nodes[leaf]["site"] == "ams"
        }
    )
    assert answer == ["ams-leaf3"]


def test_dc_fabric_hot_links_are_the_deliberate_ones():
    """Four links run above 0.85 utilization and every other link is at or below 0.6."""
    G = _sample("dc-fabric.yaml").graph
    hot = sorted(_pair(a, b) for a, b, d in G.edges(data=True) if d["utilization"] > 0.85)
    assert hot == sorted(
        [
            ("ams-border1", "ams-spine1"),
            ("ams-leaf5", "ams-spine1"),
            ("fra-leaf4", "fra-spine2"),
            ("ams-border2", "fra-border2"),
        ]
    )
    others = [d["utilization"] for _, _, d in G.edges(data=True) if d["utilization"] <= 0.85]
    assert max(others) <= 0.6


def test_dc_fabric_outdated_maintenance_and_missing_data_devices():
    """Outdated os_version, the maintenance leaf, the single-uplink leaf and the host without mgmt_ip are as documented."""
    topo = _sample("dc-fabric.yaml")
    G = topo.graph
    current = Counter(d["os_version"] for _, d in topo.devices() if d.get("os_version"))
    by_family = {}
    for _, d in topo.devices():
        if "os_version" in d:
            by_family.setdefault(d["vendor"], Counter())[d["os_version"]] += 1
    latest = {vendor: versions.most_common(1)[0][0] for vendor, versions in by_family.items()}
    outdated = sorted(n for n, d in topo.devices() if "os_version" in d and d["os_version"] != latest[d["vendor"]])
    assert outdated == ["ams-leaf7", "fra-border2", "fra-leaf3"]
    assert current["4.28.3M"] == 2
    assert [n for n, d in topo.devices() if d["status"] == "maintenance"] == ["ams-leaf9"]
    spine_uplinks = {
        n: sum(1 for _, m in G.edges(n) if G.nodes[m]["role"] == "spine")
        for n, d in topo.devices()
        if d["role"] == "leaf"
    }
    assert [n for n, count in spine_uplinks.items() if count < 2] == ["ams-leaf20"]
    assert spine_uplinks["ams-leaf20"] == 1
    assert [n for n, d in topo.devices() if "mgmt_ip" not in d] == ["ams-host42"]


def test_dc_fabric_hosts_sit_in_their_leaf_pairs_rack():
    """Every host is cabled to the two leaves of its own rack."""
    topo = _sample("dc-fabric.yaml")
    G = topo.graph
    for name, d in topo.devices():
        if d["role"] == "host":
            leaves = sorted(G.neighbors(name))
            assert len(leaves) == 2
            assert {G.nodes[leaf]["rack"] for leaf in leaves} == {d["rack"]}


# -- campus.yaml ---------------------------------------------------------------------------


def test_campus_counts_by_role_and_building():
    """The campus has 30 devices in two buildings with the documented roles."""
    topo = _sample("campus.yaml")
    assert dict(topo.counts_by("role")) == {
        "core": 2, "firewall": 1, "router": 1, "wlc": 2, "distribution": 4,
        "access": 10, "server": 5, "ap": 5,
    }
    assert dict(topo.counts_by("building")) == {"north": 21, "south": 9}
    assert set(topo.counts_by("site")) == {"hq"}
    assert topo.number_of_links() == 47
    assert topo.structural_problems() == []


def test_campus_imperfections_and_parallel_core_links():
    """The campus has one down uplink, one outdated switch, one AP in maintenance, a hot WAN-edge link and a doubled core link."""
    topo = _sample("campus.yaml")
    G = topo.graph
    assert [_pair(a, b) for a, b, _ in _links(G, status="down")] == [("acc-s4", "dist-s2")]
    assert [n for n, d in topo.devices() if d.get("os_version") == "16.12.4"] == ["acc-n5"]
    assert [n for n, d in topo.devices() if d["status"] == "maintenance"] == ["ap-s3"]
    assert [_pair(a, b) for a, b, d in G.edges(data=True) if d["utilization"] > 0.8] == [("fw1", "wan1")]
    assert G.number_of_edges("core1", "core2") == 2
    assert {d["vendor"] for _, d in topo.devices()} == {"cisco", "aruba", "paloalto", "dell"}


# -- declared invariants -------------------------------------------------------------------


def _run(program: str, G: nx.MultiGraph):
    """Run one of our own (trusted) invariant programs the way the sandbox would see it: G and nx only."""
    scope = {"G": G, "nx": nx}
    exec(compile(program, "<invariant>", "exec"), scope)  # noqa: S102 - our own committed programs
    return scope["result"]


@pytest.mark.parametrize("filename", ["dc-fabric.yaml", "campus.yaml"])
def test_declared_invariants_hold_on_the_sample(filename):
    """Every invariant the sample declares is satisfied by the sample's own data."""
    topo = _sample(filename)
    assert len(topo.invariants) >= 4
    for rule in topo.invariants:
        assert set(rule) == {"id", "description", "program", "expect"}
        assert rule["expect"] in ("empty", True)
        value = _run(rule["program"], topo.graph)
        assert invariant_holds(rule, value), (rule["id"], value)


@pytest.mark.parametrize("filename", ["dc-fabric.yaml", "campus.yaml"])
def test_invariant_programs_follow_the_sandbox_rules(filename):
    """Invariant programs use no imports, no underscore names and no names besides G, nx and their own variables."""
    builtins_used = {"sorted", "set", "len", "any", "all"}
    for rule in _sample(filename).invariants:
        tree = ast.parse(rule["program"])
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.Import, ast.ImportFrom)), rule["id"]
            if isinstance(node, ast.Name):
                assert not node.id.startswith("_"), rule["id"]
            if isinstance(node, ast.Attribute):
                assert not node.attr.startswith("_"), rule["id"]
        loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        stored = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        assert "result" in stored, rule["id"]
        assert loaded - stored <= {"G", "nx"} | builtins_used, rule["id"]


def test_dc_fabric_invariants_catch_the_changes_they_guard_against():
    """Breaking a host's dual-homing, duplicating an address or cutting every WAN circuit violates the matching rule."""
    topo = _sample("dc-fabric.yaml").copy()
    rules = {rule["id"]: rule for rule in topo.invariants}
    G = topo.graph
    G.remove_edges_from([("ams-host1", "ams-leaf2")])
    G.nodes["ams-host2"]["mgmt_ip"] = G.nodes["ams-host3"]["mgmt_ip"]
    G.remove_edges_from([(a, b, k) for a, b, k, d in G.edges(keys=True, data=True) if d["kind"] == "wan"])
    for rule_id, expected in [
        ("hosts-dual-homed", ["ams-host1"]),
        ("unique-mgmt-ip", [G.nodes["ams-host3"]["mgmt_ip"]]),
        ("sites-interconnected", False),
        ("connected", False),
    ]:
        value = _run(rules[rule_id]["program"], G)
        assert value == expected, rule_id
        assert not invariant_holds(rules[rule_id], value)


def test_campus_invariants_catch_an_exposed_router():
    """Linking the WAN edge router straight to the core breaks the firewall rule."""
    topo = _sample("campus.yaml").copy()
    rule = next(r for r in topo.invariants if r["id"] == "wan-edge-behind-firewall")
    topo.graph.add_edge("wan1", "core1")
    assert _run(rule["program"], topo.graph) == ["core1"]


# -- lab.clab.yml --------------------------------------------------------------------------


def test_clab_lab_is_a_well_formed_containerlab_topology():
    """Every link endpoint names a defined node, no interface is used twice, and every node resolves to a kind."""
    data = yaml.safe_load((TOPOLOGIES / "lab.clab.yml").read_text())
    topology = data["topology"]
    nodes = topology["nodes"]
    assert 6 <= len(nodes) <= 10
    groups = topology.get("groups", {})
    for name, node in nodes.items():
        kind = node.get("kind") or groups.get(node.get("group"), {}).get("kind") or topology["defaults"].get("kind")
        assert kind in topology["kinds"], name
    used = set()
    for link in topology["links"]:
        ends = link["endpoints"]
        pairs = [e.split(":", 1) if isinstance(e, str) else (e["node"], e["interface"]) for e in ends]
        assert len(pairs) == 2
        for node, interface in pairs:
            assert node in nodes
            assert (node, interface) not in used
            used.add((node, interface))
    assert len(topology["links"]) == 10


def test_clab_lab_loads_through_netops():
    """The containerlab reader turns the lab into 8 devices and 10 links."""
    _require_reader("clab")
    topo = load(TOPOLOGIES / "lab.clab.yml")
    assert topo.number_of_devices() == 8
    assert topo.number_of_links() == 10
    assert topo.graph.has_edge("spine1", "leaf1")
    assert topo.graph.number_of_edges("client2", "leaf1") + topo.graph.number_of_edges("client2", "leaf2") == 2


# -- geant2012.graphml ---------------------------------------------------------------------


def test_zoo_backbone_keeps_its_own_attribute_names():
    """The Zoo file has 40 PoPs and 61 links with Zoo attribute names, not ours."""
    G = nx.read_graphml(TOPOLOGIES / "geant2012.graphml")
    assert (G.number_of_nodes(), G.number_of_edges()) == (40, 61)
    node_keys = {k for _, d in G.nodes(data=True) for k in d}
    edge_keys = {k for _, _, d in G.edges(data=True) for k in d}
    assert {"label", "Country", "Latitude", "Longitude", "Internal"} <= node_keys
    assert {"LinkSpeed", "LinkLabel", "LinkSpeedUnits", "LinkSpeedRaw"} <= edge_keys
    assert not {"role", "site", "speed", "status"} & (node_keys | edge_keys)
    assert G.graph["Network"] == "GEANT"
    assert sorted(d["label"] for _, d in G.nodes(data=True))[:3] == ["AT", "BE", "BG"]
    # speeds are in bit/s and consistent with the human-readable fields
    for _, _, d in G.edges(data=True):
        if "LinkSpeedRaw" in d:
            unit = {"G": 1e9, "M": 1e6}[d["LinkSpeedUnits"]]
            assert d["LinkSpeedRaw"] == float(d["LinkSpeed"]) * unit
    assert sum("LinkSpeedRaw" not in d for _, _, d in G.edges(data=True)) == 22
    assert nx.is_connected(G)


def test_zoo_backbone_loads_through_netops():
    """The GraphML reader turns the Zoo file into 40 devices and 61 links, keeping LinkSpeedRaw."""
    _require_reader("graphml")
    topo = load(TOPOLOGIES / "geant2012.graphml")
    assert topo.number_of_devices() == 40
    assert topo.number_of_links() == 61
    assert any("LinkSpeedRaw" in d for _, _, d in topo.graph.edges(data=True))
