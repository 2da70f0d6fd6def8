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
