"""GraphML: the XML graph format of yEd, Gephi, networkx and the Internet Topology Zoo.

::

    <?xml version="1.0" encoding="utf-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="netops" for="graph" attr.name="netops.encoding" attr.type="string"/>
      <key id="g0" for="graph" attr.name="name" attr.type="string"/>
      <key id="n0" for="node" attr.name="role" attr.type="string"/>
      <key id="n1" for="node" attr.name="Latitude" attr.type="double"/>
      <key id="e0" for="edge" attr.name="interfaces" attr.type="string"/>
      <key id="e1" for="edge" attr.name="speed" attr.type="long"/>
      <graph id="G" edgedefault="undirected">
        <data key="netops">{"version": 1, "ids": "name", "json": ["e0"]}</data>
        <data key="g0">lab</data>
        <node id="r1"><data key="n0">router</data><data key="n1">52.37</data></node>
        <node id="r2"><data key="n0">router</data></node>
        <edge source="r1" target="r2"><data key="e0">{"r1": "eth1", "r2": "eth1"}</data><data key="e1">10000</data></edge>
      </graph>
    </graphml>

Reading (any GraphML)
    One ``<graph>`` per file. Typed ``<data>`` values follow their key's
    ``attr.type`` (boolean, int, long, float, double, string, and the
    non-standard ``integer`` some Topology Zoo files use) and ``<default>``
    values apply to elements without the data. Each ``<edge>`` is one link, so
    duplicate edges are parallel links; ``edgedefault="directed"`` is read as
    undirected (netops links have no direction). Nested graphs, hyperedges and
    ports are refused; yEd graphics data keeps only its label text. DOCTYPE
    and entity declarations are refused (no entity expansion attacks).

Node names (files netops did not write)
    A node is named by its ``label`` data (Topology Zoo style) when that label
    is a non-empty string no other node has; the ``label`` attribute is then
    dropped (it *is* the name). Other nodes are named by their XML id, or
    ``"<label>#<id>"`` when their label is shared; they keep their ``label``
    and get an ``id`` attribute with the XML id, so nothing is lost. Names are
    made unique by further ``#2``, ``#3`` suffixes if needed. Zoo attributes
    (``LinkSpeedRaw``, ``LinkLabel``, ``Internal``, ``Latitude``,
    ``Longitude``, ...) are kept as they are, with their declared types.

Writing, and the round-trip encoding
    Node ids are node names. One key per (domain, attribute name); its type
    is the GraphML type every value of that attribute shares (``boolean``,
    ``long`` for 64-bit ints, ``double``, ``string``). Values GraphML cannot
    carry natively -- dicts such as ``interfaces``, lists, ``None``, ints
    beyond 64 bits, attributes whose values mix types, strings with
    characters XML 1.0 forbids -- are JSON-encoded into a ``string`` key, and
    that key's id is listed in the marker: a graph ``<data>`` under the fixed
    key id ``netops`` holding ``{"version": 1, "ids": ..., "json": [...],
    "names": [...]}``. ``names`` lists keys whose ``attr.name`` is itself
    JSON (attribute names with forbidden characters); ``ids`` is ``"json"``
    when node ids are JSON-encoded names for the same reason, else ``"name"``.
    The marker is consumed on reading (it never becomes a graph attribute),
    and its presence means "ids are names": no label heuristics. Dates are
    written as ISO strings (see ``node_link``). Edge keys are not written.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any
from xml.parsers import expat

import networkx as nx

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief, int_too_long
from netops.topology.formats.node_link import (
    claim_interfaces,
    encode_json,
    graph_attributes,
)
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "read", "sniff", "write"]

NAME = "graphml"
EXTENSIONS = (".graphml",)

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
MARKER_KEY = "netops"
MARKER_NAME = "netops.encoding"

#: ``integer`` is not in the GraphML schema, but Topology Zoo files (Psnc, Uninett) use it
#: and networkx reads it as ``int``; so do we.
_INT_TYPES = {"int", "long", "integer"}
_TYPES = {"boolean", "float", "double", "string"} | _INT_TYPES
_DOMAINS = ("graph", "node", "edge")
# Characters XML 1.0 cannot hold, even as character references.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def sniff(text: str) -> bool:
    """Return True for XML whose root element is ``<graphml>``."""
    head = text[:4000].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    return re.search(r"<(?:\w+:)?graphml[\s>]", head) is not None


# -- parsing --------------------------------------------------------------------


class _Element:
    __slots__ = ("attrs", "children", "line", "ns", "tag", "text")

    def __init__(self, tag: str, ns: str, attrs: dict[str, str], line: int) -> None:
        self.tag = tag
        self.ns = ns
        self.attrs = attrs
        self.line = line
        self.children: list[_Element] = []
        self.text: list[str] = []

    def content(self) -> str:
        return "".join(self.text)


class _Refused(Exception):
    pass


def _parse_xml(text: str, path: str) -> _Element:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    root_holder: list[_Element] = []
    stack: list[_Element] = []
    in_data = [0]  # depth of <data>/<default> elements we are inside

    def start(name: str, attrs: dict[str, str]) -> None:
        ns, _, tag = name.rpartition(" ")
        element = _Element(tag, ns, attrs, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(element)
        else:
            root_holder.append(element)
        stack.append(element)
        if tag in ("data", "default") or in_data[0]:
            in_data[0] += 1

    def end(name: str) -> None:
        stack.pop()
        if in_data[0]:
            in_data[0] -= 1

    def chars(data: str) -> None:
        if in_data[0]:
            stack[-1].text.append(data)

    def refuse_doctype(*args: Any) -> None:
        raise _Refused("DOCTYPE declarations are not allowed in topology files")

    def refuse_entity(*args: Any) -> None:
        raise _Refused("entity declarations are not allowed in topology files")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        problem = expat.errors.messages.get(exc.code, str(exc)) if hasattr(exc, "code") else str(exc)
        raise TopologyFormatError(f"invalid XML: {problem}", path=path, line=exc.lineno) from None
    except _Refused as exc:
        raise TopologyFormatError(str(exc), path=path, line=parser.CurrentLineNumber) from None
    except RecursionError:
        raise TopologyFormatError("invalid XML: nested too deeply", path=path) from None
    if not root_holder:
        raise TopologyFormatError("empty document", path=path, line=1)
    return root_holder[0]


class _Key:
    __slots__ = ("default", "domain", "id", "json", "line", "name", "type")

    def __init__(self, id: str, domain: str, name: str, type: str, line: int) -> None:
        self.id = id
        self.domain = domain
        self.name = name
        self.type = type
        self.default: Any = None
        self.line = line
        self.json = False


def _is_graphml(element: _Element) -> bool:
    return element.ns in ("", GRAPHML_NS)


def _convert(key: _Key, raw: str, path: str, line: int) -> Any:
    if key.json:
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise TopologyFormatError(
                f"value of {brief(key.name)} is not valid JSON (key {brief(key.id)} is marked JSON-encoded)",
                path=path,
                line=line,
            ) from None
    if key.type == "string":
        return raw
    value = raw.strip()
    try:
        if key.type == "boolean":
            lowered = value.lower()
            if lowered in ("true", "1"):
                return True
            if lowered in ("false", "0"):
                return False
            raise ValueError
        if key.type in _INT_TYPES:
            if int_too_long(value):
                raise TopologyFormatError(
                    f"value of {brief(key.name)} has {len(value):,} characters, too long for an integer "
                    f"(at most {sys.get_int_max_str_digits():,} digits are read)",
                    path=path,
                    line=line,
                )
            return int(value)
        return float(value)
    except ValueError:
        raise TopologyFormatError(
            f"value {brief(raw)} of {brief(key.name)} is not a valid {key.type}", path=path, line=line
        ) from None


def _data_value(element: _Element) -> str:
    if not element.children:
        return element.content()
    # yEd graphics: keep the label text, drop the drawing.
    stack = list(element.children)
    while stack:
        child = stack.pop(0)
        if child.tag.endswith("Label"):
            return child.content().strip()
        stack[0:0] = child.children
    return ""


def _read_keys(root: _Element, path: str) -> dict[str, _Key]:
    keys: dict[str, _Key] = {}
    for element in root.children:
        if element.tag != "key" or not _is_graphml(element):
            continue
        key_id = element.attrs.get("id")
        if not key_id:
            raise TopologyFormatError("<key> without an 'id'", path=path, line=element.line)
        if key_id in keys:
            raise TopologyFormatError(f"duplicate key id {brief(key_id)}", path=path, line=element.line)
        domain = element.attrs.get("for", "all")
        type_ = element.attrs.get("attr.type", "string")
        if type_ not in _TYPES:
            raise TopologyFormatError(
                f"key {brief(key_id)} has unknown attr.type {brief(type_)}", path=path, line=element.line
            )
        key = _Key(key_id, domain, element.attrs.get("attr.name", key_id), type_, element.line)
        for child in element.children:
            if child.tag == "default" and _is_graphml(child):
                key.default = _convert(key, child.content(), path, child.line)
        keys[key_id] = key
    return keys


def _read_marker(keys: dict[str, _Key], graph_el: _Element, path: str) -> dict[str, Any] | None:
    key = keys.get(MARKER_KEY)
    if key is None or key.name != MARKER_NAME or key.domain != "graph":
        return None
    for child in graph_el.children:
        if child.tag == "data" and child.attrs.get("key") == MARKER_KEY:
            try:
                marker = json.loads(child.content())
            except (ValueError, RecursionError):
                raise TopologyFormatError("netops marker is not valid JSON", path=path, line=child.line) from None
            ok = (
                isinstance(marker, dict)
                and marker.get("version") == 1
                and marker.get("ids", "name") in ("name", "json")
                and all(
                    isinstance(marker.get(field, []), list)
                    and all(isinstance(k, str) for k in marker.get(field, []))
                    for field in ("json", "names")
                )
            )
            if not ok:
                raise TopologyFormatError(
                    "netops marker must be {'version': 1, 'ids': 'name'|'json', 'json': [...], 'names': [...]}",
                    path=path,
                    line=child.line,
                )
            for key_id in marker.get("json", []) + marker.get("names", []):
                if key_id not in keys:
                    raise TopologyFormatError(
                        f"netops marker names undeclared key {brief(key_id)}", path=path, line=child.line
                    )
            for key_id in marker.get("names", []):
                try:
                    name = json.loads(keys[key_id].name)
                except ValueError:
                    name = None
                if not isinstance(name, str):
                    raise TopologyFormatError(
                        f"key {brief(key_id)} attr.name is not a JSON string", path=path, line=keys[key_id].line
                    )
                keys[key_id].name = name
            for key_id in marker.get("json", []):
                keys[key_id].json = True
            return marker
    return None


def _attributes(
    element: _Element, domain: str, keys: dict[str, _Key], defaults: list[_Key], path: str
) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    seen: set[str] = set()
    for child in element.children:
        if child.tag != "data" or not _is_graphml(child):
            continue
        key_id = child.attrs.get("key")
        key = keys.get(key_id or "")
        if key is None:
            raise TopologyFormatError(f"<data> refers to undeclared key {brief(key_id)}", path=path, line=child.line)
        if key.domain not in (domain, "all"):
            raise TopologyFormatError(
                f"key {brief(key_id)} is declared for {key.domain}, used on a {domain}", path=path, line=child.line
            )
        if key_id == MARKER_KEY and key.name == MARKER_NAME:
            continue
        if key_id in seen:
            raise TopologyFormatError(f"data for key {brief(key_id)} given twice", path=path, line=child.line)
        seen.add(key_id)  # type: ignore[arg-type]
        if key.name in attrs:
            raise TopologyFormatError(
                f"attribute {brief(key.name)} given twice (two keys share the name)", path=path, line=child.line
            )
        attrs[key.name] = _convert(key, _data_value(child), path, child.line)
    for key in defaults:
        if key.name not in attrs:
            attrs[key.name] = key.default
    return attrs


def _name_nodes(nodes: list[tuple[str, dict[str, Any], Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Name nodes of a file netops did not write (see the module docstring).

    ``nodes`` holds ``(id as text, attributes, original id)``; the result
    holds ``(unique name, attributes)`` in the same order.
    """
    counts: dict[str, int] = {}
    for _ident, attrs, _orig in nodes:
        label = attrs.get("label")
        if isinstance(label, str) and label:
            counts[label] = counts.get(label, 0) + 1
    taken = {label for label, count in counts.items() if count == 1}
    result = []
    for ident, attrs, original in nodes:
        label = attrs.get("label")
        if isinstance(label, str) and label and counts[label] == 1:
            del attrs["label"]
            result.append((label, attrs))
            continue
        base = f"{label}#{ident}" if isinstance(label, str) and label else ident
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}#{n}"
        taken.add(name)
        if name != ident or isinstance(label, str) and label:
            attrs.setdefault("id", original)
        result.append((name, attrs))
    return result


def read(text: str, path: str) -> Topology:
    """Parse GraphML into a Topology (errors carry ``path:line``)."""
    root = _parse_xml(text, path)
    if root.tag != "graphml":
        raise TopologyFormatError(
            f"not a GraphML document (root element is <{root.tag}>)", path=path, line=root.line
        )
    keys = _read_keys(root, path)
    graphs = [c for c in root.children if c.tag == "graph" and _is_graphml(c)]
    if not graphs:
        raise TopologyFormatError("no <graph> element", path=path, line=root.line)
    if len(graphs) > 1:
        raise TopologyFormatError(
            f"the file holds {len(graphs)} graphs; netops reads one", path=path, line=graphs[1].line
        )
    graph_el = graphs[0]
    marker = _read_marker(keys, graph_el, path)
    defaults = {
        domain: [k for k in keys.values() if k.domain in (domain, "all") and k.default is not None]
        for domain in _DOMAINS
    }

    graph_attrs = _attributes(graph_el, "graph", keys, defaults["graph"], path)
    name = graph_attrs.get("name")
    topology = Topology(name=name if isinstance(name, str) else "")
    graph = topology.graph
    graph.graph.update(graph_attrs)

    raw_nodes, edges = _nodes_and_edges(graph_el, keys, defaults["node"], path)
    names = _add_nodes(graph, raw_nodes, marker, path)
    _add_edges(graph, edges, names, keys, defaults["edge"], path)
    return topology


def _nodes_and_edges(
    graph_el: _Element, keys: dict[str, _Key], node_defaults: list[_Key], path: str
) -> tuple[list[tuple[str, dict[str, Any], int]], list[_Element]]:
    """The <node> elements (id, attributes, line) and the <edge> elements of the graph, checked."""
    raw_nodes: list[tuple[str, dict[str, Any], int]] = []
    edges: list[_Element] = []
    ids: dict[str, int] = {}
    for child in graph_el.children:
        if not _is_graphml(child):
            continue
        if child.tag == "node":
            xml_id = child.attrs.get("id")
            if xml_id is None:
                raise TopologyFormatError("<node> without an 'id'", path=path, line=child.line)
            if xml_id in ids:
                raise TopologyFormatError(
                    f"duplicate node id {brief(xml_id)} (first on line {ids[xml_id]})", path=path, line=child.line
                )
            ids[xml_id] = child.line
            for sub in child.children:
                if sub.tag in ("graph", "port") and _is_graphml(sub):
                    what = "nested graphs" if sub.tag == "graph" else "ports"
                    raise TopologyFormatError(f"{what} are not supported", path=path, line=sub.line)
            raw_nodes.append((xml_id, _attributes(child, "node", keys, node_defaults, path), child.line))
        elif child.tag == "edge":
            edges.append(child)
        elif child.tag == "hyperedge":
            raise TopologyFormatError("hyperedges are not supported", path=path, line=child.line)
    return raw_nodes, edges


def _add_nodes(
    graph: nx.MultiGraph, raw_nodes: list[tuple[str, dict[str, Any], int]], marker: dict[str, Any] | None, path: str
) -> dict[str, str]:
    """Add the devices; return GraphML id -> device name (netops' own ids, or names chosen as other tools do)."""
    names: dict[str, str] = {}
    if marker is not None:
        for xml_id, attrs, line in raw_nodes:
            node: Any = xml_id
            if marker.get("ids") == "json":
                try:
                    node = json.loads(xml_id)
                except ValueError:
                    node = None
            if not isinstance(node, str) or not node:
                raise TopologyFormatError(
                    f"node id {brief(xml_id)} is not a valid node name", path=path, line=line
                )
            if node in graph:
                raise TopologyFormatError(f"duplicate node name {brief(node)}", path=path, line=line)
            names[xml_id] = node
            graph.add_node(node)
            graph.nodes[node].update(attrs)
    else:
        named = _name_nodes([(xml_id, attrs, xml_id) for xml_id, attrs, _ in raw_nodes])
        for (xml_id, _a, line), (node, attrs) in zip(raw_nodes, named):
            if not node:
                raise TopologyFormatError("node id must not be empty", path=path, line=line)
            names[xml_id] = node
            graph.add_node(node)
            graph.nodes[node].update(attrs)
    return names


def _add_edges(
    graph: nx.MultiGraph, edges: list[_Element], names: dict[str, str], keys: dict[str, _Key],
    edge_defaults: list[_Key], path: str,
) -> None:
    """Add the links, refusing unknown ends, nested graphs and an interface used twice."""
    used: dict[tuple[str, str], int] = {}
    for edge in edges:
        ends = []
        for field in ("source", "target"):
            xml_id = edge.attrs.get(field)
            if xml_id is None:
                raise TopologyFormatError(f"<edge> without a '{field}'", path=path, line=edge.line)
            if xml_id not in names:
                raise TopologyFormatError(
                    f"edge {field} {brief(xml_id)} is not a defined node", path=path, line=edge.line
                )
            ends.append(names[xml_id])
        for sub in edge.children:
            if sub.tag == "graph" and _is_graphml(sub):
                raise TopologyFormatError("nested graphs are not supported", path=path, line=sub.line)
        attrs = _attributes(edge, "edge", keys, edge_defaults, path)
        a, b = ends
        if INTERFACES in attrs:
            clash = claim_interfaces(a, b, attrs[INTERFACES], used, edge.line)
            if clash is not None:
                problem, other = clash
                if other is not None:
                    problem = problem.replace("another link", f"the link on line {other}")
                raise TopologyFormatError(problem, path=path, line=edge.line)
        key = graph.add_edge(a, b)
        graph.edges[a, b, key].update(attrs)


# -- writing --------------------------------------------------------------------


def _xml_ok(text: str) -> bool:
    return _XML_ILLEGAL.search(text) is None


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(value: str) -> str:
    return (
        _text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    )


def _kind(value: Any) -> str:
    kind = type(value)
    if kind is bool:
        return "boolean"
    if kind is int:
        return "long" if -(2**63) <= value < 2**63 else "json"
    if kind is float:
        return "double"
    if kind is str:
        return "string" if _xml_ok(value) else "json"
    return "json"


def _json_text(value: Any, what: str) -> str:
    encoded = encode_json(value, what=what)
    if not _xml_ok(encoded):
        encoded = encode_json(value, what=what, ensure_ascii=True)
    return encoded


def _scalar_text(kind: str, value: Any) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "INF" if value > 0 else "-INF"
        return repr(value)
    if kind == "long":
        return str(value)
    return value


class _KeyPlan:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.kinds: dict[str, str] = {}

    def see(self, attrs: dict[str, Any]) -> None:
        kinds = self.kinds
        for name, value in attrs.items():
            kind = _kind(value)
            previous = kinds.get(name)
            if previous is None:
                kinds[name] = kind
            elif previous != kind:
                kinds[name] = "json"

    def ids(self) -> dict[str, str]:
        return {name: f"{self.prefix}{i}" for i, name in enumerate(self.kinds)}


class _Keys:
    """The ``<key>`` declarations of one document, and the ``<data>`` written with them.

    ``json`` lists the keys whose values are JSON text and ``names`` those whose
    attribute name is JSON-encoded (not valid XML text): the marker records both.
    """

    def __init__(self, plans: dict[str, _KeyPlan]) -> None:
        self.plans = plans
        self.json: list[str] = []
        self.names: list[str] = []
        self.lines = [f'  <key id="{MARKER_KEY}" for="graph" attr.name="{MARKER_NAME}" attr.type="string"/>']
        self.ids: dict[str, dict[str, str]] = {}
        for domain, plan in plans.items():
            self.ids[domain] = plan.ids()
            for name, kind in plan.kinds.items():
                self._declare(domain, name, kind)

    def _declare(self, domain: str, name: Any, kind: str) -> None:
        key_id = self.ids[domain][name]
        if kind == "json":
            self.json.append(key_id)
        shown = name
        if not isinstance(name, str) or not _xml_ok(name):
            if not isinstance(name, str):
                raise TopologyFormatError(f"cannot write {domain} attribute name {name!r}: not a string")
            shown = json.dumps(name, ensure_ascii=True)
            self.names.append(key_id)
        gtype = "string" if kind == "json" else kind
        self.lines.append(f'  <key id="{key_id}" for="{domain}" attr.name="{_attr(shown)}" attr.type="{gtype}"/>')

    def data(self, domain: str, attrs: dict[str, Any], what: str) -> str:
        """The ``<data>`` elements of one graph, node or edge."""
        parts = []
        ids = self.ids[domain]
        kinds = self.plans[domain].kinds
        for name, value in attrs.items():
            kind = kinds[name]
            if kind == "json":
                text = _json_text(value, f"{what} attribute {name!r}")
            else:
                text = _scalar_text(kind, value)
            parts.append(f'<data key="{ids[name]}">{_text(text)}</data>')
        return "".join(parts)


def _node_id(node: Any, ids_mode: str) -> str:
    """A node's ``id`` attribute: its name, or its name as JSON when some name is not valid XML text."""
    if not isinstance(node, str):
        raise TopologyFormatError(f"cannot write node {node!r}: node names must be strings")
    return _attr(node if ids_mode == "name" else json.dumps(node, ensure_ascii=True))


def write(topology: Topology) -> str:
    """Serialize a Topology as GraphML (lossless; see the module docstring)."""
    graph = topology.graph
    graph_attrs = graph_attributes(topology)
    plans = {"graph": _KeyPlan("g"), "node": _KeyPlan("n"), "edge": _KeyPlan("e")}
    plans["graph"].see(graph_attrs)
    for _, attrs in graph.nodes(data=True):
        plans["node"].see(attrs)
    for _, _, attrs in graph.edges(data=True):
        plans["edge"].see(attrs)
    ids_mode = "name" if all(_xml_ok(str(node)) for node in graph.nodes) else "json"
    keys = _Keys(plans)

    marker: dict[str, Any] = {"version": 1, "ids": ids_mode}
    if keys.json:
        marker["json"] = keys.json
    if keys.names:
        marker["names"] = keys.names
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        (
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
        ),
        *keys.lines,
        '  <graph id="G" edgedefault="undirected">',
        f'    <data key="{MARKER_KEY}">{_text(json.dumps(marker))}</data>',
    ]
    graph_data = keys.data("graph", graph_attrs, "graph")
    if graph_data:
        out.append("    " + graph_data)
    for node, attrs in graph.nodes(data=True):
        out.append(f'    <node id="{_node_id(node, ids_mode)}">{keys.data("node", attrs, f"node {node!r}")}</node>')
    for a, b, attrs in graph.edges(data=True):
        out.append(
            f'    <edge source="{_node_id(a, ids_mode)}" target="{_node_id(b, ids_mode)}">'
            f'{keys.data("edge", attrs, f"link {a}--{b}")}</edge>'
        )
    out.append("  </graph>")
    out.append("</graphml>")
    return "\n".join(out) + "\n"
