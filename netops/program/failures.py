"""Why an attempt failed: one vocabulary for the sandbox, the validator, the pipeline and the repairs.

Each kind names one way a generated program can fail, and (all but
``deadline``) has one repair template in ``prompts/repair.md``, the feedback
the model gets for it. The values are the strings that appear in ``--json``
output, the history and eval runs, so they never change.

>>> FailureKind("no-change") is FailureKind.NO_CHANGE, f"{FailureKind.OUTPUT_LIMIT}"
(True, 'output-limit')
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["FailureKind", "REPAIRABLE"]


class FailureKind(StrEnum):
    """A failure kind; a ``str``, so it compares, formats and serializes as its value."""

    # The model's answer.
    NO_CODE = "no-code"  # no ```python block
    REPEATED = "repeated"  # the same program as a failed attempt
    # The sandbox (sandbox.outcome.FAILURE_KINDS, plus syntax found before it runs).
    SYNTAX = "syntax"
    POLICY = "policy"
    RUNTIME = "runtime"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    OUTPUT_LIMIT = "output-limit"
    MUTATION = "mutation"  # a question's program changed G
    # The validator (netops.program.validate) and the answer checks (netops.answering.selection).
    NO_RESULT = "no-result"
    WRONG_TYPE = "wrong-type"
    CONTRACT = "contract"  # the wrong shape for the request
    NO_CHANGE = "no-change"
    INVARIANT = "invariant"
    EMPTY = "empty"  # a question answered with nothing
    # The request as a whole.
    DEADLINE = "deadline"  # its time ran out: no repair follows


#: The kinds a repair can follow (each has a template in prompts/repair.md).
REPAIRABLE = frozenset(kind for kind in FailureKind if kind is not FailureKind.DEADLINE)
