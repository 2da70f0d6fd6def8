"""Shared pieces of the format tests: round-trip assertions and hypothesis strategies.

Not a test module (pytest collects ``test_*.py`` only); the format tests
import it by name because pytest puts this directory on ``sys.path``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from netops.errors import TopologyFormatError
from netops.topology.formats import dumps, loads, writable_formats
from netops.topology.model import Topology, same_topology

DATA = Path(__file__).parent / "data"

#: Attribute names a format gives a meaning of its own, which random topologies avoid.
#: (Each is covered by a targeted test instead.)
RESERVED_NODE = {"name", "labels", "env"}
RESERVED_LINK = {"endpoints", "interfaces", "endpoint_options"}
RESERVED_GRAPH = {"name", "nodes", "links", "invariants", "topology"}

#: Names that exercise the escaping paths: GML/GraphML/node-link structure
#: fields, containerlab keys, Topology Zoo attributes, characters GML keys lack.
TRICKY_NAMES = [
    "role", "site", "vendor", "rack", "kind", "group", "image", "type", "mgmt-ipv4", "id", "label",
    "key", "source", "target", "node", "edge", "directed", "multigraph", "graph", "speed", "mtu",
    "LinkSpeedRaw", "LinkLabel", "Internal", "Latitude", "Longitude", "netopsEncoding", "netops.encoding",
    "x y", "1st", "naïve", "", "_hidden", "data.role",
]


def text(max_size: int = 12) -> st.SearchStrategy[str]:
    """Any Unicode text hypothesis draws (no surrogates), control characters included."""
    return st.text(max_size=max_size)


def attr_names(reserved: set[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(TRICKY_NAMES), text()).filter(lambda n: n not in reserved)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    text(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(text(6), inner, max_size=3),
    ),
    max_leaves=6,
)


def attr_dicts(reserved: set[str], max_size: int = 4) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(attr_names(reserved), values, max_size=max_size)


node_names = st.one_of(
    st.sampled_from(["r1", "r2", "spine-1", "leaf:1", "Amsterdam", "0", "1", "true", "null", "a b"]),
    st.text(min_size=1, max_size=10),
).filter(lambda n: n.strip() == n and n != "")


@st.composite
def topologies(draw: st.DrawFn) -> Topology:
    """Random topologies: any attributes, parallel links, self-loops, interfaces, invariants."""
    names = draw(st.lists(node_names, min_size=0, max_size=6, unique=True))
    graph_attrs = draw(attr_dicts(RESERVED_GRAPH))
    topo_name = draw(st.text(min_size=1, max_size=10).filter(lambda n: n.strip() == n))
    topology = Topology(name=topo_name)
    topology.graph.graph["name"] = topo_name
    topology.graph.graph.update(graph_attrs)
    for name in names:
        topology.add_device(name)
        topology.graph.nodes[name].update(draw(attr_dicts(RESERVED_NODE)))
    if names:
        count = draw(st.integers(min_value=0, max_value=7))
        next_port: dict[str, int] = {}
        for _ in range(count):
            a = draw(st.sampled_from(names))
            b = draw(st.sampled_from(names))
            attrs = draw(attr_dicts(RESERVED_LINK, max_size=3))
            interfaces = {}
            if a != b:
                for end in draw(st.sampled_from([(), (a,), (b,), (a, b)])):
                    stem = draw(st.sampled_from(["eth", "Ethernet", "e1-", "ge-0/0/", "x"]))
                    next_port[end] = next_port.get(end, 0) + 1
                    interfaces[end] = f"{stem}{next_port[end]}"
            # Attributes go in with update(): add_edge(**attrs) would take 'key' as the edge key.
            key = topology.add_link(a, b, interfaces=interfaces or None)
            topology.graph.edges[a, b, key].update(attrs)
    # Any expectation of the audit language (readers refuse others at their line, see test_expectations).
    expectations = st.one_of(
        st.sampled_from(["empty", "nonempty", "true", "false", True, False]),
        st.builds(lambda op, n: f"count {op} {n}", st.sampled_from(["<", "<=", "==", "!=", ">=", ">"]),
                  st.integers(0, 99)),
        st.fixed_dictionaries({"equals": values}),
    )
    invariants = draw(
        st.lists(st.fixed_dictionaries({"id": st.text(max_size=8)}, optional={"expect": expectations}), max_size=2)
    )
    topology.invariants = invariants
    return topology


def expected_graph_attrs(topology: Topology) -> dict[str, Any]:
    """Graph attributes after a round trip: writers record the topology's name when absent."""
    attrs = dict(topology.graph.graph)
    if "name" not in attrs:
        attrs["name"] = topology.name
    return attrs


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr)


KEEPS_INVARIANTS = {"yaml", "json"}


def assert_round_trip(topology: Topology, fmt: str) -> Topology:
    """Write ``topology`` in ``fmt``, read it back, and assert nothing changed."""
    text = dumps(topology, format=fmt)
    again = loads(text, format=fmt, path=f"<{fmt}>")
    assert same_topology(topology, again, graph_attrs=False), f"{fmt}: devices or links differ"
    assert canonical(again.graph.graph) == canonical(expected_graph_attrs(topology)), f"{fmt}: graph attrs"
    if fmt in KEEPS_INVARIANTS:
        assert canonical(again.invariants) == canonical(topology.invariants), f"{fmt}: invariants"
    return again


def assert_error(fmt: str, text: str, line: int | None, fragment: str, path: str = "bad") -> TopologyFormatError:
    """Reading ``text`` fails with a one-line TopologyFormatError at ``line`` mentioning ``fragment``."""
    with pytest.raises(TopologyFormatError) as info:
        loads(text, format=fmt, path=path)
    error = info.value
    assert error.line == line, f"expected line {line}, got {error.line}: {error}"
    assert fragment in str(error), str(error)
    assert "\n" not in str(error)
    return error


ALL_WRITABLE = writable_formats()
