"""The ``program_cache`` table: programs that answered a request, by request, schema, model and prompt.

>>> cache_key("Which leaf is down?", "f00d", "m", "1") == cache_key("which  leaf is DOWN", "f00d", "m", "1")
True
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from netops.store.base import (
    _STORE_FAILURES,
    Database,
    _now,
    _now_precise,
    normalize_request,
)

__all__ = ["CachedProgram", "ProgramCacheTable", "cache_key"]


def cache_key(request: str, fingerprint: str, model: str, prompt_version: str) -> str:
    """The program-cache key: sha256 of the normalized request, schema fingerprint, model and prompt version.

    >>> len(cache_key("q", "fp", "model", "v1"))
    64
    """
    parts = (normalize_request(request), fingerprint or "", model or "", prompt_version or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedProgram:
    """A cached program for a (request, schema, model, prompt version) key."""

    key: str
    code: str
    read_only: bool
    model: str | None
    created: str
    hits: int


class ProgramCacheTable(Database):
    """The program cache: look up, store, prune (LRU by entries) and clear."""

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
