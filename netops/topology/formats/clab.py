"""containerlab topology files (``*.clab.yml``): nodes, links and inheritance.

::

    name: dc1                          # top-level keys become graph attributes
    mgmt: {network: clab-mgmt, ipv4-subnet: 172.20.20.0/24}
    topology:
      defaults:
        kind: nokia_srlinux
        labels: {site: ams}
      kinds:
        nokia_srlinux: {image: ghcr.io/nokia/srlinux:24.10, type: ixrd3}
      groups:
        spines: {labels: {role: spine}}
      nodes:
        spine1: {group: spines, mgmt-ipv4: 172.20.20.11}
        leaf1:
          labels: {role: leaf, rack: r1, graph-icon: switch}
          mgmt-ipv4: 172.20.20.21
      links:
        - endpoints: ["spine1:e1-1", "leaf1:e1-49"]          # brief form
          mtu: 9000
        - type: veth                                          # extended form
          endpoints:
            - {node: spine1, interface: e1-2, mac: "02:00:00:00:01:02"}
            - {node: leaf1, interface: e1-50}
          vars: {cost: 10}
        - endpoints: ["leaf1:e1-10", "host:leaf1-e1-10"]     # not device-to-device

Reading
    A node's attributes are its *resolved* configuration, as containerlab
    resolves it: ``topology.defaults`` < ``topology.kinds.<kind>`` <
    ``topology.groups.<group>`` < the node's own keys (the node wins), where
    the group is the node's ``group`` or ``defaults.group`` and the kind the
    node's ``kind``, else its group's, else ``defaults.kind``. ``labels`` and
    ``env`` merge key by key across the levels; every other key is taken
    whole from the most specific level that sets it (containerlab merges
    ``binds``/``env-files``/``devices`` lists; here they are taken whole).
    Inherited values are copied per node, so changing one node never changes
    another.

Labels
    The labels ``role``, ``site``, ``vendor``, ``platform``, ``rack``,
    ``pod``, ``region`` and ``tier`` (:data:`LIFTED_LABELS`) become plain node
    attributes -- ``G.nodes["leaf1"]["role"] == "leaf"`` as in every other
    format -- and are removed from the node's ``labels`` mapping, so each
    value lives in exactly one place. All other labels stay in the ``labels``
    attribute (omitted when empty). A file that sets one of those names both
    as a label and as a node key is refused.

Links
    Device-to-device links become graph links: ``interfaces`` from the
    endpoints, every other key (``mtu``, ``vars``, ``labels``, ``type``, ...)
    as a link attribute, and per-endpoint extras of the extended form (``mac``,
    ...) under ``endpoint_options`` = ``{node: {"mac": ...}}``. An endpoint
    without an interface (``"r1"``) is accepted so that any topology can be
    written and read back; containerlab itself needs interfaces. Links
    netops cannot model -- brief links to ``host``/``mgmt-net``/``macvlan``,
    extended links with a single ``endpoint`` (``mgmt-net``, ``macvlan``,
    ``host``, ``vxlan``, ``vxlan-stitch``, ``dummy``), and loops joining two
    interfaces of one node -- are checked (nodes exist, interfaces unused)
    and kept verbatim. Any other ``type`` with two ``endpoints`` is a link
    whose ``type`` attribute is kept.

Round trip
    The ``topology`` section minus its nodes and modelled links (that is:
    ``defaults``, ``kinds``, ``groups``, any other key, and the verbatim
    links under ``links``) is stored as the graph attribute ``topology``.
    The writer writes that back and, for each node, only the keys and
    labels whose value differs from what inheritance gives, so a node is
    written with its own values and inherited ones stay inherited. Removing
    an inherited value from a node cannot be expressed in containerlab and
    is a ``TopologyFormatError`` on writing. Lifted attributes with scalar
    values are written as labels (which also makes ``role``/``site`` of a
    topology converted from another format valid containerlab labels);
    every other attribute is written as a node key. Links with a ``type``
    or ``endpoint_options`` use the extended form, the rest the brief form.
    ``name`` is written from the graph attribute, else the topology's name.
    Empty ``labels``/``env`` mappings are not kept.
"""

from __future__ import annotations

import copy
import json
import math
import re
from typing import Any

import yaml

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief
from netops.topology.formats.yaml_lines import LocatedYAML, load_located
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "LIFTED_LABELS", "NAME", "read", "sniff", "write"]

NAME = "clab"
EXTENSIONS = (".clab.yml", ".clab.yaml")

#: Labels exposed as node attributes (and written back as labels).
LIFTED_LABELS = ("role", "site", "vendor", "platform", "rack", "pod", "region", "tier")
#: Node keys merged key by key across defaults, kind, group and node.
MERGED_KEYS = ("labels", "env")
#: Endpoint names that are not nodes unless a node is so named.
SPECIAL_ENDPOINTS = ("host", "mgmt-net", "macvlan")
OPTIONS = "endpoint_options"

_MISSING = object()


def sniff(text: str) -> bool:
    """Return True for YAML with a top-level ``topology:`` holding ``nodes``/``links``/``kinds``."""
    head = text[:20000]
    return (
        re.search(r"(?m)^topology:[ \t]*(#.*)?$", head) is not None
        and re.search(r"(?m)^[ \t]+(nodes|links|kinds|defaults|groups):", head) is not None
    )


def _same(left: Any, right: Any) -> bool:
    if left is _MISSING or right is _MISSING:
        return left is right
    if type(left) is not type(right):
        return False
    if isinstance(left, (dict, list)):
        return json.dumps(left, sort_keys=True, default=repr) == json.dumps(right, sort_keys=True, default=repr)
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    return bool(left == right)


def _is_scalar(value: Any) -> bool:
    return type(value) in (str, int, float, bool)


class _Levels:
    """The ``defaults``/``kinds``/``groups`` of a file, validated."""

    def __init__(self, section: dict[str, Any], doc: LocatedYAML | None) -> None:
        def fail(problem: str, *keys: str) -> TopologyFormatError:
            if doc is None:
                return TopologyFormatError(f"cannot write containerlab: graph attribute 'topology': {problem}")
            return doc.error(problem, "topology", *keys)

        defaults = section.get("defaults") or {}
        if not isinstance(defaults, dict):
            raise fail("'defaults' must be a mapping", "defaults")
        self._check_level(defaults, fail, "defaults")
        self.defaults = defaults
        tables = {}
        for table in ("kinds", "groups"):
            raw = section.get(table) or {}
            if not isinstance(raw, dict):
                raise fail(f"'{table}' must be a mapping of name to settings", table)
            clean = {}
            for name, entry in raw.items():
                entry = {} if entry is None else entry
                if not isinstance(entry, dict):
                    raise fail(f"{table}.{name} must be a mapping", table, name)
                forbidden = "kind" if table == "kinds" else "group"
                if forbidden in entry:
                    raise fail(f"{table}.{name} must not set '{forbidden}'", table, name, forbidden)
                self._check_level(entry, fail, table, name)
                clean[name] = entry
            tables[table] = clean
        self.kinds = tables["kinds"]
        self.groups = tables["groups"]

    @staticmethod
    def _check_level(level: dict[str, Any], fail: Any, *keys: str) -> None:
        for key in MERGED_KEYS:
            if key in level and level[key] is not None and not isinstance(level[key], dict):
                raise fail(f"'{key}' must be a mapping", *keys, key)

    def inherited(self, kind: Any, group: Any) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """Return (fields, merged maps) a node of ``kind`` in ``group`` inherits."""
        group_def = self.groups.get(group) if isinstance(group, str) else None
        kind_def = self.kinds.get(kind) if isinstance(kind, str) else None
        fields: dict[str, Any] = {}
        maps: dict[str, dict[str, Any]] = {key: {} for key in MERGED_KEYS}
        for level in (self.defaults, kind_def, group_def):
            if level:
                _apply(level, fields, maps)
        return fields, maps

    def resolve_kind_group(self, own: dict[str, Any]) -> tuple[Any, Any]:
        group = own["group"] if "group" in own else self.defaults.get("group")
        group_def = self.groups.get(group) if isinstance(group, str) else None
        if "kind" in own:
            kind = own["kind"]
        elif group_def and "kind" in group_def:
            kind = group_def["kind"]
        else:
            kind = self.defaults.get("kind")
        return kind, group


def _apply(
    level: dict[str, Any], fields: dict[str, Any], maps: dict[str, dict[str, Any]], *, shared: bool = True
) -> None:
    """Lay one level over ``fields``/``maps``; values of ``shared`` levels are copied."""
    for key, value in level.items():
        if shared and isinstance(value, (dict, list)):
            value = copy.deepcopy(value)
        if key in maps:
            if value:
                maps[key].update(value)
        else:
            fields[key] = value


def _parse_endpoint(doc: LocatedYAML, raw: Any, where: tuple[Any, ...]) -> tuple[str, str | None, dict[str, Any]]:
    if isinstance(raw, str):
        node, sep, interface = raw.partition(":")
        return node, (interface or None) if sep else None, {}
    if isinstance(raw, dict):
        extras = dict(raw)
        node = extras.pop("node", None)
        interface = extras.pop("interface", None)
        if not isinstance(node, str) or not node:
            raise doc.error("endpoint needs a 'node' name", *where)
        if interface is not None and not isinstance(interface, str):
            raise doc.error("endpoint 'interface' must be a string", *where)
        return node, interface or None, extras
    raise doc.error(f"endpoint must be 'node:interface' or {{node: ..., interface: ...}}, got {brief(raw)}", *where)


class _Ports:
    """Interface use across all links, for the duplicate check."""

    def __init__(self, doc: LocatedYAML) -> None:
        self.doc = doc
        self.used: dict[tuple[str, str], int] = {}

    def claim(self, node: str, interface: str | None, index: int, where: tuple[Any, ...]) -> None:
        if interface is None:
            return
        port = (node, interface)
        if port in self.used:
            first = self.doc.line_of("topology", "links", self.used[port])
            raise self.doc.error(f"interface {node}:{interface} is already used by the link on line {first}", *where)
        self.used[port] = index


def read(text: str, path: str) -> Topology:
    """Parse a containerlab topology into a Topology (errors carry ``path:line``)."""
    doc = load_located(text, path)
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error("a containerlab file must be a mapping with 'name' and 'topology'")
    section = data.get("topology")
    if not isinstance(section, dict):
        raise doc.error("missing 'topology' mapping" if section is None else "'topology' must be a mapping", "topology")
    levels = _Levels(section, doc)
    topology = Topology(name=str(data.get("name") or ""))
    graph = topology.graph
    graph.graph.update({k: v for k, v in data.items() if k != "topology"})

    nodes = section.get("nodes")
    if nodes is None:
        nodes = {}
    if not isinstance(nodes, dict):
        raise doc.error("'nodes' must be a mapping of node name to settings", "topology", "nodes")
    for name, own in nodes.items():
        where = ("topology", "nodes", name)
        if not isinstance(name, str) or not name:
            raise doc.error(f"node name must be a non-empty string, got {brief(name)}", *where)
        own = {} if own is None else own
        if not isinstance(own, dict):
            raise doc.error(f"settings of node {brief(name)} must be a mapping", *where)
        _Levels._check_level(own, lambda problem, *keys, at=where: doc.error(problem, *at, *keys))
        kind, group = levels.resolve_kind_group(own)
        fields, maps = levels.inherited(kind, group)
        _apply(own, fields, maps, shared=False)
        labels = maps["labels"]
        for key in LIFTED_LABELS:
            if key in labels:
                if key in fields:
                    at = (*where, "labels", key) if key in (own.get("labels") or {}) else (*where, key)
                    raise doc.error(f"node {brief(name)} sets {brief(key)} both as a label and as a node key", *at)
                fields[key] = labels.pop(key)
        if labels:
            fields["labels"] = labels
        if maps["env"]:
            fields["env"] = maps["env"]
        graph.add_node(name)
        graph.nodes[name].update(fields)

    links = section.get("links")
    if links is None:
        links = []
    if not isinstance(links, list):
        raise doc.error("'links' must be a list", "topology", "links")
    ports = _Ports(doc)
    verbatim: list[Any] = []
    for index, item in enumerate(links):
        where = ("topology", "links", index)
        if not isinstance(item, dict):
            raise doc.error(f"each link must be a mapping with 'endpoints', got {brief(item)}", *where)
        if "endpoint" in item:  # mgmt-net, macvlan, host, vxlan, vxlan-stitch, dummy
            _check_other_link(doc, item, graph, ports, index, where)
            verbatim.append(item)
            continue
        endpoints = item.get("endpoints")
        if not isinstance(endpoints, list) or len(endpoints) != 2:
            raise doc.error("a link needs 'endpoints' with exactly two entries", *where)
        ends = [_parse_endpoint(doc, raw, (*where, "endpoints", i)) for i, raw in enumerate(endpoints)]
        special = [n for n, _, _ in ends if n not in graph and n in SPECIAL_ENDPOINTS]
        for i, (node, _iface, _x) in enumerate(ends):
            if node not in graph and node not in SPECIAL_ENDPOINTS:
                raise doc.error(f"link endpoint {brief(node)} is not a defined node", *where, "endpoints", i)
        (a, ia, xa), (b, ib, xb) = ends
        loop = a == b and ia is not None and ib is not None
        for i, (node, iface, _x) in enumerate(ends):
            if node in graph:
                ports.claim(node, iface, index, (*where, "endpoints", i))
        if special or loop:
            verbatim.append(item)
            continue
        for reserved in (INTERFACES, OPTIONS):
            if reserved in item:
                raise doc.error(f"'{reserved}' is reserved; give it in 'endpoints'", *where, reserved)
        attrs = {k: v for k, v in item.items() if k != "endpoints"}
        interfaces = {node: iface for node, iface in ((a, ia), (b, ib)) if iface is not None}
        if interfaces:
            attrs[INTERFACES] = interfaces
        options = {node: extras for node, extras in ((a, xa), (b, xb)) if extras}
        if options:
            attrs[OPTIONS] = options
        key = graph.add_edge(a, b)
        graph.edges[a, b, key].update(attrs)

    stash = {k: v for k, v in section.items() if k not in ("nodes", "links")}
    if verbatim:
        stash["links"] = verbatim
    if stash:
        graph.graph["topology"] = stash
    return topology


def _check_other_link(
    doc: LocatedYAML, item: dict[str, Any], graph: Any, ports: _Ports, index: int, where: tuple[Any, ...]
) -> None:
    """Validate a link kept verbatim: its nodes exist and its interfaces are free."""
    raw_ends: list[tuple[Any, tuple[Any, ...]]] = []
    if "endpoint" in item:
        raw_ends.append((item["endpoint"], (*where, "endpoint")))
    if isinstance(item.get("endpoints"), list):
        raw_ends.extend((raw, (*where, "endpoints", i)) for i, raw in enumerate(item["endpoints"]))
    if not raw_ends:
        raise doc.error(f"a {item.get('type')!r} link needs an 'endpoint'", *where)
    for raw, at in raw_ends:
        node, iface, _ = _parse_endpoint(doc, raw, at)
        if node in graph:
            ports.claim(node, iface, index, at)
        elif node not in SPECIAL_ENDPOINTS:
            raise doc.error(f"link endpoint {brief(node)} is not a defined node", *at)


# -- writing --------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


class _Flow(list):  # type: ignore[type-arg]
    """A list written in flow style: ``endpoints: ["r1:eth1", "r2:eth1"]``."""


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)


def _node_entry(node: str, attrs: dict[str, Any], levels: _Levels) -> dict[str, Any]:
    """The node's own settings: what differs from what it inherits."""
    def fail(problem: str) -> TopologyFormatError:
        return TopologyFormatError(f"cannot write containerlab node {node!r}: {problem}")

    base_fields, base_maps = levels.inherited(attrs.get("kind"), attrs.get("group"))
    full_maps: dict[str, dict[str, Any]] = {}
    for key in MERGED_KEYS:
        value = attrs.get(key, {})
        if not isinstance(value, dict):
            raise fail(f"attribute {key!r} must be a mapping")
        full_maps[key] = dict(value)
    fields: dict[str, Any] = {}
    for key, value in attrs.items():
        if key in MERGED_KEYS:
            continue
        if key in LIFTED_LABELS and _is_scalar(value) and key not in base_fields:
            if key in full_maps["labels"]:
                raise fail(f"{key!r} is both an attribute and a label")
            full_maps["labels"][key] = value
        else:
            fields[key] = value
    entry: dict[str, Any] = {}
    for key, value in fields.items():
        if not _same(base_fields.get(key, _MISSING), value):
            entry[key] = value
    for key in base_fields:
        if key not in fields:
            raise fail(f"inherited setting {key!r} cannot be removed in a containerlab file")
    for map_key in MERGED_KEYS:
        own = {}
        for key, value in full_maps[map_key].items():
            if not _same(base_maps[map_key].get(key, _MISSING), value):
                own[key] = value
        for key in base_maps[map_key]:
            if key not in full_maps[map_key]:
                raise fail(f"inherited {map_key[:-1] if map_key == 'labels' else map_key} {key!r} cannot be removed")
        if own:
            entry[map_key] = own
    return entry


def _link_entry(a: str, b: str, attrs: dict[str, Any]) -> dict[str, Any]:
    what = f"cannot write containerlab link {a}--{b}"
    if "endpoints" in attrs:
        raise TopologyFormatError(f"{what}: attribute 'endpoints' is reserved")
    interfaces = attrs.get(INTERFACES) or {}
    options = attrs.get(OPTIONS) or {}
    if not isinstance(interfaces, dict) or not isinstance(options, dict):
        raise TopologyFormatError(f"{what}: '{INTERFACES}' and '{OPTIONS}' must be mappings")
    for node, extras in options.items():
        if node not in (a, b) or not isinstance(extras, dict) or {"node", "interface"} & set(extras):
            raise TopologyFormatError(f"{what}: '{OPTIONS}' must map its nodes to extra endpoint settings")
    rest = {k: v for k, v in attrs.items() if k not in (INTERFACES, OPTIONS)}
    ends = [(a, interfaces.get(a)), (b, interfaces.get(b))]
    for _node, iface in ends:
        if iface is not None and not isinstance(iface, str):
            raise TopologyFormatError(f"{what}: interface names must be strings")
    if a == b:
        ends[1] = (b, None)
    extended = "type" in rest or bool(options) or ":" in a or ":" in b
    entry: dict[str, Any] = {}
    if extended:
        if "type" in rest:
            entry["type"] = rest.pop("type")
        endpoints = []
        for node, iface in ends:
            endpoint: dict[str, Any] = {"node": node}
            if iface:
                endpoint["interface"] = iface
            endpoint.update(options.get(node, {}))
            endpoints.append(endpoint)
        entry["endpoints"] = endpoints
    else:
        entry["endpoints"] = _Flow(f"{node}:{iface}" if iface else node for node, iface in ends)
    entry.update(rest)
    return entry


def write(topology: Topology) -> str:
    """Serialize a Topology as a containerlab file (see the module docstring)."""
    graph = topology.graph
    section = graph.graph.get("topology", {})
    if not isinstance(section, dict):
        raise TopologyFormatError("cannot write containerlab: graph attribute 'topology' must be a mapping")
    levels = _Levels(section, None)
    verbatim = section.get("links") or []
    if not isinstance(verbatim, list):
        raise TopologyFormatError("cannot write containerlab: graph attribute 'topology' links must be a list")

    document: dict[str, Any] = {"name": graph.graph.get("name", topology.name)}
    document.update({k: v for k, v in graph.graph.items() if k not in ("name", "topology")})
    body = {k: v for k, v in section.items() if k not in ("nodes", "links")}
    nodes: dict[str, Any] = {}
    for node, attrs in graph.nodes(data=True):
        if not isinstance(node, str):
            raise TopologyFormatError(f"cannot write node {node!r}: node names must be strings")
        nodes[node] = _node_entry(node, attrs, levels)
    body["nodes"] = nodes
    links = [_link_entry(a, b, attrs) for a, b, attrs in graph.edges(data=True)]
    links.extend(verbatim)
    if links:
        body["links"] = links
    document["topology"] = body
    try:
        return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    except yaml.YAMLError as exc:
        raise TopologyFormatError(f"cannot write containerlab: {exc}") from None
    except RecursionError:  # the dumper recurses; JSON input may nest values ~1,000 deep
        raise TopologyFormatError("cannot write containerlab: attribute values nested too deeply") from None
