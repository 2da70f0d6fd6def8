"""Comparing two audit runs (``--diff``): which findings appeared and which were fixed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from netops.audit.checks import Check, severity_at_or_above
from netops.audit.run import AuditRun, CheckResult

__all__ = ["DiffEntry", "AuditDiff", "diff_runs"]


@dataclass
class DiffEntry:
    """How one check's outcome changes from the base topology to a head topology.

    ``change`` is ``broken`` (passed, now fails), ``fixed`` (failed or
    errored, now passes), ``worse`` (still fails, with new offending items),
    ``better`` (still fails, some items resolved, none new), ``unchanged``,
    or ``error`` (cannot be evaluated on the head topology).
    """

    check: Check
    base: CheckResult
    head: CheckResult
    change: str
    new: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)

    @property
    def regression(self) -> bool:
        """Whether the head is worse than the base for this check."""
        return self.change in ("broken", "worse")


@dataclass
class AuditDiff:
    """Per-check outcome changes between a base topology and each head topology."""

    base: AuditRun
    head: AuditRun
    entries: list[DiffEntry]

    def counts(self) -> dict[str, int]:
        """Entries by change."""
        counts = Counter(e.change for e in self.entries)
        return {k: counts[k] for k in ("broken", "worse", "fixed", "better", "unchanged", "error")}

    def regressions(self, fail_on: str) -> list[DiffEntry]:
        """Regressions at or above ``fail_on``."""
        return [e for e in self.entries if e.regression and severity_at_or_above(e.check.severity, fail_on)]

    def exit_code(self, fail_on: str) -> int:
        """4 if a check cannot be evaluated on a head topology; 1 for a regression at/above ``fail_on``; else 0.

        Failures that the base topology already had do not fail a diff run:
        it answers "what does this change break".
        """
        if any(e.change == "error" for e in self.entries):
            return 4
        return 1 if self.regressions(fail_on) else 0


def _multiset_delta(before: Sequence[str], after: Sequence[str]) -> tuple[list[str], list[str]]:
    old, new = Counter(before), Counter(after)
    return sorted((new - old).elements()), sorted((old - new).elements())


def diff_runs(base: AuditRun, head: AuditRun) -> AuditDiff:
    """Compare a run on the base topology (one) with a run on the head topologies, check by check."""
    base_by_check = {r.check.id: r for r in base.results}
    entries = []
    for result in head.results:
        before = base_by_check.get(result.check.id)
        if before is None:
            continue
        new, resolved = _multiset_delta(before.labels, result.labels)
        if result.outcome == "error":
            change = "error"
        elif result.outcome == "fail" and before.outcome != "fail":
            change = "broken"
        elif result.outcome == "pass" and before.outcome != "pass":
            change = "fixed"
        elif result.outcome == "fail" and new:
            change = "worse"
        elif result.outcome == "fail" and resolved:
            change = "better"
        elif (
            result.outcome == "fail"
            and before.outcome == "fail"
            and result.count is not None
            and before.count is not None
        ):
            change = (
                "worse" if result.count > before.count else "better" if result.count < before.count else "unchanged"
            )
        else:
            change = "unchanged"
        entries.append(DiffEntry(result.check, before, result, change, new, resolved))
    return AuditDiff(base, head, entries)
