"""Fixtures for the sandbox tests: a fresh lab topology and the ``host`` guard.

``host`` snapshots what a hostile program must never change (see
``sandbox_support.HostState``) and asserts after the test that it did not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sandbox_support import HostState, make_lab

from netops.topology import Topology


@pytest.fixture
def lab() -> Topology:
    """A fresh lab topology per test."""
    return make_lab()


@pytest.fixture
def host(lab: Topology, tmp_path: Path):
    """Assert after the test that the host process, the lab graph and the file system are unchanged."""
    canary = tmp_path / "canary.txt"
    canary.write_text("untouched")
    state = HostState(lab, canary)
    yield state
    state.assert_unchanged()
