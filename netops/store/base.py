"""The SQLite store's foundation: one database file, its schema and migrations, and safe access.

One database file, ``data_dir()/netops.db`` by default (``$NETOPS_HOME`` moves
it). It is opened in WAL mode with a busy timeout, every write is one short
``BEGIN IMMEDIATE`` transaction, and the schema is versioned with SQLite's
``user_version``: :data:`MIGRATIONS` ``[i]`` takes a database from version
``i`` to ``i + 1``, inside one transaction, so two processes opening a fresh
file never both migrate it and a failed step leaves the old version intact.

Tables (each has its module, whose class adds that table's methods to
:class:`netops.store.database.Store`)::

    interactions     every request (netops.store.interactions)
    program_cache    key -> code, read_only, model, created, hits, last_used (netops.store.program_cache)
    learned_examples request, code, topology, fingerprint, created (netops.store.examples)
    apply_journal    path, request, format, bytes before, sha256 before/after,
                     summary, applied, undone (netops.store.journal)

>>> normalize_request("  Which LEAF switches   are down?? ")
'which leaf switches are down'
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from netops.errors import NetOpsError, StoreError
from netops.settings import data_dir

__all__ = ["SCHEMA_VERSION", "MIGRATIONS", "RESULT_CAP", "TABLES", "Database", "default_db_path", "normalize_request"]

#: Largest result JSON (in characters) stored with an interaction; bigger ones are cut.
RESULT_CAP = 64 * 1024

#: Seconds a connection waits for another process's write lock before failing.
BUSY_TIMEOUT_S = 10.0

#: ``MIGRATIONS[i]`` moves a database from ``user_version`` i to i + 1.
#: Append new steps; never edit a released one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """
        CREATE TABLE interactions (
            id          INTEGER PRIMARY KEY,
            time        TEXT NOT NULL,
            frontend    TEXT NOT NULL,
            topology    TEXT,
            fingerprint TEXT,
            request     TEXT NOT NULL,
            model       TEXT,
            tier        INTEGER,
            code        TEXT,
            outcome     TEXT NOT NULL,
            attempts    INTEGER NOT NULL DEFAULT 0,
            from_cache  INTEGER NOT NULL DEFAULT 0,
            timings     TEXT NOT NULL DEFAULT '{}',
            result      TEXT,
            error       TEXT
        )
        """,
        "CREATE INDEX interactions_outcome ON interactions (outcome)",
        """
        CREATE TABLE program_cache (
            key       TEXT PRIMARY KEY,
            request   TEXT,
            code      TEXT NOT NULL,
            read_only INTEGER NOT NULL,
            model     TEXT,
            created   TEXT NOT NULL,
            hits      INTEGER NOT NULL DEFAULT 0,
            last_used TEXT
        )
        """,
        """
        CREATE TABLE learned_examples (
            id           INTEGER PRIMARY KEY,
            request      TEXT NOT NULL,
            request_norm TEXT NOT NULL,
            code         TEXT NOT NULL,
            topology     TEXT NOT NULL DEFAULT '',
            fingerprint  TEXT,
            created      TEXT NOT NULL,
            UNIQUE (request_norm, topology)
        )
        """,
        """
        CREATE TABLE apply_journal (
            id            INTEGER PRIMARY KEY,
            time          TEXT NOT NULL,
            path          TEXT NOT NULL,
            request       TEXT,
            format        TEXT,
            before        BLOB NOT NULL,
            sha256_before TEXT NOT NULL,
            sha256_after  TEXT NOT NULL,
            summary       TEXT,
            applied       INTEGER NOT NULL DEFAULT 0,
            undone        INTEGER NOT NULL DEFAULT 0,
            undone_time   TEXT
        )
        """,
        "CREATE INDEX apply_journal_path ON apply_journal (path, id)",
    ),
]

#: The schema version this code reads and writes.
SCHEMA_VERSION = len(MIGRATIONS)

#: Tables every database at :data:`SCHEMA_VERSION` has; one missing means the file was damaged.
TABLES = ("interactions", "program_cache", "learned_examples", "apply_journal")

#: Row ids are SQLite INTEGERs (signed 64 bit); an id outside this range cannot exist.
_MAX_ROW_ID = 2**63 - 1

_TRAILING_PUNCTUATION = ".,;:!?…"
_SPACES = re.compile(r"\s+")


def default_db_path() -> Path:
    """Where the store lives unless told otherwise: ``data_dir()/netops.db``."""
    return data_dir() / "netops.db"


def normalize_request(request: str) -> str:
    """Normalize a request for cache keys and de-duplication.

    Lowercase, collapse runs of whitespace to one space, strip the ends and
    any trailing punctuation (``.,;:!?…``).

    >>> normalize_request("Show  the\\tDOWN links!")
    'show the down links'
    >>> normalize_request("add leaf fra-leaf5 .")
    'add leaf fra-leaf5'
    """
    text = _SPACES.sub(" ", request.lower()).strip()
    return text.rstrip(_TRAILING_PUNCTUATION + " ")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _now_precise() -> str:
    """UTC now to the microsecond: program-cache recency must order uses within one second."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


#: Errors that mean "the store cannot be written"; the program cache then degrades to no cache.
_STORE_FAILURES = (NetOpsError, sqlite3.Error, OSError)


def _is_database_failure(exc: BaseException) -> bool:
    """Whether a SQLite error comes from the database file or its use, not from a bug here.

    Plain ``DatabaseError`` (malformed image, not a database), ``OperationalError``
    (busy, missing table, read-only, I/O) and ``InternalError`` qualify;
    ``IntegrityError`` and ``ProgrammingError`` stay bugs and keep their traceback.
    """
    return isinstance(exc, (sqlite3.OperationalError, sqlite3.InternalError)) or type(exc) is sqlite3.DatabaseError


def _plain(value: Any) -> Any:
    """``json.dumps`` fallback: sets become sorted lists, anything else its ``str``."""
    if isinstance(value, (set, frozenset)):
        try:
            return sorted(value)
        except TypeError:
            return sorted(value, key=repr)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return str(value)


def _result_json(value: Any) -> str | None:
    """``value`` as JSON, or a truncation marker object when longer than :data:`RESULT_CAP`."""
    if value is None:
        return None
    try:
        text = json.dumps(value, default=_plain, ensure_ascii=False)
    except (TypeError, ValueError):  # non-string keys, cycles: keep a readable trace, never fail the log
        text = json.dumps({"unserializable": repr(value)[: RESULT_CAP // 2]})
    if len(text) <= RESULT_CAP:
        return text
    return json.dumps({"truncated": True, "chars": len(text), "head": text[: RESULT_CAP // 2]})


class Database:
    """The database file and its connection; the table classes build on it (see ``Store``).

    One connection per object and process: an object used in a forked child
    opens its own connection there. Calls are serialized by a lock, so an
    object may be shared between threads.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        #: Id of the interaction this store object logged last (None before any).
        self.last_interaction_id: int | None = None
        self._connection()  # open and migrate now, so problems surface early

    # -- connection and schema -------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        # A connection inherited through fork must not be used (or closed) here.
        self._conn = None
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                self._create()
            elif self.path.is_file() and self.path.stat().st_size == 0:
                # netops never leaves an empty database behind (see _create): this one was truncated.
                raise StoreError(
                    f"the netops database {self.path} is empty (0 bytes): it was truncated, and the "
                    "history and undo journal it held are lost",
                    path=str(self.path),
                    hint=self._recovery_hint(),
                )
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # the journal must survive a power cut
            self._migrate(conn)
            self._check_tables(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.Error):
                raise self._failure(exc, opening=True) from None
            if isinstance(exc, OSError):
                raise StoreError(
                    f"cannot create the netops database {self.path}: {exc.strerror or exc}",
                    path=str(self.path),
                    hint="set NETOPS_HOME to a writable directory",
                ) from None
            raise
        self._conn = conn
        self._pid = os.getpid()
        return conn

    def _create(self) -> None:
        """Create a fresh, migrated database at ``self.path`` in one step.

        The database is built under a temporary name and hard-linked into
        place, so netops itself never leaves an empty file at ``self.path``:
        finding one there means something truncated it (and the undo journal
        with it), which :meth:`_connection` reports instead of silently
        starting over. When two processes create it at once, the first link
        wins and the other drops its copy.
        """
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.new")
        companions = [temp, Path(f"{temp}-wal"), Path(f"{temp}-shm"), Path(f"{temp}-journal")]
        for leftover in companions:  # from a crashed earlier attempt that had the same pid
            leftover.unlink(missing_ok=True)
        try:
            conn = sqlite3.connect(temp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                self._migrate(conn)
            finally:
                conn.close()  # checkpoints the WAL into the file before it is linked
            try:
                os.link(temp, self.path)
            except FileExistsError:
                pass  # another process created it first: use theirs
            except OSError:
                # No hard links on this filesystem: rename instead, unless someone got there first.
                if not self.path.exists():
                    os.replace(temp, self.path)
        finally:
            for leftover in companions:
                leftover.unlink(missing_ok=True)

    def _check_tables(self, conn: sqlite3.Connection) -> None:
        """Refuse a database at the current schema version that lacks one of :data:`TABLES`."""
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [name for name in TABLES if name not in present]
        if missing:
            raise StoreError(
                f"the netops database {self.path} is damaged: table {', '.join(missing)} is missing",
                path=str(self.path),
                hint=self._recovery_hint(),
            )

    def _recovery_hint(self) -> str:
        return (
            f"move it aside (mv {self.path} {self.path}.broken) and netops starts a new one; "
            "your topology files are not affected"
        )

    def _failure(self, exc: sqlite3.Error, *, opening: bool = False) -> StoreError:
        """The operator-facing error for a SQLite failure on this database."""
        text = str(exc)
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            return StoreError(
                f"the netops database {self.path} is busy: {text}",
                path=str(self.path),
                hint="another netops process holds it; try again",
            )
        if any(sign in lowered for sign in ("malformed", "not a database", "no such table", "no such column")):
            return StoreError(
                f"the netops database {self.path} is damaged: {text}",
                path=str(self.path),
                hint=self._recovery_hint(),
            )
        if "readonly" in lowered or "read-only" in lowered:
            return StoreError(
                f"the netops database {self.path} cannot be written: {text}",
                path=str(self.path),
                hint="make it writable, or set NETOPS_HOME to a writable directory",
            )
        verb = "open" if opening else "use"
        return StoreError(
            f"cannot {verb} the netops database {self.path}: {text}",
            path=str(self.path),
            hint="move the file aside (it will be recreated) or set NETOPS_HOME to another directory",
        )

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"the netops database {self.path} has schema version {version}, "
                    f"newer than this netops understands ({SCHEMA_VERSION})",
                    path=str(self.path),
                    hint="upgrade netops, or set NETOPS_HOME to use a separate database",
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        """The database's ``user_version``."""
        return int(self._read("PRAGMA user_version")[0][0])

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``).

        SQLite failures from the file (busy, damaged pages, a missing table)
        become a :class:`~netops.errors.StoreError` naming it.
        """
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._failure(exc) from None
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # a damaged file may refuse even this; the error below says so
                if isinstance(exc, sqlite3.Error) and _is_database_failure(exc):
                    raise self._failure(exc) from None
                raise

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            conn = self._connection()
            try:
                return conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                if _is_database_failure(exc):
                    raise self._failure(exc) from None
                raise

    def close(self) -> None:
        """Close the connection (the store reopens it if used again)."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
