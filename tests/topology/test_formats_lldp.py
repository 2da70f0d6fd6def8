"""LLDP neighbours as links (issue 15): NAPALM and SuzieQ input, merge rules, warnings, located errors."""

from __future__ import annotations

import json
import logging

import pytest
from format_helpers import DATA, assert_round_trip

from netops.errors import EXIT_INPUT, TopologyFormatError
from netops.topology.formats import load, loads
from netops.topology.formats.lldp import LldpNeighbor, attach_links, load_lldp, parse_lldp
from netops.topology.model import INTERFACES, Topology

LLDP = DATA / "lldp"
INVENTORY = LLDP / "inventory" / "hosts.yaml"

#: The links the sample LLDP data gives the sample inventory, whatever the input format.
EXPECTED = {
    frozenset({("spine1", "Ethernet1"), ("leaf1", "Ethernet49")}),
    frozenset({("spine1", "Ethernet2"), ("leaf2", "Ethernet49")}),  # spine1 heard "Et49"
    frozenset({("spine1", "Ethernet3"), ("leaf3", "GigabitEthernet1/0/1")}),  # "LEAF3", "Gi1/0/1"
    frozenset({("spine2", "Ethernet1"), ("leaf1", "Ethernet50")}),  # leaf1 heard "Et1"
}


def _links(topology: Topology) -> set[frozenset[tuple[str, str]]]:
    return {frozenset(attrs[INTERFACES].items()) for *_, attrs in topology.links()}


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "netops.topology" and r.levelno == logging.WARNING]


def test_nornir_inventory_without_links_gets_them_from_lldp():
    """The inventory alone has no links; NAPALM's answers add one link per cable, seen from both ends."""
    topology = load(INVENTORY)
    assert topology.number_of_links() == 0
    summary = attach_links(topology, load_lldp(LLDP / "napalm.json"))
    assert _links(topology) == EXPECTED
    assert summary.added == 4 and summary.confirmed == 0 and summary.conflicts == []
    assert all(attrs["discovered_by"] == "lldp" for *_, attrs in topology.links())
    assert topology.structural_problems() == []
    for fmt in ("yaml", "json", "graphml", "gml", "clab"):
        assert_round_trip(topology, fmt)


@pytest.mark.parametrize("source", ["napalm.json", "suzieq.json", "suzieq.csv"])
def test_every_input_format_gives_the_same_links(source):
    """NAPALM JSON, SuzieQ JSON rows and SuzieQ CSV (with pandas' index column) agree."""
    topology = load(INVENTORY)
    summary = attach_links(topology, load_lldp(LLDP / source))
    assert _links(topology) == EXPECTED
    assert summary.unknown == {"oob-sw1.dc1.example.net": 1, "ip-phone-23": 1, "server-a": 1}
    assert summary.shared == ["leaf2:Ethernet5"]


def test_skipped_reports_are_counted_in_one_warning_each(caplog):
    """Unknown peers and shared ports are each said once, with counts and names."""
    topology = load(INVENTORY)
    with caplog.at_level(logging.WARNING, logger="netops.topology"):
        attach_links(topology, load_lldp(LLDP / "napalm.json"), source="napalm.json")
    assert _warnings(caplog) == [
        "netops: napalm.json: skipped 3 LLDP reports naming a device not in the topology (or several of its "
        "devices): oob-sw1.dc1.example.net, ip-phone-23, server-a",
        "netops: napalm.json: no link for 1 interface with several LLDP neighbours: leaf2:Ethernet5",
    ]


def test_one_device_answers_are_named_by_their_file():
    """A directory of one-device answers (get_lldp_neighbors and _detail) reads each as its file's device."""
    reports = load_lldp(LLDP / "per-device")
    assert reports == [
        LldpNeighbor("leaf1", "Ethernet49", "spine1.dc1.example.net", "Ethernet1"),
        LldpNeighbor("leaf1", "Ethernet50", "spine2.dc1.example.net", "Et1"),
        LldpNeighbor("spine2", "Ethernet1", "leaf1.dc1.example.net", "Ethernet50"),
    ]
    topology = load(INVENTORY)
    attach_links(topology, reports)
    assert _links(topology) == {
        frozenset({("leaf1", "Ethernet49"), ("spine1", "Ethernet1")}),
        frozenset({("leaf1", "Ethernet50"), ("spine2", "Ethernet1")}),
    }


def _topology(*names: str, **sites: str) -> Topology:
    topology = Topology()
    for name in names:
        topology.add_device(name, **({"site": sites[name]} if name in sites else {}))
    return topology


def test_reports_without_the_peer_port_pair_up_one_each_way():
    """A:x hears B and B:y hears A, ports unknown (MAC port ids): one link A:x--B:y."""
    topology = _topology("a", "b", "c")
    attach_links(topology, [
        LldpNeighbor("a", "e1", "b", None),
        LldpNeighbor("b", "e7", "a", None),
        LldpNeighbor("a", "e2", "c", None),  # c does not answer: a link with a's interface only
    ])
    assert _links(topology) == {frozenset({("a", "e1"), ("b", "e7")}), frozenset({("a", "e2")})}


def test_links_the_topology_has_win_and_disagreements_are_conflicts(caplog):
    """A cable LLDP confirms is not doubled; LLDP claiming a cabled port for another peer is refused and said."""
    topology = _topology("a", "b", "c")
    topology.add_link("a", "b", interfaces={"a": "e1", "b": "e1"}, cable="C-1")
    with caplog.at_level(logging.WARNING, logger="netops.topology"):
        summary = attach_links(topology, [
            LldpNeighbor("a", "e1", "b", "e1"),
            LldpNeighbor("b", "e1", "a", "e1"),
            LldpNeighbor("c", "e3", "a", "e1"),  # the wire says c, the record says b
            LldpNeighbor("c", "e4", "b", "e4"),
        ], source="lldp.json")
    assert summary.confirmed == 1 and summary.added == 1
    assert summary.conflicts == ["c:e3 -- a:e1"]
    assert topology.number_of_links() == 2 and topology.structural_problems() == []
    assert _warnings(caplog) == [
        "netops: lldp.json: 1 LLDP link not added, an interface already has another link: c:e3 -- a:e1"
    ]


def test_multisite_netbox_names_resolve_by_site():
    """'core1' is core1@ams1 for an Amsterdam device; from London (no core1 there) it is ambiguous."""
    topology = load(DATA / "multisite.netbox.json")
    summary = attach_links(topology, [
        LldpNeighbor("ams-leaf1.example.net", "Ethernet49/1", "core1.example.net", "et-0/0/0"),  # the cable
        LldpNeighbor("fra-leaf1", "Ethernet2", "core1", "et-0/0/5"),
        LldpNeighbor("lon-edge1", "xe-0/1/1", "core1", "xe-0/1/3"),
    ])
    assert summary.confirmed == 1 and summary.added == 1 and summary.unknown == {"core1": 1}
    assert frozenset({("fra-leaf1", "Ethernet2"), ("core1@fra1", "et-0/0/5")}) in _links(topology)


def test_inventory_hostname_and_case_match():
    """A report may name a device by its Nornir hostname, in any case."""
    topology = loads("r1:\n  hostname: R1.lab.example.net\nr2:\n  hostname: 192.0.2.2\n", format="nornir")
    attach_links(topology, [LldpNeighbor("r2", "e1", "r1.LAB.example.net", "e2")])
    assert _links(topology) == {frozenset({("r2", "e1"), ("r1", "e2")})}


def test_looped_port_and_repeated_report_add_nothing_twice():
    """A device hearing itself is no link; the same report twice is one report."""
    topology = _topology("a", "b")
    summary = attach_links(topology, [
        LldpNeighbor("a", "e1", "a", "e2"),
        LldpNeighbor("a", "e3", "b", "e3"),
        LldpNeighbor("a", "e3", "b", "e3"),
    ])
    assert summary.added == 1 and _links(topology) == {frozenset({("a", "e3"), ("b", "e3")})}


def test_parse_napalm_shapes():
    """The getter's wrapper key, MAC port ids, and a one-device answer named by the caller."""
    text = json.dumps({"r1": {"get_lldp_neighbors": {"e1": [{"hostname": "r2", "port": "aa:bb:cc:dd:ee:ff"}]}},
                       "r2": {}})
    assert parse_lldp(text) == [LldpNeighbor("r1", "e1", "r2", None)]
    one = '{"e1": [{"hostname": "r2", "port": "0011.2233.4455"}]}'
    assert parse_lldp(one, device="r1") == [LldpNeighbor("r1", "e1", "r2", None)]
    assert parse_lldp("{}") == []


BAD = {
    "not lldp": ('{"r1": {"e1": {"hostname": "r2"}}}', 1, "not LLDP neighbours: expected NAPALM"),
    "neighbour type": ('{"r1": {\n  "e1": [\n    "r2"\n  ]\n}}', 3, "each LLDP neighbour must be an object"),
    "hostname type": ('{"r1": {"e1": [\n  {"hostname": 7, "port": "e1"}\n]}}', 2, "neighbour 'hostname' must be a string"),
    "one device unnamed": ('{"e1": [{"hostname": "r2", "port": "e1"}]}', 1, "name the file after the device"),
    "suzieq row": ('[\n {"hostname": "r1", "ifname": "e1", "peerHostname": "r2"},\n {"hostname": "r1"}\n]', 3, "row has no 'ifname'"),
    "suzieq empty ifname": ('[\n {"hostname": "r1", "ifname": "", "peerHostname": "r2"}\n]', 2, "'ifname' must be a non-empty string"),
    "csv columns": ("host,port\nr1,e1\n", 1, "not LLDP neighbours"),
    "csv row": ("hostname,ifname,peerHostname,peerIfname\nr1,e1,r2,e1\n,e2,r2,e2\n", 3, "'hostname' must be a non-empty"),
    "json syntax": ('{"r1": {"e1": [\n  {"hostname": "r2",}\n]}}', 2, "invalid JSON"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed LLDP file fails with a one-line error at the offending line (exit 3)."""
    text, line, fragment = BAD[case]
    with pytest.raises(TopologyFormatError) as info:
        parse_lldp(text, "lldp.json")
    error = info.value
    assert error.line == line, str(error)
    assert fragment in str(error) and "\n" not in str(error)
    assert str(error).startswith(f"lldp.json:{line}: ")
    assert error.exit_code == EXIT_INPUT


def test_missing_file_and_empty_directory_are_input_errors(tmp_path):
    """A missing file or a directory without LLDP files is an input error naming the path."""
    with pytest.raises(TopologyFormatError, match="no such file"):
        load_lldp(tmp_path / "nope.json")
    with pytest.raises(TopologyFormatError, match="no .json or .csv LLDP files"):
        load_lldp(tmp_path)


def test_cli_attaches_lldp_links_to_an_inventory(tmp_path):
    """`topo convert --lldp` turns an inventory plus NAPALM and SuzieQ reports into a cabled topology file."""
    from typer.testing import CliRunner

    from netops.cli import app

    out = tmp_path / "fabric.yaml"
    result = CliRunner().invoke(app, [
        "topo", "convert", str(out), "-t", str(INVENTORY), "--format", "nornir",
        "--lldp", str(LLDP / "napalm.json"), "--lldp", str(LLDP / "suzieq.csv"),
    ])
    assert result.exit_code == 0, result.output
    assert "LLDP: 4 link(s) added" in result.output
    assert _links(load(out)) == EXPECTED  # the second source confirmed the first's links, added none twice

    stats = CliRunner().invoke(app, ["topo", "stats", "-t", str(INVENTORY), "--lldp", str(LLDP / "per-device"),
                                     "--json"])
    assert stats.exit_code == 0, stats.output
    one_file_per_device = attach_links(load(INVENTORY), load_lldp(LLDP / "per-device")).added
    assert json.loads(stats.stdout[stats.stdout.index("{"):])["links"] == one_file_per_device > 0

    missing = CliRunner().invoke(app, ["topo", "validate", "-t", str(INVENTORY), "--lldp", str(tmp_path / "nope")])
    assert missing.exit_code == EXIT_INPUT and "nope" in missing.output
