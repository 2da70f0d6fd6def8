"""Crash safety of apply at random moments (issue 14 #2), with the real CLI as the next command.

tests/test_apply_crash.py kills apply deterministically at every boundary
between two steps of the protocol. This file adds the other half of "kills
apply at random points": a child runs ``apply_change`` and the parent sends
SIGKILL after a random delay spread over the whole apply, so kills also land
*inside* steps (mid-write of the temp file, mid-SQLite transaction, while
serializing). After each kill the next command is ``netops undo`` through the
CLI, and the checks are the issue's: the file is the old or the new version
byte for byte, no temp file survives that command, no journal entry is left
pending, and a change that landed is undone (exit 0) while one that did not
leaves nothing to undo (exit 1).
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.store.apply import apply_change, load_for_change
from netops.store.database import Store
from netops.topology.formats import dumps
from test_apply_crash import ORIGINAL  # the same hand-edited file as the step-boundary crash test

TRIALS = 100

pytestmark = pytest.mark.usefixtures("home")


@pytest.fixture
def topo_file(tmp_path: Path) -> Path:
    path = tmp_path / "net" / "lab.yaml"
    path.parent.mkdir()
    path.write_bytes(ORIGINAL)
    return path


def _temp_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def _start_apply(path: Path, device: str) -> tuple[int, bytes]:
    """Fork a child that applies 'add DEVICE' to ``path``; return its pid and the bytes it would write."""
    topo, sha = load_for_change(path)
    topo.add_device(device, role="leaf", site="fra")
    new_bytes = dumps(topo, format="yaml").encode("utf-8")
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns into pytest
        code = 3
        try:
            apply_change(path, topo, expected_sha256=sha, store=Store(), request=f"add {device}")
            code = 0
        finally:
            os._exit(code)
    return pid, new_bytes


def _apply_seconds(path: Path) -> float:
    """How long a whole apply takes in a child here (the slowest of three, then undone)."""
    slowest = 0.0
    for i in range(3):
        started = time.monotonic()
        pid, _ = _start_apply(path, f"warmup{i}")
        _pid, status = os.waitpid(pid, 0)
        slowest = max(slowest, time.monotonic() - started)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
        result = CliRunner().invoke(app, ["undo", "-t", str(path), "--yes"])
        assert result.exit_code == 0, result.output
    assert path.read_bytes() == ORIGINAL
    return slowest


@pytest.mark.timeout(600)
def test_apply_killed_at_random_moments_then_cli_undo(topo_file: Path, store: Store):
    rng = random.Random(14)  # the delays are reproducible; where they land depends on the machine's speed
    window = _apply_seconds(topo_file) * 1.3
    runner = CliRunner()
    landed = killed = 0
    for trial in range(TRIALS):
        base = topo_file.read_bytes()
        pid, new_bytes = _start_apply(topo_file, f"t{trial}")
        time.sleep(rng.uniform(0.0, window))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # pragma: no cover - already reaped (cannot happen before waitpid)
            pass
        _pid, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            assert os.WTERMSIG(status) == signal.SIGKILL
            killed += 1
        else:
            assert os.WEXITSTATUS(status) == 0, f"trial {trial}: the apply failed on its own (status {status})"

        content = topo_file.read_bytes()
        assert content in (base, new_bytes), f"trial {trial}: torn file"

        # The next command, as an operator runs it.
        result = runner.invoke(app, ["undo", "-t", str(topo_file), "--yes"])
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        if content == new_bytes:
            landed += 1
            assert result.exit_code == 0, f"trial {trial}: the change landed but undo failed:\n{result.output}"
        else:
            assert result.exit_code == 1 and "nothing to undo" in result.output, (trial, result.output)
        assert topo_file.read_bytes() == ORIGINAL, f"trial {trial}: undo did not restore the original"
        assert _temp_files(topo_file.parent) == [], f"trial {trial}: a temp file survived `netops undo`"
        assert store.journal_pending() == [], f"trial {trial}: a journal entry was left pending"
    print(f"random kills: {killed} of {TRIALS} children killed, {landed} changes landed")
    # Kills landed both before and after the change reached the file.
    assert killed > 0 and 0 < landed < TRIALS, (killed, landed)
