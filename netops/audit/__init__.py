"""Scripted audits: checks as code, pinned programs, run in the sandbox with no model.

A **checks file** (YAML) lists the rules a team keeps for its network, each a
question in plain language with an expectation on its answer::

    checks:
      - id: leaf-dual-homed              # stable: rule id in SARIF, test name in JUnit
        question: Which leaf switches are connected to fewer than two spines?
        severity: error                  # error (default) | warning
        expect: empty                    # the default
      - id: spine-count
        question: How many spine switches are there?
        expect: count >= 4               # count <,<=,==,!=,>=,> N: len() of a collection, or an int
      - id: ntp-everywhere
        question: Does every device have an ntp_server attribute?
        expect: true                     # true | false | empty | nonempty | {equals: VALUE}
      - id: no-down-uplinks
        question: Which links are down?
        severity: warning
        program: |                       # optional: hand-written, used instead of the lock
          result = [(a, b) for a, b, k, d in links(G, status="down")]

Unknown keys are errors (a typo must not silently disable a rule), and every
error carries ``file:line``.

**Freezing** (``netops audit CHECKS --freeze``) asks the model once per check
(``Pipeline.ask(question, topology, change_request=False)``), checks that the
answer fits the expectation, and writes a **lock file** next to the checks
file (``NAME.lock.yaml``) holding, per check id, the program, the SHA-256 of
the question (whitespace-normalized), the model and the prompt version. The
lock is reviewed and committed like code. A later run uses the lock only; a
check whose question no longer matches its lock entry (*stale*) or that has
none (*missing*) is an error in CI (``--no-llm``) and is regenerated in an
interactive run. A changed model or prompt version does not make an entry
stale: a reviewed program stays valid until its question changes.

**Running** executes every (check, topology) pair in the sandbox, read-only,
in a thread pool: each ``netops.program.execute.execute`` call forks its own child,
so threads spread the work over the cores. Results are plain data
(:class:`CheckResult`) with the offending items located in the topology file
where its format has lines; ``netops.audit.report`` renders them.

Outcomes: ``pass``; ``fail`` (the expectation does not hold); ``error`` (the
program failed in the sandbox, or its answer has the wrong shape for the
expectation). Exit codes follow docs/architecture.md §3.1: 1 when a check fails at or
above ``--fail-on``; 3 bad checks or lock file; 4 generation or sandbox
failure (any ``error`` outcome); 5 nothing ran.

Expectations (``empty``, ``count <= 2``, ...) are :mod:`netops.program.expectations`, the language
topology invariants speak too.

>>> question_sha256("Which  leaves\\nare down?") == question_sha256("Which leaves are down?")
True
"""

from __future__ import annotations

from netops.audit.checks import (
    FAIL_ON,
    MAX_FINDINGS,
    SEVERITIES,
    Check,
    ChecksFile,
    NothingRan,
    default_jobs,
    load_checks,
    pin_check,
    program_sha256,
    question_sha256,
    severity_at_or_above,
)
from netops.audit.diff import AuditDiff, DiffEntry, diff_runs
from netops.audit.freeze import FreezeFailure, FreezeReport, freeze
from netops.audit.locate import Finding, TopologyLocator
from netops.audit.lock import (
    LOCK_VERSION,
    LockEntry,
    LockFile,
    LockProblem,
    Program,
    dump_lock,
    load_lock,
    lock_path_for,
    lock_problems,
    resolve_programs,
    write_lock,
)
from netops.audit.run import AuditRun, CheckResult, evaluate_result, run_audit
from netops.program.expectations import Expectation, ExpectationMismatch, Verdict, parse_expectation

__all__ = [
    "SEVERITIES",
    "FAIL_ON",
    "MAX_FINDINGS",
    "LOCK_VERSION",
    "NothingRan",
    "Expectation",
    "ExpectationMismatch",
    "Verdict",
    "parse_expectation",
    "Check",
    "ChecksFile",
    "load_checks",
    "pin_check",
    "question_sha256",
    "program_sha256",
    "LockEntry",
    "LockFile",
    "LockProblem",
    "lock_path_for",
    "load_lock",
    "write_lock",
    "dump_lock",
    "lock_problems",
    "Program",
    "resolve_programs",
    "FreezeFailure",
    "FreezeReport",
    "freeze",
    "Finding",
    "TopologyLocator",
    "CheckResult",
    "AuditRun",
    "run_audit",
    "evaluate_result",
    "DiffEntry",
    "AuditDiff",
    "diff_runs",
    "default_jobs",
    "severity_at_or_above",
]
