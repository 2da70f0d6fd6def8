"""The schema segment with notes on the user's own encodings (netops.topology.notes)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from netops.answering.pipeline import TopologyContext
from netops.program import api
from netops.topology.formats import load
from netops.topology.model import Topology
from netops.topology.notes import concepts, describe
from netops.topology.schema import summarize

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "eval" / "topologies"


def _parts(summary) -> dict[str, str]:
    return {part: note for part, _attribute, note in concepts(summary)}


def test_every_value_of_a_small_vocabulary_is_listed_with_its_count():
    """The old summary showed 4 samples of `function`, so `ap` looked like it did not exist."""
    text = describe(summarize(load(EVAL / "hqnet.yaml")))
    line = next(line for line in text.splitlines() if line.strip().startswith("function "))
    for role in ("access", "ap", "distribution", "core", "wlc", "firewall", "router", "server"):
        assert f"{role} (" in line


def test_the_parts_are_named_with_units_and_boolean_status():
    parts = _parts(summarize(load(EVAL / "hqnet.yaml")))
    assert parts["device role"] == "function"
    assert parts["vendor"] == "make"
    assert parts["link status"] == "oper_up (true = up)"
    assert parts["link speed"].startswith("speed_bps, in bit/s")
    assert parts["utilization"].startswith("util_pct, in percent")
    assert parts["latency"].startswith("delay_us, in microseconds")


def test_units_without_a_unit_word_come_from_magnitudes():
    """campus stores speed in Mb/s and utilization as a fraction; its names do not say so."""
    parts = _parts(summarize(load(ROOT / "topologies" / "campus.yaml")))
    assert parts["link speed"] == "speed, in Mbit/s (10 Gb/s is 10000)"
    assert parts["utilization"] == "utilization, as a fraction (40% is 0.4)"


def test_roles_kept_as_tags_are_named_with_a_membership_filter_that_works():
    topology = load(EVAL / "dcnet.yaml")
    summary = summarize(topology)
    role = _parts(summary)["device role"]
    assert role.startswith("a member of the tags list: nodes(G, tags=")
    tags = next(a for a in summary.node_attributes if a.name == "tags")
    assert tags.members is not None and {"leaf", "spine", "border", "host"} <= set(tags.members)
    leaves = api.nodes(topology.graph, tags="leaf")
    assert leaves and all("leaf" in topology.graph.nodes[n]["tags"] for n in leaves)


def test_a_sparse_attribute_does_not_play_a_part_and_a_number_beats_text():
    """GÉANT's `type` is on 5 of 40 devices (not a role); its speed is best read from LinkSpeedRaw."""
    parts = _parts(summarize(load(ROOT / "topologies" / "geant2012.graphml")))
    assert "device role" not in parts
    assert parts["link speed"].startswith("LinkSpeedRaw, in bit/s")


def test_ip_address_device_names_and_list_labels():
    graph = nx.MultiGraph()
    graph.add_node("10.1.4.17", labels=["type=VM", "app:prod"], color="blue")
    graph.add_node("10.1.4.18", labels=["type=host", "app:dev"], color="blue")
    graph.add_node("10.1.9.2", labels=["type=VM", "app:prod"], color="red")
    graph.add_edge("10.1.4.17", "10.1.9.2", byte_weight=1200.5)
    graph.add_edge("10.1.4.18", "10.1.9.2", byte_weight=8.25)
    text = describe(summarize(Topology(graph, name="flows")))
    assert 'Device names are IP addresses, like: "10.1.4.17"' in text
    assert "labels (list, all): lists of: type=VM (2), app:prod (2)" in text
    assert "byte_weight (float, all): 8.25 (1), 1200.5 (1)" in text or "byte_weight (float, all): 1200.5 (1), 8.25 (1)" in text
    assert sorted(api.nodes(graph, labels="app:prod")) == ["10.1.4.17", "10.1.9.2"]


def test_unique_values_show_two_examples_and_wide_numbers_a_range():
    text = describe(summarize(load(EVAL / "metro.yaml")))
    assert 'mgmt_ip (str, all): unique, e.g. "' in text
    assert "igp_cost (int, all): 5 to 1000" in text


def test_the_setting_chooses_the_schema_segment():
    topology = load(EVAL / "hqnet.yaml")
    with_notes = TopologyContext(topology, schema_style="notes").builder.system_text
    plain = TopologyContext(topology, schema_style="full").builder.system_text
    short = TopologyContext(topology, schema_style="compact").builder.system_text
    assert "How this topology says it:" in with_notes
    assert "How this topology says it:" not in plain and "Node attributes" in plain
    assert "How this topology says it:" not in short and "Node attributes" not in short
    assert "Device attributes (name (type, on how many if not all): values):" in short
    assert len(short) < len(plain)


def test_a_netbox_export_reads_cleanly():
    """Always-null fields share one line, dict fields show their keys, `site` beats its synonym `location`."""
    summary = summarize(load(EVAL / "netbox-site.netbox.json"))
    text = describe(summary)
    assert "  always null: asset_tag, cluster" in text and "asset_tag (null" not in text
    assert "custom_fields (dict, all): mappings with keys support_contract, install_date" in text
    assert 'comments (str, all): "" (20)' in text
    assert _parts(summary)["site"] == "site"


def test_numbers_that_are_all_different_show_a_range_without_exponents():
    text = describe(summarize(load(EVAL / "flows.json")))
    assert "byte_weight (float, all): 108680 to 46062598.8, all different" in text
