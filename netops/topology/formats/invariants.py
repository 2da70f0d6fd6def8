"""The ``invariants`` section a topology file may declare, checked the same way by every reader.

Each rule is a mapping with a string ``id``, a read-only ``program`` and an
optional ``expect`` in the audit checks' language (:mod:`netops.program.expectations`);
an expectation that does not parse is refused when the file loads, at its
line, rather than blocking every later change.
"""

from __future__ import annotations

from typing import Any, Protocol

from netops.errors import TopologyFormatError
from netops.program.expectations import parse_expectation

__all__ = ["read_invariants"]


class _Located(Protocol):
    def error(self, problem: str, *keys: str | int) -> TopologyFormatError: ...


def read_invariants(raw: Any, doc: _Located, *, mapping_word: str = "mappings") -> list[dict[str, Any]]:
    """The file's invariant rules (``raw`` is the section's value), or the located error for a bad one."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(rule, dict) for rule in raw):
        raise doc.error(f"'invariants' must be a list of {mapping_word}", "invariants")
    for index, rule in enumerate(raw):
        if not isinstance(rule.get("id"), str):
            raise doc.error("each invariant needs a string 'id'", "invariants", index)
        if "expect" in rule:
            try:
                parse_expectation(rule["expect"])
            except ValueError as exc:
                raise doc.error(f"invariant {rule['id']!r}: {exc}", "invariants", index, "expect") from None
    return raw
