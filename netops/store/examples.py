"""The ``learned_examples`` table: requests and programs an operator kept as examples for the prompt."""

from __future__ import annotations

from dataclasses import dataclass

from netops.store.base import (
    Database,
    _now,
    normalize_request,
)

__all__ = ["LearnedExample", "ExamplesTable"]


@dataclass(frozen=True)
class LearnedExample:
    """A request/program pair the operator accepted; retrieved as a prompt example."""

    id: int
    request: str
    code: str
    topology: str
    fingerprint: str | None
    created: str


class ExamplesTable(Database):
    """Learned examples: add, list (per topology), delete."""

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
