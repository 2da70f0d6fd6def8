"""One failure-kind vocabulary (netops.program.failures): the sandbox's kinds, the repairs, the answers."""

from __future__ import annotations

from netops.answering.prompting import repair_messages
from netops.program.failures import REPAIRABLE, FailureKind
from sandbox.outcome import FAILURE_KINDS


def test_every_repairable_kind_has_a_repair_template_and_every_template_a_kind():
    templates = set(repair_messages())
    assert templates == {kind.value for kind in REPAIRABLE}
    assert FailureKind.DEADLINE not in templates  # a request out of time is not repaired


def test_the_sandbox_reports_only_kinds_netops_knows():
    assert set(FAILURE_KINDS) <= {kind.value for kind in FailureKind}


def test_kinds_read_and_write_as_their_strings():
    """The values are what --json, the history and saved eval runs carry: a kind is its string."""
    assert FailureKind("output-limit") is FailureKind.OUTPUT_LIMIT
    assert FailureKind.NO_CHANGE == "no-change" and f"{FailureKind.NO_CHANGE}" == "no-change"
