"""Property tests over every format: random topologies round-trip, garbage fails cleanly."""

from __future__ import annotations

import pytest
from format_helpers import ALL_WRITABLE, DATA, assert_round_trip, topologies
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netops.errors import TopologyError
from netops.topology.formats import FORMAT_MODULES, format_module, loads

SETTINGS = settings(
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
GARBAGE = settings(derandomize=True, max_examples=150, deadline=None)

SAMPLES = {
    "clab": DATA / "dc1.clab.yml",
    "netbox": DATA / "fabric.netbox.json",
    "nornir": DATA / "nornir" / "hosts.yaml",
    "yaml": DATA / "small.yaml",
    "json": DATA / "small.json",
    "graphml": DATA / "zoo-style.graphml",
    "gml": DATA / "zoo-style.gml",
}


def test_every_format_is_implemented():
    """Each registered format imports and declares NAME, EXTENSIONS, sniff, read and write."""
    for name in FORMAT_MODULES:
        module = format_module(name)
        assert module.NAME == name
        assert module.EXTENSIONS and all(isinstance(e, str) for e in module.EXTENSIONS)
        assert callable(module.sniff) and callable(module.read)
        assert module.write is None or callable(module.write)
        assert "read" in module.__all__ and "sniff" in module.__all__
    assert set(ALL_WRITABLE) == {"clab", "yaml", "json", "graphml", "gml"}


@pytest.mark.parametrize("fmt", ALL_WRITABLE)
@SETTINGS
@given(topology=topologies())
def test_random_topologies_round_trip(fmt, topology):
    """Any topology (any attribute names and JSON values, parallel links, interfaces) survives write then read."""
    assert_round_trip(topology, fmt)


@SETTINGS
@given(topology=topologies())
def test_random_topologies_survive_a_chain_of_formats(topology):
    """Converting through every writable format in turn changes nothing."""
    current = topology
    for fmt in ALL_WRITABLE:
        current = assert_round_trip(current, fmt)


@pytest.mark.parametrize("fmt", list(FORMAT_MODULES))
@GARBAGE
@given(text=st.text(max_size=200))
def test_garbage_text_fails_only_with_topology_errors(fmt, text):
    """Random text either parses or raises a TopologyError, never anything else."""
    try:
        loads(text, format=fmt, path="garbage")
    except TopologyError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("fmt", list(FORMAT_MODULES))
@GARBAGE
@given(data=st.data())
def test_damaged_valid_files_fail_only_with_topology_errors(fmt, data):
    """A valid file with a random slice replaced parses or raises a TopologyError, never anything else."""
    original = SAMPLES[fmt].read_text(encoding="utf-8")
    start = data.draw(st.integers(min_value=0, max_value=len(original)))
    end = data.draw(st.integers(min_value=start, max_value=min(len(original), start + 40)))
    patch = data.draw(st.sampled_from(["", "[", "]", "{", "}", '"', ":", "\n", "  ", "- ", "<", ">", "0", "null"]) | st.text(max_size=6))
    damaged = original[:start] + patch + original[end:]
    try:
        loads(damaged, format=fmt, path=str(SAMPLES[fmt]))
    except TopologyError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("fmt", list(FORMAT_MODULES))
@GARBAGE
@given(text=st.text(max_size=300))
def test_sniff_never_raises(fmt, text):
    """Content sniffing answers True or False for any text."""
    assert format_module(fmt).sniff(text) in (True, False)


@pytest.mark.parametrize("fmt", list(FORMAT_MODULES))
def test_each_sample_is_recognised_by_its_own_sniffer_only(fmt):
    """The content of each fixture is claimed by its own format and by no format sniffed before it."""
    text = SAMPLES[fmt].read_text(encoding="utf-8")
    assert format_module(fmt).sniff(text)
    order = list(FORMAT_MODULES)
    for earlier in order[: order.index(fmt)]:
        assert not format_module(earlier).sniff(text), f"{earlier} claims the {fmt} sample"
