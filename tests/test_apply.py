"""Applying changes: lock, stale-file check, journal, atomic write, byte-exact undo, races and crashes."""

from __future__ import annotations

import errno
import multiprocessing
import os
import signal
import time
from pathlib import Path

import filelock
import pytest

from netops.errors import ChangeRejected, TopologyFormatError
from netops.store.apply import (
    apply_change,
    file_sha256,
    load_for_change,
    lock_path,
    sha256_bytes,
    undo,
    undoable,
)
from netops.store.database import Store
from netops.topology import load

#: A hand-edited native YAML file: BOM, CRLF line ends, comments, odd spacing, quoting,
#: a numeric underscore, non-ASCII text and no final newline. No writer reproduces this.
ODD_YAML = (
    "\ufeff# lab fabric — hand-edited; keep these comments!\r\n"
    "name:   lab      # trailing comment\r\n"
    "\r\n"
    "nodes:\r\n"
    "  - {name: a, role: spine,   site: München}\r\n"
    "  - name: b\r\n"
    "    role:    leaf   \t# odd spacing\r\n"
    '    site: "ams"\r\n'
    "links:\r\n"
    "    - endpoints: [ \"a:Ethernet1\", 'b:Ethernet49' ]\r\n"
    "      speed: 100_000\r\n"
    "      status: up   # no newline at end"
).encode("utf-8")


# Every test gets its own NETOPS_HOME (tests/conftest.py: ``home``, ``store``).
pytestmark = pytest.mark.usefixtures("home")


@pytest.fixture
def topo_file(tmp_path):
    path = tmp_path / "net" / "lab.yaml"
    path.parent.mkdir()
    path.write_bytes(ODD_YAML)
    return path


def _with_device(path: Path, name: str):
    """Load ``path`` for change and return (changed topology, hash at load)."""
    topo, sha = load_for_change(path)
    topo.add_device(name, role="leaf", site="fra")
    return topo, sha


def _leftover_temp_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_load_for_change_hashes_the_bytes_it_parsed(topo_file):
    """load_for_change returns the topology and the SHA-256 of exactly the file's bytes."""
    topo, sha = load_for_change(topo_file)
    assert sha == sha256_bytes(ODD_YAML) == file_sha256(topo_file)
    assert topo.name == "lab" and topo.source == topo_file and topo.source_format == "yaml"
    assert sorted(topo.graph.nodes) == ["a", "b"]


def test_load_for_change_missing_file_is_a_topology_error(tmp_path):
    """A missing file is a TopologyFormatError naming it (exit 3), like any load."""
    with pytest.raises(TopologyFormatError, match="no such file"):
        load_for_change(tmp_path / "absent.yaml")


def test_apply_writes_the_change_and_journals_the_old_bytes(topo_file, store):
    """apply_change writes the new topology in the file's format and journals the exact old bytes and both hashes."""
    changed, sha = _with_device(topo_file, "c")
    entry = apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add leaf c")
    assert sorted(load(topo_file).graph.nodes) == ["a", "b", "c"]
    assert entry.applied and not entry.undone
    assert entry.path == str(topo_file.resolve()) and entry.format == "yaml" and entry.request == "add leaf c"
    assert entry.before == ODD_YAML and entry.sha256_before == sha
    assert entry.sha256_after == file_sha256(topo_file)
    assert entry.summary == "1 device added"
    assert store.journal_latest(topo_file.resolve()) == entry
    assert _leftover_temp_files(topo_file.parent) == []


def test_undo_restores_the_original_bytes_exactly(topo_file, store):
    """Undo puts back the hand-edited YAML byte for byte (BOM, CRLF, comments, spacing) and marks the entry undone."""
    changed, sha = _with_device(topo_file, "c")
    entry = apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add leaf c")
    assert topo_file.read_bytes() != ODD_YAML
    done = undo(store, topo_file)
    assert done.id == entry.id and done.undone
    assert topo_file.read_bytes() == ODD_YAML
    with pytest.raises(ChangeRejected, match="nothing to undo"):
        undo(store, topo_file)


def test_undo_walks_back_several_changes(topo_file, store):
    """Two applies then two undos return the file to each earlier state in turn, ending at the original bytes."""
    first, sha = _with_device(topo_file, "c")
    apply_change(topo_file, first, expected_sha256=sha, store=store, request="add c")
    after_first = topo_file.read_bytes()
    second, sha = _with_device(topo_file, "d")
    apply_change(topo_file, second, expected_sha256=sha, store=store, request="add d")
    undo(store, topo_file)
    assert topo_file.read_bytes() == after_first
    undo(store, topo_file)
    assert topo_file.read_bytes() == ODD_YAML


def test_undo_without_path_takes_the_latest_change_to_any_file(tmp_path, topo_file, store):
    """With no path, undo reverts the most recent change of all files and leaves the others alone."""
    other = tmp_path / "other.yaml"
    other.write_bytes(ODD_YAML.replace(b"name:   lab", b"name: other"))
    original_other = other.read_bytes()
    changed, sha = _with_device(topo_file, "c")
    apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c")
    lab_after = topo_file.read_bytes()
    changed, sha = _with_device(other, "z")
    apply_change(other, changed, expected_sha256=sha, store=store, request="add z")
    assert undoable(store).path == str(other.resolve())
    undo(store)
    assert other.read_bytes() == original_other and topo_file.read_bytes() == lab_after


def test_apply_refuses_when_the_file_changed_since_it_was_loaded(topo_file, store):
    """A file written by someone else after loading makes apply raise ChangeRejected and write nothing."""
    changed, sha = _with_device(topo_file, "c")
    edited = ODD_YAML + b"\r\n# an operator's edit\r\n"
    topo_file.write_bytes(edited)
    with pytest.raises(ChangeRejected, match="changed since it was loaded") as info:
        apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c")
    assert "re-run" in (info.value.hint or "")
    assert topo_file.read_bytes() == edited
    assert store.journal() == []


def test_undo_refuses_when_the_file_changed_since_the_apply(topo_file, store):
    """Undo refuses (ChangeRejected) when the file no longer holds what the change wrote, so later edits survive."""
    changed, sha = _with_device(topo_file, "c")
    entry = apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c")
    later = topo_file.read_bytes() + b"# edited by hand later\n"
    topo_file.write_bytes(later)
    with pytest.raises(ChangeRejected, match="changed since that change was applied"):
        undo(store, topo_file)
    assert topo_file.read_bytes() == later
    assert not store.journal_entry(entry.id).undone


def test_undo_refuses_when_the_file_was_deleted(topo_file, store):
    """Undo refuses clearly when the changed file no longer exists."""
    changed, sha = _with_device(topo_file, "c")
    apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c")
    topo_file.unlink()
    with pytest.raises(ChangeRejected, match="no longer exists"):
        undo(store, topo_file)


def test_undo_refuses_an_unexpected_entry(topo_file, store):
    """Undo with expected_id refuses when the latest change is not the one the operator confirmed."""
    changed, sha = _with_device(topo_file, "c")
    entry = apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c")
    with pytest.raises(ChangeRejected, match=f"not #{entry.id + 7}"):
        undo(store, topo_file, expected_id=entry.id + 7)
    assert undo(store, topo_file, expected_id=entry.id).undone


def test_nothing_to_undo(topo_file, store):
    """With no applied change, undo raises ChangeRejected saying there is nothing to undo."""
    with pytest.raises(ChangeRejected, match=f"nothing to undo for {topo_file}"):
        undo(store, topo_file)
    with pytest.raises(ChangeRejected, match="nothing to undo"):
        undo(store)


def test_lock_file_lives_in_the_data_dir(topo_file, home):
    """The lock file is in NETOPS_HOME/locks, keyed by the resolved path, never beside the topology."""
    lock = lock_path(topo_file)
    assert lock.parent == home / "locks"
    assert lock == lock_path(topo_file.parent / ".." / "net" / "lab.yaml")
    assert lock != lock_path(topo_file.with_name("other.yaml"))
    changed, sha = _with_device(topo_file, "c")
    apply_change(topo_file, changed, expected_sha256=sha, store=Store(), request="add c")
    assert sorted(p.name for p in topo_file.parent.iterdir()) == ["lab.yaml"]


def _hold_lock(lock_file: str, ready, release) -> None:
    with filelock.FileLock(lock_file):
        ready.set()
        release.wait(30)


def test_a_held_lock_times_out_as_change_rejected(topo_file, store):
    """While another process holds the file's lock, apply waits, then gives up with ChangeRejected and writes nothing."""
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    lock_path(topo_file).parent.mkdir(parents=True, exist_ok=True)
    holder = ctx.Process(target=_hold_lock, args=(str(lock_path(topo_file)), ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        changed, sha = _with_device(topo_file, "c")
        with pytest.raises(ChangeRejected, match="another netops process is changing"):
            apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c", lock_timeout=0.3)
        assert topo_file.read_bytes() == ODD_YAML
    finally:
        release.set()
        holder.join(30)


def test_symlinked_topology_is_written_through(tmp_path, topo_file, store):
    """Applying through a symlink changes the target file and keeps the link; undo restores the target."""
    link = tmp_path / "current.yaml"
    link.symlink_to(topo_file)
    changed, sha = _with_device(link, "c")
    apply_change(link, changed, expected_sha256=sha, store=store, request="add c")
    assert link.is_symlink() and "c" in load(topo_file).graph
    undo(store, link)
    assert topo_file.read_bytes() == ODD_YAML and link.is_symlink()


def _race(path: str, sha: str, device: str, barrier, results) -> None:
    topo, _ = load_for_change(path)
    topo.add_device(device, role="leaf")
    db = Store()
    barrier.wait(30)
    try:
        entry = apply_change(path, topo, expected_sha256=sha, store=db, request=f"add {device}")
        results.put(("won", device, entry.id))
    except ChangeRejected as exc:
        results.put(("rejected", device, str(exc)))
    finally:
        db.close()


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_racing_to_apply_exactly_one_wins(topo_file, store, round_):
    """Two processes applying changes loaded from the same file: one wins, the other is rejected, nothing is lost."""
    sha = file_sha256(topo_file)
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    racers = [ctx.Process(target=_race, args=(str(topo_file), sha, name, barrier, results)) for name in ("x", "y")]
    for racer in racers:
        racer.start()
    outcomes = sorted(results.get(timeout=60) for _ in racers)
    for racer in racers:
        racer.join(30)
        assert racer.exitcode == 0
    assert [o[0] for o in outcomes] == ["rejected", "won"]
    winner, loser = outcomes[1][1], outcomes[0][1]
    assert "changed since it was loaded" in outcomes[0][2]
    nodes = set(load(topo_file).graph.nodes)
    assert winner in nodes and loser not in nodes
    journal = store.journal()
    assert len(journal) == 1 and journal[0].applied and journal[0].before == ODD_YAML
    undo(store, topo_file)
    assert topo_file.read_bytes() == ODD_YAML


@pytest.mark.parametrize(
    "failure",
    [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
    ids=["disk-full", "ctrl-c"],
)
def test_a_write_failing_midway_leaves_the_original_intact(topo_file, store, monkeypatch, failure):
    """A failure after the new bytes are half on disk leaves the original file, no temp file and nothing to undo."""

    def fail(_fd: int) -> None:
        raise failure

    monkeypatch.setattr("netops.fsutil.os.fsync", fail)
    changed, sha = _with_device(topo_file, "c")
    expected = ChangeRejected if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected):
        apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add c")
    assert topo_file.read_bytes() == ODD_YAML
    assert _leftover_temp_files(topo_file.parent) == []
    assert store.journal() == []
    with pytest.raises(ChangeRejected, match="nothing to undo"):
        undo(store, topo_file)


class _HalfWriter:
    """Stands in for the temp file: writes half the bytes, flushes, signals, then hangs until killed."""

    def __init__(self, handle, ready) -> None:
        self.handle, self.ready = handle, ready

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.handle.close()

    def write(self, data: bytes) -> None:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        self.ready.set()
        time.sleep(120)


def _killed_writer(path: str, sha: str, ready) -> None:
    real_fdopen = os.fdopen
    os.fdopen = lambda fd, mode="r", *a, **k: _HalfWriter(real_fdopen(fd, mode, *a, **k), ready)  # type: ignore[assignment]
    topo, _ = load_for_change(path)
    topo.add_device("c", role="leaf")
    apply_change(path, topo, expected_sha256=sha, store=Store(), request="add c")


def test_a_process_killed_mid_write_leaves_the_original_intact(topo_file, store):
    """SIGKILL while the new content is half written leaves the original bytes in place and no undoable entry."""
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    writer = ctx.Process(target=_killed_writer, args=(str(topo_file), file_sha256(topo_file), ready))
    writer.start()
    try:
        assert ready.wait(30), "the writer never started writing"
        partial = _leftover_temp_files(topo_file.parent)
        assert len(partial) == 1  # the half-written temp file exists right now
        assert topo_file.read_bytes() == ODD_YAML
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.join(30)
    assert writer.exitcode == -signal.SIGKILL
    assert topo_file.read_bytes() == ODD_YAML
    assert load_for_change(topo_file)[1] == sha256_bytes(ODD_YAML)
    assert [e.applied for e in store.journal()] == [False]  # begun, never committed
    with pytest.raises(ChangeRejected, match="nothing to undo"):
        undo(store, topo_file)
    # The killed process's lock died with it: the next apply goes through.
    changed, sha = _with_device(topo_file, "d")
    apply_change(topo_file, changed, expected_sha256=sha, store=store, request="add d", lock_timeout=5)
