"""The ``nx`` that generated programs see: a curated facade of pure networkx algorithms.

Programs never get the ``networkx`` module. Its submodules carry ``os``,
``sys``, ``importlib`` and ``inspect`` as public attributes
(``nx.atlas.importlib.import_module('subprocess')`` is a shell away), and
``nx.write_*``, ``nx.read_*``, ``nx.utils.open_file``, ``nx.config``,
graphviz layouts and numpy converters reach files, processes and native
code. The facade is a ``sandbox.Namespace`` holding only:

- pure algorithms (paths, components, cuts, flows, centrality, cycles,
  trees, traversal, matching, isomorphism, operators), each wrapped in a
  plain function that refuses ``backend=`` (backend dispatch imports
  installed packages by name);
- graph generators that check the size of what they would build *before*
  allocating (``nx.complete_graph(10**6)`` is refused at once, as a
  ``memory`` failure, instead of exhausting the child);
- the graph classes (``nx.Graph(G)`` collapses parallel links) and the
  networkx exceptions (``except nx.NetworkXNoPath``);
- a ``community`` sub-namespace (Louvain, label propagation, modularity).

There is no ``__getattr__`` forwarding: an unknown name is an
``AttributeError`` that names the facade, not a module. The read-only
variant leaves out the functions that change a graph in place
(``set_node_attributes``, ``add_path`` ...) and refuses ``copy=False`` on a
frozen graph (the topology in a read-only run, and every view of it).

Examples
--------
>>> nx = facade()
>>> G = nx.path_graph(4)
>>> nx.shortest_path(G, 0, 3)
[0, 1, 2, 3]
>>> nx.readwrite
Traceback (most recent call last):
...
AttributeError: nx has no attribute 'readwrite'
>>> nx.complete_graph(10**6)
Traceback (most recent call last):
...
sandbox.errors.SizeLimitExceeded: nx.complete_graph() would build 1000000 nodes and 499999500000 edges; the limit is 200000 nodes and 1000000 edges
>>> "set_node_attributes" in facade(read_only=True)
False
"""

from __future__ import annotations

import functools
import inspect
import itertools
from collections.abc import Callable, Iterable
from typing import Any

import networkx

from sandbox import Namespace, SizeLimitExceeded, refuse, refuse_mutation

__all__ = [
    "facade",
    "ALGORITHMS",
    "MUTATORS",
    "COPY_FLAG_FUNCTIONS",
    "GENERATORS",
    "CLASSES",
    "EXCEPTIONS",
    "COMMUNITY",
    "MAX_NODES",
    "MAX_EDGES",
]

#: Largest graph a generator in the facade may build.
MAX_NODES = 200_000
MAX_EDGES = 1_000_000

#: Pure functions: they read graphs and return new data or new graphs.
ALGORITHMS = (
    # graph queries
    "nodes", "edges", "degree", "neighbors", "all_neighbors", "non_neighbors", "common_neighbors",
    "number_of_nodes", "number_of_edges", "density", "degree_histogram", "is_directed", "is_empty",
    "is_frozen", "is_weighted", "is_negatively_weighted", "get_node_attributes", "get_edge_attributes",
    "selfloop_edges", "number_of_selfloops", "nodes_with_selfloops", "non_edges", "is_path",
    "path_weight", "subgraph", "induced_subgraph", "edge_subgraph", "restricted_view", "subgraph_view",
    "reverse_view", "to_undirected", "to_directed", "create_empty_copy",
    # plain-data conversions (no numpy, no files)
    "to_dict_of_lists", "to_dict_of_dicts", "to_edgelist", "from_dict_of_lists", "from_dict_of_dicts",
    "from_edgelist",
    # shortest paths
    "shortest_path", "shortest_path_length", "all_shortest_paths", "has_path",
    "average_shortest_path_length", "single_source_shortest_path", "single_source_shortest_path_length",
    "single_target_shortest_path", "single_target_shortest_path_length", "all_pairs_shortest_path",
    "all_pairs_shortest_path_length", "bidirectional_shortest_path", "dijkstra_path",
    "dijkstra_path_length", "single_source_dijkstra", "single_source_dijkstra_path",
    "single_source_dijkstra_path_length", "multi_source_dijkstra", "multi_source_dijkstra_path",
    "multi_source_dijkstra_path_length", "bidirectional_dijkstra", "all_pairs_dijkstra",
    "all_pairs_dijkstra_path", "all_pairs_dijkstra_path_length", "bellman_ford_path",
    "bellman_ford_path_length", "single_source_bellman_ford", "negative_edge_cycle", "astar_path",
    "astar_path_length", "all_simple_paths", "all_simple_edge_paths", "shortest_simple_paths",
    "predecessor", "floyd_warshall",
    # connectivity, cuts, flows
    "connected_components", "number_connected_components", "is_connected", "node_connected_component",
    "strongly_connected_components", "number_strongly_connected_components", "is_strongly_connected",
    "weakly_connected_components", "number_weakly_connected_components", "is_weakly_connected",
    "biconnected_components", "biconnected_component_edges", "is_biconnected", "articulation_points",
    "bridges", "has_bridges", "local_bridges", "node_connectivity", "edge_connectivity",
    "minimum_node_cut", "minimum_edge_cut", "all_node_cuts", "node_disjoint_paths",
    "edge_disjoint_paths", "k_edge_components", "k_components", "is_k_edge_connected", "stoer_wagner",
    "cut_size", "edge_boundary", "node_boundary", "isolates", "is_isolate", "number_of_isolates",
    "maximum_flow", "maximum_flow_value", "minimum_cut", "minimum_cut_value",
    # centrality and structure
    "degree_centrality", "betweenness_centrality", "edge_betweenness_centrality",
    "closeness_centrality", "harmonic_centrality", "load_centrality", "eigenvector_centrality",
    "katz_centrality", "clustering", "average_clustering", "triangles", "transitivity",
    "square_clustering", "core_number", "k_core", "k_shell", "onion_layers",
    "average_degree_connectivity", "average_neighbor_degree",
    # distances
    "eccentricity", "diameter", "radius", "center", "periphery",
    # cycles, trees, DAGs
    "cycle_basis", "simple_cycles", "find_cycle", "minimum_cycle_basis", "girth", "chordless_cycles",
    "minimum_spanning_tree", "maximum_spanning_tree", "minimum_spanning_edges",
    "maximum_spanning_edges", "is_tree", "is_forest", "topological_sort", "topological_generations",
    "is_directed_acyclic_graph", "ancestors", "descendants", "dag_longest_path",
    "dag_longest_path_length", "lowest_common_ancestor", "transitive_closure", "transitive_reduction",
    # traversal
    "bfs_edges", "bfs_tree", "bfs_predecessors", "bfs_successors", "bfs_layers",
    "descendants_at_distance", "dfs_edges", "dfs_tree", "dfs_preorder_nodes", "dfs_postorder_nodes",
    "dfs_predecessors", "dfs_successors", "edge_bfs", "edge_dfs",
    # matching, colouring, covering, Euler
    "maximal_matching", "max_weight_matching", "min_weight_matching", "is_matching", "greedy_color",
    "dominating_set", "is_dominating_set", "maximal_independent_set", "find_cliques", "is_bipartite",
    "eulerian_circuit", "is_eulerian", "has_eulerian_path", "eulerian_path",
    # isomorphism
    "is_isomorphic", "could_be_isomorphic", "faster_could_be_isomorphic",
    # operators (new graphs)
    "compose", "union", "disjoint_union", "intersection", "difference", "symmetric_difference",
    "compose_all", "union_all", "ego_graph", "quotient_graph", "convert_node_labels_to_integers",
)  # fmt: skip

#: Functions that change the graph they are given: left out of the read-only facade.
MUTATORS = (
    "set_node_attributes", "set_edge_attributes", "remove_node_attributes", "remove_edge_attributes",
    "add_path", "add_cycle", "add_star",
)  # fmt: skip

#: Functions that change their graph only with ``copy=False``.
COPY_FLAG_FUNCTIONS = ("relabel_nodes", "contracted_nodes", "contracted_edge", "identified_nodes")

#: Generators and graph-building operators, with a size check each.
GENERATORS = (
    "empty_graph", "path_graph", "cycle_graph", "star_graph", "complete_graph",
    "complete_bipartite_graph", "grid_2d_graph", "balanced_tree", "wheel_graph", "ladder_graph",
    "full_rary_tree", "complement", "line_graph",
)  # fmt: skip

CLASSES = ("Graph", "DiGraph", "MultiGraph", "MultiDiGraph")

EXCEPTIONS = (
    "NetworkXException", "NetworkXError", "NetworkXPointlessConcept", "NetworkXAlgorithmError",
    "NetworkXUnfeasible", "NetworkXNoPath", "NetworkXNoCycle", "HasACycle", "NetworkXUnbounded",
    "NetworkXNotImplemented", "NodeNotFound", "AmbiguousSolution", "ExceededMaxIterations",
    "PowerIterationFailedConvergence",
)  # fmt: skip

#: Community detection, as ``nx.community.<name>``.
COMMUNITY = (
    "louvain_communities", "greedy_modularity_communities", "label_propagation_communities",
    "asyn_lpa_communities", "girvan_newman", "k_clique_communities", "kernighan_lin_bisection",
    "modularity", "partition_quality",
)  # fmt: skip


@functools.lru_cache(maxsize=8)
def facade(*, read_only: bool = False, max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES) -> Namespace:
    """Return the ``nx`` namespace for programs.

    Parameters
    ----------
    read_only : bool
        Leave out ``MUTATORS`` and refuse ``copy=False`` on frozen graphs.
    max_nodes, max_edges : int
        Largest graph a generator may build.

    Returns
    -------
    sandbox.Namespace
        Built once per argument set and shared: a namespace cannot be changed.
    """
    # Names a networkx release lacks are skipped, so an upgrade cannot break the facade.
    members: dict[str, Any] = {}
    for name in _present(networkx, ALGORITHMS + (() if read_only else MUTATORS)):
        members[name] = _algorithm(name, getattr(networkx, name))
    for name in _present(networkx, COPY_FLAG_FUNCTIONS):
        members[name] = _copy_flag_function(name, getattr(networkx, name), read_only)
    sizes = _Sizes(max_nodes, max_edges)
    for name in _present(networkx, GENERATORS):
        members[name] = _generator(name, getattr(networkx, name), sizes)
    for name in _present(networkx, CLASSES + EXCEPTIONS):
        members[name] = getattr(networkx, name)
    community = networkx.community
    members["community"] = Namespace(
        "nx.community",
        {name: _algorithm(f"community.{name}", getattr(community, name)) for name in _present(community, COMMUNITY)},
    )
    return Namespace("nx", members)


def _present(module: Any, names: tuple[str, ...]) -> list[str]:
    return [name for name in names if hasattr(module, name)]


# -- wrappers --------------------------------------------------------------------------


def _refuse_backend(name: str, kwargs: dict[str, Any]) -> None:
    if "backend" in kwargs:
        refuse(f"nx.{name}(): backend= is not allowed in the sandbox")


def _named(wrapper: Callable[..., Any], name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    # The docstring stays (prompting may list it); no __wrapped__, nothing leads back to networkx.
    wrapper.__name__ = name.rsplit(".", 1)[-1]
    wrapper.__qualname__ = f"nx.{name}"
    wrapper.__doc__ = getattr(original, "__doc__", None)
    wrapper.__module__ = __name__
    return wrapper


def _algorithm(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        _refuse_backend(name, kwargs)
        return function(*args, **kwargs)

    return _named(call, name, function)


def _copy_flag_function(name: str, function: Callable[..., Any], read_only: bool) -> Callable[..., Any]:
    signature = inspect.signature(function)

    def call(*args: Any, **kwargs: Any) -> Any:
        _refuse_backend(name, kwargs)
        if read_only:
            bound = signature.bind_partial(*args, **kwargs)
            copy = bound.arguments.get("copy", signature.parameters["copy"].default)
            graph = next(iter(bound.arguments.values()), None)
            if not copy and getattr(graph, "frozen", False):
                refuse_mutation(f"the topology is read-only in this run: nx.{name}(copy=False) would change it")
        return function(*args, **kwargs)

    return _named(call, name, function)


class _Sizes:
    """The generator budget, and the checks that enforce it."""

    def __init__(self, max_nodes: int, max_edges: int) -> None:
        self.max_nodes = max_nodes
        self.max_edges = max_edges

    def check(self, name: str, nodes: int, edges: int) -> None:
        if nodes > self.max_nodes or edges > self.max_edges:
            raise SizeLimitExceeded(
                f"nx.{name}() would build {nodes} nodes and {edges} edges; "
                f"the limit is {self.max_nodes} nodes and {self.max_edges} edges"
            )

    def count(self, name: str, n: Any) -> tuple[int, Any]:
        """Size of a ``nodes_or_number`` argument, and the argument to pass on.

        An iterable is read only up to the limit (it may be endless).
        """
        if isinstance(n, bool):
            raise TypeError(f"nx.{name}(): expected a number of nodes or an iterable of nodes")
        if isinstance(n, int):
            return max(n, 0), n
        if isinstance(n, Iterable):
            items = list(itertools.islice(iter(n), self.max_nodes + 1))
            if len(items) > self.max_nodes:
                raise SizeLimitExceeded(f"nx.{name}() would build more than {self.max_nodes} nodes")
            return len(items), items
        raise TypeError(f"nx.{name}(): expected a number of nodes or an iterable of nodes")


def _tree_size(branching: int, height: int, limit: int) -> int:
    """Nodes of a full ``branching``-ary tree of ``height``, stopping once past ``limit``."""
    if branching <= 1:
        return height + 1 if branching == 1 else 1
    total, level = 1, 1
    for _ in range(height):
        level *= branching
        total += level
        if total > limit:
            return total
    return total


def _generator(name: str, function: Callable[..., Any], sizes: _Sizes) -> Callable[..., Any]:
    signature = inspect.signature(function)

    def call(*args: Any, **kwargs: Any) -> Any:
        _refuse_backend(name, kwargs)
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        params = bound.arguments
        if name in ("empty_graph", "path_graph", "cycle_graph", "wheel_graph", "complete_graph", "ladder_graph"):
            key = "n"
            count, params[key] = sizes.count(name, params[key])
            edges = {
                "empty_graph": 0,
                "path_graph": max(count - 1, 0),
                "cycle_graph": count,
                "wheel_graph": 2 * max(count - 1, 0),
                "complete_graph": count * (count - 1) // 2,
                "ladder_graph": 3 * count,
            }[name]
            nodes = 2 * count if name == "ladder_graph" else count
            sizes.check(name, nodes, edges)
        elif name == "star_graph":
            count, params["n"] = sizes.count(name, params["n"])
            nodes = count + 1 if isinstance(params["n"], int) else count
            sizes.check(name, nodes, max(nodes - 1, 0))
        elif name in ("complete_bipartite_graph", "grid_2d_graph"):
            first, second = ("n1", "n2") if name == "complete_bipartite_graph" else ("m", "n")
            a, params[first] = sizes.count(name, params[first])
            b, params[second] = sizes.count(name, params[second])
            if name == "complete_bipartite_graph":
                sizes.check(name, a + b, a * b)
            else:
                sizes.check(name, a * b, 2 * a * b)
        elif name == "balanced_tree":
            nodes = _tree_size(_int(name, params["r"]), _int(name, params["h"]), sizes.max_nodes)
            sizes.check(name, nodes, max(nodes - 1, 0))
        elif name == "full_rary_tree":
            nodes = _int(name, params["n"])
            sizes.check(name, nodes, max(nodes - 1, 0))
        elif name == "complement":
            graph = params["G"]
            n = graph.number_of_nodes()
            sizes.check(name, n, n * (n - 1) // 2 - min(graph.number_of_edges(), n * (n - 1) // 2))
        elif name == "line_graph":
            graph = params["G"]
            edges = sum(d * (d - 1) // 2 for _, d in graph.degree())
            sizes.check(name, graph.number_of_edges(), edges)
        return function(*bound.args, **bound.kwargs)

    return _named(call, name, function)


def _int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"nx.{name}(): expected an integer, got {type(value).__name__}")
    return max(value, 0)
