"""netops.program.execute: the Execution contract, secrets, read-only runs, rebuilding changed graphs."""

from __future__ import annotations

import dataclasses
import datetime
import os

import networkx as nx
import pytest
from sandbox_support import FAST, graph_fingerprint

from netops.errors import ExecutionError, SandboxFailure
from netops.program.execute import Execution, execute, forget, is_secret_key, prepare, raise_for_failure
from netops.topology import Topology


def _ok(topology, code, **kwargs) -> Execution:
    execution = execute(topology, code, limits=FAST, **kwargs)
    assert execution.ok, (execution.failure_kind, execution.message, execution.line)
    return execution


def test_success_has_plain_value_and_the_four_timings(lab, host):
    """A successful run has a plain value, no change, and compile/run/transfer/total timings."""
    execution = _ok(lab, "result = {'routers': sorted(n for n, d in G.nodes(data=True) if d['role'] == 'router')}")
    assert execution.value == {"routers": ["r1", "r2"]}
    assert (execution.changed, execution.graph_after, execution.failure_kind, execution.message, execution.line) == (
        False, None, None, None, None,
    )
    assert set(execution.timings) == {"compile", "run", "transfer", "total"}


def test_execution_is_immutable(lab):
    """Execution is a frozen dataclass."""
    execution = _ok(lab, "result = 1", helpers={})
    with pytest.raises(dataclasses.FrozenInstanceError):
        execution.ok = False  # type: ignore[misc]


def test_values_are_plain_json(lab, host):
    """Sets and tuples become lists, mapping keys strings, views lists, graphs nodes and edges."""
    execution = _ok(
        lab,
        "result = {'set': {'b', 'a'}, 'tuple': (1, 2), 'keys': {1: 'x'}, 'nodes': G.nodes, "
        "'sub': G.subgraph(['r2', 'sw1'])}",
    )
    assert execution.value == {
        "set": ["a", "b"],
        "tuple": [1, 2],
        "keys": {"1": "x"},
        "nodes": ["r1", "r2", "sw1"],
        "sub": {"nodes": ["r2", "sw1"], "edges": [["r2", "sw1"]]},
    }


def test_table_helper_result_keeps_its_shape(lab, host):
    """A netops.program.api table comes back as {"columns": [...], "rows": [[...]]}."""
    execution = _ok(lab, "result = table([(n, d['site']) for n, d in G.nodes(data=True)], ['device', 'site'])")
    assert execution.value == {"columns": ["device", "site"], "rows": [["r1", "ams"], ["r2", "ams"], ["sw1", "fra"]]}


def test_printed_text_is_returned(lab, host):
    """What the program prints is in stdout."""
    assert _ok(lab, "print('devices:', len(G))").stdout == "devices: 3\n"


def test_runtime_failure_is_one_precise_line(lab, host):
    """A NameError comes back as kind, exact message and program line."""
    execution = execute(lab, "x = 1\nresult = foo + x", limits=FAST)
    assert (execution.ok, execution.failure_kind, execution.message, execution.line) == (
        False, "runtime", "NameError: name 'foo' is not defined", 2,
    )
    assert execution.value is None


def test_raise_for_failure_maps_to_sandbox_failure(lab):
    """raise_for_failure raises SandboxFailure with kind and line, and passes successes through."""
    failed = execute(lab, "x = 1\ny = nx.nosuch", limits=FAST)
    with pytest.raises(SandboxFailure) as info:
        raise_for_failure(failed)
    assert (info.value.kind, info.value.line) == ("runtime", 2)
    assert str(info.value) == "runtime (line 2): AttributeError: nx has no attribute 'nosuch'"
    assert info.value.exit_code == 4
    ok = execute(lab, "result = 1", limits=FAST)
    assert raise_for_failure(ok) is ok


def test_mutation_returns_a_rebuilt_graph_and_leaves_the_topology_alone(lab, host):
    """A change comes back as graph_after; the operator's graph is untouched."""
    before = graph_fingerprint(lab.graph)
    execution = _ok(lab, "G.nodes['sw1']['role'] = 'leaf'\nG.add_node('r3', role='router')\nresult = 'done'")
    assert (execution.changed, execution.value) == (True, "done")
    assert execution.graph_after.nodes["sw1"]["role"] == "leaf"
    assert execution.graph_after.nodes["r3"] == {"role": "router"}
    assert graph_fingerprint(lab.graph) == before


def test_rebuilt_graph_keeps_link_keys(lab, host):
    """Removing one of two parallel links keeps the other's multigraph key."""
    execution = _ok(lab, "G.remove_edge('r1', 'r2', key=0)")
    assert sorted(execution.graph_after.edges(keys=True)) == [("r1", "r2", 1), ("r2", "sw1", 0)]


def test_rebuilt_graph_restores_what_the_program_could_not_see(lab, host):
    """Secrets, nested secrets, callables, dates and tuples come back as they were."""
    execution = _ok(lab, "G.graph['snmp']['version'] = 3\nG.nodes['sw1']['role'] = 'leaf'")
    after = execution.graph_after
    assert after.nodes["r1"]["password"] == "hunter2"
    assert after.nodes["r2"]["secrets"] == {"enable": "s3cret", "level": 15}
    assert after.edges["r2", "sw1", 0]["auth_key"] == "k3y"
    assert after.graph["snmp"] == {"version": 3, "community": "public-ro"}
    assert after.graph["hook"] is os.getcwd
    assert after.graph["created"] == datetime.date(2024, 5, 1)
    assert after.nodes["sw1"]["position"] == (1, 2)


def test_program_may_set_a_secret_explicitly(lab, host):
    """A secret the program writes itself is kept, not overwritten by the old value."""
    execution = _ok(lab, "G.nodes['r1']['password'] = 'rotated'")
    assert execution.graph_after.nodes["r1"]["password"] == "rotated"


def test_removed_devices_do_not_come_back_through_restoration(lab, host):
    """Restoring hidden values never resurrects a device or link the program removed."""
    execution = _ok(lab, "G.remove_node('r1')")
    assert set(execution.graph_after) == {"r2", "sw1"}


def test_mutating_run_without_changes_reports_no_change(lab, host):
    """A mutating run that leaves the graph as it was sends nothing back."""
    execution = _ok(lab, "G.nodes['r1']['role'] = 'router'\nresult = len(G)")
    assert (execution.changed, execution.graph_after, execution.value) == (False, None, 3)


def test_non_string_device_names_are_refused(lab, host):
    """A program that adds a device with a non-string name fails with a precise message."""
    execution = execute(lab, "G.add_node(5)", limits=FAST)
    assert (execution.failure_kind, execution.message) == (
        "runtime", "the program added a node named 5 (int); device names must be strings",
    )


def test_code_stored_in_attributes_is_refused(lab, host):
    """Storing a function in an attribute fails, naming the device and attribute."""
    execution = execute(lab, "G.nodes['r1']['f'] = lambda: 0", limits=FAST)
    assert execution.failure_kind == "runtime"
    assert execution.message == "node 'r1'['f'] is a function object; use plain data (str, number, bool, None, list, dict)"


def test_read_only_run_refuses_changes(lab, host):
    """In a read-only run any change to G is a mutation failure with its line."""
    execution = execute(lab, "x = 1\nG.nodes['r1']['site'] = 'fra'", read_only=True, limits=FAST)
    assert (execution.failure_kind, execution.line) == ("mutation", 2)
    assert execution.message == "the topology is read-only in this run: assignment to an item of a dict"
    assert execution.changed is False


def test_read_only_run_gets_refusing_mutation_helpers(lab, host):
    """In a read-only run the default mutation helpers refuse, as a mutation failure."""
    assert _ok(lab, "result = nodes(G, role='router')", read_only=True).value == ["r1", "r2"]
    execution = execute(lab, "x = 1\nadd_device(G, 'r9')", read_only=True, limits=FAST)
    assert (execution.failure_kind, execution.line) == ("mutation", 2)
    assert "add_device() would change it" in execution.message


def test_helpers_marked_as_mutating_are_left_out_of_read_only_runs(lab, host):
    """A caller's helper with mutates=True is not offered to a read-only program."""
    def rename(G, name):
        return name

    rename.mutates = True
    assert _ok(lab, "result = rename(G, 'x')", helpers={"rename": rename}).value == "x"
    execution = execute(lab, "result = rename(G, 'x')", read_only=True, helpers={"rename": rename}, limits=FAST)
    assert execution.message == "NameError: name 'rename' is not defined"


@pytest.mark.parametrize(
    ("helpers", "error"),
    [({"_x": len}, ValueError), ({"G": len}, ValueError), ({"nx": len}, ValueError), ({"x": 1}, TypeError), ({"x": os}, TypeError)],
    ids=["underscore", "G", "nx", "not-callable", "module"],
)
def test_bad_helpers_are_a_programming_error(lab, helpers, error):
    """Helper names must be public and not G or nx; helpers must be functions."""
    with pytest.raises(error):
        execute(lab, "result = 1", helpers=helpers, limits=FAST)


def test_graph_must_be_an_undirected_multigraph():
    """A topology whose graph is not a MultiGraph is refused."""
    class Bare:
        graph = nx.DiGraph()

    with pytest.raises(TypeError, match="must be a networkx.MultiGraph"):
        execute(Bare(), "result = 1", limits=FAST)


def test_in_place_changes_are_seen_after_forget(lab):
    """After changing the graph in place, forget() makes the next run see the change."""
    assert _ok(lab, "result = G.nodes['sw1']['role']").value == "switch"
    lab.graph.nodes["sw1"]["role"] = "leaf"
    forget(lab)
    assert _ok(lab, "result = G.nodes['sw1']['role']").value == "leaf"


def test_revision_attribute_invalidates_the_cache(lab):
    """Bumping a topology's revision makes the next run rebuild its view."""
    lab.revision = 1
    _ok(lab, "result = 1")
    lab.graph.graph["name"] = "renamed"
    lab.revision = 2
    assert _ok(lab, "result = G.graph['name']").value == "renamed"


def test_prepare_then_runs_agree(lab, host):
    """prepare() builds the cached view ahead of time; runs behave the same afterwards."""
    prepare(lab)
    assert _ok(lab, "result = len(G)", read_only=True).value == 3
    assert _ok(lab, "G.add_node('x')").changed is True


def test_wrapping_a_graph_in_a_new_topology_reuses_its_view():
    """Two Topology objects around the same graph share one cached view (keyed by graph)."""
    graph = nx.MultiGraph()
    graph.add_node("a", token="t")
    first, second = Topology(graph), Topology(graph)
    assert execute(first, "result = dict(G.nodes['a'])", limits=FAST).value == {}
    assert execute(second, "result = dict(G.nodes['a'])", limits=FAST).value == {}


@pytest.mark.parametrize(
    ("key", "secret"),
    [("password", True), ("enable_password", True), ("snmpCommunity", True), ("ssh_key", True), ("authKey", True),
     ("api_token", True), ("client-secret", True), ("psk", True), ("keys", True),
     ("role", False), ("monkey", False), ("keyboard", False), ("site", False), (5, False)],
)
def test_secret_attribute_names(key, secret):
    """Secret attribute names are recognised by word, not by accident of spelling."""
    assert is_secret_key(key) is secret


def test_sandbox_failure_to_start_is_an_execution_error(lab, monkeypatch):
    """If no process can be started at all, execute raises ExecutionError (exit code 4)."""
    def no_fork():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    with pytest.raises(ExecutionError, match="the sandbox is unavailable: cannot start the sandbox process"):
        execute(lab, "result = 1", limits=FAST)


def test_topology_without_secrets_is_run_without_a_copy_and_stays_untouched(host):
    """A topology with nothing to hide is shared copy-on-write and still never changes."""
    graph = nx.MultiGraph()
    graph.add_edge("a", "b", speed=10, tags=("x", "y"))
    clean = Topology(graph)
    before = graph_fingerprint(graph)
    assert _ok(clean, "result = len(G)").changed is False
    assert _ok(clean, "G.nodes['a']['role'] = 'leaf'\nG.nodes['a']['role'] = None\ndel G.nodes['a']['role']").changed is False
    changed = _ok(clean, "G.add_edge('b', 'c')")
    assert changed.changed is True
    assert changed.graph_after.edges["a", "b", 0]["tags"] == ("x", "y")
    assert sorted(changed.graph_after.edges(keys=True)) == [("a", "b", 0), ("b", "c", 0)]
    assert graph_fingerprint(graph) == before


def test_cyclic_attribute_data_is_shown_with_a_placeholder(host):
    """Self-referencing attribute data (possible with YAML anchors) cannot hang or crash the view."""
    looped: list = ["a"]
    looped.append(looped)
    graph = nx.MultiGraph()
    graph.add_node("r1", data=looped)
    execution = _ok(Topology(graph), "result = G.nodes['r1']['data'][1][1][0]", read_only=True)
    assert execution.value == "a"
    assert looped[1] is looped
