"""Apply a change to a topology file: locked, checked, journaled, atomic, undoable.

The sequence, for ``apply_change``::

    load_for_change(path)            -> (topology, sha256 of the exact bytes parsed)
      ... the pipeline computes a changed topology, the operator confirms ...
    apply_change(path, new, expected_sha256=sha256, ...)
      serialize new content (the file's own format)     nothing touched yet
      take the exclusive lock for this file             data_dir()/locks/<hash>.lock
      recover: settle what a killed netops left         see below
      re-read the file; sha256 != expected?  -> ChangeRejected (someone else wrote it)
      journal the old bytes and the after-hash          write-ahead: entry not yet applied
      atomic write (temp file, fsync, rename)           all or nothing
      mark the entry applied

``undo`` takes the same lock, checks that the file still holds exactly what
the change wrote (its after-hash), writes the journaled bytes back atomically
and marks the entry undone. The lock lives in the netops data directory,
keyed by the resolved path, never beside the operator's file. A symlinked
topology is written through to its target.

Crash recovery. A process killed between two of those steps (``kill -9``, a
power cut) leaves the file either untouched or holding the new bytes, never a
mix, but the journal may not say which, and a temp file may be left beside
the topology. Because the after-hash is journaled *before* the rename,
:func:`recover` can tell: a file whose hash is a pending entry's after-hash
holds that change (the entry is marked applied, so undo works); a file still
holding the before-hash never got it (the entry is dropped). Likewise an
undo killed after its write leaves the file at the entry's before-hash: the
entry is marked undone. Recovery runs under the file's lock (a lock held by a
live process means its work is not abandoned) at the start of every apply
and undo, and removes temp files whose writer is dead
(``netops.fsutil.remove_stale_temp_files``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock

from netops.errors import ChangeRejected, NetOpsError, TopologyFormatError
from netops.fsutil import atomic_write_bytes, remove_stale_temp_files
from netops.program.diff import diff_graphs
from netops.settings import data_dir
from netops.store.database import JournalEntry, Store
from netops.topology.formats import detect_format, dumps, loads, writable_formats
from netops.topology.model import Topology

__all__ = [
    "LOCK_TIMEOUT_S",
    "apply_change",
    "file_sha256",
    "load_for_change",
    "lock_path",
    "recover",
    "sha256_bytes",
    "undo",
    "undoable",
]

#: Seconds to wait for another netops process to finish changing the same file.
LOCK_TIMEOUT_S = 15.0


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: str | Path) -> str | None:
    """Hex SHA-256 of a file's bytes, or None if it does not exist."""
    try:
        return sha256_bytes(Path(path).read_bytes())
    except FileNotFoundError:
        return None


def lock_path(path: str | Path) -> Path:
    """The lock file guarding changes to ``path``: in the data dir, keyed by the resolved path."""
    resolved = str(Path(path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return data_dir() / "locks" / f"{digest}.lock"


@contextmanager
def _locked(path: Path, timeout: float) -> Iterator[None]:
    lock_file = lock_path(path)
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NetOpsError(
            f"cannot create the lock directory {lock_file.parent}: {exc.strerror or exc}",
            hint="set NETOPS_HOME to a writable directory",
        ) from None
    lock = filelock.FileLock(lock_file, timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise ChangeRejected(
            f"another netops process is changing {path} (waited {timeout:g}s); nothing was written",
            hint="wait for it to finish, then re-run the request",
        ) from None
    try:
        yield
    finally:
        lock.release()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise TopologyFormatError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise TopologyFormatError("is a directory, not a topology file", path=str(path)) from None
    except OSError as exc:
        raise TopologyFormatError(f"cannot read: {exc.strerror}", path=str(path)) from None


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TopologyFormatError("not UTF-8 text", path=str(path), line=line) from None


def load_for_change(path: str | Path, *, format: str | None = None) -> tuple[Topology, str]:
    """Load a topology and the SHA-256 of the exact bytes parsed.

    Pass the hash to :func:`apply_change` as ``expected_sha256``: the file
    is read once, so the hash always describes the topology returned.

    Raises
    ------
    netops.errors.TopologyError
        The file is missing, unreadable or invalid (as ``formats.load``).
    """
    path = Path(path)
    data = _read_bytes(path)
    text = _decode(data, path)
    name = format or detect_format(path, text)
    topology = loads(text, format=name, path=str(path))
    topology.source = path
    if not topology.name or topology.name == "topology":
        topology.name = path.name.split(".")[0]
    return topology, sha256_bytes(data)


def _summary(old: bytes, new: Topology, fmt: str, path: Path) -> str | None:
    """The diff summary from the old file to ``new``; None if the old text cannot be parsed."""
    try:
        before = loads(_decode(old, path), format=fmt, path=str(path))
    except NetOpsError:
        return None
    return diff_graphs(before.graph, new.graph).summary()


def apply_change(
    path: str | Path,
    new_topology: Topology,
    *,
    expected_sha256: str,
    store: Store,
    request: str | None,
    format: str | None = None,
    summary: str | None = None,
    lock_timeout: float = LOCK_TIMEOUT_S,
) -> JournalEntry:
    """Write ``new_topology`` over ``path`` atomically, journaled for undo.

    Parameters
    ----------
    path : str or pathlib.Path
        The topology file to change (written through a symlink to its target).
    new_topology : Topology
        The changed topology.
    expected_sha256 : str
        Hash of the file when it was loaded (from :func:`load_for_change`).
    store : Store
        Where the journal lives.
    request : str or None
        The request that produced the change (kept in the journal).
    format : str, optional
        Format to write; default the topology's ``source_format``, else the
        one detected from the file.
    summary : str, optional
        Diff summary for the journal; computed from the old file if omitted.
    lock_timeout : float
        Seconds to wait for another process changing the same file.

    Returns
    -------
    JournalEntry
        The applied entry (``id`` is what ``netops undo`` restores).

    Raises
    ------
    netops.errors.ChangeRejected
        The file changed since it was loaded, another process held the lock
        too long, the format is read-only, or the file cannot be written.
        Nothing was written in any of these cases.
    """
    target = Path(path).resolve()
    fmt = format or new_topology.source_format or detect_format(target)
    if fmt not in writable_formats():
        raise ChangeRejected(
            f"{path} is in the read-only format {fmt!r}; nothing was written",
            hint=f"save the change to a new file with --save-as OUT (formats: {', '.join(writable_formats())})",
        )
    new_bytes = dumps(new_topology, format=fmt).encode("utf-8")
    new_sha = sha256_bytes(new_bytes)
    with _locked(target, lock_timeout):
        _recover_locked(store, target)
        old_bytes = _read_bytes(target)
        old_sha = sha256_bytes(old_bytes)
        if old_sha != expected_sha256:
            raise ChangeRejected(
                f"{path} changed since it was loaded (another process or an editor wrote it); "
                "nothing was written",
                hint="re-run the request against the current file",
            )
        if summary is None:
            summary = _summary(old_bytes, new_topology, new_topology.source_format or fmt, target)
        entry_id = store.journal_begin(
            target,
            request=request,
            format=fmt,
            before=old_bytes,
            sha256_before=old_sha,
            sha256_after=new_sha,
            summary=summary,
        )
        try:
            atomic_write_bytes(target, new_bytes)
        except BaseException as exc:
            # Ctrl-C can land after the rename (during the directory fsync): then the
            # change is in the file and must stay undoable, not be forgotten.
            if _hash_or_none(target) == new_sha:
                store.journal_commit(entry_id)
                raise
            store.journal_discard(entry_id)
            if isinstance(exc, OSError):
                raise ChangeRejected(
                    f"cannot write {path}: {exc.strerror or exc}; the file is unchanged"
                ) from None
            raise
        return store.journal_commit(entry_id)


def _hash_or_none(path: Path) -> str | None:
    """The file's hash, or None when it is missing or unreadable."""
    try:
        return file_sha256(path)
    except OSError:
        return None


def recover(store: Store, path: str | Path | None = None, *, lock_timeout: float = 0.0) -> None:
    """Settle what a netops process killed mid-apply or mid-undo left behind.

    For ``path`` (default: every file with a pending journal entry, and the
    file of the latest applied change), under that file's lock: remove temp
    files whose writer is dead, mark a pending entry applied when the file
    holds its after-hash or drop it when the file still holds its
    before-hash, and mark the latest applied entry undone when the file
    holds its before-hash (an undo killed after writing).

    A file whose lock is held by another process is skipped: that process
    is alive, so its work is in progress, not abandoned. Nothing is ever
    written to a topology file here.
    """
    if path is not None:
        paths = {str(Path(path).resolve())}
    else:
        paths = {entry.path for entry in store.journal_pending()}
        latest = store.journal_latest()
        if latest is not None:
            paths.add(latest.path)
    for name in sorted(paths):
        try:
            with _locked(Path(name), lock_timeout):
                _recover_locked(store, Path(name))
        except ChangeRejected:
            continue  # a live process holds the lock


def _recover_locked(store: Store, target: Path) -> None:
    """:func:`recover` for one resolved file whose lock the caller holds."""
    remove_stale_temp_files(target)
    current = _hash_or_none(target)
    if current is None:
        return  # a missing or unreadable file tells nothing; undo reports it
    for entry in store.journal_pending(target):
        if current == entry.sha256_after:
            store.journal_commit(entry.id)
        elif current == entry.sha256_before:
            store.journal_discard(entry.id)
        # Neither: the file was edited since; which writes landed is unknowable, so
        # the entry stays pending (undo never uses it).
    latest = store.journal_latest(target)
    if latest is not None and latest.sha256_before != latest.sha256_after and current == latest.sha256_before:
        store.journal_mark_undone(latest.id)


def undoable(store: Store, path: str | Path | None = None) -> JournalEntry:
    """The change :func:`undo` would revert, after checking that it can.

    First settles what a killed apply or undo left (:func:`recover`).

    Raises
    ------
    netops.errors.ChangeRejected
        Nothing to undo, or the file changed since the change was applied
        (restoring would lose those later edits).
    """
    recover(store, path)
    return _undoable(store, path)


def _undoable(store: Store, path: str | Path | None) -> JournalEntry:
    resolved = Path(path).resolve() if path is not None else None
    entry = store.journal_latest(resolved)
    if entry is None:
        where = f" for {path}" if path is not None else ""
        raise ChangeRejected(
            f"nothing to undo{where}: no applied change is recorded",
            hint="changes applied with `netops ask` (after confirmation) can be undone",
        )
    _check_unchanged(entry)
    return entry


def _check_unchanged(entry: JournalEntry) -> None:
    try:
        current = file_sha256(entry.path)
    except OSError as exc:
        raise ChangeRejected(f"cannot undo journal #{entry.id}: cannot read {entry.path}: {exc.strerror or exc}") from None
    if current is None:
        raise ChangeRejected(
            f"cannot undo journal #{entry.id}: {entry.path} no longer exists",
            hint="restore the file first, or recreate it from the journal by hand",
        )
    if current != entry.sha256_after:
        raise ChangeRejected(
            f"cannot undo journal #{entry.id}: {entry.path} changed since that change was applied; "
            "undoing would lose the later edits",
            hint="revert the later edits by hand first, then run undo again",
        )


def undo(
    store: Store,
    path: str | Path | None = None,
    *,
    expected_id: int | None = None,
    lock_timeout: float = LOCK_TIMEOUT_S,
) -> JournalEntry:
    """Restore the file of the most recent applied change, byte for byte.

    Parameters
    ----------
    store : Store
        Where the journal lives.
    path : str or pathlib.Path, optional
        Undo the latest change to this file; default the latest change to any file.
    expected_id : int, optional
        Refuse unless the change to undo is this journal entry (what the
        operator was shown and confirmed).
    lock_timeout : float
        Seconds to wait for another process changing the same file.

    Returns
    -------
    JournalEntry
        The entry, now marked undone.

    Raises
    ------
    netops.errors.ChangeRejected
        Nothing to undo, the file changed since the change was applied, or
        the entry to undo is not ``expected_id``. Nothing is written then.
    """
    entry = undoable(store, path)
    target = Path(entry.path)
    with _locked(target, lock_timeout):
        # Again under the lock: another process may have undone or changed it meanwhile.
        _recover_locked(store, target)
        entry = _undoable(store, entry.path)
        if expected_id is not None and entry.id != expected_id:
            raise ChangeRejected(
                f"the latest change is now journal #{entry.id}, not #{expected_id}; nothing was restored",
                hint="run undo again to see what it would restore",
            )
        try:
            atomic_write_bytes(target, entry.before)
        except BaseException as exc:
            # As in apply_change: a failure after the rename still restored the file.
            if _hash_or_none(target) == entry.sha256_before:
                store.journal_mark_undone(entry.id)
                raise
            if isinstance(exc, OSError):
                raise ChangeRejected(f"cannot write {entry.path}: {exc.strerror or exc}; the file is unchanged") from None
            raise
        return store.journal_mark_undone(entry.id)
