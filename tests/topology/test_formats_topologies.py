"""Every sample under topologies/ loads cleanly and survives every writable format."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import ALL_WRITABLE, assert_round_trip

from netops.topology.formats import load

ROOT = Path(__file__).resolve().parents[2] / "topologies"
PATTERNS = ("*.yaml", "*.yml", "*.clab.yml", "*.clab.yaml", "*.graphml", "*.gml", "*.json")
SAMPLES = sorted({path for pattern in PATTERNS for path in ROOT.glob(pattern)})


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_loads_without_structural_problems(path):
    """The sample loads, has devices, and breaks no structural rule."""
    topology = load(path)
    assert topology.number_of_devices() > 0
    assert topology.structural_problems() == []


@pytest.mark.parametrize("fmt", ALL_WRITABLE)
@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_round_trips_through_every_writable_format(path, fmt):
    """Writing the sample in each writable format and reading it back changes nothing."""
    assert_round_trip(load(path), fmt)
