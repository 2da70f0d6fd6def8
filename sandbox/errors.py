"""Exceptions of the sandbox package.

Only ``SandboxError`` reaches a caller of ``sandbox.run``: it means the
sandbox itself could not work (no ``fork``, an isolation step failed in a
way that makes running unsafe), never that the program misbehaved. Program
failures come back as an ``Outcome`` with a failure kind.

The others are raised *inside* the child, by guards and by trusted code the
caller puts in the namespace (a facade that refuses to build a huge graph
raises ``SizeLimitExceeded``). Guards normally end the run at once instead of
raising, so that a program cannot swallow the refusal with a bare
``except:``; they raise ``PolicyViolation`` or ``MutationRefused`` only when
used outside a sandboxed child (unit tests of the guards).
"""

from __future__ import annotations

__all__ = [
    "SandboxError",
    "PolicyViolation",
    "MutationRefused",
    "SizeLimitExceeded",
    "ResultError",
]


class SandboxError(Exception):
    """The sandbox could not run the program at all (an environment problem)."""


class PolicyViolation(Exception):
    """The policy refused an operation; ``line`` is the program line if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class MutationRefused(Exception):
    """A program tried to modify an object it was given read-only."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class SizeLimitExceeded(MemoryError):
    """Trusted code refused to allocate something too large (reported as ``memory``)."""


class ResultError(ValueError):
    """The program's result (or the caller's extracted data) is not plain data."""
