"""The ``apply_journal`` table: every applied change with the bytes it replaced, for undo (``netops.store.apply``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from netops.errors import NetOpsError
from netops.store.base import (
    _MAX_ROW_ID,
    Database,
    _now,
)

__all__ = ["JournalEntry", "JournalTable"]


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


class JournalTable(Database):
    """The apply journal: write-ahead entries, commit, discard, undo marks, and lookups."""

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
            conn.execute("UPDATE apply_journal SET undone = 1, undone_time = ? WHERE id = ?", (_now(), entry_id))
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
            rows = self._read("SELECT * FROM apply_journal WHERE applied = 1 AND undone = 0 ORDER BY id DESC LIMIT 1")
        else:
            rows = self._read(
                "SELECT * FROM apply_journal WHERE path = ? AND applied = 1 AND undone = 0 ORDER BY id DESC LIMIT 1",
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
