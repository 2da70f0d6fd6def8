"""GML (Graph Modelling Language): the format of the Internet Topology Zoo, yEd and networkx.

::

    graph [
      directed 0
      multigraph 1
      netopsEncoding "{&quot;version&quot;: 1, &quot;node&quot;: {&quot;mgmt_ipv4&quot;: ...}}"
      name "lab"
      node [
        id 0
        label "r1"
        role "router"
        Latitude 52.37
      ]
      node [
        id 1
        label "r2"
      ]
      edge [
        source 0
        target 1
        key 0
        speed 10000
        interfaces "{&quot;r1&quot;: &quot;eth1&quot;, &quot;r2&quot;: &quot;eth1&quot;}"
      ]
    ]

Reading (any GML)
    netops parses GML itself (networkx's parser loses line numbers and
    refuses duplicate edges without ``multigraph 1``), so every error names
    the line. Values are integers, reals (``1.5``, ``2.0E+10``, ``INF``,
    ``NAN``) or double-quoted strings with ``&#N;``/``&amp;``-style
    references; ``key [ ... ]`` nests (read as a mapping), and a key repeated
    in one list becomes a list of its values (networkx's convention, including
    its ``_networkx_list_start`` marker). Each ``edge`` is one link (parallel
    links are normal), an edge ``key`` is its multigraph key, ``directed 1`` is
    read as undirected, and top-level keys outside ``graph [...]`` (``Creator``,
    ``Version``) are ignored. ``#`` starts a comment line. Lists nested more
    than ``MAX_DEPTH`` deep and integers longer than Python converts (4,300
    digits) are refused with their line.

Node names (files netops did not write)
    As for GraphML: the ``label`` when it is a non-empty string unique in the
    file (Topology Zoo style; the ``label`` attribute is then dropped),
    otherwise the id as text, or ``"<label>#<id>"`` for a shared label, and
    such nodes keep ``label`` and get an ``id`` attribute with the original id.

Writing, and the round-trip encoding
    ``id`` is the node's position, ``label`` its name, ``key`` the edge key.
    GML has only ints, reals and strings and keys of the form
    ``[A-Za-z][A-Za-z0-9_]*``, so an attribute whose values are not all of one
    native kind is stored as a JSON string, booleans are stored as ``1``/``0``,
    ints beyond 32 bits as JSON, and an attribute whose name is not a valid
    GML key (``mgmt-ipv4``) or is reserved (``id``, ``label``, ``source``,
    ``target``, ``key``, ``node``, ``edge``, ``directed``, ``multigraph``)
    is written under a sanitized key (``mgmt_ipv4``, ``label_2``). Each such
    key is recorded in the graph-level ``netopsEncoding`` marker, JSON of the
    form ``{"version": 1, "graph"|"node"|"edge": {gml key: {"name": real name,
    "type": "json"|"bool"}}}`` (``name`` present only when it differs,
    ``type`` only when not native). The marker is consumed on reading and its
    presence means "labels are names". Strings escape ``"``, ``&`` and every
    character outside printable ASCII as ``&#N;``, which keeps newlines,
    control characters and non-ASCII text exact.
"""

from __future__ import annotations

import html.entities
import json
import math
import re
import sys
from typing import Any

import networkx as nx

from netops.errors import TopologyFormatError
from netops.topology.formats.graphml import _name_nodes
from netops.topology.formats.guards import brief, int_too_long
from netops.topology.formats.node_link import (
    claim_interfaces,
    encode_json,
    graph_attributes,
)
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "read", "sniff", "write"]

NAME = "gml"
EXTENSIONS = (".gml",)

MARKER = "netopsEncoding"
#: Deepest nesting of ``key [ ... ]`` lists read (``graph [ node [ graphics [`` is 3 in real files).
MAX_DEPTH = 100
_LIST_START = "_networkx_list_start"
_RESERVED = {
    "graph": {"node", "edge", "directed", "multigraph", MARKER},
    "node": {"id", "label"},
    "edge": {"source", "target", "key"},
}
_KEY_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
_TOKEN = re.compile(
    r"""(?P<ws>[ \t\r\n\f\v]+)
      |(?P<comment>\#[^\n]*)
      |(?P<key>[A-Za-z][0-9A-Za-z_]*\b)
      |(?P<real>[+-]?(?:[0-9]*\.[0-9]+|[0-9]+\.[0-9]*|INF)(?:[Ee][+-]?[0-9]+)?)
      |(?P<int>[+-]?[0-9]+)
      |(?P<str>"[^"]*")
      |(?P<open>\[)
      |(?P<close>\])""",
    re.VERBOSE,
)
_REF = re.compile(r"&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));")


def sniff(text: str) -> bool:
    """Return True for text that starts (after comments) with GML ``key [`` or ``key value`` pairs and has ``graph [``."""
    head = text[:20000]
    return re.search(r"(?m)^\s*graph\s*\[", head) is not None and re.search(r"\bnode\s*\[", head) is not None


# -- parsing --------------------------------------------------------------------


class _List(list):
    """A GML list: ``(key, value, line)`` triples, remembering where it opened."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line


def _unescape(text: str) -> str:
    if "&" not in text:
        return text

    def fix(match: re.Match[str]) -> str:
        decimal, hexa, name = match.groups()
        try:
            if decimal is not None:
                return chr(int(decimal))
            if hexa is not None:
                return chr(int(hexa, 16))
        except (ValueError, OverflowError):
            return match.group(0)
        code = html.entities.name2codepoint.get(name)
        return chr(code) if code is not None else match.group(0)

    return _REF.sub(fix, text)


def _parse(text: str, path: str) -> _List:
    root = _List(1)
    stack = [root]
    line = 1
    pos = 0
    length = len(text)
    key: str | None = None
    key_line = 0
    too_deep: int | None = None  # line where nesting first went past MAX_DEPTH
    match_token = _TOKEN.match
    while pos < length:
        match = match_token(text, pos)
        if match is None:
            snippet = text[pos : pos + 20].split("\n")[0]
            raise TopologyFormatError(f"invalid GML: cannot read {brief(snippet)}", path=path, line=line)
        kind = match.lastgroup
        token = match.group()
        pos = match.end()
        if kind == "ws" or kind == "comment":
            line += token.count("\n")
            continue
        if key is None:
            if kind == "key":
                key, key_line = token, line
            elif kind == "close":
                if len(stack) == 1:
                    raise TopologyFormatError("invalid GML: ']' without a matching '['", path=path, line=line)
                stack.pop()
            else:
                raise TopologyFormatError(f"invalid GML: expected a key, found {token[:20]!r}", path=path, line=line)
            continue
        if kind == "open":
            if len(stack) > MAX_DEPTH and too_deep is None:
                too_deep = line  # reported after the syntax checks below
            value: Any = _List(line)
            stack[-1].append((key, value, key_line))
            stack.append(value)
            key = None
            continue
        value = _scalar(kind, token, key, path, line)
        if kind == "str":
            line += token.count("\n")
        stack[-1].append((key, value, key_line))
        key = None
    _check_end(stack, key, key_line, too_deep, path, line)
    return root


def _scalar(kind: str | None, token: str, key: str, path: str, line: int) -> Any:
    """The value of a ``key value`` pair's value token: an int, a real or a string."""
    if kind == "int":
        if int_too_long(token):
            raise TopologyFormatError(
                f"invalid GML: integer of {len(token):,} characters is too long "
                f"(at most {sys.get_int_max_str_digits():,} digits are read)",
                path=path,
                line=line,
            )
        return int(token)
    if kind == "real":
        return float(token)
    if kind == "str":
        return _unescape(token[1:-1])
    if kind == "key" and token in ("NAN", "INF"):
        return float(token)
    raise TopologyFormatError(
        f"invalid GML: expected a value for {brief(key)}, found {token[:20]!r}", path=path, line=line
    )


def _check_end(stack: list[_List], key: str | None, key_line: int, too_deep: int | None, path: str, line: int) -> None:
    """Refuse a file that ends inside a pair or a list, or nests lists past MAX_DEPTH."""
    if key is not None:
        raise TopologyFormatError(f"invalid GML: key {brief(key)} has no value", path=path, line=key_line)
    if len(stack) > 1:
        raise TopologyFormatError(
            f"invalid GML: '[' opened on line {stack[-1].line} is never closed", path=path, line=line
        )
    if too_deep is not None:
        # Turning nested lists into values recurses; refuse before Python's recursion limit does.
        raise TopologyFormatError(f"invalid GML: lists nested more than {MAX_DEPTH} deep", path=path, line=too_deep)


def _plain(value: Any) -> Any:
    """Turn a parsed GML value into Python data (lists become mappings)."""
    if not isinstance(value, _List):
        return value
    grouped: dict[str, list[Any]] = {}
    for key, item, _line in value:
        grouped.setdefault(key, []).append(_plain(item))
    return {key: _clean(values) for key, values in grouped.items()}


def _clean(values: list[Any]) -> Any:
    if len(values) == 1:
        return values[0]
    if values[0] == _LIST_START:
        return values[1:]
    return values


def _read_marker(entries: list[tuple[str, Any, int]], path: str) -> dict[str, Any] | None:
    found = [(value, line) for key, value, line in entries if key == MARKER]
    if not found:
        return None
    value, line = found[0]
    if len(found) > 1:
        raise TopologyFormatError(f"{MARKER} is given twice", path=path, line=found[1][1])
    try:
        marker = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        marker = None
    ok = isinstance(marker, dict) and marker.get("version") == 1
    if ok and isinstance(marker, dict):
        for domain in ("graph", "node", "edge"):
            table = marker.get(domain, {})
            if not isinstance(table, dict) or not all(
                isinstance(spec, dict)
                and isinstance(spec.get("name", ""), str)
                and spec.get("type", "native") in ("native", "json", "bool")
                for spec in table.values()
            ):
                ok = False
    if not ok:
        raise TopologyFormatError(
            f"{MARKER} must be JSON {{'version': 1, 'graph'|'node'|'edge': {{key: {{'name', 'type'}}}}}}",
            path=path,
            line=line,
        )
    return marker


def _attributes(
    entries: list[tuple[str, Any, int]],
    skip: set[str],
    table: dict[str, dict[str, str]] | None,
    path: str,
) -> dict[str, Any]:
    """Collect an element's attributes, decoding marked keys when ``table`` is given."""
    grouped: dict[str, list[tuple[Any, int]]] = {}
    for key, value, line in entries:
        if key in skip:
            continue
        grouped.setdefault(key, []).append((value, line))
    attrs: dict[str, Any] = {}
    for key, values in grouped.items():
        if table is None:
            attrs[key] = _clean([_plain(v) for v, _ in values])
            continue
        if len(values) > 1:
            raise TopologyFormatError(f"key {brief(key)} is given twice", path=path, line=values[1][1])
        value, line = values[0]
        spec = table.get(key, {})
        name = spec.get("name", key)
        kind = spec.get("type", "native")
        if kind == "json":
            if not isinstance(value, str):
                raise TopologyFormatError(f"{brief(key)} must be a JSON string", path=path, line=line)
            try:
                value = json.loads(value)
            except (ValueError, RecursionError):
                raise TopologyFormatError(f"{brief(key)} is not valid JSON", path=path, line=line) from None
        elif kind == "bool":
            if value not in (0, 1) or isinstance(value, float):
                raise TopologyFormatError(f"{brief(key)} must be 0 or 1", path=path, line=line)
            value = bool(value)
        else:
            value = _plain(value)
        if name in attrs:
            raise TopologyFormatError(f"attribute {brief(name)} is given twice", path=path, line=line)
        attrs[name] = value
    return attrs


def _single(entries: list[tuple[str, Any, int]], key: str, path: str, line: int, what: str) -> tuple[Any, int]:
    found = [(value, at) for k, value, at in entries if k == key]
    if not found:
        raise TopologyFormatError(f"{what} has no {brief(key)}", path=path, line=line)
    if len(found) > 1:
        raise TopologyFormatError(f"{what} has {brief(key)} twice", path=path, line=found[1][1])
    value, at = found[0]
    if isinstance(value, _List):
        raise TopologyFormatError(f"{what} {brief(key)} must be a number or a string", path=path, line=at)
    return value, at


def read(text: str, path: str) -> Topology:
    """Parse GML into a Topology (errors carry ``path:line``)."""
    root = _parse(text, path)
    graphs = [(value, line) for key, value, line in root if key == "graph"]
    if not graphs:
        raise TopologyFormatError("no 'graph [ ... ]' section", path=path, line=1)
    if len(graphs) > 1:
        raise TopologyFormatError("the file holds more than one graph", path=path, line=graphs[1][1])
    body, body_line = graphs[0]
    if not isinstance(body, _List):
        raise TopologyFormatError("'graph' must be a list: graph [ ... ]", path=path, line=body_line)
    marker = _read_marker(body, path)
    tables = None if marker is None else {d: marker.get(d, {}) for d in ("graph", "node", "edge")}

    graph_entries = [(k, v, ln) for k, v, ln in body if k not in ("node", "edge")]
    for key, value, line in graph_entries:
        if key in ("directed", "multigraph") and value not in (0, 1):
            raise TopologyFormatError(f"'{key}' must be 0 or 1", path=path, line=line)
    graph_attrs = _attributes(
        graph_entries, {"directed", "multigraph", MARKER}, None if tables is None else tables["graph"], path
    )
    name = graph_attrs.get("name")
    topology = Topology(name=name if isinstance(name, str) else "")
    graph = topology.graph
    graph.graph.update(graph_attrs)

    raw_nodes, edges = _nodes_and_edges(body, graph, tables, path)
    names = _node_names(raw_nodes, graph, tables, path)
    _add_edges(edges, names, graph, tables, path)
    return topology


def _nodes_and_edges(
    body: _List, graph: nx.MultiGraph, tables: dict[str, Any] | None, path: str
) -> tuple[list[tuple[Any, dict[str, Any], int]], list[tuple[_List, int]]]:
    """The node entries (id, attributes, line) and the edge lists; a netops-written file's devices are added here."""
    raw_nodes: list[tuple[Any, dict[str, Any], int]] = []
    seen_ids: dict[Any, int] = {}
    edges: list[tuple[_List, int]] = []
    for key, value, line in body:
        if key not in ("node", "edge"):
            continue
        if not isinstance(value, _List):
            raise TopologyFormatError(f"'{key}' must be a list: {key} [ ... ]", path=path, line=line)
        if key == "edge":
            edges.append((value, line))
            continue
        node_id, _ = _single(value, "id", path, line, "node")
        if node_id in seen_ids:
            raise TopologyFormatError(
                f"duplicate node id {brief(node_id)} (first on line {seen_ids[node_id]})", path=path, line=line
            )
        seen_ids[node_id] = line
        skip = {"id"} if tables is None else {"id", "label"}
        attrs = _attributes(value, skip, None if tables is None else tables["node"], path)
        if tables is not None:
            label, label_line = _single(value, "label", path, line, "node")
            if not isinstance(label, str) or not label:
                raise TopologyFormatError(
                    f"node label must be a non-empty string, got {brief(label)}", path=path, line=label_line
                )
            if label in graph:
                raise TopologyFormatError(f"duplicate node name {brief(label)}", path=path, line=label_line)
            graph.add_node(label)
            graph.nodes[label].update(attrs)
        raw_nodes.append((node_id, attrs, line))
    return raw_nodes, edges


def _node_names(
    raw_nodes: list[tuple[Any, dict[str, Any], int]], graph: nx.MultiGraph, tables: dict[str, Any] | None, path: str
) -> dict[Any, str]:
    """GML node id -> device name: netops' own labels, or names chosen as other tools do (devices added)."""
    names: dict[Any, str] = {}
    if tables is None:
        named = _name_nodes([(_id_text(node_id), attrs, node_id) for node_id, attrs, _ in raw_nodes])
        for (node_id, _attrs, line), (node, attrs) in zip(raw_nodes, named):
            if not node:
                raise TopologyFormatError("node id must not be empty", path=path, line=line)
            names[node_id] = node
            graph.add_node(node)
            graph.nodes[node].update(attrs)
    else:
        for (node_id, _attrs, _line), node in zip(raw_nodes, graph.nodes):
            names[node_id] = node
    return names


def _add_edges(
    edges: list[tuple[_List, int]], names: dict[Any, str], graph: nx.MultiGraph, tables: dict[str, Any] | None,
    path: str,
) -> None:
    """Add the links, refusing unknown ends, bad or duplicate keys and an interface used twice."""
    used: dict[tuple[str, str], int] = {}
    for entries, line in edges:
        ends = []
        for field in ("source", "target"):
            ref, ref_line = _single(entries, field, path, line, "edge")
            if ref not in names:
                raise TopologyFormatError(f"edge {field} {brief(ref)} is not a defined node id", path=path, line=ref_line)
            ends.append(names[ref])
        a, b = ends
        has_key = any(k == "key" for k, _, _ in entries)
        attrs = _attributes(entries, {"source", "target", "key"}, None if tables is None else tables["edge"], path)
        if INTERFACES in attrs:
            clash = claim_interfaces(a, b, attrs[INTERFACES], used, line)
            if clash is not None:
                problem, other = clash
                if other is not None:
                    problem = problem.replace("another link", f"the link on line {other}")
                raise TopologyFormatError(problem, path=path, line=line)
        if has_key:
            key, key_line = _single(entries, "key", path, line, "edge")
            if not isinstance(key, (int, str)):
                raise TopologyFormatError(f"edge key must be an integer or a string, got {brief(key)}", path=path, line=key_line)
            if graph.has_edge(a, b, key):
                raise TopologyFormatError(f"duplicate link {a}--{b} with key {brief(key)}", path=path, line=key_line)
            graph.add_edge(a, b, key=key)
            graph.edges[a, b, key].update(attrs)
        else:
            key = graph.add_edge(a, b)
            graph.edges[a, b, key].update(attrs)


def _id_text(node_id: Any) -> str:
    if isinstance(node_id, float) and node_id.is_integer():
        return repr(node_id)
    return str(node_id)


# -- writing --------------------------------------------------------------------


def _escape(text: str) -> str:
    return re.sub(r'[^ -~]|[&"]', lambda m: f"&#{ord(m.group())};", text)


def _real(value: float) -> str:
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "+INF" if value > 0 else "-INF"
    text = repr(value).upper()
    epos = text.find("E")
    if epos != -1 and "." not in text[:epos]:
        text = text[:epos] + ".0" + text[epos:]
    elif epos == -1 and "." not in text:
        text += ".0"
    return text


def _kind(value: Any) -> str:
    kind = type(value)
    if kind is bool:
        return "bool"
    if kind is int:
        return "int" if -(2**31) <= value < 2**31 else "json"
    if kind is float:
        return "real"
    if kind is str:
        return "str"
    return "json"


def _plan(domain: str, items: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, str], dict[str, dict[str, str]]]:
    """Choose a GML key and a storage kind for every attribute name of a domain."""
    kinds: dict[str, str] = {}
    for attrs in items:
        for name, value in attrs.items():
            kind = _kind(value)
            previous = kinds.get(name)
            if previous is None:
                kinds[name] = kind
            elif previous != kind:
                kinds[name] = "json"
    reserved = _RESERVED[domain]
    taken = set(reserved)
    keys: dict[str, str] = {}
    # Valid names keep themselves; the rest get sanitized keys afterwards.
    for name in kinds:
        if isinstance(name, str) and _KEY_RE.match(name) and name not in reserved:
            keys[name] = name
            taken.add(name)
    table: dict[str, dict[str, str]] = {}
    for name, kind in kinds.items():
        if name not in keys:
            if not isinstance(name, str):
                raise TopologyFormatError(f"cannot write {domain} attribute name {name!r}: not a string")
            base = re.sub(r"[^A-Za-z0-9_]", "_", name)
            if not base or not base[0].isalpha() or not base[0].isascii():
                base = "x" + base
            candidate, n = base, 1
            while candidate in taken:
                n += 1
                candidate = f"{base}_{n}"
            keys[name] = candidate
            taken.add(candidate)
        spec: dict[str, str] = {}
        if keys[name] != name:
            spec["name"] = name
        if kind in ("json", "bool"):
            spec["type"] = kind
        if spec:
            table[keys[name]] = spec
    return keys, kinds, table


def _value(kind: str, value: Any, what: str) -> str:
    if kind == "int":
        return str(value)
    if kind == "bool":
        return "1" if value else "0"
    if kind == "real":
        return _real(value)
    if kind == "str":
        return f'"{_escape(value)}"'
    return f'"{_escape(encode_json(value, what=what))}"'


def write(topology: Topology) -> str:
    """Serialize a Topology as GML (lossless; see the module docstring)."""
    graph = topology.graph
    graph_attrs = graph_attributes(topology)
    g_keys, g_kinds, g_table = _plan("graph", [graph_attrs])
    n_keys, n_kinds, n_table = _plan("node", [a for _, a in graph.nodes(data=True)])
    e_keys, e_kinds, e_table = _plan("edge", [a for _, _, a in graph.edges(data=True)])
    marker: dict[str, Any] = {"version": 1}
    for domain, table in (("graph", g_table), ("node", n_table), ("edge", e_table)):
        if table:
            marker[domain] = table

    out = ["graph [", "  directed 0", "  multigraph 1", f'  {MARKER} "{_escape(json.dumps(marker))}"']
    for name, value in graph_attrs.items():
        out.append(f"  {g_keys[name]} {_value(g_kinds[name], value, f'graph attribute {name!r}')}")
    index: dict[Any, int] = {}
    for i, (node, attrs) in enumerate(graph.nodes(data=True)):
        if not isinstance(node, str):
            raise TopologyFormatError(f"cannot write node {node!r}: node names must be strings")
        index[node] = i
        out.append("  node [")
        out.append(f"    id {i}")
        out.append(f'    label "{_escape(node)}"')
        for name, value in attrs.items():
            out.append(f"    {n_keys[name]} {_value(n_kinds[name], value, f'node {node!r} attribute {name!r}')}")
        out.append("  ]")
    for a, b, key, attrs in graph.edges(keys=True, data=True):
        out.append("  edge [")
        out.append(f"    source {index[a]}")
        out.append(f"    target {index[b]}")
        if type(key) is int and -(2**31) <= key < 2**31:
            out.append(f"    key {key}")
        elif type(key) is str:
            out.append(f'    key "{_escape(key)}"')
        else:
            raise TopologyFormatError(f"cannot write link {a}--{b}: edge key {key!r} is not an integer or a string")
        for name, value in attrs.items():
            out.append(f"    {e_keys[name]} {_value(e_kinds[name], value, f'link {a}--{b} attribute {name!r}')}")
        out.append("  ]")
    out.append("]")
    return "\n".join(out) + "\n"
