"""Validation before anything is applied: the result contract and topology invariants.

Result contract
    A question must set ``result`` to data (not ``None``) and must not change
    ``G``; a change request must change ``G``.

Built-in invariants (checked on the changed graph)
    no interface used by two links; a link's interface map names only its
    endpoints; devices keep the attributes every device had (role, site); an
    attribute a change touches keeps its type (an int speed stays a number).

Declared invariants (the topology file's ``invariants:``)
    each is a read-only program run in the sandbox on the changed graph; its
    result must be empty (``expect: empty``) or true (``expect: true``). A
    rule that was already broken before the change is reported as a warning,
    not blamed on the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx

from netops.program.diff import TopologyDiff, diff_graphs
from netops.program.expectations import holds
from netops.program.failures import FailureKind
from netops.topology.model import Topology

__all__ = [
    "Violation",
    "check_result",
    "builtin_violations",
    "declared_violations",
    "invariant_holds",
    "REQUIRED_IF_UNIVERSAL",
]

#: Node attributes a new device must carry when every existing device has them.
REQUIRED_IF_UNIVERSAL = ("role", "site")


@dataclass(frozen=True)
class Violation:
    """A broken rule: ``kind`` is a repair-feedback kind, ``message`` one short line."""

    kind: FailureKind
    message: str
    blocking: bool = True


def check_result(value: Any, diff: TopologyDiff | None, *, change_request: bool) -> Violation | None:
    """Check the result contract for a successful execution."""
    if change_request:
        if diff is None or diff.is_empty():
            return Violation(FailureKind.NO_CHANGE, "the program left G unchanged")
        return None
    if diff is not None and not diff.is_empty():
        return Violation(FailureKind.MUTATION, f"the program changed G ({diff.summary()})")
    if value is None:
        return Violation(FailureKind.NO_RESULT, "result is None")
    return None


def _numeric(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same_kind(old: Any, new: Any) -> bool:
    if old is None or new is None:
        return True
    if _numeric(old) and _numeric(new):
        return True
    return type(old) is type(new)


def builtin_violations(before: Topology, after: nx.MultiGraph, diff: TopologyDiff) -> list[Violation]:
    """Structural rules, required attributes and type preservation on the changed graph."""
    violations = [
        Violation(FailureKind.INVARIANT, problem)
        for problem in Topology(after, name=before.name).structural_problems()
    ]
    total = before.number_of_devices()
    if total >= 2:
        for name in REQUIRED_IF_UNIVERSAL:
            if all(attrs.get(name) is not None for _n, attrs in before.devices()):
                for device, attrs in diff.devices_added.items():
                    if attrs.get(name) is None:
                        violations.append(
                            Violation(FailureKind.INVARIANT, f"new device {device!r} has no {name!r} (every device has one)")
                        )
    for change in diff.devices_changed:
        for attribute in change.changes:
            if not _same_kind(attribute.before, attribute.after):
                violations.append(
                    Violation(
                        FailureKind.INVARIANT,
                        f"{change.name}.{attribute.name} changed type from "
                        f"{type(attribute.before).__name__} to {type(attribute.after).__name__}",
                    )
                )
    for link in diff.links_changed:
        for attribute in link.changes:
            if not _same_kind(attribute.before, attribute.after):
                a, b = link.ends
                violations.append(
                    Violation(
                        FailureKind.INVARIANT,
                        f"link {a}--{b} {attribute.name} changed type from "
                        f"{type(attribute.before).__name__} to {type(attribute.after).__name__}",
                    )
                )
    return violations


def invariant_holds(rule: dict[str, Any], value: Any) -> bool:
    """Whether an invariant program's result satisfies its ``expect`` (the audit checks' language).

    Without ``expect``, a True/False result must be True and any other must
    be empty. ``nonempty``, ``count <op> N`` and ``{equals: VALUE}`` hold as
    they do for an audit check (:mod:`netops.program.expectations`).

    >>> invariant_holds({"expect": "count >= 2"}, ["spine1", "spine2"]), invariant_holds({}, ["leaf9"])
    (True, False)
    """
    raw = rule.get("expect", True if isinstance(value, bool) else "empty")
    try:
        return holds(raw, value)
    except ValueError:
        return False  # readers refuse such a rule when they load the file; one built in code fails closed


RunProgram = Callable[[nx.MultiGraph, str], tuple[bool, Any, str]]


class ExecutionLike(Protocol):
    """What validation reads of a program's run: ``netops.program.execute.Execution``, the golden
    suite's ``TrustedExecution``, or a test's stand-in."""

    @property
    def ok(self) -> bool: ...
    @property
    def value(self) -> Any: ...
    @property
    def graph_after(self) -> nx.MultiGraph | None: ...
    @property
    def failure_kind(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def line(self) -> int | None: ...
    @property
    def stdout(self) -> str: ...


def invariant_runner(topology: Topology, run: Callable[[Topology, str], ExecutionLike]) -> RunProgram:
    """The ``run_invariant`` of :func:`evaluate_execution`: ``run(probe, code)`` executes an invariant
    program read-only (in the sandbox) on a changed graph carrying the topology's name."""

    def run_invariant(graph: nx.MultiGraph, code: str) -> tuple[bool, Any, str]:
        execution = run(Topology(graph, name=topology.name), code)
        return execution.ok, execution.value, execution.message or ""

    return run_invariant


@dataclass
class Evaluation:
    """A program's execution, its diff, and the first rule it broke (if any)."""

    execution: ExecutionLike
    diff: TopologyDiff | None = None
    violation: Violation | None = None
    warnings: list[str] = field(default_factory=list)


def evaluate_execution(
    topology: Topology, execution: ExecutionLike, *, change_request: bool | None, run_invariant: RunProgram
) -> Evaluation:
    """Judge a program's run: the result contract, then for a change the built-in and declared invariants.

    The one validation every way of running a program goes through (a
    generated one in ``Pipeline.ask``, an edited one, the REPL's ``:run``,
    ``netops run``). ``change_request`` None judges the program by what it
    did: a change if it changed G, else a question. An invariant that was
    already broken before the change is a warning, not a violation.
    """
    if not execution.ok:
        kind = FailureKind(execution.failure_kind or FailureKind.RUNTIME)
        return Evaluation(execution, violation=Violation(kind, execution.message or "failed"))
    diff = diff_graphs(topology.graph, execution.graph_after) if execution.graph_after is not None else None
    changed = diff is not None and not diff.is_empty()
    change = changed if change_request is None else change_request
    evaluation = Evaluation(execution, diff, check_result(execution.value, diff, change_request=change))
    if evaluation.violation is None and diff is not None and changed:
        problems = builtin_violations(topology, execution.graph_after, diff)
        problems += declared_violations(topology, execution.graph_after, run_invariant)
        blocking = [p for p in problems if p.blocking]
        evaluation.warnings = [f"{p.message} (already broken before this change)" for p in problems if not p.blocking]
        if blocking:
            evaluation.violation = Violation(FailureKind.INVARIANT, "; ".join(p.message for p in blocking[:3]))
    return evaluation


def declared_violations(
    before: Topology,
    after: nx.MultiGraph,
    run_program: RunProgram,
) -> list[Violation]:
    """Run the topology's declared invariants on ``after`` (and, if broken, on ``before``).

    ``run_program(graph, code) -> (ok, value, message)`` runs a read-only
    program in the sandbox; the pipeline passes one built on ``netops.program.execute``.
    """
    violations = []
    for rule in before.invariants:
        code = rule.get("program")
        if not isinstance(code, str):
            continue
        ok, value, message = run_program(after, code)
        if ok and invariant_holds(rule, value):
            continue
        was_ok, old_value, _ = run_program(before.graph, code)
        already_broken = not (was_ok and invariant_holds(rule, old_value))
        detail = message if not ok else f"result {value!r}"[:160]
        violations.append(
            Violation(
                FailureKind.INVARIANT,
                f"invariant {rule['id']!r} ({rule.get('description', 'declared rule')}): {detail}",
                blocking=not already_broken,
            )
        )
    return violations
