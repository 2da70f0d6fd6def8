"""The NetBox export reader: device flattening, cables as links, located errors."""

from __future__ import annotations

import json

import pytest
from format_helpers import DATA, assert_error, assert_round_trip

from netops.errors import UnknownFormatError
from netops.topology.formats import detect_format, dumps, load

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
    "unnamed device": (_export([{"name": "a"}, {"id": 7, "name": None}]), 6, "device (NetBox id 7) has no name"),
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
