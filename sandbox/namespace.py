"""A read-only bundle of names for programs: ``nx.shortest_path``, ``math.sqrt``.

A ``Namespace`` is how a caller exposes a curated set of functions under one
name without exposing a module. It holds exactly the names it was built
with: there is no forwarding to anything else, so an unknown name is a plain
``AttributeError`` that carries no module. It cannot be changed after it is
built, from the program (the ``_write_`` guard refuses attribute assignment)
or from Python (``__setattr__`` refuses too).

Examples
--------
>>> ns = Namespace("tools", {"double": lambda x: 2 * x})
>>> ns.double(4)
8
>>> ns.triple
Traceback (most recent call last):
...
AttributeError: tools has no attribute 'triple'
>>> ns.double = None
Traceback (most recent call last):
...
AttributeError: tools is read-only
>>> sorted(ns)
['double']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["Namespace", "namespace_members"]


class Namespace:
    """An immutable attribute namespace.

    Parameters
    ----------
    name : str
        Shown in error messages and ``repr`` ("nx has no attribute 'x'").
    members : Mapping[str, object]
        The attributes. Names must be identifiers that do not start with
        ``_`` (programs could not reach them anyway).
    """

    __slots__ = ("_ns_name", "_ns_members")

    def __init__(self, name: str, members: Mapping[str, Any]) -> None:
        for key in members:
            if not isinstance(key, str) or not key.isidentifier() or key.startswith("_"):
                raise ValueError(f"{name}: {key!r} is not a public identifier")
        object.__setattr__(self, "_ns_name", name)
        object.__setattr__(self, "_ns_members", dict(members))

    def __getattr__(self, attr: str) -> Any:
        # Only called for names not found normally, i.e. every member.
        members = object.__getattribute__(self, "_ns_members")
        try:
            return members[attr]
        except KeyError:
            name = object.__getattribute__(self, "_ns_name")
            raise AttributeError(f"{name} has no attribute {attr!r}") from None

    def __setattr__(self, attr: str, value: Any) -> None:
        raise AttributeError(f"{self._ns_name} is read-only")

    def __delattr__(self, attr: str) -> None:
        raise AttributeError(f"{self._ns_name} is read-only")

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._ns_members))

    def __contains__(self, attr: object) -> bool:
        return attr in self._ns_members

    def __len__(self) -> int:
        return len(self._ns_members)

    def __dir__(self) -> list[str]:
        return sorted(self._ns_members)

    def __repr__(self) -> str:
        return f"<{self._ns_name}: {len(self._ns_members)} names>"


def namespace_members(namespace: Namespace) -> dict[str, Any]:
    """Return a copy of a namespace's name -> object mapping (for trusted code).

    A function rather than a method, so that a namespace has no public
    attribute besides its members.

    >>> namespace_members(Namespace("ns", {"a": 1}))
    {'a': 1}
    """
    return dict(object.__getattribute__(namespace, "_ns_members"))
