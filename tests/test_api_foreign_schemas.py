"""Helpers on topologies that spell speed and status their own way (metro, hqnet, dcnet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netops.program import api
from netops.topology import load

EVAL = Path(__file__).parent / "eval" / "topologies"


@pytest.fixture(scope="module")
def metro():
    return load(EVAL / "metro.yaml").graph


@pytest.fixture(scope="module")
def hqnet():
    return load(EVAL / "hqnet.yaml").graph


def test_capacity_sums_the_topologys_own_speed_attribute(metro):
    """metro keeps speed in bandwidth_gbps: capacity() sums that, in Gb/s, not a missing `speed` (0)."""
    expected = sum(d["bandwidth_gbps"] for *_e, d in api.links_between(metro, "par-p-01", "par-p-02") if d["state"] != "down")
    assert expected > 0
    assert api.capacity(metro, "par-p-01", "par-p-02") == expected


def test_capacity_skips_links_that_are_down_however_status_is_spelled(hqnet):
    """hqnet says a link is down with oper_up=False."""
    down = [(a, b) for a, b, k, d in api.links(hqnet, oper_up=False)]
    assert down
    a, b = down[0]
    every = sum(d["speed_bps"] for *_e, d in api.links_between(hqnet, a, b))
    up = sum(d["speed_bps"] for *_e, d in api.links_between(hqnet, a, b) if d["oper_up"])
    assert api.capacity(hqnet, a, b) == up
    assert api.capacity(hqnet, a, b, up_only=False) == every


def test_capacity_keeps_an_explicit_attribute_name(metro):
    assert api.capacity(metro, "par-p-01", "par-p-02", name="igp_cost") == sum(
        d["igp_cost"] for *_e, d in api.links_between(metro, "par-p-01", "par-p-02") if d["state"] != "down"
    )


# -- units, summaries and role words (issue 11: helpers that fit foreign data) --------------------


def _two_links(**attrs_per_link):
    """Two devices joined by one link per keyword dict given (a, b, key 0, 1, ...)."""
    import networkx as nx

    G = nx.MultiGraph()
    G.add_node("a", function="access")
    G.add_node("b", function="distribution")
    for attrs in attrs_per_link.values():
        G.add_edge("a", "b", **attrs)
    return G


@pytest.mark.parametrize(
    "attrs, gbps",
    [
        ({"speed_bps": 10_000_000_000}, 10.0),  # the unit word in the name
        ({"speed_mbps": 25_000}, 25.0),
        ({"capacity_gbit": 100}, 100.0),
        ({"bandwidth_gbps": 400}, 400.0),
        ({"LinkSpeedRaw": 1e9}, 1.0),  # no unit word: 10^8 and more is bit/s
        ({"speed": 100_000}, 100.0),  # from 1000: Mbit/s
        ({"bandwidth": 40}, 40.0),  # small numbers: Gbit/s
    ],
)
def test_link_speed_converts_from_the_stored_unit(attrs, gbps):
    """The same 10 G link reads the same in Gbps however the topology writes its speed."""
    G = _two_links(one=attrs)
    (a, b, k, d), = api.links(G)
    assert api.link_speed(G, d, "Gbps") == pytest.approx(gbps)
    assert api.link_speed(G, (a, b, k, d), "Mbps") == pytest.approx(gbps * 1000)
    assert api.capacity(G, "a", "b", unit="Gbit/s") == pytest.approx(gbps)


def test_capacity_in_a_unit_on_the_foreign_samples(metro, hqnet):
    """metro's bandwidth_gbps and hqnet's speed_bps come out in the unit asked for."""
    assert api.capacity(metro, "par-p-01", "par-p-02", unit="Mbps") == api.capacity(metro, "par-p-01", "par-p-02") * 1000
    a, b, _k, _d = api.links(hqnet, oper_up=True)[0]
    assert api.capacity(hqnet, a, b, unit="Gbps") == pytest.approx(api.capacity(hqnet, a, b) / 1e9)


def test_units_that_are_not_speeds_are_refused_clearly():
    G = _two_links(one={"speed": 1000})
    with pytest.raises(ValueError, match="unknown speed unit 'furlongs'"):
        api.capacity(G, "a", "b", unit="furlongs")
    with pytest.raises(TypeError, match="link's data dict"):
        api.link_speed(G, "a", "Gbps")


def test_a_link_without_a_speed_has_none_and_adds_nothing():
    G = _two_links(one={"speed": 10_000}, two={"status": "up"})
    assert [api.link_speed(G, d, "Gbps") for *_e, d in api.links(G)] == [10.0, None]
    assert api.capacity(G, "a", unit="Gbps") == 10.0


def test_mean_median_percentile_over_numbers_and_attributes(metro):
    loads = [d["load_pct"] for *_e, d in api.links(metro) if d.get("load_pct") is not None]
    assert api.mean(metro, "load_pct") == pytest.approx(sum(loads) / len(loads))
    assert api.median(loads) == api.median(metro, "load_pct") == api.percentile(metro, "load_pct", 50)
    assert api.percentile(loads, 100) == max(loads) and api.percentile(loads, 0) == min(loads)
    active = [d["load_pct"] for *_e, d in api.links(metro, state="active") if d.get("load_pct") is not None]
    assert api.mean(metro, "load_pct", state="active") == pytest.approx(sum(active) / len(active))
    # A device attribute, with a filter: the devices that match.
    assert api.mean(metro, "asn", device_role="core") == 64900


def test_summaries_leave_out_missing_values_and_say_when_nothing_is_there():
    G = _two_links(one={"weight": 2.0}, two={"weight": None}, three={"weight": 4.0})
    assert api.mean(G, "weight") == 3.0 and api.median({"x": 1, "y": None, "z": 5}) == 3.0
    assert api.mean([]) is None and api.percentile([], 90) is None
    with pytest.raises(ValueError, match="no link or device has an attribute 'byte_weight'"):
        api.median(G, "byte_weight")
    with pytest.raises(ValueError, match="p is a number from 0 to 100"):
        api.percentile([1, 2], 150)


def test_a_role_word_where_a_device_goes_stands_for_the_devices_of_that_role(hqnet):
    """capacity(G, "ACC-S4", "distribution"): the distribution switches ACC-S4 is cabled to."""
    peers = api.neighbors(hqnet, "ACC-S4", function="distribution")
    assert peers
    assert api.capacity(hqnet, "ACC-S4", "distribution") == sum(api.capacity(hqnet, "ACC-S4", p) for p in peers)
    assert api.link_count(hqnet, "ACC-S4", "distribution") == sum(api.link_count(hqnet, "ACC-S4", p) for p in peers)
    assert {b for _a, b, _k, _d in api.links(hqnet, "ACC-S4", "distribution")} == set(peers)


def test_a_word_two_non_role_attributes_hold_is_not_guessed():
    import networkx as nx

    G = nx.MultiGraph()
    G.add_node("x1", site="north", building="north")
    G.add_node("y1", site="south", building="south")
    G.add_edge("x1", "y1", speed=1000)
    assert api.links_between(G, "x1", "south") == []  # site or building? neither is a role: no guess
    G.nodes["y1"]["role"] = "south"
    assert len(api.links_between(G, "x1", "south")) == 1  # the attribute that names roles wins


def test_grouping_by_an_attribute_nobody_has_is_a_clear_error(metro):
    with pytest.raises(ValueError, match=r"count_by\(\): no device has an attribute 'degree'"):
        api.count_by(metro, "degree")
    with pytest.raises(ValueError, match=r"count_links_by\(\): no link has an attribute 'site'"):
        api.count_links_by(metro, "site")
    with pytest.raises(ValueError, match=r"group_by\(\): no device has an attribute 'rack'"):
        api.group_by(metro, "rack")


def test_summaries_of_links_instead_of_numbers_say_how_to_get_the_numbers(metro):
    """median(links(G, ...)) is the model's slip: a clear error it can repair from, not None."""
    with pytest.raises(TypeError, match=r"median\(G, name, \*\*filters\)"):
        api.median(api.links(metro, state="active"))
    assert api.mean([None, None]) is None  # no numbers at all is still "none"
