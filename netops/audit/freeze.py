"""Freezing: ask the model once per check and pin the program it wrote in the lock file."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from netops.audit.checks import Check
from netops.audit.lock import LockEntry, LockFile
from netops.program.expectations import (  # the expectation language, shared with topology invariants
    ExpectationMismatch,
)
from netops.topology.model import Topology

__all__ = ["FreezeFailure", "FreezeReport", "freeze"]


@dataclass(frozen=True)
class FreezeFailure:
    """A check the model could not answer with a usable program."""

    check_id: str
    message: str
    code: str | None = None


@dataclass
class FreezeReport:
    """What a freeze did: the updated lock, the regenerated ids, the failures."""

    lock: LockFile
    generated: list[str] = field(default_factory=list)
    failures: list[FreezeFailure] = field(default_factory=list)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _vote_split(answer: Any) -> bool:
    """Whether the programs behind ``answer`` gave different answers."""
    selection = getattr(answer, "selection", None)
    return selection is not None and bool(selection.alternatives)


def freeze(
    checks: Sequence[Check],
    lock: LockFile,
    topology: Topology,
    pipeline: Any,
    *,
    only: Iterable[str] | None = None,
    on_status: Callable[[str], None] | None = None,
    force: bool = False,
) -> FreezeReport:
    """Generate, validate and pin a program for each check (all, or those in ``only``).

    A program is pinned for every CI run to come, so one whose candidate
    programs disagreed (the vote split: ``answer.selection`` has
    alternatives) is refused unless ``force``: the question is probably
    ambiguous, or the model unsure.

    ``pipeline`` is a ``netops.answering.pipeline.Pipeline``; each question goes through
    ``pipeline.ask(question, topology, change_request=False)``, so the
    program is validated by the sandbox and the result contract, and then its
    answer must fit the check's expectation. Checks with a hand-written
    program are skipped and their lock entries dropped, as are entries of ids
    no longer in the checks file. The returned lock is not written.
    """
    from netops.answering.prompting import prompt_version

    status = on_status or (lambda _text: None)
    wanted = None if only is None else set(only)
    version = prompt_version()
    kept: dict[str, LockEntry] = {}
    report = FreezeReport(LockFile(lock.path, kept, exists=lock.exists))
    # An entry whose program no longer matches its hash (or predates hashes) is never kept:
    # it is regenerated even when --check names other checks, so the written lock is all verified.
    untrusted = {cid for cid, entry in lock.entries.items() if not entry.intact}
    targets = [c for c in checks if c.program is None and (wanted is None or c.id in wanted or c.id in untrusted)]
    target_ids = {c.id for c in targets}
    for check in checks:
        if check.program is not None:
            continue
        if check.id in target_ids:
            status(f"[{len(report.generated) + len(report.failures) + 1}/{len(targets)}] {check.id}: {check.question}")
            answer = pipeline.ask(check.question, topology, change_request=False)
            failure = None
            if not answer.ok:
                failure = answer.error or "no valid program"
            elif not force and _vote_split(answer):
                failure = (
                    f"the candidate programs disagree ({answer.selection.describe()}); make the question "
                    "unambiguous, write the program by hand, or pin the chosen one with --force"
                )
            else:
                try:
                    check.expect.evaluate(answer.value)
                except ExpectationMismatch as exc:
                    failure = f"{exc}; rephrase the question so its answer fits, or write the program by hand"
            if failure is not None:
                report.failures.append(FreezeFailure(check.id, failure, answer.code))
                old = lock.entries.get(check.id)
                if old is not None and old.intact and old.question_sha256 == check.question_sha256:
                    kept[check.id] = old
                continue
            kept[check.id] = LockEntry(
                question_sha256=check.question_sha256,
                program=answer.code if answer.code.endswith("\n") else answer.code + "\n",
                question=check.question,
                model=answer.model,
                prompt_version=version,
                frozen_at=_now(),
                topology=topology.name,
            )
            report.generated.append(check.id)
        elif check.id in lock.entries:
            kept[check.id] = lock.entries[check.id]
    return report
