"""Turn a program's value into plain JSON data, under a budget.

The child sends back only data of exact builtin types (``dict`` with ``str``
keys, ``list``, ``str``, ``int``, ``float``, ``bool``, ``None``), so the
parent never has to trust or unpickle an object. The conversion:

- tuples, lists and other iterables (generators, graph views) become lists;
- sets become lists, sorted when their items can be ordered (so the output
  does not depend on hash seeds);
- mappings become dicts; keys become strings (``1`` -> ``"1"``,
  ``("a", "b")`` -> ``"('a', 'b')"``, ``None`` -> ``"null"``);
- non-finite floats become the strings ``"inf"``, ``"-inf"`` and ``"nan"``
  (strict JSON has no such numbers);
- anything else goes to the caller's ``convert`` hook, or is an error that
  names where it was found: ``result['r1'] is a function object``.

Nesting depth, the number of items and the size of integers are capped, and
reference cycles are reported, so a hostile value cannot exhaust the child
or the parent.

Examples
--------
>>> to_plain({"a": (1, 2), 3: {"x"}})
{'a': [1, 2], '3': ['x']}
>>> to_plain(float("inf"))
'inf'
>>> to_plain([len])
Traceback (most recent call last):
...
sandbox.errors.ResultError: result[0] is a builtin_function_or_method object; use plain data (str, number, bool, None, list, dict)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from sandbox.errors import ResultError

__all__ = ["to_plain", "EncodedJSON", "ResultTooLarge", "MAX_DEPTH", "MAX_INT_BITS"]

#: Deepest nesting a value may have.
MAX_DEPTH = 64

#: Largest integer (in bits) a value may hold: about 4,000 decimal digits,
#: below Python's own limit on converting integers to text.
MAX_INT_BITS = 13_000



# A path into the value, built as linked tuples (parent, key) and formatted only on error.
_Path = tuple[Any, ...] | None


class EncodedJSON:
    """JSON text that trusted code in the child has already encoded.

    A ``finish`` hook that serializes a large structure itself (and hashes
    it) returns one of these, so the runner does not convert and encode the
    same data a second time. The parent decodes it like any other answer.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError("EncodedJSON holds str")
        self.text = text


def to_plain(
    value: Any,
    *,
    max_items: int = 1_000_000,
    max_chars: int | None = None,
    max_depth: int = MAX_DEPTH,
    convert: Callable[[Any], Any] | None = None,
    name: str = "result",
) -> Any:
    """Return ``value`` as plain JSON data, or raise ``ResultError``.

    Parameters
    ----------
    value : object
        What to convert.
    max_items : int
        Most containers and elements to visit in total (``ResultTooLarge``
        beyond).
    max_chars : int, optional
        Most characters of text in total (strings and keys); a larger value
        raises ``ResultTooLarge`` before anything is encoded.
    max_depth : int
        Deepest nesting allowed.
    convert : callable, optional
        Called with any object this function does not know; returns a
        replacement to convert instead, or ``NotImplemented`` to decline.
        It may raise ``ResultError`` with its own message.
    name : str
        How the value is called in error messages.

    Returns
    -------
    object
        Plain data of exact builtin types.

    Raises
    ------
    ResultError
        When the value holds something that is not data, is too deep, or
        contains a cycle.
    ResultTooLarge
        When it has more than ``max_items`` items or ``max_chars`` of text.
    """
    return _Converter(max_items, max_chars, max_depth, convert, name).plain(value, 0, None)


def _describe(path: _Path, name: str) -> str:
    keys = []
    while path is not None:
        path, key = path
        keys.append(key)
    text = name
    for key in reversed(keys):
        shown = repr(key)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        text += f"[{shown}]"
    return text


class ResultTooLarge(ResultError):
    """The value has more items or text than the transfer allows (reported as ``output-limit``)."""


class _Converter:
    def __init__(
        self, max_items: int, max_chars: int | None, max_depth: int, convert: Callable[[Any], Any] | None, name: str
    ) -> None:
        self.items_left = max_items
        self.max_items = max_items
        self.chars_left = max_chars
        self.max_chars = max_chars
        self.max_depth = max_depth
        self.convert = convert
        self.name = name
        self.active: set[int] = set()

    def fail(self, path: _Path, problem: str) -> ResultError:
        return ResultError(f"{_describe(path, self.name)} {problem}")

    def count(self, path: _Path) -> None:
        self.items_left -= 1
        if self.items_left < 0:
            raise ResultTooLarge(f"{self.name} has more than {self.max_items} items")

    def text(self, value: str) -> str:
        if self.chars_left is not None:
            self.chars_left -= len(value)
            if self.chars_left < 0:
                raise ResultTooLarge(f"{self.name} holds more than {self.max_chars} characters of text")
        return value

    def plain(self, value: Any, depth: int, path: _Path) -> Any:
        kind = type(value)
        if kind is str:
            return self.text(value)
        if kind is bool or value is None:
            return value
        if kind is int:
            if value.bit_length() > MAX_INT_BITS:
                raise self.fail(path, f"is an integer with more than {MAX_INT_BITS} bits")
            return value
        if kind is float:
            return value if math.isfinite(value) else str(value)
        self.count(path)
        if depth >= self.max_depth:
            raise self.fail(path, f"is nested more than {self.max_depth} levels deep")
        if kind is dict or kind is list or kind is tuple:
            return self.container(value, depth, path)
        # Subclasses of the scalar types (IntEnum, str subclasses) become the base type.
        if isinstance(value, str):
            return self.text(str.__str__(value))
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return self.plain(int.__index__(value), depth, path)
        if isinstance(value, float):
            return self.plain(float.__float__(value), depth, path)
        if isinstance(value, (bytes, bytearray)):
            return self.text(bytes(value).decode("utf-8", "replace"))
        if self.convert is not None:
            replacement = self.convert(value)
            if replacement is not NotImplemented:
                if replacement is value:
                    raise self.fail(path, f"could not be converted ({type(value).__name__})")
                return self.plain(replacement, depth, path)
        if isinstance(value, (Mapping, AbstractSet, Iterable)):
            return self.container(value, depth, path)
        raise self.fail(
            path, f"is a {type(value).__name__} object; use plain data (str, number, bool, None, list, dict)"
        )

    def container(self, value: Any, depth: int, path: _Path) -> Any:
        ident = id(value)
        if ident in self.active:
            raise self.fail(path, "contains itself (a reference cycle)")
        self.active.add(ident)
        try:
            if isinstance(value, Mapping):
                out: dict[str, Any] = {}
                for key, item in value.items():
                    self.count(path)
                    out[self.key(key, path)] = self.plain(item, depth + 1, (path, key))
                return out
            if isinstance(value, AbstractSet):
                try:
                    members: Iterable[Any] = sorted(value)
                except TypeError:  # mixed or unorderable members keep their order
                    members = value
            else:
                members = value
            result = []
            for index, item in enumerate(members):
                self.count(path)
                result.append(self.plain(item, depth + 1, (path, index)))
            return result
        finally:
            self.active.discard(ident)

    def key(self, key: Any, path: _Path) -> str:
        kind = type(key)
        if kind is str:
            return self.text(key)
        if key is None:
            return "null"
        if kind is bool:
            return "true" if key else "false"
        if kind is int or kind is float:
            return str(key)
        if isinstance(key, str):
            return str.__str__(key)
        if kind is tuple and all(type(part) in (str, int, float, bool) or part is None for part in key):
            return str(key)
        raise self.fail(path, f"has a key of type {type(key).__name__}; use str, number or tuple keys")
