"""The typed outcome of one sandboxed run.

A run either succeeds (``ok``: the program's value as plain data, whatever
the caller's ``finish`` hook extracted, the printed text, timings) or fails in
exactly one way, named by ``kind``:

``policy``
    refused by the policy: at compile time (imports, ``_`` names, classes,
    syntax errors) or when a guard stopped an operation at run time
    (attributes of functions, modules and exceptions, unsafe ``format``
    fields, attribute assignment). ``line`` is the program line.
``runtime``
    the program raised an exception (``NameError: name 'x' is not defined``),
    or its result is not plain data.
``timeout``
    CPU or wall-clock limit.
``memory``
    the address-space limit, or a size check that refused to allocate.
``output-limit``
    too much printed text, or a result larger than the transfer cap.
``mutation``
    the program modified an object the caller marked read-only.

Messages are one short line, meant to be fed back to the program's author
(often a language model) as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "POLICY",
    "RUNTIME",
    "TIMEOUT",
    "MEMORY",
    "OUTPUT_LIMIT",
    "MUTATION",
    "FAILURE_KINDS",
    "Outcome",
]

POLICY = "policy"
RUNTIME = "runtime"
TIMEOUT = "timeout"
MEMORY = "memory"
OUTPUT_LIMIT = "output-limit"
MUTATION = "mutation"

#: Every failure kind, in the order documented above.
FAILURE_KINDS = (POLICY, RUNTIME, TIMEOUT, MEMORY, OUTPUT_LIMIT, MUTATION)


@dataclass(frozen=True)
class Outcome:
    """What came back from one run.

    Attributes
    ----------
    ok : bool
        True when the program ran to the end and its result could be sent.
    value : object
        The program's ``result`` as plain JSON data (None on failure).
    extra : object
        What the caller's ``finish`` hook returned, as plain data.
    stdout : str
        Text the program printed (capped), also on failure.
    kind : str or None
        One of ``FAILURE_KINDS`` when ``ok`` is False.
    message : str or None
        One line saying what went wrong.
    line : int or None
        The program line where it went wrong, when known.
    timings : Mapping[str, float]
        Seconds: ``compile`` and ``run`` (measured in the child),
        ``transfer`` (converting the result and running ``finish`` in the
        child, encoding it there, decoding it in the parent),
        ``total`` (the whole call, fork included).
    isolation : tuple of str
        The process-level protections that were in force, e.g. ``netns``,
        ``chroot``, ``uid``, ``nproc`` (see ``sandbox.process``).
    """

    ok: bool
    value: Any = None
    extra: Any = None
    stdout: str = ""
    kind: str | None = None
    message: str | None = None
    line: int | None = None
    timings: Mapping[str, float] = field(default_factory=dict)
    isolation: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.ok and self.kind is not None:
            raise ValueError("a successful outcome has no failure kind")
        if not self.ok and self.kind not in FAILURE_KINDS:
            raise ValueError(f"unknown failure kind {self.kind!r}")
