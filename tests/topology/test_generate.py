"""The synthetic generators: fat-tree and leaf-spine shapes, argument checks, determinism."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from netops.errors import UsageError
from netops.topology import dumps, loads, same_topology
from netops.topology.generate import campus, dc_fabric, fat_tree, leaf_spine


def _roles(topo) -> dict[str, int]:
    return dict(topo.counts_by("role"))


@pytest.mark.parametrize("k", [2, 4, 6, 8, 16])
def test_fat_tree_has_the_textbook_counts(k):
    """A k-ary fat-tree has k²/4 core, k²/2 aggregation, k²/2 edge switches, k³/4 hosts and 3k³/4 links."""
    topo = fat_tree(k)
    assert _roles(topo) == {"core": k * k // 4, "aggregation": k * k // 2, "edge": k * k // 2, "host": k**3 // 4}
    assert topo.number_of_links() == 3 * k**3 // 4


def test_fat_tree_k32_matches_the_documented_size():
    """k=32 gives 1,280 switches and 8,192 hosts."""
    roles = Counter(topo_role for _, topo_role in fat_tree(32).graph.nodes(data="role"))
    assert roles["core"] + roles["aggregation"] + roles["edge"] == 1280
    assert roles["host"] == 8192


def test_fat_tree_switches_use_exactly_k_ports_with_unique_interfaces():
    """Every switch has degree k, every port name is used once, and the structural rules hold."""
    k = 8
    topo = fat_tree(k)
    for node, role in topo.graph.nodes(data="role"):
        if role != "host":
            assert topo.graph.degree(node) == k, node
            names = {topo.interface_of(a, b, key, node) for a, b, key in topo.graph.edges(node, keys=True)}
            assert names == {f"Ethernet{i}" for i in range(1, k + 1)}, node
        else:
            assert topo.graph.degree(node) == 1
    assert topo.structural_problems() == []


def test_fat_tree_wiring_follows_pods():
    """Edges and aggregations stay inside their pod, each core reaches every pod once, hosts are one hop from an edge."""
    k = 6
    topo = fat_tree(k)
    G = topo.graph
    for a, b in G.edges():
        roles = {G.nodes[a]["role"], G.nodes[b]["role"]}
        if roles == {"edge", "aggregation"} or roles == {"edge", "host"}:
            assert G.nodes[a]["pod"] == G.nodes[b]["pod"]
    for core in (n for n, r in G.nodes(data="role") if r == "core"):
        assert sorted(G.nodes[m]["pod"] for m in G.neighbors(core)) == list(range(1, k + 1))
    assert nx.is_connected(G)
    assert nx.diameter(nx.Graph(G)) == 6


def test_fat_tree_links_carry_speed_kind_and_status():
    """Switch links are fabric at the given speed, host links are access at the host speed, all up."""
    topo = fat_tree(4, speed=400_000, host_speed=100_000, site="lab")
    kinds = Counter((d["kind"], d["speed"], d["status"]) for _, _, d in topo.graph.edges(data=True))
    assert kinds == {("fabric", 400_000, "up"): 32, ("access", 100_000, "up"): 16}
    assert set(dict(topo.graph.nodes(data="site")).values()) == {"lab"}


@pytest.mark.parametrize(
    ("k", "message"),
    [
        (3, "k must be even"),
        (0, "k must be at least 2"),
        (-4, "k must be at least 2"),
        (66, "k must be at most 64"),
        (4.0, "k must be an integer"),
        (True, "k must be an integer"),
        ("4", "k must be an integer"),
    ],
)
def test_fat_tree_rejects_bad_k(k, message):
    """A k that is not an even integer in range is a usage error saying what is wrong."""
    with pytest.raises(UsageError, match=message):
        fat_tree(k)


def test_fat_tree_rejects_bad_speeds_and_site():
    """Non-positive speeds and an empty site are usage errors."""
    with pytest.raises(UsageError, match="speed"):
        fat_tree(4, speed=0)
    with pytest.raises(UsageError, match="host_speed"):
        fat_tree(4, host_speed=-1)
    with pytest.raises(UsageError, match="site"):
        fat_tree(4, site="")


def test_leaf_spine_is_a_full_mesh_with_hosts():
    """Every leaf links to every spine once by default, and each leaf serves its hosts."""
    topo = leaf_spine(4, 6, 3)
    G = topo.graph
    assert _roles(topo) == {"spine": 4, "leaf": 6, "host": 18}
    for leaf in (n for n, r in G.nodes(data="role") if r == "leaf"):
        spines = [m for m in G.neighbors(leaf) if G.nodes[m]["role"] == "spine"]
        hosts = [m for m in G.neighbors(leaf) if G.nodes[m]["role"] == "host"]
        assert len(spines) == 4 and len(hosts) == 3
        assert all(G.nodes[h]["rack"] == G.nodes[leaf]["rack"] for h in hosts)
    assert topo.number_of_links() == 4 * 6 + 18
    assert topo.structural_problems() == []


def test_leaf_spine_parallel_uplinks_and_port_numbering():
    """With uplinks=2 each leaf-spine pair has two links on distinct ports after port 48."""
    topo = leaf_spine(2, 3, 0, uplinks=2)
    G = topo.graph
    assert G.number_of_edges("leaf2", "spine2") == 2
    leaf_ports = sorted(topo.interface_of("leaf2", "spine2", key, "leaf2") for key in G["leaf2"]["spine2"])
    spine_ports = sorted(topo.interface_of("leaf2", "spine2", key, "spine2") for key in G["leaf2"]["spine2"])
    assert leaf_ports == ["Ethernet51", "Ethernet52"]
    assert spine_ports == ["Ethernet3", "Ethernet4"]
    assert topo.structural_problems() == []


def test_leaf_spine_moves_uplinks_past_many_host_ports():
    """A leaf with more than 48 hosts numbers its uplinks after the last host port."""
    topo = leaf_spine(1, 1, 60)
    assert topo.interface_of("leaf1", "spine1", 0, "leaf1") == "Ethernet61"
    assert topo.structural_problems() == []


def test_leaf_spine_assigns_an_ebgp_asn_per_leaf():
    """Spines share the base ASN and leaf n gets base + n."""
    topo = leaf_spine(2, 3, asn_base=64512)
    asns = dict(topo.graph.nodes(data="asn"))
    assert asns["spine1"] == asns["spine2"] == 64512
    assert [asns[f"leaf{n}"] for n in (1, 2, 3)] == [64513, 64514, 64515]


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((0, 2), {}, "spines must be at least 1"),
        ((2, 0), {}, "leaves must be at least 1"),
        ((2, 2, -1), {}, "hosts_per_leaf must be at least 0"),
        ((2, 2), {"uplinks": 0}, "uplinks must be at least 1"),
        ((2.5, 2), {}, "spines must be an integer"),
        ((2, 1000, 1000), {}, "larger than the limit"),
    ],
)
def test_leaf_spine_rejects_bad_arguments(args, kwargs, message):
    """Out-of-range or non-integer counts are usage errors naming the argument."""
    with pytest.raises(UsageError, match=message):
        leaf_spine(*args, **kwargs)


@pytest.mark.parametrize("build", [lambda: fat_tree(4), lambda: leaf_spine(2, 3, 2), campus, dc_fabric])
def test_generators_are_deterministic(build):
    """Two builds with the same arguments serialize to the same text."""
    assert dumps(build(), format="yaml") == dumps(build(), format="yaml")


def test_sample_seed_changes_only_the_random_parts():
    """Another seed changes serials and loads but not the devices, links or interfaces."""
    default, other = dc_fabric(), dc_fabric(seed=7)
    assert not same_topology(default, other)
    assert list(default.graph.nodes) == list(other.graph.nodes)
    ends = lambda t: sorted(tuple(sorted(d["interfaces"].items())) for _, _, d in t.graph.edges(data=True))  # noqa: E731
    assert ends(default) == ends(other)


def test_sample_seed_must_be_a_non_negative_integer():
    """A seed that is not a non-negative integer is a usage error."""
    with pytest.raises(UsageError, match="seed"):
        campus(seed=-1)
    with pytest.raises(UsageError, match="seed"):
        dc_fabric(seed="x")


@pytest.mark.parametrize("build", [lambda: fat_tree(4), lambda: leaf_spine(2, 3, 2, uplinks=2), campus, dc_fabric])
def test_generated_topologies_round_trip_through_native_yaml(build):
    """What a generator builds survives writing and re-reading as native YAML unchanged."""
    topo = build()
    again = loads(dumps(topo, format="yaml"), format="yaml")
    assert same_topology(topo, again)
    assert again.invariants == topo.invariants
