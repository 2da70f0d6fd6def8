"""The topology model: devices and links over a ``networkx.MultiGraph``.

Nodes are devices named by strings; their attributes are whatever the source
file had (role, site, vendor, ...). Links are multigraph edges, because
parallel links between two devices are normal in real networks. A link that
knows its interfaces carries them in the edge attribute ``interfaces``, a
mapping from node name to interface name::

    G.edges["spine1", "leaf1", 0]["interfaces"] == {"spine1": "Ethernet1", "leaf1": "Ethernet49"}

Every attribute a reader found is kept, so writing a topology back out loses
nothing. Graph-level attributes (``G.graph``) hold the file's metadata.

Examples
--------
>>> topo = Topology(name="lab")
>>> topo.add_device("r1", role="router")
>>> topo.add_device("r2", role="router")
>>> topo.add_link("r1", "r2", interfaces={"r1": "eth1", "r2": "eth1"}, speed=10000)
0
>>> topo.interface_of("r1", "r2", 0, "r2")
'eth1'
>>> topo.number_of_links()
1
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from netops.errors import TopologyFormatError

__all__ = ["Topology", "INTERFACES", "link_signature", "same_topology"]

#: Edge attribute holding ``{node name: interface name}`` for a link.
INTERFACES = "interfaces"


class Topology:
    """A network topology: a ``networkx.MultiGraph`` plus what came with the file.

    Parameters
    ----------
    graph : networkx.MultiGraph, optional
        The graph to wrap (not copied). A new empty one by default.
    name : str
        A short name for messages and prompts (defaults to the file stem).
    source : pathlib.Path, optional
        The file the topology was read from.
    invariants : list of dict, optional
        Rules this topology must keep, as declared in its file; checked by
        ``netops.program.validate``.
    source_format : str, optional
        Name of the format the topology was read from.
    """

    def __init__(
        self,
        graph: nx.MultiGraph | None = None,
        *,
        name: str = "",
        source: Path | None = None,
        invariants: list[dict[str, Any]] | None = None,
        source_format: str | None = None,
    ) -> None:
        if graph is None:
            graph = nx.MultiGraph()
        if graph.is_directed() or not graph.is_multigraph():
            graph = nx.MultiGraph(graph)
        self.graph: nx.MultiGraph = graph
        self.name = name or (source.stem.split(".")[0] if source else "topology")
        self.source = source
        self.invariants: list[dict[str, Any]] = list(invariants or [])
        self.source_format = source_format

    # -- building -------------------------------------------------------------

    def add_device(self, name: str, **attrs: Any) -> None:
        """Add a device; an existing device with that name is an error."""
        if not isinstance(name, str) or not name:
            raise TopologyFormatError(f"device name must be a non-empty string, got {name!r}")
        if name in self.graph:
            raise TopologyFormatError(f"duplicate device name {name!r}")
        self.graph.add_node(name)
        # update(), not add_node(**attrs): an attribute may be called "key" or "n".
        self.graph.nodes[name].update(attrs)

    def add_link(
        self,
        a: str,
        b: str,
        *,
        interfaces: Mapping[str, str] | None = None,
        **attrs: Any,
    ) -> int:
        """Add a link between two existing devices and return its edge key.

        ``interfaces`` maps each endpoint to its interface name; either may be
        missing. Unknown endpoints are an error (links never create devices).
        """
        for end in (a, b):
            if end not in self.graph:
                raise TopologyFormatError(f"link endpoint {end!r} is not a device")
        if interfaces:
            extra = set(interfaces) - {a, b}
            if extra:
                raise TopologyFormatError(
                    f"link {a}--{b} names interfaces of other devices: {sorted(extra)}"
                )
            attrs[INTERFACES] = dict(interfaces)
        key = self.graph.add_edge(a, b)
        # update(), not add_edge(**attrs): a link attribute named "key" must stay an attribute.
        self.graph.edges[a, b, key].update(attrs)
        return key

    # -- reading --------------------------------------------------------------

    def devices(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield ``(name, attributes)`` for every device."""
        yield from self.graph.nodes(data=True)

    def links(self) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
        """Yield ``(a, b, key, attributes)`` for every link, parallel links included."""
        yield from self.graph.edges(keys=True, data=True)

    def number_of_devices(self) -> int:
        """Return the number of devices."""
        return self.graph.number_of_nodes()

    def number_of_links(self) -> int:
        """Return the number of links, counting parallel links separately."""
        return self.graph.number_of_edges()

    def interface_of(self, a: str, b: str, key: int, node: str) -> str | None:
        """Return the interface ``node`` uses on link ``(a, b, key)``, if known."""
        names = self.graph.edges[a, b, key].get(INTERFACES) or {}
        return names.get(node)

    def copy(self) -> Topology:
        """Return a deep copy (graph, attributes and invariants)."""
        return Topology(
            copy.deepcopy(self.graph),
            name=self.name,
            source=self.source,
            invariants=copy.deepcopy(self.invariants),
            source_format=self.source_format,
        )

    def with_graph(self, graph: nx.MultiGraph) -> Topology:
        """This topology (name, source, invariants, format) holding ``graph`` instead: a program's changed graph.

        The one way a changed graph becomes a topology again, so that nothing
        (the invariants, the format to write it in) is dropped on the way.
        """
        return Topology(
            graph, name=self.name, source=self.source, invariants=self.invariants, source_format=self.source_format
        )

    # -- structural rules -------------------------------------------------------

    def structural_problems(self) -> list[str]:
        """Return the structural rule violations, one short line each.

        Checked: device names are non-empty strings, every link's interface
        map names only its own endpoints, and no interface is used by two
        links. (Dangling endpoints cannot exist in the graph; readers reject
        them with the line where they occur.)
        """
        problems: list[str] = []
        for node in self.graph.nodes:
            if not isinstance(node, str) or not node:
                problems.append(f"device name must be a non-empty string, got {node!r}")
        used: dict[tuple[str, str], tuple[str, str]] = {}
        for a, b, _key, attrs in self.links():
            names = attrs.get(INTERFACES)
            if names is None:
                continue
            if not isinstance(names, Mapping):
                problems.append(f"link {a}--{b}: 'interfaces' must be a mapping")
                continue
            for node, ifname in names.items():
                if node not in (a, b):
                    problems.append(f"link {a}--{b} names an interface of {node!r}")
                    continue
                if ifname in (None, ""):
                    continue
                port = (node, str(ifname))
                if port in used:
                    other = used[port]
                    problems.append(
                        f"interface {node}:{ifname} is used by two links "
                        f"({other[0]}--{other[1]} and {a}--{b})"
                    )
                else:
                    used[port] = (a, b)
        return problems

    def counts_by(self, attribute: str) -> Counter[str]:
        """Count devices by the value of a node attribute (missing counts as ``"-"``)."""
        return Counter(
            str(attrs.get(attribute, "-")) if attrs.get(attribute) is not None else "-"
            for _, attrs in self.devices()
        )

    def __repr__(self) -> str:
        return (
            f"Topology(name={self.name!r}, devices={self.number_of_devices()}, "
            f"links={self.number_of_links()})"
        )


def _canonical(value: Any) -> str:
    """Serialize a value so equal data gives equal text (dict order ignored)."""
    return json.dumps(value, sort_keys=True, default=repr)


def link_signature(a: str, b: str, attrs: Mapping[str, Any]) -> tuple[tuple[str, str], str]:
    """Identify a link by its endpoints (order-free) and its attributes."""
    ends = (a, b) if a <= b else (b, a)
    return ends, _canonical(dict(attrs))


def same_topology(left: Topology, right: Topology, *, graph_attrs: bool = True) -> bool:
    """Return True when two topologies hold the same devices, links and attributes.

    Links are compared as a multiset of (endpoints, attributes), so edge keys
    and endpoint order do not matter but parallel links do.
    """
    if set(left.graph.nodes) != set(right.graph.nodes):
        return False
    for node, attrs in left.graph.nodes(data=True):
        if _canonical(attrs) != _canonical(right.graph.nodes[node]):
            return False
    left_links = Counter(link_signature(a, b, d) for a, b, _k, d in left.links())
    right_links = Counter(link_signature(a, b, d) for a, b, _k, d in right.links())
    if left_links != right_links:
        return False
    if graph_attrs and _canonical(left.graph.graph) != _canonical(right.graph.graph):
        return False
    return True
