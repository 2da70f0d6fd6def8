"""The native netops YAML format: devices, links with interfaces, invariants.

::

    name: campus                 # any other top-level key is kept as graph metadata
    description: HQ campus
    nodes:
      - name: core1
        role: core
        site: hq
        vendor: arista
    links:
      - endpoints: [core1:Ethernet1, dist1:Ethernet49]
        speed: 100000           # Mb/s
        status: up
      - endpoints: [core1, dist2]   # interfaces are optional
    invariants:                  # optional; checked before a change is applied
      - id: core-redundant
        description: every distribution switch has two core uplinks
        program: |
          result = [n for n in nodes(G, role="distribution") if len(neighbors(G, n, role="core")) < 2]
        expect: empty

An endpoint is ``"device:interface"`` or ``"device"`` or a mapping
``{node: device, interface: name}``. ``nodes`` may also be a mapping from
name to attributes. Errors carry the file and line.
"""

from __future__ import annotations

from typing import Any

import yaml

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief
from netops.topology.formats.invariants import read_invariants
from netops.topology.formats.yaml_lines import LocatedYAML, load_located
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "read", "sniff", "write"]

NAME = "yaml"
EXTENSIONS = (".yaml", ".yml")

_RESERVED = {"nodes", "links", "invariants"}


def sniff(text: str) -> bool:
    """Return True for YAML text with a top-level ``nodes:`` (containerlab's are under ``topology:``)."""
    head = text[:20000]
    return "\nnodes:" in f"\n{head}"


def _parse_endpoint(doc: LocatedYAML, raw: Any, where: tuple[str | int, ...]) -> tuple[str, str | None]:
    if isinstance(raw, str):
        node, sep, interface = raw.partition(":")
        return node.strip(), (interface.strip() or None) if sep else None
    if isinstance(raw, dict) and isinstance(raw.get("node"), str):
        named = raw.get("interface")
        if named is not None and not isinstance(named, str):
            raise doc.error("endpoint 'interface' must be a string", *where)
        return raw["node"], named
    raise doc.error(
        f"endpoint must be 'device:interface' or {{node: ..., interface: ...}}, got {brief(raw)}", *where
    )


def _node_entries(doc: LocatedYAML, raw: Any) -> list[tuple[str, dict[str, Any], tuple[str | int, ...]]]:
    if raw is None:
        return []
    entries: list[tuple[Any, dict[str, Any], tuple[str | int, ...]]] = []
    if isinstance(raw, dict):
        for name, attrs in raw.items():
            where = ("nodes", name)
            if attrs is None:
                attrs = {}
            if not isinstance(attrs, dict):
                raise doc.error(f"attributes of node {brief(name)} must be a mapping", *where)
            entries.append((name, dict(attrs), where))
        return entries
    if not isinstance(raw, list):
        raise doc.error("'nodes' must be a list of devices or a mapping of name to attributes", "nodes")
    for index, item in enumerate(raw):
        where = ("nodes", index)
        if not isinstance(item, dict):
            raise doc.error(f"each node must be a mapping with a 'name', got {brief(item)}", *where)
        attrs = dict(item)
        name = attrs.pop("name", None)
        entries.append((name, attrs, where))
    return entries


def read(text: str, path: str) -> Topology:
    """Parse native YAML into a Topology (errors carry ``path:line``)."""
    doc = load_located(text, path)
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error("a topology file must be a mapping with 'nodes' and 'links'")
    if "nodes" not in data:
        raise doc.error("missing 'nodes' section")
    topology = Topology(name=str(data.get("name") or ""))
    topology.graph.graph.update({k: v for k, v in data.items() if k not in _RESERVED})

    for name, attrs, where in _node_entries(doc, data.get("nodes")):
        if not isinstance(name, str) or not name.strip():
            raise doc.error(f"node name must be a non-empty string, got {brief(name)}", *where)
        if name in topology.graph:
            raise doc.error(f"duplicate node name {brief(name)}", *where)
        topology.graph.add_node(name)
        topology.graph.nodes[name].update(attrs)

    links = data.get("links") or []
    if not isinstance(links, list):
        raise doc.error("'links' must be a list", "links")
    used_ports: dict[tuple[str, str], int] = {}
    for index, item in enumerate(links):
        where = ("links", index)
        if not isinstance(item, dict):
            raise doc.error(f"each link must be a mapping with 'endpoints', got {brief(item)}", *where)
        attrs = dict(item)
        endpoints = attrs.pop("endpoints", None)
        if not isinstance(endpoints, list) or len(endpoints) != 2:
            raise doc.error("a link needs 'endpoints' with exactly two entries", *where)
        ends = [_parse_endpoint(doc, raw, (*where, "endpoints", i)) for i, raw in enumerate(endpoints)]
        interfaces: dict[str, str] = {}
        for i, (node, interface) in enumerate(ends):
            if node not in topology.graph:
                raise doc.error(f"link endpoint {brief(node)} is not a defined node", *where, "endpoints", i)
            if interface is not None:
                port = (node, interface)
                if port in used_ports:
                    raise doc.error(
                        f"interface {node}:{interface} is already used by the link on line {used_ports[port]}",
                        *where,
                    )
                used_ports[port] = doc.line_of(*where) or 0
                interfaces[node] = interface
        (a, _), (b, _) = ends
        if a == b and interfaces:
            raise doc.error("a self-loop link cannot name interfaces", *where)
        if INTERFACES in attrs:
            raise doc.error("'interfaces' is reserved; give interfaces in 'endpoints'", *where)
        if interfaces:
            attrs[INTERFACES] = interfaces
        key = topology.graph.add_edge(a, b)
        topology.graph.edges[a, b, key].update(attrs)

    invariants = read_invariants(data.get("invariants") or [], doc)
    topology.invariants = invariants
    return topology


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe dumper that writes multi-line strings as literal blocks and endpoints inline."""


class _Inline(list):
    """A list written in flow style: ``endpoints: [a:eth1, b:eth1]``."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:
        # Literal blocks cannot carry trailing spaces on a line; fall back to quotes then.
        style = "|" if not any(line != line.rstrip() for line in value.splitlines()) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_inline(dumper: yaml.SafeDumper, value: list) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Inline, _represent_inline)


def _endpoint_text(node: str, interface: str | None) -> Any:
    # The "device:interface" text form splits at the first ':' and strips
    # blanks; use the mapping form whenever that would not give back the same.
    plain = ":" not in node and node == node.strip()
    if interface is None:
        return node if plain else {"node": node}
    if plain and interface and interface == interface.strip():
        return f"{node}:{interface}"
    return {"node": node, "interface": interface}


def write(topology: Topology) -> str:
    """Serialize a Topology as native YAML (lossless for YAML-representable values)."""
    document: dict[str, Any] = {}
    document.update(topology.graph.graph)
    if "name" not in document and topology.name:
        document["name"] = topology.name
    nodes = []
    for name, attrs in topology.devices():
        nodes.append({"name": name, **attrs})
    document["nodes"] = nodes
    links = []
    for a, b, _key, attrs in topology.links():
        names = attrs.get(INTERFACES) or {}
        entry: dict[str, Any] = {
            "endpoints": _Inline([_endpoint_text(a, names.get(a)), _endpoint_text(b, names.get(b))])
        }
        entry.update({k: v for k, v in attrs.items() if k != INTERFACES})
        links.append(entry)
    document["links"] = links
    if topology.invariants:
        document["invariants"] = topology.invariants
    try:
        return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    except RecursionError:  # the dumper recurses; JSON input may nest values ~1,000 deep
        raise TopologyFormatError("cannot write YAML: attribute values nested too deeply") from None
