"""The SQLite store: interaction log, program cache, learned examples, apply journal.

One database file, ``data_dir()/netops.db`` by default (``$NETOPS_HOME`` moves
it). It is opened in WAL mode with a busy timeout, every write is one short
``BEGIN IMMEDIATE`` transaction, and the schema is versioned with SQLite's
``user_version``: :data:`MIGRATIONS` ``[i]`` takes a database from version
``i`` to ``i + 1``, inside one transaction, so two processes opening a fresh
file never both migrate it and a failed step leaves the old version intact.

Tables::

    interactions     every request: front end, topology, fingerprint, request,
                     model, tier, code, outcome, attempts, from_cache,
                     timings (JSON), result (JSON, capped), error
    program_cache    key -> code, read_only, model, created, hits, last_used
    learned_examples request, code, topology, fingerprint, created
    apply_journal    path, request, format, bytes before, sha256 before/after,
                     summary, applied, undone

Rows come back as frozen dataclasses. Nothing here renders or prints.

Examples
--------
>>> normalize_request("  Which LEAF switches   are down?? ")
'which leaf switches are down'
>>> cache_key("Which leaf is down?", "f00d", "m", "1") == cache_key("which  leaf is DOWN", "f00d", "m", "1")
True
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from netops.errors import NetOpsError, StoreError
from netops.settings import data_dir

__all__ = [
    "SCHEMA_VERSION",
    "MIGRATIONS",
    "RESULT_CAP",
    "Store",
    "Interaction",
    "CachedProgram",
    "LearnedExample",
    "JournalEntry",
    "default_db_path",
    "normalize_request",
    "cache_key",
]

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


def cache_key(request: str, fingerprint: str, model: str, prompt_version: str) -> str:
    """The program-cache key: sha256 of the normalized request, schema fingerprint, model and prompt version.

    >>> len(cache_key("q", "fp", "model", "v1"))
    64
    """
    parts = (normalize_request(request), fingerprint or "", model or "", prompt_version or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


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
        text = json.dumps({"unserializable": repr(value)[:RESULT_CAP // 2]})
    if len(text) <= RESULT_CAP:
        return text
    return json.dumps({"truncated": True, "chars": len(text), "head": text[: RESULT_CAP // 2]})


@dataclass(frozen=True)
class Interaction:
    """One logged request and how it ended.

    Attributes
    ----------
    id : int
        Row id (``netops history --show ID``).
    time : str
        UTC time, ISO 8601.
    frontend : str
        ``cli``, ``repl``, ``audit`` or ``eval``.
    topology : str or None
        Path (or name) of the topology the request was about.
    fingerprint : str or None
        Schema fingerprint of that topology.
    request : str
        The operator's request as typed.
    model : str or None
        Model that wrote the final program.
    tier : int or None
        Index of the model tier that answered (0 = edge model).
    code : str or None
        The final program (or the last failed one).
    outcome : str
        ``ok`` or the failure kind (``syntax``, ``policy``, ``timeout``, ...).
    attempts : int
        Generation attempts made, over all tiers.
    from_cache : bool
        Whether the program came from the program cache.
    timings : dict
        Seconds per stage (``prompt``, ``generate``, ``execute``, ``total``).
    result : object
        The stored result JSON, parsed (may be a truncation marker).
    error : str or None
        The error message when ``outcome`` is not ``ok``.
    """

    id: int
    time: str
    frontend: str
    topology: str | None
    fingerprint: str | None
    request: str
    model: str | None
    tier: int | None
    code: str | None
    outcome: str
    attempts: int
    from_cache: bool
    timings: dict[str, float] = field(default_factory=dict)
    result: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the request was answered."""
        return self.outcome == "ok"

    @property
    def total_seconds(self) -> float | None:
        """The ``total`` timing, if recorded."""
        total = self.timings.get("total")
        return float(total) if total is not None else None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "id": self.id,
            "time": self.time,
            "frontend": self.frontend,
            "topology": self.topology,
            "fingerprint": self.fingerprint,
            "request": self.request,
            "model": self.model,
            "tier": self.tier,
            "code": self.code,
            "outcome": self.outcome,
            "attempts": self.attempts,
            "from_cache": self.from_cache,
            "timings": self.timings,
            "result": self.result,
            "error": self.error,
        }


@dataclass(frozen=True)
class CachedProgram:
    """A cached program for a (request, schema, model, prompt version) key."""

    key: str
    code: str
    read_only: bool
    model: str | None
    created: str
    hits: int


@dataclass(frozen=True)
class LearnedExample:
    """A request/program pair the operator accepted; retrieved as a prompt example."""

    id: int
    request: str
    code: str
    topology: str
    fingerprint: str | None
    created: str


@dataclass(frozen=True)
class JournalEntry:
    """One applied change: enough to restore the file byte for byte.

    Attributes
    ----------
    id : int
        Journal number.
    time : str
        UTC time the change was journaled, ISO 8601.
    path : str
        Resolved path of the topology file.
    request : str or None
        The request that produced the change.
    format : str or None
        Format the new content was written in.
    before : bytes
        The file's exact bytes before the change.
    sha256_before, sha256_after : str
        Hex SHA-256 of the file before and after the change.
    summary : str or None
        Diff summary (``'1 device added'``).
    applied : bool
        False while the write is in progress (or if it never completed).
    undone : bool
        Whether ``netops undo`` restored ``before``.
    undone_time : str or None
        When it was undone.
    """

    id: int
    time: str
    path: str
    request: str | None
    format: str | None
    before: bytes = field(repr=False)
    sha256_before: str
    sha256_after: str
    summary: str | None
    applied: bool
    undone: bool
    undone_time: str | None = None


def _interaction(row: sqlite3.Row) -> Interaction:
    return Interaction(
        id=row["id"],
        time=row["time"],
        frontend=row["frontend"],
        topology=row["topology"],
        fingerprint=row["fingerprint"],
        request=row["request"],
        model=row["model"],
        tier=row["tier"],
        code=row["code"],
        outcome=row["outcome"],
        attempts=row["attempts"],
        from_cache=bool(row["from_cache"]),
        timings=json.loads(row["timings"] or "{}"),
        result=json.loads(row["result"]) if row["result"] is not None else None,
        error=row["error"],
    )


def _journal_entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        id=row["id"],
        time=row["time"],
        path=row["path"],
        request=row["request"],
        format=row["format"],
        before=bytes(row["before"]),
        sha256_before=row["sha256_before"],
        sha256_after=row["sha256_after"],
        summary=row["summary"],
        applied=bool(row["applied"]),
        undone=bool(row["undone"]),
        undone_time=row["undone_time"],
    )


class Store:
    """The netops SQLite database.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Database file; default :func:`default_db_path` (resolved when the
        store is created, so ``$NETOPS_HOME`` set before that is honoured).

    Notes
    -----
    One connection per store and process: a store used in a forked child
    opens its own connection there. Calls are serialized by a lock, so a
    store may be shared between threads.

    Examples
    --------
    >>> import tempfile, os
    >>> store = Store(os.path.join(tempfile.mkdtemp(), "netops.db"))
    >>> key = store.cache_key("How many leaves?", "fp", "m", "1")
    >>> store.cache_get(key) is None
    True
    >>> store.cache_put(key, "result = 4\\n", read_only=True)
    >>> store.cache_get(key).code
    'result = 4\\n'
    >>> store.close()
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
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
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
                if _is_database_failure(exc):
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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- interactions -------------------------------------------------------------------

    def log_interaction(
        self,
        request: str,
        *,
        frontend: str,
        outcome: str,
        topology: str | None = None,
        fingerprint: str | None = None,
        model: str | None = None,
        tier: int | None = None,
        code: str | None = None,
        attempts: int = 0,
        from_cache: bool = False,
        timings: Mapping[str, float] | None = None,
        result: Any = None,
        error: str | None = None,
    ) -> int:
        """Record one request and return its id.

        ``outcome`` is ``ok`` or the failure kind. ``result`` is stored as
        JSON (sets become lists, unknown objects their ``str``), replaced by
        ``{"truncated": true, ...}`` beyond :data:`RESULT_CAP` characters.
        """
        with self._write() as conn:
            cursor = conn.execute(
                """
                INSERT INTO interactions (time, frontend, topology, fingerprint, request, model, tier,
                                          code, outcome, attempts, from_cache, timings, result, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    _now(),
                    frontend,
                    topology,
                    fingerprint,
                    request,
                    model,
                    tier,
                    code,
                    outcome,
                    int(attempts),
                    int(bool(from_cache)),
                    json.dumps({k: round(float(v), 6) for k, v in (timings or {}).items()}),
                    _result_json(result),
                    error,
                ),
            )
            self.last_interaction_id = int(cursor.lastrowid or 0)
            return self.last_interaction_id

    def set_outcome(self, interaction_id: int, outcome: str, *, error: str | None = None) -> bool:
        """Change how a logged request ended (e.g. ``rejected`` when applying its change failed).

        The pipeline logs an answer as ``ok`` before the change is applied;
        the front end calls this when the apply is then refused, so
        ``netops history`` does not report a change that never happened as
        done. Returns whether the interaction exists.
        """
        with self._write() as conn:
            return conn.execute(
                "UPDATE interactions SET outcome = ?, error = ? WHERE id = ?", (outcome, error, int(interaction_id))
            ).rowcount > 0

    def log_answer(self, answer: Any, *, topology: Any, fingerprint: str | None, frontend: str) -> int:
        """Record a ``netops.answering.pipeline.Answer`` (duck-typed) and return the interaction id.

        ``topology`` is a ``Topology`` (its source path is logged, else its
        name) or a plain string. The stored result is
        ``{"value": ..., "diff": ...}``.
        """
        if isinstance(topology, str) or topology is None:
            where = topology
        else:
            source = getattr(topology, "source", None)
            where = str(source) if source is not None else getattr(topology, "name", None)
        diff = getattr(answer, "diff", None)
        result = None
        if answer.ok:
            result = {"value": answer.value, "diff": diff.to_dict() if diff is not None else None}
        return self.log_interaction(
            answer.request,
            frontend=frontend,
            outcome="ok" if answer.ok else (answer.error_kind or "failed"),
            topology=where,
            fingerprint=fingerprint,
            model=answer.model,
            tier=answer.tier,
            code=answer.code,
            attempts=len(answer.attempts),
            from_cache=answer.from_cache,
            timings=answer.timings,
            result=result,
            error=None if answer.ok else answer.error,
        )

    def history(self, *, limit: int = 20, failed: bool = False) -> list[Interaction]:
        """The most recent interactions, newest first (only failures with ``failed=True``)."""
        where = "WHERE outcome != 'ok'" if failed else ""
        rows = self._read(
            f"SELECT * FROM interactions {where} ORDER BY id DESC LIMIT ?", (min(max(0, int(limit)), _MAX_ROW_ID),)
        )
        return [_interaction(row) for row in rows]

    def interaction(self, interaction_id: int) -> Interaction | None:
        """One interaction by id, or None (also for ids no SQLite row can have, such as 10**30)."""
        if not 0 < int(interaction_id) <= _MAX_ROW_ID:
            return None
        rows = self._read("SELECT * FROM interactions WHERE id = ?", (int(interaction_id),))
        return _interaction(rows[0]) if rows else None

    # -- program cache -----------------------------------------------------------------

    cache_key = staticmethod(cache_key)

    def cache_get(self, key: str) -> CachedProgram | None:
        """The cached program for ``key`` (counting the hit and its use), or None.

        A store that cannot be written still answers from what it holds (the
        hit goes uncounted); one that cannot be read answers None. Either is
        reported once per process through :func:`netops.store.caches.report_unwritable`.
        """
        try:
            with self._write() as conn:
                conn.execute(
                    "UPDATE program_cache SET hits = hits + 1, last_used = ? WHERE key = ?",
                    (_now_precise(), key),
                )
                row = conn.execute("SELECT * FROM program_cache WHERE key = ?", (key,)).fetchone()
        except _STORE_FAILURES as exc:
            from netops.store.caches import report_unwritable

            report_unwritable("programs", self.path, exc)
            try:
                rows = self._read("SELECT * FROM program_cache WHERE key = ?", (key,))
            except _STORE_FAILURES:
                return None
            row = rows[0] if rows else None
        if row is None:
            return None
        return CachedProgram(
            key=row["key"],
            code=row["code"],
            read_only=bool(row["read_only"]),
            model=row["model"],
            created=row["created"],
            hits=row["hits"],
        )

    def cache_put(
        self,
        key: str,
        code: str,
        *,
        read_only: bool,
        model: str | None = None,
        request: str | None = None,
        max_entries: int | None = None,
    ) -> None:
        """Store (or replace) the program for ``key``; a replaced entry starts at zero hits.

        Then the least recently used programs beyond ``max_entries`` (default:
        the ``program_cache_entries`` setting) are evicted; the one just stored
        always stays. A store that cannot be written skips caching with one
        warning per process instead of failing the request.
        """
        if max_entries is None:
            from netops.store.caches import cap

            max_entries = cap("programs")
        try:
            with self._write() as conn:
                conn.execute(
                    """
                    INSERT INTO program_cache (key, request, code, read_only, model, created, hits, last_used)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?)
                    ON CONFLICT (key) DO UPDATE SET
                        request = excluded.request, code = excluded.code, read_only = excluded.read_only,
                        model = excluded.model, created = excluded.created, hits = 0,
                        last_used = excluded.last_used
                    """,
                    (key, request, code, int(bool(read_only)), model, _now(), _now_precise()),
                )
                self._evict_programs(conn, max_entries, keep=key)
        except _STORE_FAILURES as exc:
            from netops.store.caches import report_unwritable

            report_unwritable("programs", self.path, exc)

    @staticmethod
    def _evict_programs(conn: sqlite3.Connection, max_entries: int, keep: str | None = None) -> int:
        """Delete all but the ``max_entries`` most recently used programs (never ``keep``)."""
        limit = max(0, int(max_entries))
        if keep is not None:
            limit = max(0, limit - 1)  # ``keep`` takes one of the places
        return conn.execute(
            """
            DELETE FROM program_cache WHERE key IN (
                SELECT key FROM program_cache WHERE key IS NOT ?
                ORDER BY COALESCE(last_used, created) DESC, rowid DESC
                LIMIT -1 OFFSET ?
            )
            """,
            (keep, limit),
        ).rowcount

    def cache_prune(self, max_entries: int) -> int:
        """Evict least recently used programs until at most ``max_entries`` remain; return how many went."""
        with self._write() as conn:
            return self._evict_programs(conn, max_entries)

    def cache_stats(self) -> tuple[int, int]:
        """``(entries, bytes)`` of the program cache (bytes of the stored request and program text)."""
        row = self._read(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(code AS BLOB)) "
            "+ COALESCE(LENGTH(CAST(request AS BLOB)), 0)), 0) FROM program_cache"
        )[0]
        return int(row[0]), int(row[1])

    def cache_delete(self, key: str) -> bool:
        """Drop one cached program; return whether there was one."""
        with self._write() as conn:
            return conn.execute("DELETE FROM program_cache WHERE key = ?", (key,)).rowcount > 0

    def cache_clear(self) -> int:
        """Drop every cached program; return how many there were."""
        with self._write() as conn:
            return conn.execute("DELETE FROM program_cache").rowcount

    # -- learned examples -----------------------------------------------------------

    def add_learned_example(
        self, request: str, code: str, *, topology: str = "", fingerprint: str | None = None
    ) -> int:
        """Remember an accepted request/program pair and return its id.

        One example per normalized request and topology: accepting a new
        program for the same request replaces the old one.
        """
        with self._write() as conn:
            conn.execute(
                """
                INSERT INTO learned_examples (request, request_norm, code, topology, fingerprint, created)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (request_norm, topology) DO UPDATE SET
                    request = excluded.request, code = excluded.code,
                    fingerprint = excluded.fingerprint, created = excluded.created
                """,
                (request, normalize_request(request), code, topology or "", fingerprint, _now()),
            )
            row = conn.execute(
                "SELECT id FROM learned_examples WHERE request_norm = ? AND topology = ?",
                (normalize_request(request), topology or ""),
            ).fetchone()
            return int(row["id"])

    def learned_examples(self, *, topology: str | None = None) -> list[LearnedExample]:
        """Accepted examples, oldest first (only those for ``topology`` if given)."""
        if topology is None:
            rows = self._read("SELECT * FROM learned_examples ORDER BY id")
        else:
            rows = self._read("SELECT * FROM learned_examples WHERE topology = ? ORDER BY id", (topology,))
        return [
            LearnedExample(
                id=row["id"],
                request=row["request"],
                code=row["code"],
                topology=row["topology"],
                fingerprint=row["fingerprint"],
                created=row["created"],
            )
            for row in rows
        ]

    def delete_learned_example(self, example_id: int) -> bool:
        """Forget one learned example; return whether it existed."""
        with self._write() as conn:
            return conn.execute("DELETE FROM learned_examples WHERE id = ?", (int(example_id),)).rowcount > 0

    # -- apply journal ---------------------------------------------------------------

    def journal_begin(
        self,
        path: str | Path,
        *,
        request: str | None,
        format: str | None,
        before: bytes,
        sha256_before: str,
        sha256_after: str,
        summary: str | None = None,
    ) -> int:
        """Journal a change about to be written (not yet ``applied``); return its id.

        ``netops.store.apply`` calls this before writing the file and
        :meth:`journal_commit` after. An entry left unapplied by a killed
        process is settled by ``netops.store.apply.recover``: applied if the file
        holds ``sha256_after``, discarded if it still holds ``sha256_before``.
        """
        with self._write() as conn:
            cursor = conn.execute(
                """
                INSERT INTO apply_journal (time, path, request, format, before, sha256_before,
                                           sha256_after, summary, applied, undone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)
                """,
                (_now(), str(path), request, format, sqlite3.Binary(before), sha256_before, sha256_after, summary),
            )
            return int(cursor.lastrowid or 0)

    def journal_commit(self, entry_id: int) -> JournalEntry:
        """Mark a journaled change as written to the file and return it."""
        with self._write() as conn:
            conn.execute("UPDATE apply_journal SET applied = 1 WHERE id = ?", (entry_id,))
            row = conn.execute("SELECT * FROM apply_journal WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NetOpsError(f"journal entry #{entry_id} vanished from {self.path}")
        return _journal_entry(row)

    def journal_discard(self, entry_id: int) -> None:
        """Delete a journaled change whose write failed."""
        with self._write() as conn:
            conn.execute("DELETE FROM apply_journal WHERE id = ? AND applied = 0", (entry_id,))

    def journal_mark_undone(self, entry_id: int) -> JournalEntry:
        """Mark an applied change as undone and return it."""
        with self._write() as conn:
            conn.execute(
                "UPDATE apply_journal SET undone = 1, undone_time = ? WHERE id = ?", (_now(), entry_id)
            )
            row = conn.execute("SELECT * FROM apply_journal WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NetOpsError(f"journal entry #{entry_id} vanished from {self.path}")
        return _journal_entry(row)

    def journal_entry(self, entry_id: int) -> JournalEntry | None:
        """One journal entry by id, or None (also for ids no SQLite row can have)."""
        if not 0 < int(entry_id) <= _MAX_ROW_ID:
            return None
        rows = self._read("SELECT * FROM apply_journal WHERE id = ?", (int(entry_id),))
        return _journal_entry(rows[0]) if rows else None

    def journal_latest(self, path: str | Path | None = None) -> JournalEntry | None:
        """The newest applied, not undone entry (for ``path`` if given, which must be resolved)."""
        if path is None:
            rows = self._read(
                "SELECT * FROM apply_journal WHERE applied = 1 AND undone = 0 ORDER BY id DESC LIMIT 1"
            )
        else:
            rows = self._read(
                "SELECT * FROM apply_journal WHERE path = ? AND applied = 1 AND undone = 0 "
                "ORDER BY id DESC LIMIT 1",
                (str(path),),
            )
        return _journal_entry(rows[0]) if rows else None

    def journal_pending(self, path: str | Path | None = None) -> list[JournalEntry]:
        """Entries begun but never marked applied (for ``path`` if given, which must be resolved), oldest first.

        ``netops.store.apply.recover`` decides from the file's hash whether each one's write landed.
        """
        if path is None:
            rows = self._read("SELECT * FROM apply_journal WHERE applied = 0 ORDER BY id")
        else:
            rows = self._read("SELECT * FROM apply_journal WHERE path = ? AND applied = 0 ORDER BY id", (str(path),))
        return [_journal_entry(row) for row in rows]

    def journal(self, path: str | Path | None = None, *, limit: int = 20) -> list[JournalEntry]:
        """Journal entries, newest first, including undone and unfinished ones."""
        if path is None:
            rows = self._read("SELECT * FROM apply_journal ORDER BY id DESC LIMIT ?", (int(limit),))
        else:
            rows = self._read(
                "SELECT * FROM apply_journal WHERE path = ? ORDER BY id DESC LIMIT ?", (str(path), int(limit))
            )
        return [_journal_entry(row) for row in rows]
