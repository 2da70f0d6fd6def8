"""One expectation language for audit checks and topology invariants (netops.program.expectations)."""

from __future__ import annotations

import pytest

from netops.errors import TopologyFormatError
from netops.program.validate import declared_violations, invariant_holds
from netops.topology import loads

FABRIC = """\
nodes:
  - {name: spine1, role: spine}
  - {name: spine2, role: spine}
  - {name: leaf1, role: leaf}
links:
  - {endpoints: [leaf1:e1, spine1:e1]}
  - {endpoints: [leaf1:e2, spine2:e1]}
invariants:
  - id: two-spines
    program: result = nodes(G, role="spine")
    expect: count >= 2
  - id: some-leaf
    program: result = nodes(G, role="leaf")
    expect: nonempty
"""


def _run(graph, code):
    from netops.evaluation import trusted_execute
    from netops.topology import Topology

    execution = trusted_execute(Topology(graph), code, read_only=True)
    return execution.ok, execution.value, execution.message or ""


@pytest.mark.parametrize(
    ("expect", "value", "held"),
    [
        ("count >= 2", ["a", "b"], True),
        ("count >= 2", ["a"], False),
        ("nonempty", ["a"], True),
        ("nonempty", [], False),
        ({"equals": 4}, 4, True),
        ("empty", [], True),
        (True, True, True),
        ("false", True, False),
        ("empty", 7, False),  # the wrong shape never holds
    ],
)
def test_invariants_speak_the_audit_language(expect, value, held):
    assert invariant_holds({"id": "r", "expect": expect}, value) is held


def test_an_invariant_with_count_or_nonempty_can_hold_and_can_block():
    topology = loads(FABRIC, format="yaml")
    assert declared_violations(topology, topology.graph, _run) == []
    after = topology.graph.copy()
    after.remove_node("spine2")
    [violation] = declared_violations(topology, after, _run)
    assert "two-spines" in violation.message and violation.blocking


def test_an_expectation_that_does_not_parse_is_refused_at_its_line():
    text = FABRIC.replace("expect: nonempty", "expect: some")
    with pytest.raises(TopologyFormatError) as caught:
        loads(text, format="yaml")
    assert caught.value.line == text.splitlines().index("    expect: some") + 1
    assert "some-leaf" in str(caught.value) and "unknown expectation" in str(caught.value)
