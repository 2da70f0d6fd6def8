"""The Nornir SimpleInventory reader: inheritance, credential scrubbing, data links, located errors."""

from __future__ import annotations

import shutil

import pytest
from format_helpers import DATA, assert_error, assert_round_trip

from netops.topology.formats import detect_format, dumps, load, loads

INVENTORY = DATA / "nornir"
SECRETS = [
    "hunter2", "admin", "group-pass", "default-user", "default-pass", "netmiko-user", "netmiko-pass",
    "enable-pass", "topsecret", "abc123", "public",
]


def test_hosts_resolve_groups_depth_first_then_defaults():
    """hostname/platform/port and data resolve host > groups in order (parents first) > defaults."""
    topology = load(INVENTORY / "hosts.yaml")
    spine = topology.graph.nodes["ams-spine1"]
    assert spine["hostname"] == "10.0.0.1"
    assert spine["platform"] == "eos"  # from group 'fabric', parent of 'ams', before defaults' ios
    assert spine["port"] == 22  # defaults
    assert spine["groups"] == ["ams", "spines"]
    assert spine["site"] == "ams" and spine["domain"] == "example.net"
    assert spine["role"] == "fabric-member"  # 'ams' -> 'fabric' comes before 'spines'
    assert spine["serial"] == "JPE001"
    leaf2 = topology.graph.nodes["ams-leaf2"]
    assert leaf2["platform"] == "eos" and leaf2["port"] == 2222


def test_credentials_are_never_stored():
    """No username, password, secret, token or community value survives anywhere in the topology."""
    topology = load(INVENTORY / "hosts.yaml")
    everything = repr(topology.graph.graph) + repr(list(topology.devices())) + repr(list(topology.links()))
    for secret in SECRETS:
        assert secret not in everything, secret
    for fmt in ("yaml", "json", "graphml", "gml", "clab"):
        text = dumps(topology, format=fmt)
        assert not any(secret in text for secret in SECRETS), fmt
    options = topology.graph.nodes["ams-leaf2"]["connection_options"]
    assert options["netmiko"] == {"extras": {"global_delay_factor": 2}}
    assert options["napalm"] == {"extras": {"optional_args": {"transport": "https"}}}


def test_data_links_from_both_ends_are_one_link():
    """A link listed by both hosts with the same interfaces becomes one link with its attributes."""
    topology = load(INVENTORY / "hosts.yaml")
    assert topology.number_of_links() == 2
    assert topology.graph.edges["ams-spine1", "ams-leaf1", 0] == {
        "speed": 100000, "interfaces": {"ams-spine1": "Ethernet1", "ams-leaf1": "Ethernet49"}
    }
    assert "links" not in topology.graph.nodes["ams-spine1"]


def test_hosts_file_alone_reads_without_groups(tmp_path):
    """A hosts file given as text (no files beside it) reads with its own values only."""
    text = (INVENTORY / "hosts.yaml").read_text()
    with pytest.raises(Exception, match="group 'ams' is not defined"):
        loads(text, format="nornir")
    alone = "r1:\n  hostname: 10.0.0.1\n  password: x\n  data: {role: edge}\n"
    topology = loads(alone, format="nornir")
    assert topology.graph.nodes["r1"] == {"hostname": "10.0.0.1", "role": "edge"}


def test_prefixed_inventory_files_are_found(tmp_path):
    """lab-hosts.yaml finds lab-groups.yaml and lab-defaults.yaml beside it."""
    for role in ("hosts", "groups", "defaults"):
        shutil.copy(INVENTORY / f"{role}.yaml", tmp_path / f"lab-{role}.yaml")
    topology = load(tmp_path / "lab-hosts.yaml")
    assert detect_format(tmp_path / "lab-hosts.yaml") == "nornir"
    assert topology.graph.nodes["ams-leaf1"]["platform"] == "eos"


def test_data_keys_named_like_fields_are_prefixed():
    """A data key that collides with a host field is kept as data.<key>."""
    topology = loads("r1:\n  platform: eos\n  data: {platform: other, hostname: h}\n", format="nornir")
    assert topology.graph.nodes["r1"] == {"platform": "eos", "data.platform": "other", "data.hostname": "h"}


def test_nornir_is_read_only_and_converts_to_writable_formats():
    """Nornir cannot be written, but what it reads survives every writable format."""
    topology = load(INVENTORY / "hosts.yaml")
    with pytest.raises(Exception, match="read-only"):
        dumps(topology, format="nornir")
    for fmt in ("yaml", "json", "graphml", "gml", "clab"):
        assert_round_trip(topology, fmt)


def test_errors_in_groups_file_name_that_file(tmp_path):
    """An undefined parent group in groups.yaml is reported at its line in groups.yaml."""
    (tmp_path / "hosts.yaml").write_text("r1:\n  groups: [a]\n")
    (tmp_path / "groups.yaml").write_text("a:\n  groups:\n    - b\n")
    with pytest.raises(Exception) as info:
        load(tmp_path / "hosts.yaml")
    assert str(info.value) == f"{tmp_path / 'groups.yaml'}:3: group 'b' is not defined in groups.yaml"


def test_group_cycles_are_errors(tmp_path):
    """Groups that include each other are refused at the line closing the cycle."""
    (tmp_path / "hosts.yaml").write_text("r1:\n  groups: [a]\n")
    (tmp_path / "groups.yaml").write_text("a:\n  groups: [b]\nb:\n  groups: [a]\n")
    with pytest.raises(Exception) as info:
        load(tmp_path / "hosts.yaml")
    assert str(info.value) == f"{tmp_path / 'groups.yaml'}:4: group cycle: a -> b -> a"


BAD = {
    "undefined group": ("r1:\n  hostname: x\n  groups:\n    - nope\n", 4, "group 'nope' is not defined"),
    "groups not list": ("r1:\n  groups: core\n", 2, "'groups' must be a list"),
    "port type": ("r1:\n  port: ssh\n", 2, "'port' must be an integer"),
    "data type": ("r1:\n  data: [1]\n", 2, "'data' must be a mapping"),
    "host type": ("r1: [1]\n", 1, "must be a mapping of hostname"),
    "link peer": ("r1:\n  data:\n    links:\n      - {peer: r2}\n", 4, "link peer 'r2' is not a host"),
    "link duplicate interface": (
        "r1:\n  data:\n    links:\n      - {peer: r2, interface: e1}\n      - {peer: r2, interface: e1}\nr2: {}\n",
        5,
        "interface r1:e1 is already used by the link on line 4",
    ),
    "link conflict": (
        (
            "r1:\n  data:\n    links:\n      - {peer: r2, interface: e1, peer_interface: e1, speed: 1}\n"
            "r2:\n  data:\n    links:\n      - {peer: r1, interface: e1, peer_interface: e1, speed: 2}\n"
        ),
        8,
        "listed from both ends with different attributes",
    ),
    "self link": ("r1:\n  data:\n    links:\n      - {peer: r1}\n", 4, "two different hosts"),
    "not mapping": ("- r1\n- r2\n", 1, "mapping of host name to settings"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_names_the_line(case):
    """Each kind of malformed hosts file fails with a one-line error at the offending line."""
    text, line, fragment = BAD[case]
    assert_error("nornir", text, line, fragment)
