"""Expectations on a program's answer: one language for audit checks and topology invariants.

An audit check (``expect:`` in a checks file) and an invariant declared in a
topology file (``expect:`` under ``invariants``) say the same kind of thing
about a read-only program's ``result``: it is ``empty`` (the default: a list
of offenders), ``nonempty``, ``true``, ``false``, ``count <op> N`` (the number
of items of a collection, or an int), or ``{equals: VALUE}``.

>>> expectation = parse_expectation("count <= 2")
>>> expectation.describe()
'count <= 2'
>>> expectation.evaluate(["ams-leaf1", "ams-leaf2", "fra-leaf1"]).passed
False
>>> parse_expectation("empty").evaluate([]).passed
True
>>> holds("nonempty", ["spine1"]), holds("count >= 2", ["spine1"]), holds("empty", 7)
(True, False, False)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Expectation", "ExpectationMismatch", "Verdict", "parse_expectation", "holds", "items_of", "short_text"]

_COUNT = re.compile(r"^\s*count\s*(<=|>=|==|!=|=|<|>)\s*(\d+)\s*$", re.I)


class ExpectationMismatch(ValueError):
    """The program's answer has the wrong shape for the expectation (e.g. a number for ``empty``)."""


@dataclass(frozen=True)
class Verdict:
    """Whether an expectation holds, the offending items, and a one-line summary."""

    passed: bool
    items: list[Any]
    count: int | None
    message: str


def _json_normal(value: Any) -> Any:
    """The value as JSON would carry it (tuples and sets become lists)."""
    return json.loads(json.dumps(value, default=_json_default, sort_keys=False))


def _json_default(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def short_text(value: Any, limit: int = 120) -> str:
    """``value`` as one line of text (JSON for data), cut to ``limit`` characters."""
    text = value if isinstance(value, str) else json.dumps(value, default=_json_default, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def items_of(value: Any) -> list[Any] | None:
    """The items of a collection answer: list members, table rows, ``[key, value]`` pairs; None if not one."""
    if isinstance(value, Mapping):
        if set(value) >= {"columns", "rows"} and isinstance(value.get("rows"), list):
            return list(value["rows"])
        return [(key, item) for key, item in value.items()]  # tuples: mapping entries (answers are JSON lists)
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return None


def _type_name(value: Any) -> str:
    return "None" if value is None else type(value).__name__


_OPS: dict[str, Callable[[int, int], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
}


@dataclass(frozen=True)
class Expectation:
    """What a check's answer must be.

    ``kind`` is ``empty``, ``nonempty``, ``true``, ``false``, ``count`` (with
    ``op`` and ``number``) or ``equals`` (with ``value``).
    """

    kind: str
    op: str | None = None
    number: int | None = None
    value: Any = None

    def describe(self) -> str:
        """A short human form: ``empty result``, ``count <= 2``, ``equals 4``."""
        if self.kind == "empty":
            return "empty result"
        if self.kind == "nonempty":
            return "non-empty result"
        if self.kind == "count":
            return f"count {self.op} {self.number}"
        if self.kind == "equals":
            return f"equals {short_text(self.value, 60)}"
        return self.kind

    def to_data(self) -> Any:
        """The expectation as it would be written in a checks file."""
        if self.kind == "equals":
            return {"equals": self.value}
        if self.kind == "count":
            return f"count {self.op} {self.number}"
        return self.kind

    def evaluate(self, value: Any) -> Verdict:
        """Judge a program's answer; raise ``ExpectationMismatch`` when its shape does not fit.

        >>> parse_expectation(True).evaluate(False).message
        'false, expected true'
        >>> parse_expectation({"equals": [1, 2]}).evaluate((1, 2)).passed
        True
        >>> parse_expectation("count >= 2").evaluate(3).passed
        True
        """
        if value is None:
            raise ExpectationMismatch("the program's result is None")
        if self.kind in ("true", "false"):
            if not isinstance(value, bool):
                raise ExpectationMismatch(
                    f"expect: {self.kind} needs a True/False answer, the program returned {_type_name(value)}"
                )
            wanted = self.kind == "true"
            message = f"{str(value).lower()}, expected {self.kind}"
            return Verdict(value is wanted, [], None, message if value is not wanted else str(value).lower())
        if self.kind == "equals":
            actual, wanted = _json_normal(value), _json_normal(self.value)
            if actual == wanted:
                return Verdict(True, [], None, f"equals {short_text(wanted, 60)}")
            return Verdict(False, [], None, f"got {short_text(actual, 80)}, expected {short_text(wanted, 60)}")
        items = items_of(value)
        if self.kind == "count" and items is None and isinstance(value, int) and not isinstance(value, bool):
            assert self.op is not None and self.number is not None
            ok = _OPS[self.op](value, self.number)
            return Verdict(ok, [], value, f"count {value}" + ("" if ok else f", expected {self.op} {self.number}"))
        if items is None:
            need = "a collection or a number" if self.kind == "count" else "a collection (list, mapping or table)"
            raise ExpectationMismatch(
                f"expect: {self.describe()} needs {need}, the program returned {_type_name(value)}"
            )
        count = len(items)
        noun = "item" if count == 1 else "items"
        if self.kind == "empty":
            return Verdict(count == 0, items, count, "no items" if count == 0 else f"{count} {noun}, expected none")
        if self.kind == "nonempty":
            return Verdict(count > 0, [], count, f"{count} {noun}" if count else "no items, expected some")
        assert self.op is not None and self.number is not None
        ok = _OPS[self.op](count, self.number)
        return Verdict(
            ok, [] if ok else items, count, f"{count} {noun}" + ("" if ok else f", expected {self.op} {self.number}")
        )


def parse_expectation(raw: Any) -> Expectation:
    """Parse an ``expect:`` value; raise ``ValueError`` with a one-line reason.

    >>> parse_expectation("count == 4")
    Expectation(kind='count', op='==', number=4, value=None)
    >>> parse_expectation(None).kind
    'empty'
    """
    if raw is None:
        return Expectation("empty")
    if isinstance(raw, bool):
        return Expectation("true" if raw else "false")
    if isinstance(raw, Mapping):
        if set(raw) == {"equals"}:
            return Expectation("equals", value=raw["equals"])
        raise ValueError(f"a mapping expectation must be {{equals: VALUE}}, got keys {sorted(map(str, raw))}")
    if isinstance(raw, str):
        text = raw.strip().lower()
        if text in ("empty", "true", "false"):
            return Expectation(text)
        if text in ("nonempty", "non-empty", "not empty"):
            return Expectation("nonempty")
        match = _COUNT.match(raw)
        if match:
            op = "==" if match.group(1) == "=" else match.group(1)
            return Expectation("count", op=op, number=int(match.group(2)))
    raise ValueError(
        f"unknown expectation {raw!r}: use empty, nonempty, true, false, 'count <= N' "
        "(<, <=, ==, !=, >=, >) or {equals: VALUE}"
    )


def holds(raw: Any, value: Any) -> bool:
    """Whether ``value`` meets the expectation written as ``raw``; a wrong shape does not.

    Raises ``ValueError`` for an expectation that does not parse (readers
    check them when they load the file, with its line).
    """
    try:
        return parse_expectation(raw).evaluate(value).passed
    except ExpectationMismatch:
        return False
