"""Running an audit: every (check, topology) pair in the sandbox, read-only, in a thread pool."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from netops.audit.checks import MAX_FINDINGS, Check, NothingRan, default_jobs, severity_at_or_above
from netops.audit.freeze import _now
from netops.audit.locate import Finding, TopologyLocator
from netops.audit.lock import Program
from netops.errors import NetOpsError
from netops.program.execute import execute_within
from netops.program.expectations import (  # the expectation language, shared with topology invariants
    ExpectationMismatch,
)
from netops.program.expectations import items_of as _items
from netops.topology.model import Topology

__all__ = ["CheckResult", "AuditRun", "run_audit", "evaluate_result"]


@dataclass
class CheckResult:
    """One check on one topology.

    ``outcome`` is ``pass``, ``fail`` or ``error``; ``message`` is one line;
    ``count`` the number of items in a collection answer; ``findings`` the
    first ``MAX_FINDINGS`` offending items, located; ``labels`` every
    offending item's label (for ``--diff``); ``value`` the answer itself
    when it is not a collection.
    """

    check: Check
    topology: str
    topology_path: str | None
    outcome: str
    message: str
    count: int | None = None
    findings: list[Finding] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    value: Any = None
    origin: str = "lock"
    error_kind: str | None = None
    error_line: int | None = None
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        """Whether the expectation did not hold."""
        return self.outcome == "fail"

    def key(self) -> tuple[str, str]:
        """(check id, topology name): identifies the result across runs."""
        return self.check.id, self.topology

    def comparable(self) -> tuple[Any, ...]:
        """Everything but timings: equal for equal runs (serial or parallel)."""
        return (
            self.check.id,
            self.topology,
            self.outcome,
            self.message,
            self.count,
            tuple(self.findings),
            tuple(self.labels),
            json.dumps(self.value, sort_keys=True, default=str),
            self.error_kind,
            self.error_line,
        )


@dataclass
class TopologyRef:
    """A topology as reports name it."""

    name: str
    path: str | None
    format: str | None


@dataclass
class AuditRun:
    """All results of one audit, in checks-file order per topology, with the run's context."""

    checks: list[Check]
    topologies: list[TopologyRef]
    results: list[CheckResult]
    programs: dict[str, Program] = field(default_factory=dict)
    checks_path: str | None = None
    lock_path: str | None = None
    jobs: int = 1
    seconds: float = 0.0
    started_at: str = ""

    def counts(self) -> dict[str, int]:
        """Results by outcome (``pass``, ``fail``, ``error``) and failures by severity."""
        outcome = Counter(r.outcome for r in self.results)
        severity = Counter(r.check.severity for r in self.results if r.failed)
        return {
            "total": len(self.results),
            "passed": outcome["pass"],
            "failed": outcome["fail"],
            "errors": outcome["error"],
            "failed_error": severity["error"],
            "failed_warning": severity["warning"],
        }

    def failing(self, fail_on: str) -> list[CheckResult]:
        """Failed results at or above ``fail_on``."""
        return [r for r in self.results if r.failed and severity_at_or_above(r.check.severity, fail_on)]

    def exit_code(self, fail_on: str) -> int:
        """docs/architecture.md §3.1: 4 if any check could not be evaluated, 1 if one failed at/above ``fail_on``, else 0."""
        if any(r.outcome == "error" for r in self.results):
            return 4
        return 1 if self.failing(fail_on) else 0


Executor = Callable[..., Any]


def evaluate_result(
    check: Check,
    topology: Topology,
    execution: Any,
    *,
    locator: TopologyLocator | None = None,
    origin: str = "lock",
    seconds: float = 0.0,
) -> CheckResult:
    """Judge one execution of a check's program on a topology."""
    path = str(topology.source) if topology.source is not None else None

    def result(**fields: Any) -> CheckResult:
        return CheckResult(
            check=check, topology=topology.name, topology_path=path, origin=origin, seconds=seconds, **fields
        )

    if not getattr(execution, "ok", False):
        kind = getattr(execution, "failure_kind", None) or "runtime"
        message = getattr(execution, "message", None) or "the program failed"
        line = getattr(execution, "line", None)
        where = f" (program line {line})" if line else ""
        return result(outcome="error", message=f"{kind}{where}: {message}", error_kind=kind, error_line=line)
    value = execution.value
    try:
        verdict = check.expect.evaluate(value)
    except ExpectationMismatch as exc:
        return result(outcome="error", message=str(exc), error_kind="result-shape", value=_scalar(value))
    locator = locator or TopologyLocator(topology)
    findings = []
    labels = []
    for index, item in enumerate(verdict.items):
        finding = locator.describe(item, locate=index < MAX_FINDINGS)
        labels.append(finding.label)
        if index < MAX_FINDINGS:
            findings.append(finding)
    return result(
        outcome="pass" if verdict.passed else "fail",
        message=verdict.message,
        count=verdict.count,
        findings=findings,
        labels=labels,
        value=_scalar(value),
    )


def _scalar(value: Any) -> Any:
    return value if _items(value) is None else None


def run_audit(
    checks: Sequence[Check],
    programs: Mapping[str, Program],
    topologies: Sequence[Topology],
    *,
    jobs: int | None = None,
    timeout: float = 10.0,
    executor: Executor | None = None,
    checks_path: str | None = None,
    lock_path: str | None = None,
    on_result: Callable[[CheckResult], None] | None = None,
) -> AuditRun:
    """Run every check on every topology, read-only, ``jobs`` at a time.

    ``executor(topology, code, read_only=True, timeout=...)`` returns a
    ``netops.program.execute.Execution``; the default is the real sandbox. Results
    come back in a fixed order (topologies as given, checks in file order),
    whatever order they finished in.
    """
    if not checks or not topologies:
        raise NothingRan("no checks to run" if not checks else "no topology to audit")
    run_one = executor or execute_within
    if executor is None:
        from netops.program.execute import prepare

        for topology in topologies:  # build the sandbox's cached view once, before the threads start
            prepare(topology, read_only=True, mutating=False)
    jobs = max(1, jobs or default_jobs())
    locators = {id(t): TopologyLocator(t) for t in topologies}
    tasks = [(t, c) for t in topologies for c in checks]
    started = time.perf_counter()
    started_at = _now()

    def task(topology: Topology, check: Check) -> CheckResult:
        program = programs[check.id]
        t0 = time.perf_counter()
        try:
            execution = run_one(topology, program.code, read_only=True, timeout=timeout)
        except NetOpsError as exc:
            execution = _Failed("runtime", exc.message)
        except Exception as exc:  # noqa: BLE001 - the boundary: a crash is this check's error, not the run's
            execution = _Failed("internal", f"{type(exc).__name__}: {exc}")
        seconds = time.perf_counter() - t0
        result = evaluate_result(
            check, topology, execution, locator=locators[id(topology)], origin=program.origin, seconds=seconds
        )
        if on_result is not None:
            on_result(result)
        return result

    if jobs == 1 or len(tasks) == 1:
        results = [task(t, c) for t, c in tasks]
    else:
        with ThreadPoolExecutor(max_workers=min(jobs, len(tasks)), thread_name_prefix="netops-audit") as pool:
            futures = [pool.submit(task, t, c) for t, c in tasks]
            results = [f.result() for f in futures]
    return AuditRun(
        checks=list(checks),
        topologies=[
            TopologyRef(t.name, str(t.source) if t.source is not None else None, t.source_format) for t in topologies
        ],
        results=results,
        programs=dict(programs),
        checks_path=checks_path,
        lock_path=lock_path,
        jobs=jobs,
        seconds=time.perf_counter() - started,
        started_at=started_at,
    )


@dataclass(frozen=True)
class _Failed:
    failure_kind: str
    message: str
    ok: bool = False
    line: int | None = None
    value: Any = None
