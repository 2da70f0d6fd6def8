"""Selections in the samples' words answered in the topology's own names (netops.program.aliases, the api helpers)."""

from __future__ import annotations

import networkx as nx
import pytest

from netops.program import api
from netops.program.aliases import resolve_filters, resolve_name


def _foreign() -> nx.MultiGraph:
    """A small fabric in someone else's conventions: roles in tags, function, oper_up, LinkStatus."""
    G = nx.MultiGraph()
    G.add_node("ams-spine1", tags=["spine", "ams"], **{"mgmt-ip": "10.0.0.1"})
    G.add_node("ams-leaf1", tags=["leaf", "ams"], **{"mgmt-ip": "10.0.0.2"})
    G.add_node("ams-leaf2", tags=["leaf", "ams"], **{"mgmt-ip": "10.0.0.3"})
    G.add_edge("ams-leaf1", "ams-spine1", oper_up=True, circuit_ref="C-1", speed_mbps=100_000)
    G.add_edge("ams-leaf2", "ams-spine1", oper_up=False, circuit_ref="C-2", speed_mbps=100_000)
    return G


def test_role_in_tags_status_as_boolean_and_other_names():
    G = _foreign()
    assert api.nodes(G, role="leaf") == ["ams-leaf1", "ams-leaf2"]
    assert [(a, b) for a, b, _k, _d in api.links(G, status="down")] == [("ams-leaf2", "ams-spine1")]
    assert len(api.links(G, circuit_id="C-1")) == 1
    assert api.neighbors(G, "ams-spine1", role="leaf") == ["ams-leaf1", "ams-leaf2"]
    assert api.link_count(G, "ams-spine1", peer={"role": "leaf"}) == 2
    assert api.attr(G, "ams-leaf1", "mgmt_ip") == "10.0.0.2"
    assert api.count_links_by(G, "status") == {True: 1, False: 1}
    assert api.remove_links(G, status="down") == 1 and G.number_of_edges() == 1


def test_status_words_follow_the_topology_vocabulary():
    records = [{"state": "active"}, {"state": "failed"}, {"state": "planned"}]
    assert resolve_filters(records, {"state": "up"}) == {"state": "active"}
    assert resolve_filters(records, {"status": "down"}) == {"state": "failed"}
    assert resolve_filters(records, {"state": "planned"}) is None  # the topology's own word: nothing to do


def test_never_guesses_between_candidates_or_rewrites_numbers():
    assert resolve_name([{"function": "leaf", "device_type": "switch"}], "role") is None
    assert resolve_filters([{"speed_bps": 10**11}], {"speed": 100}) is None  # a unit the filter does not state
    assert resolve_filters([{"tags": ["leaf"]}, {"labels": ["leaf"]}], {"role": "leaf"}) is None
    assert resolve_filters([{"role": "leaf"}], {"role": "spine"}) is None  # a right empty answer stays empty


def test_unresolvable_names_still_raise_the_error_that_lists_the_real_ones():
    with pytest.raises(ValueError, match=r"no device has an attribute 'vendor'.*mgmt-ip, tags"):
        api.nodes(_foreign(), vendor="arista")


def test_the_setting_turns_it_off():
    with api.name_resolution(False), pytest.raises(ValueError, match="no device has an attribute 'role'"):
        api.nodes(_foreign(), role="leaf")
    assert api.nodes(_foreign(), role="leaf")  # and back on outside


def test_sample_topologies_answer_as_before():
    """On a topology in the samples' own conventions nothing is resolved: the demo graph's answers hold."""
    G = api.demo_graph()
    assert api.nodes(G, role="leaf") == ["leaf1", "leaf2"]
    assert api.nodes(G, role="firewall") == []
    assert api.count_by(G, "role") == {"leaf": 2, "spine": 2, "border": 1}


def test_values_given_after_the_name_count_the_matching_devices_and_links():
    """count_by(G, "vendor", "arista") is the number of arista devices (models write it so); the prompt
    keeps showing the main form."""
    G = api.demo_graph()
    assert api.count_by(G, "role", "leaf") == 2 and api.count_by(G, "role", "leaf", "spine") == 4
    assert api.count_links_by(G, "status", "down") == 1
    assert api.count_by(_foreign(), "role", "leaf") == 2  # and in the topology's own names
    assert "count_by(G, name, **filters)" in api.api_reference()
