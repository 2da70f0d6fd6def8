"""The Topology model, the native YAML format, schema summary, settings and atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netops import fsutil
from netops.errors import InputError, TopologyFormatError, UnknownFormatError
from netops.settings import load_settings
from netops.topology import Topology, dumps, fingerprint, load, loads, same_topology, save, summarize

GOOD = """\
name: tiny
description: two switches
nodes:
  - name: a
    role: spine
    site: ams
  - name: b
    role: leaf
    site: ams
    tags: [x, y]
links:
  - endpoints: [a:Ethernet1, b:Ethernet49]
    speed: 100000
    status: up
  - endpoints: [a:Ethernet2, b:Ethernet50]
    speed: 100000
    status: down
  - endpoints: [a, b]
invariants:
  - id: has-spine
    program: result = len(nodes(G, role="spine")) > 0
    expect: true
"""


def _error(text: str) -> TopologyFormatError:
    with pytest.raises(TopologyFormatError) as info:
        loads(text, format="yaml", path="t.yaml")
    return info.value


def test_native_yaml_reads_devices_parallel_links_interfaces_and_invariants():
    """A well-formed file gives devices, parallel links with interfaces, metadata and invariants."""
    topo = loads(GOOD, format="yaml", path="t.yaml")
    assert topo.number_of_devices() == 2
    assert topo.number_of_links() == 3
    assert topo.interface_of("a", "b", 0, "b") == "Ethernet49"
    assert topo.graph.graph["description"] == "two switches"
    assert topo.invariants[0]["id"] == "has-spine"
    assert topo.graph.nodes["b"]["tags"] == ["x", "y"]


def test_native_yaml_round_trip_is_lossless():
    """Writing and re-reading native YAML keeps every device, link, attribute and invariant."""
    topo = loads(GOOD, format="yaml", path="t.yaml")
    again = loads(dumps(topo, format="yaml"), format="yaml", path="again.yaml")
    assert same_topology(topo, again)
    assert again.invariants == topo.invariants


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("nodes:\n  - name: a\n  - name: a\n", 3, "duplicate node name 'a'"),
        ("nodes:\n  - name: a\nlinks:\n  - endpoints: [a, zz]\n", 4, "'zz' is not a defined node"),
        ("nodes:\n  - name: a\n  - name: b\nlinks:\n  - endpoints: [a:e1, b:e1]\n  - endpoints: [a:e1, b:e2]\n", 6, "a:e1 is already used"),
        ("nodes:\n  - name: a\n    role: [unclosed\n", 4, "invalid YAML"),
        ("nodes:\n  - name: 7\n", 2, "non-empty string"),
        ("nodes:\n  - name: a\n    role: x\n    role: y\n", 4, "duplicate key 'role'"),
        ("nodes:\n  - name: a\nlinks:\n  - endpoints: [a]\n", 4, "exactly two"),
        ("links: []\n", 1, "missing 'nodes'"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_native_yaml_bad_input_names_the_line(text, line, fragment):
    """Each malformed file raises one TopologyFormatError naming the file, the line and the problem."""
    error = _error(text)
    assert error.line == line
    assert fragment in error.problem
    assert str(error).startswith(f"t.yaml:{line}: ")


def test_load_reports_missing_file_and_unknown_format(tmp_path):
    """A missing file and an unrecognizable file are input errors (exit code 3)."""
    with pytest.raises(TopologyFormatError, match="no such file"):
        load(tmp_path / "missing.yaml")
    odd = tmp_path / "data.bin"
    odd.write_text("hello world")
    with pytest.raises(UnknownFormatError) as info:
        load(odd)
    assert info.value.exit_code == 3


def test_load_reports_non_utf8_with_line(tmp_path):
    """Bytes that are not UTF-8 are reported with the line they are on."""
    path = tmp_path / "t.yaml"
    path.write_bytes(b"nodes:\n  - name: a\n  - name: \xff\n")
    with pytest.raises(TopologyFormatError) as info:
        load(path)
    assert info.value.line == 3


def test_schema_summary_counts_and_is_compact():
    """The summary names attributes with types and samples and counts devices by role and site."""
    topo = loads(GOOD, format="yaml", path="t.yaml")
    summary = summarize(topo)
    text = summary.to_prompt()
    assert "role (str, all)" in text
    assert summary.counts["role"] == {"leaf": 1, "spine": 1}
    assert summary.parallel_links == 2
    assert "Ethernet49" in text or "Ethernet1" in text
    assert len(text) < 2000


def test_fingerprint_ignores_values_but_not_shape():
    """The fingerprint is stable when a link's utilization changes and moves when an attribute is added."""
    topo = loads(GOOD, format="yaml", path="t.yaml")
    before = fingerprint(summarize(topo))
    topo.graph.edges["a", "b", 0]["speed"] = 400000
    assert fingerprint(summarize(topo)) == before
    topo.graph.nodes["a"]["rack"] = "r1"
    assert fingerprint(summarize(topo)) != before


def test_structural_problems_catch_interface_reuse_after_mutation():
    """A program that reuses an interface is caught by the structural rules."""
    topo = loads(GOOD, format="yaml", path="t.yaml")
    topo.graph.add_edge("a", "b", interfaces={"a": "Ethernet1"})
    assert any("Ethernet1" in p for p in topo.structural_problems())


def test_add_link_refuses_unknown_endpoint():
    """Links never create devices: an unknown endpoint is an error."""
    topo = Topology()
    topo.add_device("a")
    with pytest.raises(TopologyFormatError, match="not a device"):
        topo.add_link("a", "ghost")


def test_save_is_atomic_when_writing_fails(tmp_path, monkeypatch):
    """If the write fails midway, the existing file keeps its old content and no temp file is left."""
    path = tmp_path / "t.yaml"
    path.write_text(GOOD)
    topo = loads(GOOD, format="yaml", path="t.yaml")

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(fsutil.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save(topo, path)
    assert path.read_text() == GOOD
    assert [p.name for p in tmp_path.iterdir()] == ["t.yaml"]


def _config_file(tmp_path, monkeypatch, text):
    """A config file holding ``text``, pointed to by NETOPS_CONFIG."""
    config = tmp_path / "config.yaml"
    config.write_text(text)
    monkeypatch.setenv("NETOPS_CONFIG", str(config))
    return config


def test_settings_precedence(tmp_path, monkeypatch):
    """An explicit value beats the environment, which beats the config file, which beats the default."""
    _config_file(tmp_path, monkeypatch, "retries: 5\nexamples: 2\ntimeout: 3\n")
    monkeypatch.setenv("NETOPS_EXAMPLES", "7")
    settings = load_settings(timeout=1.5)
    assert (settings.retries, settings.examples, settings.timeout) == (5, 7, 1.5)


def test_settings_reject_unknown_keys(tmp_path, monkeypatch):
    """A typo in the config file is an input error, not silently ignored."""
    _config_file(tmp_path, monkeypatch, "retires: 5\n")
    with pytest.raises(InputError, match="unknown setting 'retires'"):
        load_settings()


def test_the_replaced_schema_notes_setting_says_what_replaced_it(tmp_path, monkeypatch):
    """``schema_notes`` became ``schema_style``; an old config file is told so, and a bad style is named."""
    config = _config_file(tmp_path, monkeypatch, "schema_notes: true\n")
    with pytest.raises(InputError, match="'schema_notes' is now 'schema_style: notes'"):
        load_settings()
    config.write_text("schema_style: notes\n")
    assert load_settings().schema_style == "notes"
    monkeypatch.setenv("NETOPS_SCHEMA_STYLE", "tiny")
    with pytest.raises(InputError, match="'schema_style' must be one of compact, full, notes"):
        load_settings()


def test_atomic_write_keeps_file_mode(tmp_path):
    """Replacing a file keeps its permission bits."""
    path = tmp_path / "f.txt"
    path.write_text("old")
    os.chmod(path, 0o640)
    fsutil.atomic_write_text(path, "new")
    assert path.read_text() == "new"
    assert (path.stat().st_mode & 0o777) == 0o640


def test_schema_to_dict_is_json():
    """The summary's dict form serializes to JSON for --json output."""
    topo = loads(GOOD, format="yaml", path="t.yaml")
    json.dumps(summarize(topo).to_dict())


def test_detects_yaml_by_content_for_unknown_extension(tmp_path):
    """A native topology with an unusual extension is recognized by its content."""
    path = Path(tmp_path) / "topo.txt"
    path.write_text(GOOD)
    assert load(path).number_of_devices() == 2
