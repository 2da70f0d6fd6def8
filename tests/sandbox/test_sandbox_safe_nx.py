"""The curated nx facade: only pure algorithms, size-checked generators, no way back to networkx."""

from __future__ import annotations

import types

import networkx
import pytest

from netops.program import safe_nx
from netops.program.safe_nx import ALGORITHMS, COPY_FLAG_FUNCTIONS, GENERATORS, MUTATORS, facade
from sandbox import Limits, MutationRefused, Namespace, PolicyViolation, SizeLimitExceeded, run_isolated
from sandbox.namespace import namespace_members

FORBIDDEN_MODULE_PARTS = ("readwrite", "drawing", "linalg", "convert_matrix", "utils", "lazy_imports")


def test_facade_members_are_functions_classes_or_namespaces():
    """Every member is a wrapper function, a networkx class or exception, or a sub-namespace."""
    for name, member in namespace_members(facade()).items():
        assert not isinstance(member, types.ModuleType), name
        if isinstance(member, types.FunctionType):
            assert member.__module__ == "netops.program.safe_nx", name
            assert not hasattr(member, "__wrapped__"), name
        elif isinstance(member, type):
            assert name in safe_nx.CLASSES + safe_nx.EXCEPTIONS, name
        else:
            assert isinstance(member, Namespace) and name == "community"


def test_wrapped_functions_come_from_pure_algorithm_modules():
    """No facade function is a networkx reader, writer, drawing, numpy converter or utility."""
    for name in ALGORITHMS + MUTATORS + COPY_FLAG_FUNCTIONS + GENERATORS:
        module = getattr(networkx, name).__module__
        assert not any(part in module for part in FORBIDDEN_MODULE_PARTS), (name, module)


@pytest.mark.parametrize(
    "name",
    ["readwrite", "drawing", "utils", "config", "write_edgelist", "read_edgelist", "write_gml", "to_numpy_array",
     "nx_agraph", "algorithms", "classes", "generators", "linalg", "convert_matrix", "lazy_imports", "atlas"],
)
def test_dangerous_names_are_absent(name):
    """Modules, I/O functions, configuration and numpy converters are not in the facade."""
    with pytest.raises(AttributeError, match=f"nx has no attribute '{name}'"):
        getattr(facade(), name)


def test_facade_is_built_once_and_cannot_be_changed():
    """The facade is cached per argument set and refuses attribute assignment."""
    assert facade() is facade()
    with pytest.raises(AttributeError, match="nx is read-only"):
        facade().shortest_path = None


def test_backend_argument_is_refused():
    """Passing backend= is a policy refusal (outside a run, PolicyViolation)."""
    with pytest.raises(PolicyViolation, match="backend= is not allowed"):
        facade().shortest_path(networkx.path_graph(2), 0, 1, backend="networkx")


def test_algorithms_give_networkx_results():
    """Wrapped algorithms return what networkx returns."""
    nx = facade()
    graph = nx.path_graph(5)
    assert nx.shortest_path(graph, 0, 4) == [0, 1, 2, 3, 4]
    assert sorted(nx.articulation_points(graph)) == [1, 2, 3]
    assert nx.community.modularity(graph, [{0, 1, 2}, {3, 4}]) == networkx.community.modularity(graph, [{0, 1, 2}, {3, 4}])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda nx: nx.complete_graph(10**6), "would build 1000000 nodes and 499999500000 edges"),
        (lambda nx: nx.grid_2d_graph(10**4, 10**4), "would build 100000000 nodes"),
        (lambda nx: nx.balanced_tree(2, 10**9), "nx.balanced_tree() would build"),
        (lambda nx: nx.path_graph(iter(int, 1)), "would build more than 200000 nodes"),
        (lambda nx: nx.star_graph(10**6), "would build 1000001 nodes"),
        (lambda nx: nx.complete_bipartite_graph(10**4, 10**4), "100000000 edges"),
        (lambda nx: nx.full_rary_tree(2, 10**7), "would build 10000000 nodes"),
        (lambda nx: nx.complement(networkx.empty_graph(5000)), "would build 5000 nodes and 12497500 edges"),
        (lambda nx: nx.line_graph(networkx.star_graph(2000)), "1999000 edges"),
    ],
    ids=["complete", "grid", "balanced-tree", "endless-iterable", "star", "bipartite", "rary-tree", "complement", "line-graph"],
)
def test_generators_refuse_oversized_graphs_before_allocating(call, message):
    """Generators check the size they would build and refuse, as a memory failure, at once."""
    with pytest.raises(SizeLimitExceeded, match=message.replace("(", r"\(").replace(")", r"\)")):
        call(facade())


def test_generators_build_small_graphs():
    """Within the limits the generators build what networkx builds."""
    nx = facade()
    assert nx.complete_graph(5).number_of_edges() == 10
    assert sorted(nx.star_graph(["c", "a", "b"]).edges()) == [("c", "a"), ("c", "b")]
    assert nx.grid_2d_graph(2, 3).number_of_nodes() == 6
    assert nx.balanced_tree(2, 3).number_of_nodes() == 15
    assert nx.complement(networkx.path_graph(4)).number_of_edges() == 3


def test_generator_limits_are_configurable():
    """A facade built with smaller limits refuses smaller graphs."""
    small = facade(max_nodes=10, max_edges=10)
    with pytest.raises(SizeLimitExceeded):
        small.path_graph(11)
    assert small.path_graph(10).number_of_nodes() == 10


def test_read_only_facade_has_no_mutators():
    """The read-only facade leaves out every function that changes its graph in place."""
    read_only, mutating = facade(read_only=True), facade()
    for name in MUTATORS:
        assert name not in read_only
        assert name in mutating


def test_copy_false_on_a_frozen_graph_is_a_mutation():
    """relabel_nodes(copy=False) on a frozen graph is refused in the read-only facade."""
    frozen = networkx.freeze(networkx.MultiGraph([("a", "b")]))
    with pytest.raises(MutationRefused, match=r"nx.relabel_nodes\(copy=False\) would change it"):
        facade(read_only=True).relabel_nodes(frozen, {"a": "z"}, copy=False)
    with pytest.raises(MutationRefused):
        facade(read_only=True).relabel_nodes(frozen, {"a": "z"}, False)


def test_copy_false_on_a_programs_own_graph_is_allowed():
    """A program may relabel its own copy in place; copy=True works on any graph."""
    nx = facade(read_only=True)
    own = networkx.MultiGraph([("a", "b")])
    nx.relabel_nodes(own, {"a": "z"}, copy=False)
    assert sorted(own) == ["b", "z"]
    frozen = networkx.freeze(networkx.MultiGraph([("a", "b")]))
    assert sorted(nx.relabel_nodes(frozen, {"a": "z"})) == ["b", "z"]


def test_every_facade_function_runs_without_importing_anything():
    """Called in the isolated child (empty root, no files), no facade function needs an import."""
    def call_everything():
        nx = facade()
        graph = networkx.path_graph(5)
        missing = []
        for name, member in sorted(namespace_members(nx).items()):
            if not isinstance(member, types.FunctionType):
                continue
            for args in ((graph,), (graph, 0), (graph, 0, 4), (graph, 0, 4, 1)):
                try:
                    member(*args)
                except ImportError:
                    missing.append(name)
                    break
                except Exception:  # noqa: BLE001 - wrong arguments for this function: try the next shape
                    continue
                else:
                    break
        return missing

    outcome = run_isolated(call_everything, limits=Limits(cpu_seconds=30, wall_seconds=60, memory_bytes=512 << 20))
    assert (outcome.ok, outcome.value) == (True, [])


def test_no_algorithm_is_marked_by_networkx_as_mutating_its_input():
    """networkx's own mutates_input markers agree: the plain algorithms never change their graph."""
    for name in ALGORITHMS + GENERATORS:
        assert not getattr(getattr(networkx, name), "mutates_input", False), name
