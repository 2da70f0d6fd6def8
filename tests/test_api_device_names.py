"""Device names in programs resolve regardless of case (netops.program.api._device)."""

from __future__ import annotations

import networkx as nx
import pytest

from netops.program import api


@pytest.fixture
def upper():
    """A network whose names are upper case, as hqnet's are; models write them in lower case."""
    G = nx.MultiGraph()
    G.add_node("CORE1", function="core")
    G.add_node("FW1", function="firewall", serial_number="FDO1")
    G.add_node("WAN1", function="router")
    G.add_edge("CORE1", "FW1", interfaces={"CORE1": "Gi1/0/1", "FW1": "eth1"}, speed_bps=10**10)
    G.add_edge("FW1", "WAN1", interfaces={"FW1": "eth2", "WAN1": "Gi0/0/0"}, speed_bps=10**9)
    return G


def test_reads_resolve_lower_case_names(upper):
    assert api.attr(upper, "fw1", "serial_number") == "FDO1"
    assert api.neighbors(upper, "fw1") == ["CORE1", "WAN1"]
    assert len(api.links(upper, "fw1")) == 2
    assert api.link_count(upper, "core1", "fw1") == 1
    assert api.interface(upper, "fw1", "wan1") == "eth2"
    assert api.interfaces(upper, "wan1") == {"Gi0/0/0": "FW1"}
    assert api.find_interface(upper, "core1", "gi1/0/1")[1] == "FW1"


def test_paths_and_what_ifs_resolve_names(upper):
    assert api.path(upper, "core1", "wan1") == ["CORE1", "FW1", "WAN1"]
    assert api.path_length(upper, "core1", "wan1") == 2
    assert api.reachable(upper, "core1", "wan1")
    assert not api.reachable(api.without(upper, nodes=["fw1"]), "CORE1", "WAN1")
    assert api.link_count(api.without(upper, links=[("fw1", "wan1")]), "FW1") == 1


def test_changes_resolve_names(upper):
    assert api.set_attrs(upper, ["fw1"], admin_status="maintenance") == 1
    assert upper.nodes["FW1"]["admin_status"] == "maintenance"
    assert api.set_link_attrs(upper, "fw1", "wan1", mtu=9000) == 1
    assert api.remove_links(upper, "core1", "fw1") == 1
    api.remove_device(upper, "wan1")
    assert "WAN1" not in upper


def test_two_names_that_differ_only_in_case_are_never_guessed_between():
    G = nx.MultiGraph()
    G.add_nodes_from(["core1", "Core1"])
    assert api._device(G, "CORE1") == "CORE1"  # left as written: the caller reports it
    with pytest.raises(ValueError, match="no device named 'CORE1'"):
        api.remove_device(G, "CORE1")


def test_the_index_follows_changes_to_the_graph(upper):
    assert api._device(upper, "wan1") == "WAN1"
    api.rename_device(upper, "WAN1", "EDGE1")
    upper.add_node("SPARE")  # the node count changes too, so the index is rebuilt
    assert api._device(upper, "edge1") == "EDGE1" and api._device(upper, "wan1") == "wan1"
