"""The topology API that generated programs see, besides ``G`` and ``nx``.

Each helper takes the graph first and does one common operation in a way a
small model gets right the first time: attribute filters that tolerate case,
link helpers that hide multigraph keys and count parallel links, what-if
views, aggregations that keep ties, and mutation helpers with forgiving,
documented signatures. The first docstring line and the signature of every
helper listed in ``HELPERS`` become the prompt's API reference, so those
lines are written for the model as much as for people.

Links are returned as networkx-style tuples ``(a, b, key, data)`` where
``data`` is the link's live attribute dict: reading it answers questions,
writing it changes the link.

All examples below use ``demo_graph()``:

>>> G = demo_graph()
>>> nodes(G, role="leaf")
['leaf1', 'leaf2']
>>> neighbors(G, "leaf1", role="spine")
['spine1', 'spine2']
"""

from __future__ import annotations

import inspect
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeGuard

import networkx as nx

from netops.program.aliases import DOWN_WORDS, resolve_filters, resolve_name
from netops.topology.conventions import name_group, rate_unit, words
from netops.topology.ifnames import match_interface

__all__ = [
    "HELPERS",
    "helpers",
    "api_reference",
    "demo_graph",
    # selection
    "nodes",
    "attr",
    "neighbors",
    "links",
    "links_between",
    "link_count",
    "interface",
    "interfaces",
    "find_interface",
    # paths and what-if
    "path",
    "path_length",
    "reachable",
    "without",
    "components",
    "single_points_of_failure",
    # aggregation and results
    "count_by",
    "group_by",
    "count_links_by",
    "argmax_all",
    "argmin_all",
    "top",
    "table",
    "capacity",
    "link_speed",
    "mean",
    "median",
    "percentile",
    # mutation
    "add_device",
    "remove_device",
    "add_link",
    "remove_links",
    "set_attrs",
    "set_link_attrs",
    "update_links",
    "rename_device",
    "next_free_interface",
]

INTERFACES = "interfaces"

Link = tuple[str, str, Any, dict]


# -- matching ------------------------------------------------------------------


def _matches(value: Any, wanted: Any) -> bool:
    """Compare an attribute value with a filter value, forgiving case and types.

    A list/tuple/set filter matches any of its members; a list-valued
    attribute (tags, labels) matches when one of its members does; strings
    compare case-insensitively; numbers compare numerically even if one side
    is a numeric string.

    >>> _matches(["leaf", "ams"], "leaf"), _matches(["type=VM", "app:prod"], "app:dev")
    (True, False)
    >>> _matches("Leaf", ["spine", "leaf"]), _matches("10", 10)
    (True, True)
    """
    if isinstance(wanted, (list, tuple, set, frozenset)):
        return any(_matches(value, w) for w in wanted)
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_matches(member, wanted) for member in value)
    if value is None or wanted is None:
        return value is None and wanted is None
    if isinstance(wanted, bool) or isinstance(value, bool):
        if isinstance(value, str):
            return value.strip().lower() in ({"true", "yes", "1"} if wanted else {"false", "no", "0"})
        return bool(value) == bool(wanted)
    if isinstance(wanted, str) and isinstance(value, str):
        return value.strip().lower() == wanted.strip().lower()
    try:
        return float(value) == float(wanted)
    except (TypeError, ValueError):
        return str(value).strip().lower() == str(wanted).strip().lower()


# Per graph: case-folded device name -> the name as stored (None when two names fold alike).
_FOLDED: weakref.WeakKeyDictionary[nx.MultiGraph, tuple[int, dict[str, str | None]]] = weakref.WeakKeyDictionary()


def _device(G: nx.MultiGraph, name: Any) -> Any:
    """The device ``name`` stands for: itself when it exists, else the one device whose name
    differs only in case ("fw1" for "FW1"), else ``name`` unchanged (the caller reports it).

    Operators and models write names in whatever case they think in; the
    topology's spelling wins. Two devices whose names differ only in case
    are never guessed between.

    >>> G = nx.MultiGraph(); G.add_nodes_from(["FW1", "core1", "Core1"])
    >>> _device(G, "fw1"), _device(G, "FW1"), _device(G, "CORE1"), _device(G, "nope")
    ('FW1', 'FW1', 'CORE1', 'nope')
    """
    if not isinstance(name, str) or name in G:
        return name
    cached = _FOLDED.get(G)
    if cached is None or cached[0] != len(G):
        folded: dict[str, str | None] = {}
        for node in G:
            if isinstance(node, str):
                key = node.casefold()
                folded[key] = None if key in folded else node
        cached = (len(G), folded)
        _FOLDED[G] = cached
    found = cached[1].get(name.casefold())
    return found if found is not None and found in G else name


def _node_ok(attrs: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    return all(_matches(attrs.get(k), v) for k, v in filters.items())


def _known_keys(attr_dicts: Iterable[Mapping[str, Any]]) -> set[str]:
    keys: set[str] = set()
    for attrs in attr_dicts:
        keys.update(attrs)
    return keys


def _check_filter_names(G: nx.MultiGraph, filters: Mapping[str, Any], *, on_links: bool, where: str = "") -> None:
    """Raise a clear error for a filter on an attribute that no device (or link) has.

    Called only when a selection came back empty: a filter on a name that
    does not exist matches nothing, silently, and the answer "none" would be
    wrong. The message lists the names that do exist, and says when the name
    belongs to the other kind of element (a device attribute used on links).
    """
    if not filters:
        return
    link_keys = _known_keys(d for *_, d in G.edges(keys=True, data=True))
    node_keys = _known_keys(d for _n, d in G.nodes(data=True))
    own, other = (link_keys, node_keys) if on_links else (node_keys, link_keys)
    for key in filters:
        if key in own:
            continue
        kind = "link" if on_links else "device"
        message = f"{where or ('links()' if on_links else 'nodes()')}: no {kind} has an attribute {key!r}"
        if key in other and on_links:
            message += f"; {key!r} is a device attribute: filter the device at the other end with peer={{{key!r}: ...}}"
        elif key in other:
            message += f"; {key!r} is a link attribute: select links with links(G, {key}=...)"
        message += f" ({kind} attributes: {', '.join(sorted(own - {INTERFACES})) or 'none'})"
        raise ValueError(message)


# Whether selections that found nothing retry in the topology's own names (netops.program.aliases).
# On by default; the setting ``resolve_names`` turns it off around a run (name_resolution).
_RESOLVE_NAMES: ContextVar[bool] = ContextVar("netops_resolve_names", default=True)


@contextmanager
def name_resolution(enabled: bool) -> Iterator[None]:
    """Turn the retry in the topology's own names on or off for the helpers called inside (a forked
    sandbox child inherits the setting)."""
    token = _RESOLVE_NAMES.set(enabled)
    try:
        yield
    finally:
        _RESOLVE_NAMES.reset(token)


def _node_records(G: nx.MultiGraph) -> list[dict]:
    return [d for _n, d in G.nodes(data=True)]


def _link_records(G: nx.MultiGraph) -> list[dict]:
    return [d for *_e, d in G.edges(keys=True, data=True)]


def _resolved(records: list[dict], filters: Mapping[str, Any]) -> dict[str, Any] | None:
    """Filters restated in the topology's own names after a selection found nothing; None if unchanged."""
    if not filters or not _RESOLVE_NAMES.get():
        return None
    return resolve_filters(records, filters)


def _own_name(records: list[dict], name: str) -> str:
    """``name``, or the attribute these records keep it under when none has ``name`` itself."""
    if not _RESOLVE_NAMES.get():
        return name
    return resolve_name(records, name) or name


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        return [value]
    return list(value)


# -- selection -------------------------------------------------------------------


def nodes(G: nx.MultiGraph, where: Callable[[dict], bool] | None = None, **filters: Any) -> list[str]:
    """Device names whose attributes match the filters, sorted: nodes(G, role="leaf", site="ams").

    Filters compare case-insensitively; a list matches any member
    (``role=["spine", "leaf"]``); ``where`` is an optional predicate on the
    attribute dict for comparisons (``where=lambda d: d.get("asn", 0) > 65000``).

    >>> nodes(demo_graph(), role=["spine", "border"])
    ['border1', 'spine1', 'spine2']
    >>> nodes(demo_graph(), where=lambda d: d.get("os_version") == "4.28")
    ['leaf2']
    """
    def select(chosen: Mapping[str, Any]) -> list[str]:
        return sorted(n for n, d in G.nodes(data=True) if _node_ok(d, chosen) and (where is None or where(d)))

    found = select(filters)
    if not found:
        resolved = _resolved(_node_records(G), filters)
        found = select(resolved) if resolved is not None else found
    if not found:
        _check_filter_names(G, filters, on_links=False)
    return found


def attr(G: nx.MultiGraph, node: str, name: str, default: Any = None) -> Any:
    """One attribute of one device, or ``default`` if it is missing: attr(G, "leaf1", "rack").

    A name that no device has at all is an error (it lists the names that
    exist) unless a ``default`` is given: "Country" is not "country".

    >>> attr(demo_graph(), "leaf1", "rack")
    'r1'
    """
    attrs = G.nodes[_device(G, node)]
    if name not in attrs and not any(name in d for _n, d in G.nodes(data=True)):
        own = _own_name(_node_records(G), name)  # "latitude" where devices have "Latitude"
        if own == name and default is None:
            _check_filter_names(G, {name: None}, on_links=False, where="attr()")
        name = own
    return attrs.get(name, default)


def neighbors(G: nx.MultiGraph, node: str, **filters: Any) -> list[str]:
    """Adjacent devices (each once, even with parallel links), optionally filtered: neighbors(G, n, role="spine").

    >>> neighbors(demo_graph(), "spine1")
    ['border1', 'leaf1', 'leaf2']
    """
    node = _device(G, node)

    def select(chosen: Mapping[str, Any]) -> list[str]:
        return sorted(m for m in G.neighbors(node) if m != node and _node_ok(G.nodes[m], chosen))

    found = select(filters)
    if not found:
        resolved = _resolved(_node_records(G), filters)
        found = select(resolved) if resolved is not None else found
    if not found:
        _check_filter_names(G, filters, on_links=False, where="neighbors()")
    return found


def links(
    G: nx.MultiGraph,
    node: str | None = None,
    where: Callable[[dict], bool] | None = None,
    peer: Mapping[str, Any] | None = None,
    **filters: Any,
) -> list[Link]:
    """Links as (a, b, key, data), optionally only those at ``node`` and matching filters: links(G, "leaf1", peer={"role": "spine"}, status="down").

    With ``node`` given, ``a`` is always that node and ``peer`` filters the
    device at the other end (its uplinks: ``peer={"role": "spine"}``);
    without ``node``, ``peer`` must match at least one end. Parallel links are
    listed separately. ``where`` is a predicate on the link's attribute dict.

    >>> [(a, b) for a, b, k, d in links(demo_graph(), status="down")]
    [('leaf2', 'spine2')]
    >>> len(links(demo_graph(), "leaf1"))
    3
    >>> [(a, b) for a, b, k, d in links(demo_graph(), where=lambda d: d.get("utilization", 0) > 0.8)]
    [('border1', 'spine1')]
    >>> [b for a, b, k, d in links(demo_graph(), "spine1", peer={"role": "leaf"})]
    ['leaf1', 'leaf1', 'leaf2']

    A name where the predicate goes is the device at the other end (or a role of devices), as in
    links_between:

    >>> [(a, b) for a, b, k, d in links(demo_graph(), "leaf2", "spine")]
    [('leaf2', 'spine1'), ('leaf2', 'spine2')]
    """
    if node is not None:
        node = _device(G, node)
    far: set[Any] | None = None
    if isinstance(where, str) and node is not None:
        far, where = set(_group(G, _device(G, where))), None

    def select(chosen: Mapping[str, Any], chosen_peer: Mapping[str, Any] | None) -> list[Link]:
        edges = G.edges(node, keys=True, data=True) if node is not None else G.edges(keys=True, data=True)
        return [
            (a, b, k, d)
            for a, b, k, d in edges
            if (far is None or b in far)
            and _node_ok(d, chosen)
            and (where is None or where(d))
            and _peer_ok(G, a, b, node, chosen_peer)
        ]

    found = select(filters, peer)
    if not found:
        resolved = _resolved(_link_records(G), filters)
        resolved_peer = _resolved(_node_records(G), peer or {})
        if resolved is not None or resolved_peer is not None:
            found = select(filters if resolved is None else resolved, peer if resolved_peer is None else resolved_peer)
    if not found:
        _check_filter_names(G, filters, on_links=True)
        _check_filter_names(G, peer or {}, on_links=False, where="links(peer=...)")
    if node is None:
        found = [(a, b, k, d) if str(a) <= str(b) else (b, a, k, d) for a, b, k, d in found]
    return sorted(found, key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


def _peer_ok(G: nx.MultiGraph, a: str, b: str, node: str | None, peer: Mapping[str, Any] | None) -> bool:
    if not peer:
        return True
    if node is not None:
        return _node_ok(G.nodes[b], peer)
    return _node_ok(G.nodes[a], peer) or _node_ok(G.nodes[b], peer)


def links_between(G: nx.MultiGraph, a: str, b: str) -> list[Link]:
    """All (parallel) links between two devices as (a, b, key, data): links_between(G, "leaf1", "spine1").

    >>> len(links_between(demo_graph(), "leaf1", "spine1"))
    2
    """
    a, b = _device(G, a), _device(G, b)
    found = []
    for end_a in _group(G, a):
        for end_b in _group(G, b):
            if G.has_edge(end_a, end_b):
                found += [(end_a, end_b, k, d) for k, d in sorted(G[end_a][end_b].items(), key=lambda kv: str(kv[0]))]
    return found


_ROLE_NAMES = name_group("role")


def _group(G: nx.MultiGraph, name: Any) -> list[Any]:
    """The devices ``name`` stands for where a device was expected: itself, or the devices of a role.

    "spine" in ``capacity(G, "leaf1", "spine")`` is not a device but a value
    that one device attribute holds (``role``, ``function``, a tag list):
    it stands for the devices holding it. When several attributes hold the
    value, the one that names roles wins; when it is still not one, or no
    device holds it, the name stays as it is (and matches no link).

    >>> G = demo_graph()
    >>> _group(G, "leaf1"), _group(G, "spine"), _group(G, "nope")
    (['leaf1'], ['spine1', 'spine2'], ['nope'])
    """
    if name in G or not isinstance(name, str) or not _RESOLVE_NAMES.get():
        return [name]
    holders: dict[str, list[Any]] = {}
    for node, d in G.nodes(data=True):
        for key, value in d.items():
            textual = isinstance(value, str) or (isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value))
            if key != INTERFACES and textual and _matches(value, name):
                holders.setdefault(key, []).append(node)
    if len(holders) > 1:
        holders = {key: held for key, held in holders.items() if key in _ROLE_NAMES or set(words(key)) & _ROLE_NAMES}
    if len(holders) != 1:
        return [name]
    return sorted(next(iter(holders.values())), key=str)


def link_count(G: nx.MultiGraph, a: str, b: str | None = None, **filters: Any) -> int:
    """Number of links at ``a`` (or between ``a`` and ``b``), parallel links counted: link_count(G, "leaf1", "spine1").

    >>> link_count(demo_graph(), "leaf1", "spine1")
    2
    """
    if b is None:
        return len(links(G, a, **filters))
    return sum(1 for *_, d in links_between(G, a, b) if _node_ok(d, filters))


def interface(G: nx.MultiGraph, node: str, other: str, key: Any = None) -> str | None:
    """The interface ``node`` uses towards ``other`` (first parallel link unless ``key``): interface(G, "leaf1", "spine1").

    >>> interface(demo_graph(), "leaf1", "spine1")
    'Ethernet49'
    """
    node, other = _device(G, node), _device(G, other)
    if other not in G and node in G and match_interface(other, interfaces(G, node)) is not None:
        # A common slip: an interface name where the peer device belongs.
        raise ValueError(
            f"{other!r} is an interface of {node!r}, not a device; "
            f"the link on it is find_interface(G, {node!r}, {other!r})"
        )
    for _a, _b, k, d in links_between(G, node, other):
        if key is None or k == key:
            return (d.get(INTERFACES) or {}).get(node)
    return None


def interfaces(G: nx.MultiGraph, node: str) -> dict[str, str]:
    """Map each named interface of ``node`` to the device at the other end: interfaces(G, "leaf1").

    >>> interfaces(demo_graph(), "leaf1")
    {'Ethernet49': 'spine1', 'Ethernet50': 'spine1', 'Ethernet51': 'spine2'}
    """
    node = _device(G, node)
    found = {}
    for _a, b, _k, d in links(G, node):
        name = (d.get(INTERFACES) or {}).get(node)
        if name:
            found[name] = b
    return dict(sorted(found.items()))


def find_interface(G: nx.MultiGraph, node: str, name: str) -> Link | None:
    """The link on interface ``name`` of ``node`` as (node, peer, key, data), or None: find_interface(G, "leaf1", "Ethernet51").

    Names compare ignoring case, and CLI abbreviations work ("Gi1/0/1", "Eth51").

    >>> find_interface(demo_graph(), "leaf1", "eth51")[1]
    'spine2'
    """
    node = _device(G, node)
    on_node = {str((d.get(INTERFACES) or {}).get(node, "")): (a, b, k, d) for a, b, k, d in links(G, node)}
    chosen = match_interface(name, [n for n in on_node if n])
    return on_node[chosen] if chosen is not None else None


# -- paths and what-if ------------------------------------------------------------


def _simple_weighted(G: nx.MultiGraph, weight: str | None) -> nx.Graph:
    """Collapse parallel links, keeping the lowest weight (or any link for hops)."""
    simple = nx.Graph()
    simple.add_nodes_from(G.nodes)
    for a, b, d in G.edges(data=True):
        w = 1 if weight is None else d.get(weight)
        if w is None:
            continue
        w = float(w)
        if not simple.has_edge(a, b) or simple[a][b]["w"] > w:
            simple.add_edge(a, b, w=w)
    return simple


def path(G: nx.MultiGraph, source: str, target: str, weight: str | None = None) -> list[str] | None:
    """Shortest path as a list of devices (fewest hops, or least total ``weight`` such as "latency_ms"); None if unreachable.

    >>> path(demo_graph(), "leaf1", "border1")
    ['leaf1', 'spine1', 'border1']
    """
    source, target = _device(G, source), _device(G, target)
    simple = _simple_weighted(G, weight)
    try:
        return nx.shortest_path(simple, source, target, weight="w")
    except nx.NetworkXNoPath:
        return None


def path_length(G: nx.MultiGraph, source: str, target: str, weight: str | None = None) -> float | None:
    """Hop count of the shortest path, or its total ``weight`` (e.g. "latency_ms"); None if unreachable.

    >>> path_length(demo_graph(), "leaf1", "border1")
    2
    >>> path_length(demo_graph(), "leaf1", "border1", weight="latency_ms")
    0.3
    """
    source, target = _device(G, source), _device(G, target)
    simple = _simple_weighted(G, weight)
    try:
        length = nx.shortest_path_length(simple, source, target, weight="w")
    except nx.NetworkXNoPath:
        return None
    if weight is None:
        return int(length)
    return round(float(length), 6)


def reachable(G: nx.MultiGraph, source: str, target: str) -> bool:
    """True if a path exists between two devices: reachable(without(G, "spine1"), "leaf1", "border1").

    >>> reachable(demo_graph(), "leaf1", "border1")
    True
    """
    source, target = _device(G, source), _device(G, target)
    if source not in G or target not in G:
        return False
    return nx.has_path(G, source, target)


def without(
    G: nx.MultiGraph,
    nodes: Any = (),
    links: Any = (),
) -> nx.MultiGraph:
    """A copy of the graph with devices and/or links removed, for what-if questions: without(G, nodes=["spine1"]).

    ``nodes`` is a name or a list of names. ``links`` is a list of
    ``(a, b)`` pairs (every parallel link between them is removed) or
    ``(a, b, key)`` tuples (that one link). The original graph is unchanged.

    >>> H = without(demo_graph(), nodes="spine1")
    >>> reachable(H, "leaf1", "border1")
    False
    >>> link_count(without(demo_graph(), links=[("leaf1", "spine1", 0)]), "leaf1", "spine1")
    1
    """
    H = G.copy()
    H.remove_nodes_from([n for n in (_device(G, n) for n in _as_list(nodes)) if n in H])
    for item in _as_list(links):
        item = tuple(_device(G, end) for end in item[:2]) + tuple(item[2:])
        if len(item) >= 3 and H.has_edge(item[0], item[1], item[2]):
            H.remove_edge(item[0], item[1], item[2])
        elif len(item) == 2 and H.has_edge(item[0], item[1]):
            for key in list(H[item[0]][item[1]]):
                H.remove_edge(item[0], item[1], key)
    return H


def components(G: nx.MultiGraph) -> list[list[str]]:
    """Connected groups of devices, each sorted, largest group first.

    >>> len(components(without(demo_graph(), nodes=["spine1", "spine2"])))
    3
    """
    groups = [sorted(c) for c in nx.connected_components(G)]
    return sorted(groups, key=lambda c: (-len(c), c[0] if c else ""))


def single_points_of_failure(G: nx.MultiGraph, **filters: Any) -> list[str]:
    """Devices whose failure splits the network (articulation points), optionally filtered by attributes.

    >>> single_points_of_failure(demo_graph())
    ['spine1']
    """
    return sorted(n for n in nx.articulation_points(nx.Graph(G)) if _node_ok(G.nodes[n], filters))


# -- aggregation and results ------------------------------------------------------------


def count_by(G: nx.MultiGraph, name: str, *values: Any, **filters: Any) -> Any:
    """Count devices by an attribute's value, most common first: count_by(G, "vendor", role="leaf").

    Devices without the attribute are counted under ``None``; an attribute
    no device has is an error that names the ones there are. Given values
    after the name, it counts only the devices whose attribute matches one of
    them, and returns that number (``count_by(G, "vendor", "arista")``).

    >>> count_by(demo_graph(), "role")
    {'leaf': 2, 'spine': 2, 'border': 1}
    >>> count_by(demo_graph(), "role", "leaf", "border")
    3
    """
    if values:
        return len(nodes(G, **{**filters, name: _one_or_any(values)}))
    name = _own_name(_node_records(G), name)
    _check_filter_names(G, {name: None}, on_links=False, where="count_by()")
    counts = Counter(G.nodes[n].get(name) for n in _matching_nodes(G, filters))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def _one_or_any(values: tuple[Any, ...]) -> Any:
    """One value as itself, several as a list (a filter matching any of them)."""
    return values[0] if len(values) == 1 else list(values)


def _matching_nodes(G: nx.MultiGraph, filters: Mapping[str, Any]) -> list[Any]:
    """Devices matching the filters (in graph order), in the topology's own names if none match as written."""
    found = [n for n, d in G.nodes(data=True) if _node_ok(d, filters)]
    if not found:
        resolved = _resolved(_node_records(G), filters)
        if resolved is not None:
            found = [n for n, d in G.nodes(data=True) if _node_ok(d, resolved)]
    return found


def group_by(G: nx.MultiGraph, name: str, **filters: Any) -> dict[str, list[str]]:
    """Devices grouped by an attribute's value: group_by(G, "site", role="spine") -> {"ams": [...], ...}.

    >>> group_by(demo_graph(), "rack", role="leaf")
    {'r1': ['leaf1'], 'r2': ['leaf2']}
    """
    name = _own_name(_node_records(G), name)
    _check_filter_names(G, {name: None}, on_links=False, where="group_by()")
    groups: dict[Any, list[str]] = {}
    for n in _matching_nodes(G, filters):
        groups.setdefault(G.nodes[n].get(name), []).append(n)
    return {k: sorted(v) for k, v in sorted(groups.items(), key=lambda kv: str(kv[0]))}


def count_links_by(G: nx.MultiGraph, name: str, *values: Any, **filters: Any) -> Any:
    """Count links by an attribute's value (e.g. "status", "speed"), parallel links counted separately.

    Given values after the name, it returns the number of links whose
    attribute matches one of them (``count_links_by(G, "status", "down")``).

    >>> count_links_by(demo_graph(), "status")
    {'up': 5, 'down': 1}
    >>> count_links_by(demo_graph(), "status", "down")
    1
    """
    if values:
        return len(links(G, **{**filters, name: _one_or_any(values)}))
    name = _own_name(_link_records(G), name)
    _check_filter_names(G, {name: None}, on_links=True, where="count_links_by()")
    counts = Counter(d.get(name) for *_e, d in links(G, **filters))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def argmax_all(mapping: Mapping[Any, Any]) -> list[Any]:
    """All keys sharing the largest value (ties kept), sorted: argmax_all(count_by(G, "vendor")).

    >>> argmax_all({"a": 2, "b": 3, "c": 3})
    ['b', 'c']
    """
    if not mapping:
        return []
    best = max(mapping.values())
    return sorted((k for k, v in mapping.items() if v == best), key=str)


def argmin_all(mapping: Mapping[Any, Any]) -> list[Any]:
    """All keys sharing the smallest value (ties kept), sorted: argmin_all(count_by(G, "site")).

    >>> argmin_all({"a": 2, "b": 1, "c": 1})
    ['b', 'c']
    """
    if not mapping:
        return []
    least = min(mapping.values())
    return sorted((k for k, v in mapping.items() if v == least), key=str)


def top(mapping: Mapping[Any, Any], n: int = 5, smallest: bool = False) -> list[tuple[Any, Any]]:
    """The ``n`` largest (or smallest) items of a mapping as (key, value) pairs, ties at the cut kept.

    >>> top({"a": 1, "b": 3, "c": 2, "d": 2}, 2)
    [('b', 3), ('c', 2), ('d', 2)]
    """
    items = sorted(mapping.items(), key=lambda kv: (kv[1], str(kv[0])) if smallest else (-kv[1], str(kv[0])))
    if n <= 0 or not items:
        return []
    if len(items) <= n:
        return items
    cut = items[n - 1][1]
    return [kv for i, kv in enumerate(items) if i < n or kv[1] == cut]


def table(rows: Iterable[Iterable[Any]], columns: Iterable[str]) -> dict[str, list]:
    """Make a result table: result = table([(n, d["site"]) for n, d in ...], ["device", "site"]).

    >>> table([("leaf1", "ams")], ["device", "site"])
    {'columns': ['device', 'site'], 'rows': [['leaf1', 'ams']]}
    """
    return {"columns": [str(c) for c in columns], "rows": [list(r) for r in rows]}


_SPEED_WORDS = name_group("speed")
_STATUS_WORDS = name_group("status")


def _speed_name(records: list[dict]) -> str | None:
    """The numeric attribute these links keep their speed in, when it is not called ``speed``."""
    counts: Counter[str] = Counter()
    for d in records:
        for key, value in d.items():
            if _is_number(value) and _SPEED_WORDS & set(words(str(key))):
                counts[key] += 1
    return counts.most_common(1)[0][0] if counts else None


def _is_down(d: Mapping[str, Any]) -> bool:
    """Whether a link's status says it is down, however the topology spells status.

    >>> _is_down({"status": "down"}), _is_down({"oper_up": False}), _is_down({"oper_status": "DOWN"})
    (True, True, True)
    >>> _is_down({"state": "active"}), _is_down({"speed": 10})
    (False, False)
    """
    for key, value in d.items():
        parts = set(words(str(key)))
        if not parts & _STATUS_WORDS:
            continue
        if isinstance(value, bool):
            if "up" in parts and value is False:
                return True
        elif isinstance(value, str) and value.strip().casefold() in DOWN_WORDS:
            return True
    return False


def capacity(
    G: nx.MultiGraph, a: str, b: str | None = None, name: str = "speed", up_only: bool = True, unit: str | None = None
) -> float:
    """Total ``speed`` of the links at ``a`` (or between ``a`` and ``b``), parallel links summed, down links skipped; unit="Gbps" converts.

    Where links keep speed under another name (``bandwidth_gbps``,
    ``speed_bps``), that attribute is summed, in its own unit unless
    ``unit`` names one (bps, kbps, Mbps, Gbps, Tbps); a link is down
    when its status says so however it is spelled (``status="down"``,
    ``oper_up=False``, ``oper_status="DOWN"``).

    >>> capacity(demo_graph(), "leaf1", "spine1")
    200000
    >>> capacity(demo_graph(), "leaf2"), capacity(demo_graph(), "leaf1", "spine1", unit="Gbps")
    (100000, 200.0)
    """
    chosen = links(G, a) if b is None else links_between(G, a, b)
    if name == "speed" and chosen and not any("speed" in d for *_e, d in chosen):
        # This topology says speed another way (bandwidth_gbps, speed_bps, LinkSpeedRaw): use its own,
        # in its own unit.
        name = _speed_name([d for *_e, d in chosen]) or name
    total: float = 0
    for *_e, d in chosen:
        if up_only and _is_down(d):
            continue
        value = d.get(name) or 0
        try:
            total += value
        except TypeError:
            total += float(value)
    if unit is None:
        return total
    asked = _asked_rate(unit)
    # No working link, no speed to convert (and maybe no unit to know): zero in any unit.
    return total * _stored_rate(G, name) / asked if total else 0.0


def link_speed(G: nx.MultiGraph, link: Any, unit: str = "Mbps") -> float | None:
    """A link's speed in ``unit`` (bps, kbps, Mbps, Gbps, Tbps), however the topology stores it: link_speed(G, d, "Gbps").

    ``link`` is a link's attribute dict or its ``(a, b, key, data)`` tuple.
    The stored attribute is ``speed`` or the topology's own (``speed_bps``,
    ``bandwidth_gbps``, ``LinkSpeedRaw``); its unit comes from its name or
    its magnitude. None when the link has no speed.

    >>> G = demo_graph()
    >>> [link_speed(G, d, "Gbps") for a, b, k, d in links(G, "border1")], link_speed(G, {"status": "up"})
    ([400.0], None)
    """
    data = link[-1] if isinstance(link, tuple) else link
    if not isinstance(data, Mapping):
        raise TypeError("link_speed(G, link, unit): link is a link's data dict or its (a, b, key, data) tuple")
    name = "speed" if "speed" in data else _speed_name([dict(data)]) or _speed_name(_link_records(G)) or "speed"
    value = data.get(name)
    if value is None or isinstance(value, bool):
        return None
    return float(value) * _stored_rate(G, name) / _asked_rate(unit)


# Per graph: speed attribute name -> bit/s in one stored unit (for a link count, since magnitudes can change).
_RATES: weakref.WeakKeyDictionary[nx.MultiGraph, tuple[int, dict[str, float]]] = weakref.WeakKeyDictionary()


def _stored_rate(G: nx.MultiGraph, name: str) -> float:
    """Bit/s in one unit of the speed attribute ``name`` as this topology stores it."""
    cached = _RATES.get(G)
    if cached is None or cached[0] != G.number_of_edges():
        cached = (G.number_of_edges(), {})
        _RATES[G] = cached
    if name not in cached[1]:
        numbers = [float(d[name]) for *_e, d in G.edges(keys=True, data=True) if _is_number(d.get(name))]
        size = rate_unit(name, max(numbers) if numbers else None)
        if size is None:
            raise ValueError(f"the unit of link attribute {name!r} is unknown: it has no numbers")
        cached[1][name] = size
    return cached[1][name]


_ASKED_RATES = {"bps": 1.0, "kbps": 1e3, "mbps": 1e6, "gbps": 1e9, "tbps": 1e12}


def _asked_rate(unit: str) -> float:
    """Bit/s in one ``unit`` as a request writes it ("Gbps", "Gbit/s", "Gb/s", "G", "mbit")."""
    text = str(unit).strip().lower().replace(" ", "").removesuffix("/s").removesuffix("ps").removesuffix("it")
    key = text.removesuffix("b") + "bps" if text not in ("", "b") else "bps"
    if key not in _ASKED_RATES:
        raise ValueError(f"unknown speed unit {unit!r}: use one of bps, kbps, Mbps, Gbps, Tbps")
    return _ASKED_RATES[key]


def _is_number(value: Any) -> TypeGuard[int | float]:
    """A number, not a flag (``True`` is an int to Python, not a speed)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# -- numeric summaries ----------------------------------------------------------------------


def _numbers(source: Any, name: Any, filters: Mapping[str, Any], helper: str) -> list[float]:
    """The numbers to summarize: ``source`` itself, or attribute ``name`` over G's links (or devices).

    ``mean(G, "byte_weight", kind="wan")`` reads the attribute on the links
    that have it, else on the devices; records without a number are left
    out (a missing value is not zero).
    """
    if isinstance(source, nx.Graph):
        if not isinstance(name, str):
            raise TypeError(f"{helper}(G, name, **filters): name is the attribute to summarize")
        link_records = _link_records(source)
        on_link = _own_name(link_records, name)  # in the topology's own name, as count_by() reads it
        if any(on_link in d for d in link_records):
            values = [d.get(on_link) for *_e, d in links(source, **filters)]
        else:
            node_records = _node_records(source)
            on_node = _own_name(node_records, name)
            if not any(on_node in d for d in node_records):
                raise ValueError(f"{helper}(): no link or device has an attribute {name!r}")
            values = [source.nodes[n].get(on_node) for n in nodes(source, **filters)]
    else:
        values = list(source.values()) if isinstance(source, Mapping) else list(_as_list(source))
        if any(isinstance(v, (tuple, Mapping)) for v in values) and not any(_is_number(v) for v in values):
            # median(links(G, ...)): links, not numbers; say how to get the numbers rather than answer None.
            raise TypeError(
                f"{helper}() summarizes numbers, not links or devices: name the attribute, as in "
                f"{helper}(G, name, **filters), or pass the numbers, as in "
                f"{helper}([d[name] for a, b, k, d in links(G, ...)])"
            )
    return [float(v) for v in values if _is_number(v)]


def mean(values: Any, name: Any = None, **filters: Any) -> float | None:
    """Average of numbers (a list, a dict's values) or of an attribute: mean(G, "utilization", kind="wan"); None if none.

    >>> mean([1, 2, 6]), mean({"a": 1, "b": 3}), mean([])
    (3.0, 2.0, None)
    >>> mean(demo_graph(), "speed"), mean(demo_graph(), "utilization", status="down")
    (150000.0, 0.0)
    """
    numbers = _numbers(values, name, filters, "mean")
    return sum(numbers) / len(numbers) if numbers else None


def median(values: Any, name: Any = None, **filters: Any) -> float | None:
    """Median of numbers or of an attribute: median(G, "byte_weight"); None if none.

    >>> median([5, 1, 3]), median([1, 2, 3, 4]), median(demo_graph(), "speed")
    (3.0, 2.5, 100000.0)
    """
    return _percentile(_numbers(values, name, filters, "median"), 50)


def percentile(values: Any, p: Any, name: Any = None, **filters: Any) -> float | None:
    """The p-th percentile (0-100, linear between ranks) of numbers: percentile(lengths, 90), or percentile(G, "util_pct", 95).

    >>> percentile([1, 2, 3, 4, 5], 90), percentile([10], 50), percentile([], 50)
    (4.6, 10.0, None)
    >>> percentile(demo_graph(), "speed", 100)
    400000.0
    """
    if isinstance(values, nx.Graph):  # percentile(G, "attr", p): the attribute comes before p
        name, p = p, name
    if not _is_number(p) or not 0 <= p <= 100:
        raise ValueError(f"percentile(): p is a number from 0 to 100, got {p!r}")
    return _percentile(_numbers(values, name, filters, "percentile"), p)


def _percentile(numbers: list[float], p: float) -> float | None:
    if not numbers:
        return None
    numbers = sorted(numbers)
    rank = (len(numbers) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(numbers) - 1)
    return numbers[low] + (numbers[high] - numbers[low]) * (rank - low)


# -- mutation --------------------------------------------------------------------------


def add_device(G: nx.MultiGraph, name: str, **attrs: Any) -> str:
    """Add a device with attributes; an existing name is an error: add_device(G, "leaf3", role="leaf", site="ams").

    >>> G = demo_graph(); add_device(G, "leaf3", role="leaf"); G.nodes["leaf3"]["role"]
    'leaf3'
    'leaf'
    """
    if name in G:
        raise ValueError(f"device {name!r} already exists")
    G.add_node(name)
    G.nodes[name].update(attrs)
    return name


def remove_device(G: nx.MultiGraph, name: str) -> None:
    """Remove a device and every link attached to it: remove_device(G, "leaf2").

    >>> G = demo_graph(); remove_device(G, "leaf2"); "leaf2" in G
    False
    """
    name = _device(G, name)
    if name not in G:
        raise ValueError(f"no device named {name!r}")
    G.remove_node(name)


def _interface_in_use(G: nx.MultiGraph, node: str, name: str) -> bool:
    return find_interface(G, node, name) is not None


def add_link(
    G: nx.MultiGraph,
    a: str,
    b: str,
    a_interface: str | None = None,
    b_interface: str | None = None,
    **attrs: Any,
) -> Any:
    """Add a link between two existing devices, with interface names and attributes; returns its key.

    add_link(G, "leaf3", "spine1", "Ethernet49", "Ethernet3", speed=100000, status="up").
    Both devices must exist and the interfaces must be free.

    >>> G = demo_graph(); add_link(G, "leaf2", "border1", "Ethernet52", "et-0/0/9", speed=10000)
    0
    >>> interface(G, "border1", "leaf2")
    'et-0/0/9'
    """
    a, b = _device(G, a), _device(G, b)
    for end in (a, b):
        if end not in G:
            raise ValueError(f"no device named {end!r}; add it first with add_device")
    names = {}
    for end, name in ((a, a_interface), (b, b_interface)):
        if name:
            if _interface_in_use(G, end, name):
                raise ValueError(f"interface {end}:{name} is already in use")
            names[end] = name
    if names:
        attrs[INTERFACES] = names
    key = G.add_edge(a, b)
    G.edges[a, b, key].update(attrs)  # an attribute named "key" stays an attribute
    return key


def remove_links(G: nx.MultiGraph, a: str | None = None, b: str | None = None, **filters: Any) -> int:
    """Remove every link matching endpoints and/or attribute filters; returns how many: remove_links(G, circuit_id="C-1").

    remove_links(G, "leaf1", "spine1") removes all parallel links between
    them; remove_links(G, "leaf1", status="down") the down links at leaf1.

    >>> G = demo_graph(); remove_links(G, "leaf1", "spine1")
    2
    """
    if a is None and b is None and not filters:
        raise ValueError("remove_links needs endpoints or attribute filters")
    if a is not None and b is not None:
        chosen = [e for e in links_between(G, a, b) if _node_ok(e[3], filters)]
    elif a is not None or b is not None:
        chosen = links(G, a if a is not None else b, **filters)
    else:
        chosen = links(G, **filters)
    for u, v, k, _d in chosen:
        G.remove_edge(u, v, k)
    return len(chosen)


def set_attrs(G: nx.MultiGraph, devices: Any, **attrs: Any) -> int:
    """Set attributes on one device or a list of devices; returns how many: set_attrs(G, nodes(G, site="ams"), status="maintenance").

    >>> G = demo_graph(); set_attrs(G, ["leaf1", "leaf2"], os_version="4.30")
    2
    """
    names = [_device(G, name) for name in _as_list(devices)]
    for name in names:
        if name not in G:
            raise ValueError(f"no device named {name!r}")
    for name in names:
        G.nodes[name].update(attrs)
    return len(names)


def set_link_attrs(G: nx.MultiGraph, a: str, b: str, key: Any = None, **attrs: Any) -> int:
    """Set attributes on the links between two devices (all parallel ones unless ``key``); returns how many.

    set_link_attrs(G, "leaf2", "spine2", status="up").

    >>> G = demo_graph(); set_link_attrs(G, "leaf2", "spine2", status="up")
    1
    """
    chosen = [e for e in links_between(G, a, b) if key is None or e[2] == key]
    if not chosen:
        raise ValueError(f"no link between {a!r} and {b!r}")
    for *_e, d in chosen:
        d.update(attrs)
    return len(chosen)


def update_links(G: nx.MultiGraph, chosen: Iterable[Link], **attrs: Any) -> int:
    """Set attributes on a list of links from links(...); returns how many: update_links(G, links(G, circuit_id="C-1"), status="down").

    >>> G = demo_graph(); update_links(G, links(G, "leaf1", peer={"role": "spine"}), status="down")
    3
    """
    count = 0
    for a, b, k, _d in list(chosen):
        if not G.has_edge(a, b, k):
            raise ValueError(f"no link {a!r}--{b!r} with key {k!r}")
        G.edges[a, b, k].update(attrs)
        count += 1
    return count


def rename_device(G: nx.MultiGraph, old: str, new: str) -> str:
    """Rename a device, keeping its attributes, links and interface names: rename_device(G, "leaf2", "ams-leaf2").

    >>> G = demo_graph(); rename_device(G, "leaf2", "leaf9"); interface(G, "leaf9", "spine1")
    'leaf9'
    'Ethernet49'
    """
    old = _device(G, old)
    if old not in G:
        raise ValueError(f"no device named {old!r}")
    if new in G:
        raise ValueError(f"device {new!r} already exists")
    nx.relabel_nodes(G, {old: new}, copy=False)
    for _a, _b, _k, d in links(G, new):
        names = d.get(INTERFACES)
        if isinstance(names, dict) and old in names:
            names[new] = names.pop(old)
    return new


def next_free_interface(G: nx.MultiGraph, node: str, prefix: str | None = None, start: int = 1) -> str:
    """The lowest-numbered unused interface on ``node`` from ``start``, following its naming: next_free_interface(G, "leaf1", start=49).

    >>> next_free_interface(demo_graph(), "spine1")
    'Ethernet4'
    >>> next_free_interface(demo_graph(), "leaf1", start=49)
    'Ethernet52'
    """
    node = _device(G, node)
    used = list(interfaces(G, node))
    if prefix is None:
        # Follow the most common stem among existing names ("Ethernet", "et-0/0/").
        stems = Counter(name.rstrip("0123456789") for name in used)
        prefix = stems.most_common(1)[0][0] if stems else "Ethernet"
    taken = {name.lower() for name in used}
    candidate = max(1, int(start))
    while f"{prefix}{candidate}".lower() in taken:
        candidate += 1
    return f"{prefix}{candidate}"


# -- registry ---------------------------------------------------------------------------


def demo_graph() -> nx.MultiGraph:
    """A five-device fabric used by the examples in this module's docstrings."""
    G = nx.MultiGraph()
    G.add_node("spine1", role="spine", site="ams", vendor="arista", os_version="4.30")
    G.add_node("spine2", role="spine", site="ams", vendor="arista", os_version="4.30")
    G.add_node("leaf1", role="leaf", site="ams", vendor="arista", os_version="4.30", rack="r1")
    G.add_node("leaf2", role="leaf", site="ams", vendor="cisco", os_version="4.28", rack="r2")
    G.add_node("border1", role="border", site="ams", vendor="juniper")

    def link(a, b, ia, ib, **attrs):
        G.add_edge(a, b, interfaces={a: ia, b: ib}, **attrs)

    link("leaf1", "spine1", "Ethernet49", "Ethernet1", speed=100000, status="up", latency_ms=0.1, utilization=0.3)
    link("leaf1", "spine1", "Ethernet50", "Ethernet2", speed=100000, status="up", latency_ms=0.1, utilization=0.2)
    link("leaf1", "spine2", "Ethernet51", "Ethernet1", speed=100000, status="up", latency_ms=0.1, utilization=0.1)
    link("leaf2", "spine1", "Ethernet49", "Ethernet3", speed=100000, status="up", latency_ms=0.1, utilization=0.5)
    link("leaf2", "spine2", "Ethernet50", "Ethernet2", speed=100000, status="down", latency_ms=0.1, utilization=0.0)
    link("spine1", "border1", "Ethernet48", "et-0/0/0", speed=400000, status="up", latency_ms=0.2, utilization=0.9)
    return G


#: The helpers generated programs may call, in the order the prompt lists them.
HELPERS: tuple[Callable[..., Any], ...] = (
    nodes,
    attr,
    neighbors,
    links,
    links_between,
    link_count,
    interface,
    interfaces,
    find_interface,
    path,
    path_length,
    reachable,
    without,
    components,
    single_points_of_failure,
    count_by,
    group_by,
    count_links_by,
    argmax_all,
    argmin_all,
    top,
    table,
    capacity,
    link_speed,
    mean,
    median,
    percentile,
    add_device,
    remove_device,
    rename_device,
    add_link,
    remove_links,
    set_attrs,
    set_link_attrs,
    update_links,
    next_free_interface,
)

MUTATING_HELPERS = frozenset(
    {
        "add_device",
        "remove_device",
        "rename_device",
        "add_link",
        "remove_links",
        "set_attrs",
        "set_link_attrs",
        "update_links",
    }
)


def _read_only_refusal(name: str) -> Callable[..., Any]:
    """A stand-in for a mutating helper in a read-only run: calling it is a ``mutation`` failure."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        from sandbox import refuse_mutation

        refuse_mutation(f"the topology is read-only for a question: {name}() would change it")

    refuse.__name__ = name
    return refuse


def helpers(*, read_only: bool = False) -> dict[str, Callable[..., Any]]:
    """Name -> function for the sandbox namespace; in a read-only run mutators refuse to run.

    The names stay defined so that a question whose program tries a change
    fails as a ``mutation`` (a message the model can act on), not as an
    unknown name.
    """
    table = {f.__name__: f for f in HELPERS}
    if read_only:
        for name in MUTATING_HELPERS:
            table[name] = _read_only_refusal(name)
    return table


def _signature(function: Callable[..., Any]) -> str:
    parts = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            continue  # a forgiving extra form (count_by(G, "vendor", "arista")); the prompt shows the main one
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            parts.append(f"**{parameter.name}")
        elif parameter.default is inspect.Parameter.empty:
            parts.append(parameter.name)
        else:
            parts.append(f"{parameter.name}={parameter.default!r}")
    return f"{function.__name__}({', '.join(parts)})"


def api_reference() -> str:
    """The API reference for the prompt: one line per helper, signature and summary."""
    lines = []
    for function in HELPERS:
        summary = (inspect.getdoc(function) or "").split("\n\n")[0].replace("\n", " ")
        lines.append(f"- {_signature(function)}: {summary}")
    return "\n".join(lines)
