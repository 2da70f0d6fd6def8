"""The NetBox export reader: device flattening, cables as links, located errors."""

from __future__ import annotations

import json
import logging

import pytest
from format_helpers import DATA, assert_error, assert_round_trip
from typer.testing import CliRunner

from netops.cli import app
from netops.errors import EXIT_INPUT, UnknownFormatError
from netops.topology.formats import detect_format, dumps, load, loads
from netops.topology.model import INTERFACES

FIXTURE = DATA / "fabric.netbox.json"


def test_devices_are_flattened_to_plain_attributes():
    """Reference objects become slugs/values/addresses; ids and custom fields are kept, API noise dropped."""
    spine = load(FIXTURE).graph.nodes["ams-spine1"]
    assert spine == {
        "netbox_id": 1,
        "role": "spine",
        "model": "DCS-7280SR3",
        "vendor": "arista",
        "site": "ams1",
        "platform": "eos",
        "rack": "R01",
        "status": "active",
        "primary_ip": "10.0.0.1/32",
        "serial": "JPE001",
        "tags": ["fabric"],
        "custom_fields": {"owner": "netops", "name": "not-a-reference"},
    }


def test_netbox3_device_role_and_plain_values():
    """NetBox 3's device_role maps to role; plain strings and nulls are kept as they are."""
    leaf = load(FIXTURE).graph.nodes["ams-leaf1"]
    assert leaf["role"] == "leaf" and leaf["status"] == "active"
    assert leaf["platform"] is None


def test_cables_become_links_with_interfaces_and_per_side_attributes():
    """A cable is a link with interfaces, cable fields, per-side interface attributes and the slower speed in Mb/s."""
    topology = load(FIXTURE)
    link = topology.graph.edges["ams-spine1", "ams-leaf1", 0]
    assert link["interfaces"] == {"ams-spine1": "Ethernet1", "ams-leaf1": "Ethernet49"}
    assert link["type"] == "smf" and link["status"] == "connected" and link["label"] == "C-0007"
    assert link["length_unit"] == "m" and link["netbox_id"] == 7
    assert link["interface_attrs"]["ams-spine1"]["speed"] == 100000
    assert link["interface_attrs"]["ams-leaf1"] == {
        "type": "40gbase-x-qsfpp", "speed": 40000, "enabled": True, "description": "uplink", "netbox_id": 21
    }
    assert link["speed"] == 40000


def test_terminations_by_object_id_and_by_device_and_interface():
    """Cable ends given only as an interface id, or as {device, interface}, are resolved."""
    link = load(FIXTURE).graph.edges["ams-spine1", "ams-leaf2", 0]
    assert link["interfaces"] == {"ams-spine1": "Ethernet2", "ams-leaf2": "Ethernet49"}
    assert link["interface_attrs"]["ams-leaf2"]["enabled"] is False


def test_cables_to_non_interfaces_are_skipped_and_listed():
    """A cable to a front port is not a link; its id is listed in netbox_skipped_cables."""
    topology = load(FIXTURE)
    assert topology.number_of_links() == 2
    assert topology.graph.graph["netbox_skipped_cables"] == [9]


def test_legacy_termination_a_b_export():
    """NetBox 3.2-style termination_a/termination_b cables are read, from YAML."""
    topology = load(DATA / "legacy.netbox.yaml")
    assert topology.graph.edges["r1", "r2", 0]["interfaces"] == {"r1": "et-0/0/0", "r2": "et-0/0/0"}
    assert topology.graph.nodes["r1"]["vendor"] == "juniper"


def test_netbox_is_read_only_and_converts_to_writable_formats():
    """NetBox cannot be written, but what it reads survives every writable format."""
    topology = load(FIXTURE)
    with pytest.raises(UnknownFormatError, match="read-only"):
        dumps(topology, format="netbox")
    for fmt in ("yaml", "json", "graphml", "gml", "clab"):
        assert_round_trip(topology, fmt)


def test_detected_by_extension_and_content(tmp_path):
    """'.netbox.json' selects NetBox, and so does NetBox content in an extensionless file."""
    assert detect_format(FIXTURE) == "netbox"
    assert detect_format(tmp_path / "export", FIXTURE.read_text()) == "netbox"
    assert detect_format(tmp_path / "export", (DATA / "legacy.netbox.yaml").read_text()) == "netbox"


def _export(devices=None, interfaces=None, cables=None) -> str:
    data = {"devices": devices if devices is not None else [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]}
    if interfaces is not None:
        data["interfaces"] = interfaces
    if cables is not None:
        data["cables"] = cables
    return json.dumps(data, indent=1)


def _cable(a, b):
    return {"a_terminations": [{"device": a[0], "interface": a[1]}], "b_terminations": [{"device": b[0], "interface": b[1]}]}


BAD = {
    # json.dumps(indent=1) puts every object on its own lines: devices open on 3 and 7, the first cable on 13.
    "duplicate device": (_export([{"name": "a"}, {"name": "a"}]), 6, "duplicate device name 'a'"),
    "repeated name without site": (
        _export([{"name": "a", "site": {"slug": "x"}}, {"name": "a"}]), 9, "duplicate device name 'a' (NetBox names"
    ),
    "repeated name at one site": (
        _export([{"name": "a", "site": "x"}, {"name": "a", "site": "x"}]), 7, "duplicate device name 'a@x'"
    ),
    "repeated name as a reference": (
        _export([{"id": 1, "name": "a", "site": "x"}, {"id": 2, "name": "a", "site": "y"}], cables=[_cable(("a", "e1"), ("a@y", "e1"))]),
        17,
        "device name 'a' is used at several sites; refer to the device by its NetBox id",
    ),
    "dangling cable": (_export(cables=[_cable(("a", "e1"), ("zz", "e1"))]), 21, "device 'zz' is not in 'devices'"),
    "duplicate cable interface": (
        _export(cables=[_cable(("a", "e1"), ("b", "e1")), _cable(("a", "e1"), ("b", "e2"))]),
        27,
        "interface a:e1 is already used by the cable on line 13",
    ),
    "dangling interface device": (_export(interfaces=[{"device": {"name": "q"}, "name": "e1"}]), 14, "device 'q' is not in 'devices'"),
    "no terminations": (_export(cables=[{"id": 1}]), 13, "cable has no A side terminations"),
    "unknown termination id": (
        _export(cables=[{"a_terminations": [{"object_type": "dcim.interface", "object_id": 99}], "b_terminations": [{"device": "b", "interface": "e1"}]}]),
        15,
        "cannot tell which device interface",
    ),
    "syntax": ('{"devices": [\n  {"name": "a"},\n  {"name": "b"}\n  {"name": "c"}\n]}', 4, "invalid JSON"),
    "yaml duplicate key": ("devices:\n  - name: a\n    site: x\n    site: y\n", 4, "duplicate key 'site'"),
    "no devices": ('{"cables": []}', 1, "must be a mapping with 'devices'"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed NetBox export fails with a one-line error at the offending line."""
    text, line, fragment = BAD[case]
    assert_error("netbox", text, line, fragment)


# -- issue 15: real multi-site exports ------------------------------------------------------------

MULTISITE = DATA / "multisite.netbox.json"


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "netops.topology" and r.levelno == logging.WARNING]


def test_multisite_export_names_repeated_devices_by_site(caplog):
    """Two sites' 'core1' become core1@ams1 and core1@fra1, keep netbox_name, and one warning says so."""
    with caplog.at_level(logging.WARNING, logger="netops.topology"):
        topology = load(MULTISITE)
    assert sorted(topology.graph.nodes) == ["ams-leaf1", "ams-leaf2", "core1@ams1", "core1@fra1", "fra-leaf1", "lon-edge1"]
    core = topology.graph.nodes["core1@fra1"]
    assert core["netbox_name"] == "core1" and core["site"] == "fra1" and core["netbox_id"] == 201
    assert core["vendor"] == "juniper" and core["primary_ip"] == "10.2.255.1/32" and core["tags"] == ["wan"]
    assert "netbox_name" not in topology.graph.nodes["ams-leaf1"]
    renamed = [w for w in _warnings(caplog) if "several sites" in w]
    assert renamed == [
        f"netops: {MULTISITE}: 1 device name used at several sites, so those devices are named NAME@SITE "
        "(core1@ams1, core1@fra1)"
    ]


def test_unnamed_devices_are_skipped_with_one_warning(caplog):
    """The unnamed patch panel and media converter are left out, with their cables, and counted once."""
    with caplog.at_level(logging.WARNING, logger="netops.topology"):
        topology = load(MULTISITE)
    assert topology.graph.graph["netbox_unnamed_devices"] == [140, 241]
    skipped = [w for w in _warnings(caplog) if "unnamed" in w]
    assert skipped == [
        f"netops: {MULTISITE}: skipped 2 unnamed devices (NetBox id 140, 241) and 1 cable to them; "
        "name them in NetBox to keep them"
    ]
    assert len(_warnings(caplog)) == 2
    # fra-leaf1's cable to the media converter is no link, and no link names the skipped devices.
    assert all("fra-leaf1" not in attrs[INTERFACES] or attrs[INTERFACES]["fra-leaf1"] != "Ethernet48"
               for *_, attrs in topology.links())
    assert 5005 in topology.graph.graph["netbox_skipped_cables"]


def _links(topology):
    return {
        frozenset(f"{node}:{ifname}" for node, ifname in attrs[INTERFACES].items()): attrs
        for *_, attrs in topology.links()
    }


def test_cables_patch_panels_and_circuits_become_links():
    """Direct cables, a path through the unnamed patch panel and a circuit between sites are links."""
    links = _links(load(MULTISITE))
    assert set(links) == {
        frozenset({"core1@ams1:et-0/0/0", "ams-leaf1:Ethernet49/1"}),
        frozenset({"core1@fra1:et-0/0/0", "fra-leaf1:Ethernet49/1"}),
        frozenset({"core1@ams1:et-0/0/1", "ams-leaf2:Ethernet49/1"}),
        frozenset({"core1@ams1:et-0/0/2", "core1@fra1:et-0/0/2"}),
    }
    direct = links[frozenset({"core1@ams1:et-0/0/0", "ams-leaf1:Ethernet49/1"})]
    assert direct["netbox_id"] == 5001 and direct["label"] == "AMS1-0001" and "netbox_path" not in direct
    panel = links[frozenset({"core1@ams1:et-0/0/1", "ams-leaf2:Ethernet49/1"})]
    assert panel["netbox_path"] == "traced" and "circuit" not in panel and panel["speed"] == 100000
    assert panel["interface_attrs"]["ams-leaf2"]["description"] == "uplink core1 (panel)"
    wan = links[frozenset({"core1@ams1:et-0/0/2", "core1@fra1:et-0/0/2"})]
    assert wan["netbox_path"] == "traced" and wan["circuit"] == "CID-AMS-FRA-01"


def test_unreachable_and_provider_network_paths_are_not_links():
    """The planned London circuit (unreachable) and the Internet circuit (a provider network) add no link."""
    topology = load(MULTISITE)
    assert topology.graph.degree("lon-edge1") == 0
    assert all(attrs[INTERFACES].get("core1@ams1") != "xe-0/1/0" for *_, attrs in topology.links())
    assert topology.graph.graph["netbox_skipped_cables"] == [5002, 5003, 5005, 5006, 5007, 5008, 5009, 5010]


def test_multisite_export_converts_to_writable_formats():
    """Site-qualified names (with '@') survive every writable format."""
    topology = load(MULTISITE)
    for fmt in ("yaml", "json", "graphml", "gml", "clab"):
        assert_round_trip(topology, fmt)


def test_traced_far_end_by_name_and_existing_cable_wins():
    """A far end given by device and name is found; a port that already has a cable link keeps it."""
    iface = {"device": {"id": 1}, "name": "e1", "connected_endpoints_type": "dcim.interface",
             "connected_endpoints": [{"device": {"id": 2, "name": "b"}, "name": "e9"}]}
    other = {"device": {"id": 2}, "name": "e2", "connected_endpoints": [{"device": {"name": "a"}, "name": "e1"}]}
    topology = loads(_export(interfaces=[iface, other], cables=[_cable(("b", "e2"), ("a", "e3"))]), format="netbox")
    assert {frozenset(a[INTERFACES].items()) for *_, a in topology.links()} == {
        frozenset({("a", "e1"), ("b", "e9")}),
        frozenset({("b", "e2"), ("a", "e3")}),
    }


PAGE = {"count": 500, "next": "https://netbox.example.net/api/dcim/devices/?limit=50&offset=50", "previous": None,
        "results": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]}


def test_one_page_of_a_paginated_answer_is_refused():
    """A section whose 'next' is set says how many results it holds of how many, and how to fetch all."""
    text = json.dumps({"devices": PAGE, "cables": []}, indent=1)
    error = assert_error("netbox", text, 4, "'devices' is one page of a paginated API answer: it holds 2 of 500 results")
    assert "?limit=0" in str(error) and "follow 'next'" in str(error) and "offset=50" in str(error)
    assert error.exit_code == 3


def test_later_pages_and_short_answers_are_refused():
    """A page with 'previous' set, or fewer results than 'count', is refused too; a whole answer is read."""
    later = dict(PAGE, next=None, previous="https://netbox.example.net/api/dcim/devices/?limit=50")
    assert_error("netbox", json.dumps({"devices": later}), 1, "it is a later page (2 of 500 results")
    short = {"count": 3, "next": None, "results": PAGE["results"]}
    assert_error("netbox", json.dumps({"devices": short}), 1, "it holds 2 of 3 results")
    whole = {"count": 2, "next": None, "previous": None, "results": PAGE["results"]}
    assert loads(json.dumps({"devices": whole}), format="netbox").number_of_devices() == 2


def test_a_single_endpoint_answer_is_not_an_export():
    """curl's answer for /api/dcim/devices/ alone is refused with what an export needs."""
    assert_error("netbox", json.dumps(dict(PAGE, count=2, next=None)), 1, "this is one NetBox API answer ('results' of a single endpoint)")
    error = assert_error("netbox", json.dumps(PAGE), 1, "; and it holds 2 of 500 results and more are at 'next'")
    assert "?limit=0" in str(error)


def test_paginated_export_exits_3_through_the_cli(tmp_path):
    """`netops topo validate` on one page of devices exits 3 with the located one-line message."""
    path = tmp_path / "page.netbox.json"
    path.write_text(json.dumps({"devices": PAGE}, indent=1))
    result = CliRunner().invoke(app, ["topo", "validate", "-t", str(path)])
    assert result.exit_code == EXIT_INPUT
    assert f"{path}:4: 'devices' is one page of a paginated API answer: it holds 2 of 500 results" in result.output
