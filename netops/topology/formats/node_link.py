"""networkx node-link JSON: the lossless canonical export of a topology.

::

    {
      "directed": false,
      "multigraph": true,
      "graph": {"name": "lab", "description": "two routers"},
      "nodes": [
        {"id": "r1", "role": "router", "tags": ["edge"]},
        {"id": "r2", "role": "router", "tags": []}
      ],
      "edges": [
        {"source": "r1", "target": "r2", "key": 0,
         "interfaces": {"r1": "eth1", "r2": "eth1"}, "speed": 10000}
      ],
      "invariants": [
        {"id": "no-isolated", "program": "result = isolates(G)", "expect": "empty"}
      ]
    }

It is the JSON that ``networkx.node_link_data`` writes, so any networkx
program reads it: ``nx.node_link_graph(json.load(f))`` on networkx 3.6 and
later; ``edges="edges"`` on 3.4 and 3.5, ``link="edges"`` on 3.2 and 3.3
(whose default key was ``links``). A top-level ``invariants`` list holds the
topology's declared rules (omitted when there are none); networkx ignores it.

What is kept, exactly:

* every node, link and graph attribute, of any JSON type, nested as deep as
  it is (``interfaces`` stays a mapping);
* multigraph edge keys (``key``), so ``(a, b, key)`` references survive;
* node order and link order.

Choices, fixed here:

* Links are written under ``edges`` (networkx's default key since 3.6);
  ``links`` (its key before, and D3's) is read too. A file holding both is
  an error.
* Node ids that are not strings (networkx's ``path_graph`` has integers,
  ``grid_2d_graph`` tuples, saved as arrays) are read as their text, ``0`` as
  ``"0"`` and ``[0, 1]`` as ``"(0, 1)"``, with one warning per file; netops
  names devices by strings.
* When a node has an attribute named ``id``, or a link one named ``source``,
  ``target`` or ``key``, those field names cannot hold the structure; the
  writer then picks free names (``_id``, ``__id``, ...) and records them in a
  top-level ``"fields": {"id": "_id", ...}`` object, which the reader honours
  (networkx's ``node_link_graph(..., name="_id")`` does the same job).
* Values JSON has no type for: ``datetime.date``/``datetime`` (YAML
  timestamps) are written as ISO 8601 strings; non-finite floats as the
  ``NaN``/``Infinity`` tokens Python's ``json`` reads back; anything else
  (sets, bytes, objects) is a ``TopologyFormatError`` naming the attribute.
* ``"directed": true`` is read as undirected (netops links are undirected);
  unknown top-level keys are an error rather than silently dropped.

One node and one link per line keeps diffs readable and error lines precise.
This module also holds the JSON helpers other formats share:
:class:`LocatedJSON` (JSON data plus line lookups for errors) and
:func:`encode_json` (the value encoding used for attributes that GraphML
and GML cannot carry natively).
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
import sys
from collections.abc import Iterator
from typing import Any

import networkx as nx

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief
from netops.topology.formats.invariants import read_invariants
from netops.topology.model import INTERFACES, Topology

__all__ = [
    "EXTENSIONS",
    "NAME",
    "LocatedJSON",
    "claim_interfaces",
    "encode_json",
    "graph_attributes",
    "load_located_json",
    "read",
    "sniff",
    "write",
]

NAME = "json"
EXTENSIONS = (".json",)

_TOP_KEYS = {"directed", "multigraph", "graph", "nodes", "links", "edges", "invariants", "fields"}
_DEFAULT_FIELDS = {"id": "id", "source": "source", "target": "target", "key": "key"}

_log = logging.getLogger("netops.topology")

_WS = re.compile(r"[ \t\n\r]*")
_C_SCANNER = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[attr-defined]


def _scan(text: str, pos: int) -> tuple[Any, int]:
    """Scan one JSON value at ``pos``; ValueError (not StopIteration) when there is none."""
    try:
        return _C_SCANNER(text, pos)
    except StopIteration:
        raise ValueError(f"no JSON value at {pos}") from None


# -- shared JSON helpers --------------------------------------------------------


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _skip_ws(text: str, pos: int) -> int:
    return _WS.match(text, pos).end()  # type: ignore[union-attr]


def _members(text: str, pos: int) -> Iterator[tuple[str, int, int]]:
    """Yield ``(key, key_pos, value_pos)`` for the object starting at ``pos``."""
    pos = _skip_ws(text, pos + 1)
    if text.startswith("}", pos):
        return
    while True:
        key_pos = pos
        key, pos = _scan(text, pos)
        pos = _skip_ws(text, pos)
        pos = _skip_ws(text, pos + 1)  # the ':'
        yield key, key_pos, pos
        _, pos = _scan(text, pos)
        pos = _skip_ws(text, pos)
        if text.startswith("}", pos):
            return
        pos = _skip_ws(text, pos + 1)  # the ','


def _elements(text: str, pos: int) -> Iterator[int]:
    """Yield the start position of each element of the array starting at ``pos``."""
    pos = _skip_ws(text, pos + 1)
    if text.startswith("]", pos):
        return
    while True:
        yield pos
        _, pos = _scan(text, pos)
        pos = _skip_ws(text, pos)
        if text.startswith("]", pos):
            return
        pos = _skip_ws(text, pos + 1)


def _find_duplicate(text: str, key: str) -> int | None:
    """Return the position of the first repeated ``key`` inside one object."""
    stack = [_skip_ws(text, 0)]
    while stack:
        pos = stack.pop()
        char = text[pos : pos + 1]
        if char == "{":
            seen: set[str] = set()
            children = []
            for name, key_pos, value_pos in _members(text, pos):
                if name in seen and name == key:
                    return key_pos
                seen.add(name)
                children.append(value_pos)
            stack.extend(reversed(children))
        elif char == "[":
            stack.extend(reversed(list(_elements(text, pos))))
    return None


class LocatedJSON:
    """Parsed JSON data that can say on which line a value starts.

    Parsing uses the C decoder; positions are found only when an error
    needs one, by walking the text again along the requested path.

    Parameters
    ----------
    data : Any
        The decoded value.
    text : str
        The source text.
    path : str
        File name used in error messages.
    """

    def __init__(self, data: Any, text: str, path: str) -> None:
        self.data = data
        self.text = text
        self.path = path

    def line_of(self, *keys: str | int) -> int | None:
        """Return the 1-based line of the value at ``keys`` (deepest existing ancestor)."""
        text = self.text
        pos = _skip_ws(text, 0)
        try:
            for key in keys:
                char = text[pos : pos + 1]
                found = None
                if char == "{" and isinstance(key, str):
                    for name, _key_pos, value_pos in _members(text, pos):
                        if name == key:
                            found = value_pos
                            break
                elif char == "[" and isinstance(key, int):
                    for index, value_pos in enumerate(_elements(text, pos)):
                        if index == key:
                            found = value_pos
                            break
                if found is None:
                    break
                pos = found
        except (StopIteration, ValueError, IndexError, RecursionError):
            pass
        return _line_at(text, pos)

    def error(self, problem: str, *keys: str | int) -> TopologyFormatError:
        """Build a ``TopologyFormatError`` located at ``keys``."""
        return TopologyFormatError(problem, path=self.path, line=self.line_of(*keys))


def _long_integer_error(text: str, path: str) -> TopologyFormatError:
    """The error for an integer longer than Python converts (``json`` raises a bare ValueError)."""
    limit = sys.get_int_max_str_digits()
    match = re.search(rf"[0-9]{{{limit + 1},}}", text)
    line = _line_at(text, match.start()) if match else None
    size = f"of {len(match.group()):,} digits " if match else ""
    return TopologyFormatError(
        f"invalid JSON: integer {size}is too long (at most {limit:,} digits are read)", path=path, line=line
    )


def load_located_json(text: str, path: str) -> LocatedJSON:
    """Parse JSON text; syntax errors and repeated keys become ``TopologyFormatError`` with a line."""
    try:
        data = json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise TopologyFormatError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from None
    except ValueError:
        # Not a JSONDecodeError: int() refused a literal over sys.get_int_max_str_digits().
        raise _long_integer_error(text, path) from None
    except _DuplicateKey as exc:
        try:  # a syntax error anywhere is reported first
            json.loads(text)
        except json.JSONDecodeError as syntax:
            raise TopologyFormatError(f"invalid JSON: {syntax.msg}", path=path, line=syntax.lineno) from None
        except ValueError:
            raise _long_integer_error(text, path) from None
        except RecursionError:
            raise TopologyFormatError("invalid JSON: nested too deeply", path=path) from None
        try:
            pos = _find_duplicate(text, exc.key)
        except (StopIteration, ValueError, IndexError, RecursionError):
            pos = None
        line = _line_at(text, pos) if pos is not None else None
        raise TopologyFormatError(f"duplicate key {exc.key!r}", path=path, line=line) from None
    except RecursionError:
        raise TopologyFormatError("invalid JSON: nested too deeply", path=path) from None
    return LocatedJSON(data, text, path)


def _default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    raise TypeError(f"a value of type {type(value).__name__}")


def encode_json(value: Any, *, what: str, ensure_ascii: bool = False) -> str:
    """Serialize one attribute value as compact JSON.

    Dates become ISO 8601 strings; a value JSON cannot represent raises
    ``TopologyFormatError`` naming ``what`` (e.g. ``"node 'r1' attribute 'x'"``).
    """
    try:
        return json.dumps(value, ensure_ascii=ensure_ascii, default=_default, separators=(", ", ": "))
    except (TypeError, ValueError) as exc:
        raise TopologyFormatError(f"cannot write {what}: {exc} is not representable in JSON") from None
    except RecursionError:
        raise TopologyFormatError(f"cannot write {what}: nested too deeply") from None


# -- the format -----------------------------------------------------------------


def sniff(text: str) -> bool:
    """Return True for a JSON object with ``nodes`` and ``links``/``edges`` keys."""
    head = text[:20000].lstrip("\ufeff \t\r\n")
    if not head.startswith("{"):
        return False
    return '"nodes"' in head and ('"links"' in head or '"edges"' in head or '"multigraph"' in head)


def _field_names(doc: LocatedJSON, data: dict[str, Any]) -> dict[str, str]:
    fields = dict(_DEFAULT_FIELDS)
    raw = data.get("fields")
    if raw is None:
        return fields
    if not isinstance(raw, dict) or not all(isinstance(v, str) and v for v in raw.values()):
        raise doc.error("'fields' must map id/source/target/key to field names", "fields")
    unknown = set(raw) - set(_DEFAULT_FIELDS)
    if unknown:
        raise doc.error(f"'fields' has unknown entries: {sorted(unknown)}", "fields")
    fields.update(raw)
    if len({fields["source"], fields["target"], fields["key"]}) != 3:
        raise doc.error("'fields' must give source, target and key distinct names", "fields")
    return fields


def _as_tuple(value: Any) -> Any:
    """JSON arrays back to the tuples networkx wrote them from (``grid_2d_graph`` ids are ``(i, j)``)."""
    return tuple(_as_tuple(item) for item in value) if isinstance(value, list) else value


def _id_like(value: Any) -> bool:
    """Strings, numbers and arrays of them: what networkx node ids look like in JSON."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, (str, int, float)):
        return True
    return isinstance(value, list) and all(_id_like(item) for item in value)


def _node_name(value: Any) -> str | None:
    """The netops name for a node-link id, or ``None`` when the id cannot name a device.

    netops names devices by strings. networkx graphs often use integers
    (``path_graph``) or tuples (``grid_2d_graph``, saved as JSON arrays); those
    are read as their Python text, ``0`` -> ``"0"``, ``[0, 1]`` -> ``"(0, 1)"``,
    so the same id always gives the same name. Booleans, null and objects are
    refused: they are not ids anyone means.
    """
    if isinstance(value, str):
        return value or None
    try:
        if not _id_like(value):
            return None
        return str(_as_tuple(value)) if isinstance(value, list) else str(value)
    except RecursionError:  # an array nested hundreds deep is no id
        return None


def read(text: str, path: str) -> Topology:
    """Parse node-link JSON into a Topology (errors carry ``path:line``).

    Node ids that are not strings (networkx's integer and tuple ids) are read
    as text; one warning on the ``netops.topology`` logger says so.
    """
    doc = load_located_json(text, path)
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error("a node-link file must be a JSON object with 'nodes' and 'links'")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise doc.error(
            f"unknown top-level key {unknown[0]!r} (graph attributes belong under 'graph')", unknown[0]
        )
    if "nodes" not in data:
        raise doc.error("missing 'nodes'")
    if "links" in data and "edges" in data:
        raise doc.error("give links under 'links' or 'edges', not both", "edges")
    links_key = "edges" if "edges" in data else "links"
    fields = _field_names(doc, data)
    for flag in ("directed", "multigraph"):
        if flag in data and not isinstance(data[flag], bool):
            raise doc.error(f"'{flag}' must be true or false", flag)

    graph_attrs = data.get("graph", {})
    if graph_attrs is None:
        graph_attrs = {}
    if not isinstance(graph_attrs, dict):
        raise doc.error("'graph' must be an object of graph attributes", "graph")
    name = graph_attrs.get("name")
    topology = Topology(name=name if isinstance(name, str) else "")
    graph = topology.graph
    graph.graph.update(graph_attrs)

    converted = _add_nodes(doc, data["nodes"], graph, fields["id"])
    _add_links(doc, data.get(links_key, []), links_key, graph, fields)

    invariants = read_invariants(data.get("invariants", []), doc, mapping_word="objects")
    topology.invariants = invariants
    if converted is not None:
        # Said once per file: names now differ from the ids a networkx program would use.
        _log.warning(
            "netops: %s: node ids that are not strings were read as text (%s became %r)",
            path,
            brief(converted),
            _node_name(converted),
        )
    return topology


def _add_nodes(doc: Any, nodes: Any, graph: nx.MultiGraph, id_field: str) -> Any:
    """Add the devices; return the first id that was not a string (None if all were), for one warning."""
    if not isinstance(nodes, list):
        raise doc.error("'nodes' must be a list", "nodes")
    converted: Any = None  # the first id that was not a string, for the warning
    for index, item in enumerate(nodes):
        if not isinstance(item, dict):
            raise doc.error(f"each node must be an object with an {id_field!r}", "nodes", index)
        attrs = dict(item)
        raw = attrs.pop(id_field, None)
        node = _node_name(raw)
        if node is None:
            raise doc.error(
                f"node {id_field!r} must be a non-empty string, a number or an array, got {brief(raw)}",
                "nodes",
                index,
            )
        if not isinstance(raw, str) and converted is None:
            converted = raw
        if node in graph:
            raise doc.error(f"duplicate node name {brief(node)}", "nodes", index)
        graph.add_node(node)
        graph.nodes[node].update(attrs)
    return converted


def _add_links(doc: Any, links: Any, links_key: str, graph: nx.MultiGraph, fields: dict[str, str]) -> None:
    """Add the links, refusing unknown ends, bad keys, duplicate keyed links and an interface used twice."""
    if links is None:
        links = []
    if not isinstance(links, list):
        raise doc.error(f"'{links_key}' must be a list", links_key)
    source_field, target_field, key_field = fields["source"], fields["target"], fields["key"]
    used: dict[tuple[str, str], int] = {}
    for index, item in enumerate(links):
        where = (links_key, index)
        if not isinstance(item, dict):
            raise doc.error("each link must be an object with 'source' and 'target'", *where)
        attrs = dict(item)
        ends = []
        for field in (source_field, target_field):
            if field not in attrs:
                raise doc.error(f"link has no {field!r}", *where)
            raw = attrs.pop(field)
            end = _node_name(raw)
            if end is None or end not in graph:
                raise doc.error(f"link {field} {brief(raw)} is not a defined node", *where)
            ends.append(end)
        a, b = ends
        has_key = key_field in attrs
        key = attrs.pop(key_field, None)
        if has_key and (isinstance(key, bool) or not isinstance(key, (int, str))):
            raise doc.error(f"link {key_field!r} must be an integer or a string, got {brief(key)}", *where)
        if INTERFACES in attrs:
            clash = claim_interfaces(a, b, attrs[INTERFACES], used, index)
            if clash is not None:
                problem, other = clash
                if other is not None:
                    problem = problem.replace("another link", f"the link on line {doc.line_of(links_key, other)}")
                raise doc.error(problem, *where)
        if has_key:
            if graph.has_edge(a, b, key):
                raise doc.error(f"duplicate link {a}--{b} with key {brief(key)}", *where)
            graph.add_edge(a, b, key=key)
            graph.edges[a, b, key].update(attrs)
        else:
            key = graph.add_edge(a, b)
            graph.edges[a, b, key].update(attrs)


def graph_attributes(topology: Topology) -> dict[str, Any]:
    """The graph attributes to write: the topology's name is recorded as ``name`` when absent."""
    attrs = dict(topology.graph.graph)
    if "name" not in attrs and topology.name:
        attrs = {"name": topology.name, **attrs}
    return attrs


def _free_name(base: str, taken: set[str]) -> str:
    name = base
    while name in taken:
        name = "_" + name
    return name


def write(topology: Topology) -> str:
    """Serialize a Topology as node-link JSON (lossless for JSON values)."""
    graph = topology.graph
    node_attr_names: set[str] = set()
    for _, attrs in graph.nodes(data=True):
        node_attr_names.update(attrs)
    link_attr_names: set[str] = set()
    for _, _, attrs in graph.edges(data=True):
        link_attr_names.update(attrs)
    fields = {"id": _free_name("id", node_attr_names)}
    for field in ("source", "target", "key"):
        fields[field] = _free_name(field, link_attr_names)
    lines = ["{", '  "directed": false,', '  "multigraph": true,']
    if fields != _DEFAULT_FIELDS:
        lines.append(f'  "fields": {encode_json(fields, what="field names")},')
    lines.append(f'  "graph": {encode_json(graph_attributes(topology), what="graph attributes")},')

    id_field = fields["id"]
    node_lines = []
    for node, attrs in graph.nodes(data=True):
        entry = {id_field: node}
        entry.update(attrs)
        node_lines.append("    " + encode_json(entry, what=f"node {node!r}"))
    lines.append('  "nodes": [' + ("\n" + ",\n".join(node_lines) + "\n  ]," if node_lines else "],"))

    link_lines = []
    for a, b, key, attrs in graph.edges(keys=True, data=True):
        if isinstance(key, bool) or not isinstance(key, (int, str)):
            raise TopologyFormatError(f"cannot write link {a}--{b}: edge key {key!r} is not an integer or a string")
        entry = {fields["source"]: a, fields["target"]: b, fields["key"]: key}
        entry.update(attrs)
        link_lines.append("    " + encode_json(entry, what=f"link {a}--{b}"))
    tail = "," if topology.invariants else ""
    # "edges": networkx's default key since 3.6, so node_link_graph(data) needs no arguments.
    lines.append('  "edges": [' + ("\n" + ",\n".join(link_lines) + "\n  ]" if link_lines else "]") + tail)
    if topology.invariants:
        try:
            rendered = json.dumps(topology.invariants, indent=2, ensure_ascii=False, default=_default)
        except (TypeError, ValueError) as exc:
            raise TopologyFormatError(f"cannot write invariants: {exc}") from None
        lines.append('  "invariants": ' + rendered.replace("\n", "\n  "))
    lines.append("}")
    return "\n".join(lines) + "\n"


def claim_interfaces(
    a: str, b: str, interfaces: Any, used: dict[tuple[str, str], Any], token: Any
) -> tuple[str, Any] | None:
    """Check one link's ``interfaces`` and record its ports in ``used``.

    Returns ``None`` when the map is good, else ``(problem, other)`` where
    ``other`` is the token recorded for the link that already holds the port
    (``None`` when the problem is not a clash). Readers call it with a token
    they can turn into a line number only when an error is raised.
    """
    if not isinstance(interfaces, dict):
        return "link 'interfaces' must map node names to interface names", None
    for node, ifname in interfaces.items():
        if node not in (a, b):
            return f"link {a}--{b} names an interface of {node!r}", None
        if ifname is None or ifname == "":
            continue
        if not isinstance(ifname, str):
            return f"interface name must be a string, got {ifname!r}", None
        port = (node, ifname)
        if port in used:
            return f"interface {node}:{ifname} is already used by another link", used[port]
        used[port] = token
    return None
