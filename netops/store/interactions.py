"""The ``interactions`` table: every request, with its outcome, program, timings and result."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netops.store.base import (
    _MAX_ROW_ID,
    Database,
    _now,
    _result_json,
)

__all__ = ["Interaction", "InteractionsTable"]


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


class InteractionsTable(Database):
    """Log requests and read the history (``netops history``)."""

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
            return (
                conn.execute(
                    "UPDATE interactions SET outcome = ?, error = ? WHERE id = ?", (outcome, error, int(interaction_id))
                ).rowcount
                > 0
            )

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
