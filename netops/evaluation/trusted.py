"""Trusted execution: golden programs (and tests that bypass the model) run with plain ``exec``, never generated code."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from netops.evaluation.suite import Case
from netops.program import api
from netops.program.failures import FailureKind
from netops.topology.model import Topology

__all__ = ["Golden", "TrustedExecution", "run_golden", "trusted_execute"]


@dataclass
class TrustedExecution:
    """The outcome of a program run with plain ``exec``; shaped like ``netops.program.execute.Execution``."""

    ok: bool
    value: Any = None
    graph_after: nx.MultiGraph | None = None
    stdout: str = ""
    failure_kind: str | None = None
    message: str | None = None
    line: int | None = None
    timings: dict[str, float] = field(default_factory=dict)


def trusted_execute(
    topology: Topology, code: str, *, read_only: bool = False, timeout: float | None = None
) -> TrustedExecution:
    """Run trusted code on a deep copy of the graph, without any sandbox.

    For golden programs and for tests that feed programs instead of asking a
    model. Never use it on generated code. ``timeout`` is accepted (and
    ignored) so this can stand in for the sandbox's executor.
    """
    del timeout
    graph = copy.deepcopy(topology.graph)
    printed: list[str] = []

    def _print(*args: Any, **_kwargs: Any) -> None:
        printed.append(" ".join(str(a) for a in args))

    namespace: dict[str, Any] = {"G": graph, "nx": nx, "print": _print, **api.helpers(read_only=False)}
    started = time.perf_counter()
    try:
        exec(compile(code, "<program>", "exec"), namespace)  # noqa: S102 - trusted code only
    except Exception as exc:  # noqa: BLE001 - a golden program's bug, reported by the caller
        line = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "<program>":
                line = tb.tb_lineno
            tb = tb.tb_next
        return TrustedExecution(
            False,
            failure_kind=FailureKind.RUNTIME,
            message=f"{type(exc).__name__}: {exc}",
            line=line,
            stdout="\n".join(printed),
        )
    if "result" not in namespace and not read_only:
        namespace["result"] = None
    if "result" not in namespace:
        return TrustedExecution(
            False, failure_kind=FailureKind.NO_RESULT, message="the program did not assign result", graph_after=graph
        )
    return TrustedExecution(
        True,
        value=to_plain(namespace["result"]),
        graph_after=graph,
        stdout="\n".join(printed) + ("\n" if printed else ""),
        timings={"execute": time.perf_counter() - started},
    )


def to_plain(value: Any, _depth: int = 0) -> Any:
    """A program result as plain JSON-like data, keeping tuples (records) and sets as they are.

    Graph views and generators become lists; objects without a plain form
    become their ``repr``.
    """
    if _depth > 50:
        return repr(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return {
            k if isinstance(k, (str, int, float, bool, type(None), tuple)) else repr(k): to_plain(v, _depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, tuple):
        return tuple(to_plain(v, _depth + 1) for v in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(_hashable(to_plain(v, _depth + 1)) for v in value)
    if isinstance(value, nx.Graph):
        return repr(value)
    if isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray)):
        return [to_plain(v, _depth + 1) for v in value]
    return repr(value)


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    return value


@dataclass
class Golden:
    """What a case expects: a value, or (for a change) the graph after it."""

    value: Any = None
    after: nx.MultiGraph | None = None
    error: str | None = None


def run_golden(case: Case, topology: Topology) -> Golden:
    """The expected outcome of a case on its topology (``error`` set if the golden program fails)."""
    if case.has_expect:
        return Golden(value=case.expect)
    execution = trusted_execute(topology, case.golden or "", read_only=not case.mutation)
    if not execution.ok:
        where = f" (line {execution.line})" if execution.line else ""
        return Golden(error=f"golden program failed{where}: {execution.message}")
    if case.mutation:
        return Golden(value=execution.value, after=execution.graph_after)
    return Golden(value=execution.value)
