"""Crash safety of apply and undo (issue 14 #2): a process killed between any two steps.

Each trial forks a child that runs ``apply_change`` (or ``undo``) with the
steps of the protocol wrapped so that the child SIGKILLs itself at the N-th
step boundary: before and after taking the lock's recovery pass, reading the
file, journaling, creating the temp file, fsyncing it, setting its mode,
renaming it, fsyncing the directory and marking the journal. N runs over
every boundary, so every gap between two steps is hit, deterministically.

After each kill the parent checks what an operator would see: the file is
byte for byte the old or the new version; the next command (undo) leaves no
temp file behind; and a change that landed can always be undone, an undo
that landed is never undone twice.
"""

from __future__ import annotations

import os
import signal
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import netops.store.apply
from netops.cli import app
from netops.errors import ChangeRejected
from netops.fsutil import remove_stale_temp_files
from netops.store.apply import apply_change, load_for_change, recover, sha256_bytes, undo
from netops.store.database import Store
from netops.topology.formats import dumps

ORIGINAL = (
    b"# lab fabric, hand-edited: keep this comment\n"
    b"name: lab\n"
    b"nodes:\n"
    b"  - {name: a, role: spine, site: ams}\n"
    b"  - {name: b, role: leaf,  site: ams}\n"
    b"links:\n"
    b"  - endpoints: ['a:Ethernet1', 'b:Ethernet49']\n"
    b"    status: up\n"
)

#: Exit status of a child that ran to the end without being killed.
_COMPLETED = 0


# Every test gets its own NETOPS_HOME (tests/conftest.py: ``home``, ``store``).
pytestmark = pytest.mark.usefixtures("home")


@pytest.fixture
def topo_file(tmp_path):
    path = tmp_path / "net" / "lab.yaml"
    path.parent.mkdir()
    path.write_bytes(ORIGINAL)
    return path


def _temp_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def _changed(path: Path, device: str):
    """(changed topology, hash at load, exact bytes apply will write)."""
    topo, sha = load_for_change(path)
    topo.add_device(device, role="leaf", site="fra")
    return topo, sha, dumps(topo, format="yaml").encode("utf-8")


def _install_crash_points(crash_at: int) -> None:
    """In the child: SIGKILL this process at the ``crash_at``-th step boundary (1-based).

    Every wrapped call is a step; the boundaries are just before and just
    after each one. ``os.fsync`` is called twice by an atomic write (the temp
    file, then the directory), so both are covered.
    """
    counter = [0]

    def boundary() -> None:
        counter[0] += 1
        if counter[0] == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(owner: object, name: str) -> None:
        real = getattr(owner, name)

        def step(*args, **kwargs):
            boundary()
            try:
                return real(*args, **kwargs)
            finally:
                boundary()

        setattr(owner, name, step)

    wrap(netops.store.apply, "_recover_locked")
    wrap(netops.store.apply, "_read_bytes")
    wrap(Store, "journal_begin")
    wrap(Store, "journal_commit")
    wrap(Store, "journal_mark_undone")
    wrap(tempfile, "mkstemp")
    wrap(os, "fsync")
    wrap(os, "chmod")
    wrap(os, "replace")


def _in_child(crash_at: int, action) -> int:
    """Fork; the child runs ``action`` with crash points; return the child's wait status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns into pytest
        code = 3
        try:
            _install_crash_points(crash_at)
            action()
            code = _COMPLETED
        finally:
            os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    return status


def _apply_in_child(path: Path, device: str, crash_at: int) -> tuple[int, bytes]:
    topo, sha, new_bytes = _changed(path, device)

    def action() -> None:
        apply_change(path, topo, expected_sha256=sha, store=Store(), request=f"add {device}")

    return _in_child(crash_at, action), new_bytes


def _killed(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _completed(status: int) -> bool:
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == _COMPLETED


def test_killed_at_every_step_of_apply_the_change_is_all_or_nothing_and_undoable(topo_file, store):
    """A kill between any two steps of apply: old or new file, no temp after the next command, undo works.

    Odd rounds start from an earlier applied change, so recovery must also
    leave older journal entries alone.
    """
    trials = landed = 0
    for round_ in range(6):
        earlier = None
        if round_ % 2:
            topo, sha, _ = _changed(topo_file, f"base{round_}")
            earlier = apply_change(topo_file, topo, expected_sha256=sha, store=store, request="base")
        base = topo_file.read_bytes()
        crash_at = 1
        while True:
            status, new_bytes = _apply_in_child(topo_file, f"r{round_}k{crash_at}", crash_at)
            trials += 1
            assert _killed(status) or _completed(status), f"child ended oddly: status {status}"
            content = topo_file.read_bytes()
            assert content in (base, new_bytes), f"torn file after a kill at boundary {crash_at}"
            # The next command: undo. It must work whenever the change landed.
            if content == new_bytes:
                landed += 1
                entry = undo(store, topo_file)
                assert entry.undone and entry.sha256_after == sha256_bytes(new_bytes)
            elif earlier is None:
                with pytest.raises(ChangeRejected, match="nothing to undo"):
                    undo(store, topo_file)
            else:
                recover(store, topo_file)  # what the next apply or undo starts with
                assert store.journal_latest().id == earlier.id
            assert topo_file.read_bytes() == base
            assert _temp_files(topo_file.parent) == []
            assert store.journal_pending() == []  # every interrupted entry was settled
            if _completed(status):
                break
            crash_at += 1
        if earlier is not None:
            assert undo(store, topo_file).id == earlier.id
        assert topo_file.read_bytes() == ORIGINAL
    # Every boundary from "nothing done" to "all done" was hit, in each round.
    assert trials >= 100
    assert 0 < landed < trials


def test_killed_at_every_step_of_undo_the_file_is_old_or_new_and_undo_finishes(topo_file, store):
    """A kill between any two steps of undo: the file is the changed or the restored version, never torn,
    and the next undo finishes the job exactly once."""
    crash_at = 1
    while True:
        topo, sha, new_bytes = _changed(topo_file, f"u{crash_at}")
        applied = apply_change(topo_file, topo, expected_sha256=sha, store=store, request="add")
        status = _in_child(crash_at, lambda: undo(Store(), topo_file))
        assert _killed(status) or _completed(status), f"child ended oddly: status {status}"
        content = topo_file.read_bytes()
        assert content in (ORIGINAL, new_bytes)
        if content == new_bytes:
            assert undo(store, topo_file).id == applied.id
        else:
            # The undo landed: it is recorded as done and never repeated.
            with pytest.raises(ChangeRejected, match="nothing to undo"):
                undo(store, topo_file)
            assert store.journal_entry(applied.id).undone
        assert topo_file.read_bytes() == ORIGINAL
        assert _temp_files(topo_file.parent) == []
        if _completed(status):
            break
        crash_at += 1
    assert crash_at > 10


def test_cli_undo_works_after_a_kill_just_after_the_rename(topo_file, store):
    """The reported case: killed after the rename, before the journal said so; `netops undo` restores it."""
    topo, sha, new_bytes = _changed(topo_file, "c")
    real_replace = os.replace
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns into pytest
        try:

            def replace_then_stall(src, dst):
                real_replace(src, dst)
                time.sleep(120)  # the window: the file is new, the journal not yet marked

            os.replace = replace_then_stall
            apply_change(topo_file, topo, expected_sha256=sha, store=Store(), request="add c")
        finally:
            os._exit(3)
    try:
        deadline = time.monotonic() + 30
        while topo_file.read_bytes() != new_bytes:
            assert time.monotonic() < deadline, "the child never renamed the file"
            time.sleep(0.01)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert [e.applied for e in store.journal()] == [False]  # what the kill left

    result = CliRunner().invoke(app, ["undo", "-t", str(topo_file), "--yes"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "restored" in result.output
    assert topo_file.read_bytes() == ORIGINAL
    assert [(e.applied, e.undone) for e in store.journal()] == [(True, True)]


def test_a_kill_just_before_the_rename_leaves_an_entry_and_a_temp_that_recovery_drops(topo_file, store):
    """Killed with the temp file complete but not renamed: the file is untouched; recovery drops the
    pending entry and the orphaned temp file (the whole new topology, mode 600)."""
    topo, sha, new_bytes = _changed(topo_file, "c")

    def action() -> None:
        os.replace = lambda _src, _dst: os.kill(os.getpid(), signal.SIGKILL)
        apply_change(topo_file, topo, expected_sha256=sha, store=Store(), request="add c")

    status = _in_child(0, action)
    assert _killed(status)
    assert topo_file.read_bytes() == ORIGINAL
    temps = _temp_files(topo_file.parent)
    assert len(temps) == 1 and (topo_file.parent / temps[0]).read_bytes() == new_bytes
    assert len(store.journal_pending()) == 1
    recover(store)
    assert store.journal() == [] and _temp_files(topo_file.parent) == []


def test_stale_temp_files_go_only_when_their_writer_is_gone(tmp_path):
    """A temp file of a dead writer, or an old one without a pid, is removed; a live writer's is kept."""
    target = tmp_path / "lab.yaml"
    target.write_bytes(ORIGINAL)
    pid = os.fork()
    if pid == 0:  # pragma: no cover
        os._exit(0)
    os.waitpid(pid, 0)  # reaped: that pid is now dead
    dead = tmp_path / f".lab.yaml.{pid}.abcd1234.tmp"
    live = tmp_path / f".lab.yaml.{os.getpid()}.efgh5678.tmp"
    legacy_new = tmp_path / ".lab.yaml.ijkl9012.tmp"
    legacy_old = tmp_path / ".lab.yaml.mnop3456.tmp"
    other = tmp_path / ".other.yaml.1.qrst7890.tmp"
    for path in (dead, live, legacy_new, legacy_old, other):
        path.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(legacy_old, (an_hour_ago, an_hour_ago))
    removed = remove_stale_temp_files(target)
    assert sorted(p.name for p in removed) == sorted([dead.name, legacy_old.name])
    assert live.exists() and legacy_new.exists() and other.exists() and target.exists()
