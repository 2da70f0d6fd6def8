"""Atomic file writes: a crash or Ctrl-C never leaves a half-written file.

The text goes to a temporary file in the same directory, which is flushed and
fsynced, then renamed over the target (atomic on POSIX), and the directory is
fsynced so the rename itself survives a power cut. File mode is kept.

The temporary file is named ``.NAME.PID.XXXXXXXX.tmp``: the writer's process id
is in the name, so a temp file left by a writer that was killed (``kill -9``,
a power cut) can later be told apart from one a live writer is still filling,
and removed by :func:`remove_stale_temp_files`.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

__all__ = [
    "STALE_TEMP_AGE_S",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_output_path",
    "output_write_error",
    "remove_stale_temp_files",
]

#: A temp file older than this is stale whoever wrote it: a write takes milliseconds, and a
#: pid in the name may meanwhile belong to an unrelated process (pid reuse).
STALE_TEMP_AGE_S = 600.0

#: mkstemp's random part: 8 characters from this alphabet.
_RANDOM = r"[a-z0-9_]{8}"


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (all or nothing)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        # Includes KeyboardInterrupt: the target is untouched, the temp file goes.
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Replace ``path`` with UTF-8 ``text`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (ours counts as alive)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    except OverflowError:  # not a possible pid: nobody is writing under it
        return False
    return True


def remove_stale_temp_files(path: str | Path, *, max_age_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """Remove temp files that :func:`atomic_write_bytes` left beside ``path`` when killed.

    A temp file ``.NAME.PID.XXXXXXXX.tmp`` is removed when process PID no
    longer exists; any temp file of that shape, or of the older shape without
    a pid (``.NAME.XXXXXXXX.tmp``), is also removed once it is older than
    ``max_age_s``. Call it while holding the lock that serializes writers of
    ``path`` (``netops.store.apply`` does), so a writer that follows the same lock
    cannot be mid-write. Files that cannot be examined or removed are left.

    Returns
    -------
    list of pathlib.Path
        The files removed.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    with_pid = re.compile(re.escape(f".{path.name}.") + r"(\d+)\." + _RANDOM + r"\.tmp")
    without_pid = re.compile(re.escape(f".{path.name}.") + _RANDOM + r"\.tmp")
    removed: list[Path] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        match = with_pid.fullmatch(name)
        if match is None and without_pid.fullmatch(name) is None:
            continue
        candidate = directory / name
        try:
            old = now - candidate.lstat().st_mtime > max_age_s
        except OSError:
            continue
        writer_gone = match is not None and not _pid_alive(int(match.group(1)))
        if not (writer_gone or old):
            continue
        try:
            candidate.unlink()
        except OSError:
            continue
        removed.append(candidate)
    return removed


def check_output_path(path: str | Path, option: str) -> None:
    """Refuse an output path that cannot be written, before any work is done.

    The atomic write puts its temporary file in the target's directory, so a
    missing directory would otherwise surface as a ``FileNotFoundError`` on a
    temp name the operator never chose. Raises ``UsageError`` (exit 2) naming
    the option and the path.

    ``-`` is refused too: on the command line it means standard output, and an
    option that reaches this check writes files only (one that can write to
    standard output handles ``-`` before calling this, see ``netops.stdio``).
    Without this, ``-`` became a file named ``-`` in the current directory.
    """
    from netops.errors import UsageError

    if str(path) == "-":
        raise UsageError(
            f"{option} -: this option writes a file, not standard output", hint="give a file name"
        )
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError(f"{option} {path} is a directory; give a file name")
    if not directory.exists():
        raise UsageError(
            f"{option} {path}: the directory {directory} does not exist",
            hint="create it first (mkdir -p), or write somewhere else",
        )
    if not directory.is_dir():
        raise UsageError(f"{option} {path}: {directory} is not a directory")


def output_write_error(path: str | Path, option: str, exc: OSError) -> Exception:
    """The ``UsageError`` for an output file that could not be written (permissions, disk full)."""
    from netops.errors import UsageError

    return UsageError(f"{option} {path}: cannot write: {exc.strerror or exc}", hint="write somewhere else")
