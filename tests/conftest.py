"""Fixtures shared by test files across the suite.

Nothing here is autouse: a file that wants every test isolated from the real
netops home says so with ``pytestmark = pytest.mark.usefixtures("home")``.
A file may still define its own ``home`` or ``store``; the nearer definition wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netops.store.database import Store


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh NETOPS_HOME for this test; the real home is never touched."""
    path = tmp_path / "home"
    monkeypatch.setenv("NETOPS_HOME", str(path))
    return path


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    """The netops database in this test's ``home``, closed afterwards."""
    db = Store()
    yield db
    db.close()
