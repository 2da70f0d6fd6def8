"""Cache inventory and eviction: every netops cache stays under a cap, or is skipped.

Three caches live on disk; each has a cap from :class:`netops.settings.Settings`
(``NETOPS_<FIELD>`` or the config file) and is evicted least-recently-used first:

============  ==========================================  =========================
cache         where                                       cap (setting)
============  ==========================================  =========================
``prefix``    ``<cache dir>/prompt-state/*.kv``           ``prefix_cache_mb``
``programs``  ``program_cache`` table of ``netops.db``    ``program_cache_entries``
``models``    ``<cache dir>/models/*.gguf``               ``model_cache_mb``
============  ==========================================  =========================

"Recently used" is a file's modification time: a cache bumps it with
:func:`touch_used` whenever it reads an entry. The entry just written (or in
use) is never evicted, so a cap smaller than one entry keeps exactly that one.

A cache that cannot be written (disk full, read-only home) never fails a
request: the caller carries on without it and :func:`report_unwritable` logs
one warning line per cache and process on the ``netops.store.caches`` logger (with
no logging configured, Python prints it on stderr).

Examples
--------
>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> for i, name in enumerate(["a.kv", "b.kv", "c.kv"]):
...     with open(os.path.join(d, name), "wb") as f:
...         _ = f.write(b"x" * 100)
...     os.utime(os.path.join(d, name), (1000 + i, 1000 + i))
>>> [p.name for p in prune_lru(d, "*.kv", 150)]
['a.kv', 'b.kv']
>>> sorted(os.listdir(d))
['c.kv']
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from netops.errors import NetOpsError, UsageError

__all__ = [
    "CACHES",
    "MIB",
    "PREFIX_SUBDIR",
    "PREFIX_PATTERN",
    "MODEL_PATTERN",
    "MODEL_COMPANIONS",
    "CacheInfo",
    "Cleared",
    "touch_used",
    "prune_lru",
    "cap",
    "inventory",
    "clear",
    "report_unwritable",
    "unwritable",
]

#: Cache names, in the order they are listed and cleared.
CACHES = ("prefix", "programs", "models")

#: Bytes in the "MB" of the ``*_mb`` settings (a mebibyte).
MIB = 1024 * 1024

#: Subdirectory of the cache dir holding llama.cpp prefix states.
PREFIX_SUBDIR = "prompt-state"

#: Glob of the prefix states in :data:`PREFIX_SUBDIR`.
PREFIX_PATTERN = "*.kv"

#: Glob of assembled weights in ``<cache dir>/models``.
MODEL_PATTERN = "*.gguf"

#: Files that belong to an assembled model: its SHA-256 stamp, whose mtime marks the model's last use.
MODEL_COMPANIONS = (".verified",)

_log = logging.getLogger("netops.store.caches")
_warned: set[str] = set()
_warned_lock = threading.Lock()


# -- LRU on files ----------------------------------------------------------------------


def touch_used(path: str | Path) -> bool:
    """Mark ``path`` as just used (set its mtime to now); return whether that worked.

    Never raises: a missing or read-only file only means its rank is stale.

    >>> touch_used("/nonexistent/netops/file.kv")
    False
    """
    try:
        os.utime(path, None)
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class _Entry:
    path: Path
    size: int
    last_used: float
    files: tuple[Path, ...]


def _norm(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


def _entries(directory: str | Path, pattern: str, companions: Sequence[str] = ()) -> list[_Entry]:
    """Files matching ``pattern`` with their companions' bytes and newest mtime; [] when unreadable."""
    found: list[_Entry] = []
    try:
        paths = sorted(Path(directory).glob(pattern))
    except OSError:
        return []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue  # vanished meanwhile (another process evicted it)
        if not path.is_file():
            continue
        size, last_used, files = st.st_size, st.st_mtime, [path]
        for suffix in companions:
            extra = path.with_name(path.name + suffix)
            try:
                cst = extra.stat()
            except OSError:
                continue
            size += cst.st_size
            last_used = max(last_used, cst.st_mtime)
            files.append(extra)
        found.append(_Entry(path, size, last_used, tuple(files)))
    return found


def prune_lru(
    directory: str | Path,
    pattern: str,
    cap_bytes: int,
    keep: Iterable[str | Path] = (),
    *,
    companions: Sequence[str] = (),
) -> list[Path]:
    """Delete least-recently-used files in ``directory`` until they total at most ``cap_bytes``.

    Parameters
    ----------
    directory : str or Path
        The cache directory (a missing one is an empty cache).
    pattern : str
        Glob of the cache's entries, e.g. ``"*.kv"``.
    cap_bytes : int
        Byte budget for the matching files (and their companions).
    keep : iterable of str or Path
        Entries never deleted (the one just written, the one in use), even
        when they alone exceed the cap.
    companions : sequence of str
        Suffixes of files that belong to an entry (``".verified"`` for
        ``x.gguf.verified``): counted in its size, deleted with it, and their
        mtime counts as a use.

    Returns
    -------
    list of Path
        The entries deleted, oldest first. Never raises: an unreadable
        directory or a file that cannot be deleted is skipped.

    >>> prune_lru("/nonexistent/netops", "*.kv", 0)
    []
    """
    try:
        entries = _entries(directory, pattern, companions)
        kept = {_norm(p) for p in keep}
        total = sum(entry.size for entry in entries)
        removed: list[Path] = []
        for entry in sorted(entries, key=lambda e: (e.last_used, e.path.name)):
            if total <= max(0, int(cap_bytes)):
                break
            if _norm(entry.path) in kept:
                continue
            try:
                entry.path.unlink(missing_ok=True)
            except OSError:
                continue
            for extra in entry.files[1:]:
                try:
                    extra.unlink(missing_ok=True)
                except OSError:
                    pass
            total -= entry.size
            removed.append(entry.path)
        return removed
    except OSError:
        return []


# -- degrade to no cache ---------------------------------------------------------------


def report_unwritable(cache: str, location: str | Path, error: BaseException | str) -> bool:
    """Warn, once per process and cache, that ``cache`` cannot be written and is skipped.

    Parameters
    ----------
    cache : str
        ``prefix``, ``programs`` or ``models``.
    location : str or Path
        The directory or database that refused the write.
    error : exception or str
        Why (an ``OSError``'s ``strerror`` is used when it has one).

    Returns
    -------
    bool
        True if this call logged the warning, False if it was already given.
    """
    with _warned_lock:
        if cache in _warned:
            return False
        _warned.add(cache)
    if isinstance(error, OSError) and error.strerror:
        reason = error.strerror
    else:
        reason = str(error) or type(error).__name__
    _log.warning(
        "netops: the %s cache at %s cannot be written (%s); continuing without it", cache, location, reason
    )
    return True


def unwritable() -> tuple[str, ...]:
    """Names of the caches reported unwritable in this process so far."""
    with _warned_lock:
        return tuple(name for name in CACHES if name in _warned)


# -- caps and inventory ----------------------------------------------------------------


def _settings(settings: Any = None) -> Any:
    if settings is not None:
        return settings
    from netops.settings import Settings, load_settings

    try:
        return load_settings()
    except NetOpsError:  # a broken config file must not break caching; the CLI reports it elsewhere
        return Settings()


def cap(name: str, settings: Any = None) -> int:
    """The cap of cache ``name``: bytes for ``prefix`` and ``models``, entries for ``programs``.

    Read from ``settings`` (default: :func:`netops.settings.load_settings`,
    falling back to the defaults if the config is broken). Negative values
    count as 0.
    """
    settings = _settings(settings)
    if name == "prefix":
        return max(0, int(settings.prefix_cache_mb)) * MIB
    if name == "programs":
        return max(0, int(settings.program_cache_entries))
    if name == "models":
        return max(0, int(settings.model_cache_mb)) * MIB
    raise UsageError(f"unknown cache {name!r} (known: {', '.join(CACHES)})")


def _location(name: str) -> Path:
    from netops.settings import cache_dir

    if name == "prefix":
        return cache_dir() / PREFIX_SUBDIR
    if name == "models":
        return cache_dir() / "models"
    from netops.store.database import default_db_path

    return default_db_path()


@dataclass(frozen=True)
class CacheInfo:
    """One cache as it stands on disk.

    Attributes
    ----------
    name : str
        ``prefix``, ``programs`` or ``models``.
    path : Path
        Its directory (the database file for ``programs``).
    entries : int
        Files (or cached programs) held.
    bytes : int
        Bytes they take (for ``programs``: the stored program text).
    cap : int
        The cap, in ``cap_unit``.
    cap_unit : str
        ``bytes`` or ``entries``.
    error : str or None
        Why the cache could not be read, if it could not.
    """

    name: str
    path: Path
    entries: int
    bytes: int
    cap: int
    cap_unit: str
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        data = asdict(self)
        data["path"] = str(self.path)
        return data


def _program_stats(path: Path) -> tuple[int, int, str | None]:
    if path.exists() and not path.is_file():
        return 0, 0, f"the netops database {path} is not a file"
    if not path.is_file():
        return 0, 0, None  # do not create a database just to say it is empty
    from netops.store.database import Store

    try:
        with Store(path) as store:
            entries, size = store.cache_stats()
    except NetOpsError as exc:
        return 0, 0, exc.message
    return entries, size, None


def inventory(settings: Any = None) -> list[CacheInfo]:
    """List every cache with its location, entries, bytes and cap (in :data:`CACHES` order).

    Never raises for an unreadable cache: its ``error`` says why.
    """
    settings = _settings(settings)
    infos = []
    for name in CACHES:
        path = _location(name)
        if name == "programs":
            entries, size, error = _program_stats(path)
            infos.append(CacheInfo(name, path, entries, size, cap(name, settings), "entries", error))
            continue
        pattern, companions = (
            (PREFIX_PATTERN, ()) if name == "prefix" else (MODEL_PATTERN, MODEL_COMPANIONS)
        )
        found = _entries(path, pattern, companions)
        infos.append(
            CacheInfo(name, path, len(found), sum(e.size for e in found), cap(name, settings), "bytes")
        )
    return infos


@dataclass(frozen=True)
class Cleared:
    """What :func:`clear` freed in one cache.

    Attributes
    ----------
    name : str
        The cache.
    path : Path
        Its directory or database.
    entries : int
        Entries deleted.
    bytes : int
        Bytes freed.
    errors : tuple of str
        Entries that could not be deleted, with the reason.
    """

    name: str
    path: Path
    entries: int
    bytes: int
    errors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {"name": self.name, "path": str(self.path), "entries": self.entries,
                "bytes": self.bytes, "errors": list(self.errors)}


def _clear_files(name: str, path: Path, pattern: str, companions: Sequence[str]) -> Cleared:
    entries = freed = 0
    errors: list[str] = []
    for entry in _entries(path, pattern, companions):
        try:
            for file in entry.files:
                file.unlink(missing_ok=True)
        except OSError as exc:
            errors.append(f"{entry.path}: {exc.strerror or exc}")
            continue
        entries += 1
        freed += entry.size
    return Cleared(name, path, entries, freed, tuple(errors))


def clear(which: str | Iterable[str] | None = None) -> list[Cleared]:
    """Empty the named caches (all of them when ``which`` is None) and say what was freed.

    Models in use by a running process keep working (the file stays open);
    the next run assembles them again.

    Parameters
    ----------
    which : str, iterable of str, or None
        ``prefix``, ``programs``, ``models``, several of them, or None for all.

    Raises
    ------
    UsageError
        An unknown cache name.

    Notes
    -----
    Files that cannot be deleted are listed in :attr:`Cleared.errors` rather
    than raised, so one stuck file does not hide what was freed.
    """
    names = list(CACHES) if which is None else [which] if isinstance(which, str) else list(which)
    for name in names:
        if name not in CACHES:
            raise UsageError(f"unknown cache {name!r} (known: {', '.join(CACHES)})")
    done = []
    for name in CACHES:
        if name not in names:
            continue
        path = _location(name)
        if name == "prefix":
            done.append(_clear_files(name, path, PREFIX_PATTERN, ()))
        elif name == "models":
            done.append(_clear_files(name, path, MODEL_PATTERN, MODEL_COMPANIONS))
        else:
            entries, size, error = _program_stats(path)
            errors: tuple[str, ...] = (error,) if error else ()
            if entries and not error:
                from netops.store.database import Store

                try:
                    with Store(path) as store:
                        entries = store.cache_clear()
                except NetOpsError as exc:
                    entries, size, errors = 0, 0, (exc.message,)
            done.append(Cleared(name, path, entries, size, errors))
    return done
